// The agreement test: the shared FiguresFixture seeded into a real
// pakn-server, a real client profile synced as the supervisor, and for the
// city, the district, a ward and an officer the server's GET
// /api/v1/figures, the client cache's FiguresReader and `pakn report
// --format csv` all give the fixture's hand-counted 2025-Q2 figures — the
// server's and the cache's reports equal to the last field. The supervisor's
// cache holds the cases in the city's units, not those with the coordinators
// (new, refused at triage, returned: unit 0), which the city's figures count
// (docs/METRICS.md, "what the cache can count"): the city is read from a
// coordinator's cache, which holds every case, and the supervisor's city
// report is shown to miss exactly those cases. "Overdue now" is
// judged when asked (today, not the fixture's 10/07/2025): the cache is read
// at the server's computedAt and compared with the server there.

#include "FiguresFixture.h"
#include "FixtureSeeder.h"
#include "ServerProcess.h"
#include "app/CsvRows.h"
#include "app/SyncClient.h"
#include "cache/FiguresReader.h"
#include "net/ApiClient.h"
#include "report/FigureLines.h"

#include <QJsonDocument>
#include <QProcess>

using namespace pakn;
using pakn::fixture::FiguresFixture;

namespace {

// The figures as JSON without "overdue now" (judged at different moments).
QByteArray shownWithoutOverdue(Figures f)
{
    f.overdueNow = 0;
    return QJsonDocument(toJson(f)).toJson(QJsonDocument::Compact);
}

QString number(std::optional<double> v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QString();
}

struct Scope
{
    const char *name;
    UnitId unit;
    UserId officer;
    Figures expected;
};

} // namespace

class TestFiguresAgree : public QObject
{
    Q_OBJECT

    ServerProcess m_server{0}; // no demo data: the fixture
    const FiguresFixture m_fixture = FiguresFixture::make();
    std::unique_ptr<synctest::Client> m_client;      // the supervisor
    std::unique_ptr<synctest::Client> m_coordinator; // every case, unit 0's too
    QTemporaryDir m_cli;                             // the pakn CLI's profile
    QTemporaryDir m_out;

    std::unique_ptr<synctest::Client> syncedClient(const QString &login)
    {
        auto client = std::make_unique<synctest::Client>(m_server, login);
        const synctest::LoginResult r = synctest::logIn(client->profile, m_fixture.password);
        if (!r.ok) {
            qWarning("login of %s failed: %s", qPrintable(login), qPrintable(r.message));
            return nullptr;
        }
        client->openCache();
        client->makeEngine();
        const synctest::Round round = synctest::runRound(*client->engine);
        if (round.state != SyncState::Idle) {
            qWarning("sync of %s failed: %s", qPrintable(login), qPrintable(round.message));
            return nullptr;
        }
        return client;
    }

