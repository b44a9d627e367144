#include "ActionBar.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpacerItem>

namespace pakn {

namespace {
constexpr int Columns = 3;
}

ActionBar::ActionBar(UnitsSource units, AccountsSource accounts, QWidget *parent)
    : QWidget(parent), m_units(std::move(units)), m_accounts(std::move(accounts)),
      m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("actionBar"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    for (CaseAction a : actions()) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("action_") + toCode(a));
        b->setVisible(false);
        connect(b, &QPushButton::clicked, this, [this, a] { trigger(a); });
        m_buttons.insert(a, b);
    }
    m_none = new QLabel(this);
    m_none->setStyleSheet(QStringLiteral("color: #777"));
    retranslateUi();
    setCase(std::nullopt, {});
}

const QList<CaseAction> &ActionBar::actions()
{
    // The reply actions live in the ReplyEditor; the phone reveal in the case view.
    static const QList<CaseAction> list = {CaseAction::Accept,         CaseAction::Assign,
                                           CaseAction::Route,          CaseAction::Refuse,
                                           CaseAction::Merge,          CaseAction::Return,
                                           CaseAction::Transfer,       CaseAction::RequestExtension,
                                           CaseAction::GrantExtension, CaseAction::DenyExtension,
                                           CaseAction::Reopen,         CaseAction::Close,
                                           CaseAction::Rate,           CaseAction::Note};
    return list;
}

ActionChoices ActionBar::choices() const
{
    ActionChoices choices;
    choices.units = m_units();
    choices.accounts = m_accounts();
    choices.findCases = m_finder ? m_finder : [](const QString &) { return QList<CaseRow>{}; };
    choices.check = m_check;
    choices.now = m_now;
    return choices;
}

void ActionBar::setCase(const std::optional<Case> &c, const QList<CaseAction> &allowed)
{
    m_case = c;
    m_allowed = c ? allowed : QList<CaseAction>{};
    relayout();
}

void ActionBar::relayout()
{
    // Only the allowed buttons take a place, so the bar stays compact.
    while (m_grid->count() > 0)
        delete m_grid->takeAt(0); // the layout item, not the button
    int n = 0;
    for (CaseAction a : actions()) {
        QPushButton *b = m_buttons.value(a);
        const bool show = m_allowed.contains(a);
        b->setVisible(show);
        if (show) {
            m_grid->addWidget(b, n / Columns, n % Columns);
            ++n;
        }
    }
    // A spacer column keeps a lone button at its own width rather than the bar's.
    m_grid->addItem(new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum), 0,
                    Columns);
    m_none->setVisible(m_case && n == 0);
    if (m_case && n == 0)
        m_grid->addWidget(m_none, 0, 0, 1, Columns);
}

void ActionBar::trigger(CaseAction action)
{
    if (!m_case)
        return;
    const CaseId id = m_case->id;
    if (!ActionParamsDialog::needsInput(action)) {
        Q_EMIT actionRequested(id, action, {});
        return;
    }
    if (m_dialog)
        m_dialog->close();
    m_dialog = new ActionParamsDialog(action, {*m_case}, choices(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, id, action, d = m_dialog.data()] {
        Q_EMIT actionRequested(id, action, d->params());
    });
    m_dialog->open();
}

void ActionBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ActionBar::retranslateUi()
{
    // Button texts carry their own mnemonics, distinct from the reply buttons'
    // (actions that share a letter are never allowed at the same time).
    const QHash<CaseAction, QString> texts = {
        {CaseAction::Accept, tr("Acc&ept into the unit")},
        {CaseAction::Assign, tr("Assign &officer…")},
        {CaseAction::Route, tr("Classify and &route…")},
        {CaseAction::Refuse, tr("Refu&se…")},
        {CaseAction::Merge, tr("&Merge into another case…")},
        {CaseAction::Return, tr("Re&turn to coordinators…")},
        {CaseAction::Transfer, tr("Transfer to another un&it…")},
        {CaseAction::RequestExtension, tr("Request e&xtension…")},
        {CaseAction::GrantExtension, tr("Grant e&xtension…")},
        {CaseAction::DenyExtension, tr("Den&y extension…")},
        {CaseAction::Reopen, tr("Re&open…")},
        {CaseAction::Close, tr("C&lose the case…")},
        {CaseAction::Rate, tr("Record citi&zen's rating…")},
        {CaseAction::Note, tr("Add internal &note…")},
    };
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        QPushButton *b = m_buttons.value(it.key());
        b->setText(it.value());
        b->setAccessibleName(QString(it.value()).remove(QLatin1Char('&')));
    }
    m_none->setText(tr("No other actions for you on this case."));
}

} // namespace pakn
