#pragma once

// How a case and its parts are read from a JSON object, written once for any
// JSON reader (JsonCodec: QJsonObject; the client's feed pages: simdjson,
// app/net/SimdjsonMembers.h). `Object` offers what QJsonObject does:
// value(QLatin1String) gives a value with isUndefined, isNull, isDouble,
// isString, isObject, isArray, toDouble, toInteger, toString, toObject (an
// Object) and toArray (a range of values); jsonObjectOf(value) gives it as a
// QJsonObject (a history event's data). Decoding is strict: a missing or
// mistyped required member gives nullopt and a message naming it.

#include "JsonCodec.h"

namespace pakn::decoding {

inline QJsonObject jsonObjectOf(const QJsonValue &v)
{
    return v.toObject();
}

// Reads members of one object, remembering the first problem.
template <typename Object> class Reader
{
public:
    Reader(const Object &o, QString *error) : m_o(o), m_error(error) {}

    bool ok() const { return m_ok; }

    qint64 id(const char *key, bool required = true)
    {
        const auto v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, "is missing");
            return 0;
        }
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInteger()))
            fail(key, "is not a non-negative integer");
        return v.toInteger();
    }
    QString text(const char *key, bool required = false)
    {
        const auto v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, "is missing");
            return {};
        }
        if (!v.isString())
            fail(key, "is not a string");
        return v.toString();
    }
    QDateTime time(const char *key, bool required = false)
    {
        const QString s = text(key, required);
        if (s.isEmpty()) {
            // An empty string is no time: refused where one is required (it
            // would be re-encoded as absent, then refused: fuzz_json_codecs).
            if (required && m_o.value(QLatin1String(key)).isString())
                fail(key, "is empty");
            return {};
        }
        const QDateTime t = fromIsoString(s);
        if (!t.isValid())
            fail(key, "is not an ISO-8601 time");
        return t;
    }
    std::optional<double> number(const char *key)
    {
        const auto v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            fail(key, "is not a number");
            return std::nullopt;
        }
        return v.toDouble();
    }
    template <typename E> E code(const char *key, std::optional<E> (*parse)(const QString &))
    {
        const QString s = text(key, true);
        const std::optional<E> v = parse(s);
        if (!v) {
            if (m_ok)
                fail(key, "has an unknown value");
            return E{};
        }
        return *v;
    }
    template <typename E>
    std::optional<E> optionalCode(const char *key, std::optional<E> (*parse)(const QString &))
    {
        const QString s = text(key);
        if (s.isEmpty())
            return std::nullopt;
        const std::optional<E> v = parse(s);
        if (!v)
            fail(key, "has an unknown value");
        return v;
    }
    QJsonObject object(const char *key)
    {
        const auto v = m_o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            fail(key, "is not an object");
        return v.isObject() ? jsonObjectOf(v) : QJsonObject();
    }
    // Each element of an array member decoded with `decode`; a bad one fails
    // the whole (with `elementFails`, named as the member's malformed element).
    template <typename T>
    QList<T> list(const char *key, std::optional<T> (*decode)(const Object &, QString *),
                  const char *elementFails = "has a malformed element")
    {
        QList<T> out;
        const auto v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(key, "is not an array");
            return out;
        }
        const auto elements = v.toArray();
        out.reserve(qsizetype(elements.size()));
        for (const auto &element : elements) {
            auto item = decode(element.toObject(), nullptr);
            if (!item) {
                fail(key, elementFails);
                return {};
            }
            out.append(std::move(*item));
        }
        return out;
    }
    void fail(const char *key, const char *what)
    {
        if (!m_ok)
            return;
        m_ok = false;
        if (m_error)
            *m_error =
                QStringLiteral("member \"%1\" %2").arg(QLatin1String(key), QLatin1String(what));
    }

private:
    const Object &m_o;
    QString *m_error;
    bool m_ok = true;
};

