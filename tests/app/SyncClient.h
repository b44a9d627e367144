#pragma once

// Helpers for the tests against the real pakn-server: a client (profile,
// cache, sync engine), logging in, running one sync round.

#include "Login.h"
#include "ServerProcess.h"
#include "cache/CacheDatabase.h"
#include "cache/LocalActions.h"
#include "cache/Outbox.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pakn;

namespace synctest {

inline const QString kClient = QStringLiteral("tst_sync");

// One person's client: a profile directory, its cache and a sync engine on
// the test's thread, plus a reading/acting connection like the GUI's.
struct Client
{
    // `under`: where to make the profile directory (default: the system's temporary directory).
    Client(const ServerProcess &server, const QString &login, const QString &under = {})
        : dir(under.isEmpty() ? QDir::tempPath() + QStringLiteral("/tst_sync-XXXXXX")
                              : under + QStringLiteral("/client-XXXXXX"))
    {
        profile.endpoint.baseUrl = server.url();
        profile.endpoint.fingerprint = server.fingerprint();
        profile.login = login;
        // Remembered in the profile's own file, as a script would choose (no keychain here).
        profile.tokenStorage = TokenStorage::File;
    }
    ~Client()
    {
        actions.reset();
        store.reset();
        cache.reset();
        engine.reset();
    }
    void openCache()
    {
        static int serial = 0;
        QString error;
        auto opened = CacheDatabase::open(profile.cachePath(),
                                          QStringLiteral("client-%1").arg(++serial), &error);
        QVERIFY2(opened, qPrintable(error));
        cache = std::make_unique<CacheDatabase>(std::move(*opened));
        store = std::make_unique<CaseStore>(cache->db());
        actions = std::make_unique<LocalActions>(cache->db(), rules, kClient);
    }
    void makeEngine(QByteArray token = {})
    {
        engine =
            std::make_unique<SyncEngine>(profile.cachePath(), profile.endpoint,
                                         token.isEmpty() ? profile.readToken() : token, kClient);
    }
    int outboxCount() const { return Outbox(cache->db()).count(); }

    QTemporaryDir dir;
    ClientProfile profile{dir.path()};
    WorkflowRules rules;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<CacheDatabase> cache;
    std::unique_ptr<CaseStore> store;
    std::unique_ptr<LocalActions> actions;
};

struct LoginResult
{
    bool ok = false;
    QString message;
    ApiResult::Kind kind = ApiResult::Kind::Ok;
    Account me;
};

// Registers the types the engine's queued signals carry, then starts the server.
inline bool startServerForClients(ServerProcess &server, QString *error)
{
    qRegisterMetaType<pakn::SyncState>("pakn::SyncState");
    qRegisterMetaType<pakn::Account>("pakn::Account");
    qRegisterMetaType<pakn::ApiResult::Kind>("pakn::ApiResult::Kind");
    return server.start(error);
}

inline LoginResult logIn(ClientProfile &profile, const QString &password)
{
    SessionCredentials credentials(profile);
    Login login(credentials, kClient);
    QSignalSpy succeeded(&login, &Login::succeeded);
    QSignalSpy failed(&login, &Login::failed);
    login.start(password);
    LoginResult r;
    [&] { QTRY_VERIFY_WITH_TIMEOUT(succeeded.size() + failed.size() > 0, 20000); }();
    if (!succeeded.isEmpty()) {
        r.ok = true;
        r.me = succeeded.first().at(0).value<Account>();
    } else if (!failed.isEmpty()) {
        r.message = failed.first().at(0).toString();
        r.kind = failed.first().at(1).value<ApiResult::Kind>();
    }
    return r;
}

struct Round
{
    SyncState state = SyncState::Idle;
    QString message;
    int casesChanged = -1;
    int actionsSent = -1;
};

// Runs one sync round and says how it ended.
inline Round runRound(SyncEngine &engine)
{
    // The round asked for here is the next one to start (one already running
    // when syncNow() is called finishes first); it ends with its first state
    // other than Syncing, followed by roundFinished when it succeeded.
    struct Event
    {
        bool finished = false;
        SyncState state = SyncState::Idle;
        QString message;
        int casesChanged = -1;
        int actionsSent = -1;
    };
    QList<Event> log;
    QObject guard;
    QObject::connect(&engine, &SyncEngine::stateChanged, &guard,
                     [&](SyncState s, const QString &m) {
                         log.append({false, s, m});
                     });
    QObject::connect(&engine, &SyncEngine::roundFinished, &guard, [&](int changed, int sent) {
        log.append({true, {}, {}, changed, sent});
    });
    engine.syncNow();
    Round r;
    const auto ended = [&] {
        qsizetype i = 0;
        while (i < log.size() && (log[i].finished || log[i].state != SyncState::Syncing))
            ++i;
        for (++i; i < log.size(); ++i) {
            if (log[i].finished || log[i].state == SyncState::Syncing)
                continue;
            r.state = log[i].state;
            r.message = log[i].message;
            if (i + 1 < log.size() && log[i + 1].finished) {
                r.casesChanged = log[i + 1].casesChanged;
                r.actionsSent = log[i + 1].actionsSent;
            }
            return true;
        }
        return false;
    };
    // Longer than a request's transfer timeout: a round held up by a
    // connection that went silent ends when that request times out.
    [&] { QTRY_VERIFY_WITH_TIMEOUT(ended(), ApiClient::kDefaultTimeoutMs + 15000); }();
    return r;
}

inline CaseQuery queue(Queue q)
{
    CaseQuery query;
    query.queue = q;
    query.sortColumn = CaseColumn::Id;
    query.order = Qt::AscendingOrder;
    return query;
}

inline QJsonObject text(const QString &t)
{
    return {{QStringLiteral("text"), t}};
}

inline int eventsWith(const Case &c, const QString &action, const QString &detail)
{
    return int(std::count_if(c.history.cbegin(), c.history.cend(), [&](const CaseEvent &e) {
        return e.action == action && e.detail == detail;
    }));
}

// A logged-in client with its cache and engine, not synced yet; nullptr (and a
// warning) otherwise. `via`: talk to the server through this address (a proxy
// presenting the server's certificate).
inline std::unique_ptr<Client> loggedInClient(const ServerProcess &server, const QString &login,
                                              const QUrl &via = {})
{
    auto client = std::make_unique<Client>(server, login);
    if (!via.isEmpty())
        client->profile.endpoint.baseUrl = via;
    const LoginResult r = logIn(client->profile, QStringLiteral("demo"));
    if (!r.ok) {
        qWarning("login of %s failed: %s", qPrintable(login), qPrintable(r.message));
        return nullptr;
    }
    client->openCache();
    client->makeEngine();
    return client;
}

// The same, synced once.
inline std::unique_ptr<Client> syncedClient(const ServerProcess &server, const QString &login,
                                            const QUrl &via = {})
{
    auto client = loggedInClient(server, login, via);
    if (!client)
        return nullptr;
    const Round round = runRound(*client->engine);
    if (round.casesChanged < 0) {
        qWarning("first sync of %s failed: %s", qPrintable(login), qPrintable(round.message));
        return nullptr;
    }
    return client;
}

// An in-progress case assigned to the officer, untouched by earlier tests.
inline CaseId officersCase(const Client &officer)
{
    static QSet<CaseId> used;
    for (const CaseRow &row : officer.store->page(queue(Queue::AssignedToMe), {}, 500))
        if (row.status == CaseStatus::InProgress && !used.contains(row.id)) {
            used.insert(row.id);
            return row.id;
        }
    return 0;
}

} // namespace synctest
