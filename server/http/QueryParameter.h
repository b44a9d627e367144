#pragma once

// Reading a request's query strictly: a number outside its range, or not a
// number, is an error the caller answers with a 400, never a silent default.

#include <QUrlQuery>
#include <optional>

namespace pakn::server {

// A query parameter as an integer in [min, max]; `fallback` when absent, nullopt when invalid.
inline std::optional<qint64> integerParameter(const QUrlQuery &query, const QString &name,
                                              qint64 fallback, qint64 min, qint64 max)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    return ok && value >= min && value <= max ? std::optional(value) : std::nullopt;
}

} // namespace pakn::server
