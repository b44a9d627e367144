<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>DisplayNames</name>
    <message>
        <source>awaiting triage</source>
        <translation>chờ phân loại</translation>
    </message>
    <message>
        <source>awaiting acceptance</source>
        <translation>chờ tiếp nhận</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>đang xử lý</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>chờ phê duyệt</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>đã xử lý</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>đã từ chối</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>đã gộp</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Đầu mối tiếp nhận</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Chuyên viên</translation>
    </message>
    <message>
        <source>Unit leader</source>
        <translation>Lãnh đạo đơn vị</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Urban order</source>
        <translation>Trật tự đô thị</translation>
    </message>
    <message>
        <source>Environment and waste</source>
        <translation>Môi trường và rác thải</translation>
    </message>
    <message>
        <source>Roads and traffic</source>
        <translation>Giao thông và đường bộ</translation>
    </message>
    <message>
        <source>Drainage and flooding</source>
        <translation>Thoát nước và ngập úng</translation>
    </message>
    <message>
        <source>Street lighting</source>
        <translation>Chiếu sáng công cộng</translation>
    </message>
    <message>
        <source>Trees</source>
        <translation>Cây xanh</translation>
    </message>
    <message>
        <source>Illegal construction</source>
        <translation>Xây dựng trái phép</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Đất đai</translation>
    </message>
    <message>
        <source>Health and food safety</source>
        <translation>Y tế và an toàn thực phẩm</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Giáo dục</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>Du lịch</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Thương mại</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Khẩn</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>Phức tạp</translation>
    </message>
    <message>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <source>Open311/app</source>
        <translation>Open311/ứng dụng</translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation>Cổng web</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Đường dây nóng</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Trả lại đầu mối</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Chuyển đơn vị khác</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Save reply draft</source>
        <translation>Lưu dự thảo trả lời</translation>
    </message>
    <message>
        <source>Submit reply for approval</source>
        <translation>Trình duyệt trả lời</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Trả lại để sửa</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận phản ánh</translation>
    </message>
    <message>
        <source>You may not take this action on this case.</source>
        <translation>Bạn không có quyền thực hiện thao tác này với phản ánh này.</translation>
    </message>
    <message>
        <source>This action is not possible in the case&apos;s current status.</source>
        <translation>Không thể thực hiện thao tác này ở trạng thái hiện tại của phản ánh.</translation>
    </message>
    <message>
        <source>Some required information is missing or not valid.</source>
        <translation>Thiếu thông tin bắt buộc hoặc thông tin không hợp lệ.</translation>
    </message>
    <message>
        <source>The case is no longer in the local cache.</source>
        <translation>Phản ánh không còn trong dữ liệu trên máy.</translation>
    </message>
    <message>
        <source>The action could not be saved.</source>
        <translation>Không lưu được thao tác.</translation>
    </message>
    <message>
        <source>Citizen channel</source>
        <translation>Kênh tiếp nhận của công dân</translation>
    </message>
    <message>
        <source>Approve and publish</source>
        <translation>Phê duyệt và công bố</translation>
    </message>
    <message>
        <source>Request extension</source>
        <translation>Đề nghị gia hạn</translation>
    </message>
    <message>
        <source>Grant extension</source>
        <translation>Đồng ý gia hạn</translation>
    </message>
    <message>
        <source>Deny extension</source>
        <translation>Không đồng ý gia hạn</translation>
    </message>
    <message>
        <source>Record citizen&apos;s rating</source>
        <translation>Ghi nhận đánh giá của công dân</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Merge into another case</source>
        <translation>Gộp vào phản ánh khác</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Chấp nhận được</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>Duplicate merged in</source>
        <translation>Gộp phản ánh trùng</translation>
    </message>
    <message>
        <source>Viewed the reporter&apos;s phone number</source>
        <translation>Đã xem số điện thoại người phản ánh</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Evidence withdrawn</source>
        <translation>Rút minh chứng</translation>
    </message>
    <message>
        <source>Reply sent through Zalo</source>
        <translation>Gửi trả lời qua Zalo</translation>
    </message>
    <message>
        <source>File sent by link not fetched</source>
        <translation>Không lấy được tệp công dân gửi qua liên kết</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>ngày %1</translation>
    </message>
    <message>
        <source>week %1/%2 (%3–%4)</source>
        <translation>tuần %1/%2 (%3–%4)</translation>
    </message>
    <message>
        <source>month %1/%2</source>
        <translation>tháng %1/%2</translation>
    </message>
    <message>
        <source>quarter %1/%2</source>
        <translation>quý %1/%2</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>năm %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
</context>
<context>
    <name>pakn::ActionBar</name>
    <message>
        <source>Classify and &amp;route…</source>
        <translation>&amp;Phân loại và chuyển…</translation>
    </message>
    <message>
        <source>Re&amp;turn to coordinators…</source>
        <translation>T&amp;rả lại đầu mối…</translation>
    </message>
    <message>
        <source>No other actions for you on this case.</source>
        <translation>Không có thao tác nào khác dành cho bạn với phản ánh này.</translation>
    </message>
    <message>
        <source>Acc&amp;ept into the unit</source>
        <translation>Tiếp nhận về đơn &amp;vị</translation>
    </message>
    <message>
        <source>Refu&amp;se…</source>
        <translation>Từ c&amp;hối…</translation>
    </message>
    <message>
        <source>Transfer to another un&amp;it…</source>
        <translation>Chuyển đơn vị &amp;khác…</translation>
    </message>
    <message>
        <source>&amp;Merge into another case…</source>
        <translation>Gộp vào phản ánh &amp;khác…</translation>
    </message>
    <message>
        <source>Request e&amp;xtension…</source>
        <translation>Đề nghị gia &amp;hạn…</translation>
    </message>
    <message>
        <source>Grant e&amp;xtension…</source>
        <translation>Đồng ý gia &amp;hạn…</translation>
    </message>
    <message>
        <source>Den&amp;y extension…</source>
        <translation>Không đồng ý gia hạn (&amp;B)…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;Mở lại…</translation>
    </message>
    <message>
        <source>C&amp;lose the case…</source>
        <translation>Đóng &amp;hồ sơ…</translation>
    </message>
    <message>
        <source>Record citi&amp;zen&apos;s rating…</source>
        <translation>Ghi nhận mức độ hài &amp;lòng…</translation>
    </message>
    <message>
        <source>Add internal &amp;note…</source>
        <translation>Thêm &amp;ghi chú nội bộ…</translation>
    </message>
    <message>
        <source>Assign &amp;officer…</source>
        <translation>Phân công cán bộ (&amp;D)…</translation>
    </message>
</context>
<context>
    <name>pakn::ActionParamsDialog</name>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>Ur&amp;gency:</source>
        <translation>&amp;Mức độ:</translation>
    </message>
    <message>
        <source>— choose an officer —</source>
        <translation>— chọn cán bộ —</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Cán bộ:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Ý kiến:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Phản ánh %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n selected case(s): %1</source>
        <translation>
            <numerusform>%n phản ánh đã chọn: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>Gộp &amp;vào:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>— keep each case&apos;s field —</source>
        <translation>— giữ lĩnh vực của từng phản ánh —</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>— keep each case&apos;s urgency —</source>
        <translation>— giữ mức độ của từng phản ánh —</translation>
    </message>
    <message>
        <source>Current reply deadline:</source>
        <translation>Hạn trả lời hiện tại:</translation>
    </message>
    <message>
        <source>Proposed deadline</source>
        <translation>Thời hạn đề nghị</translation>
    </message>
    <message>
        <source>&amp;Proposed deadline:</source>
        <translation>&amp;Thời hạn đề nghị:</translation>
    </message>
    <message>
        <source>%1 asked on %2 for %3: %4</source>
        <translation>%1 đề nghị lúc %2, gia hạn đến %3: %4</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Đề nghị:</translation>
    </message>
    <message>
        <source>Grant a &amp;different date:</source>
        <translation>Gia hạn đến ngày &amp;khác:</translation>
    </message>
    <message>
        <source>Grant a different date</source>
        <translation>Gia hạn đến ngày khác</translation>
    </message>
    <message>
        <source>Granted deadline</source>
        <translation>Thời hạn được gia hạn</translation>
    </message>
    <message>
        <source>&amp;Satisfied</source>
        <translation>&amp;Hài lòng</translation>
    </message>
    <message>
        <source>&amp;Acceptable</source>
        <translation>&amp;Chấp nhận được</translation>
    </message>
    <message>
        <source>&amp;Not satisfied</source>
        <translation>&amp;Không hài lòng</translation>
    </message>
    <message>
        <source>Citizen&apos;s rating:</source>
        <translation>Đánh giá của người dân:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
</context>
<context>
    <name>pakn::ApiClient</name>
    <message>
        <source>The CA file %1 cannot be read or holds no PEM certificate.</source>
        <translation>Không đọc được tệp CA %1 hoặc tệp không chứa chứng thư PEM nào.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the pinned fingerprint.
Expected: %1
Actual: %2</source>
        <translation>Chứng thư của máy chủ không khớp với dấu vân tay đã ghim.
Mong đợi: %1
Thực tế: %2</translation>
    </message>
    <message>
        <source>(no certificate)</source>
        <translation>(không có chứng thư)</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Không thiết lập được kết nối bảo mật tới %1: %2</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>Máy chủ %1 không phản hồi kịp thời.</translation>
    </message>
    <message>
        <source>Cannot reach the server %1: %2</source>
        <translation>Không kết nối được máy chủ %1: %2</translation>
    </message>
    <message>
        <source>The server %1 sent an answer that is not HTTP: %2</source>
        <translation>Máy chủ %1 gửi phản hồi không phải HTTP: %2</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Máy chủ trả về mã trạng thái HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered with unexpected HTTP status %1.</source>
        <translation>Máy chủ trả về mã trạng thái HTTP không mong đợi %1.</translation>
    </message>
    <message>
        <source>The connection to %1 broke: %2</source>
        <translation>Kết nối tới %1 bị gián đoạn: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Phản hồi của máy chủ không phải JSON hợp lệ (%1 tại byte %2).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>Phản hồi của máy chủ không phải đối tượng JSON.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not what was expected: %1</source>
        <translation>Phản hồi của máy chủ không đúng định dạng mong đợi: %1</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>chứng thư đã hết hạn từ %1</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>chứng thư chưa có hiệu lực trước %1</translation>
    </message>
    <message>
        <source>it was issued for another host name (%1), not %2</source>
        <translation>chứng thư được cấp cho tên máy chủ khác (%1), không phải %2</translation>
    </message>
    <message>
        <source>it was issued by an unknown issuer (%1)</source>
        <translation>chứng thư do một nơi cấp không được biết đến cấp (%1)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1. Its SHA-256 fingerprint is %2; compare it with the fingerprint your administrator gave you before trusting it.</source>
        <translation>Chứng thư của máy chủ không được tin cậy: %1. Dấu vân tay SHA-256 của chứng thư là %2; hãy đối chiếu với dấu vân tay quản trị viên đã cung cấp trước khi tin cậy chứng thư này.</translation>
    </message>
