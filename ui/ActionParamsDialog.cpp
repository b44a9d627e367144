#include "ActionParamsDialog.h"

#include "DisplayNames.h"
#include "UnitPicker.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTimeZone>
#include <QVBoxLayout>

namespace pakn {

namespace {
QDate vietnamDate(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone(7 * 3600)).date();
}

QString headline(const QList<Case> &cases)
{
    if (cases.size() == 1)
        return ActionParamsDialog::tr("Case %1: %2").arg(cases.first().id).arg(cases.first().title);
    QStringList ids;
    for (const Case &c : cases)
        ids.append(QStringLiteral("#%1").arg(c.id));
    return ActionParamsDialog::tr("%n selected case(s): %1", nullptr, int(cases.size()))
        .arg(ids.join(QStringLiteral(", ")));
}
} // namespace

bool ActionParamsDialog::needsInput(CaseAction action)
{
    switch (action) {
    case CaseAction::Accept:
    case CaseAction::Approve:
    case CaseAction::RevealContact:
        return false;
    default:
        return true;
    }
}

ActionParamsDialog::ActionParamsDialog(CaseAction action, const QList<Case> &cases,
                                       const ActionChoices &choices, QWidget *parent)
    : QDialog(parent), m_action(action), m_cases(cases), m_choices(choices)
{
    Q_ASSERT(!cases.isEmpty());
    if (!m_choices.now)
        m_choices.now = [] { return QDateTime::currentDateTimeUtc(); };
    setObjectName(QStringLiteral("actionParamsDialog"));
    setWindowTitle(DisplayNames::action(action));
    auto *layout = new QVBoxLayout(this);
    auto *caseLabel = new QLabel(headline(cases), this);
    caseLabel->setObjectName(QStringLiteral("dialogCases"));
    caseLabel->setWordWrap(true);
    caseLabel->setTextFormat(Qt::PlainText);
    caseLabel->setStyleSheet(QStringLiteral("font-weight: bold"));
    layout->addWidget(caseLabel);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    if (action == CaseAction::Route || action == CaseAction::Transfer)
        addUnitRows(form);
    if (action == CaseAction::Assign) {
        m_officer = new QComboBox(this);
        m_officer->setObjectName(QStringLiteral("officerBox"));
        m_officer->setAccessibleName(tr("Officer"));
        m_officer->addItem(tr("— choose an officer —"), 0);
        const UnitId unit = cases.first().unitId;
        for (const Account &a : m_choices.accounts) {
            if (a.unitId != unit || (a.role != Role::Officer && a.role != Role::Leader))
                continue;
            m_officer->addItem(a.displayName + QStringLiteral(" (") + DisplayNames::role(a.role) +
                                   QLatin1Char(')'),
                               a.id);
        }
        if (cases.size() == 1)
            m_officer->setCurrentIndex(qMax(0, m_officer->findData(cases.first().assigneeId)));
        form->addRow(tr("&Officer:"), m_officer);
        connect(m_officer, &QComboBox::currentIndexChanged, this, &ActionParamsDialog::updateOk);
        m_first = m_officer;
    }
    if (action == CaseAction::Merge) {
        m_casePicker = new CasePicker(m_choices.findCases, cases.first().id, this);
        setMinimumWidth(640); // case titles are long
        form->addRow(tr("Merge &into:"), m_casePicker);
        connect(m_casePicker, &CasePicker::currentCaseChanged, this, &ActionParamsDialog::updateOk);
        m_first = m_casePicker;
    }
    if (action == CaseAction::RequestExtension || action == CaseAction::GrantExtension)
        addDateRows(form);
    if (action == CaseAction::Rate)
        addRatingRow(form);
    addTextRow(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->setVisible(false);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // Qt ships no Vietnamese for its standard buttons: name them ourselves.
    okButton()->setText(DisplayNames::action(action));
    okButton()->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActionParamsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    // Enter in a multi-line text makes a new line; Ctrl+Enter confirms from anywhere.
    auto *confirm = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(confirm, &QShortcut::activated, this, [this] {
        if (okButton()->isEnabled())
            accept();
    });
    setMinimumWidth(qMax(minimumWidth(), 480));
    updateOk();
}

void ActionParamsDialog::addUnitRows(QFormLayout *form)
{
    const Case &c = m_cases.first();
    m_unit = new UnitPicker(m_choices.units, m_action == CaseAction::Transfer ? c.unitId : 0, this);
    form->addRow(tr("&Unit:"), m_unit);
    connect(m_unit, &UnitPicker::currentUnitChanged, this, &ActionParamsDialog::updateOk);
    m_first = m_unit;
    if (m_action != CaseAction::Route)
        return;
    const bool bulk = m_cases.size() > 1;
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("fieldBox"));
    m_field->setAccessibleName(tr("Field"));
    if (bulk)
        m_field->addItem(tr("— keep each case's field —"), QString());
    for (const QString &code : fieldCodes())
        m_field->addItem(DisplayNames::field(code), code);
    m_field->setCurrentIndex(bulk ? 0 : qMax(0, m_field->findData(c.field)));
    form->addRow(tr("&Field:"), m_field);
    m_urgency = new QComboBox(this);
    m_urgency->setObjectName(QStringLiteral("urgencyBox"));
    m_urgency->setAccessibleName(tr("Urgency"));
    if (bulk)
        m_urgency->addItem(tr("— keep each case's urgency —"), QString());
    for (Urgency u : allUrgencies())
        m_urgency->addItem(DisplayNames::urgency(u), toCode(u));
    m_urgency->setCurrentIndex(bulk ? 0 : qMax(0, m_urgency->findData(toCode(c.urgency))));
    form->addRow(tr("Ur&gency:"), m_urgency);
}

