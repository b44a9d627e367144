#pragma once

// The administration's history read back: `pakn-server admin history list`
// prints it a line per change, GET /api/v1/admin/history gives it as JSON;
// both page newest first, `limit` events (default 50, at most 500) with ids
// below `before`.

#include "admin/ConsoleResult.h"
#include "storage/AdminEventRepository.h"

#include <QJsonObject>

namespace pakn::server {

class AdminHistoryListing
{
public:
    struct Page
    {
        qint64 before = 0; // 0: from the newest
        int limit = 50;
    };
    static constexpr int maxLimit = 500;

    // The page asked for by the texts of `limit` and `before` (empty: the
    // defaults); nullopt with `problem` set when one is not a fitting number.
    static std::optional<Page> parse(const QString &limit, const QString &before, QString *problem);

    static ConsoleResult run(AdminEventRepository &events, const QStringList &args,
                             const QString &limit, const QString &before);
    static QJsonObject toJson(const AdminEvent &event);
};

} // namespace pakn::server
