#pragma once

// A loopback proxy in front of the real pakn-server that can lose answers:
// while dropping, a request is passed to the server, the server's whole answer
// is read (so the server has applied it), and then the client's connection is
// cut instead of the answer being forwarded. The client sees a broken
// connection for a request the server did apply. The other faults of a bad
// network (injectFaults) act on the answer the same way, after the server
// applied the request: cut it mid-body, hold it back, shorten it, corrupt it.
//
// It terminates TLS with the server's own certificate and key (read from the
// server's data directory), so the client's pinned fingerprint still matches,
// and it sees each request and answer as plain HTTP. A byte-forwarding proxy
// cannot do this deterministically under TLS 1.3: the server's session
// tickets and its answer are indistinguishable encrypted records.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslServer>
#include <QUrl>
#include <array>
#include <functional>

class ServerProcess;
class QSslSocket;

class DroppingProxy : public QObject
{
public:
    enum class Fault
    {
        Drop,        // the connection is cut instead of the answer being sent
        Cut,         // the head and `amount` bytes of the body, then the connection ends
        Truncate,    // the same, ended in good order (TLS close_notify): a body shorter
                     // than its Content-Length
        ShortLength, // Content-Length and body cut to `amount` bytes: a whole, short message
        Delay,       // held back `amount` ms (and the answers behind it on its connection)
        BreakJson,   // one structural character of the JSON body replaced
        WrongType,   // a value of one of the wrongTypeKeys() replaced by another type
    };
    static constexpr int FaultKinds = 7;
    static const char *name(Fault fault);

    // One request that went through, and what became of its answer.
    struct Exchange
    {
        QByteArray request; // head and body as the client sent them
        int status = 0;     // the server's HTTP status (0: no answer seen)
        bool dropped = false;
        bool faulted = false; // the answer was lost or changed (dropped is one; a delay is not)
        QByteArray answer;    // the server's whole answer, as it came
        QByteArray body() const;
    };

    explicit DroppingProxy(QObject *parent = nullptr);
    ~DroppingProxy() override;

    // Listens on loopback in front of `server` (which must be running).
    bool start(const ServerProcess &server, QString *error);
    QUrl url() const;

    // Drops the answers to the next `count` requests whose request line starts
    // with `prefix` (e.g. "POST /api/v1/cases/7/actions"); -1: until stopDropping().
    void dropAnswers(const QByteArray &prefix, int count = -1);
    void stopDropping();
    // Does `fault` to the answers of the next `count` requests starting with
    // `prefix`, once `skip` such requests have passed untouched; -1: until stopped.
    void injectFaults(const QByteArray &prefix, Fault fault, int count = -1, int amount = 0,
                      int skip = 0);
    void stopFaults() { stopDropping(); }
    // The generator that picks what a corruption changes (seed it for a reproducible run).
    void seed(quint32 seed) { m_random.seed(seed); }
    void setWrongTypeKeys(const QByteArrayList &keys) { m_wrongTypeKeys = keys; }
    // Rewrites each request before it goes to the server (e.g. a smaller page size).
    void setRequestRewrite(std::function<QByteArray(const QByteArray &)> rewrite)
    {
        m_rewrite = std::move(rewrite);
    }
    // How many answers suffered `fault` so far.
    int caused(Fault fault) const { return m_caused.at(int(fault)); }

    QList<Exchange> exchanges() const { return m_exchanges; }
    // The exchanges whose request line starts with `prefix`.
    QList<Exchange> exchangesFor(const QByteArray &prefix) const;

private:
    struct Link;
    void accept();
    void fromClient(Link *link);
    void fromServer(Link *link);
    void close(Link *link);
    bool takeFault(const QByteArray &request);
    // Does the planned fault to `answer`; false when the link is gone.
    bool doFault(Link *link, const QByteArray &answer);
    void forward(Link *link, const QByteArray &answer);

    QSslServer m_listener;
    QSslCertificate m_serverCertificate;
    quint16 m_serverPort = 0;
    QByteArray m_dropPrefix;
    int m_dropsLeft = 0;
    int m_skipLeft = 0;
    Fault m_fault = Fault::Drop;
    int m_amount = 0;
    QByteArrayList m_wrongTypeKeys;
    std::function<QByteArray(const QByteArray &)> m_rewrite;
    QRandomGenerator m_random{1};
    std::array<int, FaultKinds> m_caused{};
    QList<Exchange> m_exchanges;
    QList<Link *> m_links;
};
