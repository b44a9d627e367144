#include "zalo/ZaloCaseHistory.h"

namespace pakn::server {

ZaloCaseHistory::ZaloCaseHistory(SystemCaseChange &changes) : m_changes(changes) {}

bool ZaloCaseHistory::record(CaseId id, const QString &status, const QString &detail,
                             QJsonObject data)
{
    data.insert(QStringLiteral("status"), status);
    return m_changes.record(
        id, m_changes.event(QStringLiteral("zalo"), action, detail, std::move(data)));
}

} // namespace pakn::server
