// `pakn report` as a process against the real pakn-server serving the shared
// FiguresFixture: the CSV carries the hand-counted 2025-Q2 figures and
// ranking (FiguresExpected.cpp), for a unit by name or by id and for one
// officer; the workbook and the PDF are written; and the errors a person
// meets (bad period, unknown unit, not allowed, not logged in, server gone)
// come with their exit codes.

#include "CsvRows.h"
#include "FiguresFixture.h"
#include "FixtureSeeder.h"
#include "PaknRun.h"
#include "ServerProcess.h"
#include "report/FigureLines.h"
#include "report/ReportContent.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;
using pakn::fixture::FiguresFixture;

namespace {

using Run = PaknRun;

// The CSV's heading, figures and ranking rows by their first cell (the
// case list after them is keyed by case ids, which would clash with ranks).
QMap<QString, QStringList> rowsByName(const QByteArray &csv)
{
    QMap<QString, QStringList> rows;
    for (const QStringList &cells : parseCsv(QString::fromUtf8(csv.mid(3)))) {
        if (cells.first() == QStringLiteral("Số hồ sơ"))
            break;
        rows.insert(cells.first(), cells.mid(1));
    }
    return rows;
}

QString number(std::optional<double> v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QString();
}

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT

    ServerProcess m_server{0}; // no demo data: the fixture
    FiguresFixture m_fixture = FiguresFixture::make();
    QTemporaryDir m_supervisor;
    QTemporaryDir m_officer;
    QTemporaryDir m_out;
    const QString m_period = QStringLiteral("2025-Q2");

    Run pakn(const QTemporaryDir &profile, QStringList args, const QByteArray &password = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PAKN_PASSWORD"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // pakn chooses offscreen itself
        if (!password.isEmpty())
            env.insert(QStringLiteral("PAKN_PASSWORD"), QString::fromUtf8(password));
        return runPakn(profile.path(), args, env);
    }

    Run report(const QTemporaryDir &profile, const QString &scope, const QString &format,
               const QString &output, const QStringList &more = {})
    {
        return pakn(profile,
                    QStringList{QStringLiteral("report"), QStringLiteral("--scope"), scope,
                                QStringLiteral("--period"), m_period, QStringLiteral("--format"),
                                format, QStringLiteral("--output"), output} +
                        more);
    }

    bool login(const QTemporaryDir &profile, const QString &user)
    {
        const Run r =
            pakn(profile,
                 {QStringLiteral("login"), QStringLiteral("--remember"), QStringLiteral("file"),
                  m_server.url().toString(), QStringLiteral("--user"), user,
                  QStringLiteral("--fingerprint"), m_server.fingerprintText()},
                 m_fixture.password.toUtf8());
        if (r.exitCode != 0)
            qWarning() << "login failed" << r.err;
        return r.exitCode == 0;
    }

    // The CSV of `args` (after the format and output), read back by first cell.
    QMap<QString, QStringList> csvReport(const QTemporaryDir &profile, const QString &scope,
                                         const QString &name, const QStringList &more = {})
    {
        const QString path = m_out.filePath(name);
        const Run r = report(profile, scope, QStringLiteral("csv"), path, more);
        if (r.exitCode != 0)
            qWarning() << "report failed" << r.err;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return rowsByName(f.readAll());
    }

