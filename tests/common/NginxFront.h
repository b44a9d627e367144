#pragma once

// A real nginx in front of pakn-server instances for a test: renders the
// shipped configuration (installer/nginx/pakn.conf via render-config.sh) with
// a free port, a certificate made with openssl and the instances pinned by
// their own certificates, and runs `nginx -p DIR -g 'daemon off;'` with every
// pid, log and temp path inside a temporary directory. Stopped on destruction.

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

class NginxFront
{
public:
    struct Instance
    {
        QUrl url;                // https://127.0.0.1:PORT of a pakn-server
        QString certificatePath; // its data directory's certificate.pem
    };

    NginxFront() = default;
    ~NginxFront();

    // Debian's /usr/sbin/nginx or one on PATH; empty when not installed.
    static QString executable();

    bool start(const QList<Instance> &instances, QString *error);
    void stop();

    QUrl url() const { return m_url; }                        // https://127.0.0.1:PORT
    QString fingerprintText() const { return m_fingerprint; } // of nginx's certificate, "AB:CD:…"
    QString certificatePath() const { return m_dir.filePath(QStringLiteral("nginx-cert.pem")); }
    QString errorLog() const;

private:
    bool makeCertificate(QString *error);
    bool renderConfig(const QList<Instance> &instances, quint16 port, QString *error);
    bool waitUntilListening(quint16 port, QString *error);

    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    QString m_fingerprint;
};