</context>
<context>
    <name>pakn::ApprovalPanel</name>
    <message>
        <source>First submitted version: there is no earlier version to compare.</source>
        <translation>Đây là bản trình duyệt đầu tiên, chưa có bản trước để so sánh.</translation>
    </message>
    <message>
        <source>Version %1 (%2, %3) compared with version %4 (%5, %6). Removed words are struck through, added words underlined.</source>
        <translation>Bản %1 (%2, %3) so với bản %4 (%5, %6). Từ bị xóa được gạch ngang, từ thêm mới được gạch chân.</translation>
    </message>
    <message>
        <source>The text is the same as in version %1.</source>
        <translation>Nội dung không thay đổi so với bản %1.</translation>
    </message>
    <message>
        <source>Changes since the previous version</source>
        <translation>Thay đổi so với bản trước</translation>
    </message>
    <message>
        <source>Versions compared</source>
        <translation>Các bản được so sánh</translation>
    </message>
    <message>
        <source>No evidence attached to the reply.</source>
        <translation>Câu trả lời chưa có minh chứng kèm theo.</translation>
    </message>
    <message>
        <source>Evidence sent with the reply (%1): %2</source>
        <translation>Minh chứng gửi kèm câu trả lời (%1): %2</translation>
    </message>
    <message>
        <source>Evidence with the reply</source>
        <translation>Minh chứng kèm theo câu trả lời</translation>
    </message>
</context>
<context>
    <name>pakn::AttachmentFiles</name>
    <message>
        <source>The file name is not valid.</source>
        <translation>Tên tệp không hợp lệ.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>The downloaded file is damaged (its checksum does not match); it was not kept.</source>
        <translation>Tệp tải về bị hỏng (mã kiểm tra không khớp) nên không được lưu.</translation>
    </message>
    <message>
        <source>The file waiting to be uploaded is missing from %1.</source>
        <translation>Không tìm thấy tệp đang chờ tải lên trong %1.</translation>
    </message>
</context>
<context>
    <name>pakn::AttachmentQueue</name>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 không phải là tệp đọc được.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>Tệp %1 rỗng.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a file may be at most %3 MB.</source>
        <translation>Tệp %1 có dung lượng %2 MB; mỗi tệp tối đa %3 MB.</translation>
    </message>
    <message>
        <source>The file name is too long (at most 200 characters): %1</source>
        <translation>Tên tệp quá dài (tối đa 200 ký tự): %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>Tệp %1 lớn hơn %2 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be attached: only %2 files can be attached.</source>
        <translation>Không đính kèm được %1: chỉ chấp nhận tệp %2.</translation>
    </message>
    <message>
        <source>Only the officers and leaders of the case&apos;s unit can attach evidence.</source>
        <translation>Chỉ cán bộ và lãnh đạo của đơn vị xử lý phản ánh mới được đính kèm minh chứng.</translation>
    </message>
    <message>
        <source>Evidence can be attached only while the case is in progress or awaiting approval.</source>
        <translation>Chỉ đính kèm minh chứng khi phản ánh đang xử lý hoặc chờ phê duyệt.</translation>
    </message>
    <message>
        <source>Only the coordinators and the officers and leaders of the case&apos;s unit can attach files to it.</source>
        <translation>Chỉ cán bộ đầu mối và cán bộ, lãnh đạo của đơn vị xử lý mới được đính kèm tệp vào phản ánh này.</translation>
    </message>
    <message>
        <source>Files cannot be attached to a closed, refused or merged case.</source>
        <translation>Không thể đính kèm tệp vào phản ánh đã đóng, đã từ chối hoặc đã gộp.</translation>
    </message>
    <message>
        <source>Only evidence can be withdrawn; the reported photos and files stay.</source>
        <translation>Chỉ rút được minh chứng; hình ảnh, tệp của phản ánh được giữ nguyên.</translation>
    </message>
    <message>
        <source>Evidence can be withdrawn only before the reply is published.</source>
        <translation>Chỉ rút được minh chứng trước khi câu trả lời được ban hành.</translation>
    </message>
    <message>
        <source>Only whoever attached it or a leader of the unit can withdraw it.</source>
        <translation>Chỉ người đã đính kèm hoặc lãnh đạo đơn vị mới được rút minh chứng này.</translation>
    </message>
    <message>
        <source>Case #%1 is not in the cache.</source>
        <translation>Phản ánh #%1 không có trong dữ liệu trên máy.</translation>
    </message>
    <message>
        <source>Case #%1 already has %2 attachments, the most a case can have.</source>
        <translation>Phản ánh #%1 đã có %2 tệp đính kèm, là số tối đa cho một phản ánh.</translation>
    </message>
    <message>
        <source>The attachment could not be queued: %1</source>
        <translation>Không đưa được tệp đính kèm vào hàng chờ gửi: %1</translation>
    </message>
    <message>
        <source>The attachment is no longer on case #%1.</source>
        <translation>Tệp đính kèm không còn trong phản ánh #%1.</translation>
    </message>
    <message>
        <source>The withdrawal could not be queued: %1</source>
        <translation>Không đưa được yêu cầu rút minh chứng vào hàng chờ gửi: %1</translation>
    </message>
    <message>
        <source>Upload %1</source>
        <translation>Tải lên %1</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation>Rút minh chứng %1</translation>
    </message>
</context>
<context>
    <name>pakn::AttachmentStrip</name>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.webp *.pdf);;All files (*)</source>
        <translation>Ảnh và văn bản (*.jpg *.jpeg *.png *.webp *.pdf);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Attached by %1 on %2</source>
        <translation>Do %1 đính kèm lúc %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(không rõ)</translation>
    </message>
    <message>
        <source>Evidence for the reply</source>
        <translation>Minh chứng cho câu trả lời</translation>
    </message>
    <message>
        <source>Waiting to be uploaded</source>
        <translation>Đang chờ tải lên máy chủ</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Văn bản PDF</translation>
    </message>
    <message>
        <source>JPEG photo</source>
        <translation>Ảnh JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Ảnh PNG</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>Ảnh WebP</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Đang lưu %1…</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Đã lưu thành %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu được: %1</translation>
    </message>
    <message>
        <source>Withdraw evidence</source>
        <translation>Rút minh chứng</translation>
    </message>
    <message>
        <source>Withdraw %1 from the reply&apos;s evidence?</source>
        <translation>Rút %1 khỏi minh chứng của câu trả lời?</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Rút minh chứng</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Giữ lại</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Lưu thành…</translation>
    </message>
    <message>
        <source>&amp;Withdraw from the reply</source>
        <translation>&amp;Rút khỏi câu trả lời</translation>
    </message>
    <message>
        <source>Evidence with the reply: none attached yet</source>
        <translation>Minh chứng kèm theo câu trả lời: chưa có</translation>
    </message>
    <message>
        <source>Evidence with the reply (%1)</source>
        <translation>Minh chứng kèm theo câu trả lời (%1)</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>Đính kèm minh chứng…</translation>
    </message>
    <message>
        <source>Attach photos or documents that show what was done (Ctrl+Shift+A); you can also drop files here</source>
        <translation>Đính kèm ảnh hoặc văn bản chứng minh kết quả xử lý (Ctrl+Shift+A); cũng có thể kéo thả tệp vào đây</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Đính kèm minh chứng</translation>
    </message>
    <message>
        <source>Evidence with the reply</source>
        <translation>Minh chứng kèm theo câu trả lời</translation>
    </message>
    <message>
        <source>Photos and files: none</source>
        <translation>Hình ảnh, tệp đính kèm: không có</translation>
    </message>
    <message>
        <source>Photos and files (%1)</source>
        <translation>Hình ảnh, tệp đính kèm (%1)</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>Đí&amp;nh kèm…</translation>
    </message>
    <message>
        <source>Attach photos or PDF documents to the case; you can also drop files on the case view</source>
        <translation>Đính kèm ảnh hoặc văn bản PDF vào phản ánh; cũng có thể kéo thả tệp vào khung chi tiết phản ánh</translation>
    </message>
    <message>
        <source>Attach files to the case</source>
        <translation>Đính kèm tệp vào phản ánh</translation>
    </message>
    <message>
        <source>Photos and files of the case</source>
        <translation>Hình ảnh, tệp đính kèm của phản ánh</translation>
    </message>
    <message>
        <source>Enter opens the viewer, Ctrl+S saves a copy, the context menu key shows more</source>
        <translation>Enter để xem, Ctrl+S để lưu bản sao, phím menu ngữ cảnh để xem thêm thao tác</translation>
    </message>
</context>
<context>
    <name>pakn::AttachmentTransfer</name>
    <message>
        <source>A document has no thumbnail.</source>
        <translation>Văn bản không có ảnh thu nhỏ.</translation>
    </message>
</context>
<context>
    <name>pakn::AttachmentViewer</name>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>%1 — case #%2</source>
        <translation>%1 — phản ánh #%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 of %3) — %4, %5, attached by %6 on %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2/%3) — %4, %5, do %6 đính kèm lúc %7</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Đang tải về…</translation>
    </message>
    <message>
        <source>This file is not on this computer yet and the server cannot be reached. It opens once the connection is back.</source>
        <translation>Tệp này chưa có trên máy và hiện không kết nối được máy chủ. Tệp sẽ mở được khi có kết nối trở lại.</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>Không tải được tệp: %1</translation>
    </message>
    <message>
        <source>A PDF document: open it in your PDF viewer.</source>
        <translation>Văn bản PDF: mở bằng trình xem PDF trên máy.</translation>
    </message>
    <message>
        <source>Loading the image…</source>
        <translation>Đang mở ảnh…</translation>
    </message>
    <message>
        <source>The image cannot be shown.</source>
        <translation>Không hiển thị được ảnh.</translation>
    </message>
    <message>
        <source>%1, shown at %2%</source>
        <translation>%1, hiển thị ở mức %2%</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Đang lưu %1…</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Đã lưu thành %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu được: %1</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Trước</translation>
    </message>
    <message>
        <source>Previous attachment</source>
        <translation>Tệp đính kèm trước</translation>
    </message>
    <message>
        <source>Left arrow or Page Up</source>
        <translation>Phím mũi tên trái hoặc Page Up</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Sau ▶</translation>
    </message>
    <message>
        <source>Next attachment</source>
        <translation>Tệp đính kèm sau</translation>
    </message>
    <message>
        <source>Right arrow or Page Down</source>
        <translation>Phím mũi tên phải hoặc Page Down</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Thu n&amp;hỏ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Minus key</source>
        <translation>Phím trừ (-)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Phóng t&amp;o</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Plus key</source>
        <translation>Phím cộng (+)</translation>
    </message>
    <message>
        <source>&amp;100%</source>
        <translation>&amp;100%</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Kích thước thật</translation>
    </message>
    <message>
        <source>Key 0</source>
        <translation>Phím 0</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Vừa cửa sổ</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>Vừa khung cửa sổ</translation>
    </message>
    <message>
        <source>Key F</source>
        <translation>Phím F</translation>
    </message>
    <message>
        <source>Open in the PDF &amp;viewer</source>
        <translation>Mở bằng trình &amp;xem PDF</translation>
    </message>
    <message>
        <source>Open in the system&apos;s PDF viewer</source>
        <translation>Mở bằng trình xem PDF của máy</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Lưu thành…</translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation>Lưu một bản sao của tệp</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Đóng cửa sổ xem</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Viewer status</source>
        <translation>Trạng thái xem tệp</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Tiến độ tải về</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Hình ảnh</translation>
    </message>