    std::optional<FiguresReport> serverReport(const FiguresRequest &request)
    {
        ApiClient api(m_client->profile.endpoint);
        api.setToken(m_client->profile.readToken());
        std::optional<FiguresReport> report;
        bool answered = false;
        api.fetchFigures(request, [&](const ApiResult &r, const std::optional<FiguresReport> &f) {
            answered = true;
            if (!f)
                qWarning("GET figures failed: %s", qPrintable(r.message));
            report = f;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(answered, 30000); }();
        return report;
    }

    int pakn(const QStringList &args, const QByteArray &password = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("PAKN_PASSWORD"), QString::fromUtf8(password));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("PAKN_BIN"),
                QStringList{QStringLiteral("--profile"), m_cli.path()} + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (p.exitCode() != 0)
            qWarning("pakn %s: %s", qPrintable(args.join(QLatin1Char(' '))),
                     p.readAllStandardError().constData());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

    // The CSV report's rows by their first cell, up to the case list.
    QMap<QString, QStringList> csvRows(const Scope &s)
    {
        const QString path = m_out.filePath(QString::fromLatin1(s.name) + QStringLiteral(".csv"));
        QStringList args = {
            QStringLiteral("report"),   QStringLiteral("--scope"),  QString::number(s.unit),
            QStringLiteral("--period"), m_fixture.period.code(),    QStringLiteral("--format"),
            QStringLiteral("csv"),      QStringLiteral("--output"), path};
        if (s.officer != 0)
            args += {QStringLiteral("--officer"), QString::number(s.officer)};
        if (pakn(args) != 0)
            return {};
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QMap<QString, QStringList> rows;
        for (const QStringList &cells : parseCsv(QString::fromUtf8(f.readAll().mid(3)))) {
            if (cells.first() == QStringLiteral("Số hồ sơ"))
                break;
            rows.insert(cells.first(), cells.mid(1));
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(server::FixtureSeeder::seedFile(
                     m_server.dataDir() + QStringLiteral("/pakn-server.sqlite"), &error),
                 qPrintable(error));
        QVERIFY2(synctest::startServerForClients(m_server, &error), qPrintable(error));
        const QString supervisor = m_fixture.account(FiguresFixture::supervisor).login;
        m_client = syncedClient(supervisor);
        QVERIFY(m_client);
        m_coordinator = syncedClient(m_fixture.account(FiguresFixture::coordinator).login);
        QVERIFY(m_coordinator);
        QCOMPARE(m_coordinator->store->count(synctest::queue(Queue::All)),
                 int(m_fixture.cases.size()));
        QCOMPARE(pakn({QStringLiteral("login"), QStringLiteral("--remember"),
                       QStringLiteral("file"), m_server.url().toString(), QStringLiteral("--user"),
                       supervisor, QStringLiteral("--fingerprint"), m_server.fingerprintText()},
                      m_fixture.password.toUtf8()),
                 0);
    }

    // The supervisor's own cache counts the city without the cases the
    // coordinators hold: their receipt (and a refusal at triage) is missing.
    void supervisorsCacheMissesTheCoordinatorsCases()
    {
        const FiguresRequest request{FiguresFixture::city, 0, {}, m_fixture.period};
        const std::optional<FiguresReport> server = serverReport(request);
        QVERIFY(server);
        const FiguresReport cached =
            FiguresReader(m_client->cache->db()).read(request, server->computedAt);
        QList<Case> held;
        for (const Case &c : m_fixture.cases)
            if (m_client->store->caseById(c.id))
                held.append(c);
        QVERIFY(held.size() < m_fixture.cases.size());
        QList<CaseFact> facts;
        for (const Case &c : held)
            facts += caseFactsOf(c);
        const DeadlineCalendar calendar = m_fixture.reference.calendar();
        const FiguresReport fromHeld =
            buildFiguresReport(request, {facts, m_fixture.units, calendar,
                                         m_fixture.reference.ranking, server->computedAt});
        QCOMPARE(cached.figures, fromHeld.figures);
        QVERIFY(cached.figures.received < server->figures.received);
    }

    void serverCacheAndCliAgree_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < 4; ++i)
            QTest::newRow(QByteArray::number(i).constData()) << i;
    }

    void serverCacheAndCliAgree()
    {
        QFETCH(int, index);
        const Scope scope =
            QList<Scope>{
                {"city", FiguresFixture::city, 0, FiguresFixture::expectedCity()},
                {"district", FiguresFixture::district, 0, FiguresFixture::expectedDistrict()},
                {"hangbac", FiguresFixture::wardHangBac, 0, FiguresFixture::expectedHangBac()},
                {"officer", FiguresFixture::wardHangBac, FiguresFixture::officerAn,
                 FiguresFixture::expectedOfficerAn()},
            }
                .at(index);
        const FiguresRequest request{scope.unit, scope.officer, {}, m_fixture.period};

        const std::optional<FiguresReport> server = serverReport(request);
        QVERIFY(server);
        QCOMPARE(shownWithoutOverdue(server->figures), shownWithoutOverdue(scope.expected));

        QString error;
        const bool city = scope.unit == FiguresFixture::city;
        const FiguresReader reader((city ? m_coordinator : m_client)->cache->db());
        QVERIFY(reader.readiness() == FiguresReader::Readiness::Ready);
        const FiguresReport cached = reader.read(request, server->computedAt, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(QJsonDocument(toJson(cached)).toJson(), QJsonDocument(toJson(*server)).toJson());
        QVERIFY(cached == *server);

        const QMap<QString, QStringList> rows = csvRows(scope);
        QVERIFY(!rows.isEmpty());
        for (const FigureLine &line : figureLines(scope.expected, Figures{})) {
            if (line.name == FigureName::OverdueNow)
                continue;
            QVERIFY2(rows.contains(line.label), qPrintable(line.label));
            QCOMPARE(rows.value(line.label).value(0), number(line.value, line.decimals()));
        }
        // The CSV's overdue now is the server's, counted when it was asked.
        for (const FigureLine &line : figureLines(server->figures, Figures{}))
            if (line.name == FigureName::OverdueNow)
                QCOMPARE(rows.value(line.label).value(0), number(line.value, line.decimals()));
    }
};

QTEST_MAIN(TestFiguresAgree)
#include "tst_figures_agree.moc"
