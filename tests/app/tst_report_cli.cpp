// `pakn report` as a process against the real pakn-server (demo data): the
// CSV's figures are exactly the server's (GET /api/v1/figures, read here with
// ApiClient) and it lists every case behind them; the workbook and the PDF
// are written; a unit by id or by name; and the errors a person meets (bad
// period, unknown unit, not allowed, not logged in, server gone) with their
// exit codes.

#include "ClientProfile.h"
#include "CsvRows.h"
#include "ServerProcess.h"
#include "net/ApiClient.h"
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

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The CSV's rows by their first cell.
QMap<QString, QStringList> rowsByName(const QByteArray &csv)
{
    QMap<QString, QStringList> rows;
    for (const QStringList &cells : parseCsv(QString::fromUtf8(csv.mid(3))))
        rows.insert(cells.first(), cells.mid(1));
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

    ServerProcess m_server{400};
    QTemporaryDir m_supervisor;
    QTemporaryDir m_officer;
    QTemporaryDir m_out;
    QString m_period; // the demo data's year

    Run pakn(const QTemporaryDir &profile, QStringList args, const QByteArray &password = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PAKN_PASSWORD"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // pakn chooses offscreen itself
        if (!password.isEmpty())
            env.insert(QStringLiteral("PAKN_PASSWORD"), QString::fromUtf8(password));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("PAKN_BIN"),
                QStringList{QStringLiteral("--profile"), profile.path()} + args);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
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
                 {QStringLiteral("login"), m_server.url().toString(), QStringLiteral("--user"),
                  user, QStringLiteral("--fingerprint"), m_server.fingerprintText()},
                 "demo");
        if (r.exitCode != 0)
            qWarning() << "login failed" << r.err;
        return r.exitCode == 0;
    }

    // What the server says, asked directly with the supervisor's session.
    std::optional<FiguresReport> serverFigures(UnitId unit)
    {
        ClientProfile profile(m_supervisor.path());
        QString error;
        if (!profile.load(&error))
            return std::nullopt;
        ApiClient api(profile.endpoint);
        api.setToken(profile.readToken());
        FiguresRequest request;
        request.unitId = unit;
        request.period = *ReportPeriod::parse(m_period);
        std::optional<FiguresReport> out;
        bool done = false;
        api.fetchFigures(request, [&](const ApiResult &, const std::optional<FiguresReport> &r) {
            out = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            return std::nullopt;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(login(m_supervisor, QStringLiteral("supervisor")));
        QVERIFY(login(m_officer, QStringLiteral("officer")));
        // The demo's story is told over the months before its fixed reference date (27/11/2026).
        m_period = QStringLiteral("2026");
    }

    void csvHasTheServersFigures()
    {
        const QString path = m_out.filePath(QStringLiteral("ba-dinh.csv"));
        const Run r = report(m_supervisor, QStringLiteral("Quận Ba Đình"), QStringLiteral("csv"),
                             path, {QStringLiteral("--place"), QStringLiteral("Hà Nội")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        const auto rows = rowsByName(csv);
        QVERIFY(rows.value(QStringLiteral("Phạm vi"))
                    .value(0)
                    .contains(QStringLiteral("Quận Ba Đình")));

        // The same unit asked by id gives the same file body.
        const QString byIdPath = m_out.filePath(QStringLiteral("by-id.csv"));
        const auto units =
            pakn(m_supervisor, {QStringLiteral("--json"), QStringLiteral("report"),
                                QStringLiteral("--scope"), QStringLiteral("Quận Ba Đình"),
                                QStringLiteral("--period"), m_period, QStringLiteral("--format"),
                                QStringLiteral("csv"), QStringLiteral("--output"), byIdPath});
        QCOMPARE(units.exitCode, 0);
        const qint64 id = QJsonDocument::fromJson(units.out.toUtf8())
                              .object()
                              .value(QStringLiteral("unitId"))
                              .toInteger();
        QVERIFY(id > 0);
        const auto server = serverFigures(id);
        QVERIFY(server);
        QVERIFY(server->figures.received > 0);
        for (const FigureLine &line : figureLines(server->figures, server->previous))
            QCOMPARE(rows.value(line.label).mid(0, 3),
                     (QStringList{number(line.value, line.decimals()),
                                  number(line.previous, line.decimals()),
                                  number(line.change(), line.decimals())}));
        for (const RankedUnit &u : server->ranking)
            QVERIFY2(csv.contains(u.unitName.toUtf8()), qPrintable(u.unitName));

        const Run again =
            report(m_supervisor, QString::number(id), QStringLiteral("csv"), byIdPath);
        QCOMPARE(again.exitCode, 0);
        QFile byId(byIdPath);
        QVERIFY(byId.open(QIODevice::ReadOnly));
        QCOMPARE(byId.readAll(), csv);
    }

    void workbookAndPdf()
    {
        const QString xlsx = m_out.filePath(QStringLiteral("ba-dinh.xlsx"));
        Run r = report(m_supervisor, QStringLiteral("Quận Ba Đình"), QStringLiteral("xlsx"), xlsx);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile book(xlsx);
        QVERIFY(book.open(QIODevice::ReadOnly));
        QVERIFY(book.read(2) == "PK"); // a zip

        const QString pdf = m_out.filePath(QStringLiteral("ba-dinh.pdf"));
        r = report(m_supervisor, QStringLiteral("Quận Ba Đình"), QStringLiteral("pdf"), pdf);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput())
                                    .normalized(QString::NormalizationForm_C);
        QVERIFY2(content.contains(QStringLiteral("QUẬN BA ĐÌNH")), qPrintable(content.left(800)));
        QVERIFY(content.contains(QStringLiteral("THÀNH PHỐ HÀ NỘI")));
        QVERIFY(content.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
        QVERIFY(content.contains(QStringLiteral("Năm %1").arg(m_period)));
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

        r = report(m_supervisor, QStringLiteral("Quận Ba Đình"), QStringLiteral("docx"), path);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown format: docx")));

        r = report(m_supervisor, QStringLiteral("Quận Không Có"), QStringLiteral("csv"), path);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("unknown unit: Quận Không Có")), qPrintable(r.err));

        // An officer sees only their own figures.
        r = report(m_officer, QStringLiteral("Quận Ba Đình"), QStringLiteral("csv"), path);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not allowed")), qPrintable(r.err));

        QTemporaryDir nobody;
        r = report(nobody, QStringLiteral("Quận Ba Đình"), QStringLiteral("csv"), path);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QStringLiteral("not logged in")));
        QVERIFY(!QFile::exists(path));
    }

    void serverGoneIsOffline()
    {
        m_server.stop();
        const QString path = m_out.filePath(QStringLiteral("offline.pdf"));
        const Run r =
            report(m_supervisor, QStringLiteral("Quận Ba Đình"), QStringLiteral("pdf"), path);
        QCOMPARE(r.exitCode, 75);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be reached")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestReportCli)
#include "tst_report_cli.moc"
