#pragma once

// Lets the arrow and page keys typed in a filter line move the current row of
// the list below it, so that the focus stays in the line while choosing
// (the unit and case pickers).

#include <QObject>

class QAbstractItemView;
class QLineEdit;

namespace pakn {

class ListKeyForwarder : public QObject
{
public:
    // Parented to `line`; `list` must live as long as `line`.
    ListKeyForwarder(QLineEdit *line, QAbstractItemView *list);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_list;
};

} // namespace pakn
