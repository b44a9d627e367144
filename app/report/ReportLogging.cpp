#include "ReportLogging.h"

namespace pakn {
Q_LOGGING_CATEGORY(lcReport, "pakn.report")
} // namespace pakn
