#pragma once

// The unit tree as last read, read again only when the units' revision in
// storage moved: every request needs it for the caller's scope, and reading
// the whole tree was a tenth of a case detail request (docs/PERFORMANCE.md).
// The revision is a row every unit write bumps in its transaction
// (UnitRepository), so a change made by another server instance is seen too.
// Owned by the server and passed to who needs it; one per connection.

#include "domain/Case.h"
#include "storage/UnitRepository.h"

#include <optional>

namespace pakn::server {

class UnitTreeSnapshot
{
public:
    explicit UnitTreeSnapshot(UnitRepository &units) : m_units(units) {}

    // UnitRepository::tree() as of now; nullptr when the database failed.
    const QList<Unit> *current();
    // How often the tree was read (for tests).
    int reads() const { return m_reads; }

private:
    UnitRepository &m_units;
    std::optional<qint64> m_revision;
    QList<Unit> m_tree;
    int m_reads = 0;
};

} // namespace pakn::server
