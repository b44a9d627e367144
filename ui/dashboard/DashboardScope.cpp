#include "DashboardScope.h"

#include "FigureText.h"
#include "domain/Figures.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace pakn {

namespace {

const QList<ReportPeriod::Kind> kinds = {ReportPeriod::Kind::Day,   ReportPeriod::Kind::Week,
                                         ReportPeriod::Kind::Month, ReportPeriod::Kind::Quarter,
                                         ReportPeriod::Kind::Year,  ReportPeriod::Kind::Custom};

void addTree(const QList<Unit> &units, UnitId parent, int depth, QList<VisibleUnit> &out)
{
    QList<Unit> children;
    for (const Unit &u : units)
        if (u.parentId == parent && u.id != parent)
            children.append(u);
    std::sort(children.begin(), children.end(),
              [](const Unit &a, const Unit &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Unit &u : children) {
        out.append({u, depth});
        addTree(units, u.id, depth + 1, out);
    }
}

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

QByteArray DashboardChoice::toJson() const
{
    QJsonObject o{{QStringLiteral("unit"), request.unitId},
                  {QStringLiteral("officer"), request.officerId},
                  {QStringLiteral("field"), request.field},
                  {QStringLiteral("period"), request.period.code()}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<DashboardChoice> DashboardChoice::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const auto period = ReportPeriod::parse(o.value(QStringLiteral("period")).toString());
    if (!period)
        return std::nullopt;
    DashboardChoice choice;
    choice.request.unitId = o.value(QStringLiteral("unit")).toInteger();
    choice.request.officerId = o.value(QStringLiteral("officer")).toInteger();
    choice.request.field = o.value(QStringLiteral("field")).toString();
    choice.request.period = *period;
    return choice;
}

QList<VisibleUnit> visibleUnits(const Account &me, const QList<Unit> &units)
{
    QList<VisibleUnit> out;
    if (me.role == Role::Supervisor || me.role == Role::Coordinator) {
        for (const Unit &u : units)
            if (u.parentId == 0) {
                out.append({u, 0});
                addTree(units, u.id, 1, out);
            }
        return out;
    }
    for (const Unit &u : units)
        if (u.id == me.unitId) {
            out.append({u, 0});
            if (me.role == Role::Leader)
                addTree(units, u.id, 1, out);
        }
    return out;
}

QString fieldNameOf(const FieldInfo &field)
{
    const bool english = QLocale().language() == QLocale::English;
    return english && !field.nameEn.isEmpty() ? field.nameEn : field.nameVi;
}

DashboardScope::DashboardScope(const Account &me, const QList<Unit> &units,
                               const QList<Account> &accounts, const QList<FieldInfo> &fields,
                               QWidget *parent)
    : QWidget(parent), m_me(me), m_units(visibleUnits(me, units)), m_accounts(accounts),
      m_fields(fields), m_allUnits(units)
{
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("scopeUnit"));
    m_unit->setMinimumContentsLength(18);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const VisibleUnit &v : std::as_const(m_units))
        m_unit->addItem(QString(v.depth * 3, QLatin1Char(' ')) + v.unit.name, v.unit.id);
    m_officer = new QComboBox(this);
    m_officer->setObjectName(QStringLiteral("scopeOfficer"));
    m_officer->setMinimumContentsLength(14);
    m_officer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("scopeField"));
    m_field->setMinimumContentsLength(14);
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("periodKind"));
    for (ReportPeriod::Kind kind : kinds)
        m_kind->addItem(QString(), int(kind));
    m_previous = new QPushButton(this);
    m_previous->setObjectName(QStringLiteral("periodPrevious"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("periodNext"));
    m_day = dateEdit(this);
    m_day->setObjectName(QStringLiteral("periodDay"));
    m_from = dateEdit(this);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to = dateEdit(this);
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_unitLabel = new QLabel(this);
    m_officerLabel = new QLabel(this);
    m_fieldLabel = new QLabel(this);
    m_kindLabel = new QLabel(this);
    m_dayLabel = new QLabel(this);
    m_fromLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    m_unitLabel->setBuddy(m_unit);
    m_officerLabel->setBuddy(m_officer);
    m_fieldLabel->setBuddy(m_field);
    m_kindLabel->setBuddy(m_kind);
    m_dayLabel->setBuddy(m_day);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);

    // Two rows: what is counted, then when (one row is too wide for 1366 pixels).
    auto *scopeRow = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_unitLabel, m_unit, m_officerLabel,
                                                       m_officer, m_fieldLabel, m_field})
        scopeRow->addWidget(w);
    scopeRow->addStretch(1);
    auto *periodRow = new QHBoxLayout;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_kindLabel, m_kind, m_previous, m_dayLabel, m_day,
                                          m_fromLabel, m_from, m_toLabel, m_to, m_next})
        periodRow->addWidget(w);
    periodRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(scopeRow);
    layout->addLayout(periodRow);

    const auto changed = [this] { takeFromControls(); };
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        if (m_showing)
            return;
        fillOfficers();
        takeFromControls();
    });
    connect(m_officer, &QComboBox::currentIndexChanged, this, changed);
    connect(m_field, &QComboBox::currentIndexChanged, this, changed);
    connect(m_kind, &QComboBox::currentIndexChanged, this, changed);
    connect(m_day, &QDateEdit::dateChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QPushButton::clicked, this, [this] { step(+1); });
    retranslate();
}

