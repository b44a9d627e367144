#include "CliCommand.h"

#include "CliArguments.h"
#include "CliAttachments.h"
#include "CliIntake.h"
#include "CliPhoneReveal.h"
#include "CliReport.h"
#include "Login.h"
#include "Logout.h"
#include "PasswordPrompt.h"
#include "cache/CacheDatabase.h"
#include "cache/CaseStore.h"
#include "cache/LocalActions.h"
#include "cache/LocalCopy.h"
#include "cache/Outbox.h"
#include "cache/ReferenceStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

namespace pakn {

namespace {

const char *const kUsage =
    "usage: pakn [--profile DIR] [--json] [--verbose] COMMAND ...   (pakn --version)\n"
    "commands:\n"
    "  login URL --user NAME [--fingerprint SHA256 | --ca FILE] [--allow-http]\n"
    "        [--remember keychain|file|none]\n"
    "                          (where the session is kept, for this and later logins: the\n"
    "                          system keychain (the default), the profile's token file readable\n"
    "                          by you only (scripts, machines without a keychain), or nowhere)\n"
    "  logout [--everywhere] [--wipe [--force]]\n"
    "                          (--everywhere: every session of the account, on every computer;\n"
    "                          --wipe: also delete this computer's copy of the cases, refused\n"
    "                          while actions or drafts are unsent unless --force)\n"
    "  sync\n"
    "  list [--queue QUEUE] [--limit N] [--sort COLUMN] [--asc]\n"
    "  search TEXT... [--queue QUEUE] [--limit N]\n"
    "  show ID               (the reporter's phone masked: see reveal-phone)\n"
    "  reveal-phone ID       (prints the reporter's phone number; needs the server, and the\n"
    "                        case's history records that you looked)\n"
    "  act ID ACTION [NAME=VALUE ...]\n"
    "  attach ID FILE... [--evidence]   (JPEG, PNG, WebP or PDF; evidence goes with the reply)\n"
    "  file ID ATTACHMENT_ID --output PATH\n"
    "  intake --channel hotline|walk_in --description TEXT [--title T] [--field CODE]\n"
    "         [--name N] [--phone P] [--address A]   (a report taken by telephone or in\n"
    "          person; needs the server, prints the new case's number)\n"
    "  outbox\n"
    "  drafts                (reply texts the server did not take, kept locally)\n"
    "  report --scope UNIT --period CODE --format pdf|xlsx|csv --output FILE\n"
    "         [--officer ID] [--field CODE] [--place NAME]\n"
    "         (UNIT: a unit id or its exact name; CODE: 2025-Q2, 2025-06, 2025-W23, 2025,\n"
    "          2025-06-14 or 2025-06-01..2025-06-30)\n"
    "queues: assigned_to_me, unit_open, awaiting_approval, new, to_accept, closed, all\n"
    "columns: id, title, status, field, urgency, unit, assignee, received, deadline\n"
    "actions (NAME=VALUE parameters; `pakn show ID` lists what you may do now):\n"
    "  route unitId= [field= urgency=], refuse reason=, merge intoCaseId= [reason=],\n"
    "  accept, return reason=, transfer unitId= reason=, assign officerId=, note text=,\n"
    "  request_extension reason= proposedDeadline=YYYY-MM-DD|ISO-8601,\n"
    "  grant_extension [deadline=] [comment=], deny_extension reason=,\n"
    "  draft_reply text=, submit_reply text=, send_back comment=, approve [text=],\n"
    "  rate rating=satisfied|acceptable|not_satisfied [comment=], reopen reason=,\n"
    "  close [comment=]\n"
    "The password comes from PAKN_PASSWORD, else it is asked for. A one-time password (one\n"
    "the server generated) must be replaced at once: the new one comes from\n"
    "PAKN_NEW_PASSWORD, else it is asked for twice.\n";

QString clientName()
{
    return QStringLiteral("pakn " PAKN_VERSION);
}

std::optional<CaseColumn> columnFromCode(const QString &code)
{
    static const QList<std::pair<QString, CaseColumn>> columns = {
        {QStringLiteral("id"), CaseColumn::Id},
        {QStringLiteral("title"), CaseColumn::Title},
        {QStringLiteral("status"), CaseColumn::Status},
        {QStringLiteral("field"), CaseColumn::Field},
        {QStringLiteral("urgency"), CaseColumn::Urgency},
        {QStringLiteral("unit"), CaseColumn::Unit},
        {QStringLiteral("assignee"), CaseColumn::Assignee},
        {QStringLiteral("received"), CaseColumn::ReceivedAt},
        {QStringLiteral("deadline"), CaseColumn::AnswerDeadline},
    };
    for (const auto &[c, col] : columns)
        if (c == code)
            return col;
    return std::nullopt;
}

QString stateWords(SyncState s)
{
    switch (s) {
    case SyncState::Offline:
        return QStringLiteral("the server cannot be reached");
    case SyncState::AuthFailed:
        return QStringLiteral("the session has expired or was ended; run `pakn login` again");
    case SyncState::Error:
        return QStringLiteral("sync failed");
    default:
        return {};
    }
}

} // namespace

CliCommand::CliCommand(QStringList arguments) : m_args(std::move(arguments)) {}

int CliCommand::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_out.error(problem);
    std::fputs(kUsage, stderr);
    return Usage;
}

