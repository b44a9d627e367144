// The dashboard over a real cache: the shared FiguresFixture's cases written
// into a cache file the way sync writes them (CaseStore → CaseWriter, which
// writes their facts), read through CacheFiguresSource on the cache's
// reading thread. The tiles, the ranking and the cases behind a tile are
// exactly the hand-counted figures of 2025-Q2; the period's buttons reload;
// a cache whose first sync has not ended shows no numbers until it ends.

#include "CacheFiguresSource.h"
#include "DashboardWindow.h"
#include "FigureCasesDialog.h"
#include "FigureTiles.h"
#include "FiguresFixture.h"
#include "RankingModel.h"
#include "UiLanguage.h"
#include "cache/CacheDatabase.h"
#include "cache/CaseStore.h"
#include "cache/ReferenceStore.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;
using namespace pakn::fixture;

class TestDashboardCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_language.use(QStringLiteral("en")));
        m_db = openCache(QStringLiteral("cache.sqlite"));
        QVERIFY(m_db);
        FeedPage page;
        for (const Case &c : m_fixture.cases)
            page.changes.append({c.id, c, 0});
        page.cursor = m_fixture.cases.size();
        QString error;
        QVERIFY2(CaseStore(m_db->db()).applyFeedPage(page, &error), qPrintable(error));
    }

    void init()
    {
        const QDateTime now = m_fixture.now;
        m_source = std::make_unique<CacheFiguresSource>(m_db->db().databaseName(), nullptr, nullptr,
                                                        [now] { return now; });
        m_window = std::make_unique<DashboardWindow>(context(), *m_source);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_source.reset();
    }

    void theTilesShowTheHandCountedFigures_data()
    {
        QTest::addColumn<UnitId>("unit");
        QTest::addColumn<UserId>("officer");
        QTest::addColumn<Figures>("expected");
        QTest::newRow("city") << FiguresFixture::city << UserId(0)
                              << FiguresFixture::expectedCity();
        QTest::newRow("district") << FiguresFixture::district << UserId(0)
                                  << FiguresFixture::expectedDistrict();
        QTest::newRow("ward") << FiguresFixture::wardHangBac << UserId(0)
                              << FiguresFixture::expectedHangBac();
        QTest::newRow("officer") << FiguresFixture::wardHangBac << FiguresFixture::officerAn
                                 << FiguresFixture::expectedOfficerAn();
    }

    void theTilesShowTheHandCountedFigures()
    {
        QFETCH(UnitId, unit);
        QFETCH(UserId, officer);
        QFETCH(Figures, expected);
        QVERIFY(m_window->scope()->setRequest(request(unit, officer)));
        QTRY_VERIFY(!m_window->isLoading());
        QVERIFY(m_window->report());
        QCOMPARE(m_window->report()->figures, expected);
        const FigureTiles *tiles = m_window->tiles();
        QCOMPARE(tiles->tileFor(Measure::Received)->value(), QString::number(expected.received));
        QCOMPARE(tiles->tileFor(Measure::Answered)->value(), QString::number(expected.answered));
        QCOMPARE(tiles->tileFor(Measure::OverdueNow)->value(),
                 QString::number(expected.overdueNow));
        QCOMPARE(tiles->tileFor(Measure::AnsweredOnTime)->value(),
                 expected.onTimePercent()
                     ? QStringLiteral("%1 %").arg(*expected.onTimePercent(), 0, 'f', 1)
                     : QStringLiteral("—"));
    }

    void theRankingIsTheExpectedOne()
    {
        QVERIFY(m_window->scope()->setRequest(request(FiguresFixture::city, 0)));
        QTRY_VERIFY(!m_window->isLoading());
        const QList<ExpectedRank> expected = FiguresFixture::expectedCityRanking();
        QAbstractItemModel *model = m_window->rankingTable()->model();
        QCOMPARE(model->rowCount(), expected.size());
        for (int row = 0; row < expected.size(); ++row) {
            // A unit with nothing to score shows no rank number (it shares the last place).
            QCOMPARE(model->index(row, RankingModel::Rank).data().toString(),
                     expected.at(row).score ? QString::number(expected.at(row).rank)
                                            : QStringLiteral("—"));
            QCOMPARE(model->index(row, RankingModel::UnitName).data().toString(),
                     m_fixture.unitName(expected.at(row).unitId));
        }
    }

    void aTileListsTheCasesBehindIt()
    {
        QVERIFY(m_window->scope()->setRequest(request(FiguresFixture::city, 0)));
        QTRY_VERIFY(!m_window->isLoading());
        for (Measure measure : {Measure::Answered, Measure::OverdueNow, Measure::Reopened}) {
            QTest::mouseClick(m_window->tiles()->tileFor(measure), Qt::LeftButton);
            const QList<CaseId> expected =
                casesBehind(m_fixture.facts(), scopeOf(FiguresFixture::city, m_fixture.units),
                            m_fixture.period, m_fixture.now, measure);
            QVERIFY(!expected.isEmpty());
            QTRY_COMPARE(m_window->casesDialog()->caseIds(), expected);
        }
    }

    void thePeriodButtonsReload()
    {
        QVERIFY(m_window->scope()->setRequest(request(FiguresFixture::city, 0)));
        QTRY_VERIFY(!m_window->isLoading());
        QTest::mouseClick(m_window->scope()->previousButton(), Qt::LeftButton);
        QVERIFY(m_window->isLoading());
        QTRY_VERIFY(!m_window->isLoading());
        QCOMPARE(m_window->report()->request.period.code(), QStringLiteral("2025-Q1"));
        QCOMPARE(m_window->report()->figures, FiguresFixture::expectedCityPrevious());
    }

    // Until the cache's first sync ends it misses cases, and the facts of
    // those it holds are staged: the dashboard says so instead of showing
    // numbers, and counts them all once the sync's round has finished.
    void theFiguresWaitForTheFirstSyncToEnd()
    {
        std::unique_ptr<CacheDatabase> db = openCache(QStringLiteral("first.sqlite"));
        QVERIFY(db);
        const qsizetype half = m_fixture.cases.size() / 2;
        FeedPage first;
        for (const Case &c : m_fixture.cases.mid(0, half))
            first.changes.append({c.id, c, 0});
        first.cursor = half;
        first.more = true;
        QString error;
        CaseStore store(db->db());
        QVERIFY2(store.applyFeedPage(first, &error), qPrintable(error));

        const QDateTime now = m_fixture.now;
        CacheFiguresSource source(db->db().databaseName(), nullptr, nullptr, [now] { return now; });
        DashboardWindow window(context(), source);
        window.show();
        QVERIFY(window.scope()->setRequest(request(FiguresFixture::city, 0)));
        QTRY_VERIFY(window.isPreparing());
        QCOMPARE(source.preparingPercent(), FiguresSource::kProgressUnknown);
        QVERIFY(!window.report());
        const auto *text = window.findChild<QLabel *>(QStringLiteral("preparingText"));
        QVERIFY(text->text().contains(QStringLiteral("first download")));
        QCOMPARE(window.findChild<QProgressBar *>(QStringLiteral("preparingBar"))->maximum(),
                 0); // turning: how long is unknown

        FeedPage rest;
        for (const Case &c : m_fixture.cases.mid(half))
            rest.changes.append({c.id, c, 0});
        rest.cursor = m_fixture.cases.size();
        QVERIFY2(store.applyFeedPage(rest, &error), qPrintable(error));
        source.syncRoundFinished();
        QTRY_VERIFY(!window.isPreparing() && window.report() && !window.isLoading());
        QCOMPARE(source.preparingPercent(), std::nullopt);
        QCOMPARE(window.report()->figures, FiguresFixture::expectedCity());
    }

