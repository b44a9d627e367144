#include "WalkTables.h"

#include <QJsonValue>

namespace walk {

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

qint64 unitOf(const QJsonObject &c)
{
    return c.value(QStringLiteral("unitId")).toInteger();
}

// Phường Kim Mã, or Phường Ngọc Hà for a case that is already at Kim Mã.
qint64 otherUnit(const World &w, const QJsonObject &c)
{
    const qint64 kimMa = w.unitIds.value(text("Phường Kim Mã"));
    return unitOf(c) == kimMa ? w.unitIds.value(text("Phường Ngọc Hà")) : kimMa;
}

// An enabled officer of the case's unit (0 when it has none, e.g. a case not routed yet).
qint64 officerOf(const World &w, const QJsonObject &c)
{
    for (const QJsonObject &a : w.accounts)
        if (a.value(QStringLiteral("role")).toString() == QLatin1String("officer") &&
            a.value(QStringLiteral("unitId")).toInteger() == unitOf(c) &&
            !a.value(QStringLiteral("disabled")).toBool())
            return a.value(QStringLiteral("id")).toInteger();
    return 0;
}

QJsonObject with(const QString &key, const QJsonValue &value)
{
    return {{key, value}};
}

ParamBuilder fixed(const QJsonObject &params)
{
    return [params](World &, const QJsonObject &) { return params; };
}

} // namespace

const QHash<QString, ParamBuilder> &parameters()
{
    const QString reason = QStringLiteral("reason");
    static const QHash<QString, ParamBuilder> table = {
        {QStringLiteral("route"),
         [](World &w, const QJsonObject &c) {
             return QJsonObject{{QStringLiteral("unitId"), otherUnit(w, c)},
                                {QStringLiteral("field"), QStringLiteral("roads")},
                                {QStringLiteral("urgency"), QStringLiteral("normal")}};
         }},
        {QStringLiteral("refuse"), fixed(with(reason, text("Nội dung không thuộc thẩm quyền")))},
        {QStringLiteral("accept"), fixed({})},
        {QStringLiteral("return"), fixed(with(reason, text("Không thuộc địa bàn phường")))},
        {QStringLiteral("transfer"),
         [reason](World &w, const QJsonObject &c) {
             return QJsonObject{{QStringLiteral("unitId"), otherUnit(w, c)},
                                {reason, text("Vị trí thuộc phường bên cạnh")}};
         }},
        {QStringLiteral("assign"),
         [](World &w, const QJsonObject &c) {
             return with(QStringLiteral("officerId"), officerOf(w, c));
         }},
        {QStringLiteral("note"), fixed(with(QStringLiteral("text"), text("Đã gọi điện xác minh")))},
        {QStringLiteral("draft_reply"),
         fixed(with(QStringLiteral("text"), text("Dự thảo: phường đã kiểm tra hiện trường.")))},
        {QStringLiteral("submit_reply"),
         fixed(with(QStringLiteral("text"), text("Phường đã xử lý xong, ảnh kèm theo.")))},
        {QStringLiteral("send_back"),
         fixed(with(QStringLiteral("comment"), text("Bổ sung ảnh sau khi xử lý")))},
        {QStringLiteral("approve"),
         fixed(with(QStringLiteral("text"), text("Kính gửi ông/bà: đã xử lý xong.")))},
        {QStringLiteral("request_extension"),
         [reason](World &w, const QJsonObject &) {
             return QJsonObject{{reason, text("Cần phối hợp với công ty thoát nước")},
                                {QStringLiteral("proposedDeadline"),
                                 w.now.addDays(21).toUTC().toString(Qt::ISODateWithMs)}};
         }},
        {QStringLiteral("grant_extension"), fixed({})},
        {QStringLiteral("deny_extension"), fixed(with(reason, text("Không đủ căn cứ gia hạn")))},
        {QStringLiteral("reopen"), fixed(with(reason, text("Công dân báo chưa khắc phục")))},
        {QStringLiteral("close"), fixed({})},
        {QStringLiteral("reveal_contact"), fixed({})},
        {QStringLiteral("merge"),
         [](World &w, const QJsonObject &) {
             return with(QStringLiteral("intoCaseId"), w.takeCase(QStringLiteral("in_progress")));
         }},
        // Not satisfied keeps the status the table gives (answered); a satisfied or
        // acceptable rating also closes the case (tst_workflowlifecycle, tst_api_lifecycle).
        {QStringLiteral("rate"),
         fixed(with(QStringLiteral("rating"), QStringLiteral("not_satisfied")))},
    };
    return table;
}

const QHash<QString, QStringList> &loginsByRole()
{
    // walk.officer.* are second officers of Kim Mã and Ngọc Hà (made by the walk),
    // so that each case has an officer who is not its assignee.
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("coordinator"), {QStringLiteral("coordinator")}},
        {QStringLiteral("admin"), {QStringLiteral("admin")}},
        {QStringLiteral("supervisor"), {QStringLiteral("supervisor")}},
        {QStringLiteral("leader"), {QStringLiteral("leader"), QStringLiteral("leader2")}},
        {QStringLiteral("officer"),
         {QStringLiteral("officer"), QStringLiteral("officer2"),
          QStringLiteral("walk.officer.kim-ma"), QStringLiteral("walk.officer.ngoc-ha")}},
        {QStringLiteral("channel"), {}},
    };
    return table;
}

namespace {
QList<Step> requestWhileAwaitingApproval()
{
    return {{QStringLiteral("leader"), QStringLiteral("send_back")},
            {QStringLiteral("assignee"), QStringLiteral("request_extension")},
            {QStringLiteral("assignee"), QStringLiteral("submit_reply")}};
}
} // namespace

const QHash<QString, QList<Step>> &preparations()
{
    static const QHash<QString, QList<Step>> table = {
        {QStringLiteral("grant_extension"),
         {{QStringLiteral("assignee"), QStringLiteral("request_extension")}}},
        {QStringLiteral("deny_extension"),
         {{QStringLiteral("assignee"), QStringLiteral("request_extension")}}},
        // Awaiting approval with a request waiting: sent back, asked, submitted again.
        {QStringLiteral("grant_extension@awaiting_approval"), requestWhileAwaitingApproval()},
        {QStringLiteral("deny_extension@awaiting_approval"), requestWhileAwaitingApproval()},
        // A request already waits (demo data has some): the leader decides it first.
        {QStringLiteral("request_extension"),
         {{QStringLiteral("leader"), QStringLiteral("deny_extension")}}},
        // Rated once per answer: a rated (not satisfied) answer is reopened and answered again.
        {QStringLiteral("rate"),
         {{QStringLiteral("leader"), QStringLiteral("reopen")},
          {QStringLiteral("assignee"), QStringLiteral("submit_reply")},
          {QStringLiteral("leader"), QStringLiteral("approve")}}},
    };
    return table;
}

} // namespace walk
