#include "open311/Open311Routes.h"

#include "open311/Open311View.h"

#include <QTimeZone>
#include <QUrlQuery>

namespace pakn::server {

namespace {

const QString base = QStringLiteral("/open311/v2/");
const QString requestRoot = QStringLiteral("service_requests");
const QString requestItem = QStringLiteral("request");

ApiReply unknownFormat()
{
    return Open311Writer::error(Open311Format::Json,
                                {404, QStringLiteral("Unknown format: use .json or .xml")});
}

// Runs `answer` in the format the extension names, or answers 404.
template <typename Answer> ApiReply inFormat(const QString &extension, Answer answer)
{
    const auto format = Open311Writer::formatFrom(extension);
    return format ? answer(*format) : unknownFormat();
}

// An ISO-8601 time; one without an offset is Vietnam time. Invalid when it is not a time.
QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone(7 * 3600));
    return t.toUTC();
}

QString queryValue(const QUrlQuery &query, const char *name)
{
    return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).trimmed();
}

// "https://host/open311/v2/" as the client reached us (its Host header).
QString rootOf(const QHttpServerRequest &request)
{
    return QStringLiteral("https://") +
           QString::fromLatin1(request.value(QByteArrayLiteral("Host"))) + base;
}

std::optional<int> positive(const QString &text, int max)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok && n > 0 && n <= max ? std::optional(n) : std::nullopt;
}

} // namespace

Open311Routes::Open311Routes(Open311Submission &submission, Open311RequestRepository &requests,
                             Open311Evidence &evidence, ReferenceInForce &reference,
                             std::function<QDateTime()> clock)
    : m_submission(submission), m_requests(requests), m_evidence(evidence), m_reference(reference),
      m_clock(std::move(clock))
{}

void Open311Routes::addTo(RouteTable &routes)
{
    using M = RouteTable::Method;
    routes.addPublicWithText(M::Get, base + QStringLiteral("discovery.<arg>"),
                             [this](const QString &ext, const QHttpServerRequest &request) {
                                 return inFormat(
                                     ext, [&](Open311Format f) { return discovery(f, request); });
                             });
    routes.addPublicWithText(M::Get, base + QStringLiteral("services.<arg>"),
                             [this](const QString &ext, const QHttpServerRequest &) {
                                 return inFormat(ext, [&](Open311Format f) { return services(f); });
                             });
    routes.addPublicWithTwoTexts(
        M::Get, base + QStringLiteral("services/<arg>.<arg>"),
        [this](const QString &code, const QString &ext, const QHttpServerRequest &) {
            return inFormat(ext, [&](Open311Format f) { return definition(f, code); });
        });
    routes.addPublicWithText(M::Post, base + QStringLiteral("requests.<arg>"),
                             [this](const QString &ext, const QHttpServerRequest &request) {
                                 return inFormat(
                                     ext, [&](Open311Format f) { return submit(f, request); });
                             });
    routes.addPublicWithText(M::Get, base + QStringLiteral("requests.<arg>"),
                             [this](const QString &ext, const QHttpServerRequest &request) {
                                 return inFormat(ext,
                                                 [&](Open311Format f) { return list(f, request); });
                             });
    routes.addPublicWithTwoTexts(
        M::Get, base + QStringLiteral("requests/<arg>.<arg>"),
        [this](const QString &id, const QString &ext, const QHttpServerRequest &request) {
            return inFormat(ext, [&](Open311Format f) { return one(f, id, request); });
        });
    routes.addPublicWithTwoTexts(
        M::Get, base + QStringLiteral("media/<arg>.<arg>"),
        [this](const QString &id, const QString &ext, const QHttpServerRequest &) {
            return m_evidence.file(id, ext);
        });
    // Requests are made while the POST waits, so no token is ever handed out.
    routes.addPublicWithTwoTexts(
        M::Get, base + QStringLiteral("tokens/<arg>.<arg>"),
        [](const QString &, const QString &ext, const QHttpServerRequest &) {
            return inFormat(ext, [](Open311Format f) {
                return Open311Writer::error(f, {404, QStringLiteral("Unknown token")});
            });
        });
}

