// Every endpoint × every caller (anonymous and each role) × own/foreign scope,
// against one table of expected HTTP statuses. The table must name every
// route the server registers and every endpoint docs/API.md documents, so a
// new endpoint cannot be added without deciding who may call it.

#include "AdminTestSupport.h"
#include "TestFiles.h"

#include "domain/CaseTypes.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace admintest;

namespace {

// The callers, one column each: "anonymous" (no token), then one demo account per role.
const QStringList callers = {QStringLiteral("anonymous"),  QStringLiteral("coordinator"),
                             QStringLiteral("leader"),     QStringLiteral("officer"),
                             QStringLiteral("supervisor"), QStringLiteral("admin"),
                             QStringLiteral("channel")};
// The account that plays each role: the leader and officer of Phường Kim Mã, the
// supervisor of Quận Ba Đình (Kim Mã and Ngọc Hà are in its subtree).
const QHash<QString, QString> loginOfCaller = {
    {QStringLiteral("coordinator"), QStringLiteral("coordinator")},
    {QStringLiteral("leader"), QStringLiteral("leader")},
    {QStringLiteral("officer"), QStringLiteral("officer")},
    {QStringLiteral("supervisor"), QStringLiteral("supervisor")},
    {QStringLiteral("admin"), QStringLiteral("admin")},
    {QStringLiteral("channel"), QStringLiteral("zalo")},
};

struct Row
{
    const char *route;   // "METHOD /path" exactly as the server registers it
    const char *arg;     // what each "<arg>" stands for: fixture names (see MatrixTest::fixture),
                         // separated by '/' when the route has two
    const char *body;    // JSON with "@name" fixture values; nullptr for GET; "@png" for a file
    QList<int> expected; // one status per column of `callers`
    bool freshToken = false; // the request ends the session: use a throwaway login
};

// Case fixtures (all in_progress, so `note` is possible): @own in Phường Kim Mã,
// @sibling in Phường Ngọc Hà (same district: the supervisor's, not the leader's
// or officer's), @far in Xã Uy Nỗ (nobody's but the city's), @missing no such case.
// Admin rows change throwaway units and accounts made in initTestCase().
// Attachments: @upload is a fresh UUID, @photo the report photo the coordinator
// put on the row's case, @evidence evidence its unit's officer puts there just
// before the call (so each caller withdraws its own).
const char *const note = R"({"action": "note", "key": "@key", "baseVersion": "@version",
                             "params": {"text": "Kiểm tra quyền truy cập"}})";
