// caseFactsOf: the history replayed into facts — arrivals, transfers and
// returns moving the unit, the officer of each step, the deadlines in force
// (extensions, reopening), the open case's deadline, and old histories whose
// route and transfer events do not carry the acceptance deadline.

#include "FiguresFixture.h"
#include "domain/CaseFacts.h"

#include <QTest>
#include <QTimeZone>

using namespace pakn;
using pakn::fixture::FiguresFixture;

namespace {

QDateTime vn(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, minute), QTimeZone(7 * 3600)).toUTC();
}

// "kind unit>other officer" per fact, e.g. "transferred 3>4 0".
QStringList outline(const QList<CaseFact> &facts)
{
    QStringList out;
    for (const CaseFact &f : facts)
        out.append(QStringLiteral("%1 %2>%3 %4")
                       .arg(toCode(f.kind))
                       .arg(f.unitId)
                       .arg(f.otherUnitId)
                       .arg(f.officerId));
    return out;
}

QStringList lines(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

QList<CaseFact> ofKind(const QList<CaseFact> &facts, FactKind kind)
{
    QList<CaseFact> out;
    for (const CaseFact &f : facts)
        if (f.kind == kind)
            out.append(f);
    return out;
}

// As a history written before route and transfer events carried the deadline.
Case withoutArrivalDeadlines(Case c)
{
    for (CaseEvent &e : c.history)
        e.data.remove(QStringLiteral("acceptDeadline"));
    return c;
}

} // namespace

class TestCaseFacts : public QObject
{
    Q_OBJECT

    const FiguresFixture x = FiguresFixture::make();

    QList<CaseFact> factsOf(CaseId id) const { return caseFactsOf(x.caseById(id)); }

private Q_SLOTS:
    void anAnsweredCaseGivesEachStepWithItsDeadline()
    {
        const QList<CaseFact> f = factsOf(1);
        QCOMPARE(outline(f), lines("received 0>0 0|arrived 3>0 0|accepted 3>0 0|assigned 3>0 8|"
                                   "answered 3>0 8|rated 3>0 8"));
        for (const CaseFact &fact : f) {
            QCOMPARE(fact.caseId, 1);
            QCOMPARE(fact.field, QStringLiteral("roads"));
        }
        QCOMPARE(f.at(0).at, vn(4, 1, 8));
        QCOMPARE(f.at(2).startedAt, vn(4, 1, 9));  // the arrival
        QCOMPARE(f.at(2).due, vn(4, 2, 9));        // 8 working hours
        QCOMPARE(f.at(4).startedAt, vn(4, 1, 10)); // the acceptance
        QCOMPARE(f.at(4).due, vn(4, 16, 10));      // 80 working hours, 7/4 a holiday
        QCOMPARE(f.at(5).rating, Rating::Satisfied);
    }

    void aGrantedExtensionMovesTheAnswerDeadline()
    {
        const QList<CaseFact> answered = ofKind(factsOf(3), FactKind::Answered);
        QCOMPARE(answered.size(), 1);
        QCOMPARE(answered.at(0).due, vn(5, 9, 17)); // not 28/4 10:00
        QCOMPARE(answered.at(0).officerId, FiguresFixture::officerBinh);
        QCOMPARE(ofKind(factsOf(3), FactKind::Accepted).at(0).due, vn(4, 15, 9));
    }

    void theHolidaysPushTheDeadline()
    {
        QCOMPARE(ofKind(factsOf(4), FactKind::Answered).at(0).due, vn(5, 15, 16));
    }

    void aReopenedCaseIsAnsweredTwiceEachAgainstItsOwnDeadline()
    {
        const QList<CaseFact> f = factsOf(9);
        QCOMPARE(
            outline(f),
            lines("received 0>0 0|arrived 4>0 0|accepted 4>0 0|assigned 4>0 10|"
                  "answered 4>0 10|rated 4>0 10|reopened 4>0 10|answered 4>0 10|rated 4>0 10"));
        const QList<CaseFact> answers = ofKind(f, FactKind::Answered);
        QCOMPARE(answers.at(0).startedAt, vn(6, 2, 8, 30));
        QCOMPARE(answers.at(0).due, vn(6, 2, 13, 30));
        QCOMPARE(answers.at(1).startedAt, vn(6, 3, 9)); // the reopening
        QCOMPARE(answers.at(1).due, vn(6, 3, 14));
        QCOMPARE(ofKind(f, FactKind::Rated).at(0).rating, Rating::NotSatisfied);
        QCOMPARE(ofKind(f, FactKind::Rated).at(1).rating, Rating::Satisfied);
    }

    void aTransferKeepsTheEarlierArrivalsOwnDeadline()
    {
        const QList<CaseFact> f = factsOf(7);
        QCOMPARE(outline(f), lines("received 0>0 0|arrived 3>0 0|accepted 3>0 0|"
                                   "transferred 3>4 0|arrived 4>3 0|accepted 4>0 0|"
                                   "assigned 4>0 10|answered 4>0 10"));
        const QList<CaseFact> accepted = ofKind(f, FactKind::Accepted);
        QCOMPARE(accepted.at(0).due, vn(5, 12, 17)); // Hàng Bạc's, from the route event
        QCOMPARE(accepted.at(1).due, vn(5, 13, 10)); // Hàng Trống's
        QCOMPARE(accepted.at(1).startedAt, vn(5, 12, 10));
        QCOMPARE(x.caseById(7).acceptDeadline, vn(5, 13, 10)); // the case keeps only the last
    }

