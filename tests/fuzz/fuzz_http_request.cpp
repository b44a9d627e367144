// The API's request handling end to end: the server's real route table
// (ApiServer: every route, authentication, body limits, the handlers and their
// SQL on a seeded SQLite database) behind a real QHttpServer on loopback. Each
// input is written as raw bytes through a fresh TCP connection, whose sending
// side is then shut, and the event loop runs until the server has closed the
// connection (at most two seconds). Plain TCP, not TLS: the TLS listener and
// its limits (TlsListener) are not what this reaches. "@COORDINATOR@" and
// "@ADMIN@" in an input are live bearer tokens, "@KEY@" an Open311 key.

#include "FuzzQuiet.h"
#include "FuzzServerData.h"
#include "http/ApiServer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <cstdio>
#include <cstdlib>
#include <sys/socket.h>

using namespace pakn::server;

namespace {

FuzzServerData *data = nullptr;
quint16 port = 0;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    quietLogs();
    static QCoreApplication app(*argc, *argv);
    static FuzzServerData serverData(40);
    static ApiServer api(serverData.database(), serverData.config());
    auto *listener = new QTcpServer; // owned by the API's QHttpServer
    if (!listener->listen(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "cannot listen: %s\n", qUtf8Printable(listener->errorString()));
        std::abort();
    }
    api.serveUnencrypted(listener);
    data = &serverData;
    port = api.port();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    data->keepSessions();
    const QByteArray request =
        data->withSecrets(QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(size)));
    QTcpSocket socket;
    QEventLoop loop;
    QTimer cap;
    cap.setSingleShot(true);
    QObject::connect(&cap, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        socket.write(request);
        socket.flush();
        while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(1000)) {
        }
        ::shutdown(int(socket.socketDescriptor()), SHUT_WR); // the request ends here
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { socket.readAll(); });
    cap.start(2000);
    socket.connectToHost(QHostAddress::LocalHost, port);
    loop.exec();
    socket.abort();
    return 0;
}
