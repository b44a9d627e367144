#include "CliOutput.h"

#include "cache/CaseStore.h"
#include "cache/Outbox.h"
#include "domain/CaseDeadlines.h"
#include "domain/JsonCodec.h"
#include "domain/PhoneMask.h"
#include "domain/WorkflowRules.h"

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

namespace {

QString deadlineWords(DeadlineState s)
{
    switch (s) {
    case DeadlineState::None:
        return {};
    case DeadlineState::Running:
        return QStringLiteral(" (running)");
    case DeadlineState::Overdue:
        return QStringLiteral(" (OVERDUE)");
    case DeadlineState::Met:
        return QStringLiteral(" (met)");
    case DeadlineState::Missed:
        return QStringLiteral(" (missed)");
    }
    return {};
}

QString actionUsage(CaseAction a)
{
    QStringList params;
    for (const QString &p : WorkflowRules::rule(a).requiredParams)
        params.append(p + QStringLiteral("=…"));
    return QString(toCode(a) + QLatin1Char(' ') + params.join(QLatin1Char(' '))).trimmed();
}

} // namespace

void CliOutput::caseDetail(const Case &c, const QList<CaseAction> &allowed) const
{
    if (m_json) {
        QJsonObject o = toJson(c);
        // Masked by the server already; masked again for a case cached by an older client.
        o.insert(QStringLiteral("reporterPhone"), maskedPhone(c.reporterPhone));
        QJsonArray actions;
        for (CaseAction a : allowed)
            actions.append(toCode(a));
        o.insert(QStringLiteral("allowedActions"), actions);
        printJson(o); // "attachments" is part of the case's JSON
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    print(QStringLiteral("Case %1 (version %2): %3").arg(c.id).arg(c.version).arg(c.title));
    print(QStringLiteral("Status:     %1").arg(toCode(c.status)));
    print(QStringLiteral("Field:      %1, urgency %2").arg(c.field, toCode(c.urgency)));
    print(QStringLiteral("Unit:       %1")
              .arg(c.unitName.isEmpty() ? QStringLiteral("-") : c.unitName));
    print(QStringLiteral("Assignee:   %1")
              .arg(c.assigneeName.isEmpty() ? QStringLiteral("-") : c.assigneeName));
    print(QStringLiteral("Reporter:   %1 %2")
              .arg(c.reporterName.isEmpty() ? QStringLiteral("(anonymous)") : c.reporterName,
                   maskedPhone(c.reporterPhone)));
    print(QStringLiteral("Channel:    %1, received %2")
              .arg(toCode(c.channel), localTime(c.receivedAt)));
    print(QStringLiteral("Address:    %1").arg(c.address));
    print(QStringLiteral("Deadlines:  accept %1%2, answer %3%4")
              .arg(localTime(c.acceptDeadline), deadlineWords(acceptState(c, now)),
                   localTime(c.answerDeadline), deadlineWords(answerState(c, now))));
    for (const ExtensionRequest &x : c.extensions)
        print(QStringLiteral("Extension:  %1 asked %2 → %3 (%4): %5%6")
                  .arg(localTime(x.requestedAt), x.requestedByName, localTime(x.proposedDeadline),
                       toCode(x.decision), x.reason,
                       x.decision == ExtensionRequest::Decision::Pending
                           ? QString()
                           : QStringLiteral("; %1 by %2 %3")
                                 .arg(toCode(x.decision), x.decidedByName,
                                      localTime(x.grantedDeadline.isValid() ? x.grantedDeadline
                                                                            : x.decidedAt))));
    if (c.rating)
        print(QStringLiteral("Rating:     %1 (%2)").arg(toCode(*c.rating), localTime(c.ratedAt)));
    if (c.reopenCount > 0)
        print(QStringLiteral("Reopened:   %1 time(s)").arg(c.reopenCount));
    if (c.mergedIntoId != 0)
        print(QStringLiteral("Merged into case %1").arg(c.mergedIntoId));
    print(QString());
    print(c.description);
    if (!c.replyDraft.isEmpty())
        print(QStringLiteral("\nDraft reply:\n") + c.replyDraft);
    if (!c.replyPublished.isEmpty())
        print(QStringLiteral("\nPublished reply:\n") + c.replyPublished);
    if (!c.attachments.isEmpty()) {
        print(
            QStringLiteral("\nAttachments (`pakn file %1 ID --output PATH` saves one):").arg(c.id));
        for (const Attachment &a : c.attachments)
            print(QStringLiteral("  %1  %2  %3  %4 bytes  %5")
                      .arg(a.id, clip(a.fileName, 30), a.contentType)
                      .arg(a.size)
                      .arg(toCode(a.purpose)));
    }
    print(QStringLiteral("\nHistory:"));
    for (const CaseEvent &e : c.history)
        print(QStringLiteral("  %1  %2  %3  %4  [%5]")
                  .arg(localTime(e.at), clip(e.actorName, 20), clip(e.action, 17), e.detail,
                       e.client));
    print(QStringLiteral("\nYou may now:"));
    for (CaseAction a : allowed)
        print(QStringLiteral("  pakn act %1 %2").arg(c.id).arg(actionUsage(a)));
    if (allowed.isEmpty())
        print(QStringLiteral("  (nothing)"));
}

void CliOutput::drafts(const QList<CaseStore::LocalDraft> &drafts) const
{
    if (m_json) {
        QJsonArray out;
        for (const auto &d : drafts)
            out.append(QJsonObject{{QStringLiteral("caseId"), d.caseId},
                                   {QStringLiteral("text"), d.text},
                                   {QStringLiteral("savedAt"), toIsoString(d.savedAt)}});
        printJson(out);
        return;
    }
    for (const auto &d : drafts)
        print(QStringLiteral("case %1  saved %2\n%3\n")
                  .arg(d.caseId)
                  .arg(localTime(d.savedAt), d.text));
    print(QStringLiteral("%1 reply text(s) kept locally").arg(drafts.size()));
}

namespace {
// "accept", or "upload"/"withdraw_attachment" for attachment entries.
QString entryCode(const OutboxEntry &e)
{
    switch (e.kind) {
    case OutboxEntry::Kind::Upload:
        return QStringLiteral("upload");
    case OutboxEntry::Kind::Withdraw:
        return QStringLiteral("withdraw_attachment");
    case OutboxEntry::Kind::Action:
        break;
    }
    return toCode(e.action);
}
} // namespace

void CliOutput::outbox(const QList<OutboxEntry> &entries) const
{
    if (m_json) {
        QJsonArray out;
        for (const OutboxEntry &e : entries)
            out.append(QJsonObject{{QStringLiteral("id"), e.id},
                                   {QStringLiteral("caseId"), e.caseId},
                                   {QStringLiteral("action"), entryCode(e)},
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
                  .arg(entryCode(e))
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
    notice(text);
}

void CliOutput::notLoggedIn() const
{
    error(QStringLiteral("not logged in; run `pakn login URL --user NAME` first"));
}

void CliOutput::notice(const QString &text) const
{
    std::fputs((QStringLiteral("pakn: ") + text + QLatin1Char('\n')).toUtf8().constData(), stderr);
}

} // namespace pakn
