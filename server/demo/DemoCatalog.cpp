#include "demo/DemoCatalog.h"

#include "domain/TextFolding.h"

#include <QHash>
#include <QRegularExpression>

namespace pakn::server::DemoCatalog {

namespace {

const QString city = QStringLiteral("Thành phố Hà Nội");

QList<UnitSpec> buildUnits()
{
    QList<UnitSpec> list{{city, QStringLiteral("city"), {}}};
    const QStringList departments = {
        QStringLiteral("Sở Xây dựng"),
        QStringLiteral("Sở Tài nguyên và Môi trường"),
        QStringLiteral("Sở Y tế"),
        QStringLiteral("Sở Giáo dục và Đào tạo"),
        QStringLiteral("Sở Giao thông vận tải"),
        QStringLiteral("Sở Quy hoạch - Kiến trúc"),
        QStringLiteral("Sở Du lịch"),
        QStringLiteral("Sở Công Thương"),
        QStringLiteral("Sở Nông nghiệp và Phát triển nông thôn"),
    };
    for (const QString &d : departments)
        list.append({d, QStringLiteral("department"), city});

    const auto district = [&list](const QString &name, const QStringList &children,
                                  const QString &prefix, const QString &kind) {
        list.append({name, QStringLiteral("district"), city});
        for (const QString &child : children)
            list.append({prefix + child, kind, name});
    };
    const QString ward = QStringLiteral("ward");
    const QString commune = QStringLiteral("commune");
    const QString phuong = QStringLiteral("Phường ");
    district(QStringLiteral("Quận Ba Đình"),
             {QStringLiteral("Cống Vị"), QStringLiteral("Điện Biên"), QStringLiteral("Đội Cấn"),
              QStringLiteral("Giảng Võ"), QStringLiteral("Kim Mã"), QStringLiteral("Liễu Giai"),
              QStringLiteral("Ngọc Hà"), QStringLiteral("Ngọc Khánh"),
              QStringLiteral("Nguyễn Trung Trực"), QStringLiteral("Phúc Xá"),
              QStringLiteral("Quán Thánh"), QStringLiteral("Thành Công"),
              QStringLiteral("Trúc Bạch"), QStringLiteral("Vĩnh Phúc")},
             phuong, ward);
    district(QStringLiteral("Quận Hoàn Kiếm"),
             {QStringLiteral("Hàng Bạc"), QStringLiteral("Hàng Bồ"), QStringLiteral("Hàng Trống"),
              QStringLiteral("Tràng Tiền"), QStringLiteral("Lý Thái Tổ"),
              QStringLiteral("Phúc Tân")},
             phuong, ward);
    district(QStringLiteral("Huyện Đông Anh"),
             {QStringLiteral("Thị trấn Đông Anh"), QStringLiteral("Xã Uy Nỗ"),
              QStringLiteral("Xã Vân Nội"), QStringLiteral("Xã Kim Chung")},
             {}, commune);
    district(QStringLiteral("Huyện Mỹ Đức"),
             {QStringLiteral("Thị trấn Đại Nghĩa"), QStringLiteral("Xã Hương Sơn"),
              QStringLiteral("Xã An Mỹ")},
             {}, commune);
    district(
        QStringLiteral("Thị xã Sơn Tây"),
        {QStringLiteral("Lê Lợi"), QStringLiteral("Quang Trung"), QStringLiteral("Trung Hưng")},
        phuong, ward);
    list.append(
        {QStringLiteral("Công ty TNHH MTV Thoát nước Hà Nội"), QStringLiteral("company"), city});
    return list;
}

QStringList words(const char *spaceSeparatedUtf8)
{
    return QString::fromUtf8(spaceSeparatedUtf8).split(QLatin1Char(','));
}

} // namespace

QString cityName()
{
    return city;
}
QString kimMa()
{
    return QStringLiteral("Phường Kim Mã");
}
QString ngocHa()
{
    return QStringLiteral("Phường Ngọc Hà");
}
QString baDinh()
{
    return QStringLiteral("Quận Ba Đình");
}

const QList<UnitSpec> &units()
{
    static const QList<UnitSpec> list = buildUnits();
    return list;
}

const QList<AccountSpec> &namedAccounts()
{
    static const QList<AccountSpec> list = {
        {QStringLiteral("coordinator"), QStringLiteral("Nguyễn Thu Hương"), Role::Coordinator,
         city},
        {QStringLiteral("admin"), QStringLiteral("Đỗ Mạnh Hùng"), Role::Administrator, city},
        // Kim Mã's vice-chairwoman and second officer come before the named
        // pair, so that the demo stories are lived by "leader" and "officer".
        {QStringLiteral("deputy"), QStringLiteral("Ngô Thị Bích Ngọc"), Role::Leader, kimMa()},
        {QStringLiteral("officer3"), QStringLiteral("Bùi Văn Tùng"), Role::Officer, kimMa()},
        {QStringLiteral("leader"), QStringLiteral("Trần Minh Đức"), Role::Leader, kimMa()},
        {QStringLiteral("officer"), QStringLiteral("Lê Thị Lan"), Role::Officer, kimMa()},
        {QStringLiteral("leader2"), QStringLiteral("Vũ Thị Thanh Mai"), Role::Leader, ngocHa()},
        {QStringLiteral("officer2"), QStringLiteral("Phạm Văn Nam"), Role::Officer, ngocHa()},
        {QStringLiteral("supervisor"), QStringLiteral("Hoàng Quốc Việt"), Role::Supervisor,
         baDinh()},
        // The Zalo OA integration's account: it brings citizens' ratings in.
        {QStringLiteral("zalo"), QStringLiteral("Zalo OA Công dân Thủ đô số"), Role::Channel, city},
    };
    return list;
}

QString slug(const QString &unitName)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    QString s = foldForSearch(unitName);
    s.replace(separators, QStringLiteral("-"));
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s;
}

