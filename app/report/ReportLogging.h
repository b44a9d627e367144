#pragma once

// The logging category of the report writers.

#include <QLoggingCategory>

namespace pakn {
Q_DECLARE_LOGGING_CATEGORY(lcReport) // pakn.report: report files written or refused
} // namespace pakn
