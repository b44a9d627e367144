#include "cases/SystemCaseChange.h"

#include "ServerLogging.h"
#include "cases/NextVersion.h"
#include "storage/TransactionGuard.h"

namespace pakn::server {

SystemCaseChange::SystemCaseChange(CaseRepository &cases, AttachmentRepository &attachments,
                                   ChangeFeed &feed, std::function<QDateTime()> clock)
    : m_cases(cases), m_attachments(attachments), m_feed(feed), m_clock(std::move(clock))
{}

CaseEvent SystemCaseChange::event(const QString &client, const QString &action,
                                  const QString &detail, QJsonObject data) const
{
    CaseEvent e;
    e.at = m_clock();
    e.actorName = actorName;
    e.action = action;
    e.detail = detail;
    e.client = client;
    e.data = std::move(data);
    return e;
}

bool SystemCaseChange::record(CaseId id, CaseEvent event)
{
    TransactionGuard transaction(m_cases.database());
    if (!transaction.isActive())
        return false;
    auto c = m_cases.find(id); // with its history: update() rebuilds the case's facts from it
    if (!c)
        return false;
    c->history.append(std::move(event));
    return save(*c, transaction);
}

std::optional<QString> SystemCaseChange::attach(CaseId id, Attachment a, CaseEvent event,
                                                int maxPerCase)
{
    const QString failed = QStringLiteral("the file could not be stored");
    TransactionGuard transaction(m_cases.database());
    if (!transaction.isActive())
        return failed;
    auto c = m_cases.find(id);
    const auto count = m_attachments.countCurrent(id);
    if (!c || !count)
        return failed;
    if (*count >= maxPerCase)
        return QStringLiteral("the case already has %1 attachments, the most it can have")
            .arg(maxPerCase);
    a.uploadedAt = event.at;
    a.uploadedByName = actorName;
    c->attachments.append(a);
    c->history.append(std::move(event));
    if (!m_attachments.insert(id, a) || !save(*c, transaction))
        return failed;
    return std::nullopt;
}

// The case's new version under a new feed seq, with its one new event, committed.
bool SystemCaseChange::save(Case &c, TransactionGuard &transaction)
{
    const bool stored = storeNextVersion(m_cases, m_feed, c, m_clock()) && transaction.commit();
    if (!stored)
        qCWarning(lcActions) << "could not record the server's change on case" << c.id;
    return stored;
}

} // namespace pakn::server
