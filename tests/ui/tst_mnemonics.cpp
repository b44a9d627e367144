// No two controls a user sees together share an Alt letter: with a clash Qt
// only moves the focus between them and presses nothing. The main window is
// looked at for every role, on cases of every status (so the action bar, the
// reply editor, the filter bar and the bulk panel show what they can), and
// the dialogs it opens, in both languages. Menu items count per menu.
// A failure names both controls and the letter.

#include "ActionParamsDialog.h"
#include "CacheFixture.h"
#include "CaseDetailView.h"
#include "CaseTableView.h"
#include "DashboardFakes.h" // figures-desk
#include "DashboardWindow.h"
#include "IntakeDialog.h" // c4-deskintake
#include "MainWindow.h"
#include "OutboxDialog.h"
#include "ReplyEditor.h"
#include "ReplyPreviewDialog.h"
#include "ReplyTemplatePicker.h"
#include "SettingsDialog.h"
#include "ShortcutHelpDialog.h"
#include "UiLanguage.h"
#include "cache/LocalActions.h"
#include "files/CaseFiles.h"
#include "sync/SyncController.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTest>

using namespace pakn;
using namespace pakn::testing;

namespace {

// The letter after a single '&' ("&&" is a literal ampersand), lower case.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString describe(const QObject *o, const QString &text)
{
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(o->metaObject()->className()), text, o->objectName());
}

// Letter -> the controls using it; a clash is a letter with two.
class Letters
{
public:
    void add(const QObject *owner, const QString &text)
    {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            m_byLetter[letter].append(describe(owner, text));
    }
    QStringList clashes(const QString &where) const
    {
        QStringList out;
        for (auto it = m_byLetter.cbegin(); it != m_byLetter.cend(); ++it)
            if (it.value().size() > 1)
                out.append(QStringLiteral("%1: Alt+%2 on %3")
                               .arg(where, QString(it.key().toUpper()),
                                    it.value().join(QStringLiteral(" and "))));
        return out;
    }

private:
    QMap<QChar, QStringList> m_byLetter;
};

bool shown(const QWidget *w, const QWidget *window)
{
    return w->window() == window && w->isVisible();
}

// The Alt letters of one window: buttons, labels with buddies, group boxes,
// tabs and menu bar titles; then each of its menus on its own.
QStringList clashesIn(QWidget *window, const QString &where)
{
    Letters letters;
    for (const QWidget *w : window->findChildren<QWidget *>()) {
        if (!shown(w, window))
            continue;
        if (auto *b = qobject_cast<const QAbstractButton *>(w))
            letters.add(b, b->text());
        else if (auto *l = qobject_cast<const QLabel *>(w); l && l->buddy())
            letters.add(l, l->text());
        else if (auto *g = qobject_cast<const QGroupBox *>(w))
            letters.add(g, g->title());
        else if (auto *t = qobject_cast<const QTabBar *>(w))
            for (int i = 0; i < t->count(); ++i)
                if (t->isTabVisible(i))
                    letters.add(t, t->tabText(i));
    }
    QStringList out;
    if (auto *mw = qobject_cast<QMainWindow *>(window)) {
        for (QAction *a : mw->menuBar()->actions())
            if (a->isVisible())
                letters.add(mw->menuBar(), a->text());
        for (QAction *a : mw->menuBar()->actions()) {
            if (!a->menu())
                continue;
            Letters items;
            for (QAction *item : a->menu()->actions())
                if (item->isVisible() && !item->isSeparator())
                    items.add(a->menu(), item->text());
            out += items.clashes(where + QStringLiteral(" menu ") + a->text());
        }
    }
    return letters.clashes(where) + out;
}