</context>
<context>
    <name>pakn::BulkActionPanel</name>
    <message numerus="yes">
        <source>%n case(s) selected, for all of them:</source>
        <translation>
            <numerusform>Đã chọn %n phản ánh, áp dụng cho tất cả:</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Tiếp nhận tất cả (&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;ssign all…</source>
        <translation>Phân công tất cả (&amp;O)…</translation>
    </message>
    <message>
        <source>Ro&amp;ute all…</source>
        <translation>Phân loại &amp;và chuyển tất cả…</translation>
    </message>
</context>
<context>
    <name>pakn::BulkResultDialog</name>
    <message>
        <source>%1: result per case</source>
        <translation>%1: kết quả từng phản ánh</translation>
    </message>
    <message>
        <source>Done for all %1 cases; saved on this PC and being sent to the server.</source>
        <translation>Đã thực hiện cho cả %1 phản ánh; đã lưu trên máy này và đang gửi lên máy chủ.</translation>
    </message>
    <message>
        <source>Done for %1 of %2 cases; the others were not changed.</source>
        <translation>Đã thực hiện cho %1/%2 phản ánh; các phản ánh còn lại không thay đổi.</translation>
    </message>
    <message>
        <source>Result per case</source>
        <translation>Kết quả từng phản ánh</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Saved, being sent</source>
        <translation>Đã lưu, đang gửi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>pakn::CacheDatabase</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>The cache is already open under the connection name %1.</source>
        <translation>Dữ liệu trên máy đã được mở với tên kết nối %1.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>Chưa cài trình điều khiển SQLite của Qt (QSQLITE).</translation>
    </message>
    <message>
        <source>The cache %1 cannot be used (%2). The file was left as it is: move it away to start with an empty cache, or use another profile.</source>
        <translation>Không dùng được tệp dữ liệu %1 (%2). Tệp được giữ nguyên: hãy chuyển tệp đi nơi khác để bắt đầu với dữ liệu trống, hoặc dùng hồ sơ khác.</translation>
    </message>
    <message>
        <source>a step of the transaction failed</source>
        <translation>một bước của giao dịch không thành công</translation>
    </message>
    <message>
        <source>The cache file %1 cannot be read: %2</source>
        <translation>Không đọc được tệp dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a PAKN Desk cache (it is not an SQLite database). It was left untouched: move it away or use another profile.</source>
        <translation>Tệp %1 không phải dữ liệu của PAKN Desk (không phải cơ sở dữ liệu SQLite). Tệp được giữ nguyên: hãy chuyển tệp đi nơi khác hoặc dùng hồ sơ khác.</translation>
    </message>
    <message>
        <source>SQLite refused write-ahead logging (journal mode is &quot;%1&quot;).</source>
        <translation>SQLite không bật được chế độ ghi nhật ký trước (chế độ nhật ký hiện là “%1”).</translation>
    </message>
    <message>
        <source>The cache was written by a newer version of PAKN Desk (schema %1, this version knows up to %2).</source>
        <translation>Dữ liệu trên máy do phiên bản PAKN Desk mới hơn tạo ra (lược đồ %1, phiên bản này chỉ hỗ trợ đến %2).</translation>
    </message>
    <message>
        <source>Migration %1 of the cache failed: %2</source>
        <translation>Nâng cấp dữ liệu trên máy ở bước %1 không thành công: %2</translation>
    </message>
</context>
<context>
    <name>pakn::CaseCommands</name>
    <message>
        <source>This case cannot be answered now.</source>
        <translation>Hiện không thể trả lời phản ánh này.</translation>
    </message>
    <message>
        <source>You cannot assign this case now.</source>
        <translation>Hiện bạn không thể phân công phản ánh này.</translation>
    </message>
    <message>
        <source>There is no reply to submit on this case.</source>
        <translation>Phản ánh này không có dự thảo trả lời để trình duyệt.</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>Phản ánh (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation>Phản ánh tiếp th&amp;eo</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>Phản ánh t&amp;rước</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Mở phản ánh</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Trả lời</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Phân công…</translation>
    </message>
    <message>
        <source>&amp;Submit the reply</source>
        <translation>Trình &amp;duyệt trả lời</translation>
    </message>
</context>
<context>
    <name>pakn::CaseDetailView</name>
    <message>
        <source>Select a case in the table to see its details.</source>
        <translation>Chọn một phản ánh trong bảng để xem chi tiết.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Phản ánh %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>not routed yet</source>
        <translation>chưa chuyển đơn vị</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <source>Acceptance due</source>
        <translation>Hạn tiếp nhận</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>ẩn danh</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Người phản ánh</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ngày trả lời</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Published reply</source>
        <translation>Trả lời đã công bố</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử xử lý</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Chi tiết phản ánh</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <source>Citizen&apos;s rating</source>
        <translation>Đánh giá của người dân</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>Phản ánh liên quan</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>%1 d %2 h of working time</source>
        <translation>%1 ngày %2 giờ làm việc</translation>
    </message>
    <message>
        <source>%1 h %2 min of working time</source>
        <translation>%1 giờ %2 phút làm việc</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>còn %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>quá hạn %1</translation>
    </message>
    <message>
        <source>met (done %1)</source>
        <translation>đúng hạn (hoàn thành lúc %1)</translation>
    </message>
    <message>
        <source>missed (done %1)</source>
        <translation>trễ hạn (hoàn thành lúc %1)</translation>
    </message>
    <message>
        <source>%1 asked on %2 for %3: %4</source>
        <translation>%1 đề nghị lúc %2, gia hạn đến %3: %4</translation>
    </message>
    <message>
        <source>awaiting the leader&apos;s decision</source>
        <translation>chờ lãnh đạo quyết định</translation>
    </message>
    <message>
        <source>granted until %1 by %2 on %3</source>
        <translation>được gia hạn đến %1, do %2 quyết định lúc %3</translation>
    </message>
    <message>
        <source>denied by %1 on %2</source>
        <translation>%1 không đồng ý lúc %2</translation>
    </message>
    <message>
        <source>merged into</source>
        <translation>đã gộp vào</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>phản ánh %1</translation>
    </message>
    <message>
        <source>duplicates merged in:</source>
        <translation>phản ánh trùng đã gộp vào đây:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Show phone number</source>
        <translation>Hiện số điện thoại</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Phường/xã</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Tọa độ</translation>
    </message>
    <message>
        <source>Open in the map</source>
        <translation>Mở trên bản đồ</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Tất cả (%1)</translation>
    </message>
    <message>
        <source>Internal notes (%1)</source>
        <translation>Ghi chú nội bộ (%1)</translation>
    </message>
    <message>
        <source>Reply versions (%1)</source>
        <translation>Các phiên bản trả lời (%1)</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Không có mục nào.</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>nội bộ</translation>
    </message>
    <message>
        <source>reply version %1</source>
        <translation>phiên bản trả lời %1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>qua %1</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n lần</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pakn::CaseFiles</name>
    <message>
        <source>The file could not be written to %1.</source>
        <translation>Không ghi được tệp vào %1.</translation>
    </message>
</context>
<context>
    <name>pakn::CaseFilterBar</name>
    <message>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>Mọi mức độ</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Mọi kênh</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Chưa phân công</translation>
    </message>
    <message>
        <source>Any field</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>Mọi đơn vị</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Mọi cán bộ</translation>
    </message>
    <message>
        <source>Field filter</source>
        <translation>Lọc theo lĩnh vực</translation>
    </message>
    <message>
        <source>Unit filter</source>
        <translation>Lọc theo đơn vị</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Lọc theo trạng thái</translation>
    </message>
    <message>
        <source>Urgency filter</source>
        <translation>Lọc theo mức độ khẩn</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Lọc theo kênh tiếp nhận</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Tiếp nhận từ ngày</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>Tiếp nhận đến ngày</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Lọc theo cán bộ xử lý</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Xóa tất cả bộ lọc</translation>
    </message>
    <message>
        <source>Save the search and filters as a queue</source>
        <translation>Lưu từ khóa tìm kiếm và bộ lọc thành danh sách riêng</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Mức độ khẩn:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kênh tiếp nhận:</translation>
    </message>
    <message>
        <source>Received from:</source>
        <translation>Nhận từ ngày:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>đến ngày:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Cán bộ xử lý:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>Save as &amp;queue…</source>
        <translation>Lưu thành danh sách (&amp;Q)…</translation>
    </message>
</context>
<context>
    <name>pakn::CaseNotifier</name>
    <message>
        <source>Case #%1 was assigned to you: %2</source>
        <translation>Phản ánh #%1 vừa được phân công cho bạn: %2</translation>
    </message>
    <message>
        <source>Your reply on case #%1 was sent back: %2</source>
        <translation>Dự thảo trả lời phản ánh #%1 của bạn đã bị trả lại: %2</translation>
    </message>
    <message>
        <source>A reply awaits your approval on case #%1: %2</source>
        <translation>Phản ánh #%1 có dự thảo trả lời chờ bạn phê duyệt: %2</translation>
    </message>
    <message>
        <source>Case #%1 is due today: %2</source>
        <translation>Phản ánh #%1 đến hạn trả lời hôm nay: %2</translation>
    </message>
</context>
<context>
    <name>pakn::CasePicker</name>
    <message>
        <source>Case number or words of the title…</source>
        <translation>Số phản ánh hoặc từ trong tiêu đề…</translation>
    </message>
    <message>
        <source>Find the case</source>
        <translation>Tìm phản ánh</translation>
    </message>
    <message>
        <source>Matching cases</source>
        <translation>Phản ánh phù hợp</translation>
    </message>
    <message>
        <source>#%1 — %2 (%3)</source>
        <translation>#%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Received %1, %2</source>
        <translation>Tiếp nhận lúc %1, %2</translation>
    </message>
    <message>
        <source>Type a case number or words of its title.</source>
        <translation>Nhập số phản ánh hoặc từ trong tiêu đề.</translation>
    </message>
    <message>
        <source>No other case matches.</source>
        <translation>Không có phản ánh nào khác phù hợp.</translation>
    </message>
</context>
<context>
    <name>pakn::CaseStore</name>
    <message>
        <source>change %1 of the feed page has neither a case nor a removed id</source>
        <translation>thay đổi %1 của trang dữ liệu không có phản ánh cũng không có mã phản ánh bị gỡ</translation>
    </message>
</context>
<context>
    <name>pakn::CaseTableModel</name>
    <message>
        <source>Changed here, not yet sent to the server</source>
        <translation>Đã thay đổi trên máy này, chưa gửi lên máy chủ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Hạn trả lời</translation>
    </message>
    <message>
        <source>%1
(changed since you last opened it)</source>
        <translation>%1
(có thay đổi từ lần bạn mở gần nhất)</translation>
    </message>
    <message>
        <source>Reply due %1</source>
        <translation>Hạn trả lời: %1</translation>
    </message>
    <message>
        <source>Received through %1</source>
        <translation>Tiếp nhận qua %1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <source>Acceptance due %1</source>
        <translation>Hạn tiếp nhận: %1</translation>
    </message>
</context>
<context>
    <name>pakn::CaseTableView</name>
    <message>
        <source>Choose &amp;columns…</source>
        <translation>Chọn &amp;cột hiển thị…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Các cột</translation>
    </message>
</context>
<context>
    <name>pakn::ClientProfile</name>
    <message>
        <source>The profile settings %1 cannot be read.</source>
        <translation>Không đọc được thiết lập hồ sơ %1.</translation>
    </message>
    <message>
        <source>The profile settings %1 are damaged; fix or delete the file.</source>
        <translation>Thiết lập hồ sơ %1 bị hỏng; hãy sửa hoặc xóa tệp này.</translation>
    </message>
    <message>
        <source>The certificate fingerprint in %1 is not a SHA-256 fingerprint.</source>
        <translation>Dấu vân tay chứng thư trong %1 không phải dấu vân tay SHA-256.</translation>
    </message>
    <message>
        <source>The profile settings %1 cannot be written.</source>
        <translation>Không ghi được thiết lập hồ sơ %1.</translation>
    </message>
    <message>
        <source>The session token cannot be saved in %1: %2</source>
        <translation>Không lưu được mã phiên làm việc vào %1: %2</translation>
    </message>
    <message>
        <source>The session token file&apos;s permissions cannot be restricted.</source>
        <translation>Không giới hạn được quyền truy cập tệp mã phiên làm việc.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be created.</source>
        <translation>Không tạo được thư mục hồ sơ người dùng %1.</translation>
    </message>
    <message>
        <source>The token storage &quot;%1&quot; in %2 is not one of keychain, file or none.</source>
        <translation>Cách lưu phiên &quot;%1&quot; trong %2 không hợp lệ: chỉ được là keychain, file hoặc none.</translation>
    </message>
</context>
<context>
    <name>pakn::DashboardCharts</name>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <source>On time %</source>
        <translation>Đúng hạn (%)</translation>
    </message>
    <message>
        <source>Satisfied %</source>
        <translation>Hài lòng (%)</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>tuần từ %1</translation>
    </message>
    <message>
        <source>Received and answered per week</source>
        <translation>Tiếp nhận và xử lý theo tuần</translation>
    </message>
    <message>
        <source>On time and satisfied per week</source>
        <translation>Tỷ lệ xử lý đúng hạn và hài lòng theo tuần</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Đang quá hạn</translation>
    </message>
    <message>
        <source>Overdue now: the %1 units with the most</source>
        <translation>Đang quá hạn: %1 đơn vị nhiều nhất</translation>
    </message>
    <message>
        <source>Overdue now by unit</source>
        <translation>Đang quá hạn theo đơn vị</translation>
    </message>
    <message>
        <source>Received by field</source>
        <translation>PAKN tiếp nhận theo lĩnh vực</translation>
    </message>
</context>
<context>
    <name>pakn::DashboardLauncher</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Bảng &amp;số liệu</translation>
    </message>
    <message>
        <source>Figures, charts and the ranking of units</source>
        <translation>Số liệu, biểu đồ và xếp hạng các đơn vị</translation>
    </message>
</context>
<context>
    <name>pakn::DashboardScope</name>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Cán bộ:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đến ngà&amp;y:</translation>
    </message>
    <message>
        <source>◀ P&amp;revious</source>
        <translation>◀ Kỳ t&amp;rước</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>Kỳ &amp;sau ▶</translation>
    </message>
    <message>
        <source>The period before</source>
        <translation>Kỳ liền trước</translation>
    </message>
    <message>
        <source>The period after</source>
        <translation>Kỳ liền sau</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Loại kỳ báo cáo</translation>
    </message>
    <message>
        <source>A day in the period</source>
        <translation>Một ngày trong kỳ</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Kỳ trước</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Kỳ sau</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Tất cả cán bộ</translation>
    </message>
</context>
<context>
    <name>pakn::DashboardWindow</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>All cases in the report</source>
        <translation>Tất cả phản ánh trong báo cáo</translation>
    </message>
    <message>
        <source>Figures — %1, %2</source>
        <translation>Bảng số liệu — %1, %2</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Xuất báo cáo…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <source>Ran&amp;king of units</source>
        <translation>&amp;Bảng xếp hạng đơn vị</translation>
    </message>
    <message>
        <source>Ranking of units</source>
        <translation>Bảng xếp hạng đơn vị</translation>
    </message>
    <message>
        <source>Preparing the figures… %1%</source>
        <translation>Đang chuẩn bị số liệu… %1%</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Không đọc được số liệu: %1</translation>
    </message>
    <message>
        <source>Preparing the figures…</source>
        <translation>Đang chuẩn bị số liệu…</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Đang tải số liệu…</translation>
    </message>
    <message>
        <source>Figures for %1, %2, counted at %3</source>
        <translation>Số liệu của %1, %2, tính đến %3</translation>
    </message>
    <message>
        <source>The figures are counted once this computer&apos;s first download of cases has finished…</source>
        <translation>Số liệu sẽ được tính khi lần tải phản ánh đầu tiên về máy này hoàn tất…</translation>
    </message>
</context>
<context>
    <name>pakn::DeadlineCountdown</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ngày %2 giờ</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>quá hạn %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>còn %1</translation>
    </message>
</context>
<context>
    <name>pakn::DeskPreferences</name>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation>Không ghi được tệp cài đặt %1.</translation>
    </message>
</context>
<context>
    <name>pakn::DeskSession</name>
    <message>
        <source>PAKN Desk</source>
        <translation>PAKN Desk</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>PAKN Desk cannot read its settings in:
%1

%2

Check that the folder exists and that you may read it.</source>
        <translation>PAKN Desk không đọc được thiết lập trong:
%1

%2

Hãy kiểm tra thư mục có tồn tại và bạn có quyền đọc.</translation>
    </message>
    <message>
        <source>PAKN Desk cannot open its local data file:
%1

%2

Close PAKN Desk and rename or move this file (keep it if actions were waiting to be sent, and tell your administrator), then start PAKN Desk again: it will download the cases again from the server.</source>
        <translation>PAKN Desk không mở được tệp dữ liệu trên máy:
%1

%2

Hãy đóng PAKN Desk, đổi tên hoặc chuyển tệp này đi nơi khác (giữ lại tệp nếu còn thao tác chưa gửi và báo cho quản trị viên), rồi mở lại PAKN Desk: chương trình sẽ tải lại các phản ánh từ máy chủ.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again; actions waiting to be sent are kept.</source>
        <translation>Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại; các thao tác chưa gửi vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>The server settings changed. Please log in again; actions waiting to be sent are kept.</source>
        <translation>Cấu hình máy chủ đã thay đổi. Vui lòng đăng nhập lại; các thao tác đang chờ gửi vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation>Chưa đính kèm được tệp</translation>
    </message>
    <message>
        <source>%1 was not attached.</source>
        <translation>Tệp %1 chưa được đính kèm.</translation>
    </message>
    <message>
        <source>%1 attached to case #%2; it is uploaded with the next sync.</source>
        <translation>Đã đính kèm %1 vào phản ánh #%2; tệp sẽ được tải lên ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>Every session of this account has ended, on every computer.</source>
        <translation>Mọi phiên đăng nhập của tài khoản này đã kết thúc, trên mọi máy tính.</translation>
    </message>
    <message>
        <source>The server could not be reached: sessions on other computers may still be open. Log in and choose Log out everywhere again.</source>
        <translation>Không kết nối được máy chủ: các phiên trên máy tính khác có thể vẫn còn mở. Hãy đăng nhập rồi chọn lại Đăng xuất mọi nơi.</translation>
    </message>
    <message>
        <source>Log out and delete this computer&apos;s copy of the cases: the cached cases, the saved reply drafts and the downloaded attachments. Your settings stay; the next login downloads the cases again.</source>
        <translation>Đăng xuất và xóa bản sao hồ sơ trên máy tính này: các hồ sơ đã lưu, các bản nháp trả lời và các tệp đính kèm đã tải về. Cài đặt của bạn được giữ lại; lần đăng nhập sau sẽ tải lại hồ sơ.</translation>
    </message>
    <message>
        <source>Not on the server yet, and lost if you go on: %1 and %2.</source>
        <translation>Chưa có trên máy chủ và sẽ mất nếu tiếp tục: %1 và %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n queued action(s)</source>
        <translation>
            <numerusform>%n thao tác chờ gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved reply draft(s)</source>
        <translation>
            <numerusform>%n bản nháp trả lời</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this computer&apos;s copy</source>
        <translation>Xóa bản sao trên máy tính này</translation>
    </message>
    <message>
        <source>&amp;Delete and log out</source>
        <translation>&amp;Xóa và đăng xuất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Log out &amp;everywhere too (every session of this account)</source>
        <translation>Đăng xuất cả &amp;mọi nơi (mọi phiên của tài khoản này)</translation>
    </message>
    <message>
        <source>This computer&apos;s copy of the cases is deleted. The next login downloads the cases again.</source>
        <translation>Bản sao hồ sơ trên máy tính này đã được xóa. Lần đăng nhập sau sẽ tải lại hồ sơ.</translation>
    </message>
    <message>
        <source>This computer&apos;s copy of the cases could not be deleted: %1</source>
        <translation>Không xóa được bản sao hồ sơ trên máy tính này: %1</translation>
    </message>
    <message>
        <source>Opening PAKN Desk: reading your saved session from the system keychain…</source>
        <translation>Đang mở PAKN Desk: đang đọc phiên đăng nhập đã lưu từ kho khóa của hệ thống…</translation>
    </message>
    <message>
        <source>&amp;Log in instead</source>
        <translation>&amp;Đăng nhập bằng mật khẩu</translation>
    </message>
</context>
<context>
    <name>pakn::DrillChart</name>
    <message>
        <source>No figures</source>
        <translation>Không có số liệu</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>pakn::FeedFetcher</name>
    <message>
        <source>The server sent a malformed change feed page: %1</source>
        <translation>Máy chủ gửi trang dữ liệu thay đổi không đúng định dạng: %1</translation>
    </message>
    <message>
        <source>The server&apos;s change feed did not advance (cursor %1 after %2).</source>
        <translation>Dữ liệu thay đổi từ máy chủ không tiến lên (con trỏ %1 sau %2).</translation>
    </message>
</context>
<context>
    <name>pakn::FigureCasesDialog</name>
    <message>
        <source>Cases behind the figure</source>
        <translation>Danh sách phản ánh của số liệu</translation>
    </message>
    <message>
        <source>Loading the cases…</source>
        <translation>Đang tải danh sách phản ánh…</translation>
    </message>
    <message>
        <source>%1 case(s). Enter or a double-click opens a case.</source>
        <translation>%1 phản ánh. Nhấn Enter hoặc nhấp đúp để mở phản ánh.</translation>
    </message>
</context>
<context>
    <name>pakn::FigureTiles</name>
    <message>
        <source>Cases received</source>
        <translation>Số PAKN tiếp nhận</translation>
    </message>
    <message>
        <source>Accepted by units</source>
        <translation>Đã tiếp nhận (đơn vị)</translation>
    </message>
    <message>
        <source>Answered (replies published)</source>
        <translation>Đã xử lý (đã trả lời)</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Xử lý đúng hạn</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Xử lý quá hạn</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Đang quá hạn</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Average working time to answer</source>
        <translation>Thời gian xử lý trung bình (giờ làm việc)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Mở lại để xử lý lại</translation>
    </message>
</context>
<context>
    <name>pakn::FullDisk</name>
    <message>
        <source>The disk holding the local cache is full. Free some space on it: nothing queued is lost, and syncing resumes once there is room.</source>
        <translation>Ổ đĩa chứa dữ liệu trên máy đã đầy. Hãy giải phóng bớt dung lượng: các thao tác đang chờ gửi không bị mất, và việc đồng bộ sẽ tiếp tục khi có chỗ trống.</translation>
    </message>
</context>
<context>
    <name>pakn::IntakeDialog</name>
    <message>
        <source>Take in a report</source>
        <translation>Tiếp nhận phản ánh</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kênh tiếp nhận:</translation>
    </message>
    <message>
        <source>Reporter&apos;s &amp;name:</source>
        <translation>Họ tê&amp;n người phản ánh:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Số đ&amp;iện thoại:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>&amp;Title (optional):</source>
        <translation>&amp;Tiêu đề (không bắt buộc):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <source>Reporter&apos;s name</source>
        <translation>Họ tên người phản ánh</translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation>Số điện thoại người phản ánh</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Characters in the description</source>
        <translation>Số ký tự của nội dung</translation>
    </message>
    <message>
        <source>Sending status</source>
        <translation>Trạng thái gửi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Các nút của hộp thoại</translation>
    </message>
    <message>
        <source>Empty: anonymous</source>
        <translation>Để trống nếu người phản ánh ẩn danh</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation>Ví dụ: 0912 345 678</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Gửi</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>Gửi phản ánh</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>A description is required.</source>
        <translation>Cần nhập nội dung phản ánh.</translation>
    </message>
    <message>
        <source>At most %1 characters; remove %2.</source>
        <translation>Tối đa %1 ký tự; cần bớt %2 ký tự.</translation>
    </message>
    <message>
        <source>Not a phone number (9 to 12 digits).</source>
        <translation>Số điện thoại không hợp lệ (phải có từ 9 đến 12 chữ số).</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Sending the report to the server…</source>
        <translation>Đang gửi phản ánh lên máy chủ…</translation>
    </message>
    <message>
        <source>Case #%1 created.</source>
        <translation>Đã tạo phản ánh #%1.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Nothing typed is lost: send again when the connection is back.</source>
        <translation>Không kết nối được với máy chủ (%1). Nội dung đã nhập vẫn được giữ nguyên: hãy gửi lại khi có kết nối.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no case number.</source>
        <translation>Máy chủ đã trả lời nhưng không có số phản ánh.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Chưa gửi được: %1</translation>
    </message>
    <message>
        <source>Discard the report?</source>
        <translation>Bỏ phản ánh đang nhập?</translation>
    </message>
    <message>
        <source>The report you typed has not been sent. Discard it?</source>
        <translation>Phản ánh đang nhập chưa được gửi. Bỏ phản ánh này?</translation>
    </message>
</context>
<context>
    <name>pakn::IntakeLauncher</name>
    <message>
        <source>Case #%1 created.</source>
        <translation>Đã tạo phản ánh #%1.</translation>
    </message>
    <message>
        <source>Take in a &amp;report…</source>
        <translation>Tiếp &amp;nhận phản ánh…</translation>
    </message>
    <message>
        <source>Type in a report received by hotline or in person (Ctrl+N)</source>
        <translation>Nhập phản ánh nhận qua đường dây nóng hoặc trực tiếp (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>pakn::LocalCopy</name>
    <message>
        <source>Cannot delete the attachments folder %1.</source>
        <translation>Không xóa được thư mục tệp đính kèm %1.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>Không xóa được %1: %2</translation>
    </message>
</context>
<context>
    <name>pakn::Login</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>The server&apos;s login answer is malformed: %1</source>
        <translation>Phản hồi đăng nhập của máy chủ không đúng định dạng: %1</translation>
    </message>
    <message>
        <source>The server&apos;s unit list is malformed: %1</source>
        <translation>Danh sách đơn vị máy chủ gửi về không đúng định dạng: %1</translation>
    </message>
    <message>
        <source>The server&apos;s user list is malformed: %1</source>
        <translation>Danh sách người dùng máy chủ gửi về không đúng định dạng: %1</translation>
    </message>
    <message>
        <source>This profile still holds work of %1 that is not on the server yet (%2 queued actions, %3 saved reply drafts). Log in as %1 on %4 to send it, or use another profile.</source>
        <translation>Hồ sơ này còn công việc của %1 chưa gửi lên máy chủ (%2 thao tác chờ gửi, %3 bản nháp trả lời). Hãy đăng nhập bằng %1 trên %4 để gửi, hoặc dùng hồ sơ khác.</translation>
    </message>
    <message>
        <source>The new password was not accepted: %1</source>
        <translation>Mật khẩu mới không được chấp nhận: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed logins. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau %n phút.</numerusform>
        </translation>
    </message>
    <message>
        <source>a password needs at least 8 characters.</source>
        <translation>mật khẩu cần ít nhất 8 ký tự.</translation>
    </message>
    <message>
        <source>a password must not contain the user name.</source>
        <translation>mật khẩu không được chứa tên đăng nhập.</translation>
    </message>
    <message>
        <source>this password is too common; choose another one.</source>
        <translation>mật khẩu này quá phổ biến; hãy chọn mật khẩu khác.</translation>
    </message>
    <message>
        <source>it must differ from the one-time password.</source>
        <translation>mật khẩu mới phải khác mật khẩu dùng một lần.</translation>
    </message>
</context>
<context>
    <name>pakn::LoginDialog</name>
    <message>
        <source>Cannot reach the server. Check the server address and the network connection, then try again.</source>
        <translation>Không kết nối được máy chủ. Hãy kiểm tra địa chỉ máy chủ và kết nối mạng, rồi thử lại.</translation>
    </message>
    <message>
        <source>The server address is not valid. It looks like https://pakn.example.gov.vn:8443</source>
        <translation>Địa chỉ máy chủ không hợp lệ. Địa chỉ có dạng https://pakn.example.gov.vn:8443</translation>
    </message>
    <message>
        <source>The certificate fingerprint must be 32 bytes in hexadecimal (AB:CD:…), as the server prints it. Leave it empty for a server with a trusted certificate.</source>
        <translation>Dấu vân tay chứng thư phải gồm 32 byte dạng thập lục phân (AB:CD:…), đúng như máy chủ in ra. Để trống nếu máy chủ dùng chứng thư được tin cậy.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <source>Log in to handle citizens&apos; feedback and requests.</source>
        <translation>Đăng nhập để xử lý phản ánh, kiến nghị của người dân.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Máy &amp;chủ:</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation>&amp;Dấu vân tay chứng thư:</translation>
    </message>
    <message>
        <source>optional, for a server with a self-signed certificate</source>
        <translation>không bắt buộc, dùng cho máy chủ có chứng thư tự ký</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>This password was given to you for one use only. Choose your own password now (at least 8 characters).</source>
        <translation>Mật khẩu này chỉ được cấp để dùng một lần. Hãy đặt mật khẩu của riêng bạn ngay bây giờ (ít nhất 8 ký tự).</translation>
    </message>
    <message>
        <source>The new password needs at least 8 characters.</source>
        <translation>Mật khẩu mới cần ít nhất 8 ký tự.</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>Hai mật khẩu mới không giống nhau. Hãy gõ cùng một mật khẩu hai lần.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Mật khẩu mớ&amp;i:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Nhập &amp;lại mật khẩu mới:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Ending the session of the one-time password…</source>
        <translation>Đang kết thúc phiên của mật khẩu dùng một lần…</translation>
    </message>
    <message>
        <source>The new password must not contain your user name.</source>
        <translation>Mật khẩu mới không được chứa tên đăng nhập của bạn.</translation>
    </message>
    <message>
        <source>Trust this certificate only if its fingerprint %1 is exactly the one your administrator gave you (in person, on paper or by phone). Anyone between you and the server could otherwise read and change everything you send.</source>
        <translation>Chỉ tin cậy chứng thư này nếu dấu vân tay %1 trùng khớp hoàn toàn với dấu vân tay quản trị viên đã đưa cho bạn (trực tiếp, trên giấy hoặc qua điện thoại). Nếu không, bất kỳ ai đứng giữa bạn và máy chủ đều có thể đọc và sửa mọi thứ bạn gửi.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Ghim chứng thư này</translation>
    </message>
    <message>
        <source>Pins the certificate&apos;s fingerprint in your profile; compare it with your administrator&apos;s first.</source>
        <translation>Ghim dấu vân tay của chứng thư vào hồ sơ của bạn; hãy đối chiếu với dấu vân tay của quản trị viên trước.</translation>
    </message>
</context>
<context>
    <name>pakn::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm kiếm…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ g&amp;iúp</translation>
    </message>
    <message>
        <source>&amp;About PAKN Desk</source>
        <translation>&amp;Giới thiệu PAKN Desk</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Danh sách công việc</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>%1: saved on this PC, being sent to the server.</source>
        <translation>%1: đã lưu trên máy, đang gửi lên máy chủ.</translation>
    </message>
    <message>
        <source>About PAKN Desk</source>
        <translation>Giới thiệu PAKN Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;PAKN Desk %1&lt;/b&gt;&lt;br&gt;The staff workbench for citizens&apos; feedback and requests (phản ánh, kiến nghị): receive, route, handle and answer them, online or offline.</source>
        <translation>&lt;b&gt;PAKN Desk %1&lt;/b&gt;&lt;br&gt;Phần mềm dành cho cán bộ tiếp nhận, chuyển xử lý, xử lý và trả lời phản ánh, kiến nghị của người dân — cả khi có mạng lẫn khi mất mạng.</translation>
    </message>
    <message>
        <source>PAKN Desk</source>
        <translation>PAKN Desk</translation>
    </message>
    <message>
        <source>Your unit or role has changed: the queues now show your new work.</source>
        <translation>Đơn vị hoặc vai trò của bạn đã thay đổi: danh sách công việc đã được cập nhật theo vai trò mới.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Queued actions…</source>
        <translation>Thao tác &amp;chờ gửi…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Tìm kiếm phản ánh</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Chi tiết phản ánh</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Ngôn ngữ (&amp;Y)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Thanh công cụ</translation>
    </message>
    <message>
        <source>Log out &amp;everywhere</source>
        <translation>Đăng xuất &amp;mọi nơi</translation>
    </message>
    <message>
        <source>End every session of this account, on every computer (a lost laptop, a shared password)</source>
        <translation>Kết thúc mọi phiên của tài khoản này trên mọi máy tính (mất máy, lộ mật khẩu)</translation>
    </message>
    <message>
        <source>Log out and &amp;delete this computer&apos;s copy…</source>
        <translation>Đăng xuất và xóa &amp;dữ liệu trên máy này…</translation>
    </message>
    <message>
        <source>Log out and delete the cases, drafts and attachments kept on this computer (a shared computer); your settings stay</source>
        <translation>Đăng xuất và xóa các hồ sơ, bản nháp và tệp đính kèm lưu trên máy tính này (máy dùng chung); cài đặt của bạn được giữ lại</translation>
    </message>
    <message>
        <source>Asking the server for the phone number…</source>
        <translation>Đang hỏi máy chủ số điện thoại…</translation>
    </message>
    <message>
        <source>The phone number is shown; the case&apos;s history records that you looked.</source>
        <translation>Số điện thoại đã hiện; lịch sử xử lý của phản ánh ghi lại việc bạn đã xem.</translation>
    </message>
    <message>
        <source>Showing the phone number needs a connection to the server.</source>
        <translation>Cần kết nối với máy chủ để hiện số điện thoại.</translation>
    </message>
    <message>
        <source>The phone number could not be shown: %1</source>
        <translation>Không hiện được số điện thoại: %1</translation>
    </message>
</context>
<context>
    <name>pakn::OfflineBanner</name>
    <message numerus="yes">
        <source>&lt;b&gt;Offline.&lt;/b&gt; The server cannot be reached. %Ln action(s) saved on this PC will be sent when the connection is back; you can keep working.</source>
        <translation>
            <numerusform>&lt;b&gt;Mất kết nối.&lt;/b&gt; Không kết nối được với máy chủ. %Ln thao tác đã lưu trên máy này sẽ được gửi khi có kết nối trở lại; bạn vẫn có thể tiếp tục làm việc.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline.&lt;/b&gt; The server cannot be reached. You can keep working: what you do is saved on this PC and sent when the connection is back.</source>
        <translation>&lt;b&gt;Mất kết nối.&lt;/b&gt; Không kết nối được với máy chủ. Bạn vẫn có thể tiếp tục làm việc: các thao tác được lưu trên máy này và gửi đi khi có kết nối trở lại.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Thử &amp;lại</translation>
    </message>
    <message>
        <source>Try to reach the server again</source>
        <translation>Thử kết nối lại với máy chủ</translation>
    </message>
    <message>
        <source>&amp;Queued actions…</source>
        <translation>Thao tác &amp;chờ gửi…</translation>
    </message>
    <message>
        <source>Show the actions waiting to be sent</source>
        <translation>Xem các thao tác đang chờ gửi</translation>
    </message>
    <message>
        <source>Offline notice</source>
        <translation>Thông báo mất kết nối</translation>
    </message>
</context>
<context>
    <name>pakn::OutboxDialog</name>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Discard the action</source>
        <translation>Hủy thao tác</translation>
    </message>
    <message>
        <source>Discard &quot;%1&quot; on case #%2? It will not be sent to the server.</source>
        <translation>Hủy thao tác &quot;%1&quot; trên phản ánh #%2? Thao tác này sẽ không được gửi lên máy chủ.</translation>
    </message>
    <message>
        <source>A reply&apos;s text is kept as the case&apos;s local draft.</source>
        <translation>Nội dung trả lời được giữ lại làm bản nháp trên máy này.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Hủy thao tác</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Giữ lại</translation>
    </message>
    <message>
        <source>The action could not be discarded: %1</source>
        <translation>Không hủy được thao tác: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation>Thao tác chờ gửi</translation>
    </message>
    <message>
        <source>These actions are saved on this PC and will be sent to the server in order. An action that failed can be retried now or discarded.</source>
        <translation>Các thao tác dưới đây đã được lưu trên máy này và sẽ lần lượt được gửi lên máy chủ. Thao tác bị lỗi có thể gửi lại ngay hoặc hủy bỏ.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Thời điểm thực hiện</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Số lần gửi</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Lỗi gần nhất</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Gửi lại ngay</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Gửi lại ngay</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Hủy thao tác…</translation>
    </message>
    <message>
        <source>Discard the selected action</source>
        <translation>Hủy thao tác đang chọn</translation>
    </message>
</context>
<context>
    <name>pakn::OutboxSender</name>
    <message>
        <source>the server&apos;s answer is malformed (%1)</source>
        <translation>phản hồi của máy chủ không đúng định dạng (%1)</translation>
    </message>
    <message>
        <source>Case #%1 was changed by someone else, so your action &quot;%2&quot; was not applied.</source>
        <translation>Phản ánh #%1 đã được người khác thay đổi nên thao tác “%2” của bạn không được thực hiện.</translation>
    </message>
    <message>
        <source>Case #%1 is no longer in your scope (it may have been transferred), so your action &quot;%2&quot; was not applied.</source>
        <translation>Phản ánh #%1 không còn thuộc phạm vi của bạn (có thể đã được chuyển đơn vị) nên thao tác “%2” của bạn không được thực hiện.</translation>
    </message>
    <message>
        <source>You may not take the action &quot;%2&quot; on case #%1 (any more), so it was not applied.</source>
        <translation>Bạn không (còn) được thực hiện thao tác “%2” với phản ánh #%1 nên thao tác không được thực hiện.</translation>
    </message>
    <message>
        <source>The server refused your action &quot;%2&quot; on case #%1: %3</source>
        <translation>Máy chủ từ chối thao tác “%2” của bạn với phản ánh #%1: %3</translation>
    </message>
    <message>
        <source>The cache could not be updated: %1</source>
        <translation>Không cập nhật được dữ liệu trên máy: %1</translation>
    </message>
    <message>
        <source>Case #%1 kept changing on the server, so your action &quot;%2&quot; was not applied.</source>
        <translation>Phản ánh #%1 liên tục thay đổi trên máy chủ nên thao tác “%2” của bạn không được thực hiện.</translation>
    </message>
    <message>
        <source>Your reply text was kept as a local draft.</source>
        <translation>Nội dung trả lời của bạn đã được giữ lại thành bản nháp trên máy.</translation>
    </message>
    <message>
        <source>An action on case #%1 could not be delivered (%2); it will be retried.</source>
        <translation>Chưa gửi được một thao tác với phản ánh #%1 (%2); chương trình sẽ thử lại.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>người khác</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Case #%1 was changed by %2 in the meantime (it is now %3), so your action &quot;%4&quot; no longer applies and was not applied.</source>
        <translation>Phản ánh #%1 vừa được %2 thay đổi (hiện ở trạng thái %3), nên thao tác &quot;%4&quot; của bạn không còn phù hợp và đã không được thực hiện.</translation>
    </message>
    <message>
        <source>Case #%1 was changed by %2 before your action &quot;%3&quot; reached the server; so that nobody overrides a decision unknowingly, yours was not applied. Look at the case and take the action again if it is still needed.</source>
        <translation>Phản ánh #%1 đã được %2 thay đổi trước khi thao tác &quot;%3&quot; của bạn đến máy chủ; để không ai vô tình ghi đè quyết định của người khác, thao tác của bạn đã không được thực hiện. Hãy xem lại phản ánh và thực hiện lại nếu vẫn cần.</translation>
    </message>
    <message>
        <source>The file %1 was not attached to case #%2: %3</source>
        <translation>Tệp %1 chưa được đính kèm vào phản ánh #%2: %3</translation>
    </message>
    <message>
        <source>The evidence %1 was not withdrawn from case #%2: %3</source>
        <translation>Minh chứng %1 chưa được rút khỏi phản ánh #%2: %3</translation>
    </message>
</context>
<context>
    <name>pakn::QueueListModel</name>
    <message>
        <source>Assigned to me</source>
        <translation>Giao cho tôi</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Tất cả đang mở</translation>
    </message>
    <message>
        <source>Open in my scope</source>
        <translation>Đang mở trong phạm vi</translation>
    </message>
    <message>
        <source>My unit&apos;s open cases</source>
        <translation>Đang mở của đơn vị</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <source>New (to route)</source>
        <translation>Mới (cần phân loại)</translation>
    </message>
    <message>
        <source>To accept</source>
        <translation>Chờ tiếp nhận</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Tất cả phản ánh</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s)</source>
        <translation>
            <numerusform>%1: %n phản ánh</numerusform>
        </translation>
    </message>
    <message>
        <source>Awaiting my approval</source>
        <translation>Chờ tôi phê duyệt</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Dự thảo của tôi</translation>
    </message>
    <message>
        <source>Sent back to me</source>
        <translation>Bị trả lại cho tôi</translation>
    </message>
    <message>
        <source>To assign</source>
        <translation>Chờ phân công</translation>
    </message>
    <message>
        <source>Extension requests</source>
        <translation>Đề nghị gia hạn</translation>
    </message>
    <message>
        <source>Returned by units</source>
        <translation>Đơn vị trả lại</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Có thể trùng lặp</translation>
    </message>
    <message>
        <source>Answered in my scope</source>
        <translation>Đã xử lý trong phạm vi</translation>
    </message>
    <message>
        <source>Your saved queue; right-click or press the menu key to rename or delete it</source>
        <translation>Danh sách lưu của bạn; nhấn chuột phải hoặc phím menu để đổi tên hoặc xóa</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Cần xem xét</translation>
    </message>
</context>
<context>
    <name>pakn::RankingModel</name>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
</context>
<context>
    <name>pakn::ReplyActionButtons</name>
    <message>
        <source>Save &amp;draft</source>
        <translation>&amp;Lưu nháp</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Lưu bản nháp (Ctrl+S)</translation>
    </message>
    <message>
        <source>S&amp;ubmit for approval</source>
        <translation>Trình d&amp;uyệt</translation>
    </message>
    <message>
        <source>Submit for approval (Ctrl+Enter)</source>
        <translation>Trình duyệt (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>A&amp;pprove with my edits</source>
        <translation>&amp;Phê duyệt kèm chỉnh sửa</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Phê duyệt</translation>
    </message>
    <message>
        <source>Approve and publish (Ctrl+Enter)</source>
        <translation>Phê duyệt và công bố (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>Trả lại để &amp;sửa…</translation>
    </message>
</context>
<context>
    <name>pakn::ReplyEditor</name>
    <message>
        <source>Approve reply</source>
        <translation>Phê duyệt trả lời</translation>
    </message>
    <message>
        <source>Approve this reply and publish it to the citizen?</source>
        <translation>Phê duyệt và công bố nội dung trả lời này cho người dân?</translation>
    </message>
    <message>
        <source>Approve and publish</source>
        <translation>Phê duyệt và công bố</translation>
    </message>
    <message>
        <source>Write the reply: what was verified, what was done, with evidence (photos, documents)…</source>
        <translation>Soạn nội dung trả lời: đã kiểm tra gì, đã xử lý thế nào, kèm bằng chứng (ảnh, văn bản)…</translation>
    </message>
    <message>
        <source>No reply drafted yet.</source>
        <translation>Chưa có dự thảo trả lời.</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Trình duyệt</translation>
    </message>
    <message>
        <source>Submit this reply to the leader for approval?</source>
        <translation>Trình lãnh đạo phê duyệt văn bản trả lời này?</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Trình duyệt</translation>
    </message>
    <message>
        <source>Approve the reply with your edits and publish it to the citizen?</source>
        <translation>Phê duyệt văn bản trả lời kèm các chỉnh sửa của bạn và công bố cho người dân?</translation>
    </message>
    <message>
        <source>Reply te&amp;xt</source>
        <translation>Văn &amp;bản trả lời</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Nội dung trả lời</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Not yet sent — autosaved on this PC</source>
        <translation>Chưa gửi — đã tự động lưu trên máy này</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>Chèn &amp;mẫu…</translation>
    </message>
    <message>
        <source>Insert a reply template</source>
        <translation>Chèn mẫu trả lời</translation>
    </message>
    <message>
        <source>P&amp;review…</source>
        <translation>X&amp;em trước…</translation>
    </message>
    <message>
        <source>Preview the reply as the citizen will see it</source>
        <translation>Xem trước văn bản trả lời như người dân sẽ nhận được</translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation>Độ dài văn bản trả lời</translation>
    </message>
    <message>
        <source>Reply to the citizen</source>
        <translation>Trả lời người dân</translation>
    </message>
    <message>
        <source>Changes since the previous version</source>
        <translation>Thay đổi so với bản trước</translation>
    </message>
</context>
<context>
    <name>pakn::ReplyPreviewDialog</name>
    <message>
        <source>Preview: the reply as the citizen will see it</source>
        <translation>Xem trước: văn bản trả lời như người dân sẽ nhận được</translation>
    </message>
    <message>
        <source>Channels such as Zalo and SMS send plain text: bold and italic are dropped, lists are sent as lines.</source>
        <translation>Các kênh như Zalo và SMS chỉ gửi văn bản thuần: chữ đậm, chữ nghiêng bị bỏ định dạng, danh sách được gửi thành từng dòng.</translation>
    </message>
    <message>
        <source>Reply as sent to the citizen</source>
        <translation>Văn bản trả lời gửi tới người dân</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln ký tự</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — longer than one Zalo message (%2 characters): it will arrive in several parts.</source>
        <translation>%1 — dài hơn một tin nhắn Zalo (%2 ký tự): người dân sẽ nhận thành nhiều phần.</translation>
    </message>
    <message>
        <source>Evidence sent with the reply</source>
        <translation>Minh chứng gửi kèm câu trả lời</translation>
    </message>
    <message>
        <source>No photos or documents go with this reply.</source>
        <translation>Câu trả lời này không có ảnh hoặc văn bản gửi kèm.</translation>
    </message>
    <message numerus="yes">
        <source>Sent with the reply: %n photo(s) or document(s)</source>
        <translation>
            <numerusform>Gửi kèm câu trả lời: %n hình ảnh, tài liệu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pakn::ReplyTemplatePicker</name>
    <message>
        <source>Insert a reply template</source>
        <translation>Chèn mẫu trả lời</translation>
    </message>
    <message>
        <source>&amp;Find a template:</source>
        <translation>&amp;Tìm mẫu:</translation>
    </message>
    <message>
        <source>Find a template</source>
        <translation>Tìm mẫu trả lời</translation>
    </message>
    <message>
        <source>Type part of the title or text…</source>
        <translation>Gõ một phần tên hoặc nội dung mẫu…</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Các mẫu trả lời</translation>
    </message>
    <message>
        <source>No template matches.</source>
        <translation>Không có mẫu nào phù hợp.</translation>
    </message>
    <message>
        <source>Text to insert (filled in for this case):</source>
        <translation>Nội dung sẽ chèn (đã điền thông tin của phản ánh này):</translation>
    </message>
    <message>
        <source>Text to insert</source>
        <translation>Nội dung sẽ chèn</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Chèn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>%1 (this field)</source>
        <translation>%1 (theo lĩnh vực)</translation>
    </message>
</context>
<context>
    <name>pakn::ReplyTextEdit</name>
    <message>
        <source>Bold</source>
        <translation>In đậm</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>In đậm (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>In nghiêng</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>In nghiêng (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Danh sách gạch đầu dòng</translation>
    </message>
    <message>
        <source>Bulleted list (Ctrl+Shift+8)</source>
        <translation>Danh sách gạch đầu dòng (Ctrl+Shift+8)</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Danh sách đánh số</translation>
    </message>
    <message>
        <source>Numbered list (Ctrl+Shift+7)</source>
        <translation>Danh sách đánh số (Ctrl+Shift+7)</translation>
    </message>
</context>
<context>
    <name>pakn::ReportCaseModel</name>
    <message>
        <source>No.</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Answer deadline</source>
        <translation>Hạn trả lời</translation>
    </message>
</context>
<context>
    <name>pakn::ReportExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Bảng CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Đang chuẩn bị báo cáo…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <source>The report is saved as %1.</source>
        <translation>Đã lưu báo cáo: %1.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Mở thư mục</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Không lưu được báo cáo: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>pakn::SavedQueues</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>Đổi &amp;tên…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Save as queue</source>
        <translation>Lưu thành danh sách</translation>
    </message>
    <message>
        <source>Name of the new queue (its search and filters are kept):</source>
        <translation>Tên danh sách mới (giữ nguyên từ khóa tìm kiếm và bộ lọc):</translation>
    </message>
    <message>
        <source>The queue could not be saved: %1</source>
        <translation>Không lưu được danh sách: %1</translation>
    </message>
    <message>
        <source>Rename queue</source>
        <translation>Đổi tên danh sách</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
    <message>
        <source>Delete queue</source>
        <translation>Xóa danh sách</translation>
    </message>
    <message>
        <source>Delete your queue “%1”? The cases stay; only the saved search and filters are removed.</source>
        <translation>Xóa danh sách “%1”? Các hồ sơ vẫn giữ nguyên; chỉ xóa từ khóa tìm kiếm và bộ lọc đã lưu.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
</context>
<context>
    <name>pakn::SearchBox</name>
    <message>
        <source>Search… (no diacritics needed)</source>
        <translation>Tìm kiếm… (không cần dấu)</translation>
    </message>
    <message>
        <source>Type words from the title, address, reporter, unit or the case number (Ctrl+F)</source>
        <translation>Gõ từ trong tiêu đề, địa chỉ, người phản ánh, đơn vị hoặc mã phản ánh (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search… (finds every case once the first download ends)</source>
        <translation>Tìm kiếm… (tìm được mọi hồ sơ khi tải lần đầu xong)</translation>
    </message>
</context>
<context>
    <name>pakn::SendConfirmation</name>
    <message numerus="yes">
        <source>The reply has only %n character(s): citizens find short, generic answers unsatisfying.</source>
        <translation>
            <numerusform>Văn bản trả lời chỉ có %n ký tự: người dân thường không hài lòng với câu trả lời ngắn, chung chung.</numerusform>
        </translation>
    </message>
    <message>
        <source>No evidence attached: a reply with photos or documents of what was done is more convincing.</source>
        <translation>Chưa đính kèm tài liệu minh chứng: văn bản trả lời kèm ảnh hoặc tài liệu về kết quả xử lý sẽ thuyết phục hơn.</translation>
    </message>
    <message>
        <source>The reply is longer than one Zalo message (%1 characters) and will arrive in several parts.</source>
        <translation>Văn bản trả lời dài hơn một tin nhắn Zalo (%1 ký tự), người dân sẽ nhận thành nhiều phần.</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Vẫn gửi</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Tiếp tục chỉnh sửa</translation>
    </message>
</context>
<context>
    <name>pakn::ServerEndpoint</name>
    <message>
        <source>No server address is set.</source>
        <translation>Chưa nhập địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation>Địa chỉ máy chủ “%1” không phải URL hợp lệ.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>Địa chỉ máy chủ không được chứa tên đăng nhập hay mật khẩu.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is not allowed).</source>
        <translation>Địa chỉ máy chủ phải bắt đầu bằng https:// (không cho phép http thường).</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback), not to %1.</source>
        <translation>Chỉ được dùng http thường tới chính máy này (loopback), không được tới %1.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>Địa chỉ máy chủ phải bắt đầu bằng https://.</translation>
    </message>
    <message>
        <source>The certificate fingerprint must be a SHA-256 fingerprint (32 bytes).</source>
        <translation>Dấu vân tay chứng thư phải là dấu vân tay SHA-256 (32 byte).</translation>
    </message>
</context>
<context>
    <name>pakn::SessionCredentials</name>
    <message>
        <source>You will be asked to log in again next time.</source>
        <translation>Lần sau bạn sẽ phải đăng nhập lại.</translation>
    </message>
    <message>
        <source>No system keychain is available: you will be asked to log in again next time.</source>
        <translation>Máy không có kho khóa của hệ thống: lần sau bạn sẽ phải đăng nhập lại.</translation>
    </message>
</context>
<context>
    <name>pakn::SettingsDialog</name>
    <message>
        <source>The certificate fingerprint must be 32 hexadecimal bytes (AB:CD:…), as your administrator gave it.</source>
        <translation>Dấu vân tay chứng thư phải gồm 32 byte dạng thập lục phân (AB:CD:…), theo đúng giá trị quản trị viên cung cấp.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Địa chỉ máy chủ:</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint (SHA-256):</source>
        <translation>&amp;Dấu vân tay chứng thư (SHA-256):</translation>
    </message>
    <message>
        <source>Changing the server or its fingerprint logs you out: you log in again. Actions waiting to be sent are kept.</source>
        <translation>Khi thay đổi máy chủ hoặc dấu vân tay chứng thư, bạn sẽ được đăng xuất và cần đăng nhập lại. Các thao tác đang chờ gửi vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Display and sync</source>
        <translation>Hiển thị và đồng bộ</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>&amp;Cỡ chữ:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>Đồng &amp;bộ mỗi:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <source>Notify me when</source>
        <translation>Thông báo cho tôi khi</translation>
    </message>
    <message>
        <source>my reply is &amp;sent back</source>
        <translation>dự thảo trả lời của tôi bị &amp;trả lại</translation>
    </message>
    <message>
        <source>a reply awaits my a&amp;pproval</source>
        <translation>có dự thảo trả &amp;lời chờ tôi phê duyệt</translation>
    </message>
    <message>
        <source>a case of mine is &amp;due today</source>
        <translation>phản ánh của tôi đến &amp;hạn hôm nay</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Dấu vân tay chứng thư</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>Sync interval in seconds</source>
        <translation>Chu kỳ đồng bộ (giây)</translation>
    </message>
    <message>
        <source>a case is assi&amp;gned to me</source>
        <translation>có phản ánh được &amp;phân công cho tôi</translation>
    </message>
</context>
<context>
    <name>pakn::ShortcutHelpDialog</name>
    <message>
        <source>↑ / ↓</source>
        <translation>↑ / ↓</translation>
    </message>
    <message>
        <source>Previous / next case</source>
        <translation>Phản ánh trước / tiếp theo</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Mở phản ánh đang chọn</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search (in the search box)</source>
        <translation>Xoá nội dung tìm kiếm (trong ô tìm kiếm)</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Move between the queues, search, table, case and reply</source>
        <translation>Chuyển giữa danh sách công việc, ô tìm kiếm, bảng phản ánh, nội dung phản ánh và dự thảo trả lời</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>PAKN Desk can be used entirely from the keyboard. Letter keys work when no text field has the focus.</source>
        <translation>Có thể sử dụng PAKN Desk hoàn toàn bằng bàn phím. Các phím chữ cái có tác dụng khi con trỏ không nằm trong ô nhập văn bản.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Submit the reply, or approve it (in the reply editor)</source>
        <translation>Trình duyệt câu trả lời, hoặc phê duyệt (khi đang soạn trả lời)</translation>
    </message>
    <message>
        <source>Save the reply draft (in the reply editor); save a copy of the chosen attachment (in the attachments or the viewer)</source>
        <translation>Lưu dự thảo trả lời (khi soạn trả lời); lưu bản sao tệp đính kèm đang chọn (trong danh sách tệp hoặc trình xem)</translation>
    </message>
    <message>
        <source>Bold (in the reply text)</source>
        <translation>In đậm (trong văn bản trả lời)</translation>
    </message>
    <message>
        <source>Italic (in the reply text)</source>
        <translation>In nghiêng (trong văn bản trả lời)</translation>
    </message>
    <message>
        <source>Bulleted list (in the reply text)</source>
        <translation>Danh sách gạch đầu dòng (trong văn bản trả lời)</translation>
    </message>
    <message>
        <source>Numbered list (in the reply text)</source>
        <translation>Danh sách đánh số (trong văn bản trả lời)</translation>
    </message>
    <message>
        <source>Attach evidence to the reply</source>
        <translation>Đính kèm minh chứng vào văn bản trả lời</translation>
    </message>
    <message>
        <source>Confirm a dialog that has a text box (Enter starts a new line there)</source>
        <translation>Xác nhận hộp thoại có ô nhập nhiều dòng (ở đó Enter để xuống dòng)</translation>
    </message>
    <message>
        <source>Choose the table&apos;s columns (in the case table)</source>
        <translation>Chọn các cột hiển thị (trong bảng phản ánh)</translation>
    </message>
    <message>
        <source>Rename the saved queue (in the queue list)</source>
        <translation>Đổi tên danh sách đã lưu (trong cột danh sách)</translation>
    </message>
    <message>
        <source>Delete the saved queue (in the queue list); withdraw the chosen evidence (in the attachments)</source>
        <translation>Xóa danh sách đã lưu (trong cột danh sách); rút minh chứng đang chọn (trong danh sách tệp)</translation>
    </message>
    <message>
        <source>← / →, Enter</source>
        <translation>← / →, Enter</translation>
    </message>
    <message>
        <source>Choose an attachment, open it (in the attachments)</source>
        <translation>Chọn tệp đính kèm, mở tệp (trong danh sách tệp)</translation>
    </message>
    <message>
        <source>Menu key</source>
        <translation>Phím menu</translation>
    </message>
    <message>
        <source>More commands for the chosen attachment or saved queue</source>
        <translation>Các lệnh khác cho tệp đính kèm hoặc danh sách đã lưu đang chọn</translation>
    </message>
    <message>
        <source>← / → or Page Up / Page Down</source>
        <translation>← / → hoặc Page Up / Page Down</translation>
    </message>
    <message>
        <source>Previous / next attachment (in the viewer)</source>
        <translation>Tệp trước / tệp sau (trong trình xem)</translation>
    </message>
    <message>
        <source>+ / −</source>
        <translation>+ / −</translation>
    </message>
    <message>
        <source>Zoom in / out (in the viewer)</source>
        <translation>Phóng to / thu nhỏ (trong trình xem)</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Actual size (in the viewer)</source>
        <translation>Kích thước thật (trong trình xem)</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Fit to the window (in the viewer)</source>
        <translation>Vừa cửa sổ (trong trình xem)</translation>
    </message>
    <message>
        <source>Close the viewer or a dialog</source>
        <translation>Đóng trình xem hoặc hộp thoại</translation>
    </message>
</context>
<context>
    <name>pakn::SyncController</name>
    <message>
        <source>Sync is not running.</source>
        <translation>Chưa chạy đồng bộ.</translation>
    </message>
</context>
<context>
    <name>pakn::SyncEngine</name>
    <message>
        <source>The unit list could not be stored: %1</source>
        <translation>Không lưu được danh sách đơn vị: %1</translation>
    </message>
    <message>
        <source>The user list could not be stored: %1</source>
        <translation>Không lưu được danh sách người dùng: %1</translation>
    </message>
    <message>
        <source>A feed page could not be stored: %1</source>
        <translation>Không lưu được một trang dữ liệu thay đổi: %1</translation>
    </message>
    <message>
        <source>The session has ended; please log in again.</source>
        <translation>Phiên làm việc đã hết hạn; vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <source>The server&apos;s holidays and deadline rules could not be used: %1</source>
        <translation>Không dùng được lịch nghỉ và quy định thời hạn từ máy chủ: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer about you is malformed: %1</source>
        <translation>Máy chủ trả về thông tin tài khoản không hợp lệ: %1</translation>
    </message>
    <message>
        <source>The cache could not be updated: %1</source>
        <translation>Không cập nhật được dữ liệu trên máy: %1</translation>
    </message>
    <message>
        <source>Not signed in to the server.</source>
        <translation>Chưa đăng nhập vào máy chủ.</translation>
    </message>
</context>
<context>
    <name>pakn::SyncStatusWidget</name>
    <message>
        <source>%1 — case %2: &quot;%3&quot; was not accepted by the server: %4</source>
        <translation>%1 — phản ánh %2: máy chủ không chấp nhận thao tác “%3”: %4</translation>
    </message>
    <message>
        <source>Case %1: &quot;%2&quot; was not accepted by the server: %3</source>
        <translation>Phản ánh %1: máy chủ không chấp nhận thao tác “%2”: %3</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Offline — actions will be sent when the connection is back</source>
        <translation>Ngoại tuyến — thao tác sẽ được gửi khi có kết nối</translation>
    </message>
    <message>
        <source>The session has ended — please log in again</source>
        <translation>Phiên làm việc đã hết hạn — vui lòng đăng nhập lại</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Lỗi đồng bộ</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Lỗi đồng bộ: %1</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Đã đồng bộ lúc %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation>
            <numerusform>%n thao tác chờ gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused action(s)</source>
        <translation>
            <numerusform>%n thao tác bị từ chối</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the actions the server did not accept</source>
        <translation>Xem các thao tác máy chủ không chấp nhận</translation>
    </message>
    <message>
        <source>Actions not accepted by the server</source>
        <translation>Thao tác máy chủ không chấp nhận</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n case(s) received</source>
        <translation>
            <numerusform>Đang đồng bộ… đã nhận %n phản ánh</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pakn::UnitPicker</name>
    <message>
        <source>Type to filter units…</source>
        <translation>Gõ để lọc đơn vị…</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translation>Lọc đơn vị</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
</context>
</TS>
