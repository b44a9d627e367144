#pragma once

// Helpers shared by the administration API tests: ids by name, and a whole
// feed read from a cursor.

#include "ServerTestSupport.h"

#include <QJsonArray>

namespace admintest {

inline qint64 unitId(TestClient &client, const QByteArray &adminToken, const QString &name)
{
    const HttpResult r = client.get(QStringLiteral("admin/units"), adminToken);
    for (const QJsonValue &v : r.json.value(QStringLiteral("units")).toArray())
        if (v[QStringLiteral("name")].toString() == name)
            return v[QStringLiteral("id")].toInteger();
    return 0;
}

inline qint64 accountId(TestClient &client, const QByteArray &adminToken, const QString &login)
{
    const HttpResult r = client.get(QStringLiteral("admin/users"), adminToken);
    for (const QJsonValue &v : r.json.value(QStringLiteral("users")).toArray())
        if (v[QStringLiteral("login")].toString() == login)
            return v[QStringLiteral("id")].toInteger();
    return 0;
}

// The first enabled account with `role` in `unit`.
inline QString loginOf(TestClient &client, const QByteArray &adminToken, const QString &role,
                       qint64 unit)
{
    const HttpResult r = client.get(QStringLiteral("admin/users"), adminToken);
    for (const QJsonValue &v : r.json.value(QStringLiteral("users")).toArray())
        if (v[QStringLiteral("role")].toString() == role &&
            v[QStringLiteral("unitId")].toInteger() == unit &&
            !v[QStringLiteral("disabled")].toBool())
            return v[QStringLiteral("login")].toString();
    return {};
}

struct FeedRead
{
    QHash<qint64, QJsonObject> cases;
    QSet<qint64> removed;
    qint64 cursor = 0;
    bool ok = true;
};

// Every page after `after`; later entries for a case replace earlier ones.
inline FeedRead readFeed(TestClient &client, const QByteArray &token, qint64 after)
{
    FeedRead read;
    read.cursor = after;
    for (int page = 0; page < 100; ++page) {
        const HttpResult r =
            client.get(QStringLiteral("feed?after=%1&limit=1000").arg(read.cursor), token);
        if (r.status != 200) {
            read.ok = false;
            return read;
        }
        for (const QJsonValue &v : r.json.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = v.toObject();
            if (change.contains(QStringLiteral("removed"))) {
                const qint64 id = change.value(QStringLiteral("removed")).toInteger();
                read.removed.insert(id);
                read.cases.remove(id);
            } else {
                const QJsonObject c = change.value(QStringLiteral("case")).toObject();
                const qint64 id = c.value(QStringLiteral("id")).toInteger();
                read.cases.insert(id, c);
                read.removed.remove(id);
            }
        }
        read.cursor = r.json.value(QStringLiteral("cursor")).toInteger();
        if (!r.json.value(QStringLiteral("more")).toBool())
            return read;
    }
    read.ok = false;
    return read;
}

} // namespace admintest
