// writePdfReport: the PDF's text as pdftotext reads it (the national heading,
// the title, period, figures written the Vietnamese way, the ranking, the
// signature block, all with their diacritics), its fonts as pdffonts lists
// them (embedded), and a long ranking table carried over to the next page
// under its header again, with the page number on top; and every writer
// refusing a path it cannot write without leaving a file.

#include "ReportSample.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;
using reportsample::runTool;

namespace {

QString pdfText(const QString &path, int page = 0)
{
    QStringList args{QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << path << QStringLiteral("-");
    // pdftotext may give a letter and its marks apart; compare composed text.
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"), args))
        .normalized(QString::NormalizationForm_C);
}

int pageCount(const QString &path)
{
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {path}));
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
}

// Words separated by any run of spaces (a -layout line pads columns).
bool hasLine(const QString &text, const QStringList &words)
{
    QStringList escaped;
    for (const QString &w : words)
        escaped << QRegularExpression::escape(w);
    return text.contains(QRegularExpression(escaped.join(QStringLiteral("\\s+"))));
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("báo cáo.pdf"));
        QString error;
        QVERIFY2(writePdfReport(reportsample::sample(), m_path, &error), qPrintable(error));
    }

    void headingAndTitle()
    {
        const QString text = pdfText(m_path, 1);
        QVERIFY2(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
        QVERIFY(text.contains(QStringLiteral("UBND THÀNH PHỐ HÀ NỘI")));
        QVERIFY(text.contains(QStringLiteral("UBND QUẬN BA ĐÌNH")));
        QVERIFY(text.contains(QStringLiteral("/BC-")));
        QVERIFY(text.contains(QStringLiteral("Hà Nội, ngày 05 tháng 7 năm 2025")));
        QVERIFY(text.contains(QStringLiteral("BÁO CÁO")));
        QVERIFY(text.contains(QStringLiteral("Kết quả tiếp nhận, xử lý phản ánh, kiến nghị")));
        QVERIFY(text.contains(
            QStringLiteral("Quý II năm 2025 (từ ngày 01/04/2025 đến ngày 30/06/2025)")));
        // The national heading is on the right of the issuing body, on the same lines.
        QVERIFY(hasLine(text, {QStringLiteral("UBND QUẬN BA ĐÌNH"), QStringLiteral("Độc lập")}));
    }

    void figuresWrittenTheVietnameseWay()
    {
        const QString text = pdfText(m_path);
        QVERIFY(
            hasLine(text, {QStringLiteral("Số phản ánh, kiến nghị nhận được"),
                           QStringLiteral("120"), QStringLiteral("100"), QStringLiteral("+20")}));
        QVERIFY2(hasLine(text, {QStringLiteral("Tỷ lệ trả lời đúng hạn"), QStringLiteral("92,63%"),
                                QStringLiteral("90,00%"), QStringLiteral("+2,63")}),
                 qPrintable(text));
        QVERIFY(hasLine(
            text, {QStringLiteral("Thời gian trả lời trung bình (giờ)"), QStringLiteral("25,0")}));
        QVERIFY(hasLine(text, {QStringLiteral("Tỷ lệ hài lòng"), QStringLiteral("65,00%")}));
        QVERIFY(text.contains(QStringLiteral("đúng hạn")));
    }

    void rankingFieldsChartsAndSignature()
    {
        const QString text = pdfText(m_path);
        QVERIFY(text.contains(QStringLiteral("II. XẾP HẠNG CÁC ĐƠN VỊ")));
        QVERIFY(hasLine(text, {QStringLiteral("1"), QStringLiteral("Phường Điện Biên"),
                               QStringLiteral("40"), QStringLiteral("35"), QStringLiteral("97,14%"),
                               QStringLiteral("80,00%"), QStringLiteral("90,29")}));
        QVERIFY(hasLine(text, {QStringLiteral("2"), QStringLiteral("Phường Cống Vị")}));
        QVERIFY(hasLine(text, {QStringLiteral("4"), QStringLiteral("Phường Ngọc Hà"),
                               QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("–")}));
        QVERIFY(text.contains(
            QStringLiteral("Điểm = 0,6 × tỷ lệ trả lời đúng hạn + 0,4 × tỷ lệ hài lòng")));
        QVERIFY(hasLine(text, {QStringLiteral("Chiếu sáng đô thị"), QStringLiteral("50")}));
        QVERIFY(text.contains(QStringLiteral("Biểu đồ 1.")));
        QVERIFY(text.contains(QStringLiteral("Biểu đồ 2.")));
        QVERIFY(text.contains(QStringLiteral("Nơi nhận:")));
        QVERIFY(text.contains(QStringLiteral("THỦ TRƯỞNG ĐƠN VỊ")));
    }

    void fontIsEmbedded()
    {
        const QString fonts = QString::fromUtf8(runTool(QStringLiteral("pdffonts"), {m_path}));
        const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY2(!lines.isEmpty(), qPrintable(fonts));
        for (const QString &line : lines) {
            QVERIFY2(line.contains(QStringLiteral("NotoSerif")), qPrintable(fonts));
            // Columns: name type encoding emb sub uni object-id.
            const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QCOMPARE(columns.value(columns.size() - 5), QStringLiteral("yes"));
        }
    }

    void longTableContinuesUnderItsHeader()
    {
        const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
        QString error;
        QVERIFY2(writePdfReport(reportsample::sample(80), path, &error), qPrintable(error));
        const int pages = pageCount(path);
        QVERIFY(pages >= 4);
        int headers = 0;
        bool sawLast = false;
        for (int page = 2; page <= pages; ++page) {
            const QString text = pdfText(path, page);
            // The page number alone on the first line (Decree 30: on top, from page 2).
            QCOMPARE(text.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed(),
                     QString::number(page));
            if (hasLine(text, {QStringLiteral("Hạng"), QStringLiteral("Đơn vị")}))
                ++headers;
            sawLast = sawLast || text.contains(QStringLiteral("Phường Thứ 79"));
        }
        QVERIFY(headers >= 1); // the ranking went on to another page with its header
        QVERIFY(sawLast);
        QVERIFY(!pdfText(path, 1).trimmed().startsWith(QLatin1Char('1')));
    }

    // Every writer (the PDF's test has the QGuiApplication the PDF needs).
    void unwritablePathFailsCleanly_data()
    {
        using Writer = bool (*)(const ReportContent &, const QString &, QString *);
        QTest::addColumn<Writer>("writer");
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << &writeCsvReport << QStringLiteral("report.csv");
        QTest::newRow("xlsx") << &writeXlsxReport << QStringLiteral("report.xlsx");
        QTest::newRow("pdf") << &writePdfReport << QStringLiteral("report.pdf");
    }

    void unwritablePathFailsCleanly()
    {
        using Writer = bool (*)(const ReportContent &, const QString &, QString *);
        QFETCH(Writer, writer);
        QFETCH(QString, name);
        const QString path = m_dir.filePath(QStringLiteral("missing/") + name);
        QString error;
        QVERIFY(!writer(reportsample::sample(), path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestReportPdf)
#include "tst_report_pdf.moc"
