#pragma once

// Open311 GeoReport v2 under /open311/v2/ (docs/API.md, "Open311 GeoReport
// v2"): discovery, services, a service's definition, POST and GET requests, a
// request, tokens — each as .json or .xml. Public routes: no staff token;
// posting needs a client application's api_key (Open311Submission).

#include "http/RouteTable.h"
#include "open311/Open311Evidence.h"
#include "open311/Open311Format.h"
#include "open311/Open311Submission.h"
#include "reference/ReferenceInForce.h"
#include "storage/Open311RequestRepository.h"

namespace pakn::server {

class Open311Routes
{
public:
    Open311Routes(Open311Submission &submission, Open311RequestRepository &requests,
                  Open311Evidence &evidence, ReferenceInForce &reference,
                  std::function<QDateTime()> clock);

    void addTo(RouteTable &routes);

    static constexpr int maxPage = 1000;

private:
    ApiReply discovery(Open311Format format, const QHttpServerRequest &request);
    ApiReply services(Open311Format format);
    ApiReply definition(Open311Format format, const QString &code);
    ApiReply submit(Open311Format format, const QHttpServerRequest &request);
    ApiReply list(Open311Format format, const QHttpServerRequest &request);
    ApiReply one(Open311Format format, const QString &id, const QHttpServerRequest &request);
    // `single`: one request asked for by id, a 404 when there is none.
    ApiReply requestsReply(Open311Format format, const Open311RequestFilter &filter,
                           const QHttpServerRequest &request, bool single = false);

    Open311Submission &m_submission;
    Open311RequestRepository &m_requests;
    Open311Evidence &m_evidence;
    ReferenceInForce &m_reference;
    std::function<QDateTime()> m_clock;
};

} // namespace pakn::server
