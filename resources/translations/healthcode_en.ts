<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation>Add User</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>e.g. zhang.wei</source>
        <translation>e.g. zhang.wei</translation>
    </message>
    <message>
        <source>User name problem</source>
        <translation>User name problem</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Full name shown in the audit log</source>
        <translation>Full name shown in the audit log</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>What the role may do</source>
        <translation>What the role may do</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Jurisdiction:</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdiction</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>Password problem</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Repeated password problem</source>
        <translation>Repeated password problem</translation>
    </message>
    <message>
        <source>Add or cancel</source>
        <translation>Add or cancel</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit page</source>
        <translation>Audit page</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Page title</translation>
    </message>
    <message>
        <source>Every change and every look at personal details, newest first. The records are hash-chained: verifying the chain shows whether any was edited or deleted.</source>
        <translation>Every change and every look at personal details, newest first. The records are hash-chained: verifying the chain shows whether any was edited or deleted.</translation>
    </message>
    <message>
        <source>Page description</source>
        <translation>Page description</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>U&amp;ser:</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filter by user</translation>
    </message>
    <message>
        <source>exact user name</source>
        <translation>exact user name</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction:</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filter by action</translation>
    </message>
    <message>
        <source>starts with, e.g. user.</source>
        <translation>starts with, e.g. user.</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Filter by text in target or details</source>
        <translation>Filter by text in target or details</translation>
    </message>
    <message>
        <source>in target or details</source>
        <translation>in target or details</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Filter from date</source>
        <translation>Filter from date</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Records on or after this day</source>
        <translation>Records on or after this day</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Filter to date</source>
        <translation>Filter to date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Records on or before this day</source>
        <translation>Records on or before this day</translation>
    </message>
    <message>
        <source>&amp;Apply Filter</source>
        <translation>&amp;Apply Filter</translation>
    </message>
    <message>
        <source>Apply filter</source>
        <translation>Apply filter</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>&amp;Verify Chain</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Recompute every record&apos;s hash and check that none was edited, inserted or deleted</source>
        <translation>Recompute every record&apos;s hash and check that none was edited, inserted or deleted</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>Audit records</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change Role</source>
        <translation>Change Role</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>What the role may do</source>
        <translation>What the role may do</translation>
    </message>
    <message>
        <source>Change or cancel</source>
        <translation>Change or cancel</translation>
    </message>
</context>
<context>
    <name>ClearanceEditor</name>
    <message>
        <source>Number of negative tests</source>
        <translation>Number of negative tests</translation>
    </message>
    <message>
        <source>Kind of negative test</source>
        <translation>Kind of negative test</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>Time between the tests</source>
        <translation>Time between the tests</translation>
    </message>
    <message>
        <source>Unit of the time between the tests</source>
        <translation>Unit of the time between the tests</translation>
    </message>
    <message>
        <source>apart</source>
        <translation>apart</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo mode</source>
        <translation>Demo mode</translation>
    </message>
    <message>
        <source>&lt;b&gt;DEMO&lt;/b&gt;</source>
        <translation>&lt;b&gt;DEMO&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Synthetic training city: no person here is real, and cards printed here are not valid.</source>
        <translation>Synthetic training city: no person here is real, and cards printed here are not valid.</translation>
    </message>
    <message>
        <source>Demo mode explanation</source>
        <translation>Demo mode explanation</translation>
    </message>
    <message>
        <source>Demo administrator login</source>
        <translation>Demo administrator login</translation>
    </message>
    <message>
        <source>&amp;Reset Demo…</source>
        <translation>&amp;Reset Demo…</translation>
    </message>
    <message>
        <source>Throw away every change and rebuild the demo city as it was at the start</source>
        <translation>Throw away every change and rebuild the demo city as it was at the start</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>Reset demo</translation>
    </message>
    <message>
        <source>Training scenario</source>
        <translation>Training scenario</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the First Administrator — Health Code Console</source>
        <translation>Create the First Administrator — Health Code Console</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Create the first administrator</translation>
    </message>
    <message>
        <source>The database has no users yet. Create the first administrator; this account adds the other officials.</source>
        <translation>The database has no users yet. Create the first administrator; this account adds the other officials.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>Database address</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>User name problem</source>
        <translation>User name problem</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>Password problem</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Repeated password problem</source>
        <translation>Repeated password problem</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Create or cancel</source>
        <translation>Create or cancel</translation>
    </message>
</context>
<context>
    <name>HeatmapPage</name>
    <message>
        <source>Scan heatmap</source>
        <translation>Scan heatmap</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>The whole city, or one district (double-click a district on the map to choose it)</source>
        <translation>The whole city, or one district (double-click a district on the map to choose it)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>C&amp;odes:</source>
        <translation>C&amp;odes:</translation>
    </message>
    <message>
        <source>Colour of codes</source>
        <translation>Colour of codes</translation>
    </message>
    <message>
        <source>Count scans where the code showed this colour</source>
        <translation>Count scans where the code showed this colour</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>Window start</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Window end</source>
        <translation>Window end</translation>
    </message>
    <message>
        <source>&amp;Last day with data</source>
        <translation>&amp;Last day with data</translation>
    </message>
    <message>
        <source>Show the last day with data</source>
        <translation>Show the last day with data</translation>
    </message>
    <message>
        <source>The 24 hours up to the last hour with scans</source>
        <translation>The 24 hours up to the last hour with scans</translation>
    </message>
    <message>
        <source>Export &amp;map…</source>
        <translation>Export &amp;map…</translation>
    </message>
    <message>
        <source>Export the map as PNG</source>
        <translation>Export the map as PNG</translation>
    </message>
    <message>
        <source>Save the map as shown as a PNG picture</source>
        <translation>Save the map as shown as a PNG picture</translation>
    </message>
    <message>
        <source>Export fi&amp;gures…</source>
        <translation>Export fi&amp;gures…</translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation>Export the figures as CSV</translation>
    </message>
    <message>
        <source>Save the figures of the cells and districts shown as CSV; suppressed figures are marked, not given</source>
        <translation>Save the figures of the cells and districts shown as CSV; suppressed figures are marked, not given</translation>
    </message>
    <message>
        <source>Summary of the heatmap</source>
        <translation>Summary of the heatmap</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Grid cells of the city shaded by their figures; hover over a cell for its figures</source>
        <translation>Grid cells of the city shaded by their figures; hover over a cell for its figures</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Play</translation>
    </message>
    <message>
        <source>Play hour by hour</source>
        <translation>Play hour by hour</translation>
    </message>
    <message>
        <source>Play the window hour by hour</source>
        <translation>Play the window hour by hour</translation>
    </message>
    <message>
        <source>Hour shown</source>
        <translation>Hour shown</translation>
    </message>
    <message>
        <source>Sp&amp;eed:</source>
        <translation>Sp&amp;eed:</translation>
    </message>
    <message>
        <source>Play-back speed</source>
        <translation>Play-back speed</translation>
    </message>
    <message>
        <source>&amp;Whole window</source>
        <translation>&amp;Whole window</translation>
    </message>
    <message>
        <source>Show the whole window</source>
        <translation>Show the whole window</translation>
    </message>
    <message>
        <source>Stop the play-back and show the whole window again</source>
        <translation>Stop the play-back and show the whole window again</translation>
    </message>
    <message>
        <source>Figures per hour by colour of code</source>
        <translation>Figures per hour by colour of code</translation>
    </message>
    <message>
        <source>Venues and districts</source>
        <translation>Venues and districts</translation>
    </message>
    <message>
        <source>Top &amp;venues</source>
        <translation>Top &amp;venues</translation>
    </message>
    <message>
        <source>About the venue figures</source>
        <translation>About the venue figures</translation>
    </message>
    <message>
        <source>Top venues</source>
        <translation>Top venues</translation>
    </message>
    <message>
        <source>D&amp;istricts</source>
        <translation>D&amp;istricts</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Data</source>
        <translation>Import Data</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Import data</translation>
    </message>
    <message>
        <source>&amp;The files hold:</source>
        <translation>&amp;The files hold:</translation>
    </message>
    <message>
        <source>What the files hold</source>
        <translation>What the files hold</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>&amp;Files:</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <source>&amp;Add Files...</source>
        <translation>&amp;Add Files...</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Add files</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Remove the selected file</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Text encoding of the files</source>
        <translation>Text encoding of the files</translation>
    </message>
    <message>
        <source>Times &amp;without a zone:</source>
        <translation>Times &amp;without a zone:</translation>
    </message>
    <message>
        <source>Time zone of times written without one</source>
        <translation>Time zone of times written without one</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>Scanning provider</source>
        <translation>Scanning provider</translation>
    </message>
    <message>
        <source>Whose event ids these are, e.g. the scanning provider&apos;s name</source>
        <translation>Whose event ids these are, e.g. the scanning provider&apos;s name</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Which column holds which field</source>
        <translation>Which column holds which field</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>First rows</translation>
    </message>
    <message>
        <source>First rows of the selected file</source>
        <translation>First rows of the selected file</translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows...</source>
        <translation>&amp;Save Rejected Rows...</translation>
    </message>
    <message>
        <source>Save the rejected rows as a CSV report</source>
        <translation>Save the rejected rows as a CSV report</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Locked — Health Code Console</source>
        <translation>Locked — Health Code Console</translation>
    </message>
    <message>
        <source>Console locked</source>
        <translation>Console locked</translation>
    </message>
    <message>
        <source>Lock message</source>
        <translation>Lock message</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Unlock error</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation>Log &amp;Out</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — Health Code Console</source>
        <translation>Log in — Health Code Console</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Log in with your user name and password.</source>
        <translation>Log in with your user name and password.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>Database address</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Login error</translation>
    </message>
    <message>
        <source>Log in or cancel</source>
        <translation>Log in or cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Health Code Console</source>
        <translation>Health Code Console</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Current page</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Hide the console until your password is entered again</source>
        <translation>Hide the console until your password is entered again</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation>Log &amp;Out</translation>
    </message>
    <message>
        <source>Log out and return to the login window</source>
        <translation>Log out and return to the login window</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Idle lock, language, heatmap and printing settings; those your IT department manages are shown locked</source>
        <translation>Idle lock, language, heatmap and printing settings; those your IT department manages are shown locked</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Log out and close the console</source>
        <translation>Log out and close the console</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Health Code Console</source>
        <translation>&amp;About Health Code Console</translation>
    </message>
    <message>
        <source>Version, database, backend and demo status</source>
        <translation>Version, database, backend and demo status</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>&amp;Import Data…</translation>
    </message>
    <message>
        <source>Import scans, people, test results, risk areas, venues or district boundaries from files</source>
        <translation>Import scans, people, test results, risk areas, venues or district boundaries from files</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Request Override</source>
        <translation>Request Override</translation>
    </message>
    <message>
        <source>Request override</source>
        <translation>Request override</translation>
    </message>
    <message>
        <source>&amp;Person (ID number):</source>
        <translation>&amp;Person (ID number):</translation>
    </message>
    <message>
        <source>Person&apos;s ID number</source>
        <translation>Person&apos;s ID number</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <source>Colour the override sets</source>
        <translation>Colour the override sets</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation>Reason category</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Explanation:</translation>
    </message>
    <message>
        <source>Explanation of the override</source>
        <translation>Explanation of the override</translation>
    </message>
    <message>
        <source>What was wrong, and how you know</source>
        <translation>What was wrong, and how you know</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>E&amp;vidence:</translation>
    </message>
    <message>
        <source>Evidence reference</source>
        <translation>Evidence reference</translation>
    </message>
    <message>
        <source>e.g. laboratory report number</source>
        <translation>e.g. laboratory report number</translation>
    </message>
    <message>
        <source>Ends &amp;after:</source>
        <translation>Ends &amp;after:</translation>
    </message>
    <message>
        <source>Days until the override ends</source>
        <translation>Days until the override ends</translation>
    </message>
    <message>
        <source>A second official with the approver role must approve the override before it takes effect. Everything you enter is recorded in the audit log.</source>
        <translation>A second official with the approver role must approve the override before it takes effect. Everything you enter is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>OverridesPage</name>
    <message>
        <source>Overrides</source>
        <translation>Overrides</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Which overrides to show</source>
        <translation>Which overrides to show</translation>
    </message>
    <message>
        <source>&amp;Request override…</source>
        <translation>&amp;Request override…</translation>
    </message>
    <message>
        <source>The selected override</source>
        <translation>The selected override</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <source>Signs of misuse in the last 30 days</source>
        <translation>Signs of misuse in the last 30 days</translation>
    </message>
    <message>
        <source>Overrides by official</source>
        <translation>Overrides by official</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Districts shown in the chart</source>
        <translation>Districts shown in the chart</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Overview headline</source>
        <translation>Overview headline</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Refresh the overview</source>
        <translation>Refresh the overview</translation>
    </message>
    <message>
        <source>Save &amp;Daily Report…</source>
        <translation>Save &amp;Daily Report…</translation>
    </message>
    <message>
        <source>Save the daily situation report</source>
        <translation>Save the daily situation report</translation>
    </message>
    <message>
        <source>Overview panels</source>
        <translation>Overview panels</translation>
    </message>
    <message>
        <source>People by colour</source>
        <translation>People by colour</translation>
    </message>
    <message>
        <source>People in scope</source>
        <translation>People in scope</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>People by colour over the last 30 days</source>
        <translation>People by colour over the last 30 days</translation>
    </message>
    <message>
        <source>About suppressed figures</source>
        <translation>About suppressed figures</translation>
    </message>
    <message>
        <source>Colour changes in the last 24 hours</source>
        <translation>Colour changes in the last 24 hours</translation>
    </message>
    <message>
        <source>Colour changes</source>
        <translation>Colour changes</translation>
    </message>
    <message>
        <source>Rules behind the changes</source>
        <translation>Rules behind the changes</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>Waiting for your decision</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Nothing waiting</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the selected item on its page</source>
        <translation>Open the selected item on its page</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>Reject the selected override request</source>
        <translation>Reject the selected override request</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>Approve the selected override request</source>
        <translation>Approve the selected override request</translation>
    </message>
    <message>
        <source>Overrides ending soon</source>
        <translation>Overrides ending soon</translation>
    </message>
    <message>
        <source>Misuse signals</source>
        <translation>Misuse signals</translation>
    </message>
    <message>
        <source>Officials whose overrides look unusual</source>
        <translation>Officials whose overrides look unusual</translation>
    </message>
    <message>
        <source>Last imports</source>
        <translation>Last imports</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Last audit verification and checkpoint</source>
        <translation>Last audit verification and checkpoint</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People page</source>
        <translation>People page</translation>
    </message>
    <message>
        <source>Search or person</source>
        <translation>Search or person</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Page title</translation>
    </message>
    <message>
        <source>Find a person in your jurisdiction by ID number or its last digits, name, pinyin initials or phone. ID numbers and phones are shown masked; every search and every person opened is recorded in the audit log.</source>
        <translation>Find a person in your jurisdiction by ID number or its last digits, name, pinyin initials or phone. ID numbers and phones are shown masked; every search and every person opened is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Page description</source>
        <translation>Page description</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Search text</translation>
    </message>
    <message>
        <source>e.g. 1234 (last digits), 王芳, wf, 13812345678</source>
        <translation>e.g. 1234 (last digits), 王芳, wf, 13812345678</translation>
    </message>
    <message>
        <source>&amp;As:</source>
        <translation>&amp;As:</translation>
    </message>
    <message>
        <source>What the text is</source>
        <translation>What the text is</translation>
    </message>
    <message>
        <source>Any: recognised from what you type</source>
        <translation>Any: recognised from what you type</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Search problem</source>
        <translation>Search problem</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>People found</translation>
    </message>
    <message>
        <source>Type what you know about the person and press Enter.</source>
        <translation>Type what you know about the person and press Enter.</translation>
    </message>
    <message>
        <source>Search result summary</source>
        <translation>Search result summary</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the selected person</source>
        <translation>Open the selected person</translation>
    </message>
    <message>
        <source>Show the selected person&apos;s colour, why, and their history (or double-click the row)</source>
        <translation>Show the selected person&apos;s colour, why, and their history (or double-click the row)</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Back to Results</source>
        <translation>&amp;Back to Results</translation>
    </message>
    <message>
        <source>Back to the search results</source>
        <translation>Back to the search results</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Read this person again</source>
        <translation>Read this person again</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Born:</translation>
    </message>
    <message>
        <source>Sex and birth date</source>
        <translation>Sex and birth date</translation>
    </message>
    <message>
        <source>Smartphone:</source>
        <translation>Smartphone:</translation>
    </message>
    <message>
        <source>Has a smartphone</source>
        <translation>Has a smartphone</translation>
    </message>
    <message>
        <source>&amp;Reveal ID Number and Phone…</source>
        <translation>&amp;Reveal ID Number and Phone…</translation>
    </message>
    <message>
        <source>Reveal the full ID number and phone</source>
        <translation>Reveal the full ID number and phone</translation>
    </message>
    <message>
        <source>Shows the full ID number and phone after you say why; recorded in the audit log</source>
        <translation>Shows the full ID number and phone after you say why; recorded in the audit log</translation>
    </message>
    <message>
        <source>Current colour</source>
        <translation>Current colour</translation>
    </message>
    <message>
        <source>Current colour and why</source>
        <translation>Current colour and why</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Why the person has this colour</source>
        <translation>Why the person has this colour</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>History of colours</source>
        <translation>History of colours</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Test results</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Sampled</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratory</translation>
    </message>
    <message>
        <source>Risk-area stays</source>
        <translation>Risk-area stays</translation>
    </message>
    <message>
        <source>Stays in risk areas</source>
        <translation>Stays in risk areas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation>Recent scans</translation>
    </message>
    <message>
        <source>Recent scans (time and venue only)</source>
        <translation>Recent scans (time and venue only)</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Printed cards</source>
        <translation>Printed cards</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Overrides</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Request &amp;Override…</source>
        <translation>Request &amp;Override…</translation>
    </message>
    <message>
        <source>Request an override of this person&apos;s colour</source>
        <translation>Request an override of this person&apos;s colour</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <source>Printing page</source>
        <translation>Printing page</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Page title</translation>
    </message>
    <message>
        <source>Paper health codes for people who cannot show one on a phone. Every card carries a signed code that any verifier checks offline; each print run is recorded as a batch with every card serial.</source>
        <translation>Paper health codes for people who cannot show one on a phone. Every card carries a signed code that any verifier checks offline; each print run is recorded as a batch with every card serial.</translation>
    </message>
    <message>
        <source>Page description</source>
        <translation>Page description</translation>
    </message>
    <message>
        <source>Who gets a card</source>
        <translation>Who gets a card</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Only people without a smartphone</source>
        <translation>Only people without a smartphone</translation>
    </message>
    <message>
        <source>Without a &amp;smartphone of their own</source>
        <translation>Without a &amp;smartphone of their own</translation>
    </message>
    <message>
        <source>Only people without a card</source>
        <translation>Only people without a card</translation>
    </message>
    <message>
        <source>&amp;Not printed yet (no card in force)</source>
        <translation>&amp;Not printed yet (no card in force)</translation>
    </message>
    <message>
        <source>Minimum &amp;age:</source>
        <translation>Minimum &amp;age:</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Minimum age</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Only cards printed before a date</source>
        <translation>Only cards printed before a date</translation>
    </message>
    <message>
        <source>Printed &amp;before:</source>
        <translation>Printed &amp;before:</translation>
    </message>
    <message>
        <source>Printed before</source>
        <translation>Printed before</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limit:</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>&amp;ID list:</source>
        <translation>&amp;ID list:</translation>
    </message>
    <message>
        <source>ID list file</source>
        <translation>ID list file</translation>
    </message>
    <message>
        <source>a text file with one ID number per line (optional)</source>
        <translation>a text file with one ID number per line (optional)</translation>
    </message>
    <message>
        <source>Choose ID list file</source>
        <translation>Choose ID list file</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Number of people selected</source>
        <translation>Number of people selected</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Cards and output</source>
        <translation>Cards and output</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>Card template</source>
        <translation>Card template</translation>
    </message>
    <message>
        <source>Demo cards</source>
        <translation>Demo cards</translation>
    </message>
    <message>
        <source>De&amp;mo cards (signed with the demo key, marked DEMO - NOT VALID)</source>
        <translation>De&amp;mo cards (signed with the demo key, marked DEMO - NOT VALID)</translation>
    </message>
    <message>
        <source>PDF &amp;file:</source>
        <translation>PDF &amp;file:</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>where Print to PDF writes the cards</source>
        <translation>where Print to PDF writes the cards</translation>
    </message>
    <message>
        <source>Choose PDF file</source>
        <translation>Choose PDF file</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Brow&amp;se…</translation>
    </message>
    <message>
        <source>Signing key &amp;passphrase:</source>
        <translation>Signing key &amp;passphrase:</translation>
    </message>
    <message>
        <source>Signing key passphrase</source>
        <translation>Signing key passphrase</translation>
    </message>
    <message>
        <source>Why printing is not possible yet</source>
        <translation>Why printing is not possible yet</translation>
    </message>
    <message>
        <source>Preview cards</source>
        <translation>Preview cards</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>Print to PDF</translation>
    </message>
    <message>
        <source>Print to P&amp;DF</source>
        <translation>Print to P&amp;DF</translation>
    </message>
    <message>
        <source>Print to a printer</source>
        <translation>Print to a printer</translation>
    </message>
    <message>
        <source>Print to P&amp;rinter…</source>
        <translation>Print to P&amp;rinter…</translation>
    </message>
    <message>
        <source>Print batches and card custody</source>
        <translation>Print batches and card custody</translation>
    </message>
    <message>
        <source>Print batches</source>
        <translation>Print batches</translation>
    </message>
    <message>
        <source>Card s&amp;erial:</source>
        <translation>Card s&amp;erial:</translation>
    </message>
    <message>
        <source>Card serial</source>
        <translation>Card serial</translation>
    </message>
    <message>
        <source>e.g. 1a2b 3c4d 5e6f 7a8b</source>
        <translation>e.g. 1a2b 3c4d 5e6f 7a8b</translation>
    </message>
    <message>
        <source>Pro&amp;xy ID number:</source>
        <translation>Pro&amp;xy ID number:</translation>
    </message>
    <message>
        <source>Proxy ID number</source>
        <translation>Proxy ID number</translation>
    </message>
    <message>
        <source>empty: the holder collects</source>
        <translation>empty: the holder collects</translation>
    </message>
    <message>
        <source>The checked ID number of the guardian or community worker who collects the card</source>
        <translation>The checked ID number of the guardian or community worker who collects the card</translation>
    </message>
    <message>
        <source>Record hand-over</source>
        <translation>Record hand-over</translation>
    </message>
    <message>
        <source>&amp;Hand Over</source>
        <translation>&amp;Hand Over</translation>
    </message>
    <message>
        <source>Reprint a lost card</source>
        <translation>Reprint a lost card</translation>
    </message>
    <message>
        <source>Re&amp;print Lost Card</source>
        <translation>Re&amp;print Lost Card</translation>
    </message>
    <message>
        <source>Reload batches</source>
        <translation>Reload batches</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>Rel&amp;oad</translation>
    </message>
    <message>
        <source>Result of the last card action</source>
        <translation>Result of the last card action</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish Rule Set</source>
        <translation>Publish Rule Set</translation>
    </message>
    <message>
        <source>Publish rule set</source>
        <translation>Publish rule set</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>In force &amp;from:</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>&amp;Urgent: in force at once, without the lead time</source>
        <translation>&amp;Urgent: in force at once, without the lead time</translation>
    </message>
    <message>
        <source>Urgency &amp;reason:</source>
        <translation>Urgency &amp;reason:</translation>
    </message>
    <message>
        <source>Urgency reason</source>
        <translation>Urgency reason</translation>
    </message>
    <message>
        <source>Recorded in the audit log, e.g. new outbreak in a district</source>
        <translation>Recorded in the audit log, e.g. new outbreak in a district</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset Password</source>
        <translation>Reset Password</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>Password problem</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Repeated password problem</source>
        <translation>Repeated password problem</translation>
    </message>
    <message>
        <source>Reset or cancel</source>
        <translation>Reset or cancel</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Rule editor</source>
        <translation>Rule editor</translation>
    </message>
    <message>
        <source>Rule &amp;ID:</source>
        <translation>Rule &amp;ID:</translation>
    </message>
    <message>
        <source>Rule ID</source>
        <translation>Rule ID</translation>
    </message>
    <message>
        <source>A short code such as R3: letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>A short code such as R3: letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Rule name</translation>
    </message>
    <message>
        <source>Name in &amp;Chinese:</source>
        <translation>Name in &amp;Chinese:</translation>
    </message>
    <message>
        <source>Rule name in Chinese</source>
        <translation>Rule name in Chinese</translation>
    </message>
    <message>
        <source>Resulting &amp;colour:</source>
        <translation>Resulting &amp;colour:</translation>
    </message>
    <message>
        <source>Resulting colour</source>
        <translation>Resulting colour</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The rule applies when</source>
        <translation>The rule applies when</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Add &amp;fact</source>
        <translation>Add &amp;fact</translation>
    </message>
    <message>
        <source>Add another fact next to the selected one</source>
        <translation>Add another fact next to the selected one</translation>
    </message>
    <message>
        <source>A&amp;ll of…</source>
        <translation>A&amp;ll of…</translation>
    </message>
    <message>
        <source>Require the selected part and a new fact together</source>
        <translation>Require the selected part and a new fact together</translation>
    </message>
    <message>
        <source>An&amp;y of…</source>
        <translation>An&amp;y of…</translation>
    </message>
    <message>
        <source>Accept either the selected part or a new fact</source>
        <translation>Accept either the selected part or a new fact</translation>
    </message>
    <message>
        <source>No&amp;t</source>
        <translation>No&amp;t</translation>
    </message>
    <message>
        <source>Turn the selected part into its opposite, or back</source>
        <translation>Turn the selected part into its opposite, or back</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Remove the selected part of the condition</source>
        <translation>Remove the selected part of the condition</translation>
    </message>
    <message>
        <source>Selected fact</source>
        <translation>Selected fact</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Kind of fact</source>
        <translation>Kind of fact</translation>
    </message>
    <message>
        <source>T&amp;est:</source>
        <translation>T&amp;est:</translation>
    </message>
    <message>
        <source>Kind of test</source>
        <translation>Kind of test</translation>
    </message>
    <message>
        <source>Risk &amp;level:</source>
        <translation>Risk &amp;level:</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>At &amp;least:</source>
        <translation>At &amp;least:</translation>
    </message>
    <message>
        <source>At least this many</source>
        <translation>At least this many</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>&amp;Within:</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Time window</translation>
    </message>
    <message>
        <source>Unit of the time window</source>
        <translation>Unit of the time window</translation>
    </message>
    <message>
        <source>A&amp;ge in years:</source>
        <translation>A&amp;ge in years:</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Age in years</translation>
    </message>
    <message>
        <source>Unless negative tests after it</source>
        <translation>Unless negative tests after it</translation>
    </message>
    <message>
        <source>Negative tests that cancel the fact</source>
        <translation>Negative tests that cancel the fact</translation>
    </message>
    <message>
        <source>The colour turns back</source>
        <translation>The colour turns back</translation>
    </message>
    <message>
        <source>How the colour turns back</source>
        <translation>How the colour turns back</translation>
    </message>
    <message>
        <source>Negative tests that turn the colour back</source>
        <translation>Negative tests that turn the colour back</translation>
    </message>
    <message>
        <source>The rule as text</source>
        <translation>The rule as text</translation>
    </message>
    <message>
        <source>Problem with this rule</source>
        <translation>Problem with this rule</translation>
    </message>
    <message>
        <source>&amp;Unless negative tests after it:</source>
        <translation>&amp;Unless negative tests after it:</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Risk rules</source>
        <translation>Risk rules</translation>
    </message>
    <message>
        <source>Rule set &amp;versions</source>
        <translation>Rule set &amp;versions</translation>
    </message>
    <message>
        <source>Rule set versions</source>
        <translation>Rule set versions</translation>
    </message>
    <message>
        <source>New &amp;draft</source>
        <translation>New &amp;draft</translation>
    </message>
    <message>
        <source>Start a draft from the selected version</source>
        <translation>Start a draft from the selected version</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Propose</translation>
    </message>
    <message>
        <source>Send the draft for approval by a second official</source>
        <translation>Send the draft for approval by a second official</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation>P&amp;ublish…</translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>&amp;Restore this version…</translation>
    </message>
    <message>
        <source>Put the selected earlier version back in force at once</source>
        <translation>Put the selected earlier version back in force at once</translation>
    </message>
    <message>
        <source>Preview &amp;impact</source>
        <translation>Preview &amp;impact</translation>
    </message>
    <message>
        <source>Count who would change colour if the selected version were in force</source>
        <translation>Count who would change colour if the selected version were in force</translation>
    </message>
    <message>
        <source>Selected version</source>
        <translation>Selected version</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>About the selected version</source>
        <translation>About the selected version</translation>
    </message>
    <message>
        <source>Summary of the change:</source>
        <translation>Summary of the change:</translation>
    </message>
    <message>
        <source>Summary of the change</source>
        <translation>Summary of the change</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>Rules in order</source>
        <translation>Rules in order</translation>
    </message>
    <message>
        <source>A&amp;dd rule</source>
        <translation>A&amp;dd rule</translation>
    </message>
    <message>
        <source>Remo&amp;ve rule</source>
        <translation>Remo&amp;ve rule</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Move rule up</source>
        <translation>Move rule up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Move rule down</source>
        <translation>Move rule down</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <source>Problems in the rules</source>
        <translation>Problems in the rules</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The rules as text</source>
        <translation>The rules as text</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Changes side by side</source>
        <translation>Changes side by side</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Impact summary</source>
        <translation>Impact summary</translation>
    </message>
    <message>
        <source>Select a version and choose Preview impact to see who would change colour.</source>
        <translation>Select a version and choose Preview impact to see who would change colour.</translation>
    </message>
    <message>
        <source>Changes of colour by district and age</source>
        <translation>Changes of colour by district and age</translation>
    </message>
    <message>
        <source>Some of the people who would change colour:</source>
        <translation>Some of the people who would change colour:</translation>
    </message>
    <message>
        <source>Sample of affected people</source>
        <translation>Sample of affected people</translation>
    </message>
    <message>
        <source>Show &amp;names (recorded in the audit log)</source>
        <translation>Show &amp;names (recorded in the audit log)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — Health Code Console</source>
        <translation>Settings — Health Code Console</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>These settings apply to your account on this computer. Values marked &quot;Managed by your IT department&quot; are set for the whole computer and cannot be changed here.</source>
        <translation>These settings apply to your account on this computer. Values marked &quot;Managed by your IT department&quot; are set for the whole computer and cannot be changed here.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Security settings</source>
        <translation>Security settings</translation>
    </message>
    <message>
        <source>&amp;Lock after no input for:</source>
        <translation>&amp;Lock after no input for:</translation>
    </message>
    <message>
        <source>Idle lock minutes</source>
        <translation>Idle lock minutes</translation>
    </message>
    <message>
        <source>The console hides every window until your password is entered again</source>
        <translation>The console hides every window until your password is entered again</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Managed by your IT department</source>
        <translation>Managed by your IT department</translation>
    </message>
    <message>
        <source>&amp;Failed logins before lockout:</source>
        <translation>&amp;Failed logins before lockout:</translation>
    </message>
    <message>
        <source>Failed logins before lockout</source>
        <translation>Failed logins before lockout</translation>
    </message>
    <message>
        <source>Wrong passwords in a row before an account is locked</source>
        <translation>Wrong passwords in a row before an account is locked</translation>
    </message>
    <message>
        <source>Lockout &amp;duration:</source>
        <translation>Lockout &amp;duration:</translation>
    </message>
    <message>
        <source>Lockout minutes</source>
        <translation>Lockout minutes</translation>
    </message>
    <message>
        <source>How long an account stays locked after too many wrong passwords</source>
        <translation>How long an account stays locked after too many wrong passwords</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Interface settings</source>
        <translation>Interface settings</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>L&amp;anguage:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The console shows the new language the next time it starts.</source>
        <translation>The console shows the new language the next time it starts.</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>Language note</translation>
    </message>
    <message>
        <source>Heatmaps and Scans</source>
        <translation>Heatmaps and Scans</translation>
    </message>
    <message>
        <source>Heatmap and scan settings</source>
        <translation>Heatmap and scan settings</translation>
    </message>
    <message>
        <source>&amp;Hide figures of fewer than:</source>
        <translation>&amp;Hide figures of fewer than:</translation>
    </message>
    <message>
        <source>Heatmap suppression threshold</source>
        <translation>Heatmap suppression threshold</translation>
    </message>
    <message>
        <source>Heatmap cells and totals with fewer distinct people than this show no numbers</source>
        <translation>Heatmap cells and totals with fewer distinct people than this show no numbers</translation>
    </message>
    <message>
        <source> people</source>
        <translation> people</translation>
    </message>
    <message>
        <source>&amp;Keep scans for:</source>
        <translation>&amp;Keep scans for:</translation>
    </message>
    <message>
        <source>Scan retention days</source>
        <translation>Scan retention days</translation>
    </message>
    <message>
        <source>Scans older than this are removed when old scans are purged</source>
        <translation>Scans older than this are removed when old scans are purged</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Printing settings</source>
        <translation>Printing settings</translation>
    </message>
    <message>
        <source>Printed cards are &amp;valid for:</source>
        <translation>Printed cards are &amp;valid for:</translation>
    </message>
    <message>
        <source>Card validity days</source>
        <translation>Card validity days</translation>
    </message>
    <message>
        <source>The validity printed on each new card</source>
        <translation>The validity printed on each new card</translation>
    </message>
    <message>
        <source>One &amp;proxy may collect for:</source>
        <translation>One &amp;proxy may collect for:</translation>
    </message>
    <message>
        <source>Proxy collection cap</source>
        <translation>Proxy collection cap</translation>
    </message>
    <message>
        <source>The most people one proxy may collect printed cards for</source>
        <translation>The most people one proxy may collect printed cards for</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Database settings</source>
        <translation>Database settings</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Data&amp;base:</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>Database address</translation>
    </message>
    <message>
        <source>The database the console opens when it starts, chosen in the welcome window. To use another one, start the console with --db.</source>
        <translation>The database the console opens when it starts, chosen in the welcome window. To use another one, start the console with --db.</translation>
    </message>
    <message>
        <source>About the database</source>
        <translation>About the database</translation>
    </message>
    <message>
        <source>Demo mode:</source>
        <translation>Demo mode:</translation>
    </message>
    <message>
        <source>Offer the demo &amp;city in the welcome window</source>
        <translation>Offer the demo &amp;city in the welcome window</translation>
    </message>
    <message>
        <source>Demo mode allowed</source>
        <translation>Demo mode allowed</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Save, cancel or restore defaults</source>
        <translation>Save, cancel or restore defaults</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>&amp;Open scenario file…</source>
        <translation>&amp;Open scenario file…</translation>
    </message>
    <message>
        <source>Play a scenario a trainer wrote (resources/scenarios/README.md describes the format)</source>
        <translation>Play a scenario a trainer wrote (resources/scenarios/README.md describes the format)</translation>
    </message>
    <message>
        <source>What the scenario is about</source>
        <translation>What the scenario is about</translation>
    </message>
    <message>
        <source>Scenario day</source>
        <translation>Scenario day</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>What happened today</source>
        <translation>What happened today</translation>
    </message>
    <message>
        <source>&amp;Tasks for today (tick them off as you go):</source>
        <translation>&amp;Tasks for today (tick them off as you go):</translation>
    </message>
    <message>
        <source>Tasks for today</source>
        <translation>Tasks for today</translation>
    </message>
    <message>
        <source>To replay a scenario from the start, reset the demo city with the button in the banner.</source>
        <translation>To replay a scenario from the start, reset the demo city with the button in the banner.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users page</source>
        <translation>Users page</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Page title</translation>
    </message>
    <message>
        <source>Officials who may log in, in your jurisdiction and below it.</source>
        <translation>Officials who may log in, in your jurisdiction and below it.</translation>
    </message>
    <message>
        <source>Page description</source>
        <translation>Page description</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>&amp;Add User…</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Create an account for an official</source>
        <translation>Create an account for an official</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>Disable or enable the selected user</source>
        <translation>Disable or enable the selected user</translation>
    </message>
    <message>
        <source>Stop or allow logins of the selected user</source>
        <translation>Stop or allow logins of the selected user</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Unlock the selected user</source>
        <translation>Unlock the selected user</translation>
    </message>
    <message>
        <source>Allow logins again after too many wrong passwords</source>
        <translation>Allow logins again after too many wrong passwords</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>&amp;Reset Password…</translation>
    </message>
    <message>
        <source>Reset the password of the selected user</source>
        <translation>Reset the password of the selected user</translation>
    </message>
    <message>
        <source>Change R&amp;ole…</source>
        <translation>Change R&amp;ole…</translation>
    </message>
    <message>
        <source>Change the role of the selected user</source>
        <translation>Change the role of the selected user</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Reload the list of users</source>
        <translation>Reload the list of users</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome — Health Code Console</source>
        <translation>Welcome — Health Code Console</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Health Code Console&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome to Health Code Console&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The console keeps its data in a database. Try it out with a demo city first, or choose the database you will work with. You can change this later in the settings.</source>
        <translation>The console keeps its data in a database. Try it out with a demo city first, or choose the database you will work with. You can change this later in the settings.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Try it out</source>
        <translation>Try it out</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>A synthetic city with people, venues, tests and scans, kept in a database of its own. Nothing in it is real and it never touches real data.</source>
        <translation>A synthetic city with people, venues, tests and scans, kept in a database of its own. Nothing in it is real and it never touches real data.</translation>
    </message>
    <message>
        <source>About the demo</source>
        <translation>About the demo</translation>
    </message>
    <message>
        <source>Start &amp;Demo</source>
        <translation>Start &amp;Demo</translation>
    </message>
    <message>
        <source>Build the demo city and log in as its administrator</source>
        <translation>Build the demo city and log in as its administrator</translation>
    </message>
    <message>
        <source>Start demo</source>
        <translation>Start demo</translation>
    </message>
    <message>
        <source>Work with real data</source>
        <translation>Work with real data</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Use a database on this &amp;PC (SQLite file)</source>
        <translation>Use a database on this &amp;PC (SQLite file)</translation>
    </message>
    <message>
        <source>For a single office PC. Offices that share data need a PostgreSQL server.</source>
        <translation>For a single office PC. Offices that share data need a PostgreSQL server.</translation>
    </message>
    <message>
        <source>Use a database on this PC</source>
        <translation>Use a database on this PC</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose where the database file is kept</source>
        <translation>Choose where the database file is kept</translation>
    </message>
    <message>
        <source>Browse for the database file</source>
        <translation>Browse for the database file</translation>
    </message>
    <message>
        <source>Database file problem</source>
        <translation>Database file problem</translation>
    </message>
    <message>
        <source>Connect to a Postgre&amp;SQL server</source>
        <translation>Connect to a Postgre&amp;SQL server</translation>
    </message>
    <message>
        <source>For offices that share one database; IT gives you the server&apos;s details</source>
        <translation>For offices that share one database; IT gives you the server&apos;s details</translation>
    </message>
    <message>
        <source>Connect to a PostgreSQL server</source>
        <translation>Connect to a PostgreSQL server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>db.example.gov.cn</source>
        <translation>db.example.gov.cn</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Server host</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Server port</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Data&amp;base:</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Database name</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Database user</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Database password</translation>
    </message>
    <message>
        <source>The password is used for this session only and never saved. Later starts take it from ~/.pgpass or the PGPASSWORD variable, which IT sets up.</source>
        <translation>The password is used for this session only and never saved. Later starts take it from ~/.pgpass or the PGPASSWORD variable, which IT sets up.</translation>
    </message>
    <message>
        <source>About the password</source>
        <translation>About the password</translation>
    </message>
    <message>
        <source>Server details problem</source>
        <translation>Server details problem</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
    <message>
        <source>Try to reach the server with these details without changing anything</source>
        <translation>Try to reach the server with these details without changing anything</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Connection test result</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <source>Continue or quit</source>
        <translation>Continue or quit</translation>
    </message>
