// GET /api/v1/figures and /figures/cases against the shared FiguresFixture,
// seeded with the server's own repositories (FixtureSeeder) and served by the
// real API over HTTPS: the hand-counted figures for each scope, the ranking,
// the cases behind every measure, who may ask for what, the 400s, and a
// database from schema 5 getting its facts at start.

#include "FiguresChecks.h"
#include "FiguresFixture.h"
#include "FixtureSeeder.h"
#include "ServerTestSupport.h"

#include "domain/FiguresReport.h"
#include "storage/CaseFactBackfill.h"
#include "storage/CaseFactRepository.h"
#include "storage/CaseRepository.h"
#include "storage/Migrations.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace pakn;
using namespace pakn::server;
using pakn::fixture::FiguresFixture;

Q_DECLARE_METATYPE(pakn::Figures)

namespace pakn {
// Failures show the wire form.
char *toString(const Figures &f)
{
    return qstrdup(QJsonDocument(toJson(f)).toJson(QJsonDocument::Compact).constData());
}
char *toString(const FiguresReport &r)
{
    return qstrdup(QJsonDocument(toJson(r)).toJson(QJsonDocument::Compact).constData());
}
} // namespace pakn

namespace {

QString figuresPath(UnitId unit, UserId officer = 0, const QString &extra = {})
{
    QString path = QStringLiteral("figures?unit=%1&period=2025-Q2").arg(unit);
    if (officer)
        path += QStringLiteral("&officer=%1").arg(officer);
    return path + extra;
}

// Every fact stored for the fixture's cases, in case and history order.
QList<CaseFact> storedFacts(QSqlDatabase db)
{
    CaseFactRepository facts(db);
    const QDateTime from(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    QList<CaseFact> all = facts.between(from, from.addYears(100), {});
    all += facts.open({});
    std::stable_sort(all.begin(), all.end(),
                     [](const CaseFact &a, const CaseFact &b) { return a.caseId < b.caseId; });
    return all;
}

// A database as pakn-server 5 left it: schema 5, holding the fixture (copied
// from a database seeded now), without any facts.
bool makeSchema5Database(const QString &path, const QString &seededPath, QString *error)
{
    const QString name = QStringLiteral("schema5");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery q(db);
        const auto run = [&](const QString &sql) {
            if (q.exec(sql))
                return true;
            *error = sql + QStringLiteral(": ") + q.lastError().text();
            return false;
        };
        ok = db.open() && Migrations::run(db, error, 5) &&
             run(QStringLiteral("ATTACH DATABASE '%1' AS src").arg(seededPath));
        for (const char *table :
             {"units", "accounts", "cases", "case_events", "office_hours", "calendar_days",
              "case_fields", "answer_rules", "reply_templates"}) {
            // The columns of schema 5: later migrations add columns to the source's tables.
            QStringList columns;
            ok = ok && run(QStringLiteral("PRAGMA main.table_info(%1)").arg(QLatin1String(table)));
            while (ok && q.next())
                columns.append(q.value(1).toString());
            const QString list = columns.join(QStringLiteral(", "));
            ok = ok && run(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM src.%1")
                               .arg(QLatin1String(table), list));
        }
        ok = ok &&
             run(QStringLiteral("INSERT INTO reference_revision SELECT id, revision, accept_hours "
                                "FROM src.reference_revision")) &&
             run(QStringLiteral("UPDATE feed_sequence SET last_seq = (SELECT last_seq FROM "
                                "src.feed_sequence)")) &&
             run(QStringLiteral("DETACH DATABASE src"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestApiFigures : public QObject
{
    Q_OBJECT

    const FiguresFixture m_fixture = FiguresFixture::make();
    TestServer m_server{0};
    std::unique_ptr<TestClient> m_client;
    QHash<UserId, QByteArray> m_tokens;

    QByteArray token(UserId who)
    {
        if (!m_tokens.contains(who))
            m_tokens.insert(who, m_client->login(m_fixture.account(who).login, m_fixture.password));
        return m_tokens.value(who);
    }

    FiguresReport fetch(const QString &path, UserId who = FiguresFixture::supervisor)
    {
        const HttpResult r = m_client->get(path, token(who));
        QString error;
        const auto report = r.status == 200 ? figuresReportFromJson(r.json, &error) : std::nullopt;
        if (!report)
            qWarning() << path << r.status << r.body.left(300) << error;
        return report.value_or(FiguresReport{});
    }

    // What the domain builds from the fixture's own facts: the server must answer exactly this.
    FiguresReport expectedReport(const FiguresRequest &request) const
    {
        const QList<CaseFact> facts = m_fixture.facts();
        const DeadlineCalendar calendar = m_fixture.reference.calendar();
        return buildFiguresReport(request, {facts, m_fixture.units, calendar,
                                            m_fixture.reference.ranking, m_fixture.now});
    }

    FiguresRequest request(UnitId unit, UserId officer = 0) const
    {
        return {unit, officer, {}, m_fixture.period};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(FixtureSeeder::seedFile(m_server.config().databaseLocation(), &error),
                 qPrintable(error));
        m_server.setNow(m_fixture.now);
        // The fixture's answered, unrated cases stay as they are (no closing by the upkeep).
        m_server.config().autoCloseAfterDays = 100000;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
        QVERIFY(!token(FiguresFixture::supervisor).isEmpty());
    }

    void theFactsAreStoredWithEveryCase()
    {
        QCOMPARE(storedFacts(m_server.database().connection()), m_fixture.facts());
    }

    void figuresOfEachScopeAreTheHandCountedOnes_data()
    {
        QTest::addColumn<UnitId>("unit");
        QTest::addColumn<UserId>("officer");
        QTest::addColumn<Figures>("expected");
        using F = FiguresFixture;
        QTest::newRow("city") << F::city << UserId(0) << F::expectedCity();
        QTest::newRow("district") << F::district << UserId(0) << F::expectedDistrict();
        QTest::newRow("Hàng Bạc") << F::wardHangBac << UserId(0) << F::expectedHangBac();
        QTest::newRow("Hàng Trống") << F::wardHangTrong << UserId(0) << F::expectedHangTrong();
        QTest::newRow("department") << F::department << UserId(0) << F::expectedDepartment();
        QTest::newRow("officer An") << F::wardHangBac << F::officerAn << F::expectedOfficerAn();
    }

    void figuresOfEachScopeAreTheHandCountedOnes()
    {
        QFETCH(UnitId, unit);
        QFETCH(UserId, officer);
        QFETCH(Figures, expected);
        const FiguresReport report = fetch(figuresPath(unit, officer));
        QCOMPARE(report.figures, expected);
        // And the whole report (previous period, weeks, fields, ranking) is the domain's.
        FiguresReport built = expectedReport(request(unit, officer));
        built.officerName = officer ? m_fixture.account(officer).displayName : QString();
        QCOMPARE(report, built);
        QCOMPARE(report.computedAt, m_fixture.now);
        QCOMPARE(report.unitName, m_fixture.unitName(unit));
    }

    void theCityComparesWithTheQuarterBefore()
    {
        QCOMPARE(fetch(figuresPath(FiguresFixture::city)).previous,
                 FiguresFixture::expectedCityPrevious());
        // unit=0 is the city's root.
        QCOMPARE(fetch(figuresPath(0)).request.unitId, FiguresFixture::city);
    }

    void theRankingIsTheRegulations()
    {
        for (const auto &[unit, expected] :
             {std::pair{FiguresFixture::city, FiguresFixture::expectedCityRanking()},
              {FiguresFixture::district, FiguresFixture::expectedDistrictRanking()}}) {
            compareRanking(fetch(figuresPath(unit)).ranking, expected);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void theCasesBehindEveryMeasure()
    {
        const QList<CaseFact> facts = m_fixture.facts();
        for (const UnitId unit : {FiguresFixture::city, FiguresFixture::wardHangBac}) {
            const FigureScope scope = scopeOf(unit, m_fixture.units);
            QList<std::optional<Measure>> measures{std::nullopt};
            for (Measure m : allMeasures())
                measures.append(m);
            for (const std::optional<Measure> &m : measures) {
                const QString path = figuresPath(unit).replace(QStringLiteral("figures?"),
                                                               QStringLiteral("figures/cases?")) +
                                     (m ? QStringLiteral("&measure=") + toCode(*m) : QString());
                const HttpResult r = m_client->get(path, token(FiguresFixture::supervisor));
                QVERIFY2(r.status == 200, r.body.constData());
                QCOMPARE(r.json.value(QStringLiteral("truncated")).toBool(true), false);
                QList<CaseId> ids;
                for (const QJsonValue &row : r.json.value(QStringLiteral("cases")).toArray()) {
                    const auto c = reportCaseFromJson(row.toObject());
                    QVERIFY(c);
                    const Case &original = m_fixture.caseById(c->id);
                    QCOMPARE(c->title, original.title);
                    QCOMPARE(c->status, original.status);
                    QCOMPARE(c->unitName, m_fixture.unitName(original.unitId));
                    ids.append(c->id);
                }
                const QList<CaseId> expected =
                    m ? casesBehind(facts, scope, m_fixture.period, m_fixture.now, *m)
                      : casesInReport(facts, scope, m_fixture.period, m_fixture.now);
                QVERIFY2(ids == expected, qPrintable(path));
            }
        }
    }

    void whoMaySeeWhich_data()
    {
        QTest::addColumn<UserId>("caller");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        using F = FiguresFixture;
        const auto row = [](const char *name, UserId who, const QString &path, int status) {
            QTest::newRow(name) << who << path << status;
        };
        row("supervisor: any unit", F::supervisor, figuresPath(F::department), 200);
        row("coordinator: any unit", F::coordinator, figuresPath(F::city), 200);
        row("leader: own unit", F::hangBacLeader, figuresPath(F::wardHangBac), 200);
        row("leader: own officer", F::hangBacLeader, figuresPath(F::wardHangBac, F::officerAn),
            200);
        row("leader: the unit above", F::hangBacLeader, figuresPath(F::district), 403);
        row("leader: a sibling", F::hangBacLeader, figuresPath(F::wardHangTrong), 403);
        row("district leader: a ward below", F::districtLeader, figuresPath(F::wardHangTrong), 200);
        row("district leader: the city", F::districtLeader, figuresPath(F::city), 403);
        row("officer: self", F::officerAn, figuresPath(F::wardHangBac, F::officerAn), 200);
        row("officer: the unit", F::officerAn, figuresPath(F::wardHangBac), 403);
        row("officer: a colleague", F::officerAn, figuresPath(F::wardHangBac, F::officerBinh), 403);
        row("officer: self elsewhere", F::officerAn, figuresPath(F::district, F::officerAn), 403);
        row("officer: own cases", F::officerAn,
            QStringLiteral("figures/cases?unit=3&period=2025-Q2&officer=8"), 200);
        row("officer: the unit's cases", F::officerAn,
            QStringLiteral("figures/cases?unit=3&period=2025-Q2"), 403);
        row("nobody", 0, figuresPath(F::city), 401);
    }

    void whoMaySeeWhich()
    {
        QFETCH(UserId, caller);
        QFETCH(QString, path);
        QFETCH(int, status);
        const HttpResult r = m_client->get(path, caller ? token(caller) : QByteArray());
        QVERIFY2(r.status == status, r.body.constData());
        if (status == 403)
            QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
    }

    void badQueriesGetAClear400_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no period") << QStringLiteral("figures?unit=1") << QStringLiteral("period");
        QTest::newRow("bad period")
            << QStringLiteral("figures?unit=1&period=2025-Q5") << QStringLiteral("2025-Q5");
        QTest::newRow("reversed range")
            << QStringLiteral("figures?unit=1&period=2025-06-30..2025-06-01")
            << QStringLiteral("period");
        QTest::newRow("no unit") << QStringLiteral("figures?period=2025-Q2")
                                 << QStringLiteral("unit");
        QTest::newRow("unit not a number")
            << QStringLiteral("figures?unit=abc&period=2025-Q2") << QStringLiteral("abc");
        QTest::newRow("unknown unit")
            << QStringLiteral("figures?unit=99&period=2025-Q2") << QStringLiteral("99");
        QTest::newRow("unknown officer")
            << QStringLiteral("figures?unit=1&period=2025-Q2&officer=77") << QStringLiteral("77");
        QTest::newRow("unknown field")
            << QStringLiteral("figures?unit=1&period=2025-Q2&field=weather")
            << QStringLiteral("weather");
        QTest::newRow("unknown measure")
            << QStringLiteral("figures/cases?unit=1&period=2025-Q2&measure=happiness")
            << QStringLiteral("happiness");
        QTest::newRow("measure on figures")
            << QStringLiteral("figures?unit=1&period=2025-Q2&measure=answered")
            << QStringLiteral("measure");
        QTest::newRow("twice") << QStringLiteral("figures?unit=1&unit=2&period=2025-Q2")
                               << QStringLiteral("twice");
    }

    void badQueriesGetAClear400()
    {
        QFETCH(QString, path);
        QFETCH(QString, mentions);
        const HttpResult r = m_client->get(path, token(FiguresFixture::supervisor));
        QCOMPARE(r.status, 400);
        const QString message =
            r.json[QStringLiteral("error")][QStringLiteral("message")].toString();
        QVERIFY2(message.contains(mentions), qPrintable(message));
    }

    void aFieldNarrowsTheFigures()
    {
        const QString field = m_fixture.cases.first().field;
        const FiguresReport report =
            fetch(figuresPath(FiguresFixture::city, 0, QStringLiteral("&field=") + field));
        FiguresRequest r = request(FiguresFixture::city);
        r.field = field;
        QCOMPARE(report, expectedReport(r));
        QVERIFY(report.figures.received > 0);
    }

    // No PostgreSQL database predates the facts (PostgreSQL came with schema 8),
    // and the copy uses SQLite's ATTACH: the two backfill tests run on SQLite.
    void aDatabaseFromSchema5GetsItsFactsAtStart()
    {
        if (ScratchDatabase::onPostgres())
            QSKIP("a schema 5 database is an SQLite file");
        TestServer old(0);
        QString error;
        QVERIFY2(makeSchema5Database(old.config().databasePath(), m_server.config().databasePath(),
                                     &error),
                 qPrintable(error));
        old.setNow(m_fixture.now);
        QVERIFY2(old.start(&error), qPrintable(error));
        QSqlDatabase db = old.database().connection();
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        QCOMPARE(storedFacts(db), m_fixture.facts());
        // Done once: the request for it is gone.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM case_facts_backfill")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        TestClient client(old);
        const HttpResult r = client.get(
            figuresPath(FiguresFixture::city),
            client.login(m_fixture.account(FiguresFixture::supervisor).login, m_fixture.password));
        QCOMPARE(figuresReportFromJson(r.json).value_or(FiguresReport{}).figures,
                 FiguresFixture::expectedCity());
    }

    void theBackfillGoesInBatchesAndResumes()
    {
        if (ScratchDatabase::onPostgres())
            QSKIP("a schema 5 database is an SQLite file");
        TestServer copy(0);
        QString error;
        QVERIFY2(makeSchema5Database(copy.config().databasePath(), m_server.config().databasePath(),
                                     &error),
                 qPrintable(error));
        Database db;
        QVERIFY2(db.open(copy.config().databasePath(), &error), qPrintable(error));
        QSqlQuery q(db.connection());
        // As if a server had stopped after the facts of cases 1–10.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM case_facts WHERE case_id > 10")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO case_facts_backfill VALUES (1, 10)")));
        CaseFactBackfill backfill(db.connection(), 4);
        QVERIFY2(backfill.run(&error), qPrintable(error));
        QCOMPARE(backfill.built(), qint64(m_fixture.cases.size() - 10));
        QCOMPARE(storedFacts(db.connection()), m_fixture.facts());
        // Nothing outstanding: nothing built.
        CaseFactBackfill again(db.connection(), 4);
        QVERIFY2(again.run(&error), qPrintable(error));
        QCOMPARE(again.built(), qint64(0));
    }

    // Last: it changes case 10 (Hàng Bạc, never accepted).
    void anActionRewritesTheCasesFacts()
    {
        const CaseId id = 10;
        const QByteArray leader = token(FiguresFixture::hangBacLeader);
        const HttpResult before = m_client->get(QStringLiteral("cases/%1").arg(id), leader);
        QVERIFY2(before.status == 200, before.body.constData());
        const HttpResult r = m_client->act(
            leader, id, QStringLiteral("accept"),
            before.json[QStringLiteral("case")][QStringLiteral("version")].toInteger());
        QVERIFY2(r.status == 200, r.body.constData());
        CaseRepository cases(m_server.database().connection());
        const auto stored = cases.find(id);
        QVERIFY(stored);
        QList<CaseFact> facts;
        for (const CaseFact &f : storedFacts(m_server.database().connection()))
            if (f.caseId == id)
                facts.append(f);
        QCOMPARE(facts, caseFactsOf(*stored));
        QVERIFY(std::any_of(facts.cbegin(), facts.cend(),
                            [](const CaseFact &f) { return f.kind == FactKind::Accepted; }));
        QVERIFY(facts != caseFactsOf(m_fixture.caseById(id)));
    }

    // After the one above. A note changes no fact: the stored facts are left
    // as they are (a mark put on them survives), and still the case's own.
    void aNoteLeavesTheCasesFactsAlone()
    {
        const CaseId id = 10;
        const QByteArray leader = token(FiguresFixture::hangBacLeader);
        QSqlDatabase db = m_server.database().connection();
        const auto factsOfCase = [&db, id] {
            QList<CaseFact> facts;
            for (const CaseFact &f : storedFacts(db))
                if (f.caseId == id)
                    facts.append(f);
            return facts;
        };
        const QList<CaseFact> before = factsOfCase();
        QVERIFY(!before.isEmpty());
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("UPDATE case_facts SET field = ? WHERE case_id = ?"));
        mark.addBindValue(QStringLiteral("marked"));
        mark.addBindValue(id);
        QVERIFY(mark.exec());
        const HttpResult current = m_client->get(QStringLiteral("cases/%1").arg(id), leader);
        const HttpResult r = m_client->act(
            leader, id, QStringLiteral("note"),
            current.json[QStringLiteral("case")][QStringLiteral("version")].toInteger(),
            {{QStringLiteral("text"), QStringLiteral("Đã liên hệ người phản ánh")}});
        QVERIFY2(r.status == 200, r.body.constData());
        const QList<CaseFact> after = factsOfCase();
        QCOMPARE(after.size(), before.size());
        for (const CaseFact &f : after)
            QCOMPARE(f.field, QStringLiteral("marked")); // not rewritten
        mark.addBindValue(before.first().field);         // one field for all of a case's facts
        mark.addBindValue(id);
        QVERIFY(mark.exec());
        CaseRepository cases(db);
        const auto stored = cases.find(id);
        QVERIFY(stored);
        QCOMPARE(factsOfCase(), caseFactsOf(*stored)); // and they are the case's facts
    }
};

QTEST_GUILESS_MAIN(TestApiFigures)
#include "tst_api_figures.moc"