private:
    // A cache with the fixture's account, units and reference data, no cases yet.
    std::unique_ptr<CacheDatabase> openCache(const QString &name) const
    {
        QString error;
        auto db = CacheDatabase::open(m_dir.filePath(name), QStringLiteral("tst_dashboard_") + name,
                                      &error);
        if (!db) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        CaseStore store(db->db());
        QList<Account> accounts;
        for (const FixtureAccount &a : m_fixture.accounts)
            accounts.append(a.account);
        if (!store.setMe(m_fixture.account(FiguresFixture::supervisor), &error) ||
            !store.replaceUnits(m_fixture.units, &error) ||
            !store.replaceAccounts(accounts, &error) ||
            !ReferenceStore(db->db()).save(m_fixture.reference, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return std::make_unique<CacheDatabase>(std::move(*db));
    }

    DashboardContext context() const
    {
        QList<Account> accounts;
        for (const FixtureAccount &a : m_fixture.accounts)
            accounts.append(a.account);
        return {m_fixture.account(FiguresFixture::supervisor),
                m_fixture.units,
                accounts,
                m_fixture.reference.fields,
                {},
                {},
                [] { return QDate(2025, 5, 14); }};
    }

    FiguresRequest request(UnitId unit, UserId officer) const
    {
        FiguresRequest r;
        r.unitId = unit;
        r.officerId = officer;
        r.period = m_fixture.period;
        return r;
    }

    UiLanguage m_language;
    FiguresFixture m_fixture = FiguresFixture::make();
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_db;
    std::unique_ptr<CacheFiguresSource> m_source;
    std::unique_ptr<DashboardWindow> m_window;
};

QTEST_MAIN(TestDashboardCache)
#include "tst_dashboard_cache.moc"
