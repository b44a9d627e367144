// The reporter's phone number on the real desk against the real server: the
// case view shows it masked as the server sent it; "Show phone number" asks
// the server (the audited reveal) and shows the number it answered, which is
// never written to the cache file; offline, the view says that showing it
// needs a connection.

#include "CaseDetailView.h"
#include "CaseTableView.h"
#include "DeskDriver.h"
#include "cache/CaseStore.h"
#include "cache/Outbox.h"
#include "sync/SyncController.h"

#include <QFile>
#include <QStatusBar>

using namespace pakn;
using pakn::testing::Desk;

namespace {

const QString fullPhone = QStringLiteral("0987 654 321");

// The cache file's bytes and its WAL's.
QByteArray cacheBytes(const ClientProfile &profile)
{
    QByteArray bytes;
    const QString path = profile.cachePath();
    for (const QString &name : {path, QString(path + QStringLiteral("-wal"))}) {
        QFile f(name);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

// With PAKN_SHOTS=DIR (a run under xvfb-run with QT_QPA_PLATFORM=xcb), the window as painted.
void shot(QWidget *window, const char *name)
{
    const QString dir = qEnvironmentVariable("PAKN_SHOTS");
    if (!dir.isEmpty())
        window->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

} // namespace

class TestDeskPhone : public QObject
{
    Q_OBJECT
    ServerProcess m_server{60};

    // A hotline report with `phone`, taken in through the desk's own sync; its case id.
    static qint64 takeIn(DeskSession &session, const QString &phone)
    {
        StaffReport report;
        report.channel = Channel::Hotline;
        report.description = QStringLiteral("Nắp cống vỡ trước số 9 phố Đội Cấn");
        report.reporterName = QStringLiteral("Đỗ Văn Hải");
        report.reporterPhone = phone;
        qint64 id = 0;
        session.syncController()->createCase(
            report, StaffReport::newKey(),
            [&id](const ApiResult &, const std::optional<Case> &c) { id = c ? c->id : -1; });
        if (!QTest::qWaitFor([&id] { return id != 0; }, 20000))
            return -1;
        session.syncController()->syncNow();
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void theRevealShowsTheNumberAndTheCacheNeverHasIt()
    {
        Desk desk;
        MainWindow *window =
            pakn::testing::openWindow(desk, m_server, QStringLiteral("coordinator"));
        QVERIFY(window);
        CaseStore &store = *desk.session.caseStore();
        const qint64 id = takeIn(desk.session, fullPhone);
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(store.caseById(id).has_value(), 20000);
        QCOMPARE(store.caseById(id)->reporterPhone, QStringLiteral("******* 321"));

        // The table shows it once the round that brought it has finished.
        QTRY_VERIFY_WITH_TIMEOUT(window->caseTable()->selectCase(id), 20000);
        CaseDetailView *detail = window->detailView();
        QTRY_COMPARE(detail->currentCase() ? detail->currentCase()->id : 0, id);
        QVERIFY(detail->toPlainText().contains(QStringLiteral("******* 321")));
        QVERIFY(!detail->toPlainText().contains(fullPhone));
        QVERIFY(detail->toHtml().contains(QStringLiteral("reveal:phone")));
        const qsizetype eventsBefore = store.caseById(id)->history.size();
        shot(window, "phone-masked");

        detail->followLink(QUrl(QStringLiteral("reveal:phone"))); // the link's click
        QTRY_VERIFY_WITH_TIMEOUT(detail->toPlainText().contains(fullPhone), 20000);
        QVERIFY(!detail->toHtml().contains(QStringLiteral("reveal:phone")));
        shot(window, "phone-revealed");
        // The reveal is in the case's history, as the server answered it.
        const Case after = *store.caseById(id);
        QCOMPARE(after.history.size(), eventsBefore + 1);
        QCOMPARE(after.history.last().action, QStringLiteral("reveal_contact"));
        QCOMPARE(after.history.last().actorId, window->account().id);
        QCOMPARE(after.reporterPhone, QStringLiteral("******* 321"));
        // Shown, yet in no byte of the cache file.
        QVERIFY(!cacheBytes(desk.profile).isEmpty());
        QVERIFY(!cacheBytes(desk.profile).contains(fullPhone.toUtf8()));
        QVERIFY(!cacheBytes(desk.profile).contains("0987654321"));
        // A view made afresh (the desk started again) has it masked until revealed again.
        CaseDetailView restarted;
        restarted.setCase(store.caseById(id));
        QVERIFY(!restarted.toPlainText().contains(fullPhone));
        QVERIFY(restarted.toHtml().contains(QStringLiteral("reveal:phone")));

        // Offline: the view says why, nothing is queued, and the number stays masked.
        const qint64 second = takeIn(desk.session, QStringLiteral("0912 111 222"));
        QVERIFY(second > 0);
        QTRY_VERIFY_WITH_TIMEOUT(store.caseById(second).has_value(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(window->caseTable()->selectCase(second), 20000);
        QTRY_COMPARE(detail->currentCase() ? detail->currentCase()->id : 0, second);
        m_server.stop();
        detail->followLink(QUrl(QStringLiteral("reveal:phone")));
        const QString offline =
            MainWindow::tr("Showing the phone number needs a connection to the server.");
        QTRY_VERIFY_WITH_TIMEOUT(detail->toPlainText().contains(offline), 30000);
        QCOMPARE(window->statusBar()->currentMessage(), offline);
        shot(window, "phone-offline");
        QVERIFY(detail->toPlainText().contains(QStringLiteral("******* 222")));
        QVERIFY(!detail->toPlainText().contains(QStringLiteral("0912 111 222")));
        QCOMPARE(Outbox(store.database()).count(), 0);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }
};

QTEST_MAIN(TestDeskPhone)
#include "tst_desk_phone.moc"
