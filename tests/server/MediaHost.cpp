#include "MediaHost.h"

MediaHost::MediaHost()
{
    m_http.route(QStringLiteral("/<arg>"), [this](const QUrl &, const QHttpServerRequest &r) {
        const auto file = m_files.constFind(r.url().path());
        if (file == m_files.cend())
            return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
        return QHttpServerResponse(file->second, file->first);
    });
}

bool MediaHost::start()
{
    m_port = m_http.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QString MediaHost::serve(const QString &path, const QByteArray &bytes,
                         const QByteArray &contentType)
{
    m_files.insert(path, {bytes, contentType});
    return url(path);
}

QString MediaHost::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}
