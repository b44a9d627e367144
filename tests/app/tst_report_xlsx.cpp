// writeXlsxReport: the workbook is unzipped (unzip -p) and its XML read back:
// the two sheets' names, the shared strings (Vietnamese intact), numbers
// with their number formats (counts, 0.00%, hours), the ranking, and the
// case sheet's real dates in Vietnam time, frozen header and autofilter.

#include "ReportSample.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace pakn;
using reportsample::runTool;

namespace {

struct Cell
{
    QString type; // "s": a shared string; empty: a number
    int style = 0;
    QString value;
};

class Workbook
{
public:
    explicit Workbook(const QString &path) : m_path(path)
    {
        QXmlStreamReader strings(part(QStringLiteral("xl/sharedStrings.xml")));
        while (!strings.atEnd())
            if (strings.readNext() == QXmlStreamReader::StartElement &&
                strings.name() == QLatin1String("si"))
                m_strings.append(strings.readElementText(QXmlStreamReader::IncludeChildElements));
        QXmlStreamReader styles(part(QStringLiteral("xl/styles.xml")));
        bool inCellXfs = false;
        while (!styles.atEnd()) {
            const auto token = styles.readNext();
            if (token == QXmlStreamReader::EndElement && styles.name() == QLatin1String("cellXfs"))
                inCellXfs = false;
            if (token != QXmlStreamReader::StartElement)
                continue;
            const auto a = styles.attributes();
            if (styles.name() == QLatin1String("numFmt"))
                m_formats.insert(a.value(QLatin1String("numFmtId")).toInt(),
                                 a.value(QLatin1String("formatCode")).toString());
            else if (styles.name() == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (inCellXfs && styles.name() == QLatin1String("xf"))
                m_xfFormat.append(a.value(QLatin1String("numFmtId")).toInt());
        }
    }

    QByteArray part(const QString &name) const
    {
        return runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), m_path, name});
    }

    QMap<QString, Cell> sheet(int n) const
    {
        QMap<QString, Cell> cells;
        QXmlStreamReader xml(part(QStringLiteral("xl/worksheets/sheet%1.xml").arg(n)));
        QString ref;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("c")) {
                ref = xml.attributes().value(QLatin1String("r")).toString();
                cells[ref] = {xml.attributes().value(QLatin1String("t")).toString(),
                              xml.attributes().value(QLatin1String("s")).toInt(),
                              {}};
            } else if (xml.name() == QLatin1String("v")) {
                Cell &c = cells[ref];
                c.value = xml.readElementText();
                if (c.type == QLatin1String("s"))
                    c.value = m_strings.value(c.value.toInt());
            }
        }
        return cells;
    }

    // The number format of a cell's style ("General" when none).
    QString format(const Cell &c) const
    {
        static const QMap<int, QString> builtIn = {{0, QStringLiteral("General")},
                                                   {1, QStringLiteral("0")},
                                                   {2, QStringLiteral("0.00")},
                                                   {3, QStringLiteral("#,##0")},
                                                   {10, QStringLiteral("0.00%")}};
        const int id = m_xfFormat.value(c.style);
        return m_formats.value(id, builtIn.value(id, QStringLiteral("?")));
    }

    const QStringList &strings() const { return m_strings; }

private:
    QString m_path;
    QStringList m_strings;
    QMap<int, QString> m_formats;
    QList<int> m_xfFormat;
};

// The row (number as text) whose column-A cell reads `text`.
QString rowOf(const QMap<QString, Cell> &cells, const QString &column, const QString &text)
{
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        if (it.value().value == text && it.key().startsWith(column) &&
            it.key().at(column.size()).isDigit())
            return it.key().mid(column.size());
    return {};
}

double excelDate(int y, int m, int d, int h, int min)
{
    return QDate(1899, 12, 30).daysTo(QDate(y, m, d)) + (h * 60 + min) / 1440.0;
}

} // namespace

