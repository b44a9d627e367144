#pragma once

// Tells the user what a sync round brought for them: a case newly assigned
// to them, a reply sent back to them, a reply awaiting their approval (a
// leader), and a case of theirs that falls due today. It compares what the
// cache showed before and after each round (queues of the user's own work
// only, so it stays cheap with a large cache), and says each thing once.

#include "cache/CaseStore.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>

namespace pakn {

class CaseNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Assigned,
        SentBack,
        ApprovalRequested,
        DueToday
    };
    Q_ENUM(Kind)

    CaseNotifier(const CaseStore &store, QObject *parent = nullptr);

    void setEnabled(Kind kind, bool on);
    bool isEnabled(Kind kind) const { return !m_off.contains(kind); }
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Records the current state without telling anything (at start, after a
    // local action, after the user's role changed).
    void rebase();
    // Compares with the last state and reports what is new.
    void check();

Q_SIGNALS:
    void notify(pakn::CaseNotifier::Kind kind, qint64 caseId, const QString &text);

private:
    struct Snapshot
    {
        QList<CaseRow> mineRows; // open cases assigned to the user
        QHash<CaseId, CaseStatus> mine;
        QList<CaseRow> awaitingRows; // awaiting approval (leaders only)
        QSet<CaseId> awaiting;
        bool empty = true; // the cache had never been synced (nothing to compare with)
    };
    Snapshot take() const;
    QList<CaseRow> rows(Queue queue) const;
    void say(Kind kind, const CaseRow &row);

    const CaseStore &m_store;
    Snapshot m_last;
    QSet<CaseId> m_dueTold; // cases already reported as due today
    QDate m_dueDay;
    QSet<Kind> m_off;
    std::function<QDateTime()> m_now;
};

} // namespace pakn
