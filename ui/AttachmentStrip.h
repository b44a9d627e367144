#pragma once

// A row of attachment thumbnails: the case's photos and files in the case
// view (Mode::Case), or the reply's evidence under the reply text
// (Mode::Evidence). Images show their thumbnail (a placeholder while it
// downloads), documents a document icon; the tooltip names the file, its
// size and who attached it when. Keyboard: the list takes focus, arrows
// move, Enter opens the viewer, Ctrl+S saves a copy, Delete withdraws
// evidence, the context menu offers the same. The attach button and files
// dropped on the strip queue uploads (see CaseFiles).

#include "AttachmentList.h"
#include "domain/Case.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace pakn {

class AttachmentViewer;
class CaseFiles;

class AttachmentStrip : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Case,
        Evidence
    };
    static constexpr int ThumbnailSize = 96;

    explicit AttachmentStrip(Mode mode, QWidget *parent = nullptr);
    ~AttachmentStrip() override;

    void setCaseFiles(CaseFiles *files);
    void setCase(const std::optional<Case> &c);
    // The attachments shown (all of the case's, or its evidence).
    const QList<Attachment> &shown() const { return m_shown; }
    bool canAttach() const;
    // The icons and names as listed (the reply's preview shows them).
    QList<std::pair<QIcon, QString>> evidenceForPreview() const;

    // File dialogs, replaceable in tests.
    void setFileChooser(std::function<QStringList()> choose) { m_chooseFiles = std::move(choose); }
    void setSaveChooser(std::function<QString(const QString &suggested)> choose)
    {
        m_chooseSave = std::move(choose);
    }
    // Opens PDFs in the system's viewer (QDesktopServices unless replaced).
    void setUrlOpener(std::function<void(const QUrl &)> open) { m_openUrl = std::move(open); }

    AttachmentList *list() const { return m_list; }
    QPushButton *attachButton() const { return m_attach; }
    AttachmentViewer *viewer() const; // the open viewer, if any

    void chooseAndAttach();
    void attachFiles(const QStringList &paths);
    void openCurrent();
    void saveCurrentAs();
    void withdrawCurrent();
    // "JPEG photo", "PDF document": the kind of file in words.
    static QString fileKind(const QString &contentType);

Q_SIGNALS:
    void message(const QString &text); // for the status bar

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void updateVisibility();
    void showMenu(const QPoint &globalPos);
    QIcon iconFor(const Attachment &a);
    void thumbnailArrived(const QString &sha256, const QString &path);
    QString tooltipFor(const Attachment &a) const;
    std::optional<Attachment> current() const;

    Mode m_mode;
    QPointer<CaseFiles> m_files;
    std::optional<Case> m_case;
    QList<Attachment> m_shown;
    QLabel *m_title;
    AttachmentList *m_list;
    QPushButton *m_attach;
    QPointer<AttachmentViewer> m_viewer;
    std::function<QStringList()> m_chooseFiles;
    std::function<QString(const QString &)> m_chooseSave;
    std::function<void(const QUrl &)> m_openUrl;
};

// Files dropped from the desktop: the local paths, empty when none.
QStringList droppedFiles(const QMimeData *mime);

} // namespace pakn
