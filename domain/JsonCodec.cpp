#include "JsonCodec.h"

#include "CaseDeadlines.h"

#include <QJsonArray>

namespace pakn {

namespace {

// Reads members of one object, remembering the first problem.
class Reader
{
public:
    Reader(const QJsonObject &o, QString *error) : m_o(o), m_error(error) {}

    bool ok() const { return m_ok; }

    qint64 id(const char *key, bool required = true)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
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
        const QJsonValue v = m_o.value(QLatin1String(key));
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
        const QJsonValue v = m_o.value(QLatin1String(key));
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
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            fail(key, "is not an object");
        return v.toObject();
    }
    // Each element of an array member decoded with `decode`; a bad one fails the whole.
    template <typename T>
    QList<T> list(const char *key, std::optional<T> (*decode)(const QJsonObject &, QString *))
    {
        QList<T> out;
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(key, "is not an array");
            return out;
        }
        for (const QJsonValue &element : v.toArray()) {
            const auto item = decode(element.toObject(), nullptr);
            if (!item) {
                fail(key, "has a malformed element");
                return {};
            }
            out.append(*item);
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
    const QJsonObject &m_o;
    QString *m_error;
    bool m_ok = true;
};

void putTime(QJsonObject &o, const char *key, const QDateTime &t)
{
    if (t.isValid())
        o.insert(QLatin1String(key), toIsoString(t));
}

} // namespace

QString toIsoString(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIsoString(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonObject toJson(const CaseEvent &e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("actorId"), e.actorId},
                  {QStringLiteral("actorName"), e.actorName},
                  {QStringLiteral("action"), e.action},
                  {QStringLiteral("detail"), e.detail},
                  {QStringLiteral("client"), e.client}};
    putTime(o, "at", e.at);
    if (!e.data.isEmpty())
        o.insert(QStringLiteral("data"), e.data);
    return o;
}

QJsonObject toJson(const ExtensionRequest &x)
{
    QJsonObject o{{QStringLiteral("requestedById"), x.requestedById},
                  {QStringLiteral("requestedByName"), x.requestedByName},
                  {QStringLiteral("reason"), x.reason},
                  {QStringLiteral("decision"), toCode(x.decision)},
                  {QStringLiteral("decidedById"), x.decidedById},
                  {QStringLiteral("decidedByName"), x.decidedByName},
                  {QStringLiteral("comment"), x.comment}};
    putTime(o, "requestedAt", x.requestedAt);
    putTime(o, "proposedDeadline", x.proposedDeadline);
    putTime(o, "previousDeadline", x.previousDeadline);
    putTime(o, "decidedAt", x.decidedAt);
    putTime(o, "grantedDeadline", x.grantedDeadline);
    return o;
}

QJsonObject toJson(const Attachment &a)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("purpose"), toCode(a.purpose)},
                  {QStringLiteral("fileName"), a.fileName},
                  {QStringLiteral("contentType"), a.contentType},
                  {QStringLiteral("size"), a.size},
                  {QStringLiteral("sha256"), a.sha256},
                  {QStringLiteral("uploadedById"), a.uploadedById},
                  {QStringLiteral("uploadedByName"), a.uploadedByName}};
    if (a.width > 0 && a.height > 0) {
        o.insert(QStringLiteral("width"), a.width);
        o.insert(QStringLiteral("height"), a.height);
    }
    putTime(o, "uploadedAt", a.uploadedAt);
    return o;
}

QJsonObject toJson(const Case &c, bool withHistory)
{
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("version"), c.version},
                  {QStringLiteral("title"), c.title},
                  {QStringLiteral("description"), c.description},
                  {QStringLiteral("reporterName"), c.reporterName},
                  {QStringLiteral("reporterPhone"), c.reporterPhone},
                  {QStringLiteral("channel"), toCode(c.channel)},
                  {QStringLiteral("field"), c.field},
                  {QStringLiteral("urgency"), toCode(c.urgency)},
                  {QStringLiteral("address"), c.address},
                  {QStringLiteral("unitId"), c.unitId},
                  {QStringLiteral("unitName"), c.unitName},
                  {QStringLiteral("assigneeId"), c.assigneeId},
                  {QStringLiteral("assigneeName"), c.assigneeName},
                  {QStringLiteral("status"), toCode(c.status)},
                  {QStringLiteral("replyDraft"), c.replyDraft},
                  {QStringLiteral("replyPublished"), c.replyPublished}};
    if (c.latitude)
        o.insert(QStringLiteral("latitude"), *c.latitude);
    if (c.longitude)
        o.insert(QStringLiteral("longitude"), *c.longitude);
    putTime(o, "receivedAt", c.receivedAt);
    putTime(o, "acceptDeadline", c.acceptDeadline);
    putTime(o, "answerDeadline", c.answerDeadline);
    putTime(o, "answeredAt", c.answeredAt);
    putTime(o, "acceptedAt", c.acceptedAt);
    putTime(o, "ratedAt", c.ratedAt);
    putTime(o, "closedAt", c.closedAt);
    putTime(o, "updatedAt", c.updatedAt);
    if (const auto onTime = acceptedOnTime(c))
        o.insert(QStringLiteral("acceptedOnTime"), *onTime);
    if (const auto onTime = answeredOnTime(c))
        o.insert(QStringLiteral("answeredOnTime"), *onTime);
    if (c.rating)
        o.insert(QStringLiteral("rating"), toCode(*c.rating));
    if (c.mergedIntoId != 0)
        o.insert(QStringLiteral("mergedIntoId"), c.mergedIntoId);
    if (c.reopenCount != 0)
        o.insert(QStringLiteral("reopenCount"), c.reopenCount);
    if (!c.extensions.isEmpty()) {
        QJsonArray x;
        for (const ExtensionRequest &e : c.extensions)
            x.append(toJson(e));
        o.insert(QStringLiteral("extensions"), x);
    }
    if (!c.attachments.isEmpty()) {
        QJsonArray a;
        for (const Attachment &each : c.attachments)
            a.append(toJson(each));
        o.insert(QStringLiteral("attachments"), a);
    }
    if (withHistory) {
        QJsonArray h;
        for (const CaseEvent &e : c.history)
            h.append(toJson(e));
        o.insert(QStringLiteral("history"), h);
    }
    return o;
}

