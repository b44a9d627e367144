<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DisplayNames</name>
    <message>
        <source>awaiting triage</source>
        <translation>awaiting triage</translation>
    </message>
    <message>
        <source>awaiting acceptance</source>
        <translation>awaiting acceptance</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>awaiting approval</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Unit leader</source>
        <translation>Unit leader</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Urban order</source>
        <translation>Urban order</translation>
    </message>
    <message>
        <source>Environment and waste</source>
        <translation>Environment and waste</translation>
    </message>
    <message>
        <source>Roads and traffic</source>
        <translation>Roads and traffic</translation>
    </message>
    <message>
        <source>Drainage and flooding</source>
        <translation>Drainage and flooding</translation>
    </message>
    <message>
        <source>Street lighting</source>
        <translation>Street lighting</translation>
    </message>
    <message>
        <source>Trees</source>
        <translation>Trees</translation>
    </message>
    <message>
        <source>Illegal construction</source>
        <translation>Illegal construction</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Health and food safety</source>
        <translation>Health and food safety</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>Tourism</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>Complex</translation>
    </message>
    <message>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <source>Open311/app</source>
        <translation>Open311/app</translation>
    </message>
    <message>
        <source>Web portal</source>
        <translation>Web portal</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Save reply draft</source>
        <translation>Save reply draft</translation>
    </message>
    <message>
        <source>Submit reply for approval</source>
        <translation>Submit reply for approval</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Send back</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>You may not take this action on this case.</source>
        <translation>You may not take this action on this case.</translation>
    </message>
    <message>
        <source>This action is not possible in the case&apos;s current status.</source>
        <translation>This action is not possible in the case&apos;s current status.</translation>
    </message>
    <message>
        <source>Some required information is missing or not valid.</source>
        <translation>Some required information is missing or not valid.</translation>
    </message>
    <message>
        <source>The case is no longer in the local cache.</source>
        <translation>The case is no longer in the local cache.</translation>
    </message>
    <message>
        <source>The action could not be saved.</source>
        <translation>The action could not be saved.</translation>
    </message>
    <message>
        <source>Citizen channel</source>
        <translation>Citizen channel</translation>
    </message>
    <message>
        <source>Approve and publish</source>
        <translation>Approve and publish</translation>
    </message>
    <message>
        <source>Request extension</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <source>Grant extension</source>
        <translation>Grant extension</translation>
    </message>
    <message>
        <source>Deny extension</source>
        <translation>Deny extension</translation>
    </message>
    <message>
        <source>Record citizen&apos;s rating</source>
        <translation>Record citizen&apos;s rating</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Merge into another case</source>
        <translation>Merge into another case</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>Duplicate merged in</source>
        <translation>Duplicate merged in</translation>
    </message>
    <message>
        <source>Viewed the reporter&apos;s phone number</source>
        <translation>Viewed the reporter&apos;s phone number</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>File attached</translation>
    </message>
    <message>
        <source>Evidence withdrawn</source>
        <translation>Evidence withdrawn</translation>
    </message>
    <message>
        <source>Reply sent through Zalo</source>
        <translation>Reply sent through Zalo</translation>
    </message>
    <message>
        <source>File sent by link not fetched</source>
        <translation>File sent by link not fetched</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>day %1</translation>
    </message>
    <message>
        <source>week %1/%2 (%3–%4)</source>
        <translation>week %1/%2 (%3–%4)</translation>
    </message>
    <message>
        <source>month %1/%2</source>
        <translation>month %1/%2</translation>
    </message>
    <message>
        <source>quarter %1/%2</source>
        <translation>quarter %1/%2</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>year %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>pakn::ActionBar</name>
    <message>
        <source>Classify and &amp;route…</source>
        <translation>Classify and &amp;route…</translation>
    </message>
    <message>
        <source>Re&amp;turn to coordinators…</source>
        <translation>Re&amp;turn to coordinators…</translation>
    </message>
    <message>
        <source>No other actions for you on this case.</source>
        <translation>No other actions for you on this case.</translation>
    </message>
    <message>
        <source>Acc&amp;ept into the unit</source>
        <translation>Acc&amp;ept into the unit</translation>
    </message>
    <message>
        <source>Refu&amp;se…</source>
        <translation>Refu&amp;se…</translation>
    </message>
    <message>
        <source>Transfer to another un&amp;it…</source>
        <translation>Transfer to another un&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Merge into another case…</source>
        <translation>&amp;Merge into another case…</translation>
    </message>
    <message>
        <source>Request e&amp;xtension…</source>
        <translation>Request e&amp;xtension…</translation>
    </message>
    <message>
        <source>Grant e&amp;xtension…</source>
        <translation>Grant e&amp;xtension…</translation>
    </message>
    <message>
        <source>Den&amp;y extension…</source>
        <translation>Den&amp;y extension…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <source>C&amp;lose the case…</source>
        <translation>C&amp;lose the case…</translation>
    </message>
    <message>
        <source>Record citi&amp;zen&apos;s rating…</source>
        <translation>Record citi&amp;zen&apos;s rating…</translation>
    </message>
    <message>
        <source>Add internal &amp;note…</source>
        <translation>Add internal &amp;note…</translation>
    </message>
    <message>
        <source>Assign &amp;officer…</source>
        <translation>Assign &amp;officer…</translation>
    </message>
</context>
<context>
    <name>pakn::ActionParamsDialog</name>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <source>Ur&amp;gency:</source>
        <translation>Ur&amp;gency:</translation>
    </message>
    <message>
        <source>— choose an officer —</source>
        <translation>— choose an officer —</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Case %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n selected case(s): %1</source>
        <translation>
            <numerusform>%n selected case: %1</numerusform>
            <numerusform>%n selected cases: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>Merge &amp;into:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>— keep each case&apos;s field —</source>
        <translation>— keep each case&apos;s field —</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>— keep each case&apos;s urgency —</source>
        <translation>— keep each case&apos;s urgency —</translation>
    </message>
    <message>
        <source>Current reply deadline:</source>
        <translation>Current reply deadline:</translation>
    </message>
    <message>
        <source>Proposed deadline</source>
        <translation>Proposed deadline</translation>
    </message>
    <message>
        <source>&amp;Proposed deadline:</source>
        <translation>&amp;Proposed deadline:</translation>
    </message>
    <message>
        <source>%1 asked on %2 for %3: %4</source>
        <translation>%1 asked on %2 for %3: %4</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Request:</translation>
    </message>
    <message>
        <source>Grant a &amp;different date:</source>
        <translation>Grant a &amp;different date:</translation>
    </message>
    <message>
        <source>Grant a different date</source>
        <translation>Grant a different date</translation>
    </message>
    <message>
        <source>Granted deadline</source>
        <translation>Granted deadline</translation>
    </message>
    <message>
        <source>&amp;Satisfied</source>
        <translation>&amp;Satisfied</translation>
    </message>
    <message>
        <source>&amp;Acceptable</source>
        <translation>&amp;Acceptable</translation>
    </message>
    <message>
        <source>&amp;Not satisfied</source>
        <translation>&amp;Not satisfied</translation>
    </message>
    <message>
        <source>Citizen&apos;s rating:</source>
        <translation>Citizen&apos;s rating:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>pakn::ApiClient</name>
    <message>
        <source>The CA file %1 cannot be read or holds no PEM certificate.</source>
        <translation>The CA file %1 cannot be read or holds no PEM certificate.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the pinned fingerprint.
Expected: %1
Actual: %2</source>
        <translation>The server&apos;s certificate does not match the pinned fingerprint.
