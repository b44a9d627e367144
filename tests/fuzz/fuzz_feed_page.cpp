// A change feed page as the client stores it (FeedFetcher's and SyncEngine's
// path): the answer's bytes decoded by feedPageFromBytes (each case's JSON
// the bytes sent, FeedCaseBytes), applied to a real SQLite cache by
// CaseStore::applyFeedPage; every case it stored must read back from the cache. The cache file is
// made once per process and emptied between inputs. The first byte picks the writer: odd, the cache
// has finished its first sync (CaseWriter); even, it has not (FirstSyncWriter). A page that was
// stored must leave its cursor stored. Whenever simdjson alone reads a page
// (quickFeedPage, the sync's usual path), it must read what QJsonDocument reads.

#include "FuzzQuiet.h"
#include "cache/CacheDatabase.h"
#include "cache/CaseStore.h"
#include "cache/UnreadMarks.h"
#include "net/ApiPayloads.h"
#include "net/QuickFeedPage.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace pakn;

namespace {

CaseStore *store = nullptr;

[[noreturn]] void fail(const char *what, const QString &error)
{
    std::fprintf(stderr, "%s: %s\n", what, qUtf8Printable(error));
    std::abort();
}

bool sameChange(const FeedChange &a, const FeedChange &b)
{
    return a.seq == b.seq && a.removedId == b.removedId && a.item == b.item &&
           (!a.item ||
            QJsonDocument::fromJson(a.asSent).toJson(QJsonDocument::Compact) == b.asSent);
}

void checkQuickReading(const QByteArray &bytes)
{
    const auto quick = quickFeedPage(bytes);
    if (!quick)
        return;
    QString error;
    const auto byQt = feedPageFromAnswer(QJsonDocument::fromJson(bytes).object(), &error);
    if (!byQt)
        fail("simdjson read a page that QJsonDocument refuses", error);
    if (quick->cursor != byQt->cursor || quick->more != byQt->more ||
        !std::equal(quick->changes.cbegin(), quick->changes.cend(), byQt->changes.cbegin(),
                    byQt->changes.cend(), &sameChange))
        fail("simdjson read a page otherwise than QJsonDocument", QString::fromUtf8(bytes));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    quietLogs();
    static QCoreApplication app(*argc, *argv);
    static QTemporaryDir dir;
    QString error;
    static auto cache = CacheDatabase::open(dir.filePath(QStringLiteral("cache.sqlite")),
                                            QStringLiteral("fuzz"), &error);
    if (!cache)
        fail("cannot open the cache", error);
    static CaseStore caseStore(cache->db());
    store = &caseStore;
    Account me;
    me.id = 1;
    me.login = QStringLiteral("coordinator");
    me.role = Role::Coordinator;
    me.unitId = 1;
    if (!store->setMe(me, &error))
        fail("cannot store the user", error);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    checkQuickReading(bytes);
    QString error;
    const auto page = feedPageFromBytes(bytes, &error);
    if (!page)
        return 0;
    if (!store->clearCases(&error))
        fail("cannot empty the cache", error);
    if ((data[0] & 1) && !UnreadMarks(store->database()).setFirstSyncDone(true, &error))
        fail("cannot mark the first sync", error);
    if (!store->applyFeedPage(*page, &error))
        return 0;
    if (store->cursor() != page->cursor)
        fail("a stored page left another cursor", QString::number(store->cursor()));
    QHash<CaseId, bool> last; // the page's last word on each case: stored or removed
    for (const FeedChange &change : page->changes)
        last.insert(change.item ? change.item->id : change.removedId, change.item.has_value());
    for (auto it = last.cbegin(); it != last.cend(); ++it)
        if (it.value() && it.key() > 0 && !store->caseById(it.key()))
            fail("a stored case does not read back", QString::number(it.key()));
    return 0;
}
