#pragma once

// A closed vocabulary's stable wire codes, looked up both ways.

#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace pakn {

template <typename E> using CodeList = QList<std::pair<E, QString>>;

template <typename E> QString codeIn(const CodeList<E> &rows, E value)
{
    for (const auto &[v, code] : rows)
        if (v == value)
            return code;
    return {};
}

template <typename E> std::optional<E> valueIn(const CodeList<E> &rows, const QString &code)
{
    for (const auto &[v, c] : rows)
        if (c == code)
            return v;
    return std::nullopt;
}

} // namespace pakn
