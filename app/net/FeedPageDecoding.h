#pragma once

// A change feed page's structure ({"changes": [{"seq", "case"|"removed"}],
// "cursor", "more"}), read the same way from a QJsonObject (ApiPayloads) and
// from simdjson (QuickFeedPage): see domain/CaseDecoding.h for what `Object`
// offers. Each case's JSON (FeedChange::asSent) is left for the caller.

#include "cache/CaseStore.h"
#include "domain/CaseDecoding.h"

namespace pakn::decoding {

// A JSON number that is a whole number >= minimum, else nullopt.
template <typename Value> std::optional<qint64> wholeNumber(const Value &v, qint64 minimum)
{
    if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < minimum)
        return std::nullopt;
    return v.toInteger();
}

template <typename Object> std::optional<FeedPage> feedPageFrom(const Object &body, QString *error)
{
    FeedPage page;
    const auto cursor = wholeNumber(body.value(QLatin1String("cursor")), 0);
    const auto more = body.value(QLatin1String("more"));
    const auto changes = body.value(QLatin1String("changes"));
    if (!cursor || !more.isBool() || !changes.isArray()) {
        *error = QStringLiteral("the page needs \"changes\" (array), \"cursor\" (integer) and "
                                "\"more\" (boolean)");
        return std::nullopt;
    }
    page.cursor = *cursor;
    page.more = more.toBool();
    const auto list = changes.toArray();
    page.changes.reserve(qsizetype(list.size()));
    qint64 previousSeq = 0;
    for (const auto &v : list) {
        const auto o = v.toObject();
        const auto seq = wholeNumber(o.value(QLatin1String("seq")), 1);
        const QString where = QStringLiteral("change %1: ").arg(page.changes.size());
        if (!v.isObject() || !seq || *seq <= previousSeq || *seq > page.cursor) {
            *error = where + QStringLiteral("missing, unordered or beyond the cursor \"seq\"");
            return std::nullopt;
        }
        previousSeq = *seq;
        FeedChange change;
        change.seq = *seq;
        const auto c = o.value(QLatin1String("case"));
        const auto removedValue = o.value(QLatin1String("removed"));
        if (c.isUndefined() == removedValue.isUndefined()) {
            *error = where + QStringLiteral("needs exactly one of \"case\" and \"removed\"");
            return std::nullopt;
        }
        if (!c.isUndefined()) {
            QString why;
            change.item = c.isObject() ? caseFrom(c.toObject(), &why) : std::nullopt;
            if (!change.item) {
                *error =
                    where + (why.isEmpty() ? QStringLiteral("\"case\" is not an object") : why);
                return std::nullopt;
            }
        } else {
            const auto removed = wholeNumber(removedValue, 1);
            if (!removed) {
                *error = where + QStringLiteral("\"removed\" is not a positive integer");
                return std::nullopt;
            }
            change.removedId = *removed;
        }
        page.changes.append(std::move(change));
    }
    return page;
}

} // namespace pakn::decoding
