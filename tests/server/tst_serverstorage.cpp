#include "ScratchDatabase.h"
#include "security/AccessScope.h"
#include "storage/AccountRepository.h"
#include "storage/CaseRepository.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/IdempotencyRepository.h"
#include "storage/Migrations.h"
#include "storage/SessionRepository.h"
#include "storage/TransactionGuard.h"
#include "storage/UnitRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;
using namespace pakn::server;

namespace {
const QDateTime t0 = QDateTime(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC);

Case newCase(UnitId unit)
{
    Case c;
    c.version = 1;
    c.title = QStringLiteral("Đèn đường hỏng");
    c.receivedAt = t0;
    c.updatedAt = t0;
    c.unitId = unit;
    c.status = unit ? CaseStatus::PendingAcceptance : CaseStatus::New;
    c.history = {{0,
                  t0,
                  0,
                  QStringLiteral("Hệ thống"),
                  QStringLiteral("received"),
                  {},
                  QStringLiteral("web")}};
    return c;
}
} // namespace

class TestServerStorage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScratchDatabase m_scratch; // SQLite in m_dir, or PostgreSQL in the _pg copy
    Database m_db;
    UnitId m_city = 0, m_district = 0, m_wardA = 0, m_wardB = 0, m_other = 0;

    // The city with one district of two wards, and a department.
    void buildTree()
    {
        UnitRepository units(m_db.connection());
        Unit city{0, 0, QStringLiteral("Thành phố"), QStringLiteral("city")};
        QVERIFY(units.insert(city));
        Unit district{0, city.id, QStringLiteral("Quận Ba Đình"), QStringLiteral("district")};
        QVERIFY(units.insert(district));
        Unit a{0, district.id, QStringLiteral("Phường Kim Mã"), QStringLiteral("ward")};
        Unit b{0, district.id, QStringLiteral("Phường Ngọc Hà"), QStringLiteral("ward")};
        Unit other{0, city.id, QStringLiteral("Sở Y tế"), QStringLiteral("department")};
        QVERIFY(units.insert(a) && units.insert(b) && units.insert(other));
        m_city = city.id;
        m_district = district.id;
        m_wardA = a.id;
        m_wardB = b.id;
        m_other = other.id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.open(m_scratch.location(m_dir.filePath(QStringLiteral("s.sqlite"))), &error),
                 qPrintable(error));
        buildTree();
    }

    void opensInWalModeAtTheLatestSchema()
    {
        QCOMPARE(m_db.isPostgres(), ScratchDatabase::onPostgres());
        if (!m_db.isPostgres()) {
            QSqlQuery q(m_db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        }
        QCOMPARE(Migrations::currentVersion(m_db.connection()), Migrations::latestVersion());
        // Reopening an up-to-date database changes nothing.
        Database again;
        QString error;
        QVERIFY2(again.open(m_db.path(), &error), qPrintable(error));
        QCOMPARE(Migrations::currentVersion(again.connection()), Migrations::latestVersion());
    }

    void aCorruptFileIsReportedAndKept()
    {
        if (ScratchDatabase::onPostgres())
            QSKIP("an SQLite file only; PostgreSQL's files are the cluster's");
        const QString path = m_dir.filePath(QStringLiteral("corrupt.sqlite"));
        QByteArray junk;
        for (int i = 0; i < 8192; ++i)
            junk.append(char((i * 7919) % 251));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(junk);
        f.close();
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), junk);
    }

    void aNewerSchemaIsRefused()
    {
        const ScratchDatabase newer;
        const QString path = newer.location(m_dir.filePath(QStringLiteral("newer.sqlite")));
        {
            Database db;
            QString error;
            QVERIFY(db.open(path, &error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (999)")));
        }
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }

    void anUncommittedTransactionLeavesNothing()
    {
        UnitRepository units(m_db.connection());
        {
            TransactionGuard transaction(m_db.connection());
            QVERIFY(transaction.isActive());
            Unit u{0, m_city, QStringLiteral("Tạm"), QStringLiteral("ward")};
            QVERIFY(units.insert(u));
        }
        for (const Unit &u : units.all())
            QVERIFY(u.name != QStringLiteral("Tạm"));
    }

    void scopesFollowTheTree()
    {
        const QList<Unit> units = UnitRepository(m_db.connection()).all();
        const auto scope = [&](Role role, UnitId unit) {
            return AccessScope::forAccount({1, {}, {}, role, unit}, units);
        };
        QVERIFY(scope(Role::Coordinator, m_city).isEverything());
        QVERIFY(scope(Role::Administrator, m_city).contains(0));
        QCOMPARE(scope(Role::Officer, m_wardA).units(), QList<UnitId>{m_wardA});
        QCOMPARE(scope(Role::Supervisor, m_district).units(),
                 (QList<UnitId>{m_district, m_wardA, m_wardB}));
        QCOMPARE(scope(Role::Leader, m_wardB).units(), QList<UnitId>{m_wardB});
        QVERIFY(!scope(Role::Supervisor, m_district).contains(m_other));
        QVERIFY(!scope(Role::Leader, m_wardA).contains(0));
    }

    void casesKeepTheirHistoryAndNames()
    {
        CaseRepository cases(m_db.connection());
        Case c = newCase(m_wardA);
        QVERIFY(cases.insert(c, 1));
        QVERIFY(c.id > 0);
        QVERIFY(c.history.first().id > 0);
        auto found = cases.find(c.id);
        QVERIFY(found);
        QCOMPARE(found->unitName, QStringLiteral("Phường Kim Mã"));
        QCOMPARE(found->history.size(), 1);
        QCOMPARE(found->reporterName, QString()); // stored as '' and read back empty

        found->version = 2;
        found->status = CaseStatus::InProgress;
        found->history.append({0,
                               t0.addSecs(60),
                               2,
                               QStringLiteral("Lãnh đạo"),
                               QStringLiteral("accept"),
                               {},
                               QStringLiteral("tst")});
        QVERIFY(cases.update(*found, 2));
        QVERIFY(cases.appendEvents(found->id, found->history.end() - 1, found->history.end()));
        const auto again = cases.find(c.id);
        QCOMPARE(again->version, 2);
        QCOMPARE(again->status, CaseStatus::InProgress);
        QCOMPARE(again->history.size(), 2);
        QCOMPARE(cases.histories({c.id}).value(c.id), again->history);

        Case ghost = *again;
        ghost.id = 99999;
        QVERIFY(!cases.update(ghost, 3));
    }

    void theFeedHandsOutTombstonesOnlyWhileACaseIsAway()
    {
        CaseRepository cases(m_db.connection());
        ChangeFeed feed(m_db.connection(), cases);
        const qint64 start = *feed.take(0); // the next number, nothing reserved
        QCOMPARE(*feed.take(3), start);
        QCOMPARE(*feed.take(), start + 3);

        // A case moves A → B (tombstone for A), another moves A → B → A.
        Case away = newCase(m_wardB);
        Case back = newCase(m_wardA);
        const qint64 s1 = *feed.take();
        QVERIFY(cases.insert(away, s1));
        const qint64 s2 = *feed.take();
        QVERIFY(cases.insert(back, s2));
        QVERIFY(feed.recordRemoval(*feed.take(), away.id, m_wardA));
        QVERIFY(feed.recordRemoval(*feed.take(), back.id, m_wardA));
        const qint64 s5 = *feed.take();
        back.version += 1; // every write is one version on from the one read
        QVERIFY(cases.update(back, s5));
        // A second writer from the same read comes too late: nothing overwritten.
        QVERIFY(!cases.update(back, s5));

        const auto page = feed.page(AccessScope::ofUnits({m_wardA}), s1 - 1, 100);
        QVERIFY(page);
        QCOMPARE(page->entries.size(), 2);
        QVERIFY(page->entries.at(0).removed);
        QCOMPARE(page->entries.at(0).caseId, away.id);
        QVERIFY(!page->entries.at(1).removed);
        QCOMPARE(page->entries.at(1).caseId, back.id);
        QCOMPARE(page->cursor, s5);
        QVERIFY(!page->more);

        // Paging: one entry per page, the cursor moves, more is reported.
        const auto first = feed.page(AccessScope::ofUnits({m_wardA}), s1 - 1, 1);
        QCOMPARE(first->entries.size(), 1);
        QVERIFY(first->more);
        const auto second = feed.page(AccessScope::ofUnits({m_wardA}), first->cursor, 1);
        QCOMPARE(second->entries.size(), 1);
        QVERIFY(!second->more);

        // Ward B sees the first case, and no tombstone ever reaches "everything".
        const auto b = feed.page(AccessScope::ofUnits({m_wardB}), s1 - 1, 100);
        QCOMPARE(b->entries.size(), 1);
        QCOMPARE(b->entries.at(0).caseId, away.id);
        QVERIFY(!b->entries.at(0).caseJson.isEmpty());
        const auto all = feed.page(AccessScope::everything(), s1 - 1, 100);
        for (const FeedEntry &e : all->entries)
            QVERIFY(!e.removed);
    }

    // What keeps the feed from skipping a change when two servers share
    // PostgreSQL: the writer that took a seq holds the counter row until its
    // transaction ends, so a second writer waits instead of taking the next.
    void theFeedCounterStaysLockedUntilTheWriterEnds()
    {
        if (!m_db.isPostgres())
            QSKIP("SQLite has one writer at a time by construction");
        Database other; // a second server's connection
        QString error;
        QVERIFY2(other.open(m_scratch.url(), &error), qPrintable(error));
        const auto counterIsFree = [&] {
            QSqlQuery q(other.connection());
            return q.exec(QStringLiteral(
                "SELECT last_seq FROM feed_sequence WHERE id = 1 FOR UPDATE NOWAIT"));
        };
        CaseRepository cases(m_db.connection());
        ChangeFeed feed(m_db.connection(), cases);
        {
            TransactionGuard writer(m_db.connection());
            QVERIFY(feed.take(2));
            QVERIFY(!counterIsFree());
        } // rolled back
        QVERIFY(counterIsFree());
    }

    void sessionsExpireAndDieWithTheirAccount()
    {
        AccountRepository accounts(m_db.connection());
        StoredAccount a{{0, QStringLiteral("cb"), QStringLiteral("Cán bộ"), Role::Officer, m_wardA},
                        QStringLiteral("x"),
                        false};
        QVERIFY(accounts.insert(a));
        SessionRepository sessions(m_db.connection());
        QVERIFY(sessions.create(QStringLiteral("h1"), a.account.id, QStringLiteral("tst"), t0,
                                t0.addSecs(3600)));
        QVERIFY(sessions.findLive(QStringLiteral("h1"), t0.addSecs(10)));
        QVERIFY(!sessions.findLive(QStringLiteral("h1"), t0.addSecs(3600)));
        QVERIFY(!sessions.failed());
        QVERIFY(sessions.removeExpired(t0.addSecs(7200)));
        QVERIFY(!sessions.findLive(QStringLiteral("h1"), t0));
    }

    void oldAnswersToRetriedActionsAreForgotten()
    {
        IdempotencyRepository stored(m_db.connection());
        QVERIFY(stored.store(7, QStringLiteral("old"), {200, "{}"}, t0));
        QVERIFY(stored.store(7, QStringLiteral("new"), {409, "{}"}, t0.addDays(30)));
        QCOMPARE(stored.purgeStoredBefore(t0.addDays(1)), 1);
        QVERIFY(!stored.find(7, QStringLiteral("old")));
        QCOMPARE(stored.find(7, QStringLiteral("new"))->httpStatus, 409);
        QCOMPARE(stored.purgeStoredBefore(t0.addDays(1)), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerStorage)
#include "tst_serverstorage.moc"
