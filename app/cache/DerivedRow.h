#pragma once

// What the cache derives from a case alone for its row (CaseWriter,
// FirstSyncWriter): the folded search text and the indexed values, whose
// folding is most of a row's cost, and the case's facts. FeedFetcher works
// it out on its own thread for every case it decodes; the writers use it
// unless a local action changed the case, and work it out themselves then.

#include "domain/Case.h"
#include "domain/CaseFacts.h"

#include <QVariantList>

namespace pakn {

struct DerivedRow
{
    QVariantList indexed; // the secondary indexes' columns (CaseWriter's kIndexedColumns)
    QString folded;       // searchTextOf
    QString factsKey;     // factsKeyOf
    QList<CaseFact> facts;
};

DerivedRow derivedRowOf(const Case &c);

} // namespace pakn
