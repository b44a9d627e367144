#include "ScratchDatabase.h"
#include "attachments/AttachmentFiles.h"
#include "demo/DemoSeeder.h"
#include "domain/WorkflowRules.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;
using namespace pakn::server;

namespace {
constexpr int demoCases = 400;

// Everything the seeder wrote, except the password hashes (salted at random).
QByteArray digestOf(QSqlDatabase db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries = {
        QStringLiteral("SELECT * FROM units ORDER BY id"),
        QStringLiteral("SELECT id, login, role, unit_id, display_name, disabled FROM accounts "
                       "ORDER BY id"),
        QStringLiteral("SELECT * FROM cases ORDER BY id"),
        QStringLiteral("SELECT * FROM case_events ORDER BY id"),
        QStringLiteral("SELECT * FROM feed_removals ORDER BY seq"),
        QStringLiteral("SELECT * FROM feed_sequence"),
        QStringLiteral("SELECT * FROM attachments ORDER BY id"),
    };
    for (const QString &sql : queries) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return {};
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(QByteArray(q.value(i).toString().toUtf8() + '\x1f'));
    }
    return hash.result();
}

QSet<QString> statusesOf(QSqlDatabase db, const QString &unitName)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT DISTINCT c.status FROM cases c JOIN units u ON u.id = c.unit_id "
                       "WHERE u.name = ?"));
    q.addBindValue(unitName);
    QSet<QString> out;
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString());
    return out;
}

