#include "CliOutput.h"

#include "cache/CaseStore.h"
#include "cache/Outbox.h"
#include "domain/JsonCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <cstdio>

namespace pakn {

namespace {
QString localTime(const QDateTime &t)
{
    return t.isValid()
               ? t.toTimeZone(QTimeZone(7 * 3600)).toString(QStringLiteral("dd/MM/yyyy HH:mm"))
               : QStringLiteral("-");
}
QString clip(const QString &s, int width)
{
    return s.size() <= width ? s.leftJustified(width) : s.left(width - 1) + QChar(0x2026);
}
} // namespace

void CliOutput::print(const QString &text) const
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputs("\n", stdout);
}

void CliOutput::printJson(const QJsonValue &value) const
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    std::fputs(doc.toJson(QJsonDocument::Indented).constData(), stdout);
}

void CliOutput::rows(const QList<CaseRow> &rows, int total) const
{
    if (m_json) {
        QJsonArray out;
        for (const CaseRow &r : rows)
            out.append(
                QJsonObject{{QStringLiteral("id"), r.id},
                            {QStringLiteral("title"), r.title},
                            {QStringLiteral("status"), toCode(r.status)},
                            {QStringLiteral("field"), r.field},
                            {QStringLiteral("urgency"), toCode(r.urgency)},
                            {QStringLiteral("unitName"), r.unitName},
                            {QStringLiteral("assigneeName"), r.assigneeName},
                            {QStringLiteral("receivedAt"), toIsoString(r.receivedAt)},
                            {QStringLiteral("answerDeadline"), toIsoString(r.answerDeadline)},
                            {QStringLiteral("pending"), r.pending}});
        printJson(QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("cases"), out}});
        return;
    }
    for (const CaseRow &r : rows)
        print(QStringLiteral("%1  %2  %3  %4  %5%6")
                  .arg(r.id, 7)
                  .arg(clip(toCode(r.status), 18), localTime(r.receivedAt), clip(r.unitName, 24),
                       r.title, r.pending ? QStringLiteral("  (pending)") : QString()));
    print(QStringLiteral("%1 of %2 case(s)").arg(rows.size()).arg(total));
}

void CliOutput::caseDetail(const Case &c) const
{
    if (m_json) {
        printJson(toJson(c));
        return;
    }
    print(QStringLiteral("Case %1 (version %2): %3").arg(c.id).arg(c.version).arg(c.title));
    print(QStringLiteral("Status:     %1").arg(toCode(c.status)));
    print(QStringLiteral("Field:      %1, urgency %2").arg(c.field, toCode(c.urgency)));
    print(QStringLiteral("Unit:       %1")
              .arg(c.unitName.isEmpty() ? QStringLiteral("-") : c.unitName));
    print(QStringLiteral("Assignee:   %1")
              .arg(c.assigneeName.isEmpty() ? QStringLiteral("-") : c.assigneeName));
    print(QStringLiteral("Reporter:   %1 %2")
              .arg(c.reporterName.isEmpty() ? QStringLiteral("(anonymous)") : c.reporterName,
                   c.reporterPhone));
    print(QStringLiteral("Channel:    %1, received %2")
              .arg(toCode(c.channel), localTime(c.receivedAt)));
    print(QStringLiteral("Address:    %1").arg(c.address));
    print(QStringLiteral("Deadlines:  accept %1, answer %2")
              .arg(localTime(c.acceptDeadline), localTime(c.answerDeadline)));
    print(QString());
    print(c.description);
    if (!c.replyDraft.isEmpty())
        print(QStringLiteral("\nDraft reply:\n") + c.replyDraft);
    if (!c.replyPublished.isEmpty())
        print(QStringLiteral("\nPublished reply:\n") + c.replyPublished);
    print(QStringLiteral("\nHistory:"));
    for (const CaseEvent &e : c.history)
        print(QStringLiteral("  %1  %2  %3  %4")
                  .arg(localTime(e.at), clip(e.actorName, 20), clip(e.action, 14), e.detail));
}

void CliOutput::outbox(const QList<OutboxEntry> &entries) const
{
    if (m_json) {
        QJsonArray out;
        for (const OutboxEntry &e : entries)
            out.append(QJsonObject{{QStringLiteral("id"), e.id},
                                   {QStringLiteral("caseId"), e.caseId},
                                   {QStringLiteral("action"), toCode(e.action)},
                                   {QStringLiteral("params"), e.params},
                                   {QStringLiteral("key"), e.key},
                                   {QStringLiteral("baseVersion"), e.baseVersion},
                                   {QStringLiteral("attempts"), e.attempts},
                                   {QStringLiteral("lastError"), e.lastError}});
        printJson(out);
        return;
    }
    for (const OutboxEntry &e : entries)
        print(QStringLiteral("%1  case %2  %3  attempts %4  %5")
                  .arg(e.id)
                  .arg(e.caseId)
                  .arg(toCode(e.action))
                  .arg(e.attempts)
                  .arg(e.lastError));
    print(QStringLiteral("%1 action(s) waiting to be sent").arg(entries.size()));
}

void CliOutput::message(const QString &text, const QJsonObject &asJson) const
{
    if (m_json)
        printJson(asJson);
    else
        print(text);
}

void CliOutput::error(const QString &text) const
{
    std::fputs((QStringLiteral("pakn: ") + text + QLatin1Char('\n')).toUtf8().constData(), stderr);
}

} // namespace pakn
