// ApiClient::fetchFigures and fetchFigureCases against the real pakn-server
// binary serving the shared FiguresFixture (seeded with FixtureSeeder): the
// decoded report is the one the domain builds from the fixture's facts at the
// server's "now", the case lists are the domain's, and a refusal arrives as
// an HttpError with the server's words and no value.

#include "FiguresFixture.h"
#include "FixtureSeeder.h"
#include "ServerProcess.h"
#include "net/ApiClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace pakn;
using pakn::fixture::FiguresFixture;

class TestFiguresClient : public QObject
{
    Q_OBJECT

    const FiguresFixture m_fixture = FiguresFixture::make();
    ServerProcess m_server{0};
    std::unique_ptr<ApiClient> m_api;

    FiguresRequest request(UnitId unit, UserId officer = 0) const
    {
        return {unit, officer, {}, m_fixture.period};
    }

    // Waits for the one callback `call` arranges.
    template <typename Call> void await(Call call)
    {
        bool done = false;
        call([&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    }

    std::pair<ApiResult, std::optional<FiguresReport>> figures(const FiguresRequest &r)
    {
        std::pair<ApiResult, std::optional<FiguresReport>> out;
        await([&](auto finished) {
            m_api->fetchFigures(r, [&out, finished](const ApiResult &result,
                                                    const std::optional<FiguresReport> &report) {
                out = {result, report};
                finished();
            });
        });
        return out;
    }

    std::pair<ApiResult, std::optional<FigureCaseList>> cases(const FiguresRequest &r,
                                                              std::optional<Measure> m)
    {
        std::pair<ApiResult, std::optional<FigureCaseList>> out;
        await([&](auto finished) {
            m_api->fetchFigureCases(r, m,
                                    [&out, finished](const ApiResult &result,
                                                     const std::optional<FigureCaseList> &list) {
                                        out = {result, list};
                                        finished();
                                    });
        });
        return out;
    }

    void logIn(UserId who)
    {
        ApiResult answer;
        await([&](auto finished) {
            m_api->post(QStringLiteral("login"),
                        {{QStringLiteral("login"), m_fixture.account(who).login},
                         {QStringLiteral("password"), m_fixture.password},
                         {QStringLiteral("client"), QStringLiteral("tst_figures_client")}},
                        [&answer, finished](const ApiResult &r) {
                            answer = r;
                            finished();
                        });
        });
        QVERIFY2(answer.ok(), qPrintable(answer.message));
        m_api->setToken(answer.body.value(QStringLiteral("token")).toString().toLatin1());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("PAKN_SERVER_BIN"))
            QSKIP("PAKN_SERVER_BIN is not set");
        QString error;
        QVERIFY2(pakn::server::FixtureSeeder::seedFile(
                     m_server.dataDir() + QStringLiteral("/pakn-server.sqlite"), &error),
                 qPrintable(error));
        QVERIFY2(m_server.start(&error), qPrintable(error));
        ServerEndpoint endpoint;
        endpoint.baseUrl = m_server.url();
        endpoint.fingerprint = m_server.fingerprint();
        m_api = std::make_unique<ApiClient>(endpoint);
        logIn(FiguresFixture::supervisor);
    }

    void theReportIsTheDomainsAtTheServersNow()
    {
        for (const auto &[unit, officer] :
             {std::pair{FiguresFixture::city, UserId(0)},
              {FiguresFixture::district, UserId(0)},
              {FiguresFixture::wardHangBac, FiguresFixture::officerAn}}) {
            const auto [result, report] = figures(request(unit, officer));
            QVERIFY2(result.ok(), qPrintable(result.message));
            QVERIFY(report);
            // The binary runs on the real clock: "overdue now" is judged at its now.
            const QList<CaseFact> facts = m_fixture.facts();
            const DeadlineCalendar calendar = m_fixture.reference.calendar();
            FiguresReport expected = buildFiguresReport(
                request(unit, officer), {facts, m_fixture.units, calendar,
                                         m_fixture.reference.ranking, report->computedAt});
            expected.officerName = officer ? m_fixture.account(officer).displayName : QString();
            QVERIFY(*report == expected);
        }
        // Everything but "overdue now" is the hand-counted figures.
        Figures city = figures(request(FiguresFixture::city)).second.value().figures;
        city.overdueNow = FiguresFixture::expectedCity().overdueNow;
        QVERIFY(city == FiguresFixture::expectedCity());
    }

    void theCaseListsAreTheDomains()
    {
        const QList<CaseFact> facts = m_fixture.facts();
        const FigureScope scope = scopeOf(FiguresFixture::district, m_fixture.units);
        for (const std::optional<Measure> &m :
             {std::optional<Measure>(), std::optional(Measure::AnsweredLate),
              std::optional(Measure::Satisfied), std::optional(Measure::Received)}) {
            const auto [result, list] = cases(request(FiguresFixture::district), m);
            QVERIFY2(result.ok(), qPrintable(result.message));
            QVERIFY(list && !list->truncated);
            QList<CaseId> ids;
            for (const ReportCase &c : list->cases)
                ids.append(c.id);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QList<CaseId> expected = m ? casesBehind(facts, scope, m_fixture.period, now, *m)
                                             : casesInReport(facts, scope, m_fixture.period, now);
            QCOMPARE(ids, expected);
            QVERIFY(!ids.isEmpty());
            QCOMPARE(list->cases.first().title, m_fixture.caseById(ids.first()).title);
        }
    }

    void aRefusalCarriesTheServersWords()
    {
        FiguresRequest bad = request(99);
        const auto [result, report] = figures(bad);
        QCOMPARE(result.kind, ApiResult::Kind::HttpError);
        QCOMPARE(result.httpStatus, 400);
        QVERIFY2(result.message.contains(QStringLiteral("99")), qPrintable(result.message));
        QVERIFY(!report);
        logIn(FiguresFixture::officerAn);
        const auto [refused, none] = cases(request(FiguresFixture::wardHangBac), std::nullopt);
        QCOMPARE(refused.httpStatus, 403);
        QCOMPARE(refused.errorCode, QStringLiteral("forbidden"));
        QVERIFY(!none);
        const auto [own, list] =
            cases(request(FiguresFixture::wardHangBac, FiguresFixture::officerAn), std::nullopt);
        QVERIFY2(own.ok(), qPrintable(own.message));
        QVERIFY(list && !list->cases.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFiguresClient)
#include "tst_figures_client.moc"
