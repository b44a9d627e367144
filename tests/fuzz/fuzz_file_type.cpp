// What a file is from its bytes: the domain's magic-byte check, then the
// server's inspection of an upload or fetched file (type, image decoded,
// thumbnail made). Qt's image decoders are not ours, but what we do with
// their answer is.

#include "FuzzQuiet.h"
#include "attachments/FileInspection.h"
#include "domain/FileSignature.h"

#include <QCoreApplication>

using namespace pakn;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    quietLogs();
    // Image plugins (WebP) are found through the application object, as in pakn-server.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto type = detectFileType(bytes)) {
        (void)contentType(*type);
        (void)fileTypeFromContentType(contentType(*type));
    }
    (void)server::inspectFile(bytes);
    return 0;
}
