#pragma once

// What the server offers in a TLS handshake: TLS 1.2 or later, and only
// ciphers with forward secrecy and authenticated encryption (ECDHE with GCM
// or ChaCha20-Poly1305; TLS 1.3's suites are all of that kind). Old CBC
// suites, which OpenSSL still enables by default, are left out.

#include <QSslConfiguration>

namespace pakn::server {

void applyTlsPolicy(QSslConfiguration &tls);

} // namespace pakn::server
