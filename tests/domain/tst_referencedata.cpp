// Reference data: the shipped Vietnamese calendar on real dates, the deadline
// rules per urgency and field, and the strict JSON codec.

#include "domain/ReferenceDataJson.h"

#include <QJsonArray>
#include <QTest>

using namespace pakn;

namespace {
const QTimeZone vn = QTimeZone(7 * 3600);
QDateTime at(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), vn);
}

Actor actor(Role role)
{
    return {7, role, 3, QStringLiteral("Nguyễn Văn An")};
}

Case pendingCase(const QString &field, Urgency urgency)
{
    Case c;
    c.id = 1;
    c.title = QStringLiteral("Ổ gà trên phố Đội Cấn");
    c.field = field;
    c.urgency = urgency;
    c.unitId = 3;
    c.status = CaseStatus::PendingAcceptance;
    return c;
}
} // namespace

class TestReferenceData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAreValidAndComplete()
    {
        const ReferenceData d = ReferenceData::defaults();
        QCOMPARE(validationError(d), QString());
        QCOMPARE(d.revision, qint64(0));
        QCOMPARE(d.activeFieldCodes(), fieldCodes());
        QCOMPARE(d.rules.acceptHours, 8);
        QCOMPARE(d.rules.answerHoursFor(Urgency::Urgent, {}), 4);
        QCOMPARE(d.rules.answerHoursFor(Urgency::Normal, QStringLiteral("roads")), 80);
        QCOMPARE(d.rules.answerHoursFor(Urgency::Complex, {}), 160);
        QVERIFY(!d.templates.isEmpty());
        // Every shipped holiday is a weekday off, every make-up day a Saturday,
        // and each year has its New Year, Tết, Hùng Kings, 30/4, 1/5 and 2/9.
        for (const NamedDay &h : d.holidays) {
            QVERIFY2(h.date.dayOfWeek() <= 5, qPrintable(h.date.toString(Qt::ISODate)));
            QVERIFY(!h.name.isEmpty());
        }
        for (const NamedDay &w : d.makeUpDays)
            QCOMPARE(w.date.dayOfWeek(), 6);
        const DeadlineCalendar cal = d.calendar();
        for (int y : {2024, 2025, 2026})
            for (QDate day : {QDate(y, 1, 1), QDate(y, 4, 30), QDate(y, 5, 1), QDate(y, 9, 2)})
                QVERIFY2(!cal.isWorkingDay(day), qPrintable(day.toString(Qt::ISODate)));
        QVERIFY(!cal.isWorkingDay(QDate(2024, 2, 12))); // Tết Giáp Thìn
        QVERIFY(!cal.isWorkingDay(QDate(2025, 1, 29))); // Tết Ất Tỵ
        QVERIFY(!cal.isWorkingDay(QDate(2026, 2, 17))); // Tết Bính Ngọ
        QVERIFY(!cal.isWorkingDay(QDate(2026, 4, 27))); // Hùng Kings moved from a Sunday
        QVERIFY(cal.isWorkingDay(QDate(2025, 2, 8)));   // make-up Saturday after Tết
        QVERIFY(cal.isWorkingDay(QDate(2026, 1, 10)));  // make-up for 2 January 2026
        QVERIFY(cal.isWorkingDay(QDate(2026, 2, 13)));  // the Friday before Tết
    }

    void fridayAfternoonBeforeTet2026()
    {
        // Routed on Friday 13/02/2026 at 15:30: 1.5 working hours that day, then
        // Tết (14–22/02) is skipped; the remaining 6.5 h run from Monday 23/02.
        const WorkflowRules rules = ReferenceData::defaults().workflowRules();
        Case c = pendingCase(QStringLiteral("roads"), Urgency::Normal);
        c.status = CaseStatus::New;
        c.unitId = 0;
        const ActionInput route{CaseAction::Route, {{QStringLiteral("unitId"), 3}}};
        QVERIFY(rules.apply(c, route, actor(Role::Coordinator), at(2026, 2, 13, 15, 30)).ok());
        QCOMPARE(c.acceptDeadline, at(2026, 2, 23, 15, 30));
    }

    void elevenFiftyBeforeLunch()
    {
        // Accepted at 11:50 on Wednesday 25/06/2025, urgent: 10 minutes before the
        // lunch break, the rest from 13:00 → 16:50 the same day.
        const WorkflowRules rules = ReferenceData::defaults().workflowRules();
        Case c = pendingCase(QStringLiteral("drainage"), Urgency::Urgent);
        QVERIFY(
            rules.apply(c, {CaseAction::Accept, {}}, actor(Role::Leader), at(2025, 6, 25, 11, 50))
                .ok());
        QCOMPARE(c.answerDeadline, at(2025, 6, 25, 16, 50));
    }

    void makeUpSaturday26April2025()
    {
        // Friday 25/04/2025 16:00 + 8 working hours: 1 h on Friday, Saturday
        // 26/04 is a make-up working day (7 h → 16:00), 30/04–04/05 are off.
        const DeadlineCalendar cal = ReferenceData::defaults().calendar();
        QCOMPARE(cal.addWorkingHours(at(2025, 4, 25, 16, 0), 8), at(2025, 4, 26, 16, 0));
        // Tuesday 29/04 16:00 + 2 h: 1 h on Tuesday, then Monday 05/05 09:00.
        QCOMPARE(cal.addWorkingHours(at(2025, 4, 29, 16, 0), 2), at(2025, 5, 5, 9, 0));
    }

    void fieldSpecificRuleWins()
    {
        ReferenceData d = ReferenceData::defaults();
        d.rules.answerRules.append({QStringLiteral("lighting"), Urgency::Normal, 24});
        QCOMPARE(validationError(d), QString());
        QCOMPARE(d.rules.answerHoursFor(Urgency::Normal, QStringLiteral("lighting")), 24);
        QCOMPARE(d.rules.answerHoursFor(Urgency::Normal, QStringLiteral("roads")), 80);
        QCOMPARE(d.rules.answerHoursFor(Urgency::Urgent, QStringLiteral("lighting")), 4);
        const WorkflowRules rules = d.workflowRules();
        QCOMPARE(rules.answerHours(Urgency::Normal, QStringLiteral("lighting")), 24);
        // Monday 02/03/2026 08:00 + 24 h = three full working days.
        Case c = pendingCase(QStringLiteral("lighting"), Urgency::Normal);
        QVERIFY(
            rules.apply(c, {CaseAction::Accept, {}}, actor(Role::Leader), at(2026, 3, 2, 8)).ok());
        QCOMPARE(c.answerDeadline, at(2026, 3, 4, 17, 0));
    }

    void disabledFieldCannotBeRouted()
    {
        ReferenceData d = ReferenceData::defaults();
        d.fields[0].active = false;
        Case c = pendingCase(QStringLiteral("other"), Urgency::Normal);
        c.status = CaseStatus::New;
        const ActionInput route{
            CaseAction::Route,
            {{QStringLiteral("unitId"), 3}, {QStringLiteral("field"), d.fields[0].code}}};
        const ActionOutcome o =
            d.workflowRules().apply(c, route, actor(Role::Coordinator), at(2026, 3, 2, 8));
        QCOMPARE(o.error, ActionOutcome::Error::InvalidParams);
    }

    void codecRoundTrip()
    {
        ReferenceData d = ReferenceData::defaults();
        d.revision = 42;
        d.rules.answerRules.append({QStringLiteral("trees"), Urgency::Complex, 200});
        d.fields.append(
            {QStringLiteral("parks"), QStringLiteral("Công viên"), QStringLiteral("Parks"), false});
        QString error;
        const auto back = referenceDataFromJson(toJson(d), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, d);
    }

    void rejectsBadDocuments_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("no revision") << "revision" << QJsonValue() << "\"revision\" is missing";
        QTest::newRow("bad date") << "calendar.holidays.0.date"
                                  << QJsonValue(QStringLiteral("2026-02-30"))
                                  << "\"calendar.holidays[0].date\" is not a date";
        QTest::newRow("bad time") << "calendar.hours.0.start" << QJsonValue(QStringLiteral("8h"))
                                  << "\"calendar.hours[0].start\" is not a time";
        QTest::newRow("overlap") << "calendar.hours.1.start" << QJsonValue(QStringLiteral("11:00"))
                                 << "overlap";
        QTest::newRow("urgency") << "deadlines.answer.0.urgency"
                                 << QJsonValue(QStringLiteral("soon")) << "is not a known urgency";
        QTest::newRow("hours type")
            << "deadlines.acceptHours" << QJsonValue(QStringLiteral("8")) << "is not an integer";
        QTest::newRow("rule field")
            << "deadlines.answer.0.field" << QJsonValue(QStringLiteral("nope"))
            << "unknown field \"nope\"";
        QTest::newRow("template field") << "templates.0.field" << QJsonValue(QStringLiteral("nope"))
                                        << "unknown field \"nope\"";
        QTest::newRow("active") << "fields.0.active" << QJsonValue(1) << "is not true or false";
        QTest::newRow("field code") << "fields.0.code" << QJsonValue(QStringLiteral("Bad Code"))
                                    << "is not 1-40 lower-case";
        QTest::newRow("zero hours")
            << "deadlines.answer.0.hours" << QJsonValue(0) << "positive number of hours";
        QTest::newRow("ranking type") << "ranking.onTime" << QJsonValue(QStringLiteral("60%"))
                                      << "\"ranking.onTime\" is not a number";
        QTest::newRow("ranking sum") << "ranking.onTime" << QJsonValue(0.7)
                                     << "the ranking weights must add up to 1 (now 0.7 + 0.4)";
        QTest::newRow("ranking negative") << "ranking.satisfaction" << QJsonValue(-0.4)
                                          << "the ranking weights must not be negative";
    }

    void rejectsBadDocuments()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        const QJsonObject doc =
            replaced(toJson(ReferenceData::defaults()), path.split(u'.'), value);
        QString error;
        QVERIFY(!referenceDataFromJson(doc, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void theRankingWeightsAreOptionalAndKept()
    {
        QCOMPARE(ReferenceData::defaults().ranking, (RankingWeights{0.6, 0.4}));
        QJsonObject doc = toJson(ReferenceData::defaults());
        QCOMPARE(doc.value(QStringLiteral("ranking")).toObject().value(QStringLiteral("onTime")),
                 QJsonValue(0.6));
        // A file written before the ranking was reference data loads with the defaults.
        doc.remove(QStringLiteral("ranking"));
        QString error;
        const auto old = referenceDataFromJson(doc, &error);
        QVERIFY2(old, qPrintable(error));
        QCOMPARE(old->ranking, RankingWeights());

        ReferenceData d = ReferenceData::defaults();
        d.ranking = {0.7, 0.3};
        const auto back = referenceDataFromJson(toJson(d), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->ranking, (RankingWeights{0.7, 0.3}));
        d.ranking = {0.3333, 0.6666}; // within 0.001 of 1
        QVERIFY(validationError(d).isEmpty());
        d.ranking = {0.5, 0.498};
        QVERIFY(validationError(d).contains(QStringLiteral("add up to 1")));
    }

    void rejectsDayBothOffAndWorked()
    {
        ReferenceData d = ReferenceData::defaults();
        d.makeUpDays.append({QDate(2026, 2, 16), QStringLiteral("Làm bù")});
        QString error;
        QVERIFY(!referenceDataFromJson(toJson(d), &error));
        QVERIFY2(error.contains(QStringLiteral("2026-02-16 is both")), qPrintable(error));
    }

    void missingGeneralRuleIsRejected()
    {
        ReferenceData d = ReferenceData::defaults();
        d.rules.answerRules.removeIf(
            [](const AnswerRule &r) { return r.urgency == Urgency::Urgent; });
        QVERIFY(validationError(d).contains(QStringLiteral("no general deadline rule for urgent")));
    }

    void periodsText()
    {
        const auto p = periodsFromText(QStringLiteral("07:30-11:30, 13:30-17:00"));
        QVERIFY(p);
        QCOMPARE(p->size(), 2);
        QCOMPARE(periodsToText(*p), QStringLiteral("07:30-11:30,13:30-17:00"));
        QString error;
        QVERIFY(!periodsFromText(QStringLiteral("8-12"), &error));
        QVERIFY(error.contains(QStringLiteral("08:00-12:00")));
    }

    void templateIsFilled()
    {
        ReplyTemplate t{
            1,
            {},
            QStringLiteral("t"),
            QStringLiteral("{reporter}|{caseId}|{address}|{unit}|{receivedDate}|{deadline}")};
        Case c = pendingCase(QStringLiteral("roads"), Urgency::Normal);
        c.id = 815;
        c.reporterName = QStringLiteral("Trần Thị Bình");
        c.address = QStringLiteral("12 Đội Cấn");
        c.unitName = QStringLiteral("UBND phường Đội Cấn");
        c.receivedAt = at(2026, 3, 2, 23, 30);
        c.answerDeadline = at(2026, 3, 16, 17, 0);
        QCOMPARE(fillReplyTemplate(t, c),
                 QStringLiteral("Trần Thị Bình|815|12 Đội Cấn|UBND phường Đội Cấn|02/03/2026|"
                                "17:00 16/03/2026"));
    }

private:
    // `o` with the member at `path` (object keys and array indexes) set to `v`.
    static QJsonObject replaced(QJsonObject o, QStringList path, const QJsonValue &v)
    {
        const QString key = path.takeFirst();
        if (path.isEmpty()) {
            if (v.isUndefined())
                o.remove(key);
            else
                o.insert(key, v);
            return o;
        }
        o.insert(key, replacedValue(o.value(key), path, v));
        return o;
    }
    static QJsonValue replacedValue(const QJsonValue &at, QStringList path, const QJsonValue &v)
    {
        if (at.isObject())
            return replaced(at.toObject(), path, v);
        QJsonArray a = at.toArray();
        const int i = path.takeFirst().toInt();
        a[i] = path.isEmpty() ? v : replacedValue(a.at(i), path, v);
        return a;
    }
};

QTEST_GUILESS_MAIN(TestReferenceData)
#include "tst_referencedata.moc"
