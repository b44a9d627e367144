#include "ActionParamsDialog.h"

#include "DisplayNames.h"

#include <algorithm>
#include <functional>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace pakn {

namespace {
bool wantsUnit(CaseAction a)
{
    return a == CaseAction::Route || a == CaseAction::Transfer;
}
bool wantsText(CaseAction a)
{
    switch (a) {
    case CaseAction::Refuse:
    case CaseAction::Return:
    case CaseAction::Transfer:
    case CaseAction::Note:
    case CaseAction::SendBack:
        return true;
    default:
        return false;
    }
}

// Units in tree order with their depth, so the picker reads like the city's
// organisation chart (district, then its wards) rather than by id.
QList<std::pair<Unit, int>> treeOrder(QList<Unit> units)
{
    std::sort(units.begin(), units.end(), [](const Unit &a, const Unit &b) { return a.id < b.id; });
    QList<std::pair<Unit, int>> out;
    QSet<UnitId> seen; // bad data must not loop forever
    std::function<void(UnitId, int)> visit = [&](UnitId parent, int depth) {
        for (const Unit &u : units) {
            if (u.parentId != parent || seen.contains(u.id))
                continue;
            seen.insert(u.id);
            out.append({u, depth});
            visit(u.id, depth + 1);
        }
    };
    visit(0, 0);
    return out;
}

QString windowTitleFor(CaseAction a, const Case &c)
{
    return ActionParamsDialog::tr("%1 — case %2").arg(DisplayNames::action(a)).arg(c.id);
}
} // namespace

bool ActionParamsDialog::needsInput(CaseAction action)
{
    return wantsUnit(action) || wantsText(action) || action == CaseAction::Assign;
}

ActionParamsDialog::ActionParamsDialog(CaseAction action, const Case &c, const QList<Unit> &units,
                                       const QList<Account> &accounts, QWidget *parent)
    : QDialog(parent), m_action(action)
{
    setObjectName(QStringLiteral("actionParamsDialog"));
    setWindowTitle(windowTitleFor(action, c));
    auto *layout = new QVBoxLayout(this);
    auto *caseLabel = new QLabel(c.title, this);
    caseLabel->setWordWrap(true);
    caseLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(caseLabel);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    if (wantsUnit(action)) {
        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("unitBox"));
        m_unit->addItem(tr("— choose a unit —"), 0);
        for (const auto &[u, depth] : treeOrder(units)) {
            // The city itself is where coordinators sit, not a handling unit;
            // a transfer goes to another unit.
            if (u.parentId == 0 || (action == CaseAction::Transfer && u.id == c.unitId))
                continue;
            m_unit->addItem(QString(qMax(0, depth - 1) * 4, QLatin1Char(' ')) + u.name, u.id);
        }
        form->addRow(tr("&Unit:"), m_unit);
        connect(m_unit, &QComboBox::currentIndexChanged, this, &ActionParamsDialog::updateOk);
    }
    if (action == CaseAction::Route) {
        m_field = new QComboBox(this);
        for (const QString &code : fieldCodes())
            m_field->addItem(DisplayNames::field(code), code);
        m_field->setCurrentIndex(qMax(0, m_field->findData(c.field)));
        form->addRow(tr("&Field:"), m_field);
        m_urgency = new QComboBox(this);
        for (Urgency u : allUrgencies())
            m_urgency->addItem(DisplayNames::urgency(u), toCode(u));
        m_urgency->setCurrentIndex(qMax(0, m_urgency->findData(toCode(c.urgency))));
        form->addRow(tr("Ur&gency:"), m_urgency);
    }
    if (action == CaseAction::Assign) {
        m_officer = new QComboBox(this);
        m_officer->setObjectName(QStringLiteral("officerBox"));
        m_officer->addItem(tr("— choose an officer —"), 0);
        for (const Account &a : accounts) {
            if (a.unitId != c.unitId || (a.role != Role::Officer && a.role != Role::Leader))
                continue;
            m_officer->addItem(a.displayName + QStringLiteral(" (") + DisplayNames::role(a.role) +
                                   QLatin1Char(')'),
                               a.id);
        }
        m_officer->setCurrentIndex(qMax(0, m_officer->findData(c.assigneeId)));
        form->addRow(tr("&Officer:"), m_officer);
        connect(m_officer, &QComboBox::currentIndexChanged, this, &ActionParamsDialog::updateOk);
    }
    if (wantsText(action)) {
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(QStringLiteral("paramsText"));
        m_text->setTabChangesFocus(true);
        m_text->setMinimumHeight(90);
        const QString label = action == CaseAction::Note       ? tr("&Note:")
                              : action == CaseAction::SendBack ? tr("&Comment:")
                                                               : tr("&Reason:");
        form->addRow(label, m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, &ActionParamsDialog::updateOk);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // Qt ships no Vietnamese for its standard buttons: name them ourselves.
    m_buttons->button(QDialogButtonBox::Ok)->setText(DisplayNames::action(action));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
    updateOk();
}

QString ActionParamsDialog::textKey() const
{
    switch (m_action) {
    case CaseAction::Note:
        return QStringLiteral("text");
    case CaseAction::SendBack:
        return QStringLiteral("comment");
    default:
        return QStringLiteral("reason");
    }
}

void ActionParamsDialog::updateOk()
{
    bool ok = true;
    if (m_unit)
        ok = ok && m_unit->currentData().toLongLong() > 0;
    if (m_officer)
        ok = ok && m_officer->currentData().toLongLong() > 0;
    if (m_text)
        ok = ok && !m_text->toPlainText().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

QJsonObject ActionParamsDialog::params() const
{
    QJsonObject p;
    if (m_unit)
        p.insert(QStringLiteral("unitId"), m_unit->currentData().toLongLong());
    if (m_field)
        p.insert(QStringLiteral("field"), m_field->currentData().toString());
    if (m_urgency)
        p.insert(QStringLiteral("urgency"), m_urgency->currentData().toString());
    if (m_officer)
        p.insert(QStringLiteral("officerId"), m_officer->currentData().toLongLong());
    if (m_text)
        p.insert(textKey(), m_text->toPlainText().trimmed());
    return p;
}

} // namespace pakn
