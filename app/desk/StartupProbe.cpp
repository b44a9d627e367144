#include "StartupProbe.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <cstdio>

namespace {
long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}
} // namespace

void StartupProbe::installIfRequested(QObject *application)
{
    const QByteArray mode = qgetenv("PAKN_STARTUP_PROBE");
    if (mode.isEmpty())
        return;
    application->installEventFilter(new StartupProbe(mode == "exit", application));
}

StartupProbe::StartupProbe(bool quitAfter, QObject *parent)
    : QObject(parent), m_quitAfter(quitAfter)
{}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_done || event->type() != QEvent::Paint)
        return false;
    const auto *view = qobject_cast<QAbstractItemView *>(watched->parent());
    if (!view || view->viewport() != watched || !view->model() || view->model()->rowCount() == 0 ||
        view->model()->columnCount() < 5)
        return false;
    m_done = true;
    // Reported after this paint has been processed.
    QTimer::singleShot(0, this, [this] {
        std::fprintf(stderr, "pakn-desk: first rows painted at %lld ms since epoch, RSS %ld KiB\n",
                     static_cast<long long>(QDateTime::currentMSecsSinceEpoch()), residentKiB());
        std::fflush(stderr);
        if (m_quitAfter)
            QCoreApplication::quit();
    });
    return false;
}
