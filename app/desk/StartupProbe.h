#pragma once

// For benchmarks only (bench/desk_startup.sh): when PAKN_STARTUP_PROBE is set,
// reports on stderr the moment the first table rows are painted, as
// milliseconds since the Unix epoch, with the resident memory; with the value
// "exit" it then quits the application.

#include <QObject>

class StartupProbe : public QObject
{
    Q_OBJECT
public:
    // Installs itself on the application when the environment asks for it.
    static void installIfRequested(QObject *application);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupProbe(bool quitAfter, QObject *parent);
    bool m_quitAfter;
    bool m_done = false;
};