ApiReply Open311Routes::discovery(Open311Format format, const QHttpServerRequest &request)
{
    const QString changeset = Open311View::time(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    const QJsonObject endpoint{
        {QStringLiteral("specification"), QStringLiteral("http://wiki.open311.org/GeoReport_v2")},
        {QStringLiteral("url"), rootOf(request).chopped(1)},
        {QStringLiteral("changeset"), changeset},
        {QStringLiteral("type"), QStringLiteral("production")},
        {QStringLiteral("formats"),
         QJsonArray{QStringLiteral("application/json"), QStringLiteral("text/xml")}},
    };
    const QJsonObject document{
        {QStringLiteral("changeset"), changeset},
        {QStringLiteral("contact"), QStringLiteral("Trung tâm Phản ánh, kiến nghị")},
        {QStringLiteral("key_service"),
         QStringLiteral("API keys are issued by the server's administrator")},
        {QStringLiteral("endpoints"), QJsonArray{endpoint}},
    };
    return Open311Writer::reply(format, document, QStringLiteral("discovery"), QString());
}

ApiReply Open311Routes::services(Open311Format format)
{
    m_reference.refresh();
    return Open311Writer::reply(format, Open311View::services(m_reference.data()),
                                QStringLiteral("services"), QStringLiteral("service"));
}

ApiReply Open311Routes::definition(Open311Format format, const QString &code)
{
    m_reference.refresh();
    const FieldInfo *field = m_reference.data().field(code);
    if (!field || !field->active)
        return Open311Writer::error(format, {404, QStringLiteral("Unknown service_code")});
    return Open311Writer::reply(format, Open311View::definition(*field),
                                QStringLiteral("service_definition"), QString());
}

ApiReply Open311Routes::submit(Open311Format format, const QHttpServerRequest &request)
{
    const auto outcome = m_submission.submit(Open311Submission::formOf(request.body()));
    if (const auto *error = std::get_if<Open311Error>(&outcome))
        return Open311Writer::error(format, *error);
    const QJsonArray created{QJsonObject{
        {QStringLiteral("service_request_id"), QString::number(std::get<CaseId>(outcome))},
        {QStringLiteral("service_notice"), QString()},
    }};
    return Open311Writer::reply(format, created, requestRoot, requestItem, 201);
}

ApiReply Open311Routes::list(Open311Format format, const QHttpServerRequest &request)
{
    const QUrlQuery query(request.url());
    Open311RequestFilter filter;
    const QString ids = queryValue(query, "service_request_id");
    for (const QString &id : ids.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const CaseId n = id.trimmed().toLongLong(&ok);
        if (!ok || n <= 0)
            return Open311Writer::error(format, {400, QStringLiteral("Bad service_request_id")});
        filter.ids.append(n);
    }
    if (filter.ids.size() > maxPage)
        return Open311Writer::error(format, {400, QStringLiteral("Too many service_request_id")});
    if (!filter.ids.isEmpty()) // the specification: the other parameters are ignored then
        return requestsReply(format, filter, request);

    filter.field = queryValue(query, "service_code");
    for (const auto &[name, target] : {std::pair{"start_date", &filter.receivedFrom},
                                       std::pair{"end_date", &filter.receivedTo}}) {
        const QString text = queryValue(query, name);
        if (text.isEmpty())
            continue;
        *target = parseTime(text);
        if (!target->isValid())
            return Open311Writer::error(
                format,
                {400, QStringLiteral("%1 is not an ISO-8601 time").arg(QLatin1String(name))});
    }
    if (!filter.receivedFrom.isValid())
        filter.receivedFrom =
            (filter.receivedTo.isValid() ? filter.receivedTo : m_clock()).addDays(-90);
    const QString status = queryValue(query, "status");
    if (status == QLatin1String("open") || status == QLatin1String("closed"))
        filter.closed = status == QLatin1String("closed");
    else if (!status.isEmpty())
        return Open311Writer::error(format, {400, QStringLiteral("status is open or closed")});
    const QString limit = queryValue(query, "limit");
    const QString page = queryValue(query, "page");
    if (!limit.isEmpty() && !positive(limit, maxPage))
        return Open311Writer::error(
            format, {400, QStringLiteral("limit is a number from 1 to %1").arg(maxPage)});
    if (!page.isEmpty() && !positive(page, 1000000))
        return Open311Writer::error(format, {400, QStringLiteral("page is a number from 1")});
    filter.limit = limit.isEmpty() ? maxPage : *positive(limit, maxPage);
    filter.offset = page.isEmpty() ? 0 : (*positive(page, 1000000) - 1) * filter.limit;
    return requestsReply(format, filter, request);
}

ApiReply Open311Routes::one(Open311Format format, const QString &id,
                            const QHttpServerRequest &request)
{
    bool ok = false;
    const CaseId n = id.toLongLong(&ok);
    if (!ok || n <= 0)
        return Open311Writer::error(format, {404, QStringLiteral("Unknown service_request_id")});
    Open311RequestFilter filter;
    filter.ids = {n};
    return requestsReply(format, filter, request, true);
}

ApiReply Open311Routes::requestsReply(Open311Format format, const Open311RequestFilter &filter,
                                      const QHttpServerRequest &request, bool single)
{
    m_reference.refresh();
    bool ok = false;
    const QList<Case> cases = m_requests.find(filter, &ok);
    if (!ok)
        return Open311Writer::error(format,
                                    {500, QStringLiteral("The requests could not be read")});
    if (single && cases.isEmpty())
        return Open311Writer::error(format, {404, QStringLiteral("Unknown service_request_id")});
    const QHash<CaseId, QString> evidence = m_evidence.urlsFor(cases, rootOf(request));
    QJsonArray all;
    for (const Case &c : cases)
        all.append(Open311View::request(c, m_reference.data(), evidence.value(c.id)));
    return Open311Writer::reply(format, all, requestRoot, requestItem);
}

} // namespace pakn::server
