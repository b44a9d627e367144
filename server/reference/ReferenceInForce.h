#pragma once

// The reference data in force for this server instance: the stored set,
// re-read when its revision in the database moved (another request, the
// admin command line or another instance changed it). Cheap to refresh: one
// single-row read while nothing changed.
//
// rules() is one WorkflowRules object for the instance's lifetime, assigned
// anew on every refresh, so CaseActionService can hold it by reference; the
// caller refreshes before each action (handlers run one at a time).

#include "domain/ReferenceData.h"
#include "storage/ReferenceRepository.h"

#include <QByteArray>

namespace pakn::server {

class ReferenceInForce
{
public:
    // Seeds the defaults into an empty database and loads the stored set.
    explicit ReferenceInForce(ReferenceRepository &store);

    // Re-reads the set if its revision changed. False when the database
    // failed; the last good set stays in force then.
    bool refresh();

    const ReferenceData &data() const { return m_data; }
    const WorkflowRules &rules() const { return m_rules; }
    // The set as the JSON of GET /reference, encoded once per revision.
    const QByteArray &json() const { return m_json; }

private:
    void adopt(ReferenceData data);

    ReferenceRepository &m_store;
    ReferenceData m_data;
    WorkflowRules m_rules;
    QByteArray m_json;
};

} // namespace pakn::server
