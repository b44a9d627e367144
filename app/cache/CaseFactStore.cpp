#include "cache/CaseFactStore.h"

#include "cache/CaseColumns.h"

#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>
#include <vector>

namespace pakn {

namespace {

constexpr QLatin1StringView kColumns("at, case_id, kind, unit_id, other_unit_id, officer_id,"
                                     " field, due, started_at, rating");

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

// One shared string per field code, found without allocating (a dozen codes).
class FieldCodes
{
public:
    QString code(const char *text, int size)
    {
        const QByteArrayView bytes(text, size);
        for (const auto &[utf8, code] : m_codes)
            if (utf8 == bytes)
                return code;
        m_codes.emplace_back(bytes.toByteArray(), QString::fromUtf8(bytes));
        return m_codes.back().second;
    }

private:
    std::vector<std::pair<QByteArray, QString>> m_codes;
};

} // namespace

CaseFactStore::CaseFactStore(const QSqlDatabase &db) : m_db(db), m_insert(db), m_delete(db) {}

bool CaseFactStore::prepare(QString *error)
{
    if (m_prepared)
        return true;
    if (!m_insert.prepare(QStringLiteral("INSERT INTO case_facts (seq, ") + kColumns +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        *error = m_insert.lastError().text();
        return false;
    }
    if (!m_delete.prepare(QStringLiteral("DELETE FROM case_facts WHERE case_id = ?"))) {
        *error = m_delete.lastError().text();
        return false;
    }
    m_prepared = true;
    return true;
}

bool CaseFactStore::remove(CaseId caseId, QString *error)
{
    if (!prepare(error))
        return false;
    m_delete.addBindValue(caseId);
    if (m_delete.exec())
        return true;
    *error = m_delete.lastError().text();
    return false;
}

bool CaseFactStore::replace(CaseId caseId, const QList<CaseFact> &facts, QString *error)
{
    if (!remove(caseId, error))
        return false;
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const CaseFact &f = facts.at(i);
        const QVariantList values = {
            int(i),
            storedTime(f.at),
            caseId,
            kindRank(f.kind),
            f.unitId,
            f.otherUnitId,
            f.officerId,
            nonNull(f.field),
            storedTime(f.due),
            storedTime(f.startedAt),
            f.rating ? QVariant(ratingRank(*f.rating)) : QVariant(QMetaType::fromType<int>()),
        };
        for (const QVariant &v : values)
            m_insert.addBindValue(v);
        if (!m_insert.exec()) {
            *error = m_insert.lastError().text();
            return false;
        }
    }
    return true;
}

bool CaseFactStore::clear(QString *error)
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("DELETE FROM case_facts")))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QStringList CaseFactStore::readStatements(const FactSelection &selection)
{
    const QString select =
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM case_facts WHERE ");
    return {select + QStringLiteral("at >= ? AND at < ?") + scopeSql(selection),
            select + QStringLiteral("kind = ? AND due < ? AND NOT (at >= ? AND at < ?)") +
                scopeSql(selection)};
}

std::optional<QList<CaseFact>> CaseFactStore::read(const FactSelection &selection,
                                                   QString *error) const
{
    // A quarter's facts at a million cases are millions of rows: read them
    // through SQLite's own interface on the connection's handle, which costs a
    // fraction of a QSqlQuery's per-value variants.
    const QVariant handle = m_db.driver()->handle();
    sqlite3 *sqlite = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                          ? *static_cast<sqlite3 *const *>(handle.data())
                          : nullptr;
    if (!sqlite) {
        *error = QStringLiteral("the cache connection is not SQLite");
        return std::nullopt;
    }
    const QStringList statements = readStatements(selection);
    const qint64 from = storedTime(selection.from), to = storedTime(selection.to);
    const QList<qint64> bound[] = {
        QList<qint64>{from, to} + scopeValues(selection),
        QList<qint64>{kindRank(FactKind::Open), storedTime(selection.openDueBefore), from, to} +
            scopeValues(selection),
    };
    QList<CaseFact> facts;
    FieldCodes fields;
    for (int s = 0; s < 2; ++s) {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray sql = statements.at(s).toUtf8();
        int rc = sqlite3_prepare_v2(sqlite, sql.constData(), int(sql.size()), &stmt, nullptr);
        for (int i = 0; rc == SQLITE_OK && i < bound[s].size(); ++i)
            rc = sqlite3_bind_int64(stmt, i + 1, bound[s].at(i));
        while (rc == SQLITE_OK || rc == SQLITE_ROW) {
            rc = sqlite3_step(stmt);
            if (rc != SQLITE_ROW)
                break;
            const UnitId unit = sqlite3_column_int64(stmt, 3);
            if (!selection.units.isEmpty() && !selection.units.contains(unit))
                continue;
            CaseFact &f = facts.emplaceBack(); // filled in place: a million facts, no copies
            f.at = timeFromStored(sqlite3_column_int64(stmt, 0));
            f.caseId = sqlite3_column_int64(stmt, 1);
            f.kind = FactKind(sqlite3_column_int(stmt, 2));
            f.unitId = unit;
            f.otherUnitId = sqlite3_column_int64(stmt, 4);
            f.officerId = sqlite3_column_int64(stmt, 5);
            f.field = fields.code(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 6)),
                                  sqlite3_column_bytes(stmt, 6));
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
