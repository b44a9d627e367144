#include "Login.h"

#include "ClientLogging.h"
#include "cache/CacheDatabase.h"
#include "cache/CaseStore.h"
#include "cache/Outbox.h"
#include "cache/SqlTransaction.h"
#include "domain/JsonCodec.h"
#include "net/ApiPayloads.h"

namespace pakn {

namespace {
// The server's wait after too many failed logins (429), in whole minutes, at least one.
int retryMinutes(const ApiResult &r)
{
    const qint64 seconds = r.body.value(QStringLiteral("error"))
                               .toObject()
                               .value(QStringLiteral("retryAfter"))
                               .toInteger(60);
    return int(std::clamp<qint64>((seconds + 59) / 60, 1, 24 * 60));
}
} // namespace

Login::Login(SessionCredentials &credentials, QString clientName, QObject *parent)
    : QObject(parent), m_credentials(credentials), m_profile(credentials.profile()),
      m_client(std::move(clientName))
{}

void Login::start(const QString &password)
{
    if (m_running) {
        qCWarning(lcProfile) << "a login is already running";
        return;
    }
    m_running = true;
    m_offeredFingerprint.clear();
    if (const QString why = m_profile.endpoint.validate(); !why.isEmpty()) {
        // A setting to correct, not a trust problem: told as it is, and later,
        // like every other answer.
        QMetaObject::invokeMethod(
            this, [this, why] { fail(why, ApiResult::Kind::BadResponse); }, Qt::QueuedConnection);
        return;
    }
    delete m_api; // the endpoint may have changed since the last attempt
    m_api = new ApiClient(m_profile.endpoint, this);
    m_api->setTimeout(20000);
    const QJsonObject body{{QStringLiteral("login"), m_profile.login},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("client"), m_client}};
    m_api->post(QStringLiteral("login"), body, [this, password](const ApiResult &r) {
        if (!r.ok()) {
            if (r.kind == ApiResult::Kind::HttpError && r.httpStatus == 401)
                fail(tr("Wrong user name or password."), r.kind);
            else if (r.kind == ApiResult::Kind::HttpError && r.httpStatus == 429)
                fail(tr("Too many failed logins. Try again in %n minute(s).", nullptr,
                        retryMinutes(r)),
                     r.kind);
            else {
                m_offeredFingerprint = r.peerFingerprint;
                fail(r.message, r.kind);
            }
            return;
        }
        QString error;
        const QByteArray token = r.body.value(QStringLiteral("token")).toString().toUtf8();
        const auto me = accountFromJson(r.body.value(QStringLiteral("user")).toObject(), &error);
        if (token.isEmpty() || !me) {
            fail(tr("The server's login answer is malformed: %1")
                     .arg(error.isEmpty() ? QStringLiteral("no token") : error),
                 ApiResult::Kind::BadResponse);
            return;
        }
        m_api->setToken(token);
        if (r.body.value(QStringLiteral("passwordChangeRequired")).toBool()) {
            qCInfo(lcProfile) << "the server asks" << me->login << "for a new password";
            m_pendingMe = me;
            m_pendingToken = token;
            m_oneTimePassword = password;
            Q_EMIT passwordChangeRequired();
            return;
        }
        fetchDirectory(*me, token);
    });
}

void Login::changePassword(const QString &newPassword)
{
    if (!m_pendingMe) {
        qCWarning(lcProfile) << "no password change is pending";
        return;
    }
    const QJsonObject body{{QStringLiteral("currentPassword"), m_oneTimePassword},
                           {QStringLiteral("newPassword"), newPassword}};
    m_api->post(QStringLiteral("password"), body, [this](const ApiResult &r) {
        if (!m_pendingMe)
            return; // given up (abandon()) while the change was on its way
        const Account me = *m_pendingMe;
        const QByteArray token = m_pendingToken;
        m_pendingMe.reset();
        m_pendingToken.clear();
        m_oneTimePassword.clear();
        if (!r.ok()) {
            // The session can do nothing else: end it; the user starts again.
            const QString why = tr("The new password was not accepted: %1").arg(refusalText(r));
            endSessionThen([this, why, kind = r.kind] { fail(why, kind); });
            return;
        }
        qCInfo(lcProfile) << "password changed for" << me.login;
        fetchDirectory(me, token);
    });
}

QString Login::refusalText(const ApiResult &r)
{
    const QString reason =
        r.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("reason")).toString();
    if (reason == QLatin1String("too_short"))
        return tr("a password needs at least 8 characters.");
    if (reason == QLatin1String("contains_login"))
        return tr("a password must not contain the user name.");
    if (reason == QLatin1String("too_common"))
        return tr("this password is too common; choose another one.");
    if (reason == QLatin1String("same_as_current"))
        return tr("it must differ from the one-time password.");
    return r.message; // a reason this version does not know: the server's words
}

