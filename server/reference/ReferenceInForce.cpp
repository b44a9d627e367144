#include "reference/ReferenceInForce.h"

#include "ServerLogging.h"
#include "domain/ReferenceDataJson.h"

#include <QJsonDocument>

namespace pakn::server {

ReferenceInForce::ReferenceInForce(ReferenceRepository &store) : m_store(store)
{
    // Until the database answers, the shipped defaults are the best guess.
    adopt(ReferenceData::defaults());
    if (!m_store.seedIfEmpty(m_data))
        qCWarning(lcStorage) << "the default reference data could not be stored";
    refresh();
}

bool ReferenceInForce::refresh()
{
    const qint64 stored = m_store.revision();
    if (m_store.failed())
        return false;
    if (stored == m_data.revision)
        return true;
    auto loaded = m_store.load();
    if (!loaded)
        return false;
    if (const QString problem = validationError(*loaded); !problem.isEmpty()) {
        // Only a hand-edited database gets here; keep deciding with the last good set.
        qCCritical(lcStorage) << "stored reference data revision" << loaded->revision
                              << "is unusable:" << problem;
        return false;
    }
    qCInfo(lcStorage) << "reference data revision" << loaded->revision << "in force";
    adopt(std::move(*loaded));
    return true;
}

void ReferenceInForce::adopt(ReferenceData data)
{
    m_data = std::move(data);
    m_rules = m_data.workflowRules();
    m_json = QJsonDocument(toJson(m_data)).toJson(QJsonDocument::Compact);
}

} // namespace pakn::server