    // Every figure line of `expected` in the CSV's "this period" column (and
    // the previous period's when given). Overdue-now is left out: the server
    // judges it at today's date, the fixture at 10/07/2025.
    void compareFigures(const QMap<QString, QStringList> &rows, const Figures &expected,
                        const std::optional<Figures> &previous = std::nullopt)
    {
        for (const FigureLine &line : figureLines(expected, previous.value_or(Figures{}))) {
            if (line.name == FigureName::OverdueNow)
                continue;
            QVERIFY2(rows.contains(line.label), qPrintable(line.label));
            QCOMPARE(rows.value(line.label).value(0), number(line.value, line.decimals()));
            if (previous)
                QCOMPARE(rows.value(line.label).value(1), number(line.previous, line.decimals()));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(pakn::server::FixtureSeeder::seedFile(
                     m_server.dataDir() + QStringLiteral("/pakn-server.sqlite"), &error),
                 qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(login(m_supervisor, m_fixture.account(FiguresFixture::supervisor).login));
        QVERIFY(login(m_officer, m_fixture.account(FiguresFixture::officerAn).login));
    }

    void districtByNameHasTheHandCountedFigures()
    {
        const auto rows = csvReport(m_supervisor, QStringLiteral("Quận Hoàn Kiếm"),
                                    QStringLiteral("district.csv"));
        QCOMPARE(rows.value(QStringLiteral("Phạm vi")).value(0),
                 QStringLiteral("Đơn vị: Quận Hoàn Kiếm"));
        QCOMPARE(rows.value(QStringLiteral("Kỳ báo cáo")).value(0), m_period);
        compareFigures(rows, FiguresFixture::expectedDistrict());
        // The ranking: Hàng Bạc 0.6 × 75 + 0.4 × 60 = 69, Hàng Trống 60.
        QCOMPARE(rows.value(QStringLiteral("1")),
                 (QStringList{QStringLiteral("Phường Hàng Bạc"), QStringLiteral("6"),
                              QStringLiteral("4"), QStringLiteral("75.00"), QStringLiteral("60.00"),
                              QStringLiteral("69.00")}));
        QCOMPARE(rows.value(QStringLiteral("2")).value(0), QStringLiteral("Phường Hàng Trống"));
        QCOMPARE(rows.value(QStringLiteral("2")).value(5), QStringLiteral("60.00"));
    }

    void cityByIdComparesWithTheQuarterBefore()
    {
        const auto rows = csvReport(m_supervisor, QString::number(FiguresFixture::city),
                                    QStringLiteral("city.csv"));
        compareFigures(rows, FiguresFixture::expectedCity(),
                       FiguresFixture::expectedCityPrevious());
        QCOMPARE(rows.value(QStringLiteral("1")).value(0), QStringLiteral("Quận Hoàn Kiếm"));
    }

    void officerOwnFigures()
    {
        const auto rows =
            csvReport(m_officer, QStringLiteral("Phường Hàng Bạc"), QStringLiteral("an.csv"),
                      {QStringLiteral("--officer"), QString::number(FiguresFixture::officerAn)});
        QVERIFY(rows.value(QStringLiteral("Phạm vi"))
                    .value(0)
                    .contains(QStringLiteral("Nguyễn Văn An")));
        compareFigures(rows, FiguresFixture::expectedOfficerAn());
    }

    void workbookAndPdf()
    {
        const QString xlsx = m_out.filePath(QStringLiteral("district.xlsx"));
        Run r =
            report(m_supervisor, QStringLiteral("Quận Hoàn Kiếm"), QStringLiteral("xlsx"), xlsx);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile book(xlsx);
        QVERIFY(book.open(QIODevice::ReadOnly));
        QVERIFY(book.read(2) == "PK"); // a zip

        const QString pdf = m_out.filePath(QStringLiteral("district.pdf"));
        r = report(m_supervisor, QStringLiteral("Quận Hoàn Kiếm"), QStringLiteral("pdf"), pdf);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput())
                                    .normalized(QString::NormalizationForm_C);
        QVERIFY2(content.contains(QStringLiteral("QUẬN HOÀN KIẾM")), qPrintable(content.left(800)));
        QVERIFY(content.contains(QStringLiteral("THÀNH PHỐ HÀ NỘI")));
        QVERIFY(content.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
        QVERIFY(content.contains(QStringLiteral("Quý II năm 2025")));
        QVERIFY(content.contains(QStringLiteral("Phường Hàng Bạc")));
    }

    void errorsSayWhatIsWrong()
    {
        const QString path = m_out.filePath(QStringLiteral("never.csv"));
        Run r = pakn(m_supervisor, {QStringLiteral("report"), QStringLiteral("--scope"),
                                    QStringLiteral("1"), QStringLiteral("--period"),
                                    QStringLiteral("2025-Q5"), QStringLiteral("--format"),
                                    QStringLiteral("csv"), QStringLiteral("--output"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("bad period 2025-Q5")), qPrintable(r.err));

        r = report(m_supervisor, QStringLiteral("Quận Hoàn Kiếm"), QStringLiteral("docx"), path);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown format: docx")));

        r = report(m_supervisor, QStringLiteral("Quận Không Có"), QStringLiteral("csv"), path);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("unknown unit: Quận Không Có")), qPrintable(r.err));

        // The server's own words for what it refuses.
        r = report(m_supervisor, QStringLiteral("Quận Hoàn Kiếm"), QStringLiteral("csv"), path,
                   {QStringLiteral("--field"), QStringLiteral("no_such_field")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no_such_field")), qPrintable(r.err));

        // An officer sees only their own figures.
        r = report(m_officer, QStringLiteral("Quận Hoàn Kiếm"), QStringLiteral("csv"), path);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not allowed")), qPrintable(r.err));

        QTemporaryDir nobody;
        r = report(nobody, QStringLiteral("Quận Hoàn Kiếm"), QStringLiteral("csv"), path);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QStringLiteral("not logged in")));
        QVERIFY(!QFile::exists(path));
    }

    void serverGoneIsOffline()
    {
        m_server.stop();
        const QString path = m_out.filePath(QStringLiteral("offline.pdf"));
        const Run r =
            report(m_supervisor, QStringLiteral("Quận Hoàn Kiếm"), QStringLiteral("pdf"), path);
        QCOMPARE(r.exitCode, 75);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be reached")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestReportCli)
#include "tst_report_cli.moc"