// clang-format off
const QList<Row> matrix = {
    // route, what <arg> is, body                                                      anon coord leader offic super admin chan
    {"POST /api/v1/login", "", R"({"login": "officer2", "password": "demo"})",          {200, 200, 200, 200, 200, 200, 200}},
    {"POST /api/v1/logout", "", "{}",                                                   {401, 200, 200, 200, 200, 200, 200}, true},
    {"GET /api/v1/me", "", nullptr,                                                     {401, 200, 200, 200, 200, 200, 200}},
    // A wrong current password: every signed-in caller may try, nothing changes.
    {"POST /api/v1/password", "", R"({"currentPassword": "sai-mat-khau", "newPassword": "moi-mat-khau"})", {401, 403, 403, 403, 403, 403, 403}},
    {"GET /api/v1/units", "", nullptr,                                                  {401, 200, 200, 200, 200, 200, 200}},
    {"GET /api/v1/users", "", nullptr,                                                  {401, 200, 200, 200, 200, 200, 200}},
    {"GET /api/v1/feed", "", nullptr,                                                   {401, 200, 200, 200, 200, 200, 200}},
    // A long poll: after 0 every scope with a case answers at once; 1 s bounds the others.
    {"GET /api/v1/feed/wait", "?after=0&timeout=1", nullptr,                            {401, 200, 200, 200, 200, 200, 200}},
    {"GET /api/v1/cases/<arg>", "@own", nullptr,                                        {401, 200, 200, 200, 200, 200, 200}},
    {"GET /api/v1/cases/<arg>", "@sibling", nullptr,                                    {401, 200, 404, 404, 200, 200, 200}},
    {"GET /api/v1/cases/<arg>", "@far", nullptr,                                        {401, 200, 404, 404, 404, 200, 200}},
    {"GET /api/v1/cases/<arg>", "@missing", nullptr,                                    {401, 404, 404, 404, 404, 404, 404}},
    {"POST /api/v1/cases/<arg>/actions", "@own", note,                                  {401, 200, 200, 200, 403, 403, 403}},
    {"POST /api/v1/cases/<arg>/actions", "@sibling", note,                              {401, 200, 404, 404, 403, 403, 403}},
    {"POST /api/v1/cases/<arg>/actions", "@far", note,                                  {401, 200, 404, 404, 404, 403, 403}},
    {"POST /api/v1/cases/<arg>/actions", "@missing", note,                              {401, 404, 404, 404, 404, 404, 404}},
    // Staff intake: the staff who take reports (coordinators, leaders, officers).
    {"POST /api/v1/cases", "", R"({"key": "@key", "channel": "hotline", "description": "Đèn đường hỏng"})",
                                                                                        {401, 201, 201, 201, 403, 403, 403}},
    {"PUT /api/v1/cases/<arg>/attachments/<arg>", "@own/@upload", "@png",               {401, 201, 201, 201, 403, 403, 201}},
    {"PUT /api/v1/cases/<arg>/attachments/<arg>", "@sibling/@upload", "@png",           {401, 201, 404, 404, 403, 403, 201}},
    {"PUT /api/v1/cases/<arg>/attachments/<arg>", "@far/@upload", "@png",               {401, 201, 404, 404, 404, 403, 201}},
    {"PUT /api/v1/cases/<arg>/attachments/<arg>", "@missing/@upload", "@png",           {401, 404, 404, 404, 404, 404, 404}},
    {"GET /api/v1/cases/<arg>/attachments/<arg>", "@own/@photo", nullptr,               {401, 200, 200, 200, 200, 200, 200}},
    {"GET /api/v1/cases/<arg>/attachments/<arg>", "@sibling/@photo", nullptr,           {401, 200, 404, 404, 200, 200, 200}},
    {"GET /api/v1/cases/<arg>/attachments/<arg>", "@far/@photo", nullptr,               {401, 200, 404, 404, 404, 200, 200}},
    {"GET /api/v1/cases/<arg>/attachments/<arg>", "@missing/@upload", nullptr,          {401, 404, 404, 404, 404, 404, 404}},
    {"GET /api/v1/cases/<arg>/attachments/<arg>/thumbnail", "@own/@photo", nullptr,     {401, 200, 200, 200, 200, 200, 200}},
    {"GET /api/v1/cases/<arg>/attachments/<arg>/thumbnail", "@sibling/@photo", nullptr, {401, 200, 404, 404, 200, 200, 200}},
    {"GET /api/v1/cases/<arg>/attachments/<arg>/thumbnail", "@far/@photo", nullptr,     {401, 200, 404, 404, 404, 200, 200}},
    {"GET /api/v1/cases/<arg>/attachments/<arg>/thumbnail", "@missing/@upload", nullptr,{401, 404, 404, 404, 404, 404, 404}},
    {"DELETE /api/v1/cases/<arg>/attachments/<arg>", "@own/@evidence", "{}",            {401, 403, 200, 200, 403, 403, 403}},
    {"DELETE /api/v1/cases/<arg>/attachments/<arg>", "@sibling/@evidence", "{}",        {401, 403, 404, 404, 403, 403, 403}},
    {"DELETE /api/v1/cases/<arg>/attachments/<arg>", "@missing/@upload", "{}",          {401, 404, 404, 404, 404, 404, 404}},
    {"GET /api/v1/admin/units", "", nullptr,                                            {401, 403, 403, 403, 403, 200, 403}},
    {"POST /api/v1/admin/units", "", R"({"name": "Tổ thử quyền", "kind": "centre", "parentId": "@city"})",
                                                                                        {401, 403, 403, 403, 403, 200, 403}},
    {"POST /api/v1/admin/units/<arg>/rename", "@unit", R"({"name": "Tổ thử quyền 2"})", {401, 403, 403, 403, 403, 200, 403}},
    {"POST /api/v1/admin/units/<arg>/move", "@unit", R"({"parentId": "@baDinh"})",      {401, 403, 403, 403, 403, 200, 403}},
    {"POST /api/v1/admin/units/<arg>/merge", "@unit", R"({"intoId": "@survivor"})",     {401, 403, 403, 403, 403, 200, 403}},
    {"GET /api/v1/admin/users", "", nullptr,                                            {401, 403, 403, 403, 403, 200, 403}},
    {"POST /api/v1/admin/users", "", R"({"login": "matrix.new", "displayName": "Ngô Văn Thử",
                                         "role": "officer", "unitId": "@kimMa"})",     {401, 403, 403, 403, 403, 200, 403}},
    {"POST /api/v1/admin/users/<arg>/disable", "@login", "",                            {401, 403, 403, 403, 403, 200, 403}},
    {"POST /api/v1/admin/users/<arg>/enable", "@login", "",                             {401, 403, 403, 403, 403, 200, 403}},
    {"POST /api/v1/admin/users/<arg>/reset-password", "@login", R"({"password": "matrix-secret-1"})",
                                                                                        {401, 403, 403, 403, 403, 200, 403}},
    {"POST /api/v1/admin/users/<arg>/role", "@login", R"({"role": "leader", "unitId": "@kimMa"})",
                                                                                        {401, 403, 403, 403, 403, 200, 403}},
    {"GET /api/v1/admin/history", "", nullptr,                                          {401, 403, 403, 403, 403, 200, 403}},
    {"GET /api/v1/reference", "", nullptr,                                              {401, 200, 200, 200, 200, 200, 200}},
    {"POST /api/v1/admin/holidays", "", R"({"date": "2030-01-02", "name": "Ngày nghỉ thử"})",
                                                                                        {401, 403, 403, 403, 403, 200, 403}},
    {"DELETE /api/v1/admin/holidays/<arg>", "@holiday", "{}",                           {401, 403, 403, 403, 403, 200, 403}},
    {"POST /api/v1/admin/workdays", "", R"({"date": "2030-01-05", "name": "Làm bù thử"})",
                                                                                        {401, 403, 403, 403, 403, 200, 403}},
    {"DELETE /api/v1/admin/workdays/<arg>", "@workday", "{}",                           {401, 403, 403, 403, 403, 200, 403}},
    {"PUT /api/v1/admin/hours", "", R"({"hours": "08:00-12:00,13:00-17:00"})",          {401, 403, 403, 403, 403, 200, 403}},
    {"PUT /api/v1/admin/deadlines/accept", "", R"({"hours": 8})",                       {401, 403, 403, 403, 403, 200, 403}},
    {"PUT /api/v1/admin/deadlines", "", R"({"urgency": "urgent", "hours": 4, "field": "health"})",
                                                                                        {401, 403, 403, 403, 403, 200, 403}},
    {"POST /api/v1/admin/deadlines/remove", "", R"({"urgency": "urgent", "field": "health"})",
                                                                                        {401, 403, 403, 403, 403, 200, 403}},
    {"POST /api/v1/admin/fields", "", R"({"code": "matrix_field", "nameVi": "Thử", "nameEn": "Test"})",
                                                                                        {401, 403, 403, 403, 403, 200, 403}},
    {"POST /api/v1/admin/fields/<arg>/rename", "@field", R"({"nameVi": "Thử 2", "nameEn": "Test 2"})",
                                                                                        {401, 403, 403, 403, 403, 200, 403}},
    {"POST /api/v1/admin/fields/<arg>/disable", "@field", "{}",                         {401, 403, 403, 403, 403, 200, 403}},
    {"POST /api/v1/admin/fields/<arg>/enable", "@field", "{}",                          {401, 403, 403, 403, 403, 200, 403}},
    {"POST /api/v1/admin/templates", "", R"({"title": "Mẫu thử", "body": "Kính gửi {reporter}"})",
                                                                                        {401, 403, 403, 403, 403, 200, 403}},
    {"PUT /api/v1/admin/templates/<arg>", "@template", R"({"title": "Mẫu thử 2"})",   {401, 403, 403, 403, 403, 200, 403}},
    {"DELETE /api/v1/admin/templates/<arg>", "@template", "{}",                        {401, 403, 403, 403, 403, 200, 403}},
    {"PUT /api/v1/admin/ranking", "", R"({"onTime": 0.7, "satisfaction": 0.3})",        {401, 403, 403, 403, 403, 200, 403}},
    // Figures: supervisors and coordinators any unit, a leader their subtree, an officer
    // their own figures in their own unit ("?…" is the query, "@name" fixture values).
    {"GET /api/v1/figures", "?unit=@kimMa&period=2025-Q2", nullptr,                     {401, 200, 200, 403, 200, 403, 403}},
    {"GET /api/v1/figures", "?unit=@kimMa&period=2025-Q2&officer=@officer", nullptr,    {401, 200, 200, 200, 200, 403, 403}},
    {"GET /api/v1/figures", "?unit=@baDinh&period=2025-Q2", nullptr,                    {401, 200, 403, 403, 200, 403, 403}},
    {"GET /api/v1/figures", "?unit=@city&period=2025-Q2", nullptr,                      {401, 200, 403, 403, 200, 403, 403}},
    {"GET /api/v1/figures/cases", "?unit=@kimMa&period=2025-Q2", nullptr,               {401, 200, 200, 403, 200, 403, 403}},
    {"GET /api/v1/figures/cases", "?unit=@kimMa&period=2025-Q2&officer=@officer&measure=answered", nullptr,
                                                                                        {401, 200, 200, 200, 200, 403, 403}},
    {"GET /api/v1/figures/cases", "?unit=@city&period=2025-Q2", nullptr,                {401, 200, 403, 403, 200, 403, 403}},
    // Open311 (public: a staff token changes nothing; posting needs an Open311 api_key).
    {"GET /open311/v2/discovery.<arg>", "@json", nullptr,                               {200, 200, 200, 200, 200, 200, 200}},
    {"GET /open311/v2/services.<arg>", "@xml", nullptr,                                 {200, 200, 200, 200, 200, 200, 200}},
    {"GET /open311/v2/services/<arg>.<arg>", "@service/@json", nullptr,                 {200, 200, 200, 200, 200, 200, 200}},
    {"POST /open311/v2/requests.<arg>", "@json", "{}",                                  {403, 403, 403, 403, 403, 403, 403}},
    {"GET /open311/v2/requests.<arg>", "@json", nullptr,                                {200, 200, 200, 200, 200, 200, 200}},
    {"GET /open311/v2/requests/<arg>.<arg>", "@far/@xml", nullptr,                      {200, 200, 200, 200, 200, 200, 200}},
    {"GET /open311/v2/requests/<arg>.<arg>", "@missing/@json", nullptr,                 {404, 404, 404, 404, 404, 404, 404}},
    {"GET /open311/v2/tokens/<arg>.<arg>", "@missing/@json", nullptr,                   {404, 404, 404, 404, 404, 404, 404}},
    {"GET /open311/v2/media/<arg>.<arg>", "@missing/@json", nullptr,                    {404, 404, 404, 404, 404, 404, 404}},
    // Zalo's webhook takes no token: an event without X-ZEvent-Signature is refused by anyone.
    {"POST /api/v1/zalo/webhook", "", "{}",                                             {401, 401, 401, 401, 401, 401, 401}},
    // Last: it ends every session of the caller's account, the matrix's own token included.
    {"POST /api/v1/logout/everywhere", "", "{}",                                        {401, 200, 200, 200, 200, 200, 200}, true},
};
// clang-format on