template <typename Object>
std::optional<CaseEvent> caseEventFrom(const Object &o, QString *error = nullptr)
{
    Reader r(o, error);
    CaseEvent e;
    e.id = r.id("id");
    e.at = r.time("at", true);
    e.actorId = r.id("actorId", false);
    e.actorName = r.text("actorName");
    e.action = r.text("action", true);
    e.detail = r.text("detail");
    e.client = r.text("client");
    e.data = r.object("data");
    return r.ok() ? std::optional(std::move(e)) : std::nullopt;
}

template <typename Object>
std::optional<ExtensionRequest> extensionRequestFrom(const Object &o, QString *error = nullptr)
{
    Reader r(o, error);
    ExtensionRequest x;
    x.requestedAt = r.time("requestedAt", true);
    x.requestedById = r.id("requestedById", false);
    x.requestedByName = r.text("requestedByName");
    x.reason = r.text("reason");
    x.proposedDeadline = r.time("proposedDeadline", true);
    x.previousDeadline = r.time("previousDeadline");
    x.decision = r.code("decision", &extensionDecisionFromCode);
    x.decidedAt = r.time("decidedAt");
    x.decidedById = r.id("decidedById", false);
    x.decidedByName = r.text("decidedByName");
    x.comment = r.text("comment");
    x.grantedDeadline = r.time("grantedDeadline");
    return r.ok() ? std::optional(std::move(x)) : std::nullopt;
}

template <typename Object>
std::optional<Attachment> attachmentFrom(const Object &o, QString *error = nullptr)
{
    Reader r(o, error);
    Attachment a;
    a.id = r.text("id", true);
    a.purpose = r.code("purpose", &attachmentPurposeFromCode);
    a.fileName = r.text("fileName");
    a.contentType = r.text("contentType", true);
    a.size = r.id("size");
    a.sha256 = r.text("sha256", true);
    a.width = int(r.id("width", false));
    a.height = int(r.id("height", false));
    a.uploadedAt = r.time("uploadedAt");
    a.uploadedById = r.id("uploadedById", false);
    a.uploadedByName = r.text("uploadedByName");
    if (r.ok() && a.id.isEmpty())
        r.fail("id", "is empty");
    return r.ok() ? std::optional(std::move(a)) : std::nullopt;
}

template <typename Object> std::optional<Case> caseFrom(const Object &o, QString *error = nullptr)
{
    Reader r(o, error);
    Case c;
    c.id = r.id("id");
    c.version = r.id("version");
    c.title = r.text("title", true);
    c.description = r.text("description");
    c.reporterName = r.text("reporterName");
    c.reporterPhone = r.text("reporterPhone");
    c.channel = r.code("channel", &channelFromCode);
    c.receivedAt = r.time("receivedAt", true);
    c.field = r.text("field", true);
    c.urgency = r.code("urgency", &urgencyFromCode);
    c.address = r.text("address");
    c.latitude = r.number("latitude");
    c.longitude = r.number("longitude");
    c.unitId = r.id("unitId", false);
    c.unitName = r.text("unitName");
    c.assigneeId = r.id("assigneeId", false);
    c.assigneeName = r.text("assigneeName");
    c.status = r.code("status", &caseStatusFromCode);
    c.acceptDeadline = r.time("acceptDeadline");
    c.answerDeadline = r.time("answerDeadline");
    c.replyDraft = r.text("replyDraft");
    c.replyPublished = r.text("replyPublished");
    c.answeredAt = r.time("answeredAt");
    c.acceptedAt = r.time("acceptedAt");
    c.rating = r.optionalCode("rating", &ratingFromCode);
    c.ratedAt = r.time("ratedAt");
    c.closedAt = r.time("closedAt");
    c.mergedIntoId = r.id("mergedIntoId", false);
    c.reopenCount = int(r.id("reopenCount", false));
    c.extensions = r.list("extensions", &extensionRequestFrom<Object>);
    c.attachments = r.list("attachments", &attachmentFrom<Object>);
    c.updatedAt = r.time("updatedAt");
    c.history = r.list("history", &caseEventFrom<Object>, "has a malformed event");
    if (r.ok() && c.id == 0)
        r.fail("id", "is zero");
    return r.ok() ? std::optional(std::move(c)) : std::nullopt;
}

} // namespace pakn::decoding
