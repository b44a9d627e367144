#pragma once

// Everything that tunes a running server, gathered in one value so tests can
// build a server with a controlled clock, short sessions or small limits.

#include "domain/Attachment.h"
#include "security/LoginLimits.h"
#include "zalo/ZaloSettings.h"

#include <QDateTime>
#include <QHostAddress>
#include <QString>
#include <chrono>
#include <functional>

namespace pakn::server {

struct ServerConfig
{
    QString dataDir;
    QString database; // a postgresql:// URL (--database); empty: SQLite in dataDir
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 8443;
    int demoCases = -1; // < 0: not in demo mode

    std::chrono::seconds sessionLifetime = std::chrono::hours(12);
    LoginLimits loginLimits;           // failed logins before a 429
    qint64 maxBodyBytes = 1024 * 1024; // every request but an attachment's upload
    AttachmentLimits attachmentLimits; // file size (the upload's body limit), files per case
    // Above the longest long-poll hold (55 s); nginx's upstream keepalive_timeout is below it.
    std::chrono::seconds idleConnectionTimeout = std::chrono::seconds(60);
    int maxConnections = 1000; // open at once; beyond it a client gets 503
    std::chrono::milliseconds tlsHandshakeTimeout = std::chrono::seconds(10);
    // Answered cases nobody rated are closed after this many days (0: never).
    int autoCloseAfterDays = 7;
    // How long a retried action still gets its first answer back. Longer than
    // an office PC stays off (Tết: about nine days), so a queued action sent
    // after the holiday is still recognised.
    std::chrono::days idempotencyRetention = std::chrono::days(30);
    ZaloSettings zalo; // the Zalo Official Account channel
    // p2-live: GET /feed/wait long polls held at once, per account and in all.
    int feedWaitsPerAccount = 4;
    int feedWaitsInAll = 2000;

    // The server's notion of "now" (UTC). Injectable so tests control time.
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };

    bool demoMode() const { return demoCases >= 0; }
    QString databasePath() const { return dataDir + QStringLiteral("/pakn-server.sqlite"); }
    // What Database::open takes: the PostgreSQL URL, or the SQLite file.
    QString databaseLocation() const { return database.isEmpty() ? databasePath() : database; }
    QString certificatePath() const { return dataDir + QStringLiteral("/certificate.pem"); }
    QString privateKeyPath() const { return dataDir + QStringLiteral("/private-key.pem"); }
    QString attachmentsPath() const { return dataDir + QStringLiteral("/attachments"); }
};

} // namespace pakn::server
