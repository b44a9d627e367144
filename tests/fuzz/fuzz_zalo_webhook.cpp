// The Zalo webhook's reading of an event, as ZaloWebhook::handle does it before
// anything is stored: the body as a JSON object, the event parsed from it, and
// the X-ZEvent-Signature check over the raw body and the event's timestamp.
// The input's first line is the signature header, the rest the body.

#include "FuzzQuiet.h"
#include "http/ApiReply.h"
#include "zalo/ZaloEvent.h"
#include "zalo/ZaloSignature.h"

using namespace pakn::server;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    quietLogs();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray header = newline < 0 ? QByteArray() : input.left(newline);
    const QByteArray body = newline < 0 ? input : input.mid(newline + 1);

    ApiReply failure;
    const auto object = parseJsonObject(body, &failure);
    if (!object)
        return 0;
    const auto event = ZaloEvent::parse(*object);
    if (!event)
        return 0;
    (void)event->isMessage();
    static const ZaloSignature signature(QStringLiteral("fuzz-app"), QStringLiteral("fuzz-secret"));
    (void)signature.matches(header, body, event->timestamp);
    // The signature it expects must be the one it accepts.
    if (!signature.matches(signature.expected(body, event->timestamp), body, event->timestamp))
        __builtin_trap();
    return 0;
}
