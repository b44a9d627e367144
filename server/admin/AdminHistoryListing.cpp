#include "admin/AdminHistoryListing.h"

#include <QTimeZone>

namespace pakn::server {

std::optional<AdminHistoryListing::Page>
AdminHistoryListing::parse(const QString &limit, const QString &before, QString *problem)
{
    Page page;
    bool ok = true;
    if (!limit.isEmpty())
        page.limit = limit.toInt(&ok);
    if (!ok || page.limit < 1 || page.limit > maxLimit) {
        *problem = QStringLiteral("the limit is a number from 1 to %1").arg(maxLimit);
        return std::nullopt;
    }
    if (!before.isEmpty())
        page.before = before.toLongLong(&ok);
    if (!ok || page.before < 0) {
        *problem = QStringLiteral("\"before\" is the id of an event of the history");
        return std::nullopt;
    }
    return page;
}

ConsoleResult AdminHistoryListing::run(AdminEventRepository &events, const QStringList &args,
                                       const QString &limit, const QString &before)
{
    QString problem;
    const auto page = parse(limit, before, &problem);
    if (!args.isEmpty() || !page)
        return {2, {}, page ? QStringLiteral("bad arguments for \"history list\"") : problem};
    const auto listed = events.page(page->before, page->limit);
    if (!listed)
        return {1, {}, QStringLiteral("the database failed; see the log")};
    ConsoleResult result;
    // Hanoi time, as the staff read it everywhere else.
    const QTimeZone hanoi(7 * 3600);
    for (const AdminEvent &e : *listed)
        result.output.append(QStringLiteral("%1 %2 %3 (%4) %5: %6")
                                 .arg(e.id)
                                 .arg(e.at.toTimeZone(hanoi).toString(Qt::ISODate), e.actorName,
                                      e.client, e.action, e.summary));
    return result;
}

QJsonObject AdminHistoryListing::toJson(const AdminEvent &event)
{
    return {{QStringLiteral("id"), event.id},
            {QStringLiteral("at"), event.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("actorId"), event.actorId},
            {QStringLiteral("actorName"), event.actorName},
            {QStringLiteral("client"), event.client},
            {QStringLiteral("action"), event.action},
            {QStringLiteral("summary"), event.summary}};
}

} // namespace pakn::server
