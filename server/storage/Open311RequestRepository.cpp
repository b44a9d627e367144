#include "storage/Open311RequestRepository.h"

#include "storage/CaseRepository.h"

namespace pakn::server {

namespace {
const QList<CaseStatus> closedStatuses = {CaseStatus::Answered, CaseStatus::Closed,
                                          CaseStatus::Refused, CaseStatus::Merged};
}

bool isOpen311Closed(CaseStatus status)
{
    return closedStatuses.contains(status);
}

QList<Case> Open311RequestRepository::find(const Open311RequestFilter &filter, bool *ok)
{
    clearError();
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList values;
    if (!filter.ids.isEmpty()) {
        where.append(QStringLiteral("c.id IN (%1)").arg(placeholders(filter.ids.size())));
        for (const CaseId id : filter.ids)
            values.append(id);
    }
    if (!filter.field.isEmpty()) {
        where.append(QStringLiteral("c.field = ?"));
        values.append(filter.field);
    }
    if (filter.receivedFrom.isValid()) {
        where.append(QStringLiteral("c.received_at >= ?"));
        values.append(toDbTime(filter.receivedFrom));
    }
    if (filter.receivedTo.isValid()) {
        where.append(QStringLiteral("c.received_at <= ?"));
        values.append(toDbTime(filter.receivedTo));
    }
    if (filter.closed) {
        where.append(QStringLiteral("c.status %1 (%2)")
                         .arg(*filter.closed ? QStringLiteral("IN") : QStringLiteral("NOT IN"),
                              placeholders(closedStatuses.size())));
        for (const CaseStatus s : closedStatuses)
            values.append(toCode(s));
    }
    values << filter.limit << filter.offset;
    QSqlQuery q(m_db);
    QList<Case> found;
    *ok = execWithValues(q,
                         CaseRepository::selectCases() + QStringLiteral("WHERE ") +
                             where.join(QStringLiteral(" AND ")) +
                             QStringLiteral(" ORDER BY c.received_at DESC, c.id DESC "
                                            "LIMIT ? OFFSET ?"),
                         values);
    if (!*ok)
        return found;
    while (q.next())
        found.append(CaseRepository::readCase(q));
    return found;
}

} // namespace pakn::server
