#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

ServerProcess::ServerProcess(int demoCases) : m_demoCases(demoCases)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

ServerProcess::ServerProcess(int demoCases, const QString &sharedDatabaseUrl,
                             const QString &sharedDataDir)
    : m_sharedUrl(sharedDatabaseUrl), m_sharedDataDir(sharedDataDir), m_demoCases(demoCases)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(QString *error)
{
    const QString bin = qEnvironmentVariable("PAKN_SERVER_BIN");
    if (bin.isEmpty()) {
        *error = QStringLiteral("PAKN_SERVER_BIN is not set");
        return false;
    }
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(m_port);
    QStringList args{QStringLiteral("--data"), dataDir(), QStringLiteral("--listen"), listen};
    if (m_demoCases > 0)
        args << QStringLiteral("--demo-cases") << QString::number(m_demoCases);
    if (ScratchDatabase::onPostgres() && databaseUrl().isEmpty()) {
        *error = m_scratch.error();
        return false;
    }
    if (!databaseUrl().isEmpty())
        args << QStringLiteral("--database") << databaseUrl();
    m_output.clear();
    m_process.start(bin, args);
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (https://\\S+)"));
    static const QRegularExpression print(QStringLiteral("fingerprint ([0-9A-F:]{95})"));
    QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 1000)))) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            continue;
        }
        m_output += m_process.readAll();
        const QString text = QString::fromUtf8(m_output);
        const auto f = print.match(text);
        const auto l = listening.match(text);
        if (f.hasMatch() && l.hasMatch()) {
            m_fingerprintText = f.captured(1);
            m_fingerprint = QByteArray::fromHex(m_fingerprintText.toLatin1().replace(':', ""));
            m_url = QUrl(l.captured(1));
            m_port = quint16(m_url.port());
            return true;
        }
    }
    m_output += m_process.readAll();
    *error = QStringLiteral("pakn-server did not start: ") + QString::fromUtf8(m_output);
    m_process.kill();
    m_process.waitForFinished(5000);
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_output += m_process.readAll();
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
    m_output += m_process.readAll();
}

bool ServerProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}
