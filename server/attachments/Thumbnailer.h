#pragma once

// Reads an uploaded image once, at upload time: its size as people see it
// (EXIF orientation applied) and a JPEG thumbnail whose longest side is at
// most 320 px. A file whose magic bytes say "image" but that does not decode
// is refused, so nothing stored claims to be a picture it is not. Needs only
// QtGui's image classes, no QGuiApplication.

#include <QByteArray>
#include <QString>
#include <optional>

namespace pakn::server {

struct ImageFacts
{
    int width = 0; // as displayed, after the EXIF orientation
    int height = 0;
    QByteArray thumbnailJpeg;
};

class Thumbnailer
{
public:
    static constexpr int longestSide = 320;
    static constexpr int jpegQuality = 80;

    // nullopt with a message for people in `error` when the image does not decode.
    static std::optional<ImageFacts> read(const QByteArray &bytes, QString *error);
};

} // namespace pakn::server
