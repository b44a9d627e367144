#pragma once

// A unit chooser for routing and transfers: a filter line over the city's
// units in tree order (district, then its wards). Typing narrows the list
// without regard to diacritics or case; Down moves into the list, and the
// list's current row is the choice.

#include "domain/Case.h"

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace pakn {

class UnitPicker : public QWidget
{
    Q_OBJECT
public:
    // `exclude`: a unit that may not be chosen (the case's own unit for a transfer).
    UnitPicker(const QList<Unit> &units, UnitId exclude, QWidget *parent = nullptr);

    UnitId currentUnitId() const;
    bool selectUnit(UnitId id);
    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    int visibleCount() const;

Q_SIGNALS:
    void currentUnitChanged(qint64 unitId);

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace pakn