QJsonObject toJson(const Unit &u)
{
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("parentId"), u.parentId},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("kind"), u.kind}};
}

QJsonObject toJson(const Account &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("login"), a.login},
            {QStringLiteral("displayName"), a.displayName},
            {QStringLiteral("role"), toCode(a.role)},
            {QStringLiteral("unitId"), a.unitId}};
}

std::optional<CaseEvent> caseEventFromJson(const QJsonObject &o, QString *error)
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
    return r.ok() ? std::optional(e) : std::nullopt;
}

std::optional<ExtensionRequest> extensionRequestFromJson(const QJsonObject &o, QString *error)
{
    Reader r(o, error);
    ExtensionRequest x;
    x.requestedAt = r.time("requestedAt", true);
    x.requestedById = r.id("requestedById", false);
    x.requestedByName = r.text("requestedByName");
    x.reason = r.text("reason");
    x.proposedDeadline = r.time("proposedDeadline", true);
    x.previousDeadline = r.time("previousDeadline");
    x.decision = r.code<ExtensionRequest::Decision>("decision", &extensionDecisionFromCode);
    x.decidedAt = r.time("decidedAt");
    x.decidedById = r.id("decidedById", false);
    x.decidedByName = r.text("decidedByName");
    x.comment = r.text("comment");
    x.grantedDeadline = r.time("grantedDeadline");
    return r.ok() ? std::optional(x) : std::nullopt;
}

std::optional<Attachment> attachmentFromJson(const QJsonObject &o, QString *error)
{
    Reader r(o, error);
    Attachment a;
    a.id = r.text("id", true);
    a.purpose = r.code<Attachment::Purpose>("purpose", &attachmentPurposeFromCode);
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
    return r.ok() ? std::optional(a) : std::nullopt;
}

std::optional<Case> caseFromJson(const QJsonObject &o, QString *error)
{
    Reader r(o, error);
    Case c;
    c.id = r.id("id");
    c.version = r.id("version");
    c.title = r.text("title", true);
    c.description = r.text("description");
    c.reporterName = r.text("reporterName");
    c.reporterPhone = r.text("reporterPhone");
    c.channel = r.code<Channel>("channel", &channelFromCode);
    c.receivedAt = r.time("receivedAt", true);
    c.field = r.text("field", true);
    c.urgency = r.code<Urgency>("urgency", &urgencyFromCode);
    c.address = r.text("address");
    c.latitude = r.number("latitude");
    c.longitude = r.number("longitude");
    c.unitId = r.id("unitId", false);
    c.unitName = r.text("unitName");
    c.assigneeId = r.id("assigneeId", false);
    c.assigneeName = r.text("assigneeName");
    c.status = r.code<CaseStatus>("status", &caseStatusFromCode);
    c.acceptDeadline = r.time("acceptDeadline");
    c.answerDeadline = r.time("answerDeadline");
    c.replyDraft = r.text("replyDraft");
    c.replyPublished = r.text("replyPublished");
    c.answeredAt = r.time("answeredAt");
    c.acceptedAt = r.time("acceptedAt");
    c.rating = r.optionalCode<Rating>("rating", &ratingFromCode);
    c.ratedAt = r.time("ratedAt");
    c.closedAt = r.time("closedAt");
    c.mergedIntoId = r.id("mergedIntoId", false);
    c.reopenCount = int(r.id("reopenCount", false));
    c.extensions = r.list<ExtensionRequest>("extensions", &extensionRequestFromJson);
    c.attachments = r.list<Attachment>("attachments", &attachmentFromJson);
    c.updatedAt = r.time("updatedAt");
    const QJsonValue history = o.value(QStringLiteral("history"));
    if (history.isArray()) {
        const QJsonArray events = history.toArray();
        c.history.reserve(events.size());
        for (const QJsonValue &v : events) {
            QString eventError;
            auto e = caseEventFromJson(v.toObject(), &eventError);
            if (!e) {
                r.fail("history", "has a malformed event");
                break;
            }
            c.history.append(std::move(*e));
        }
    } else if (!history.isUndefined() && !history.isNull()) {
        r.fail("history", "is not an array");
    }
    if (r.ok() && c.id == 0)
        r.fail("id", "is zero");
    return r.ok() ? std::optional(c) : std::nullopt;
}

std::optional<Unit> unitFromJson(const QJsonObject &o, QString *error)
{
    Reader r(o, error);
    Unit u;
    u.id = r.id("id");
    u.parentId = r.id("parentId", false);
    u.name = r.text("name", true);
    u.kind = r.text("kind");
    return r.ok() ? std::optional(u) : std::nullopt;
}

std::optional<Account> accountFromJson(const QJsonObject &o, QString *error)
{
    Reader r(o, error);
    Account a;
    a.id = r.id("id");
    a.login = r.text("login", true);
    a.displayName = r.text("displayName");
    a.role = r.code<Role>("role", &roleFromCode);
    a.unitId = r.id("unitId", false);
    return r.ok() ? std::optional(a) : std::nullopt;
}

} // namespace pakn
