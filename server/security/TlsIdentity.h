#pragma once

// The server's TLS certificate and private key. On first start a self-signed
// certificate (EC P-256, X.509 v3, SAN localhost/127.0.0.1/::1, ten years) is
// generated with libcrypto and stored in the data directory (key mode 0600);
// later starts reuse it, so the fingerprint clients pinned stays valid.

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <optional>

namespace pakn::server {

class TlsIdentity
{
public:
    static std::optional<TlsIdentity> loadOrCreate(const QString &certificatePath,
                                                   const QString &keyPath, QString *error);
    // A fresh identity kept in memory only.
    static std::optional<TlsIdentity> generate(QString *error);

    const QSslCertificate &certificate() const { return m_certificate; }
    const QSslKey &privateKey() const { return m_key; }
    QByteArray fingerprint() const;  // SHA-256 of the DER certificate, raw
    QString fingerprintText() const; // "AB:CD:…", 32 upper-case hex bytes

private:
    static std::optional<TlsIdentity> fromPem(const QByteArray &certificatePem,
                                              const QByteArray &keyPem, QString *error);
    static bool generatePem(QByteArray *certificatePem, QByteArray *keyPem, QString *error);

    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace pakn::server