int CliCommand::run()
{
    QStringList args = m_args.mid(1);
    QString problem;
    const auto profileDir = takeOption(args, QStringLiteral("--profile"), &problem);
    m_out = CliOutput(takeFlag(args, QStringLiteral("--json")));
    if (!problem.isEmpty())
        return usage(problem);
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("help"))
        return usage({});
    if (args.first() == QLatin1String("--version")) {
        std::printf("%s\n", qUtf8Printable(clientName()));
        return 0;
    }
    m_profile =
        std::make_unique<ClientProfile>(profileDir.value_or(ClientProfile::defaultDirectory()));
    QString error;
    if (!m_profile->load(&error)) {
        m_out.error(error);
        return Failed;
    }
    m_credentials = std::make_unique<SessionCredentials>(*m_profile);
    const QString command = args.takeFirst();
    if (command == QLatin1String("login"))
        return login(args);
    if (command == QLatin1String("logout"))
        return logout(args);
    if (command == QLatin1String("sync"))
        return sync();
    if (command == QLatin1String("list"))
        return list(args, false);
    if (command == QLatin1String("search"))
        return list(args, true);
    if (command == QLatin1String("show"))
        return show(args);
    if (command == QLatin1String("act"))
        return act(args);
    if (command == QLatin1String("drafts"))
        return drafts();
    if (command == QLatin1String("outbox"))
        return outbox();
    if (command == QLatin1String("attach") || command == QLatin1String("file"))
        return attachments(command, args);
    if (command == QLatin1String("report"))
        return CliReport(*m_profile, sessionToken(), m_out).run(args);
    if (command == QLatin1String("intake"))
        return CliIntake(*m_profile, sessionToken(), m_out).run(args);
    if (command == QLatin1String("reveal-phone"))
        return CliPhoneReveal(*m_profile, sessionToken(), m_out).run(args);
    return usage(QStringLiteral("unknown command: ") + command);
}