Account as(Role role)
{
    Account me = officer();
    me.role = role;
    return me;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_cache = std::make_unique<CacheFixture>(24);
        m_actions = std::make_unique<LocalActions>(m_cache->store->database(), m_rules,
                                                   QStringLiteral("tst_mnemonics"));
        // Never started: no server is needed to look at the widgets.
        m_sync = std::make_unique<SyncController>(
            QString(m_cache->directory() + QStringLiteral("/cache.sqlite")), ServerEndpoint{},
            QByteArray(), QStringLiteral("tst_mnemonics"));
    }
    void cleanup()
    {
        m_sync.reset();
        m_actions.reset();
        m_cache.reset();
    }

    void mainWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<Role>("role");
        for (const char *language : {"vi", "en"})
            for (Role role : {Role::Officer, Role::Leader, Role::Coordinator, Role::Supervisor})
                QTest::addRow("%s-%s", language, qPrintable(toCode(role)))
                    << QString::fromLatin1(language) << role;
    }

    void mainWindow()
    {
        QFETCH(QString, language);
        QFETCH(Role, role);
        UiLanguage ui;
        QVERIFY(ui.use(language));
        QVERIFY(m_cache->store->setMe(as(role)));
        MainWindow window(*m_cache->store, *m_actions, *m_sync, as(role), ui);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = window.findChild<CaseTableView *>();
        QVERIFY(table);
        // The attach buttons show for those who may attach (no server needed).
        CaseFiles files(m_cache->store->database(), m_cache->directory(), ServerEndpoint{},
                        QByteArray());
        window.detailView()->setCaseFiles(&files);
        window.replyEditor()->setCaseFiles(&files);

        QStringList clashes;
        for (Queue queue : {Queue::UnitOpen, Queue::AssignedToMe, Queue::Closed}) {
            window.selectQueue(queue);
            QAbstractItemModel *model = table->model();
            // Cases of each status, mine and others' (see CacheFixture).
            for (int row = 0; row < qMin(model->rowCount(), 12); ++row) {
                table->setCurrentIndex(model->index(row, 0));
                clashes += clashesIn(&window, QStringLiteral("main window"));
            }
            if (model->rowCount() > 2) { // the bulk panel
                table->selectionModel()->select(
                    QItemSelection(model->index(0, 0), model->index(2, 0)),
                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
                clashes += clashesIn(&window, QStringLiteral("main window"));
            }
        }

        window.showShortcuts();
        window.showOutbox();
        SettingsDialog settings({}, &window);
        settings.show();
        for (QWidget *dialog : {static_cast<QWidget *>(window.findChild<ShortcutHelpDialog *>()),
                                static_cast<QWidget *>(window.findChild<OutboxDialog *>()),
                                static_cast<QWidget *>(&settings)})
            clashes += clashesIn(dialog, QString::fromLatin1(dialog->metaObject()->className()));
        clashes.removeDuplicates();
        QVERIFY2(clashes.isEmpty(),
                 qPrintable(QStringLiteral("shared Alt letters:\n") + clashes.join(u'\n')));
    }

    void dialogs_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("vi") << QStringLiteral("vi");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void dialogs()
    {
        QFETCH(QString, language);
        UiLanguage ui;
        QVERIFY(ui.use(language));
        const Case c = generatedCase(2);
        const ActionChoices choices{
            m_cache->store->units(), m_cache->store->accounts(),
            [](const QString &) { return QList<CaseRow>{}; },
            [](const Case &, CaseAction, const QJsonObject &) { return ActionOutcome{}; },
            [] { return referenceTime; }};
        QStringList clashes;
        for (CaseAction action :
             {CaseAction::Accept, CaseAction::Assign, CaseAction::Route, CaseAction::Refuse,
              CaseAction::Merge, CaseAction::Return, CaseAction::Transfer,
              CaseAction::RequestExtension, CaseAction::GrantExtension, CaseAction::DenyExtension,
              CaseAction::Reopen, CaseAction::Close, CaseAction::Rate, CaseAction::Note}) {
            ActionParamsDialog dialog(action, {c}, choices);
            dialog.show();
            clashes += clashesIn(&dialog, QStringLiteral("dialog for ") + toCode(action));
        }
        ReplyTemplatePicker picker({}, c);
        picker.show();
        clashes += clashesIn(&picker, QStringLiteral("template picker"));
        ReplyPreviewDialog preview(QStringLiteral("Kính gửi ông"), QStringLiteral("Phường"));
        preview.show();
        clashes += clashesIn(&preview, QStringLiteral("reply preview"));
        IntakeDialog intake(dashboardFields(), {}); // c4-deskintake (issue 6)
        intake.show();
        clashes += clashesIn(&intake, QStringLiteral("intake dialog"));
        QVERIFY2(clashes.isEmpty(),
                 qPrintable(QStringLiteral("shared Alt letters:\n") + clashes.join(u'\n')));
    }

    // figures-desk: the dashboard, with a day period and a custom range shown.
    void dashboard_data() { dialogs_data(); }
    void dashboard()
    {
        QFETCH(QString, language);
        UiLanguage ui;
        QVERIFY(ui.use(language));
        FakeFiguresSource source;
        DashboardWindow window({dashboardAccounts().at(0),
                                dashboardUnits(),
                                dashboardAccounts(),
                                dashboardFields(),
                                {},
                                {},
                                [] { return QDate(2025, 5, 14); }},
                               source);
        window.setExportAvailable(true);
        window.show();
        source.answer(handMadeReport(source.loads.last()));
        QStringList clashes = clashesIn(&window, QStringLiteral("dashboard"));
        FiguresRequest custom = source.loads.last();
        custom.period = *ReportPeriod::range(QDate(2025, 5, 1), QDate(2025, 5, 20));
        QVERIFY(window.scope()->setRequest(custom));
        clashes += clashesIn(&window, QStringLiteral("dashboard, custom range"));
        QVERIFY2(clashes.isEmpty(),
                 qPrintable(QStringLiteral("shared Alt letters:\n") + clashes.join(u'\n')));
    }

    // The help screen lists the keys of every part of the desk, not only the
    // menus' (a help screen that forgets a key hides it).
    void shortcutHelpListsEveryKey()
    {
        UiLanguage ui;
        QVERIFY(ui.use(QStringLiteral("en")));
        ShortcutHelpDialog help({});
        QStringList keys;
        for (const auto &row : help.rows())
            keys << row.first;
        const QString all = keys.join(u' ');
        for (const QKeySequence &k :
             {QKeySequence(QKeySequence::Save), QKeySequence(QKeySequence::Bold),
              QKeySequence(QKeySequence::Italic), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QKeySequence(Qt::Key_F2),
              QKeySequence(Qt::Key_Delete), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8)}) {
            const QString text = k.toString(QKeySequence::NativeText);
            QVERIFY2(all.contains(text), qPrintable(text));
        }
    }

private:
    WorkflowRules m_rules;
    std::unique_ptr<CacheFixture> m_cache;
    std::unique_ptr<LocalActions> m_actions;
    std::unique_ptr<SyncController> m_sync;
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
