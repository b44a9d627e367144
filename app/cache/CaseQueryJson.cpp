#include "cache/CaseQueryJson.h"

namespace pakn {

namespace {

const QString kDate = QStringLiteral("yyyy-MM-dd");

void putDate(QJsonObject &o, const char *key, QDate d)
{
    if (d.isValid())
        o.insert(QLatin1String(key), d.toString(kDate));
}

} // namespace

QJsonObject toJson(const CaseQuery &query)
{
    QJsonObject o{{QStringLiteral("queue"), toCode(query.queue)}};
    if (!query.search.isEmpty())
        o.insert(QStringLiteral("search"), query.search);
    const CaseFilter &f = query.filter;
    if (!f.field.isEmpty())
        o.insert(QStringLiteral("field"), f.field);
    if (f.unitId)
        o.insert(QStringLiteral("unitId"), f.unitId);
    if (f.status)
        o.insert(QStringLiteral("status"), toCode(*f.status));
    if (f.urgency)
        o.insert(QStringLiteral("urgency"), toCode(*f.urgency));
    if (f.channel)
        o.insert(QStringLiteral("channel"), toCode(*f.channel));
    putDate(o, "receivedFrom", f.receivedFrom);
    putDate(o, "receivedTo", f.receivedTo);
    if (f.assigneeId)
        o.insert(QStringLiteral("assigneeId"), f.assigneeId);
    return o;
}

CaseQuery caseQueryFromJson(const QJsonObject &o)
{
    CaseQuery q;
    q.queue = queueFromCode(o.value(QStringLiteral("queue")).toString()).value_or(Queue::All);
    q.search = o.value(QStringLiteral("search")).toString();
    CaseFilter &f = q.filter;
    f.field = o.value(QStringLiteral("field")).toString();
    f.unitId = o.value(QStringLiteral("unitId")).toInteger();
    f.status = caseStatusFromCode(o.value(QStringLiteral("status")).toString());
    f.urgency = urgencyFromCode(o.value(QStringLiteral("urgency")).toString());
    f.channel = channelFromCode(o.value(QStringLiteral("channel")).toString());
    f.receivedFrom = QDate::fromString(o.value(QStringLiteral("receivedFrom")).toString(), kDate);
    f.receivedTo = QDate::fromString(o.value(QStringLiteral("receivedTo")).toString(), kDate);
    f.assigneeId = o.value(QStringLiteral("assigneeId")).toInteger();
    return q;
}

} // namespace pakn