QWidgetList DashboardScope::tabChain() const
{
    return {m_unit, m_officer, m_field, m_kind, m_previous, m_day, m_from, m_to, m_next};
}

void DashboardScope::retranslate()
{
    m_unitLabel->setText(tr("&Unit:"));
    m_officerLabel->setText(tr("&Officer:"));
    m_fieldLabel->setText(tr("&Field:"));
    m_kindLabel->setText(tr("&Period:"));
    m_dayLabel->setText(tr("&Date:"));
    m_fromLabel->setText(tr("Fro&m:"));
    m_toLabel->setText(tr("&To:"));
    m_previous->setText(tr("◀ P&revious"));
    m_next->setText(tr("&Next ▶"));
    m_previous->setToolTip(tr("The period before"));
    m_next->setToolTip(tr("The period after"));
    m_unit->setAccessibleName(tr("Unit"));
    m_officer->setAccessibleName(tr("Officer"));
    m_field->setAccessibleName(tr("Field"));
    m_kind->setAccessibleName(tr("Kind of period"));
    m_day->setAccessibleName(tr("A day in the period"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_previous->setAccessibleName(tr("Previous period"));
    m_next->setAccessibleName(tr("Next period"));
    m_showing = true;
    for (int i = 0; i < kinds.size(); ++i)
        m_kind->setItemText(i, FigureText::periodKindName(kinds.at(i)));
    m_field->clear();
    m_field->addItem(tr("All fields"), QString());
    for (const FieldInfo &f : std::as_const(m_fields))
        m_field->addItem(fieldNameOf(f), f.code);
    m_showing = false;
    fillOfficers();
    showRequest();
}

void DashboardScope::fillOfficers()
{
    const bool was = std::exchange(m_showing, true);
    m_officer->clear();
    if (m_me.role == Role::Officer) {
        m_officer->addItem(m_me.displayName, m_me.id); // an officer sees their own figures
    } else {
        m_officer->addItem(tr("All officers"), qint64(0));
        const FigureScope scope = scopeOf(m_unit->currentData().toLongLong(), m_allUnits);
        for (const Account &a : std::as_const(m_accounts))
            if (a.role == Role::Officer && scope.units.contains(a.unitId))
                m_officer->addItem(a.displayName, a.id);
    }
    m_officer->setEnabled(m_officer->count() > 1);
    const int row = m_officer->findData(m_request.officerId);
    m_officer->setCurrentIndex(qMax(0, row));
    m_showing = was;
}

FiguresRequest DashboardScope::defaultRequest(QDate today) const
{
    FiguresRequest r;
    r.unitId = m_units.isEmpty() ? m_me.unitId : m_units.constFirst().unit.id;
    r.officerId = m_me.role == Role::Officer ? m_me.id : 0;
    r.period = ReportPeriod::containing(ReportPeriod::Kind::Month, today);
    return r;
}

bool DashboardScope::setRequest(const FiguresRequest &request)
{
    if (m_units.isEmpty() || !request.period.isValid())
        return false;
    FiguresRequest r = request;
    if (m_unit->findData(r.unitId) < 0)
        r.unitId = m_units.constFirst().unit.id;
    if (m_me.role == Role::Officer)
        r.officerId = m_me.id;
    if (m_field->findData(r.field) < 0)
        r.field.clear();
    apply(r);
    return true;
}

void DashboardScope::apply(const FiguresRequest &request)
{
    const bool changed = !(request == m_request);
    m_request = request;
    {
        const bool was = std::exchange(m_showing, true);
        m_unit->setCurrentIndex(qMax(0, m_unit->findData(request.unitId)));
        m_showing = was;
    }
    fillOfficers();
    m_request.officerId = m_officer->currentData().toLongLong();
    showRequest();
    if (changed)
        Q_EMIT requestChanged(m_request);
}

void DashboardScope::showRequest()
{
    const bool was = std::exchange(m_showing, true);
    const ReportPeriod &p = m_request.period;
    m_field->setCurrentIndex(qMax(0, m_field->findData(m_request.field)));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(p.kind()))));
    m_day->setDate(p.first());
    m_from->setDate(p.first());
    m_to->setDate(p.last());
    const bool custom = p.kind() == ReportPeriod::Kind::Custom;
    for (QWidget *w : {static_cast<QWidget *>(m_dayLabel), static_cast<QWidget *>(m_day)})
        w->setVisible(!custom);
    for (QWidget *w : {static_cast<QWidget *>(m_fromLabel), static_cast<QWidget *>(m_from),
                       static_cast<QWidget *>(m_toLabel), static_cast<QWidget *>(m_to)})
        w->setVisible(custom);
    m_showing = was;
}