int CliCommand::login(const QStringList &argsIn)
{
    QStringList args = argsIn;
    QString problem;
    const auto user = takeOption(args, QStringLiteral("--user"), &problem);
    const auto fingerprint = takeOption(args, QStringLiteral("--fingerprint"), &problem);
    const auto ca = takeOption(args, QStringLiteral("--ca"), &problem);
    const bool allowHttp = takeFlag(args, QStringLiteral("--allow-http"));
    const auto remember = takeOption(args, QStringLiteral("--remember"), &problem);
    if (!problem.isEmpty())
        return usage(problem);
    const auto storage = remember ? ClientProfile::tokenStorageFromCode(*remember)
                                  : std::optional(m_profile->tokenStorage);
    if (!storage)
        return usage(QStringLiteral("--remember takes keychain, file or none"));
    if (args.size() != 1 || !user)
        return usage(QStringLiteral("login needs a server URL and --user NAME"));
    if (fingerprint && ca)
        return usage(QStringLiteral("give either --fingerprint or --ca, not both"));

    ServerEndpoint endpoint;
    endpoint.baseUrl = QUrl::fromUserInput(args.first());
    endpoint.allowPlainLoopback = allowHttp;
    if (fingerprint) {
        const auto raw = ServerEndpoint::parseFingerprint(*fingerprint);
        if (!raw) {
            m_out.error(QStringLiteral("the fingerprint must be a SHA-256 (64 hex digits, with or "
                                       "without colons)"));
            return Usage;
        }
        endpoint.fingerprint = *raw;
    }
    if (ca)
        endpoint.caFile = *ca;
    if (const QString why = endpoint.validate(); !why.isEmpty()) {
        m_out.error(why);
        return Usage;
    }
    QString password = qEnvironmentVariable("PAKN_PASSWORD");
    if (password.isEmpty())
        password = promptPassword(QStringLiteral("Password for %1: ").arg(*user));
    if (password.isEmpty()) {
        m_out.error(QStringLiteral("no password given"));
        return Failed;
    }

    // The previous session of this profile is replaced: read first, so that it
    // is found wherever it was kept.
    sessionToken();
    m_profile->endpoint = endpoint;
    m_profile->login = *user;
    m_profile->tokenStorage = *storage;
    QString error;
    if (!m_profile->save(&error)) {
        m_out.error(error);
        return Failed;
    }
    Login login(*m_credentials, clientName());
    QEventLoop loop;
    int code = Failed;
    QObject::connect(&login, &Login::succeeded, &loop, [&](const Account &me) {
        const bool remembered = m_credentials->remembered();
        m_out.message(QStringLiteral("Logged in as %1 (%2)").arg(me.displayName, toCode(me.role)),
                      QJsonObject{{QStringLiteral("user"), me.login},
                                  {QStringLiteral("displayName"), me.displayName},
                                  {QStringLiteral("role"), toCode(me.role)},
                                  {QStringLiteral("unitId"), me.unitId},
                                  {QStringLiteral("remembered"), remembered},
                                  {QStringLiteral("tokenStorage"),
                                   ClientProfile::tokenStorageCode(*storage)}});
        code = Ok;
        if (remembered) {
            loop.quit();
            return;
        }
        // Nothing after this command could use the session: it is ended now
        // rather than left open until it expires.
        if (const QString notice = m_credentials->takeNotice(); !notice.isEmpty()) {
            m_out.error(notice + QStringLiteral(" Later commands need a remembered session: "
                                                "log in again with --remember file to keep "
                                                "it in the profile's own file."));
            code = Failed;
        } else {
            m_out.notice(QStringLiteral("The session is not remembered (--remember none); it "
                                        "is ended now."));
        }
        auto *end = new Logout(*m_credentials, &loop);
        QObject::connect(end, &Logout::finished, &loop, &QEventLoop::quit);
        end->start();
    });
    QObject::connect(&login, &Login::passwordChangeRequired, &loop, [&] {
        const QString chosen = newPassword(*user);
        if (chosen.isEmpty()) {
            code = Failed;
            // The one-time session is logged out before the command ends.
            if (!login.abandon())
                loop.quit();
            return;
        }
        login.changePassword(chosen);
    });
    QObject::connect(
        &login, &Login::failed, &loop, [&](const QString &message, ApiResult::Kind kind) {
            m_out.error(message);
            if (const QByteArray offered = login.offeredFingerprint();
                kind == ApiResult::Kind::TlsError && !offered.isEmpty())
                m_out.error(QStringLiteral("If it is the same as your administrator's, pin "
                                           "it (only that certificate is then trusted):\n"
                                           "  pakn login %1 --user %2 --fingerprint %3")
                                .arg(endpoint.baseUrl.toString(), *user,
                                     ServerEndpoint::formatFingerprint(offered)));
            code = kind == ApiResult::Kind::HttpError ? NotAuthenticated : Failed;
            loop.quit();
        });
    QObject::connect(&login, &Login::sessionEnded, &loop, &QEventLoop::quit);
    login.start(password);
    loop.exec();
    return code;
}

QString CliCommand::newPassword(const QString &user)
{
    m_out.notice(QStringLiteral("The password of %1 was given for one use only; choose your own "
                                "(at least 8 characters).")
                     .arg(user));
    QString chosen = qEnvironmentVariable("PAKN_NEW_PASSWORD");
    if (chosen.isEmpty()) {
        chosen = promptPassword(QStringLiteral("New password for %1: ").arg(user));
        if (!chosen.isEmpty() && promptPassword(QStringLiteral("Repeat it: ")) != chosen) {
            m_out.error(QStringLiteral("the two new passwords differ; nothing was changed"));
            return {};
        }
    }
    if (chosen.isEmpty())
        m_out.error(QStringLiteral("no new password given (PAKN_NEW_PASSWORD or the prompt); "
                                   "nothing was changed"));
    return chosen;
}

