#include "sync/OutboxSender.h"

#include "ClientLogging.h"
#include "DisplayNames.h"
#include "cache/SqlTransaction.h"
#include "net/ApiPayloads.h"

namespace pakn {

namespace {

bool isReply(CaseAction a)
{
    return a == CaseAction::DraftReply || a == CaseAction::SubmitReply || a == CaseAction::Approve;
}

// "Trần Văn B (Assign, 14:05)": who changed the case last, in words for the user.
QString lastChange(const Case &c)
{
    if (c.history.isEmpty())
        return OutboxSender::tr("someone else");
    const CaseEvent &e = c.history.constLast();
    return OutboxSender::tr("%1 (%2, %3)")
        .arg(e.actorName, DisplayNames::historyAction(e.action), DisplayNames::dateTime(e.at));
}

} // namespace

OutboxSender::OutboxSender(ApiClient &api, CaseStore &store, Outbox &outbox,
                           const LocalActions &actions, AttachmentFiles files, QObject *parent)
    : QObject(parent), m_api(api), m_store(store), m_outbox(outbox), m_actions(actions),
      m_files(std::move(files))
{}

void OutboxSender::run(std::function<void(const Outcome &)> done)
{
    m_done = std::move(done);
    m_outcome = {};
    sendNext();
}

void OutboxSender::sendNext()
{
    const auto entry = m_outbox.next(QDateTime::currentDateTimeUtc());
    if (!entry) {
        std::exchange(m_done, {})(m_outcome);
        return;
    }
    if (entry->kind != OutboxEntry::Kind::Action)
        return sendAttachmentEntry(*entry);
    const QJsonObject body{{QStringLiteral("action"), toCode(entry->action)},
                           {QStringLiteral("key"), entry->key},
                           {QStringLiteral("baseVersion"), entry->baseVersion},
                           {QStringLiteral("params"), entry->params}};
    qCDebug(lcSync) << "sending" << toCode(entry->action) << "on case" << entry->caseId
                    << "based on version" << entry->baseVersion;
    m_api.post(QStringLiteral("cases/%1/actions").arg(entry->caseId), body,
               [this, e = *entry](const ApiResult &answer) { settle(e, answer); });
}

void OutboxSender::settleUndelivered(const OutboxEntry &entry, const ApiResult &answer)
{
    switch (answer.kind) {
    case ApiResult::Kind::Offline:
        // We cannot know whether the server applied it; the retry carries the
        // same key (an upload the same attachment id), so it is applied at most once.
        m_outbox.recordUnreachable(entry.id, answer.message);
        stop(answer);
        return;
    case ApiResult::Kind::TlsError:
        stop(answer);
        return;
    default:
        retryLater(entry, answer.message);
        return;
    }
}

void OutboxSender::settle(const OutboxEntry &entry, const ApiResult &answer)
{
    QString error;
    switch (answer.kind) {
    case ApiResult::Kind::Ok:
        if (const auto fresh = caseFromAnswer(answer.body, &error);
            fresh && fresh->id == entry.caseId)
            accepted(entry, *fresh);
        else
            retryLater(entry, tr("the server's answer is malformed (%1)").arg(error));
        return;
    case ApiResult::Kind::Offline:
    case ApiResult::Kind::TlsError:
    case ApiResult::Kind::BadResponse:
        settleUndelivered(entry, answer);
        return;
    case ApiResult::Kind::HttpError:
        break;
    }
    const QString action = DisplayNames::action(entry.action);
    const int status = answer.httpStatus;
    if (status == 401) {
        stop(answer);
    } else if (status == 409) {
        if (const auto fresh = caseFromAnswer(answer.body, &error))
            conflicted(entry, *fresh);
        else
            reject(entry,
                   tr("Case #%1 was changed by someone else, so your action \"%2\" was not "
                      "applied.")
                       .arg(entry.caseId)
                       .arg(action),
                   std::nullopt);
    } else if (status >= 500 || status == 408 || status == 429) {
        retryLater(entry, answer.message);
    } else if (status == 404) {
        reject(entry,
               tr("Case #%1 is no longer in your scope (it may have been transferred), so your "
                  "action \"%2\" was not applied.")
                   .arg(entry.caseId)
                   .arg(action),
               std::nullopt);
    } else if (status == 403) {
        reject(entry,
               tr("You may not take the action \"%2\" on case #%1 (any more), so it was not "
                  "applied.")
                   .arg(entry.caseId)
                   .arg(action),
               std::nullopt);
    } else {
        reject(entry,
               tr("The server refused your action \"%2\" on case #%1: %3")
                   .arg(entry.caseId)
                   .arg(action, answer.message),
               std::nullopt);
    }
}

void OutboxSender::accepted(const OutboxEntry &entry, const Case &fresh)
{
    // The entry leaves, the case's later entries build on the new version, and
    // the case is stored as the server has it with those entries on top: one
    // transaction, so a crash can neither resend nor lose anything.
    SqlTransaction tx(m_store.database());
    QString error;
    const bool stored =
        tx.isActive() && m_outbox.remove(entry.id) &&
        m_outbox.rebase(entry.caseId, entry.baseVersion, fresh.version) &&
        m_store.storeServerCase(fresh, &error, [this](const Case &c) { return reapply(c); }) &&
        tx.commit();
    if (!stored) {
        // Kept: the retry replays the server's stored answer for the same key.
        stopForCache(error.isEmpty() ? tx.error() : error);
        return;
    }
    qCDebug(lcSync) << (entry.kind == OutboxEntry::Kind::Action ? toCode(entry.action)
                                                                : QStringLiteral("attachment"))
                    << "on case" << entry.caseId << "accepted, version" << fresh.version;
    ++m_outcome.sent;
    Q_EMIT entrySettled();
    sendNext();
}

void OutboxSender::conflicted(const OutboxEntry &entry, const Case &fresh)
{
    const QString action = DisplayNames::action(entry.action);
    const ActionOutcome still = m_actions.check(fresh, entry.action, entry.params);
    if (!still.ok()) {
        reject(entry,
               tr("Case #%1 was changed by %2 in the meantime (it is now %3), so your action "
                  "\"%4\" no longer applies and was not applied.")
                   .arg(entry.caseId)
                   .arg(lastChange(fresh), DisplayNames::status(fresh.status), action),
               fresh);
        return;
    }
    // A decision taken first by someone else stands: the rule table says which
    // actions must not be replayed over it (accept, assign, approve, …).
    if (WorkflowRules::rule(entry.action).onConflict == OnConflict::Drop) {
        reject(entry,
               tr("Case #%1 was changed by %2 before your action \"%3\" reached the server; "
                  "so that nobody overrides a decision unknowingly, yours was not applied. "
                  "Look at the case and take the action again if it is still needed.")
                   .arg(entry.caseId)
                   .arg(lastChange(fresh), action),
               fresh);
        return;
    }
    if (m_resent.contains(entry.id)) {
        reject(entry,
               tr("Case #%1 kept changing on the server, so your action \"%2\" was not applied.")
                   .arg(entry.caseId)
                   .arg(action),
               fresh);
        return;
    }
    // Still the user's intent and still allowed: send it once more on the new
    // version, with a new key (the server remembers its 409 for the old one).
    // Only this entry moves to the new version: a later one was decided without
    // the other person's change too, and meets its own 409.
    SqlTransaction tx(m_store.database());
    QString error;
    const bool stored =
        tx.isActive() && m_outbox.resendOn(entry.id, fresh.version) &&
        m_store.storeServerCase(fresh, &error, [this](const Case &c) { return reapply(c); }) &&
        tx.commit();
    if (!stored) {
        // Kept as it was (e.g. the disk is full): sent again, its old key meets
        // the same 409 and comes here again. Counting it as resent would drop it.
        qCWarning(lcSync) << "could not rebase the queued action:" << error << tx.error();
        stopForCache(error.isEmpty() ? tx.error() : error);
        return;
    }
    m_resent.insert(entry.id);
    qCInfo(lcSync) << "resending" << toCode(entry.action) << "on case" << entry.caseId
                   << "on version" << fresh.version << "after a conflict";
    sendNext();
}

void OutboxSender::reject(const OutboxEntry &entry, const QString &why,
                          const std::optional<Case> &fresh)
{
    // A reply text is kept unless the server's case already carries it (an
    // approval without an edit sends the officer's draft along).
    const QString text = entry.params.value(QStringLiteral("text")).toString();
    const bool keepText = isReply(entry.action) && !text.trimmed().isEmpty() &&
                          !(fresh && (fresh->replyDraft == text || fresh->replyPublished == text));
    SqlTransaction tx(m_store.database());
    QString error;
    bool stored = tx.isActive() && m_outbox.remove(entry.id) &&
                  (!keepText || m_store.setLocalDraft(entry.caseId, text, &error));
    // The case's later entries keep their base version: decided without the
    // change that made this one fail, they meet their own 409 and rule.
    if (stored && fresh)
        stored =
            m_store.storeServerCase(*fresh, &error, [this](const Case &c) { return reapply(c); });
    if (!stored || !tx.commit()) {
        stopForCache(error.isEmpty() ? tx.error() : error);
        return;
    }
    const QString message =
        keepText ? why + QLatin1Char(' ') + tr("Your reply text was kept as a local draft.") : why;
    qCInfo(lcSync).noquote() << "dropped" << toCode(entry.action) << "on case" << entry.caseId
                             << ":" << message;
    Q_EMIT entrySettled();
    Q_EMIT actionRejected(entry.caseId, toCode(entry.action), message);
    if (fresh)
        sendNext();
    else
        refetch(entry.caseId); // the cached copy still shows the dropped action
}

void OutboxSender::refetch(CaseId id)
{
    m_api.get(QStringLiteral("cases/%1").arg(id), {}, [this, id](const ApiResult &answer) {
        QString error;
        if (answer.ok()) {
            if (const auto fresh = caseFromAnswer(answer.body, &error); fresh && fresh->id == id) {
                SqlTransaction tx(m_store.database());
                if (!tx.isActive() ||
                    !m_store.storeServerCase(*fresh, &error,
                                             [this](const Case &c) { return reapply(c); }) ||
                    !tx.commit())
                    qCWarning(lcSync) << "could not store case" << id << ":" << error;
            }
        } else if (answer.kind == ApiResult::Kind::HttpError && answer.httpStatus == 404) {
            if (!m_store.removeCase(id, &error))
                qCWarning(lcSync) << "could not drop case" << id << ":" << error;
        } else if (answer.kind != ApiResult::Kind::HttpError || answer.httpStatus == 401) {
            stop(answer); // offline, TLS, or the session ended
            return;
        }
        sendNext();
    });
}

void OutboxSender::sendAttachmentEntry(const OutboxEntry &entry)
{
    const auto settleIt = [this, entry](const ApiResult &answer) {
        settleAttachmentEntry(entry, answer);
    };
    if (entry.kind == OutboxEntry::Kind::Withdraw) {
        const QString id = entry.params.value(QStringLiteral("attachmentId")).toString();
        qCDebug(lcSync) << "withdrawing attachment" << id << "from case" << entry.caseId;
        m_api.deleteResource(QStringLiteral("cases/%1/attachments/%2").arg(entry.caseId).arg(id),
                             settleIt);
        return;
    }
    const QString id = entry.params.value(QStringLiteral("id")).toString();
    QString error;
    const QByteArray bytes = m_files.readPending(id, &error);
    if (bytes.isEmpty())
        return hold(entry, error);
    // Encoded here: QUrlQuery would leave "&", "+" and "=" of a file name as they are.
    const QUrlQuery query(QStringLiteral("purpose=") +
                          entry.params.value(QStringLiteral("purpose")).toString() +
                          QStringLiteral("&name=") +
                          QString::fromLatin1(QUrl::toPercentEncoding(
                              entry.params.value(QStringLiteral("fileName")).toString())));
    qCDebug(lcSync) << "uploading attachment" << id << "to case" << entry.caseId << bytes.size()
                    << "bytes";
    m_api.put(QStringLiteral("cases/%1/attachments/%2").arg(entry.caseId).arg(id), query, bytes,
              settleIt);
}

void OutboxSender::settleAttachmentEntry(const OutboxEntry &entry, const ApiResult &answer)
{
    const QString id = entry.params.value(QStringLiteral("id")).toString();
    QString error;
    switch (answer.kind) {
    case ApiResult::Kind::Ok:
        if (const auto fresh = caseFromAnswer(answer.body, &error);
            fresh && fresh->id == entry.caseId) {
            // The pending copy becomes the cached file: the uploader never downloads it.
            if (entry.kind == OutboxEntry::Kind::Upload &&
                !m_files.hasFile(entry.params.value(QStringLiteral("sha256")).toString()))
                m_files.storeFile(entry.params.value(QStringLiteral("sha256")).toString(),
                                  m_files.readPending(id, nullptr), nullptr);
            accepted(entry, *fresh);
            if (entry.kind == OutboxEntry::Kind::Upload && !m_outbox.entry(entry.id))
                m_files.removePending(id);
        } else if (entry.kind == OutboxEntry::Kind::Withdraw) {
            // An answer without the case: done all the same; fetch the case.
            m_outbox.remove(entry.id);
            ++m_outcome.sent;
            Q_EMIT entrySettled();
            refetch(entry.caseId);
        } else {
            retryLater(entry, tr("the server's answer is malformed (%1)").arg(error));
        }
        return;
    case ApiResult::Kind::Offline:
    case ApiResult::Kind::TlsError:
    case ApiResult::Kind::BadResponse:
        settleUndelivered(entry, answer);
        return;
    case ApiResult::Kind::HttpError:
        break;
    }
    const int status = answer.httpStatus;
    if (status == 401)
        stop(answer);
    else if (status >= 500 || status == 408 || status == 429)
        retryLater(entry, answer.message);
    else
        hold(entry, answer.message);
}

void OutboxSender::hold(const OutboxEntry &entry, const QString &why)
{
    const QString name = entry.params.value(QStringLiteral("fileName")).toString();
    const QString message = entry.kind == OutboxEntry::Kind::Upload
                                ? tr("The file %1 was not attached to case #%2: %3")
                                      .arg(name)
                                      .arg(entry.caseId)
                                      .arg(why)
                                : tr("The evidence %1 was not withdrawn from case #%2: %3")
                                      .arg(name)
                                      .arg(entry.caseId)
                                      .arg(why);
    m_outbox.hold(entry.id, message);
    qCInfo(lcSync).noquote() << "held an attachment entry of case" << entry.caseId << ":" << why;
    m_outcome.problem = message;
    Q_EMIT actionRejected(entry.caseId,
                          entry.kind == OutboxEntry::Kind::Upload ? QStringLiteral("upload")
                                                                  : QStringLiteral("withdraw"),
                          message);
    sendNext();
}

void OutboxSender::retryLater(const OutboxEntry &entry, const QString &why)
{
    m_outbox.recordFailure(entry.id, why, QDateTime::currentDateTimeUtc());
    m_outcome.problem = tr("An action on case #%1 could not be delivered (%2); it will be "
                           "retried.")
                            .arg(entry.caseId)
                            .arg(why);
    sendNext();
}

void OutboxSender::stopForCache(const QString &why)
{
    stop(ApiResult::badResponse(tr("The cache could not be updated: %1").arg(why)));
}

void OutboxSender::stop(const ApiResult &answer)
{
    m_outcome.stoppedBy = answer.kind;
    m_outcome.httpStatus = answer.httpStatus;
    m_outcome.message = answer.message;
    std::exchange(m_done, {})(m_outcome);
}

} // namespace pakn
