#pragma once

// Starts the real pakn-server executable for a test: a fresh data directory
// (and a fresh PostgreSQL database in a test's "_pg" copy: ScratchDatabase),
// an ephemeral loopback port and demo data; reads the URL and the certificate
// fingerprint it prints. Stops it (and can start it again on the same data).

#include "ScratchDatabase.h"

#include <QByteArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

class ServerProcess
{
public:
    explicit ServerProcess(int demoCases = 200);
    ~ServerProcess();

    // Another instance on the PostgreSQL database of a started one, with its own
    // port, and its own data directory (certificate, attachments) unless given one.
    ServerProcess(int demoCases, const QString &sharedDatabaseUrl,
                  const QString &sharedDataDir = {});

    // Starts the server and waits (bounded) until it prints that it listens.
    // `port` 0 picks a free one on the first start; restarts reuse the port.
    bool start(QString *error);
    void stop();
    // SIGKILL, as a crash would end it (fault tests); start() brings it back on the same data.
    void kill();
    bool isRunning() const;

    QUrl url() const { return m_url; }
    QByteArray fingerprint() const { return m_fingerprint; }      // raw SHA-256
    QString fingerprintText() const { return m_fingerprintText; } // "AB:CD:…"
    QString dataDir() const { return m_sharedDataDir.isEmpty() ? m_data.path() : m_sharedDataDir; }
    // The server's database: its SQLite file, or the PostgreSQL URL (ScratchDatabase).
    QString database() const
    {
        return m_sharedUrl.isEmpty()
                   ? m_scratch.location(m_data.filePath(QStringLiteral("pakn-server.sqlite")))
                   : m_sharedUrl;
    }
    // Empty on SQLite.
    QString databaseUrl() const { return m_sharedUrl.isEmpty() ? m_scratch.url() : m_sharedUrl; }
    QByteArray output() const { return m_output; }

private:
    QTemporaryDir m_data;
    ScratchDatabase m_scratch;
    QString m_sharedUrl;     // another instance's database
    QString m_sharedDataDir; // and maybe its data directory
    int m_demoCases;
    QProcess m_process;
    QUrl m_url;
    QByteArray m_fingerprint;
    QString m_fingerprintText;
    QByteArray m_output;
    quint16 m_port = 0;
};
