#include "ReplyTemplatePicker.h"

#include "domain/TextFolding.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pakn {

namespace {
constexpr int kIndexRole = Qt::UserRole;
}

ReplyTemplatePicker::ReplyTemplatePicker(QList<ReplyTemplate> templates, const Case &c,
                                         QWidget *parent)
    : QDialog(parent), m_templates(std::move(templates)), m_case(c)
{
    setObjectName(QStringLiteral("replyTemplatePicker"));
    setWindowTitle(tr("Insert a reply template"));
    setAccessibleName(windowTitle());
    resize(620, 420);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Find a template:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("templateFilter"));
    m_filter->setAccessibleName(tr("Find a template"));
    m_filter->setPlaceholderText(tr("Type part of the title or text…"));
    m_filter->setClearButtonEnabled(true);
    label->setBuddy(m_filter);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Reply templates"));
    m_empty = new QLabel(tr("No template matches."), this);
    m_empty->setVisible(false);
    auto *previewLabel = new QLabel(tr("Text to insert (filled in for this case):"), this);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setAccessibleName(tr("Text to insert"));
    m_preview->setReadOnly(true);
    m_preview->setFocusPolicy(Qt::NoFocus);
    previewLabel->setBuddy(m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Insert"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_empty);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 3);
    layout->addWidget(buttons);

    for (int i = 0; i < m_templates.size(); ++i) {
        const ReplyTemplate &t = m_templates.at(i);
        auto *item = new QListWidgetItem(
            t.field.isEmpty() ? t.title : tr("%1 (this field)").arg(t.title), m_list);
        item->setData(kIndexRole, i);
    }
    m_list->setCurrentRow(0);
    // The filter keeps the focus; Up/Down move in the list, Enter inserts.
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &ReplyTemplatePicker::applyFilter);
    connect(m_list, &QListWidget::currentRowChanged, this, &ReplyTemplatePicker::showPreview);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_list->currentItem() && !m_list->currentItem()->isHidden())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showPreview();
    m_filter->setFocus();
}

QString ReplyTemplatePicker::filledText() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return {};
    ReplyTemplate t = m_templates.at(item->data(kIndexRole).toInt());
    if (m_case.reporterName.trimmed().isEmpty()) // anonymous: "Ông/Bà," not "Ông/Bà ,"
        t.body.replace(QStringLiteral(" {reporter}"), QString());
    return fillReplyTemplate(t, m_case);
}

void ReplyTemplatePicker::applyFilter(const QString &text)
{
    const QStringList words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int first = -1;
    for (int row = 0; row < m_list->count(); ++row) {
        const ReplyTemplate &t = m_templates.at(m_list->item(row)->data(kIndexRole).toInt());
        const QString haystack = foldForSearch(t.title + QLatin1Char(' ') + t.body);
        const bool match = std::all_of(words.begin(), words.end(),
                                       [&](const QString &w) { return haystack.contains(w); });
        m_list->item(row)->setHidden(!match);
        if (match && first < 0)
            first = row;
    }
    const QListWidgetItem *current = m_list->currentItem();
    if (!current || current->isHidden())
        m_list->setCurrentRow(first);
    m_empty->setVisible(first < 0);
    showPreview();
}

void ReplyTemplatePicker::showPreview()
{
    m_preview->setPlainText(filledText());
}

bool ReplyTemplatePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
            key == Qt::Key_PageDown) {
            // Moves among the visible rows, as if the list had the focus.
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (!filledText().isEmpty())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace pakn
