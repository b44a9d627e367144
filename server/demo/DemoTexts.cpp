#include "demo/DemoTexts.h"

#include <QHash>

namespace pakn::server::DemoTexts {

namespace {

using Templates = QHash<QString, QStringList>;

QStringList lines(const char *utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char('|'));
}

const Templates &titles()
{
    static const Templates t = {
        {QStringLiteral("roads"),
         lines("Ổ gà lớn trên %1|Mặt đường %1 bị sụt lún|Nắp hố ga bị vỡ trên %1|"
               "Vỉa hè %1 bong tróc, gạch lát vỡ|Ổ gà nguy hiểm trên %1 gây tai nạn")},
        {QStringLiteral("environment"),
         lines("Rác thải tồn đọng nhiều ngày tại %1|Đổ trộm phế thải xây dựng ở %1|"
               "Mùi hôi từ điểm tập kết rác trên %1|Khói bụi từ xưởng sản xuất gần %1")},
        {QStringLiteral("drainage"),
         lines("Ngập úng kéo dài sau mưa tại %1|Cống thoát nước bị tắc trên %1|"
               "Nước thải tràn ra mặt đường %1|Ngập sâu sau mưa lớn ở %1")},
        {QStringLiteral("lighting"),
         lines("Đèn đường hỏng, tối om trên %1|Cột đèn chiếu sáng nghiêng tại %1|"
               "Đèn đường bật sáng cả ban ngày ở %1|Cả dãy đèn đường không sáng trên %1")},
        {QStringLiteral("trees"),
         lines("Cây đổ chắn ngang %1 sau giông|Cành cây khô có nguy cơ gãy đổ tại %1|"
               "Cây xanh bị chặt hạ trái phép trên %1|Cây đổ đè lên dây điện ở %1")},
        {QStringLiteral("urban_order"),
         lines("Lấn chiếm vỉa hè kinh doanh tại %1|Tiếng ồn karaoke về đêm gần %1|"
               "Trông giữ xe trái phép trên vỉa hè %1|Quảng cáo rao vặt dán tràn lan tại %1")},
        {QStringLiteral("construction"), lines("Xây dựng trái phép, cơi nới tầng tại %1|"
                                               "Công trình thi công gây nứt nhà liền kề ở %1|"
                                               "Công trình không che chắn, vật liệu rơi xuống %1")},
        {QStringLiteral("land"),
         lines("Lấn chiếm đất công tại %1|Rào chắn chiếm dụng đất hành lang trên %1")},
        {QStringLiteral("health"),
         lines("Cơ sở kinh doanh thực phẩm mất vệ sinh tại %1|"
               "Bán thực phẩm không rõ nguồn gốc ở %1|Phòng khám không phép hoạt động trên %1")},
        {QStringLiteral("education"), lines("Trường học thu các khoản ngoài quy định gần %1|"
                                            "Ùn tắc trước cổng trường giờ tan học trên %1")},
        {QStringLiteral("tourism"),
         lines("Chèo kéo khách du lịch tại %1|Nhà nghỉ không niêm yết giá phòng ở %1")},
        {QStringLiteral("trade"),
         lines("Cửa hàng bán hàng giả, hàng nhái trên %1|Chợ cóc họp lấn chiếm lòng đường %1")},
        {QStringLiteral("other"), lines("Đề nghị bố trí thêm ghế đá trong vườn hoa gần %1|"
                                        "Kiến nghị lắp gương cầu lồi tại ngã ba %1")},
    };
    return t;
}

const Templates &details()
{
    static const Templates t = {
        {QStringLiteral("roads"),
         lines("Trên %1 xuất hiện ổ gà rộng khoảng một mét, sâu gần 20 cm, ban đêm rất khó "
               "nhìn thấy.|Đoạn đường %1 bị sụt lún, nước đọng thành vũng, nhiều xe máy bị "
               "ngã.")},
        {QStringLiteral("environment"),
         lines("Rác thải sinh hoạt bị dồn ứ ở góc %1, bốc mùi hôi thối, ruồi muỗi nhiều.|"
               "Vào ban đêm có xe tải đổ trộm phế thải xây dựng xuống lề %1.")},
        {QStringLiteral("drainage"),
         lines("Mỗi khi mưa lớn, %1 ngập sâu 30 - 40 cm, nước rút rất chậm.|"
               "Cống thoát nước trên %1 bị tắc, nước thải tràn lên mặt đường.")},
        {QStringLiteral("lighting"),
         lines("Hệ thống đèn đường trên %1 không sáng, đoạn đường tối om rất mất an toàn.|"
               "Một cột đèn trên %1 bị nghiêng, dây điện lòng thòng.")},
        {QStringLiteral("trees"),
         lines("Sau trận giông, một cây xà cừ lớn bị đổ chắn ngang %1.|"
               "Nhiều cành cây khô trên %1 có nguy cơ gãy rơi xuống người đi đường.")},
        {QStringLiteral("urban_order"),
         lines("Các hộ kinh doanh trên %1 bày hàng hóa, bàn ghế chiếm hết vỉa hè, người đi "
               "bộ phải xuống lòng đường.|Quán karaoke gần %1 hát đến 1 - 2 giờ sáng, gây "
               "tiếng ồn lớn.")},
        {QStringLiteral("construction"),
         lines("Một hộ dân trên %1 đang xây thêm tầng khi chưa có giấy phép.|"
               "Công trình trên %1 thi công không có lưới che chắn, vật liệu rơi xuống đường.")},
        {QStringLiteral("land"), lines("Một số hộ dựng rào tôn chiếm dụng phần đất công bên %1.")},
        {QStringLiteral("health"),
         lines("Cơ sở trên %1 chế biến thực phẩm ngay trên vỉa hè, không đảm bảo vệ sinh.")},
        {QStringLiteral("education"),
         lines("Phụ huynh phản ánh việc thu tiền ngoài quy định tại trường học gần %1.")},
        {QStringLiteral("tourism"), lines("Nhiều người chèo kéo, đeo bám khách du lịch trên %1.")},
        {QStringLiteral("trade"), lines("Cửa hàng trên %1 bày bán công khai hàng giả nhãn hiệu.")},
        {QStringLiteral("other"),
         lines("Khu vực gần %1 thiếu tiện ích công cộng, người cao tuổi không có chỗ nghỉ.")},
    };
    return t;
}

const QHash<QString, QStringList> &departmentFields()
{
    static const QHash<QString, QStringList> f = {
        {QStringLiteral("Sở Xây dựng"), {QStringLiteral("construction")}},
        {QStringLiteral("Sở Tài nguyên và Môi trường"),
         {QStringLiteral("environment"), QStringLiteral("land")}},
        {QStringLiteral("Sở Y tế"), {QStringLiteral("health")}},
        {QStringLiteral("Sở Giáo dục và Đào tạo"), {QStringLiteral("education")}},
        {QStringLiteral("Sở Giao thông vận tải"), {QStringLiteral("roads")}},
        {QStringLiteral("Sở Quy hoạch - Kiến trúc"),
         {QStringLiteral("construction"), QStringLiteral("land")}},
        {QStringLiteral("Sở Du lịch"), {QStringLiteral("tourism")}},
        {QStringLiteral("Sở Công Thương"), {QStringLiteral("trade")}},
        {QStringLiteral("Sở Nông nghiệp và Phát triển nông thôn"),
         {QStringLiteral("trees"), QStringLiteral("environment")}},
        {QStringLiteral("Công ty TNHH MTV Thoát nước Hà Nội"), {QStringLiteral("drainage")}},
    };
    return f;
}

} // namespace