Expected: %1
Actual: %2</translation>
    </message>
    <message>
        <source>(no certificate)</source>
        <translation>(no certificate)</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>The secure connection to %1 failed: %2</translation>
    </message>
    <message>
        <source>The server %1 did not answer in time.</source>
        <translation>The server %1 did not answer in time.</translation>
    </message>
    <message>
        <source>Cannot reach the server %1: %2</source>
        <translation>Cannot reach the server %1: %2</translation>
    </message>
    <message>
        <source>The server %1 sent an answer that is not HTTP: %2</source>
        <translation>The server %1 sent an answer that is not HTTP: %2</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>The server answered with HTTP status %1.</translation>
    </message>
    <message>
        <source>The server answered with unexpected HTTP status %1.</source>
        <translation>The server answered with unexpected HTTP status %1.</translation>
    </message>
    <message>
        <source>The connection to %1 broke: %2</source>
        <translation>The connection to %1 broke: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>The server&apos;s answer is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object.</source>
        <translation>The server&apos;s answer is not a JSON object.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not what was expected: %1</source>
        <translation>The server&apos;s answer is not what was expected: %1</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>it expired on %1</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>it is not valid before %1</translation>
    </message>
    <message>
        <source>it was issued for another host name (%1), not %2</source>
        <translation>it was issued for another host name (%1), not %2</translation>
    </message>
    <message>
        <source>it was issued by an unknown issuer (%1)</source>
        <translation>it was issued by an unknown issuer (%1)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1. Its SHA-256 fingerprint is %2; compare it with the fingerprint your administrator gave you before trusting it.</source>
        <translation>The server&apos;s certificate is not trusted: %1. Its SHA-256 fingerprint is %2; compare it with the fingerprint your administrator gave you before trusting it.</translation>
    </message>
</context>
<context>
    <name>pakn::ApprovalPanel</name>
    <message>
        <source>First submitted version: there is no earlier version to compare.</source>
        <translation>First submitted version: there is no earlier version to compare.</translation>
    </message>
    <message>
        <source>Version %1 (%2, %3) compared with version %4 (%5, %6). Removed words are struck through, added words underlined.</source>
        <translation>Version %1 (%2, %3) compared with version %4 (%5, %6). Removed words are struck through, added words underlined.</translation>
    </message>
    <message>
        <source>The text is the same as in version %1.</source>
        <translation>The text is the same as in version %1.</translation>
    </message>
    <message>
        <source>Changes since the previous version</source>
        <translation>Changes since the previous version</translation>
    </message>
    <message>
        <source>Versions compared</source>
        <translation>Versions compared</translation>
    </message>
    <message>
        <source>No evidence attached to the reply.</source>
        <translation>No evidence attached to the reply.</translation>
    </message>
    <message>
        <source>Evidence sent with the reply (%1): %2</source>
        <translation>Evidence sent with the reply (%1): %2</translation>
    </message>
    <message>
        <source>Evidence with the reply</source>
        <translation>Evidence with the reply</translation>
    </message>
</context>
<context>
    <name>pakn::AttachmentFiles</name>
    <message>
        <source>The file name is not valid.</source>
        <translation>The file name is not valid.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The downloaded file is damaged (its checksum does not match); it was not kept.</source>
        <translation>The downloaded file is damaged (its checksum does not match); it was not kept.</translation>
    </message>
    <message>
        <source>The file waiting to be uploaded is missing from %1.</source>
        <translation>The file waiting to be uploaded is missing from %1.</translation>
    </message>
</context>
<context>
    <name>pakn::AttachmentQueue</name>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 is not a file that can be read.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a file may be at most %3 MB.</source>
        <translation>%1 is %2 MB; a file may be at most %3 MB.</translation>
    </message>
    <message>
        <source>The file name is too long (at most 200 characters): %1</source>
        <translation>The file name is too long (at most 200 characters): %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 is larger than %2 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be attached: only %2 files can be attached.</source>
        <translation>%1 cannot be attached: only %2 files can be attached.</translation>
    </message>
    <message>
        <source>Only the officers and leaders of the case&apos;s unit can attach evidence.</source>
        <translation>Only the officers and leaders of the case&apos;s unit can attach evidence.</translation>
    </message>
    <message>
        <source>Evidence can be attached only while the case is in progress or awaiting approval.</source>
        <translation>Evidence can be attached only while the case is in progress or awaiting approval.</translation>
    </message>
    <message>
        <source>Only the coordinators and the officers and leaders of the case&apos;s unit can attach files to it.</source>
        <translation>Only the coordinators and the officers and leaders of the case&apos;s unit can attach files to it.</translation>
    </message>
    <message>
        <source>Files cannot be attached to a closed, refused or merged case.</source>
        <translation>Files cannot be attached to a closed, refused or merged case.</translation>
    </message>
    <message>
        <source>Only evidence can be withdrawn; the reported photos and files stay.</source>
        <translation>Only evidence can be withdrawn; the reported photos and files stay.</translation>
    </message>
    <message>
        <source>Evidence can be withdrawn only before the reply is published.</source>
        <translation>Evidence can be withdrawn only before the reply is published.</translation>
    </message>
    <message>
        <source>Only whoever attached it or a leader of the unit can withdraw it.</source>
        <translation>Only whoever attached it or a leader of the unit can withdraw it.</translation>
    </message>
    <message>
        <source>Case #%1 is not in the cache.</source>
        <translation>Case #%1 is not in the cache.</translation>
    </message>
    <message>
        <source>Case #%1 already has %2 attachments, the most a case can have.</source>
        <translation>Case #%1 already has %2 attachments, the most a case can have.</translation>
    </message>
    <message>
        <source>The attachment could not be queued: %1</source>
        <translation>The attachment could not be queued: %1</translation>
    </message>
    <message>
        <source>The attachment is no longer on case #%1.</source>
        <translation>The attachment is no longer on case #%1.</translation>
    </message>
    <message>
        <source>The withdrawal could not be queued: %1</source>
        <translation>The withdrawal could not be queued: %1</translation>
    </message>
    <message>
        <source>Upload %1</source>
        <translation>Upload %1</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation>Withdraw %1</translation>
    </message>
