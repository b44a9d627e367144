#include "cases/AnswerAutoCloser.h"

#include "ServerLogging.h"
#include "cases/NextVersion.h"
#include "storage/TransactionGuard.h"

namespace pakn::server {

namespace {
const Actor systemActor{0, Role::Coordinator, 0, QStringLiteral("Hệ thống")};
} // namespace

AnswerAutoCloser::AnswerAutoCloser(CaseRepository &cases, ChangeFeed &feed,
                                   const WorkflowRules &rules, std::function<QDateTime()> clock,
                                   int days)
    : m_cases(cases), m_feed(feed), m_rules(rules), m_clock(std::move(clock)), m_days(days)
{}

int AnswerAutoCloser::closeDue()
{
    if (m_days <= 0)
        return 0;
    const QDateTime now = m_clock();
    const QList<CaseId> due = m_cases.answeredUnratedBefore(now.addDays(-m_days));
    if (m_cases.failed())
        return -1;
    int closed = 0;
    for (CaseId id : due) {
        if (!close(id, now))
            return -1;
        ++closed;
    }
    if (closed > 0)
        qCInfo(lcActions) << "closed" << closed << "answered case(s) left unrated for" << m_days
                          << "days";
    return closed;
}

bool AnswerAutoCloser::close(CaseId id, const QDateTime &now)
{
    TransactionGuard transaction(m_cases.database());
    auto c = m_cases.find(id);
    if (!transaction.isActive() || !c)
        return false;
    ActionInput input;
    input.action = CaseAction::Close;
    input.client = QStringLiteral("pakn-server");
    input.params = {{QStringLiteral("comment"),
                     QStringLiteral("Tự động đóng sau %1 ngày không có đánh giá.").arg(m_days)}};
    if (!m_rules.apply(*c, input, systemActor, now).ok())
        return true; // rated or reopened meanwhile: nothing to close
    const bool saved = storeNextVersion(m_cases, m_feed, *c, now) && transaction.commit();
    if (!saved)
        qCWarning(lcActions) << "could not close case" << id << m_cases.lastError();
    return saved;
}

} // namespace pakn::server
