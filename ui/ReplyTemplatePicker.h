#pragma once

// Chooses a reply template from the keyboard: type to filter (by title or
// text, without diacritics), arrows to move, Enter to insert. The case's
// field's templates come first, then the general ones.

#include "domain/ReferenceData.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace pakn {

class ReplyTemplatePicker : public QDialog
{
    Q_OBJECT
public:
    ReplyTemplatePicker(QList<ReplyTemplate> templates, const Case &c, QWidget *parent = nullptr);

    // The chosen template with the case's values filled in (after Accepted).
    QString filledText() const;
    QLineEdit *filter() const { return m_filter; }
    QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);
    void showPreview();

    QList<ReplyTemplate> m_templates;
    Case m_case;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QPlainTextEdit *m_preview;
    QLabel *m_empty;
};

} // namespace pakn
