#include "http/CaseJsonWriter.h"

#include "domain/CaseDeadlines.h"
#include "domain/JsonCodec.h"
#include "domain/PhoneMask.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pakn::server {

namespace {
// toIsoString's text ("2026-11-29T10:00:00.000Z"), written straight to bytes:
// QDateTime::toString goes through QString::asprintf, which took a sixth of a
// feed page's time (docs/PERFORMANCE.md). Years outside 0-9999 take Qt's path.
void timeMember(JsonWriter &w, QLatin1StringView name, const QDateTime &t)
{
    if (!t.isValid())
        return;
    const QDateTime utc = t.toUTC();
    const QDate d = utc.date();
    const QTime h = utc.time();
    if (d.year() < 0 || d.year() > 9999) {
        w.member(name, toIsoString(t));
        return;
    }
    char text[] = "\"0000-00-00T00:00:00.000Z\"";
    const auto digits = [&text](int at, int value, int width) {
        for (int i = at + width - 1; i >= at; --i, value /= 10)
            text[i] = char('0' + value % 10);
    };
    digits(1, d.year(), 4);
    digits(6, d.month(), 2);
    digits(9, d.day(), 2);
    digits(12, h.hour(), 2);
    digits(15, h.minute(), 2);
    digits(18, h.second(), 2);
    digits(21, h.msec(), 3);
    w.key(name).raw(QByteArray(text, sizeof text - 1));
}
} // namespace

void writeEvent(JsonWriter &w, const CaseEvent &e)
{
    w.beginObject();
    w.member(QLatin1StringView("id"), e.id);
    timeMember(w, QLatin1StringView("at"), e.at);
    w.member(QLatin1StringView("actorId"), e.actorId);
    w.member(QLatin1StringView("actorName"), e.actorName);
    w.member(QLatin1StringView("action"), e.action);
    w.member(QLatin1StringView("detail"), e.detail);
    w.member(QLatin1StringView("client"), e.client);
    if (!e.data.isEmpty())
        w.key(QLatin1StringView("data")).raw(QJsonDocument(e.data).toJson(QJsonDocument::Compact));
    w.endObject();
}

void writeAttachment(JsonWriter &w, const Attachment &a)
{
    using L = QLatin1StringView;
    w.beginObject();
    w.member(L("id"), a.id);
    w.member(L("purpose"), toCode(a.purpose));
    w.member(L("fileName"), a.fileName);
    w.member(L("contentType"), a.contentType);
    w.member(L("size"), a.size);
    w.member(L("sha256"), a.sha256);
    if (a.width > 0 && a.height > 0) {
        w.member(L("width"), qint64(a.width));
        w.member(L("height"), qint64(a.height));
    }
    timeMember(w, L("uploadedAt"), a.uploadedAt);
    w.member(L("uploadedById"), a.uploadedById);
    w.member(L("uploadedByName"), a.uploadedByName);
    w.endObject();
}

void writeCase(JsonWriter &w, const Case &c, bool withHistory)
{
    using L = QLatin1StringView;
    w.beginObject();
    w.member(L("id"), c.id);
    w.member(L("version"), c.version);
    w.member(L("title"), c.title);
    w.member(L("description"), c.description);
    w.member(L("reporterName"), c.reporterName);
    w.member(L("reporterPhone"), maskedPhone(c.reporterPhone));
    w.member(L("channel"), toCode(c.channel));
    timeMember(w, L("receivedAt"), c.receivedAt);
    w.member(L("field"), c.field);
    w.member(L("urgency"), toCode(c.urgency));
    w.member(L("address"), c.address);
    if (c.latitude)
        w.key(L("latitude")).value(*c.latitude);
    if (c.longitude)
        w.key(L("longitude")).value(*c.longitude);
    w.member(L("unitId"), c.unitId);
    w.member(L("unitName"), c.unitName);
    w.member(L("assigneeId"), c.assigneeId);
    w.member(L("assigneeName"), c.assigneeName);
    w.member(L("status"), toCode(c.status));
    timeMember(w, L("acceptDeadline"), c.acceptDeadline);
    timeMember(w, L("answerDeadline"), c.answerDeadline);
    w.member(L("replyDraft"), c.replyDraft);
    w.member(L("replyPublished"), c.replyPublished);
    timeMember(w, L("answeredAt"), c.answeredAt);
    timeMember(w, L("acceptedAt"), c.acceptedAt);
    timeMember(w, L("ratedAt"), c.ratedAt);
    timeMember(w, L("closedAt"), c.closedAt);
    timeMember(w, L("updatedAt"), c.updatedAt);
    if (const auto onTime = acceptedOnTime(c))
        w.key(L("acceptedOnTime")).value(*onTime);
    if (const auto onTime = answeredOnTime(c))
        w.key(L("answeredOnTime")).value(*onTime);
    if (c.rating)
        w.member(L("rating"), toCode(*c.rating));
    if (c.mergedIntoId != 0)
        w.member(L("mergedIntoId"), c.mergedIntoId);
    if (c.reopenCount != 0)
        w.member(L("reopenCount"), qint64(c.reopenCount));
    if (!c.extensions.isEmpty()) {
        // Rare and small: the domain codec writes them, so both writers agree.
        QJsonArray extensions;
        for (const ExtensionRequest &x : c.extensions)
            extensions.append(toJson(x));
        w.key(L("extensions")).raw(QJsonDocument(extensions).toJson(QJsonDocument::Compact));
    }
    if (!c.attachments.isEmpty()) {
        w.key(L("attachments")).beginArray();
        for (const Attachment &a : c.attachments)
            writeAttachment(w, a);
        w.endArray();
    }
    if (withHistory) {
        w.key(L("history")).beginArray();
        for (const CaseEvent &e : c.history)
            writeEvent(w, e);
        w.endArray();
    }
    w.endObject();
}

QByteArray caseReplyBody(const Case &c)
{
    JsonWriter w;
    w.beginObject();
    w.key(QLatin1StringView("case"));
    writeCase(w, c);
    w.endObject();
    return w.take();
}

QByteArray caseReplyBody(const QByteArray &caseJson)
{
    JsonWriter w;
    w.beginObject();
    w.key(QLatin1StringView("case")).raw(caseJson);
    w.endObject();
    return w.take();
}

QByteArray revealReplyBody(const Case &c)
{
    JsonWriter w;
    w.beginObject();
    w.key(QLatin1StringView("case"));
    writeCase(w, c);
    w.member(QLatin1StringView("reporterPhone"), c.reporterPhone);
    w.endObject();
    return w.take();
}

} // namespace pakn::server
