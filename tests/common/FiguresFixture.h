#pragma once

// The shared test data of the figures (docs/METRICS.md): a small city, its
// staff, and 16 cases whose histories were made by WorkflowRules::apply at
// explicit times in 2025, with the figures of 2025-Q2 worked out BY HAND for
// the city, the district, both wards, the department and one officer, and the
// expected rankings. The server, the client cache and the CLI tests all check
// against these literal numbers (FiguresExpected.cpp says how each case counts).
//
//   1 Thành phố Hà Nội (city, root)
//   ├── 2 Quận Hoàn Kiếm (district)
//   │   ├── 3 Phường Hàng Bạc (ward)
//   │   └── 4 Phường Hàng Trống (ward)
//   └── 5 Sở Xây dựng (department)
//
// The ids (units 1–5, accounts 1–11, cases 1–16) are the fixture's own: a store
// that numbers them itself maps them.

#include "domain/CaseFacts.h"
#include "domain/Figures.h"
#include "domain/ReferenceData.h"
#include "domain/ReportPeriod.h"

#include <QList>

namespace pakn::fixture {

struct FixtureAccount
{
    Account account;
    QString password;
};

struct ExpectedRank
{
    UnitId unitId = 0;
    int rank = 0;
    std::optional<double> score;
};

struct FiguresFixture
{
    static constexpr UnitId city = 1;
    static constexpr UnitId district = 2;    // Quận Hoàn Kiếm
    static constexpr UnitId wardHangBac = 3; // the ward with the most cases
    static constexpr UnitId wardHangTrong = 4;
    static constexpr UnitId department = 5; // Sở Xây dựng

    static constexpr UserId supervisor = 1;
    static constexpr UserId coordinator = 2;
    static constexpr UserId districtLeader = 3;
    static constexpr UserId hangBacLeader = 4;
    static constexpr UserId hangTrongLeader = 5;
    static constexpr UserId departmentLeader = 6;
    static constexpr UserId districtOfficer = 7;
    static constexpr UserId officerAn = 8;   // Hàng Bạc: the officer whose figures are expected
    static constexpr UserId officerBinh = 9; // Hàng Bạc
    static constexpr UserId hangTrongOfficer = 10;
    static constexpr UserId departmentOfficer = 11;

    // Built afresh each time (cheap): the calendar is ReferenceData::defaults(),
    // which has the 2025 holidays (7/4, 30/4, 1/5, 2/5) and the make-up Saturday 26/4.
    static FiguresFixture make();

    ReferenceData reference;
    QList<Unit> units;
    QList<FixtureAccount> accounts; // every one with `password`
    QString password;               // the same for every account
    QList<Case> cases;              // ids 1..16, ascending
    ReportPeriod period;            // 2025-Q2
    QDateTime now;                  // 2025-07-10 09:00 Vietnam: "overdue now" is judged then

    QList<CaseFact> facts() const; // caseFactsOf every case, in case order
    const Case &caseById(CaseId id) const;
    const Account &account(UserId id) const;
    QString unitName(UnitId id) const;

    // The hand-computed figures of `period` (FiguresExpected.cpp).
    static Figures expectedCity();
    static Figures expectedCityPrevious(); // 2025-Q1, the report's comparison
    static Figures expectedDistrict();
    static Figures expectedHangBac();
    static Figures expectedHangTrong();
    static Figures expectedDepartment();
    static Figures expectedOfficerAn();                   // scope: Hàng Bạc, officer An
    static QList<ExpectedRank> expectedCityRanking();     // district, department
    static QList<ExpectedRank> expectedDistrictRanking(); // the two wards
};

} // namespace pakn::fixture
