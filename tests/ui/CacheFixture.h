#pragma once

// A real cache file in a temporary directory, filled through the same path
// sync uses (CaseStore::applyFeedPage) with generated cases.

#include "cache/CacheDatabase.h"
#include "cache/CaseStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace pakn::testing {

inline const QDateTime referenceTime = QDateTime(QDate(2026, 11, 27), QTime(2, 0), Qt::UTC);

inline Account officer()
{
    return {9, QStringLiteral("officer"), QStringLiteral("Lê Thị Lan"), Role::Officer, 5};
}

// Case i: every 10th title mentions "Đường Láng"; every 3rd is assigned to the
// officer; statuses cycle (pending acceptance, in progress, awaiting approval,
// closed); the answer deadline of odd ids has passed.
inline Case generatedCase(int i)
{
    static const QList<CaseStatus> statuses = {CaseStatus::PendingAcceptance,
                                               CaseStatus::InProgress, CaseStatus::AwaitingApproval,
                                               CaseStatus::Closed};
    Case c;
    c.id = i;
    c.version = 1;
    c.title = i % 10 == 0 ? QStringLiteral("Ổ gà sâu trên Đường Láng số %1").arg(i)
                          : QStringLiteral("Rác thải ùn ứ ngõ %1 phố Kim Mã").arg(i);
    c.description = QStringLiteral("Người dân phản ánh tình trạng kéo dài nhiều ngày.");
    c.reporterName = QStringLiteral("Nguyễn Văn An");
    c.channel = Channel::Zalo;
    c.receivedAt = referenceTime.addSecs(-3600LL * i);
    c.field = i % 2 ? QStringLiteral("roads") : QStringLiteral("environment");
    c.address = QStringLiteral("Phường Kim Mã, Quận Ba Đình");
    c.unitId = 5;
    c.unitName = QStringLiteral("Phường Kim Mã");
    c.status = statuses.at(i % statuses.size());
    if (i % 3 == 0) {
        c.assigneeId = officer().id;
        c.assigneeName = officer().displayName;
    }
    c.answerDeadline = referenceTime.addSecs(i % 2 ? -86400 : 86400);
    c.updatedAt = c.receivedAt;
    return c;
}

class CacheFixture
{
public:
    explicit CacheFixture(int cases)
    {
        QString error;
        auto db = CacheDatabase::open(m_dir.filePath(QStringLiteral("cache.sqlite")),
                                      QStringLiteral("fixture"), &error);
        if (!db)
            qFatal("cannot open the cache: %s", qPrintable(error));
        m_db = std::make_unique<CacheDatabase>(std::move(*db));
        store = std::make_unique<CaseStore>(m_db->db());
        store->setMe(officer());
        // An empty first sync: the cases below arrive after it, as news (unread).
        if (!store->applyFeedPage(FeedPage{}, &error))
            qFatal("cannot start the cache: %s", qPrintable(error));
        FeedPage page;
        for (int i = 1; i <= cases; ++i)
            page.changes.append({i, generatedCase(i), 0});
        page.cursor = cases;
        if (!store->applyFeedPage(page, &error))
            qFatal("cannot fill the cache: %s", qPrintable(error));
    }
    ~CacheFixture() { store.reset(); }

    QString directory() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_db;

public:
    std::unique_ptr<CaseStore> store;
};

} // namespace pakn::testing