int CliCommand::logout(QStringList args)
{
    const bool everywhere = args.removeAll(QStringLiteral("--everywhere")) > 0;
    const bool wipe = args.removeAll(QStringLiteral("--wipe")) > 0;
    const bool force = args.removeAll(QStringLiteral("--force")) > 0;
    if (!args.isEmpty()) {
        m_out.error(QStringLiteral("unexpected arguments: %1").arg(args.join(QLatin1Char(' '))));
        return Usage;
    }
    if (force && !wipe)
        return usage(QStringLiteral("--force only goes with --wipe"));
    const LocalCopy copy(m_profile->cachePath());
    if (wipe && !force) {
        // Never lose work silently: nothing is done while some is unsent.
        QString error;
        const auto unsent = copy.unsent(&error);
        if (!unsent) {
            m_out.error(error);
            return Failed;
        }
        if (unsent->any()) {
            m_out.error(QStringLiteral("not logged out: this computer holds %1 queued action(s) "
                                       "and %2 reply draft(s) not on the server yet; `pakn sync` "
                                       "sends the actions, or add --force to delete them too")
                            .arg(unsent->actions)
                            .arg(unsent->drafts));
            return Failed;
        }
    }
    sessionToken();
    Logout logout(*m_credentials);
    QEventLoop loop;
    bool confirmed = false;
    QObject::connect(&logout, &Logout::finished, &loop, [&](bool ok) {
        confirmed = ok;
        loop.quit();
    });
    logout.start(everywhere ? Logout::Reach::Everywhere : Logout::Reach::ThisSession);
    loop.exec();
    QString text = confirmed ? QStringLiteral("Logged out")
                             : QStringLiteral("Logged out on this computer (the server could not "
                                              "be told; the session expires by itself)");
    if (everywhere)
        text = confirmed ? QStringLiteral("Logged out everywhere: every session of the account "
                                          "has ended")
                         : QStringLiteral("Logged out on this computer only: the server could "
                                          "not be told, the other sessions go on");
    if (wipe) {
        QString error;
        const auto moved = copy.remove(&error);
        if (moved && !LocalCopy::removeMovedFolder(*moved))
            error = QStringLiteral("cannot remove the folder ") + *moved;
        if (!moved || !error.isEmpty()) {
            m_out.error(QStringLiteral("%1, but this computer's copy of the cases was not "
                                       "deleted: %2")
                            .arg(text, error));
            return Failed;
        }
        text += QStringLiteral("; this computer's copy of the cases is deleted");
    }
    m_out.message(text, QJsonObject{{QStringLiteral("loggedOut"), true},
                                    {QStringLiteral("everywhere"), everywhere},
                                    {QStringLiteral("serverConfirmed"), confirmed},
                                    {QStringLiteral("wiped"), wipe}});
    return everywhere && !confirmed ? Failed : Ok;
}

QByteArray CliCommand::sessionToken()
{
    if (!m_credentialsLoaded) {
        m_credentialsLoaded = true;
        QEventLoop loop;
        QObject::connect(m_credentials.get(), &SessionCredentials::loaded, &loop,
                         &QEventLoop::quit);
        m_credentials->load();
        loop.exec();
    }
    return m_credentials->token();
}

bool CliCommand::requireLogin()
{
    if (!sessionToken().isEmpty())
        return true;
    m_out.notLoggedIn();
    return false;
}

