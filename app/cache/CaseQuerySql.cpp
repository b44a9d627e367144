#include "cache/CaseQuerySql.h"

#include "cache/CaseColumns.h"
#include "domain/TextFolding.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

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
    case CaseColumn::Channel:
        return QStringLiteral("channel");
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

// The bounds the deadline queues compare with, computed here and bound:
// "now", and the end of today in Vietnam time (UTC+7, no daylight saving).
struct Clock
{
    qint64 now = 0;
    qint64 endOfToday = 0;
};
Clock clockOf(const CaseQuery &query)
{
    const QDateTime now = query.now.isValid() ? query.now : QDateTime::currentDateTimeUtc();
    const QTimeZone vietnam(7 * 3600);
    const QDate today = now.toTimeZone(vietnam).date();
    return {now.toMSecsSinceEpoch(),
            QDateTime(today.addDays(1), QTime(0, 0), vietnam).toMSecsSinceEpoch()};
}

struct Terms
{
    QStringList *where;
    QVariantList *values;
    // The terms that lead a queue (its index) and the ones only checked on
    // the rows that index delivers; both are index terms when counting or
    // when the small set is read whole.
    Use lead;
    Use rest;

    void add(const QString &term, const QVariantList &bound = {})
    {
        where->append(term);
        values->append(bound);
    }
};

void addQueueFilter(const CaseQuery &query, UserId me, Terms t, bool sortedByStatus)
{
    const Use lead = t.lead;
    const Use rest = t.rest;
    const auto status = [&](CaseStatus s, Use use) {
        t.add(column("status", use) + QStringLiteral(" = ?"), {statusRank(s)});
    };
    const auto openness = [&](bool open) {
        if (sortedByStatus) {
            if (const auto range = statusRange(open)) {
                t.add(QStringLiteral("status BETWEEN ? AND ?"), {range->first, range->second});
                return;
            }
        }
        t.add(column("is_open", lead) + (open ? QStringLiteral(" = 1") : QStringLiteral(" = 0")));
    };
    const auto mine = [&] {
        t.add(column("is_open", lead) + QStringLiteral(" = 1 AND ") + column("assignee_id", lead) +
                  QStringLiteral(" = ?"),
              {me > 0 ? me : -1}); // nobody when the user is unknown
    };
    const Clock clock = clockOf(query);
    switch (query.queue) {
    case Queue::AssignedToMe:
        mine();
        break;
    case Queue::DueTodayMine:
        mine();
        t.add(column("answer_deadline", rest) + QStringLiteral(" BETWEEN ? AND ?"),
              {clock.now, clock.endOfToday - 1});
        break;
    case Queue::OverdueMine:
        mine();
        t.add(column("answer_deadline", rest) + QStringLiteral(" < ?"), {clock.now});
        break;
    case Queue::MyDrafts:
        mine();
        status(CaseStatus::InProgress, rest);
        t.add(QStringLiteral("(") + column("has_draft", rest) + QStringLiteral(" = 1 OR ") +
              column("id", Use::Check) + QStringLiteral(" IN (SELECT case_id FROM local_drafts))"));
        break;
    case Queue::SentBack:
        mine();
        status(CaseStatus::InProgress, rest);
        t.add(column("last_step", rest) + QStringLiteral(" = 'send_back'"));
        break;
    case Queue::ToAssign:
        status(CaseStatus::InProgress, lead);
        t.add(column("assignee_id", rest) + QStringLiteral(" = 0"));
        break;
    case Queue::ExtensionRequests:
        t.add(column("extension_pending", lead) + QStringLiteral(" = 1"));
        t.add(column("is_open", rest) + QStringLiteral(" = 1"));
        break;
    case Queue::Returned:
        t.add(column("last_step", lead) + QStringLiteral(" = 'return'"));
        status(CaseStatus::New, rest);
        break;
    case Queue::PossibleDuplicates: // marked as cases are written: see DuplicateMarks
        t.add(column("possible_dup", lead) + QStringLiteral(" = 1"));
        break;
    case Queue::ToReview: // kept by CaseWriter (isToReview)
        t.add(column("to_review", lead) + QStringLiteral(" = 1"));
        break;
    case Queue::Overdue:
        openness(true);
        t.add(column("answer_deadline", rest) + QStringLiteral(" < ?"), {clock.now});
        break;
    case Queue::UnitOpen: // the cache only holds the user's scope
        openness(true);
        break;
    case Queue::AwaitingApproval:
        status(CaseStatus::AwaitingApproval, lead);
        break;
    case Queue::NewCases:
        status(CaseStatus::New, lead);
        break;
    case Queue::ToAccept:
        status(CaseStatus::PendingAcceptance, lead);
        break;
    case Queue::Answered:
        status(CaseStatus::Answered, lead);
        break;
    case Queue::Closed:
        openness(false);
        break;
    case Queue::All:
        break;
    }
}

