#include "UnitPicker.h"

#include "ListKeyForwarder.h"
#include "domain/TextFolding.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace pakn {

namespace {
constexpr int FoldedRole = Qt::UserRole + 1;

// Units in tree order with their depth, so the picker reads like the city's
// organisation chart rather than by id.
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
} // namespace

UnitPicker::UnitPicker(const QList<Unit> &units, UnitId exclude, QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("unitPicker"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter->setObjectName(QStringLiteral("unitFilter"));
    m_filter->setPlaceholderText(tr("Type to filter units…"));
    m_filter->setAccessibleName(tr("Filter units"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("unitList"));
    m_list->setAccessibleName(tr("Units"));
    m_list->setMinimumHeight(160);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    setFocusProxy(m_filter);

    for (const auto &[u, depth] : treeOrder(units)) {
        // The city itself is where coordinators sit, not a handling unit.
        if (u.parentId == 0 || u.id == exclude)
            continue;
        auto *item =
            new QListWidgetItem(QString(qMax(0, depth - 1) * 4, QLatin1Char(' ')) + u.name, m_list);
        item->setData(Qt::UserRole, u.id);
        item->setData(FoldedRole, foldForSearch(u.name));
    }
    m_list->setCurrentRow(-1);
    connect(m_filter, &QLineEdit::textChanged, this, &UnitPicker::applyFilter);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this] { Q_EMIT currentUnitChanged(currentUnitId()); });
    new ListKeyForwarder(m_filter, m_list);
}

UnitId UnitPicker::currentUnitId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toLongLong() : 0;
}

bool UnitPicker::selectUnit(UnitId id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentRow(i);
            return true;
        }
    return false;
}

int UnitPicker::visibleCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->count(); ++i)
        n += m_list->item(i)->isHidden() ? 0 : 1;
    return n;
}

void UnitPicker::applyFilter(const QString &text)
{
    const QStringList words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem *firstShown = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString folded = item->data(FoldedRole).toString();
        const bool show = std::all_of(words.cbegin(), words.cend(),
                                      [&](const QString &w) { return folded.contains(w); });
        item->setHidden(!show);
        if (show && !firstShown)
            firstShown = item;
    }
    // The best match is chosen as the user types; Enter then confirms it.
    m_list->setCurrentItem(firstShown);
    Q_EMIT currentUnitChanged(currentUnitId());
}

} // namespace pakn
