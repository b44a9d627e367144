#pragma once

// A server database for the fuzz targets that need one, made once per fuzzing
// process: a temporary data directory with a small seeded demo (SQLite), the
// clock fixed the day after the demo's reference time, a live session of the
// demo's coordinator and administrator, and one Open311 client key. Inputs may
// name those secrets by placeholder (withSecrets), since a seed cannot know
// them.

#include "ServerConfig.h"
#include "storage/Database.h"

#include <QTemporaryDir>

class FuzzServerData
{
public:
    explicit FuzzServerData(int demoCases = 40);

    pakn::server::ServerConfig &config() { return m_config; }
    pakn::server::Database &database() { return m_database; }
    QString open311Key() const { return m_open311Key; }

    // "@COORDINATOR@", "@ADMIN@" and "@KEY@" replaced by the bearer tokens and the key.
    QByteArray withSecrets(QByteArray input) const;
    // Opens a new session for a token an input logged out (or whose sessions
    // an administrator's change ended), so later inputs still get in.
    void keepSessions();

private:
    QByteArray sessionFor(const QString &login);

    QTemporaryDir m_dir;
    pakn::server::ServerConfig m_config;
    pakn::server::Database m_database;
    QString m_open311Key;
    QByteArray m_coordinatorToken;
    QByteArray m_adminToken;
};