</context>
<context>
    <name>hc::Settings</name>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>user setting</source>
        <translation>user setting</translation>
    </message>
    <message>
        <source>managed by IT (system-wide file)</source>
        <translation>managed by IT (system-wide file)</translation>
    </message>
</context>
<context>
    <name>hc::audit::AuditLog</name>
    <message>
        <source>Record %1 is missing: the chain jumps from %2 to %3 (a record was deleted).</source>
        <translation>Record %1 is missing: the chain jumps from %2 to %3 (a record was deleted).</translation>
    </message>
    <message>
        <source>Record %1 does not match its hash: it was edited, inserted or moved.</source>
        <translation>Record %1 does not match its hash: it was edited, inserted or moved.</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Verification cancelled.</translation>
    </message>
    <message>
        <source>The chain ends at record %1 but the checkpoint covers %2 records: it was truncated.</source>
        <translation>The chain ends at record %1 but the checkpoint covers %2 records: it was truncated.</translation>
    </message>
    <message>
        <source>Record %1 differs from the signed checkpoint: the chain was rewritten.</source>
        <translation>Record %1 differs from the signed checkpoint: the chain was rewritten.</translation>
    </message>
</context>
<context>
    <name>hc::audit::AuditText</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Database set up</source>
        <translation>Database set up</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <source>Account locked after failed logins</source>
        <translation>Account locked after failed logins</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Login refused</translation>
    </message>
    <message>
        <source>Official added</source>
        <translation>Official added</translation>
    </message>
    <message>
        <source>Official disabled</source>
        <translation>Official disabled</translation>
    </message>
    <message>
        <source>Official enabled again</source>
        <translation>Official enabled again</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Role or scope changed</source>
        <translation>Role or scope changed</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <source>Audit checkpoint written</source>
        <translation>Audit checkpoint written</translation>
    </message>
    <message>
        <source>Audit log verified</source>
        <translation>Audit log verified</translation>
    </message>
    <message>
        <source>Jurisdiction created</source>
        <translation>Jurisdiction created</translation>
    </message>
    <message>
        <source>Jurisdiction changed</source>
        <translation>Jurisdiction changed</translation>
    </message>
    <message>
        <source>People searched</source>
        <translation>People searched</translation>
    </message>
    <message>
        <source>Person&apos;s record opened</source>
        <translation>Person&apos;s record opened</translation>
    </message>
    <message>
        <source>Full ID number shown</source>
        <translation>Full ID number shown</translation>
    </message>
    <message>
        <source>Override requested</source>
        <translation>Override requested</translation>
    </message>
    <message>
        <source>Override approved</source>
        <translation>Override approved</translation>
    </message>
    <message>
        <source>Override rejected</source>
        <translation>Override rejected</translation>
    </message>
    <message>
        <source>Override revoked</source>
        <translation>Override revoked</translation>
    </message>
    <message>
        <source>Override ended</source>
        <translation>Override ended</translation>
    </message>
    <message>
        <source>Override request expired</source>
        <translation>Override request expired</translation>
    </message>
    <message>
        <source>Override refused</source>
        <translation>Override refused</translation>
    </message>
    <message>
        <source>Default rules installed</source>
        <translation>Default rules installed</translation>
    </message>
    <message>
        <source>Rule draft created</source>
        <translation>Rule draft created</translation>
    </message>
    <message>
        <source>Rule draft edited</source>
        <translation>Rule draft edited</translation>
    </message>
    <message>
        <source>Rule draft discarded</source>
        <translation>Rule draft discarded</translation>
    </message>
    <message>
        <source>Rules proposed</source>
        <translation>Rules proposed</translation>
    </message>
    <message>
        <source>Rules approved</source>
        <translation>Rules approved</translation>
    </message>
    <message>
        <source>Rules rejected</source>
        <translation>Rules rejected</translation>
    </message>
    <message>
        <source>Rules published</source>
        <translation>Rules published</translation>
    </message>
    <message>
        <source>Rules superseded</source>
        <translation>Rules superseded</translation>
    </message>
    <message>
        <source>Rules rolled back</source>
        <translation>Rules rolled back</translation>
    </message>
    <message>
        <source>Statuses re-evaluated</source>
        <translation>Statuses re-evaluated</translation>
    </message>
    <message>
        <source>Import started</source>
        <translation>Import started</translation>
    </message>
    <message>
        <source>Import batch stored</source>
        <translation>Import batch stored</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Import resumed</source>
        <translation>Import resumed</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import refused</translation>
    </message>
    <message>
        <source>Old scans purged</source>
        <translation>Old scans purged</translation>
    </message>
    <message>
        <source>Heatmap figures fixed</source>
        <translation>Heatmap figures fixed</translation>
    </message>
    <message>
        <source>Heatmap figures rebuilt</source>
        <translation>Heatmap figures rebuilt</translation>
    </message>
    <message>
        <source>Signing key generated</source>
        <translation>Signing key generated</translation>
    </message>
    <message>
        <source>Signing key retired</source>
        <translation>Signing key retired</translation>
    </message>
    <message>
        <source>Trust list exported</source>
        <translation>Trust list exported</translation>
    </message>
    <message>
        <source>Trust list imported</source>
        <translation>Trust list imported</translation>
    </message>
    <message>
        <source>Revocation list exported</source>
        <translation>Revocation list exported</translation>
    </message>
    <message>
        <source>Print batch started</source>
        <translation>Print batch started</translation>
    </message>
    <message>
        <source>Print batch ended</source>
        <translation>Print batch ended</translation>
    </message>
    <message>
        <source>Card handed over</source>
        <translation>Card handed over</translation>
    </message>
    <message>
        <source>Card revoked</source>
        <translation>Card revoked</translation>
    </message>
    <message>
        <source>Demo database created</source>
        <translation>Demo database created</translation>
    </message>
    <message>
        <source>Synthetic data generated</source>
        <translation>Synthetic data generated</translation>
    </message>
    <message>
        <source>Training scenario step</source>
        <translation>Training scenario step</translation>
    </message>
    <message>
        <source>Person not found or outside the scope</source>
        <translation>Person not found or outside the scope</translation>
    </message>
    <message>
        <source>Rule step refused</source>
        <translation>Rule step refused</translation>
    </message>
</context>
<context>
    <name>hc::audit::Checkpoint</name>
    <message>
        <source>%1: not a valid audit checkpoint: %2</source>
        <translation>%1: not a valid audit checkpoint: %2</translation>
    </message>
    <message>
        <source>JSON error at byte %1: %2</source>
        <translation>JSON error at byte %1: %2</translation>
    </message>
    <message>
        <source>field &quot;format&quot; is not %1.</source>
        <translation>field &quot;format&quot; is not %1.</translation>
    </message>
    <message>
        <source>field &quot;seq&quot; is missing or negative.</source>
        <translation>field &quot;seq&quot; is missing or negative.</translation>
    </message>
    <message>
        <source>field &quot;head_hash&quot; is not 64 hex digits.</source>
        <translation>field &quot;head_hash&quot; is not 64 hex digits.</translation>
    </message>
    <message>
        <source>the signature does not match its contents (field &quot;signature&quot;).</source>
        <translation>the signature does not match its contents (field &quot;signature&quot;).</translation>
    </message>
</context>
<context>
    <name>hc::auth</name>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Rule editor</source>
        <translation>Rule editor</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>view people</source>
        <translation>view people</translation>
    </message>
    <message>
        <source>reveal ID numbers and phones</source>
        <translation>reveal ID numbers and phones</translation>
    </message>
    <message>
        <source>request status overrides</source>
        <translation>request status overrides</translation>
    </message>
    <message>
        <source>approve status overrides</source>
        <translation>approve status overrides</translation>
    </message>
    <message>
        <source>edit risk rules</source>
        <translation>edit risk rules</translation>
    </message>
    <message>
        <source>approve risk rules</source>
        <translation>approve risk rules</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>import data</translation>
    </message>
    <message>
        <source>print cards</source>
        <translation>print cards</translation>
    </message>
    <message>
        <source>manage signing keys</source>
        <translation>manage signing keys</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>view the audit log</translation>
    </message>
    <message>
        <source>verify and checkpoint the audit log</source>
        <translation>verify and checkpoint the audit log</translation>
    </message>
    <message>
        <source>generate synthetic data</source>
        <translation>generate synthetic data</translation>
    </message>
    <message>
        <source>purge raw scans past the retention window</source>
        <translation>purge raw scans past the retention window</translation>
    </message>
</context>
<context>
    <name>hc::auth::Authenticator</name>
    <message>
        <source>No user with id %1.</source>
        <translation>No user with id %1.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>User %1 has an unknown role &quot;%2&quot;.</source>
        <translation>User %1 has an unknown role &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask an administrator to enable it.</source>
        <translation>The account %1 is disabled. Ask an administrator to enable it.</translation>
    </message>
    <message>
        <source>The account %1 is locked after too many wrong passwords until %2, or until an administrator unlocks it.</source>
        <translation>The account %1 is locked after too many wrong passwords until %2, or until an administrator unlocks it.</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>The account %1 is disabled.</translation>
    </message>
    <message>
        <source>The account %1 is locked.</source>
        <translation>The account %1 is locked.</translation>
    </message>
    <message>
        <source>Cannot connect as %1: %2</source>
        <translation>Cannot connect as %1: %2</translation>
    </message>
</context>
<context>
    <name>hc::auth::Session</name>
    <message>
        <source>User %1 (%2) may not %3. Ask an administrator for the right role.</source>
        <translation>User %1 (%2) may not %3. Ask an administrator for the right role.</translation>
    </message>
    <message>
        <source>%1 is outside the jurisdiction of user %2.</source>
        <translation>%1 is outside the jurisdiction of user %2.</translation>
    </message>
</context>
<context>
    <name>hc::cli</name>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>Option --%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unknown option --%1.</translation>
    </message>
    <message>
        <source>Option --%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>Option --%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Audit chain broken at record %1: %2</source>
        <translation>Audit chain broken at record %1: %2</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 records, head %2 %3.</source>
        <translation>Audit chain intact: %1 records, head %2 %3.</translation>
    </message>
    <message>
        <source>Matches checkpoint %1 signed by key %2.</source>
        <translation>Matches checkpoint %1 signed by key %2.</translation>
    </message>
    <message>
        <source>Usage: audit checkpoint --out FILE</source>
        <translation>Usage: audit checkpoint --out FILE</translation>
    </message>
    <message>
        <source>Passphrase of the audit signing key: </source>
        <translation>Passphrase of the audit signing key: </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Checkpoint of record %1 written to %2 (key %3).</source>
        <translation>Checkpoint of record %1 written to %2 (key %3).</translation>
    </message>
    <message>
        <source>Usage: audit verify [--checkpoint FILE] | audit checkpoint --out FILE</source>
        <translation>Usage: audit verify [--checkpoint FILE] | audit checkpoint --out FILE</translation>
    </message>
    <message>
        <source>Usage: config show</source>
        <translation>Usage: config show</translation>
    </message>
    <message>
        <source># system file: %1</source>
        <translation># system file: %1</translation>
    </message>
    <message>
        <source># user file:   %1</source>
        <translation># user file:   %1</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>demo-data takes no positional arguments.</source>
        <translation>demo-data takes no positional arguments.</translation>
    </message>
    <message>
        <source>Generated %1 jurisdictions, %2 venues, %3 people, %4 test results, %5 risk areas, %6 close contacts, %7 symptom declarations and %8 scans in %9 s.</source>
        <translation>Generated %1 jurisdictions, %2 venues, %3 people, %4 test results, %5 risk areas, %6 close contacts, %7 symptom declarations and %8 scans in %9 s.</translation>
    </message>
    <message>
        <source>Statuses under rule set version %1: %2 green, %3 yellow, %4 red.</source>
        <translation>Statuses under rule set version %1: %2 green, %3 yellow, %4 red.</translation>
    </message>
    <message>
        <source>Usage: import scans|people|tests|risk-areas|venues FILE... [--encoding utf-8|gb18030] [--provider NAME] [--report FILE.csv] [--map FIELD=COLUMN,...] [--time-zone ZONE] [--force]; import jurisdictions FILE.geojson</source>
        <translation>Usage: import scans|people|tests|risk-areas|venues FILE... [--encoding utf-8|gb18030] [--provider NAME] [--report FILE.csv] [--map FIELD=COLUMN,...] [--time-zone ZONE] [--force]; import jurisdictions FILE.geojson</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use utf-8 or gb18030.</source>
        <translation>Unknown encoding &quot;%1&quot;: use utf-8 or gb18030.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv or jsonl.</source>
        <translation>Unknown format &quot;%1&quot;: use csv or jsonl.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (write for example Asia/Shanghai).</source>
        <translation>Unknown time zone &quot;%1&quot; (write for example Asia/Shanghai).</translation>
    </message>
    <message>
        <source>%1: %2 imported, %3 duplicates, %4 rejected (%5, run %6%7).</source>
        <translation>%1: %2 imported, %3 duplicates, %4 rejected (%5, run %6%7).</translation>
    </message>
    <message>
        <source>, resumed</source>
        <translation>, resumed</translation>
    </message>
    <message>
        <source>Rejected rows written to %1.</source>
        <translation>Rejected rows written to %1.</translation>
    </message>
    <message>
        <source>Usage: scans purge [--days N]</source>
        <translation>Usage: scans purge [--days N]</translation>
    </message>
    <message>
        <source>Purged %1 scans from %2 to %3 (older than %4); %5 rollup buckets hardened.</source>
        <translation>Purged %1 scans from %2 to %3 (older than %4); %5 rollup buckets hardened.</translation>
    </message>
    <message>
        <source>No scans older than %1 to purge; %2 rollup buckets hardened.</source>
        <translation>No scans older than %1 to purge; %2 rollup buckets hardened.</translation>
    </message>
    <message>
        <source>Usage: rollups rebuild [--cell-size METRES]</source>
        <translation>Usage: rollups rebuild [--cell-size METRES]</translation>
    </message>
    <message>
        <source>Rebuilt the heatmap rollups from %1 scans (%2 m cells) in %3 s.</source>
        <translation>Rebuilt the heatmap rollups from %1 scans (%2 m cells) in %3 s.</translation>
    </message>
    <message>
        <source>%1 scans lie in no city and are not counted.</source>
        <translation>%1 scans lie in no city and are not counted.</translation>
    </message>
    <message>
        <source>Rollups before %1 were kept: their scans are purged.</source>
        <translation>Rollups before %1 were kept: their scans are purged.</translation>
    </message>
    <message>
        <source>init needs --admin NAME.</source>
        <translation>init needs --admin NAME.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Database ready; administrator %1 created.</source>
        <translation>Database ready; administrator %1 created.</translation>
    </message>
    <message>
        <source>Usage: keys generate [--jurisdiction J] [--demo | --purpose PURPOSE]</source>
        <translation>Usage: keys generate [--jurisdiction J] [--demo | --purpose PURPOSE]</translation>
    </message>
    <message>
        <source>--demo and --purpose %1 contradict each other.</source>
        <translation>--demo and --purpose %1 contradict each other.</translation>
    </message>
    <message>
        <source>Unknown key purpose &quot;%1&quot;; purposes are: %2.</source>
        <translation>Unknown key purpose &quot;%1&quot;; purposes are: %2.</translation>
    </message>
    <message>
        <source>Passphrase for the new %1 key: </source>
        <translation>Passphrase for the new %1 key: </translation>
    </message>
    <message>
        <source>Generated %1 key %2 for jurisdiction %3.</source>
        <translation>Generated %1 key %2 for jurisdiction %3.</translation>
    </message>
    <message>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <source>PURPOSE</source>
        <translation>PURPOSE</translation>
    </message>
    <message>
        <source>JURISDICTION</source>
        <translation>JURISDICTION</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATED</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>retired %1</source>
        <translation>retired %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Usage: keys retire KID</source>
        <translation>Usage: keys retire KID</translation>
    </message>
    <message>
        <source>Key %1 (%2) retired: it signs nothing from now on; codes it signed before stay valid until they expire. Export the trust list again so verifiers learn of it.</source>
        <translation>Key %1 (%2) retired: it signs nothing from now on; codes it signed before stay valid until they expire. Export the trust list again so verifiers learn of it.</translation>
    </message>
    <message>
        <source>Usage: keys export-trust-list FILE</source>
        <translation>Usage: keys export-trust-list FILE</translation>
    </message>
    <message>
        <source>Passphrase of the trust list signing key: </source>
        <translation>Passphrase of the trust list signing key: </translation>
    </message>
    <message>
        <source>Trust list of %1 with %2 card key(s) written to %3, signed by key %4.
Fingerprint of the signing key (give it to importers by another channel): %5</source>
        <translation>Trust list of %1 with %2 card key(s) written to %3, signed by key %4.
Fingerprint of the signing key (give it to importers by another channel): %5</translation>
    </message>
    <message>
        <source>Usage: keys import-trust-list FILE [--accept-new-signer]</source>
        <translation>Usage: keys import-trust-list FILE [--accept-new-signer]</translation>
    </message>
    <message>
        <source>The trust list of %1 in %2 is already imported; nothing changed.</source>
        <translation>The trust list of %1 in %2 is already imported; nothing changed.</translation>
    </message>
    <message>
        <source>Imported the trust list of %1 (%2 card key(s), created %3)%4.
Signed by key %5, fingerprint %6: compare it with the one %1 gave you by another channel.</source>
        <translation>Imported the trust list of %1 (%2 card key(s), created %3)%4.
