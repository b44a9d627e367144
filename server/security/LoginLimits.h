#pragma once

// How many failed logins LoginThrottle lets through: `perAccount` for one
// login or `perAddress` from one source address within `window`. The address
// limit is higher: an office's staff may share one public address (NAT).

#include <chrono>

namespace pakn::server {

struct LoginLimits
{
    int perAccount = 5;
    int perAddress = 30;
    std::chrono::seconds window = std::chrono::minutes(15);
};

} // namespace pakn::server
