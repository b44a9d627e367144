// The status bar's sync state in the words users read: syncing with the
// progress of a long first sync, offline, synced, and actions waiting.

#include "SyncStatusWidget.h"
#include "UiLanguage.h"

#include <QTest>

using namespace pakn;

class TestSyncStatusWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statesInVietnamese()
    {
        UiLanguage language;
        QVERIFY(language.use(QStringLiteral("vi")));
        SyncStatusWidget status;
        QCOMPARE(status.stateText(), QStringLiteral("Chưa đồng bộ"));

        status.setState(SyncState::Syncing, {});
        QCOMPARE(status.stateText(), QStringLiteral("Đang đồng bộ…"));
        status.setFeedProgress(1500);
        QCOMPARE(status.stateText(), QStringLiteral("Đang đồng bộ… đã nhận 1500 phản ánh"));

        status.setState(SyncState::Offline, QStringLiteral("connection refused"));
        QVERIFY(status.stateText().startsWith(QStringLiteral("Ngoại tuyến")));
        status.setPendingCount(2);
        QCOMPARE(status.pendingText(), QStringLiteral("2 thao tác chờ gửi"));

        // A new round starts without the last round's progress.
        status.setState(SyncState::Syncing, {});
        QCOMPARE(status.stateText(), QStringLiteral("Đang đồng bộ…"));
        const QDateTime at(QDate(2026, 11, 29), QTime(3, 5), Qt::UTC);
        status.setState(SyncState::Idle, {});
        status.setRoundFinished(10, 2, at);
        QCOMPARE(status.stateText(), QStringLiteral("Đã đồng bộ lúc 10:05"));
        status.setPendingCount(0);
        QVERIFY(status.pendingText().isEmpty());
    }
};

QTEST_MAIN(TestSyncStatusWidget)
#include "tst_syncstatuswidget.moc"
