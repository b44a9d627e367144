// The fixture's city, staff and case stories. Every time is Vietnam time; the
// comments give the deadlines the default calendar yields, worked out by hand
// (08:00–12:00, 13:00–17:00, Monday–Friday; 2025 holidays 7/4, 30/4, 1/5, 2/5;
// Saturday 26/4 worked). FiguresExpected.cpp counts the figures from them.

#include "FiguresFixture.h"

#include <QTimeZone>

namespace pakn::fixture {

namespace {

using F = FiguresFixture;

QDateTime vn(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, minute), QTimeZone(7 * 3600)).toUTC();
}

// Applies actions in order; a refused action means the fixture itself is wrong.
class Story
{
public:
    Story(const WorkflowRules &rules, const FiguresFixture &fixture, Case c)
        : m_rules(rules), m_fixture(fixture), m_case(std::move(c))
    {}

    Story &act(UserId who, CaseAction action, const QDateTime &at, QJsonObject params = {})
    {
        const Account &a = m_fixture.account(who);
        ActionInput in;
        in.action = action;
        in.params = std::move(params);
        in.client = QStringLiteral("pakn-desk 0.1.0");
        if (const qint64 unit = in.params.value(QStringLiteral("unitId")).toInteger())
            in.unitName = m_fixture.unitName(unit);
        if (const qint64 officer = in.params.value(QStringLiteral("officerId")).toInteger())
            in.assigneeName = m_fixture.account(officer).displayName;
        const Actor actor{a.id, a.role, a.unitId, a.displayName};
        const ActionOutcome o = m_rules.apply(m_case, in, actor, at);
        if (!o.ok())
            qFatal("FiguresFixture: case %lld: %s %s", m_case.id, qPrintable(toCode(action)),
                   qPrintable(o.message));
        return *this;
    }
    Story &route(UnitId unit, const QDateTime &at)
    {
        return act(F::coordinator, CaseAction::Route, at, {{QStringLiteral("unitId"), unit}});
    }
    Story &assign(UserId leader, UserId officer, const QDateTime &at)
    {
        return act(leader, CaseAction::Assign, at, {{QStringLiteral("officerId"), officer}});
    }
    // Submitted by `officer`, published by `leader`'s approval at `approvedAt`.
    Story &answer(UserId officer, const QDateTime &submittedAt, UserId leader,
                  const QDateTime &approvedAt)
    {
        act(officer, CaseAction::SubmitReply, submittedAt,
            {{QStringLiteral("text"), QStringLiteral("Đơn vị đã kiểm tra và xử lý xong.")}});
        return act(leader, CaseAction::Approve, approvedAt);
    }
    Story &rate(const char *rating, const QDateTime &at)
    {
        return act(F::coordinator, CaseAction::Rate, at,
                   {{QStringLiteral("rating"), QLatin1String(rating)}});
    }
    Story &because(UserId who, CaseAction action, const QDateTime &at, QJsonObject params = {})
    {
        params.insert(QStringLiteral("reason"), QStringLiteral("Theo quy định"));
        return act(who, action, at, std::move(params));
    }
    Case done()
    {
        for (qsizetype i = 0; i < m_case.history.size(); ++i)
            m_case.history[i].id = m_case.id * 100 + i + 1;
        m_case.version = m_case.history.size();
        return m_case;
    }

private:
    const WorkflowRules &m_rules;
    const FiguresFixture &m_fixture;
    Case m_case;
};

Case received(CaseId id, const char *title, const char *field, Urgency urgency, const QDateTime &at)
{
    Case c;
    c.id = id;
    c.title = QString::fromUtf8(title);
    c.description = c.title + QStringLiteral(", đề nghị cơ quan chức năng xử lý.");
    c.reporterName = QStringLiteral("Nguyễn Văn Hùng");
    c.reporterPhone = QStringLiteral("0912345678");
    c.channel = Channel::Zalo;
    c.receivedAt = at;
    c.updatedAt = at;
    c.field = QLatin1String(field);
    c.urgency = urgency;
    c.address = QStringLiteral("Số 12 Hàng Bạc, Hoàn Kiếm");
    CaseEvent e;
    e.at = at;
    e.actorName = QStringLiteral("Hệ thống");
    e.action = QStringLiteral("received");
    e.detail = QStringLiteral("Zalo");
    e.client = QStringLiteral("zalo");
    c.history.append(e);
    return c;
}