bool CliCommand::syncRound(QString *message, SyncState *finalState)
{
    SyncEngine engine(m_profile->cachePath(), m_profile->endpoint, sessionToken(), clientName());
    QEventLoop loop;
    bool done = false;
    SyncState last = SyncState::Idle;
    QObject::connect(&engine, &SyncEngine::roundFinished, &loop,
                     [&](int cases, int actions, const QDateTime &) {
                         // A round can end with an error that did not stop it (an
                         // action not delivered, to be retried): said, not hidden.
                         const QString problem = last == SyncState::Error ? *message : QString();
                         *message = QStringLiteral("Synced: %1 case(s) changed, %2 action(s) sent")
                                        .arg(cases)
                                        .arg(actions);
                         if (!problem.isEmpty())
                             *message += QStringLiteral(", but: ") + problem;
                         done = true;
                         loop.quit();
                     });
    QObject::connect(
        &engine, &SyncEngine::stateChanged, &loop, [&](SyncState s, const QString &text) {
            last = s;
            if (s == SyncState::Offline || s == SyncState::AuthFailed || s == SyncState::Error) {
                *message = text.isEmpty() ? stateWords(s) : text;
                loop.quit();
            }
        });
    QObject::connect(
        &engine, &SyncEngine::actionRejected, &loop,
        [&](qint64 caseId, const QString &action, const QString &text) {
            ++m_rejected;
            m_out.error(
                QStringLiteral("case %1: %2 was not applied: %3").arg(caseId).arg(action, text));
        });
    // Started from the event loop, so that every signal (even an immediate
    // failure to open the cache) arrives while the loop runs.
    QTimer::singleShot(0, &engine, &SyncEngine::syncNow);
    loop.exec();
    if (finalState)
        *finalState = done && last != SyncState::Error ? SyncState::Idle : last;
    return done;
}

int CliCommand::sync()
{
    if (!requireLogin())
        return NotAuthenticated;
    QString message;
    SyncState state = SyncState::Idle;
    if (!syncRound(&message, &state)) {
        m_out.error(message);
        return state == SyncState::AuthFailed ? NotAuthenticated
               : state == SyncState::Offline  ? Queued
                                              : Failed;
    }
    if (state == SyncState::Error) {
        m_out.error(message);
        return Failed;
    }
    m_out.message(message, QJsonObject{{QStringLiteral("synced"), true},
                                       {QStringLiteral("message"), message},
                                       {QStringLiteral("rejected"), m_rejected}});
    return m_rejected ? Failed : Ok;
}

int CliCommand::list(const QStringList &argsIn, bool search)
{
    QStringList args = argsIn;
    QString problem;
    const auto queueText = takeOption(args, QStringLiteral("--queue"), &problem);
    const auto limitText = takeOption(args, QStringLiteral("--limit"), &problem);
    const auto sortText = takeOption(args, QStringLiteral("--sort"), &problem);
    const bool ascending = takeFlag(args, QStringLiteral("--asc"));
    if (!problem.isEmpty())
        return usage(problem);
    CaseQuery query;
    query.queue = search ? Queue::All : Queue::UnitOpen;
    if (queueText) {
        const auto q = queueFromCode(*queueText);
        if (!q)
            return usage(QStringLiteral("unknown queue: ") + *queueText);
        query.queue = *q;
    }
    if (sortText) {
        const auto c = columnFromCode(*sortText);
        if (!c)
            return usage(QStringLiteral("unknown column: ") + *sortText);
        query.sortColumn = *c;
    }
    query.order = ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
    bool ok = true;
    const int limit = limitText ? limitText->toInt(&ok) : 50;
    if (!ok || limit < 1 || limit > 100000)
        return usage(QStringLiteral("--limit takes a number from 1 to 100000"));
    if (search) {
        if (args.isEmpty())
            return usage(QStringLiteral("search needs some text"));
        query.search = args.join(QLatin1Char(' '));
    } else if (!args.isEmpty()) {
        return usage(QStringLiteral("unexpected: ") + args.join(QLatin1Char(' ')));
    }
    QString error;
    auto db = CacheDatabase::open(m_profile->cachePath(), QStringLiteral("cli"), &error);
    if (!db) {
        m_out.error(error);
        return Failed;
    }
    const CaseStore store(db->db());
    m_out.rows(store.page(query, {}, limit), store.count(query));
    return Ok;
}

int CliCommand::show(const QStringList &args)
{
    bool ok = false;
    const CaseId id = args.size() == 1 ? args.first().toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return usage(QStringLiteral("show needs one case id"));
    QString error;
    auto db = CacheDatabase::open(m_profile->cachePath(), QStringLiteral("cli"), &error);
    if (!db) {
        m_out.error(error);
        return Failed;
    }
    const auto c = CaseStore(db->db()).caseById(id);
    if (!c) {
        m_out.error(QStringLiteral("no case %1 in the local cache (run `pakn sync`?)").arg(id));
        return Failed;
    }
    const WorkflowRules rules = ReferenceStore(db->db()).current().workflowRules();
    m_out.caseDetail(*c, LocalActions(db->db(), rules, clientName()).allowed(id));
    return Ok;
}