QSet<QString> setOf(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

class TestAccessMatrix : public QObject
{
    Q_OBJECT

    TestServer m_server{150};
    std::unique_ptr<TestClient> m_client;
    QHash<QString, QByteArray> m_tokens; // caller column → token
    QHash<QString, QJsonValue> m_fixtures;
    QHash<QString, QString> m_photos; // case fixture → the id of a photo on that case
    QByteArray m_officer2;            // Ngọc Hà's officer, for evidence on @sibling

    QJsonValue fixture(const QString &name)
    {
        if (name == QLatin1String("@key") || name == QLatin1String("@upload"))
            return QUuid::createUuid().toString(QUuid::WithoutBraces);
        return m_fixtures.value(name);
    }

    // Replaces every "@name" string in `v` (recursively) by its fixture value.
    QJsonValue resolved(const QJsonValue &v, qint64 caseId)
    {
        if (v.isObject()) {
            QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                it.value() = resolved(it.value(), caseId);
            return o;
        }
        const QString text = v.toString();
        if (!text.startsWith(QLatin1Char('@')))
            return v;
        if (text == QLatin1String("@version"))
            return caseVersion(caseId);
        return fixture(text);
    }

    qint64 caseVersion(qint64 id)
    {
        const HttpResult r =
            m_client->get(QStringLiteral("cases/%1").arg(id), m_tokens.value(callers.at(1)));
        return r.json[QStringLiteral("case")][QStringLiteral("version")].toInteger();
    }

    // The first in-progress case of `unitName` in the coordinator's feed.
    qint64 workIn(const FeedRead &all, const QString &unitName)
    {
        for (const QJsonObject &c : all.cases)
            if (c.value(QStringLiteral("unitName")).toString() == unitName &&
                c.value(QStringLiteral("status")).toString() == QLatin1String("in_progress"))
                return c.value(QStringLiteral("id")).toInteger();
        return 0;
    }

    // A new evidence attachment on the case `caseName` names, put there by its unit's officer.
    QString freshEvidence(const QString &caseName)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray officer = caseName == QLatin1String("@sibling")
                                       ? m_officer2
                                       : m_tokens.value(QStringLiteral("officer"));
        const qint64 caseId = m_fixtures.value(caseName).toInteger();
        const HttpResult r = m_client->sendBytes(
            "PUT",
            QStringLiteral("cases/%1/attachments/%2?purpose=evidence&name=e.png")
                .arg(caseId)
                .arg(id),
            officer, testfiles::png());
        if (r.status != 201 && caseName != QLatin1String("@missing"))
            qWarning() << "could not attach evidence:" << r.body;
        return id;
    }

    // "?unit=@kimMa&period=2025-Q2" with each "@name" value replaced by its fixture value.
    QString resolvedQuery(const QString &query)
    {
        QStringList items = query.mid(1).split(QLatin1Char('&'));
        for (QString &item : items) {
            const QString value = item.section(QLatin1Char('='), 1);
            if (value.startsWith(QLatin1Char('@')))
                item = item.section(QLatin1Char('='), 0, 0) + QLatin1Char('=') +
                       fixture(value).toVariant().toString();
        }
        return QLatin1Char('?') + items.join(QLatin1Char('&'));
    }

    HttpResult call(const Row &row, const QString &caller)
    {
        QString path = QString::fromLatin1(row.route).section(QLatin1Char(' '), 1);
        if (path.startsWith(QLatin1String("/api/v1/"))) // Open311 paths stay absolute
            path.remove(0, int(qstrlen("/api/v1/")));
        if (row.arg[0] == '?')
            return m_client->get(path + resolvedQuery(QString::fromLatin1(row.arg)),
                                 m_tokens.value(caller));
        const QStringList args = QString::fromLatin1(row.arg).split(QLatin1Char('/'));
        const QJsonValue arg = fixture(args.first());
        for (const QString &name : args) {
            QJsonValue value = fixture(name);
            if (name == QLatin1String("@photo"))
                value = m_photos.value(args.first());
            else if (name == QLatin1String("@evidence"))
                value = freshEvidence(args.first());
            const qsizetype at = path.indexOf(QLatin1String("<arg>"));
            if (at >= 0)
                path.replace(at, 5,
                             value.isString() ? value.toString()
                                              : QString::number(value.toInteger()));
        }
        QByteArray token = m_tokens.value(caller);
        if (row.freshToken && !token.isEmpty())
            token = m_client->login(loginOfCaller.value(caller));
        if (!row.body)
            return m_client->get(path, token);
        if (qstrcmp(row.body, "@png") == 0)
            return m_client->sendBytes("PUT", path + QStringLiteral("?purpose=report&name=a.png"),
                                       token, testfiles::png());
        const QJsonObject body =
            resolved(QJsonDocument::fromJson(row.body).object(), arg.toInteger()).toObject();
        const QByteArray method = QByteArray(row.route).split(' ').first();
        if (method == "POST")
            return m_client->post(path, body, token);
        return m_client->send(method, path, token, body);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<TestClient>(m_server);
        for (const QString &caller : callers.mid(1)) {
            m_tokens.insert(caller, m_client->login(loginOfCaller.value(caller)));
            QVERIFY2(!m_tokens.value(caller).isEmpty(), qPrintable(caller));
        }
        const QByteArray admin = m_tokens.value(QStringLiteral("admin"));
        const FeedRead all = readFeed(*m_client, m_tokens.value(QStringLiteral("coordinator")), 0);
        QVERIFY(all.ok);
        m_fixtures = {
            {QStringLiteral("@own"), workIn(all, QStringLiteral("Phường Kim Mã"))},
            {QStringLiteral("@sibling"), workIn(all, QStringLiteral("Phường Ngọc Hà"))},
            {QStringLiteral("@far"), workIn(all, QStringLiteral("Xã Uy Nỗ"))},
            {QStringLiteral("@missing"), 999999},
            {QStringLiteral("@city"), unitId(*m_client, admin, QStringLiteral("Thành phố Hà Nội"))},
            {QStringLiteral("@baDinh"), unitId(*m_client, admin, QStringLiteral("Quận Ba Đình"))},
            {QStringLiteral("@kimMa"), unitId(*m_client, admin, QStringLiteral("Phường Kim Mã"))},
            {QStringLiteral("@login"), QStringLiteral("matrix.target")},
            {QStringLiteral("@holiday"), QStringLiteral("2030-01-02")},
            {QStringLiteral("@workday"), QStringLiteral("2030-01-05")},
            {QStringLiteral("@field"), QStringLiteral("matrix_field")},
            {QStringLiteral("@officer"), accountId(*m_client, admin, QStringLiteral("officer"))},
            {QStringLiteral("@json"), QStringLiteral("json")},
            {QStringLiteral("@xml"), QStringLiteral("xml")},
            {QStringLiteral("@service"), QStringLiteral("environment")},
        };
        for (const QJsonValue &v : std::as_const(m_fixtures))
            QVERIFY(!v.isNull() && v.toVariant().toString() != QLatin1String("0"));

        // Throwaway units and an account for the administration rows to change.
        const auto newUnit = [&](const QString &name) {
            return m_client
                ->post(QStringLiteral("admin/units"),
                       {{QStringLiteral("name"), name},
                        {QStringLiteral("kind"), QStringLiteral("centre")},
                        {QStringLiteral("parentId"), m_fixtures.value(QStringLiteral("@city"))}},
                       admin)
                .json[QStringLiteral("unit")][QStringLiteral("id")]
                .toInteger();
        };
        m_fixtures.insert(QStringLiteral("@unit"), newUnit(QStringLiteral("Tổ ma trận A")));
        m_fixtures.insert(QStringLiteral("@survivor"), newUnit(QStringLiteral("Tổ ma trận B")));
        const HttpResult account =
            m_client->post(QStringLiteral("admin/users"),
                           {{QStringLiteral("login"), QStringLiteral("matrix.target")},
                            {QStringLiteral("displayName"), QStringLiteral("Đinh Thị Thử")},
                            {QStringLiteral("role"), QStringLiteral("officer")},
                            {QStringLiteral("unitId"), m_fixtures.value(QStringLiteral("@kimMa"))}},
                           admin);
        QVERIFY2(account.status == 200, account.body.constData());
        // A reply template for the template rows (the POST row makes another).
        const HttpResult made =
            m_client->post(QStringLiteral("admin/templates"),
                           {{QStringLiteral("title"), QStringLiteral("Mẫu ma trận")},
                            {QStringLiteral("body"), QStringLiteral("Kính gửi {reporter}, …")}},
                           admin);
        QVERIFY2(made.status == 200, made.body.constData());
        m_fixtures.insert(QStringLiteral("@template"), made.json.value(QStringLiteral("id")));
        QVERIFY(m_fixtures.value(QStringLiteral("@unit")).toInteger() > 0);
        // A photo on each case for the download rows.
        m_officer2 = m_client->login(QStringLiteral("officer2"));
        QVERIFY(!m_officer2.isEmpty());
        for (const char *name : {"@own", "@sibling", "@far"}) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const HttpResult photo = m_client->sendBytes(
                "PUT",
                QStringLiteral("cases/%1/attachments/%2?purpose=report&name=p.png")
                    .arg(m_fixtures.value(QString::fromLatin1(name)).toInteger())
                    .arg(id),
                m_tokens.value(QStringLiteral("coordinator")), testfiles::png());
            QVERIFY2(photo.status == 201, photo.body.constData());
            m_photos.insert(QString::fromLatin1(name), id);
        }
        QVERIFY(m_fixtures.value(QStringLiteral("@survivor")).toInteger() > 0);
    }

    void everyRoleHasAColumn()
    {
        for (pakn::Role role : pakn::allRoles())
            QVERIFY2(callers.contains(pakn::toCode(role)),
                     qPrintable(QStringLiteral("role %1 has no column in the access matrix")
                                    .arg(pakn::toCode(role))));
        for (const Row &row : matrix)
            QVERIFY2(row.expected.size() == callers.size(), row.route);
    }

    void everyRegisteredRouteIsInTheMatrix()
    {
        QSet<QString> listed;
        for (const Row &row : matrix)
            listed.insert(QString::fromLatin1(row.route));
        const QSet<QString> registered = setOf(m_server.routes());
        QVERIFY(registered.size() >= 10);
        for (const QString &route : registered)
            QVERIFY2(listed.contains(route),
                     qPrintable(route + QStringLiteral(" has no row in the access matrix")));
        for (const QString &route : listed)
            QVERIFY2(registered.contains(route),
                     qPrintable(route + QStringLiteral(" is in the matrix but not served")));
    }

    void everyDocumentedEndpointIsServed()
    {
        QFile doc(QStringLiteral(PAKN_API_DOC));
        QVERIFY2(doc.open(QIODevice::ReadOnly), PAKN_API_DOC);
        static const QRegularExpression mention(
            QStringLiteral("`(GET|POST|PUT|PATCH|DELETE) (/(?:api/v1|open311/v2)/[^`?\\s]*)"));
        static const QRegularExpression placeholder(QStringLiteral("\\{[a-zA-Z_]+\\}"));
        QSet<QString> documented;
        for (const auto &m : mention.globalMatch(QString::fromUtf8(doc.readAll())))
            documented.insert(m.captured(1) + QLatin1Char(' ') +
                              QString(m.captured(2)).replace(placeholder, QStringLiteral("<arg>")));
        const QSet<QString> registered = setOf(m_server.routes());
        for (const QString &route : registered)
            QVERIFY2(documented.contains(route),
                     qPrintable(route + QStringLiteral(" is not documented in docs/API.md")));
        for (const QString &route : documented)
            QVERIFY2(registered.contains(route),
                     qPrintable(route + QStringLiteral(" is documented but not served")));
    }

    void everyCallerGetsTheExpectedAnswer()
    {
        const HttpResult missing = m_client->get(QStringLiteral("cases/999999"),
                                                 m_tokens.value(QStringLiteral("coordinator")));
        QStringList wrong;
        for (const Row &row : matrix) {
            for (qsizetype i = 0; i < callers.size(); ++i) {
                const HttpResult r = call(row, callers.at(i));
                const QString where = QStringLiteral("%1 %2 as %3")
                                          .arg(QString::fromLatin1(row.route),
                                               QString::fromLatin1(row.arg), callers.at(i));
                if (r.status != row.expected.at(i))
                    wrong << QStringLiteral("%1: %2 (expected %3) %4")
                                 .arg(where)
                                 .arg(r.status)
                                 .arg(row.expected.at(i))
                                 .arg(QString::fromUtf8(r.body.left(160)));
                // A case out of scope must look exactly like a missing one.
                else if (r.status == 404 && QByteArray(row.route).contains("/cases/") &&
                         r.body != missing.body)
                    wrong << where + QStringLiteral(": 404 differs from a missing case's");
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestAccessMatrix)
#include "tst_access_matrix.moc"
