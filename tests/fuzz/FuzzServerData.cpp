#include "FuzzServerData.h"

#include "attachments/AttachmentFiles.h"
#include "demo/DemoSeeder.h"
#include "domain/WorkflowRules.h"
#include "open311/Open311Keys.h"
#include "security/PasswordHasher.h"
#include "security/SessionTokens.h"
#include "storage/AccountRepository.h"
#include "storage/Open311ClientRepository.h"
#include "storage/SessionRepository.h"

#include <QDir>
#include <QNetworkProxy>

#include <cstdio>
#include <cstdlib>

using namespace pakn::server;

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "fuzz set-up failed: %s\n", qUtf8Printable(message));
    std::abort();
}

} // namespace

// In memory where there is /dev/shm: each commit's fsync costs nothing there.
FuzzServerData::FuzzServerData(int demoCases)
    : m_dir(QDir(QStringLiteral("/dev/shm")).exists()
                ? QStringLiteral("/dev/shm/pakn-fuzz-XXXXXX")
                : QDir::tempPath() + QStringLiteral("/pakn-fuzz-XXXXXX"))
{
    const QDateTime now = DemoSeeder::referenceTime().addDays(1);
    m_config.listenAddress = QHostAddress(QHostAddress::LocalHost);
    m_config.listenPort = 0;
    m_config.dataDir = m_dir.path();
    m_config.clock = [now] { return now; };
    // Signed events reach the parser; nothing is ever sent to Zalo.
    m_config.zalo.appId = QStringLiteral("fuzz-app");
    m_config.zalo.oaSecretKey = QStringLiteral("fuzz-secret");
    m_config.zalo.apiBaseUrl = QStringLiteral("http://127.0.0.1:9");
    m_config.zalo.oauthBaseUrl = QStringLiteral("http://127.0.0.1:9");

    // A fuzzed media_url or Zalo link is fetched through a proxy that is not
    // there: refused at once, and no fuzzed host name goes to DNS.
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 9));

    QString error;
    if (!m_dir.isValid() || !m_database.open(m_config.databaseLocation(), &error))
        fail(error);
    const PasswordHasher hasher;
    const pakn::WorkflowRules rules;
    AttachmentFiles files(m_config.attachmentsPath());
    if (!DemoSeeder(m_database.connection(), rules, hasher, &files).seedIfEmpty(demoCases, &error))
        fail(error);
    m_coordinatorToken = sessionFor(QStringLiteral("coordinator"));
    m_adminToken = sessionFor(QStringLiteral("admin"));
    m_open311Key = Open311Keys::generate();
    if (!Open311ClientRepository(m_database.connection())
             .add(QStringLiteral("fuzz"), Open311Keys::hashOf(m_open311Key), now))
        fail(QStringLiteral("cannot add the Open311 client"));
}

QByteArray FuzzServerData::sessionFor(const QString &login)
{
    const auto account = AccountRepository(m_database.connection()).findByLogin(login);
    if (!account)
        fail(QStringLiteral("no demo account ") + login);
    const QByteArray token = SessionTokens::generate();
    const QDateTime now = m_config.clock();
    if (!SessionRepository(m_database.connection())
             .create(SessionTokens::hashOf(token), account->account.id, QStringLiteral("fuzz"), now,
                     now.addYears(1)))
        fail(QStringLiteral("cannot open a session"));
    return token;
}

void FuzzServerData::keepSessions()
{
    SessionRepository sessions(m_database.connection());
    const QDateTime now = m_config.clock();
    if (!sessions.findLive(SessionTokens::hashOf(m_coordinatorToken), now))
        m_coordinatorToken = sessionFor(QStringLiteral("coordinator"));
    if (!sessions.findLive(SessionTokens::hashOf(m_adminToken), now))
        m_adminToken = sessionFor(QStringLiteral("admin"));
}

QByteArray FuzzServerData::withSecrets(QByteArray input) const
{
    return input.replace("@COORDINATOR@", m_coordinatorToken)
        .replace("@ADMIN@", m_adminToken)
        .replace("@KEY@", m_open311Key.toLatin1());
}
