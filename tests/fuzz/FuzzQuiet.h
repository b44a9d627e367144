#pragma once

// The fuzz targets' log: off below critical, or millions of inputs would write
// millions of lines (our categories' info, Qt's image decoders' warnings).
// Crashes and sanitizer reports still go to stderr.

#include <QLoggingCategory>

inline void quietLogs()
{
    QLoggingCategory::setFilterRules(
        QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
}
