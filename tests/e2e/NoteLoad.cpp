#include "NoteLoad.h"

#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

NoteLoad::NoteLoad(InstanceRequests &http) : m_http(http) {}

QString NoteLoad::noteText(const QString &marker)
{
    return QStringLiteral("Ghi chú khi máy chủ tắt ") + marker;
}

QByteArray NoteLoad::Note::body() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("action"), QStringLiteral("note")},
                                     {QStringLiteral("key"), key},
                                     {QStringLiteral("baseVersion"), baseVersion},
                                     {QStringLiteral("params"),
                                      QJsonObject{{QStringLiteral("text"), noteText(marker)}}}})
        .toJson(QJsonDocument::Compact);
}

bool NoteLoad::prepare(const QString &login, int clients, int casesEach, QString *error)
{
    static const QStringList open{QStringLiteral("pending_acceptance"),
                                  QStringLiteral("in_progress"),
                                  QStringLiteral("awaiting_approval")};
    for (int i = 0; i < clients; ++i) {
        Client c;
        c.token = m_http.logIn(0, login);
        if (c.token.isEmpty()) {
            *error = login + QStringLiteral(" could not log in");
            return false;
        }
        m_clients.append(c);
    }
    const auto cases = m_http.scope(0, m_clients.first().token, error);
    QList<qint64> ids = cases.keys();
    std::sort(ids.begin(), ids.end());
    int taken = 0;
    for (qint64 id : ids) {
        const QJsonObject c = cases.value(id);
        if (!open.contains(c.value(QStringLiteral("status")).toString()))
            continue;
        Client &to = m_clients[taken % clients];
        if (to.cases.size() == casesEach)
            break;
        to.cases.append(id);
        to.versions.insert(id, c.value(QStringLiteral("version")).toInteger());
        ++taken;
    }
    if (taken < clients * casesEach)
        *error = QStringLiteral("only %1 open cases").arg(taken);
    return taken == clients * casesEach;
}

void NoteLoad::start()
{
    for (int i = 0; i < m_clients.size(); ++i)
        sendNext(i);
}

void NoteLoad::sendNext(int client)
{
    if (m_stopping)
        return;
    Client &c = m_clients[client];
    const qint64 id = c.cases.at(c.next++ % c.cases.size());
    const Note note{client, id, newUuid(), newUuid(), c.versions.value(id)};
    m_sent.insert(note.marker);
    ++m_inFlight;
    send(note);
}

void NoteLoad::send(const Note &note)
{
    m_http.send(0, "POST", QStringLiteral("/api/v1/cases/%1/actions").arg(note.caseId), note.body(),
                m_clients.at(note.client).token,
                [this, note](const InstanceRequests::Answer &a) { answered(note, a); });
}

void NoteLoad::answered(const Note &note, const InstanceRequests::Answer &a)
{
    Client &c = m_clients[note.client];
    const QJsonObject theCase = a.json().value(QStringLiteral("case")).toObject();
    if (a.status == 0 || a.status == 502 || a.status == 503) {
        // Not answered: the server is down or going down. The same key again,
        // a little later (the server may not be listening yet).
        ++m_retries;
        QTimer::singleShot(50, this, [this, note] { send(note); });
        return;
    }
    if (a.status == 409) {
        c.versions.insert(note.caseId, theCase.value(QStringLiteral("version")).toInteger());
        Note again = note;
        again.key = newUuid();
        again.baseVersion = c.versions.value(note.caseId);
        send(again);
        return;
    }
    --m_inFlight;
    if (a.status == 200) {
        c.versions.insert(note.caseId, theCase.value(QStringLiteral("version")).toInteger());
        m_acknowledged.append({note, a.body});
    } else {
        m_failures.append(QStringLiteral("note on case %1: %2 %3")
                              .arg(note.caseId)
                              .arg(a.status)
                              .arg(QString::fromUtf8(a.body.left(200))));
    }
    sendNext(note.client);
}
