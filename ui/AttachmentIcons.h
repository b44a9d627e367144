#pragma once

// The pictures of the attachment strip that are not thumbnails: a frame
// while a thumbnail downloads, a page for documents; and a thumbnail made
// from a local file (attached here, not uploaded yet). thumbnailFromFile
// decodes scaled down and may run off the GUI thread.

#include <QIcon>
#include <QImage>

namespace pakn {

QIcon attachmentPlaceholderIcon();
QIcon attachmentDocumentIcon();
QImage thumbnailFromFile(const QString &path, int longestSide);

} // namespace pakn
