#include "storage/CaseFactRepository.h"

#include <QSqlError>

namespace pakn::server {

namespace {

const QString factColumns = QStringLiteral(
    "case_id, ordinal, kind, at, unit_id, other_unit_id, officer_id, field, due, started_at, "
    "rating");

CaseFact readFact(const QSqlQuery &q)
{
    CaseFact f;
    f.caseId = q.value(0).toLongLong();
    f.kind = factKindFromCode(q.value(2).toString()).value_or(FactKind::Received);
    f.at = fromDbTime(q.value(3));
    f.unitId = q.value(4).toLongLong();
    f.otherUnitId = q.value(5).toLongLong();
    f.officerId = q.value(6).toLongLong();
    f.field = q.value(7).toString();
    f.due = fromDbTime(q.value(8));
    f.startedAt = fromDbTime(q.value(9));
    f.rating = ratingFromCode(q.value(10).toString());
    return f;
}

} // namespace

bool CaseFactRepository::rewrite(const Case &c)
{
    clearError();
    QSqlQuery *clear = statement(QStringLiteral("DELETE FROM case_facts WHERE case_id = ?"));
    QSqlQuery *insert = statement(QStringLiteral("INSERT INTO case_facts (") + factColumns +
                                  QStringLiteral(") VALUES (") + placeholders(11) +
                                  QLatin1Char(')'));
    if (!clear || !insert)
        return false;
    clear->bindValue(0, c.id);
    if (!exec(*clear))
        return false;
    const QList<CaseFact> facts = caseFactsOf(c);
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const CaseFact &f = facts.at(i);
        const QVariantList values = {c.id,
                                     int(i),
                                     toCode(f.kind),
                                     f.at.toMSecsSinceEpoch(),
                                     f.unitId,
                                     f.otherUnitId,
                                     f.officerId,
                                     toDbText(f.field),
                                     toDbTime(f.due),
                                     toDbTime(f.startedAt),
                                     f.rating ? toCode(*f.rating) : QStringLiteral("")};
        for (int v = 0; v < values.size(); ++v)
            insert->bindValue(v, values.at(v));
        if (!exec(*insert))
            return false;
    }
    return true;
}

QList<CaseFact> CaseFactRepository::between(const QDateTime &from, const QDateTime &to,
                                            const FactFilter &filter)
{
    return read(QStringLiteral("at >= ? AND at < ? AND kind <> ?"),
                {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), toCode(FactKind::Open)},
                filter);
}

QList<CaseFact> CaseFactRepository::open(const FactFilter &filter)
{
    return read(QStringLiteral("kind = ?"), {toCode(FactKind::Open)}, filter);
}

QList<CaseFact> CaseFactRepository::read(const QString &where, const QVariantList &values,
                                         const FactFilter &filter)
{
    clearError();
    // The unit list varies in length, so the statement is prepared per call.
    QString sql = QStringLiteral("SELECT ") + factColumns +
                  QStringLiteral(" FROM case_facts WHERE ") + where;
    QVariantList bound = values;
    if (!filter.units.isEmpty()) {
        sql += QStringLiteral(" AND unit_id IN (") + placeholders(filter.units.size()) +
               QLatin1Char(')');
        for (UnitId u : filter.units)
            bound.append(u);
    }
    if (filter.officerId != 0) {
        sql += QStringLiteral(" AND officer_id = ?");
        bound.append(filter.officerId);
    }
    if (!filter.field.isEmpty()) {
        sql += QStringLiteral(" AND field = ?");
        bound.append(filter.field);
    }
    sql += QStringLiteral(" ORDER BY case_id, ordinal");
    QList<CaseFact> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        setError(q.lastError().text());
        return out;
    }
    for (qsizetype i = 0; i < bound.size(); ++i)
        q.bindValue(int(i), bound.at(i));
    if (!exec(q))
        return out;
    while (q.next())
        out.append(readFact(q));
    return out;
}

} // namespace pakn::server
