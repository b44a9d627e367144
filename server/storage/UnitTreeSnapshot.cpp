#include "storage/UnitTreeSnapshot.h"

namespace pakn::server {

const QList<Unit> *UnitTreeSnapshot::current()
{
    const auto revision = m_units.revision();
    if (!revision)
        return nullptr;
    if (revision != m_revision) {
        QList<Unit> tree = m_units.tree();
        if (m_units.failed())
            return nullptr;
        m_tree = std::move(tree);
        m_revision = revision;
        ++m_reads;
    }
    return &m_tree;
}

} // namespace pakn::server
