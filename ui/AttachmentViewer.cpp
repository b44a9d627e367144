#include "AttachmentViewer.h"

#include "AttachmentStrip.h"
#include "DisplayNames.h"
#include "files/CaseFiles.h"
#include "files/DiskWork.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace pakn {

namespace {

QPushButton *button(QWidget *parent, const char *name)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(QLatin1String(name));
    b->setAutoDefault(false);
    return b;
}

constexpr double kZoomStep = 1.25;

} // namespace

AttachmentViewer::AttachmentViewer(CaseFiles &files, QWidget *parent)
    : QDialog(parent), m_files(files), m_caption(new QLabel(this)), m_scroll(new QScrollArea(this)),
      m_picture(new QLabel), m_status(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_previous(button(this, "viewerPrevious")), m_next(button(this, "viewerNext")),
      m_zoomIn(button(this, "viewerZoomIn")), m_zoomOut(button(this, "viewerZoomOut")),
      m_actual(button(this, "viewerActualSize")), m_fit(button(this, "viewerFit")),
      m_open(button(this, "viewerOpenExternally")), m_save(button(this, "viewerSaveAs")),
      m_close(button(this, "viewerClose"))
{
    setObjectName(QStringLiteral("attachmentViewer"));
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setObjectName(QStringLiteral("viewerPicture"));
    m_scroll->setWidget(m_picture);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setWidgetResizable(false);
    m_scroll->setFocusPolicy(Qt::NoFocus); // arrows step through the attachments
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("viewerStatus"));
    m_progress->setTextVisible(true);
    m_progress->hide();

    auto *tools = new QHBoxLayout;
    for (QPushButton *b : {m_previous, m_next})
        tools->addWidget(b);
    tools->addSpacing(16);
    for (QPushButton *b : {m_zoomOut, m_zoomIn, m_actual, m_fit})
        tools->addWidget(b);
    tools->addStretch(1);
    for (QPushButton *b : {m_open, m_save, m_close})
        tools->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addLayout(tools);

    connect(m_previous, &QPushButton::clicked, this, &AttachmentViewer::previous);
    connect(m_next, &QPushButton::clicked, this, &AttachmentViewer::next);
    connect(m_zoomIn, &QPushButton::clicked, this, &AttachmentViewer::zoomIn);
    connect(m_zoomOut, &QPushButton::clicked, this, &AttachmentViewer::zoomOut);
    connect(m_actual, &QPushButton::clicked, this, &AttachmentViewer::zoomActual);
    connect(m_fit, &QPushButton::clicked, this, &AttachmentViewer::zoomFit);
    connect(m_open, &QPushButton::clicked, this, &AttachmentViewer::openExternally);
    connect(m_save, &QPushButton::clicked, this, &AttachmentViewer::saveAs);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(&m_files.transfer(), &AttachmentTransfer::fileProgress, this,
            [this](const QString &id, qint64 received, qint64 total) {
                const Attachment *a = currentAttachment();
                if (!a || a->id != id)
                    return;
                m_progress->setRange(0, total > 0 ? 1000 : 0);
                m_progress->setValue(total > 0 ? int(received * 1000 / total) : 0);
            });
    // Shortcuts rather than key presses: a focused button would take the arrows.
    const auto bind = [this](const QKeySequence &key, void (AttachmentViewer::*slot)()) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    bind(QKeySequence(Qt::Key_Left), &AttachmentViewer::previous);
    bind(QKeySequence(Qt::Key_PageUp), &AttachmentViewer::previous);
    bind(QKeySequence(Qt::Key_Right), &AttachmentViewer::next);
    bind(QKeySequence(Qt::Key_PageDown), &AttachmentViewer::next);
    bind(QKeySequence(Qt::Key_Plus), &AttachmentViewer::zoomIn);
    bind(QKeySequence::ZoomIn, &AttachmentViewer::zoomIn);
    bind(QKeySequence(Qt::Key_Minus), &AttachmentViewer::zoomOut);
    bind(QKeySequence::ZoomOut, &AttachmentViewer::zoomOut);
    bind(QKeySequence(Qt::Key_0), &AttachmentViewer::zoomActual);
    bind(QKeySequence(Qt::Key_F), &AttachmentViewer::zoomFit);
    bind(QKeySequence::Save, &AttachmentViewer::saveAs);
    m_chooseSave = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save as"), suggested);
    };
    m_openUrl = [](const QUrl &url) { QDesktopServices::openUrl(url); };
    resize(900, 700);
    retranslateUi();
}

