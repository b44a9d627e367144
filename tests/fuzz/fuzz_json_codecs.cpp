// The JSON codecs the client decodes the server's answers with (domain
// JsonCodec, ReferenceDataJson and the answers of net/ApiPayloads), fed
// arbitrary bytes. Whatever decodes must encode and decode again to the same
// JSON (a value the cache stores is re-read from its own encoding).

#include "FuzzQuiet.h"
#include "domain/JsonCodec.h"
#include "domain/ReferenceDataJson.h"
#include "net/ApiPayloads.h"

#include <QJsonDocument>
#include <cstdio>
#include <cstdlib>

using namespace pakn;

namespace {

// encode(decode(encode(x))) == encode(x), or the codec lost or invented something.
template <typename T>
void checkStable(const std::optional<T> &value,
                 std::optional<T> (*decode)(const QJsonObject &, QString *))
{
    if (!value)
        return;
    const QJsonObject once = toJson(*value);
    QString error;
    const std::optional<T> again = decode(once, &error);
    if (!again || toJson(*again) != once) {
        std::fprintf(stderr, "re-encoding changed a decoded value: %s\n%s\n", qPrintable(error),
                     QJsonDocument(once).toJson().constData());
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    quietLogs();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    const QJsonObject o = doc.object();
    QString error;

    checkStable(caseFromJson(o, &error), &caseFromJson);
    checkStable(caseEventFromJson(o, &error), &caseEventFromJson);
    checkStable(unitFromJson(o, &error), &unitFromJson);
    checkStable(accountFromJson(o, &error), &accountFromJson);
    checkStable(attachmentFromJson(o, &error), &attachmentFromJson);
    checkStable(extensionRequestFromJson(o, &error), &extensionRequestFromJson);
    (void)referenceDataFromJson(o, &error);

    (void)unitsFromAnswer(o, &error);
    (void)accountsFromAnswer(o, &error);
    (void)caseFromAnswer(o, &error);
    (void)feedPageFromAnswer(o, &error);
    (void)figureCasesFromAnswer(o, &error);
    return 0;
}
