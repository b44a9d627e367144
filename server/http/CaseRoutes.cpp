#include "http/CaseRoutes.h"

#include "http/CaseJsonWriter.h"

namespace pakn::server {

CaseRoutes::CaseRoutes(CaseRepository &cases, CaseActionService &actions,
                       ReferenceInForce &reference, ActionWriter &writer)
    : m_cases(cases), m_actions(actions), m_reference(reference), m_writer(writer)
{}

void CaseRoutes::addTo(RouteTable &routes)
{
    using M = RouteTable::Method;
    routes.addWithId(
        M::Get, QStringLiteral("/api/v1/cases/<arg>"),
        [this](const Caller &c, qint64 id, const QHttpServerRequest &) { return get(c, id); });
    routes.addWaitingWithId(
        M::Post, QStringLiteral("/api/v1/cases/<arg>/actions"),
        [this](const Caller &c, qint64 id, const QHttpServerRequest &r, PendingAnswer answer) {
            ApiReply failure;
            auto request = m_actions.read(r.body(), &failure);
            if (!request)
                return answer.send(failure);
            // On a database error the last good set stays in force.
            m_reference.refresh();
            // std::function needs a copyable callable: the answer is shared.
            auto pending = std::make_shared<PendingAnswer>(std::move(answer));
            m_writer.submit(c, id, std::move(*request), m_reference.rules(),
                            [pending](const ApiReply &reply) { pending->send(reply); });
        });
}

ApiReply CaseRoutes::get(const Caller &caller, CaseId id)
{
    // The case's stored feed JSON is its detail too: one indexed read.
    CaseFeedJson &json = m_cases.feedJson();
    const auto stored = json.stored(id);
    if (!stored && json.failed())
        return ApiReply::internal();
    if (stored && !stored->json.isEmpty()) {
        if (!caller.scope.contains(stored->unitId))
            return ApiReply::notFound(QStringLiteral("No such case"));
        return {200, QByteArrayLiteral("{\"case\":") + stored->json + '}'};
    }
    const auto found = m_cases.find(id);
    if (!found && m_cases.failed())
        return ApiReply::internal();
    // Another unit's case answers exactly like a missing one: ids reveal nothing.
    if (!found || !caller.scope.contains(found->unitId))
        return ApiReply::notFound(QStringLiteral("No such case"));
    return {200, caseReplyBody(*found)};
}

} // namespace pakn::server