Signed by key %5, fingerprint %6: compare it with the one %1 gave you by another channel.</translation>
    </message>
    <message>
        <source>, replacing the one imported before</source>
        <translation>, replacing the one imported before</translation>
    </message>
    <message>
        <source>Usage: keys export-revocations FILE</source>
        <translation>Usage: keys export-revocations FILE</translation>
    </message>
    <message>
        <source>Revocation list of %1 with %2 revoked card(s) written to %3, signed by key %4.</source>
        <translation>Revocation list of %1 with %2 revoked card(s) written to %3, signed by key %4.</translation>
    </message>
    <message>
        <source>Usage: keys generate|list|retire|export-trust-list|import-trust-list|export-revocations ...</source>
        <translation>Usage: keys generate|list|retire|export-trust-list|import-trust-list|export-revocations ...</translation>
    </message>
    <message>
        <source>The %1 signing key %2 was retired on %3 and signs nothing any more. An official who manages keys must generate a new one (healthcode-ctl keys generate%4); nothing was printed.</source>
        <translation>The %1 signing key %2 was retired on %3 and signs nothing any more. An official who manages keys must generate a new one (healthcode-ctl keys generate%4); nothing was printed.</translation>
    </message>
    <message>
        <source>There is no %1 signing key. An official who manages keys must generate one (healthcode-ctl keys generate%2); nothing was printed.</source>
        <translation>There is no %1 signing key. An official who manages keys must generate one (healthcode-ctl keys generate%2); nothing was printed.</translation>
    </message>
    <message>
        <source>Usage: print [--no-smartphone] [--min-age N] [--district D] [--not-printed] [--printed-before YYYY-MM-DD] [--ids FILE] [--limit N] [--template id-card|a6] [--demo] --out FILE.pdf</source>
        <translation>Usage: print [--no-smartphone] [--min-age N] [--district D] [--not-printed] [--printed-before YYYY-MM-DD] [--ids FILE] [--limit N] [--template id-card|a6] [--demo] --out FILE.pdf</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;; templates are: %2.</source>
        <translation>Unknown template &quot;%1&quot;; templates are: %2.</translation>
    </message>
    <message>
        <source>--printed-before needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--printed-before needs a date as YYYY-MM-DD, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Nobody in your jurisdiction matches the selection; nothing was printed.</source>
        <translation>Nobody in your jurisdiction matches the selection; nothing was printed.</translation>
    </message>
    <message>
        <source>%1 people selected.</source>
        <translation>%1 people selected.</translation>
    </message>
    <message>
        <source>Passphrase of the demo signing key: </source>
        <translation>Passphrase of the demo signing key: </translation>
    </message>
    <message>
        <source>Passphrase of the cards signing key: </source>
        <translation>Passphrase of the cards signing key: </translation>
    </message>
    <message>
        <source>Print batch %1: %2 card(s) on %3 sheet(s) written to %4, signed with the %5 key %6.</source>
        <translation>Print batch %1: %2 card(s) on %3 sheet(s) written to %4, signed with the %5 key %6.</translation>
    </message>
    <message>
        <source>Usage: cards reprint SERIAL [--template id-card|a6] --out FILE.pdf</source>
        <translation>Usage: cards reprint SERIAL [--template id-card|a6] --out FILE.pdf</translation>
    </message>
    <message>
        <source>Passphrase of the signing key: </source>
        <translation>Passphrase of the signing key: </translation>
    </message>
    <message>
        <source>Card %1 revoked as lost. Its replacement %2 (print batch %3) was written to %4.</source>
        <translation>Card %1 revoked as lost. Its replacement %2 (print batch %3) was written to %4.</translation>
    </message>
    <message>
        <source>Export the revocation list again (healthcode-ctl keys export-revocations) so offline verifiers refuse the old card.</source>
        <translation>Export the revocation list again (healthcode-ctl keys export-revocations) so offline verifiers refuse the old card.</translation>
    </message>
    <message>
        <source>Usage: cards hand-over SERIAL [--proxy ID-NUMBER]</source>
        <translation>Usage: cards hand-over SERIAL [--proxy ID-NUMBER]</translation>
    </message>
    <message>
        <source>the holder&apos;s guardian %1</source>
        <translation>the holder&apos;s guardian %1</translation>
    </message>
    <message>
        <source>the community worker %1</source>
        <translation>the community worker %1</translation>
    </message>
    <message>
        <source>its holder %1</source>
        <translation>its holder %1</translation>
    </message>
    <message>
        <source>Card %1 handed over to %2.</source>
        <translation>Card %1 handed over to %2.</translation>
    </message>
    <message>
        <source>Usage: cards reprint SERIAL --out FILE.pdf | cards hand-over SERIAL [--proxy ID-NUMBER]</source>
        <translation>Usage: cards reprint SERIAL --out FILE.pdf | cards hand-over SERIAL [--proxy ID-NUMBER]</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 is not UTF-8 text.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>%1 has errors; fix them first.</source>
        <translation>%1 has errors; fix them first.</translation>
    </message>
    <message>
        <source>Statuses re-evaluated under rule set version %1: %2 people, %3 changed colour or reason, %4 updated.</source>
        <translation>Statuses re-evaluated under rule set version %1: %2 people, %3 changed colour or reason, %4 updated.</translation>
    </message>
    <message>
        <source>Now: %1 green, %2 yellow, %3 red.</source>
        <translation>Now: %1 green, %2 yellow, %3 red.</translation>
    </message>
    <message>
        <source>VERSION  STATE       EFFECTIVE         BY            APPROVED BY   SUMMARY</source>
        <translation>VERSION  STATE       EFFECTIVE         BY            APPROVED BY   SUMMARY</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>(console)</source>
        <translation>(console)</translation>
    </message>
    <message>
        <source>Usage: rules show [VERSION]</source>
        <translation>Usage: rules show [VERSION]</translation>
    </message>
    <message>
        <source>Usage: rules preview FILE</source>
        <translation>Usage: rules preview FILE</translation>
    </message>
    <message>
        <source>Evaluating both rule sets</source>
        <translation>Evaluating both rule sets</translation>
    </message>
    <message>
        <source>%1 of %2 people in scope would change colour.</source>
        <translation>%1 of %2 people in scope would change colour.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>By district:</source>
        <translation>By district:</translation>
    </message>
    <message>
        <source>By age:</source>
        <translation>By age:</translation>
    </message>
    <message>
        <source>Usage: rules propose FILE [--summary TEXT] [--based-on VERSION]</source>
        <translation>Usage: rules propose FILE [--summary TEXT] [--based-on VERSION]</translation>
    </message>
    <message>
        <source>Proposed rule set version %1. A second official with the approver role approves it with &quot;rules approve %1&quot;.</source>
        <translation>Proposed rule set version %1. A second official with the approver role approves it with &quot;rules approve %1&quot;.</translation>
    </message>
    <message>
        <source>Usage: rules approve VERSION [--note TEXT]</source>
        <translation>Usage: rules approve VERSION [--note TEXT]</translation>
    </message>
    <message>
        <source>Usage: rules reject VERSION --reason TEXT</source>
        <translation>Usage: rules reject VERSION --reason TEXT</translation>
    </message>
    <message>
        <source>Approved rule set version %1; publish it with &quot;rules publish %1&quot;.</source>
        <translation>Approved rule set version %1; publish it with &quot;rules publish %1&quot;.</translation>
    </message>
    <message>
        <source>Rejected rule set version %1.</source>
        <translation>Rejected rule set version %1.</translation>
    </message>
    <message>
        <source>Usage: rules publish VERSION [--at YYYY-MM-DDTHH:MM] [--urgent REASON]</source>
        <translation>Usage: rules publish VERSION [--at YYYY-MM-DDTHH:MM] [--urgent REASON]</translation>
    </message>
    <message>
        <source>--at %1 is not a date and time like 2026-12-01T08:00.</source>
        <translation>--at %1 is not a date and time like 2026-12-01T08:00.</translation>
    </message>
    <message>
        <source>Published rule set version %1, in force from %2.</source>
        <translation>Published rule set version %1, in force from %2.</translation>
    </message>
    <message>
        <source>Usage: rules rollback VERSION --reason TEXT</source>
        <translation>Usage: rules rollback VERSION --reason TEXT</translation>
    </message>
    <message>
        <source>Restored the rules of version %1 as version %2, in force now.</source>
        <translation>Restored the rules of version %1 as version %2, in force now.</translation>
    </message>
    <message>
        <source>Usage: rules explain PERSON (number, pseudonym or ID number)</source>
        <translation>Usage: rules explain PERSON (number, pseudonym or ID number)</translation>
    </message>
    <message>
        <source>Recorded status: %1 by override %2.</source>
        <translation>Recorded status: %1 by override %2.</translation>
    </message>
    <message>
        <source>Recorded status: %1 since %2; it changes at the next re-evaluation.</source>
        <translation>Recorded status: %1 since %2; it changes at the next re-evaluation.</translation>
    </message>
    <message>
        <source>Usage: rules check FILE</source>
        <translation>Usage: rules check FILE</translation>
    </message>
    <message>
        <source>%1: the rules are valid.</source>
        <translation>%1: the rules are valid.</translation>
    </message>
    <message>
        <source>Usage: rules list|show|check|preview|propose|approve|reject|publish|rollback|reevaluate|explain</source>
        <translation>Usage: rules list|show|check|preview|propose|approve|reject|publish|rollback|reevaluate|explain</translation>
    </message>
    <message>
        <source>%1 is not set and there is no terminal to ask for it.</source>
        <translation>%1 is not set and there is no terminal to ask for it.</translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation>Repeat: </translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>The two entries differ.</translation>
    </message>
    <message>
        <source>Usage: user add NAME --role ROLE [--scope JURISDICTION] [--display-name TEXT]</source>
        <translation>Usage: user add NAME --role ROLE [--scope JURISDICTION] [--display-name TEXT]</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; roles are: %2.</source>
        <translation>Unknown role &quot;%1&quot;; roles are: %2.</translation>
    </message>
    <message>
        <source>Initial password for %1: </source>
        <translation>Initial password for %1: </translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation>User %1 added as %2.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>Usage: user %1 NAME</source>
        <translation>Usage: user %1 NAME</translation>
    </message>
    <message>
        <source>Done: %1 %2.</source>
        <translation>Done: %1 %2.</translation>
    </message>
    <message>
        <source>Usage: user add|list|disable|enable|unlock|passwd ...</source>
        <translation>Usage: user add|list|disable|enable|unlock|passwd ...</translation>
    </message>
    <message>
        <source>jurisdictions takes no arguments.</source>
        <translation>jurisdictions takes no arguments.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>Cannot read the code from standard input.</source>
        <translation>Cannot read the code from standard input.</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>issuer</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>card serial</source>
        <translation>card serial</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>expires</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>signing key</translation>
    </message>
    <message>
        <source>Usage: verify TEXT|- | --image FILE  [--trust-list FILE] [--revocations FILE] [--db URL] [--demo]</source>
        <translation>Usage: verify TEXT|- | --image FILE  [--trust-list FILE] [--revocations FILE] [--db URL] [--demo]</translation>
    </message>
    <message>
        <source>--demo trusts the demo keys of a database: give --db too.</source>
        <translation>--demo trusts the demo keys of a database: give --db too.</translation>
    </message>
    <message>
        <source>trust list %1 of %2</source>
        <translation>trust list %1 of %2</translation>
    </message>
    <message>
        <source>%1 is signed by key %2, which signed none of the trust lists in use; it cannot be trusted.</source>
        <translation>%1 is signed by key %2, which signed none of the trust lists in use; it cannot be trusted.</translation>
    </message>
    <message>
        <source>This is a demo card: demo cards are never valid.</source>
        <translation>This is a demo card: demo cards are never valid.</translation>
    </message>
    <message>
        <source>DEMO - NOT VALID: a demo card, correctly signed by a demo key.</source>
        <translation>DEMO - NOT VALID: a demo card, correctly signed by a demo key.</translation>
    </message>
    <message>
        <source>Valid health code.</source>
        <translation>Valid health code.</translation>
    </message>
    <message>
        <source>NOT VALID. The code says:</source>
        <translation>NOT VALID. The code says:</translation>
    </message>
    <message>
        <source>Statuses follow at the first scheduled &quot;rules reevaluate&quot; after it takes effect (README, Deployment).</source>
        <translation>Statuses follow at the first scheduled &quot;rules reevaluate&quot; after it takes effect (README, Deployment).</translation>
    </message>
    <message>
        <source>Usage: heatmap --city CITY --from T --to T [--color all|green|yellow|red] [--metric scans|people] [--time-zone ZONE] [--size WIDTHxHEIGHT] --out FILE.png|FILE.csv</source>
        <translation>Usage: heatmap --city CITY --from T --to T [--color all|green|yellow|red] [--metric scans|people] [--time-zone ZONE] [--size WIDTHxHEIGHT] --out FILE.png|FILE.csv</translation>
    </message>
    <message>
        <source>--from %1 is not a date or date-time like 2024-03-01 or 2024-03-01T08:00.</source>
        <translation>--from %1 is not a date or date-time like 2024-03-01 or 2024-03-01T08:00.</translation>
    </message>
    <message>
        <source>--to %1 is not a date or date-time like 2024-03-02 or 2024-03-01T20:00.</source>
        <translation>--to %1 is not a date or date-time like 2024-03-02 or 2024-03-01T20:00.</translation>
    </message>
    <message>
        <source>Unknown colour &quot;%1&quot;: use all, green, yellow or red.</source>
        <translation>Unknown colour &quot;%1&quot;: use all, green, yellow or red.</translation>
    </message>
    <message>
        <source>Unknown metric &quot;%1&quot;: use scans or people.</source>
        <translation>Unknown metric &quot;%1&quot;: use scans or people.</translation>
    </message>
    <message>
        <source>--size %1 is not WIDTHxHEIGHT in pixels like 1600x1200.</source>
        <translation>--size %1 is not WIDTHxHEIGHT in pixels like 1600x1200.</translation>
    </message>
    <message>
        <source>--out %1: write the map as FILE.png or the figures as FILE.csv.</source>
        <translation>--out %1: write the map as FILE.png or the figures as FILE.csv.</translation>
    </message>
    <message>
        <source>No city or district &quot;%1&quot; (give its code or its name; healthcode-ctl jurisdictions lists them).</source>
        <translation>No city or district &quot;%1&quot; (give its code or its name; healthcode-ctl jurisdictions lists them).</translation>
    </message>
    <message>
        <source>Wrote %1: %2 %3, %4 cells (%5 suppressed, fewer than %6 people), %7 (UTC %8 to %9).</source>
        <translation>Wrote %1: %2 %3, %4 cells (%5 suppressed, fewer than %6 people), %7 (UTC %8 to %9).</translation>
    </message>
    <message>
        <source>Usage: override request PERSON --to green|yellow|red --reason CATEGORY --note TEXT --expires DURATION (7d, 36h) [--evidence REF]</source>
        <translation>Usage: override request PERSON --to green|yellow|red --reason CATEGORY --note TEXT --expires DURATION (7d, 36h) [--evidence REF]</translation>
    </message>
    <message>
        <source>--to must be green, yellow or red, not &quot;%1&quot;.</source>
        <translation>--to must be green, yellow or red, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--reason must be one of: %1.</source>
        <translation>--reason must be one of: %1.</translation>
    </message>
    <message>
        <source>--expires takes a duration like 7d or 36h, not &quot;%1&quot;.</source>
        <translation>--expires takes a duration like 7d or 36h, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: override %1 ID [--note TEXT]</source>
        <translation>Usage: override %1 ID [--note TEXT]</translation>
    </message>
    <message>
        <source>Override %1: %2.</source>
        <translation>Override %1: %2.</translation>
    </message>
    <message>
        <source>ID  STATE  PERSON  TO  REASON  REQUESTED BY  DECIDED BY  EXPIRES</source>
        <translation>ID  STATE  PERSON  TO  REASON  REQUESTED BY  DECIDED BY  EXPIRES</translation>
    </message>
    <message>
        <source>Usage: override request|approve|reject|revoke|list</source>
        <translation>Usage: override request|approve|reject|revoke|list</translation>
    </message>
    <message>
        <source>Usage: report daily --date YYYY-MM-DD [--jurisdiction J] --out FILE.pdf|FILE.csv</source>
        <translation>Usage: report daily --date YYYY-MM-DD [--jurisdiction J] --out FILE.pdf|FILE.csv</translation>
    </message>
    <message>
        <source>--date %1 is not a day like 2026-03-01.</source>
        <translation>--date %1 is not a day like 2026-03-01.</translation>
    </message>
    <message>
        <source>--out %1: write the report as FILE.pdf or its tables as FILE.csv.</source>
        <translation>--out %1: write the report as FILE.pdf or its tables as FILE.csv.</translation>
    </message>
    <message>
        <source>Wrote %1: daily situation report of %2 (%3) for %4, %5 districts.</source>
        <translation>Wrote %1: daily situation report of %2 (%3) for %4, %5 districts.</translation>
    </message>
    <message>
        <source>%1: already imported completely with these settings (run %2; rows rejected: %3); nothing to do. Use --force to import it again.</source>
        <translation>%1: already imported completely with these settings (run %2; rows rejected: %3); nothing to do. Use --force to import it again.</translation>
    </message>
</context>
<context>
    <name>hc::cli::Ctl</name>
    <message>
        <source>Run healthcode-ctl --help for the commands.</source>
        <translation>Run healthcode-ctl --help for the commands.</translation>
    </message>
    <message>
        <source>No database given: use --db URL, set HEALTHCODE_DB, or set database/url in the configuration.</source>
        <translation>No database given: use --db URL, set HEALTHCODE_DB, or set database/url in the configuration.</translation>
    </message>
    <message>
        <source>This command acts as an official: give --user NAME.</source>
        <translation>This command acts as an official: give --user NAME.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Option %1 needs a value.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Usage: healthcode-ctl [--db URL] [--user NAME] COMMAND [ARGUMENTS]

Database URL: sqlite:PATH or postgresql://user@host:port/name (also HEALTHCODE_DB).
Passwords come from HEALTHCODE_PASSWORD (the acting user), HEALTHCODE_NEW_PASSWORD (a new
user&apos;s) and HEALTHCODE_KEY_PASSPHRASE (signing keys) when set; otherwise you are asked.

Commands:
  init --admin NAME [--jurisdiction-code CODE] [--jurisdiction-name NAME]
                          create the schema and the first administrator
  user add NAME --role ROLE [--scope JURISDICTION] [--display-name TEXT]
  user list | disable NAME | enable NAME | unlock NAME | passwd NAME
  jurisdictions           list jurisdiction codes and names
  audit verify [--checkpoint FILE]
  audit checkpoint --out FILE
  demo-data [--people N] [--days D] [--scans-per-day M] [--seed S]
  keys generate [--jurisdiction J] [--demo | --purpose cards|demo|trust_list]
  keys list | retire KID
  keys export-trust-list FILE | export-revocations FILE
  keys import-trust-list FILE [--accept-new-signer]
                          signing keys of printed codes and the trust between jurisdictions
  verify TEXT|- | --image FILE.png [--trust-list FILE] [--revocations FILE] [--db URL] [--demo]
                          check a printed code offline (against the files, and the database&apos;s
                          keys when --db is given) and print its claims
  config show             the effective configuration and where each value comes from
  import scans|people|tests|risk-areas|venues FILE... [--encoding utf-8|gb18030]
         [--provider NAME] [--report FILE.csv] [--map FIELD=COLUMN,...] [--time-zone ZONE]
         [--batch-size N] [--force]
                          import CSV or JSON Lines files (UTF-8 or GB18030); a file with a fatal
                          problem imports nothing; importing a file again adds nothing
  import jurisdictions FILE.geojson
                          cities and districts with codes, names and boundaries
  scans purge [--days N]  delete scans older than the retention window, or N days (N at least the window;
                          rollups stay; administrators)
  rollups rebuild [--cell-size METRES]
                          recompute the heatmap rollups from the raw scans
  heatmap --city CITY --from T --to T [--color all|green|yellow|red] [--metric scans|people]
          [--time-zone ZONE] [--size WIDTHxHEIGHT] --out FILE.png|FILE.csv
                          a city&apos;s or district&apos;s heatmap from the rollups: the map as PNG or one
                          row per cell as CSV, small groups suppressed (T: 2024-03-01 or
                          2024-03-01T08:00, local time unless --time-zone or an offset is given;
                          a date as --to includes that day)
  print [--no-smartphone] [--min-age N] [--district D] [--not-printed]
        [--printed-before YYYY-MM-DD] [--ids FILE] [--limit N] [--template id-card|a6] [--demo]
        --out FILE.pdf    print signed cards for everyone in scope who matches, as one batch
  cards reprint SERIAL [--template id-card|a6] --out FILE.pdf
                          revoke a lost card and print its holder a new one
  cards hand-over SERIAL [--proxy ID-NUMBER]
                          record that a card was collected (by its holder or a checked proxy)
  rules list | show [VERSION] | check FILE | preview FILE
                          the rule set versions, one version&apos;s text, a file&apos;s problems, and
                          who would change colour under a file&apos;s rules
  rules propose FILE [--summary TEXT] | approve VERSION [--note TEXT] | reject VERSION --reason TEXT
  rules publish VERSION [--at YYYY-MM-DDTHH:MM] [--urgent REASON] | rollback VERSION --reason TEXT
                          the four-eyes workflow: a second official approves; publishing
                          takes effect after the lead time unless urgent
  rules reevaluate        recompute everyone&apos;s status under the rules in force
  rules explain PERSON    why a person (number, pseudonym or ID number) has their colour
  override request PERSON --to COLOUR --reason CATEGORY --note TEXT --expires 7d|36h [--evidence REF]
  override approve ID [--note TEXT] | reject ID --note TEXT | revoke ID --reason TEXT | list [--person P]
                          overrides of a person&apos;s colour; a second official with the approver role
                          decides (categories: test_result_correction, wrong_contact_designation,
                          identity_mix_up, medical_exemption, other)
  status show PERSON      a person&apos;s colour, why, history, tests, risk-area stays, recent scans,
                          printed cards and overrides (PERSON: a full ID number in your scope)
  status explain PERSON   why the person has their recorded colour, and what the rules say now
  report daily --date YYYY-MM-DD [--jurisdiction J] --out FILE.pdf|FILE.csv
                          the daily situation report of your jurisdiction (or J in your scope):
                          colours and changes by district, tests, contacts, risk areas, rule
                          versions, overrides by reason, cards printed; small counts suppressed

Roles: viewer, operator, rule_editor, approver, administrator.
Exit codes: 0 ok, 2 usage, 3 bad database URL, 4 database unavailable, 5 database too new,
6 wrong user name or password, 7 account locked, 8 account disabled, 9 permission denied,
10 outside the user&apos;s jurisdiction, 11 not found, 12 conflict, 13 audit chain broken,
14 key or signature problem, 15 database error, 16 invalid input, 17 cancelled.
Codes refused by verify: 20 not a health code, 21-25 malformed (base45, zlib, CBOR, COSE,
claims), 26 unknown issuer or key, 27 bad signature, 28 issuer does not match its key,
29 revoked, 30 key retired, 31 not yet valid, 32 expired, 33 no QR code in the image;
34 wrong signing key passphrase; 35 print selected nobody.
</source>
        <translation>Usage: healthcode-ctl [--db URL] [--user NAME] COMMAND [ARGUMENTS]

Database URL: sqlite:PATH or postgresql://user@host:port/name (also HEALTHCODE_DB).
Passwords come from HEALTHCODE_PASSWORD (the acting user), HEALTHCODE_NEW_PASSWORD (a new
user&apos;s) and HEALTHCODE_KEY_PASSPHRASE (signing keys) when set; otherwise you are asked.

Commands:
  init --admin NAME [--jurisdiction-code CODE] [--jurisdiction-name NAME]
                          create the schema and the first administrator
  user add NAME --role ROLE [--scope JURISDICTION] [--display-name TEXT]
  user list | disable NAME | enable NAME | unlock NAME | passwd NAME
  jurisdictions           list jurisdiction codes and names
  audit verify [--checkpoint FILE]
  audit checkpoint --out FILE
  demo-data [--people N] [--days D] [--scans-per-day M] [--seed S]
  keys generate [--jurisdiction J] [--demo | --purpose cards|demo|trust_list]
  keys list | retire KID
  keys export-trust-list FILE | export-revocations FILE
  keys import-trust-list FILE [--accept-new-signer]
                          signing keys of printed codes and the trust between jurisdictions
  verify TEXT|- | --image FILE.png [--trust-list FILE] [--revocations FILE] [--db URL] [--demo]
                          check a printed code offline (against the files, and the database&apos;s
                          keys when --db is given) and print its claims
  config show             the effective configuration and where each value comes from
  import scans|people|tests|risk-areas|venues FILE... [--encoding utf-8|gb18030]
         [--provider NAME] [--report FILE.csv] [--map FIELD=COLUMN,...] [--time-zone ZONE]
         [--batch-size N] [--force]
                          import CSV or JSON Lines files (UTF-8 or GB18030); a file with a fatal
                          problem imports nothing; importing a file again adds nothing
  import jurisdictions FILE.geojson
                          cities and districts with codes, names and boundaries
  scans purge [--days N]  delete scans older than the retention window, or N days (N at least the window;
                          rollups stay; administrators)
  rollups rebuild [--cell-size METRES]
                          recompute the heatmap rollups from the raw scans
  heatmap --city CITY --from T --to T [--color all|green|yellow|red] [--metric scans|people]
          [--time-zone ZONE] [--size WIDTHxHEIGHT] --out FILE.png|FILE.csv
                          a city&apos;s or district&apos;s heatmap from the rollups: the map as PNG or one
                          row per cell as CSV, small groups suppressed (T: 2024-03-01 or
                          2024-03-01T08:00, local time unless --time-zone or an offset is given;
                          a date as --to includes that day)
  print [--no-smartphone] [--min-age N] [--district D] [--not-printed]
        [--printed-before YYYY-MM-DD] [--ids FILE] [--limit N] [--template id-card|a6] [--demo]
        --out FILE.pdf    print signed cards for everyone in scope who matches, as one batch
  cards reprint SERIAL [--template id-card|a6] --out FILE.pdf
                          revoke a lost card and print its holder a new one
  cards hand-over SERIAL [--proxy ID-NUMBER]
                          record that a card was collected (by its holder or a checked proxy)
  rules list | show [VERSION] | check FILE | preview FILE
                          the rule set versions, one version&apos;s text, a file&apos;s problems, and
                          who would change colour under a file&apos;s rules
  rules propose FILE [--summary TEXT] | approve VERSION [--note TEXT] | reject VERSION --reason TEXT
  rules publish VERSION [--at YYYY-MM-DDTHH:MM] [--urgent REASON] | rollback VERSION --reason TEXT
                          the four-eyes workflow: a second official approves; publishing
                          takes effect after the lead time unless urgent
  rules reevaluate        recompute everyone&apos;s status under the rules in force
  rules explain PERSON    why a person (number, pseudonym or ID number) has their colour
  override request PERSON --to COLOUR --reason CATEGORY --note TEXT --expires 7d|36h [--evidence REF]
  override approve ID [--note TEXT] | reject ID --note TEXT | revoke ID --reason TEXT | list [--person P]
                          overrides of a person&apos;s colour; a second official with the approver role
                          decides (categories: test_result_correction, wrong_contact_designation,
                          identity_mix_up, medical_exemption, other)
  status show PERSON      a person&apos;s colour, why, history, tests, risk-area stays, recent scans,
                          printed cards and overrides (PERSON: a full ID number in your scope)
  status explain PERSON   why the person has their recorded colour, and what the rules say now
  report daily --date YYYY-MM-DD [--jurisdiction J] --out FILE.pdf|FILE.csv
                          the daily situation report of your jurisdiction (or J in your scope):
                          colours and changes by district, tests, contacts, risk areas, rule
                          versions, overrides by reason, cards printed; small counts suppressed

Roles: viewer, operator, rule_editor, approver, administrator.
Exit codes: 0 ok, 2 usage, 3 bad database URL, 4 database unavailable, 5 database too new,
6 wrong user name or password, 7 account locked, 8 account disabled, 9 permission denied,
10 outside the user&apos;s jurisdiction, 11 not found, 12 conflict, 13 audit chain broken,
14 key or signature problem, 15 database error, 16 invalid input, 17 cancelled.
Codes refused by verify: 20 not a health code, 21-25 malformed (base45, zlib, CBOR, COSE,
claims), 26 unknown issuer or key, 27 bad signature, 28 issuer does not match its key,
29 revoked, 30 key retired, 31 not yet valid, 32 expired, 33 no QR code in the image;
34 wrong signing key passphrase; 35 print selected nobody.
</translation>
    </message>
</context>
<context>
    <name>hc::cli::StatusCommands</name>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>Usage: status show PERSON (a full ID number)</source>
        <translation>Usage: status show PERSON (a full ID number)</translation>
    </message>
    <message>
        <source>Person:   %1, ID number %2, %3</source>
        <translation>Person:   %1, ID number %2, %3</translation>
    </message>
    <message>
        <source>Colour:   %1</source>
        <translation>Colour:   %1</translation>
    </message>
    <message>
        <source>Why:      %1</source>
        <translation>Why:      %1</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>override %1</source>
        <translation>override %1</translation>
    </message>
    <message>
        <source>rule %1, version %2</source>
        <translation>rule %1, version %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Risk-area stays</source>
        <translation>Risk-area stays</translation>
    </message>
    <message>
        <source>home district %1</source>
        <translation>home district %1</translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation>Recent scans</translation>
    </message>
    <message>
        <source>Printed cards</source>
        <translation>Printed cards</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>revoked %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Overrides</translation>
    </message>
    <message>
        <source>asked by %1</source>
        <translation>asked by %1</translation>
    </message>
    <message>
        <source>Usage: status explain PERSON (a full ID number)</source>
        <translation>Usage: status explain PERSON (a full ID number)</translation>
    </message>
    <message>
        <source>The rules in force now say: %1 This takes effect at the next re-evaluation.</source>
        <translation>The rules in force now say: %1 This takes effect at the next re-evaluation.</translation>
    </message>
    <message>
        <source>Usage: status show|explain PERSON (a full ID number)</source>
        <translation>Usage: status show|explain PERSON (a full ID number)</translation>
    </message>
</context>
<context>
    <name>hc::codes::Base45</name>
    <message>
        <source>Character %1 (%2) is not a base45 character; only 0-9, A-Z, space and $%*+-./: may appear.</source>
        <translation>Character %1 (%2) is not a base45 character; only 0-9, A-Z, space and $%*+-./: may appear.</translation>
    </message>
    <message>
        <source>The base45 text has a lone character at position %1: its length must not leave a remainder of 1 when divided by 3.</source>
        <translation>The base45 text has a lone character at position %1: its length must not leave a remainder of 1 when divided by 3.</translation>
    </message>
    <message>
        <source>The base45 group starting at character %1 has the value %2, more than it can hold.</source>
        <translation>The base45 group starting at character %1 has the value %2, more than it can hold.</translation>
    </message>
</context>
<context>
    <name>hc::codes::CoseSign1</name>
    <message>
        <source>The signed message is not tagged as COSE_Sign1 (tag 18).</source>
        <translation>The signed message is not tagged as COSE_Sign1 (tag 18).</translation>
    </message>
    <message>
        <source>The signed message has CBOR tag %1; a COSE_Sign1 message has tag 18.</source>
        <translation>The signed message has CBOR tag %1; a COSE_Sign1 message has tag 18.</translation>
    </message>
    <message>
        <source>The COSE_Sign1 message is not an array.</source>
        <translation>The COSE_Sign1 message is not an array.</translation>
    </message>
    <message>
        <source>The COSE_Sign1 array has %1 elements instead of 4.</source>
        <translation>The COSE_Sign1 array has %1 elements instead of 4.</translation>
    </message>
    <message>
        <source>The protected header (element 1) is not a byte string.</source>
        <translation>The protected header (element 1) is not a byte string.</translation>
    </message>
    <message>
        <source>The unprotected header (element 2) is not a map.</source>
        <translation>The unprotected header (element 2) is not a map.</translation>
    </message>
    <message>
        <source>The payload (element 3) is not a byte string.</source>
        <translation>The payload (element 3) is not a byte string.</translation>
    </message>
    <message>
        <source>The signature (element 4) is not a byte string.</source>
        <translation>The signature (element 4) is not a byte string.</translation>
    </message>
    <message>
        <source>The unprotected header must be empty; every header parameter belongs in the protected one.</source>
        <translation>The unprotected header must be empty; every header parameter belongs in the protected one.</translation>
    </message>
    <message>
        <source>The signature has %1 bytes; an Ed25519 signature has 64.</source>
        <translation>The signature has %1 bytes; an Ed25519 signature has 64.</translation>
    </message>
    <message>
        <source>The protected header</source>
        <translation>The protected header</translation>
    </message>
    <message>
        <source>The protected header is not a map.</source>
        <translation>The protected header is not a map.</translation>
    </message>
    <message>
        <source>The protected header is ambiguous: %1.</source>
        <translation>The protected header is ambiguous: %1.</translation>
    </message>
    <message>
        <source>The protected header has the parameter %1; only 1 (alg) and 4 (kid) are allowed.</source>
        <translation>The protected header has the parameter %1; only 1 (alg) and 4 (kid) are allowed.</translation>
    </message>
    <message>
        <source>The protected header has no algorithm (parameter 1).</source>
        <translation>The protected header has no algorithm (parameter 1).</translation>
    </message>
    <message>
        <source>The algorithm is %1; health codes are signed with EdDSA (-8).</source>
        <translation>The algorithm is %1; health codes are signed with EdDSA (-8).</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <source>The protected header has no key id (parameter 4).</source>
        <translation>The protected header has no key id (parameter 4).</translation>
    </message>
    <message>
        <source>The key id (parameter 4) must be a byte string of 1 to %1 bytes.</source>
        <translation>The key id (parameter 4) must be a byte string of 1 to %1 bytes.</translation>
    </message>
</context>
<context>
    <name>hc::codes::CwtClaims</name>
    <message>
        <source>The issuer (claim 1) must be a jurisdiction code of 1 to %1 characters.</source>
        <translation>The issuer (claim 1) must be a jurisdiction code of 1 to %1 characters.</translation>
    </message>
    <message>
        <source>The subject (claim 2) must be a pseudonym of 1 to %1 characters.</source>
        <translation>The subject (claim 2) must be a pseudonym of 1 to %1 characters.</translation>
    </message>
    <message>
        <source>The card serial (claim 7) must be 1 to %1 bytes.</source>
        <translation>The card serial (claim 7) must be 1 to %1 bytes.</translation>
    </message>
    <message>
        <source>The issue time (claim 6) is missing or out of range.</source>
        <translation>The issue time (claim 6) is missing or out of range.</translation>
    </message>
    <message>
        <source>The expiry (claim 4) must come after the issue time.</source>
        <translation>The expiry (claim 4) must come after the issue time.</translation>
    </message>
    <message>
        <source>The claims are not a CBOR map.</source>
        <translation>The claims are not a CBOR map.</translation>
    </message>
    <message>
        <source>The claims map is ambiguous: %1.</source>
        <translation>The claims map is ambiguous: %1.</translation>
    </message>
    <message>
        <source>The claim %1 (%2) is missing.</source>
        <translation>The claim %1 (%2) is missing.</translation>
    </message>
    <message>
        <source>The claim 1 (iss) must be a text string.</source>
        <translation>The claim 1 (iss) must be a text string.</translation>
    </message>
    <message>
        <source>The claim 2 (sub) must be a text string.</source>
        <translation>The claim 2 (sub) must be a text string.</translation>
    </message>
    <message>
        <source>The claim 4 (exp) must be an integer number of seconds.</source>
        <translation>The claim 4 (exp) must be an integer number of seconds.</translation>
    </message>
    <message>
        <source>The claim 6 (iat) must be an integer number of seconds.</source>
        <translation>The claim 6 (iat) must be an integer number of seconds.</translation>
    </message>
    <message>
        <source>The claim 7 (cti) must be a byte string.</source>
        <translation>The claim 7 (cti) must be a byte string.</translation>
    </message>
    <message>
        <source>The claims format (claim -65537) is %1; this program reads format %2.</source>
        <translation>The claims format (claim -65537) is %1; this program reads format %2.</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <source>The demo claim (-65538) may only hold true.</source>
        <translation>The demo claim (-65538) may only hold true.</translation>
    </message>
