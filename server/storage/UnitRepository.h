#pragma once

// The unit tree (city, departments, districts, wards, companies) in storage.

#include "domain/Case.h"
#include "storage/Repository.h"

#include <optional>

namespace pakn::server {

class UnitRepository : public Repository
{
public:
    using Repository::Repository;

    QList<Unit> all(); // ordered by id; empty and failed() on error
    std::optional<Unit> find(UnitId id);
    bool insert(Unit &unit); // sets unit.id
    bool isEmpty();
};

} // namespace pakn::server