qint64 count(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

class TestDemoSeeder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    AttachmentFiles m_firstFiles{m_dir.filePath(QStringLiteral("a-files"))};
    AttachmentFiles m_secondFiles{m_dir.filePath(QStringLiteral("b-files"))};
    ScratchDatabase m_firstScratch; // SQLite files in m_dir, or PostgreSQL in the _pg copy
    ScratchDatabase m_secondScratch;
    Database m_first;
    Database m_second;
    PasswordHasher m_hasher;
    WorkflowRules m_rules;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_first.open(m_firstScratch.location(m_dir.filePath(QStringLiteral("a.sqlite"))),
                              &error),
                 qPrintable(error));
        QVERIFY2(m_second.open(m_secondScratch.location(m_dir.filePath(QStringLiteral("b.sqlite"))),
                               &error),
                 qPrintable(error));
        bool seeded = false;
        QVERIFY2(DemoSeeder(m_first.connection(), m_rules, m_hasher, &m_firstFiles)
                     .seedIfEmpty(demoCases, &error, &seeded),
                 qPrintable(error));
        QVERIFY(seeded);
        QVERIFY2(DemoSeeder(m_second.connection(), m_rules, m_hasher, &m_secondFiles)
                     .seedIfEmpty(demoCases, &error),
                 qPrintable(error));
    }

    void aboutOneCaseInFiveHasPhotos()
    {
        const QSqlDatabase db = m_first.connection();
        const qint64 withPhotos =
            count(db, QStringLiteral("SELECT COUNT(DISTINCT case_id) FROM attachments WHERE "
                                     "purpose = 'report'"));
        QVERIFY2(withPhotos > demoCases / 8 && withPhotos < demoCases / 3,
                 qPrintable(QString::number(withPhotos)));
        // Evidence only on answered cases, each attachment with the event that attached it.
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM attachments WHERE purpose = "
                                         "'evidence'")) > 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM attachments x JOIN cases c ON "
                                          "c.id = x.case_id WHERE x.purpose = 'evidence' AND "
                                          "c.status NOT IN ('answered', 'closed')")),
                 qint64(0));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM attachments x WHERE NOT EXISTS "
                                          "(SELECT 1 FROM case_events e WHERE e.case_id = "
                                          "x.case_id AND e.action = 'attach' AND e.data LIKE "
                                          "'%' || x.id || '%')")),
                 qint64(0));
        // A few drawn photos serve every case; each file matches its digest.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT sha256, size FROM attachments")));
        int distinct = 0;
        while (q.next()) {
            const QString sha = q.value(0).toString();
            QFile file(m_firstFiles.pathOf(sha));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QByteArray bytes = file.readAll();
            QCOMPARE(AttachmentFiles::sha256Hex(bytes), sha);
            QCOMPARE(qint64(bytes.size()), q.value(1).toLongLong());
            QVERIFY2(bytes.size() > 20 * 1024 && bytes.size() < 100 * 1024,
                     qPrintable(QString::number(bytes.size())));
            QVERIFY(QFile::exists(m_firstFiles.thumbnailPathOf(sha)));
            ++distinct;
        }
        QVERIFY(distinct >= 4 && distinct <= 15);
    }

    void theSameCountGivesTheSameData()
    {
        const QByteArray a = digestOf(m_first.connection());
        QVERIFY(!a.isEmpty());
        QCOMPARE(digestOf(m_second.connection()), a);
        QCOMPARE(count(m_first.connection(), QStringLiteral("SELECT COUNT(*) FROM cases")),
                 qint64(demoCases));
    }

    void existingDataIsNotSeededAgain()
    {
        const QByteArray before = digestOf(m_first.connection());
        QString error;
        bool seeded = true;
        QVERIFY(
            DemoSeeder(m_first.connection(), m_rules, m_hasher).seedIfEmpty(50, &error, &seeded));
        QVERIFY(!seeded);
        QCOMPARE(digestOf(m_first.connection()), before);
    }

    void kimMaAndNgocHaHoldEveryStatus()
    {
        const QSet<QString> expected = {QStringLiteral("pending_acceptance"),
                                        QStringLiteral("in_progress"),
                                        QStringLiteral("awaiting_approval"),
                                        QStringLiteral("answered"),
                                        QStringLiteral("closed"),
                                        QStringLiteral("refused")};
        for (const QString &ward :
             {QStringLiteral("Phường Kim Mã"), QStringLiteral("Phường Ngọc Hà")}) {
            const QSet<QString> got = statusesOf(m_first.connection(), ward);
            QVERIFY2(got.contains(expected), qPrintable(ward));
        }
        QVERIFY(count(m_first.connection(),
                      QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'new'")) > 0);
    }

    void theDemoOfficerHasAssignedWorkAndTheLeaderHasRepliesToApprove()
    {
        const QSqlDatabase db = m_first.connection();
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM cases c JOIN accounts a "
                                         "ON a.id = c.assignee_id WHERE a.login = 'officer' "
                                         "AND c.status = 'in_progress'")) >= 2);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM cases c JOIN accounts a "
                                         "ON a.id = c.assignee_id WHERE a.login = 'officer' "
                                         "AND c.status = 'in_progress' AND c.reply_draft <> ''")) >=
                1);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM cases c JOIN units u "
                                         "ON u.id = c.unit_id WHERE u.name = 'Phường Kim Mã' "
                                         "AND c.status = 'awaiting_approval'")) >= 1);
    }

    void searchableNamesAreThere()
    {
        const QSqlDatabase db = m_first.connection();
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE title LIKE "
                                         "'%Đường Láng%'")) >= 2);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE address LIKE "
                                         "'%Đông Anh%'")) >= 1);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE login IN "
                                         "('coordinator','leader','officer','officer2',"
                                         "'supervisor','admin','leader2','leader.phuong-cong-vi',"
                                         "'officer.so-y-te')")) == 9);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM feed_removals")) >= 1);
    }

    void historiesAreConsistentWithStatuses()
    {
        const QSqlDatabase db = m_first.connection();
        // Every case starts with "received"; its version counts its changes.
        QCOMPARE(count(db, QStringLiteral(
                               "SELECT COUNT(*) FROM cases c WHERE (SELECT action FROM case_events "
                               "e WHERE e.case_id = c.id ORDER BY e.id LIMIT 1) <> 'received'")),
                 qint64(0));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM cases c WHERE c.version <> "
                                          "(SELECT COUNT(*) FROM case_events e WHERE e.case_id "
                                          "= c.id)")),
                 qint64(0));
        // Answered and closed cases went through approve; refused ones through refuse.
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM cases c WHERE c.status IN "
                                          "('answered','closed') AND (c.reply_published = '' OR "
                                          "c.answered_at IS NULL OR NOT EXISTS (SELECT 1 FROM "
                                          "case_events e WHERE e.case_id = c.id AND e.action = "
                                          "'approve'))")),
                 qint64(0));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM cases c WHERE c.status = "
                                          "'refused' AND NOT EXISTS (SELECT 1 FROM case_events e "
                                          "WHERE e.case_id = c.id AND e.action = 'refuse')")),
                 qint64(0));
        // Everything is routed except new cases (and cases refused at triage).
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE unit_id = 0 AND "
                                          "status NOT IN ('new','refused','merged')")),
                 qint64(0));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status IN "
                                          "('in_progress','awaiting_approval','answered','closed') "
                                          "AND answer_deadline IS NULL")),
                 qint64(0));
        // Nothing happened after the demo's "today".
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM case_events WHERE at > %1")
                               .arg(DemoSeeder::referenceTime().toMSecsSinceEpoch())),
                 qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
