// Test-only client for tst_kill_client (issue 9, "Faults"): a logged-in
// profile's sync engine syncs without pause on its own thread (outbox sends
// and feed pages), while the main thread queues notes and autosaves a reply
// draft, like a desk whose user types. The test SIGKILLs it at a random
// moment. What was done is written to side files only AFTER it returned,
// so the test knows what must have survived:
//   queued.txt  one marker per line: a note carrying it is in the outbox
//   drafts.txt  one number per line: draftText(number) was autosaved
// Each event is also a line on stdout, which the test counts to pick the moment.
//
// usage: kill_client_driver PROFILE SIDE_DIR DRAFT_CASE NOTE_CASE...

#include "ClientProfile.h"
#include "KillClientTexts.h"
#include "cache/AutosavedDrafts.h"
#include "cache/CacheDatabase.h"
#include "cache/LocalActions.h"
#include "cache/Outbox.h"
#include "cache/ReferenceStore.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <cstdio>

using namespace pakn;

namespace {

void say(const QString &line)
{
    std::fputs(qUtf8Printable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// Appends one line and hands it to the kernel, which keeps it through a SIGKILL.
bool record(const QString &path, const QString &line)
{
    QFile f(path);
    if (!f.open(QIODevice::Append | QIODevice::WriteOnly))
        return false;
    return f.write((line + QLatin1Char('\n')).toUtf8()) > 0 && f.flush();
}

int linesIn(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("pakn.*.debug=false\npakn.*.info=false"));
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fputs("usage: kill_client_driver PROFILE SIDE_DIR DRAFT_CASE NOTE_CASE...\n", stderr);
        return 2;
    }
    ClientProfile profile(args.at(1));
    QString error;
    if (!profile.load(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QDir side(args.at(2));
    const CaseId draftCase = args.at(3).toLongLong();
    QList<CaseId> noteCases;
    for (const QString &id : args.mid(4))
        noteCases.append(id.toLongLong());

    qRegisterMetaType<pakn::SyncState>("pakn::SyncState");
    QThread syncThread;
    auto *engine = new SyncEngine(profile.cachePath(), profile.endpoint, profile.readToken(),
                                  QStringLiteral("kill_client_driver"));
    engine->moveToThread(&syncThread);
    QObject::connect(&syncThread, &QThread::started, engine, &SyncEngine::start);
    QObject::connect(&syncThread, &QThread::started, engine, &SyncEngine::syncNow);
    QObject::connect(&syncThread, &QThread::finished, engine, &QObject::deleteLater);
    // Round after round: the kill finds the engine sending or storing most of the time.
    QObject::connect(engine, &SyncEngine::roundFinished, &app, [engine](int cases, int sent) {
        say(QStringLiteral("synced %1 %2").arg(cases).arg(sent));
        QMetaObject::invokeMethod(engine, &SyncEngine::syncNow, Qt::QueuedConnection);
    });
    QObject::connect(engine, &SyncEngine::stateChanged, &app, [engine](SyncState s) {
        if (s == SyncState::Idle || s == SyncState::Syncing)
            return;
        say(QStringLiteral("state %1").arg(int(s)));
        QMetaObject::invokeMethod(engine, &SyncEngine::syncNow, Qt::QueuedConnection);
    });

    auto db = CacheDatabase::open(profile.cachePath(), QStringLiteral("driver"), &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const WorkflowRules rules = ReferenceStore(db->db()).current().workflowRules();
    LocalActions actions(db->db(), rules, QStringLiteral("kill_client_driver"));
    AutosavedDrafts drafts(db->db());
    const QString queuedFile = side.filePath(QStringLiteral("queued.txt"));
    const QString draftsFile = side.filePath(QStringLiteral("drafts.txt"));
    int draftNumber = linesIn(draftsFile);
    int step = 0;

    QTimer typing;
    typing.setInterval(15); // brisk typing; faster would outrun the outbox
    QObject::connect(&typing, &QTimer::timeout, &app, [&] {
        ++step;
        // A full outbox (the server is slower than the typing) gets no more notes:
        // a user does not queue faster than they are sent for long.
        if (step % 2 || Outbox(db->db()).count() >= 20) {
            ++draftNumber;
            QString why;
            if (!drafts.save(draftCase, killtest::draftText(draftNumber), &why)) {
                say(QStringLiteral("draft failed: ") + why);
                --draftNumber;
                return;
            }
            record(draftsFile, QString::number(draftNumber));
            say(QStringLiteral("saved %1").arg(draftNumber));
            return;
        }
        const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const CaseId id = noteCases.at((step / 2) % noteCases.size());
        const ActionOutcome outcome = actions.perform(
            id, CaseAction::Note, {{QStringLiteral("text"), killtest::noteText(marker)}});
        if (!outcome.ok()) {
            say(QStringLiteral("note failed: ") + outcome.message);
            return;
        }
        record(queuedFile, marker);
        say(QStringLiteral("queued ") + marker);
    });
    typing.start();
    syncThread.start();
    say(QStringLiteral("started"));
    const int code = app.exec();
    syncThread.quit();
    syncThread.wait();
    return code;
}
