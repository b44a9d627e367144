// CaseIntake: each rule of check() at its limit and just past it, the first
// problem winning; and receive() on a real SQLite file — the stored case with
// its received event (by the staff member or the channel), and a failing
// companion write (AlsoWrite) rolling the whole case back.

#include "ScratchDatabase.h"
#include "intake/CaseIntake.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <limits>

using namespace pakn;
using namespace pakn::server;

Q_DECLARE_METATYPE(CitizenReport)

namespace {

const QStringList fields = {QStringLiteral("roads"), QStringLiteral("lighting")};

CitizenReport valid()
{
    CitizenReport r;
    r.channel = Channel::Hotline;
    r.description = QStringLiteral("Ổ gà lớn giữa đường Kim Mã");
    return r;
}

} // namespace

class TestCaseIntake : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScratchDatabase m_scratch; // SQLite in m_dir, or PostgreSQL in the _pg copy
    Database m_db;
    QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(2, 0), Qt::UTC);

    qint64 count(const QString &table)
    {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.open(m_scratch.location(m_dir.filePath(QStringLiteral("i.sqlite"))), &error),
                 qPrintable(error));
    }

    void eachRule_data()
    {
        QTest::addColumn<CitizenReport>("report");
        QTest::addColumn<QString>("field"); // empty: accepted
        const auto with = [](const std::function<void(CitizenReport &)> &change) {
            CitizenReport r = valid();
            change(r);
            return r;
        };
        const QString none;
        QTest::newRow("valid") << valid() << none;
        QTest::newRow("no description")
            << with([](CitizenReport &r) { r.description.clear(); }) << "description";
        QTest::newRow("blank description")
            << with([](CitizenReport &r) { r.description = QStringLiteral(" \t\n "); })
            << "description";
        QTest::newRow("description at the limit") << with([](CitizenReport &r) {
            r.description =
                QStringLiteral("  ") + QString(4000, QLatin1Char('d')) + QStringLiteral("  ");
        }) << none;
        QTest::newRow("description over")
            << with([](CitizenReport &r) { r.description = QString(4001, QLatin1Char('d')); })
            << "description";
        QTest::newRow("title at the limit")
            << with([](CitizenReport &r) { r.title = QString(200, QLatin1Char('t')); }) << none;
        QTest::newRow("title over")
            << with([](CitizenReport &r) { r.title = QString(201, QLatin1Char('t')); }) << "title";
        QTest::newRow("name at the limit")
            << with([](CitizenReport &r) { r.reporterName = QString(100, QLatin1Char('n')); })
            << none;
        QTest::newRow("name over")
            << with([](CitizenReport &r) { r.reporterName = QString(101, QLatin1Char('n')); })
            << "reporterName";
        QTest::newRow("address at the limit")
            << with([](CitizenReport &r) { r.address = QString(300, QLatin1Char('a')); }) << none;
        QTest::newRow("address over")
            << with([](CitizenReport &r) { r.address = QString(301, QLatin1Char('a')); })
            << "address";
        for (const char *phone : {"0912345678", "0912 345 678", "091.234.5678", "0912-345-678",
                                  "+84 912 345 678", "024 3825 1234", "123456789"})
            QTest::addRow("phone %s", phone)
                << with([phone](CitizenReport &r) { r.reporterPhone = QString::fromLatin1(phone); })
                << none;
        for (const char *phone : {"abc", "12345678", "+84", "0912 345 678 9012", "0912/345/678",
                                  "09123456789012", "số 0912345678"})
            QTest::addRow("phone %s", phone)
                << with([phone](CitizenReport &r) { r.reporterPhone = QString::fromUtf8(phone); })
                << "reporterPhone";
        QTest::newRow("latitude only")
            << with([](CitizenReport &r) { r.latitude = 21.0; }) << "location";
        QTest::newRow("longitude only")
            << with([](CitizenReport &r) { r.longitude = 105.8; }) << "location";
        QTest::newRow("location at the limits") << with([](CitizenReport &r) {
            r.latitude = -90.0;
            r.longitude = 180.0;
        }) << none;
        QTest::newRow("latitude out of range") << with([](CitizenReport &r) {
            r.latitude = 90.5;
            r.longitude = 105.8;
        }) << "location";
        QTest::newRow("longitude out of range") << with([](CitizenReport &r) {
            r.latitude = 21.0;
            r.longitude = -180.5;
        }) << "location";
        QTest::newRow("latitude not a number") << with([](CitizenReport &r) {
            r.latitude = std::numeric_limits<double>::quiet_NaN();
            r.longitude = 105.8;
        }) << "location";
        QTest::newRow("longitude infinite") << with([](CitizenReport &r) {
            r.latitude = 21.0;
            r.longitude = std::numeric_limits<double>::infinity();
        }) << "location";
        QTest::newRow("known field")
            << with([](CitizenReport &r) { r.field = QStringLiteral("lighting"); }) << none;
        QTest::newRow("unknown field")
            << with([](CitizenReport &r) { r.field = QStringLiteral("weather"); }) << "field";
        QTest::newRow("the first problem wins") << with([](CitizenReport &r) {
            r.description.clear();
            r.title = QString(300, QLatin1Char('t'));
            r.field = QStringLiteral("weather");
        }) << "description";
    }
    void eachRule()
    {
        QFETCH(CitizenReport, report);
        QFETCH(QString, field);
        const auto failure = CaseIntake::check(report, fields);
        if (field.isEmpty()) {
            QVERIFY2(!failure, failure ? qPrintable(failure->message) : "");
            return;
        }
        QVERIFY(failure);
        QVERIFY(failure->invalid);
        QCOMPARE(failure->field, field);
        QVERIFY(!failure->message.isEmpty());
    }

    void receivingStoresTheCaseWithItsReceiver()
    {
        CaseRepository cases(m_db.connection());
        ChangeFeed feed(m_db.connection(), cases);
        CaseIntake intake(cases, feed, [this] { return m_now; });
        CitizenReport report = valid();
        report.channel = Channel::WalkIn;
        report.field = QStringLiteral("roads");
        const Actor staff{42, Role::Officer, 7, QStringLiteral("Lê Thị Lan")};
        const auto result = intake.receive(report, fields, staff);
        QVERIFY(std::holds_alternative<Case>(result));
        const auto stored = cases.find(std::get<Case>(result).id);
        QVERIFY(stored);
        QCOMPARE(stored->status, CaseStatus::New);
        QCOMPARE(stored->channel, Channel::WalkIn);
        QCOMPARE(stored->unitId, 0);
        QCOMPARE(stored->field, QStringLiteral("roads"));
        QCOMPARE(stored->title, report.description);
        QCOMPARE(stored->history.size(), 1);
        const CaseEvent &received = stored->history.first();
        QCOMPARE(received.action, QStringLiteral("received"));
        QCOMPARE(received.actorId, 42);
        QCOMPARE(received.actorName, QStringLiteral("Lê Thị Lan"));
        QCOMPARE(received.client, QStringLiteral("staff"));
        QCOMPARE(received.detail, CaseIntake::receivedWords(Channel::WalkIn));
        QCOMPARE(received.at, m_now);

        // Without a receiver the channel itself received it.
        const auto byChannel = intake.receive(valid(), fields);
        QVERIFY(std::holds_alternative<Case>(byChannel));
        const CaseEvent &system = std::get<Case>(byChannel).history.first();
        QCOMPARE(system.actorId, 0);
        QCOMPARE(system.client, QStringLiteral("hotline"));
    }

    void aFailedCompanionWriteLeavesNothing()
    {
        CaseRepository cases(m_db.connection());
        ChangeFeed feed(m_db.connection(), cases);
        CaseIntake intake(cases, feed, [this] { return m_now; });
        const qint64 before = count(QStringLiteral("cases"));
        const qint64 events = count(QStringLiteral("case_events"));
        CaseId seen = 0;
        const auto result = intake.receive(valid(), fields, {}, [&](const Case &c) {
            seen = c.id;
            return false;
        });
        QVERIFY(seen > 0); // it ran with the case's id, inside the transaction
        QVERIFY(std::holds_alternative<IntakeFailure>(result));
        QVERIFY(!std::get<IntakeFailure>(result).invalid);
        QCOMPARE(count(QStringLiteral("cases")), before);
        QCOMPARE(count(QStringLiteral("case_events")), events);
        QVERIFY(!cases.find(seen));

        // A refused report never reaches the companion write.
        bool called = false;
        CitizenReport wrong = valid();
        wrong.description.clear();
        const auto refused = intake.receive(wrong, fields, {}, [&](const Case &) {
            called = true;
            return true;
        });
        QVERIFY(std::holds_alternative<IntakeFailure>(refused));
        QVERIFY(std::get<IntakeFailure>(refused).invalid);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestCaseIntake)
#include "tst_caseintake.moc"
