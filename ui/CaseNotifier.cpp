#include "CaseNotifier.h"

#include <QTimeZone>

namespace pakn {

namespace {
// More than anyone works on at once; the queues are read by index, newest first.
constexpr int kLimit = 2000;
const QTimeZone kVietnam(7 * 3600);
} // namespace

CaseNotifier::CaseNotifier(const CaseStore &store, QObject *parent)
    : QObject(parent), m_store(store), m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

void CaseNotifier::setEnabled(Kind kind, bool on)
{
    if (on)
        m_off.remove(kind);
    else
        m_off.insert(kind);
}

QList<CaseRow> CaseNotifier::rows(Queue queue) const
{
    CaseQuery query;
    query.queue = queue;
    return m_store.page(query, {}, kLimit);
}

CaseNotifier::Snapshot CaseNotifier::take() const
{
    Snapshot s;
    s.empty = m_store.cursor() == 0;
    s.mineRows = rows(Queue::AssignedToMe);
    for (const CaseRow &row : std::as_const(s.mineRows))
        s.mine.insert(row.id, row.status);
    const std::optional<Account> me = m_store.me();
    if (me && me->role == Role::Leader)
        s.awaitingRows = rows(Queue::AwaitingApproval);
    for (const CaseRow &row : std::as_const(s.awaitingRows))
        s.awaiting.insert(row.id);
    return s;
}

void CaseNotifier::rebase()
{
    m_last = take();
}

void CaseNotifier::check()
{
    const QDate today = m_now().toTimeZone(kVietnam).date();
    if (today != m_dueDay) {
        m_dueDay = today;
        m_dueTold.clear();
    }
    const Snapshot now = take();
    // The first download of a queue is not news: everything in it would be "new".
    const bool compare = !m_last.empty;
    for (const CaseRow &row : now.mineRows) {
        const auto before = m_last.mine.constFind(row.id);
        if (compare && before == m_last.mine.constEnd())
            say(Kind::Assigned, row);
        else if (compare && before != m_last.mine.constEnd() &&
                 *before == CaseStatus::AwaitingApproval && row.status == CaseStatus::InProgress)
            say(Kind::SentBack, row);
        if (row.answerDeadline.isValid() &&
            row.answerDeadline.toTimeZone(kVietnam).date() == today &&
            !m_dueTold.contains(row.id)) {
            m_dueTold.insert(row.id);
            say(Kind::DueToday, row);
        }
    }
    for (const CaseRow &row : now.awaitingRows)
        if (compare && !m_last.awaiting.contains(row.id))
            say(Kind::ApprovalRequested, row);
    m_last = now;
}

void CaseNotifier::say(Kind kind, const CaseRow &row)
{
    if (m_off.contains(kind))
        return;
    QString text;
    switch (kind) {
    case Kind::Assigned:
        text = tr("Case #%1 was assigned to you: %2");
        break;
    case Kind::SentBack:
        text = tr("Your reply on case #%1 was sent back: %2");
        break;
    case Kind::ApprovalRequested:
        text = tr("A reply awaits your approval on case #%1: %2");
        break;
    case Kind::DueToday:
        text = tr("Case #%1 is due today: %2");
        break;
    }
    Q_EMIT notify(kind, row.id, text.arg(row.id).arg(row.title));
}

} // namespace pakn
