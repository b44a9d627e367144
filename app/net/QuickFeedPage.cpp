#include "net/QuickFeedPage.h"

#include "net/FeedCaseBytes.h"
#include "net/FeedPageDecoding.h"
#include "net/SimdjsonMembers.h"

namespace pakn {

std::optional<FeedPage> quickFeedPage(QByteArray bytes)
{
    using namespace simdjsonview;
    const auto length = size_t(bytes.size());
    // simdjson reads a few bytes past the end in wide loads: they must be ours.
    bytes.reserve(bytes.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    simdjson::dom::object top;
    if (parser.parse(bytes.constData(), length, false).get(root) || root.get_object().get(top))
        return std::nullopt;
    Doubts doubts;
    QString error;
    auto page = decoding::feedPageFrom(DomObject(top, &doubts), &error);
    if (!page || doubts.any)
        return std::nullopt;
    const auto cases = feedCaseBytes(std::move(bytes));
    qsizetype withCase = 0;
    for (const FeedChange &change : std::as_const(page->changes))
        withCase += change.item ? 1 : 0;
    if (!cases || cases->size() != withCase)
        return std::nullopt;
    qsizetype next = 0;
    for (FeedChange &change : page->changes)
        if (change.item)
            change.asSent = cases->at(next++);
    return page;
}

} // namespace pakn
