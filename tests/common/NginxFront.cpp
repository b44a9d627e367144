#include "NginxFront.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <unistd.h>

namespace {

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool run(const QString &program, const QStringList &args, QString *error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return true;
    *error =
        program + QStringLiteral(" failed: ") + QString::fromUtf8(p.readAll()) + p.errorString();
    return false;
}

} // namespace

NginxFront::~NginxFront()
{
    stop();
}

QString NginxFront::executable()
{
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    return onPath.isEmpty() ? QStandardPaths::findExecutable(
                                  QStringLiteral("nginx"),
                                  {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")})
                            : onPath;
}

QString NginxFront::errorLog() const
{
    QFile log(m_dir.filePath(QStringLiteral("error.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

bool NginxFront::makeCertificate(QString *error)
{
    if (!run(QStringLiteral("openssl"),
             {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
              QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
              QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
              QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
              QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-days"),
              QStringLiteral("2"), QStringLiteral("-keyout"),
              m_dir.filePath(QStringLiteral("nginx-key.pem")), QStringLiteral("-out"),
              certificatePath()},
             error))
        return false;
    const auto certificates = QSslCertificate::fromPath(certificatePath());
    if (certificates.isEmpty()) {
        *error = QStringLiteral("openssl made no readable certificate");
        return false;
    }
    m_fingerprint = QString::fromLatin1(
        certificates.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    return true;
}

bool NginxFront::renderConfig(const QList<Instance> &instances, quint16 port, QString *error)
{
    // The instances' own certificates, the only ones nginx trusts upstream.
    QFile pinned(m_dir.filePath(QStringLiteral("instances.pem")));
    if (!pinned.open(QIODevice::WriteOnly)) {
        *error = pinned.errorString();
        return false;
    }
    QStringList args{QStringLiteral(PAKN_SOURCE_DIR "/installer/nginx/render-config.sh"),
                     m_dir.filePath(QStringLiteral("pakn.conf")),
                     QString::number(port),
                     QStringLiteral("localhost"),
                     certificatePath(),
                     m_dir.filePath(QStringLiteral("nginx-key.pem")),
                     pinned.fileName()};
    for (const Instance &instance : instances) {
        QFile certificate(instance.certificatePath);
        if (!certificate.open(QIODevice::ReadOnly)) {
            *error = instance.certificatePath + QStringLiteral(": ") + certificate.errorString();
            return false;
        }
        pinned.write(certificate.readAll());
        args << QStringLiteral("%1:%2").arg(instance.url.host()).arg(instance.url.port());
    }
    pinned.close();
    if (!run(QStringLiteral("bash"), args, error))
        return false;

    // The main configuration: everything nginx writes stays inside the directory.
    const QString dir = m_dir.path();
    QByteArray main;
    if (::geteuid() == 0) {
        // As root (CI), the workers run as nobody: they must reach the temp paths.
        main += "user nobody nogroup;\n";
        QFile::setPermissions(dir, QFile::permissions(dir) | QFile::ExeOther | QFile::ReadOther);
    }
    main += "worker_processes 1;\npid " + dir.toUtf8() +
            "/nginx.pid;\nevents { worker_connections 512; }\n"
            "http {\n  access_log " +
            dir.toUtf8() + "/access.log;\n";
    for (const char *temp : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
        main += QByteArray("  ") + temp + "_temp_path " + dir.toUtf8() + "/temp-" + temp + ";\n";
    main += "  include " + dir.toUtf8() + "/pakn.conf;\n}\n";
    QFile conf(m_dir.filePath(QStringLiteral("nginx.conf")));
    if (!conf.open(QIODevice::WriteOnly) || conf.write(main) != main.size()) {
        *error = conf.errorString();
        return false;
    }
    return true;
}

bool NginxFront::waitUntilListening(quint16 port, QString *error)
{
    // nginx is another process: a blocking connect per try does not stall it.
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(500))
            return true;
        m_process.waitForFinished(100); // returns early if nginx exits
    }
    *error = QStringLiteral("nginx did not start: ") + QString::fromUtf8(m_process.readAll()) +
             errorLog();
    return false;
}

bool NginxFront::start(const QList<Instance> &instances, QString *error)
{
    const QString nginx = executable();
    if (nginx.isEmpty() || !m_dir.isValid()) {
        *error = QStringLiteral("no nginx, or no temporary directory");
        return false;
    }
    const quint16 port = freePort();
    if (!makeCertificate(error) || !renderConfig(instances, port, error))
        return false;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(nginx, {QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"),
                            m_dir.filePath(QStringLiteral("nginx.conf")), QStringLiteral("-e"),
                            m_dir.filePath(QStringLiteral("error.log")), QStringLiteral("-g"),
                            QStringLiteral("daemon off;")});
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    if (!waitUntilListening(port, error))
        return false;
    m_url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
    return true;
}

void NginxFront::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: nginx's fast shutdown, workers included
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}