    void anOldHistoryFallsBackToTheCasesDeadlineForTheLatestArrival()
    {
        const QList<CaseFact> old = caseFactsOf(withoutArrivalDeadlines(x.caseById(7)));
        const QList<CaseFact> accepted = ofKind(old, FactKind::Accepted);
        QVERIFY(!accepted.at(0).due.isValid()); // not recorded anywhere any more
        QCOMPARE(accepted.at(1).due, vn(5, 13, 10));
        const QList<CaseFact> eight = caseFactsOf(withoutArrivalDeadlines(x.caseById(8)));
        QCOMPARE(ofKind(eight, FactKind::Accepted).at(0).due, vn(5, 20, 14));
        QCOMPARE(eight, factsOf(8)); // nothing else depends on it
    }

    void aReturnSendsTheCaseBackToTheCoordinators()
    {
        QCOMPARE(outline(factsOf(6)),
                 lines("received 0>0 0|arrived 4>0 0|returned 4>0 0|arrived 3>0 0|"
                       "accepted 3>0 0|assigned 3>0 8|answered 3>0 8|rated 3>0 8"));
        QCOMPARE(ofKind(factsOf(6), FactKind::Accepted).at(0).due, vn(5, 6, 11));
    }

    void aTransferBeforeAcceptanceCrossesUnits()
    {
        QCOMPARE(outline(factsOf(8)),
                 lines("received 0>0 0|arrived 5>0 0|transferred 5>2 0|arrived 2>5 0|"
                       "accepted 2>0 0|assigned 2>0 7|open 2>0 7"));
    }

    void anOpenCaseWaitsOnTheDeadlineOfItsStep()
    {
        const CaseFact inProgress = factsOf(8).constLast();
        QCOMPARE(inProgress.kind, FactKind::Open);
        QCOMPARE(inProgress.at, vn(5, 20, 9)); // accepted then
        QCOMPARE(inProgress.due, vn(6, 3, 9)); // the answer deadline
        const CaseFact pending = factsOf(10).constLast();
        QCOMPARE(pending.kind, FactKind::Open);
        QCOMPARE(pending.at, vn(6, 27, 15));  // arrived then
        QCOMPARE(pending.due, vn(6, 30, 15)); // the acceptance deadline
        QCOMPARE(factsOf(11).constLast().due, vn(7, 21, 10));
        // Answered, closed, refused, merged and untriaged cases wait on no unit.
        for (CaseId id : {1, 2, 4, 5, 13, 15, 16})
            QVERIFY(ofKind(factsOf(id), FactKind::Open).isEmpty());
    }

    void triageWalkInsAndMergesGiveWhatTheyAre()
    {
        QCOMPARE(outline(factsOf(5)), lines("received 0>0 0|refused 0>0 0"));
        QCOMPARE(outline(factsOf(15)), lines("received 4>0 0|refused 4>0 0")); // the ward's desk
        QCOMPARE(outline(factsOf(16)), lines("received 0>0 0"));
        QCOMPARE(outline(factsOf(13)), lines("received 0>0 0"));
        QCOMPARE(factsOf(13).at(0).at, QDateTime(QDate(2025, 6, 30), QTime(16, 30), Qt::UTC));
    }

    void aHistoryThatStartsMidwayGivesOnlyWhatItProves()
    {
        Case c = x.caseById(2);
        c.history.remove(0, 2); // no "received", no route
        const QList<CaseFact> f = caseFactsOf(c);
        QCOMPARE(outline(f), lines("accepted 3>0 0|assigned 3>0 8|answered 3>0 8|rated 3>0 8"));
        QVERIFY(!f.at(0).startedAt.isValid()); // the arrival is not known
        QCOMPARE(f.at(0).due, c.acceptDeadline);
        Case empty;
        empty.id = 99;
        QVERIFY(caseFactsOf(empty).isEmpty());
    }

    void factKindsHaveCodes()
    {
        for (int k = int(FactKind::Received); k <= int(FactKind::Open); ++k)
            QCOMPARE(factKindFromCode(toCode(FactKind(k))), FactKind(k));
        QCOMPARE(toCode(FactKind::Transferred), QStringLiteral("transferred"));
        QVERIFY(!factKindFromCode(QStringLiteral("Transferred")));
    }

    void theRouteAndTransferEventsCarryTheAcceptanceDeadline()
    {
        const Case &c = x.caseById(7);
        for (const CaseEvent &e : c.history)
            if (e.action == QLatin1String("route") || e.action == QLatin1String("transfer"))
                QVERIFY(e.data.contains(QStringLiteral("acceptDeadline")));
    }
};

QTEST_GUILESS_MAIN(TestCaseFacts)
#include "tst_casefacts.moc"
