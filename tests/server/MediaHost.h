#pragma once

// A stand-in for the places citizens' photos live (Zalo's image servers, an
// Open311 app's media_url) on a loopback port, for the tests of fetching them:
// serves the files it is given, and 404 for anything else.

#include <QHash>
#include <QHttpServer>

class MediaHost
{
public:
    MediaHost();
    bool start();
    // Serves `bytes` at `path` ("/p/1.jpg") as `contentType`; its full URL.
    QString serve(const QString &path, const QByteArray &bytes, const QByteArray &contentType);
    QString url(const QString &path) const;

private:
    QHttpServer m_http;
    quint16 m_port = 0;
    QHash<QString, std::pair<QByteArray, QByteArray>> m_files;
};
