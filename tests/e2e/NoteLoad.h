#pragma once

// A steady load of notes for the server-kill test: several clients (each its
// own session and its own cases) send notes one after another, each carrying a
// marker found nowhere else. Like the outbox, a request without an answer (the
// server was killed, or is not back yet) is sent again with the SAME key until
// it is answered; a 409 is sent again on the current version with a new key.
// Remembers every marker sent and every one acknowledged (a 200), with the
// request and its answer, so a test can check each is stored exactly once.

#include "InstanceRequests.h"

#include <QObject>
#include <QSet>

class NoteLoad : public QObject
{
    Q_OBJECT
public:
    struct Note
    {
        int client = 0;
        qint64 caseId = 0;
        QString marker;
        QString key;
        qint64 baseVersion = 0;
        QByteArray body() const;
    };
    struct Acknowledged
    {
        Note note;
        QByteArray answer;
    };

    explicit NoteLoad(InstanceRequests &http);

    static QString noteText(const QString &marker);
    // Logs each client in (all as `login`) and gives each `casesEach` open cases of its own.
    bool prepare(const QString &login, int clients, int casesEach, QString *error);
    void start();
    // No new notes; those in flight are still sent until answered.
    void stop() { m_stopping = true; }
    bool idle() const { return m_stopping && m_inFlight == 0; }
    int inFlight() const { return m_inFlight; }

    QByteArray token(int client) const { return m_clients.at(client).token; }
    const QList<Acknowledged> &acknowledged() const { return m_acknowledged; }
    const QSet<QString> &sent() const { return m_sent; }
    int retries() const { return m_retries; }
    const QStringList &failures() const { return m_failures; }

private:
    struct Client
    {
        QByteArray token;
        QList<qint64> cases;
        QHash<qint64, qint64> versions;
        int next = 0;
    };

    void sendNext(int client);
    void send(const Note &note);
    void answered(const Note &note, const InstanceRequests::Answer &a);

    InstanceRequests &m_http;
    QList<Client> m_clients;
    QList<Acknowledged> m_acknowledged;
    QSet<QString> m_sent;
    QStringList m_failures;
    int m_inFlight = 0;
    int m_retries = 0;
    bool m_stopping = false;
};