QList<Case> stories(const FiguresFixture &x)
{
    const WorkflowRules rules = x.reference.workflowRules();
    const auto story = [&](Case c) { return Story(rules, x, std::move(c)); };
    const auto U = Urgency::Urgent;
    const auto N = Urgency::Normal;
    const QJsonObject toWard4{{QStringLiteral("unitId"), F::wardHangTrong}};
    QList<Case> out;
    // 1 Hàng Bạc, answered on time. Accept by 2/4 09:00, answer by 16/4 10:00.
    out.append(story(received(1, "Ổ gà trên phố Hàng Bạc", "roads", N, vn(4, 1, 8)))
                   .route(F::wardHangBac, vn(4, 1, 9))
                   .act(F::hangBacLeader, CaseAction::Accept, vn(4, 1, 10))
                   .assign(F::hangBacLeader, F::officerAn, vn(4, 1, 10, 30))
                   .answer(F::officerAn, vn(4, 3, 9), F::hangBacLeader, vn(4, 3, 11))
                   .rate("satisfied", vn(4, 4, 9))
                   .done());
    // 2 Hàng Bạc, urgent, answered late. Accept by 9/4 08:30; answer by 9/4 09:00.
    out.append(story(received(2, "Cống tràn nước thải", "drainage", U, vn(4, 8, 8)))
                   .route(F::wardHangBac, vn(4, 8, 8, 30))
                   .act(F::hangBacLeader, CaseAction::Accept, vn(4, 8, 14))
                   .assign(F::hangBacLeader, F::officerAn, vn(4, 8, 14, 10))
                   .answer(F::officerAn, vn(4, 9, 10), F::hangBacLeader, vn(4, 9, 15))
                   .rate("not_satisfied", vn(4, 10, 9))
                   .done());
    // 3 Hàng Bạc, accepted late (due 15/4 09:00); answer due 28/4 10:00 (the
    // make-up Saturday 26/4 counts), extended to 9/5 17:00, answered 8/5: on time.
    out.append(story(received(3, "Rác thải tồn đọng", "environment", N, vn(4, 14, 8)))
                   .route(F::wardHangBac, vn(4, 14, 9))
                   .act(F::hangBacLeader, CaseAction::Accept, vn(4, 15, 10))
                   .assign(F::hangBacLeader, F::officerBinh, vn(4, 15, 10, 30))
                   .because(F::officerBinh, CaseAction::RequestExtension, vn(4, 25, 9),
                            {{QStringLiteral("proposedDeadline"), QStringLiteral("2025-05-09")}})
                   .act(F::hangBacLeader, CaseAction::GrantExtension, vn(4, 25, 11))
                   .answer(F::officerBinh, vn(5, 8, 9), F::hangBacLeader, vn(5, 8, 10))
                   .rate("acceptable", vn(5, 9, 9))
                   .done());
    // 4 the district itself, across 30/4–2/5: accept by 28/4 17:00; the answer is due
    // 15/5 16:00 (80 working hours skip the holidays) and comes 15/5 14:00: on time.
    out.append(story(received(4, "Lấn chiếm vỉa hè", "urban_order", N, vn(4, 28, 8)))
                   .route(F::district, vn(4, 28, 8))
                   .act(F::districtLeader, CaseAction::Accept, vn(4, 28, 16))
                   .assign(F::districtLeader, F::districtOfficer, vn(4, 29, 8))
                   .answer(F::districtOfficer, vn(5, 15, 9), F::districtLeader, vn(5, 15, 14))
                   .done());
    // 5 refused at triage by the coordinators.
    out.append(story(received(5, "Hỏi về thủ tục hộ khẩu", "other", N, vn(4, 2, 8)))
                   .because(F::coordinator, CaseAction::Refuse, vn(4, 2, 9))
                   .done());
    // 6 routed to Hàng Trống, returned, routed to Hàng Bạc (accept by 6/5 11:00),
    // urgent: answer due 6/5 14:00, given 6/5 11:30.
    out.append(story(received(6, "Đèn đường không sáng", "lighting", U, vn(5, 5, 8)))
                   .route(F::wardHangTrong, vn(5, 5, 8))
                   .because(F::hangTrongLeader, CaseAction::Return, vn(5, 5, 10))
                   .route(F::wardHangBac, vn(5, 5, 11))
                   .act(F::hangBacLeader, CaseAction::Accept, vn(5, 6, 9))
                   .assign(F::hangBacLeader, F::officerAn, vn(5, 6, 9, 5))
                   .answer(F::officerAn, vn(5, 6, 11), F::hangBacLeader, vn(5, 6, 11, 30))
                   .rate("satisfied", vn(5, 7, 8, 30))
                   .done());
    // 7 accepted by Hàng Bạc, then transferred to Hàng Trống (accept by 13/5 10:00,
    // accepted 11:00: late); urgent, answer due 13/5 16:00, given 15:30.
    out.append(
        story(received(7, "Cây đổ chắn đường", "trees", U, vn(5, 12, 8)))
            .route(F::wardHangBac, vn(5, 12, 8))
            .act(F::hangBacLeader, CaseAction::Accept, vn(5, 12, 9))
            .because(F::hangBacLeader, CaseAction::Transfer, vn(5, 12, 10), toWard4)
            .act(F::hangTrongLeader, CaseAction::Accept, vn(5, 13, 11))
            .assign(F::hangTrongLeader, F::hangTrongOfficer, vn(5, 13, 11, 10))
            .answer(F::hangTrongOfficer, vn(5, 13, 15), F::hangTrongLeader, vn(5, 13, 15, 30))
            .done());
    // 8 routed to the department, transferred to the district before acceptance
    // (accept by 20/5 14:00); answer due 3/6 09:00, still in progress: overdue now.
    out.append(story(received(8, "Công trình xây dựng không phép", "construction", N, vn(5, 19, 8)))
                   .route(F::department, vn(5, 19, 8))
                   .because(F::departmentLeader, CaseAction::Transfer, vn(5, 19, 14),
                            {{QStringLiteral("unitId"), F::district}})
                   .act(F::districtLeader, CaseAction::Accept, vn(5, 20, 9))
                   .assign(F::districtLeader, F::districtOfficer, vn(5, 20, 9, 30))
                   .done());
    // 9 Hàng Trống, urgent: answered on time (due 2/6 13:30), rated not satisfied,
    // reopened 3/6 09:00 (due 3/6 14:00), answered again late 4/6, then satisfied.
    out.append(story(received(9, "Ngập nước sau mưa", "drainage", U, vn(6, 2, 8)))
                   .route(F::wardHangTrong, vn(6, 2, 8))
                   .act(F::hangTrongLeader, CaseAction::Accept, vn(6, 2, 8, 30))
                   .assign(F::hangTrongLeader, F::hangTrongOfficer, vn(6, 2, 8, 40))
                   .answer(F::hangTrongOfficer, vn(6, 2, 10), F::hangTrongLeader, vn(6, 2, 11))
                   .rate("not_satisfied", vn(6, 3, 8))
                   .because(F::coordinator, CaseAction::Reopen, vn(6, 3, 9))
                   .answer(F::hangTrongOfficer, vn(6, 3, 15), F::hangTrongLeader, vn(6, 4, 8, 30))
                   .rate("satisfied", vn(6, 5, 9))
                   .done());
    // 10 Hàng Bạc, never accepted: accept was due 30/6 15:00, overdue now.
    out.append(story(received(10, "Vỉa hè bị vỡ", "roads", N, vn(6, 27, 14)))
                   .route(F::wardHangBac, vn(6, 27, 15))
                   .done());
    // 11 the department, complex: answer due 21/7 10:00, in progress, not overdue.
    out.append(
        story(received(11, "Nhà xây lấn ngõ", "construction", Urgency::Complex, vn(6, 23, 8)))
            .route(F::department, vn(6, 23, 8))
            .act(F::departmentLeader, CaseAction::Accept, vn(6, 23, 10))
            .assign(F::departmentLeader, F::departmentOfficer, vn(6, 23, 10, 30))
            .done());
    // 12 Hàng Bạc, all of it in Q1 (31/3) except the rating on 1/4.
    out.append(story(received(12, "Biển báo bị đổ", "roads", U, vn(3, 31, 8)))
                   .route(F::wardHangBac, vn(3, 31, 8))
                   .act(F::hangBacLeader, CaseAction::Accept, vn(3, 31, 9))
                   .assign(F::hangBacLeader, F::officerAn, vn(3, 31, 9, 10))
                   .answer(F::officerAn, vn(3, 31, 10), F::hangBacLeader, vn(3, 31, 11))
                   .rate("satisfied", vn(4, 1, 9))
                   .done());
    // 13 received 30/6 23:30 Vietnam (16:30 UTC): in Q2; not triaged yet.
    out.append(story(received(13, "Tiếng ồn ban đêm", "other", N, vn(6, 30, 23, 30))).done());
    // 14 received 1/7 00:15 Vietnam (30/6 17:15 UTC): in Q3, not Q2.
    out.append(story(received(14, "Hỏi về học phí", "education", N, vn(7, 1, 0, 15)))
                   .because(F::coordinator, CaseAction::Refuse, vn(7, 1, 8))
                   .done());
    // 15 registered at Hàng Trống's own desk (a walk-in), refused there.
    Case walkIn = received(15, "Đề nghị cấp phép sửa nhà", "urban_order", N, vn(4, 9, 9));
    walkIn.channel = Channel::WalkIn;
    walkIn.unitId = F::wardHangTrong;
    walkIn.unitName = x.unitName(F::wardHangTrong);
    out.append(story(walkIn).because(F::coordinator, CaseAction::Refuse, vn(4, 9, 10)).done());
    // 16 a duplicate of case 1, merged into it.
    out.append(story(received(16, "Ổ gà phố Hàng Bạc (trùng)", "roads", N, vn(4, 1, 8, 30)))
                   .because(F::coordinator, CaseAction::Merge, vn(4, 1, 9, 30),
                            {{QStringLiteral("intoCaseId"), 1}})
                   .done());
    return out;
}

} // namespace

