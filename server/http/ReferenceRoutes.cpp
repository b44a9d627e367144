#include "http/ReferenceRoutes.h"

namespace pakn::server {

ReferenceRoutes::ReferenceRoutes(ReferenceInForce &reference) : m_reference(reference) {}

void ReferenceRoutes::addTo(RouteTable &routes)
{
    routes.add(RouteTable::Method::Get, QStringLiteral("/api/v1/reference"),
               [this](const Caller &, const QHttpServerRequest &r) { return get(r); });
}

QByteArray ReferenceRoutes::etagFor(qint64 revision)
{
    return '"' + QByteArray::number(revision) + '"';
}

ApiReply ReferenceRoutes::get(const QHttpServerRequest &request)
{
    if (!m_reference.refresh())
        return ApiReply::internal();
    const QByteArray etag = etagFor(m_reference.data().revision);
    // One revision per tag; a list of tags or a weak tag is matched too.
    const QList<QByteArray> asked = request.value(QByteArrayLiteral("If-None-Match")).split(',');
    for (const QByteArray &tag : asked) {
        const QByteArray t = tag.trimmed();
        if (t == etag || t == "W/" + etag || t == "*")
            return {304, {}, etag};
    }
    return {200, m_reference.json(), etag};
}

} // namespace pakn::server
