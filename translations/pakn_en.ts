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
</context>
<context>
    <name>pakn::ActionBar</name>
    <message>
        <source>Assi&amp;gn officer…</source>
        <translation>Assi&amp;gn officer…</translation>
    </message>
    <message>
        <source>Classify and &amp;route…</source>
        <translation>Classify and &amp;route…</translation>
    </message>
    <message>
        <source>Re&amp;turn to coordinators…</source>
        <translation>Re&amp;turn to coordinators…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Add &amp;note…</translation>
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
</context>
<context>
    <name>pakn::ActionParamsDialog</name>
    <message>
        <source>%1 — case %2</source>
        <translation>%1 — case %2</translation>
    </message>
    <message>
        <source>— choose a unit —</source>
        <translation>— choose a unit —</translation>
    </message>
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
        <source>The server&apos;s certificate is not trusted (%1). Its SHA-256 fingerprint is %2; if you know this is your server, enter that fingerprint.</source>
        <translation>The server&apos;s certificate is not trusted (%1). Its SHA-256 fingerprint is %2; if you know this is your server, enter that fingerprint.</translation>
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
    <name>pakn::CaseDetailView</name>
    <message>
        <source>Select a case in the table to see its details.</source>
        <translation>Select a case in the table to see its details.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
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
        <source>Overdue</source>
        <translation>Overdue</translation>
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
</context>
<context>
    <name>pakn::LoginDialog</name>
    <message>
        <source>Cannot reach the server. Check the server address and the network connection, then try again.</source>
        <translation>Cannot reach the server. Check the server address and the network connection, then try again.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the pinned fingerprint, or is not trusted. Check the fingerprint with your administrator.</source>
        <translation>The server&apos;s certificate does not match the pinned fingerprint, or is not trusted. Check the fingerprint with your administrator.</translation>
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
        <source>PAKN Desk — log in</source>
        <translation>PAKN Desk — log in</translation>
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
</context>
<context>
    <name>pakn::MainWindow</name>
    <message>
        <source>PAKN Desk — %1 (%2, %3)</source>
        <translation>PAKN Desk — %1 (%2, %3)</translation>
    </message>
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
        <source>L&amp;anguage</source>
        <translation>L&amp;anguage</translation>
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
            <numerusform>%1: %n case(s)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pakn::ReplyEditor</name>
    <message>
        <source>Very short reply</source>
        <translation>Very short reply</translation>
    </message>
    <message numerus="yes">
        <source>This reply has only %n character(s). Citizens find short, generic answers unsatisfying. Send it anyway?</source>
        <translation>
            <numerusform>This reply has only %n character(s). Citizens find short, generic answers unsatisfying. Send it anyway?</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Send anyway</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
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
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Not yet sent — kept on this PC</source>
        <translation>Not yet sent — kept on this PC</translation>
    </message>
    <message>
        <source>Write the reply: what was verified, what was done, with evidence (photos, documents)…</source>
        <translation>Write the reply: what was verified, what was done, with evidence (photos, documents)…</translation>
    </message>
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
        <source>A&amp;pprove</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>Send &amp;back…</translation>
    </message>
    <message>
        <source>Reply to the &amp;citizen</source>
        <translation>Reply to the &amp;citizen</translation>
    </message>
    <message>
        <source>No reply drafted yet.</source>
        <translation>No reply drafted yet.</translation>
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
        <source>The server sent a malformed change feed page: %1</source>
        <translation>The server sent a malformed change feed page: %1</translation>
    </message>
    <message>
        <source>The server&apos;s change feed did not advance (cursor %1 after %2).</source>
        <translation>The server&apos;s change feed did not advance (cursor %1 after %2).</translation>
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
            <numerusform>%n action(s) waiting to be sent</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused action(s)</source>
        <translation>
            <numerusform>%n refused action(s)</numerusform>
            <numerusform></numerusform>
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
</TS>