void ActionParamsDialog::addDateRows(QFormLayout *form)
{
    const Case &c = m_cases.first();
    // A date means the end of that day's office hours, so the earliest useful
    // one is the day after the current deadline (or after today).
    const QDateTime base =
        c.answerDeadline.isValid() ? qMax(c.answerDeadline, m_choices.now()) : m_choices.now();
    const QDate earliest = vietnamDate(base).addDays(1);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("deadlineDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setMinimumDate(earliest);
    form->addRow(tr("Current reply deadline:"),
                 new QLabel(c.answerDeadline.isValid() ? DisplayNames::dateTime(c.answerDeadline)
                                                       : QStringLiteral("—"),
                            this));
    if (m_action == CaseAction::RequestExtension) {
        m_date->setAccessibleName(tr("Proposed deadline"));
        m_date->setDate(earliest.addDays(6));
        form->addRow(tr("&Proposed deadline:"), m_date);
        m_first = m_date;
        return;
    }
    const ExtensionRequest request =
        c.extensions.isEmpty() ? ExtensionRequest{} : c.extensions.last();
    auto *asked =
        new QLabel(tr("%1 asked on %2 for %3: %4")
                       .arg(request.requestedByName, DisplayNames::dateTime(request.requestedAt),
                            DisplayNames::dateTime(request.proposedDeadline), request.reason),
                   this);
    asked->setObjectName(QStringLiteral("extensionRequest"));
    asked->setWordWrap(true);
    asked->setTextFormat(Qt::PlainText);
    form->addRow(tr("Request:"), asked);
    m_otherDate = new QCheckBox(tr("Grant a &different date:"), this);
    m_otherDate->setObjectName(QStringLiteral("otherDate"));
    m_otherDate->setAccessibleName(tr("Grant a different date"));
    m_date->setAccessibleName(tr("Granted deadline"));
    m_date->setDate(qMax(earliest, vietnamDate(request.proposedDeadline)));
    m_date->setEnabled(false);
    connect(m_otherDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    form->addRow(m_otherDate, m_date);
    m_first = m_otherDate;
}

void ActionParamsDialog::addRatingRow(QFormLayout *form)
{
    auto *box = new QWidget(this);
    auto *row = new QVBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_rating = new QButtonGroup(this);
    const QStringList texts = {tr("&Satisfied"), tr("&Acceptable"), tr("&Not satisfied")};
    for (int i = 0; i < allRatings().size(); ++i) {
        auto *b = new QRadioButton(texts.value(i), box);
        b->setObjectName(QStringLiteral("rating_") + toCode(allRatings().at(i)));
        b->setAccessibleName(DisplayNames::rating(allRatings().at(i)));
        m_rating->addButton(b, i);
        row->addWidget(b);
        if (i == 0)
            m_first = b;
    }
    connect(m_rating, &QButtonGroup::idToggled, this, &ActionParamsDialog::updateOk);
    form->addRow(tr("Citizen's rating:"), box);
}

void ActionParamsDialog::addTextRow(QFormLayout *form)
{
    const bool wanted = textRequired() || m_action == CaseAction::Merge ||
                        m_action == CaseAction::GrantExtension || m_action == CaseAction::Rate ||
                        m_action == CaseAction::Close;
    if (!wanted)
        return;
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("paramsText"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(90);
    const QString key = textKey();
    QString label = key == QLatin1String("text")      ? tr("&Note:")
                    : key == QLatin1String("comment") ? tr("&Comment:")
                                                      : tr("&Reason:");
    if (!textRequired())
        m_text->setPlaceholderText(tr("Optional"));
    m_text->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    form->addRow(label, m_text);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ActionParamsDialog::updateOk);
    if (!m_first)
        m_first = m_text;
}

QPushButton *ActionParamsDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ActionParamsDialog::textKey() const
{
    switch (m_action) {
    case CaseAction::Note:
        return QStringLiteral("text");
    case CaseAction::SendBack:
    case CaseAction::GrantExtension:
    case CaseAction::Rate:
    case CaseAction::Close:
        return QStringLiteral("comment");
    default:
        return QStringLiteral("reason");
    }
}

bool ActionParamsDialog::textRequired() const
{
    return WorkflowRules::rule(m_action).requiredParams.contains(textKey());
}

void ActionParamsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_first)
        m_first->setFocus(Qt::OtherFocusReason);
}

