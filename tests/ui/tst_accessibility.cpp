// Every control of the main window and its dialogs has a name a screen reader
// can read (its accessible name, or the text Qt derives from its label or
// caption). A failure lists the controls without one by class and object name.

#include "CacheFixture.h"
#include "MainWindow.h"
#include "OutboxDialog.h"
#include "SettingsDialog.h"
#include "ShortcutHelpDialog.h"
#include "UiLanguage.h"
#include "cache/LocalActions.h"
#include "sync/SyncController.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>
#include <QTextEdit>

using namespace pakn;
using namespace pakn::testing;

namespace {

bool isControl(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QTextEdit *>(w) ||
           qobject_cast<const QPlainTextEdit *>(w);
}

// Parts Qt builds inside other controls (a spin box's line edit, a table's
// corner button, headers, scroll bars) are named through their owner.
bool isInternal(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p) ||
            qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QScrollBar *>(p))
            return true;
    return qobject_cast<const QHeaderView *>(w) || w->objectName().startsWith(QLatin1String("qt_"));
}

QStringList unnamed(const QWidget *root)
{
    QStringList out;
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (!isControl(w) || isInternal(w) || w->isHidden())
            continue;
        QAccessibleInterface *iface =
            QAccessible::queryAccessibleInterface(const_cast<QWidget *>(w));
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            out.append(
                QStringLiteral("%1 \"%2\"")
                    .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName()));
    }
    return out;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyControlHasAName_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("vi") << QStringLiteral("vi");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void everyControlHasAName()
    {
        QFETCH(QString, language);
        UiLanguage ui;
        QVERIFY(ui.use(language));
        CacheFixture cache(40);
        WorkflowRules rules;
        LocalActions actions(cache.store->database(), rules, QStringLiteral("tst_accessibility"));
        // Never started: no server is needed to look at the widgets.
        SyncController sync(cache.directory() + QStringLiteral("/cache.sqlite"), {}, {},
                            QStringLiteral("tst_accessibility"));
        MainWindow window(*cache.store, actions, sync, officer(), ui);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectQueue(Queue::AssignedToMe);

        QStringList missing = unnamed(&window);
        window.showShortcuts();
        window.showOutbox();
        SettingsDialog settings({}, &window);
        settings.show();
        for (QWidget *dialog : {static_cast<QWidget *>(window.findChild<ShortcutHelpDialog *>()),
                                static_cast<QWidget *>(window.findChild<OutboxDialog *>()),
                                static_cast<QWidget *>(&settings)})
            missing += unnamed(dialog);
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("controls without an accessible "
                                                              "name:\n") +
                                               missing.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
