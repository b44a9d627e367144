#pragma once

// What the Zalo channel keeps in the server's database (migration 7): the
// event ids already handled (replays), the messages of reports not yet made
// into cases (a restart loses none), each citizen's last message (the reply
// window), which citizen each Zalo case belongs to, and the OA's current
// tokens (migration 9).

#include "domain/Case.h"
#include "storage/Repository.h"

#include <optional>

namespace pakn::server {

// One message of a citizen's report still being gathered.
struct ZaloTokens
{
    QString access;
    QString refresh;
};

struct ZaloMessage
{
    qint64 id = 0;
    QString userId;
    QDateTime at;
    QString text;
    QString imageUrl;
    std::optional<double> latitude;
    std::optional<double> longitude;
    bool send = false; // "#gui": the report is complete
};

class ZaloStore : public Repository
{
public:
    using Repository::Repository;

    // False when the event id was handled before (or the database failed: see failed()).
    bool markSeen(const QString &eventId, const QDateTime &at);
    int forgetSeenBefore(const QDateTime &cutoff);

    bool addMessage(const ZaloMessage &message);
    bool touchCitizen(const QString &userId, const QDateTime &at);
    QDateTime lastMessageAt(const QString &userId);

    // Citizens whose report is complete: "#gui" sent, or its first message at or before `cutoff`.
    QStringList citizensWithCompleteReports(const QDateTime &cutoff);
    QList<ZaloMessage> pendingMessages(const QString &userId);
    // How many messages went; -1 when the database failed.
    int removeMessages(const QString &userId, qint64 upToId);

    bool linkCase(CaseId id, const QString &userId);
    QString citizenOf(CaseId id);
    QList<CaseId> casesOf(const QString &userId); // newest first

    // The tokens an instance last got from Zalo; nullopt before the first refresh (or on error).
    std::optional<ZaloTokens> tokens();
    bool saveTokens(const ZaloTokens &tokens, const QDateTime &at);
};

} // namespace pakn::server
