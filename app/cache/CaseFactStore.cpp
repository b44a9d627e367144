#include "cache/CaseFactStore.h"

#include "cache/CaseColumns.h"
#include "cache/SqliteHandle.h"
#include "domain/FactGroups.h"

#include <QSqlError>
#include <algorithm>
#include <vector>

namespace pakn {

namespace {

constexpr QLatin1StringView kColumns("at, case_id, kind, unit_id, other_unit_id, officer_id,"
                                     " field, due, started_at, rating, grouped");

// Kinds and ratings are stored as their declaration order (small integers).
int kindRank(FactKind k)
{
    return int(k);
}
int ratingRank(Rating r)
{
    return int(allRatings().indexOf(r));
}

// The officer's facts are few: their own index. A unit subtree's are read
// in time order with the rest and filtered here before they are built — a
// district's facts through the unit index would cost a table lookup each.
QString scopeSql(const FactSelection &s)
{
    return s.officerId != 0 ? QStringLiteral(" AND officer_id = ?") : QString();
}

QList<qint64> scopeValues(const FactSelection &s)
{
    return s.officerId != 0 ? QList<qint64>{s.officerId} : QList<qint64>{};
}

// A fact as its row stores it (without its case and place in the history):
// what a replace compares to tell which days' groups it changes.
struct StoredFact
{
    qint64 at = 0;
    int kind = 0;
    qint64 unit = 0;
    qint64 other = 0;
    qint64 officer = 0;
    QString field;
    qint64 due = 0;
    qint64 started = 0;
    int rating = -1; // -1: none
    bool grouped = false;

    auto key() const
    {
        return std::tie(at, kind, unit, other, officer, field, due, started, rating, grouped);
    }
    bool operator<(const StoredFact &o) const { return key() < o.key(); }
    bool operator==(const StoredFact &o) const { return key() == o.key(); }
};

StoredFact storedFact(const CaseFact &f, bool grouped)
{
    return {storedTime(f.at),
            kindRank(f.kind),
            f.unitId,
            f.otherUnitId,
            f.officerId,
            nonNull(f.field),
            storedTime(f.due),
            storedTime(f.startedAt),
            f.rating ? ratingRank(*f.rating) : -1,
            grouped};
}

// The values of a case_facts row, in caseFactColumns()' order.
QVariantList rowValues(CaseId caseId, int seq, const StoredFact &f)
{
    return {seq,
            f.at,
            caseId,
            f.kind,
            f.unit,
            f.other,
            f.officer,
            f.field,
            f.due,
            f.started,
            f.rating >= 0 ? QVariant(f.rating) : QVariant(QMetaType::fromType<int>()),
            int(f.grouped)};
}

} // namespace

QString caseFactColumns()
{
    return QStringLiteral("seq, ") + kColumns;
}

QList<QVariantList> caseFactRows(CaseId caseId, const QList<CaseFact> &facts)
{
    const QList<bool> grouped = countsInGroups(facts);
    QList<QVariantList> rows;
    rows.reserve(facts.size());
    for (qsizetype i = 0; i < facts.size(); ++i)
        rows.append(rowValues(caseId, int(i), storedFact(facts.at(i), grouped.at(i))));
    return rows;
}

CaseFactStore::CaseFactStore(const QSqlDatabase &db)
    : m_db(db), m_insert(db), m_delete(db), m_select(db), m_stale(db)
{}

bool CaseFactStore::prepare(QString *error)
{
    if (m_prepared)
        return true;
    if (!m_insert.prepare(QStringLiteral("INSERT INTO case_facts (") + caseFactColumns() +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        *error = m_insert.lastError().text();
        return false;
    }
    m_select.setForwardOnly(true);
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_delete, QStringLiteral("DELETE FROM case_facts WHERE case_id = ?")},
        {&m_select, QStringLiteral("SELECT ") + kColumns +
                        QStringLiteral(" FROM case_facts WHERE case_id = ?")},
        {&m_stale, QStringLiteral("INSERT OR IGNORE INTO fact_days_stale (day) VALUES (?)")},
    };
    for (const auto &[query, sql] : statements) {
        if (!query->prepare(sql)) {
            *error = query->lastError().text();
            return false;
        }
    }
    m_prepared = true;
    return true;
}

