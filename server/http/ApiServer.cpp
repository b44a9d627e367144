#include "http/ApiServer.h"

#include "ServerLogging.h"
#include "admin/AdminRoutes.h"
#include "admin/ReferenceAdminRoutes.h"
#include "attachments/AttachmentService.h"
#include "attachments/MediaImport.h"
#include "cases/ActionWriter.h"
#include "cases/AnswerAutoCloser.h"
#include "cases/CaseActionService.h"
#include "http/AttachmentRoutes.h"
#include "http/AuthRoutes.h"
#include "http/CaseRoutes.h"
#include "http/DirectoryRoutes.h"
#include "http/FeedRoutes.h"
#include "http/FeedWaitRoom.h"
#include "http/FiguresRoutes.h"
#include "http/IntakeRoutes.h"
#include "http/ReferenceRoutes.h"
#include "http/RouteTable.h"
#include "http/TlsListener.h"
#include "open311/Open311Routes.h"
#include "security/PasswordHasher.h"
#include "security/TlsIdentity.h"
#include "security/TlsPolicy.h"
#include "storage/Database.h"
#include "zalo/ZaloChannel.h"

#include <QHttpServer>
#include <QSslConfiguration>
#include <QTcpServer>

namespace pakn::server {

// Declaration order is construction order: stores first, the HTTP server
// last, so it is destroyed first and no request reaches a dead store.
struct ApiServer::Parts
{
    Parts(QSqlDatabase db, const QString &location, const ServerConfig &c)
        : config(c), units(db), accounts(db), sessions(db), cases(db), feed(db, cases),
          idempotency(db), referenceStore(db), reference(referenceStore), unitTree(units),
          authenticator(sessions, unitTree, config.clock),
          actions({cases, feed, idempotency, units, accounts}, reference.rules(), config.clock),
          autoCloser(cases, feed, reference.rules(), config.clock, config.autoCloseAfterDays),
          loginFailures(db), loginThrottle(loginFailures, config.loginLimits),
          authRoutes(accounts, sessions, hasher, loginThrottle, config),
          directoryRoutes(units, accounts), feedRoutes(feed),
          actionWriter(location, config.clock,
                       {[this](const Case &answered) { zalo.replyPublished(answered); },
                        [this] { feedWaits.nudge(); }}),
          caseRoutes(cases, actions, reference, actionWriter), referenceRoutes(reference),
          adminEvents(db), adminHistory(adminEvents, config.clock),
          unitAdministration({units, accounts, cases, feed, adminHistory}, config.clock),
          userAdministration({units, accounts, sessions, adminHistory}, hasher),
          adminRoutes(unitAdministration, userAdministration, adminEvents),
          referenceAdministration(referenceStore, adminHistory),
          referenceAdminRoutes(referenceAdministration), attachments(db),
          files(config.attachmentsPath()), attachmentService({cases, attachments, feed, files},
                                                             config.attachmentLimits, config.clock),
          attachmentRoutes(cases, attachments, files, attachmentService,
                           config.attachmentLimits.maxFileBytes),
          systemChanges(cases, attachments, feed, config.clock),
          mediaImport(files, systemChanges, config.attachmentLimits), caseFacts(db),
          figures({caseFacts, cases, units, accounts}, reference, config.clock),
          figuresRoutes(figures),
          // Reports becoming cases: staff intake (POST /cases) and Open311.
          intake(cases, feed, config.clock),
          intakeRoutes(intake, idempotency, reference, config.clock), open311Clients(db),
          open311Requests(db), open311Submission(open311Clients, intake, mediaImport, reference),
          open311Evidence(cases, attachments, files),
          open311Routes(open311Submission, open311Requests, open311Evidence, reference,
                        config.clock),
          zalo({cases, accounts, units, actions, intake, systemChanges, mediaImport, files},
               config.zalo, config.clock),
          feedProbe(db), feedWaits(feedProbe, {config.feedWaitsPerAccount, config.feedWaitsInAll}),
          routes(http, authenticator, config.maxBodyBytes)
    {
        adminRoutes.addTo(routes);
        referenceAdminRoutes.addTo(routes);
        referenceRoutes.addTo(routes);
        authRoutes.addTo(routes);
        directoryRoutes.addTo(routes);
        feedWaits.addTo(routes); // p2-live, before /feed
        feedRoutes.addTo(routes);
        feed.setTakenListener([this] { feedWaits.nudge(); });
        caseRoutes.addTo(routes);
        attachmentRoutes.addTo(routes);
        figuresRoutes.addTo(routes);
        intakeRoutes.addTo(routes);
        open311Routes.addTo(routes);
        zalo.addTo(routes);
        actions.setReplyPublishedListener(
            [this](const Case &answered) { zalo.replyPublished(answered); });
    }

