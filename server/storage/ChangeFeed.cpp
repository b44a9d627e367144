#include "storage/ChangeFeed.h"

#include <QSet>
#include <QSqlError>
#include <algorithm>

namespace pakn::server {

ChangeFeed::ChangeFeed(QSqlDatabase db, CaseRepository &cases)
    : Repository(db), m_cases(cases), m_probe(db)
{}

std::optional<qint64> ChangeFeed::take(qint64 count)
{
    // One statement on both databases: the UPDATE takes the row's lock (SQLite:
    // the write lock) and keeps it to the end of the writer's transaction, and
    // RETURNING reads the value this writer set, not one a later writer set.
    const auto last = oneRowNumber(
        QStringLiteral(
            "UPDATE feed_sequence SET last_seq = last_seq + ? WHERE id = 1 RETURNING last_seq"),
        {count}, QStringLiteral("feed_sequence"));
    if (!last)
        return std::nullopt;
    if (m_taken)
        m_taken();
    return *last - count + 1;
}

bool ChangeFeed::lockSequence()
{
    return oneRowNumber(QStringLiteral("UPDATE feed_sequence SET last_seq = last_seq WHERE id = 1 "
                                       "RETURNING last_seq"),
                        {}, QStringLiteral("feed_sequence"))
        .has_value();
}

bool ChangeFeed::recordRemoval(qint64 seq, CaseId id, UnitId oldUnit)
{
    clearError();
    QSqlQuery *q = statement(
        QStringLiteral("INSERT INTO feed_removals (seq, case_id, old_unit_id) VALUES (?, ?, ?)"));
    if (!q)
        return false;
    q->bindValue(0, seq);
    q->bindValue(1, id);
    q->bindValue(2, oldUnit);
    return exec(*q);
}

bool ChangeFeed::changedCases(const AccessScope &scope, qint64 after, int limit,
                              QList<FeedEntry> &out)
{
    // Ready bytes only when written for the row's seq; NULL (stale) otherwise.
    QString sql = QStringLiteral("SELECT c.seq, c.id, CASE WHEN c.feed_json_seq = c.seq THEN "
                                 "c.feed_json END FROM cases c WHERE c.seq > ?");
    if (!scope.isEverything())
        sql += QStringLiteral(" AND c.unit_id IN (") + placeholders(scope.units().size()) +
               QLatin1Char(')');
    sql += QStringLiteral(" ORDER BY c.seq LIMIT ?");
    QSqlQuery *q = statement(sql);
    if (!q)
        return false;
    int i = 0;
    q->bindValue(i++, after);
    if (!scope.isEverything())
        for (UnitId u : scope.units())
            q->bindValue(i++, u);
    q->bindValue(i, limit);
    if (!exec(*q))
        return false;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toByteArray()});
    q->finish();
    return true;
}

bool ChangeFeed::removals(const AccessScope &scope, qint64 after, int limit, QList<FeedEntry> &out)
{
    if (scope.isEverything())
        return true; // nothing ever leaves an unlimited scope
    const QString in = placeholders(scope.units().size());
    // A tombstone only matters while the case is still outside the scope: if it
    // came back, the case row itself (with a later seq) is in the page.
    QSqlQuery *q = statement(
        QStringLiteral(
            "SELECT r.seq, r.case_id FROM feed_removals r JOIN cases c ON c.id = r.case_id "
            "WHERE r.seq > ? AND r.old_unit_id IN (%1) AND c.unit_id NOT IN (%1) "
            "ORDER BY r.seq LIMIT ?")
            .arg(in));
    if (!q)
        return false;
    int i = 0;
    q->bindValue(i++, after);
    for (int pass = 0; pass < 2; ++pass)
        for (UnitId u : scope.units())
            q->bindValue(i++, u);
    q->bindValue(i, limit);
    if (!exec(*q))
        return false;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toLongLong(), {}, true});
    q->finish();
    return true;
}

std::optional<FeedPage> ChangeFeed::page(const AccessScope &scope, qint64 after, int limit)
{
    clearError();
    FeedPage page;
    page.cursor = after;
    if (!scope.isEverything() && scope.units().isEmpty())
        return page;
    // The two reads below each see what was committed when they began (at READ
    // COMMITTED, another instance commits in between): a tombstone committed
    // after the cases were read must not carry the cursor past a change the
    // first read missed. Every seq up to the newest committed before both is
    // visible to both (writers hold the counter until they commit), so the
    // page stops there; later ones come next time.
    const auto newest = m_probe.newestSeq();
    if (!newest) {
        setError(m_probe.lastError());
        return std::nullopt;
    }
    // One row more than the page from each source tells whether more follow.
    QList<FeedEntry> entries;
    if (!changedCases(scope, after, limit + 1, entries) ||
        !removals(scope, after, limit + 1, entries))
        return std::nullopt;
    std::sort(entries.begin(), entries.end(),
              [](const FeedEntry &a, const FeedEntry &b) { return a.seq < b.seq; });
    const auto beyond = std::partition_point(entries.begin(), entries.end(),
                                             [&](const FeedEntry &e) { return e.seq <= *newest; });
    const qsizetype kept = qMin<qsizetype>(limit, beyond - entries.begin());
    page.more = entries.size() > kept; // past the page, or committed since the reads began
    entries.resize(kept);
    if (!entries.isEmpty())
        page.cursor = entries.constLast().seq;

    // A case that left twice within the page needs one tombstone: the last.
    QSet<CaseId> tombstoned;
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        if (!it->removed)
            continue;
        if (tombstoned.contains(it->caseId))
            it->seq = -1;
        else
            tombstoned.insert(it->caseId);
    }
    entries.removeIf([](const FeedEntry &e) { return e.seq < 0; });
    if (!fillStaleJson(entries))
        return std::nullopt;
    page.entries = std::move(entries);
    return page;
}

// The cases whose stored JSON is stale, built from their rows with one query each.
bool ChangeFeed::fillStaleJson(QList<FeedEntry> &entries)
{
    QList<CaseId> stale;
    for (const FeedEntry &e : std::as_const(entries))
        if (!e.removed && e.caseJson.isEmpty())
            stale.append(e.caseId);
    if (stale.isEmpty())
        return true;
    auto built = m_cases.feedJson().build(stale);
    if (!built) {
        setError(m_cases.feedJson().lastError());
        return false;
    }
    for (FeedEntry &e : entries)
        if (!e.removed && e.caseJson.isEmpty())
            e.caseJson = built->take(e.caseId);
    return true;
}

} // namespace pakn::server
