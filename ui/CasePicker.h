#pragma once

// Chooses another case (the one a duplicate is merged into): a search line
// that takes a case number or words of the title, and the matching cached
// cases below it. The list's current row is the choice.

#include "cache/CaseStore.h"

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;

namespace pakn {

class CasePicker : public QWidget
{
    Q_OBJECT
public:
    // Returns the cases matching the typed text (an id or words of the title).
    using Finder = std::function<QList<CaseRow>(const QString &text)>;

    // `exclude`: the case being merged, never offered.
    CasePicker(Finder finder, CaseId exclude, QWidget *parent = nullptr);

    // A finder over the cache: the case with that number, else a title search.
    static Finder storeFinder(const CaseStore &store, int limit = 30);

    CaseId currentCaseId() const;
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void currentCaseChanged(qint64 caseId);

private:
    void search(const QString &text);

    Finder m_finder;
    CaseId m_exclude;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_empty;
};

} // namespace pakn
