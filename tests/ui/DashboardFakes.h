#pragma once

// A FiguresSource answered by hand in the dashboard tests, and a small
// hand-made report for it (a city with a district and a department).

#include "FiguresSource.h"
#include "domain/ReferenceData.h"

#include <QTimeZone>

namespace pakn::testing {

class FakeFiguresSource : public FiguresSource
{
public:
    using FiguresSource::FiguresSource;

    void load(const FiguresRequest &request) override { loads.append(request); }
    void loadCases(const FigureDrill &drill) override { drills.append(drill); }
    std::optional<int> preparingPercent() const override { return preparing; }

    void answer(const FiguresReport &report) { Q_EMIT reportLoaded(report); }
    void answerCases(const QList<ReportCase> &cases) { Q_EMIT casesLoaded(drills.last(), cases); }
    void setPreparing(std::optional<int> percent)
    {
        preparing = percent;
        Q_EMIT preparingChanged(percent);
    }

    QList<FiguresRequest> loads;
    QList<FigureDrill> drills;
    std::optional<int> preparing;
};

inline QList<Unit> dashboardUnits()
{
    return {{1, 0, QStringLiteral("Thành phố Hà Nội"), QStringLiteral("city")},
            {2, 1, QStringLiteral("Quận Ba Đình"), QStringLiteral("district")},
            {3, 2, QStringLiteral("Phường Kim Mã"), QStringLiteral("ward")},
            {4, 2, QStringLiteral("Phường Giảng Võ"), QStringLiteral("ward")},
            {5, 1, QStringLiteral("Sở Xây dựng"), QStringLiteral("department")}};
}

inline QList<Account> dashboardAccounts()
{
    return {{7, QStringLiteral("sup"), QStringLiteral("Trần Văn Giám"), Role::Supervisor, 1},
            {8, QStringLiteral("lead"), QStringLiteral("Phạm Thị Hoa"), Role::Leader, 2},
            {9, QStringLiteral("off"), QStringLiteral("Lê Thị Lan"), Role::Officer, 3},
            {10, QStringLiteral("off2"), QStringLiteral("Đỗ Minh Tâm"), Role::Officer, 5}};
}

inline QList<FieldInfo> dashboardFields()
{
    return {{QStringLiteral("roads"), QStringLiteral("Giao thông"), QStringLiteral("Roads"), true},
            {QStringLiteral("environment"), QStringLiteral("Môi trường"),
             QStringLiteral("Environment"), true}};
}

inline Figures figuresOf(int received, int answered, int onTime, int overdue, int rated,
                         int satisfied)
{
    Figures f;
    f.received = received;
    f.accepted = received - 1;
    f.answered = answered;
    f.answeredOnTime = onTime;
    f.answeredLate = answered - onTime;
    f.overdueNow = overdue;
    f.rated = rated;
    f.satisfied = satisfied;
    f.toAnswer = {answered, 600, 540};
    return f;
}

// The city in 2025-Q2: 12 received, 8 answered (6 on time), 3 overdue, 3 of 4 satisfied;
// the quarter before: 10 received, 8 answered (4 on time), 5 overdue.
inline FiguresReport handMadeReport(const FiguresRequest &request)
{
    FiguresReport r;
    r.request = request;
    r.unitName = QStringLiteral("Thành phố Hà Nội");
    r.computedAt = QDateTime(QDate(2025, 7, 1), QTime(3, 0), QTimeZone::utc());
    r.figures = figuresOf(12, 8, 6, 3, 4, 3);
    r.previous = figuresOf(10, 8, 4, 5, 2, 2);
    r.previous.toAnswer = {8, 720, 700};
    const QList<ReportPeriod> weeks = request.period.weeks();
    for (int i = 0; i < weeks.size(); ++i)
        r.weekly.append({weeks.at(i), figuresOf(i % 3, i % 2, i % 2, 0, 0, 0)});
    r.byField = {{QStringLiteral("roads"), figuresOf(7, 5, 4, 2, 2, 1)},
                 {QStringLiteral("environment"), figuresOf(5, 3, 2, 1, 2, 2)}};
    RankedUnit district{2, QStringLiteral("Quận Ba Đình"), figuresOf(8, 6, 5, 2, 3, 3), 90.0, 1};
    RankedUnit department{5, QStringLiteral("Sở Xây dựng"), figuresOf(4, 2, 1, 1, 1, 0), 30.0, 2};
    r.ranking = {district, department};
    return r;
}

inline ReportCase reportCase(CaseId id, const QString &title)
{
    ReportCase c;
    c.id = id;
    c.title = title;
    c.unitName = QStringLiteral("Phường Kim Mã");
    c.status = CaseStatus::InProgress;
    c.answerDeadline = QDateTime(QDate(2025, 6, 20), QTime(10, 0), QTimeZone::utc());
    return c;
}

} // namespace pakn::testing