class TestReportXlsx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("báo cáo.xlsx"));
        QString error;
        QVERIFY2(writeXlsxReport(reportsample::sample(), m_path, &error), qPrintable(error));
        QVERIFY(!QFile::exists(m_path + QStringLiteral(".part")));
    }

    void sheetsAreNamedInVietnamese()
    {
        const QString workbook =
            QString::fromUtf8(Workbook(m_path).part(QStringLiteral("xl/workbook.xml")));
        QVERIFY2(workbook.contains(QStringLiteral("name=\"Số liệu\"")), qPrintable(workbook));
        QVERIFY(workbook.contains(QStringLiteral("name=\"Hồ sơ\"")));
    }

    void figuresHaveNumberFormats()
    {
        const Workbook book(m_path);
        const auto cells = book.sheet(1);
        QCOMPARE(cells.value(QStringLiteral("A1")).value,
                 QStringLiteral("BÁO CÁO KẾT QUẢ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ"));
        QCOMPARE(cells.value(QStringLiteral("A3")).value,
                 QStringLiteral("Quý II năm 2025 (từ ngày 01/04/2025 đến ngày 30/06/2025)"));

        const QString received =
            rowOf(cells, QStringLiteral("A"), QStringLiteral("Số phản ánh, kiến nghị nhận được"));
        QVERIFY(!received.isEmpty());
        const Cell count = cells.value(QLatin1Char('B') + received);
        QCOMPARE(count.type, QString());
        QCOMPARE(count.value.toDouble(), 120.0);
        QCOMPARE(book.format(count), QStringLiteral("#,##0"));
        QCOMPARE(cells.value(QLatin1Char('D') + received).value.toDouble(), 20.0);

        const QString onTime =
            rowOf(cells, QStringLiteral("A"), QStringLiteral("Tỷ lệ trả lời đúng hạn"));
        const Cell percent = cells.value(QLatin1Char('B') + onTime);
        QVERIFY(qFuzzyCompare(percent.value.toDouble(), 88.0 / 95.0));
        QCOMPARE(book.format(percent), QStringLiteral("0.00%"));
        QVERIFY(qFuzzyCompare(cells.value(QLatin1Char('C') + onTime).value.toDouble(), 0.9));
        const Cell change = cells.value(QLatin1Char('D') + onTime);
        QVERIFY(qFuzzyCompare(change.value.toDouble(), 88.0 / 95.0 - 0.9));
        QCOMPARE(book.format(change), QStringLiteral("+0.00%;-0.00%;0.00%"));

        const QString hours =
            rowOf(cells, QStringLiteral("A"), QStringLiteral("Thời gian trả lời trung vị (giờ)"));
        const Cell median = cells.value(QLatin1Char('B') + hours);
        QCOMPARE(median.value.toDouble(), 22.0); // 1,320 working minutes
        QCOMPARE(book.format(median), QStringLiteral("0.0"));
    }

    void rankingFollowsTheFigures()
    {
        const Workbook book(m_path);
        const auto cells = book.sheet(1);
        QVERIFY(!rowOf(cells, QStringLiteral("A"), QStringLiteral("II. XẾP HẠNG CÁC ĐƠN VỊ"))
                     .isEmpty());
        const QString first = rowOf(cells, QStringLiteral("B"), QStringLiteral("Phường Điện Biên"));
        QVERIFY(!first.isEmpty());
        QCOMPARE(cells.value(QLatin1Char('A') + first).value.toDouble(), 1.0);
        const QString tied = rowOf(cells, QStringLiteral("B"), QStringLiteral("Phường Cống Vị"));
        QCOMPARE(cells.value(QLatin1Char('A') + tied).value.toDouble(), 2.0);
        QVERIFY(qFuzzyCompare(cells.value(QLatin1Char('E') + tied).value.toDouble(), 0.84));
        QVERIFY(qFuzzyCompare(cells.value(QLatin1Char('G') + tied).value.toDouble(), 78.4));
        const QString unscored =
            rowOf(cells, QStringLiteral("B"), QStringLiteral("Phường Ngọc Hà"));
        QCOMPARE(cells.value(QLatin1Char('A') + unscored).value.toDouble(), 4.0);
        QVERIFY(!cells.contains(QLatin1Char('G') + unscored)); // no score: an empty cell
    }

    void casesSheetHasDatesAndFilter()
    {
        const Workbook book(m_path);
        const auto cells = book.sheet(2);
        QCOMPARE(cells.value(QStringLiteral("A1")).value, QStringLiteral("Số hồ sơ"));
        QCOMPARE(cells.value(QStringLiteral("K1")).value, QStringLiteral("Đánh giá"));
        QCOMPARE(cells.value(QStringLiteral("A2")).value.toDouble(), 1001.0);
        QCOMPARE(cells.value(QStringLiteral("B2")).value,
                 QStringLiteral("Đèn đường hỏng, phố \"Kim Mã\"\nkhông sáng"));
        QCOMPARE(cells.value(QStringLiteral("B3")).value, QStringLiteral("=HYPERLINK(\"x\")"));
        QCOMPARE(cells.value(QStringLiteral("C2")).value, QStringLiteral("Chiếu sáng đô thị"));
        QCOMPARE(cells.value(QStringLiteral("F2")).value, QStringLiteral("Đã xử lý"));
        // 09:15 in Hà Nội, whatever the time zone of the machine.
        const Cell received = cells.value(QStringLiteral("G2"));
        QVERIFY(qAbs(received.value.toDouble() - excelDate(2025, 4, 2, 9, 15)) < 1e-6);
        QCOMPARE(book.format(received), QStringLiteral("dd/mm/yyyy hh:mm"));
        QVERIFY(qAbs(cells.value(QStringLiteral("I2")).value.toDouble() -
                     excelDate(2025, 4, 10, 16, 30)) < 1e-6);
        QVERIFY(!cells.contains(QStringLiteral("I3"))); // not answered
        QCOMPARE(cells.value(QStringLiteral("J2")).value, QStringLiteral("Đúng hạn"));
        QCOMPARE(cells.value(QStringLiteral("K4")).value, QStringLiteral("Không hài lòng"));

        const QString xml =
            QString::fromUtf8(book.part(QStringLiteral("xl/worksheets/sheet2.xml")));
        QVERIFY2(xml.contains(QStringLiteral("<autoFilter ref=\"A1:K4\"")),
                 qPrintable(xml.left(2000)));
        QVERIFY(xml.contains(QStringLiteral("ySplit=\"1\"")));
        QVERIFY(xml.contains(QStringLiteral("state=\"frozen\"")));
        QVERIFY(xml.contains(QStringLiteral("<col min=\"2\" max=\"2\" width=\"50")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestReportXlsx)
#include "tst_report_xlsx.moc"