void ActionParamsDialog::updateOk()
{
    bool ok = true;
    if (m_unit)
        ok = ok && m_unit->currentUnitId() > 0;
    if (m_officer)
        ok = ok && m_officer->currentData().toLongLong() > 0;
    if (m_casePicker)
        ok = ok && m_casePicker->currentCaseId() > 0;
    if (m_rating)
        ok = ok && m_rating->checkedId() >= 0;
    if (m_text && textRequired())
        ok = ok && !m_text->toPlainText().trimmed().isEmpty();
    okButton()->setEnabled(ok);
    m_error->setVisible(false);
}

QJsonObject ActionParamsDialog::params() const
{
    QJsonObject p;
    if (m_unit)
        p.insert(QStringLiteral("unitId"), m_unit->currentUnitId());
    if (m_field && !m_field->currentData().toString().isEmpty())
        p.insert(QStringLiteral("field"), m_field->currentData().toString());
    if (m_urgency && !m_urgency->currentData().toString().isEmpty())
        p.insert(QStringLiteral("urgency"), m_urgency->currentData().toString());
    if (m_officer)
        p.insert(QStringLiteral("officerId"), m_officer->currentData().toLongLong());
    if (m_casePicker)
        p.insert(QStringLiteral("intoCaseId"), m_casePicker->currentCaseId());
    if (m_date && m_action == CaseAction::RequestExtension)
        p.insert(QStringLiteral("proposedDeadline"), m_date->date().toString(Qt::ISODate));
    if (m_date && m_otherDate && m_otherDate->isChecked())
        p.insert(QStringLiteral("deadline"), m_date->date().toString(Qt::ISODate));
    if (m_rating && m_rating->checkedId() >= 0)
        p.insert(QStringLiteral("rating"), toCode(allRatings().at(m_rating->checkedId())));
    if (m_text && !m_text->toPlainText().trimmed().isEmpty())
        p.insert(textKey(), m_text->toPlainText().trimmed());
    return p;
}

void ActionParamsDialog::accept()
{
    if (!okButton()->isEnabled())
        return;
    // A bulk action is checked case by case when it runs, and reported per case.
    if (m_cases.size() == 1 && m_choices.check) {
        const ActionOutcome outcome = m_choices.check(m_cases.first(), m_action, params());
        if (!outcome.ok()) {
            m_error->setText(DisplayNames::outcome(outcome.code()));
            m_error->setVisible(true);
            return;
        }
    }
    QDialog::accept();
}

} // namespace pakn
