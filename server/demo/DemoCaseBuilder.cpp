#include "demo/DemoCaseBuilder.h"

#include "demo/DemoCatalog.h"
#include "demo/DemoTexts.h"
#include "domain/JsonCodec.h"
#include "intake/CaseIntake.h"

namespace pakn::server {

struct DemoCaseBuilder::Step
{
    CaseAction action;
    QJsonObject params;
    Actor actor;
    qint64 minutesAfterPrevious = 0;
    QString unitName;
    QString assigneeName;
    QString client; // empty: the desk or the CLI, at random
};

namespace {

const QString deskClient = QStringLiteral("pakn-desk 0.1.0");
const QString cliClient = QStringLiteral("pakn 0.1.0");
const QString zaloClient = QStringLiteral("zalo");

// The server's own job that closes answers left unrated for a week.
const Actor autoCloser{0, Role::Coordinator, 0, QStringLiteral("Hệ thống")};

Channel pickChannel(DemoRandom &random)
{
    const qint64 r = random.below(100);
    if (r < 45)
        return Channel::Zalo;
    if (r < 55)
        return Channel::Open311;
    if (r < 75)
        return Channel::Web;
    if (r < 90)
        return Channel::Hotline;
    return Channel::WalkIn;
}

// Roughly where each district is, for the case's map position.
std::pair<double, double> centreOf(const QString &district)
{
    static const QHash<QString, std::pair<double, double>> centres = {
        {QStringLiteral("Quận Ba Đình"), {21.0340, 105.8180}},
        {QStringLiteral("Quận Hoàn Kiếm"), {21.0290, 105.8520}},
        {QStringLiteral("Huyện Đông Anh"), {21.1370, 105.8490}},
        {QStringLiteral("Huyện Mỹ Đức"), {20.6830, 105.7430}},
        {QStringLiteral("Thị xã Sơn Tây"), {21.1380, 105.5050}},
    };
    return centres.value(district, {21.0200, 105.8300});
}

// How old a case in this status may be, in days, so that statuses look lived-in.
int maxAgeDays(CaseStatus s)
{
    switch (s) {
    case CaseStatus::New:
    case CaseStatus::Merged:
        return 2;
    case CaseStatus::PendingAcceptance:
        return 4;
    case CaseStatus::InProgress:
        return 25;
    case CaseStatus::AwaitingApproval:
        return 30;
    default:
        return 120;
    }
}

} // namespace

DemoCaseBuilder::DemoCaseBuilder(const WorkflowRules &rules, const DemoUnits &units,
                                 QDateTime reference)
    : m_rules(rules), m_units(units), m_reference(std::move(reference))
{}

Case DemoCaseBuilder::receive(const DemoCasePlan &plan, DemoRandom &random) const
{
    const Unit &about = m_units.byId[plan.unit];
    const QString district = DemoCatalog::districtOf(about.name);
    const QString street =
        plan.street.isEmpty() ? random.pick(DemoCatalog::streetsNear(about.name)) : plan.street;
    Case c;
    c.field = random.pick(DemoTexts::fieldsFor(about.name, about.kind));
    c.title = DemoTexts::title(random, c.field, street);
    c.description = DemoTexts::description(random, c.field, street);
    if (!random.percent(15)) {
        c.reporterName = DemoCatalog::personName(random, random.percent(50));
        c.reporterPhone = DemoCatalog::phoneNumber(random);
    }
    c.channel = plan.walkIn ? Channel::WalkIn : pickChannel(random);
    const qint64 u = random.below(100);
    c.urgency = u < 85 ? Urgency::Normal : (u < 93 ? Urgency::Urgent : Urgency::Complex);
    const bool local =
        about.kind == QLatin1String("ward") || about.kind == QLatin1String("commune");
    c.address = QStringLiteral("Số %1 %2, %3")
                    .arg(random.between(1, 220))
                    .arg(street, local ? about.name + QStringLiteral(", ") + district
                                       : QStringLiteral("Hà Nội"));
    if (random.percent(70)) {
        const auto [lat, lon] = centreOf(local ? district : QString());
        c.latitude = lat + (random.unit() - 0.5) * 0.02;
        c.longitude = lon + (random.unit() - 0.5) * 0.02;
    }
    CaseEvent received;
    received.action = QStringLiteral("received");
    received.detail = CaseIntake::receivedWords(c.channel);
    if (c.channel == Channel::Hotline || c.channel == Channel::WalkIn) {
        received.actorId = m_units.coordinator.userId;
        received.actorName = m_units.coordinator.displayName;
        received.client = deskClient;
    } else {
        received.actorName = QStringLiteral("Hệ thống");
        received.client = toCode(c.channel);
    }
    if (plan.walkIn) {
        // Registered at the ward's own one-stop desk, so it belongs to the ward from the start.
        c.unitId = about.id;
        c.unitName = about.name;
        received.detail += QStringLiteral(" tại bộ phận một cửa ") + about.name;
    }
    c.history.append(received);
    return c;
}

QList<DemoCaseBuilder::Step> DemoCaseBuilder::storyOf(const DemoCasePlan &plan, const Case &c,
                                                      DemoRandom &random) const
{
    QList<Step> s;
    const auto add = [&](CaseAction action, QJsonObject params, const Actor &actor, qint64 low,
                         qint64 high) -> Step & {
        s.append({action, std::move(params), actor, random.between(low, high), {}, {}, {}});
        return s.last();
    };
    const auto unitParams = [](UnitId id) { return QJsonObject{{QStringLiteral("unitId"), id}}; };
    const Actor &coordinator = m_units.coordinator;
    const DemoStaff staff = m_units.staff.value(plan.unit);
    const QString unitName = m_units.byId.value(plan.unit).name;

    if (plan.status == CaseStatus::Merged) {
        add(CaseAction::Merge,
            {{QStringLiteral("intoCaseId"), plan.mergeInto},
             {QStringLiteral("reason"), DemoTexts::mergeReason(random)}},
            coordinator, 10, 300);
        return s;
    }
    if (plan.status == CaseStatus::Refused) {
        add(CaseAction::Refuse, {{QStringLiteral("reason"), DemoTexts::refuseReason(random)}},
            coordinator, 20, 600);
        return s;
    }
    if (plan.status == CaseStatus::New) {
        if (plan.returned) {
            add(CaseAction::Route, unitParams(plan.unit), coordinator, 20, 300).unitName = unitName;
            add(CaseAction::Return, {{QStringLiteral("reason"), DemoTexts::returnReason(random)}},
                staff.leader, 60, 900);
        }
        return s;
    }
    if (plan.firstUnit) {
        const DemoStaff first = m_units.staff.value(plan.firstUnit);
        add(CaseAction::Route, unitParams(plan.firstUnit), coordinator, 20, 300).unitName =
            m_units.byId.value(plan.firstUnit).name;
        QJsonObject params = unitParams(plan.unit);
        params.insert(QStringLiteral("reason"), DemoTexts::transferReason(random));
        add(CaseAction::Transfer, params, first.leader, 60, 900).unitName = unitName;
    } else {
        add(CaseAction::Route, unitParams(plan.unit), coordinator, 20, 300).unitName = unitName;
    }
    if (plan.status == CaseStatus::PendingAcceptance)
        return s;
    add(CaseAction::Accept, {}, staff.leader, 30, 600);
    if (!plan.assigned) {
        if (plan.withNote)
            add(CaseAction::Note, {{QStringLiteral("text"), DemoTexts::note(random)}}, staff.leader,
                30, 600);
        return s;
    }
    add(CaseAction::Assign, {{QStringLiteral("officerId"), staff.officer.userId}}, staff.leader, 10,
        180)
        .assigneeName = staff.officer.displayName;
    if (plan.withNote)
        add(CaseAction::Note, {{QStringLiteral("text"), DemoTexts::note(random)}}, staff.officer,
            60, 1440);
    if (plan.extension != DemoCasePlan::Extension::None) {
        // The proposed date is filled in when the story is lived (it follows the deadline).
        add(CaseAction::RequestExtension,
            {{QStringLiteral("reason"), DemoTexts::extensionReason(random)}}, staff.officer, 600,
            2000);
        if (plan.extension == DemoCasePlan::Extension::Granted)
            add(CaseAction::GrantExtension, {}, staff.leader, 60, 900);
    }
    const QString reply = DemoTexts::reply(random, c.field, c.reporterName, unitName);
    const QJsonObject text{{QStringLiteral("text"), reply}};
    if (plan.withDraft)
        add(CaseAction::DraftReply, text, staff.officer, 600, 4000);
    if (plan.status == CaseStatus::InProgress)
        return s;
    add(CaseAction::SubmitReply, text, staff.officer, 60, 1500);
    if (plan.sentBack) {
        add(CaseAction::SendBack, {{QStringLiteral("comment"), DemoTexts::sendBackComment(random)}},
            staff.leader, 120, 1440);
        add(CaseAction::SubmitReply,
            {{QStringLiteral("text"),
              QString(reply + QStringLiteral(" (Đã bổ sung ảnh chụp hiện trạng.)"))}},
            staff.officer, 600, 2000);
    }
    if (plan.status == CaseStatus::AwaitingApproval)
        return s;
    add(CaseAction::Approve, {}, staff.leader, 120, 1800);
    if (plan.status == CaseStatus::Answered)
        return s;
    const bool rated = random.percent(55);
    const QJsonObject comment{{QStringLiteral("comment"), DemoTexts::closingNote(random, rated)}};
    if (rated) {
        QJsonObject rating = comment;
        rating.insert(QStringLiteral("rating"), random.percent(75) ? QStringLiteral("satisfied")
                                                                   : QStringLiteral("acceptable"));
        add(CaseAction::Rate, rating, m_units.zalo, 600, 5 * 1440).client = zaloClient;
    } else {
        add(CaseAction::Close, comment, autoCloser, 7 * 1440 + 60, 7 * 1440 + 600).client =
            QStringLiteral("pakn-server");
    }
    return s;
}

std::optional<DemoCase> DemoCaseBuilder::build(const DemoCasePlan &plan, DemoRandom &random,
                                               QString *error)
{
    DemoCase out;
    Case &c = out.value;
    c = receive(plan, random);
    const QList<Step> story = storyOf(plan, c, random);

    qint64 storyMinutes = 0;
    for (const Step &step : story)
        storyMinutes += step.minutesAfterPrevious;
    // An answered case is one whose closing week has not passed yet.
    const qint64 slack =
        plan.status == CaseStatus::Answered
            ? random.between(30, 6 * 1440)
            : random.between(30,
                             std::max<qint64>(30, maxAgeDays(plan.status) * 1440 - storyMinutes));
    const QDateTime received = m_reference.addSecs(-(storyMinutes + slack) * 60);
    c.receivedAt = received;
    c.updatedAt = received;
    c.history.first().at = received;
    // Staff act in office hours, unless that pushes the story past the demo's
    // "today"; then the story is lived again at the planned times.
    const Case fresh = c;
    bool lived = false;
    for (const bool officeHours : {true, false}) {
        c = fresh;
        out.removals.clear();
        QString refused;
        lived = play(story, received, officeHours, out, random, &refused);
        if (lived)
            break;
        if (!refused.isEmpty()) {
            *error = refused;
            return std::nullopt;
        }
    }
    if (!lived) {
        *error = QStringLiteral("a demo story does not fit before the reference time");
        return std::nullopt;
    }
    out.changes = int(story.size()) + 1;
    c.version = out.changes;
    return out;
}

bool DemoCaseBuilder::play(const QList<Step> &story, QDateTime t, bool officeHours, DemoCase &out,
                           DemoRandom &random, QString *error) const
{
    Case &c = out.value;
    for (qsizetype i = 0; i < story.size(); ++i) {
        const Step &step = story.at(i);
        t = t.addSecs(step.minutesAfterPrevious * 60);
        if (officeHours && step.actor.role != Role::Channel && step.actor.userId != 0) {
            const QDateTime office = m_rules.calendar().addWorkingMinutes(t, 0);
            if (office.isValid())
                t = office;
        }
        if (t >= m_reference)
            return false;
        const UnitId before = c.unitId;
        ActionInput input;
        input.action = step.action;
        input.params = step.params;
        if (step.action == CaseAction::RequestExtension)
            input.params.insert(QStringLiteral("proposedDeadline"),
                                toIsoString(m_rules.calendar().addWorkingHours(
                                    std::max(c.answerDeadline, t), 5 * 8)));
        input.unitName = step.unitName;
        input.assigneeName = step.assigneeName;
        input.client = !step.client.isEmpty() ? step.client
                       : random.percent(90)   ? deskClient
                                              : cliClient;
        const ActionOutcome o = m_rules.apply(c, input, step.actor, t);
        if (!o.ok()) {
            *error = QStringLiteral("demo story step %1 (%2) refused: %3")
                         .arg(i)
                         .arg(toCode(step.action), o.message);
            return false;
        }
        if (before != 0 && c.unitId != before)
            out.removals.append({int(i) + 1, before});
    }
    return true;
}

} // namespace pakn::server
