#include "security/TlsIdentity.h"

#include "ServerLogging.h"

#include <QFile>
#include <QSaveFile>
#include <memory>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace pakn::server {

namespace {

template <typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

QString opensslError(const char *step)
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof(buffer));
    return QStringLiteral("%1 failed: %2").arg(QLatin1String(step), QLatin1String(buffer));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

bool addExtension(X509 *x, X509V3_CTX *ctx, int nid, const char *value)
{
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value));
    return ext && X509_add_ext(x, ext.get(), -1) == 1;
}

bool writeFile(const QString &path, const QByteArray &data, QFile::Permissions permissions,
               QString *error)
{
    QSaveFile file(path);
    // Permissions go on the temporary file before any byte of the key is in it.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions) ||
        file.write(data) != data.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool TlsIdentity::generatePem(QByteArray *certificatePem, QByteArray *keyPem, QString *error)
{
    PKeyPtr key(EVP_EC_gen("P-256"));
    X509Ptr x(X509_new());
    BnPtr serial(BN_new());
    if (!key || !x || !serial) {
        *error = opensslError("key generation");
        return false;
    }
    // A random positive 127-bit serial, as RFC 5280 recommends for uniqueness.
    const bool basics =
        X509_set_version(x.get(), 2) == 1 &&
        BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) == 1 &&
        BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(x.get())) != nullptr &&
        X509_gmtime_adj(X509_getm_notBefore(x.get()), -3600) != nullptr &&
        X509_time_adj_ex(X509_getm_notAfter(x.get()), 3653, 0, nullptr) != nullptr &&
        X509_set_pubkey(x.get(), key.get()) == 1;
    X509_NAME *name = X509_get_subject_name(x.get());
    const auto text = [](const char *s) { return reinterpret_cast<const unsigned char *>(s); };
    // The serial in the name too: nginx pins several instances' certificates in
    // one file, and OpenSSL finds a self-signed one there by its name alone
    // (the second of two named alike fails with "self-signed certificate").
    char *serialHex = basics ? BN_bn2hex(serial.get()) : nullptr;
    const bool hexed = serialHex != nullptr;
    const QByteArray commonName = QByteArrayLiteral("pakn-server ") + QByteArray(serialHex);
    OPENSSL_free(serialHex);
    const bool named =
        hexed &&
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, text("PAKN Desk"), -1, -1, 0) == 1 &&
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, text(commonName.constData()), -1, -1,
                                   0) == 1 &&
        X509_set_issuer_name(x.get(), name) == 1;
    if (!named) {
        *error = opensslError("certificate fields");
        return false;
    }
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, x.get(), x.get(), nullptr, nullptr, 0);
    // CA:TRUE lets a deployment install this self-signed certificate as a trust anchor.
    const bool extended =
        addExtension(x.get(), &ctx, NID_basic_constraints, "critical,CA:TRUE") &&
        addExtension(x.get(), &ctx, NID_key_usage, "critical,digitalSignature,keyCertSign") &&
        addExtension(x.get(), &ctx, NID_ext_key_usage, "serverAuth") &&
        addExtension(x.get(), &ctx, NID_subject_key_identifier, "hash") &&
        addExtension(x.get(), &ctx, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1");
    if (!extended || X509_sign(x.get(), key.get(), EVP_sha256()) == 0) {
        *error = opensslError("certificate signing");
        return false;
    }
    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), x.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) !=
            1) {
        *error = opensslError("PEM encoding");
        return false;
    }
    *certificatePem = bioContents(certBio.get());
    *keyPem = bioContents(keyBio.get());
    return true;
}

std::optional<TlsIdentity> TlsIdentity::fromPem(const QByteArray &certificatePem,
                                                const QByteArray &keyPem, QString *error)
{
    TlsIdentity id;
    id.m_certificate = QSslCertificate(certificatePem, QSsl::Pem);
    id.m_key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (id.m_key.isNull())
        id.m_key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (id.m_certificate.isNull()) {
        *error = QStringLiteral("the certificate is not valid PEM");
        return std::nullopt;
    }
    if (id.m_key.isNull()) {
        *error = QStringLiteral("the private key is not a valid PEM EC or RSA key");
        return std::nullopt;
    }
    return id;
}

std::optional<TlsIdentity> TlsIdentity::generate(QString *error)
{
    QByteArray certificatePem, keyPem;
    if (!generatePem(&certificatePem, &keyPem, error))
        return std::nullopt;
    return fromPem(certificatePem, keyPem, error);
}

std::optional<TlsIdentity> TlsIdentity::loadOrCreate(const QString &certificatePath,
                                                     const QString &keyPath, QString *error)
{
    const bool haveCertificate = QFile::exists(certificatePath);
    const bool haveKey = QFile::exists(keyPath);
    if (haveCertificate != haveKey) {
        // Regenerating would silently change the fingerprint every client pinned.
        *error = QStringLiteral("found %1 but not %2; restore the missing file or remove both "
                                "to generate a new certificate")
                     .arg(haveCertificate ? certificatePath : keyPath,
                          haveCertificate ? keyPath : certificatePath);
        return std::nullopt;
    }
    if (!haveCertificate) {
        QByteArray certificatePem, keyPem;
        if (!generatePem(&certificatePem, &keyPem, error) ||
            !writeFile(keyPath, keyPem, QFile::ReadOwner | QFile::WriteOwner, error) ||
            !writeFile(certificatePath, certificatePem,
                       QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther,
                       error))
            return std::nullopt;
        qCInfo(lcTls) << "generated a self-signed certificate:" << certificatePath;
        return fromPem(certificatePem, keyPem, error);
    }
    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the certificate or key: %1")
                     .arg(certificateFile.isOpen() ? keyFile.errorString()
                                                   : certificateFile.errorString());
        return std::nullopt;
    }
    QString why;
    auto id = fromPem(certificateFile.readAll(), keyFile.readAll(), &why);
    if (!id)
        *error = QStringLiteral("%1 / %2: %3").arg(certificatePath, keyPath, why);
    return id;
}

QByteArray TlsIdentity::fingerprint() const
{
    return m_certificate.digest(QCryptographicHash::Sha256);
}

QString TlsIdentity::fingerprintText() const
{
    return QString::fromLatin1(fingerprint().toHex(':').toUpper());
}

} // namespace pakn::server
