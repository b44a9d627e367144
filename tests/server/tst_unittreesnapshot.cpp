// UnitTreeSnapshot: the tree is read once and kept while the units' revision
// stands; every kind of unit write moves the revision, so the next caller
// gets the tree as it is now, also when the write came through another
// connection (another server instance on the same database).

#include "ScratchDatabase.h"
#include "storage/Database.h"
#include "storage/UnitRepository.h"
#include "storage/UnitTreeSnapshot.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pakn;
using namespace pakn::server;

namespace {
const Unit *findIn(const QList<Unit> *tree, UnitId id)
{
    for (const Unit &u : *tree)
        if (u.id == id)
            return &u;
    return nullptr;
}
} // namespace

class TestUnitTreeSnapshot : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScratchDatabase m_scratch;
    Database m_db, m_other; // m_other: another server's connection

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const QString where = m_scratch.location(m_dir.filePath(QStringLiteral("u.sqlite")));
        QVERIFY2(m_db.open(where, &error), qPrintable(error));
        QVERIFY2(m_other.open(where, &error), qPrintable(error));
    }

    void readsAgainOnlyAfterAUnitWrite()
    {
        UnitRepository units(m_db.connection());
        UnitTreeSnapshot snapshot(units);
        Unit city{0, 0, QStringLiteral("Thành phố"), QStringLiteral("city")};
        QVERIFY(units.insert(city));
        const QList<Unit> *tree = snapshot.current();
        QVERIFY(tree && findIn(tree, city.id));
        QVERIFY(snapshot.current());
        QCOMPARE(snapshot.reads(), 1);

        // Each kind of write, through the other connection.
        UnitRepository elsewhere(m_other.connection());
        Unit ward{0, city.id, QStringLiteral("Phường Kim Mã"), QStringLiteral("ward")};
        QVERIFY(elsewhere.insert(ward));
        QVERIFY(findIn(snapshot.current(), ward.id));
        QCOMPARE(snapshot.reads(), 2);

        Unit district{0, city.id, QStringLiteral("Quận Ba Đình"), QStringLiteral("district")};
        QVERIFY(elsewhere.insert(district));
        QVERIFY(elsewhere.setParent(ward.id, district.id));
        QCOMPARE(findIn(snapshot.current(), ward.id)->parentId, district.id);

        QVERIFY(elsewhere.rename(ward.id, QStringLiteral("Phường Kim Mã Mới")));
        QCOMPARE(findIn(snapshot.current(), ward.id)->name, QStringLiteral("Phường Kim Mã Mới"));

        Unit other{0, district.id, QStringLiteral("Phường Ngọc Hà"), QStringLiteral("ward")};
        Unit child{0, other.id, QStringLiteral("Tổ 1"), QStringLiteral("group")};
        QVERIFY(elsewhere.insert(other));
        child.parentId = other.id;
        QVERIFY(elsewhere.insert(child));
        QVERIFY(snapshot.current());
        const int before = snapshot.reads();
        QVERIFY(elsewhere.markMerged(other.id, ward.id));
        QCOMPARE(findIn(snapshot.current(), child.id)->parentId, ward.id);
        QCOMPARE(snapshot.reads(), before + 1);
        QVERIFY(snapshot.current());
        QCOMPARE(snapshot.reads(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestUnitTreeSnapshot)
#include "tst_unittreesnapshot.moc"
