// The figures of 2025-Q2 for the fixture, counted BY HAND from the stories in
// FiguresFixture.cpp with the rules of docs/METRICS.md — never by calling
// computeFigures. Working minutes: office hours 08–12, 13–17 (480 a day).
//
// Per case, what happens in Q2 (unit, minutes):
//   1  received; arrived Hàng Bạc; accepted 1/4 10:00 on time (09:00→10:00 = 60);
//      An answers 3/4 11:00 on time (1/4 10:00→3/4 11:00 = 360+480+180 = 1020); satisfied.
//   2  received; arrived Hàng Bạc; accepted on time (8/4 08:30→14:00 = 210+60 = 270);
//      An answers 9/4 15:00, due 09:00: late (180+240+120 = 540); not satisfied.
//   3  received; arrived Hàng Bạc; accepted 15/4 10:00, due 09:00: late (420+120 = 540);
//      Bình answers 8/5 10:00 within the extension to 9/5 17:00: on time
//      (15/4 10:00→8/5 10:00 = 360 + 14 full days×480 + 120 = 7200); acceptable.
//   4  received; arrived the district; accepted on time (28/4 08:00→16:00 = 420);
//      answered 15/5 14:00, due 15/5 16:00 thanks to the holidays: on time
//      (60 + 480 + 8×480 + 300 = 4680).
//   5  received; refused at triage (unit 0).
//   6  received; arrived Hàng Trống, returned by it; arrived Hàng Bạc; accepted on time
//      (5/5 11:00→6/5 09:00 = 300+60 = 360); An answers on time (09:00→11:30 = 150); satisfied.
//   7  received; arrived Hàng Bạc, accepted on time (08:00→09:00 = 60); transferred to
//      Hàng Trống (arrived there from Hàng Bạc), accepted late (12/5 10:00→13/5 11:00 =
//      360+180 = 540); answered on time (11:00→15:30 = 60+150 = 210).
//   8  received; arrived the department, transferred to the district (arrived from the
//      department); accepted on time (19/5 14:00→20/5 09:00 = 180+60 = 240); open,
//      answer due 3/6 09:00: overdue now.
//   9  received; arrived Hàng Trống; accepted on time (30); answered on time (150);
//      not satisfied; reopened; answered again late (3/6 09:00→4/6 08:30 = 420+30 = 450);
//      satisfied.
//   10 received; arrived Hàng Bạc; never accepted (due 30/6 15:00): overdue now.
//   11 received; arrived the department; accepted on time (08:00→10:00 = 120); open,
//      due 21/7 10:00: not overdue.
//   12 only its rating is in Q2 (1/4, satisfied, An's answer in Hàng Bạc).
//   13 received 30/6 23:30 Vietnam: in Q2. 14: received 1/7 00:15: not in Q2.
//   15 received at Hàng Trống's desk (unit 4), refused there.
//   16 received; merged into case 1 (merging counts nothing).

#include "FiguresFixture.h"

