#pragma once

// Writes the administration's history: each administration service calls
// record() inside the transaction of its change, so the change and its row
// commit together or not at all.

#include "admin/AdminOutcome.h"
#include "storage/AdminEventRepository.h"

#include <functional>

namespace pakn::server {

class AdminHistory
{
public:
    AdminHistory(AdminEventRepository &events, std::function<QDateTime()> clock)
        : m_events(events), m_clock(std::move(clock))
    {}

    // `action` is a code such as "user.create"; `summary` must hold no password.
    bool record(const AdminActor &actor, const QString &action, const QString &summary)
    {
        return m_events.append({0, m_clock(), actor.id, actor.name, actor.client, action, summary});
    }

    AdminEventRepository &events() { return m_events; }

private:
    AdminEventRepository &m_events;
    std::function<QDateTime()> m_clock;
};

} // namespace pakn::server
