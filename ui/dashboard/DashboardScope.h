#pragma once

// What the dashboard looks at: a unit the user may see (supervisors and
// coordinators: the city; leaders: their unit's subtree; officers: their own
// figures), optionally one officer and one field, and a period (kind, with
// previous/next, a day in it, or from–to for a custom range). The choice is
// kept as JSON so the dashboard opens where the user left it.

#include "domain/Case.h"
#include "domain/FiguresReport.h"
#include "domain/ReferenceData.h"

#include <QByteArray>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace pakn {

struct DashboardChoice
{
    FiguresRequest request;
    QByteArray toJson() const;
    static std::optional<DashboardChoice> fromJson(const QByteArray &json);
};

// The units `me` may see figures of, in tree order, with their depth.
struct VisibleUnit
{
    Unit unit;
    int depth = 0;
};
QList<VisibleUnit> visibleUnits(const Account &me, const QList<Unit> &units);
// A field's name in the UI language (Vietnamese unless English is in use and given).
QString fieldNameOf(const FieldInfo &field);

class DashboardScope : public QWidget
{
    Q_OBJECT
public:
    DashboardScope(const Account &me, const QList<Unit> &units, const QList<Account> &accounts,
                   const QList<FieldInfo> &fields, QWidget *parent = nullptr);

    // A choice the user may not make (another unit, an unknown officer) is
    // narrowed to one they may; false when nothing of it could be used.
    bool setRequest(const FiguresRequest &request);
    FiguresRequest request() const { return m_request; }
    // The period of `kind` containing `today` in the user's own scope.
    FiguresRequest defaultRequest(QDate today) const;
    void retranslate();

    QComboBox *unitBox() const { return m_unit; }
    QComboBox *officerBox() const { return m_officer; }
    QComboBox *fieldBox() const { return m_field; }
    QComboBox *kindBox() const { return m_kind; }
    QDateEdit *dayEdit() const { return m_day; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }
    QWidgetList tabChain() const;

Q_SIGNALS:
    void requestChanged(const pakn::FiguresRequest &request);

private:
    void fillOfficers();
    void showRequest();
    void takeFromControls();
    void step(int direction);
    void apply(const FiguresRequest &request);

    Account m_me;
    QList<VisibleUnit> m_units;
    QList<Account> m_accounts;
    QList<FieldInfo> m_fields;
    QList<Unit> m_allUnits;
    FiguresRequest m_request;
    bool m_showing = false;

    QLabel *m_unitLabel;
    QComboBox *m_unit;
    QLabel *m_officerLabel;
    QComboBox *m_officer;
    QLabel *m_fieldLabel;
    QComboBox *m_field;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QPushButton *m_previous;
    QLabel *m_dayLabel;
    QDateEdit *m_day;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QPushButton *m_next;
};

} // namespace pakn
