#pragma once

// Every word the report documents print, in the Vietnamese of the
// administrative form (Decree 30/2020/NĐ-CP): headings, figure names, column
// headers, statuses, and how numbers, dates and periods are written. One
// file, so the CSV, the workbook and the PDF say the same thing. Not
// translated: the report is a Vietnamese document whatever the UI language.

#include "FigureLines.h"
#include "domain/FiguresReport.h"

#include <QStringList>

namespace pakn {

class ReportWording
{
public:
    // The national heading and the form's fixed lines.
    static QString nationalName(); // CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    static QString motto();        // Độc lập - Tự do - Hạnh phúc
    static QString numberLine();   // Số: …/BC-…
    static QString title();        // BÁO CÁO
    static QString subject();      // Kết quả tiếp nhận, xử lý phản ánh, kiến nghị
    static QString signerTitle();  // THỦ TRƯỞNG ĐƠN VỊ
    static QString signerNote();   // (Ký, ghi rõ họ tên và đóng dấu)
    static QString recipientsTitle();
    static QStringList recipients();

    // "Quý II năm 2025 (từ ngày 01/04/2025 đến ngày 30/06/2025)"
    static QString period(const ReportPeriod &p);
    // "Hà Nội, ngày 05 tháng 7 năm 2025" (day < 10 and months 1–2 with a leading zero)
    static QString placeAndDate(const QString &place, QDate date);
    // "Đơn vị: …; cán bộ: …; lĩnh vực: …" (the parts the request names)
    static QString scope(const FiguresReport &r, const QString &fieldName);

    static QString figure(FigureName name);

    // Section headings and table headers of the PDF.
    static QString figuresHeading();
    static QString rankingHeading();
    static QString byFieldHeading();
    static QString chartsHeading();
    static QString introduction(const FiguresReport &r);
    static QString changeNote();
    static QString rankingNote(const RankingWeights &w);
    static QStringList figureColumns(); // figure, this period, previous period, change
    static QStringList
    rankingColumns(); // rank, unit, received, answered, on time %, satisfied %, score
    static QStringList fieldColumns(); // field, received, answered, on time %, satisfied %
    static QStringList caseColumns();  // id, title, field, unit, officer, status, received, …

    // Charts.
    static QString receivedAnsweredChart();
    static QString onTimeChart();
    static QString receivedSeries();
    static QString answeredSeries();
    static QString onTimeSeries();

    // The workbook's sheets.
    static QString figuresSheet(); // Số liệu
    static QString casesSheet();   // Hồ sơ

    // Closed vocabularies.
    static QString status(CaseStatus s);
    static QString rating(Rating r);
    static QString onTime(std::optional<bool> onTime); // "Đúng hạn", "Quá hạn", or empty

    // Numbers as Vietnamese write them: 1.234 and 97,45.
    static QString count(double n);
    static QString decimal(double n, int decimals = 2);
    static QString percent(std::optional<double> percent); // "97,45%" or "–"
    static QString hours(std::optional<double> hours);     // "12,5" or "–"
    static QString signedChange(std::optional<double> change, int decimals);
    static QString date(QDate d);                  // dd/MM/yyyy
    static QString dateTime(const QDateTime &utc); // dd/MM/yyyy HH:mm, Vietnam time
    static QString none();                         // "–": nothing to measure
};

} // namespace pakn
