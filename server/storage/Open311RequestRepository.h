#pragma once

// The cases an Open311 `GET requests` asks for: by ids, service (field),
// received between two times and open or closed, newest first, one page.

#include "domain/Case.h"
#include "storage/Repository.h"

#include <optional>

namespace pakn::server {

struct Open311RequestFilter
{
    QList<CaseId> ids; // empty: any
    QString field;     // empty: any
    QDateTime receivedFrom;
    QDateTime receivedTo;
    std::optional<bool> closed;
    int limit = 1000;
    int offset = 0;
};

class Open311RequestRepository : public Repository
{
public:
    using Repository::Repository;

    // The matching cases without histories or attachments; `ok` false when the database failed.
    QList<Case> find(const Open311RequestFilter &filter, bool *ok);
};

// The statuses Open311 calls "closed": the reply is out, or the case was refused,
// merged into another or closed.
bool isOpen311Closed(CaseStatus status);

} // namespace pakn::server
