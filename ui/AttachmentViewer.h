#pragma once

// Shows one attachment of a case at a time: an image fitted to the window,
// zoomed in or out or at 100%, a document as its icon with a button that
// opens it in the system's PDF viewer. Left/Right (or Page Up/Down) step
// through the case's attachments; Ctrl+S saves a copy. A file not cached
// yet is downloaded with its progress shown; offline and not cached, the
// viewer says so instead of waiting.

#include "domain/Case.h"

#include <QDialog>
#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace pakn {

class CaseFiles;

class AttachmentViewer : public QDialog
{
    Q_OBJECT
public:
    explicit AttachmentViewer(CaseFiles &files, QWidget *parent = nullptr);

    void setSaveChooser(std::function<QString(const QString &suggested)> choose)
    {
        m_chooseSave = std::move(choose);
    }
    void setUrlOpener(std::function<void(const QUrl &)> open) { m_openUrl = std::move(open); }

    // Shows `items[index]` of case `caseId` (and raises the dialog).
    void show(CaseId caseId, const QList<Attachment> &items, int index);
    int index() const { return m_index; }
    const Attachment *currentAttachment() const;
    // 0 when fitted to the window, else the zoom factor (1.0 = 100%).
    double zoom() const { return m_zoom; }
    bool imageShown() const; // the current image is loaded and on screen
    QString statusText() const;

    void next();
    void previous();
    void zoomIn();
    void zoomOut();
    void zoomActual();
    void zoomFit();
    void saveAs();
    void openExternally();

Q_SIGNALS:
    void saved(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void load();
    void fileArrived(const QString &path, const QString &error, bool offline);
    void render();
    void updateControls();

    CaseFiles &m_files;
    CaseId m_caseId = 0;
    QList<Attachment> m_items;
    int m_index = -1;
    QImage m_image;
    QString m_localPath;
    double m_zoom = 0;
    quint64 m_loadGeneration = 0; // answers for an attachment no longer shown are dropped
    QLabel *m_caption;
    QScrollArea *m_scroll;
    QLabel *m_picture;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_zoomIn;
    QPushButton *m_zoomOut;
    QPushButton *m_actual;
    QPushButton *m_fit;
    QPushButton *m_open;
    QPushButton *m_save;
    QPushButton *m_close;
    std::function<QString(const QString &)> m_chooseSave;
    std::function<void(const QUrl &)> m_openUrl;
};

} // namespace pakn
