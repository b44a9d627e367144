#pragma once

// The X-ZEvent-Signature Zalo puts on each webhook event: "mac=" and the hex
// SHA-256 of app id + raw body + the event's timestamp + the OA secret key.

#include <QByteArray>
#include <QString>

namespace pakn::server {

class ZaloSignature
{
public:
    ZaloSignature(QString appId, QString oaSecretKey);

    // The header value an event with this body and timestamp must carry.
    QByteArray expected(const QByteArray &body, const QByteArray &timestamp) const;
    // Compared in constant time, so the answer's timing tells nothing.
    bool matches(const QByteArray &header, const QByteArray &body,
                 const QByteArray &timestamp) const;

private:
    QByteArray m_appId;
    QByteArray m_secret;
};

} // namespace pakn::server
