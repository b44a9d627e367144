#pragma once

// The `pakn` executable (PAKN_BIN, set by pakn_add_test) run once as a
// process with a profile, for the command-line tests. It waits in an event
// loop, so objects of the test's thread (a DroppingProxy) keep working.

#include <QProcess>
#include <QSignalSpy>
#include <QStringList>

struct PaknRun
{
    int exitCode = -1; // -2: crashed
    QString out;
    QString err;
};

inline PaknRun runPakn(const QString &profile, const QStringList &args,
                       const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(qEnvironmentVariable("PAKN_BIN"),
            QStringList{QStringLiteral("--profile"), profile} + args);
    p.closeWriteChannel();
    PaknRun r;
    if (!finished.wait(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
