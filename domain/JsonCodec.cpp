#include "JsonCodec.h"

#include "CaseDeadlines.h"
#include "CaseDecoding.h"

#include <QJsonArray>

namespace pakn {

namespace {

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

namespace {

// The form toIsoString writes ("2026-11-29T08:30:00.000Z"), read without
// QDateTime's general parser: a feed page of 1,000 cases holds some 10,000
// times. nullopt for anything else, which goes to that parser.
std::optional<QDateTime> fromOwnIsoForm(QStringView s)
{
    if (s.size() != 24 || s[4] != u'-' || s[7] != u'-' || s[10] != u'T' || s[13] != u':' ||
        s[16] != u':' || s[19] != u'.' || s[23] != u'Z')
        return std::nullopt;
    bool digits = true;
    const auto number = [&](qsizetype from, qsizetype count) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t ch = s[i].unicode();
            digits = digits && ch >= u'0' && ch <= u'9';
            value = value * 10 + (ch - u'0');
        }
        return value;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
    const int ms = number(20, 3);
    if (!digits || !QDate::isValid(year, month, day) || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

} // namespace

QDateTime fromIsoString(const QString &s)
{
    if (auto own = fromOwnIsoForm(s))
        return *own;
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
    return decoding::caseEventFrom(o, error);
}

std::optional<ExtensionRequest> extensionRequestFromJson(const QJsonObject &o, QString *error)
{
    return decoding::extensionRequestFrom(o, error);
}

std::optional<Attachment> attachmentFromJson(const QJsonObject &o, QString *error)
{
    return decoding::attachmentFrom(o, error);
}

std::optional<Case> caseFromJson(const QJsonObject &o, QString *error)
{
    return decoding::caseFrom(o, error);
}

std::optional<Unit> unitFromJson(const QJsonObject &o, QString *error)
{
    decoding::Reader r(o, error);
    Unit u;
    u.id = r.id("id");
    u.parentId = r.id("parentId", false);
    u.name = r.text("name", true);
    u.kind = r.text("kind");
    return r.ok() ? std::optional(u) : std::nullopt;
}

std::optional<Account> accountFromJson(const QJsonObject &o, QString *error)
{
    decoding::Reader r(o, error);
    Account a;
    a.id = r.id("id");
    a.login = r.text("login", true);
    a.displayName = r.text("displayName");
    a.role = r.code<Role>("role", &roleFromCode);
    a.unitId = r.id("unitId", false);
    return r.ok() ? std::optional(a) : std::nullopt;
}

} // namespace pakn
