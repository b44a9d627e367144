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
    if (!pairCasesWithTheirBytes(*page, std::move(bytes)))
        return std::nullopt;
    return page;
}

} // namespace pakn
