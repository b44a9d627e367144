#include "ReportWording.h"

#include <QLocale>
#include <cmath>

namespace pakn {

namespace {

constexpr int kVietnamOffset = 7 * 3600;

QString roman(int n)
{
    static const QStringList numerals = {QStringLiteral("I"), QStringLiteral("II"),
                                         QStringLiteral("III"), QStringLiteral("IV")};
    return n >= 1 && n <= 4 ? numerals.at(n - 1) : QString::number(n);
}

QString fromTo(const ReportPeriod &p)
{
    return QStringLiteral("từ ngày %1 đến ngày %2")
        .arg(ReportWording::date(p.first()), ReportWording::date(p.last()));
}

const QLocale &vietnamese()
{
    static const QLocale locale(QLocale::Vietnamese, QLocale::Vietnam);
    return locale;
}

} // namespace

QString ReportWording::nationalName()
{
    return QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
}

QString ReportWording::motto()
{
    return QStringLiteral("Độc lập - Tự do - Hạnh phúc");
}

QString ReportWording::numberLine()
{
    return QStringLiteral("Số:       /BC-……");
}

QString ReportWording::title()
{
    return QStringLiteral("BÁO CÁO");
}

QString ReportWording::subject()
{
    return QStringLiteral("Kết quả tiếp nhận, xử lý phản ánh, kiến nghị");
}

QString ReportWording::signerTitle()
{
    return QStringLiteral("THỦ TRƯỞNG ĐƠN VỊ");
}

QString ReportWording::signerNote()
{
    return QStringLiteral("(Ký, ghi rõ họ tên và đóng dấu)");
}

QString ReportWording::recipientsTitle()
{
    return QStringLiteral("Nơi nhận:");
}

QStringList ReportWording::recipients()
{
    return {QStringLiteral("- Như trên;"), QStringLiteral("- Lãnh đạo đơn vị;"),
            QStringLiteral("- Lưu: VT.")};
}

QString ReportWording::period(const ReportPeriod &p)
{
    const QDate first = p.first();
    switch (p.kind()) {
    case ReportPeriod::Kind::Day:
        return QStringLiteral("Ngày %1").arg(date(first));
    case ReportPeriod::Kind::Week: {
        int year = 0;
        const int week = first.weekNumber(&year);
        return QStringLiteral("Tuần %1 năm %2 (%3)").arg(week).arg(year).arg(fromTo(p));
    }
    case ReportPeriod::Kind::Month:
        return QStringLiteral("Tháng %1 năm %2 (%3)")
            .arg(first.month())
            .arg(first.year())
            .arg(fromTo(p));
    case ReportPeriod::Kind::Quarter:
        return QStringLiteral("Quý %1 năm %2 (%3)")
            .arg(roman((first.month() - 1) / 3 + 1))
            .arg(first.year())
            .arg(fromTo(p));
    case ReportPeriod::Kind::Year:
        return QStringLiteral("Năm %1 (%2)").arg(first.year()).arg(fromTo(p));
    case ReportPeriod::Kind::Custom:
        break;
    }
    const QString range = fromTo(p);
    return range.left(1).toUpper() + range.mid(1);
}

QString ReportWording::placeAndDate(const QString &place, QDate d)
{
    const auto padded = [](int n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    const QString month = d.month() <= 2 ? padded(d.month()) : QString::number(d.month());
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4")
        .arg(place, padded(d.day()), month)
        .arg(d.year());
}

QString ReportWording::scope(const FiguresReport &r, const QString &fieldName)
{
    QStringList parts{QStringLiteral("Đơn vị: ") + r.unitName};
    if (r.request.officerId != 0)
        parts << QStringLiteral("cán bộ: ") + r.officerName;
    if (!r.request.field.isEmpty())
        parts << QStringLiteral("lĩnh vực: ") + fieldName;
    return parts.join(QStringLiteral("; "));
}

QString ReportWording::figure(FigureName name)
{
    switch (name) {
    case FigureName::Received:
        return QStringLiteral("Số phản ánh, kiến nghị nhận được");
    case FigureName::Accepted:
        return QStringLiteral("Đã tiếp nhận xử lý");
    case FigureName::AcceptedOnTime:
        return QStringLiteral("Tiếp nhận đúng hạn");
    case FigureName::Answered:
        return QStringLiteral("Đã trả lời");
    case FigureName::AnsweredOnTime:
        return QStringLiteral("Trả lời đúng hạn");
    case FigureName::OnTimePercent:
        return QStringLiteral("Tỷ lệ trả lời đúng hạn");
    case FigureName::AnsweredLate:
        return QStringLiteral("Trả lời quá hạn");
    case FigureName::OverdueNow:
        return QStringLiteral("Đang quá hạn (tại thời điểm lập báo cáo)");
    case FigureName::ToAcceptAverage:
        return QStringLiteral("Thời gian tiếp nhận trung bình (giờ)");
    case FigureName::ToAcceptMedian:
        return QStringLiteral("Thời gian tiếp nhận trung vị (giờ)");
    case FigureName::ToAnswerAverage:
        return QStringLiteral("Thời gian trả lời trung bình (giờ)");
    case FigureName::ToAnswerMedian:
        return QStringLiteral("Thời gian trả lời trung vị (giờ)");
    case FigureName::Refused:
        return QStringLiteral("Từ chối");
    case FigureName::Returned:
        return QStringLiteral("Trả lại");
    case FigureName::Transferred:
        return QStringLiteral("Chuyển đơn vị khác");
    case FigureName::Reopened:
        return QStringLiteral("Mở lại để xử lý tiếp");
    case FigureName::Rated:
        return QStringLiteral("Số lượt đánh giá");
    case FigureName::Satisfied:
        return QStringLiteral("Hài lòng");
    case FigureName::SatisfiedPercent:
        return QStringLiteral("Tỷ lệ hài lòng");
    case FigureName::Acceptable:
        return QStringLiteral("Chấp nhận được");
    case FigureName::AcceptablePercent:
        return QStringLiteral("Tỷ lệ chấp nhận được");
    case FigureName::NotSatisfied:
        return QStringLiteral("Không hài lòng");
    case FigureName::NotSatisfiedPercent:
        return QStringLiteral("Tỷ lệ không hài lòng");
    }
    return {};
}

QString ReportWording::figuresHeading()
{
    return QStringLiteral("I. KẾT QUẢ TIẾP NHẬN, XỬ LÝ");
}

QString ReportWording::rankingHeading()
{
    return QStringLiteral("II. XẾP HẠNG CÁC ĐƠN VỊ");
}

QString ReportWording::byFieldHeading()
{
    return QStringLiteral("III. SỐ LIỆU THEO LĨNH VỰC");
}

QString ReportWording::chartsHeading()
{
    return QStringLiteral("IV. DIỄN BIẾN THEO TUẦN");
}

QString ReportWording::introduction(const FiguresReport &r)
{
    return QStringLiteral("Số liệu được tổng hợp từ hệ thống tiếp nhận, xử lý phản ánh, kiến "
                          "nghị, tính đến %1; so sánh với kỳ trước (%2).")
        .arg(dateTime(r.computedAt), period(r.request.period.previous()));
}

QString ReportWording::changeNote()
{
    return QStringLiteral("Ghi chú: thời gian tính bằng giờ làm việc theo lịch làm việc; mức "
                          "tăng, giảm của tỷ lệ tính bằng điểm phần trăm.");
}

QString ReportWording::rankingNote(const RankingWeights &w)
{
    return QStringLiteral("Điểm = %1 × tỷ lệ trả lời đúng hạn + %2 × tỷ lệ hài lòng; các đơn vị "
                          "không có số liệu để đánh giá xếp cuối.")
        .arg(decimal(w.onTime, 1), decimal(w.satisfaction, 1));
}

QStringList ReportWording::figureColumns()
{
    return {QStringLiteral("Chỉ tiêu"), QStringLiteral("Kỳ này"), QStringLiteral("Kỳ trước"),
            QStringLiteral("Tăng (+), giảm (-)")};
}

QStringList ReportWording::rankingColumns()
{
    return {QStringLiteral("Hạng"),         QStringLiteral("Đơn vị"),
            QStringLiteral("Tiếp nhận"),    QStringLiteral("Đã trả lời"),
            QStringLiteral("Đúng hạn (%)"), QStringLiteral("Hài lòng (%)"),
            QStringLiteral("Điểm")};
}

QStringList ReportWording::fieldColumns()
{
    return {QStringLiteral("Lĩnh vực"), QStringLiteral("Tiếp nhận"), QStringLiteral("Đã trả lời"),
            QStringLiteral("Đúng hạn (%)"), QStringLiteral("Hài lòng (%)")};
}

QStringList ReportWording::caseColumns()
{
    return {QStringLiteral("Số hồ sơ"),     QStringLiteral("Tiêu đề"),
            QStringLiteral("Lĩnh vực"),     QStringLiteral("Đơn vị xử lý"),
            QStringLiteral("Cán bộ xử lý"), QStringLiteral("Trạng thái"),
            QStringLiteral("Ngày nhận"),    QStringLiteral("Hạn trả lời"),
            QStringLiteral("Ngày trả lời"), QStringLiteral("Đúng hạn"),
            QStringLiteral("Đánh giá")};
}

QString ReportWording::receivedAnsweredChart()
{
    return QStringLiteral("Biểu đồ 1. Số phản ánh, kiến nghị nhận được và đã trả lời theo tuần");
}

QString ReportWording::onTimeChart()
{
    return QStringLiteral("Biểu đồ 2. Tỷ lệ trả lời đúng hạn theo tuần (%)");
}

QString ReportWording::receivedSeries()
{
    return QStringLiteral("Nhận được");
}

QString ReportWording::answeredSeries()
{
    return QStringLiteral("Đã trả lời");
}

QString ReportWording::onTimeSeries()
{
    return QStringLiteral("Tỷ lệ đúng hạn");
}

QString ReportWording::figuresSheet()
{
    return QStringLiteral("Số liệu");
}

QString ReportWording::casesSheet()
{
    return QStringLiteral("Hồ sơ");
}

QString ReportWording::status(CaseStatus s)
{
    switch (s) {
    case CaseStatus::New:
        return QStringLiteral("Chờ phân loại");
    case CaseStatus::PendingAcceptance:
        return QStringLiteral("Chờ tiếp nhận");
    case CaseStatus::InProgress:
        return QStringLiteral("Đang xử lý");
    case CaseStatus::AwaitingApproval:
        return QStringLiteral("Chờ phê duyệt");
    case CaseStatus::Answered:
        return QStringLiteral("Đã xử lý");
    case CaseStatus::Closed:
        return QStringLiteral("Đã đóng");
    case CaseStatus::Refused:
        return QStringLiteral("Đã từ chối");
    case CaseStatus::Merged:
        return QStringLiteral("Đã gộp");
    }
    return {};
}

QString ReportWording::rating(Rating r)
{
    switch (r) {
    case Rating::Satisfied:
        return QStringLiteral("Hài lòng");
    case Rating::Acceptable:
        return QStringLiteral("Chấp nhận được");
    case Rating::NotSatisfied:
        return QStringLiteral("Không hài lòng");
    }
    return {};
}

QString ReportWording::onTime(std::optional<bool> onTime)
{
    if (!onTime)
        return {};
    return *onTime ? QStringLiteral("Đúng hạn") : QStringLiteral("Quá hạn");
}

QString ReportWording::count(double n)
{
    return vietnamese().toString(qint64(std::llround(n)));
}

QString ReportWording::decimal(double n, int decimals)
{
    return vietnamese().toString(n, 'f', decimals);
}

QString ReportWording::percent(std::optional<double> p)
{
    return p ? decimal(*p) + QLatin1Char('%') : none();
}

QString ReportWording::hours(std::optional<double> h)
{
    return h ? decimal(*h, 1) : none();
}

QString ReportWording::signedChange(std::optional<double> change, int decimals)
{
    if (!change)
        return none();
    const double rounded = std::round(*change * std::pow(10, decimals)) / std::pow(10, decimals);
    const QString magnitude =
        decimals == 0 ? count(std::abs(rounded)) : decimal(std::abs(rounded), decimals);
    if (rounded == 0)
        return magnitude;
    return (rounded > 0 ? QLatin1Char('+') : QLatin1Char('-')) + magnitude;
}

QString ReportWording::date(QDate d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

QString ReportWording::dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toOffsetFromUtc(kVietnamOffset).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString ReportWording::none()
{
    return QStringLiteral("–");
}

} // namespace pakn
