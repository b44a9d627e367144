#include "AttachmentStrip.h"

#include "AttachmentIcons.h"
#include "AttachmentViewer.h"
#include "DisplayNames.h"
#include "files/CaseFiles.h"
#include "files/DiskWork.h"

#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pakn {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

QStringList droppedFiles(const QMimeData *mime)
{
    QStringList paths;
    if (mime && mime->hasUrls())
        for (const QUrl &url : mime->urls())
            if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
                paths.append(url.toLocalFile());
    return paths;
}

AttachmentStrip::AttachmentStrip(Mode mode, QWidget *parent)
    : QWidget(parent), m_mode(mode), m_title(new QLabel(this)), m_list(new AttachmentList(this)),
      m_attach(new QPushButton(this))
{
    const bool evidence = mode == Mode::Evidence;
    setObjectName(evidence ? QStringLiteral("evidenceStrip") : QStringLiteral("attachmentStrip"));
    m_list->setObjectName(evidence ? QStringLiteral("evidenceList")
                                   : QStringLiteral("attachmentList"));
    m_attach->setObjectName(evidence ? QStringLiteral("attachEvidence")
                                     : QStringLiteral("attachFiles"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setMovement(QListView::Static);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setIconSize(QSize(ThumbnailSize, ThumbnailSize));
    const int cell = ThumbnailSize + 28;
    m_list->setGridSize(QSize(cell, ThumbnailSize + fontMetrics().height() * 2));
    m_list->setFixedHeight(ThumbnailSize + fontMetrics().height() * 2 + 12);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    setAcceptDrops(true);
    m_list->setAcceptDrops(false); // the strip takes the drop, not the item view
    m_list->setDragEnabled(false);

    m_title->setWordWrap(true); // a narrow case view does not widen the window
    auto *head = new QHBoxLayout;
    head->setContentsMargins(0, 0, 0, 0);
    head->addWidget(m_title, 1);
    head->addWidget(m_attach);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(2);
    layout->addLayout(head);
    layout->addWidget(m_list);

    connect(m_list, &QListWidget::activated, this, [this] { openCurrent(); });
    connect(m_list, &AttachmentList::saveRequested, this, &AttachmentStrip::saveCurrentAs);
    connect(m_list, &AttachmentList::removeRequested, this, [this] {
        if (m_mode == Mode::Evidence)
            withdrawCurrent();
    });
    connect(m_list, &AttachmentList::contextRequested, this, &AttachmentStrip::showMenu);
    connect(m_attach, &QPushButton::clicked, this, &AttachmentStrip::chooseAndAttach);
    m_chooseFiles = [this] {
        return QFileDialog::getOpenFileNames(
            this, m_attach->accessibleName(),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Photos and documents (*.jpg *.jpeg *.png *.webp *.pdf);;All files (*)"));
    };
    m_chooseSave = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save as"), suggested);
    };
    m_openUrl = [](const QUrl &url) { QDesktopServices::openUrl(url); };
    retranslateUi();
    updateVisibility();
}

AttachmentStrip::~AttachmentStrip() = default;

AttachmentViewer *AttachmentStrip::viewer() const
{
    return m_viewer;
}

void AttachmentStrip::setCaseFiles(CaseFiles *files)
{
    if (m_files)
        disconnect(&m_files->transfer(), nullptr, this, nullptr);
    m_files = files;
    if (files)
        connect(&files->transfer(), &AttachmentTransfer::thumbnailReady, this,
                &AttachmentStrip::thumbnailArrived);
    rebuild();
}

void AttachmentStrip::setCase(const std::optional<Case> &c)
{
    const bool sameCase = c && m_case && c->id == m_case->id;
    QList<Attachment> shown;
    if (c)
        for (const Attachment &a : c->attachments)
            if (m_mode == Mode::Case || a.purpose == Attachment::Purpose::Evidence)
                shown.append(a);
    m_case = c;
    if (sameCase && shown == m_shown) {
        updateVisibility(); // the status may have changed what the user may do
        return;
    }
    m_shown = shown;
    rebuild();
    if (m_viewer && !sameCase)
        m_viewer->close();
}

bool AttachmentStrip::canAttach() const
{
    const auto purpose =
        m_mode == Mode::Evidence ? Attachment::Purpose::Evidence : Attachment::Purpose::Report;
    return m_files && m_case && m_files->mayAttach(*m_case, purpose);
}

QList<std::pair<QIcon, QString>> AttachmentStrip::evidenceForPreview() const
{
    QList<std::pair<QIcon, QString>> out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append({m_list->item(i)->icon(), m_list->item(i)->text()});
    return out;
}

void AttachmentStrip::rebuild()
{
    const QString keep = current() ? current()->id : QString();
    m_list->clear();
    for (const Attachment &a : std::as_const(m_shown)) {
        auto *item = new QListWidgetItem(iconFor(a), a.fileName, m_list);
        item->setData(kIdRole, a.id);
        item->setToolTip(tooltipFor(a));
        item->setData(Qt::AccessibleTextRole, a.fileName);
        item->setData(Qt::AccessibleDescriptionRole, tooltipFor(a));
        if (a.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    retranslateUi();
    updateVisibility();
}

void AttachmentStrip::updateVisibility()
{
    const bool may = canAttach();
    m_attach->setVisible(may);
    m_list->setVisible(!m_shown.isEmpty());
    // The case view shows the strip only when there is something in it or to do;
    // the evidence list stays while a reply can have evidence at all.
    const bool replyStage = m_case && (m_case->status == CaseStatus::InProgress ||
                                       m_case->status == CaseStatus::AwaitingApproval);
    setVisible(m_case && (!m_shown.isEmpty() || may || (m_mode == Mode::Evidence && replyStage)));
}

QIcon AttachmentStrip::iconFor(const Attachment &a)
{
    if (!AttachmentTransfer::hasThumbnail(a))
        return attachmentDocumentIcon();
    if (!m_files)
        return attachmentPlaceholderIcon();
    const AttachmentFiles &files = m_files->files();
    if (files.hasThumbnail(a.sha256))
        return QIcon(files.thumbnailPath(a.sha256));
    if (const QString local = files.localPath(a); !local.isEmpty()) {
        // Attached here and not uploaded yet (or the full file is cached):
        // the thumbnail is made from the local copy, off the GUI thread.
        const QString sha = a.sha256;
        runOffThread<QImage>(
            this, [local] { return thumbnailFromFile(local, ThumbnailSize * 2); },
            [this, sha](const QImage &image) {
                if (image.isNull())
                    return;
                for (int i = 0; i < m_list->count(); ++i)
                    if (m_shown.value(i).sha256 == sha)
                        m_list->item(i)->setIcon(QIcon(QPixmap::fromImage(image)));
            });
    } else if (m_case) {
        m_files->transfer().fetchThumbnail(m_case->id, a);
    }
    return attachmentPlaceholderIcon();
}

void AttachmentStrip::thumbnailArrived(const QString &sha256, const QString &path)
{
    for (int i = 0; i < m_list->count() && i < m_shown.size(); ++i)
        if (m_shown[i].sha256 == sha256)
            m_list->item(i)->setIcon(QIcon(path));
}

QString AttachmentStrip::tooltipFor(const Attachment &a) const
{
    const QString size = QLocale().formattedDataSize(a.size, 1, QLocale::DataSizeTraditionalFormat);
    QString text = a.fileName + QLatin1Char('\n') +
                   tr("%1, %2").arg(fileKind(a.contentType), size) + QLatin1Char('\n') +
                   tr("Attached by %1 on %2")
                       .arg(a.uploadedByName.isEmpty() ? tr("(unknown)") : a.uploadedByName,
                            DisplayNames::dateTime(a.uploadedAt));
    if (m_mode == Mode::Case && a.purpose == Attachment::Purpose::Evidence)
        text += QLatin1Char('\n') + tr("Evidence for the reply");
    if (m_files && m_files->files().localPath(a) == m_files->files().pendingPath(a.id) &&
        !m_files->files().hasFile(a.sha256) && !m_files->files().localPath(a).isEmpty())
        text += QLatin1Char('\n') + tr("Waiting to be uploaded");
    return text;
}

QString AttachmentStrip::fileKind(const QString &contentType)
{
    if (contentType == QLatin1String("application/pdf"))
        return tr("PDF document");
    if (contentType == QLatin1String("image/jpeg"))
        return tr("JPEG photo");
    if (contentType == QLatin1String("image/png"))
        return tr("PNG image");
    if (contentType == QLatin1String("image/webp"))
        return tr("WebP image");
    return contentType;
}

std::optional<Attachment> AttachmentStrip::current() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_shown.size())
        return std::nullopt;
    return m_shown[row];
}

void AttachmentStrip::chooseAndAttach()
{
    if (!canAttach())
        return;
    attachFiles(m_chooseFiles());
}

void AttachmentStrip::attachFiles(const QStringList &paths)
{
    if (paths.isEmpty() || !m_files || !m_case)
        return;
    m_files->attach(m_case->id, paths,
                    m_mode == Mode::Evidence ? Attachment::Purpose::Evidence
                                             : Attachment::Purpose::Report);
}

void AttachmentStrip::openCurrent()
{
    const int row = m_list->currentRow();
    if (!m_files || !m_case || row < 0 || row >= m_shown.size())
        return;
    if (!m_viewer) {
        m_viewer = new AttachmentViewer(*m_files, this);
        m_viewer->setAttribute(Qt::WA_DeleteOnClose);
        m_viewer->setSaveChooser(m_chooseSave);
        m_viewer->setUrlOpener(m_openUrl);
    }
    m_viewer->show(m_case->id, m_shown, row);
}

void AttachmentStrip::saveCurrentAs()
{
    const auto a = current();
    if (!a || !m_files || !m_case)
        return;
    const QString target =
        m_chooseSave(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                         .filePath(a->fileName));
    if (target.isEmpty())
        return;
    Q_EMIT message(tr("Saving %1…").arg(a->fileName));
    m_files->saveCopy(m_case->id, *a, target, this, [this, target](const QString &error) {
        Q_EMIT message(error.isEmpty() ? tr("Saved as %1.").arg(QDir::toNativeSeparators(target))
                                       : tr("Not saved: %1").arg(error));
    });
}

void AttachmentStrip::withdrawCurrent()
{
    const auto a = current();
    if (!a || !m_files || !m_case)
        return;
    if (const QString why = m_files->whyNotWithdraw(m_case->id, *a); !why.isEmpty()) {
        Q_EMIT message(why);
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Withdraw evidence"),
                    tr("Withdraw %1 from the reply's evidence?").arg(a->fileName),
                    QMessageBox::NoButton, this);
    QPushButton *yes = ask.addButton(tr("&Withdraw"), QMessageBox::AcceptRole);
    ask.addButton(tr("&Keep"), QMessageBox::RejectRole);
    ask.setDefaultButton(yes);
    ask.exec();
    if (ask.clickedButton() != yes)
        return;
    QString error;
    if (!m_files->withdraw(m_case->id, a->id, &error))
        Q_EMIT message(error);
}

void AttachmentStrip::showMenu(const QPoint &globalPos)
{
    const auto a = current();
    if (!a)
        return;
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, &AttachmentStrip::openCurrent);
    QAction *save = menu.addAction(tr("&Save as…"), this, &AttachmentStrip::saveCurrentAs);
    save->setShortcut(QKeySequence::Save);
    if (m_mode == Mode::Evidence && m_files && m_case &&
        m_files->whyNotWithdraw(m_case->id, *a).isEmpty()) {
        QAction *remove =
            menu.addAction(tr("&Withdraw from the reply"), this, &AttachmentStrip::withdrawCurrent);
        remove->setShortcut(QKeySequence(Qt::Key_Delete));
    }
    menu.exec(globalPos);
}

void AttachmentStrip::dragEnterEvent(QDragEnterEvent *event)
{
    if (canAttach() && !droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AttachmentStrip::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedFiles(event->mimeData());
    if (!canAttach() || paths.isEmpty())
        return;
    event->acceptProposedAction();
    attachFiles(paths);
}

void AttachmentStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        for (int i = 0; i < m_list->count() && i < m_shown.size(); ++i)
            m_list->item(i)->setToolTip(tooltipFor(m_shown[i]));
    }
    QWidget::changeEvent(event);
}

