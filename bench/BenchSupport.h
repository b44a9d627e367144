#pragma once

// Steps the client benchmarks share: logging a profile in to a real server,
// one sync round into its cache, and printing figures as Markdown table rows.
// Failures are printed to stderr; the callers just stop.

#include "ClientProfile.h"

#include <QList>
#include <QString>

class ServerProcess;

namespace pakn::bench {

// Points `profile` at `server` and logs in as `login` (password "demo").
bool logIn(ClientProfile &profile, const ServerProcess &server, const QString &login);
// Runs one SyncEngine round (outbox, directory, feed) into the profile's cache.
bool syncOnce(const ClientProfile &profile);
// Fetches the whole feed from the start in pages of `pageSize` and decodes
// each page as the sync does (feedPageFromBytes), storing nothing: what the
// server, TLS and decoding cost a first sync. The number of changes, -1 on failure.
int fetchFeedOnly(const ClientProfile &profile, int pageSize);

double percentile(QList<double> values, double p);
// "p50 ms / p95 ms" of millisecond samples.
QString medianAndP95(const QList<double> &ms);
long rssKiB();
// User and system CPU time of this process so far (all its threads).
double cpuSeconds();
void row(const char *what, const QString &value);

} // namespace pakn::bench
