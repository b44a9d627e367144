// writeCsvReport: the file is read back with an RFC 4180 parser: byte order
// mark, CRLF, quoting of commas, quotes and line breaks, the figures block,
// the ranking and the cases, dates in Vietnam time, formulas defused.

#include "CsvRows.h"
#include "ReportSample.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

namespace {

// The rows from the one whose first cell is `first` to the next empty row.
QList<QStringList> block(const QList<QStringList> &rows, const QString &first)
{
    QList<QStringList> out;
    bool in = false;
    for (const QStringList &r : rows) {
        if (!in && r.value(0) == first)
            in = true;
        if (in && r == QStringList{QString()})
            break;
        if (in)
            out.append(r);
    }
    return out;
}

QStringList rowNamed(const QList<QStringList> &rows, const QString &first)
{
    for (const QStringList &r : rows)
        if (r.value(0) == first)
            return r;
    return {};
}

} // namespace

class TestReportCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("báo cáo.csv"));
        QString error;
        QVERIFY2(writeCsvReport(reportsample::sample(), path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        // Every line ends in CRLF; the only bare LF is the one inside a quoted title.
        QCOMPARE(bytes.count("\n") - bytes.count("\r\n"), 1);
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));

        QCOMPARE(rows.at(0),
                 (QStringList{QStringLiteral("BÁO CÁO"),
                              QStringLiteral("Kết quả tiếp nhận, xử lý phản ánh, kiến nghị")}));
        QCOMPARE(rowNamed(rows, QStringLiteral("Phạm vi")).value(1),
                 QStringLiteral("Đơn vị: UBND quận Ba Đình"));
        QCOMPARE(rowNamed(rows, QStringLiteral("Kỳ báo cáo")).mid(1),
                 (QStringList{
                     QStringLiteral("2025-Q2"),
                     QStringLiteral("Quý II năm 2025 (từ ngày 01/04/2025 đến ngày 30/06/2025)")}));
        QCOMPARE(rowNamed(rows, QStringLiteral("Tính đến")).value(1),
                 QStringLiteral("2025-07-05 08:00"));

        const auto figures = block(rows, QStringLiteral("Chỉ tiêu"));
        QCOMPARE(figures.first(),
                 (QStringList{QStringLiteral("Chỉ tiêu"), QStringLiteral("Kỳ này"),
                              QStringLiteral("Kỳ trước"), QStringLiteral("Tăng (+), giảm (-)")}));
        QCOMPARE(figures.size(), 1 + 23);
        QCOMPARE(rowNamed(figures, QStringLiteral("Số phản ánh, kiến nghị nhận được")).mid(1),
                 (QStringList{QStringLiteral("120"), QStringLiteral("100"), QStringLiteral("20")}));
        // 88 of 95 on time = 92.63 %, 81 of 90 = 90 %: 2.63 points up.
        QCOMPARE(rowNamed(figures, QStringLiteral("Tỷ lệ trả lời đúng hạn")).mid(1),
                 (QStringList{QStringLiteral("92.63"), QStringLiteral("90.00"),
                              QStringLiteral("2.63")}));
        QCOMPARE(rowNamed(figures, QStringLiteral("Tỷ lệ hài lòng")).mid(1),
                 (QStringList{QStringLiteral("65.00"), QStringLiteral("60.00"),
                              QStringLiteral("5.00")}));
        // Overdue now is not a period's figure: nothing to compare it with.
        QCOMPARE(
            rowNamed(figures, QStringLiteral("Đang quá hạn (tại thời điểm lập báo cáo)")).mid(1),
            (QStringList{QStringLiteral("4"), QString(), QString()}));
        // 1,500 working minutes on average = 25 hours.
        QCOMPARE(
            rowNamed(figures, QStringLiteral("Thời gian trả lời trung bình (giờ)")).mid(1),
            (QStringList{QStringLiteral("25.0"), QStringLiteral("25.0"), QStringLiteral("0.0")}));

        const auto ranking = block(rows, QStringLiteral("Hạng"));
        QCOMPARE(ranking.size(), 1 + 4);
        QCOMPARE(ranking.at(1).mid(0, 4),
                 (QStringList{QStringLiteral("1"), QStringLiteral("Phường Điện Biên"),
                              QStringLiteral("40"), QStringLiteral("35")}));
        QCOMPARE(ranking.at(2).value(0), QStringLiteral("2"));
        QCOMPARE(ranking.at(3).value(0), QStringLiteral("2"));
        // 0.6 × 84 % + 0.4 × 70 % = 78.40
        QCOMPARE(ranking.at(3).mid(4),
                 (QStringList{QStringLiteral("84.00"), QStringLiteral("70.00"),
                              QStringLiteral("78.40")}));
        // Nothing to measure: empty cells, not zeros.
        QCOMPARE(ranking.at(4), (QStringList{QStringLiteral("4"), QStringLiteral("Phường Ngọc Hà"),
                                             QStringLiteral("0"), QStringLiteral("0"), QString(),
                                             QString(), QString()}));

        const auto cases = block(rows, QStringLiteral("Số hồ sơ"));
        QCOMPARE(cases.size(), 1 + 3);
        QCOMPARE(
            cases.at(1),
            (QStringList{QStringLiteral("1001"),
                         QStringLiteral("Đèn đường hỏng, phố \"Kim Mã\"\nkhông sáng"),
                         QStringLiteral("Chiếu sáng đô thị"), QStringLiteral("Phường Điện Biên"),
                         QStringLiteral("Lê Thị Lan"), QStringLiteral("Đã xử lý"),
                         QStringLiteral("2025-04-02 09:15"), QStringLiteral("2025-04-16 17:00"),
                         QStringLiteral("2025-04-10 16:30"), QStringLiteral("Đúng hạn"),
                         QStringLiteral("Hài lòng")}));
        QCOMPARE(cases.at(2).value(1), QStringLiteral("'=HYPERLINK(\"x\")"));
        QCOMPARE(cases.at(2).value(8), QString());
        QCOMPARE(cases.at(2).value(9), QString());
        QCOMPARE(cases.at(3).value(9), QStringLiteral("Quá hạn"));
        QCOMPARE(cases.at(3).value(10), QStringLiteral("Không hài lòng"));
    }
};

QTEST_GUILESS_MAIN(TestReportCsv)
#include "tst_report_csv.moc"