FiguresFixture FiguresFixture::make()
{
    FiguresFixture x;
    x.reference = ReferenceData::defaults();
    x.units = {
        {city, 0, QStringLiteral("Thành phố Hà Nội"), QStringLiteral("city")},
        {district, city, QStringLiteral("Quận Hoàn Kiếm"), QStringLiteral("district")},
        {wardHangBac, district, QStringLiteral("Phường Hàng Bạc"), QStringLiteral("ward")},
        {wardHangTrong, district, QStringLiteral("Phường Hàng Trống"), QStringLiteral("ward")},
        {department, city, QStringLiteral("Sở Xây dựng"), QStringLiteral("department")},
    };
    x.password = QStringLiteral("Bao-cao-quy-2");
    const auto add = [&x](UserId id, const char *login, const char *name, Role role, UnitId unit) {
        x.accounts.append(
            {{id, QLatin1String(login), QString::fromUtf8(name), role, unit}, x.password});
    };
    add(supervisor, "fx.giamsat", "Lê Thị Giám Sát", Role::Supervisor, city);
    add(coordinator, "fx.dieuphoi", "Phạm Văn Điều", Role::Coordinator, city);
    add(districtLeader, "fx.ld.hoankiem", "Trần Quốc Hoàn", Role::Leader, district);
    add(hangBacLeader, "fx.ld.hangbac", "Vũ Thị Bạc", Role::Leader, wardHangBac);
    add(hangTrongLeader, "fx.ld.hangtrong", "Đỗ Văn Trống", Role::Leader, wardHangTrong);
    add(departmentLeader, "fx.ld.soxaydung", "Hoàng Minh Dựng", Role::Leader, department);
    add(districtOfficer, "fx.cb.hoankiem", "Ngô Thị Kiếm", Role::Officer, district);
    add(officerAn, "fx.cb.an", "Nguyễn Văn An", Role::Officer, wardHangBac);
    add(officerBinh, "fx.cb.binh", "Lê Thị Bình", Role::Officer, wardHangBac);
    add(hangTrongOfficer, "fx.cb.hangtrong", "Bùi Văn Chính", Role::Officer, wardHangTrong);
    add(departmentOfficer, "fx.cb.soxaydung", "Đặng Thị Xây", Role::Officer, department);
    x.period = *ReportPeriod::parse(QStringLiteral("2025-Q2"));
    x.now = vn(7, 10, 9);
    x.cases = stories(x);
    return x;
}

QList<CaseFact> FiguresFixture::facts() const
{
    QList<CaseFact> out;
    for (const Case &c : cases)
        out += caseFactsOf(c);
    return out;
}

const Case &FiguresFixture::caseById(CaseId id) const
{
    for (const Case &c : cases)
        if (c.id == id)
            return c;
    qFatal("FiguresFixture: no case %lld", id);
}

const Account &FiguresFixture::account(UserId id) const
{
    for (const FixtureAccount &a : accounts)
        if (a.account.id == id)
            return a.account;
    qFatal("FiguresFixture: no account %lld", id);
}

QString FiguresFixture::unitName(UnitId id) const
{
    for (const Unit &u : units)
        if (u.id == id)
            return u.name;
    return {};
}

} // namespace pakn::fixture