</context>
<context>
    <name>pakn::AttachmentStrip</name>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.webp *.pdf);;All files (*)</source>
        <translation>Photos and documents (*.jpg *.jpeg *.png *.webp *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Attached by %1 on %2</source>
        <translation>Attached by %1 on %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Evidence for the reply</source>
        <translation>Evidence for the reply</translation>
    </message>
    <message>
        <source>Waiting to be uploaded</source>
        <translation>Waiting to be uploaded</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>JPEG photo</source>
        <translation>JPEG photo</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>WebP image</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Withdraw evidence</source>
        <translation>Withdraw evidence</translation>
    </message>
    <message>
        <source>Withdraw %1 from the reply&apos;s evidence?</source>
        <translation>Withdraw %1 from the reply&apos;s evidence?</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>&amp;Withdraw from the reply</source>
        <translation>&amp;Withdraw from the reply</translation>
    </message>
    <message>
        <source>Evidence with the reply: none attached yet</source>
        <translation>Evidence with the reply: none attached yet</translation>
    </message>
    <message>
        <source>Evidence with the reply (%1)</source>
        <translation>Evidence with the reply (%1)</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>Attach evidence…</translation>
    </message>
    <message>
        <source>Attach photos or documents that show what was done (Ctrl+Shift+A); you can also drop files here</source>
        <translation>Attach photos or documents that show what was done (Ctrl+Shift+A); you can also drop files here</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <source>Evidence with the reply</source>
        <translation>Evidence with the reply</translation>
    </message>
    <message>
        <source>Photos and files: none</source>
        <translation>Photos and files: none</translation>
    </message>
    <message>
        <source>Photos and files (%1)</source>
        <translation>Photos and files (%1)</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Attach…</translation>
    </message>
    <message>
        <source>Attach photos or PDF documents to the case; you can also drop files on the case view</source>
        <translation>Attach photos or PDF documents to the case; you can also drop files on the case view</translation>
    </message>
    <message>
        <source>Attach files to the case</source>
        <translation>Attach files to the case</translation>
    </message>
    <message>
        <source>Photos and files of the case</source>
        <translation>Photos and files of the case</translation>
    </message>
    <message>
        <source>Enter opens the viewer, Ctrl+S saves a copy, the context menu key shows more</source>
        <translation>Enter opens the viewer, Ctrl+S saves a copy, the context menu key shows more</translation>
    </message>
</context>
<context>
    <name>pakn::AttachmentTransfer</name>
    <message>
        <source>A document has no thumbnail.</source>
        <translation>A document has no thumbnail.</translation>
    </message>
</context>
<context>
    <name>pakn::AttachmentViewer</name>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>%1 — case #%2</source>
        <translation>%1 — case #%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 of %3) — %4, %5, attached by %6 on %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2 of %3) — %4, %5, attached by %6 on %7</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Downloading…</translation>
    </message>
    <message>
        <source>This file is not on this computer yet and the server cannot be reached. It opens once the connection is back.</source>
        <translation>This file is not on this computer yet and the server cannot be reached. It opens once the connection is back.</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>The file could not be downloaded: %1</translation>
    </message>
    <message>
        <source>A PDF document: open it in your PDF viewer.</source>
        <translation>A PDF document: open it in your PDF viewer.</translation>
    </message>
    <message>
        <source>Loading the image…</source>
        <translation>Loading the image…</translation>
    </message>
    <message>
        <source>The image cannot be shown.</source>
        <translation>The image cannot be shown.</translation>
    </message>
    <message>
        <source>%1, shown at %2%</source>
        <translation>%1, shown at %2%</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <source>Previous attachment</source>
        <translation>Previous attachment</translation>
    </message>
    <message>
        <source>Left arrow or Page Up</source>
        <translation>Left arrow or Page Up</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <source>Next attachment</source>
        <translation>Next attachment</translation>
    </message>
    <message>
        <source>Right arrow or Page Down</source>
        <translation>Right arrow or Page Down</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Minus key</source>
        <translation>Minus key</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Plus key</source>
        <translation>Plus key</translation>
    </message>
    <message>
        <source>&amp;100%</source>
        <translation>&amp;100%</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <source>Key 0</source>
        <translation>Key 0</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>Fit to the window</translation>
    </message>
    <message>
        <source>Key F</source>
        <translation>Key F</translation>
    </message>
    <message>
        <source>Open in the PDF &amp;viewer</source>
        <translation>Open in the PDF &amp;viewer</translation>
    </message>
    <message>
        <source>Open in the system&apos;s PDF viewer</source>
        <translation>Open in the system&apos;s PDF viewer</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation>Save a copy of the file</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Close the viewer</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Viewer status</source>
        <translation>Viewer status</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download progress</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>pakn::BulkActionPanel</name>
    <message numerus="yes">
        <source>%n case(s) selected, for all of them:</source>
        <translation>
            <numerusform>%n case selected, for all of them:</numerusform>
            <numerusform>%n cases selected, for all of them:</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Accept a&amp;ll</translation>
    </message>
    <message>
        <source>A&amp;ssign all…</source>
        <translation>A&amp;ssign all…</translation>
    </message>
    <message>
        <source>Ro&amp;ute all…</source>
        <translation>Ro&amp;ute all…</translation>
    </message>
</context>
<context>
    <name>pakn::BulkResultDialog</name>
    <message>
        <source>%1: result per case</source>
        <translation>%1: result per case</translation>
    </message>
    <message>
        <source>Done for all %1 cases; saved on this PC and being sent to the server.</source>
        <translation>Done for all %1 cases; saved on this PC and being sent to the server.</translation>
    </message>
    <message>
        <source>Done for %1 of %2 cases; the others were not changed.</source>
        <translation>Done for %1 of %2 cases; the others were not changed.</translation>
    </message>
    <message>
        <source>Result per case</source>
        <translation>Result per case</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Saved, being sent</source>
        <translation>Saved, being sent</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>pakn::CacheDatabase</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The cache is already open under the connection name %1.</source>
        <translation>The cache is already open under the connection name %1.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed.</source>
        <translation>Qt&apos;s SQLite driver (QSQLITE) is not installed.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be used (%2). The file was left as it is: move it away to start with an empty cache, or use another profile.</source>
        <translation>The cache %1 cannot be used (%2). The file was left as it is: move it away to start with an empty cache, or use another profile.</translation>
    </message>
    <message>
        <source>a step of the transaction failed</source>
        <translation>a step of the transaction failed</translation>
    </message>
    <message>
        <source>The cache file %1 cannot be read: %2</source>
        <translation>The cache file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a PAKN Desk cache (it is not an SQLite database). It was left untouched: move it away or use another profile.</source>
        <translation>The file %1 is not a PAKN Desk cache (it is not an SQLite database). It was left untouched: move it away or use another profile.</translation>
    </message>
    <message>
        <source>SQLite refused write-ahead logging (journal mode is &quot;%1&quot;).</source>
        <translation>SQLite refused write-ahead logging (journal mode is &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The cache was written by a newer version of PAKN Desk (schema %1, this version knows up to %2).</source>
        <translation>The cache was written by a newer version of PAKN Desk (schema %1, this version knows up to %2).</translation>
    </message>
    <message>
        <source>Migration %1 of the cache failed: %2</source>
        <translation>Migration %1 of the cache failed: %2</translation>
    </message>
</context>
<context>
    <name>pakn::CaseCommands</name>
    <message>
        <source>This case cannot be answered now.</source>
        <translation>This case cannot be answered now.</translation>
    </message>
    <message>
        <source>You cannot assign this case now.</source>
        <translation>You cannot assign this case now.</translation>
    </message>
    <message>
        <source>There is no reply to submit on this case.</source>
        <translation>There is no reply to submit on this case.</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation>&amp;Next case</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>&amp;Previous case</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Open the case</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Reply</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Assign…</translation>
    </message>
    <message>
        <source>&amp;Submit the reply</source>
        <translation>&amp;Submit the reply</translation>
    </message>
</context>
<context>
    <name>pakn::CaseDetailView</name>
    <message>
        <source>Select a case in the table to see its details.</source>
        <translation>Select a case in the table to see its details.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>not routed yet</source>
        <translation>not routed yet</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Acceptance due</source>
        <translation>Acceptance due</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Published reply</source>
        <translation>Published reply</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>Citizen&apos;s rating</source>
        <translation>Citizen&apos;s rating</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>Linked cases</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>%1 d %2 h of working time</source>
        <translation>%1 d %2 h of working time</translation>
    </message>
    <message>
        <source>%1 h %2 min of working time</source>
        <translation>%1 h %2 min of working time</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>met (done %1)</source>
        <translation>met (done %1)</translation>
    </message>
    <message>
        <source>missed (done %1)</source>
        <translation>missed (done %1)</translation>
    </message>
    <message>
        <source>%1 asked on %2 for %3: %4</source>
        <translation>%1 asked on %2 for %3: %4</translation>
    </message>
    <message>
        <source>awaiting the leader&apos;s decision</source>
        <translation>awaiting the leader&apos;s decision</translation>
    </message>
    <message>
        <source>granted until %1 by %2 on %3</source>
        <translation>granted until %1 by %2 on %3</translation>
    </message>
    <message>
        <source>denied by %1 on %2</source>
        <translation>denied by %1 on %2</translation>
    </message>
    <message>
        <source>merged into</source>
        <translation>merged into</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <source>duplicates merged in:</source>
        <translation>duplicates merged in:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Show phone number</source>
        <translation>Show phone number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>Open in the map</source>
        <translation>Open in the map</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>All (%1)</translation>
    </message>
    <message>
        <source>Internal notes (%1)</source>
        <translation>Internal notes (%1)</translation>
    </message>
    <message>
        <source>Reply versions (%1)</source>
        <translation>Reply versions (%1)</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Nothing here.</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>internal</translation>
    </message>
    <message>
        <source>reply version %1</source>
        <translation>reply version %1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pakn::CaseFiles</name>
    <message>
        <source>The file could not be written to %1.</source>
        <translation>The file could not be written to %1.</translation>
    </message>
</context>
<context>
    <name>pakn::CaseFilterBar</name>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>Any urgency</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Nobody assigned</translation>
    </message>
    <message>
        <source>Any field</source>
        <translation>Any field</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>Any unit</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Field filter</source>
        <translation>Field filter</translation>
    </message>
    <message>
        <source>Unit filter</source>
        <translation>Unit filter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>Urgency filter</source>
        <translation>Urgency filter</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Channel filter</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>Received until</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Assignee filter</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>Save the search and filters as a queue</source>
        <translation>Save the search and filters as a queue</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Received from:</source>
        <translation>Received from:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Assignee:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Save as &amp;queue…</source>
        <translation>Save as &amp;queue…</translation>
    </message>
</context>
<context>
    <name>pakn::CaseNotifier</name>
    <message>
        <source>Case #%1 was assigned to you: %2</source>
        <translation>Case #%1 was assigned to you: %2</translation>
    </message>
    <message>
        <source>Your reply on case #%1 was sent back: %2</source>
        <translation>Your reply on case #%1 was sent back: %2</translation>
    </message>
    <message>
        <source>A reply awaits your approval on case #%1: %2</source>
        <translation>A reply awaits your approval on case #%1: %2</translation>
    </message>
    <message>
        <source>Case #%1 is due today: %2</source>
        <translation>Case #%1 is due today: %2</translation>
    </message>
</context>
<context>
    <name>pakn::CasePicker</name>
    <message>
        <source>Case number or words of the title…</source>
        <translation>Case number or words of the title…</translation>
    </message>
    <message>
        <source>Find the case</source>
        <translation>Find the case</translation>
    </message>
    <message>
        <source>Matching cases</source>
        <translation>Matching cases</translation>
    </message>
    <message>
        <source>#%1 — %2 (%3)</source>
        <translation>#%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Received %1, %2</source>
        <translation>Received %1, %2</translation>
    </message>
    <message>
        <source>Type a case number or words of its title.</source>
        <translation>Type a case number or words of its title.</translation>
    </message>
    <message>
        <source>No other case matches.</source>
        <translation>No other case matches.</translation>
    </message>
</context>
<context>
    <name>pakn::CaseStore</name>
    <message>
        <source>change %1 of the feed page has neither a case nor a removed id</source>
        <translation>change %1 of the feed page has neither a case nor a removed id</translation>
    </message>
</context>
<context>
    <name>pakn::CaseTableModel</name>
    <message>
        <source>Changed here, not yet sent to the server</source>
        <translation>Changed here, not yet sent to the server</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <source>%1
(changed since you last opened it)</source>
        <translation>%1
(changed since you last opened it)</translation>
    </message>
    <message>
        <source>Reply due %1</source>
        <translation>Reply due %1</translation>
    </message>
    <message>
        <source>Received through %1</source>
        <translation>Received through %1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Acceptance due %1</source>
        <translation>Acceptance due %1</translation>
    </message>
</context>
<context>
    <name>pakn::CaseTableView</name>
    <message>
        <source>Choose &amp;columns…</source>
        <translation>Choose &amp;columns…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
</context>
<context>
    <name>pakn::ClientProfile</name>
    <message>
        <source>The profile settings %1 cannot be read.</source>
        <translation>The profile settings %1 cannot be read.</translation>
    </message>
    <message>
        <source>The profile settings %1 are damaged; fix or delete the file.</source>
        <translation>The profile settings %1 are damaged; fix or delete the file.</translation>
    </message>
    <message>
        <source>The certificate fingerprint in %1 is not a SHA-256 fingerprint.</source>
        <translation>The certificate fingerprint in %1 is not a SHA-256 fingerprint.</translation>
    </message>
    <message>
        <source>The profile settings %1 cannot be written.</source>
        <translation>The profile settings %1 cannot be written.</translation>
    </message>
    <message>
        <source>The session token cannot be saved in %1: %2</source>
        <translation>The session token cannot be saved in %1: %2</translation>
    </message>
    <message>
        <source>The session token file&apos;s permissions cannot be restricted.</source>
        <translation>The session token file&apos;s permissions cannot be restricted.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be created.</source>
        <translation>The profile folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The token storage &quot;%1&quot; in %2 is not one of keychain, file or none.</source>
        <translation>The token storage &quot;%1&quot; in %2 is not one of keychain, file or none.</translation>
    </message>
</context>
<context>
    <name>pakn::DashboardCharts</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>On time %</source>
        <translation>On time %</translation>
    </message>
    <message>
        <source>Satisfied %</source>
        <translation>Satisfied %</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>week of %1</translation>
    </message>
    <message>
        <source>Received and answered per week</source>
        <translation>Received and answered per week</translation>
    </message>
    <message>
        <source>On time and satisfied per week</source>
        <translation>On time and satisfied per week</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <source>Overdue now: the %1 units with the most</source>
        <translation>Overdue now: the %1 units with the most</translation>
    </message>
    <message>
        <source>Overdue now by unit</source>
        <translation>Overdue now by unit</translation>
    </message>
    <message>
        <source>Received by field</source>
        <translation>Received by field</translation>
    </message>
</context>
<context>
    <name>pakn::DashboardLauncher</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Figures, charts and the ranking of units</source>
        <translation>Figures, charts and the ranking of units</translation>
    </message>
</context>
<context>
    <name>pakn::DashboardScope</name>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>◀ P&amp;revious</source>
        <translation>◀ P&amp;revious</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <source>The period before</source>
        <translation>The period before</translation>
    </message>
    <message>
        <source>The period after</source>
        <translation>The period after</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Kind of period</translation>
    </message>
    <message>
        <source>A day in the period</source>
        <translation>A day in the period</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>All fields</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>All officers</translation>
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
        <translation>All cases in the report</translation>
    </message>
    <message>
        <source>Figures — %1, %2</source>
        <translation>Figures — %1, %2</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Export report…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>Ran&amp;king of units</source>
        <translation>Ran&amp;king of units</translation>
    </message>
    <message>
        <source>Ranking of units</source>
        <translation>Ranking of units</translation>
    </message>
    <message>
        <source>Preparing the figures… %1%</source>
        <translation>Preparing the figures… %1%</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>The figures could not be read: %1</translation>
    </message>
    <message>
        <source>Preparing the figures…</source>
        <translation>Preparing the figures…</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Loading the figures…</translation>
    </message>
    <message>
        <source>Figures for %1, %2, counted at %3</source>
        <translation>Figures for %1, %2, counted at %3</translation>
    </message>
    <message>
        <source>The figures are counted once this computer&apos;s first download of cases has finished…</source>
        <translation>The figures are counted once this computer&apos;s first download of cases has finished…</translation>
    </message>
</context>
<context>
    <name>pakn::DeadlineCountdown</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
</context>
<context>
    <name>pakn::DeskPreferences</name>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation>The settings file %1 cannot be written.</translation>
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
        <translation>Close</translation>
    </message>
    <message>
        <source>PAKN Desk cannot read its settings in:
%1

%2

Check that the folder exists and that you may read it.</source>
        <translation>PAKN Desk cannot read its settings in:
%1

%2

Check that the folder exists and that you may read it.</translation>
    </message>
    <message>
        <source>PAKN Desk cannot open its local data file:
%1

%2

Close PAKN Desk and rename or move this file (keep it if actions were waiting to be sent, and tell your administrator), then start PAKN Desk again: it will download the cases again from the server.</source>
        <translation>PAKN Desk cannot open its local data file:
%1

%2

Close PAKN Desk and rename or move this file (keep it if actions were waiting to be sent, and tell your administrator), then start PAKN Desk again: it will download the cases again from the server.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again; actions waiting to be sent are kept.</source>
        <translation>Your session has ended. Please log in again; actions waiting to be sent are kept.</translation>
    </message>
    <message>
        <source>The server settings changed. Please log in again; actions waiting to be sent are kept.</source>
        <translation>The server settings changed. Please log in again; actions waiting to be sent are kept.</translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation>File not attached</translation>
    </message>
    <message>
        <source>%1 was not attached.</source>
        <translation>%1 was not attached.</translation>
    </message>
    <message>
        <source>%1 attached to case #%2; it is uploaded with the next sync.</source>
        <translation>%1 attached to case #%2; it is uploaded with the next sync.</translation>
    </message>
    <message>
        <source>Every session of this account has ended, on every computer.</source>
        <translation>Every session of this account has ended, on every computer.</translation>
    </message>
    <message>
        <source>The server could not be reached: sessions on other computers may still be open. Log in and choose Log out everywhere again.</source>
        <translation>The server could not be reached: sessions on other computers may still be open. Log in and choose Log out everywhere again.</translation>
    </message>
    <message>
        <source>Log out and delete this computer&apos;s copy of the cases: the cached cases, the saved reply drafts and the downloaded attachments. Your settings stay; the next login downloads the cases again.</source>
        <translation>Log out and delete this computer&apos;s copy of the cases: the cached cases, the saved reply drafts and the downloaded attachments. Your settings stay; the next login downloads the cases again.</translation>
    </message>
    <message>
        <source>Not on the server yet, and lost if you go on: %1 and %2.</source>
        <translation>Not on the server yet, and lost if you go on: %1 and %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n queued action(s)</source>
        <translation>
            <numerusform>%n queued action</numerusform>
            <numerusform>%n queued actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved reply draft(s)</source>
        <translation>
            <numerusform>%n saved reply draft</numerusform>
            <numerusform>%n saved reply drafts</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this computer&apos;s copy</source>
        <translation>Delete this computer&apos;s copy</translation>
    </message>
    <message>
        <source>&amp;Delete and log out</source>
        <translation>&amp;Delete and log out</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Log out &amp;everywhere too (every session of this account)</source>
        <translation>Log out &amp;everywhere too (every session of this account)</translation>
    </message>
    <message>
        <source>This computer&apos;s copy of the cases is deleted. The next login downloads the cases again.</source>
        <translation>This computer&apos;s copy of the cases is deleted. The next login downloads the cases again.</translation>
    </message>
    <message>
        <source>This computer&apos;s copy of the cases could not be deleted: %1</source>
        <translation>This computer&apos;s copy of the cases could not be deleted: %1</translation>
    </message>
    <message>
        <source>Opening PAKN Desk: reading your saved session from the system keychain…</source>
        <translation>Opening PAKN Desk: reading your saved session from the system keychain…</translation>
    </message>
    <message>
        <source>&amp;Log in instead</source>
        <translation>&amp;Log in instead</translation>
    </message>
</context>
<context>
    <name>pakn::DrillChart</name>
    <message>
        <source>No figures</source>
        <translation>No figures</translation>
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
        <translation>The server sent a malformed change feed page: %1</translation>
    </message>
    <message>
        <source>The server&apos;s change feed did not advance (cursor %1 after %2).</source>
        <translation>The server&apos;s change feed did not advance (cursor %1 after %2).</translation>
    </message>
</context>
<context>
    <name>pakn::FigureCasesDialog</name>
    <message>
        <source>Cases behind the figure</source>
        <translation>Cases behind the figure</translation>
    </message>
    <message>
        <source>Loading the cases…</source>
        <translation>Loading the cases…</translation>
    </message>
    <message>
        <source>%1 case(s). Enter or a double-click opens a case.</source>
        <translation>%1 case(s). Enter or a double-click opens a case.</translation>
    </message>
</context>
<context>
    <name>pakn::FigureTiles</name>
    <message>
        <source>Cases received</source>
        <translation>Cases received</translation>
    </message>
    <message>
        <source>Accepted by units</source>
        <translation>Accepted by units</translation>
    </message>
    <message>
        <source>Answered (replies published)</source>
        <translation>Answered (replies published)</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Answered on time</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Answered late</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Average working time to answer</source>
        <translation>Average working time to answer</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
</context>
<context>
    <name>pakn::FullDisk</name>
    <message>
        <source>The disk holding the local cache is full. Free some space on it: nothing queued is lost, and syncing resumes once there is room.</source>
        <translation>The disk holding the local cache is full. Free some space on it: nothing queued is lost, and syncing resumes once there is room.</translation>
    </message>
</context>
<context>
    <name>pakn::IntakeDialog</name>
    <message>
        <source>Take in a report</source>
        <translation>Take in a report</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>Reporter&apos;s &amp;name:</source>
        <translation>Reporter&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <source>&amp;Title (optional):</source>
        <translation>&amp;Title (optional):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Reporter&apos;s name</source>
        <translation>Reporter&apos;s name</translation>
    </message>
    <message>
        <source>Reporter&apos;s phone</source>
        <translation>Reporter&apos;s phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Characters in the description</source>
        <translation>Characters in the description</translation>
    </message>
    <message>
        <source>Sending status</source>
        <translation>Sending status</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialog buttons</translation>
    </message>
    <message>
        <source>Empty: anonymous</source>
        <translation>Empty: anonymous</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation>e.g. 0912 345 678</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>Send the report</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A description is required.</source>
        <translation>A description is required.</translation>
    </message>
    <message>
        <source>At most %1 characters; remove %2.</source>
        <translation>At most %1 characters; remove %2.</translation>
    </message>
    <message>
        <source>Not a phone number (9 to 12 digits).</source>
        <translation>Not a phone number (9 to 12 digits).</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Sending the report to the server…</source>
        <translation>Sending the report to the server…</translation>
    </message>
    <message>
        <source>Case #%1 created.</source>
        <translation>Case #%1 created.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Nothing typed is lost: send again when the connection is back.</source>
        <translation>The server cannot be reached (%1). Nothing typed is lost: send again when the connection is back.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no case number.</source>
        <translation>The server&apos;s answer has no case number.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>Discard the report?</source>
        <translation>Discard the report?</translation>
    </message>
    <message>
        <source>The report you typed has not been sent. Discard it?</source>
        <translation>The report you typed has not been sent. Discard it?</translation>
    </message>
</context>
<context>
    <name>pakn::IntakeLauncher</name>
    <message>
        <source>Case #%1 created.</source>
        <translation>Case #%1 created.</translation>
    </message>
    <message>
        <source>Take in a &amp;report…</source>
        <translation>Take in a &amp;report…</translation>
    </message>
    <message>
        <source>Type in a report received by hotline or in person (Ctrl+N)</source>
        <translation>Type in a report received by hotline or in person (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>pakn::LocalCopy</name>
    <message>
        <source>Cannot delete the attachments folder %1.</source>
        <translation>Cannot delete the attachments folder %1.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>Cannot delete %1: %2</translation>
    </message>
</context>
<context>
    <name>pakn::Login</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>The server&apos;s login answer is malformed: %1</source>
        <translation>The server&apos;s login answer is malformed: %1</translation>
    </message>
    <message>
        <source>The server&apos;s unit list is malformed: %1</source>
        <translation>The server&apos;s unit list is malformed: %1</translation>
    </message>
    <message>
        <source>The server&apos;s user list is malformed: %1</source>
        <translation>The server&apos;s user list is malformed: %1</translation>
    </message>
    <message>
        <source>This profile still holds work of %1 that is not on the server yet (%2 queued actions, %3 saved reply drafts). Log in as %1 on %4 to send it, or use another profile.</source>
        <translation>This profile still holds work of %1 that is not on the server yet (%2 queued actions, %3 saved reply drafts). Log in as %1 on %4 to send it, or use another profile.</translation>
    </message>
    <message>
        <source>The new password was not accepted: %1</source>
        <translation>The new password was not accepted: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed logins. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed logins. Try again in %n minute.</numerusform>
            <numerusform>Too many failed logins. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>a password needs at least 8 characters.</source>
        <translation>awaiting triage</translation>
    </message>
    <message>
        <source>a password must not contain the user name.</source>
        <translation>a password must not contain the user name.</translation>
    </message>
    <message>
        <source>this password is too common; choose another one.</source>
        <translation>this password is too common; choose another one.</translation>
    </message>
    <message>
        <source>it must differ from the one-time password.</source>
        <translation>it must differ from the one-time password.</translation>
    </message>
</context>
<context>
    <name>pakn::LoginDialog</name>
    <message>
        <source>Cannot reach the server. Check the server address and the network connection, then try again.</source>
        <translation>Cannot reach the server. Check the server address and the network connection, then try again.</translation>
    </message>
    <message>
        <source>The server address is not valid. It looks like https://pakn.example.gov.vn:8443</source>
        <translation>The server address is not valid. It looks like https://pakn.example.gov.vn:8443</translation>
    </message>
    <message>
        <source>The certificate fingerprint must be 32 bytes in hexadecimal (AB:CD:…), as the server prints it. Leave it empty for a server with a trusted certificate.</source>
        <translation>The certificate fingerprint must be 32 bytes in hexadecimal (AB:CD:…), as the server prints it. Leave it empty for a server with a trusted certificate.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Log in to handle citizens&apos; feedback and requests.</source>
        <translation>Log in to handle citizens&apos; feedback and requests.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint:</source>
        <translation>Certificate &amp;fingerprint:</translation>
    </message>
    <message>
        <source>optional, for a server with a self-signed certificate</source>
        <translation>optional, for a server with a self-signed certificate</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This password was given to you for one use only. Choose your own password now (at least 8 characters).</source>
        <translation>This password was given to you for one use only. Choose your own password now (at least 8 characters).</translation>
    </message>
    <message>
        <source>The new password needs at least 8 characters.</source>
        <translation>The new password needs at least 8 characters.</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>The two new passwords differ. Type the same password twice.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Ending the session of the one-time password…</source>
        <translation>Ending the session of the one-time password…</translation>
    </message>
    <message>
        <source>The new password must not contain your user name.</source>
        <translation>The new password must not contain your user name.</translation>
    </message>
    <message>
        <source>Trust this certificate only if its fingerprint %1 is exactly the one your administrator gave you (in person, on paper or by phone). Anyone between you and the server could otherwise read and change everything you send.</source>
        <translation>Trust this certificate only if its fingerprint %1 is exactly the one your administrator gave you (in person, on paper or by phone). Anyone between you and the server could otherwise read and change everything you send.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Trust this certificate</translation>
    </message>
    <message>
        <source>Pins the certificate&apos;s fingerprint in your profile; compare it with your administrator&apos;s first.</source>
        <translation>Pins the certificate&apos;s fingerprint in your profile; compare it with your administrator&apos;s first.</translation>
    </message>
</context>
<context>
    <name>pakn::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About PAKN Desk</source>
        <translation>&amp;About PAKN Desk</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1: saved on this PC, being sent to the server.</source>
        <translation>%1: saved on this PC, being sent to the server.</translation>
    </message>
    <message>
        <source>About PAKN Desk</source>
        <translation>About PAKN Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;PAKN Desk %1&lt;/b&gt;&lt;br&gt;The staff workbench for citizens&apos; feedback and requests (phản ánh, kiến nghị): receive, route, handle and answer them, online or offline.</source>
        <translation>&lt;b&gt;PAKN Desk %1&lt;/b&gt;&lt;br&gt;The staff workbench for citizens&apos; feedback and requests (phản ánh, kiến nghị): receive, route, handle and answer them, online or offline.</translation>
    </message>
    <message>
        <source>PAKN Desk</source>
        <translation>PAKN Desk</translation>
    </message>
    <message>
        <source>Your unit or role has changed: the queues now show your new work.</source>
        <translation>Your unit or role has changed: the queues now show your new work.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Queued actions…</source>
        <translation>&amp;Queued actions…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Log out &amp;everywhere</source>
        <translation>Log out &amp;everywhere</translation>
    </message>
    <message>
        <source>End every session of this account, on every computer (a lost laptop, a shared password)</source>
        <translation>End every session of this account, on every computer (a lost laptop, a shared password)</translation>
    </message>
    <message>
        <source>Log out and &amp;delete this computer&apos;s copy…</source>
        <translation>Log out and &amp;delete this computer&apos;s copy…</translation>
    </message>
    <message>
        <source>Log out and delete the cases, drafts and attachments kept on this computer (a shared computer); your settings stay</source>
        <translation>Log out and delete the cases, drafts and attachments kept on this computer (a shared computer); your settings stay</translation>
    </message>
    <message>
        <source>Asking the server for the phone number…</source>
        <translation>Asking the server for the phone number…</translation>
    </message>
    <message>
        <source>The phone number is shown; the case&apos;s history records that you looked.</source>
        <translation>The phone number is shown; the case&apos;s history records that you looked.</translation>
    </message>
    <message>
        <source>Showing the phone number needs a connection to the server.</source>
        <translation>Showing the phone number needs a connection to the server.</translation>
    </message>
    <message>
        <source>The phone number could not be shown: %1</source>
        <translation>The phone number could not be shown: %1</translation>
    </message>
</context>
<context>
    <name>pakn::OfflineBanner</name>
    <message numerus="yes">
        <source>&lt;b&gt;Offline.&lt;/b&gt; The server cannot be reached. %Ln action(s) saved on this PC will be sent when the connection is back; you can keep working.</source>
        <translation>
            <numerusform>&lt;b&gt;Offline.&lt;/b&gt; The server cannot be reached. %Ln action saved on this PC will be sent when the connection is back; you can keep working.</numerusform>
            <numerusform>&lt;b&gt;Offline.&lt;/b&gt; The server cannot be reached. %Ln actions saved on this PC will be sent when the connection is back; you can keep working.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline.&lt;/b&gt; The server cannot be reached. You can keep working: what you do is saved on this PC and sent when the connection is back.</source>
        <translation>&lt;b&gt;Offline.&lt;/b&gt; The server cannot be reached. You can keep working: what you do is saved on this PC and sent when the connection is back.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Try to reach the server again</source>
        <translation>Try to reach the server again</translation>
    </message>
    <message>
        <source>&amp;Queued actions…</source>
        <translation>&amp;Queued actions…</translation>
    </message>
    <message>
        <source>Show the actions waiting to be sent</source>
        <translation>Show the actions waiting to be sent</translation>
    </message>
    <message>
        <source>Offline notice</source>
        <translation>Offline notice</translation>
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
        <translation>Discard the action</translation>
    </message>
    <message>
        <source>Discard &quot;%1&quot; on case #%2? It will not be sent to the server.</source>
        <translation>Discard &quot;%1&quot; on case #%2? It will not be sent to the server.</translation>
    </message>
    <message>
        <source>A reply&apos;s text is kept as the case&apos;s local draft.</source>
        <translation>A reply&apos;s text is kept as the case&apos;s local draft.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>The action could not be discarded: %1</source>
        <translation>The action could not be discarded: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation>Actions waiting to be sent</translation>
    </message>
    <message>
        <source>These actions are saved on this PC and will be sent to the server in order. An action that failed can be retried now or discarded.</source>
        <translation>These actions are saved on this PC and will be sent to the server in order. An action that failed can be retried now or discarded.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Retry now</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <source>Discard the selected action</source>
        <translation>Discard the selected action</translation>
    </message>
</context>
<context>
    <name>pakn::OutboxSender</name>
    <message>
        <source>the server&apos;s answer is malformed (%1)</source>
        <translation>the server&apos;s answer is malformed (%1)</translation>
    </message>
    <message>
        <source>Case #%1 was changed by someone else, so your action &quot;%2&quot; was not applied.</source>
        <translation>Case #%1 was changed by someone else, so your action &quot;%2&quot; was not applied.</translation>
    </message>
    <message>
        <source>Case #%1 is no longer in your scope (it may have been transferred), so your action &quot;%2&quot; was not applied.</source>
        <translation>Case #%1 is no longer in your scope (it may have been transferred), so your action &quot;%2&quot; was not applied.</translation>
    </message>
    <message>
        <source>You may not take the action &quot;%2&quot; on case #%1 (any more), so it was not applied.</source>
        <translation>You may not take the action &quot;%2&quot; on case #%1 (any more), so it was not applied.</translation>
    </message>
    <message>
        <source>The server refused your action &quot;%2&quot; on case #%1: %3</source>
        <translation>The server refused your action &quot;%2&quot; on case #%1: %3</translation>
    </message>
    <message>
        <source>The cache could not be updated: %1</source>
        <translation>The cache could not be updated: %1</translation>
    </message>
    <message>
        <source>Case #%1 kept changing on the server, so your action &quot;%2&quot; was not applied.</source>
        <translation>Case #%1 kept changing on the server, so your action &quot;%2&quot; was not applied.</translation>
    </message>
    <message>
        <source>Your reply text was kept as a local draft.</source>
        <translation>Your reply text was kept as a local draft.</translation>
    </message>
    <message>
        <source>An action on case #%1 could not be delivered (%2); it will be retried.</source>
        <translation>An action on case #%1 could not be delivered (%2); it will be retried.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Case #%1 was changed by %2 in the meantime (it is now %3), so your action &quot;%4&quot; no longer applies and was not applied.</source>
        <translation>Case #%1 was changed by %2 in the meantime (it is now %3), so your action &quot;%4&quot; no longer applies and was not applied.</translation>
    </message>
    <message>
        <source>Case #%1 was changed by %2 before your action &quot;%3&quot; reached the server; so that nobody overrides a decision unknowingly, yours was not applied. Look at the case and take the action again if it is still needed.</source>
        <translation>Case #%1 was changed by %2 before your action &quot;%3&quot; reached the server; so that nobody overrides a decision unknowingly, yours was not applied. Look at the case and take the action again if it is still needed.</translation>
    </message>
    <message>
        <source>The file %1 was not attached to case #%2: %3</source>
        <translation>The file %1 was not attached to case #%2: %3</translation>
    </message>
    <message>
        <source>The evidence %1 was not withdrawn from case #%2: %3</source>
        <translation>The evidence %1 was not withdrawn from case #%2: %3</translation>
    </message>
</context>
<context>
    <name>pakn::QueueListModel</name>
    <message>
        <source>Assigned to me</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <source>Open in my scope</source>
        <translation>Open in my scope</translation>
    </message>
    <message>
        <source>My unit&apos;s open cases</source>
        <translation>My unit&apos;s open cases</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>New (to route)</source>
        <translation>New (to route)</translation>
    </message>
    <message>
        <source>To accept</source>
        <translation>To accept</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case(s)</source>
        <translation>
            <numerusform>%1: %n case</numerusform>
            <numerusform>%1: %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Awaiting my approval</source>
        <translation>Awaiting my approval</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>My drafts</translation>
    </message>
    <message>
        <source>Sent back to me</source>
        <translation>Sent back to me</translation>
    </message>
    <message>
        <source>To assign</source>
        <translation>To assign</translation>
    </message>
    <message>
        <source>Extension requests</source>
        <translation>Extension requests</translation>
    </message>
    <message>
        <source>Returned by units</source>
        <translation>Returned by units</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Answered in my scope</source>
        <translation>Answered in my scope</translation>
    </message>
    <message>
        <source>Your saved queue; right-click or press the menu key to rename or delete it</source>
        <translation>Your saved queue; right-click or press the menu key to rename or delete it</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
</context>
<context>
    <name>pakn::RankingModel</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>pakn::ReplyActionButtons</name>
    <message>
        <source>Save &amp;draft</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Save the draft (Ctrl+S)</translation>
    </message>
    <message>
        <source>S&amp;ubmit for approval</source>
        <translation>S&amp;ubmit for approval</translation>
    </message>
    <message>
        <source>Submit for approval (Ctrl+Enter)</source>
        <translation>Submit for approval (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>A&amp;pprove with my edits</source>
        <translation>A&amp;pprove with my edits</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <source>Approve and publish (Ctrl+Enter)</source>
        <translation>Approve and publish (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>Send &amp;back…</translation>
    </message>
</context>
<context>
    <name>pakn::ReplyEditor</name>
    <message>
        <source>Approve reply</source>
        <translation>Approve reply</translation>
    </message>
    <message>
        <source>Approve this reply and publish it to the citizen?</source>
        <translation>Approve this reply and publish it to the citizen?</translation>
    </message>
    <message>
        <source>Approve and publish</source>
        <translation>Approve and publish</translation>
    </message>
    <message>
        <source>Write the reply: what was verified, what was done, with evidence (photos, documents)…</source>
        <translation>Write the reply: what was verified, what was done, with evidence (photos, documents)…</translation>
    </message>
    <message>
        <source>No reply drafted yet.</source>
        <translation>No reply drafted yet.</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Submit for approval</translation>
    </message>
    <message>
        <source>Submit this reply to the leader for approval?</source>
        <translation>Submit this reply to the leader for approval?</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <source>Approve the reply with your edits and publish it to the citizen?</source>
        <translation>Approve the reply with your edits and publish it to the citizen?</translation>
    </message>
    <message>
        <source>Reply te&amp;xt</source>
        <translation>Reply te&amp;xt</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Reply text</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatting</translation>
    </message>
    <message>
        <source>Not yet sent — autosaved on this PC</source>
        <translation>Not yet sent — autosaved on this PC</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>&amp;Template…</translation>
    </message>
    <message>
        <source>Insert a reply template</source>
        <translation>Insert a reply template</translation>
    </message>
    <message>
        <source>P&amp;review…</source>
        <translation>P&amp;review…</translation>
    </message>
    <message>
        <source>Preview the reply as the citizen will see it</source>
        <translation>Preview the reply as the citizen will see it</translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation>Reply length</translation>
    </message>
    <message>
        <source>Reply to the citizen</source>
        <translation>Reply to the citizen</translation>
    </message>
    <message>
        <source>Changes since the previous version</source>
        <translation>Changes since the previous version</translation>
    </message>
</context>
<context>
    <name>pakn::ReplyPreviewDialog</name>
    <message>
        <source>Preview: the reply as the citizen will see it</source>
        <translation>Preview: the reply as the citizen will see it</translation>
    </message>
    <message>
        <source>Channels such as Zalo and SMS send plain text: bold and italic are dropped, lists are sent as lines.</source>
        <translation>Channels such as Zalo and SMS send plain text: bold and italic are dropped, lists are sent as lines.</translation>
    </message>
    <message>
        <source>Reply as sent to the citizen</source>
        <translation>Reply as sent to the citizen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — longer than one Zalo message (%2 characters): it will arrive in several parts.</source>
        <translation>%1 — longer than one Zalo message (%2 characters): it will arrive in several parts.</translation>
    </message>
    <message>
        <source>Evidence sent with the reply</source>
        <translation>Evidence sent with the reply</translation>
    </message>
    <message>
        <source>No photos or documents go with this reply.</source>
        <translation>No photos or documents go with this reply.</translation>
    </message>
    <message numerus="yes">
        <source>Sent with the reply: %n photo(s) or document(s)</source>
        <translation>
            <numerusform>Sent with the reply: %n photo or document</numerusform>
            <numerusform>Sent with the reply: %n photos or documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pakn::ReplyTemplatePicker</name>
    <message>
        <source>Insert a reply template</source>
        <translation>Insert a reply template</translation>
    </message>
    <message>
        <source>&amp;Find a template:</source>
        <translation>&amp;Find a template:</translation>
    </message>
    <message>
        <source>Find a template</source>
        <translation>Find a template</translation>
    </message>
    <message>
        <source>Type part of the title or text…</source>
        <translation>Type part of the title or text…</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Reply templates</translation>
    </message>
    <message>
        <source>No template matches.</source>
        <translation>No template matches.</translation>
    </message>
    <message>
        <source>Text to insert (filled in for this case):</source>
        <translation>Text to insert (filled in for this case):</translation>
    </message>
    <message>
        <source>Text to insert</source>
        <translation>Text to insert</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 (this field)</source>
        <translation>%1 (this field)</translation>
    </message>
</context>
<context>
    <name>pakn::ReplyTextEdit</name>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Italic (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>Bulleted list (Ctrl+Shift+8)</source>
        <translation>Bulleted list (Ctrl+Shift+8)</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <source>Numbered list (Ctrl+Shift+7)</source>
        <translation>Numbered list (Ctrl+Shift+7)</translation>
    </message>
</context>
<context>
    <name>pakn::ReportCaseModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answer deadline</source>
        <translation>Answer deadline</translation>
    </message>
</context>
<context>
    <name>pakn::ReportExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>The report is saved as %1.</source>
        <translation>The report is saved as %1.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>pakn::SavedQueues</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Save as queue</source>
        <translation>Save as queue</translation>
    </message>
    <message>
        <source>Name of the new queue (its search and filters are kept):</source>
        <translation>Name of the new queue (its search and filters are kept):</translation>
    </message>
    <message>
        <source>The queue could not be saved: %1</source>
        <translation>The queue could not be saved: %1</translation>
    </message>
    <message>
        <source>Rename queue</source>
        <translation>Rename queue</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Delete queue</source>
        <translation>Delete queue</translation>
    </message>
    <message>
        <source>Delete your queue “%1”? The cases stay; only the saved search and filters are removed.</source>
        <translation>Delete your queue “%1”? The cases stay; only the saved search and filters are removed.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>pakn::SearchBox</name>
    <message>
        <source>Search… (no diacritics needed)</source>
        <translation>Search… (no diacritics needed)</translation>
    </message>
    <message>
        <source>Type words from the title, address, reporter, unit or the case number (Ctrl+F)</source>
        <translation>Type words from the title, address, reporter, unit or the case number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search… (finds every case once the first download ends)</source>
        <translation>Search… (finds every case once the first download ends)</translation>
    </message>
</context>
<context>
    <name>pakn::SendConfirmation</name>
    <message numerus="yes">
        <source>The reply has only %n character(s): citizens find short, generic answers unsatisfying.</source>
        <translation>
            <numerusform>The reply has only %n character: citizens find short, generic answers unsatisfying.</numerusform>
            <numerusform>The reply has only %n characters: citizens find short, generic answers unsatisfying.</numerusform>
        </translation>
    </message>
    <message>
        <source>No evidence attached: a reply with photos or documents of what was done is more convincing.</source>
        <translation>No evidence attached: a reply with photos or documents of what was done is more convincing.</translation>
    </message>
    <message>
        <source>The reply is longer than one Zalo message (%1 characters) and will arrive in several parts.</source>
        <translation>The reply is longer than one Zalo message (%1 characters) and will arrive in several parts.</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Send anyway</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>pakn::ServerEndpoint</name>
    <message>
        <source>No server address is set.</source>
        <translation>No server address is set.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation>The server address &quot;%1&quot; is not a valid URL.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>The server address must not contain a user name or password.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http is not allowed).</source>
        <translation>The server address must start with https:// (plain http is not allowed).</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (loopback), not to %1.</source>
        <translation>Plain http is only allowed to this computer (loopback), not to %1.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>The server address must start with https://.</translation>
    </message>
    <message>
        <source>The certificate fingerprint must be a SHA-256 fingerprint (32 bytes).</source>
        <translation>The certificate fingerprint must be a SHA-256 fingerprint (32 bytes).</translation>
    </message>
</context>
<context>
    <name>pakn::SessionCredentials</name>
    <message>
        <source>You will be asked to log in again next time.</source>
        <translation>You will be asked to log in again next time.</translation>
    </message>
    <message>
        <source>No system keychain is available: you will be asked to log in again next time.</source>
        <translation>No system keychain is available: you will be asked to log in again next time.</translation>
    </message>
</context>
<context>
    <name>pakn::SettingsDialog</name>
    <message>
        <source>The certificate fingerprint must be 32 hexadecimal bytes (AB:CD:…), as your administrator gave it.</source>
        <translation>The certificate fingerprint must be 32 hexadecimal bytes (AB:CD:…), as your administrator gave it.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint (SHA-256):</source>
        <translation>Certificate &amp;fingerprint (SHA-256):</translation>
    </message>
    <message>
        <source>Changing the server or its fingerprint logs you out: you log in again. Actions waiting to be sent are kept.</source>
        <translation>Changing the server or its fingerprint logs you out: you log in again. Actions waiting to be sent are kept.</translation>
    </message>
    <message>
        <source>Display and sync</source>
        <translation>Display and sync</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>Font si&amp;ze:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>S&amp;ync every:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Notify me when</source>
        <translation>Notify me when</translation>
    </message>
    <message>
        <source>my reply is &amp;sent back</source>
        <translation>my reply is &amp;sent back</translation>
    </message>
    <message>
        <source>a reply awaits my a&amp;pproval</source>
        <translation>a reply awaits my a&amp;pproval</translation>
    </message>
    <message>
        <source>a case of mine is &amp;due today</source>
        <translation>a case of mine is &amp;due today</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Certificate fingerprint</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Font size</translation>
    </message>
    <message>
        <source>Sync interval in seconds</source>
        <translation>Sync interval in seconds</translation>
    </message>
    <message>
        <source>a case is assi&amp;gned to me</source>
        <translation>a case is assi&amp;gned to me</translation>
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
        <translation>Previous / next case</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Open the selected case</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search (in the search box)</source>
        <translation>Clear the search (in the search box)</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Move between the queues, search, table, case and reply</source>
        <translation>Move between the queues, search, table, case and reply</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>PAKN Desk can be used entirely from the keyboard. Letter keys work when no text field has the focus.</source>
        <translation>PAKN Desk can be used entirely from the keyboard. Letter keys work when no text field has the focus.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Submit the reply, or approve it (in the reply editor)</source>
        <translation>Submit the reply, or approve it (in the reply editor)</translation>
    </message>
    <message>
        <source>Save the reply draft (in the reply editor); save a copy of the chosen attachment (in the attachments or the viewer)</source>
        <translation>Save the reply draft (in the reply editor); save a copy of the chosen attachment (in the attachments or the viewer)</translation>
    </message>
    <message>
        <source>Bold (in the reply text)</source>
        <translation>Bold (in the reply text)</translation>
    </message>
    <message>
        <source>Italic (in the reply text)</source>
        <translation>Italic (in the reply text)</translation>
    </message>
    <message>
        <source>Bulleted list (in the reply text)</source>
        <translation>Bulleted list (in the reply text)</translation>
    </message>
    <message>
        <source>Numbered list (in the reply text)</source>
        <translation>Numbered list (in the reply text)</translation>
    </message>
    <message>
        <source>Attach evidence to the reply</source>
        <translation>Attach evidence to the reply</translation>
    </message>
    <message>
        <source>Confirm a dialog that has a text box (Enter starts a new line there)</source>
        <translation>Confirm a dialog that has a text box (Enter starts a new line there)</translation>
    </message>
    <message>
        <source>Choose the table&apos;s columns (in the case table)</source>
        <translation>Choose the table&apos;s columns (in the case table)</translation>
    </message>
    <message>
        <source>Rename the saved queue (in the queue list)</source>
        <translation>Rename the saved queue (in the queue list)</translation>
    </message>
    <message>
        <source>Delete the saved queue (in the queue list); withdraw the chosen evidence (in the attachments)</source>
        <translation>Delete the saved queue (in the queue list); withdraw the chosen evidence (in the attachments)</translation>
    </message>
    <message>
        <source>← / →, Enter</source>
        <translation>← / →, Enter</translation>
    </message>
    <message>
        <source>Choose an attachment, open it (in the attachments)</source>
        <translation>Choose an attachment, open it (in the attachments)</translation>
    </message>
    <message>
        <source>Menu key</source>
        <translation>Menu key</translation>
    </message>
    <message>
        <source>More commands for the chosen attachment or saved queue</source>
        <translation>More commands for the chosen attachment or saved queue</translation>
    </message>
    <message>
        <source>← / → or Page Up / Page Down</source>
        <translation>← / → or Page Up / Page Down</translation>
    </message>
    <message>
        <source>Previous / next attachment (in the viewer)</source>
        <translation>Previous / next attachment (in the viewer)</translation>
    </message>
    <message>
        <source>+ / −</source>
        <translation>+ / −</translation>
    </message>
    <message>
        <source>Zoom in / out (in the viewer)</source>
        <translation>Zoom in / out (in the viewer)</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Actual size (in the viewer)</source>
        <translation>Actual size (in the viewer)</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Fit to the window (in the viewer)</source>
        <translation>Fit to the window (in the viewer)</translation>
    </message>
    <message>
        <source>Close the viewer or a dialog</source>
        <translation>Close the viewer or a dialog</translation>
    </message>
</context>
<context>
    <name>pakn::SyncController</name>
    <message>
        <source>Sync is not running.</source>
        <translation>Sync is not running.</translation>
    </message>
</context>
<context>
    <name>pakn::SyncEngine</name>
    <message>
        <source>The unit list could not be stored: %1</source>
        <translation>The unit list could not be stored: %1</translation>
    </message>
    <message>
        <source>The user list could not be stored: %1</source>
        <translation>The user list could not be stored: %1</translation>
    </message>
    <message>
        <source>A feed page could not be stored: %1</source>
        <translation>A feed page could not be stored: %1</translation>
    </message>
    <message>
        <source>The session has ended; please log in again.</source>
        <translation>The session has ended; please log in again.</translation>
    </message>
    <message>
        <source>The server&apos;s holidays and deadline rules could not be used: %1</source>
        <translation>The server&apos;s holidays and deadline rules could not be used: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer about you is malformed: %1</source>
        <translation>The server&apos;s answer about you is malformed: %1</translation>
    </message>
    <message>
        <source>The cache could not be updated: %1</source>
        <translation>The cache could not be updated: %1</translation>
    </message>
    <message>
        <source>Not signed in to the server.</source>
        <translation>Not signed in to the server.</translation>
    </message>
</context>
<context>
    <name>pakn::SyncStatusWidget</name>
    <message>
        <source>%1 — case %2: &quot;%3&quot; was not accepted by the server: %4</source>
        <translation>%1 — case %2: &quot;%3&quot; was not accepted by the server: %4</translation>
    </message>
    <message>
        <source>Case %1: &quot;%2&quot; was not accepted by the server: %3</source>
        <translation>Case %1: &quot;%2&quot; was not accepted by the server: %3</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Offline — actions will be sent when the connection is back</source>
        <translation>Offline — actions will be sent when the connection is back</translation>
    </message>
    <message>
        <source>The session has ended — please log in again</source>
        <translation>The session has ended — please log in again</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Sync error</translation>
    </message>
    <message>
        <source>Sync error: %1</source>
        <translation>Sync error: %1</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation>
            <numerusform>%n action waiting to be sent</numerusform>
            <numerusform>%n actions waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused action(s)</source>
        <translation>
            <numerusform>%n refused action</numerusform>
            <numerusform>%n refused actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the actions the server did not accept</source>
        <translation>Show the actions the server did not accept</translation>
    </message>
    <message>
        <source>Actions not accepted by the server</source>
        <translation>Actions not accepted by the server</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n case(s) received</source>
        <translation>
            <numerusform>Syncing… %n case received</numerusform>
            <numerusform>Syncing… %n cases received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pakn::UnitPicker</name>
    <message>
        <source>Type to filter units…</source>
        <translation>Type to filter units…</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translation>Filter units</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
</context>
</TS>
