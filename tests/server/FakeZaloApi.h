#pragma once

// A stand-in for Zalo's OA API on a loopback port, for the Zalo channel's
// tests: records every request, answers like Zalo (the message API, the
// token refresh), accepts exactly one access token at a time (so a server
// starting with another one meets "access token invalid" once and must
// refresh), takes uploads of images and files (answering an attachment id or
// a token), and can be told to fail the next sends with an HTTP 500.

#include <QHttpServer>
#include <QJsonObject>
#include <QList>

struct FakeZaloRequest
{
    QByteArray path;
    QByteArray accessToken; // the "access_token" header
    QByteArray secretKey;   // the "secret_key" header
    QByteArray body;
    QJsonObject json;
    bool accepted = false; // a message Zalo took (error 0)
};

class FakeZaloApi
{
public:
    FakeZaloApi();
    bool start();
    QString baseUrl() const;

    // The messages sent to `userId` that Zalo accepted.
    QList<QJsonObject> acceptedMessagesTo(const QString &userId) const;

    QList<FakeZaloRequest> messages;  // every POST /v3.0/oa/message/cs
    QList<FakeZaloRequest> refreshes; // every POST /v4/oa/access_token
    QList<FakeZaloRequest> uploads;   // every POST /v2.0/oa/upload/image or …/file
    QByteArray validToken = "token-1";
    int failNextSends = 0; // answer this many message posts with HTTP 500

private:
    QHttpServer m_http;
    quint16 m_port = 0;
    int m_issued = 1;
    int m_uploaded = 0;
};
