// CommitGroup on a real database (SQLite, or PostgreSQL in the _pg copy):
// writes handed in during one turn of the event loop share one commit, a
// failing write is undone alone, a failed COMMIT (caused for real by a
// deferred foreign key) answers every write 500 and keeps nothing, and the
// answers come only once the commit is visible to another connection.

#include "ScratchDatabase.h"
#include "http/CommitGroup.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn::server;

class TestCommitGroup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScratchDatabase m_scratch;
    Database m_db;
    Database m_reader; // a second connection: sees only what was committed
    std::unique_ptr<CommitGroup> m_group;
    QList<int> m_statuses;
    int m_afterCommit = 0;

    bool exec(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql);
    }
    bool insert(qint64 n, qint64 parent = 0)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO grouped (n, parent) VALUES (?, ?)"));
        q.addBindValue(n);
        q.addBindValue(parent ? QVariant(parent) : QVariant(QMetaType::fromType<qint64>()));
        return q.exec();
    }
    // Whether the reader sees row n, i.e. whether it was committed.
    bool committed(qint64 n)
    {
        QSqlQuery q(m_reader.connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM grouped WHERE n = %1").arg(n)) &&
               q.next() && q.value(0).toInt() == 1;
    }
    // A write of row n (with a parent that may not exist: checked at COMMIT).
    CommitGroup::Write writeRow(qint64 n, qint64 parent = 0)
    {
        return [this, n, parent]() -> GroupedWrite {
            if (!insert(n, parent))
                return {ApiReply::internal(), {}};
            return {{200, QByteArray::number(n)}, [this] { ++m_afterCommit; }};
        };
    }
    // Records the status, and whether its row was visible when answered.
    CommitGroup::Answer answer(qint64 n, QList<bool> *visible = nullptr)
    {
        return [this, n, visible](const ApiReply &reply) {
            m_statuses.append(reply.status);
            if (visible)
                visible->append(committed(n));
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const QString location = m_scratch.location(m_dir.filePath(QStringLiteral("g.sqlite")));
        QVERIFY2(m_db.open(location, &error), qPrintable(error));
        QVERIFY2(m_reader.open(location, &error), qPrintable(error));
        QVERIFY(exec(m_db.connection(), QStringLiteral("CREATE TABLE grouped_parent (id BIGINT "
                                                       "PRIMARY KEY)")));
        // Deferred: a missing parent is only noticed by the COMMIT.
        QVERIFY(exec(m_db.connection(),
                     QStringLiteral("CREATE TABLE grouped (n BIGINT PRIMARY KEY, parent BIGINT "
                                    "REFERENCES grouped_parent(id) DEFERRABLE INITIALLY "
                                    "DEFERRED)")));
        QVERIFY(exec(m_db.connection(), QStringLiteral("INSERT INTO grouped_parent VALUES (1)")));
    }

    void init()
    {
        m_group = std::make_unique<CommitGroup>(m_db.connection(), nullptr, 64);
        m_statuses.clear();
        m_afterCommit = 0;
    }

    void writesOfOneTurnShareOneCommitAndAreAnsweredAfterIt()
    {
        QList<bool> visible;
        for (qint64 n : {1, 2, 3})
            m_group->add(writeRow(n, 1), answer(n, &visible));
        QVERIFY(m_statuses.isEmpty()); // nothing is answered before the commit
        QTRY_COMPARE(m_statuses.size(), 3);
        QCOMPARE(m_statuses, QList<int>({200, 200, 200}));
        QCOMPARE(visible, QList<bool>({true, true, true}));
        QCOMPARE(m_group->groups(), 1);
        QCOMPARE(m_group->writes(), 3);
        QCOMPARE(m_afterCommit, 3);
    }

    void aFailingWriteIsUndoneAloneAndTheOthersCommit()
    {
        int duplicateTries = 0;
        m_group->add(writeRow(10), answer(10));
        // Row 1 exists: the statement fails (on PostgreSQL it aborts the
        // transaction until ROLLBACK TO SAVEPOINT), tried again, then 500.
        m_group->add(
            [&]() -> GroupedWrite {
                ++duplicateTries;
                return {insert(1) ? ApiReply{200, {}} : ApiReply::internal(), {}};
            },
            answer(1));
        // Writes its row, then fails: the row goes with it.
        m_group->add(
            [this]() -> GroupedWrite {
                insert(11);
                return {ApiReply::internal(), [this] { ++m_afterCommit; }};
            },
            answer(11));
        m_group->add(writeRow(12), answer(12));
        QTRY_COMPARE(m_statuses.size(), 4);
        QCOMPARE(m_statuses, QList<int>({200, 500, 500, 200}));
        QCOMPARE(duplicateTries, 3);
        QVERIFY(committed(10));
        QVERIFY(!committed(11));
        QVERIFY(committed(12));
        QCOMPARE(m_group->groups(), 1);
        QCOMPARE(m_afterCommit, 2); // not for the failed one
    }

    void aFailedCommitAnswersEveryWrite500AndKeepsNothing()
    {
        m_group->add(writeRow(20), answer(20));
        m_group->add(writeRow(21, 999), answer(21)); // no parent 999: the COMMIT fails
        m_group->add(writeRow(22), answer(22));
        QTRY_COMPARE(m_statuses.size(), 3);
        QCOMPARE(m_statuses, QList<int>({500, 500, 500}));
        QVERIFY(!committed(20));
        QVERIFY(!committed(21));
        QVERIFY(!committed(22));
        QCOMPARE(m_afterCommit, 0);
        QCOMPARE(m_group->groups(), 0);

        // The connection is usable again: the same writes without the bad one commit.
        m_group->add(writeRow(20), answer(20));
        m_group->add(writeRow(22), answer(22));
        QTRY_COMPARE(m_statuses.size(), 5);
        QVERIFY(committed(20) && committed(22));
    }

    void aLoneWriteCommitsOnTheNextTurnWithoutATimer()
    {
        m_group->add(writeRow(30), answer(30));
        QVERIFY(m_statuses.isEmpty());
        // Only the group's own posted call runs here: no timer, no other event.
        QCoreApplication::sendPostedEvents(m_group.get(), QEvent::MetaCall);
        QCOMPARE(m_statuses, QList<int>({200}));
        QVERIFY(committed(30));
    }

    void aFullGroupCommitsAtOnce()
    {
        CommitGroup small(m_db.connection(), nullptr, 2);
        small.add(writeRow(40), answer(40));
        QVERIFY(m_statuses.isEmpty());
        small.add(writeRow(41), answer(41)); // the second of two: committed before add() returns
        QCOMPARE(m_statuses, QList<int>({200, 200}));
        QCOMPARE(small.groups(), 1);
        QVERIFY(committed(40) && committed(41));
    }
};

QTEST_GUILESS_MAIN(TestCommitGroup)
#include "tst_commitgroup.moc"