// Vietnam days as UTC milliseconds: [from 00:00, the day after `to` 00:00).
std::pair<qint64, qint64> receivedBounds(const CaseFilter &f)
{
    const QTimeZone vietnam(7 * 3600);
    const qint64 low = f.receivedFrom.isValid()
                           ? QDateTime(f.receivedFrom, QTime(0, 0), vietnam).toMSecsSinceEpoch()
                           : std::numeric_limits<qint64>::min();
    const qint64 high =
        f.receivedTo.isValid()
            ? QDateTime(f.receivedTo.addDays(1), QTime(0, 0), vietnam).toMSecsSinceEpoch() - 1
            : std::numeric_limits<qint64>::max();
    return {low, high};
}

void addCaseFilter(const CaseFilter &f, Use use, Use receivedUse, Terms t)
{
    if (!f.field.isEmpty())
        t.add(column("field", use) + QStringLiteral(" = ?"), {f.field});
    if (f.unitId != 0)
        t.add(column("unit_id", use) + QStringLiteral(" = ?"), {f.unitId});
    if (f.status)
        t.add(column("status", use) + QStringLiteral(" = ?"), {statusRank(*f.status)});
    if (f.urgency)
        t.add(column("urgency", use) + QStringLiteral(" = ?"), {urgencyRank(*f.urgency)});
    if (f.channel)
        t.add(column("channel", use) + QStringLiteral(" = ?"),
              {int(allChannels().indexOf(*f.channel))});
    if (f.assigneeId != 0)
        t.add(column("assignee_id", use) + QStringLiteral(" = ?"),
              {f.assigneeId == CaseFilter::kUnassigned ? UserId(0) : f.assigneeId});
    if (f.receivedFrom.isValid() || f.receivedTo.isValid()) {
        const auto [low, high] = receivedBounds(f);
        t.add(column("received_at", receivedUse) + QStringLiteral(" BETWEEN ? AND ?"), {low, high});
    }
}

// The WHERE terms shared by the page and the count.
void addFilter(const CaseQuery &query, UserId me, QueryShape shape, bool forCount,
               QStringList *where, QVariantList *values)
{
    // The default order has an index per queue, led by the filter; a small
    // queue is cheaper to read whole and sort; otherwise the sort column's
    // index drives and the filter is only checked.
    const bool defaultOrder = query.sortColumn == CaseColumn::ReceivedAt;
    const bool wholeSet = forCount || shape.smallQueue;
    const Use lead = wholeSet || defaultOrder ? Use::Index : Use::Check;
    const Use rest = wholeSet ? Use::Index : Use::Check;
    addQueueFilter(query, me, {where, values, lead, rest},
                   !forCount && query.sortColumn == CaseColumn::Status);
    addCaseFilter(query.filter, rest, wholeSet || defaultOrder ? Use::Index : Use::Check,
                  {where, values, rest, rest});
    const QString match = ftsExpressionFor(query.search);
    if (match.isEmpty())
        return;
    if (shape.search != SearchSize::Common || forCount) {
        // A rare match is the cheapest place to start; a middling one is a set
        // each row met is checked against (by its id, from the index, no row
        // read); a count needs every match anyway.
        where->append(column("id", shape.search == SearchSize::Rare ? Use::Index : Use::Check) +
                      QStringLiteral(" IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)"));
        values->append(match);
        return;
    }
    // A common word: each row met in the sort order is checked on its folded
    // text, and a page is full after a few hundred rows. Collecting the matches
    // first took seconds at 1,000,000 cases ("duong" matches half of them).
    for (const WordCheck &word : wordChecksFor(query.search)) {
        // One term, not two ANDed: the planner counts each term as a filter
        // and would then rather sort a range than walk the sort column's index.
        where->append(QStringLiteral(
            "CASE WHEN instr(folded, ?) > 0 THEN (' ' || folded) GLOB ? ELSE 0 END"));
        values->append(word.token);
        values->append(word.glob);
    }
}