    ServerConfig config;
    PasswordHasher hasher;
    UnitRepository units;
    AccountRepository accounts;
    SessionRepository sessions;
    CaseRepository cases;
    ChangeFeed feed;
    IdempotencyRepository idempotency;
    ReferenceRepository referenceStore;
    ReferenceInForce reference; // its rules() are the ones `actions` decides with
    UnitTreeSnapshot unitTree;
    Authenticator authenticator;
    CaseActionService actions;
    AnswerAutoCloser autoCloser;
    LoginFailureRepository loginFailures;
    LoginThrottle loginThrottle;
    AuthRoutes authRoutes;
    DirectoryRoutes directoryRoutes;
    FeedRoutes feedRoutes;
    ActionWriter actionWriter; // actions on a thread of their own, in groups (docs/PERFORMANCE.md)
    CaseRoutes caseRoutes;
    ReferenceRoutes referenceRoutes;
    AdminEventRepository adminEvents;
    AdminHistory adminHistory;
    UnitAdministration unitAdministration;
    UserAdministration userAdministration;
    AdminRoutes adminRoutes;
    ReferenceAdministration referenceAdministration;
    ReferenceAdminRoutes referenceAdminRoutes;
    AttachmentRepository attachments;
    AttachmentFiles files;
    AttachmentService attachmentService;
    AttachmentRoutes attachmentRoutes;
    SystemCaseChange systemChanges; // what the channels add to cases on their own
    MediaImport mediaImport;
    CaseFactRepository caseFacts;
    FiguresService figures;
    FiguresRoutes figuresRoutes;
    CaseIntake intake;
    IntakeRoutes intakeRoutes;
    Open311ClientRepository open311Clients;
    Open311RequestRepository open311Requests;
    Open311Submission open311Submission;
    Open311Evidence open311Evidence;
    Open311Routes open311Routes;
    ZaloChannel zalo;
    FeedProbe feedProbe; // p2-live: GET /feed/wait
    FeedWaitRoom feedWaits;
    QHttpServer http;
    RouteTable routes;
};

ApiServer::ApiServer(Database &database, ServerConfig config, QObject *parent)
    : QObject(parent),
      m_parts(std::make_unique<Parts>(database.connection(), database.path(), config))
{
    // Hourly is plenty for limits counted in days; the first run comes right
    // after start-up, once the event loop runs.
    m_upkeepTimer.setInterval(std::chrono::hours(1));
    connect(&m_upkeepTimer, &QTimer::timeout, this, &ApiServer::upkeep);
    m_upkeepTimer.start();
    QTimer::singleShot(0, this, &ApiServer::upkeep);
}

void ApiServer::upkeep()
{
    m_parts->autoCloser.closeDue();
    m_parts->zalo.forgetOldEvents();
    const ServerConfig &config = m_parts->config;
    const int purged = m_parts->idempotency.purgeStoredBefore(
        config.clock().addSecs(-std::chrono::seconds(config.idempotencyRetention).count()));
    if (purged > 0)
        qCInfo(lcStorage) << "forgot" << purged << "stored answers to retried actions";
}

ApiServer::~ApiServer() = default;

bool ApiServer::listen(const TlsIdentity &identity, QString *error)
{
    const ServerConfig &config = m_parts->config;
    if (const QString writer = m_parts->actionWriter.error(); !writer.isEmpty()) {
        *error = QStringLiteral("cannot open the database for case actions: %1").arg(writer);
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(identity.certificate());
    tls.setPrivateKey(identity.privateKey());
    applyTlsPolicy(tls);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens

    // A request may be up to the largest body limit (an attachment's upload)
    // plus headers; beyond twice that the connection is cut before
    // QtHttpServer buffers any more of it.
    const qint64 largestBody = std::max(config.maxBodyBytes, config.attachmentLimits.maxFileBytes);
    auto listener = std::make_unique<TlsListener>(TlsListener::Limits{
        2 * largestBody + 64 * 1024, config.idleConnectionTimeout, config.maxConnections});
    listener->setObjectName(QStringLiteral("pakn-https"));
    listener->setSslConfiguration(tls);
    listener->setHandshakeTimeout(int(config.tlsHandshakeTimeout.count()));
    if (!listener->listen(config.listenAddress, config.listenPort)) {
        *error = QStringLiteral("cannot listen on %1 port %2: %3")
                     .arg(config.listenAddress.toString())
                     .arg(config.listenPort)
                     .arg(listener->errorString());
        return false;
    }
    m_port = listener->serverPort();
    listener->setParent(&m_parts->http);
    m_parts->http.bind(listener.release());
    qCInfo(lcHttp) << "accepting HTTPS connections on" << config.listenAddress.toString() << m_port;
    return true;
}

void ApiServer::serveUnencrypted(QTcpServer *server)
{
    m_port = server->serverPort();
    server->setParent(&m_parts->http);
    m_parts->http.bind(server);
}

QStringList ApiServer::routes() const
{
    return m_parts->routes.registered();
}

int ApiServer::feedWaits() const
{
    return m_parts->feedWaits.waiting();
}

quint16 ApiServer::port() const
{
    return m_port;
}

} // namespace pakn::server
