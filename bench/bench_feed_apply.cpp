// Time to apply one feed page of 500 CHANGED cases in a filled client cache.
// Syncs N demo cases from a real server (coordinator: the whole city), then
// repeatedly builds a page of 500 random cached cases as the server would send
// them after a change, and applies it through the sync engine's own path:
// QJsonDocument::fromJson + feedPageFromAnswer (decode), CaseStore::applyFeedPage
// (store, one transaction). Two kinds of change: a note (new version and
// history event; the search text stays) and a transfer (another unit, so the
// search index entry is rewritten too).
// Usage: bench_feed_apply [N] [REPEATS] [PROFILE_DIR] (default 100000 cases, 30
// pages per kind). A PROFILE_DIR with a filled cache (bench_client N DIR keeps
// one) is used as it is and changed; otherwise N demo cases are synced first,
// from a pakn-server at PAKN_SERVER_BIN. Prints a Markdown table.

#include "BenchSupport.h"
#include "ServerProcess.h"
#include "cache/CacheDatabase.h"
#include "cache/CaseStore.h"
#include "domain/JsonCodec.h"
#include "net/ApiPayloads.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using namespace pakn;
using namespace pakn::bench;

namespace {

constexpr int kPageSize = 500; // SyncEngine's feed page size

// This thread's CPU time: steadier than wall time when other work shares the machine.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

enum class Change
{
    Note,
    Transfer
};

QList<CaseId> cachedIds(const CaseStore &store)
{
    CaseQuery all;
    all.queue = Queue::All;
    QList<CaseId> ids;
    PageKey key;
    for (;;) {
        const QList<CaseRow> rows = store.page(all, key, 1000);
        if (rows.isEmpty())
            return ids;
        for (const CaseRow &r : rows)
            ids.append(r.id);
        key = {rows.last().sortValue, rows.last().id};
    }
}

// The case as the server sends it after one more change.
Case changed(Case c, Change kind, const QList<Unit> &wards, QRandomGenerator &random,
             qint64 eventId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CaseEvent e{eventId,
                now,
                1,
                QStringLiteral("Nguyễn Thu Hương"),
                QStringLiteral("note"),
                QStringLiteral("Đã liên hệ người phản ánh, hẹn kiểm tra hiện trường sáng mai."),
                QStringLiteral("pakn-desk 0.1.0")};
    if (kind == Change::Transfer) {
        Unit to = wards.at(random.bounded(int(wards.size())));
        if (to.id == c.unitId)
            to = wards.at((wards.indexOf(to) + 1) % wards.size());
        e.action = QStringLiteral("transfer");
        e.detail = QStringLiteral("Chuyển %1: đúng địa bàn phụ trách").arg(to.name);
        c.unitId = to.id;
        c.unitName = to.name;
        c.assigneeId = 0;
        c.assigneeName.clear();
        c.status = CaseStatus::PendingAcceptance;
    }
    c.version += 1;
    c.updatedAt = now;
    c.history.append(e);
    return c;
}

// One page's JSON body, exactly the shape GET /api/v1/feed answers.
QByteArray feedPageBody(const CaseStore &store, const QList<CaseId> &ids, Change kind,
                        const QList<Unit> &wards, QRandomGenerator &random, qint64 *seq)
{
    QSet<CaseId> picked;
    while (picked.size() < kPageSize && picked.size() < ids.size())
        picked.insert(ids.at(random.bounded(int(ids.size()))));
    QJsonArray changes;
    for (const CaseId id : picked) {
        const std::optional<Case> c = store.caseById(id);
        if (!c)
            continue;
        ++*seq;
        changes.append(QJsonObject{
            {QStringLiteral("seq"), *seq},
            {QStringLiteral("case"), toJson(changed(*c, kind, wards, random, *seq * 10))}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes},
                                     {QStringLiteral("cursor"), *seq},
                                     {QStringLiteral("more"), false}})
        .toJson(QJsonDocument::Compact);
}

bool measure(CaseStore &store, const QList<CaseId> &ids, Change kind, int repeats,
             const QList<Unit> &wards, qint64 *seq)
{
    QRandomGenerator random(kind == Change::Note ? 1 : 2);
    QList<double> decodeMs, storeMs, totalMs, storeCpuMs;
    qint64 bytes = 0;
    for (int r = 0; r < repeats; ++r) {
        const QByteArray body = feedPageBody(store, ids, kind, wards, random, seq);
        bytes += body.size();
        QElapsedTimer t;
        t.start();
        QString error;
        const auto page = feedPageFromAnswer(QJsonDocument::fromJson(body).object(), &error);
        const qint64 decoded = t.nsecsElapsed();
        const double cpuBefore = cpuMs();
        if (!page || !store.applyFeedPage(*page, &error)) {
            std::fprintf(stderr, "page %d: %s\n", r, qPrintable(error));
            return false;
        }
        const qint64 stored = t.nsecsElapsed();
        storeCpuMs.append(cpuMs() - cpuBefore);
        const Case &first = *page->changes.first().item; // the page was stored, not just timed
        if (store.caseById(first.id) != first) {
            std::fprintf(stderr, "page %d: case %lld was not stored as sent\n", r, first.id);
            return false;
        }
        decodeMs.append(decoded / 1e6);
        storeMs.append((stored - decoded) / 1e6);
        totalMs.append(stored / 1e6);
    }
    const bool note = kind == Change::Note;
    row(note ? "note pages: size of one page's JSON" : "transfer pages: size of one page's JSON",
        QStringLiteral("%1 KiB").arg(bytes / repeats / 1024));
    row(note ? "note pages: decode (p50 / p95)" : "transfer pages: decode (p50 / p95)",
        medianAndP95(decodeMs));
    row(note ? "note pages: store (p50 / p95)" : "transfer pages: store (p50 / p95)",
        medianAndP95(storeMs));
    row(note ? "note pages: store, CPU time of the thread (p50 / p95)"
             : "transfer pages: store, CPU time of the thread (p50 / p95)",
        medianAndP95(storeCpuMs));
    row(note ? "note pages: decode + store (p50 / p95)"
             : "transfer pages: decode + store (p50 / p95)",
        medianAndP95(totalMs));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int cases = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int repeats = argc > 2 ? QByteArray(argv[2]).toInt() : 30;
    std::printf("| figure (%d pages of %d per kind) | value |\n|---|---|\n", repeats, kPageSize);

    // A profile whose cache is already filled (bench_client keeps one) is used
    // as it is, without a server: the pages change its cases in place.
    QTemporaryDir dir;
    ClientProfile profile(argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.path());
    QString error;
    if (!QFile::exists(profile.cachePath())) {
        ServerProcess server(cases);
        if (!server.start(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QElapsedTimer clock;
        clock.start();
        if (!logIn(profile, server, QStringLiteral("coordinator")) || !syncOnce(profile))
            return 1;
        row("initial sync (fills the cache)",
            QStringLiteral("%1 s").arg(clock.elapsed() / 1000.0, 0, 'f', 1));
    }

    auto db = CacheDatabase::open(profile.cachePath(), QStringLiteral("bench"), &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    CaseStore store(db->db());
    const QList<CaseId> ids = cachedIds(store);
    row("cases in cache", QString::number(ids.size()));
    QList<Unit> wards;
    for (const Unit &u : store.units())
        if (u.kind == QLatin1String("ward") || u.kind == QLatin1String("commune"))
            wards.append(u);
    if (ids.isEmpty() || wards.size() < 2) {
        std::fprintf(stderr, "the cache holds no cases or too few units\n");
        return 1;
    }
    qint64 seq = store.cursor();
    return measure(store, ids, Change::Note, repeats, wards, &seq) &&
                   measure(store, ids, Change::Transfer, repeats, wards, &seq)
               ? 0
               : 1;
}
