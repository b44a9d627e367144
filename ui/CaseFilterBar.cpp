#include "CaseFilterBar.h"

#include "DisplayNames.h"
#include "cache/ReferenceStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <algorithm>

namespace pakn {

namespace {

// A date edit cannot be empty: its minimum stands for "no bound" and shows as "—".
const QDate kNoDate(2000, 1, 1);

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == kNoDate ? QDate() : edit->date();
}

void selectData(QComboBox *box, const QVariant &value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

// "Any …" first, then the choices; the chosen value stays chosen if still offered.
void refill(QComboBox *box, const QString &any, const QList<std::pair<QString, QVariant>> &items)
{
    const QVariant keep = box->currentData();
    box->clear();
    box->addItem(any);
    for (const auto &[text, value] : items)
        box->addItem(text, value);
    selectData(box, keep);
}

} // namespace

CaseFilterBar::CaseFilterBar(const CaseStore &store, QWidget *parent)
    : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("caseFilterBar"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 2, 0, 2);
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(2);
    m_field = addCombo("fieldFilter");
    m_unit = addCombo("unitFilter");
    m_status = addCombo("statusFilter");
    m_urgency = addCombo("urgencyFilter");
    m_channel = addCombo("channelFilter");
    m_from = addDate("receivedFromFilter");
    m_to = addDate("receivedToFilter");
    m_assignee = addCombo("assigneeFilter");
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveQueue"));

    m_controls = {m_field, m_unit, m_status, m_urgency, m_channel, m_from, m_to, m_assignee};
    for (QWidget *control : std::as_const(m_controls)) {
        auto *label = new QLabel(this);
        label->setBuddy(control);
        m_labels.append(label);
    }
    m_buttons = new QHBoxLayout;
    m_buttons->addWidget(m_clear);
    m_buttons->addWidget(m_save);
    m_buttons->addStretch();
    placeFilters(4); // rows of label + control pairs, the buttons under them

    connect(m_clear, &QPushButton::clicked, this, [this] {
        setFilter({});
        Q_EMIT filterChanged(filter());
    });
    connect(m_save, &QPushButton::clicked, this, &CaseFilterBar::saveRequested);
    retranslateUi();
}

void CaseFilterBar::placeFilters(int perRow)
{
    if (perRow == m_perRow)
        return;
    m_perRow = perRow;
    for (int i = 0; i < m_controls.size(); ++i) {
        m_grid->removeWidget(m_labels.at(i));
        m_grid->removeWidget(m_controls.at(i));
    }
    m_grid->removeItem(m_buttons);
    for (int column = 0; column < 8; ++column)
        m_grid->setColumnStretch(column, 0);
    for (int i = 0; i < m_controls.size(); ++i) {
        const int row = i / perRow;
        const int column = (i % perRow) * 2;
        m_grid->addWidget(m_labels.at(i), row, column, Qt::AlignRight);
        m_grid->addWidget(m_controls.at(i), row, column + 1);
        m_grid->setColumnStretch(column + 1, 1);
    }
    const int rows = (int(m_controls.size()) + perRow - 1) / perRow;
    m_grid->addLayout(m_buttons, rows, 0, 1, perRow * 2);
}

int CaseFilterBar::pairWidth() const
{
    int label = 0, control = 0;
    for (int i = 0; i < m_controls.size(); ++i) {
        label = qMax(label, m_labels.at(i)->sizeHint().width());
        control = qMax(control, m_controls.at(i)->minimumSizeHint().width());
    }
    return label + control + 2 * m_grid->horizontalSpacing();
}

QSize CaseFilterBar::minimumSizeHint() const
{
    const QSize natural = QWidget::minimumSizeHint();
    return {qMin(natural.width(), 2 * pairWidth()), natural.height()};
}

void CaseFilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeFilters(std::clamp(width() / qMax(1, pairWidth()), 2, 4));
}

QComboBox *CaseFilterBar::addCombo(const char *name)
{
    auto *box = new QComboBox(this);
    box->setObjectName(QLatin1String(name));
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(10);
    connect(box, &QComboBox::currentIndexChanged, this, &CaseFilterBar::changed);
    return box;
}

QDateEdit *CaseFilterBar::addDate(const char *name)
{
    auto *edit = new QDateEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(QStringLiteral("—"));
    edit->setDate(kNoDate);
    edit->setCalendarPopup(true);
    connect(edit, &QDateEdit::dateChanged, this, &CaseFilterBar::changed);
    return edit;
}

QWidgetList CaseFilterBar::tabChain() const
{
    return {m_field, m_unit, m_status,   m_urgency, m_channel,
            m_from,  m_to,   m_assignee, m_clear,   m_save};
}

void CaseFilterBar::changed()
{
    if (!m_quiet)
        Q_EMIT filterChanged(filter());
}