void DashboardScope::takeFromControls()
{
    if (m_showing)
        return;
    FiguresRequest r;
    r.unitId = m_unit->currentData().toLongLong();
    r.officerId = m_officer->currentData().toLongLong();
    r.field = m_field->currentData().toString();
    const auto kind = ReportPeriod::Kind(m_kind->currentData().toInt());
    if (kind == ReportPeriod::Kind::Custom) {
        // Switching to a custom range keeps the days shown until now.
        const bool wasCustom = m_request.period.kind() == ReportPeriod::Kind::Custom;
        const QDate first = wasCustom ? m_from->date() : m_request.period.first();
        const QDate last = wasCustom ? m_to->date() : m_request.period.last();
        r.period = ReportPeriod::range(first, qMax(first, last)).value_or(m_request.period);
    } else {
        const bool kindChanged = kind != m_request.period.kind();
        r.period =
            ReportPeriod::containing(kind, kindChanged ? m_request.period.first() : m_day->date());
    }
    apply(r);
}

void DashboardScope::step(int direction)
{
    const ReportPeriod &p = m_request.period;
    FiguresRequest r = m_request;
    if (direction < 0) {
        r.period = p.previous();
    } else if (p.kind() == ReportPeriod::Kind::Custom) {
        const qint64 length = p.first().daysTo(p.last());
        r.period = ReportPeriod::range(p.last().addDays(1), p.last().addDays(1 + length)).value();
    } else {
        r.period = ReportPeriod::containing(p.kind(), p.last().addDays(1));
    }
    apply(r);
}

} // namespace pakn
