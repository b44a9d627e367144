#pragma once

// Where the server is and how to trust it: the system CAs, a CA file, or a
// pinned SHA-256 certificate fingerprint. Plain HTTP only to loopback, and only
// when asked for explicitly.

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <optional>

namespace pakn {

struct ServerEndpoint
{
    QUrl baseUrl;           // e.g. https://127.0.0.1:8443
    QByteArray fingerprint; // raw 32-byte SHA-256 of the DER certificate; empty: not pinned
    QString caFile;         // PEM file of a CA to trust in addition to the system store
    bool allowPlainLoopback = false;

    // Accepts "AB:CD:…" (as `openssl x509 -fingerprint -sha256` prints it, with or
    // without the "sha256 Fingerprint=" prefix) or plain hex; nullopt if not 32 bytes.
    static std::optional<QByteArray> parseFingerprint(const QString &text);
    static QString formatFingerprint(const QByteArray &raw); // "AB:CD:…"

    // Empty when usable; otherwise why not (https required, bad URL, …).
    QString validate() const;
};

} // namespace pakn