</context>
<context>
    <name>hc::codes::HealthCodeToken</name>
    <message>
        <source>The key id must be 1 to %1 bytes.</source>
        <translation>The key id must be 1 to %1 bytes.</translation>
    </message>
    <message>
        <source>The signing key is not an Ed25519 secret key.</source>
        <translation>The signing key is not an Ed25519 secret key.</translation>
    </message>
    <message>
        <source>The code would be %1 characters long, more than a QR code holds.</source>
        <translation>The code would be %1 characters long, more than a QR code holds.</translation>
    </message>
    <message>
        <source>This is an EU Digital COVID Certificate (HC1:), not a health code.</source>
        <translation>This is an EU Digital COVID Certificate (HC1:), not a health code.</translation>
    </message>
    <message>
        <source>This is not a health code: it does not start with %1.</source>
        <translation>This is not a health code: it does not start with %1.</translation>
    </message>
    <message>
        <source>The code is %1 characters long; no QR code holds more than %2.</source>
        <translation>The code is %1 characters long; no QR code holds more than %2.</translation>
    </message>
    <message>
        <source>The signed message</source>
        <translation>The signed message</translation>
    </message>
    <message>
        <source>The claims</source>
        <translation>The claims</translation>
    </message>
    <message>
        <source>The code was signed by key %1 (issuer %2), which is not in the trust list: an unknown issuer, or a trust list that is out of date.</source>
        <translation>The code was signed by key %1 (issuer %2), which is not in the trust list: an unknown issuer, or a trust list that is out of date.</translation>
    </message>
    <message>
        <source>The code was signed by key %1 (issuer %2), which is not trusted: %3</source>
        <translation>The code was signed by key %1 (issuer %2), which is not trusted: %3</translation>
    </message>
    <message>
        <source>The signature does not match the code&apos;s contents: the code was altered or damaged, or not signed by key %1.</source>
        <translation>The signature does not match the code&apos;s contents: the code was altered or damaged, or not signed by key %1.</translation>
    </message>
    <message>
        <source>The code names issuer %1, but its key %2 is trusted only for jurisdiction %3.</source>
        <translation>The code names issuer %1, but its key %2 is trusted only for jurisdiction %3.</translation>
    </message>
    <message>
        <source>Card %1 was revoked on %2 (lost or replaced).</source>
        <translation>Card %1 was revoked on %2 (lost or replaced).</translation>
    </message>
    <message>
        <source>The code was issued on %1 with key %2, which was retired on %3 and may no longer sign.</source>
        <translation>The code was issued on %1 with key %2, which was retired on %3 and may no longer sign.</translation>
    </message>
    <message>
        <source>The code is issued on %1, which is still in the future (now %2); check this device&apos;s clock.</source>
        <translation>The code is issued on %1, which is still in the future (now %2); check this device&apos;s clock.</translation>
    </message>
    <message>
        <source>The card expired on %1.</source>
        <translation>The card expired on %1.</translation>
    </message>
    <message>
        <source>The code is damaged or was altered (base45 text): %1</source>
        <translation>The code is damaged or was altered (base45 text): %1</translation>
    </message>
    <message>
        <source>The code is damaged or was altered (zlib compression): %1</source>
        <translation>The code is damaged or was altered (zlib compression): %1</translation>
    </message>
    <message>
        <source>The code is damaged or was altered (CBOR encoding): %1</source>
        <translation>The code is damaged or was altered (CBOR encoding): %1</translation>
    </message>
    <message>
        <source>The code is not a signed health code (COSE structure): %1</source>
        <translation>The code is not a signed health code (COSE structure): %1</translation>
    </message>
    <message>
        <source>The code&apos;s contents are invalid (claims): %1</source>
        <translation>The code&apos;s contents are invalid (claims): %1</translation>
    </message>
</context>
<context>
    <name>hc::codes::JsonFields</name>
    <message>
        <source>field %1 must be a text of 1 to %2 characters.</source>
        <translation>field %1 must be a text of 1 to %2 characters.</translation>
    </message>
    <message>
        <source>field %1 must be a whole number of seconds since 1970.</source>
        <translation>field %1 must be a whole number of seconds since 1970.</translation>
    </message>
    <message>
        <source>field %1 must be %2 bytes in base64.</source>
        <translation>field %1 must be %2 bytes in base64.</translation>
    </message>
    <message>
        <source>field %1 must be 1 to %2 bytes in hexadecimal.</source>
        <translation>field %1 must be 1 to %2 bytes in hexadecimal.</translation>
    </message>
</context>
<context>
    <name>hc::codes::KeyService</name>
    <message>
        <source>The key passphrase must have at least %1 characters.</source>
        <translation>The key passphrase must have at least %1 characters.</translation>
    </message>
    <message>
        <source>Unknown key purpose &quot;%1&quot;; purposes are: %2.</source>
        <translation>Unknown key purpose &quot;%1&quot;; purposes are: %2.</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Key %1</translation>
    </message>
    <message>
        <source>Key %1 is already retired.</source>
        <translation>Key %1 is already retired.</translation>
    </message>
</context>
<context>
    <name>hc::codes::QrDecoder</name>
    <message>
        <source>The image is empty.</source>
        <translation>The image is empty.</translation>
    </message>
    <message>
        <source>No readable QR code was found in the image.</source>
        <translation>No readable QR code was found in the image.</translation>
    </message>
    <message>
        <source>Cannot read the image %1: %2</source>
        <translation>Cannot read the image %1: %2</translation>
    </message>
</context>
<context>
    <name>hc::codes::QrEncoder</name>
    <message>
        <source>The text (%1 characters) does not fit in a QR code at error correction level Q.</source>
        <translation>The text (%1 characters) does not fit in a QR code at error correction level Q.</translation>
    </message>
</context>
<context>
    <name>hc::codes::RevocationList</name>
    <message>
        <source>%1: not a valid revocation list: %2</source>
        <translation>%1: not a valid revocation list: %2</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 is not an object.</translation>
    </message>
    <message>
        <source>%1: the revocation list&apos;s signature does not match its contents; it was changed after signing or is damaged.</source>
        <translation>%1: the revocation list&apos;s signature does not match its contents; it was changed after signing or is damaged.</translation>
    </message>
</context>
<context>
    <name>hc::codes::RevocationService</name>
    <message>
        <source>The printed card serial &quot;%1&quot; is not the hexadecimal card serial codes carry.</source>
        <translation>The printed card serial &quot;%1&quot; is not the hexadecimal card serial codes carry.</translation>
    </message>
</context>
<context>
    <name>hc::codes::SignedList</name>
    <message>
        <source>JSON error at byte %1: %2.</source>
        <translation>JSON error at byte %1: %2.</translation>
    </message>
    <message>
        <source>the document is not a JSON object.</source>
        <translation>the document is not a JSON object.</translation>
    </message>
    <message>
        <source>field format is not %1.</source>
        <translation>field format is not %1.</translation>
    </message>
    <message>
        <source>field signer.kid does not match signer.public_key.</source>
        <translation>field signer.kid does not match signer.public_key.</translation>
    </message>
    <message>
        <source>field %1 must be an array.</source>
        <translation>field %1 must be an array.</translation>
    </message>
    <message>
        <source>field %1 has more than %2 entries.</source>
        <translation>field %1 has more than %2 entries.</translation>
    </message>
</context>
<context>
    <name>hc::codes::StrictCbor</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 is not valid CBOR (at byte %2): %3.</source>
        <translation>%1 is not valid CBOR (at byte %2): %3.</translation>
    </message>
    <message>
        <source>%1 has %2 unexpected bytes after its CBOR item (from byte %3).</source>
        <translation>%1 has %2 unexpected bytes after its CBOR item (from byte %3).</translation>
    </message>
    <message>
        <source>(a key of CBOR type %1)</source>
        <translation>(a key of CBOR type %1)</translation>
    </message>
    <message>
        <source>the key %1 appears twice</source>
        <translation>the key %1 appears twice</translation>
    </message>
</context>
<context>
    <name>hc::codes::TrustList</name>
    <message>
        <source>%1: not a valid trust list: %2</source>
        <translation>%1: not a valid trust list: %2</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 is not an object.</translation>
    </message>
    <message>
        <source>field %1.kid does not match %1.public_key.</source>
        <translation>field %1.kid does not match %1.public_key.</translation>
    </message>
    <message>
        <source>the key %1 is listed twice.</source>
        <translation>the key %1 is listed twice.</translation>
    </message>
    <message>
        <source>%1: the trust list&apos;s signature does not match its contents; it was changed after signing or is damaged.</source>
        <translation>%1: the trust list&apos;s signature does not match its contents; it was changed after signing or is damaged.</translation>
    </message>
</context>
<context>
    <name>hc::codes::TrustListService</name>
    <message>
        <source>Jurisdiction %1 has no card signing keys to publish; create one with healthcode-ctl keys generate.</source>
        <translation>Jurisdiction %1 has no card signing keys to publish; create one with healthcode-ctl keys generate.</translation>
    </message>
    <message>
        <source>%1: the trust list is not imported: %2</source>
        <translation>%1: the trust list is not imported: %2</translation>
    </message>
    <message>
        <source>its issuer %1 is one of this database&apos;s own jurisdictions, whose keys come from this database.</source>
        <translation>its issuer %1 is one of this database&apos;s own jurisdictions, whose keys come from this database.</translation>
    </message>
    <message>
        <source>key %1 claims to sign for jurisdiction %2, one of this database&apos;s own.</source>
        <translation>key %1 claims to sign for jurisdiction %2, one of this database&apos;s own.</translation>
    </message>
    <message>
        <source>key %1 is one of this database&apos;s own keys.</source>
        <translation>key %1 is one of this database&apos;s own keys.</translation>
    </message>
    <message>
        <source>key %1 is already trusted through the trust list of %2.</source>
        <translation>key %1 is already trusted through the trust list of %2.</translation>
    </message>
    <message>
        <source>the trust list of %1 was signed by key %2 (fingerprint %3) until now, this one by key %4 (fingerprint %5). Confirm the new key with %1 by another channel, then import again accepting the new signer.</source>
        <translation>the trust list of %1 was signed by key %2 (fingerprint %3) until now, this one by key %4 (fingerprint %5). Confirm the new key with %1 by another channel, then import again accepting the new signer.</translation>
    </message>
    <message>
        <source>it was created on %1, before the list of %2 imported already (created %3).</source>
        <translation>it was created on %1, before the list of %2 imported already (created %3).</translation>
    </message>
    <message>
        <source>this database</source>
        <translation>this database</translation>
    </message>
    <message>
        <source>it is a demo key of this database, and demo cards are never valid.</source>
        <translation>it is a demo key of this database, and demo cards are never valid.</translation>
    </message>
    <message>
        <source>the imported trust list of %1</source>
        <translation>the imported trust list of %1</translation>
    </message>
    <message>
        <source>key %1 claims to sign for jurisdiction %2, which does not lie under the list&apos;s issuer %3.</source>
        <translation>key %1 claims to sign for jurisdiction %2, which does not lie under the list&apos;s issuer %3.</translation>
    </message>
</context>
<context>
    <name>hc::codes::Zlib</name>
    <message>
        <source>The compressed data is empty.</source>
        <translation>The compressed data is empty.</translation>
    </message>
    <message>
        <source>Not enough memory to decompress.</source>
        <translation>Not enough memory to decompress.</translation>
    </message>
    <message>
        <source>The compressed data expands to more than %1 bytes; a health code is far smaller.</source>
        <translation>The compressed data expands to more than %1 bytes; a health code is far smaller.</translation>
    </message>
    <message>
        <source>The compressed data needs a preset dictionary.</source>
        <translation>The compressed data needs a preset dictionary.</translation>
    </message>
    <message>
        <source>The compressed data is damaged at byte %1: %2.</source>
        <translation>The compressed data is damaged at byte %1: %2.</translation>
    </message>
    <message>
        <source>The compressed data ends before the end of its stream (truncated).</source>
        <translation>The compressed data ends before the end of its stream (truncated).</translation>
    </message>
    <message>
        <source>The compressed data could not be decompressed.</source>
        <translation>The compressed data could not be decompressed.</translation>
    </message>
    <message>
        <source>%1 unexpected bytes follow the end of the compressed stream.</source>
        <translation>%1 unexpected bytes follow the end of the compressed stream.</translation>
    </message>
</context>
<context>
    <name>hc::crypto::Crypto</name>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Not enough memory to hash the password.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>The passphrase must not be empty.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Not enough memory to derive the key from the passphrase.</translation>
    </message>
    <message>
        <source>The stored key is damaged.</source>
        <translation>The stored key is damaged.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the signing key.</source>
        <translation>Wrong passphrase for the signing key.</translation>
    </message>
</context>
<context>
    <name>hc::crypto::KeyStore</name>
    <message>
        <source>No signing key with id %1.</source>
        <translation>No signing key with id %1.</translation>
    </message>
    <message>
        <source>There is no active %1 signing key.</source>
        <translation>There is no active %1 signing key.</translation>
    </message>
</context>
<context>
    <name>hc::db</name>
    <message>
        <source>Database error: %1</source>
        <translation>Database error: %1</translation>
    </message>
</context>
<context>
    <name>hc::db::Database</name>
    <message>
        <source>A database connection named &quot;%1&quot; is already open.</source>
        <translation>A database connection named &quot;%1&quot; is already open.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>The Qt SQLite driver (QSQLITE) is not installed.</translation>
    </message>
    <message>
        <source>The SQLite file %1 is on a network share. SQLite&apos;s locking is not safe there; offices that share data must use a PostgreSQL server.</source>
        <translation>The SQLite file %1 is on a network share. SQLite&apos;s locking is not safe there; offices that share data must use a PostgreSQL server.</translation>
    </message>
    <message>
        <source>The folder %1 for the SQLite file does not exist.</source>
        <translation>The folder %1 for the SQLite file does not exist.</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql).</source>
        <translation>The Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>Database error in &quot;%1&quot;: %2</source>
        <translation>Database error in &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>SQLite databases have no server roles.</source>
        <translation>SQLite databases have no server roles.</translation>
    </message>
</context>
<context>
    <name>hc::db::DatabaseUrl</name>
    <message>
        <source>Invalid database URL &quot;%1&quot;: %2 Use sqlite:PATH or postgresql://user@host:port/name.</source>
        <translation>Invalid database URL &quot;%1&quot;: %2 Use sqlite:PATH or postgresql://user@host:port/name.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>it is empty.</translation>
    </message>
    <message>
        <source>the file path is missing.</source>
        <translation>the file path is missing.</translation>
    </message>
    <message>
        <source>the port is out of range.</source>
        <translation>the port is out of range.</translation>
    </message>
    <message>
        <source>the database name is missing.</source>
        <translation>the database name is missing.</translation>
    </message>
    <message>
        <source>the scheme is not sqlite: or postgresql://.</source>
        <translation>the scheme is not sqlite: or postgresql://.</translation>
    </message>
</context>
<context>
    <name>hc::db::Migrations</name>
    <message>
        <source>The database has schema version %1 but this program knows only up to version %2. Install the newer console that wrote it.</source>
        <translation>The database has schema version %1 but this program knows only up to version %2. Install the newer console that wrote it.</translation>
    </message>
    <message>
        <source>Migration to version %1 failed: %2</source>
        <translation>Migration to version %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>hc::db::Transaction</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Could not start a transaction: %1</translation>
    </message>
    <message>
        <source>No transaction to commit.</source>
        <translation>No transaction to commit.</translation>
    </message>
    <message>
        <source>Could not commit: %1</source>
        <translation>Could not commit: %1</translation>
    </message>
</context>
<context>
    <name>hc::demo::DemoDataGenerator</name>
    <message>
        <source>people: %1 is out of range; give 1 to 20,000,000.</source>
        <translation>people: %1 is out of range; give 1 to 20,000,000.</translation>
    </message>
    <message>
        <source>days: %1 is out of range; give 1 to 366.</source>
        <translation>days: %1 is out of range; give 1 to 366.</translation>
    </message>
    <message>
        <source>scans per day: %1 is out of range; give 0 to 50,000,000.</source>
        <translation>scans per day: %1 is out of range; give 0 to 50,000,000.</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled during &quot;%1&quot;; nothing of that step was stored.</source>
        <translation>Demo data generation was cancelled during &quot;%1&quot;; nothing of that step was stored.</translation>
    </message>
    <message>
        <source>The database already has people. Demo data goes only into a database without any: create a new database (or reset demo mode) and generate again.</source>
        <translation>The database already has people. Demo data goes only into a database without any: create a new database (or reset demo mode) and generate again.</translation>
    </message>
    <message>
        <source>The database has more than one top-level jurisdiction; demo data needs a single province at the top.</source>
        <translation>The database has more than one top-level jurisdiction; demo data needs a single province at the top.</translation>
    </message>
    <message>
        <source>The top-level jurisdiction %1 is a %2; demo data needs a province at the top.</source>
        <translation>The top-level jurisdiction %1 is a %2; demo data needs a province at the top.</translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation>Jurisdictions</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Venues</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Tests, contacts and risk areas</source>
        <translation>Tests, contacts and risk areas</translation>
    </message>
    <message>
        <source>Indexing scans</source>
        <translation>Indexing scans</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
</context>
<context>
    <name>hc::demo::DemoDatabase</name>
    <message>
        <source>Demo mode is disabled on this computer by the system-wide configuration (%1 = false). Ask IT if you need it for training.</source>
        <translation>Demo mode is disabled on this computer by the system-wide configuration (%1 = false). Ask IT if you need it for training.</translation>
    </message>
    <message>
        <source>The demo database %1 is the configured database. Demo mode never uses the production database; point the configuration (database/url) at another file.</source>
        <translation>The demo database %1 is the configured database. Demo mode never uses the production database; point the configuration (database/url) at another file.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <source>Demo Province</source>
        <translation>Demo Province</translation>
    </message>
    <message>
        <source>The new demo database could not be moved to %1: %2</source>
        <translation>The new demo database could not be moved to %1: %2</translation>
    </message>
    <message>
        <source>The file %1 exists and is not a demo database; demo mode never overwrites it. Move the file away or choose another place for the demo database.</source>
        <translation>The file %1 exists and is not a demo database; demo mode never overwrites it. Move the file away or choose another place for the demo database.</translation>
    </message>
    <message>
        <source>The old demo database %1 could not be removed: %2</source>
        <translation>The old demo database %1 could not be removed: %2</translation>
    </message>
</context>
<context>
    <name>hc::demo::SqliteBulkWriter</name>
    <message>
        <source>The SQLite connection does not expose its native handle.</source>
        <translation>The SQLite connection does not expose its native handle.</translation>
    </message>
    <message>
        <source>The SQLite connection is not open.</source>
        <translation>The SQLite connection is not open.</translation>
    </message>
</context>
<context>
    <name>hc::gui</name>
    <message>
        <source>May %1.</source>
        <translation>May %1.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>hc::gui::AddUserDialog</name>
    <message>
        <source>&amp;Add User</source>
        <translation>&amp;Add User</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot Add User</source>
        <translation>Cannot Add User</translation>
    </message>
    <message>
        <source>The user %1 was not added.</source>
        <translation>The user %1 was not added.</translation>
    </message>
</context>
<context>
    <name>hc::gui::AuditPage</name>
    <message>
        <source>Your role (%1) may not verify the audit chain; an administrator can.</source>
        <translation>Your role (%1) may not verify the audit chain; an administrator can.</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Verifying the audit chain…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Verification progress</translation>
    </message>
    <message>
        <source>Verify Audit Chain</source>
        <translation>Verify Audit Chain</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>Verification did not finish: %1</source>
        <translation>Verification did not finish: %1</translation>
    </message>
    <message>
        <source>Intact: %1 records</source>
        <translation>Intact: %1 records</translation>
    </message>
    <message>
        <source>Broken at record %1: %2</source>
        <translation>Broken at record %1: %2</translation>
    </message>
</context>
<context>
    <name>hc::gui::BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>hc::gui::ChangeRoleDialog</name>
    <message>
        <source>Change Role of %1</source>
        <translation>Change Role of %1</translation>
    </message>
    <message>
        <source>%1 is now %2. Choose the new role.</source>
        <translation>%1 is now %2. Choose the new role.</translation>
    </message>
    <message>
        <source>&amp;Change Role</source>
        <translation>&amp;Change Role</translation>
    </message>
    <message>
        <source>Cannot Change Role</source>
        <translation>Cannot Change Role</translation>
    </message>
    <message>
        <source>The role of %1 was not changed.</source>
        <translation>The role of %1 was not changed.</translation>
    </message>
</context>
<context>
    <name>hc::gui::ConsoleApp</name>
    <message>
        <source>Health Code Console: rules, statuses, scan heatmaps and printed codes.</source>
        <translation>Health Code Console: rules, statuses, scan heatmaps and printed codes.</translation>
    </message>
    <message>
        <source>The database: sqlite:PATH or postgresql://user@host:port/name. Default: HEALTHCODE_DB, then database/url in the configuration; on first run the console asks.</source>
        <translation>The database: sqlite:PATH or postgresql://user@host:port/name. Default: HEALTHCODE_DB, then database/url in the configuration; on first run the console asks.</translation>
    </message>
    <message>
        <source>Build a fresh synthetic demo city in a database of its own (never the configured one) and log in as its administrator.</source>
        <translation>Build a fresh synthetic demo city in a database of its own (never the configured one) and log in as its administrator.</translation>
    </message>
    <message>
        <source>Health Code Console</source>
        <translation>Health Code Console</translation>
    </message>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>The cryptography library could not be started.</translation>
    </message>
    <message>
        <source>libsodium failed to initialise; reinstall the console.</source>
        <translation>libsodium failed to initialise; reinstall the console.</translation>
    </message>
    <message>
        <source>The database address %1 is not valid.</source>
        <translation>The database address %1 is not valid.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>The database %1 could not be opened.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>The database %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>The database %1 could not be read.</source>
        <translation>The database %1 could not be read.</translation>
    </message>
    <message>
        <source>Demo Mode</source>
        <translation>Demo Mode</translation>
    </message>
    <message>
        <source>Demo mode cannot start.</source>
        <translation>Demo mode cannot start.</translation>
    </message>
    <message>
        <source>Reset Demo</source>
        <translation>Reset Demo</translation>
    </message>
    <message>
        <source>Rebuild the demo city as it was at the start?</source>
        <translation>Rebuild the demo city as it was at the start?</translation>
    </message>
    <message>
        <source>Every change made in the demo (users, rules, overrides, printed cards) is thrown away. You are then logged in again as the demo administrator.</source>
        <translation>Every change made in the demo (users, rules, overrides, printed cards) is thrown away. You are then logged in again as the demo administrator.</translation>
    </message>
    <message>
        <source>Building the demo city…</source>
        <translation>Building the demo city…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Demo build progress</source>
        <translation>Demo build progress</translation>
    </message>
    <message>
        <source>Building the demo city: %1…</source>
        <translation>Building the demo city: %1…</translation>
    </message>
    <message>
        <source>The demo city could not be built.</source>
        <translation>The demo city could not be built.</translation>
    </message>
    <message>
        <source>The demo city could not be set up.</source>
        <translation>The demo city could not be set up.</translation>
    </message>
    <message>
        <source>The demo database %1 could not be opened.</source>
        <translation>The demo database %1 could not be opened.</translation>
    </message>
    <message>
        <source>The demo administrator could not log in.</source>
        <translation>The demo administrator could not log in.</translation>
    </message>
</context>
<context>
    <name>hc::gui::DemoBanner</name>
    <message>
        <source>Demo administrator: %1 · password (also of the demo signing key): %2</source>
        <translation>Demo administrator: %1 · password (also of the demo signing key): %2</translation>
    </message>
</context>
<context>
    <name>hc::gui::FirstAdminDialog</name>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;Create Administrator</source>
        <translation>&amp;Create Administrator</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
</context>
<context>
    <name>hc::gui::HeatmapMapWidget</name>
    <message>
        <source>%1: no scans in this cell. Double-click to zoom to the district.</source>
        <translation>%1: no scans in this cell. Double-click to zoom to the district.</translation>
    </message>
</context>
<context>
    <name>hc::gui::HeatmapPage</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>suppressed</translation>
    </message>
    <message>
        <source>Fewer than %1 people, or hidden so that a small group cannot be worked out by subtraction.</source>
        <translation>Fewer than %1 people, or hidden so that a small group cannot be worked out by subtraction.</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>All colours</translation>
    </message>
    <message>
        <source>1 hour per second</source>
        <translation>1 hour per second</translation>
    </message>
    <message>
        <source>2 hours per second</source>
        <translation>2 hours per second</translation>
    </message>
    <message>
        <source>4 hours per second</source>
        <translation>4 hours per second</translation>
    </message>
    <message>
        <source>8 hours per second</source>
        <translation>8 hours per second</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Distinct people</source>
        <translation>Distinct people</translation>
    </message>
    <message>
        <source>There is no city in your jurisdiction to draw: import the jurisdictions with their boundaries first (healthcode-ctl import jurisdictions).</source>
        <translation>There is no city in your jurisdiction to draw: import the jurisdictions with their boundaries first (healthcode-ctl import jurisdictions).</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <source>No scans in %1 yet: import scans first.</source>
        <translation>No scans in %1 yet: import scans first.</translation>
    </message>
    <message>
        <source>The window needs a start before its end.</source>
        <translation>The window needs a start before its end.</translation>
    </message>
    <message>
        <source>The window is longer than %1 days.</source>
        <translation>The window is longer than %1 days.</translation>
    </message>
    <message>
        <source>Reading the heatmap of %1…</source>
        <translation>Reading the heatmap of %1…</translation>
    </message>
    <message>
        <source>%1: no scans of %2 in this window.</source>
        <translation>%1: no scans of %2 in this window.</translation>
    </message>
    <message>
        <source>%1, %2: suppressed (fewer than %3 people).</source>
        <translation>%1, %2: suppressed (fewer than %3 people).</translation>
    </message>
    <message>
        <source>%1, %2: %3 scans by %4 distinct people.</source>
        <translation>%1, %2: %3 scans by %4 distinct people.</translation>
    </message>
    <message>
        <source>Cells with scans: %1, of them suppressed: %2 (fewer than %3 people, or hidden so that a small group cannot be worked out by subtraction).</source>
        <translation>Cells with scans: %1, of them suppressed: %2 (fewer than %3 people, or hidden so that a small group cannot be worked out by subtraction).</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Play</translation>
    </message>
    <message>
        <source>Pause the play-back</source>
        <translation>Pause the play-back</translation>
    </message>
    <message>
        <source>Play hour by hour</source>
        <translation>Play hour by hour</translation>
    </message>
    <message>
        <source>Whole window: %1 h</source>
        <translation>Whole window: %1 h</translation>
    </message>
    <message>
        <source>Hour %1 of %2: %3–%4</source>
        <translation>Hour %1 of %2: %3–%4</translation>
    </message>
    <message>
        <source>(reading…)</source>
        <translation>(reading…)</translation>
    </message>
    <message>
        <source>Scans per hour by colour of code</source>
        <translation>Scans per hour by colour of code</translation>
    </message>
    <message>
        <source>Distinct people per hour by colour of code</source>
        <translation>Distinct people per hour by colour of code</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>%1 codes</source>
        <translation>%1 codes</translation>
    </message>
    <message>
        <source>hour shown</source>
        <translation>hour shown</translation>
    </message>
    <message>
        <source>No venue had %1 or more distinct people (%2) over the whole days %3.</source>
        <translation>No venue had %1 or more distinct people (%2) over the whole days %3.</translation>
    </message>
    <message>
        <source>The venues with the most scans (%1) over the whole days %2; only venues with %3 or more distinct people are listed.</source>
        <translation>The venues with the most scans (%1) over the whole days %2; only venues with %3 or more distinct people are listed.</translation>
    </message>
    <message>
        <source>%1 (total)</source>
        <translation>%1 (total)</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Export Map</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <source>Map saved as %1.</source>
        <translation>Map saved as %1.</translation>
    </message>
    <message>
        <source>Export Figures</source>
        <translation>Export Figures</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Figures saved as %1.</source>
        <translation>Figures saved as %1.</translation>
    </message>
    <message>
        <source>Heatmaps</source>
        <translation>Heatmaps</translation>
    </message>
    <message>
        <source>Distinct people above %1 are estimated (standard error about 3%).</source>
        <translation>Distinct people above %1 are estimated (standard error about 3%).</translation>
    </message>
</context>
<context>
    <name>hc::gui::ImportDialog</name>
    <message>
        <source>Detect (UTF-8 or GB18030)</source>
        <translation>Detect (UTF-8 or GB18030)</translation>
    </message>
    <message>
        <source>GB18030 / GBK (Chinese Windows)</source>
        <translation>GB18030 / GBK (Chinese Windows)</translation>
    </message>
    <message>
        <source>Refuse them (the file must give the zone)</source>
        <translation>Refuse them (the file must give the zone)</translation>
    </message>
    <message>
        <source>China Standard Time (Asia/Shanghai)</source>
        <translation>China Standard Time (Asia/Shanghai)</translation>
    </message>
    <message>
        <source>This computer&apos;s zone (%1)</source>
        <translation>This computer&apos;s zone (%1)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>What it holds</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import the files</source>
        <translation>Import the files</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>First rows</translation>
    </message>
    <message>
        <source>First rows of %1</source>
        <translation>First rows of %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>Read as %1</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Column for %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>File %1 of %2, %3: %4</source>
        <translation>File %1 of %2, %3: %4</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>%1: %2 imported, %3 duplicates, %4 rejected (%5).</source>
        <translation>%1: %2 imported, %3 duplicates, %4 rejected (%5).</translation>
    </message>
    <message>
        <source>%1: nothing imported. %2</source>
        <translation>%1: nothing imported. %2</translation>
    </message>
    <message>
        <source>Cancelled. What was committed before stays; importing the same file again resumes it.</source>
        <translation>Cancelled. What was committed before stays; importing the same file again resumes it.</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>CSV and JSON Lines (*.csv *.txt *.jsonl *.ndjson);;All files (*)</source>
        <translation>CSV and JSON Lines (*.csv *.txt *.jsonl *.ndjson);;All files (*)</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Add Files</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Save Rejected Rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1: already imported completely with these settings (rows rejected: %2); nothing was read again. healthcode-ctl import --force imports it again.</source>
        <translation>%1: already imported completely with these settings (rows rejected: %2); nothing was read again. healthcode-ctl import --force imports it again.</translation>
    </message>
</context>
<context>
    <name>hc::gui::LockDialog</name>
    <message>
        <source>The console was locked. Enter the password of %1 to continue, or log out so that someone else can log in.</source>
        <translation>The console was locked. Enter the password of %1 to continue, or log out so that someone else can log in.</translation>
    </message>
</context>
<context>
    <name>hc::gui::LoginDialog</name>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Log In</translation>
    </message>