bool Login::abandon()
{
    m_running = false;
    if (!m_pendingMe)
        return false;
    qCInfo(lcProfile) << "the password change was given up; ending its session";
    m_pendingMe.reset();
    m_pendingToken.clear();
    m_oneTimePassword.clear();
    endSessionThen([this] { Q_EMIT sessionEnded(); });
    return true;
}

void Login::endSessionThen(const std::function<void()> &next)
{
    // What follows (a failure, the end of the attempt) waits for the answer:
    // the desk and `pakn` may quit right after, which would drop the request.
    m_api->post(QStringLiteral("logout"), {}, [next](const ApiResult &) { next(); });
}

void Login::fetchDirectory(const Account &me, const QByteArray &token)
{
    m_api->get(QStringLiteral("units"), {}, [this, me, token](const ApiResult &r) {
        QString error;
        const auto units = r.ok() ? unitsFromAnswer(r.body, &error) : std::nullopt;
        if (!units) {
            fail(r.ok() ? tr("The server's unit list is malformed: %1").arg(error) : r.message,
                 r.ok() ? ApiResult::Kind::BadResponse : r.kind);
            return;
        }
        m_api->get(QStringLiteral("users"), {}, [this, me, token, units](const ApiResult &answer) {
            QString why;
            const auto accounts =
                answer.ok() ? accountsFromAnswer(answer.body, &why) : std::nullopt;
            if (!accounts) {
                fail(answer.ok() ? tr("The server's user list is malformed: %1").arg(why)
                                 : answer.message,
                     answer.ok() ? ApiResult::Kind::BadResponse : answer.kind);
                return;
            }
            finish(me, token, *units, *accounts);
        });
    });
}

void Login::finish(const Account &me, const QByteArray &token, const QList<Unit> &units,
                   const QList<Account> &accounts)
{
    QString error;
    if (!storeInCache(me, units, accounts, &error)) {
        // The session is of no use now: end it on the server.
        endSessionThen([this, error] { fail(error, ApiResult::Kind::BadResponse); });
        return;
    }
    m_profile.login = me.login;
    if (!m_profile.save(&error)) {
        endSessionThen([this, error] { fail(error, ApiResult::Kind::BadResponse); });
        return;
    }
    // Remembered or not, the session is open: the storage's refusal is told, not a failure.
    connect(
        &m_credentials, &SessionCredentials::kept, this,
        [this, me] {
            qCInfo(lcProfile) << "logged in as" << me.login;
            m_running = false;
            Q_EMIT succeeded(me);
        },
        Qt::SingleShotConnection);
    m_credentials.keep(token);
}

bool Login::storeInCache(const Account &me, const QList<Unit> &units,
                         const QList<Account> &accounts, QString *error)
{
    const QString connection = QStringLiteral("pakn-login-%1").arg(quintptr(this), 0, 16);
    auto cache = CacheDatabase::open(m_profile.cachePath(), connection, error);
    if (!cache)
        return false;
    CaseStore store(cache->db());
    Outbox outbox(cache->db());
    SqlTransaction tx(cache->db());
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    const std::optional<Account> previous = store.me();
    const QUrl previousServer = store.serverUrl();
    const bool otherUser = previous && (previous->login != me.login || previous->id != me.id);
    const bool otherServer =
        !previousServer.isEmpty() && previousServer != m_profile.endpoint.baseUrl;
    if (otherUser || otherServer) {
        // The cache holds another user's (or server's) scope. Their unsent work
        // is not ours to delete.
        const int queued = outbox.count();
        const int drafts = store.localDraftCount();
        const QString owner = previous ? previous->login : previousServer.toString();
        if (queued > 0 || drafts > 0) {
            *error = tr("This profile still holds work of %1 that is not on the server yet "
                        "(%2 queued actions, %3 saved reply drafts). Log in as %1 on %4 to "
                        "send it, or use another profile.")
                         .arg(owner)
                         .arg(queued)
                         .arg(drafts)
                         .arg(previousServer.isEmpty() ? m_profile.endpoint.baseUrl.toString()
                                                       : previousServer.toString());
            return false;
        }
        qCInfo(lcProfile) << "the cache belonged to" << owner << "- starting it afresh";
        if (!store.clearCases(error) || !outbox.clear(error))
            return false;
    }
    if (!store.setMe(me, error) || !store.setServerUrl(m_profile.endpoint.baseUrl, error) ||
        !store.replaceUnits(units, error) || !store.replaceAccounts(accounts, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

void Login::fail(const QString &message, ApiResult::Kind kind)
{
    qCInfo(lcProfile).noquote() << "login failed:" << message;
    m_running = false;
    Q_EMIT failed(message, kind);
}

} // namespace pakn
