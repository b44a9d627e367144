#pragma once

// Taking options out of a command's arguments, shared by the commands.

#include <QStringList>
#include <optional>

namespace pakn {

// Takes "--name value" out of args; returns the value, or nullopt when absent
// (with *problem set when the value is missing).
inline std::optional<QString> takeOption(QStringList &args, const QString &name, QString *problem)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0)
        return std::nullopt;
    if (i + 1 >= args.size()) {
        *problem = name + QStringLiteral(" needs a value");
        return std::nullopt;
    }
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

inline bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

} // namespace pakn
