#include "DashboardLauncher.h"

#include "CacheFiguresSource.h"
#include "DashboardWindow.h"
#include "ReportExport.h"
#include "cache/CaseStore.h"
#include "cache/ReferenceStore.h"
#include "sync/SyncController.h"

#include <QAction>
#include <QEvent>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

namespace pakn {

namespace {

const QString openKey = QStringLiteral("dashboard/open");
const QString choiceKey = QStringLiteral("dashboard/choice");

} // namespace

DashboardLauncher::DashboardLauncher(CaseStore &store, SyncController &sync, const Account &me,
                                     QWidget *mainWindow)
    : QObject(mainWindow), m_store(store), m_sync(sync), m_me(me), m_mainWindow(mainWindow)
{
    m_action = new QAction(this);
    m_action->setObjectName(QStringLiteral("showDashboard"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_action->setShortcutContext(Qt::WindowShortcut);
    connect(m_action, &QAction::triggered, this, &DashboardLauncher::open);
    mainWindow->installEventFilter(this);
    retranslate();
}

bool DashboardLauncher::openOnStart() const
{
    const QByteArray open = m_store.uiState(openKey);
    return open.isEmpty() ? m_me.role == Role::Supervisor : open == "1";
}

DashboardWindow *DashboardLauncher::open()
{
    if (!m_window) {
        const QString cachePath = m_store.database().databaseName();
        DashboardContext context{
            m_me,
            m_store.units(),
            m_store.accounts(),
            ReferenceStore(m_store.database()).current().fields,
            [this] { return m_store.uiState(choiceKey); },
            [this](const QByteArray &json) { m_store.setUiState(choiceKey, json); },
            [] { return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(7 * 3600)).date(); }};
        // Each its own reading thread: a click in the dashboard never drops the export's read.
        auto *figures = new CacheFiguresSource(cachePath, &m_sync, this);
        auto *exportSource = new CacheFiguresSource(cachePath, nullptr, this);
        m_window = new DashboardWindow(context, *figures, m_mainWindow);
        figures->setParent(m_window);
        exportSource->setParent(m_window);
        auto *exporter = new ReportExport(*exportSource, context.units, context.fields, m_window);
        m_window->setExportAvailable(true);
        connect(m_window, &DashboardWindow::exportRequested, exporter, &ReportExport::exportReport);
        connect(m_window, &DashboardWindow::printRequested, exporter, &ReportExport::print);
        connect(m_window, &DashboardWindow::openCaseRequested, this,
                &DashboardLauncher::openCaseRequested);
        m_window->installEventFilter(this);
        // New or changed cases change the figures (the first sync of a profile too).
        connect(&m_sync, &SyncController::roundFinished, m_window, [this](int casesChanged) {
            if (casesChanged > 0 && m_window->isVisible())
                m_window->refresh();
        });
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    return m_window;
}

DashboardWindow *DashboardLauncher::window() const
{
    return m_window;
}

bool DashboardLauncher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_mainWindow) {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        if (event->type() == QEvent::Show && !std::exchange(m_started, true) && openOnStart())
            QTimer::singleShot(0, this, &DashboardLauncher::open); // after the main window shows
    } else if (watched == m_window) {
        // Open again on the next start if it was open when the desk closed.
        if (event->type() == QEvent::Show)
            m_store.setUiState(openKey, "1");
        else if (event->type() == QEvent::Close)
            m_store.setUiState(openKey, "0");
    }
    return QObject::eventFilter(watched, event);
}

void DashboardLauncher::retranslate()
{
    m_action->setText(tr("&Dashboard"));
    m_action->setToolTip(tr("Figures, charts and the ranking of units"));
}

} // namespace pakn
