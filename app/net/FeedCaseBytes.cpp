#include "net/FeedCaseBytes.h"

#include <simdjson.h>

namespace pakn {

namespace {

namespace od = simdjson::ondemand;

// A change's "case" members (a second one in a change makes the counts differ).
std::optional<QList<QByteArray>> casesOf(od::array &changes)
{
    QList<QByteArray> cases;
    for (auto element : changes) {
        od::object change;
        if (element.get_object().get(change))
            return std::nullopt;
        for (auto field : change) {
            std::string_view key;
            if (field.unescaped_key().get(key))
                return std::nullopt;
            if (key != "case")
                continue; // skipped unread
            od::object item;
            std::string_view raw;
            if (field.value().get_object().get(item) || item.raw_json().get(raw))
                return std::nullopt;
            // The view runs on to the next token: the whitespace after the '}' goes.
            cases.append(QByteArray(raw.data(), qsizetype(raw.size())).trimmed());
        }
    }
    return cases;
}

std::optional<QList<QByteArray>> feedCaseBytes(QByteArray page)
{
    const auto length = size_t(page.size());
    // simdjson reads a few bytes past the end in wide loads: they must be ours.
    page.reserve(page.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    od::parser parser;
    od::document doc;
    od::object top;
    if (parser.iterate(page.constData(), length, size_t(page.capacity())).get(doc) ||
        doc.get_object().get(top))
        return std::nullopt;
    // Every member is looked at: a second "changes" (QJsonDocument keeps the
    // last) must not pair one array's bytes with the other's cases.
    std::optional<QList<QByteArray>> cases;
    for (auto member : top) {
        std::string_view key;
        if (member.unescaped_key().get(key))
            return std::nullopt;
        if (key != "changes")
            continue;
        od::array changes;
        if (cases || member.value().get_array().get(changes))
            return std::nullopt;
        cases = casesOf(changes);
        if (!cases)
            return std::nullopt;
    }
    return cases;
}

} // namespace

bool pairCasesWithTheirBytes(FeedPage &page, QByteArray bytes)
{
    const auto cases = feedCaseBytes(std::move(bytes));
    qsizetype withCase = 0;
    for (const FeedChange &change : std::as_const(page.changes))
        withCase += change.item ? 1 : 0;
    if (!cases || cases->size() != withCase)
        return false;
    qsizetype next = 0;
    for (FeedChange &change : page.changes)
        if (change.item)
            change.asSent = cases->at(next++);
    return true;
}

} // namespace pakn
