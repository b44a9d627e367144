#pragma once

// Runs `pakn-server admin …` as a process (the binary from PAKN_SERVER_BIN)
// and keeps its exit code and output, for the command-line admin tests.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace admintest {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// `where` is the data directory (SQLite), or a postgresql:// URL (a test's _pg copy).
inline Run admin(const QString &where, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    QStringList all{QStringLiteral("admin")};
    if (where.startsWith(QLatin1String("postgresql://")))
        all << QStringLiteral("--database") << where;
    else if (!where.isEmpty())
        all << QStringLiteral("--data") << where;
    p.start(qEnvironmentVariable("PAKN_SERVER_BIN"), all + args);
    p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

} // namespace admintest