const Attachment *AttachmentViewer::currentAttachment() const
{
    return m_index >= 0 && m_index < m_items.size() ? &m_items[m_index] : nullptr;
}

bool AttachmentViewer::imageShown() const
{
    return !m_image.isNull() && m_picture->pixmap().isNull() == false;
}

QString AttachmentViewer::statusText() const
{
    return m_status->text();
}

void AttachmentViewer::show(CaseId caseId, const QList<Attachment> &items, int index)
{
    m_caseId = caseId;
    m_items = items;
    m_index = qBound(0, index, int(items.size()) - 1);
    m_zoom = 0;
    load();
    QDialog::show();
    raise();
    activateWindow();
}

void AttachmentViewer::load()
{
    const Attachment *a = currentAttachment();
    const quint64 generation = ++m_loadGeneration;
    m_image = QImage();
    m_localPath.clear();
    m_picture->clear();
    m_status->clear();
    m_progress->hide();
    if (!a)
        return;
    setWindowTitle(tr("%1 — case #%2").arg(a->fileName).arg(m_caseId));
    m_caption->setText(
        tr("<b>%1</b> (%2 of %3) — %4, %5, attached by %6 on %7")
            .arg(a->fileName.toHtmlEscaped())
            .arg(m_index + 1)
            .arg(m_items.size())
            .arg(AttachmentStrip::fileKind(a->contentType),
                 QLocale().formattedDataSize(a->size, 1, QLocale::DataSizeTraditionalFormat),
                 a->uploadedByName.toHtmlEscaped(), DisplayNames::dateTime(a->uploadedAt)));
    if (!AttachmentTransfer::hasThumbnail(*a))
        m_picture->setPixmap(m_files.files().hasThumbnail(a->sha256)
                                 ? QPixmap(m_files.files().thumbnailPath(a->sha256))
                                 : QPixmap());
    if (m_files.files().localPath(*a).isEmpty()) {
        m_status->setText(tr("Downloading…"));
        m_progress->setRange(0, 0);
        m_progress->show();
    }
    m_files.whenCached(m_caseId, *a, this,
                       [this, generation](const QString &path, const QString &error, bool off) {
                           if (generation == m_loadGeneration)
                               fileArrived(path, error, off);
                       });
    updateControls();
}

void AttachmentViewer::fileArrived(const QString &path, const QString &error, bool offline)
{
    m_progress->hide();
    const Attachment *a = currentAttachment();
    if (path.isEmpty()) {
        m_status->setText(offline ? tr("This file is not on this computer yet and the server "
                                       "cannot be reached. It opens once the connection is back.")
                                  : tr("The file could not be downloaded: %1").arg(error));
        updateControls();
        return;
    }
    m_localPath = path;
    if (!a || !AttachmentTransfer::hasThumbnail(*a)) {
        m_status->setText(tr("A PDF document: open it in your PDF viewer."));
        updateControls();
        return;
    }
    m_status->setText(tr("Loading the image…"));
    const quint64 generation = m_loadGeneration;
    runOffThread<QImage>(
        this,
        [path] {
            QImageReader reader(path);
            reader.setAutoTransform(true);
            return reader.read();
        },
        [this, generation](const QImage &image) {
            if (generation != m_loadGeneration)
                return;
            m_image = image;
            m_status->setText(image.isNull() ? tr("The image cannot be shown.") : QString());
            render();
            updateControls();
        });
}