QStringList fieldsFor(const QString &unitName, const QString &unitKind)
{
    if (unitKind == QLatin1String("department") || unitKind == QLatin1String("company"))
        return departmentFields().value(unitName, {QStringLiteral("other")});
    // Wards see mostly street-level problems; repeats weight the common ones.
    return {QStringLiteral("urban_order"),  QStringLiteral("urban_order"),
            QStringLiteral("environment"),  QStringLiteral("environment"),
            QStringLiteral("roads"),        QStringLiteral("drainage"),
            QStringLiteral("lighting"),     QStringLiteral("trees"),
            QStringLiteral("construction"), QStringLiteral("land"),
            QStringLiteral("health"),       QStringLiteral("other")};
}

QString title(DemoRandom &random, const QString &field, const QString &street)
{
    return random.pick(titles().value(field, titles().value(QStringLiteral("other")))).arg(street);
}

QString description(DemoRandom &random, const QString &field, const QString &street)
{
    static const QStringList openings =
        lines("Kính gửi cơ quan chức năng. |Tôi là người dân sống tại khu vực. |"
              "Xin phản ánh tình trạng sau: |");
    static const QStringList durations =
        lines(" Tình trạng này đã kéo dài khoảng %1 ngày.| Sự việc xảy ra từ %1 ngày nay, "
              "chưa ai xử lý.| Người dân đã báo tổ dân phố từ %1 ngày trước nhưng chưa có "
              "chuyển biến.");
    static const QStringList impacts =
        lines(" Việc này gây nguy hiểm cho người tham gia giao thông, nhất là vào giờ cao "
              "điểm.| Ảnh hưởng lớn đến sinh hoạt của các hộ dân xung quanh.| Trẻ em và "
              "người già đi lại rất khó khăn.");
    static const QStringList requests =
        lines(" Đề nghị cơ quan chức năng sớm kiểm tra, xử lý.| Mong chính quyền quan tâm "
              "giải quyết dứt điểm.| Kính đề nghị xử lý sớm để đảm bảo an toàn.");
    const QString detail =
        random.pick(details().value(field, details().value(QStringLiteral("other")))).arg(street);
    return random.pick(openings) + detail + random.pick(durations).arg(random.between(2, 30)) +
           random.pick(impacts) + random.pick(requests);
}

