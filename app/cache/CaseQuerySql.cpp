#include "cache/CaseQuerySql.h"

#include "cache/CaseColumns.h"
#include "domain/TextFolding.h"

#include <QRegularExpression>

namespace pakn {

namespace {

QString sortColumn(CaseColumn c)
{
    switch (c) {
    case CaseColumn::Id:
        return QStringLiteral("id");
    case CaseColumn::Title:
        return QStringLiteral("title_key");
    case CaseColumn::Status:
        return QStringLiteral("status");
    case CaseColumn::Field:
        return QStringLiteral("field");
    case CaseColumn::Urgency:
        return QStringLiteral("urgency");
    case CaseColumn::Unit:
        return QStringLiteral("unit_key");
    case CaseColumn::Assignee:
        return QStringLiteral("assignee_key");
    case CaseColumn::ReceivedAt:
        break;
    case CaseColumn::AnswerDeadline:
        return QStringLiteral("answer_deadline");
    }
    return QStringLiteral("received_at");
}

// How a filter term is written: usable by an index, or (with SQLite's unary
// "+") only checked on the rows another index delivers.
enum class Use
{
    Index,
    Check
};

QString column(const char *name, Use use)
{
    return (use == Use::Check ? QStringLiteral("+") : QString()) + QLatin1String(name);
}

// The open (or closed) statuses as a rank range, when they are contiguous in
// the declaration order, so that sorting by status and filtering by openness
// walk the same index.
std::optional<std::pair<int, int>> statusRange(bool open)
{
    int low = INT_MAX;
    int high = -1;
    int n = 0;
    for (CaseStatus s : allStatuses())
        if (isOpen(s) == open) {
            low = qMin(low, statusRank(s));
            high = qMax(high, statusRank(s));
            ++n;
        }
    if (n == 0 || high - low + 1 != n)
        return std::nullopt;
    return std::pair{low, high};
}

void addQueueFilter(Queue queue, UserId me, Use use, bool sortedByStatus, QStringList *where,
                    QVariantList *values)
{
    const auto status = [&](CaseStatus s) {
        where->append(column("status", use) + QStringLiteral(" = ?"));
        values->append(statusRank(s));
    };
    const auto openness = [&](bool open) {
        if (sortedByStatus) {
            if (const auto range = statusRange(open)) {
                where->append(QStringLiteral("status BETWEEN ? AND ?"));
                values->append(range->first);
                values->append(range->second);
                return;
            }
        }
        where->append(column("is_open", use) +
                      (open ? QStringLiteral(" = 1") : QStringLiteral(" = 0")));
    };
    switch (queue) {
    case Queue::AssignedToMe:
        where->append(column("is_open", use) + QStringLiteral(" = 1 AND ") +
                      column("assignee_id", use) + QStringLiteral(" = ?"));
        values->append(me > 0 ? me : -1); // nobody when the user is unknown
        break;
    case Queue::UnitOpen: // the cache only holds the user's scope
        openness(true);
        break;
    case Queue::AwaitingApproval:
        status(CaseStatus::AwaitingApproval);
        break;
    case Queue::NewCases:
        status(CaseStatus::New);
        break;
    case Queue::ToAccept:
        status(CaseStatus::PendingAcceptance);
        break;
    case Queue::Closed:
        openness(false);
        break;
    case Queue::All:
        break;
    }
}

// The WHERE terms shared by the page and the count.
void addFilter(const CaseQuery &query, UserId me, QueryShape shape, bool forCount,
               QStringList *where, QVariantList *values)
{
    // The default order has an index per queue, led by the filter; a small
    // queue is cheaper to read whole and sort; otherwise the sort column's
    // index drives and the filter is only checked.
    const bool filterDrives =
        forCount || shape.smallQueue || query.sortColumn == CaseColumn::ReceivedAt;
    addQueueFilter(query.queue, me, filterDrives ? Use::Index : Use::Check,
                   !forCount && query.sortColumn == CaseColumn::Status, where, values);
    if (const QString match = ftsExpressionFor(query.search); !match.isEmpty()) {
        // A rare match is the cheapest place to start; a common one is only a
        // membership check (the matching ids are collected once per statement).
        where->append(column("id", shape.rareSearch ? Use::Index : Use::Check) +
                      QStringLiteral(" IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)"));
        values->append(match);
    }
}

QString whereClause(const QStringList &where)
{
    return where.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
}

} // namespace

QString ftsExpressionFor(const QString &search)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList terms;
    for (QString word : foldForSearch(search).split(space, Qt::SkipEmptyParts)) {
        // A "word" of punctuation only would be an empty phrase, a syntax error.
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms.append(QLatin1Char('"') + word + QLatin1String("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

BoundSql casePageSql(const CaseQuery &query, const PageKey &after, int limit, UserId me,
                     QueryShape shape)
{
    const QString sort = sortColumn(query.sortColumn);
    const bool ascending = query.order == Qt::AscendingOrder;
    BoundSql out;
    QStringList where;
    addFilter(query, me, shape, false, &where, &out.values);
    if (after.id > 0) {
        const QLatin1String op(ascending ? ">" : "<");
        if (query.sortColumn == CaseColumn::Id) {
            where.append(QStringLiteral("id ") + op + QStringLiteral(" ?"));
        } else {
            // A row value comparison: SQLite turns it into a range on the index (column, id).
            where.append(QStringLiteral("(") + sort + QStringLiteral(", id) ") + op +
                         QStringLiteral(" (?, ?)"));
            out.values.append(after.sortValue);
        }
        out.values.append(after.id);
    }
    const QLatin1String direction(ascending ? " ASC" : " DESC");
    QString order = QStringLiteral(" ORDER BY ") + sort + direction;
    if (query.sortColumn != CaseColumn::Id)
        order += QStringLiteral(", id") + direction;
    // SQLite reads rowid order from the table itself, a row at a time; the
    // narrow index checks the filter without that (unless a small set drives).
    const bool idIndex =
        query.sortColumn == CaseColumn::Id && !shape.smallQueue && !shape.rareSearch;
    out.sql = QStringLiteral("SELECT id, title, status, field, urgency, unit_name, assignee_name,"
                             " received_at, answer_deadline, pending, ") +
              sort + QStringLiteral(" FROM cases") +
              (idIndex ? QStringLiteral(" INDEXED BY cases_by_id") : QString()) +
              whereClause(where) + order + QStringLiteral(" LIMIT ?");
    out.values.append(qMax(0, limit));
    return out;
}

BoundSql caseCountSql(const CaseQuery &query, UserId me, QueryShape shape)
{
    BoundSql out;
    const QString match = ftsExpressionFor(query.search);
    if (query.queue == Queue::All && !match.isEmpty()) {
        // Every indexed row is a cached case: the index alone can count.
        out.sql = QStringLiteral("SELECT count(*) FROM cases_fts WHERE cases_fts MATCH ?");
        out.values.append(match);
        return out;
    }
    QStringList where;
    addFilter(query, me, shape, true, &where, &out.values);
    out.sql = QStringLiteral("SELECT count(*) FROM cases") + whereClause(where);
    return out;
}

BoundSql queueSizeSql(Queue queue, UserId me)
{
    BoundSql out;
    QStringList where;
    addQueueFilter(queue, me, Use::Index, false, &where, &out.values);
    out.sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM cases") + whereClause(where) +
              QStringLiteral(" LIMIT ?)");
    out.values.append(kSmallSet);
    return out;
}

BoundSql searchSizeSql(const QString &ftsExpression)
{
    return {QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM cases_fts WHERE cases_fts"
                           " MATCH ? LIMIT ?)"),
            {ftsExpression, kSmallSet}};
}

} // namespace pakn
