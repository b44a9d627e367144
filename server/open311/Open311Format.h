#pragma once

// The two wire formats of Open311 GeoReport v2. Answers are built once as JSON
// values (what the .json endpoints send as they are) and written as XML for
// the .xml endpoints the way the specification shows it: a root element, one
// element per array entry (<services><service>…, <service_requests><request>…),
// one child element per key, booleans as true/false and nulls as empty elements.

#include "http/ApiReply.h"

#include <QJsonValue>
#include <QString>
#include <optional>

namespace pakn::server {

enum class Open311Format
{
    Json,
    Xml
};

// A refusal as the specification spells it: an HTTP status and a description.
struct Open311Error
{
    int status = 400;
    QString description;
};

class Open311Writer
{
public:
    // "json" or "xml" (the endpoint's extension); nullopt for anything else.
    static std::optional<Open311Format> formatFrom(const QString &extension);

    // `document` as the format's bytes; for XML `root` names the outer element and
    // `item` each entry of a top-level array (an object is written inside `root`).
    static QByteArray write(Open311Format format, const QJsonValue &document, const QString &root,
                            const QString &item);
    static ApiReply reply(Open311Format format, const QJsonValue &document, const QString &root,
                          const QString &item, int status = 200);
    // [{"code": 404, "description": "…"}] or <errors><error><code/><description/></error></errors>.
    static ApiReply error(Open311Format format, const Open311Error &error);
};

} // namespace pakn::server