</context>
<context>
    <name>hc::gui::MainWindow</name>
    <message>
        <source>Health Code Console — %1</source>
        <translation>Health Code Console — %1</translation>
    </message>
    <message>
        <source>[DEMO] Health Code Console — %1</source>
        <translation>[DEMO] Health Code Console — %1</translation>
    </message>
    <message>
        <source>There is nothing here yet for the role %1. The areas this role works in are not part of this version of the console.</source>
        <translation>There is nothing here yet for the role %1. The areas this role works in are not part of this version of the console.</translation>
    </message>
    <message>
        <source>No pages</source>
        <translation>No pages</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdiction</translation>
    </message>
    <message>
        <source>Jurisdiction: %1</source>
        <translation>Jurisdiction: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Health Code Console %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Health Code Console %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Database: %1&lt;br&gt;Backend: %2&lt;br&gt;Demo mode: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Database: %1&lt;br&gt;Backend: %2&lt;br&gt;Demo mode: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Demo mode:&lt;/b&gt; a synthetic training city. No person in it is real and cards printed from it are not valid.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Demo mode:&lt;/b&gt; a synthetic training city. No person in it is real and cards printed from it are not valid.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Logged in as %1 (%2)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Logged in as %1 (%2)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Health Code Console</source>
        <translation>About Health Code Console</translation>
    </message>
    <message numerus="yes">
        <source>Purged %n scan(s) older than the retention window; their heatmap figures stay.</source>
        <translation>
            <numerusform>Purged %n scan older than the retention window; its heatmap figures stay.</numerusform>
            <numerusform>Purged %n scans older than the retention window; their heatmap figures stay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purging old scans</source>
        <translation>Purging old scans</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Single-office mode.&lt;/b&gt; This SQLite database serves one PC; roles and jurisdictions are checked by the console itself, not by a database server. Offices that share data use a PostgreSQL server, which enforces them for every program that connects.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Single-office mode.&lt;/b&gt; This SQLite database serves one PC; roles and jurisdictions are checked by the console itself, not by a database server. Offices that share data use a PostgreSQL server, which enforces them for every program that connects.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The PostgreSQL server enforces your role and jurisdiction; this console is connected as the database role %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The PostgreSQL server enforces your role and jurisdiction; this console is connected as the database role %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hc::gui::OverrideDialog</name>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
</context>
<context>
    <name>hc::gui::OverridesPage</name>
    <message>
        <source>Waiting or in force</source>
        <translation>Waiting or in force</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>No overrides to show.</source>
        <translation>No overrides to show.</translation>
    </message>
    <message>
        <source>Override %1: %2 for %3 (no. %4).</source>
        <translation>Override %1: %2 for %3 (no. %4).</translation>
    </message>
    <message>
        <source>Reason: %1. %2</source>
        <translation>Reason: %1. %2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>Requested by %1 on %2; ends on %3.</source>
        <translation>Requested by %1 on %2; ends on %3.</translation>
    </message>
    <message>
        <source>Waiting for a second official until %1.</source>
        <translation>Waiting for a second official until %1.</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2.</source>
        <translation>Rejected by %1 on %2.</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>Approved by %1 on %2.</translation>
    </message>
    <message>
        <source>Revoked by %1 on %2: %3</source>
        <translation>Revoked by %1 on %2: %3</translation>
    </message>
    <message>
        <source>You requested this override; a second official must approve it.</source>
        <translation>You requested this override; a second official must approve it.</translation>
    </message>
    <message>
        <source>Override %1 requested; it waits for a second official&apos;s approval.</source>
        <translation>Override %1 requested; it waits for a second official&apos;s approval.</translation>
    </message>
    <message>
        <source>Approve Override</source>
        <translation>Approve Override</translation>
    </message>
    <message>
        <source>Reject Override</source>
        <translation>Reject Override</translation>
    </message>
    <message>
        <source>Revoke Override</source>
        <translation>Revoke Override</translation>
    </message>
    <message>
        <source>Approve override %1 (%2 for %3)? It takes effect at once. Add a note if you like.</source>
        <translation>Approve override %1 (%2 for %3)? It takes effect at once. Add a note if you like.</translation>
    </message>
    <message>
        <source>Why? The reason is recorded in the audit log.</source>
        <translation>Why? The reason is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Override %1: %2.</source>
        <translation>Override %1: %2.</translation>
    </message>
    <message>
        <source>approved, in force now</source>
        <translation>approved, in force now</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>To green</source>
        <translation>To green</translation>
    </message>
    <message>
        <source>Reason &quot;other&quot;</source>
        <translation>Reason &quot;other&quot;</translation>
    </message>
    <message>
        <source>What stands out</source>
        <translation>What stands out</translation>
    </message>
    <message>
        <source>nothing unusual</source>
        <translation>nothing unusual</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Overrides</translation>
    </message>
