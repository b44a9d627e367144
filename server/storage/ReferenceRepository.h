#pragma once

// The reference data (calendar, deadline rules, fields, reply templates,
// ranking weights) in its tables. The set is small and changes rarely, so a change rewrites it
// whole in one transaction that also bumps the revision — guarded by the
// revision it was based on, so two administrators cannot overwrite each
// other's change unseen, even from two server instances.

#include "domain/ReferenceData.h"
#include "storage/Repository.h"

#include <functional>
#include <optional>

namespace pakn::server {

class ReferenceRepository : public Repository
{
public:
    using Repository::Repository;

    // Stores `defaults` as revision 1 unless a set is stored already.
    bool seedIfEmpty(const ReferenceData &defaults);
    // The stored revision; 0 when nothing is stored (or on error: see failed()).
    qint64 revision();
    // The whole stored set, or nullopt when none is stored or the database failed.
    std::optional<ReferenceData> load();

    enum class SaveResult
    {
        Saved,
        Stale, // someone else changed the set since `data.revision`
        Failed
    };
    // Stores `data` as revision data.revision + 1; `alongside` (when given)
    // writes in the same transaction, and its failure undoes the save.
    SaveResult save(const ReferenceData &data, const std::function<bool()> &alongside = {});

private:
    bool writeContents(const ReferenceData &data);
    bool readDays(ReferenceData &data);
    bool readRules(ReferenceData &data);
    bool readFieldsAndTemplates(ReferenceData &data);
};

} // namespace pakn::server
