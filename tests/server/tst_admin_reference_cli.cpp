// `pakn-server admin holiday|workday|hours|deadline|field|template|ranking …` as a
// process: each change is stored as the next revision, lists show it, bad
// input is refused with a clear message (exit 1) or a usage error (exit 2).

#include "AdminProcess.h"
#include "ScratchDatabase.h"
#include "storage/Database.h"
#include "storage/ReferenceRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pakn;
using namespace pakn::server;

using admintest::describe;
using admintest::Run;

class TestAdminReferenceCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ScratchDatabase m_scratch; // SQLite in m_dir, or PostgreSQL in the _pg copy

    Run admin(const QStringList &args)
    {
        return admintest::admin(m_scratch.location(m_dir.path()), args);
    }

    std::optional<ReferenceData> stored()
    {
        Database database;
        QString error;
        if (!database.open(m_scratch.location(m_dir.filePath(QStringLiteral("pakn-server.sqlite"))),
                           &error))
            return std::nullopt;
        return ReferenceRepository(database.connection()).load();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("PAKN_SERVER_BIN"))
            QSKIP("PAKN_SERVER_BIN is not set");
        QVERIFY(m_dir.isValid());
    }

    void listsTheSeededDefaults()
    {
        const Run r = admin({QStringLiteral("holiday"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains(QStringLiteral("2026-02-17 Tue Tết Nguyên đán Bính Ngọ")));
        const Run w = admin({QStringLiteral("workday"), QStringLiteral("list")});
        QVERIFY(w.out.contains(QStringLiteral("2025-04-26 Sat")));
        const Run d = admin({QStringLiteral("deadline"), QStringLiteral("list")});
        QVERIFY(d.out.contains(QStringLiteral("accept within 8 working hours")));
        QVERIFY(d.out.contains(QStringLiteral("answer urgent within 4 working hours")));
        QCOMPARE(stored()->revision, qint64(1));
    }

    void changesAreStoredAsNewRevisions()
    {
        const QList<QStringList> commands = {
            {QStringLiteral("holiday"), QStringLiteral("add"), QStringLiteral("01/09/2026"),
             QStringLiteral("Quốc khánh (ngày liền kề)")},
            {QStringLiteral("workday"), QStringLiteral("add"), QStringLiteral("2026-09-12"),
             QStringLiteral("Làm bù")},
            {QStringLiteral("hours"), QStringLiteral("set"),
             QStringLiteral("07:30-11:30,13:30-17:00")},
            {QStringLiteral("deadline"), QStringLiteral("accept"), QStringLiteral("16")},
            {QStringLiteral("deadline"), QStringLiteral("set"), QStringLiteral("--field"),
             QStringLiteral("drainage"), QStringLiteral("urgent"), QStringLiteral("2")},
            {QStringLiteral("field"), QStringLiteral("add"), QStringLiteral("parks"),
             QStringLiteral("Công viên"), QStringLiteral("Parks")},
            {QStringLiteral("field"), QStringLiteral("rename"), QStringLiteral("parks"),
             QStringLiteral("Công viên, vườn hoa"), QStringLiteral("Parks and gardens")},
            {QStringLiteral("field"), QStringLiteral("disable"), QStringLiteral("tourism")},
            {QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("--field"),
             QStringLiteral("parks"), QStringLiteral("Đã cắt tỉa"),
             QStringLiteral("Kính gửi {reporter}, cây tại {address} đã được cắt tỉa.")},
        };
        for (const QStringList &c : commands) {
            const Run r = admin(c);
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
            QVERIFY2(r.out.contains(QStringLiteral("(revision")), qPrintable(r.out));
        }
        const Run added = admin({QStringLiteral("template"), QStringLiteral("list"),
                                 QStringLiteral("--field"), QStringLiteral("parks")});
        QVERIFY(added.out.startsWith(QStringLiteral("7 [parks] Đã cắt tỉa")));
        QCOMPARE(admin({QStringLiteral("template"), QStringLiteral("edit"), QStringLiteral("7"),
                        QStringLiteral("--body"), QStringLiteral("Đã xong.")})
                     .exitCode,
                 0);

        const auto d = stored();
        QVERIFY(d);
        QCOMPARE(d->revision, qint64(1 + commands.size() + 1));
        const DeadlineCalendar cal = d->calendar();
        QVERIFY(!cal.isWorkingDay(QDate(2026, 9, 1)));
        QVERIFY(cal.isWorkingDay(QDate(2026, 9, 12)));
        QCOMPARE(d->periods.first().start, QTime(7, 30));
        QCOMPARE(d->rules.acceptHours, 16);
        QCOMPARE(d->rules.answerHoursFor(Urgency::Urgent, QStringLiteral("drainage")), 2);
        QCOMPARE(d->field(QStringLiteral("parks"))->nameEn, QStringLiteral("Parks and gardens"));
        QVERIFY(!d->activeFieldCodes().contains(QStringLiteral("tourism")));
        QCOMPARE(d->replyTemplate(7)->body, QStringLiteral("Đã xong."));
        QCOMPARE(d->replyTemplate(7)->title, QStringLiteral("Đã cắt tỉa"));
    }

    void removals()
    {
        const qint64 before = stored()->revision;
        for (const QStringList &c : QList<QStringList>{
                 {QStringLiteral("holiday"), QStringLiteral("remove"),
                  QStringLiteral("2026-09-01")},
                 {QStringLiteral("workday"), QStringLiteral("remove"),
                  QStringLiteral("2026-09-12")},
                 {QStringLiteral("deadline"), QStringLiteral("remove"), QStringLiteral("--field"),
                  QStringLiteral("drainage"), QStringLiteral("urgent")},
                 {QStringLiteral("template"), QStringLiteral("remove"), QStringLiteral("7")},
                 {QStringLiteral("field"), QStringLiteral("enable"), QStringLiteral("tourism")}}) {
            const Run r = admin(c);
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        }
        const auto d = stored();
        QCOMPARE(d->revision, before + 5);
        QVERIFY(d->calendar().isWorkingDay(QDate(2026, 9, 1)));
        QCOMPARE(d->rules.answerHoursFor(Urgency::Urgent, QStringLiteral("drainage")), 4);
        QVERIFY(!d->replyTemplate(7));
    }

    void rankingWeights()
    {
        const Run list = admin({QStringLiteral("ranking"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(describe(list)));
        QVERIFY2(list.out.contains(QStringLiteral("on time 0.6, satisfaction 0.4")),
                 qPrintable(list.out));
        const qint64 before = stored()->revision;
        const Run set = admin({QStringLiteral("ranking"), QStringLiteral("set"),
                               QStringLiteral("0.7"), QStringLiteral("0.3")});
        QVERIFY2(set.exitCode == 0, qPrintable(describe(set)));
        const auto d = stored();
        QCOMPARE(d->revision, before + 1);
        QCOMPARE(d->ranking, (RankingWeights{0.7, 0.3}));
        // Other changes keep them.
        QVERIFY(admin({QStringLiteral("hours"), QStringLiteral("set"),
                       QStringLiteral("08:00-12:00,13:00-17:00")})
                    .exitCode == 0);
        QCOMPARE(stored()->ranking, (RankingWeights{0.7, 0.3}));
        for (const QStringList &bad : {QStringList{QStringLiteral("0.7"), QStringLiteral("0.4")},
                                       QStringList{QStringLiteral("1.5"), QStringLiteral("0")}}) {
            const Run r =
                admin(QStringList{QStringLiteral("ranking"), QStringLiteral("set")} + bad);
            QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
            QVERIFY2(r.err.contains(QStringLiteral("ranking weight")), qPrintable(r.err));
        }
        const Run notNumbers = admin({QStringLiteral("ranking"), QStringLiteral("set"),
                                      QStringLiteral("much"), QStringLiteral("little")});
        QCOMPARE(notNumbers.exitCode, 2);
        QCOMPARE(stored()->ranking, (RankingWeights{0.7, 0.3}));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad date") << QStringList{QStringLiteral("holiday"), QStringLiteral("add"),
                                                 QStringLiteral("2026-02-30"), QStringLiteral("x")}
                                  << "is not a date";
        QTest::newRow("twice") << QStringList{QStringLiteral("holiday"), QStringLiteral("add"),
                                              QStringLiteral("2026-02-17"), QStringLiteral("x")}
                               << "already a holiday";
        QTest::newRow("saturday in a break")
            << QStringList{QStringLiteral("workday"), QStringLiteral("add"),
                           QStringLiteral("2026-02-14"), QStringLiteral("x")}
            << QString(); // a Saturday inside Tết: allowed, see below
        QTest::newRow("overlap") << QStringList{QStringLiteral("hours"), QStringLiteral("set"),
                                                QStringLiteral("13:00-17:00,08:00-13:30")}
                                 << "overlap";
        QTest::newRow("backwards") << QStringList{QStringLiteral("hours"), QStringLiteral("set"),
                                                  QStringLiteral("12:00-08:00")}
                                   << "do not end after they start";
        QTest::newRow("unknown field")
            << QStringList{QStringLiteral("deadline"), QStringLiteral("set"),
                           QStringLiteral("--field"),  QStringLiteral("nope"),
                           QStringLiteral("normal"),   QStringLiteral("8")}
            << "no field \"nope\"";
        QTest::newRow("no holiday")
            << QStringList{QStringLiteral("holiday"), QStringLiteral("remove"),
                           QStringLiteral("2026-03-03")}
            << "is not a holiday";
        QTest::newRow("rename unknown field")
            << QStringList{QStringLiteral("field"), QStringLiteral("rename"), QStringLiteral("x"),
                           QStringLiteral("a"), QStringLiteral("b")}
            << "no field \"x\"";
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const qint64 before = stored()->revision;
        const Run r = admin(args);
        if (message.isEmpty()) {
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
            QVERIFY(admin({QStringLiteral("workday"), QStringLiteral("remove"),
                           QStringLiteral("2026-02-14")})
                        .exitCode == 0);
            return;
        }
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(stored()->revision, before);
    }

    void usageErrors()
    {
        for (const QStringList &args : QList<QStringList>{
                 {QStringLiteral("holiday"), QStringLiteral("add"), QStringLiteral("2026-03-03")},
                 {QStringLiteral("deadline"), QStringLiteral("set"), QStringLiteral("normal"),
                  QStringLiteral("-5")},
                 {QStringLiteral("deadline"), QStringLiteral("remove"), QStringLiteral("normal")},
                 {QStringLiteral("template"), QStringLiteral("edit"), QStringLiteral("x")},
                 {QStringLiteral("hours"), QStringLiteral("explode")}}) {
            const Run r = admin(args);
            QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
            QVERIFY(r.err.contains(QStringLiteral("holiday add DATE NAME")));
        }
    }
};

QTEST_GUILESS_MAIN(TestAdminReferenceCli)
#include "tst_admin_reference_cli.moc"