</context>
<context>
    <name>hc::gui::OverviewPage</name>
    <message>
        <source>Suppressed</source>
        <translation>Suppressed</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>Daily report saved to %1.</source>
        <translation>Daily report saved to %1.</translation>
    </message>
    <message>
        <source>The daily report was not saved: %1</source>
        <translation>The daily report was not saved: %1</translation>
    </message>
    <message>
        <source>Daily Report</source>
        <translation>Daily Report</translation>
    </message>
    <message>
        <source>The overview could not be loaded: %1</source>
        <translation>The overview could not be loaded: %1</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>suppressed</translation>
    </message>
    <message>
        <source>No colour counts recorded yet: they appear after the first re-evaluation of the statuses.</source>
        <translation>No colour counts recorded yet: they appear after the first re-evaluation of the statuses.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — colour counts as of %2, updated %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — colour counts as of %2, updated %3</translation>
    </message>
    <message>
        <source>People: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>People: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Figures for fewer than %1 people are shown as suppressed, and so are parts that would give them away; the chart draws them together as one grey band.</source>
        <translation>Figures for fewer than %1 people are shown as suppressed, and so are parts that would give them away; the chart draws them together as one grey band.</translation>
    </message>
    <message>
        <source>to %1: %2</source>
        <translation>to %1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; colour changes (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; colour changes (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>(no rule applies, or an override)</source>
        <translation>(no rule applies, or an override)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Override %1</source>
        <translation>Override %1</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 to %2: %3</translation>
    </message>
    <message>
        <source>Rule set version %1</source>
        <translation>Rule set version %1</translation>
    </message>
    <message>
        <source>Nothing waits for your decision.</source>
        <translation>Nothing waits for your decision.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait for your decision.</source>
        <translation>
            <numerusform>%n item waits for your decision.</numerusform>
            <numerusform>%n items wait for your decision.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve Override</source>
        <translation>Approve Override</translation>
    </message>
    <message>
        <source>Reject Override</source>
        <translation>Reject Override</translation>
    </message>
    <message>
        <source>Approve override %1 (%2 for %3, asked by %4: %5)? It takes effect at once. Add a note if you like.</source>
        <translation>Approve override %1 (%2 for %3, asked by %4: %5)? It takes effect at once. Add a note if you like.</translation>
    </message>
    <message>
        <source>Why do you reject override %1? The reason is recorded in the audit log.</source>
        <translation>Why do you reject override %1? The reason is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Override %1 approved, in force now.</source>
        <translation>Override %1 approved, in force now.</translation>
    </message>
    <message>
        <source>Override %1 rejected.</source>
        <translation>Override %1 rejected.</translation>
    </message>
    <message>
        <source>Save Daily Report</source>
        <translation>Save Daily Report</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;Tables as CSV (*.csv)</source>
        <translation>PDF report (*.pdf);;Tables as CSV (*.csv)</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Override</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>What stands out</source>
        <translation>What stands out</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Last verification: %1&lt;br&gt;Last signed checkpoint: %2</source>
        <translation>Last verification: %1&lt;br&gt;Last signed checkpoint: %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
</context>
<context>
    <name>hc::gui::PeoplePage</name>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Nothing was searched.</source>
        <translation>Nothing was searched.</translation>
    </message>
    <message>
        <source>No one in your jurisdiction matches &quot;%1&quot; (searched as: %2).</source>
        <translation>No one in your jurisdiction matches &quot;%1&quot; (searched as: %2).</translation>
    </message>
    <message>
        <source>Shown: %1; more load as you scroll (searched as: %2).</source>
        <translation>Shown: %1; more load as you scroll (searched as: %2).</translation>
    </message>
    <message>
        <source>Found: %1 (searched as: %2).</source>
        <translation>Found: %1 (searched as: %2).</translation>
    </message>
</context>
<context>
    <name>hc::gui::PersonView</name>
    <message>
        <source>Cannot Open Person</source>
        <translation>Cannot Open Person</translation>
    </message>
    <message>
        <source>The person could not be shown.</source>
        <translation>The person could not be shown.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no (needs a printed code)</source>
        <translation>no (needs a printed code)</translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <translation>%1 (override)</translation>
    </message>
    <message>
        <source>override %1</source>
        <translation>override %1</translation>
    </message>
    <message>
        <source>rule %1, version %2</source>
        <translation>rule %1, version %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>scanned at a designated venue</source>
        <translation>scanned at a designated venue</translation>
    </message>
    <message>
        <source>scanned in a designated district</source>
        <translation>scanned in a designated district</translation>
    </message>
    <message>
        <source>lives in a designated district</source>
        <translation>lives in a designated district</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>(no venue recorded)</source>
        <translation>(no venue recorded)</translation>
    </message>
    <message>
        <source>revoked on %1</source>
        <translation>revoked on %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>%1 (evidence: %2)</source>
        <translation>%1 (evidence: %2)</translation>
    </message>
    <message>
        <source>Reveal ID Number and Phone</source>
        <translation>Reveal ID Number and Phone</translation>
    </message>
    <message>
        <source>Why do you need the full ID number and phone of %1? Your reason is recorded in the audit log with your name.</source>
        <translation>Why do you need the full ID number and phone of %1? Your reason is recorded in the audit log with your name.</translation>
    </message>
    <message>
        <source>Cannot Reveal</source>
        <translation>Cannot Reveal</translation>
    </message>
    <message>
        <source>The ID number and phone of %1 were not shown.</source>
        <translation>The ID number and phone of %1 were not shown.</translation>
    </message>
    <message>
        <source>Revealed (recorded in the audit log)</source>
        <translation>Revealed (recorded in the audit log)</translation>
    </message>
    <message>
        <source>ID number and phone of %1 revealed; the audit log records it.</source>
        <translation>ID number and phone of %1 revealed; the audit log records it.</translation>
    </message>
    <message>
        <source>Override %1 requested; it waits for a second official&apos;s approval.</source>
        <translation>Override %1 requested; it waits for a second official&apos;s approval.</translation>
    </message>
</context>
<context>
    <name>hc::gui::PrintJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>hc::gui::PrintingPage</name>
    <message>
        <source>Everyone in my jurisdiction</source>
        <translation>Everyone in my jurisdiction</translation>
    </message>
    <message>
        <source>This is a demo database: every card printed from it is a demo card.</source>
        <translation>This is a demo database: every card printed from it is a demo card.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Nobody matches the selection.</source>
        <translation>Nobody matches the selection.</translation>
    </message>
    <message>
        <source>Correct the selection first.</source>
        <translation>Correct the selection first.</translation>
    </message>
    <message>
        <source>Enter the passphrase of the %1 signing key.</source>
        <translation>Enter the passphrase of the %1 signing key.</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>cards</translation>
    </message>
    <message>
        <source>Choose ID List</source>
        <translation>Choose ID List</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>Text files (*.txt *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Print Cards to PDF</source>
        <translation>Print Cards to PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Preview</source>
        <translation>Cannot Preview</translation>
    </message>
    <message>
        <source>Card Preview (unsigned: the codes say PREVIEW)</source>
        <translation>Card Preview (unsigned: the codes say PREVIEW)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Printing progress</source>
        <translation>Printing progress</translation>
    </message>
    <message>
        <source>Printing Cards</source>
        <translation>Printing Cards</translation>
    </message>
    <message>
        <source>Printed %1 of %2 cards…</source>
        <translation>Printed %1 of %2 cards…</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>Cannot Print</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Replace File?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 exists already. Replace it?</translation>
    </message>
    <message>
        <source>Printing cards to %1…</source>
        <translation>Printing cards to %1…</translation>
    </message>
    <message>
        <source>Printing cards on %1…</source>
        <translation>Printing cards on %1…</translation>
    </message>
    <message>
        <source>Reprint Lost Card?</source>
        <translation>Reprint Lost Card?</translation>
    </message>
    <message>
        <source>Card %1 of %2 will be revoked: checkpoints will refuse it from the next revocation list on. A new card is printed to %3.</source>
        <translation>Card %1 of %2 will be revoked: checkpoints will refuse it from the next revocation list on. A new card is printed to %3.</translation>
    </message>
    <message>
        <source>Printing the replacement card…</source>
        <translation>Printing the replacement card…</translation>
    </message>
    <message>
        <source>its holder %1</source>
        <translation>its holder %1</translation>
    </message>
    <message>
        <source>the holder&apos;s guardian %1</source>
        <translation>the holder&apos;s guardian %1</translation>
    </message>
    <message>
        <source>the community worker %1</source>
        <translation>the community worker %1</translation>
    </message>
    <message>
        <source>Card %1 handed over to %2.</source>
        <translation>Card %1 handed over to %2.</translation>
    </message>
    <message>
        <source>The print run did not finish.</source>
        <translation>The print run did not finish.</translation>
    </message>
    <message>
        <source>Printing Failed</source>
        <translation>Printing Failed</translation>
    </message>
    <message>
        <source>The lost card was revoked; its replacement %1 was printed (batch %2).</source>
        <translation>The lost card was revoked; its replacement %1 was printed (batch %2).</translation>
    </message>
    <message>
        <source>Cancelled: batch %1 has %2 of %3 cards, exactly those on the %4 sheet(s) produced.</source>
        <translation>Cancelled: batch %1 has %2 of %3 cards, exactly those on the %4 sheet(s) produced.</translation>
    </message>
    <message>
        <source>Batch %1: %2 card(s) printed on %3 sheet(s).</source>
        <translation>Batch %1: %2 card(s) printed on %3 sheet(s).</translation>
    </message>
    <message>
        <source>Printing Finished</source>
        <translation>Printing Finished</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) selected.</source>
        <translation>
            <numerusform>%Ln person selected.</numerusform>
            <numerusform>%Ln people selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::gui::PublishDialog</name>
    <message numerus="yes">
        <source>Rule set version %1 will replace the rules in force. Changes take effect at the earliest %n hour(s) after publishing, so that people and venues can learn of them.</source>
        <translation>
            <numerusform>Rule set version %1 will replace the rules in force. Changes take effect at the earliest %n hour after publishing, so that people and venues can learn of them.</numerusform>
            <numerusform>Rule set version %1 will replace the rules in force. Changes take effect at the earliest %n hours after publishing, so that people and venues can learn of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the reason for publishing without the lead time.</source>
        <translation>Give the reason for publishing without the lead time.</translation>
    </message>
</context>
<context>
    <name>hc::gui::ResetPasswordDialog</name>
    <message>
        <source>Reset Password of %1</source>
        <translation>Reset Password of %1</translation>
    </message>
    <message>
        <source>Enter a new password for %1 and give it to them in person. It also lifts a lockout.</source>
        <translation>Enter a new password for %1 and give it to them in person. It also lifts a lockout.</translation>
    </message>
    <message>
        <source>&amp;Set Password</source>
        <translation>&amp;Set Password</translation>
    </message>
    <message>
        <source>Cannot Reset Password</source>
        <translation>Cannot Reset Password</translation>
    </message>
    <message>
        <source>The password of %1 was not changed.</source>
        <translation>The password of %1 was not changed.</translation>
    </message>
</context>
<context>
    <name>hc::gui::RuleEditor</name>
    <message>
        <source>When the time windows expire</source>
        <translation>When the time windows expire</translation>
    </message>
    <message>
        <source>After negative tests following the facts:</source>
        <translation>After negative tests following the facts:</translation>
    </message>
</context>
<context>
    <name>hc::gui::RuleTerms</name>
    <message>
        <source>Positive test</source>
        <translation>Positive test</translation>
    </message>
    <message>
        <source>Negative test</source>
        <translation>Negative test</translation>
    </message>
    <message>
        <source>Close contact designation</source>
        <translation>Close contact designation</translation>
    </message>
    <message>
        <source>Scan at a risk venue while designated</source>
        <translation>Scan at a risk venue while designated</translation>
    </message>
    <message>
        <source>Stay in a risk area</source>
        <translation>Stay in a risk area</translation>
    </message>
    <message>
        <source>Declared symptom</source>
        <translation>Declared symptom</translation>
    </message>
    <message>
        <source>Age over</source>
        <translation>Age over</translation>
    </message>
    <message>
        <source>Age under</source>
        <translation>Age under</translation>
    </message>
    <message>
        <source>No smartphone</source>
        <translation>No smartphone</translation>
    </message>
    <message>
        <source>any test</source>
        <translation>any test</translation>
    </message>
    <message>
        <source>PCR</source>
        <translation>PCR</translation>
    </message>
    <message>
        <source>antigen</source>
        <translation>antigen</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>low risk</translation>
    </message>
    <message>
        <source>medium risk</source>
        <translation>medium risk</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>high risk</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negative test(s)</source>
        <translation>
            <numerusform>%n negative test</numerusform>
            <numerusform>%n negative tests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negative %1 test(s)</source>
        <translation>
            <numerusform>%n negative %1 test</numerusform>
            <numerusform>%n negative %1 tests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 apart</source>
        <translation>%1 %2 apart</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>at least %1</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>within %1</translation>
    </message>
    <message>
        <source>unless %1 after it</source>
        <translation>unless %1 after it</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>All of these</source>
        <translation>All of these</translation>
    </message>
    <message>
        <source>Any of these</source>
        <translation>Any of these</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
</context>
<context>
    <name>hc::gui::RulesPage</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Unsaved Draft</source>
        <translation>Unsaved Draft</translation>
    </message>
    <message>
        <source>Save the changes to draft version %1?</source>
        <translation>Save the changes to draft version %1?</translation>
    </message>
    <message>
        <source>Version %1: %2.</source>
        <translation>Version %1: %2.</translation>
    </message>
    <message>
        <source>Installed with the console.</source>
        <translation>Installed with the console.</translation>
    </message>
    <message>
        <source>Written by %1.</source>
        <translation>Written by %1.</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Approved by %1.</translation>
    </message>
    <message>
        <source>Published without lead time because: %1</source>
        <translation>Published without lead time because: %1</translation>
    </message>
    <message>
        <source>This is your draft: edit the rules below, then propose it.</source>
        <translation>This is your draft: edit the rules below, then propose it.</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>New rule</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Error: the rule set has no rules; add at least one.</source>
        <translation>Error: the rule set has no rules; add at least one.</translation>
    </message>
    <message>
        <source>Problems: none.</source>
        <translation>Problems: none.</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <source>Version %1 (left) and version %2 (right); removed lines are marked −, added lines +.</source>
        <translation>Version %1 (left) and version %2 (right); removed lines are marked −, added lines +.</translation>
    </message>
    <message>
        <source>Version %1 is the first; there is nothing to compare it with.</source>
        <translation>Version %1 is the first; there is nothing to compare it with.</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Changes (%1)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Fix the errors listed under Problems first.</source>
        <translation>Fix the errors listed under Problems first.</translation>
    </message>
    <message>
        <source>Send the draft for approval by a second official</source>
        <translation>Send the draft for approval by a second official</translation>
    </message>
    <message>
        <source>You wrote this version; a second official with the approver role must approve it.</source>
        <translation>You wrote this version; a second official with the approver role must approve it.</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>Save Draft</translation>
    </message>
    <message>
        <source>Draft version %1 saved.</source>
        <translation>Draft version %1 saved.</translation>
    </message>
    <message>
        <source>New Draft</source>
        <translation>New Draft</translation>
    </message>
    <message>
        <source>Draft version %1 created from version %2.</source>
        <translation>Draft version %1 created from version %2.</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Propose</translation>
    </message>
    <message>
        <source>Version %1 proposed; a second official with the approver role decides on it.</source>
        <translation>Version %1 proposed; a second official with the approver role decides on it.</translation>
    </message>
    <message>
        <source>Approve Rule Set</source>
        <translation>Approve Rule Set</translation>
    </message>
    <message>
        <source>Approve rule set version %1? Add a note for the record if you like.</source>
        <translation>Approve rule set version %1? Add a note for the record if you like.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Version %1 approved; it can now be published.</source>
        <translation>Version %1 approved; it can now be published.</translation>
    </message>
    <message>
        <source>Reject Rule Set</source>
        <translation>Reject Rule Set</translation>
    </message>
    <message>
        <source>Why is rule set version %1 rejected? The reason is recorded.</source>
        <translation>Why is rule set version %1 rejected? The reason is recorded.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Version %1 rejected.</source>
        <translation>Version %1 rejected.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Version %1 published; it takes effect on %2.</source>
        <translation>Version %1 published; it takes effect on %2.</translation>
    </message>
    <message>
        <source>Restore Rule Set</source>
        <translation>Restore Rule Set</translation>
    </message>
    <message>
        <source>Put the rules of version %1 back in force now, as a new version? Give the reason; it is recorded.</source>
        <translation>Put the rules of version %1 back in force now, as a new version? Give the reason; it is recorded.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Re-evaluating Statuses</source>
        <translation>Re-evaluating Statuses</translation>
    </message>
    <message>
        <source>Re-evaluate Statuses</source>
        <translation>Re-evaluate Statuses</translation>
    </message>
    <message>
        <source>Statuses were not re-evaluated; they follow the new rules at the next re-evaluation (healthcode-ctl rules reevaluate).</source>
        <translation>Statuses were not re-evaluated; they follow the new rules at the next re-evaluation (healthcode-ctl rules reevaluate).</translation>
    </message>
    <message>
        <source>Statuses re-evaluated under version %1: %2 of %3 people changed colour or reason.</source>
        <translation>Statuses re-evaluated under version %1: %2 of %3 people changed colour or reason.</translation>
    </message>
    <message>
        <source>Preview Impact</source>
        <translation>Preview Impact</translation>
    </message>
    <message>
        <source>Comparing the rules</source>
        <translation>Comparing the rules</translation>
    </message>
    <message>
        <source>Previewing the Impact</source>
        <translation>Previewing the Impact</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Preview cancelled.</translation>
    </message>
    <message>
        <source>If version %1 replaced version %2 now, %3 of %4 people in your jurisdiction would change colour.</source>
        <translation>If version %1 replaced version %2 now, %3 of %4 people in your jurisdiction would change colour.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Changing</source>
        <translation>Changing</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>Age %1</translation>
    </message>
    <message>
        <source>Person no. %1</source>
        <translation>Person no. %1</translation>
    </message>
    <message>
        <source>Impact preview ready.</source>
        <translation>Impact preview ready.</translation>
    </message>
    <message>
        <source>impact preview of rule set version %1</source>
        <translation>impact preview of rule set version %1</translation>
    </message>
    <message>
        <source>Show Names</source>
        <translation>Show Names</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · born %4</source>
        <translation>%1 · %2 · %3 · born %4</translation>
    </message>
    <message>
        <source>Risk Rules</source>
        <translation>Risk Rules</translation>
    </message>
</context>
<context>
    <name>hc::gui::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Show the default of every value that is not managed by your IT department; OK keeps them</source>
        <translation>Show the default of every value that is not managed by your IT department; OK keeps them</translation>
    </message>
    <message>
        <source>Set for everyone on this computer by your IT department in %1. Ask them if it needs to change.</source>
        <translation>Set for everyone on this computer by your IT department in %1. Ask them if it needs to change.</translation>
    </message>
    <message>
        <source>Managed by your IT department</source>
        <translation>Managed by your IT department</translation>
    </message>
    <message>
        <source>Could not save %1 in %2. Check that the file can be written, or whether your IT department has just started to manage these values.</source>
        <translation>Could not save %1 in %2. Check that the file can be written, or whether your IT department has just started to manage these values.</translation>
    </message>
</context>
<context>
    <name>hc::gui::TrainingPage</name>
    <message>
        <source>Scenario &quot;%1&quot;: day %2 of %3</source>
        <translation>Scenario &quot;%1&quot;: day %2 of %3</translation>
    </message>
    <message>
        <source>Scenario %1: day %2</source>
        <translation>Scenario %1: day %2</translation>
    </message>
    <message>
        <source>No scenarios are installed.</source>
        <translation>No scenarios are installed.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>&amp;Next day</translation>
    </message>
    <message>
        <source>Another scenario is running in this demo city.</source>
        <translation>Another scenario is running in this demo city.</translation>
    </message>
    <message>
        <source>Not started. Starting writes the first day&apos;s events into the demo city.</source>
        <translation>Not started. Starting writes the first day&apos;s events into the demo city.</translation>
    </message>
    <message>
        <source>%1 (last day, %2). The scenario is complete.</source>
        <translation>%1 (last day, %2). The scenario is complete.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Open Scenario</translation>
    </message>
    <message>
        <source>Training scenarios (*.json)</source>
        <translation>Training scenarios (*.json)</translation>
    </message>
    <message>
        <source>The scenario cannot be used.</source>
        <translation>The scenario cannot be used.</translation>
    </message>
    <message>
        <source>Next Scenario Day</source>
        <translation>Next Scenario Day</translation>
    </message>
    <message>
        <source>Training Scenario</source>
        <translation>Training Scenario</translation>
    </message>
    <message>
        <source>Scenario day %1 has begun; statuses are up to date.</source>
        <translation>Scenario day %1 has begun; statuses are up to date.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
</context>
<context>
    <name>hc::gui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Cannot Load Users</source>
        <translation>Cannot Load Users</translation>
    </message>
    <message>
        <source>The list of users could not be read.</source>
        <translation>The list of users could not be read.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>Allow the selected user to log in again</source>
        <translation>Allow the selected user to log in again</translation>
    </message>
    <message>
        <source>Stop the selected user from logging in</source>
        <translation>Stop the selected user from logging in</translation>
    </message>
    <message>
        <source>The selected account is not locked.</source>
        <translation>The selected account is not locked.</translation>
    </message>
    <message>
        <source>Allow logins again after too many wrong passwords</source>
        <translation>Allow logins again after too many wrong passwords</translation>
    </message>
    <message>
        <source>You cannot change your own role; another administrator must do it.</source>
        <translation>You cannot change your own role; another administrator must do it.</translation>
    </message>
    <message>
        <source>Give the selected user another role</source>
        <translation>Give the selected user another role</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <source>Disable User</source>
        <translation>Disable User</translation>
    </message>
    <message>
        <source>Disable the account %1?</source>
        <translation>Disable the account %1?</translation>
    </message>
    <message>
        <source>%1 can no longer log in until an administrator enables the account again.</source>
        <translation>%1 can no longer log in until an administrator enables the account again.</translation>
    </message>
    <message>
        <source>Cannot Disable User</source>
        <translation>Cannot Disable User</translation>
    </message>
    <message>
        <source>Cannot Enable User</source>
        <translation>Cannot Enable User</translation>
    </message>
    <message>
        <source>The account %1 was not disabled.</source>
        <translation>The account %1 was not disabled.</translation>
    </message>
    <message>
        <source>The account %1 was not enabled.</source>
        <translation>The account %1 was not enabled.</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>User %1 disabled.</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>User %1 enabled.</translation>
    </message>
    <message>
        <source>Cannot Unlock User</source>
        <translation>Cannot Unlock User</translation>
    </message>
    <message>
        <source>The account %1 was not unlocked.</source>
        <translation>The account %1 was not unlocked.</translation>
    </message>
    <message>
        <source>User %1 unlocked.</source>
        <translation>User %1 unlocked.</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>Password of %1 reset.</translation>
    </message>
    <message>
        <source>Role of %1 changed.</source>
        <translation>Role of %1 changed.</translation>
    </message>
</context>
<context>
    <name>hc::gui::WelcomeDialog</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Give the file for the database.</source>
        <translation>Give the file for the database.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name inside it.</source>
        <translation>%1 is a folder; give a file name inside it.</translation>
    </message>
    <message>
        <source>Give the server&apos;s host name or address.</source>
        <translation>Give the server&apos;s host name or address.</translation>
    </message>
    <message>
        <source>Give the name of the database on the server.</source>
        <translation>Give the name of the database on the server.</translation>
    </message>
    <message>
        <source>Give the database user name.</source>
        <translation>Give the database user name.</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Database File</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>SQLite databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected. The database is empty; the console sets it up when you continue.</source>
        <translation>Connected. The database is empty; the console sets it up when you continue.</translation>
    </message>
    <message>
        <source>Connected. The database is a Health Code Console database (schema version %1).</source>
        <translation>Connected. The database is a Health Code Console database (schema version %1).</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
</context>
<context>
    <name>hc::heatmap</name>
    <message>
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>yellow</translation>
    </message>
    <message>
        <source>red</source>
        <translation>red</translation>
    </message>
</context>
<context>
    <name>hc::heatmap::Boundary</name>
    <message>
        <source>The geometry type is &quot;%1&quot;; a boundary must be a Polygon or MultiPolygon.</source>
        <translation>The geometry type is &quot;%1&quot;; a boundary must be a Polygon or MultiPolygon.</translation>
    </message>
    <message>
        <source>The geometry has no polygons.</source>
        <translation>The geometry has no polygons.</translation>
    </message>
    <message>
        <source>Polygon %1 of the geometry has no rings.</source>
        <translation>Polygon %1 of the geometry has no rings.</translation>
    </message>
    <message>
        <source>The stored boundary is not a GeoJSON object: %1</source>
        <translation>The stored boundary is not a GeoJSON object: %1</translation>
    </message>
    <message>
        <source>polygon %1, ring %2</source>
        <translation>polygon %1, ring %2</translation>
    </message>
    <message>
        <source>Boundary %1 is not an array of positions.</source>
        <translation>Boundary %1 is not an array of positions.</translation>
    </message>
    <message>
        <source>Boundary %1 has %2 positions; a closed ring needs at least 4.</source>
        <translation>Boundary %1 has %2 positions; a closed ring needs at least 4.</translation>
    </message>
    <message>
        <source>Boundary %1, position %2 is not [longitude, latitude].</source>
        <translation>Boundary %1, position %2 is not [longitude, latitude].</translation>
    </message>
    <message>
        <source>Boundary %1, position %2 (%3, %4) is not a longitude and latitude in degrees.</source>
        <translation>Boundary %1, position %2 (%3, %4) is not a longitude and latitude in degrees.</translation>
    </message>
    <message>
        <source>Boundary %1 is not closed: its last position must repeat the first.</source>
        <translation>Boundary %1 is not closed: its last position must repeat the first.</translation>
    </message>
</context>
<context>
    <name>hc::heatmap::Heatmap</name>
    <message>
        <source>No jurisdiction with id %1.</source>
        <translation>No jurisdiction with id %1.</translation>
    </message>
    <message>
        <source>The heatmap of %1</source>
        <translation>The heatmap of %1</translation>
    </message>
    <message>
        <source>%1 is not a city or a district in a city; heatmaps are drawn per city.</source>
        <translation>%1 is not a city or a district in a city; heatmaps are drawn per city.</translation>
    </message>
    <message>
        <source>The heatmap window needs a start before its end.</source>
        <translation>The heatmap window needs a start before its end.</translation>
    </message>
    <message>
        <source>The heatmap window is longer than %1 days.</source>
        <translation>The heatmap window is longer than %1 days.</translation>
    </message>
    <message>
        <source>The heatmap play-back was stopped.</source>
        <translation>The heatmap play-back was stopped.</translation>
    </message>
</context>
<context>
    <name>hc::heatmap::HeatmapExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>A heatmap picture is between 200 x 150 and 10000 x 10000 pixels, not %1 x %2.</source>
        <translation>A heatmap picture is between 200 x 150 and 10000 x 10000 pixels, not %1 x %2.</translation>
    </message>
    <message>
        <source>%1: the heatmap is written as .png (the map) or .csv (the figures).</source>
        <translation>%1: the heatmap is written as .png (the map) or .csv (the figures).</translation>
    </message>
</context>
<context>
    <name>hc::heatmap::HeatmapRenderer</name>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Distinct people</source>
        <translation>Distinct people</translation>
    </message>
    <message>
        <source>codes of all colours</source>
        <translation>codes of all colours</translation>
    </message>
    <message>
        <source>green codes</source>
        <translation>green codes</translation>
    </message>
    <message>
        <source>yellow codes</source>
        <translation>yellow codes</translation>
    </message>
    <message>
        <source>red codes</source>
        <translation>red codes</translation>
    </message>
    <message>
        <source>Cell %1, %2 (%3 m) in %4</source>
        <translation>Cell %1, %2 (%3 m) in %4</translation>
    </message>
    <message>
        <source>Suppressed: fewer than %1 people, or hidden so that a small group cannot be worked out by subtraction.</source>
        <translation>Suppressed: fewer than %1 people, or hidden so that a small group cannot be worked out by subtraction.</translation>
    </message>
    <message>
        <source>%1 scans, %2 distinct people (%3)</source>
        <translation>%1 scans, %2 distinct people (%3)</translation>
    </message>
    <message>
        <source>%1 per %2 m cell</source>
        <translation>%1 per %2 m cell</translation>
    </message>
    <message>
        <source>Counting %1</source>
        <translation>Counting %1</translation>
    </message>
    <message>
        <source>Suppressed (&lt; %1 people)</source>
        <translation>Suppressed (&lt; %1 people)</translation>
    </message>
    <message>
        <source>No scans</source>
        <translation>No scans</translation>
    </message>
    <message>
        <source>logarithmic scale</source>
        <translation>logarithmic scale</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Nothing to show</translation>
    </message>
</context>
<context>
    <name>hc::heatmap::Retention</name>
    <message>
        <source>Purging old scans</source>
        <translation>Purging old scans</translation>
    </message>
    <message>
        <source>Purging scans older than %1 days</source>
        <translation>Purging scans older than %1 days</translation>
    </message>
    <message>
        <source>The purge was cancelled; %1 scans were deleted before that, the rest stay until the next purge.</source>
        <translation>The purge was cancelled; %1 scans were deleted before that, the rest stay until the next purge.</translation>
    </message>
    <message>
        <source>Hardening rollups before %1</source>
        <translation>Hardening rollups before %1</translation>
    </message>
    <message numerus="yes">
        <source>Scans are kept for %n day(s) (scans/retention_days, set by IT in the system-wide settings file); a purge cannot keep fewer.</source>
        <translation>
            <numerusform>Scans are kept for %n day (scans/retention_days, set by IT in the system-wide settings file); a purge cannot keep fewer.</numerusform>
            <numerusform>Scans are kept for %n days (scans/retention_days, set by IT in the system-wide settings file); a purge cannot keep fewer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::heatmap::Rollups</name>
    <message>
        <source>%1 changes data of every jurisdiction; user %2 is scoped to only part of them. Ask an official scoped to the top-level jurisdiction.</source>
        <translation>%1 changes data of every jurisdiction; user %2 is scoped to only part of them. Ask an official scoped to the top-level jurisdiction.</translation>
    </message>
    <message>
        <source>Rebuilding the heatmap rollups</source>
        <translation>Rebuilding the heatmap rollups</translation>
    </message>
    <message>
        <source>The cell size must be from 50 to 20000 metres, not %1.</source>
        <translation>The cell size must be from 50 to 20000 metres, not %1.</translation>
    </message>
    <message>
        <source>The cell size cannot change any more: scans before %1 were purged, and their rollups could not be redrawn on the new grid.</source>
        <translation>The cell size cannot change any more: scans before %1 were purged, and their rollups could not be redrawn on the new grid.</translation>
    </message>
    <message>
        <source>Rebuilding heatmap rollups</source>
        <translation>Rebuilding heatmap rollups</translation>
    </message>
    <message>
        <source>Rebuilding the rollups was cancelled; nothing was changed.</source>
        <translation>Rebuilding the rollups was cancelled; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>hc::imports</name>
    <message>
        <source>scan events</source>
        <translation>scan events</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>test results</source>
        <translation>test results</translation>
    </message>
    <message>
        <source>risk areas</source>
        <translation>risk areas</translation>
    </message>
    <message>
        <source>venues</source>
        <translation>venues</translation>
    </message>
    <message>
        <source>jurisdictions</source>
        <translation>jurisdictions</translation>
    </message>
</context>
<context>
    <name>hc::imports::ColumnMapping</name>
    <message>
        <source>there is no field &quot;%1&quot; to map; the fields are: %2.</source>
        <translation>there is no field &quot;%1&quot; to map; the fields are: %2.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; given for the field %2 is not in the header (%3).</source>
        <translation>the column &quot;%1&quot; given for the field %2 is not in the header (%3).</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header; say which one to use for %2.</source>
        <translation>the column &quot;%1&quot; appears twice in the header; say which one to use for %2.</translation>
    </message>
    <message>
        <source>no columns</source>
        <translation>no columns</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=COLUMN; write for example time=扫码时间,venue=场所编码.</source>
        <translation>&quot;%1&quot; is not FIELD=COLUMN; write for example time=扫码时间,venue=场所编码.</translation>
    </message>
    <message>
        <source>required columns are missing: %1. The file has: %2. Say which columns hold them (in the import dialog under Columns; healthcode-ctl: --map FIELD=COLUMN).</source>
        <translation>required columns are missing: %1. The file has: %2. Say which columns hold them (in the import dialog under Columns; healthcode-ctl: --map FIELD=COLUMN).</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 and %2 more</translation>
    </message>
</context>
<context>
    <name>hc::imports::CsvReader</name>
    <message>
        <source>the quoted field that starts on line %1 is never closed; the file is probably truncated.</source>
        <translation>the quoted field that starts on line %1 is never closed; the file is probably truncated.</translation>
    </message>
    <message>
        <source>field %1 has text after its closing quote; quotes inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>field %1 has text after its closing quote; quotes inside a quoted field must be doubled (&quot;&quot;).</translation>
    </message>
    <message>
        <source>the line is not valid %1 text.</source>
        <translation>the line is not valid %1 text.</translation>
    </message>
    <message>
        <source>the quoted field that starts here is never closed.</source>
        <translation>the quoted field that starts here is never closed.</translation>
    </message>
    <message>
        <source>the file has no header row.</source>
        <translation>the file has no header row.</translation>
    </message>
    <message>
        <source>the header row is malformed: %1</source>
        <translation>the header row is malformed: %1</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 (a truncated row?).</source>
        <translation>the row has %1 fields but the header has %2 (a truncated row?).</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2.</source>
        <translation>the row has %1 fields but the header has %2.</translation>
    </message>
    <message>
        <source>the record that starts here is longer than %1 bytes; a quote is probably not closed.</source>
        <translation>the record that starts here is longer than %1 bytes; a quote is probably not closed.</translation>
    </message>
    <message>
        <source>lines %1-%2 (read as one record): %3</source>
        <translation>lines %1-%2 (read as one record): %3</translation>
    </message>
    <message>
        <source>lines %1-%2 were read as one record with %3 fields, but the header has %4; an unbalanced quote may have joined these lines.</source>
        <translation>lines %1-%2 were read as one record with %3 fields, but the header has %4; an unbalanced quote may have joined these lines.</translation>
    </message>
</context>
<context>
    <name>hc::imports::FieldParser</name>
    <message>
        <source>The time is empty.</source>
        <translation>The time is empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time like 2024-03-01T08:15:00+08:00.</source>
        <translation>&quot;%1&quot; is not a time like 2024-03-01T08:15:00+08:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date.</source>
        <translation>&quot;%1&quot; is not a valid date.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a date but no time of day.</source>
        <translation>&quot;%1&quot; has a date but no time of day.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid time of day.</source>
        <translation>&quot;%1&quot; is not a valid time of day.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an impossible time-zone offset.</source>
        <translation>&quot;%1&quot; has an impossible time-zone offset.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no time zone; write it as 2024-03-01T08:15:00+08:00 or give the zone the file uses (for example --time-zone Asia/Shanghai).</source>
        <translation>&quot;%1&quot; has no time zone; write it as 2024-03-01T08:15:00+08:00 or give the zone the file uses (for example --time-zone Asia/Shanghai).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist in the time zone %2.</source>
        <translation>&quot;%1&quot; does not exist in the time zone %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2024-03-01.</source>
        <translation>&quot;%1&quot; is not a date like 2024-03-01.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a number from %3 to %4.</source>
        <translation>The %1 &quot;%2&quot; is not a number from %3 to %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (1/0, true/false, 是/否).</source>
        <translation>&quot;%1&quot; is not yes or no (1/0, true/false, 是/否).</translation>
    </message>
</context>
<context>
    <name>hc::imports::ImportReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>... and %1 more rejected rows (only the first %2 are kept).</source>
        <translation>... and %1 more rejected rows (only the first %2 are kept).</translation>
    </message>
</context>
<context>
    <name>hc::imports::ImportRun</name>
    <message>
        <source>No import run %1.</source>
        <translation>No import run %1.</translation>
    </message>
</context>
<context>
    <name>hc::imports::ImportService</name>
    <message>
        <source>Jurisdictions come from GeoJSON, which has no columns to map.</source>
        <translation>Jurisdictions come from GeoJSON, which has no columns to map.</translation>
    </message>
</context>
<context>
    <name>hc::imports::Importer</name>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: there is no such file.</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: cannot be opened: %2</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Checking %1</translation>
    </message>
    <message>
        <source>%1 is being imported by %2 (last progress at %3). If that import stopped, try again after %4 minutes.</source>
        <translation>%1 is being imported by %2 (last progress at %3). If that import stopped, try again after %4 minutes.</translation>
    </message>
    <message>
        <source>%1 was partly imported (run %2, up to line %3) with other settings: %4. Import it with the same settings to finish it.</source>
        <translation>%1 was partly imported (run %2, up to line %3) with other settings: %4. Import it with the same settings to finish it.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importing %1</translation>
    </message>
    <message>
        <source>%1: cancelled. The rows up to line %2 are stored; import the same file again to continue after them.</source>
        <translation>%1: cancelled. The rows up to line %2 are stored; import the same file again to continue after them.</translation>
    </message>
</context>
<context>
    <name>hc::imports::JsonLinesReader</name>
    <message>
        <source>the first record is not a JSON object; is this a JSON Lines file?</source>
        <translation>the first record is not a JSON object; is this a JSON Lines file?</translation>
    </message>
    <message>
        <source>the line is not valid %1 text.</source>
        <translation>the line is not valid %1 text.</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (at character %2).</source>
        <translation>not valid JSON: %1 (at character %2).</translation>
    </message>
    <message>
        <source>the line is JSON but not an object.</source>
        <translation>the line is JSON but not an object.</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; is an object or array, not a plain value.</source>
        <translation>the value of &quot;%1&quot; is an object or array, not a plain value.</translation>
    </message>
    <message>
        <source>the number %1 in &quot;%2&quot; has more digits than can be kept exactly; write it as a string (in quotes).</source>
        <translation>the number %1 in &quot;%2&quot; has more digits than can be kept exactly; write it as a string (in quotes).</translation>
    </message>
</context>
<context>
    <name>hc::imports::JurisdictionImporter</name>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: there is no such file.</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: cannot be opened: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; split it by city.</source>
        <translation>the file is larger than %1 MiB; split it by city.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <source>%1: cancelled; nothing was imported.</source>
        <translation>%1: cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>contains a NUL byte: this is a binary file, not GeoJSON.</source>
        <translation>contains a NUL byte: this is a binary file, not GeoJSON.</translation>
    </message>
    <message>
        <source>line %1: the text is not valid GB18030 (byte offset %2).</source>
        <translation>line %1: the text is not valid GB18030 (byte offset %2).</translation>
    </message>
    <message>
        <source>the text is not valid GB18030.</source>
        <translation>the text is not valid GB18030.</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8 (byte offset %2); GeoJSON is always UTF-8.</source>
        <translation>line %1: the text is not valid UTF-8 (byte offset %2); GeoJSON is always UTF-8.</translation>
    </message>
    <message>
        <source>line %1: not valid JSON: %2.</source>
        <translation>line %1: not valid JSON: %2.</translation>
    </message>
    <message>
        <source>this is not a GeoJSON FeatureCollection with a &quot;features&quot; array.</source>
        <translation>this is not a GeoJSON FeatureCollection with a &quot;features&quot; array.</translation>
    </message>
    <message>
        <source>Feature %1 is not a GeoJSON Feature.</source>
        <translation>Feature %1 is not a GeoJSON Feature.</translation>
    </message>
    <message>
        <source>Feature %1 has no code (or one over 32 characters).</source>
        <translation>Feature %1 has no code (or one over 32 characters).</translation>
    </message>
    <message>
        <source>Feature %1 (%2) has no name.</source>
        <translation>Feature %1 (%2) has no name.</translation>
    </message>
    <message>
        <source>Feature %1 (%2) has no level, or not province, city or district.</source>
        <translation>Feature %1 (%2) has no level, or not province, city or district.</translation>
    </message>
    <message>
        <source>Feature %1 (%2): %3</source>
        <translation>Feature %1 (%2): %3</translation>
    </message>
    <message>
        <source>Feature %1 (%2) has a geometry that is not an object.</source>
        <translation>Feature %1 (%2) has a geometry that is not an object.</translation>
    </message>
    <message>
        <source>the parent %1 is neither stored nor in the file.</source>
        <translation>the parent %1 is neither stored nor in the file.</translation>
    </message>
    <message>
        <source>a %1 cannot lie inside a %2.</source>
        <translation>a %1 cannot lie inside a %2.</translation>
    </message>
    <message>
        <source>it is stored with another level or parent; imports never move a jurisdiction.</source>
        <translation>it is stored with another level or parent; imports never move a jurisdiction.</translation>
    </message>
    <message>
        <source>it is outside the jurisdiction of user %1.</source>
        <translation>it is outside the jurisdiction of user %1.</translation>
    </message>
    <message>
        <source>a new jurisdiction needs the code of its parent (the database has one top-level jurisdiction).</source>
        <translation>a new jurisdiction needs the code of its parent (the database has one top-level jurisdiction).</translation>
    </message>
    <message>
        <source>its parent is outside the jurisdiction of user %1.</source>
        <translation>its parent is outside the jurisdiction of user %1.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importing %1</translation>
    </message>
</context>
<context>
    <name>hc::imports::PeopleImporter</name>
    <message>
        <source>The 18-character citizen ID number</source>
        <translation>The 18-character citizen ID number</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>F or M (女/男); taken from the ID number when absent</source>
        <translation>F or M (女/男); taken from the ID number when absent</translation>
    </message>
    <message>
        <source>Birth date; taken from the ID number when absent</source>
        <translation>Birth date; taken from the ID number when absent</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>The district&apos;s code or name</source>
        <translation>The district&apos;s code or name</translation>
    </message>
    <message>
        <source>Whether the person can show a code on a phone (yes when absent)</source>
        <translation>Whether the person can show a code on a phone (yes when absent)</translation>
    </message>
    <message>
        <source>The pseudonym scanning providers know the person by; generated when absent</source>
        <translation>The pseudonym scanning providers know the person by; generated when absent</translation>
    </message>
    <message>
        <source>Initials of the name in pinyin</source>
        <translation>Initials of the name in pinyin</translation>
    </message>
    <message>
        <source>The ID number of the person&apos;s guardian or proxy</source>
        <translation>The ID number of the person&apos;s guardian or proxy</translation>
    </message>
    <message>
        <source>%1 is not a valid ID number (18 characters, a real birth date and a matching check character).</source>
        <translation>%1 is not a valid ID number (18 characters, a real birth date and a matching check character).</translation>
    </message>
    <message>
        <source>The name must have 1 to 64 characters.</source>
        <translation>The name must have 1 to 64 characters.</translation>
    </message>
    <message>
        <source>The name contains control characters.</source>
        <translation>The name contains control characters.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sex (F or M, 女 or 男).</source>
        <translation>&quot;%1&quot; is not a sex (F or M, 女 or 男).</translation>
    </message>
    <message>
        <source>The sex does not match the ID number.</source>
        <translation>The sex does not match the ID number.</translation>
    </message>
    <message>
        <source>The birth date does not match the ID number.</source>
        <translation>The birth date does not match the ID number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; is not a phone number.</translation>
    </message>
    <message>
        <source>No jurisdiction has the code or name &quot;%1&quot;.</source>
        <translation>No jurisdiction has the code or name &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is outside the jurisdiction of user %2.</source>
        <translation>%1 is outside the jurisdiction of user %2.</translation>
    </message>
    <message>
        <source>The pseudonym is longer than 128 characters.</source>
        <translation>The pseudonym is longer than 128 characters.</translation>
    </message>
    <message>
        <source>The initials are longer than 16 characters.</source>
        <translation>The initials are longer than 16 characters.</translation>
    </message>
    <message>
        <source>%1 is not a valid ID number for the guardian.</source>
        <translation>%1 is not a valid ID number for the guardian.</translation>
    </message>
    <message>
        <source>A person cannot be their own guardian.</source>
        <translation>A person cannot be their own guardian.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <source>smartphone</source>
        <translation>smartphone</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>pseudonym</translation>
    </message>
    <message>
        <source>initials</source>
        <translation>initials</translation>
    </message>
    <message>
        <source>%1 is already %2 with a different %3; imports never change a person, correct it in the console.</source>
        <translation>%1 is already %2 with a different %3; imports never change a person, correct it in the console.</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>stored</translation>
    </message>
    <message>
        <source>earlier in the file</source>
        <translation>earlier in the file</translation>
    </message>
    <message>
        <source>The pseudonym %1 belongs to another person.</source>
        <translation>The pseudonym %1 belongs to another person.</translation>
    </message>
    <message>
        <source>The guardian %1 is neither stored nor imported with this person.</source>
        <translation>The guardian %1 is neither stored nor imported with this person.</translation>
    </message>
    <message>
        <source>%1 is registered outside the jurisdiction of %2 and cannot be imported here.</source>
        <translation>%1 is registered outside the jurisdiction of %2 and cannot be imported here.</translation>
    </message>
</context>
<context>
    <name>hc::imports::RecordReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes; this is not a %2 file, or it is damaged.</source>
        <translation>the line is longer than %1 bytes; this is not a %2 file, or it is damaged.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>the file is UTF-16 text (Excel&apos;s &quot;Unicode text&quot;). Save it as &quot;CSV UTF-8&quot; or as CSV in the Chinese (GB18030) encoding and import it again.</source>
        <translation>the file is UTF-16 text (Excel&apos;s &quot;Unicode text&quot;). Save it as &quot;CSV UTF-8&quot; or as CSV in the Chinese (GB18030) encoding and import it again.</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte order mark but GB18030 was asked for; import it as UTF-8.</source>
        <translation>the file starts with a UTF-8 byte order mark but GB18030 was asked for; import it as UTF-8.</translation>
    </message>
    <message>
        <source>contains a NUL byte (near byte offset %1): this is a binary file, not text.</source>
        <translation>contains a NUL byte (near byte offset %1): this is a binary file, not text.</translation>
    </message>
    <message>
        <source>%1: cancelled while checking the file; nothing was imported.</source>
        <translation>%1: cancelled while checking the file; nothing was imported.</translation>
    </message>
    <message>
        <source>If it was saved by Excel on Chinese Windows, import it with the encoding GB18030.</source>
        <translation>If it was saved by Excel on Chinese Windows, import it with the encoding GB18030.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte offset %1). %2</source>
        <translation>the text is not valid UTF-8 (byte offset %1). %2</translation>
    </message>
    <message>
        <source>the text is not valid GB18030 (byte offset %1). Is it UTF-8?</source>
        <translation>the text is not valid GB18030 (byte offset %1). Is it UTF-8?</translation>
    </message>
    <message>
        <source>the file has a UTF-8 byte order mark but is not valid UTF-8 (byte offset %1).</source>
        <translation>the file has a UTF-8 byte order mark but is not valid UTF-8 (byte offset %1).</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 (first invalid byte at offset %1) nor GB18030 (line %2, byte offset %3). Check that it is a text export, or save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>the text is neither UTF-8 (first invalid byte at offset %1) nor GB18030 (line %2, byte offset %3). Check that it is a text export, or save it again as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>the file is GB18030 text, but this Qt has no GB18030 converter (it was built without ICU).</source>
        <translation>the file is GB18030 text, but this Qt has no GB18030 converter (it was built without ICU).</translation>
    </message>
    <message>
        <source>this Qt cannot decode %1.</source>
        <translation>this Qt cannot decode %1.</translation>
    </message>
    <message>
        <source>cannot continue at byte offset %1: %2</source>
        <translation>cannot continue at byte offset %1: %2</translation>
    </message>
</context>
<context>
    <name>hc::imports::RiskAreaImporter</name>
    <message>
        <source>The district&apos;s code or name (or give a venue)</source>
        <translation>The district&apos;s code or name (or give a venue)</translation>
    </message>
    <message>
        <source>The venue&apos;s code (or give a district)</source>
        <translation>The venue&apos;s code (or give a district)</translation>
    </message>
    <message>
        <source>low, medium or high (低/中/高风险)</source>
        <translation>low, medium or high (低/中/高风险)</translation>
    </message>
    <message>
        <source>From when, with its time zone</source>
        <translation>From when, with its time zone</translation>
    </message>
    <message>
        <source>Until when (open-ended when absent)</source>
        <translation>Until when (open-ended when absent)</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>A note</translation>
    </message>
    <message>
        <source>risk areas need a district column or a venue column.</source>
        <translation>risk areas need a district column or a venue column.</translation>
    </message>
    <message>
        <source>A risk area is either a district or a venue: give exactly one.</source>
        <translation>A risk area is either a district or a venue: give exactly one.</translation>
    </message>
    <message>
        <source>No jurisdiction has the code or name &quot;%1&quot;.</source>
        <translation>No jurisdiction has the code or name &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No venue has the code %1.</source>
        <translation>No venue has the code %1.</translation>
    </message>
    <message>
        <source>The area is outside the jurisdiction of user %1.</source>
        <translation>The area is outside the jurisdiction of user %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a risk level (low, medium or high).</source>
        <translation>&quot;%1&quot; is not a risk level (low, medium or high).</translation>
    </message>
    <message>
        <source>The end is not after the start.</source>
        <translation>The end is not after the start.</translation>
    </message>
    <message>
        <source>The note is longer than 1000 characters.</source>
        <translation>The note is longer than 1000 characters.</translation>
    </message>
</context>
<context>
    <name>hc::imports::ScanImporter</name>
    <message>
        <source>The provider&apos;s unique id of the scan</source>
        <translation>The provider&apos;s unique id of the scan</translation>
    </message>
    <message>
        <source>When the code was scanned, with its time zone</source>
        <translation>When the code was scanned, with its time zone</translation>
    </message>
    <message>
        <source>The venue&apos;s code</source>
        <translation>The venue&apos;s code</translation>
    </message>
    <message>
        <source>Latitude in degrees (WGS 84), when there is no venue</source>
        <translation>Latitude in degrees (WGS 84), when there is no venue</translation>
    </message>
    <message>
        <source>Longitude in degrees (WGS 84), when there is no venue</source>
        <translation>Longitude in degrees (WGS 84), when there is no venue</translation>
    </message>
    <message>
        <source>The person&apos;s pseudonym (never the ID number)</source>
        <translation>The person&apos;s pseudonym (never the ID number)</translation>
    </message>
    <message>
        <source>The colour the code showed: green, yellow or red</source>
        <translation>The colour the code showed: green, yellow or red</translation>
    </message>
    <message>
        <source>Whose event ids these are, when the file mixes providers</source>
        <translation>Whose event ids these are, when the file mixes providers</translation>
    </message>
    <message>
        <source>scans need a venue column, or latitude and longitude columns.</source>
        <translation>scans need a venue column, or latitude and longitude columns.</translation>
    </message>
    <message>
        <source>The event id is empty.</source>
        <translation>The event id is empty.</translation>
    </message>
    <message>
        <source>The event id is longer than 200 characters.</source>
        <translation>The event id is longer than 200 characters.</translation>
    </message>
    <message>
        <source>The provider name is longer than 100 characters.</source>
        <translation>The provider name is longer than 100 characters.</translation>
    </message>
    <message>
        <source>The scan time %1 lies in the future.</source>
        <translation>The scan time %1 lies in the future.</translation>
    </message>
    <message>
        <source>The scan time is before the year 2000.</source>
        <translation>The scan time is before the year 2000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code colour (green, yellow or red; 绿, 黄 or 红).</source>
        <translation>&quot;%1&quot; is not a code colour (green, yellow or red; 绿, 黄 or 红).</translation>
    </message>
    <message>
        <source>The person&apos;s pseudonym is empty.</source>
        <translation>The person&apos;s pseudonym is empty.</translation>
    </message>
    <message>
        <source>The pseudonym is longer than 128 characters.</source>
        <translation>The pseudonym is longer than 128 characters.</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>No venue has the code %1, and the row has no coordinates.</source>
        <translation>No venue has the code %1, and the row has no coordinates.</translation>
    </message>
    <message>
        <source>The row has neither a venue nor coordinates.</source>
        <translation>The row has neither a venue nor coordinates.</translation>
    </message>
    <message>
        <source>Venue %1 is not in a district of a city.</source>
        <translation>Venue %1 is not in a district of a city.</translation>
    </message>
    <message>
        <source>The point %1, %2 lies in no district of a city in the database (are the district boundaries imported?).</source>
        <translation>The point %1, %2 lies in no district of a city in the database (are the district boundaries imported?).</translation>
    </message>
    <message>
        <source>The scan is in %1, outside the jurisdiction of user %2.</source>
        <translation>The scan is in %1, outside the jurisdiction of user %2.</translation>
    </message>
    <message>
        <source>No person has the pseudonym %1.</source>
        <translation>No person has the pseudonym %1.</translation>
    </message>
    <message>
        <source>The scan time %1 is before %2, up to which raw scans were purged; raw scans that old are not kept.</source>
        <translation>The scan time %1 is before %2, up to which raw scans were purged; raw scans that old are not kept.</translation>
    </message>
    <message>
        <source>The scan time %1 is older than the retention window of %2 days (before %3); raw scans that old are not kept.</source>
        <translation>The scan time %1 is older than the retention window of %2 days (before %3); raw scans that old are not kept.</translation>
    </message>
    <message>
        <source>The event id %1 is already stored for a scan outside the jurisdiction of user %2.</source>
        <translation>The event id %1 is already stored for a scan outside the jurisdiction of user %2.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>venue</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>coordinates</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>colour</translation>
    </message>
    <message>
        <source>The event id %1 is already stored (from this file or an earlier import) with a different %2; a provider&apos;s event id names one scan.</source>
        <translation>The event id %1 is already stored (from this file or an earlier import) with a different %2; a provider&apos;s event id names one scan.</translation>
    </message>
</context>
<context>
    <name>hc::imports::TestResultImporter</name>
    <message>
        <source>The person&apos;s ID number (or give the pseudonym)</source>
        <translation>The person&apos;s ID number (or give the pseudonym)</translation>
    </message>
    <message>
        <source>The person&apos;s pseudonym (or give the ID number)</source>
        <translation>The person&apos;s pseudonym (or give the ID number)</translation>
    </message>
    <message>
        <source>pcr or antigen (核酸/抗原)</source>
        <translation>pcr or antigen (核酸/抗原)</translation>
    </message>
    <message>
        <source>positive or negative (阳性/阴性)</source>
        <translation>positive or negative (阳性/阴性)</translation>
    </message>
    <message>
        <source>When the sample was taken, with its time zone</source>
        <translation>When the sample was taken, with its time zone</translation>
    </message>
    <message>
        <source>When the result was reported (the sampling time when absent)</source>
        <translation>When the result was reported (the sampling time when absent)</translation>
    </message>
    <message>
        <source>The laboratory</source>
        <translation>The laboratory</translation>
    </message>
    <message>
        <source>test results need a column with the person&apos;s ID number or pseudonym.</source>
        <translation>test results need a column with the person&apos;s ID number or pseudonym.</translation>
    </message>
    <message>
        <source>The row names no person (ID number or pseudonym).</source>
        <translation>The row names no person (ID number or pseudonym).</translation>
    </message>
    <message>
        <source>%1 is not a valid ID number.</source>
        <translation>%1 is not a valid ID number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test kind (pcr or antigen).</source>
        <translation>&quot;%1&quot; is not a test kind (pcr or antigen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a result (positive or negative).</source>
        <translation>&quot;%1&quot; is not a result (positive or negative).</translation>
    </message>
    <message>
        <source>The result is reported before the sample was taken.</source>
        <translation>The result is reported before the sample was taken.</translation>
    </message>
    <message>
        <source>The result lies in the future.</source>
        <translation>The result lies in the future.</translation>
    </message>
    <message>
        <source>The lab&apos;s name is longer than 200 characters.</source>
        <translation>The lab&apos;s name is longer than 200 characters.</translation>
    </message>
    <message>
        <source>No person in the jurisdiction of %1 has the ID number %2.</source>
        <translation>No person in the jurisdiction of %1 has the ID number %2.</translation>
    </message>
    <message>
        <source>No person in the jurisdiction of %1 has the pseudonym %2.</source>
        <translation>No person in the jurisdiction of %1 has the pseudonym %2.</translation>
    </message>
</context>
<context>
    <name>hc::imports::VenueImporter</name>
    <message>
        <source>The venue&apos;s unique code</source>
        <translation>The venue&apos;s unique code</translation>
    </message>
    <message>
        <source>The venue&apos;s name</source>
        <translation>The venue&apos;s name</translation>
    </message>
    <message>
        <source>What kind of place it is (other when absent)</source>
        <translation>What kind of place it is (other when absent)</translation>
    </message>
    <message>
        <source>The district&apos;s code or name</source>
        <translation>The district&apos;s code or name</translation>
    </message>
    <message>
        <source>Latitude in degrees</source>
        <translation>Latitude in degrees</translation>
    </message>
    <message>
        <source>Longitude in degrees</source>
        <translation>Longitude in degrees</translation>
    </message>
    <message>
        <source>The venue code must have 1 to 64 characters.</source>
        <translation>The venue code must have 1 to 64 characters.</translation>
    </message>
    <message>
        <source>The venue name must have 1 to 200 characters.</source>
        <translation>The venue name must have 1 to 200 characters.</translation>
    </message>
    <message>
        <source>The kind is longer than 64 characters.</source>
        <translation>The kind is longer than 64 characters.</translation>
    </message>
    <message>
        <source>No jurisdiction has the code or name &quot;%1&quot;.</source>
        <translation>No jurisdiction has the code or name &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is outside the jurisdiction of user %2.</source>
        <translation>%1 is outside the jurisdiction of user %2.</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>The point %1, %2 lies outside the boundary of %3.</source>
        <translation>The point %1, %2 lies outside the boundary of %3.</translation>
    </message>
    <message>
        <source>Venue %1 is already stored with other details; imports never change a venue.</source>
        <translation>Venue %1 is already stored with other details; imports never change a venue.</translation>
    </message>
</context>
<context>
    <name>hc::models::AuditLogModel</name>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>hc::models::OverrideListModel</name>
    <message>
        <source>%1 (evidence: %2)</source>
        <translation>%1 (evidence: %2)</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (no. %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
</context>
<context>
    <name>hc::models::PersonSearchModel</name>
    <message>
        <source>%1 (override)</source>
        <translation>%1 (override)</translation>
    </message>
    <message>
        <source>No rule applies to this person.</source>
        <translation>No rule applies to this person.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
</context>
<context>
    <name>hc::models::RuleVersionListModel</name>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(installed)</translation>
    </message>
    <message>
        <source>Published without lead time because: %1</source>
        <translation>Published without lead time because: %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>From the start</translation>
    </message>
</context>
<context>
    <name>hc::models::UserListModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Locked after too many wrong passwords until %1</source>
        <translation>Locked after too many wrong passwords until %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdiction</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
</context>
<context>
    <name>hc::printing::CardCustody</name>
    <message>
        <source>There is no printed card with the serial %1.</source>
        <translation>There is no printed card with the serial %1.</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>card %1</translation>
    </message>
    <message>
        <source>The proxy&apos;s ID number &quot;%1&quot; is not valid (18 characters with a correct check character). Check the ID card again.</source>
        <translation>The proxy&apos;s ID number &quot;%1&quot; is not valid (18 characters with a correct check character). Check the ID card again.</translation>
    </message>
    <message>
        <source>Card %1 was revoked (%2); it must not be handed over.</source>
        <translation>Card %1 was revoked (%2); it must not be handed over.</translation>
    </message>
    <message>
        <source>Card %1 was already handed over on %2.</source>
        <translation>Card %1 was already handed over on %2.</translation>
    </message>
    <message>
        <source>Card %1 has expired; print a new one.</source>
        <translation>Card %1 has expired; print a new one.</translation>
    </message>
    <message>
        <source>The proxy %1 has already collected cards for %2 people; one proxy may collect for at most %3 (setting %4). The card was not handed over.</source>
        <translation>The proxy %1 has already collected cards for %2 people; one proxy may collect for at most %3 (setting %4). The card was not handed over.</translation>
    </message>
    <message>
        <source>Card %1 was changed by someone else in the meantime. Reload and try again.</source>
        <translation>Card %1 was changed by someone else in the meantime. Reload and try again.</translation>
    </message>
</context>
<context>
    <name>hc::printing::CardPdfWriter</name>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Writing %1 failed: %2</translation>
    </message>
    <message>
        <source>Health code cards</source>
        <translation>Health code cards</translation>
    </message>
    <message>
        <source>%1 is not open for writing.</source>
        <translation>%1 is not open for writing.</translation>
    </message>
</context>
<context>
    <name>hc::printing::CardPrinter</name>
    <message>
        <source>Nobody in your jurisdiction matches the selection; nothing was printed.</source>
        <translation>Nobody in your jurisdiction matches the selection; nothing was printed.</translation>
    </message>
    <message>
        <source>Print batch %1 failed after %2 card(s): %3 The cards recorded for the batch are the ones that may exist; revoke them if the output is lost.</source>
        <translation>Print batch %1 failed after %2 card(s): %3 The cards recorded for the batch are the ones that may exist; revoke them if the output is lost.</translation>
    </message>
    <message>
        <source>Card %1 is already revoked (%2); reprint the card that replaced it, if any.</source>
        <translation>Card %1 is already revoked (%2); reprint the card that replaced it, if any.</translation>
    </message>
    <message>
        <source>The %1 signing key %2 was retired on %3 and signs nothing any more; an official who manages keys must generate a new one (healthcode-ctl keys generate) before printing.</source>
        <translation>The %1 signing key %2 was retired on %3 and signs nothing any more; an official who manages keys must generate a new one (healthcode-ctl keys generate) before printing.</translation>
    </message>
    <message>
        <source>There is no %1 signing key yet; an official who manages keys must generate one (healthcode-ctl keys generate%2) before printing.</source>
        <translation>There is no %1 signing key yet; an official who manages keys must generate one (healthcode-ctl keys generate%2) before printing.</translation>
    </message>
    <message>
        <source>The signing key %1 has no jurisdiction, so its cards could name no issuer.</source>
        <translation>The signing key %1 has no jurisdiction, so its cards could name no issuer.</translation>
    </message>
    <message>
        <source>The card to replace was revoked by someone else meanwhile.</source>
        <translation>The card to replace was revoked by someone else meanwhile.</translation>
    </message>
    <message>
        <source>Interrupted: the program printing this batch stopped without ending it (no card signed since %1 UTC). The %2 card(s) recorded may exist in a partial output; those not handed over are revoked. Print them again.</source>
        <translation>Interrupted: the program printing this batch stopped without ending it (no card signed since %1 UTC). The %2 card(s) recorded may exist in a partial output; those not handed over are revoked. Print them again.</translation>
    </message>
</context>
<context>
    <name>hc::printing::CardSelection</name>
    <message>
        <source>line %1 (%2)</source>
        <translation>line %1 (%2)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>%1 ID number(s) of the list are not registered: %2. Nothing was selected.</source>
        <translation>%1 ID number(s) of the list are not registered: %2. Nothing was selected.</translation>
    </message>
    <message>
        <source>%1 person(s) on the list live outside your jurisdiction: %2. Nothing was selected.</source>
        <translation>%1 person(s) on the list live outside your jurisdiction: %2. Nothing was selected.</translation>
    </message>
    <message>
        <source>The minimum age must be from 0 to 150, not %1.</source>
        <translation>The minimum age must be from 0 to 150, not %1.</translation>
    </message>
    <message>
        <source>The limit must not be negative.</source>
        <translation>The limit must not be negative.</translation>
    </message>
</context>
<context>
    <name>hc::printing::CardSheetWriter</name>
    <message>
        <source>The printer or file refused to start the document.</source>
        <translation>The printer or file refused to start the document.</translation>
    </message>
    <message>
        <source>The printer or file did not accept the end of the document.</source>
        <translation>The printer or file did not accept the end of the document.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Writing %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>hc::printing::CardTemplate</name>
    <message>
        <source>ID-card size, 10 per A4 sheet</source>
        <translation>ID-card size, 10 per A4 sheet</translation>
    </message>
    <message>
        <source>A6, one per sheet</source>
        <translation>A6, one per sheet</translation>
    </message>
</context>
<context>
    <name>hc::printing::IdListFile</name>
    <message>
        <source>Cannot read the ID list %1: %2</source>
        <translation>Cannot read the ID list %1: %2</translation>
    </message>
    <message>
        <source>The ID list %1 is larger than %2 MB; split it.</source>
        <translation>The ID list %1 is larger than %2 MB; split it.</translation>
    </message>
    <message>
        <source>%1 line %2: &quot;%3&quot; is not a valid ID number (18 characters with a correct check character).</source>
        <translation>%1 line %2: &quot;%3&quot; is not a valid ID number (18 characters with a correct check character).</translation>
    </message>
    <message>
        <source>%1 line %2: the ID number %3 is already on line %4.</source>
        <translation>%1 line %2: the ID number %3 is already on line %4.</translation>
    </message>
    <message>
        <source>... and %1 more bad lines.</source>
        <translation>... and %1 more bad lines.</translation>
    </message>
    <message>
        <source>The ID list %1 has %2 bad line(s); nothing was selected. Correct them and try again:
%3</source>
        <translation>The ID list %1 has %2 bad line(s); nothing was selected. Correct them and try again:
%3</translation>
    </message>
    <message>
        <source>The ID list %1 contains no ID numbers.</source>
        <translation>The ID list %1 contains no ID numbers.</translation>
    </message>
</context>
<context>
    <name>hc::printing::PrintBatchModel</name>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (demo)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Printer or file</source>
        <translation>Printer or file</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>hc::reports::DailyReport</name>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>The report needs a valid day (YYYY-MM-DD).</source>
        <translation>The report needs a valid day (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>jurisdiction %1</source>
        <translation>jurisdiction %1</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>The report could not be written: %1</translation>
    </message>
    <message>
        <source>Daily situation report %1</source>
        <translation>Daily situation report %1</translation>
    </message>
    <message>
        <source>Daily situation report, %1</source>
        <translation>Daily situation report, %1</translation>
    </message>
    <message>
        <source>× marks a suppressed figure: fewer than %1 people, or one that would give such a group away.</source>
        <translation>× marks a suppressed figure: fewer than %1 people, or one that would give such a group away.</translation>
    </message>
    <message>
        <source>People by colour and the day&apos;s changes, by district</source>
        <translation>People by colour and the day&apos;s changes, by district</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Positive tests</source>
        <translation>Positive tests</translation>
    </message>
    <message>
        <source>Close contacts</source>
        <translation>Close contacts</translation>
    </message>
    <message>
        <source>Cards printed</source>
        <translation>Cards printed</translation>
    </message>
    <message>
        <source>Risk areas in force</source>
        <translation>Risk areas in force</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Rule versions in force</source>
        <translation>Rule versions in force</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Published by</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>from the start</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>(installed)</translation>
    </message>
    <message>
        <source>Overrides by reason category</source>
        <translation>Overrides by reason category</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Cards printed on the day: %1.</source>
        <translation>Cards printed on the day: %1.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>The PDF could not be started.</translation>
    </message>
    <message>
        <source>%1 (%2) · generated by %3 on %4</source>
        <translation>%1 (%2) · generated by %3 on %4</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>%1 could not be opened for writing: %2</translation>
    </message>
    <message>
        <source>%1: the report is written as .pdf or .csv; give the file one of those names.</source>
        <translation>%1: the report is written as .pdf or .csv; give the file one of those names.</translation>
    </message>
    <message>
        <source>Scans of the day in %1</source>
        <translation>Scans of the day in %1</translation>
    </message>
    <message>
        <source>Per 500 m cell; grey hatched cells have fewer than %1 people and show no figure.</source>
        <translation>Per 500 m cell; grey hatched cells have fewer than %1 people and show no figure.</translation>
    </message>
</context>
<context>
    <name>hc::rules::Checker</name>
    <message>
        <source>The rule set has %1 rules; at most %2 are allowed.</source>
        <translation>The rule set has %1 rules; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>Merge rules that give the same colour with &quot;or&quot;.</source>
        <translation>Merge rules that give the same colour with &quot;or&quot;.</translation>
    </message>
    <message>
        <source>The id %1 is already used by rule %2 &quot;%3&quot;%4.</source>
        <translation>The id %1 is already used by rule %2 &quot;%3&quot;%4.</translation>
    </message>
    <message>
        <source>Give every rule its own id, e.g. R%1.</source>
        <translation>Give every rule its own id, e.g. R%1.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (line %1)</translation>
    </message>
    <message>
        <source>Too many problems; checking stopped here.</source>
        <translation>Too many problems; checking stopped here.</translation>
    </message>
    <message>
        <source>Fix the problems above and check again.</source>
        <translation>Fix the problems above and check again.</translation>
    </message>
    <message>
        <source>The rule has no id.</source>
        <translation>The rule has no id.</translation>
    </message>
    <message>
        <source>Give it a short id such as R%1.</source>
        <translation>Give it a short id such as R%1.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is not a valid rule id.</source>
        <translation>The id &quot;%1&quot; is not a valid rule id.</translation>
    </message>
    <message>
        <source>Use a letter followed by letters, digits, &apos;-&apos; or &apos;_&apos;, at most %1 characters, e.g. R3.</source>
        <translation>Use a letter followed by letters, digits, &apos;-&apos; or &apos;_&apos;, at most %1 characters, e.g. R3.</translation>
    </message>
    <message>
        <source>The rule has no name.</source>
        <translation>The rule has no name.</translation>
    </message>
    <message>
        <source>Give it a name officials recognise, e.g. &quot;Confirmed case&quot;.</source>
        <translation>Give it a name officials recognise, e.g. &quot;Confirmed case&quot;.</translation>
    </message>
    <message>
        <source>The rule name is longer than %1 characters.</source>
        <translation>The rule name is longer than %1 characters.</translation>
    </message>
    <message>
        <source>Shorten the name; put details into the description.</source>
        <translation>Shorten the name; put details into the description.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>The description is longer than %1 characters.</translation>
    </message>
    <message>
        <source>Shorten the description.</source>
        <translation>Shorten the description.</translation>
    </message>
    <message>
        <source>A green rule can never change anyone&apos;s colour: green is what everyone has when no rule matches.</source>
        <translation>A green rule can never change anyone&apos;s colour: green is what everyone has when no rule matches.</translation>
    </message>
    <message>
        <source>Make it yellow or red, or remove it.</source>
        <translation>Make it yellow or red, or remove it.</translation>
    </message>
    <message>
        <source>The condition is nested more than %1 levels deep.</source>
        <translation>The condition is nested more than %1 levels deep.</translation>
    </message>
    <message>
        <source>Remove parentheses or &quot;not&quot;s, or split the condition into several rules.</source>
        <translation>Remove parentheses or &quot;not&quot;s, or split the condition into several rules.</translation>
    </message>
    <message>
        <source>A rule may combine at most %1 facts.</source>
        <translation>A rule may combine at most %1 facts.</translation>
    </message>
    <message>
        <source>Split the condition into several rules.</source>
        <translation>Split the condition into several rules.</translation>
    </message>
    <message>
        <source>&quot;not&quot; must apply to exactly one fact or group.</source>
        <translation>&quot;not&quot; must apply to exactly one fact or group.</translation>
    </message>
    <message>
        <source>An &quot;and&quot; or &quot;or&quot; group needs at least two facts.</source>
        <translation>An &quot;and&quot; or &quot;or&quot; group needs at least two facts.</translation>
    </message>
    <message>
        <source>Add a fact to the group or remove the group.</source>
        <translation>Add a fact to the group or remove the group.</translation>
    </message>
    <message>
        <source>For example: 2 negative tests 24 hours apart.</source>
        <translation>For example: 2 negative tests 24 hours apart.</translation>
    </message>
    <message>
        <source>%1 negative tests cannot turn a colour back.</source>
        <translation>%1 negative tests cannot turn a colour back.</translation>
    </message>
    <message>
        <source>Ask for 1 to %1 negative tests.</source>
        <translation>Ask for 1 to %1 negative tests.</translation>
    </message>
    <message>
        <source>Tests %1 %2 apart are impossible.</source>
        <translation>Tests %1 %2 apart are impossible.</translation>
    </message>
    <message>
        <source>Space the tests 1 to %1 hours apart.</source>
        <translation>Space the tests 1 to %1 hours apart.</translation>
    </message>
    <message>
        <source>A single test cannot be spaced &quot;apart&quot;.</source>
        <translation>A single test cannot be spaced &quot;apart&quot;.</translation>
    </message>
    <message>
        <source>Ask for 2 tests, or remove &quot;%1 %2 apart&quot;.</source>
        <translation>Ask for 2 tests, or remove &quot;%1 %2 apart&quot;.</translation>
    </message>
    <message>
        <source>For example: within 14 days.</source>
        <translation>For example: within 14 days.</translation>
    </message>
    <message>
        <source>A window of 0 %1 is impossible: nothing falls within it.</source>
        <translation>A window of 0 %1 is impossible: nothing falls within it.</translation>
    </message>
    <message>
        <source>A negative window (%1 %2) is impossible.</source>
        <translation>A negative window (%1 %2) is impossible.</translation>
    </message>
    <message>
        <source>Use a window of at least 1 hour and at most %1 days.</source>
        <translation>Use a window of at least 1 hour and at most %1 days.</translation>
    </message>
    <message>
        <source>A window of %1 %2 is longer than the %3 days facts are kept for rules.</source>
        <translation>A window of %1 %2 is longer than the %3 days facts are kept for rules.</translation>
    </message>
    <message>
        <source>Use a window of at most %1 days (%2 hours).</source>
        <translation>Use a window of at most %1 days (%2 hours).</translation>
    </message>
    <message>
        <source>&quot;At least %1&quot; events is impossible.</source>
        <translation>&quot;At least %1&quot; events is impossible.</translation>
    </message>
    <message>
        <source>Count from 1 to %1, e.g. at least 2 positive tests.</source>
        <translation>Count from 1 to %1, e.g. at least 2 positive tests.</translation>
    </message>
    <message>
        <source>Negative tests cannot be cleared by negative tests.</source>
        <translation>Negative tests cannot be cleared by negative tests.</translation>
    </message>
    <message>
        <source>Remove &quot;unless ... after it&quot; from this fact.</source>
        <translation>Remove &quot;unless ... after it&quot; from this fact.</translation>
    </message>
    <message>
        <source>&quot;unless ... after it&quot; has no clear meaning under &quot;not&quot;.</source>
        <translation>&quot;unless ... after it&quot; has no clear meaning under &quot;not&quot;.</translation>
    </message>
    <message>
        <source>Move the fact out of &quot;not&quot;, or remove &quot;unless ... after it&quot;.</source>
        <translation>Move the fact out of &quot;not&quot;, or remove &quot;unless ... after it&quot;.</translation>
    </message>
    <message>
        <source>An age of %1 years is impossible.</source>
        <translation>An age of %1 years is impossible.</translation>
    </message>
    <message>
        <source>Use an age from 0 to %1 years.</source>
        <translation>Use an age from 0 to %1 years.</translation>
    </message>
    <message>
        <source>The condition uses only personal details (age, smartphone), no dated health fact: it would colour people permanently without a health reason.</source>
        <translation>The condition uses only personal details (age, smartphone), no dated health fact: it would colour people permanently without a health reason.</translation>
    </message>
    <message>
        <source>Combine it with a test, close contact, risk-area stay, venue scan or symptom, e.g. &quot;and a stay in a medium-risk area within 7 days&quot;.</source>
        <translation>Combine it with a test, close contact, risk-area stay, venue scan or symptom, e.g. &quot;and a stay in a medium-risk area within 7 days&quot;.</translation>
    </message>
    <message>
        <source>Negative tests cannot turn this rule back: its condition has no dated fact they could clear (negative tests and facts under &quot;not&quot; are never cleared).</source>
        <translation>Negative tests cannot turn this rule back: its condition has no dated fact they could clear (negative tests and facts under &quot;not&quot; are never cleared).</translation>
    </message>
    <message>
        <source>Write &quot;Turns back when the window expires.&quot;</source>
        <translation>Write &quot;Turns back when the window expires.&quot;</translation>
    </message>
    <message>
        <source>The condition can never be true, so the rule never matches anyone.</source>
        <translation>The condition can never be true, so the rule never matches anyone.</translation>
    </message>
    <message>
        <source>Check for facts that exclude each other, e.g. &quot;age over 60 and age under 30&quot;.</source>
        <translation>Check for facts that exclude each other, e.g. &quot;age over 60 and age under 30&quot;.</translation>
    </message>
    <message>
        <source>The condition is true for everyone, so the rule colours everyone.</source>
        <translation>The condition is true for everyone, so the rule colours everyone.</translation>
    </message>
    <message>
        <source>Check for facts joined with &quot;or&quot; that cover every case, e.g. &quot;X or not X&quot;.</source>
        <translation>Check for facts joined with &quot;or&quot; that cover every case, e.g. &quot;X or not X&quot;.</translation>
    </message>
    <message>
        <source>The rule repeats rule %1 &quot;%2&quot;%3: same condition, same colour.</source>
        <translation>The rule repeats rule %1 &quot;%2&quot;%3: same condition, same colour.</translation>
    </message>
    <message>
        <source>Remove one of the two rules.</source>
        <translation>Remove one of the two rules.</translation>
    </message>
    <message>
        <source>The rule can never decide a colour: whenever it matches, the earlier rule %1 &quot;%2&quot;%3 matches too with the same colour.</source>
        <translation>The rule can never decide a colour: whenever it matches, the earlier rule %1 &quot;%2&quot;%3 matches too with the same colour.</translation>
    </message>
    <message>
        <source>Remove it, or change its condition so that it also covers people rule %1 does not.</source>
        <translation>Remove it, or change its condition so that it also covers people rule %1 does not.</translation>
    </message>
    <message>
        <source>The rule can never make anyone %1: whenever it matches, rule %2 &quot;%3&quot;%4 matches too and gives %5.</source>
        <translation>The rule can never make anyone %1: whenever it matches, rule %2 &quot;%3&quot;%4 matches too and gives %5.</translation>
    </message>
</context>
<context>
    <name>hc::rules::Colour</name>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>green</source>
        <comment>in a sentence</comment>
        <translation>green</translation>
    </message>
    <message>
        <source>yellow</source>
        <comment>in a sentence</comment>
        <translation>yellow</translation>
    </message>
    <message>
        <source>red</source>
        <comment>in a sentence</comment>
        <translation>red</translation>
    </message>
</context>
<context>
    <name>hc::rules::CompiledRules</name>
    <message>
        <source>The rule set cannot be used: %1</source>
        <translation>The rule set cannot be used: %1</translation>
    </message>
</context>
<context>
    <name>hc::rules::Diagnostic</name>
    <message>
        <source>Line %1, column %2: </source>
        <translation>Line %1, column %2: </translation>
    </message>
    <message>
        <source>rule %1 &quot;%2&quot;: </source>
        <translation>rule %1 &quot;%2&quot;: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
</context>
<context>
    <name>hc::rules::Evaluator</name>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation>The evaluation was cancelled.</translation>
    </message>
</context>
<context>
    <name>hc::rules::ExplanationText</name>
    <message>
        <source>not %1</source>
        <translation>not %1</translation>
    </message>
    <message>
        <source>positive test on %1</source>
        <translation>positive test on %1</translation>
    </message>
    <message>
        <source>positive %1 test on %2</source>
        <translation>positive %1 test on %2</translation>
    </message>
    <message>
        <source>negative test on %1</source>
        <translation>negative test on %1</translation>
    </message>
    <message>
        <source>negative %1 test on %2</source>
        <translation>negative %1 test on %2</translation>
    </message>
    <message>
        <source>designated a close contact on %1</source>
        <translation>designated a close contact on %1</translation>
    </message>
    <message>
        <source>declared a symptom on %1</source>
        <translation>declared a symptom on %1</translation>
    </message>
    <message>
        <source>declared &quot;%1&quot; on %2</source>
        <translation>declared &quot;%1&quot; on %2</translation>
    </message>
    <message>
        <source>scanned at %1 on %2 while it was a %3 venue</source>
        <translation>scanned at %1 on %2 while it was a %3 venue</translation>
    </message>
    <message>
        <source>lives in %1, a %2 area since %3</source>
        <translation>lives in %1, a %2 area since %3</translation>
    </message>
    <message>
        <source>lives in %1, a %2 area from %3 to %4</source>
        <translation>lives in %1, a %2 area from %3 to %4</translation>
    </message>
    <message>
        <source>scanned at %1 on %2 while its district was a %3 area</source>
        <translation>scanned at %1 on %2 while its district was a %3 area</translation>
    </message>
    <message>
        <source>aged %1</source>
        <translation>aged %1</translation>
    </message>
    <message>
        <source>has no smartphone</source>
        <translation>has no smartphone</translation>
    </message>
    <message>
        <source> (and %1 earlier)</source>
        <translation> (and %1 earlier)</translation>
    </message>
    <message>
        <source>%1: no rule of version %2 applies.</source>
        <translation>%1: no rule of version %2 applies.</translation>
    </message>
    <message>
        <source>%1 (rule %2 &quot;%3&quot;, version %4)</source>
        <translation>%1 (rule %2 &quot;%3&quot;, version %4)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between facts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 because: %2</source>
        <translation>%1 because: %2</translation>
    </message>
    <message>
        <source>%1 since %2 because: %3</source>
        <translation>%1 since %2 because: %3</translation>
    </message>
    <message>
        <source>stays %1 while %2 remains a %3 area</source>
        <translation>stays %1 while %2 remains a %3 area</translation>
    </message>
    <message>
        <source>turns %1 after %2, or on %3 when the window expires</source>
        <translation>turns %1 after %2, or on %3 when the window expires</translation>
    </message>
    <message>
        <source>turns %1 after %2</source>
        <translation>turns %1 after %2</translation>
    </message>
    <message>
        <source>turns %1 on %2 when the window expires, or earlier after %3</source>
        <translation>turns %1 on %2 when the window expires, or earlier after %3</translation>
    </message>
    <message>
        <source>turns %1 on %2 when the window expires</source>
        <translation>turns %1 on %2 when the window expires</translation>
    </message>
    <message>
        <source>stays %1 while these facts last</source>
        <translation>stays %1 while these facts last</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
</context>
<context>
    <name>hc::rules::ExplanationWords</name>
    <message>
        <source>d MMM HH:mm</source>
        <comment>date and time format</comment>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>PCR</source>
        <translation>PCR</translation>
    </message>
    <message>
        <source>antigen</source>
        <translation>antigen</translation>
    </message>
    <message>
        <source>high-risk</source>
        <translation>high-risk</translation>
    </message>
    <message>
        <source>medium-risk</source>
        <translation>medium-risk</translation>
    </message>
    <message>
        <source>low-risk</source>
        <translation>low-risk</translation>
    </message>
    <message>
        <source>one</source>
        <translation>one</translation>
    </message>
    <message>
        <source>two</source>
        <translation>two</translation>
    </message>
    <message>
        <source>three</source>
        <translation>three</translation>
    </message>
    <message>
        <source>four</source>
        <translation>four</translation>
    </message>
    <message>
        <source>five</source>
        <translation>five</translation>
    </message>
    <message>
        <source>venue %1</source>
        <translation>venue %1</translation>
    </message>
    <message>
        <source>district %1</source>
        <translation>district %1</translation>
    </message>
    <message>
        <source>one negative test</source>
        <translation>one negative test</translation>
    </message>
    <message>
        <source>one negative %1 test</source>
        <translation>one negative %1 test</translation>
    </message>
    <message>
        <source> %1 h apart</source>
        <translation> %1 h apart</translation>
    </message>
    <message>
        <source> %1 days apart</source>
        <translation> %1 days apart</translation>
    </message>
    <message>
        <source>%1 negative tests%2</source>
        <translation>%1 negative tests%2</translation>
    </message>
    <message>
        <source>%1 negative %2 tests%3</source>
        <translation>%1 negative %2 tests%3</translation>
    </message>
</context>
<context>
    <name>hc::rules::FactCatalog</name>
    <message>
        <source>At least (number of events)</source>
        <translation>At least (number of events)</translation>
    </message>
    <message>
        <source>Test kind</source>
        <translation>Test kind</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Within (days or hours)</source>
        <translation>Within (days or hours)</translation>
    </message>
    <message>
        <source>Positive test</source>
        <translation>Positive test</translation>
    </message>
    <message>
        <source>A positive PCR or antigen test sampled within the window.</source>
        <translation>A positive PCR or antigen test sampled within the window.</translation>
    </message>
    <message>
        <source>Negative test</source>
        <translation>Negative test</translation>
    </message>
    <message>
        <source>A negative PCR or antigen test sampled within the window.</source>
        <translation>A negative PCR or antigen test sampled within the window.</translation>
    </message>
    <message>
        <source>Close contact designation</source>
        <translation>Close contact designation</translation>
    </message>
    <message>
        <source>The person was designated a close contact within the window.</source>
        <translation>The person was designated a close contact within the window.</translation>
    </message>
    <message>
        <source>Scan at a risk venue</source>
        <translation>Scan at a risk venue</translation>
    </message>
    <message>
        <source>The person&apos;s code was scanned at a venue while that venue was designated at the risk level, within the window.</source>
        <translation>The person&apos;s code was scanned at a venue while that venue was designated at the risk level, within the window.</translation>
    </message>
    <message>
        <source>Stay in a risk area</source>
        <translation>Stay in a risk area</translation>
    </message>
    <message>
        <source>The person&apos;s home district was designated at the risk level, or their code was scanned at a venue in a district designated at that level, within the window.</source>
        <translation>The person&apos;s home district was designated at the risk level, or their code was scanned at a venue in a district designated at that level, within the window.</translation>
    </message>
    <message>
        <source>Declared symptom</source>
        <translation>Declared symptom</translation>
    </message>
    <message>
        <source>The person declared a symptom within the window.</source>
        <translation>The person declared a symptom within the window.</translation>
    </message>
    <message>
        <source>Age over</source>
        <translation>Age over</translation>
    </message>
    <message>
        <source>The person has had this birthday (age over 60: 60 years old or older).</source>
        <translation>The person has had this birthday (age over 60: 60 years old or older).</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Age under</source>
        <translation>Age under</translation>
    </message>
    <message>
        <source>The person has not yet had this birthday (age under 18: 17 years old or younger).</source>
        <translation>The person has not yet had this birthday (age under 18: 17 years old or younger).</translation>
    </message>
    <message>
        <source>No smartphone</source>
        <translation>No smartphone</translation>
    </message>
    <message>
        <source>The person is registered as having no smartphone.</source>
        <translation>The person is registered as having no smartphone.</translation>
    </message>
    <message>
        <source>Unless negative tests after it</source>
        <translation>Unless negative tests after it</translation>
    </message>
    <message>
        <source>Any test</source>
        <translation>Any test</translation>
    </message>
    <message>
        <source>PCR test</source>
        <translation>PCR test</translation>
    </message>
    <message>
        <source>Antigen test</source>
        <translation>Antigen test</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Medium risk</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Low risk</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
</context>
<context>
    <name>hc::rules::FactsLoader</name>
    <message>
        <source>Loading the facts was cancelled.</source>
        <translation>Loading the facts was cancelled.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>tests</source>
        <translation>tests</translation>
    </message>
    <message>
        <source>close contacts</source>
        <translation>close contacts</translation>
    </message>
    <message>
        <source>symptoms</source>
        <translation>symptoms</translation>
    </message>
    <message>
        <source>risk areas</source>
        <translation>risk areas</translation>
    </message>
    <message>
        <source>scans at risk venues</source>
        <translation>scans at risk venues</translation>
    </message>
    <message>
        <source>scans in risk areas</source>
        <translation>scans in risk areas</translation>
    </message>
    <message>
        <source>Load at most 10000 people one by one; load their districts instead.</source>
        <translation>Load at most 10000 people one by one; load their districts instead.</translation>
    </message>
</context>
<context>
    <name>hc::rules::Impact</name>
    <message>
        <source>0-17</source>
        <translation>0-17</translation>
    </message>
    <message>
        <source>18-39</source>
        <translation>18-39</translation>
    </message>
    <message>
        <source>40-59</source>
        <translation>40-59</translation>
    </message>
    <message>
        <source>60-79</source>
        <translation>60-79</translation>
    </message>
    <message>
        <source>80+</source>
        <translation>80+</translation>
    </message>
    <message>
        <source>unknown age</source>
        <translation>unknown age</translation>
    </message>
</context>
<context>
    <name>hc::rules::Parser</name>
    <message>
        <source>Known facts: a positive test, a negative test (optionally PCR or antigen), a close contact designation, a scan at a high-risk venue while designated, a stay in a high-risk area, a declared symptom (each with &quot;within N days&quot;), age over N, age under N, no smartphone.</source>
        <translation>Known facts: a positive test, a negative test (optionally PCR or antigen), a close contact designation, a scan at a high-risk venue while designated, a stay in a high-risk area, a declared symptom (each with &quot;within N days&quot;), age over N, age under N, no smartphone.</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>the end of the text</translation>
    </message>
    <message>
        <source>the quoted text &quot;%1&quot;</source>
        <translation>the quoted text &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Expected a rule starting with &quot;Rule&quot; but found %1.</source>
        <translation>Expected a rule starting with &quot;Rule&quot; but found %1.</translation>
    </message>
    <message>
        <source>Each rule starts on its own line: Rule R1 &quot;Name&quot;: red when ... .</source>
        <translation>Each rule starts on its own line: Rule R1 &quot;Name&quot;: red when ... .</translation>
    </message>
    <message>
        <source>A rule set may have at most %1 rules.</source>
        <translation>A rule set may have at most %1 rules.</translation>
    </message>
    <message>
        <source>Merge rules that give the same colour with &quot;or&quot;, or split the jurisdiction&apos;s rules.</source>
        <translation>Merge rules that give the same colour with &quot;or&quot;, or split the jurisdiction&apos;s rules.</translation>
    </message>
    <message>
        <source>Unexpected %1 after the condition.</source>
        <translation>Unexpected %1 after the condition.</translation>
    </message>
    <message>
        <source>Join further facts with &quot;and&quot; or &quot;or&quot;.</source>
        <translation>Join further facts with &quot;and&quot; or &quot;or&quot;.</translation>
    </message>
    <message>
        <source>Too many problems; reading stopped here.</source>
        <translation>Too many problems; reading stopped here.</translation>
    </message>
    <message>
        <source>Fix the problems above and check again.</source>
        <translation>Fix the problems above and check again.</translation>
    </message>
    <message>
        <source>The number %1 is too large.</source>
        <translation>The number %1 is too large.</translation>
    </message>
    <message>
        <source>the colour %1</source>
        <translation>the colour %1</translation>
    </message>
    <message>
        <source>Expected %1 but found %2.</source>
        <translation>Expected %1 but found %2.</translation>
    </message>
    <message>
        <source>Expected &quot;days&quot; or &quot;hours&quot; but found %1.</source>
        <translation>Expected &quot;days&quot; or &quot;hours&quot; but found %1.</translation>
    </message>
    <message>
        <source>Expected a risk level but found %1.</source>
        <translation>Expected a risk level but found %1.</translation>
    </message>
    <message>
        <source>Write high-risk, medium-risk or low-risk.</source>
        <translation>Write high-risk, medium-risk or low-risk.</translation>
    </message>
    <message>
        <source>For example: 2 negative tests 24 hours apart.</source>
        <translation>For example: 2 negative tests 24 hours apart.</translation>
    </message>
    <message>
        <source>a number of negative tests</source>
        <translation>a number of negative tests</translation>
    </message>
    <message>
        <source>0 negative tests cannot turn anything back.</source>
        <translation>0 negative tests cannot turn anything back.</translation>
    </message>
    <message>
        <source>Write at least 1, e.g. 2 negative tests 24 hours apart.</source>
        <translation>Write at least 1, e.g. 2 negative tests 24 hours apart.</translation>
    </message>
    <message>
        <source>Expected &quot;negative&quot; but found %1: only negative tests turn a colour back.</source>
        <translation>Expected &quot;negative&quot; but found %1: only negative tests turn a colour back.</translation>
    </message>
    <message>
        <source>Expected &quot;tests&quot; but found %1.</source>
        <translation>Expected &quot;tests&quot; but found %1.</translation>
    </message>
    <message>
        <source>a number of hours</source>
        <translation>a number of hours</translation>
    </message>
    <message>
        <source>Expected &quot;apart&quot; but found %1.</source>
        <translation>Expected &quot;apart&quot; but found %1.</translation>
    </message>
    <message>
        <source>Expected a fact but found %1.</source>
        <translation>Expected a fact but found %1.</translation>
    </message>
    <message>
        <source>Unknown fact &quot;%1&quot;.</source>
        <translation>Unknown fact &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A rule may combine at most %1 facts.</source>
        <translation>A rule may combine at most %1 facts.</translation>
    </message>
    <message>
        <source>Split the condition into several rules.</source>
        <translation>Split the condition into several rules.</translation>
    </message>
    <message>
        <source>Expected &quot;over&quot; or &quot;under&quot; after &quot;age&quot; but found %1.</source>
        <translation>Expected &quot;over&quot; or &quot;under&quot; after &quot;age&quot; but found %1.</translation>
    </message>
    <message>
        <source>For example: age over 60.</source>
        <translation>For example: age over 60.</translation>
    </message>
    <message>
        <source>a number of years</source>
        <translation>a number of years</translation>
    </message>
    <message>
        <source>a number of events</source>
        <translation>a number of events</translation>
    </message>
    <message>
        <source>For example: at least 2 positive tests.</source>
        <translation>For example: at least 2 positive tests.</translation>
    </message>
    <message>
        <source>For example: within 14 days, or within 48 hours.</source>
        <translation>For example: within 14 days, or within 48 hours.</translation>
    </message>
    <message>
        <source>The fact needs a time window, but %1 follows it.</source>
        <translation>The fact needs a time window, but %1 follows it.</translation>
    </message>
    <message>
        <source>a number of days or hours</source>
        <translation>a number of days or hours</translation>
    </message>
    <message>
        <source>For example: unless 2 negative tests 24 hours apart after it.</source>
        <translation>For example: unless 2 negative tests 24 hours apart after it.</translation>
    </message>
    <message>
        <source>Expected &quot;after it&quot; but found %1.</source>
        <translation>Expected &quot;after it&quot; but found %1.</translation>
    </message>
    <message>
        <source>The condition is nested more than %1 levels deep.</source>
        <translation>The condition is nested more than %1 levels deep.</translation>
    </message>
    <message>
        <source>Remove parentheses or &quot;not&quot;s, or split the condition into several rules.</source>
        <translation>Remove parentheses or &quot;not&quot;s, or split the condition into several rules.</translation>
    </message>
    <message>
        <source>Expected &quot;)&quot; to close the parenthesis opened at line %1, column %2, but found %3.</source>
        <translation>Expected &quot;)&quot; to close the parenthesis opened at line %1, column %2, but found %3.</translation>
    </message>
    <message>
        <source>Add the closing parenthesis after the last fact of the group.</source>
        <translation>Add the closing parenthesis after the last fact of the group.</translation>
    </message>
    <message>
        <source>&quot;and&quot; and &quot;or&quot; are mixed without parentheses, so it is unclear which comes first.</source>
        <translation>&quot;and&quot; and &quot;or&quot; are mixed without parentheses, so it is unclear which comes first.</translation>
    </message>
    <message>
        <source>Add parentheses, e.g. (A and B) or C, or A and (B or C).</source>
        <translation>Add parentheses, e.g. (A and B) or C, or A and (B or C).</translation>
    </message>
    <message>
        <source>A rule starts like this: Rule R3 &quot;Confirmed case&quot;: red when ...</source>
        <translation>A rule starts like this: Rule R3 &quot;Confirmed case&quot;: red when ...</translation>
    </message>
    <message>
        <source>Expected a rule id such as R3 after &quot;Rule&quot; but found %1.</source>
        <translation>Expected a rule id such as R3 after &quot;Rule&quot; but found %1.</translation>
    </message>
    <message>
        <source>Expected the rule name in double quotes but found %1.</source>
        <translation>Expected the rule name in double quotes but found %1.</translation>
    </message>
    <message>
        <source>Expected the second name in double quotes after &quot;/&quot; but found %1.</source>
        <translation>Expected the second name in double quotes after &quot;/&quot; but found %1.</translation>
    </message>
    <message>
        <source>For example: Rule R3 &quot;Confirmed case&quot; / &quot;确诊病例&quot;: ...</source>
        <translation>For example: Rule R3 &quot;Confirmed case&quot; / &quot;确诊病例&quot;: ...</translation>
    </message>
    <message>
        <source>Expected &quot;:&quot; after the rule name but found %1.</source>
        <translation>Expected &quot;:&quot; after the rule name but found %1.</translation>
    </message>
    <message>
        <source>Expected a colour but found %1.</source>
        <translation>Expected a colour but found %1.</translation>
    </message>
    <message>
        <source>Write red or yellow (green is what everyone has when no rule matches).</source>
        <translation>Write red or yellow (green is what everyone has when no rule matches).</translation>
    </message>
    <message>
        <source>Expected &quot;when&quot; after the colour but found %1.</source>
        <translation>Expected &quot;when&quot; after the colour but found %1.</translation>
    </message>
    <message>
        <source>For example: red when a positive test within 14 days.</source>
        <translation>For example: red when a positive test within 14 days.</translation>
    </message>
    <message>
        <source>&quot;..., unless&quot; would apply only to the last fact of this condition.</source>
        <translation>&quot;..., unless&quot; would apply only to the last fact of this condition.</translation>
    </message>
    <message>
        <source>Write &quot;unless ... after it&quot; right after the fact it clears, or turn the whole rule back with a sentence &quot;Turns back after 2 negative tests 24 hours apart.&quot;</source>
        <translation>Write &quot;unless ... after it&quot; right after the fact it clears, or turn the whole rule back with a sentence &quot;Turns back after 2 negative tests 24 hours apart.&quot;</translation>
    </message>
    <message>
        <source>End the rule sentence with &quot;.&quot;, or join another fact with &quot;and&quot; or &quot;or&quot;.</source>
        <translation>End the rule sentence with &quot;.&quot;, or join another fact with &quot;and&quot; or &quot;or&quot;.</translation>
    </message>
    <message>
        <source>Write &quot;Turns back when the window expires.&quot; or &quot;Turns back after 2 negative tests 24 hours apart.&quot;</source>
        <translation>Write &quot;Turns back when the window expires.&quot; or &quot;Turns back after 2 negative tests 24 hours apart.&quot;</translation>
    </message>
    <message>
        <source>Expected &quot;back&quot; after &quot;Turns&quot; but found %1.</source>
        <translation>Expected &quot;back&quot; after &quot;Turns&quot; but found %1.</translation>
    </message>
    <message>
        <source>Expected &quot;the window expires&quot; but found %1.</source>
        <translation>Expected &quot;the window expires&quot; but found %1.</translation>
    </message>
    <message>
        <source>Expected &quot;window expires&quot; but found %1.</source>
        <translation>Expected &quot;window expires&quot; but found %1.</translation>
    </message>
    <message>
        <source>Expected &quot;expires&quot; but found %1.</source>
        <translation>Expected &quot;expires&quot; but found %1.</translation>
    </message>
    <message>
        <source>Expected &quot;when&quot; or &quot;after&quot; after &quot;Turns back&quot; but found %1.</source>
        <translation>Expected &quot;when&quot; or &quot;after&quot; after &quot;Turns back&quot; but found %1.</translation>
    </message>
    <message>
        <source>Expected &quot;.&quot; at the end of the sentence but found %1.</source>
        <translation>Expected &quot;.&quot; at the end of the sentence but found %1.</translation>
    </message>
    <message>
        <source>For example: Description: &quot;Any positive PCR or antigen test.&quot;.</source>
        <translation>For example: Description: &quot;Any positive PCR or antigen test.&quot;.</translation>
    </message>
    <message>
        <source>Expected &quot;:&quot; after &quot;Description&quot; but found %1.</source>
        <translation>Expected &quot;:&quot; after &quot;Description&quot; but found %1.</translation>
    </message>
    <message>
        <source>Expected the description in double quotes but found %1.</source>
        <translation>Expected the description in double quotes but found %1.</translation>
    </message>
    <message>
        <source>Expected &quot;.&quot; after the description but found %1.</source>
        <translation>Expected &quot;.&quot; after the description but found %1.</translation>
    </message>
    <message>
        <source>Unexpected %1 after the end of the rule.</source>
        <translation>Unexpected %1 after the end of the rule.</translation>
    </message>
    <message>
        <source>After the rule sentence only &quot;Turns back ...&quot; and &quot;Description: ...&quot; may follow; start the next rule with &quot;Rule&quot; on a new line.</source>
        <translation>After the rule sentence only &quot;Turns back ...&quot; and &quot;Description: ...&quot; may follow; start the next rule with &quot;Rule&quot; on a new line.</translation>
    </message>
    <message>
        <source>The rule text has %1 characters; at most %2 are allowed.</source>
        <translation>The rule text has %1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>Check that the right file was chosen.</source>
        <translation>Check that the right file was chosen.</translation>
    </message>
    <message>
        <source>The condition is too long.</source>
        <translation>The condition is too long.</translation>
    </message>
</context>
<context>
    <name>hc::rules::RuleLexer</name>
    <message>
        <source>The escape &quot;%1&quot; is not a valid \u{...} character code.</source>
        <translation>The escape &quot;%1&quot; is not a valid \u{...} character code.</translation>
    </message>
    <message>
        <source>Write \u{} with 1 to 6 hexadecimal digits, e.g. \u{7} or \u{1F600}.</source>
        <translation>Write \u{} with 1 to 6 hexadecimal digits, e.g. \u{7} or \u{1F600}.</translation>
    </message>
    <message>
        <source>Unknown escape &quot;%1&quot; in quoted text.</source>
        <translation>Unknown escape &quot;%1&quot; in quoted text.</translation>
    </message>
    <message>
        <source>Inside quotes write \&quot; for a quote mark and \\ for a backslash.</source>
        <translation>Inside quotes write \&quot; for a quote mark and \\ for a backslash.</translation>
    </message>
    <message>
        <source>The quoted text is not closed before the end of the line.</source>
        <translation>The quoted text is not closed before the end of the line.</translation>
    </message>
    <message>
        <source>Add the closing quote mark %1; a name or description stays on one line (write \n for a line break).</source>
        <translation>Add the closing quote mark %1; a name or description stays on one line (write \n for a line break).</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; in rule text.</source>
        <translation>Unexpected &quot;%1&quot; in rule text.</translation>
    </message>
    <message>
        <source>Rules use English words, whole numbers and the marks : . , ( ) /; remove it.</source>
        <translation>Rules use English words, whole numbers and the marks : . , ( ) /; remove it.</translation>
    </message>
    <message>
        <source>Names and descriptions in any script go between double quotes; the rest of a rule is written with the English words of the rule language.</source>
        <translation>Names and descriptions in any script go between double quotes; the rest of a rule is written with the English words of the rule language.</translation>
    </message>
</context>
<context>
    <name>hc::services::AuditService</name>
    <message>
        <source>The checkpoint was signed with key %1, which is not an audit key of this database.</source>
        <translation>The checkpoint was signed with key %1, which is not an audit key of this database.</translation>
    </message>
    <message>
        <source>The audit chain does not verify, so it is not signed: %1</source>
        <translation>The audit chain does not verify, so it is not signed: %1</translation>
    </message>
</context>
<context>
    <name>hc::services::Jurisdictions</name>
    <message>
        <source>No jurisdiction has the code or name &quot;%1&quot;. `healthcode-ctl jurisdictions` lists them.</source>
        <translation>No jurisdiction has the code or name &quot;%1&quot;. `healthcode-ctl jurisdictions` lists them.</translation>
    </message>
    <message>
        <source>No jurisdiction with id %1.</source>
        <translation>No jurisdiction with id %1.</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
</context>
<context>
    <name>hc::services::OverrideService</name>
    <message>
        <source>Test result correction</source>
        <translation>Test result correction</translation>
    </message>
    <message>
        <source>Wrong contact designation</source>
        <translation>Wrong contact designation</translation>
    </message>
    <message>
        <source>Identity mix-up</source>
        <translation>Identity mix-up</translation>
    </message>
    <message>
        <source>Medical exemption</source>
        <translation>Medical exemption</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>%1 by override %2 (%3: %4), requested by %5 and approved by %6, until %7.</source>
        <translation>%1 by override %2 (%3: %4), requested by %5 and approved by %6, until %7.</translation>
    </message>
    <message>
        <source>Override %1 was changed by someone else in the meantime. Reload it and try again.</source>
        <translation>Override %1 was changed by someone else in the meantime. Reload it and try again.</translation>
    </message>
    <message>
        <source>Override %1 is %2; that step is not possible now.</source>
        <translation>Override %1 is %2; that step is not possible now.</translation>
    </message>
    <message>
        <source>%1 requested override %2 and cannot decide on it too; a second official with the approver role must.</source>
        <translation>%1 requested override %2 and cannot decide on it too; a second official with the approver role must.</translation>
    </message>
    <message>
        <source>The request for override %1 expired on %2 without a decision; request it again.</source>
        <translation>The request for override %1 expired on %2 without a decision; request it again.</translation>
    </message>
    <message>
        <source>Give the reason for rejecting override %1.</source>
        <translation>Give the reason for rejecting override %1.</translation>
    </message>
    <message>
        <source>Override %1 would already have ended on %2; request it again.</source>
        <translation>Override %1 would already have ended on %2; request it again.</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Request expired</source>
        <translation>Request expired</translation>
    </message>
    <message>
        <source>There is no person with the number %1.</source>
        <translation>There is no person with the number %1.</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>person %1</translation>
    </message>
    <message>
        <source>Describe the reason for the override; the category alone is not enough.</source>
        <translation>Describe the reason for the override; the category alone is not enough.</translation>
    </message>
    <message>
        <source>An override needs an expiry in the future.</source>
        <translation>An override needs an expiry in the future.</translation>
    </message>
    <message numerus="yes">
        <source>An override lasts at most %n day(s) (%1); choose an earlier expiry.</source>
        <translation>
            <numerusform>An override lasts at most %n day (%1); choose an earlier expiry.</numerusform>
            <numerusform>An override lasts at most %n days (%1); choose an earlier expiry.</numerusform>
        </translation>
    </message>
    <message>
        <source>Person %1 already has override %2 requested or in force; revoke or decide on that one first.</source>
        <translation>Person %1 already has override %2 requested or in force; revoke or decide on that one first.</translation>
    </message>
    <message>
        <source>Give the reason for revoking override %1.</source>
        <translation>Give the reason for revoking override %1.</translation>
    </message>
    <message>
        <source>There is no override %1.</source>
        <translation>There is no override %1.</translation>
    </message>
    <message>
        <source>override %1</source>
        <translation>override %1</translation>
    </message>
    <message>
        <source>%1 requests, more than three times the usual %2</source>
        <translation>%1 requests, more than three times the usual %2</translation>
    </message>
    <message>
        <source>mostly with the reason &quot;other&quot;</source>
        <translation>mostly with the reason &quot;other&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n stricter override(s) without any health fact</source>
        <translation>
            <numerusform>%n stricter override without any health fact</numerusform>
            <numerusform>%n stricter overrides without any health fact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::services::PeopleService</name>
    <message>
        <source>Say why you need the ID number and phone: the reason is recorded.</source>
        <translation>Say why you need the ID number and phone: the reason is recorded.</translation>
    </message>
    <message>
        <source>There is no person %1 in the jurisdiction of %2.</source>
        <translation>There is no person %1 in the jurisdiction of %2.</translation>
    </message>
</context>
<context>
    <name>hc::services::PersonRecordService</name>
    <message>
        <source>There is no person %1 in the jurisdiction of %2.</source>
        <translation>There is no person %1 in the jurisdiction of %2.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>venue in district</comment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1: no rule applies.</source>
        <translation>%1: no rule applies.</translation>
    </message>
    <message>
        <source>%1 since %2, set by override %3.</source>
        <translation>%1 since %2, set by override %3.</translation>
    </message>
    <message>
        <source>%1 since %2 (rule %3 of version %4).</source>
        <translation>%1 since %2 (rule %3 of version %4).</translation>
    </message>
    <message>
        <source>Test result correction</source>
        <translation>Test result correction</translation>
    </message>
    <message>
        <source>Wrong contact designation</source>
        <translation>Wrong contact designation</translation>
    </message>
    <message>
        <source>Identity mix-up</source>
        <translation>Identity mix-up</translation>
    </message>
    <message>
        <source>Medical exemption</source>
        <translation>Medical exemption</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>In effect</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Request expired</source>
        <translation>Request expired</translation>
    </message>
    <message>
        <source>PCR</source>
        <translation>PCR</translation>
    </message>
    <message>
        <source>Antigen</source>
        <translation>Antigen</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negative</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>High risk</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Medium risk</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Low risk</translation>
    </message>
    <message>
        <source>%1 since %2 by override %3 (%4: %5), requested by %6 and approved by %7; ends %8, then the rules decide again.</source>
        <translation>%1 since %2 by override %3 (%4: %5), requested by %6 and approved by %7; ends %8, then the rules decide again.</translation>
    </message>
</context>
<context>
    <name>hc::services::PersonSearch</name>
    <message>
        <source>Any (recognised from what you type)</source>
        <translation>Any (recognised from what you type)</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Last digits of the ID number</source>
        <translation>Last digits of the ID number</translation>
    </message>
    <message>
        <source>Name (beginning)</source>
        <translation>Name (beginning)</translation>
    </message>
    <message>
        <source>Pinyin initials</source>
        <translation>Pinyin initials</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Type an ID number (or its last digits), a name, pinyin initials or a phone number.</source>
        <translation>Type an ID number (or its last digits), a name, pinyin initials or a phone number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID number: it has 18 characters, 17 digits and a last digit or X.</source>
        <translation>&quot;%1&quot; is not an ID number: it has 18 characters, 17 digits and a last digit or X.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the end of an ID number: type its last 4 to 17 characters, digits and a last X.</source>
        <translation>&quot;%1&quot; is not the end of an ID number: type its last 4 to 17 characters, digits and a last X.</translation>
    </message>
    <message>
        <source>Type at least the last %1 characters of the ID number.</source>
        <translation>Type at least the last %1 characters of the ID number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: type its digits, with +86 or not.</source>
        <translation>&quot;%1&quot; is not a phone number: type its digits, with +86 or not.</translation>
    </message>
    <message>
        <source>Pinyin initials are Latin letters only, at most %1 (&quot;wxm&quot; for 王小明).</source>
        <translation>Pinyin initials are Latin letters only, at most %1 (&quot;wxm&quot; for 王小明).</translation>
    </message>
    <message>
        <source>A name has at most %1 characters; type its beginning.</source>
        <translation>A name has at most %1 characters; type its beginning.</translation>
    </message>
    <message>
        <source>No person in the jurisdiction of %1 has the ID number %2.</source>
        <translation>No person in the jurisdiction of %1 has the ID number %2.</translation>
    </message>
</context>
<context>
    <name>hc::services::RuleService</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>The database has no jurisdictions yet.</source>
        <translation>The database has no jurisdictions yet.</translation>
    </message>
    <message>
        <source>There is no rule set version %1.</source>
        <translation>There is no rule set version %1.</translation>
    </message>
    <message>
        <source>No rule set has been published yet.</source>
        <translation>No rule set has been published yet.</translation>
    </message>
    <message>
        <source>Rule set version %1 in the database is not valid: %2</source>
        <translation>Rule set version %1 in the database is not valid: %2</translation>
    </message>
    <message>
        <source>Rule set version %1 is a draft of %2; only they can change it. Start a new draft from it instead.</source>
        <translation>Rule set version %1 is a draft of %2; only they can change it. Start a new draft from it instead.</translation>
    </message>
    <message>
        <source>Rule set version %1 is a draft of %2; only they can discard it.</source>
        <translation>Rule set version %1 is a draft of %2; only they can discard it.</translation>
    </message>
    <message>
        <source>Rule set version %1 is a draft of %2; only they can propose it.</source>
        <translation>Rule set version %1 is a draft of %2; only they can propose it.</translation>
    </message>
    <message>
        <source>Rule set version %1 cannot be proposed while it has errors. %2</source>
        <translation>Rule set version %1 cannot be proposed while it has errors. %2</translation>
    </message>
    <message>
        <source>Rule set version %1 has no rules; write at least one.</source>
        <translation>Rule set version %1 has no rules; write at least one.</translation>
    </message>
    <message>
        <source>%1 proposed rule set version %2 and cannot approve it too; a second official with the approver role must do that.</source>
        <translation>%1 proposed rule set version %2 and cannot approve it too; a second official with the approver role must do that.</translation>
    </message>
    <message>
        <source>reason for rejecting</source>
        <translation>reason for rejecting</translation>
    </message>
    <message>
        <source>The effective time %1 is in the past.</source>
        <translation>The effective time %1 is in the past.</translation>
    </message>
    <message>
        <source>Rule changes take effect at the earliest %1 hours after publishing (%2), so that people can learn of them. To publish sooner, record the urgency reason.</source>
        <translation>Rule changes take effect at the earliest %1 hours after publishing (%2), so that people can learn of them. To publish sooner, record the urgency reason.</translation>
    </message>
    <message>
        <source>reason for the rollback</source>
        <translation>reason for the rollback</translation>
    </message>
    <message>
        <source>Rule set version %1 was never in force; only versions that were published and took effect can be restored.</source>
        <translation>Rule set version %1 was never in force; only versions that were published and took effect can be restored.</translation>
    </message>
    <message>
        <source>Rule set version %1 is already in force.</source>
        <translation>Rule set version %1 is already in force.</translation>
    </message>
    <message>
        <source>Rollback to version %1</source>
        <translation>Rollback to version %1</translation>
    </message>
    <message>
        <source>Risk rules apply to the whole jurisdiction; %1 may change them only with a scope that covers all of it.</source>
        <translation>Risk rules apply to the whole jurisdiction; %1 may change them only with a scope that covers all of it.</translation>
    </message>
    <message>
        <source>Rule set version %1 was changed by someone else in the meantime. Reload it and try again.</source>
        <translation>Rule set version %1 was changed by someone else in the meantime. Reload it and try again.</translation>
    </message>
    <message>
        <source>Rule set version %1 is %2; that step is not possible now.</source>
        <translation>Rule set version %1 is %2; that step is not possible now.</translation>
    </message>
    <message>
        <source>The %1 must not be empty.</source>
        <translation>The %1 must not be empty.</translation>
    </message>
    <message>
        <source>Default rule set shipped with the console</source>
        <translation>Default rule set shipped with the console</translation>
    </message>
</context>
<context>
    <name>hc::services::StatusService</name>
    <message>
        <source>Evaluating the rules</source>
        <translation>Evaluating the rules</translation>
    </message>
    <message>
        <source>Writing changed statuses</source>
        <translation>Writing changed statuses</translation>
    </message>
    <message>
        <source>Re-evaluation cancelled; no status was changed.</source>
        <translation>Re-evaluation cancelled; no status was changed.</translation>
    </message>
    <message>
        <source>There is no person with the number %1.</source>
        <translation>There is no person with the number %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one person; give the full ID number or the pseudonym.</source>
        <translation>&quot;%1&quot; matches more than one person; give the full ID number or the pseudonym.</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>person %1</translation>
    </message>
    <message>
        <source>Rule version %1 came into force while the statuses were computed under version %2.</source>
        <translation>Rule version %1 came into force while the statuses were computed under version %2.</translation>
    </message>
    <message>
        <source>User %1 (%2) may not re-evaluate statuses: that needs the operator, rule editor or approver role. Ask an administrator for the right role.</source>
        <translation>User %1 (%2) may not re-evaluate statuses: that needs the operator, rule editor or approver role. Ask an administrator for the right role.</translation>
    </message>
    <message>
        <source>No person in the jurisdiction of %1 has the number, pseudonym or ID number %2.</source>
        <translation>No person in the jurisdiction of %1 has the number, pseudonym or ID number %2.</translation>
    </message>
</context>
<context>
    <name>hc::services::UserService</name>
    <message>
        <source>A user name is 2 to 32 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>A user name is 2 to 32 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>The database already has users; add more with `healthcode-ctl user add`.</source>
        <translation>The database already has users; add more with `healthcode-ctl user add`.</translation>
    </message>
    <message>
        <source>The database has more than one top-level jurisdiction; the first administrator needs a single root.</source>
        <translation>The database has more than one top-level jurisdiction; the first administrator needs a single root.</translation>
    </message>
    <message>
        <source>The jurisdiction of the new user</source>
        <translation>The jurisdiction of the new user</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>A user named %1 already exists.</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>There is no user named %1.</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>You cannot change your own role; another administrator must do it.</source>
        <translation>You cannot change your own role; another administrator must do it.</translation>
    </message>
    <message>
        <source>User %1 was changed by someone else in the meantime. Reload and try again.</source>
        <translation>User %1 was changed by someone else in the meantime. Reload and try again.</translation>
    </message>
    <message>
        <source>%1 was set up by %2, who asked for this; another official must decide.</source>
        <translation>%1 was set up by %2, who asked for this; another official must decide.</translation>
    </message>
</context>
<context>
    <name>hc::training::Scenario</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>expected an object of texts by language, e.g. {&quot;en&quot;: &quot;...&quot;, &quot;zh_CN&quot;: &quot;...&quot;}</source>
        <translation>expected an object of texts by language, e.g. {&quot;en&quot;: &quot;...&quot;, &quot;zh_CN&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>expected a non-empty text</source>
        <translation>expected a non-empty text</translation>
    </message>
    <message>
        <source>the English text (&quot;en&quot;) is missing</source>
        <translation>the English text (&quot;en&quot;) is missing</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>expected a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>unknown event type &quot;%1&quot;; known types: %2</source>
        <translation>unknown event type &quot;%1&quot;; known types: %2</translation>
    </message>
    <message>
        <source>expected &quot;low&quot;, &quot;medium&quot; or &quot;high&quot;</source>
        <translation>expected &quot;low&quot;, &quot;medium&quot; or &quot;high&quot;</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2: %3</source>
        <translation>%1: not valid JSON at character %2: %3</translation>
    </message>
    <message>
        <source>this console reads scenario format 1</source>
        <translation>this console reads scenario format 1</translation>
    </message>
    <message>
        <source>a scenario needs an id</source>
        <translation>a scenario needs an id</translation>
    </message>
    <message>
        <source>expected 1 to %1 steps</source>
        <translation>expected 1 to %1 steps</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>hc::training::ScenarioRunner</name>
    <message>
        <source>The scenario names district %1 but the demo city has %2 districts.</source>
        <translation>The scenario names district %1 but the demo city has %2 districts.</translation>
    </message>
    <message>
        <source>Training scenarios run only in a demo database, never on real data.</source>
        <translation>Training scenarios run only in a demo database, never on real data.</translation>
    </message>
    <message>
        <source>Another scenario (%1) is running in this demo city; reset the demo to start a new one.</source>
        <translation>Another scenario (%1) is running in this demo city; reset the demo to start a new one.</translation>
    </message>
    <message>
        <source>The scenario is complete; reset the demo to play it again.</source>
        <translation>The scenario is complete; reset the demo to play it again.</translation>
    </message>
</context>
</TS>
