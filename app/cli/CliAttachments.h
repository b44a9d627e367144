#pragma once

// `pakn attach CASE FILE... [--evidence]` and `pakn file CASE ATTACHMENT_ID
// --output PATH`: attaching through the outbox (checked at once, sent by a
// sync round, kept queued when offline) and saving an attachment from the
// file cache, downloading it first when it is not there.

#include "CliOutput.h"
#include "ClientProfile.h"

#include <QStringList>
#include <functional>

namespace pakn {

class CliAttachments
{
public:
    // Runs a sync round; false with the reason when it did not complete
    // (`offline`: the server could not be reached, so things stay queued).
    using SyncRound = std::function<bool(QString *message, bool *offline)>;

    // `token`: the session's (SessionCredentials), for downloads.
    CliAttachments(const ClientProfile &profile, QByteArray token, const CliOutput &out,
                   QString clientName);

    // Exit codes as CliCommand's: 0 done, 1 failed, 2 usage, 75 queued.
    int attach(const QStringList &args, const SyncRound &syncRound);
    int file(const QStringList &args);

private:
    const ClientProfile &m_profile;
    QByteArray m_token;
    const CliOutput &m_out;
    QString m_client;
};

} // namespace pakn