void AttachmentViewer::render()
{
    if (m_image.isNull())
        return;
    QSize size = m_image.size();
    if (m_zoom <= 0) {
        const QSize room = m_scroll->viewport()->size() - QSize(4, 4);
        if (size.width() > room.width() || size.height() > room.height())
            size.scale(room, Qt::KeepAspectRatio);
    } else {
        size = (QSizeF(size) * m_zoom).toSize();
    }
    const QPixmap pixmap =
        QPixmap::fromImage(m_image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_picture->setPixmap(pixmap);
    m_picture->resize(pixmap.size());
    const int percent = qRound(100.0 * pixmap.width() / qMax(1, m_image.width()));
    m_picture->setAccessibleName(
        tr("%1, shown at %2%").arg(currentAttachment()->fileName).arg(percent));
}

void AttachmentViewer::updateControls()
{
    const bool image = !m_image.isNull();
    m_previous->setEnabled(m_index > 0);
    m_next->setEnabled(m_index + 1 < m_items.size());
    for (QPushButton *b : {m_zoomIn, m_zoomOut, m_actual, m_fit})
        b->setVisible(image);
    const Attachment *a = currentAttachment();
    m_open->setVisible(a && !AttachmentTransfer::hasThumbnail(*a));
    m_open->setEnabled(!m_localPath.isEmpty());
    m_save->setEnabled(a != nullptr);
}

void AttachmentViewer::next()
{
    if (m_index + 1 < m_items.size()) {
        ++m_index;
        m_zoom = 0;
        load();
    }
}

void AttachmentViewer::previous()
{
    if (m_index > 0) {
        --m_index;
        m_zoom = 0;
        load();
    }
}

void AttachmentViewer::zoomIn()
{
    if (m_image.isNull())
        return;
    const double current =
        m_zoom > 0 ? m_zoom : double(m_picture->pixmap().width()) / qMax(1, m_image.width());
    m_zoom = qMin(current * kZoomStep, 8.0);
    render();
}

void AttachmentViewer::zoomOut()
{
    if (m_image.isNull())
        return;
    const double current =
        m_zoom > 0 ? m_zoom : double(m_picture->pixmap().width()) / qMax(1, m_image.width());
    m_zoom = qMax(current / kZoomStep, 0.05);
    render();
}

void AttachmentViewer::zoomActual()
{
    m_zoom = 1.0;
    render();
}

void AttachmentViewer::zoomFit()
{
    m_zoom = 0;
    render();
}

void AttachmentViewer::saveAs()
{
    const Attachment *a = currentAttachment();
    if (!a)
        return;
    const QString target =
        m_chooseSave(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                         .filePath(a->fileName));
    if (target.isEmpty())
        return;
    m_status->setText(tr("Saving %1…").arg(a->fileName));
    m_files.saveCopy(m_caseId, *a, target, this, [this, target](const QString &error) {
        m_status->setText(error.isEmpty() ? tr("Saved as %1.").arg(QDir::toNativeSeparators(target))
                                          : tr("Not saved: %1").arg(error));
        Q_EMIT saved(target, error);
    });
}

void AttachmentViewer::openExternally()
{
    if (!m_localPath.isEmpty())
        m_openUrl(QUrl::fromLocalFile(m_localPath));
}

void AttachmentViewer::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (m_zoom <= 0)
        render();
}

void AttachmentViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        load();
    }
    QDialog::changeEvent(event);
}

void AttachmentViewer::retranslateUi()
{
    const auto set = [](QPushButton *b, const QString &text, const QString &name,
                        const QString &tip) {
        b->setText(text);
        b->setAccessibleName(name);
        b->setToolTip(tip);
    };
    set(m_previous, tr("◀ &Previous"), tr("Previous attachment"), tr("Left arrow or Page Up"));
    set(m_next, tr("&Next ▶"), tr("Next attachment"), tr("Right arrow or Page Down"));
    set(m_zoomOut, tr("Zoom &out"), tr("Zoom out"), tr("Minus key"));
    set(m_zoomIn, tr("Zoom &in"), tr("Zoom in"), tr("Plus key"));
    set(m_actual, tr("&100%"), tr("Actual size"), tr("Key 0"));
    set(m_fit, tr("&Fit"), tr("Fit to the window"), tr("Key F"));
    set(m_open, tr("Open in the PDF &viewer"), tr("Open in the system's PDF viewer"), {});
    set(m_save, tr("&Save as…"), tr("Save a copy of the file"), tr("Ctrl+S"));
    set(m_close, tr("&Close"), tr("Close the viewer"), tr("Esc"));
    m_caption->setAccessibleName(tr("Attachment"));
    m_status->setAccessibleName(tr("Viewer status"));
    m_progress->setAccessibleName(tr("Download progress"));
    m_scroll->setAccessibleName(tr("Image"));
}

} // namespace pakn