void AttachmentStrip::retranslateUi()
{
    if (m_mode == Mode::Evidence) {
        m_title->setText(m_shown.isEmpty()
                             ? tr("Evidence with the reply: none attached yet")
                             : tr("Evidence with the reply (%1)").arg(m_shown.size()));
        m_attach->setText(tr("Attach evidence…"));
        m_attach->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)); // after setText
        m_attach->setToolTip(tr("Attach photos or documents that show what was done "
                                "(Ctrl+Shift+A); you can also drop files here"));
        m_attach->setAccessibleName(tr("Attach evidence"));
        m_list->setAccessibleName(tr("Evidence with the reply"));
    } else {
        m_title->setText(m_shown.isEmpty() ? tr("Photos and files: none")
                                           : tr("Photos and files (%1)").arg(m_shown.size()));
        m_attach->setText(tr("&Attach…"));
        m_attach->setToolTip(tr("Attach photos or PDF documents to the case; you can also drop "
                                "files on the case view"));
        m_attach->setAccessibleName(tr("Attach files to the case"));
        m_list->setAccessibleName(tr("Photos and files of the case"));
    }
    m_list->setAccessibleDescription(
        tr("Enter opens the viewer, Ctrl+S saves a copy, the context menu key shows more"));
}

} // namespace pakn