QString personName(DemoRandom &random, bool female)
{
    static const QStringList families =
        words("Nguyễn,Trần,Lê,Phạm,Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý,Đinh,Trịnh");
    static const QStringList maleMiddles = words("Văn,Minh,Quốc,Đức,Hữu,Thành,Công,Xuân,Mạnh");
    static const QStringList femaleMiddles = words("Thị,Thu,Ngọc,Thanh,Phương,Minh,Thùy,Bích");
    static const QStringList maleGiven = words(
        "Hùng,Dũng,Tuấn,Hải,Long,Nam,Sơn,Thắng,Trung,Khánh,Quang,Bình,Cường,Phong,Hiếu,Tùng,Kiên");
    static const QStringList femaleGiven =
        words("Hương,Lan,Mai,Hà,Linh,Trang,Thảo,Huyền,Yến,Ngọc,Hạnh,Nga,Loan,Vân,Hằng,Dung,Phượng");
    return random.pick(families) + QLatin1Char(' ') +
           random.pick(female ? femaleMiddles : maleMiddles) + QLatin1Char(' ') +
           random.pick(female ? femaleGiven : maleGiven);
}

QString phoneNumber(DemoRandom &random)
{
    static const QStringList prefixes = words("091,094,098,097,096,086,088,090,093,035,036,038");
    return random.pick(prefixes) +
           QStringLiteral("%1").arg(random.below(10000000), 7, 10, QLatin1Char('0'));
}

QString districtOf(const QString &unitName)
{
    for (const UnitSpec &u : units())
        if (u.name == unitName)
            return u.kind == QLatin1String("ward") || u.kind == QLatin1String("commune") ? u.parent
                                                                                         : city;
    return city;
}

const QStringList &streetsNear(const QString &unitName)
{
    static const QHash<QString, QStringList> byDistrict = {
        {QStringLiteral("Quận Ba Đình"),
         words("phố Kim Mã,phố Đội Cấn,phố Liễu Giai,đường Nguyễn Chí Thanh,phố Giảng Võ,"
               "đường Hoàng Hoa Thám,phố Phan Đình Phùng,phố Ngọc Hà,phố Văn Cao,"
               "phố Nguyễn Thái Học,phố Đào Tấn,phố Vạn Phúc,phố Linh Lang,phố Thành Công,"
               "phố Nguyễn Văn Ngọc,phố Quán Thánh,phố Trúc Bạch,phố Phó Đức Chính,"
               "phố Châu Long,phố Giang Văn Minh,phố Đội Nhân,phố Cống Vị")},
        {QStringLiteral("Quận Hoàn Kiếm"),
         words("phố Hàng Bạc,phố Hàng Bồ,phố Hàng Trống,phố Tràng Tiền,phố Đinh Tiên Hoàng,"
               "phố Lý Thái Tổ,phố Phúc Tân,phố Hàng Bè,phố Hàng Gai")},
        {QStringLiteral("Huyện Đông Anh"),
         words("đường Cao Lỗ,đường Uy Nỗ,thôn Vân Trì,thôn Thụy Lôi,đường Kim Chung,"
               "đường Võ Nguyên Giáp")},
        {QStringLiteral("Huyện Mỹ Đức"),
         words("đường Đại Nghĩa,thôn Yến Vĩ,thôn Hội Xá,đường vào chùa Hương")},
        {QStringLiteral("Thị xã Sơn Tây"),
         words("phố Lê Lợi,phố Quang Trung,phố Phó Đức Chính,đường Chùa Mía,phố Ngô Quyền")},
    };
    // Departments and the drainage company take cases from anywhere in the city.
    static const QStringList citywide =
        words("Đường Láng,phố Láng Hạ,phố Kim Mã,đường Nguyễn Chí Thanh,đường Giải Phóng,"
              "phố Tây Sơn,đường Trường Chinh,phố Chùa Bộc,phố Thái Hà,đường Láng Hòa Lạc,"
              "phố Huỳnh Thúc Kháng,phố Nguyễn Thái Học,phố Hàng Bạc,phố Đinh Tiên Hoàng,"
              "đường Cao Lỗ");
    const auto it = byDistrict.find(districtOf(unitName));
    return it == byDistrict.end() ? citywide : it.value();
}

} // namespace pakn::server::DemoCatalog