bool CaseFactStore::remove(CaseId caseId, QString *error)
{
    return replace(caseId, {}, error);
}

bool CaseFactStore::replace(CaseId caseId, const QList<CaseFact> &facts, QString *error)
{
    if (!prepare(error))
        return false;
    m_select.addBindValue(caseId);
    if (!m_select.exec()) {
        *error = m_select.lastError().text();
        return false;
    }
    std::vector<StoredFact> before;
    while (m_select.next()) {
        const auto value = [this](int column) { return m_select.value(column).toLongLong(); };
        before.push_back({value(0), int(value(2)), value(3), value(4), value(5),
                          m_select.value(6).toString(), value(7), value(8),
                          m_select.value(9).isNull() ? -1 : int(value(9)), value(10) != 0});
    }
    m_select.finish();
    const QList<bool> grouped = countsInGroups(facts);
    std::vector<StoredFact> after;
    for (qsizetype i = 0; i < facts.size(); ++i)
        after.push_back(storedFact(facts.at(i), grouped.at(i)));
    std::sort(before.begin(), before.end());
    std::vector<StoredFact> sorted = after;
    std::sort(sorted.begin(), sorted.end());
    if (before == sorted)
        return true; // the same facts: nothing to write, no day's groups change
    std::vector<StoredFact> changed;
    std::set_symmetric_difference(before.begin(), before.end(), sorted.begin(), sorted.end(),
                                  std::back_inserter(changed));
    m_delete.addBindValue(caseId);
    if (!m_delete.exec()) {
        *error = m_delete.lastError().text();
        return false;
    }
    for (qsizetype i = 0; i < qsizetype(after.size()); ++i) {
        for (const QVariant &v : rowValues(caseId, int(i), after.at(std::size_t(i))))
            m_insert.addBindValue(v);
        if (!m_insert.exec()) {
            *error = m_insert.lastError().text();
            return false;
        }
    }
    QSet<qint64> staleDays;
    for (const StoredFact &f : changed)
        if (f.grouped)
            staleDays.insert(factDay(timeFromStored(f.at)).toJulianDay());
    for (const qint64 day : std::as_const(staleDays)) {
        m_stale.addBindValue(day);
        if (!m_stale.exec()) {
            *error = m_stale.lastError().text();
            return false;
        }
    }
    return true;
}

