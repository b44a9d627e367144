#pragma once

// A figures report made by hand for the report writers' tests (the numbers
// need not come from facts here: the writers only print them): UBND quận Ba
// Đình in 2025-Q2 against Q1, four wards ranked (two sharing rank 2, one
// without a score), three weeks, two fields, and cases whose titles carry
// what a file format must escape.

#include "report/ReportContent.h"

#include <QProcess>
#include <QTest>

namespace reportsample {

using namespace pakn;

inline QDateTime vietnamTime(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC).addSecs(-7 * 3600);
}

inline Figures figures(int received, int answered, int onTime, int rated, int satisfied)
{
    Figures f;
    f.received = received;
    f.accepted = received - 10;
    f.acceptedOnTime = received - 16;
    f.answered = answered;
    f.answeredOnTime = onTime;
    f.answeredLate = answered - onTime;
    f.overdueNow = 4;
    f.refused = 6;
    f.returned = 3;
    f.transferred = 5;
    f.reopened = 2;
    f.rated = rated;
    f.satisfied = satisfied;
    f.notSatisfied = rated >= satisfied + 5 ? 5 : 0;
    f.acceptable = rated - satisfied - f.notSatisfied;
    f.toAccept = {f.accepted, 150.0, 120.0};
    f.toAnswer = {answered, 1500.0, 1320.0};
    return f;
}

// Scored with the default weights, or without a score when nothing was answered or rated.
inline RankedUnit ranked(UnitId id, const QString &name, int rank, const Figures &f)
{
    std::optional<double> score;
    if (f.answered > 0 || f.rated > 0)
        score = 0.6 * f.onTimePercent().value_or(0) + 0.4 * f.satisfiedPercent().value_or(0);
    return {id, name, f, score, rank};
}

inline ReportCase reportCase(CaseId id, const QString &title, CaseStatus status)
{
    ReportCase c;
    c.id = id;
    c.title = title;
    c.field = QStringLiteral("roads");
    c.unitName = QStringLiteral("Phường Điện Biên");
    c.assigneeName = QStringLiteral("Lê Thị Lan");
    c.status = status;
    c.receivedAt = vietnamTime(2025, 4, 2, 9, 15);
    c.answerDeadline = vietnamTime(2025, 4, 16, 17, 0);
    return c;
}

// `wards` ranked units (4 by default; more to make the ranking table span pages).
inline ReportContent sample(int wards = 4)
{
    ReportContent content;
    FiguresReport &r = content.report;
    r.request.unitId = 3;
    r.request.period = ReportPeriod::containing(ReportPeriod::Kind::Quarter, QDate(2025, 5, 1));
    r.unitName = QStringLiteral("UBND quận Ba Đình");
    r.computedAt = vietnamTime(2025, 7, 5, 8, 0);
    r.figures = figures(120, 95, 88, 40, 26);
    r.previous = figures(100, 90, 81, 30, 18);
    const QList<ReportPeriod> weeks = r.request.period.weeks();
    for (qsizetype i = 0; i < weeks.size(); ++i)
        r.weekly.append(
            {weeks.at(i), figures(int(8 + i % 4), int(6 + i % 3), int(5 + i % 2), 4, 3)});
    r.weekly[2].figures.answered = 0; // a week with nothing answered: a gap in the line
    r.weekly[2].figures.answeredOnTime = 0;
    r.byField = {{QStringLiteral("roads"), figures(70, 55, 50, 20, 14)},
                 {QStringLiteral("lighting"), figures(50, 40, 38, 20, 12)}};
    r.ranking = {ranked(11, QStringLiteral("Phường Điện Biên"), 1, figures(40, 35, 34, 15, 12)),
                 ranked(12, QStringLiteral("Phường Đội Cấn"), 2, figures(30, 25, 21, 10, 7)),
                 ranked(13, QStringLiteral("Phường Cống Vị"), 2, figures(30, 25, 21, 10, 7))};
    for (int i = 3; i < wards - 1; ++i)
        r.ranking.append(ranked(20 + i, QStringLiteral("Phường Thứ %1").arg(i + 1), i + 1,
                                figures(10, 5, 4 - i % 3, 2, 1)));
    r.ranking.append(ranked(14, QStringLiteral("Phường Ngọc Hà"), wards, Figures{}));
    content.cases = {
        reportCase(1001, QStringLiteral("Đèn đường hỏng, phố \"Kim Mã\"\nkhông sáng"),
                   CaseStatus::Answered),
        reportCase(1002, QStringLiteral("=HYPERLINK(\"x\")"), CaseStatus::InProgress),
        reportCase(1003, QStringLiteral("Ổ gà trên đường Đội Cấn"), CaseStatus::Closed),
    };
    content.cases[0].field = QStringLiteral("lighting");
    content.cases[0].answeredAt = vietnamTime(2025, 4, 10, 16, 30);
    content.cases[0].answeredOnTime = true;
    content.cases[0].rating = Rating::Satisfied;
    content.cases[2].answeredAt = vietnamTime(2025, 4, 18, 10, 0);
    content.cases[2].answeredOnTime = false;
    content.cases[2].rating = Rating::NotSatisfied;
    content.fieldNames = {{QStringLiteral("roads"), QStringLiteral("Giao thông và đường bộ")},
                          {QStringLiteral("lighting"), QStringLiteral("Chiếu sáng đô thị")}};
    content.issuingBody = QStringLiteral("UBND QUẬN BA ĐÌNH");
    content.parentBody = QStringLiteral("UBND thành phố Hà Nội");
    content.place = QStringLiteral("Hà Nội");
    content.date = QDate(2025, 7, 5);
    return content;
}

// Runs a command-line tool; its standard output, or a failed test.
inline QByteArray runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s failed (%s); scripts/install-deps.sh installs it", qPrintable(program),
                 p.readAllStandardError().constData());
        return {};
    }
    return p.readAllStandardOutput();
}

} // namespace reportsample
