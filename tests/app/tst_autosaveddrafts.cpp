// AutosavedDrafts: a saved text is read back (also by a new connection, as
// after a restart), an empty text removes it, each save is committed with
// synchronous=FULL and the connection returns to NORMAL, and a save inside
// another transaction fails without harming it.

#include "cache/AutosavedDrafts.h"
#include "cache/CacheDatabase.h"
#include "cache/CaseStore.h"
#include "cache/SqlTransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

namespace {
int synchronousLevel(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA synchronous")) && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestAutosavedDrafts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savedTextOutlivesTheConnection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QString error;
        {
            auto db = CacheDatabase::open(path, QStringLiteral("first"), &error);
            QVERIFY2(db, qPrintable(error));
            AutosavedDrafts drafts(db->db());
            QVERIFY2(drafts.save(7, QStringLiteral("Đã **kiểm tra** hiện trường"), &error),
                     qPrintable(error));
            QCOMPARE(synchronousLevel(db->db()), 1); // back to NORMAL
        }
        auto db = CacheDatabase::open(path, QStringLiteral("second"), &error);
        QVERIFY2(db, qPrintable(error));
        AutosavedDrafts drafts(db->db());
        QCOMPARE(drafts.text(7), QStringLiteral("Đã **kiểm tra** hiện trường"));
        // The same table as the drafts the server refused: one list of unsent texts.
        QCOMPARE(CaseStore(db->db()).localDraftCount(), 1);

        QVERIFY(drafts.save(7, QStringLiteral("Bản sửa")));
        QCOMPARE(drafts.text(7), QStringLiteral("Bản sửa"));
        QVERIFY(drafts.save(7, QString()));
        QCOMPARE(drafts.text(7), QString());
        QCOMPARE(CaseStore(db->db()).localDraftCount(), 0);
    }

    void refusesToJoinAnotherTransaction()
    {
        QTemporaryDir dir;
        QString error;
        auto db = CacheDatabase::open(dir.filePath(QStringLiteral("cache.sqlite")),
                                      QStringLiteral("tx"), &error);
        QVERIFY2(db, qPrintable(error));
        CaseStore store(db->db());
        {
            SqlTransaction outer(db->db());
            QVERIFY(store.setLocalDraft(1, QStringLiteral("trong giao dịch")));
            QVERIFY(!AutosavedDrafts(db->db()).save(2, QStringLiteral("không lưu"), &error));
            QVERIFY(!error.isEmpty());
            QVERIFY(outer.commit()); // the surrounding work is unharmed
        }
        QCOMPARE(store.localDraft(1), QStringLiteral("trong giao dịch"));
        QCOMPARE(store.localDraft(2), QString());
        QCOMPARE(synchronousLevel(db->db()), 1);
    }
};

QTEST_GUILESS_MAIN(TestAutosavedDrafts)
#include "tst_autosaveddrafts.moc"