int CliCommand::drafts()
{
    QString error;
    auto db = CacheDatabase::open(m_profile->cachePath(), QStringLiteral("cli"), &error);
    if (!db) {
        m_out.error(error);
        return Failed;
    }
    m_out.drafts(CaseStore(db->db()).localDrafts());
    return Ok;
}

int CliCommand::act(const QStringList &args)
{
    if (args.size() < 2)
        return usage(QStringLiteral("act needs a case id and an action"));
    bool ok = false;
    const CaseId id = args.at(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(QStringLiteral("not a case id: ") + args.at(0));
    const auto action = caseActionFromCode(args.at(1));
    if (!action)
        return usage(QStringLiteral("unknown action: ") + args.at(1));
    QJsonObject params;
    for (const QString &pair : args.mid(2)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usage(QStringLiteral("parameters are NAME=VALUE, not: ") + pair);
        const QString name = pair.left(eq);
        const QString value = pair.mid(eq + 1);
        // Ids travel as numbers; everything else as text.
        if (name.endsWith(QLatin1String("Id")))
            params.insert(name, value.toLongLong());
        else
            params.insert(name, value);
    }
    if (!requireLogin())
        return NotAuthenticated;
    QString error;
    {
        auto db = CacheDatabase::open(m_profile->cachePath(), QStringLiteral("cli"), &error);
        if (!db) {
            m_out.error(error);
            return Failed;
        }
        // The server's calendar and deadline rules as last synced (defaults before).
        const WorkflowRules rules = ReferenceStore(db->db()).current().workflowRules();
        LocalActions actions(db->db(), rules, clientName());
        const ActionOutcome outcome = actions.perform(id, *action, params);
        if (!outcome.ok()) {
            m_out.error(QStringLiteral("%1 (%2)").arg(outcome.message, outcome.code()));
            return Failed;
        }
    }
    QString message;
    SyncState state = SyncState::Idle;
    if (!syncRound(&message, &state)) {
        m_out.error(QStringLiteral("%1; the action is queued and will be sent by the next sync")
                        .arg(message));
        return state == SyncState::AuthFailed ? NotAuthenticated : Queued;
    }
    if (m_rejected)
        return Failed;
    auto db = CacheDatabase::open(m_profile->cachePath(), QStringLiteral("cli"), &error);
    if (!db) {
        m_out.error(error);
        return Failed;
    }
    if (Outbox(db->db()).pendingFor(id).isEmpty()) {
        const auto c = CaseStore(db->db()).caseById(id);
        if (!c) {
            m_out.error(QStringLiteral("case %1 is no longer in your scope").arg(id));
            return Ok;
        }
        m_out.message(QStringLiteral("Case %1 is now %2 (version %3)")
                          .arg(id)
                          .arg(toCode(c->status))
                          .arg(c->version),
                      QJsonObject{{QStringLiteral("id"), id},
                                  {QStringLiteral("status"), toCode(c->status)},
                                  {QStringLiteral("version"), c->version}});
        return Ok;
    }
    m_out.error(QStringLiteral("the action is still queued; see `pakn outbox`"));
    return Queued;
}

int CliCommand::attachments(const QString &command, const QStringList &args)
{
    if (!requireLogin())
        return NotAuthenticated;
    CliAttachments files(*m_profile, sessionToken(), m_out, clientName());
    if (command == QLatin1String("file"))
        return files.file(args);
    return files.attach(args, [this](QString *message, bool *offline) {
        SyncState state = SyncState::Idle;
        const bool done = syncRound(message, &state);
        *offline = state == SyncState::Offline;
        return done && m_rejected == 0;
    });
}

int CliCommand::outbox()
{
    QString error;
    auto db = CacheDatabase::open(m_profile->cachePath(), QStringLiteral("cli"), &error);
    if (!db) {
        m_out.error(error);
        return Failed;
    }
    m_out.outbox(Outbox(db->db()).pending());
    return Ok;
}

} // namespace pakn