QString note(DemoRandom &random)
{
    static const QStringList notes =
        lines("Đã kiểm tra hiện trường, chụp ảnh hiện trạng.|Đã liên hệ người phản ánh qua "
              "điện thoại để xác minh.|Đề nghị phối hợp với Công an phường xử lý.|Đã lập biên "
              "bản, yêu cầu hộ vi phạm tự khắc phục trong 3 ngày.|Chờ đơn vị chức năng bố trí "
              "nhân lực, dự kiến xử lý trong tuần.");
    return random.pick(notes);
}

QString reply(DemoRandom &random, const QString &field, const QString &reporterName,
              const QString &unitName)
{
    static const QStringList actions =
        lines("đã chỉ đạo tổ công tác kiểm tra thực tế và yêu cầu khắc phục ngay|đã phối hợp "
              "với đơn vị quản lý hạ tầng xử lý dứt điểm|đã lập biên bản vi phạm hành chính và "
              "buộc khôi phục hiện trạng|đã bố trí lực lượng thu dọn, vệ sinh khu vực");
    static const QStringList results =
        lines("Đến nay tình trạng trên đã được xử lý xong (có ảnh trước và sau khi khắc phục "
              "kèm theo).|Hiện trạng đã được khắc phục, đơn vị sẽ tiếp tục theo dõi, kiểm tra "
              "định kỳ.|Kết quả xử lý đã được thông báo tới tổ dân phố.");
    Q_UNUSED(field)
    const QString greeting = reporterName.isEmpty()
                                 ? QStringLiteral("Kính gửi công dân.")
                                 : QStringLiteral("Kính gửi ông/bà %1.").arg(reporterName);
    return greeting + QStringLiteral(" Sau khi tiếp nhận phản ánh, ") + unitName +
           QLatin1Char(' ') + random.pick(actions) + QStringLiteral(". ") + random.pick(results) +
           QStringLiteral(" Trân trọng cảm ơn ông/bà đã phản ánh tới chính quyền.");
}

QString sendBackComment(DemoRandom &random)
{
    static const QStringList comments =
        lines("Đề nghị bổ sung ảnh chụp hiện trạng sau khi xử lý.|Nội dung trả lời chưa nêu "
              "rõ thời hạn khắc phục.|Cần trả lời cụ thể hơn, tránh trả lời chung chung.");
    return random.pick(comments);
}

QString refuseReason(DemoRandom &random)
{
    static const QStringList reasons =
        lines("Nội dung là khiếu nại đang được giải quyết theo Luật Khiếu nại, không thuộc "
              "phạm vi PAKN.|Phản ánh trùng lặp với phản ánh đã tiếp nhận trước đó.|Nội dung "
              "không rõ ràng, không có địa chỉ cụ thể để xác minh.");
    return random.pick(reasons);
}

QString returnReason(DemoRandom &random)
{
    static const QStringList reasons =
        lines("Nội dung không thuộc thẩm quyền giải quyết của đơn vị.|Địa điểm phản ánh "
              "không thuộc địa bàn quản lý.");
    return random.pick(reasons);
}

QString transferReason(DemoRandom &random)
{
    static const QStringList reasons =
        lines("Địa điểm thuộc địa bàn đơn vị khác quản lý.|Nội dung thuộc thẩm quyền của "
              "đơn vị chuyên ngành.");
    return random.pick(reasons);
}

QString extensionReason(DemoRandom &random)
{
    static const QStringList reasons =
        lines("Cần phối hợp với Công ty Thoát nước Hà Nội để khảo sát hiện trường.|Chờ kết quả "
              "kiểm tra của đội quản lý trật tự xây dựng đô thị.|Cần lấy ý kiến của các hộ dân "
              "liên quan trước khi trả lời.|Đang chờ đơn vị thi công bố trí máy móc khắc phục.");
    return random.pick(reasons);
}

QString mergeReason(DemoRandom &random)
{
    static const QStringList reasons =
        lines("Trùng nội dung và địa điểm với phản ánh đã tiếp nhận.|Cùng người phản ánh, cùng "
              "sự việc, gửi lại qua kênh khác.");
    return random.pick(reasons);
}

QString closingNote(DemoRandom &random, bool rated)
{
    static const QStringList ratings =
        lines("Công dân đánh giá: hài lòng.|Công dân đánh giá: chấp nhận được.|Công dân đánh "
              "giá: hài lòng, cảm ơn đơn vị đã xử lý nhanh.");
    return rated ? random.pick(ratings)
                 : QStringLiteral("Tự động đóng sau 7 ngày không có đánh giá.");
}

} // namespace pakn::server::DemoTexts