bool CaseFactStore::clear(QString *error)
{
    QSqlQuery q(m_db);
    for (const char *table : {"case_facts", "fact_groups", "fact_days_stale"}) {
        if (!q.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QStringList CaseFactStore::readStatements(const FactSelection &selection)
{
    const QString select =
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM case_facts WHERE ");
    QStringList statements = {
        select + QStringLiteral("at >= ? AND at < ?") +
            (selection.looseOnly ? QStringLiteral(" AND grouped = 0") : QString()) +
            scopeSql(selection),
        select + QStringLiteral("kind = ? AND due < ? AND NOT (at >= ? AND at < ?)") +
            scopeSql(selection)};
    if (selection.looseOnly && !selection.wholeDays.isEmpty())
        statements.append(select + QStringLiteral("at >= ? AND at < ? AND grouped = 1") +
                          scopeSql(selection));
    return statements;
}

namespace {

// The runs of consecutive days in `days`, as [start, end) in stored time.
QList<std::pair<qint64, qint64>> dayRuns(QList<QDate> days)
{
    std::sort(days.begin(), days.end());
    QList<std::pair<qint64, qint64>> runs;
    for (const QDate day : std::as_const(days)) {
        const qint64 start = factDayStart(day), end = factDayStart(day.addDays(1));
        if (!runs.isEmpty() && runs.last().second >= start)
            runs.last().second = std::max(runs.last().second, end);
        else
            runs.append({start, end});
    }
    return runs;
}

} // namespace

std::optional<QList<CaseFact>> CaseFactStore::read(const FactSelection &selection,
                                                   QString *error) const
{
    const QStringList statements = readStatements(selection);
    const qint64 from = storedTime(selection.from), to = storedTime(selection.to);
    // Each statement with the values it is run with (the whole days' once per run of days).
    Reads reads = {
        {statements.at(0), QList<qint64>{from, to} + scopeValues(selection)},
        {statements.at(1),
         QList<qint64>{kindRank(FactKind::Open), storedTime(selection.openDueBefore), from, to} +
             scopeValues(selection)},
    };
    if (statements.size() > 2)
        for (const auto &[start, end] : dayRuns(selection.wholeDays))
            reads.append(
                {statements.at(2),
                 QList<qint64>{std::max(start, from), std::min(end, to)} + scopeValues(selection)});
    return run(reads, selection.units, error);
}

std::optional<QList<CaseFact>> CaseFactStore::readGrouped(QDate day, QString *error) const
{
    const QString sql = QStringLiteral("SELECT ") + kColumns +
                        QStringLiteral(" FROM case_facts WHERE at >= ? AND at < ? AND grouped = 1");
    return run({{sql, {factDayStart(day), factDayStart(day.addDays(1))}}}, {}, error);
}

std::optional<QList<CaseFact>> CaseFactStore::run(const Reads &reads, const QSet<UnitId> &units,
                                                  QString *error) const
{
    // A quarter's facts at a million cases are millions of rows: read them
    // through SQLite's own interface on the connection's handle, which costs a
    // fraction of a QSqlQuery's per-value variants.
    sqlite3 *sqlite = sqliteHandleOf(m_db, error);
    if (!sqlite)
        return std::nullopt;
    QList<CaseFact> facts;
    SharedTexts fields;
    for (const auto &[statement, bound] : std::as_const(reads)) {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray sql = statement.toUtf8();
        int rc = sqlite3_prepare_v2(sqlite, sql.constData(), int(sql.size()), &stmt, nullptr);
        for (int i = 0; rc == SQLITE_OK && i < bound.size(); ++i)
            rc = sqlite3_bind_int64(stmt, i + 1, bound.at(i));
        while (rc == SQLITE_OK || rc == SQLITE_ROW) {
            rc = sqlite3_step(stmt);
            if (rc != SQLITE_ROW)
                break;
            const UnitId unit = sqlite3_column_int64(stmt, 3);
            if (!units.isEmpty() && !units.contains(unit))
                continue;
            CaseFact &f = facts.emplaceBack(); // filled in place: a million facts, no copies
            f.at = timeFromStored(sqlite3_column_int64(stmt, 0));
            f.caseId = sqlite3_column_int64(stmt, 1);
            f.kind = FactKind(sqlite3_column_int(stmt, 2));
            f.unitId = unit;
            f.otherUnitId = sqlite3_column_int64(stmt, 4);
            f.officerId = sqlite3_column_int64(stmt, 5);
            f.field = fields.of(sqlite3_column_text(stmt, 6), sqlite3_column_bytes(stmt, 6));
            f.due = timeFromStored(sqlite3_column_int64(stmt, 7));
            f.startedAt = timeFromStored(sqlite3_column_int64(stmt, 8));
            if (sqlite3_column_type(stmt, 9) != SQLITE_NULL)
                f.rating = allRatings().value(sqlite3_column_int(stmt, 9), Rating::Satisfied);
        }
        if (rc != SQLITE_DONE)
            *error = QString::fromUtf8(sqlite3_errmsg(sqlite));
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            return std::nullopt;
    }
    return facts;
}

} // namespace pakn
