#include "storage/FeedProbe.h"

namespace pakn::server {

std::optional<qint64> FeedProbe::newestSeq()
{
    return oneRowNumber(QStringLiteral("SELECT last_seq FROM feed_sequence WHERE id = 1"), {},
                        QStringLiteral("feed_sequence"));
}

std::optional<QHash<UnitId, qint64>> FeedProbe::unitsChanged(qint64 after, qint64 upTo)
{
    clearError();
    QHash<UnitId, qint64> units;
    // Both tables have an index on seq, so a short range reads a few rows.
    for (const QString &sql :
         {QStringLiteral("SELECT unit_id, seq FROM cases WHERE seq > ? AND seq <= ?"),
          QStringLiteral(
              "SELECT old_unit_id, seq FROM feed_removals WHERE seq > ? AND seq <= ?")}) {
        QSqlQuery *q = statement(sql);
        if (!q)
            return std::nullopt;
        q->bindValue(0, after);
        q->bindValue(1, upTo);
        if (!exec(*q))
            return std::nullopt;
        while (q->next()) {
            qint64 &newest = units[q->value(0).toLongLong()];
            newest = std::max(newest, q->value(1).toLongLong());
        }
        q->finish();
    }
    return units;
}

std::optional<bool> FeedProbe::hasChangeAfter(const AccessScope &scope, qint64 after)
{
    clearError();
    if (!scope.isEverything() && scope.units().isEmpty())
        return false;
    // A tombstone of a case that came back into the scope needs no check of its
    // own: the case's later seq is in the scope, so the first query finds it.
    QVariantList values{after};
    QString inScope;
    if (!scope.isEverything()) {
        inScope =
            QStringLiteral(" AND %2 IN (") + placeholders(scope.units().size()) + QLatin1Char(')');
        for (UnitId u : scope.units())
            values.append(u);
    }
    for (const auto &[table, unitColumn] :
         {std::pair{QStringLiteral("cases"), QStringLiteral("unit_id")},
          std::pair{QStringLiteral("feed_removals"), QStringLiteral("old_unit_id")}}) {
        QSqlQuery q(m_db);
        const QString sql = QStringLiteral("SELECT seq FROM %1 WHERE seq > ?").arg(table) +
                            QString(inScope).replace(QStringLiteral("%2"), unitColumn) +
                            QStringLiteral(" LIMIT 1");
        if (!execWithValues(q, sql, values))
            return std::nullopt;
        if (q.next())
            return true;
    }
    return false;
}

} // namespace pakn::server