CaseFilter CaseFilterBar::filter() const
{
    CaseFilter f;
    f.field = m_field->currentData().toString();
    f.unitId = m_unit->currentData().toLongLong();
    if (const QVariant v = m_status->currentData(); v.isValid())
        f.status = caseStatusFromCode(v.toString());
    if (const QVariant v = m_urgency->currentData(); v.isValid())
        f.urgency = urgencyFromCode(v.toString());
    if (const QVariant v = m_channel->currentData(); v.isValid())
        f.channel = channelFromCode(v.toString());
    f.receivedFrom = dateOf(m_from);
    f.receivedTo = dateOf(m_to);
    f.assigneeId = m_assignee->currentData().toLongLong();
    return f;
}

void CaseFilterBar::setFilter(const CaseFilter &f)
{
    const QScopedValueRollback quiet(m_quiet, true);
    selectData(m_field, f.field.isEmpty() ? QVariant() : QVariant(f.field));
    selectData(m_unit, f.unitId ? QVariant(f.unitId) : QVariant());
    selectData(m_status, f.status ? QVariant(toCode(*f.status)) : QVariant());
    selectData(m_urgency, f.urgency ? QVariant(toCode(*f.urgency)) : QVariant());
    selectData(m_channel, f.channel ? QVariant(toCode(*f.channel)) : QVariant());
    m_from->setDate(f.receivedFrom.isValid() ? f.receivedFrom : kNoDate);
    m_to->setDate(f.receivedTo.isValid() ? f.receivedTo : kNoDate);
    selectData(m_assignee, f.assigneeId ? QVariant(f.assigneeId) : QVariant());
}

void CaseFilterBar::fillStaticChoices()
{
    QList<std::pair<QString, QVariant>> statuses, urgencies, channels;
    for (CaseStatus s : allStatuses())
        statuses.append({DisplayNames::status(s), toCode(s)});
    for (Urgency u : allUrgencies())
        urgencies.append({DisplayNames::urgency(u), toCode(u)});
    for (Channel c : allChannels())
        channels.append({DisplayNames::channel(c), toCode(c)});
    refill(m_status, tr("Any status"), statuses);
    refill(m_urgency, tr("Any urgency"), urgencies);
    refill(m_channel, tr("Any channel"), channels);
}

void CaseFilterBar::reloadChoices()
{
    const QScopedValueRollback quiet(m_quiet, true);
    // Every field, retired ones too: old cases keep them. Built-in fields in
    // the UI's language; fields the administrator added by their Vietnamese name.
    QList<std::pair<QString, QVariant>> fields, units, staff;
    for (const QString &code : fieldCodes())
        fields.append({DisplayNames::field(code), code});
    for (const FieldInfo &f : ReferenceStore(m_store.database()).current().fields)
        if (!fieldCodes().contains(f.code))
            fields.append({f.nameVi.isEmpty() ? f.nameEn : f.nameVi, f.code});
    for (const Unit &u : m_store.units())
        units.append({u.name, u.id});
    staff.append({tr("Nobody assigned"), CaseFilter::kUnassigned});
    for (const Account &a : m_store.accounts())
        if (a.role == Role::Officer || a.role == Role::Leader)
            staff.append({a.displayName, a.id});
    refill(m_field, tr("Any field"), fields);
    refill(m_unit, tr("Any unit"), units);
    refill(m_assignee, tr("Anyone"), staff);
    fillStaticChoices();
}

void CaseFilterBar::retranslateUi()
{
    const char *labels[] = {QT_TR_NOOP("Field:"),   QT_TR_NOOP("Unit:"),
                            QT_TR_NOOP("Status:"),  QT_TR_NOOP("Urgency:"),
                            QT_TR_NOOP("Channel:"), QT_TR_NOOP("Received from:"),
                            QT_TR_NOOP("to:"),      QT_TR_NOOP("Assignee:")};
    const char *names[] = {QT_TR_NOOP("Field filter"),   QT_TR_NOOP("Unit filter"),
                           QT_TR_NOOP("Status filter"),  QT_TR_NOOP("Urgency filter"),
                           QT_TR_NOOP("Channel filter"), QT_TR_NOOP("Received from"),
                           QT_TR_NOOP("Received until"), QT_TR_NOOP("Assignee filter")};
    const QList<QWidget *> controls = {m_field,   m_unit, m_status, m_urgency,
                                       m_channel, m_from, m_to,     m_assignee};
    for (int i = 0; i < controls.size(); ++i) {
        m_labels.at(i)->setText(tr(labels[i]));
        controls.at(i)->setAccessibleName(tr(names[i]));
    }
    m_clear->setText(tr("Clear filters"));
    m_clear->setAccessibleName(tr("Clear all filters"));
    m_save->setText(tr("Save as &queue…"));
    m_save->setAccessibleName(tr("Save the search and filters as a queue"));
    setAccessibleName(tr("Filters"));
    reloadChoices();
}

void CaseFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace pakn