namespace pakn::fixture {

namespace {

struct Counts
{
    int received, accepted, acceptedOnTime, answered, answeredOnTime, answeredLate, overdueNow,
        refused, returned, transferred, reopened, rated, satisfied, acceptable, notSatisfied;
};

Figures figures(const Counts &c, WorkingTime toAccept, WorkingTime toAnswer)
{
    Figures f;
    f.received = c.received;
    f.accepted = c.accepted;
    f.acceptedOnTime = c.acceptedOnTime;
    f.answered = c.answered;
    f.answeredOnTime = c.answeredOnTime;
    f.answeredLate = c.answeredLate;
    f.overdueNow = c.overdueNow;
    f.refused = c.refused;
    f.returned = c.returned;
    f.transferred = c.transferred;
    f.reopened = c.reopened;
    f.rated = c.rated;
    f.satisfied = c.satisfied;
    f.acceptable = c.acceptable;
    f.notSatisfied = c.notSatisfied;
    f.toAccept = toAccept;
    f.toAnswer = toAnswer;
    return f;
}

} // namespace

Figures FiguresFixture::expectedCity()
{
    // received: cases 1–11, 13, 15, 16 (14). accepted: 1, 2, 3, 4, 6, 7 twice, 8, 9, 11 (10);
    // late: 3 and 7 at Hàng Trống. answered: 1, 2, 3, 4, 6, 7, 9 twice (8); late: 2 and 9's
    // second. overdue: 8, 10. refused: 5, 15. transferred: 7, 8. rated: 1 S, 2 N, 3 A, 6 S,
    // 9 N, 9 S, 12 S.
    // toAccept 60 270 540 420 360 60 540 240 30 120: sum 2640, median (240+270)/2.
    // toAnswer 1020 540 7200 4680 150 210 150 450: sum 14400, median (450+540)/2.
    return figures({14, 10, 8, 8, 6, 2, 2, 2, 1, 2, 1, 7, 4, 1, 2}, {10, 264, 255}, {8, 1800, 495});
}

Figures FiguresFixture::expectedCityPrevious()
{
    // 2025-Q1: case 12 received, accepted (60) and answered on time (09:00→11:00 = 120);
    // overdue now does not depend on the period (8 and 10).
    return figures({1, 1, 1, 1, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0}, {1, 60, 60}, {1, 120, 120});
}

Figures FiguresFixture::expectedDistrict()
{
    // received (arrived from outside the district, or registered in it): 1, 2, 3, 4, 6, 7,
    // 8 (from the department), 9, 10, 15 (10). accepted: the city's less 11 (9), late 3 and
    // 7 at Hàng Trống. All 8 answers. overdue 8, 10. refused 15. returned 6. transferred 7
    // only (8 left the department, outside). toAccept 60 270 540 420 360 60 540 240 30:
    // sum 2520, median 270.
    return figures({10, 9, 7, 8, 6, 2, 2, 1, 1, 1, 1, 7, 4, 1, 2}, {9, 280, 270}, {8, 1800, 495});
}

Figures FiguresFixture::expectedHangBac()
{
    // received 1, 2, 3, 6, 7, 10. accepted 1, 2, 3 (late), 6, 7. answered 1, 2 (late), 3, 6.
    // overdue 10. transferred 7. rated 1 S, 2 N, 3 A, 6 S, 12 S.
    // toAccept 60 270 540 360 60: sum 1290, median 270. toAnswer 1020 540 7200 150:
    // sum 8910, median (540+1020)/2.
    return figures({6, 5, 4, 4, 3, 1, 1, 0, 0, 1, 0, 5, 3, 1, 1}, {5, 258, 270}, {4, 2227.5, 780});
}

Figures FiguresFixture::expectedHangTrong()
{
    // received 6 (then returned), 7 (from Hàng Bạc), 9, 15 (walk-in). accepted 7 (late), 9.
    // answered 7, 9 on time, 9 late. refused 15. returned 6. reopened 9. rated 9 N, 9 S.
    // toAccept 540 30; toAnswer 210 150 450.
    return figures({4, 2, 1, 3, 2, 1, 0, 1, 1, 0, 1, 2, 1, 0, 1}, {2, 285, 285}, {3, 270, 210});
}

Figures FiguresFixture::expectedDepartment()
{
    // received 8 (transferred on to the district), 11 (accepted in 120, open, not overdue).
    return figures({2, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0}, {1, 120, 120}, {});
}

Figures FiguresFixture::expectedOfficerAn()
{
    // An's facts: assigned 1, 2, 6 (received = assigned to him); answered 1, 2 (late), 6;
    // rated 1 S, 2 N, 6 S, 12 S. Acceptance is the leader's: none. toAnswer 1020 540 150.
    return figures({3, 0, 0, 3, 2, 1, 0, 0, 0, 0, 0, 4, 3, 0, 1}, {}, {3, 570, 540});
}

QList<ExpectedRank> FiguresFixture::expectedCityRanking()
{
    // District: 0.6 × 75 % (6/8 on time) + 0.4 × 57.142857 % (4/7 satisfied) = 67.857142…
    // Department: nothing answered or rated: no score, last.
    return {{district, 1, 0.6 * 75 + 0.4 * (400.0 / 7)}, {department, 2, std::nullopt}};
}

QList<ExpectedRank> FiguresFixture::expectedDistrictRanking()
{
    // Hàng Bạc: 0.6 × 75 (3/4) + 0.4 × 60 (3/5) = 69; Hàng Trống: 0.6 × 66.67 (2/3) +
    // 0.4 × 50 (1/2) = 60.
    return {{wardHangBac, 1, 69.0}, {wardHangTrong, 2, 60.0}};
}

} // namespace pakn::fixture