QString whereClause(const QStringList &where)
{
    return where.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
}

// The folded words of a search that contain a letter or a digit (a "word" of
// punctuation only would be an empty phrase, a syntax error).
QStringList searchWords(const QString &search)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList words = foldForSearch(search).split(space, Qt::SkipEmptyParts);
    words.removeIf([](const QString &word) {
        return std::none_of(word.cbegin(), word.cend(),
                            [](QChar c) { return c.isLetterOrNumber(); });
    });
    return words;
}

// Like the full-text tokenizer, a word is its runs of letters and digits:
// "18/5" is "18" then a word starting with "5", one separator apart.
QStringList tokensOf(const QString &word)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return word.split(separators, Qt::SkipEmptyParts);
}

QString ftsTermsFor(const QString &search, QLatin1String afterEach)
{
    QStringList terms;
    for (QString word : searchWords(search)) {
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms.append(QLatin1Char('"') + word + QLatin1Char('"') + afterEach);
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace

QString ftsExpressionFor(const QString &search)
{
    return ftsTermsFor(search, QLatin1String("*"));
}

QString ftsWholeWordsExpressionFor(const QString &search)
{
    return ftsTermsFor(search, QLatin1String(""));
}

bool hasOneCharacterWord(const QString &search)
{
    const QStringList words = searchWords(search);
    return std::any_of(words.cbegin(), words.cend(), [](const QString &word) {
        const QStringList tokens = tokensOf(word);
        return std::any_of(tokens.cbegin(), tokens.cend(),
                           [](const QString &token) { return token.size() == 1; });
    });
}

QList<WordCheck> wordChecksFor(const QString &search)
{
    QList<WordCheck> checks;
    for (const QString &word : searchWords(search)) {
        const QStringList tokens = tokensOf(word);
        const auto longest = std::max_element(
            tokens.cbegin(), tokens.cend(),
            [](const QString &a, const QString &b) { return a.size() < b.size(); });
        checks.append({*longest, QStringLiteral("*[^a-z0-9]") +
                                     tokens.join(QStringLiteral("[^a-z0-9]")) + u'*'});
    }
    std::stable_sort(checks.begin(), checks.end(), [](const WordCheck &a, const WordCheck &b) {
        return a.token.size() > b.token.size();
    });
    return checks;
}

namespace {

// A row value comparison with the (sort column, id) key: SQLite turns it into
// a range on the index (column, id).
void addKeyBound(const CaseQuery &query, const PageKey &key, QLatin1String op, QStringList *where,
                 QVariantList *values)
{
    if (query.sortColumn == CaseColumn::Id) {
        where->append(QStringLiteral("id ") + op + QStringLiteral(" ?"));
    } else {
        where->append(QStringLiteral("(") + sortColumn(query.sortColumn) +
                      QStringLiteral(", id) ") + op + QStringLiteral(" (?, ?)"));
        values->append(key.sortValue);
    }
    values->append(key.id);
}

// The page's statement; with `keysOnly` just the sort value and id (an index
// walk without reading the rows, where the index covers the filter); with
// `until`, only the rows up to that key (included).
BoundSql pageSql(const CaseQuery &query, const PageKey &after, int limit, UserId me,
                 QueryShape shape, bool keysOnly, const PageKey *until = nullptr)
{
    const QString sort = sortColumn(query.sortColumn);
    const bool ascending = query.order == Qt::AscendingOrder;
    BoundSql out;
    if (!keysOnly)
        out.values.append(me);
    QStringList where;
    addFilter(query, me, shape, false, &where, &out.values);
    if (after.id > 0)
        addKeyBound(query, after, QLatin1String(ascending ? ">" : "<"), &where, &out.values);
    if (until)
        addKeyBound(query, *until, QLatin1String(ascending ? "<=" : ">="), &where, &out.values);
    const QLatin1String direction(ascending ? " ASC" : " DESC");
    QString order = QStringLiteral(" ORDER BY ") + sort + direction;
    if (query.sortColumn != CaseColumn::Id)
        order += QStringLiteral(", id") + direction;
    // SQLite reads rowid order from the table itself, a row at a time; the
    // narrow index checks the filter without that (unless a small set drives).
    const bool idIndex =
        query.sortColumn == CaseColumn::Id && !shape.smallQueue && shape.search != SearchSize::Rare;
    // The unread mark: a newer version than this user opened, changed by somebody else.
    const QString columns =
        keysOnly
            ? QString(sort + QStringLiteral(", id"))
            : QString(QStringLiteral("id, title, status, field, urgency, unit_name, assignee_name,"
                                     " received_at, answer_deadline, pending, ") +
                      sort +
                      QStringLiteral(", channel, version, version > coalesce((SELECT s.version"
                                     " FROM case_seen AS s WHERE s.case_id = cases.id), 0) AND"
                                     " changed_by <> ?"));
    out.sql = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM cases") +
              (idIndex ? QStringLiteral(" INDEXED BY cases_by_id") : QString()) +
              whereClause(where) + order + QStringLiteral(" LIMIT ?");
    out.values.append(qMax(0, limit));
    return out;
}

} // namespace

BoundSql casePageSql(const CaseQuery &query, const PageKey &after, int limit, UserId me,
                     QueryShape shape)
{
    return pageSql(query, after, limit, me, shape, false);
}

BoundSql caseKeysSql(const CaseQuery &query, const PageKey &after, int limit, UserId me,
                     QueryShape shape)
{
    return pageSql(query, after, limit, me, shape, true);
}

BoundSql walkEndSql(const CaseQuery &query, const PageKey &after, int rows, UserId me)
{
    CaseQuery queue = query;
    queue.search.clear();
    BoundSql out = pageSql(queue, after, 1, me, {}, true);
    out.sql += QStringLiteral(" OFFSET ?");
    out.values.append(qMax(0, rows - 1));
    return out;
}

BoundSql casePageUntilSql(const CaseQuery &query, const PageKey &after, const PageKey &until,
                          int limit, UserId me)
{
    return pageSql(query, after, limit, me, {false, SearchSize::Common}, false, &until);
}

bool queueShapeIsKnown(const CaseQuery &query)
{
    return (query.queue == Queue::All || query.sortColumn == CaseColumn::ReceivedAt) &&
           query.filter.isEmpty();
}

BoundSql caseCountSql(const CaseQuery &query, UserId me, QueryShape shape)
{
    BoundSql out;
    const QString match = ftsExpressionFor(query.search);
    if (query.queue == Queue::All && query.filter.isEmpty() && !match.isEmpty()) {
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

BoundSql queueSizeSql(const CaseQuery &query, UserId me)
{
    BoundSql out;
    QStringList where;
    addQueueFilter(query, me, {&where, &out.values, Use::Index, Use::Index}, false);
    addCaseFilter(query.filter, Use::Index, Use::Index,
                  {&where, &out.values, Use::Index, Use::Index});
    out.sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM cases") + whereClause(where) +
              QStringLiteral(" LIMIT ?)");
    out.values.append(kSmallSet);
    return out;
}

BoundSql searchSizeSql(const QString &ftsExpression)
{
    return {QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM cases_fts WHERE cases_fts"
                           " MATCH ? LIMIT ?)"),
            {ftsExpression, kCommonSearch}};
}

} // namespace pakn
