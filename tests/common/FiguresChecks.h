#pragma once

// Checks the figures tests share: a ranking compared with the fixture's
// hand-counted one (units, ranks, and scores to 1e-9). Call from a test
// function; a failure is recorded as in the test itself.

#include "FiguresFixture.h"
#include "domain/FiguresReport.h"

#include <QTest>

namespace pakn::fixture {

inline void compareRanking(const QList<RankedUnit> &actual, const QList<ExpectedRank> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual.at(i).unitId, expected.at(i).unitId);
        QCOMPARE(actual.at(i).rank, expected.at(i).rank);
        QCOMPARE(actual.at(i).score.has_value(), expected.at(i).score.has_value());
        if (expected.at(i).score)
            QVERIFY(qAbs(*actual.at(i).score - *expected.at(i).score) < 1e-9);
    }
}

} // namespace pakn::fixture
