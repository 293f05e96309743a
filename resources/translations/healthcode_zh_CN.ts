<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>e.g. zhang.wei</source>
        <translation>例如 zhang.wei</translation>
    </message>
    <message>
        <source>User name problem</source>
        <translation>用户名问题</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Full name shown in the audit log</source>
        <translation>在审计日志中显示的全名</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>What the role may do</source>
        <translation>该角色的权限</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>辖区(&amp;J)：</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>密码问题</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>重复密码(&amp;E)：</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>重复密码</translation>
    </message>
    <message>
        <source>Repeated password problem</source>
        <translation>重复密码问题</translation>
    </message>
    <message>
        <source>Add or cancel</source>
        <translation>添加或取消</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit page</source>
        <translation>审计页面</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>页面标题</translation>
    </message>
    <message>
        <source>Every change and every look at personal details, newest first. The records are hash-chained: verifying the chain shows whether any was edited or deleted.</source>
        <translation>每一次修改和每一次查看个人信息的记录，最新的在前。记录以哈希链相连：校验该链即可发现是否有记录被篡改或删除。</translation>
    </message>
    <message>
        <source>Page description</source>
        <translation>页面说明</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>用户(&amp;S)：</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>按用户筛选</translation>
    </message>
    <message>
        <source>exact user name</source>
        <translation>完整的用户名</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>操作(&amp;C)：</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>按操作筛选</translation>
    </message>
    <message>
        <source>starts with, e.g. user.</source>
        <translation>开头匹配，例如 user.</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>文本(&amp;X)：</translation>
    </message>
    <message>
        <source>Filter by text in target or details</source>
        <translation>按对象或详情中的文本筛选</translation>
    </message>
    <message>
        <source>in target or details</source>
        <translation>在对象或详情中</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Filter from date</source>
        <translation>起始日期筛选</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Records on or after this day</source>
        <translation>此日及之后的记录</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Filter to date</source>
        <translation>截止日期筛选</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Records on or before this day</source>
        <translation>此日及之前的记录</translation>
    </message>
    <message>
        <source>&amp;Apply Filter</source>
        <translation>应用筛选(&amp;A)</translation>
    </message>
    <message>
        <source>Apply filter</source>
        <translation>应用筛选</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>校验审计链(&amp;V)</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <source>Recompute every record&apos;s hash and check that none was edited, inserted or deleted</source>
        <translation>重新计算每条记录的哈希值，检查是否有记录被篡改、插入或删除</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>校验结果</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>审计记录</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change Role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>What the role may do</source>
        <translation>该角色的权限</translation>
    </message>
    <message>
        <source>Change or cancel</source>
        <translation>更改或取消</translation>
    </message>
</context>
<context>
    <name>ClearanceEditor</name>
    <message>
        <source>Number of negative tests</source>
        <translation>阴性检测次数</translation>
    </message>
    <message>
        <source>Kind of negative test</source>
        <translation>阴性检测种类</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Time between the tests</source>
        <translation>两次检测的间隔时间</translation>
    </message>
    <message>
        <source>Unit of the time between the tests</source>
        <translation>间隔时间的单位</translation>
    </message>
    <message>
        <source>apart</source>
        <translation>以上</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>&lt;b&gt;DEMO&lt;/b&gt;</source>
        <translation>&lt;b&gt;演示&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Synthetic training city: no person here is real, and cards printed here are not valid.</source>
        <translation>合成的培训城市：其中的人员均非真实存在，在此打印的卡片无效。</translation>
    </message>
    <message>
        <source>Demo mode explanation</source>
        <translation>演示模式说明</translation>
    </message>
    <message>
        <source>Demo administrator login</source>
        <translation>演示管理员登录信息</translation>
    </message>
    <message>
        <source>&amp;Reset Demo…</source>
        <translation>重置演示(&amp;R)…</translation>
    </message>
    <message>
        <source>Throw away every change and rebuild the demo city as it was at the start</source>
        <translation>丢弃所有更改，将演示城市恢复为初始状态</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>重置演示</translation>
    </message>
    <message>
        <source>Training scenario</source>
        <translation>培训场景</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the First Administrator — Health Code Console</source>
        <translation>创建首个管理员 — 健康码管理控制台</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>创建首个管理员</translation>
    </message>
    <message>
        <source>The database has no users yet. Create the first administrator; this account adds the other officials.</source>
        <translation>数据库中还没有用户。请创建首个管理员，再由该账户添加其他工作人员。</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>数据库地址</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>User name problem</source>
        <translation>用户名问题</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>密码问题</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>重复密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>重复密码</translation>
    </message>
    <message>
        <source>Repeated password problem</source>
        <translation>重复密码问题</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Create or cancel</source>
        <translation>创建或取消</translation>
    </message>
</context>
<context>
    <name>HeatmapPage</name>
    <message>
        <source>Scan heatmap</source>
        <translation>扫码热力图</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>市(&amp;C)：</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>区县(&amp;D)：</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>The whole city, or one district (double-click a district on the map to choose it)</source>
        <translation>全市或某一区县（在地图上双击区县即可选中）</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>C&amp;odes:</source>
        <translation>健康码(&amp;O)：</translation>
    </message>
    <message>
        <source>Colour of codes</source>
        <translation>健康码颜色</translation>
    </message>
    <message>
        <source>Count scans where the code showed this colour</source>
        <translation>统计健康码显示为此颜色的扫码记录</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始时间(&amp;F)：</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>时间窗口开始</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Window end</source>
        <translation>时间窗口结束</translation>
    </message>
    <message>
        <source>&amp;Last day with data</source>
        <translation>最近有数据的一天(&amp;L)</translation>
    </message>
    <message>
        <source>Show the last day with data</source>
        <translation>显示最近有数据的一天</translation>
    </message>
    <message>
        <source>The 24 hours up to the last hour with scans</source>
        <translation>截至最后一个有扫码记录的小时的 24 小时</translation>
    </message>
    <message>
        <source>Export &amp;map…</source>
        <translation>导出地图(&amp;M)…</translation>
    </message>
    <message>
        <source>Export the map as PNG</source>
        <translation>将地图导出为 PNG</translation>
    </message>
    <message>
        <source>Save the map as shown as a PNG picture</source>
        <translation>将当前显示的地图保存为 PNG 图片</translation>
    </message>
    <message>
        <source>Export fi&amp;gures…</source>
        <translation>导出数据(&amp;G)…</translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation>将数据导出为 CSV</translation>
    </message>
    <message>
        <source>Save the figures of the cells and districts shown as CSV; suppressed figures are marked, not given</source>
        <translation>将当前显示的网格和区县数据保存为 CSV；已抑制的数据只作标记，不给出数值</translation>
    </message>
    <message>
        <source>Summary of the heatmap</source>
        <translation>热力图摘要</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Grid cells of the city shaded by their figures; hover over a cell for its figures</source>
        <translation>按数值着色的城市网格；将鼠标悬停在网格上可查看其数据</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>Play hour by hour</source>
        <translation>逐小时播放</translation>
    </message>
    <message>
        <source>Play the window hour by hour</source>
        <translation>逐小时播放时间窗口</translation>
    </message>
    <message>
        <source>Hour shown</source>
        <translation>当前显示的小时</translation>
    </message>
    <message>
        <source>Sp&amp;eed:</source>
        <translation>速度(&amp;E)：</translation>
    </message>
    <message>
        <source>Play-back speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>&amp;Whole window</source>
        <translation>整个时间窗口(&amp;W)</translation>
    </message>
    <message>
        <source>Show the whole window</source>
        <translation>显示整个时间窗口</translation>
    </message>
    <message>
        <source>Stop the play-back and show the whole window again</source>
        <translation>停止播放，重新显示整个时间窗口</translation>
    </message>
    <message>
        <source>Figures per hour by colour of code</source>
        <translation>按健康码颜色统计的每小时数据</translation>
    </message>
    <message>
        <source>Venues and districts</source>
        <translation>场所与区县</translation>
    </message>
    <message>
        <source>Top &amp;venues</source>
        <translation>热门场所(&amp;V)</translation>
    </message>
    <message>
        <source>About the venue figures</source>
        <translation>关于场所数据</translation>
    </message>
    <message>
        <source>Top venues</source>
        <translation>热门场所</translation>
    </message>
    <message>
        <source>D&amp;istricts</source>
        <translation>区县(&amp;I)</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>区县</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>&amp;The files hold:</source>
        <translation>文件内容(&amp;T)：</translation>
    </message>
    <message>
        <source>What the files hold</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>&amp;Add Files...</source>
        <translation>添加文件(&amp;A)...</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>移除所选文件</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Text encoding of the files</source>
        <translation>文件的文字编码</translation>
    </message>
    <message>
        <source>Times &amp;without a zone:</source>
        <translation>无时区的时间(&amp;W)：</translation>
    </message>
    <message>
        <source>Time zone of times written without one</source>
        <translation>未写明时区的时间按哪个时区理解</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>提供方(&amp;P)：</translation>
    </message>
    <message>
        <source>Scanning provider</source>
        <translation>扫码数据提供方</translation>
    </message>
    <message>
        <source>Whose event ids these are, e.g. the scanning provider&apos;s name</source>
        <translation>这些事件编号属于谁，例如扫码数据提供方的名称</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Which column holds which field</source>
        <translation>哪一列对应哪个字段</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>前几行</translation>
    </message>
    <message>
        <source>First rows of the selected file</source>
        <translation>所选文件的前几行</translation>
    </message>
    <message>
        <source>&amp;Save Rejected Rows...</source>
        <translation>保存被拒绝的行(&amp;S)...</translation>
    </message>
    <message>
        <source>Save the rejected rows as a CSV report</source>
        <translation>将被拒绝的行保存为 CSV 报告</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Locked — Health Code Console</source>
        <translation>已锁定 — 健康码管理控制台</translation>
    </message>
    <message>
        <source>Console locked</source>
        <translation>控制台已锁定</translation>
    </message>
    <message>
        <source>Lock message</source>
        <translation>锁定提示</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>解锁错误</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — Health Code Console</source>
        <translation>登录 — 健康码管理控制台</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Log in with your user name and password.</source>
        <translation>请使用用户名和密码登录。</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>数据库地址</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>登录错误</translation>
    </message>
    <message>
        <source>Log in or cancel</source>
        <translation>登录或取消</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Health Code Console</source>
        <translation>健康码管理控制台</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>当前页面</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Hide the console until your password is entered again</source>
        <translation>隐藏控制台，直到再次输入您的密码</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>Log out and return to the login window</source>
        <translation>注销并返回登录窗口</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Idle lock, language, heatmap and printing settings; those your IT department manages are shown locked</source>
        <translation>空闲锁定、语言、热力图和打印设置；由 IT 部门统一管理的设置显示为锁定</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Log out and close the console</source>
        <translation>注销并关闭控制台</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Health Code Console</source>
        <translation>关于健康码管理控制台(&amp;A)</translation>
    </message>
    <message>
        <source>Version, database, backend and demo status</source>
        <translation>版本、数据库、后端和演示状态</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <source>Import scans, people, test results, risk areas, venues or district boundaries from files</source>
        <translation>从文件导入扫码记录、人员、检测结果、风险区域、场所或区划边界</translation>
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
        <translation>申请人工调整</translation>
    </message>
    <message>
        <source>Request override</source>
        <translation>申请人工调整</translation>
    </message>
    <message>
        <source>&amp;Person (ID number):</source>
        <translation>人员(&amp;P)（身份证号）：</translation>
    </message>
    <message>
        <source>Person&apos;s ID number</source>
        <translation>人员的身份证号</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>Colour the override sets</source>
        <translation>人工调整后的颜色</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation>理由类别</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>说明(&amp;E)：</translation>
    </message>
    <message>
        <source>Explanation of the override</source>
        <translation>人工调整的说明</translation>
    </message>
    <message>
        <source>What was wrong, and how you know</source>
        <translation>哪里有误，以及您是如何得知的</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>依据(&amp;V)：</translation>
    </message>
    <message>
        <source>Evidence reference</source>
        <translation>依据编号</translation>
    </message>
    <message>
        <source>e.g. laboratory report number</source>
        <translation>例如：检测报告编号</translation>
    </message>
    <message>
        <source>Ends &amp;after:</source>
        <translation>有效期(&amp;A)：</translation>
    </message>
    <message>
        <source>Days until the override ends</source>
        <translation>人工调整的有效天数</translation>
    </message>
    <message>
        <source>A second official with the approver role must approve the override before it takes effect. Everything you enter is recorded in the audit log.</source>
        <translation>人工调整须经另一位具有审批人角色的工作人员批准后方可生效。您输入的所有内容都将记入审计日志。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>OverridesPage</name>
    <message>
        <source>Overrides</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Which overrides to show</source>
        <translation>要显示哪些人工调整</translation>
    </message>
    <message>
        <source>&amp;Request override…</source>
        <translation>申请人工调整(&amp;R)…</translation>
    </message>
    <message>
        <source>The selected override</source>
        <translation>所选的人工调整</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>驳回(&amp;J)…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>撤销(&amp;V)…</translation>
    </message>
    <message>
        <source>Signs of misuse in the last 30 days</source>
        <translation>近 30 天的滥用迹象</translation>
    </message>
    <message>
        <source>Overrides by official</source>
        <translation>各工作人员的人工调整</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Districts shown in the chart</source>
        <translation>图表显示的区县</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Overview headline</source>
        <translation>概览标题</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Refresh the overview</source>
        <translation>刷新概览</translation>
    </message>
    <message>
        <source>Save &amp;Daily Report…</source>
        <translation>保存日报(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the daily situation report</source>
        <translation>保存每日情况报告</translation>
    </message>
    <message>
        <source>Overview panels</source>
        <translation>概览面板</translation>
    </message>
    <message>
        <source>People by colour</source>
        <translation>各颜色人数</translation>
    </message>
    <message>
        <source>People in scope</source>
        <translation>范围内人数</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿码</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄码</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红码</translation>
    </message>
    <message>
        <source>People by colour over the last 30 days</source>
        <translation>近 30 天各颜色人数</translation>
    </message>
    <message>
        <source>About suppressed figures</source>
        <translation>关于已抑制的数据</translation>
    </message>
    <message>
        <source>Colour changes in the last 24 hours</source>
        <translation>近 24 小时的颜色变化</translation>
    </message>
    <message>
        <source>Colour changes</source>
        <translation>颜色变化</translation>
    </message>
    <message>
        <source>Rules behind the changes</source>
        <translation>引起变化的规则</translation>
    </message>
    <message>
        <source>Waiting for your decision</source>
        <translation>待您决定</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>没有待决定的事项</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected item on its page</source>
        <translation>在相应页面中打开所选事项</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <source>Reject the selected override request</source>
        <translation>驳回所选的人工调整申请</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>Approve the selected override request</source>
        <translation>批准所选的人工调整申请</translation>
    </message>
    <message>
        <source>Overrides ending soon</source>
        <translation>即将结束的人工调整</translation>
    </message>
    <message>
        <source>Misuse signals</source>
        <translation>滥用迹象</translation>
    </message>
    <message>
        <source>Officials whose overrides look unusual</source>
        <translation>人工调整情况异常的工作人员</translation>
    </message>
    <message>
        <source>Last imports</source>
        <translation>最近的导入</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Last audit verification and checkpoint</source>
        <translation>最近一次审计校验和检查点</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People page</source>
        <translation>人员页面</translation>
    </message>
    <message>
        <source>Search or person</source>
        <translation>搜索或人员</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>页面标题</translation>
    </message>
    <message>
        <source>Find a person in your jurisdiction by ID number or its last digits, name, pinyin initials or phone. ID numbers and phones are shown masked; every search and every person opened is recorded in the audit log.</source>
        <translation>按身份证号或其末几位、姓名、拼音首字母或电话查找您辖区内的人员。身份证号和电话以脱敏形式显示；每次搜索和每次打开人员信息都会记入审计日志。</translation>
    </message>
    <message>
        <source>Page description</source>
        <translation>页面说明</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>搜索内容</translation>
    </message>
    <message>
        <source>e.g. 1234 (last digits), 王芳, wf, 13812345678</source>
        <translation>例如 1234（末几位）、王芳、wf、13812345678</translation>
    </message>
    <message>
        <source>&amp;As:</source>
        <translation>类型(&amp;A)：</translation>
    </message>
    <message>
        <source>What the text is</source>
        <translation>搜索内容的类型</translation>
    </message>
    <message>
        <source>Any: recognised from what you type</source>
        <translation>任意：根据输入内容自动识别</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Search problem</source>
        <translation>搜索问题</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>找到的人员</translation>
    </message>
    <message>
        <source>Type what you know about the person and press Enter.</source>
        <translation>输入您所知道的该人员信息，然后按回车键。</translation>
    </message>
    <message>
        <source>Search result summary</source>
        <translation>搜索结果摘要</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected person</source>
        <translation>打开所选人员</translation>
    </message>
    <message>
        <source>Show the selected person&apos;s colour, why, and their history (or double-click the row)</source>
        <translation>显示所选人员的健康码颜色、原因及其历史记录（或双击该行）</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>&amp;Back to Results</source>
        <translation>返回搜索结果(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the search results</source>
        <translation>返回搜索结果</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>Read this person again</source>
        <translation>重新读取该人员信息</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员信息</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>区县：</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>出生：</translation>
    </message>
    <message>
        <source>Sex and birth date</source>
        <translation>性别和出生日期</translation>
    </message>
    <message>
        <source>Smartphone:</source>
        <translation>智能手机：</translation>
    </message>
    <message>
        <source>Has a smartphone</source>
        <translation>是否有智能手机</translation>
    </message>
    <message>
        <source>&amp;Reveal ID Number and Phone…</source>
        <translation>显示完整身份证号和电话(&amp;R)…</translation>
    </message>
    <message>
        <source>Reveal the full ID number and phone</source>
        <translation>显示完整的身份证号和电话</translation>
    </message>
    <message>
        <source>Shows the full ID number and phone after you say why; recorded in the audit log</source>
        <translation>说明理由后显示完整的身份证号和电话；此操作将记入审计日志</translation>
    </message>
    <message>
        <source>Current colour</source>
        <translation>当前颜色</translation>
    </message>
    <message>
        <source>Current colour and why</source>
        <translation>当前颜色及原因</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Why the person has this colour</source>
        <translation>该人员为何是此颜色</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <source>History of colours</source>
        <translation>颜色历史</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定者</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>采样时间</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>检测机构</translation>
    </message>
    <message>
        <source>Risk-area stays</source>
        <translation>风险区停留</translation>
    </message>
    <message>
        <source>Stays in risk areas</source>
        <translation>在风险区的停留</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation>近期扫码记录</translation>
    </message>
    <message>
        <source>Recent scans (time and venue only)</source>
        <translation>近期扫码记录（仅时间和场所）</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Printed cards</source>
        <translation>已打印的卡片</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>领取情况</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Request &amp;Override…</source>
        <translation>申请人工调整(&amp;O)…</translation>
    </message>
    <message>
        <source>Request an override of this person&apos;s colour</source>
        <translation>申请人工调整此人员的健康码颜色</translation>
    </message>
</context>
<context>
    <name>PrintingPage</name>
    <message>
        <source>Printing page</source>
        <translation>打印页面</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>页面标题</translation>
    </message>
    <message>
        <source>Paper health codes for people who cannot show one on a phone. Every card carries a signed code that any verifier checks offline; each print run is recorded as a batch with every card serial.</source>
        <translation>为无法用手机出示健康码的人员打印纸质健康码。每张卡片都带有经签名的码，任何核验方均可离线核验；每次打印都作为一个批次记录，并登记每张卡片的序列号。</translation>
    </message>
    <message>
        <source>Page description</source>
        <translation>页面说明</translation>
    </message>
    <message>
        <source>Who gets a card</source>
        <translation>为哪些人制卡</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Only people without a smartphone</source>
        <translation>仅限没有智能手机的人员</translation>
    </message>
    <message>
        <source>Without a &amp;smartphone of their own</source>
        <translation>本人没有智能手机(&amp;S)</translation>
    </message>
    <message>
        <source>Only people without a card</source>
        <translation>仅限尚无卡片的人员</translation>
    </message>
    <message>
        <source>&amp;Not printed yet (no card in force)</source>
        <translation>尚未打印(&amp;N)（无有效卡片）</translation>
    </message>
    <message>
        <source>Minimum &amp;age:</source>
        <translation>最低年龄(&amp;A)：</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>最低年龄</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 岁</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>区县(&amp;D)：</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Only cards printed before a date</source>
        <translation>仅限某日期之前打印的卡片</translation>
    </message>
    <message>
        <source>Printed &amp;before:</source>
        <translation>打印早于(&amp;B)：</translation>
    </message>
    <message>
        <source>Printed before</source>
        <translation>打印早于</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>数量上限(&amp;L)：</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>数量上限</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;ID list:</source>
        <translation>身份证号清单(&amp;I)：</translation>
    </message>
    <message>
        <source>ID list file</source>
        <translation>身份证号清单文件</translation>
    </message>
    <message>
        <source>a text file with one ID number per line (optional)</source>
        <translation>文本文件，每行一个身份证号（可选）</translation>
    </message>
    <message>
        <source>Choose ID list file</source>
        <translation>选择身份证号清单文件</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Number of people selected</source>
        <translation>已选人数</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Cards and output</source>
        <translation>卡片与输出</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>Card template</source>
        <translation>卡片模板</translation>
    </message>
    <message>
        <source>Demo cards</source>
        <translation>演示卡片</translation>
    </message>
    <message>
        <source>De&amp;mo cards (signed with the demo key, marked DEMO - NOT VALID)</source>
        <translation>演示卡片(&amp;M)（用演示密钥签名，印有 DEMO - NOT VALID 字样）</translation>
    </message>
    <message>
        <source>PDF &amp;file:</source>
        <translation>PDF 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>where Print to PDF writes the cards</source>
        <translation>“打印为 PDF”写入卡片的位置</translation>
    </message>
    <message>
        <source>Choose PDF file</source>
        <translation>选择 PDF 文件</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>浏览(&amp;S)…</translation>
    </message>
    <message>
        <source>Signing key &amp;passphrase:</source>
        <translation>签名密钥口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Signing key passphrase</source>
        <translation>签名密钥口令</translation>
    </message>
    <message>
        <source>Why printing is not possible yet</source>
        <translation>暂时无法打印的原因</translation>
    </message>
    <message>
        <source>Preview cards</source>
        <translation>预览卡片</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>打印为 PDF</translation>
    </message>
    <message>
        <source>Print to P&amp;DF</source>
        <translation>打印为 PDF(&amp;D)</translation>
    </message>
    <message>
        <source>Print to a printer</source>
        <translation>打印到打印机</translation>
    </message>
    <message>
        <source>Print to P&amp;rinter…</source>
        <translation>打印到打印机(&amp;R)…</translation>
    </message>
    <message>
        <source>Print batches and card custody</source>
        <translation>打印批次与卡片交接</translation>
    </message>
    <message>
        <source>Print batches</source>
        <translation>打印批次</translation>
    </message>
    <message>
        <source>Card s&amp;erial:</source>
        <translation>卡片序列号(&amp;E)：</translation>
    </message>
    <message>
        <source>Card serial</source>
        <translation>卡片序列号</translation>
    </message>
    <message>
        <source>e.g. 1a2b 3c4d 5e6f 7a8b</source>
        <translation>例如 1a2b 3c4d 5e6f 7a8b</translation>
    </message>
    <message>
        <source>Pro&amp;xy ID number:</source>
        <translation>代领人身份证号(&amp;X)：</translation>
    </message>
    <message>
        <source>Proxy ID number</source>
        <translation>代领人身份证号</translation>
    </message>
    <message>
        <source>empty: the holder collects</source>
        <translation>留空：由持卡人本人领取</translation>
    </message>
    <message>
        <source>The checked ID number of the guardian or community worker who collects the card</source>
        <translation>代为领取卡片的监护人或社区工作人员的身份证号（须经核验）</translation>
    </message>
    <message>
        <source>Record hand-over</source>
        <translation>登记交付</translation>
    </message>
    <message>
        <source>&amp;Hand Over</source>
        <translation>交付(&amp;H)</translation>
    </message>
    <message>
        <source>Reprint a lost card</source>
        <translation>补打遗失的卡片</translation>
    </message>
    <message>
        <source>Re&amp;print Lost Card</source>
        <translation>补打遗失卡片(&amp;P)</translation>
    </message>
    <message>
        <source>Reload batches</source>
        <translation>重新加载批次</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>重新加载(&amp;O)</translation>
    </message>
    <message>
        <source>Result of the last card action</source>
        <translation>上一次卡片操作的结果</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish Rule Set</source>
        <translation>发布规则集</translation>
    </message>
    <message>
        <source>Publish rule set</source>
        <translation>发布规则集</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>生效时间(&amp;F)：</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>&amp;Urgent: in force at once, without the lead time</source>
        <translation>紧急(&amp;U)：立即生效，不经公示期</translation>
    </message>
    <message>
        <source>Urgency &amp;reason:</source>
        <translation>紧急理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Urgency reason</source>
        <translation>紧急理由</translation>
    </message>
    <message>
        <source>Recorded in the audit log, e.g. new outbreak in a district</source>
        <translation>将记入审计日志，例如：某区县出现新疫情</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset Password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>密码问题</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>重复密码(&amp;E)：</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>重复密码</translation>
    </message>
    <message>
        <source>Repeated password problem</source>
        <translation>重复密码问题</translation>
    </message>
    <message>
        <source>Reset or cancel</source>
        <translation>重置或取消</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Rule editor</source>
        <translation>规则编辑器</translation>
    </message>
    <message>
        <source>Rule &amp;ID:</source>
        <translation>规则编号(&amp;I)：</translation>
    </message>
    <message>
        <source>Rule ID</source>
        <translation>规则编号</translation>
    </message>
    <message>
        <source>A short code such as R3: letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>简短编号，如 R3：由字母、数字、“_”或“-”组成，以字母开头</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>规则名称</translation>
    </message>
    <message>
        <source>Name in &amp;Chinese:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <source>Rule name in Chinese</source>
        <translation>规则中文名称</translation>
    </message>
    <message>
        <source>Resulting &amp;colour:</source>
        <translation>结果颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>Resulting colour</source>
        <translation>结果颜色</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The rule applies when</source>
        <translation>满足以下条件时适用本规则</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Add &amp;fact</source>
        <translation>添加事实(&amp;F)</translation>
    </message>
    <message>
        <source>Add another fact next to the selected one</source>
        <translation>在所选事实旁再添加一个事实</translation>
    </message>
    <message>
        <source>A&amp;ll of…</source>
        <translation>全部满足(&amp;L)…</translation>
    </message>
    <message>
        <source>Require the selected part and a new fact together</source>
        <translation>要求所选部分与新事实同时满足</translation>
    </message>
    <message>
        <source>An&amp;y of…</source>
        <translation>任一满足(&amp;Y)…</translation>
    </message>
    <message>
        <source>Accept either the selected part or a new fact</source>
        <translation>所选部分或新事实满足其一即可</translation>
    </message>
    <message>
        <source>No&amp;t</source>
        <translation>非(&amp;T)</translation>
    </message>
    <message>
        <source>Turn the selected part into its opposite, or back</source>
        <translation>将所选部分取反，或取消取反</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected part of the condition</source>
        <translation>删除条件中所选的部分</translation>
    </message>
    <message>
        <source>Selected fact</source>
        <translation>所选事实</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Kind of fact</source>
        <translation>事实类型</translation>
    </message>
    <message>
        <source>T&amp;est:</source>
        <translation>检测(&amp;E)：</translation>
    </message>
    <message>
        <source>Kind of test</source>
        <translation>检测种类</translation>
    </message>
    <message>
        <source>Risk &amp;level:</source>
        <translation>风险等级(&amp;L)：</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>At &amp;least:</source>
        <translation>至少(&amp;L)：</translation>
    </message>
    <message>
        <source>At least this many</source>
        <translation>至少这么多次</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>时间范围(&amp;W)：</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>时间窗口</translation>
    </message>
    <message>
        <source>Unit of the time window</source>
        <translation>时间窗口的单位</translation>
    </message>
    <message>
        <source>A&amp;ge in years:</source>
        <translation>年龄(&amp;G)（岁）：</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>年龄（岁）</translation>
    </message>
    <message>
        <source>Unless negative tests after it</source>
        <translation>除非此后有阴性检测</translation>
    </message>
    <message>
        <source>Negative tests that cancel the fact</source>
        <translation>可抵消该事实的阴性检测</translation>
    </message>
    <message>
        <source>The colour turns back</source>
        <translation>转回条件</translation>
    </message>
    <message>
        <source>How the colour turns back</source>
        <translation>颜色如何转回</translation>
    </message>
    <message>
        <source>Negative tests that turn the colour back</source>
        <translation>使颜色转回的阴性检测</translation>
    </message>
    <message>
        <source>The rule as text</source>
        <translation>规则文本</translation>
    </message>
    <message>
        <source>Problem with this rule</source>
        <translation>该规则存在的问题</translation>
    </message>
    <message>
        <source>&amp;Unless negative tests after it:</source>
        <translation>除非此后有阴性检测(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Risk rules</source>
        <translation>风险规则</translation>
    </message>
    <message>
        <source>Rule set &amp;versions</source>
        <translation>规则集版本(&amp;V)</translation>
    </message>
    <message>
        <source>Rule set versions</source>
        <translation>规则集版本</translation>
    </message>
    <message>
        <source>New &amp;draft</source>
        <translation>新建草稿(&amp;D)</translation>
    </message>
    <message>
        <source>Start a draft from the selected version</source>
        <translation>以所选版本为基础新建草稿</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>提议(&amp;P)</translation>
    </message>
    <message>
        <source>Send the draft for approval by a second official</source>
        <translation>将草稿提交给第二位工作人员审批</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>驳回(&amp;J)…</translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation>发布(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>恢复此版本(&amp;R)…</translation>
    </message>
    <message>
        <source>Put the selected earlier version back in force at once</source>
        <translation>立即恢复所选的早期版本，使其重新生效</translation>
    </message>
    <message>
        <source>Preview &amp;impact</source>
        <translation>预览影响(&amp;I)</translation>
    </message>
    <message>
        <source>Count who would change colour if the selected version were in force</source>
        <translation>统计如果所选版本生效，哪些人的颜色会发生变化</translation>
    </message>
    <message>
        <source>Selected version</source>
        <translation>所选版本</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>About the selected version</source>
        <translation>关于所选版本</translation>
    </message>
    <message>
        <source>Summary of the change:</source>
        <translation>变更摘要：</translation>
    </message>
    <message>
        <source>Summary of the change</source>
        <translation>变更摘要</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>Rules in order</source>
        <translation>按顺序排列的规则</translation>
    </message>
    <message>
        <source>A&amp;dd rule</source>
        <translation>添加规则(&amp;D)</translation>
    </message>
    <message>
        <source>Remo&amp;ve rule</source>
        <translation>删除规则(&amp;V)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move rule up</source>
        <translation>将规则上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move rule down</source>
        <translation>将规则下移</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Problems in the rules</source>
        <translation>规则中的问题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>The rules as text</source>
        <translation>规则文本</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Changes side by side</source>
        <translation>并排对比变更</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Impact summary</source>
        <translation>影响摘要</translation>
    </message>
    <message>
        <source>Select a version and choose Preview impact to see who would change colour.</source>
        <translation>请选择一个版本，然后点击“预览影响”，查看哪些人的颜色会发生变化。</translation>
    </message>
    <message>
        <source>Changes of colour by district and age</source>
        <translation>按区县和年龄统计的颜色变化</translation>
    </message>
    <message>
        <source>Some of the people who would change colour:</source>
        <translation>部分颜色将发生变化的人员：</translation>
    </message>
    <message>
        <source>Sample of affected people</source>
        <translation>受影响人员示例</translation>
    </message>
    <message>
        <source>Show &amp;names (recorded in the audit log)</source>
        <translation>显示姓名(&amp;N)（将记入审计日志）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — Health Code Console</source>
        <translation>设置 — 健康码管理控制台</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>These settings apply to your account on this computer. Values marked &quot;Managed by your IT department&quot; are set for the whole computer and cannot be changed here.</source>
        <translation>这些设置适用于您在本计算机上的账户。标有“由 IT 部门管理”的值对整台计算机生效，不能在此更改。</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Security settings</source>
        <translation>安全设置</translation>
    </message>
    <message>
        <source>&amp;Lock after no input for:</source>
        <translation>无操作多久后锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>Idle lock minutes</source>
        <translation>空闲锁定分钟数</translation>
    </message>
    <message>
        <source>The console hides every window until your password is entered again</source>
        <translation>控制台会隐藏所有窗口，直到再次输入您的密码</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Managed by your IT department</source>
        <translation>由 IT 部门管理</translation>
    </message>
    <message>
        <source>&amp;Failed logins before lockout:</source>
        <translation>锁定前允许的登录失败次数(&amp;F)：</translation>
    </message>
    <message>
        <source>Failed logins before lockout</source>
        <translation>锁定前允许的登录失败次数</translation>
    </message>
    <message>
        <source>Wrong passwords in a row before an account is locked</source>
        <translation>账户被锁定前允许连续输错密码的次数</translation>
    </message>
    <message>
        <source>Lockout &amp;duration:</source>
        <translation>锁定时长(&amp;D)：</translation>
    </message>
    <message>
        <source>Lockout minutes</source>
        <translation>锁定分钟数</translation>
    </message>
    <message>
        <source>How long an account stays locked after too many wrong passwords</source>
        <translation>密码输错次数过多后账户保持锁定的时长</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>Interface settings</source>
        <translation>界面设置</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>语言(&amp;A)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The console shows the new language the next time it starts.</source>
        <translation>控制台下次启动时将使用新的语言。</translation>
    </message>
    <message>
        <source>Language note</source>
        <translation>语言说明</translation>
    </message>
    <message>
        <source>Heatmaps and Scans</source>
        <translation>热力图与扫码记录</translation>
    </message>
    <message>
        <source>Heatmap and scan settings</source>
        <translation>热力图与扫码记录设置</translation>
    </message>
    <message>
        <source>&amp;Hide figures of fewer than:</source>
        <translation>人数少于此值时隐藏数字(&amp;H)：</translation>
    </message>
    <message>
        <source>Heatmap suppression threshold</source>
        <translation>热力图抑制阈值</translation>
    </message>
    <message>
        <source>Heatmap cells and totals with fewer distinct people than this show no numbers</source>
        <translation>不同人员数少于此值的热力图网格和合计不显示数字</translation>
    </message>
    <message>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>&amp;Keep scans for:</source>
        <translation>扫码记录保留时长(&amp;K)：</translation>
    </message>
    <message>
        <source>Scan retention days</source>
        <translation>扫码记录保留天数</translation>
    </message>
    <message>
        <source>Scans older than this are removed when old scans are purged</source>
        <translation>清理旧扫码记录时，将删除早于此时长的记录</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Printing settings</source>
        <translation>打印设置</translation>
    </message>
    <message>
        <source>Printed cards are &amp;valid for:</source>
        <translation>打印卡片的有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>Card validity days</source>
        <translation>卡片有效天数</translation>
    </message>
    <message>
        <source>The validity printed on each new card</source>
        <translation>印在每张新卡片上的有效期</translation>
    </message>
    <message>
        <source>One &amp;proxy may collect for:</source>
        <translation>每位代领人最多可代领(&amp;P)：</translation>
    </message>
    <message>
        <source>Proxy collection cap</source>
        <translation>代领人数上限</translation>
    </message>
    <message>
        <source>The most people one proxy may collect printed cards for</source>
        <translation>一位代领人最多可为多少人代领打印的卡片</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Database settings</source>
        <translation>数据库设置</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>数据库(&amp;B)：</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>数据库地址</translation>
    </message>
    <message>
        <source>The database the console opens when it starts, chosen in the welcome window. To use another one, start the console with --db.</source>
        <translation>控制台启动时打开的数据库，在欢迎窗口中选定。如需使用其他数据库，请以 --db 参数启动控制台。</translation>
    </message>
    <message>
        <source>About the database</source>
        <translation>关于数据库</translation>
    </message>
    <message>
        <source>Demo mode:</source>
        <translation>演示模式：</translation>
    </message>
    <message>
        <source>Offer the demo &amp;city in the welcome window</source>
        <translation>在欢迎窗口中提供演示城市(&amp;C)</translation>
    </message>
    <message>
        <source>Demo mode allowed</source>
        <translation>允许演示模式</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Save, cancel or restore defaults</source>
        <translation>保存、取消或恢复默认值</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>场景(&amp;S)：</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>&amp;Open scenario file…</source>
        <translation>打开场景文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Play a scenario a trainer wrote (resources/scenarios/README.md describes the format)</source>
        <translation>播放培训师编写的场景（格式说明见 resources/scenarios/README.md）</translation>
    </message>
    <message>
        <source>What the scenario is about</source>
        <translation>场景简介</translation>
    </message>
    <message>
        <source>Scenario day</source>
        <translation>场景天数</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>What happened today</source>
        <translation>今日发生的事件</translation>
    </message>
    <message>
        <source>&amp;Tasks for today (tick them off as you go):</source>
        <translation>今日任务(&amp;T)（完成后逐项勾选）：</translation>
    </message>
    <message>
        <source>Tasks for today</source>
        <translation>今日任务</translation>
    </message>
    <message>
        <source>To replay a scenario from the start, reset the demo city with the button in the banner.</source>
        <translation>如需从头重演场景，请用横幅中的按钮重置演示城市。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users page</source>
        <translation>用户页面</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>页面标题</translation>
    </message>
    <message>
        <source>Officials who may log in, in your jurisdiction and below it.</source>
        <translation>可以登录的工作人员，范围为您的辖区及其下级辖区。</translation>
    </message>
    <message>
        <source>Page description</source>
        <translation>页面说明</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Create an account for an official</source>
        <translation>为工作人员创建账户</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Disable or enable the selected user</source>
        <translation>停用或启用所选用户</translation>
    </message>
    <message>
        <source>Stop or allow logins of the selected user</source>
        <translation>禁止或允许所选用户登录</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock the selected user</source>
        <translation>解锁所选用户</translation>
    </message>
    <message>
        <source>Allow logins again after too many wrong passwords</source>
        <translation>在密码输错次数过多后重新允许登录</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset the password of the selected user</source>
        <translation>重置所选用户的密码</translation>
    </message>
    <message>
        <source>Change R&amp;ole…</source>
        <translation>更改角色(&amp;O)…</translation>
    </message>
    <message>
        <source>Change the role of the selected user</source>
        <translation>更改所选用户的角色</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>Reload the list of users</source>
        <translation>重新加载用户列表</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome — Health Code Console</source>
        <translation>欢迎 — 健康码管理控制台</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Health Code Console&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;欢迎使用健康码管理控制台&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The console keeps its data in a database. Try it out with a demo city first, or choose the database you will work with. You can change this later in the settings.</source>
        <translation>控制台将数据保存在数据库中。您可以先用演示城市试用，也可以直接选择要使用的数据库。之后可以在设置中更改。</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Try it out</source>
        <translation>试用</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>A synthetic city with people, venues, tests and scans, kept in a database of its own. Nothing in it is real and it never touches real data.</source>
        <translation>一座合成的城市，包含人员、场所、检测和扫码记录，保存在独立的数据库中。其中的一切都不真实，也绝不会触及真实数据。</translation>
    </message>
    <message>
        <source>About the demo</source>
        <translation>关于演示</translation>
    </message>
    <message>
        <source>Start &amp;Demo</source>
        <translation>开始演示(&amp;D)</translation>
    </message>
    <message>
        <source>Build the demo city and log in as its administrator</source>
        <translation>生成演示城市并以其管理员身份登录</translation>
    </message>
    <message>
        <source>Start demo</source>
        <translation>开始演示</translation>
    </message>
    <message>
        <source>Work with real data</source>
        <translation>使用真实数据</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Use a database on this &amp;PC (SQLite file)</source>
        <translation>使用本机上的数据库(&amp;P)（SQLite 文件）</translation>
    </message>
    <message>
        <source>For a single office PC. Offices that share data need a PostgreSQL server.</source>
        <translation>适用于单台办公电脑。需要共享数据的多个办公室须使用 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>Use a database on this PC</source>
        <translation>使用本机上的数据库</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose where the database file is kept</source>
        <translation>选择数据库文件的存放位置</translation>
    </message>
    <message>
        <source>Browse for the database file</source>
        <translation>浏览数据库文件</translation>
    </message>
    <message>
        <source>Database file problem</source>
        <translation>数据库文件问题</translation>
    </message>
    <message>
        <source>Connect to a Postgre&amp;SQL server</source>
        <translation>连接 PostgreSQL 服务器(&amp;S)</translation>
    </message>
    <message>
        <source>For offices that share one database; IT gives you the server&apos;s details</source>
        <translation>适用于共享同一数据库的多个办公室；服务器信息由 IT 部门提供</translation>
    </message>
    <message>
        <source>Connect to a PostgreSQL server</source>
        <translation>连接 PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>db.example.gov.cn</source>
        <translation>db.example.gov.cn</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>服务器主机</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>服务器端口</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>数据库(&amp;B)：</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>数据库名称</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>数据库用户</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <source>The password is used for this session only and never saved. Later starts take it from ~/.pgpass or the PGPASSWORD variable, which IT sets up.</source>
        <translation>该密码仅用于本次会话，不会被保存。以后启动时将从 ~/.pgpass 或 PGPASSWORD 环境变量读取，由 IT 部门配置。</translation>
    </message>
    <message>
        <source>About the password</source>
        <translation>关于密码</translation>
    </message>
    <message>
        <source>Server details problem</source>
        <translation>服务器信息问题</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Try to reach the server with these details without changing anything</source>
        <translation>用这些信息尝试连接服务器，不做任何更改</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>数据库问题</translation>
    </message>
    <message>
        <source>Continue or quit</source>
        <translation>继续或退出</translation>
    </message>
</context>
<context>
    <name>hc::Settings</name>
    <message>
        <source>default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>user setting</source>
        <translation>用户设置</translation>
    </message>
    <message>
        <source>managed by IT (system-wide file)</source>
        <translation>由 IT 部门管理（系统级配置文件）</translation>
    </message>
</context>
<context>
    <name>hc::audit::AuditLog</name>
    <message>
        <source>Record %1 is missing: the chain jumps from %2 to %3 (a record was deleted).</source>
        <translation>缺少第 %1 条记录：审计链从 %2 跳到了 %3（有记录被删除）。</translation>
    </message>
    <message>
        <source>Record %1 does not match its hash: it was edited, inserted or moved.</source>
        <translation>第 %1 条记录与其哈希值不符：该记录被篡改、插入或移动过。</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>校验已取消。</translation>
    </message>
    <message>
        <source>The chain ends at record %1 but the checkpoint covers %2 records: it was truncated.</source>
        <translation>审计链止于第 %1 条记录，而检查点涵盖 %2 条记录：审计链被截断了。</translation>
    </message>
    <message>
        <source>Record %1 differs from the signed checkpoint: the chain was rewritten.</source>
        <translation>第 %1 条记录与已签名的检查点不一致：审计链被改写过。</translation>
    </message>
</context>
<context>
    <name>hc::audit::AuditText</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Database set up</source>
        <translation>数据库已初始化</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Account locked after failed logins</source>
        <translation>多次登录失败，账户已锁定</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <source>Official added</source>
        <translation>添加工作人员</translation>
    </message>
    <message>
        <source>Official disabled</source>
        <translation>停用工作人员</translation>
    </message>
    <message>
        <source>Official enabled again</source>
        <translation>重新启用工作人员</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Role or scope changed</source>
        <translation>修改角色或辖区</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>解锁账户</translation>
    </message>
    <message>
        <source>Audit checkpoint written</source>
        <translation>写入审计检查点</translation>
    </message>
    <message>
        <source>Audit log verified</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <source>Jurisdiction created</source>
        <translation>创建辖区</translation>
    </message>
    <message>
        <source>Jurisdiction changed</source>
        <translation>修改辖区</translation>
    </message>
    <message>
        <source>People searched</source>
        <translation>查询人员</translation>
    </message>
    <message>
        <source>Person&apos;s record opened</source>
        <translation>查看人员档案</translation>
    </message>
    <message>
        <source>Full ID number shown</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <source>Override requested</source>
        <translation>申请人工调整</translation>
    </message>
    <message>
        <source>Override approved</source>
        <translation>批准人工调整</translation>
    </message>
    <message>
        <source>Override rejected</source>
        <translation>驳回人工调整</translation>
    </message>
    <message>
        <source>Override revoked</source>
        <translation>撤销人工调整</translation>
    </message>
    <message>
        <source>Override ended</source>
        <translation>人工调整到期结束</translation>
    </message>
    <message>
        <source>Override request expired</source>
        <translation>人工调整申请已过期</translation>
    </message>
    <message>
        <source>Override refused</source>
        <translation>人工调整被拒绝</translation>
    </message>
    <message>
        <source>Default rules installed</source>
        <translation>安装默认规则</translation>
    </message>
    <message>
        <source>Rule draft created</source>
        <translation>创建规则草稿</translation>
    </message>
    <message>
        <source>Rule draft edited</source>
        <translation>编辑规则草稿</translation>
    </message>
    <message>
        <source>Rule draft discarded</source>
        <translation>放弃规则草稿</translation>
    </message>
    <message>
        <source>Rules proposed</source>
        <translation>提交规则审批</translation>
    </message>
    <message>
        <source>Rules approved</source>
        <translation>批准规则</translation>
    </message>
    <message>
        <source>Rules rejected</source>
        <translation>驳回规则</translation>
    </message>
    <message>
        <source>Rules published</source>
        <translation>发布规则</translation>
    </message>
    <message>
        <source>Rules superseded</source>
        <translation>规则被取代</translation>
    </message>
    <message>
        <source>Rules rolled back</source>
        <translation>回退规则</translation>
    </message>
    <message>
        <source>Statuses re-evaluated</source>
        <translation>重新评估状态</translation>
    </message>
    <message>
        <source>Import started</source>
        <translation>开始导入</translation>
    </message>
    <message>
        <source>Import batch stored</source>
        <translation>保存导入批次</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Import resumed</source>
        <translation>继续导入</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <source>Old scans purged</source>
        <translation>清理过期扫码记录</translation>
    </message>
    <message>
        <source>Heatmap figures fixed</source>
        <translation>固化热力图汇总</translation>
    </message>
    <message>
        <source>Heatmap figures rebuilt</source>
        <translation>重建热力图汇总</translation>
    </message>
    <message>
        <source>Signing key generated</source>
        <translation>生成签名密钥</translation>
    </message>
    <message>
        <source>Signing key retired</source>
        <translation>停用签名密钥</translation>
    </message>
    <message>
        <source>Trust list exported</source>
        <translation>导出信任列表</translation>
    </message>
    <message>
        <source>Trust list imported</source>
        <translation>导入信任列表</translation>
    </message>
    <message>
        <source>Revocation list exported</source>
        <translation>导出吊销列表</translation>
    </message>
    <message>
        <source>Print batch started</source>
        <translation>开始打印批次</translation>
    </message>
    <message>
        <source>Print batch ended</source>
        <translation>打印批次结束</translation>
    </message>
    <message>
        <source>Card handed over</source>
        <translation>交付卡片</translation>
    </message>
    <message>
        <source>Card revoked</source>
        <translation>吊销卡片</translation>
    </message>
    <message>
        <source>Demo database created</source>
        <translation>创建演示数据库</translation>
    </message>
    <message>
        <source>Synthetic data generated</source>
        <translation>生成合成数据</translation>
    </message>
    <message>
        <source>Training scenario step</source>
        <translation>培训场景步骤</translation>
    </message>
    <message>
        <source>Person not found or outside the scope</source>
        <translation>未找到人员或超出辖区</translation>
    </message>
    <message>
        <source>Rule step refused</source>
        <translation>规则操作被拒绝</translation>
    </message>
</context>
<context>
    <name>hc::audit::Checkpoint</name>
    <message>
        <source>%1: not a valid audit checkpoint: %2</source>
        <translation>%1：不是有效的审计检查点：%2</translation>
    </message>
    <message>
        <source>JSON error at byte %1: %2</source>
        <translation>JSON 错误，位于第 %1 字节：%2</translation>
    </message>
    <message>
        <source>field &quot;format&quot; is not %1.</source>
        <translation>字段“format”不是 %1。</translation>
    </message>
    <message>
        <source>field &quot;seq&quot; is missing or negative.</source>
        <translation>字段“seq”缺失或为负数。</translation>
    </message>
    <message>
        <source>field &quot;head_hash&quot; is not 64 hex digits.</source>
        <translation>字段“head_hash”不是 64 位十六进制数字。</translation>
    </message>
    <message>
        <source>the signature does not match its contents (field &quot;signature&quot;).</source>
        <translation>签名与内容不符（字段“signature”）。</translation>
    </message>
</context>
<context>
    <name>hc::auth</name>
    <message>
        <source>Viewer</source>
        <translation>查看员</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Rule editor</source>
        <translation>规则编辑员</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>view people</source>
        <translation>查看人员信息</translation>
    </message>
    <message>
        <source>reveal ID numbers and phones</source>
        <translation>查看完整身份证号和电话</translation>
    </message>
    <message>
        <source>request status overrides</source>
        <translation>申请人工调整状态</translation>
    </message>
    <message>
        <source>approve status overrides</source>
        <translation>审批人工调整状态</translation>
    </message>
    <message>
        <source>edit risk rules</source>
        <translation>编辑风险规则</translation>
    </message>
    <message>
        <source>approve risk rules</source>
        <translation>审批风险规则</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>print cards</source>
        <translation>打印卡片</translation>
    </message>
    <message>
        <source>manage signing keys</source>
        <translation>管理签名密钥</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>verify and checkpoint the audit log</source>
        <translation>校验审计日志并生成检查点</translation>
    </message>
    <message>
        <source>generate synthetic data</source>
        <translation>生成合成数据</translation>
    </message>
    <message>
        <source>purge raw scans past the retention window</source>
        <translation>清除超过保留期的原始扫码记录</translation>
    </message>
</context>
<context>
    <name>hc::auth::Authenticator</name>
    <message>
        <source>No user with id %1.</source>
        <translation>不存在 ID 为 %1 的用户。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>User %1 has an unknown role &quot;%2&quot;.</source>
        <translation>用户 %1 的角色“%2”未知。</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask an administrator to enable it.</source>
        <translation>账户 %1 已停用。请联系管理员启用。</translation>
    </message>
    <message>
        <source>The account %1 is locked after too many wrong passwords until %2, or until an administrator unlocks it.</source>
        <translation>由于密码输错次数过多，账户 %1 已被锁定至 %2，或直到管理员解锁。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <source>The account %1 is locked.</source>
        <translation>账户 %1 已锁定。</translation>
    </message>
    <message>
        <source>Cannot connect as %1: %2</source>
        <translation>无法以 %1 身份连接：%2</translation>
    </message>
</context>
<context>
    <name>hc::auth::Session</name>
    <message>
        <source>User %1 (%2) may not %3. Ask an administrator for the right role.</source>
        <translation>用户 %1（%2）无权%3。请向管理员申请相应的角色。</translation>
    </message>
    <message>
        <source>%1 is outside the jurisdiction of user %2.</source>
        <translation>%1 不在用户 %2 的辖区范围内。</translation>
    </message>
</context>
<context>
    <name>hc::cli</name>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <source>Option --%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>选项 --%1 必须是 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Audit chain broken at record %1: %2</source>
        <translation>审计链在第 %1 条记录处断裂：%2</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 records, head %2 %3.</source>
        <translation>审计链完好：共 %1 条记录，链头 %2 %3。</translation>
    </message>
    <message>
        <source>Matches checkpoint %1 signed by key %2.</source>
        <translation>与由密钥 %2 签名的检查点 %1 一致。</translation>
    </message>
    <message>
        <source>Usage: audit checkpoint --out FILE</source>
        <translation>用法：audit checkpoint --out FILE</translation>
    </message>
    <message>
        <source>Passphrase of the audit signing key: </source>
        <translation>审计签名密钥的口令：</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Checkpoint of record %1 written to %2 (key %3).</source>
        <translation>第 %1 条记录的检查点已写入 %2（密钥 %3）。</translation>
    </message>
    <message>
        <source>Usage: audit verify [--checkpoint FILE] | audit checkpoint --out FILE</source>
        <translation>用法：audit verify [--checkpoint FILE] | audit checkpoint --out FILE</translation>
    </message>
    <message>
        <source>Usage: config show</source>
        <translation>用法：config show</translation>
    </message>
    <message>
        <source># system file: %1</source>
        <translation># 系统配置文件：%1</translation>
    </message>
    <message>
        <source># user file:   %1</source>
        <translation># 用户配置文件：%1</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>demo-data takes no positional arguments.</source>
        <translation>demo-data 不接受位置参数。</translation>
    </message>
    <message>
        <source>Generated %1 jurisdictions, %2 venues, %3 people, %4 test results, %5 risk areas, %6 close contacts, %7 symptom declarations and %8 scans in %9 s.</source>
        <translation>已在 %9 秒内生成 %1 个辖区、%2 个场所、%3 名人员、%4 条检测结果、%5 个风险区、%6 条密切接触记录、%7 条症状申报和 %8 条扫码记录。</translation>
    </message>
    <message>
        <source>Statuses under rule set version %1: %2 green, %3 yellow, %4 red.</source>
        <translation>规则集版本 %1 下的状态：绿码 %2 人，黄码 %3 人，红码 %4 人。</translation>
    </message>
    <message>
        <source>Usage: import scans|people|tests|risk-areas|venues FILE... [--encoding utf-8|gb18030] [--provider NAME] [--report FILE.csv] [--map FIELD=COLUMN,...] [--time-zone ZONE] [--force]; import jurisdictions FILE.geojson</source>
        <translation>用法：import scans|people|tests|risk-areas|venues FILE... [--encoding utf-8|gb18030] [--provider NAME] [--report FILE.csv] [--map FIELD=COLUMN,...] [--time-zone ZONE] [--force]；import jurisdictions FILE.geojson</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use utf-8 or gb18030.</source>
        <translation>未知编码“%1”：请使用 utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv or jsonl.</source>
        <translation>未知格式“%1”：请使用 csv 或 jsonl。</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (write for example Asia/Shanghai).</source>
        <translation>未知时区“%1”（例如可写作 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>%1: %2 imported, %3 duplicates, %4 rejected (%5, run %6%7).</source>
        <translation>%1：导入 %2 条，重复 %3 条，拒绝 %4 条（%5，批次 %6%7）。</translation>
    </message>
    <message>
        <source>, resumed</source>
        <translation>，续传</translation>
    </message>
    <message>
        <source>Rejected rows written to %1.</source>
        <translation>被拒绝的行已写入 %1。</translation>
    </message>
    <message>
        <source>Usage: scans purge [--days N]</source>
        <translation>用法：scans purge [--days N]</translation>
    </message>
    <message>
        <source>Purged %1 scans from %2 to %3 (older than %4); %5 rollup buckets hardened.</source>
        <translation>已清理 %2 至 %3 的 %1 条扫码记录（早于 %4）；已固化 %5 个汇总桶。</translation>
    </message>
    <message>
        <source>No scans older than %1 to purge; %2 rollup buckets hardened.</source>
        <translation>没有早于 %1 的扫码记录需要清理；已固化 %2 个汇总桶。</translation>
    </message>
    <message>
        <source>Usage: rollups rebuild [--cell-size METRES]</source>
        <translation>用法：rollups rebuild [--cell-size METRES]</translation>
    </message>
    <message>
        <source>Rebuilt the heatmap rollups from %1 scans (%2 m cells) in %3 s.</source>
        <translation>已在 %3 秒内根据 %1 条扫码记录重建热力图汇总数据（网格 %2 米）。</translation>
    </message>
    <message>
        <source>%1 scans lie in no city and are not counted.</source>
        <translation>%1 条扫码记录不在任何市内，未计入。</translation>
    </message>
    <message>
        <source>Rollups before %1 were kept: their scans are purged.</source>
        <translation>%1 之前的汇总数据已保留：其扫码记录已被清理。</translation>
    </message>
    <message>
        <source>init needs --admin NAME.</source>
        <translation>init 需要 --admin NAME。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>Database ready; administrator %1 created.</source>
        <translation>数据库已就绪；已创建管理员 %1。</translation>
    </message>
    <message>
        <source>Usage: keys generate [--jurisdiction J] [--demo | --purpose PURPOSE]</source>
        <translation>用法：keys generate [--jurisdiction J] [--demo | --purpose PURPOSE]</translation>
    </message>
    <message>
        <source>--demo and --purpose %1 contradict each other.</source>
        <translation>--demo 与 --purpose %1 相互矛盾。</translation>
    </message>
    <message>
        <source>Unknown key purpose &quot;%1&quot;; purposes are: %2.</source>
        <translation>未知的密钥用途“%1”；可用的用途有：%2。</translation>
    </message>
    <message>
        <source>Passphrase for the new %1 key: </source>
        <translation>新 %1 密钥的口令：</translation>
    </message>
    <message>
        <source>Generated %1 key %2 for jurisdiction %3.</source>
        <translation>已为辖区 %3 生成 %1 密钥 %2。</translation>
    </message>
    <message>
        <source>KID</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <source>PURPOSE</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>JURISDICTION</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>retired %1</source>
        <translation>已于 %1 停用</translation>
    </message>
    <message>
        <source>active</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Usage: keys retire KID</source>
        <translation>用法：keys retire KID</translation>
    </message>
    <message>
        <source>Key %1 (%2) retired: it signs nothing from now on; codes it signed before stay valid until they expire. Export the trust list again so verifiers learn of it.</source>
        <translation>密钥 %1（%2）已停用：从现在起不再签署任何内容；此前签署的码在到期前仍然有效。请重新导出信任列表，让核验方知晓。</translation>
    </message>
    <message>
        <source>Usage: keys export-trust-list FILE</source>
        <translation>用法：keys export-trust-list FILE</translation>
    </message>
    <message>
        <source>Passphrase of the trust list signing key: </source>
        <translation>信任列表签名密钥的口令：</translation>
    </message>
    <message>
        <source>Trust list of %1 with %2 card key(s) written to %3, signed by key %4.
Fingerprint of the signing key (give it to importers by another channel): %5</source>
        <translation>%1 的信任列表（含 %2 个制卡密钥）已写入 %3，由密钥 %4 签名。
签名密钥的指纹（请通过其他渠道告知导入方）：%5</translation>
    </message>
    <message>
        <source>Usage: keys import-trust-list FILE [--accept-new-signer]</source>
        <translation>用法：keys import-trust-list FILE [--accept-new-signer]</translation>
    </message>
    <message>
        <source>The trust list of %1 in %2 is already imported; nothing changed.</source>
        <translation>%2 中 %1 的信任列表已导入；未做任何更改。</translation>
    </message>
    <message>
        <source>Imported the trust list of %1 (%2 card key(s), created %3)%4.
Signed by key %5, fingerprint %6: compare it with the one %1 gave you by another channel.</source>
        <translation>已导入 %1 的信任列表（%2 个制卡密钥，创建于 %3）%4。
签名密钥为 %5，指纹 %6：请与 %1 通过其他渠道提供给您的指纹核对。</translation>
    </message>
    <message>
        <source>, replacing the one imported before</source>
        <translation>，替换了此前导入的列表</translation>
    </message>
    <message>
        <source>Usage: keys export-revocations FILE</source>
        <translation>用法：keys export-revocations FILE</translation>
    </message>
    <message>
        <source>Revocation list of %1 with %2 revoked card(s) written to %3, signed by key %4.</source>
        <translation>%1 的吊销列表（含 %2 张已吊销卡片）已写入 %3，由密钥 %4 签名。</translation>
    </message>
    <message>
        <source>Usage: keys generate|list|retire|export-trust-list|import-trust-list|export-revocations ...</source>
        <translation>用法：keys generate|list|retire|export-trust-list|import-trust-list|export-revocations ...</translation>
    </message>
    <message>
        <source>The %1 signing key %2 was retired on %3 and signs nothing any more. An official who manages keys must generate a new one (healthcode-ctl keys generate%4); nothing was printed.</source>
        <translation>%1 签名密钥 %2 已于 %3 停用，不再签署任何内容。须由负责密钥管理的工作人员生成新密钥（healthcode-ctl keys generate%4）；未打印任何卡片。</translation>
    </message>
    <message>
        <source>There is no %1 signing key. An official who manages keys must generate one (healthcode-ctl keys generate%2); nothing was printed.</source>
        <translation>没有 %1 签名密钥。须由负责密钥管理的工作人员生成一个（healthcode-ctl keys generate%2）；未打印任何卡片。</translation>
    </message>
    <message>
        <source>Usage: print [--no-smartphone] [--min-age N] [--district D] [--not-printed] [--printed-before YYYY-MM-DD] [--ids FILE] [--limit N] [--template id-card|a6] [--demo] --out FILE.pdf</source>
        <translation>用法：print [--no-smartphone] [--min-age N] [--district D] [--not-printed] [--printed-before YYYY-MM-DD] [--ids FILE] [--limit N] [--template id-card|a6] [--demo] --out FILE.pdf</translation>
    </message>
    <message>
        <source>Unknown template &quot;%1&quot;; templates are: %2.</source>
        <translation>未知模板“%1”；可用模板有：%2。</translation>
    </message>
    <message>
        <source>--printed-before needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--printed-before 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>Nobody in your jurisdiction matches the selection; nothing was printed.</source>
        <translation>您的辖区内没有人符合筛选条件；未打印任何卡片。</translation>
    </message>
    <message>
        <source>%1 people selected.</source>
        <translation>已选中 %1 人。</translation>
    </message>
    <message>
        <source>Passphrase of the demo signing key: </source>
        <translation>演示签名密钥的口令：</translation>
    </message>
    <message>
        <source>Passphrase of the cards signing key: </source>
        <translation>制卡签名密钥的口令：</translation>
    </message>
    <message>
        <source>Print batch %1: %2 card(s) on %3 sheet(s) written to %4, signed with the %5 key %6.</source>
        <translation>打印批次 %1：%3 页纸上的 %2 张卡片已写入 %4，使用 %5 密钥 %6 签名。</translation>
    </message>
    <message>
        <source>Usage: cards reprint SERIAL [--template id-card|a6] --out FILE.pdf</source>
        <translation>用法：cards reprint SERIAL [--template id-card|a6] --out FILE.pdf</translation>
    </message>
    <message>
        <source>Passphrase of the signing key: </source>
        <translation>签名密钥的口令：</translation>
    </message>
    <message>
        <source>Card %1 revoked as lost. Its replacement %2 (print batch %3) was written to %4.</source>
        <translation>卡片 %1 已作为遗失卡片吊销。补办的卡片 %2（打印批次 %3）已写入 %4。</translation>
    </message>
    <message>
        <source>Export the revocation list again (healthcode-ctl keys export-revocations) so offline verifiers refuse the old card.</source>
        <translation>请重新导出吊销列表（healthcode-ctl keys export-revocations），使离线核验方拒绝旧卡片。</translation>
    </message>
    <message>
        <source>Usage: cards hand-over SERIAL [--proxy ID-NUMBER]</source>
        <translation>用法：cards hand-over SERIAL [--proxy ID-NUMBER]</translation>
    </message>
    <message>
        <source>the holder&apos;s guardian %1</source>
        <translation>持卡人的监护人 %1</translation>
    </message>
    <message>
        <source>the community worker %1</source>
        <translation>社区工作人员 %1</translation>
    </message>
    <message>
        <source>its holder %1</source>
        <translation>持卡人本人 %1</translation>
    </message>
    <message>
        <source>Card %1 handed over to %2.</source>
        <translation>卡片 %1 已交付给%2。</translation>
    </message>
    <message>
        <source>Usage: cards reprint SERIAL --out FILE.pdf | cards hand-over SERIAL [--proxy ID-NUMBER]</source>
        <translation>用法：cards reprint SERIAL --out FILE.pdf | cards hand-over SERIAL [--proxy ID-NUMBER]</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1 has errors; fix them first.</source>
        <translation>%1 有错误；请先修正。</translation>
    </message>
    <message>
        <source>Statuses re-evaluated under rule set version %1: %2 people, %3 changed colour or reason, %4 updated.</source>
        <translation>已按规则集版本 %1 重新评估状态：共 %2 人，%3 人的颜色或原因有变化，已更新 %4 人。</translation>
    </message>
    <message>
        <source>Now: %1 green, %2 yellow, %3 red.</source>
        <translation>当前：绿码 %1 人，黄码 %2 人，红码 %3 人。</translation>
    </message>
    <message>
        <source>VERSION  STATE       EFFECTIVE         BY            APPROVED BY   SUMMARY</source>
        <translation>版本     状态        生效时间          编写人        审批人        摘要</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>(console)</source>
        <translation>（控制台）</translation>
    </message>
    <message>
        <source>Usage: rules show [VERSION]</source>
        <translation>用法：rules show [VERSION]</translation>
    </message>
    <message>
        <source>Usage: rules preview FILE</source>
        <translation>用法：rules preview FILE</translation>
    </message>
    <message>
        <source>Evaluating both rule sets</source>
        <translation>正在评估两个规则集</translation>
    </message>
    <message>
        <source>%1 of %2 people in scope would change colour.</source>
        <translation>范围内 %2 人中将有 %1 人颜色发生变化。</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>By district:</source>
        <translation>按区县：</translation>
    </message>
    <message>
        <source>By age:</source>
        <translation>按年龄：</translation>
    </message>
    <message>
        <source>Usage: rules propose FILE [--summary TEXT] [--based-on VERSION]</source>
        <translation>用法：rules propose FILE [--summary TEXT] [--based-on VERSION]</translation>
    </message>
    <message>
        <source>Proposed rule set version %1. A second official with the approver role approves it with &quot;rules approve %1&quot;.</source>
        <translation>已提议规则集版本 %1。须由另一位具有审批人角色的工作人员用“rules approve %1”批准。</translation>
    </message>
    <message>
        <source>Usage: rules approve VERSION [--note TEXT]</source>
        <translation>用法：rules approve VERSION [--note TEXT]</translation>
    </message>
    <message>
        <source>Usage: rules reject VERSION --reason TEXT</source>
        <translation>用法：rules reject VERSION --reason TEXT</translation>
    </message>
    <message>
        <source>Approved rule set version %1; publish it with &quot;rules publish %1&quot;.</source>
        <translation>已批准规则集版本 %1；请用“rules publish %1”发布。</translation>
    </message>
    <message>
        <source>Rejected rule set version %1.</source>
        <translation>已驳回规则集版本 %1。</translation>
    </message>
    <message>
        <source>Usage: rules publish VERSION [--at YYYY-MM-DDTHH:MM] [--urgent REASON]</source>
        <translation>用法：rules publish VERSION [--at YYYY-MM-DDTHH:MM] [--urgent REASON]</translation>
    </message>
    <message>
        <source>--at %1 is not a date and time like 2026-12-01T08:00.</source>
        <translation>--at %1 不是形如 2026-12-01T08:00 的日期时间。</translation>
    </message>
    <message>
        <source>Published rule set version %1, in force from %2.</source>
        <translation>已发布规则集版本 %1，自 %2 起生效。</translation>
    </message>
    <message>
        <source>Usage: rules rollback VERSION --reason TEXT</source>
        <translation>用法：rules rollback VERSION --reason TEXT</translation>
    </message>
    <message>
        <source>Restored the rules of version %1 as version %2, in force now.</source>
        <translation>已将版本 %1 的规则恢复为版本 %2，现已生效。</translation>
    </message>
    <message>
        <source>Usage: rules explain PERSON (number, pseudonym or ID number)</source>
        <translation>用法：rules explain PERSON（编号、假名标识或身份证号）</translation>
    </message>
    <message>
        <source>Recorded status: %1 by override %2.</source>
        <translation>记录的状态：%1，来自人工调整 %2。</translation>
    </message>
    <message>
        <source>Recorded status: %1 since %2; it changes at the next re-evaluation.</source>
        <translation>记录的状态：自 %2 起为%1；将在下次重新评估时变更。</translation>
    </message>
    <message>
        <source>Usage: rules check FILE</source>
        <translation>用法：rules check FILE</translation>
    </message>
    <message>
        <source>%1: the rules are valid.</source>
        <translation>%1：规则有效。</translation>
    </message>
    <message>
        <source>Usage: rules list|show|check|preview|propose|approve|reject|publish|rollback|reevaluate|explain</source>
        <translation>用法：rules list|show|check|preview|propose|approve|reject|publish|rollback|reevaluate|explain</translation>
    </message>
    <message>
        <source>%1 is not set and there is no terminal to ask for it.</source>
        <translation>未设置 %1，且没有可用于询问的终端。</translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>两次输入不一致。</translation>
    </message>
    <message>
        <source>Usage: user add NAME --role ROLE [--scope JURISDICTION] [--display-name TEXT]</source>
        <translation>用法：user add NAME --role ROLE [--scope JURISDICTION] [--display-name TEXT]</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; roles are: %2.</source>
        <translation>未知角色“%1”；可用角色有：%2。</translation>
    </message>
    <message>
        <source>Initial password for %1: </source>
        <translation>%1 的初始密码：</translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation>已添加用户 %1，角色为%2。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Usage: user %1 NAME</source>
        <translation>用法：user %1 NAME</translation>
    </message>
    <message>
        <source>Done: %1 %2.</source>
        <translation>完成：%1 %2。</translation>
    </message>
    <message>
        <source>Usage: user add|list|disable|enable|unlock|passwd ...</source>
        <translation>用法：user add|list|disable|enable|unlock|passwd ...</translation>
    </message>
    <message>
        <source>jurisdictions takes no arguments.</source>
        <translation>jurisdictions 不接受参数。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read the code from standard input.</source>
        <translation>无法从标准输入读取码。</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>签发方</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>card serial</source>
        <translation>卡片序列号</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>Usage: verify TEXT|- | --image FILE  [--trust-list FILE] [--revocations FILE] [--db URL] [--demo]</source>
        <translation>用法：verify TEXT|- | --image FILE  [--trust-list FILE] [--revocations FILE] [--db URL] [--demo]</translation>
    </message>
    <message>
        <source>--demo trusts the demo keys of a database: give --db too.</source>
        <translation>--demo 会信任某个数据库的演示密钥：请同时指定 --db。</translation>
    </message>
    <message>
        <source>trust list %1 of %2</source>
        <translation>%2 的信任列表 %1</translation>
    </message>
    <message>
        <source>%1 is signed by key %2, which signed none of the trust lists in use; it cannot be trusted.</source>
        <translation>%1 由密钥 %2 签名，而该密钥没有签署任何正在使用的信任列表；因此不可信。</translation>
    </message>
    <message>
        <source>This is a demo card: demo cards are never valid.</source>
        <translation>这是演示卡片：演示卡片永远无效。</translation>
    </message>
    <message>
        <source>DEMO - NOT VALID: a demo card, correctly signed by a demo key.</source>
        <translation>DEMO - NOT VALID（演示 - 无效）：这是一张演示卡片，已由演示密钥正确签名。</translation>
    </message>
    <message>
        <source>Valid health code.</source>
        <translation>有效的健康码。</translation>
    </message>
    <message>
        <source>NOT VALID. The code says:</source>
        <translation>无效。码中内容如下：</translation>
    </message>
    <message>
        <source>Statuses follow at the first scheduled &quot;rules reevaluate&quot; after it takes effect (README, Deployment).</source>
        <translation>状态将在规则生效后的第一次定时“rules reevaluate”时随之更新（见 README 的 Deployment 一节）。</translation>
    </message>
    <message>
        <source>Usage: heatmap --city CITY --from T --to T [--color all|green|yellow|red] [--metric scans|people] [--time-zone ZONE] [--size WIDTHxHEIGHT] --out FILE.png|FILE.csv</source>
        <translation>用法：heatmap --city CITY --from T --to T [--color all|green|yellow|red] [--metric scans|people] [--time-zone ZONE] [--size WIDTHxHEIGHT] --out FILE.png|FILE.csv</translation>
    </message>
    <message>
        <source>--from %1 is not a date or date-time like 2024-03-01 or 2024-03-01T08:00.</source>
        <translation>--from %1 不是 2024-03-01 或 2024-03-01T08:00 这样的日期或日期时间。</translation>
    </message>
    <message>
        <source>--to %1 is not a date or date-time like 2024-03-02 or 2024-03-01T20:00.</source>
        <translation>--to %1 不是 2024-03-02 或 2024-03-01T20:00 这样的日期或日期时间。</translation>
    </message>
    <message>
        <source>Unknown colour &quot;%1&quot;: use all, green, yellow or red.</source>
        <translation>未知颜色“%1”：请使用 all、green、yellow 或 red。</translation>
    </message>
    <message>
        <source>Unknown metric &quot;%1&quot;: use scans or people.</source>
        <translation>未知指标“%1”：请使用 scans 或 people。</translation>
    </message>
    <message>
        <source>--size %1 is not WIDTHxHEIGHT in pixels like 1600x1200.</source>
        <translation>--size %1 不是以像素为单位的 WIDTHxHEIGHT（例如 1600x1200）。</translation>
    </message>
    <message>
        <source>--out %1: write the map as FILE.png or the figures as FILE.csv.</source>
        <translation>--out %1：地图请写为 FILE.png，数据请写为 FILE.csv。</translation>
    </message>
    <message>
        <source>No city or district &quot;%1&quot; (give its code or its name; healthcode-ctl jurisdictions lists them).</source>
        <translation>没有市或区县“%1”（请指定其代码或名称；healthcode-ctl jurisdictions 可列出它们）。</translation>
    </message>
    <message>
        <source>Wrote %1: %2 %3, %4 cells (%5 suppressed, fewer than %6 people), %7 (UTC %8 to %9).</source>
        <translation>已写入 %1：%2，%3，%4 个网格（其中 %5 个因少于 %6 人已抑制），%7（UTC %8 至 %9）。</translation>
    </message>
    <message>
        <source>Usage: override request PERSON --to green|yellow|red --reason CATEGORY --note TEXT --expires DURATION (7d, 36h) [--evidence REF]</source>
        <translation>用法：override request PERSON --to green|yellow|red --reason CATEGORY --note TEXT --expires DURATION（如 7d、36h） [--evidence REF]</translation>
    </message>
    <message>
        <source>--to must be green, yellow or red, not &quot;%1&quot;.</source>
        <translation>--to 必须为 green、yellow 或 red，而不是“%1”。</translation>
    </message>
    <message>
        <source>--reason must be one of: %1.</source>
        <translation>--reason 必须为以下之一：%1。</translation>
    </message>
    <message>
        <source>--expires takes a duration like 7d or 36h, not &quot;%1&quot;.</source>
        <translation>--expires 需要 7d 或 36h 这样的时长，而不是“%1”。</translation>
    </message>
    <message>
        <source>Usage: override %1 ID [--note TEXT]</source>
        <translation>用法：override %1 ID [--note TEXT]</translation>
    </message>
    <message>
        <source>Override %1: %2.</source>
        <translation>人工调整 %1：%2。</translation>
    </message>
    <message>
        <source>ID  STATE  PERSON  TO  REASON  REQUESTED BY  DECIDED BY  EXPIRES</source>
        <translation>ID  状态  人员  调整为  理由  申请人  决定者  到期时间</translation>
    </message>
    <message>
        <source>Usage: override request|approve|reject|revoke|list</source>
        <translation>用法：override request|approve|reject|revoke|list</translation>
    </message>
    <message>
        <source>Usage: report daily --date YYYY-MM-DD [--jurisdiction J] --out FILE.pdf|FILE.csv</source>
        <translation>用法：report daily --date YYYY-MM-DD [--jurisdiction J] --out FILE.pdf|FILE.csv</translation>
    </message>
    <message>
        <source>--date %1 is not a day like 2026-03-01.</source>
        <translation>--date %1 不是 2026-03-01 这样的日期。</translation>
    </message>
    <message>
        <source>--out %1: write the report as FILE.pdf or its tables as FILE.csv.</source>
        <translation>--out %1：报告请写为 FILE.pdf，其表格请写为 FILE.csv。</translation>
    </message>
    <message>
        <source>Wrote %1: daily situation report of %2 (%3) for %4, %5 districts.</source>
        <translation>已写入 %1：%2（%3）%4 的每日情况报告，共 %5 个区县。</translation>
    </message>
    <message>
        <source>%1: already imported completely with these settings (run %2; rows rejected: %3); nothing to do. Use --force to import it again.</source>
        <translation>%1：已按相同设置完整导入（运行 %2；被拒绝的行：%3）；无需操作。使用 --force 可再次导入。</translation>
    </message>
</context>
<context>
    <name>hc::cli::Ctl</name>
    <message>
        <source>Run healthcode-ctl --help for the commands.</source>
        <translation>运行 healthcode-ctl --help 查看命令列表。</translation>
    </message>
    <message>
        <source>No database given: use --db URL, set HEALTHCODE_DB, or set database/url in the configuration.</source>
        <translation>未指定数据库：请使用 --db URL、设置 HEALTHCODE_DB，或在配置中设置 database/url。</translation>
    </message>
    <message>
        <source>This command acts as an official: give --user NAME.</source>
        <translation>此命令以工作人员身份执行：请指定 --user NAME。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
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
        <translation>用法：healthcode-ctl [--db URL] [--user NAME] COMMAND [ARGUMENTS]

数据库 URL：sqlite:PATH 或 postgresql://user@host:port/name（也可用 HEALTHCODE_DB）。
密码取自 HEALTHCODE_PASSWORD（执行操作的用户）、HEALTHCODE_NEW_PASSWORD（新用户的密码）
和 HEALTHCODE_KEY_PASSPHRASE（签名密钥）；未设置时会询问您。

命令：
  init --admin NAME [--jurisdiction-code CODE] [--jurisdiction-name NAME]
                          创建数据库结构和首个管理员
  user add NAME --role ROLE [--scope JURISDICTION] [--display-name TEXT]
  user list | disable NAME | enable NAME | unlock NAME | passwd NAME
  jurisdictions           列出辖区代码和名称
  audit verify [--checkpoint FILE]
  audit checkpoint --out FILE
  demo-data [--people N] [--days D] [--scans-per-day M] [--seed S]
  keys generate [--jurisdiction J] [--demo | --purpose cards|demo|trust_list]
  keys list | retire KID
  keys export-trust-list FILE | export-revocations FILE
  keys import-trust-list FILE [--accept-new-signer]
                          纸质健康码的签名密钥，以及辖区之间的信任关系
  verify TEXT|- | --image FILE.png [--trust-list FILE] [--revocations FILE] [--db URL] [--demo]
                          离线核验纸质健康码（对照这些文件，指定 --db 时还对照数据库中的
                          密钥），并输出其声明内容
  config show             当前生效的配置及每个值的来源
  import scans|people|tests|risk-areas|venues FILE... [--encoding utf-8|gb18030]
         [--provider NAME] [--report FILE.csv] [--map FIELD=COLUMN,...] [--time-zone ZONE]
         [--batch-size N] [--force]
                          导入 CSV 或 JSON Lines 文件（UTF-8 或 GB18030）；存在严重问题的文件
                          不会导入任何数据；重复导入同一文件不会新增数据
  import jurisdictions FILE.geojson
                          含代码、名称和边界的市和区县
  scans purge [--days N]  删除早于保留期（或 N 天，N 不得少于保留期）的扫码记录
                          （汇总数据保留；仅管理员）
  rollups rebuild [--cell-size METRES]
                          根据原始扫码记录重新计算热力图汇总数据
  heatmap --city CITY --from T --to T [--color all|green|yellow|red] [--metric scans|people]
          [--time-zone ZONE] [--size WIDTHxHEIGHT] --out FILE.png|FILE.csv
                          根据汇总数据生成某市或区县的热力图：地图输出为 PNG，或每个网格一行
                          输出为 CSV，小群体数据已抑制（T：2024-03-01 或 2024-03-01T08:00，
                          除非指定 --time-zone 或时差偏移，否则为本地时间；--to 为日期时包含
                          当天）
  print [--no-smartphone] [--min-age N] [--district D] [--not-printed]
        [--printed-before YYYY-MM-DD] [--ids FILE] [--limit N] [--template id-card|a6] [--demo]
        --out FILE.pdf    为范围内所有符合条件的人员打印已签名的卡片，作为一个批次
  cards reprint SERIAL [--template id-card|a6] --out FILE.pdf
                          吊销遗失的卡片，并为持卡人打印新卡片
  cards hand-over SERIAL [--proxy ID-NUMBER]
                          登记卡片已被领取（由持卡人本人或经核验的代领人）
  rules list | show [VERSION] | check FILE | preview FILE
                          规则集版本列表、某一版本的文本、文件中的问题，以及
                          按文件中的规则哪些人的颜色会发生变化
  rules propose FILE [--summary TEXT] | approve VERSION [--note TEXT] | reject VERSION --reason TEXT
  rules publish VERSION [--at YYYY-MM-DDTHH:MM] [--urgent REASON] | rollback VERSION --reason TEXT
                          双人审核流程：由第二位工作人员批准；发布后
                          经过公示期生效，紧急情况除外
  rules reevaluate        按生效中的规则重新计算所有人的状态
  rules explain PERSON    说明某人（编号、假名标识或身份证号）为何是当前颜色
  override request PERSON --to COLOUR --reason CATEGORY --note TEXT --expires 7d|36h [--evidence REF]
  override approve ID [--note TEXT] | reject ID --note TEXT | revoke ID --reason TEXT | list [--person P]
                          对人员颜色的人工调整；由另一位具有审批人角色的工作人员决定
                          （类别：test_result_correction、wrong_contact_designation、
                          identity_mix_up、medical_exemption、other）
  status show PERSON      某人的颜色、原因、历史记录、检测、风险区停留、近期扫码记录、
                          已打印卡片和人工调整（PERSON：您范围内的完整身份证号）
  status explain PERSON   该人员为何是记录中的颜色，以及按现行规则应为何种颜色
  report daily --date YYYY-MM-DD [--jurisdiction J] --out FILE.pdf|FILE.csv
                          您辖区（或您范围内的 J）的每日情况报告：按区县统计的颜色及变化、
                          检测、密接、风险区、规则版本、按理由统计的人工调整、已打印卡片；
                          小数目已抑制

角色：viewer（查看员）、operator（操作员）、rule_editor（规则编辑员）、approver（审批人）、administrator（管理员）。
退出码：0 成功，2 用法错误，3 数据库 URL 错误，4 数据库不可用，5 数据库版本过新，
6 用户名或密码错误，7 账户已锁定，8 账户已停用，9 权限不足，
10 超出用户的辖区范围，11 未找到，12 冲突，13 审计链断裂，
14 密钥或签名问题，15 数据库错误，16 输入无效，17 已取消。
verify 拒绝时的退出码：20 不是健康码，21-25 格式错误（base45、zlib、CBOR、COSE、
声明），26 签发方或密钥未知，27 签名错误，28 签发方与其密钥不符，
29 已吊销，30 密钥已停用，31 尚未生效，32 已过期，33 图像中没有二维码；
34 签名密钥口令错误；35 打印时未选中任何人。
</translation>
    </message>
</context>
<context>
    <name>hc::cli::StatusCommands</name>
    <message>
        <source>%1 (%2):</source>
        <translation>%1（%2）：</translation>
    </message>
    <message>
        <source>Usage: status show PERSON (a full ID number)</source>
        <translation>用法：status show PERSON（完整的身份证号）</translation>
    </message>
    <message>
        <source>Person:   %1, ID number %2, %3</source>
        <translation>人员：   %1，身份证号 %2，%3</translation>
    </message>
    <message>
        <source>Colour:   %1</source>
        <translation>颜色：   %1</translation>
    </message>
    <message>
        <source>Why:      %1</source>
        <translation>原因：   %1</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <source>override %1</source>
        <translation>人工调整 %1</translation>
    </message>
    <message>
        <source>rule %1, version %2</source>
        <translation>规则 %1，版本 %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>Risk-area stays</source>
        <translation>风险区停留</translation>
    </message>
    <message>
        <source>home district %1</source>
        <translation>居住区县 %1</translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation>近期扫码记录</translation>
    </message>
    <message>
        <source>Printed cards</source>
        <translation>已打印的卡片</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>已于 %1 吊销</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <source>asked by %1</source>
        <translation>申请人 %1</translation>
    </message>
    <message>
        <source>Usage: status explain PERSON (a full ID number)</source>
        <translation>用法：status explain PERSON（完整的身份证号）</translation>
    </message>
    <message>
        <source>The rules in force now say: %1 This takes effect at the next re-evaluation.</source>
        <translation>按现行规则：%1 这将在下次重新评估时生效。</translation>
    </message>
    <message>
        <source>Usage: status show|explain PERSON (a full ID number)</source>
        <translation>用法：status show|explain PERSON（完整的身份证号）</translation>
    </message>
</context>
<context>
    <name>hc::codes::Base45</name>
    <message>
        <source>Character %1 (%2) is not a base45 character; only 0-9, A-Z, space and $%*+-./: may appear.</source>
        <translation>第 %1 个字符（%2）不是 base45 字符；只能出现 0-9、A-Z、空格和 $%*+-./:。</translation>
    </message>
    <message>
        <source>The base45 text has a lone character at position %1: its length must not leave a remainder of 1 when divided by 3.</source>
        <translation>base45 文本在位置 %1 有一个孤立字符：其长度除以 3 的余数不能为 1。</translation>
    </message>
    <message>
        <source>The base45 group starting at character %1 has the value %2, more than it can hold.</source>
        <translation>从第 %1 个字符开始的 base45 分组的值为 %2，超出了其可容纳的范围。</translation>
    </message>
</context>
<context>
    <name>hc::codes::CoseSign1</name>
    <message>
        <source>The signed message is not tagged as COSE_Sign1 (tag 18).</source>
        <translation>签名消息未标记为 COSE_Sign1（标签 18）。</translation>
    </message>
    <message>
        <source>The signed message has CBOR tag %1; a COSE_Sign1 message has tag 18.</source>
        <translation>签名消息的 CBOR 标签为 %1；COSE_Sign1 消息的标签应为 18。</translation>
    </message>
    <message>
        <source>The COSE_Sign1 message is not an array.</source>
        <translation>COSE_Sign1 消息不是数组。</translation>
    </message>
    <message>
        <source>The COSE_Sign1 array has %1 elements instead of 4.</source>
        <translation>COSE_Sign1 数组有 %1 个元素，而不是 4 个。</translation>
    </message>
    <message>
        <source>The protected header (element 1) is not a byte string.</source>
        <translation>受保护头部（元素 1）不是字节串。</translation>
    </message>
    <message>
        <source>The unprotected header (element 2) is not a map.</source>
        <translation>未受保护头部（元素 2）不是映射。</translation>
    </message>
    <message>
        <source>The payload (element 3) is not a byte string.</source>
        <translation>载荷（元素 3）不是字节串。</translation>
    </message>
    <message>
        <source>The signature (element 4) is not a byte string.</source>
        <translation>签名（元素 4）不是字节串。</translation>
    </message>
    <message>
        <source>The unprotected header must be empty; every header parameter belongs in the protected one.</source>
        <translation>未受保护头部必须为空；所有头部参数都应放在受保护头部中。</translation>
    </message>
    <message>
        <source>The signature has %1 bytes; an Ed25519 signature has 64.</source>
        <translation>签名有 %1 字节；Ed25519 签名应为 64 字节。</translation>
    </message>
    <message>
        <source>The protected header</source>
        <translation>受保护头部</translation>
    </message>
    <message>
        <source>The protected header is not a map.</source>
        <translation>受保护头部不是映射。</translation>
    </message>
    <message>
        <source>The protected header is ambiguous: %1.</source>
        <translation>受保护头部有歧义：%1。</translation>
    </message>
    <message>
        <source>The protected header has the parameter %1; only 1 (alg) and 4 (kid) are allowed.</source>
        <translation>受保护头部含有参数 %1；只允许 1（alg）和 4（kid）。</translation>
    </message>
    <message>
        <source>The protected header has no algorithm (parameter 1).</source>
        <translation>受保护头部没有算法（参数 1）。</translation>
    </message>
    <message>
        <source>The algorithm is %1; health codes are signed with EdDSA (-8).</source>
        <translation>算法为 %1；健康码使用 EdDSA（-8）签名。</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>The protected header has no key id (parameter 4).</source>
        <translation>受保护头部没有密钥 ID（参数 4）。</translation>
    </message>
    <message>
        <source>The key id (parameter 4) must be a byte string of 1 to %1 bytes.</source>
        <translation>密钥 ID（参数 4）必须是 1 到 %1 字节的字节串。</translation>
    </message>
</context>
<context>
    <name>hc::codes::CwtClaims</name>
    <message>
        <source>The issuer (claim 1) must be a jurisdiction code of 1 to %1 characters.</source>
        <translation>签发方（声明 1）必须是 1 到 %1 个字符的辖区代码。</translation>
    </message>
    <message>
        <source>The subject (claim 2) must be a pseudonym of 1 to %1 characters.</source>
        <translation>主体（声明 2）必须是 1 到 %1 个字符的假名标识。</translation>
    </message>
    <message>
        <source>The card serial (claim 7) must be 1 to %1 bytes.</source>
        <translation>卡片序列号（声明 7）必须为 1 到 %1 字节。</translation>
    </message>
    <message>
        <source>The issue time (claim 6) is missing or out of range.</source>
        <translation>签发时间（声明 6）缺失或超出范围。</translation>
    </message>
    <message>
        <source>The expiry (claim 4) must come after the issue time.</source>
        <translation>到期时间（声明 4）必须晚于签发时间。</translation>
    </message>
    <message>
        <source>The claims are not a CBOR map.</source>
        <translation>声明集不是 CBOR 映射。</translation>
    </message>
    <message>
        <source>The claims map is ambiguous: %1.</source>
        <translation>声明映射有歧义：%1。</translation>
    </message>
    <message>
        <source>The claim %1 (%2) is missing.</source>
        <translation>缺少声明 %1（%2）。</translation>
    </message>
    <message>
        <source>The claim 1 (iss) must be a text string.</source>
        <translation>声明 1（iss）必须是文本串。</translation>
    </message>
    <message>
        <source>The claim 2 (sub) must be a text string.</source>
        <translation>声明 2（sub）必须是文本串。</translation>
    </message>
    <message>
        <source>The claim 4 (exp) must be an integer number of seconds.</source>
        <translation>声明 4（exp）必须是整数秒数。</translation>
    </message>
    <message>
        <source>The claim 6 (iat) must be an integer number of seconds.</source>
        <translation>声明 6（iat）必须是整数秒数。</translation>
    </message>
    <message>
        <source>The claim 7 (cti) must be a byte string.</source>
        <translation>声明 7（cti）必须是字节串。</translation>
    </message>
    <message>
        <source>The claims format (claim -65537) is %1; this program reads format %2.</source>
        <translation>声明格式（声明 -65537）为 %1；本程序读取的格式为 %2。</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>The demo claim (-65538) may only hold true.</source>
        <translation>演示声明（-65538）只能为 true。</translation>
    </message>
</context>
<context>
    <name>hc::codes::HealthCodeToken</name>
    <message>
        <source>The key id must be 1 to %1 bytes.</source>
        <translation>密钥 ID 必须为 1 到 %1 字节。</translation>
    </message>
    <message>
        <source>The signing key is not an Ed25519 secret key.</source>
        <translation>该签名密钥不是 Ed25519 私钥。</translation>
    </message>
    <message>
        <source>The code would be %1 characters long, more than a QR code holds.</source>
        <translation>该码将有 %1 个字符，超出二维码的容量。</translation>
    </message>
    <message>
        <source>This is an EU Digital COVID Certificate (HC1:), not a health code.</source>
        <translation>这是欧盟数字新冠证书（HC1:），不是健康码。</translation>
    </message>
    <message>
        <source>This is not a health code: it does not start with %1.</source>
        <translation>这不是健康码：它不是以 %1 开头。</translation>
    </message>
    <message>
        <source>The code is %1 characters long; no QR code holds more than %2.</source>
        <translation>该码有 %1 个字符；二维码最多只能容纳 %2 个。</translation>
    </message>
    <message>
        <source>The signed message</source>
        <translation>签名消息</translation>
    </message>
    <message>
        <source>The claims</source>
        <translation>声明集</translation>
    </message>
    <message>
        <source>The code was signed by key %1 (issuer %2), which is not in the trust list: an unknown issuer, or a trust list that is out of date.</source>
        <translation>该码由密钥 %1（签发方 %2）签名，而该密钥不在信任列表中：签发方未知，或信任列表已过时。</translation>
    </message>
    <message>
        <source>The code was signed by key %1 (issuer %2), which is not trusted: %3</source>
        <translation>该码由密钥 %1（签发方 %2）签名，而该密钥不受信任：%3</translation>
    </message>
    <message>
        <source>The signature does not match the code&apos;s contents: the code was altered or damaged, or not signed by key %1.</source>
        <translation>签名与码的内容不符：该码已被篡改或损坏，或并非由密钥 %1 签名。</translation>
    </message>
    <message>
        <source>The code names issuer %1, but its key %2 is trusted only for jurisdiction %3.</source>
        <translation>该码声明的签发方为 %1，但其密钥 %2 仅对辖区 %3 受信任。</translation>
    </message>
    <message>
        <source>Card %1 was revoked on %2 (lost or replaced).</source>
        <translation>卡片 %1 已于 %2 吊销（遗失或已补办）。</translation>
    </message>
    <message>
        <source>The code was issued on %1 with key %2, which was retired on %3 and may no longer sign.</source>
        <translation>该码于 %1 使用密钥 %2 签发，而该密钥已于 %3 停用，不得再用于签名。</translation>
    </message>
    <message>
        <source>The code is issued on %1, which is still in the future (now %2); check this device&apos;s clock.</source>
        <translation>该码的签发时间为 %1，晚于当前时间（现在是 %2）；请检查本设备的时钟。</translation>
    </message>
    <message>
        <source>The card expired on %1.</source>
        <translation>该卡片已于 %1 过期。</translation>
    </message>
    <message>
        <source>The code is damaged or was altered (base45 text): %1</source>
        <translation>该码已损坏或被篡改（base45 文本）：%1</translation>
    </message>
    <message>
        <source>The code is damaged or was altered (zlib compression): %1</source>
        <translation>该码已损坏或被篡改（zlib 压缩）：%1</translation>
    </message>
    <message>
        <source>The code is damaged or was altered (CBOR encoding): %1</source>
        <translation>该码已损坏或被篡改（CBOR 编码）：%1</translation>
    </message>
    <message>
        <source>The code is not a signed health code (COSE structure): %1</source>
        <translation>该码不是经签名的健康码（COSE 结构）：%1</translation>
    </message>
    <message>
        <source>The code&apos;s contents are invalid (claims): %1</source>
        <translation>该码的内容无效（声明）：%1</translation>
    </message>
</context>
<context>
    <name>hc::codes::JsonFields</name>
    <message>
        <source>field %1 must be a text of 1 to %2 characters.</source>
        <translation>字段 %1 必须是 1 到 %2 个字符的文本。</translation>
    </message>
    <message>
        <source>field %1 must be a whole number of seconds since 1970.</source>
        <translation>字段 %1 必须是自 1970 年起的整数秒数。</translation>
    </message>
    <message>
        <source>field %1 must be %2 bytes in base64.</source>
        <translation>字段 %1 必须是 base64 编码的 %2 字节。</translation>
    </message>
    <message>
        <source>field %1 must be 1 to %2 bytes in hexadecimal.</source>
        <translation>字段 %1 必须是十六进制表示的 1 到 %2 字节。</translation>
    </message>
</context>
<context>
    <name>hc::codes::KeyService</name>
    <message>
        <source>The key passphrase must have at least %1 characters.</source>
        <translation>密钥口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>Unknown key purpose &quot;%1&quot;; purposes are: %2.</source>
        <translation>未知的密钥用途“%1”；可用的用途有：%2。</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <source>Key %1 is already retired.</source>
        <translation>密钥 %1 已停用。</translation>
    </message>
</context>
<context>
    <name>hc::codes::QrDecoder</name>
    <message>
        <source>The image is empty.</source>
        <translation>图像为空。</translation>
    </message>
    <message>
        <source>No readable QR code was found in the image.</source>
        <translation>图像中没有找到可识别的二维码。</translation>
    </message>
    <message>
        <source>Cannot read the image %1: %2</source>
        <translation>无法读取图像 %1：%2</translation>
    </message>
</context>
<context>
    <name>hc::codes::QrEncoder</name>
    <message>
        <source>The text (%1 characters) does not fit in a QR code at error correction level Q.</source>
        <translation>该文本（%1 个字符）超出了纠错等级 Q 的二维码容量。</translation>
    </message>
</context>
<context>
    <name>hc::codes::RevocationList</name>
    <message>
        <source>%1: not a valid revocation list: %2</source>
        <translation>%1：不是有效的吊销列表：%2</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 不是对象。</translation>
    </message>
    <message>
        <source>%1: the revocation list&apos;s signature does not match its contents; it was changed after signing or is damaged.</source>
        <translation>%1：吊销列表的签名与内容不符；它在签名后被修改过或已损坏。</translation>
    </message>
</context>
<context>
    <name>hc::codes::RevocationService</name>
    <message>
        <source>The printed card serial &quot;%1&quot; is not the hexadecimal card serial codes carry.</source>
        <translation>打印的卡片序列号“%1”不是码中所含的十六进制卡片序列号。</translation>
    </message>
</context>
<context>
    <name>hc::codes::SignedList</name>
    <message>
        <source>JSON error at byte %1: %2.</source>
        <translation>JSON 错误，位于第 %1 字节：%2。</translation>
    </message>
    <message>
        <source>the document is not a JSON object.</source>
        <translation>该文档不是 JSON 对象。</translation>
    </message>
    <message>
        <source>field format is not %1.</source>
        <translation>字段 format 不是 %1。</translation>
    </message>
    <message>
        <source>field signer.kid does not match signer.public_key.</source>
        <translation>字段 signer.kid 与 signer.public_key 不符。</translation>
    </message>
    <message>
        <source>field %1 must be an array.</source>
        <translation>字段 %1 必须是数组。</translation>
    </message>
    <message>
        <source>field %1 has more than %2 entries.</source>
        <translation>字段 %1 的条目超过 %2 个。</translation>
    </message>
</context>
<context>
    <name>hc::codes::StrictCbor</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1为空。</translation>
    </message>
    <message>
        <source>%1 is not valid CBOR (at byte %2): %3.</source>
        <translation>%1不是有效的 CBOR（第 %2 字节处）：%3。</translation>
    </message>
    <message>
        <source>%1 has %2 unexpected bytes after its CBOR item (from byte %3).</source>
        <translation>%1在其 CBOR 数据项之后有 %2 个多余字节（从第 %3 字节起）。</translation>
    </message>
    <message>
        <source>(a key of CBOR type %1)</source>
        <translation>（CBOR 类型为 %1 的键）</translation>
    </message>
    <message>
        <source>the key %1 appears twice</source>
        <translation>键 %1 出现了两次</translation>
    </message>
</context>
<context>
    <name>hc::codes::TrustList</name>
    <message>
        <source>%1: not a valid trust list: %2</source>
        <translation>%1：不是有效的信任列表：%2</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 不是对象。</translation>
    </message>
    <message>
        <source>field %1.kid does not match %1.public_key.</source>
        <translation>字段 %1.kid 与 %1.public_key 不符。</translation>
    </message>
    <message>
        <source>the key %1 is listed twice.</source>
        <translation>密钥 %1 被列出了两次。</translation>
    </message>
    <message>
        <source>%1: the trust list&apos;s signature does not match its contents; it was changed after signing or is damaged.</source>
        <translation>%1：信任列表的签名与内容不符；它在签名后被修改过或已损坏。</translation>
    </message>
</context>
<context>
    <name>hc::codes::TrustListService</name>
    <message>
        <source>Jurisdiction %1 has no card signing keys to publish; create one with healthcode-ctl keys generate.</source>
        <translation>辖区 %1 没有可发布的制卡签名密钥；请用 healthcode-ctl keys generate 创建一个。</translation>
    </message>
    <message>
        <source>%1: the trust list is not imported: %2</source>
        <translation>%1：未导入该信任列表：%2</translation>
    </message>
    <message>
        <source>its issuer %1 is one of this database&apos;s own jurisdictions, whose keys come from this database.</source>
        <translation>其签发方 %1 是本数据库自己的辖区，该辖区的密钥来自本数据库。</translation>
    </message>
    <message>
        <source>key %1 claims to sign for jurisdiction %2, one of this database&apos;s own.</source>
        <translation>密钥 %1 声称为辖区 %2 签名，而该辖区属于本数据库。</translation>
    </message>
    <message>
        <source>key %1 is one of this database&apos;s own keys.</source>
        <translation>密钥 %1 是本数据库自己的密钥。</translation>
    </message>
    <message>
        <source>key %1 is already trusted through the trust list of %2.</source>
        <translation>密钥 %1 已通过 %2 的信任列表受信任。</translation>
    </message>
    <message>
        <source>the trust list of %1 was signed by key %2 (fingerprint %3) until now, this one by key %4 (fingerprint %5). Confirm the new key with %1 by another channel, then import again accepting the new signer.</source>
        <translation>%1 的信任列表此前由密钥 %2（指纹 %3）签名，而这一份由密钥 %4（指纹 %5）签名。请通过其他渠道与 %1 确认新密钥，然后在接受新签名方的情况下重新导入。</translation>
    </message>
    <message>
        <source>it was created on %1, before the list of %2 imported already (created %3).</source>
        <translation>它创建于 %1，早于已导入的 %2 的列表（创建于 %3）。</translation>
    </message>
    <message>
        <source>this database</source>
        <translation>本数据库</translation>
    </message>
    <message>
        <source>it is a demo key of this database, and demo cards are never valid.</source>
        <translation>它是本数据库的演示密钥，而演示卡片永远无效。</translation>
    </message>
    <message>
        <source>the imported trust list of %1</source>
        <translation>已导入的 %1 的信任列表</translation>
    </message>
    <message>
        <source>key %1 claims to sign for jurisdiction %2, which does not lie under the list&apos;s issuer %3.</source>
        <translation>密钥 %1 声称为辖区 %2 签名，但该辖区不在此列表签发方 %3 的辖区之下。</translation>
    </message>
</context>
<context>
    <name>hc::codes::Zlib</name>
    <message>
        <source>The compressed data is empty.</source>
        <translation>压缩数据为空。</translation>
    </message>
    <message>
        <source>Not enough memory to decompress.</source>
        <translation>内存不足，无法解压。</translation>
    </message>
    <message>
        <source>The compressed data expands to more than %1 bytes; a health code is far smaller.</source>
        <translation>压缩数据解压后超过 %1 字节；健康码远比这小。</translation>
    </message>
    <message>
        <source>The compressed data needs a preset dictionary.</source>
        <translation>压缩数据需要预设字典。</translation>
    </message>
    <message>
        <source>The compressed data is damaged at byte %1: %2.</source>
        <translation>压缩数据在第 %1 字节处损坏：%2。</translation>
    </message>
    <message>
        <source>The compressed data ends before the end of its stream (truncated).</source>
        <translation>压缩数据在数据流结束前中断（被截断）。</translation>
    </message>
    <message>
        <source>The compressed data could not be decompressed.</source>
        <translation>无法解压压缩数据。</translation>
    </message>
    <message>
        <source>%1 unexpected bytes follow the end of the compressed stream.</source>
        <translation>压缩数据流结束后还有 %1 个多余字节。</translation>
    </message>
</context>
<context>
    <name>hc::crypto::Crypto</name>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>内存不足，无法计算密码哈希。</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>口令不能为空。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>内存不足，无法由口令派生密钥。</translation>
    </message>
    <message>
        <source>The stored key is damaged.</source>
        <translation>存储的密钥已损坏。</translation>
    </message>
    <message>
        <source>Wrong passphrase for the signing key.</source>
        <translation>签名密钥的口令错误。</translation>
    </message>
</context>
<context>
    <name>hc::crypto::KeyStore</name>
    <message>
        <source>No signing key with id %1.</source>
        <translation>不存在 ID 为 %1 的签名密钥。</translation>
    </message>
    <message>
        <source>There is no active %1 signing key.</source>
        <translation>没有可用的 %1 签名密钥。</translation>
    </message>
</context>
<context>
    <name>hc::db</name>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
</context>
<context>
    <name>hc::db::Database</name>
    <message>
        <source>A database connection named &quot;%1&quot; is already open.</source>
        <translation>名为“%1”的数据库连接已经打开。</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>未安装 Qt SQLite 驱动（QSQLITE）。</translation>
    </message>
    <message>
        <source>The SQLite file %1 is on a network share. SQLite&apos;s locking is not safe there; offices that share data must use a PostgreSQL server.</source>
        <translation>SQLite 文件 %1 位于网络共享上。SQLite 的文件锁在网络共享上并不安全；需要共享数据的办公室必须使用 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>The folder %1 for the SQLite file does not exist.</source>
        <translation>存放 SQLite 文件的文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql).</source>
        <translation>未安装 Qt PostgreSQL 驱动（QPSQL）（Debian 软件包：libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Database error in &quot;%1&quot;: %2</source>
        <translation>“%1”中出现数据库错误：%2</translation>
    </message>
    <message>
        <source>SQLite databases have no server roles.</source>
        <translation>SQLite 数据库没有服务器角色。</translation>
    </message>
</context>
<context>
    <name>hc::db::DatabaseUrl</name>
    <message>
        <source>Invalid database URL &quot;%1&quot;: %2 Use sqlite:PATH or postgresql://user@host:port/name.</source>
        <translation>数据库 URL“%1”无效：%2 请使用 sqlite:路径 或 postgresql://user@host:port/name。</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>URL 为空。</translation>
    </message>
    <message>
        <source>the file path is missing.</source>
        <translation>缺少文件路径。</translation>
    </message>
    <message>
        <source>the port is out of range.</source>
        <translation>端口超出范围。</translation>
    </message>
    <message>
        <source>the database name is missing.</source>
        <translation>缺少数据库名称。</translation>
    </message>
    <message>
        <source>the scheme is not sqlite: or postgresql://.</source>
        <translation>协议不是 sqlite: 或 postgresql://。</translation>
    </message>
</context>
<context>
    <name>hc::db::Migrations</name>
    <message>
        <source>The database has schema version %1 but this program knows only up to version %2. Install the newer console that wrote it.</source>
        <translation>数据库的结构版本为 %1，而本程序只支持到版本 %2。请安装写入该数据库的较新版本控制台。</translation>
    </message>
    <message>
        <source>Migration to version %1 failed: %2</source>
        <translation>迁移到版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>hc::db::Transaction</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>No transaction to commit.</source>
        <translation>没有可提交的事务。</translation>
    </message>
    <message>
        <source>Could not commit: %1</source>
        <translation>无法提交：%1</translation>
    </message>
</context>
<context>
    <name>hc::demo::DemoDataGenerator</name>
    <message>
        <source>people: %1 is out of range; give 1 to 20,000,000.</source>
        <translation>人数：%1 超出范围；请指定 1 到 20,000,000。</translation>
    </message>
    <message>
        <source>days: %1 is out of range; give 1 to 366.</source>
        <translation>天数：%1 超出范围；请指定 1 到 366。</translation>
    </message>
    <message>
        <source>scans per day: %1 is out of range; give 0 to 50,000,000.</source>
        <translation>每日扫码次数：%1 超出范围；请指定 0 到 50,000,000。</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled during &quot;%1&quot;; nothing of that step was stored.</source>
        <translation>演示数据生成在“%1”阶段被取消；该步骤的数据均未保存。</translation>
    </message>
    <message>
        <source>The database already has people. Demo data goes only into a database without any: create a new database (or reset demo mode) and generate again.</source>
        <translation>数据库中已有人员。演示数据只能写入没有任何人员的数据库：请新建数据库（或重置演示模式）后重新生成。</translation>
    </message>
    <message>
        <source>The database has more than one top-level jurisdiction; demo data needs a single province at the top.</source>
        <translation>数据库中有多个顶级辖区；演示数据要求顶级只有一个省。</translation>
    </message>
    <message>
        <source>The top-level jurisdiction %1 is a %2; demo data needs a province at the top.</source>
        <translation>顶级辖区 %1 是%2；演示数据要求顶级为省。</translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Tests, contacts and risk areas</source>
        <translation>检测、密接与风险区</translation>
    </message>
    <message>
        <source>Indexing scans</source>
        <translation>正在为扫码记录建立索引</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫码记录</translation>
    </message>
</context>
<context>
    <name>hc::demo::DemoDatabase</name>
    <message>
        <source>Demo mode is disabled on this computer by the system-wide configuration (%1 = false). Ask IT if you need it for training.</source>
        <translation>系统级配置已在本计算机上禁用演示模式（%1 = false）。如培训需要，请联系 IT 部门。</translation>
    </message>
    <message>
        <source>The demo database %1 is the configured database. Demo mode never uses the production database; point the configuration (database/url) at another file.</source>
        <translation>演示数据库 %1 就是已配置的数据库。演示模式绝不使用生产数据库；请将配置（database/url）指向其他文件。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Demo Province</source>
        <translation>演示省</translation>
    </message>
    <message>
        <source>The new demo database could not be moved to %1: %2</source>
        <translation>无法将新的演示数据库移动到 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 exists and is not a demo database; demo mode never overwrites it. Move the file away or choose another place for the demo database.</source>
        <translation>文件 %1 已存在且不是演示数据库；演示模式绝不会覆盖它。请移走该文件，或为演示数据库另选位置。</translation>
    </message>
    <message>
        <source>The old demo database %1 could not be removed: %2</source>
        <translation>无法删除旧的演示数据库 %1：%2</translation>
    </message>
</context>
<context>
    <name>hc::demo::SqliteBulkWriter</name>
    <message>
        <source>The SQLite connection does not expose its native handle.</source>
        <translation>该 SQLite 连接未提供原生句柄。</translation>
    </message>
    <message>
        <source>The SQLite connection is not open.</source>
        <translation>该 SQLite 连接未打开。</translation>
    </message>
</context>
<context>
    <name>hc::gui</name>
    <message>
        <source>May %1.</source>
        <translation>可以%1。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>hc::gui::AddUserDialog</name>
    <message>
        <source>&amp;Add User</source>
        <translation>添加用户(&amp;A)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cannot Add User</source>
        <translation>无法添加用户</translation>
    </message>
    <message>
        <source>The user %1 was not added.</source>
        <translation>未添加用户 %1。</translation>
    </message>
</context>
<context>
    <name>hc::gui::AuditPage</name>
    <message>
        <source>Your role (%1) may not verify the audit chain; an administrator can.</source>
        <translation>您的角色（%1）无权校验审计链；管理员可以校验。</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>正在校验审计链…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>校验进度</translation>
    </message>
    <message>
        <source>Verify Audit Chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>Verification did not finish: %1</source>
        <translation>校验未完成：%1</translation>
    </message>
    <message>
        <source>Intact: %1 records</source>
        <translation>完好：共 %1 条记录</translation>
    </message>
    <message>
        <source>Broken at record %1: %2</source>
        <translation>在第 %1 条记录处断裂：%2</translation>
    </message>
</context>
<context>
    <name>hc::gui::BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>hc::gui::ChangeRoleDialog</name>
    <message>
        <source>Change Role of %1</source>
        <translation>更改 %1 的角色</translation>
    </message>
    <message>
        <source>%1 is now %2. Choose the new role.</source>
        <translation>%1 当前为%2。请选择新角色。</translation>
    </message>
    <message>
        <source>&amp;Change Role</source>
        <translation>更改角色(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot Change Role</source>
        <translation>无法更改角色</translation>
    </message>
    <message>
        <source>The role of %1 was not changed.</source>
        <translation>%1 的角色未更改。</translation>
    </message>
</context>
<context>
    <name>hc::gui::ConsoleApp</name>
    <message>
        <source>Health Code Console: rules, statuses, scan heatmaps and printed codes.</source>
        <translation>健康码管理控制台：风险规则、人员状态、扫码热力图与纸质健康码打印。</translation>
    </message>
    <message>
        <source>The database: sqlite:PATH or postgresql://user@host:port/name. Default: HEALTHCODE_DB, then database/url in the configuration; on first run the console asks.</source>
        <translation>数据库：sqlite:路径 或 postgresql://user@host:port/name。默认依次取 HEALTHCODE_DB 和配置中的 database/url；首次运行时控制台会询问。</translation>
    </message>
    <message>
        <source>Build a fresh synthetic demo city in a database of its own (never the configured one) and log in as its administrator.</source>
        <translation>在独立的数据库（绝不是已配置的数据库）中新建一座合成的演示城市，并以其管理员身份登录。</translation>
    </message>
    <message>
        <source>Health Code Console</source>
        <translation>健康码管理控制台</translation>
    </message>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>无法启动密码库。</translation>
    </message>
    <message>
        <source>libsodium failed to initialise; reinstall the console.</source>
        <translation>libsodium 初始化失败；请重新安装控制台。</translation>
    </message>
    <message>
        <source>The database address %1 is not valid.</source>
        <translation>数据库地址 %1 无效。</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>无法打开数据库 %1。</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 could not be read.</source>
        <translation>无法读取数据库 %1。</translation>
    </message>
    <message>
        <source>Demo Mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Demo mode cannot start.</source>
        <translation>无法启动演示模式。</translation>
    </message>
    <message>
        <source>Reset Demo</source>
        <translation>重置演示</translation>
    </message>
    <message>
        <source>Rebuild the demo city as it was at the start?</source>
        <translation>要将演示城市恢复为初始状态吗？</translation>
    </message>
    <message>
        <source>Every change made in the demo (users, rules, overrides, printed cards) is thrown away. You are then logged in again as the demo administrator.</source>
        <translation>演示中所做的所有更改（用户、规则、人工调整、已打印的卡片）都将被丢弃。之后您将再次以演示管理员身份登录。</translation>
    </message>
    <message>
        <source>Building the demo city…</source>
        <translation>正在生成演示城市…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo build progress</source>
        <translation>演示城市生成进度</translation>
    </message>
    <message>
        <source>Building the demo city: %1…</source>
        <translation>正在生成演示城市：%1…</translation>
    </message>
    <message>
        <source>The demo city could not be built.</source>
        <translation>无法生成演示城市。</translation>
    </message>
    <message>
        <source>The demo city could not be set up.</source>
        <translation>无法设置演示城市。</translation>
    </message>
    <message>
        <source>The demo database %1 could not be opened.</source>
        <translation>无法打开演示数据库 %1。</translation>
    </message>
    <message>
        <source>The demo administrator could not log in.</source>
        <translation>演示管理员无法登录。</translation>
    </message>
</context>
<context>
    <name>hc::gui::DemoBanner</name>
    <message>
        <source>Demo administrator: %1 · password (also of the demo signing key): %2</source>
        <translation>演示管理员：%1 · 密码（也是演示签名密钥的口令）：%2</translation>
    </message>
</context>
<context>
    <name>hc::gui::FirstAdminDialog</name>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;Create Administrator</source>
        <translation>创建管理员(&amp;C)</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
</context>
<context>
    <name>hc::gui::HeatmapMapWidget</name>
    <message>
        <source>%1: no scans in this cell. Double-click to zoom to the district.</source>
        <translation>%1：此网格内没有扫码记录。双击可放大到该区县。</translation>
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
        <translation>已抑制</translation>
    </message>
    <message>
        <source>Fewer than %1 people, or hidden so that a small group cannot be worked out by subtraction.</source>
        <translation>少于 %1 人，或为防止通过相减推算出小群体而隐藏。</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>所有颜色</translation>
    </message>
    <message>
        <source>1 hour per second</source>
        <translation>每秒 1 小时</translation>
    </message>
    <message>
        <source>2 hours per second</source>
        <translation>每秒 2 小时</translation>
    </message>
    <message>
        <source>4 hours per second</source>
        <translation>每秒 4 小时</translation>
    </message>
    <message>
        <source>8 hours per second</source>
        <translation>每秒 8 小时</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫码次数</translation>
    </message>
    <message>
        <source>Distinct people</source>
        <translation>不同人员数</translation>
    </message>
    <message>
        <source>There is no city in your jurisdiction to draw: import the jurisdictions with their boundaries first (healthcode-ctl import jurisdictions).</source>
        <translation>您的辖区内没有可绘制的市：请先导入含边界的辖区数据（healthcode-ctl import jurisdictions）。</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>No scans in %1 yet: import scans first.</source>
        <translation>%1 尚无扫码记录：请先导入扫码记录。</translation>
    </message>
    <message>
        <source>The window needs a start before its end.</source>
        <translation>时间窗口的开始时间必须早于结束时间。</translation>
    </message>
    <message>
        <source>The window is longer than %1 days.</source>
        <translation>时间窗口超过 %1 天。</translation>
    </message>
    <message>
        <source>Reading the heatmap of %1…</source>
        <translation>正在读取%1的热力图…</translation>
    </message>
    <message>
        <source>%1: no scans of %2 in this window.</source>
        <translation>%1：此时间窗口内没有%2的扫码记录。</translation>
    </message>
    <message>
        <source>%1, %2: suppressed (fewer than %3 people).</source>
        <translation>%1，%2：已抑制（少于 %3 人）。</translation>
    </message>
    <message>
        <source>%1, %2: %3 scans by %4 distinct people.</source>
        <translation>%1，%2：%4 名不同人员扫码 %3 次。</translation>
    </message>
    <message>
        <source>Cells with scans: %1, of them suppressed: %2 (fewer than %3 people, or hidden so that a small group cannot be worked out by subtraction).</source>
        <translation>有扫码记录的网格：%1 个，其中已抑制：%2 个（少于 %3 人，或为防止通过相减推算出小群体而隐藏）。</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>Pause the play-back</source>
        <translation>暂停播放</translation>
    </message>
    <message>
        <source>Play hour by hour</source>
        <translation>逐小时播放</translation>
    </message>
    <message>
        <source>Whole window: %1 h</source>
        <translation>整个时间窗口：%1 小时</translation>
    </message>
    <message>
        <source>Hour %1 of %2: %3–%4</source>
        <translation>第 %1 小时（共 %2 小时）：%3–%4</translation>
    </message>
    <message>
        <source>(reading…)</source>
        <translation>（正在读取…）</translation>
    </message>
    <message>
        <source>Scans per hour by colour of code</source>
        <translation>按健康码颜色统计的每小时扫码次数</translation>
    </message>
    <message>
        <source>Distinct people per hour by colour of code</source>
        <translation>按健康码颜色统计的每小时不同人员数</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>%1 codes</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>hour shown</source>
        <translation>当前小时</translation>
    </message>
    <message>
        <source>No venue had %1 or more distinct people (%2) over the whole days %3.</source>
        <translation>在 %3 的整日内，没有场所的不同人员数（%2）达到 %1 或以上。</translation>
    </message>
    <message>
        <source>The venues with the most scans (%1) over the whole days %2; only venues with %3 or more distinct people are listed.</source>
        <translation>在 %2 的整日内扫码次数（%1）最多的场所；仅列出不同人员数达到 %3 或以上的场所。</translation>
    </message>
    <message>
        <source>%1 (total)</source>
        <translation>%1（合计）</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Map saved as %1.</source>
        <translation>地图已保存为 %1。</translation>
    </message>
    <message>
        <source>Export Figures</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Figures saved as %1.</source>
        <translation>数据已保存为 %1。</translation>
    </message>
    <message>
        <source>Heatmaps</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Distinct people above %1 are estimated (standard error about 3%).</source>
        <translation>不同人员数超过 %1 时为估算值（标准误差约 3%）。</translation>
    </message>
</context>
<context>
    <name>hc::gui::ImportDialog</name>
    <message>
        <source>Detect (UTF-8 or GB18030)</source>
        <translation>自动识别（UTF-8 或 GB18030）</translation>
    </message>
    <message>
        <source>GB18030 / GBK (Chinese Windows)</source>
        <translation>GB18030 / GBK（中文 Windows）</translation>
    </message>
    <message>
        <source>Refuse them (the file must give the zone)</source>
        <translation>拒绝（文件须写明时区）</translation>
    </message>
    <message>
        <source>China Standard Time (Asia/Shanghai)</source>
        <translation>北京时间（Asia/Shanghai）</translation>
    </message>
    <message>
        <source>This computer&apos;s zone (%1)</source>
        <translation>本机时区（%1）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import the files</source>
        <translation>导入这些文件</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>前几行</translation>
    </message>
    <message>
        <source>First rows of %1</source>
        <translation>%1 的前几行</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>按 %1 读取</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>%1 对应的列</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>File %1 of %2, %3: %4</source>
        <translation>第 %1 个文件，共 %2 个，%3：%4</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>%1: %2 imported, %3 duplicates, %4 rejected (%5).</source>
        <translation>%1：导入 %2 条，重复 %3 条，拒绝 %4 条（%5）。</translation>
    </message>
    <message>
        <source>%1: nothing imported. %2</source>
        <translation>%1：未导入任何内容。%2</translation>
    </message>
    <message>
        <source>Cancelled. What was committed before stays; importing the same file again resumes it.</source>
        <translation>已取消。此前已提交的内容保留；再次导入同一文件将从中断处继续。</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>CSV and JSON Lines (*.csv *.txt *.jsonl *.ndjson);;All files (*)</source>
        <translation>CSV 与 JSON Lines (*.csv *.txt *.jsonl *.ndjson);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1: already imported completely with these settings (rows rejected: %2); nothing was read again. healthcode-ctl import --force imports it again.</source>
        <translation>%1：已按相同设置完整导入（被拒绝的行：%2）；未再次读取。healthcode-ctl import --force 可再次导入。</translation>
    </message>
</context>
<context>
    <name>hc::gui::LockDialog</name>
    <message>
        <source>The console was locked. Enter the password of %1 to continue, or log out so that someone else can log in.</source>
        <translation>控制台已锁定。请输入 %1 的密码以继续，或注销以便其他人登录。</translation>
    </message>
</context>
<context>
    <name>hc::gui::LoginDialog</name>
    <message>
        <source>&amp;Log In</source>
        <translation>登录(&amp;L)</translation>
    </message>
</context>
<context>
    <name>hc::gui::MainWindow</name>
    <message>
        <source>Health Code Console — %1</source>
        <translation>健康码管理控制台 — %1</translation>
    </message>
    <message>
        <source>[DEMO] Health Code Console — %1</source>
        <translation>[演示] 健康码管理控制台 — %1</translation>
    </message>
    <message>
        <source>There is nothing here yet for the role %1. The areas this role works in are not part of this version of the console.</source>
        <translation>这里暂时没有适合角色“%1”的内容。该角色负责的业务尚未包含在此版本的控制台中。</translation>
    </message>
    <message>
        <source>No pages</source>
        <translation>没有页面</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>Jurisdiction: %1</source>
        <translation>辖区：%1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Health Code Console %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;健康码管理控制台 %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Database: %1&lt;br&gt;Backend: %2&lt;br&gt;Demo mode: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;数据库：%1&lt;br&gt;后端：%2&lt;br&gt;演示模式：%3&lt;/p&gt;</translation>
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
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Demo mode:&lt;/b&gt; a synthetic training city. No person in it is real and cards printed from it are not valid.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;演示模式：&lt;/b&gt;合成的培训城市。其中的人员均非真实存在，从中打印的卡片无效。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Logged in as %1 (%2)&lt;/p&gt;</source>
        <translation>&lt;p&gt;当前登录：%1（%2）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Health Code Console</source>
        <translation>关于健康码管理控制台</translation>
    </message>
    <message numerus="yes">
        <source>Purged %n scan(s) older than the retention window; their heatmap figures stay.</source>
        <translation>
            <numerusform>已清除 %n 条超过保留期限的扫码记录；其热力图统计保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Purging old scans</source>
        <translation>正在清除过期扫码记录</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Single-office mode.&lt;/b&gt; This SQLite database serves one PC; roles and jurisdictions are checked by the console itself, not by a database server. Offices that share data use a PostgreSQL server, which enforces them for every program that connects.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;单机模式。&lt;/b&gt;此 SQLite 数据库只供一台电脑使用；角色和辖区由控制台自身检查，而不是由数据库服务器检查。需要共享数据的多个办公室应使用 PostgreSQL 服务器，由服务器对每个连接的程序强制执行这些规则。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The PostgreSQL server enforces your role and jurisdiction; this console is connected as the database role %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;PostgreSQL 服务器强制执行您的角色和辖区；本控制台以数据库角色 %1 连接。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hc::gui::OverrideDialog</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
</context>
<context>
    <name>hc::gui::OverridesPage</name>
    <message>
        <source>Waiting or in force</source>
        <translation>待审批或生效中</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>No overrides to show.</source>
        <translation>没有可显示的人工调整。</translation>
    </message>
    <message>
        <source>Override %1: %2 for %3 (no. %4).</source>
        <translation>人工调整 %1：将 %3（编号 %4）调整为%2。</translation>
    </message>
    <message>
        <source>Reason: %1. %2</source>
        <translation>理由：%1。%2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Requested by %1 on %2; ends on %3.</source>
        <translation>由 %1 于 %2 申请；于 %3 结束。</translation>
    </message>
    <message>
        <source>Waiting for a second official until %1.</source>
        <translation>等待另一位工作人员审批，截止 %1。</translation>
    </message>
    <message>
        <source>Rejected by %1 on %2.</source>
        <translation>已由 %1 于 %2 驳回。</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>已由 %1 于 %2 批准。</translation>
    </message>
    <message>
        <source>Revoked by %1 on %2: %3</source>
        <translation>已由 %1 于 %2 撤销：%3</translation>
    </message>
    <message>
        <source>You requested this override; a second official must approve it.</source>
        <translation>此人工调整由您申请；须由另一位工作人员批准。</translation>
    </message>
    <message>
        <source>Override %1 requested; it waits for a second official&apos;s approval.</source>
        <translation>已申请人工调整 %1；正在等待另一位工作人员批准。</translation>
    </message>
    <message>
        <source>Approve Override</source>
        <translation>批准人工调整</translation>
    </message>
    <message>
        <source>Reject Override</source>
        <translation>驳回人工调整</translation>
    </message>
    <message>
        <source>Revoke Override</source>
        <translation>撤销人工调整</translation>
    </message>
    <message>
        <source>Approve override %1 (%2 for %3)? It takes effect at once. Add a note if you like.</source>
        <translation>要批准人工调整 %1（将 %3 调整为%2）吗？批准后立即生效。如有需要，可添加备注。</translation>
    </message>
    <message>
        <source>Why? The reason is recorded in the audit log.</source>
        <translation>原因是什么？理由将记入审计日志。</translation>
    </message>
    <message>
        <source>Override %1: %2.</source>
        <translation>人工调整 %1：%2。</translation>
    </message>
    <message>
        <source>approved, in force now</source>
        <translation>已批准，现已生效</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申请数</translation>
    </message>
    <message>
        <source>To green</source>
        <translation>调整为绿码</translation>
    </message>
    <message>
        <source>Reason &quot;other&quot;</source>
        <translation>理由为“其他”</translation>
    </message>
    <message>
        <source>What stands out</source>
        <translation>异常之处</translation>
    </message>
    <message>
        <source>nothing unusual</source>
        <translation>无异常</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>人工调整</translation>
    </message>
</context>
<context>
    <name>hc::gui::OverviewPage</name>
    <message>
        <source>Suppressed</source>
        <translation>已抑制</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <source>Daily report saved to %1.</source>
        <translation>日报已保存到 %1。</translation>
    </message>
    <message>
        <source>The daily report was not saved: %1</source>
        <translation>日报未保存：%1</translation>
    </message>
    <message>
        <source>Daily Report</source>
        <translation>日报</translation>
    </message>
    <message>
        <source>The overview could not be loaded: %1</source>
        <translation>无法加载概览：%1</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>已抑制</translation>
    </message>
    <message>
        <source>No colour counts recorded yet: they appear after the first re-evaluation of the statuses.</source>
        <translation>尚未记录各颜色人数：首次重新评估状态后才会显示。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — colour counts as of %2, updated %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 截至 %2 的各颜色人数，更新于 %3</translation>
    </message>
    <message>
        <source>People: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>人数：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Figures for fewer than %1 people are shown as suppressed, and so are parts that would give them away; the chart draws them together as one grey band.</source>
        <translation>少于 %1 人的数字，以及可据此推算出这些数字的其他数字，均显示为已抑制；图表把它们合为一条灰色带显示。</translation>
    </message>
    <message>
        <source>to %1: %2</source>
        <translation>转为%1：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; colour changes (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 次颜色变化（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>(no rule applies, or an override)</source>
        <translation>（无适用规则，或为人工调整）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变化人数</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Override %1</source>
        <translation>人工调整 %1</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 调整为%2：%3</translation>
    </message>
    <message>
        <source>Rule set version %1</source>
        <translation>规则集版本 %1</translation>
    </message>
    <message>
        <source>Nothing waits for your decision.</source>
        <translation>没有待您决定的事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait for your decision.</source>
        <translation>
            <numerusform>有 %n 项待您决定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve Override</source>
        <translation>批准人工调整</translation>
    </message>
    <message>
        <source>Reject Override</source>
        <translation>驳回人工调整</translation>
    </message>
    <message>
        <source>Approve override %1 (%2 for %3, asked by %4: %5)? It takes effect at once. Add a note if you like.</source>
        <translation>要批准人工调整 %1（将 %3 调整为%2，申请人 %4：%5）吗？批准后立即生效。如有需要，可添加备注。</translation>
    </message>
    <message>
        <source>Why do you reject override %1? The reason is recorded in the audit log.</source>
        <translation>为什么驳回人工调整 %1？理由将记入审计日志。</translation>
    </message>
    <message>
        <source>Override %1 approved, in force now.</source>
        <translation>人工调整 %1 已批准，现已生效。</translation>
    </message>
    <message>
        <source>Override %1 rejected.</source>
        <translation>人工调整 %1 已驳回。</translation>
    </message>
    <message>
        <source>Save Daily Report</source>
        <translation>保存日报</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;Tables as CSV (*.csv)</source>
        <translation>PDF 报告 (*.pdf);;CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>申请数</translation>
    </message>
    <message>
        <source>What stands out</source>
        <translation>异常之处</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未进行</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，执行人 %2</translation>
    </message>
    <message>
        <source>Last verification: %1&lt;br&gt;Last signed checkpoint: %2</source>
        <translation>最近一次校验：%1&lt;br&gt;最近一次签名检查点：%2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
</context>
<context>
    <name>hc::gui::PeoplePage</name>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Nothing was searched.</source>
        <translation>尚未搜索。</translation>
    </message>
    <message>
        <source>No one in your jurisdiction matches &quot;%1&quot; (searched as: %2).</source>
        <translation>您的辖区内没有与“%1”匹配的人员（按%2搜索）。</translation>
    </message>
    <message>
        <source>Shown: %1; more load as you scroll (searched as: %2).</source>
        <translation>已显示：%1；滚动时加载更多（按%2搜索）。</translation>
    </message>
    <message>
        <source>Found: %1 (searched as: %2).</source>
        <translation>找到：%1（按%2搜索）。</translation>
    </message>
</context>
<context>
    <name>hc::gui::PersonView</name>
    <message>
        <source>Cannot Open Person</source>
        <translation>无法打开人员信息</translation>
    </message>
    <message>
        <source>The person could not be shown.</source>
        <translation>无法显示该人员。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no (needs a printed code)</source>
        <translation>没有（需要纸质健康码）</translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <translation>%1（人工调整）</translation>
    </message>
    <message>
        <source>override %1</source>
        <translation>人工调整 %1</translation>
    </message>
    <message>
        <source>rule %1, version %2</source>
        <translation>规则 %1，版本 %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>scanned at a designated venue</source>
        <translation>在被认定的场所扫码</translation>
    </message>
    <message>
        <source>scanned in a designated district</source>
        <translation>在被认定的区县扫码</translation>
    </message>
    <message>
        <source>lives in a designated district</source>
        <translation>居住在被认定的区县</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>(no venue recorded)</source>
        <translation>（未记录场所）</translation>
    </message>
    <message>
        <source>revoked on %1</source>
        <translation>已于 %1 吊销</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未领取</translation>
    </message>
    <message>
        <source>%1 (evidence: %2)</source>
        <translation>%1（依据：%2）</translation>
    </message>
    <message>
        <source>Reveal ID Number and Phone</source>
        <translation>显示完整身份证号和电话</translation>
    </message>
    <message>
        <source>Why do you need the full ID number and phone of %1? Your reason is recorded in the audit log with your name.</source>
        <translation>您为什么需要 %1 的完整身份证号和电话？您的理由将连同您的姓名记入审计日志。</translation>
    </message>
    <message>
        <source>Cannot Reveal</source>
        <translation>无法显示</translation>
    </message>
    <message>
        <source>The ID number and phone of %1 were not shown.</source>
        <translation>未显示 %1 的身份证号和电话。</translation>
    </message>
    <message>
        <source>Revealed (recorded in the audit log)</source>
        <translation>已显示（已记入审计日志）</translation>
    </message>
    <message>
        <source>ID number and phone of %1 revealed; the audit log records it.</source>
        <translation>已显示 %1 的身份证号和电话；审计日志已记录此操作。</translation>
    </message>
    <message>
        <source>Override %1 requested; it waits for a second official&apos;s approval.</source>
        <translation>已申请人工调整 %1；正在等待另一位工作人员批准。</translation>
    </message>
</context>
<context>
    <name>hc::gui::PrintJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>hc::gui::PrintingPage</name>
    <message>
        <source>Everyone in my jurisdiction</source>
        <translation>本辖区内所有人</translation>
    </message>
    <message>
        <source>This is a demo database: every card printed from it is a demo card.</source>
        <translation>这是演示数据库：从中打印的每张卡片都是演示卡片。</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Nobody matches the selection.</source>
        <translation>没有人符合筛选条件。</translation>
    </message>
    <message>
        <source>Correct the selection first.</source>
        <translation>请先更正筛选条件。</translation>
    </message>
    <message>
        <source>Enter the passphrase of the %1 signing key.</source>
        <translation>请输入%1签名密钥的口令。</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>制卡</translation>
    </message>
    <message>
        <source>Choose ID List</source>
        <translation>选择身份证号清单</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>文本文件 (*.txt *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Print Cards to PDF</source>
        <translation>将卡片打印为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Preview</source>
        <translation>无法预览</translation>
    </message>
    <message>
        <source>Card Preview (unsigned: the codes say PREVIEW)</source>
        <translation>卡片预览（未签名：码中标注 PREVIEW）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Printing progress</source>
        <translation>打印进度</translation>
    </message>
    <message>
        <source>Printing Cards</source>
        <translation>正在打印卡片</translation>
    </message>
    <message>
        <source>Printed %1 of %2 cards…</source>
        <translation>已打印 %1 / %2 张卡片…</translation>
    </message>
    <message>
        <source>Cannot Print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Printing cards to %1…</source>
        <translation>正在将卡片打印到 %1…</translation>
    </message>
    <message>
        <source>Printing cards on %1…</source>
        <translation>正在打印机 %1 上打印卡片…</translation>
    </message>
    <message>
        <source>Reprint Lost Card?</source>
        <translation>补打遗失的卡片？</translation>
    </message>
    <message>
        <source>Card %1 of %2 will be revoked: checkpoints will refuse it from the next revocation list on. A new card is printed to %3.</source>
        <translation>%2 的卡片 %1 将被吊销：自下一份吊销列表起，各查验点将拒绝该卡。新卡片将打印到 %3。</translation>
    </message>
    <message>
        <source>Printing the replacement card…</source>
        <translation>正在打印补办的卡片…</translation>
    </message>
    <message>
        <source>its holder %1</source>
        <translation>持卡人本人 %1</translation>
    </message>
    <message>
        <source>the holder&apos;s guardian %1</source>
        <translation>持卡人的监护人 %1</translation>
    </message>
    <message>
        <source>the community worker %1</source>
        <translation>社区工作人员 %1</translation>
    </message>
    <message>
        <source>Card %1 handed over to %2.</source>
        <translation>卡片 %1 已交付给%2。</translation>
    </message>
    <message>
        <source>The print run did not finish.</source>
        <translation>本次打印未完成。</translation>
    </message>
    <message>
        <source>Printing Failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>The lost card was revoked; its replacement %1 was printed (batch %2).</source>
        <translation>遗失的卡片已吊销；补办的卡片 %1 已打印（批次 %2）。</translation>
    </message>
    <message>
        <source>Cancelled: batch %1 has %2 of %3 cards, exactly those on the %4 sheet(s) produced.</source>
        <translation>已取消：批次 %1 包含 %3 张卡片中的 %2 张，即已输出的 %4 页纸上的卡片。</translation>
    </message>
    <message>
        <source>Batch %1: %2 card(s) printed on %3 sheet(s).</source>
        <translation>批次 %1：已在 %3 页纸上打印 %2 张卡片。</translation>
    </message>
    <message>
        <source>Printing Finished</source>
        <translation>打印完成</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) selected.</source>
        <translation>
            <numerusform>已选中 %Ln 人。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::gui::PublishDialog</name>
    <message numerus="yes">
        <source>Rule set version %1 will replace the rules in force. Changes take effect at the earliest %n hour(s) after publishing, so that people and venues can learn of them.</source>
        <translation>
            <numerusform>规则集版本 %1 将取代现行规则。变更最早在发布 %n 小时后生效，以便公众和场所知晓。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the reason for publishing without the lead time.</source>
        <translation>请说明不经公示期直接发布的理由。</translation>
    </message>
</context>
<context>
    <name>hc::gui::ResetPasswordDialog</name>
    <message>
        <source>Reset Password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>Enter a new password for %1 and give it to them in person. It also lifts a lockout.</source>
        <translation>请为 %1 输入新密码，并当面交给本人。此操作同时解除账户锁定。</translation>
    </message>
    <message>
        <source>&amp;Set Password</source>
        <translation>设置密码(&amp;S)</translation>
    </message>
    <message>
        <source>Cannot Reset Password</source>
        <translation>无法重置密码</translation>
    </message>
    <message>
        <source>The password of %1 was not changed.</source>
        <translation>%1 的密码未更改。</translation>
    </message>
</context>
<context>
    <name>hc::gui::RuleEditor</name>
    <message>
        <source>When the time windows expire</source>
        <translation>时间窗口到期时</translation>
    </message>
    <message>
        <source>After negative tests following the facts:</source>
        <translation>在上述事实之后出现阴性检测时：</translation>
    </message>
</context>
<context>
    <name>hc::gui::RuleTerms</name>
    <message>
        <source>Positive test</source>
        <translation>阳性检测</translation>
    </message>
    <message>
        <source>Negative test</source>
        <translation>阴性检测</translation>
    </message>
    <message>
        <source>Close contact designation</source>
        <translation>被判定为密切接触者</translation>
    </message>
    <message>
        <source>Scan at a risk venue while designated</source>
        <translation>在风险场所被认定期间于该场所扫码</translation>
    </message>
    <message>
        <source>Stay in a risk area</source>
        <translation>在风险区停留</translation>
    </message>
    <message>
        <source>Declared symptom</source>
        <translation>申报症状</translation>
    </message>
    <message>
        <source>Age over</source>
        <translation>年龄大于</translation>
    </message>
    <message>
        <source>Age under</source>
        <translation>年龄小于</translation>
    </message>
    <message>
        <source>No smartphone</source>
        <translation>没有智能手机</translation>
    </message>
    <message>
        <source>any test</source>
        <translation>任意检测</translation>
    </message>
    <message>
        <source>PCR</source>
        <translation>核酸</translation>
    </message>
    <message>
        <source>antigen</source>
        <translation>抗原</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>高风险</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negative test(s)</source>
        <translation>
            <numerusform>%n 次阴性检测</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n negative %1 test(s)</source>
        <translation>
            <numerusform>%n 次%1阴性检测</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 apart</source>
        <translation>%1，间隔 %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少 %1 次</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>%1内</translation>
    </message>
    <message>
        <source>unless %1 after it</source>
        <translation>此后有%1则除外</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>All of these</source>
        <translation>全部满足</translation>
    </message>
    <message>
        <source>Any of these</source>
        <translation>任一满足</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>非</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
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
        <translation>草稿未保存</translation>
    </message>
    <message>
        <source>Save the changes to draft version %1?</source>
        <translation>要保存对草稿版本 %1 的更改吗？</translation>
    </message>
    <message>
        <source>Version %1: %2.</source>
        <translation>版本 %1：%2。</translation>
    </message>
    <message>
        <source>Installed with the console.</source>
        <translation>随控制台安装。</translation>
    </message>
    <message>
        <source>Written by %1.</source>
        <translation>编写人：%1。</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>审批人：%1。</translation>
    </message>
    <message>
        <source>Published without lead time because: %1</source>
        <translation>未经公示期直接发布，原因：%1</translation>
    </message>
    <message>
        <source>This is your draft: edit the rules below, then propose it.</source>
        <translation>这是您的草稿：请在下方编辑规则，然后提议。</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Error: the rule set has no rules; add at least one.</source>
        <translation>错误：规则集中没有规则；请至少添加一条。</translation>
    </message>
    <message>
        <source>Problems: none.</source>
        <translation>问题：无。</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Version %1 (left) and version %2 (right); removed lines are marked −, added lines +.</source>
        <translation>左侧为版本 %1，右侧为版本 %2；删除的行标记为 −，新增的行标记为 +。</translation>
    </message>
    <message>
        <source>Version %1 is the first; there is nothing to compare it with.</source>
        <translation>版本 %1 是第一个版本；没有可与之比较的版本。</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>变更（%1）</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Fix the errors listed under Problems first.</source>
        <translation>请先修正“问题”中列出的错误。</translation>
    </message>
    <message>
        <source>Send the draft for approval by a second official</source>
        <translation>将草稿提交给第二位工作人员审批</translation>
    </message>
    <message>
        <source>You wrote this version; a second official with the approver role must approve it.</source>
        <translation>此版本由您编写；须由另一位具有审批人角色的工作人员批准。</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Draft version %1 saved.</source>
        <translation>草稿版本 %1 已保存。</translation>
    </message>
    <message>
        <source>New Draft</source>
        <translation>新建草稿</translation>
    </message>
    <message>
        <source>Draft version %1 created from version %2.</source>
        <translation>已以版本 %2 为基础创建草稿版本 %1。</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>提议</translation>
    </message>
    <message>
        <source>Version %1 proposed; a second official with the approver role decides on it.</source>
        <translation>版本 %1 已提议；将由另一位具有审批人角色的工作人员决定。</translation>
    </message>
    <message>
        <source>Approve Rule Set</source>
        <translation>批准规则集</translation>
    </message>
    <message>
        <source>Approve rule set version %1? Add a note for the record if you like.</source>
        <translation>要批准规则集版本 %1 吗？如有需要，可添加备注以供记录。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Version %1 approved; it can now be published.</source>
        <translation>版本 %1 已批准；现在可以发布。</translation>
    </message>
    <message>
        <source>Reject Rule Set</source>
        <translation>驳回规则集</translation>
    </message>
    <message>
        <source>Why is rule set version %1 rejected? The reason is recorded.</source>
        <translation>为什么驳回规则集版本 %1？理由将被记录。</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Version %1 rejected.</source>
        <translation>版本 %1 已驳回。</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Version %1 published; it takes effect on %2.</source>
        <translation>版本 %1 已发布；将于 %2 生效。</translation>
    </message>
    <message>
        <source>Restore Rule Set</source>
        <translation>恢复规则集</translation>
    </message>
    <message>
        <source>Put the rules of version %1 back in force now, as a new version? Give the reason; it is recorded.</source>
        <translation>要将版本 %1 的规则作为新版本立即恢复生效吗？请说明理由；理由将被记录。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Re-evaluating Statuses</source>
        <translation>正在重新评估状态</translation>
    </message>
    <message>
        <source>Re-evaluate Statuses</source>
        <translation>重新评估状态</translation>
    </message>
    <message>
        <source>Statuses were not re-evaluated; they follow the new rules at the next re-evaluation (healthcode-ctl rules reevaluate).</source>
        <translation>状态未重新评估；将在下次重新评估时（healthcode-ctl rules reevaluate）按新规则更新。</translation>
    </message>
    <message>
        <source>Statuses re-evaluated under version %1: %2 of %3 people changed colour or reason.</source>
        <translation>已按版本 %1 重新评估状态：%3 人中有 %2 人的颜色或原因发生变化。</translation>
    </message>
    <message>
        <source>Preview Impact</source>
        <translation>预览影响</translation>
    </message>
    <message>
        <source>Comparing the rules</source>
        <translation>正在比较规则</translation>
    </message>
    <message>
        <source>Previewing the Impact</source>
        <translation>正在预览影响</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>预览已取消。</translation>
    </message>
    <message>
        <source>If version %1 replaced version %2 now, %3 of %4 people in your jurisdiction would change colour.</source>
        <translation>如果现在用版本 %1 取代版本 %2，您辖区内 %4 人中将有 %3 人的颜色发生变化。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Changing</source>
        <translation>变化人数</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>年龄 %1</translation>
    </message>
    <message>
        <source>Person no. %1</source>
        <translation>人员编号 %1</translation>
    </message>
    <message>
        <source>Impact preview ready.</source>
        <translation>影响预览已就绪。</translation>
    </message>
    <message>
        <source>impact preview of rule set version %1</source>
        <translation>规则集版本 %1 的影响预览</translation>
    </message>
    <message>
        <source>Show Names</source>
        <translation>显示姓名</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · born %4</source>
        <translation>%1 · %2 · %3 · 出生于 %4</translation>
    </message>
    <message>
        <source>Risk Rules</source>
        <translation>风险规则</translation>
    </message>
</context>
<context>
    <name>hc::gui::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Show the default of every value that is not managed by your IT department; OK keeps them</source>
        <translation>显示所有不由 IT 部门管理的值的默认值；点击“确定”后保存</translation>
    </message>
    <message>
        <source>Set for everyone on this computer by your IT department in %1. Ask them if it needs to change.</source>
        <translation>由 IT 部门在 %1 中为本计算机的所有用户设置。如需更改，请联系 IT 部门。</translation>
    </message>
    <message>
        <source>Managed by your IT department</source>
        <translation>由 IT 部门管理</translation>
    </message>
    <message>
        <source>Could not save %1 in %2. Check that the file can be written, or whether your IT department has just started to manage these values.</source>
        <translation>无法将 %1 保存到 %2。请检查该文件是否可写，或 IT 部门是否刚开始统一管理这些值。</translation>
    </message>
</context>
<context>
    <name>hc::gui::TrainingPage</name>
    <message>
        <source>Scenario &quot;%1&quot;: day %2 of %3</source>
        <translation>场景“%1”：第 %2 天，共 %3 天</translation>
    </message>
    <message>
        <source>Scenario %1: day %2</source>
        <translation>场景 %1：第 %2 天</translation>
    </message>
    <message>
        <source>No scenarios are installed.</source>
        <translation>未安装任何场景。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>下一天(&amp;N)</translation>
    </message>
    <message>
        <source>Another scenario is running in this demo city.</source>
        <translation>此演示城市中正在运行另一个场景。</translation>
    </message>
    <message>
        <source>Not started. Starting writes the first day&apos;s events into the demo city.</source>
        <translation>尚未开始。开始后将把第一天的事件写入演示城市。</translation>
    </message>
    <message>
        <source>%1 (last day, %2). The scenario is complete.</source>
        <translation>%1（最后一天，%2）。场景已完成。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Training scenarios (*.json)</source>
        <translation>培训场景 (*.json)</translation>
    </message>
    <message>
        <source>The scenario cannot be used.</source>
        <translation>无法使用该场景。</translation>
    </message>
    <message>
        <source>Next Scenario Day</source>
        <translation>场景下一天</translation>
    </message>
    <message>
        <source>Training Scenario</source>
        <translation>培训场景</translation>
    </message>
    <message>
        <source>Scenario day %1 has begun; statuses are up to date.</source>
        <translation>场景第 %1 天已开始；状态已更新。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
</context>
<context>
    <name>hc::gui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Cannot Load Users</source>
        <translation>无法加载用户</translation>
    </message>
    <message>
        <source>The list of users could not be read.</source>
        <translation>无法读取用户列表。</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>您不能停用自己的账户。</translation>
    </message>
    <message>
        <source>Allow the selected user to log in again</source>
        <translation>允许所选用户再次登录</translation>
    </message>
    <message>
        <source>Stop the selected user from logging in</source>
        <translation>禁止所选用户登录</translation>
    </message>
    <message>
        <source>The selected account is not locked.</source>
        <translation>所选账户未被锁定。</translation>
    </message>
    <message>
        <source>Allow logins again after too many wrong passwords</source>
        <translation>在密码输错次数过多后重新允许登录</translation>
    </message>
    <message>
        <source>You cannot change your own role; another administrator must do it.</source>
        <translation>您不能更改自己的角色；须由另一位管理员操作。</translation>
    </message>
    <message>
        <source>Give the selected user another role</source>
        <translation>为所选用户指定其他角色</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>已添加用户 %1。</translation>
    </message>
    <message>
        <source>Disable User</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Disable the account %1?</source>
        <translation>要停用账户 %1 吗？</translation>
    </message>
    <message>
        <source>%1 can no longer log in until an administrator enables the account again.</source>
        <translation>在管理员重新启用该账户之前，%1 将无法登录。</translation>
    </message>
    <message>
        <source>Cannot Disable User</source>
        <translation>无法停用用户</translation>
    </message>
    <message>
        <source>Cannot Enable User</source>
        <translation>无法启用用户</translation>
    </message>
    <message>
        <source>The account %1 was not disabled.</source>
        <translation>账户 %1 未停用。</translation>
    </message>
    <message>
        <source>The account %1 was not enabled.</source>
        <translation>账户 %1 未启用。</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>已停用用户 %1。</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>已启用用户 %1。</translation>
    </message>
    <message>
        <source>Cannot Unlock User</source>
        <translation>无法解锁用户</translation>
    </message>
    <message>
        <source>The account %1 was not unlocked.</source>
        <translation>账户 %1 未解锁。</translation>
    </message>
    <message>
        <source>User %1 unlocked.</source>
        <translation>已解锁用户 %1。</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>已重置 %1 的密码。</translation>
    </message>
    <message>
        <source>Role of %1 changed.</source>
        <translation>已更改 %1 的角色。</translation>
    </message>
</context>
<context>
    <name>hc::gui::WelcomeDialog</name>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Give the file for the database.</source>
        <translation>请指定数据库文件。</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name inside it.</source>
        <translation>%1 是文件夹；请指定其中的文件名。</translation>
    </message>
    <message>
        <source>Give the server&apos;s host name or address.</source>
        <translation>请填写服务器的主机名或地址。</translation>
    </message>
    <message>
        <source>Give the name of the database on the server.</source>
        <translation>请填写服务器上的数据库名称。</translation>
    </message>
    <message>
        <source>Give the database user name.</source>
        <translation>请填写数据库用户名。</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>SQLite 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected. The database is empty; the console sets it up when you continue.</source>
        <translation>已连接。该数据库为空；继续后控制台将对其进行初始化。</translation>
    </message>
    <message>
        <source>Connected. The database is a Health Code Console database (schema version %1).</source>
        <translation>已连接。这是健康码管理控制台的数据库（结构版本 %1）。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>hc::heatmap</name>
    <message>
        <source>green</source>
        <translation>绿码</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>黄码</translation>
    </message>
    <message>
        <source>red</source>
        <translation>红码</translation>
    </message>
</context>
<context>
    <name>hc::heatmap::Boundary</name>
    <message>
        <source>The geometry type is &quot;%1&quot;; a boundary must be a Polygon or MultiPolygon.</source>
        <translation>几何类型为“%1”；边界必须是 Polygon 或 MultiPolygon。</translation>
    </message>
    <message>
        <source>The geometry has no polygons.</source>
        <translation>该几何图形没有多边形。</translation>
    </message>
    <message>
        <source>Polygon %1 of the geometry has no rings.</source>
        <translation>几何图形的第 %1 个多边形没有环。</translation>
    </message>
    <message>
        <source>The stored boundary is not a GeoJSON object: %1</source>
        <translation>存储的边界不是 GeoJSON 对象：%1</translation>
    </message>
    <message>
        <source>polygon %1, ring %2</source>
        <translation>第 %1 个多边形的第 %2 个环</translation>
    </message>
    <message>
        <source>Boundary %1 is not an array of positions.</source>
        <translation>边界 %1 不是坐标数组。</translation>
    </message>
    <message>
        <source>Boundary %1 has %2 positions; a closed ring needs at least 4.</source>
        <translation>边界 %1 有 %2 个坐标；闭合环至少需要 4 个。</translation>
    </message>
    <message>
        <source>Boundary %1, position %2 is not [longitude, latitude].</source>
        <translation>边界 %1 的第 %2 个坐标不是 [经度, 纬度]。</translation>
    </message>
    <message>
        <source>Boundary %1, position %2 (%3, %4) is not a longitude and latitude in degrees.</source>
        <translation>边界 %1 的第 %2 个坐标（%3, %4）不是以度为单位的经纬度。</translation>
    </message>
    <message>
        <source>Boundary %1 is not closed: its last position must repeat the first.</source>
        <translation>边界 %1 未闭合：最后一个坐标必须与第一个相同。</translation>
    </message>
</context>
<context>
    <name>hc::heatmap::Heatmap</name>
    <message>
        <source>No jurisdiction with id %1.</source>
        <translation>不存在 ID 为 %1 的辖区。</translation>
    </message>
    <message>
        <source>The heatmap of %1</source>
        <translation>%1的热力图</translation>
    </message>
    <message>
        <source>%1 is not a city or a district in a city; heatmaps are drawn per city.</source>
        <translation>%1 不是市或市辖区县；热力图按市绘制。</translation>
    </message>
    <message>
        <source>The heatmap window needs a start before its end.</source>
        <translation>热力图时间窗口的开始时间必须早于结束时间。</translation>
    </message>
    <message>
        <source>The heatmap window is longer than %1 days.</source>
        <translation>热力图时间窗口超过 %1 天。</translation>
    </message>
    <message>
        <source>The heatmap play-back was stopped.</source>
        <translation>热力图播放已停止。</translation>
    </message>
</context>
<context>
    <name>hc::heatmap::HeatmapExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>A heatmap picture is between 200 x 150 and 10000 x 10000 pixels, not %1 x %2.</source>
        <translation>热力图图片须在 200 x 150 到 10000 x 10000 像素之间，而不是 %1 x %2。</translation>
    </message>
    <message>
        <source>%1: the heatmap is written as .png (the map) or .csv (the figures).</source>
        <translation>%1：热力图只能写为 .png（地图）或 .csv（数据）。</translation>
    </message>
</context>
<context>
    <name>hc::heatmap::HeatmapRenderer</name>
    <message>
        <source>Scans</source>
        <translation>扫码次数</translation>
    </message>
    <message>
        <source>Distinct people</source>
        <translation>不同人员数</translation>
    </message>
    <message>
        <source>codes of all colours</source>
        <translation>所有颜色的健康码</translation>
    </message>
    <message>
        <source>green codes</source>
        <translation>绿码</translation>
    </message>
    <message>
        <source>yellow codes</source>
        <translation>黄码</translation>
    </message>
    <message>
        <source>red codes</source>
        <translation>红码</translation>
    </message>
    <message>
        <source>Cell %1, %2 (%3 m) in %4</source>
        <translation>网格 %1, %2（%3 米），位于%4</translation>
    </message>
    <message>
        <source>Suppressed: fewer than %1 people, or hidden so that a small group cannot be worked out by subtraction.</source>
        <translation>已抑制：少于 %1 人，或为防止通过相减推算出小群体而隐藏。</translation>
    </message>
    <message>
        <source>%1 scans, %2 distinct people (%3)</source>
        <translation>扫码 %1 次，不同人员 %2 人（%3）</translation>
    </message>
    <message>
        <source>%1 per %2 m cell</source>
        <translation>每 %2 米网格的%1</translation>
    </message>
    <message>
        <source>Counting %1</source>
        <translation>统计对象：%1</translation>
    </message>
    <message>
        <source>Suppressed (&lt; %1 people)</source>
        <translation>已抑制（&lt; %1 人）</translation>
    </message>
    <message>
        <source>No scans</source>
        <translation>无扫码记录</translation>
    </message>
    <message>
        <source>logarithmic scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>没有可显示的内容</translation>
    </message>
</context>
<context>
    <name>hc::heatmap::Retention</name>
    <message>
        <source>Purging old scans</source>
        <translation>正在清理旧扫码记录</translation>
    </message>
    <message>
        <source>Purging scans older than %1 days</source>
        <translation>正在清理早于 %1 天的扫码记录</translation>
    </message>
    <message>
        <source>The purge was cancelled; %1 scans were deleted before that, the rest stay until the next purge.</source>
        <translation>清理已取消；此前已删除 %1 条扫码记录，其余记录保留到下次清理。</translation>
    </message>
    <message>
        <source>Hardening rollups before %1</source>
        <translation>正在固化 %1 之前的汇总数据</translation>
    </message>
    <message numerus="yes">
        <source>Scans are kept for %n day(s) (scans/retention_days, set by IT in the system-wide settings file); a purge cannot keep fewer.</source>
        <translation>
            <numerusform>扫码记录保留 %n 天（scans/retention_days，由信息技术部门在系统级设置文件中设定）；清除时不能保留更少的天数。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::heatmap::Rollups</name>
    <message>
        <source>%1 changes data of every jurisdiction; user %2 is scoped to only part of them. Ask an official scoped to the top-level jurisdiction.</source>
        <translation>%1 会更改所有辖区的数据；用户 %2 的权限范围只覆盖其中一部分。请由权限范围为顶级辖区的工作人员执行。</translation>
    </message>
    <message>
        <source>Rebuilding the heatmap rollups</source>
        <translation>重建热力图汇总数据</translation>
    </message>
    <message>
        <source>The cell size must be from 50 to 20000 metres, not %1.</source>
        <translation>网格大小必须在 50 到 20000 米之间，而不是 %1。</translation>
    </message>
    <message>
        <source>The cell size cannot change any more: scans before %1 were purged, and their rollups could not be redrawn on the new grid.</source>
        <translation>网格大小已不能再更改：%1 之前的扫码记录已被清理，其汇总数据无法在新网格上重新绘制。</translation>
    </message>
    <message>
        <source>Rebuilding heatmap rollups</source>
        <translation>正在重建热力图汇总数据</translation>
    </message>
    <message>
        <source>Rebuilding the rollups was cancelled; nothing was changed.</source>
        <translation>汇总数据重建已取消；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>hc::imports</name>
    <message>
        <source>scan events</source>
        <translation>扫码记录</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>test results</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <source>risk areas</source>
        <translation>风险区</translation>
    </message>
    <message>
        <source>venues</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>jurisdictions</source>
        <translation>辖区</translation>
    </message>
</context>
<context>
    <name>hc::imports::ColumnMapping</name>
    <message>
        <source>there is no field &quot;%1&quot; to map; the fields are: %2.</source>
        <translation>没有可映射的字段“%1”；可用字段有：%2。</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; given for the field %2 is not in the header (%3).</source>
        <translation>为字段 %2 指定的列“%1”不在表头中（%3）。</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header; say which one to use for %2.</source>
        <translation>列“%1”在表头中出现了两次；请指明 %2 使用哪一列。</translation>
    </message>
    <message>
        <source>no columns</source>
        <translation>没有列</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=COLUMN; write for example time=扫码时间,venue=场所编码.</source>
        <translation>“%1”不是 字段=列 的形式；例如可写作 time=扫码时间,venue=场所编码。</translation>
    </message>
    <message>
        <source>required columns are missing: %1. The file has: %2. Say which columns hold them (in the import dialog under Columns; healthcode-ctl: --map FIELD=COLUMN).</source>
        <translation>缺少必填列：%1。文件中的列：%2。请指明它们在哪些列（导入对话框的“列”中；healthcode-ctl：--map 字段=列名）。</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 等，另有 %2 列</translation>
    </message>
</context>
<context>
    <name>hc::imports::CsvReader</name>
    <message>
        <source>the quoted field that starts on line %1 is never closed; the file is probably truncated.</source>
        <translation>从第 %1 行开始的带引号字段没有闭合；文件可能被截断了。</translation>
    </message>
    <message>
        <source>field %1 has text after its closing quote; quotes inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>字段 %1 的右引号后还有文本；带引号字段中的引号必须写成两个（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>the line is not valid %1 text.</source>
        <translation>该行不是有效的 %1 文本。</translation>
    </message>
    <message>
        <source>the quoted field that starts here is never closed.</source>
        <translation>从此处开始的带引号字段没有闭合。</translation>
    </message>
    <message>
        <source>the file has no header row.</source>
        <translation>文件没有表头行。</translation>
    </message>
    <message>
        <source>the header row is malformed: %1</source>
        <translation>表头行格式错误：%1</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2 (a truncated row?).</source>
        <translation>该行有 %1 个字段，而表头有 %2 个（该行被截断了？）。</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2.</source>
        <translation>该行有 %1 个字段，而表头有 %2 个。</translation>
    </message>
    <message>
        <source>the record that starts here is longer than %1 bytes; a quote is probably not closed.</source>
        <translation>从此处开始的记录超过 %1 字节；可能有引号没有闭合。</translation>
    </message>
    <message>
        <source>lines %1-%2 (read as one record): %3</source>
        <translation>第 %1-%2 行（被读作一条记录）：%3</translation>
    </message>
    <message>
        <source>lines %1-%2 were read as one record with %3 fields, but the header has %4; an unbalanced quote may have joined these lines.</source>
        <translation>第 %1-%2 行被读作一条有 %3 个字段的记录，而表头有 %4 个；可能是一个未配对的引号把这些行连在了一起。</translation>
    </message>
</context>
<context>
    <name>hc::imports::FieldParser</name>
    <message>
        <source>The time is empty.</source>
        <translation>时间为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time like 2024-03-01T08:15:00+08:00.</source>
        <translation>“%1”不是形如 2024-03-01T08:15:00+08:00 的时间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date.</source>
        <translation>“%1”不是有效日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a date but no time of day.</source>
        <translation>“%1”只有日期，没有时刻。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid time of day.</source>
        <translation>“%1”不是有效的时刻。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an impossible time-zone offset.</source>
        <translation>“%1”的时区偏移不可能存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no time zone; write it as 2024-03-01T08:15:00+08:00 or give the zone the file uses (for example --time-zone Asia/Shanghai).</source>
        <translation>“%1”没有时区；请写成 2024-03-01T08:15:00+08:00 的形式，或指定文件所用的时区（例如 --time-zone Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist in the time zone %2.</source>
        <translation>“%1”在时区 %2 中不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2024-03-01.</source>
        <translation>“%1”不是形如 2024-03-01 的日期。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a number from %3 to %4.</source>
        <translation>%1“%2”不是 %3 到 %4 之间的数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (1/0, true/false, 是/否).</source>
        <translation>“%1”不是“是”或“否”（1/0、true/false、是/否）。</translation>
    </message>
</context>
<context>
    <name>hc::imports::ImportReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>... and %1 more rejected rows (only the first %2 are kept).</source>
        <translation>……另有 %1 行被拒绝（仅保留前 %2 行）。</translation>
    </message>
</context>
<context>
    <name>hc::imports::ImportRun</name>
    <message>
        <source>No import run %1.</source>
        <translation>不存在导入批次 %1。</translation>
    </message>
</context>
<context>
    <name>hc::imports::ImportService</name>
    <message>
        <source>Jurisdictions come from GeoJSON, which has no columns to map.</source>
        <translation>辖区数据来自 GeoJSON，没有可映射的列。</translation>
    </message>
</context>
<context>
    <name>hc::imports::Importer</name>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <source>%1 is being imported by %2 (last progress at %3). If that import stopped, try again after %4 minutes.</source>
        <translation>%1 正由 %2 导入（最近进度时间 %3）。如果该导入已中断，请在 %4 分钟后重试。</translation>
    </message>
    <message>
        <source>%1 was partly imported (run %2, up to line %3) with other settings: %4. Import it with the same settings to finish it.</source>
        <translation>%1 曾以不同的设置部分导入（批次 %2，至第 %3 行）：%4。请使用相同的设置导入以完成它。</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>%1: cancelled. The rows up to line %2 are stored; import the same file again to continue after them.</source>
        <translation>%1：已取消。第 %2 行及之前的行已保存；再次导入同一文件即可从其后继续。</translation>
    </message>
</context>
<context>
    <name>hc::imports::JsonLinesReader</name>
    <message>
        <source>the first record is not a JSON object; is this a JSON Lines file?</source>
        <translation>第一条记录不是 JSON 对象；这是 JSON Lines 文件吗？</translation>
    </message>
    <message>
        <source>the line is not valid %1 text.</source>
        <translation>该行不是有效的 %1 文本。</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (at character %2).</source>
        <translation>不是有效的 JSON：%1（第 %2 个字符处）。</translation>
    </message>
    <message>
        <source>the line is JSON but not an object.</source>
        <translation>该行是 JSON，但不是对象。</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; is an object or array, not a plain value.</source>
        <translation>“%1”的值是对象或数组，而不是普通值。</translation>
    </message>
    <message>
        <source>the number %1 in &quot;%2&quot; has more digits than can be kept exactly; write it as a string (in quotes).</source>
        <translation>“%2”中的数字 %1 位数太多，无法精确保留；请把它写成字符串（加引号）。</translation>
    </message>
</context>
<context>
    <name>hc::imports::JurisdictionImporter</name>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB; split it by city.</source>
        <translation>文件大于 %1 MiB；请按市拆分。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>%1: cancelled; nothing was imported.</source>
        <translation>%1：已取消；未导入任何数据。</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>contains a NUL byte: this is a binary file, not GeoJSON.</source>
        <translation>含有 NUL 字节：这是二进制文件，不是 GeoJSON。</translation>
    </message>
    <message>
        <source>line %1: the text is not valid GB18030 (byte offset %2).</source>
        <translation>第 %1 行：文本不是有效的 GB18030（字节偏移 %2）。</translation>
    </message>
    <message>
        <source>the text is not valid GB18030.</source>
        <translation>文本不是有效的 GB18030。</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8 (byte offset %2); GeoJSON is always UTF-8.</source>
        <translation>第 %1 行：文本不是有效的 UTF-8（字节偏移 %2）；GeoJSON 总是 UTF-8 编码。</translation>
    </message>
    <message>
        <source>line %1: not valid JSON: %2.</source>
        <translation>第 %1 行：不是有效的 JSON：%2。</translation>
    </message>
    <message>
        <source>this is not a GeoJSON FeatureCollection with a &quot;features&quot; array.</source>
        <translation>这不是含“features”数组的 GeoJSON FeatureCollection。</translation>
    </message>
    <message>
        <source>Feature %1 is not a GeoJSON Feature.</source>
        <translation>要素 %1 不是 GeoJSON Feature。</translation>
    </message>
    <message>
        <source>Feature %1 has no code (or one over 32 characters).</source>
        <translation>要素 %1 没有代码（或代码超过 32 个字符）。</translation>
    </message>
    <message>
        <source>Feature %1 (%2) has no name.</source>
        <translation>要素 %1（%2）没有名称。</translation>
    </message>
    <message>
        <source>Feature %1 (%2) has no level, or not province, city or district.</source>
        <translation>要素 %1（%2）没有级别，或级别不是省、市或区县。</translation>
    </message>
    <message>
        <source>Feature %1 (%2): %3</source>
        <translation>要素 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Feature %1 (%2) has a geometry that is not an object.</source>
        <translation>要素 %1（%2）的几何图形不是对象。</translation>
    </message>
    <message>
        <source>the parent %1 is neither stored nor in the file.</source>
        <translation>上级 %1 既未存储在数据库中，也不在文件中。</translation>
    </message>
    <message>
        <source>a %1 cannot lie inside a %2.</source>
        <translation>%1不能位于%2之下。</translation>
    </message>
    <message>
        <source>it is stored with another level or parent; imports never move a jurisdiction.</source>
        <translation>数据库中该辖区的级别或上级不同；导入绝不会移动辖区。</translation>
    </message>
    <message>
        <source>it is outside the jurisdiction of user %1.</source>
        <translation>它不在用户 %1 的辖区范围内。</translation>
    </message>
    <message>
        <source>a new jurisdiction needs the code of its parent (the database has one top-level jurisdiction).</source>
        <translation>新辖区需要上级代码（数据库中已有一个顶级辖区）。</translation>
    </message>
    <message>
        <source>its parent is outside the jurisdiction of user %1.</source>
        <translation>其上级不在用户 %1 的辖区范围内。</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
</context>
<context>
    <name>hc::imports::PeopleImporter</name>
    <message>
        <source>The 18-character citizen ID number</source>
        <translation>18 位公民身份号码</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>F or M (女/男); taken from the ID number when absent</source>
        <translation>F 或 M（女/男）；缺省时取自身份证号</translation>
    </message>
    <message>
        <source>Birth date; taken from the ID number when absent</source>
        <translation>出生日期；缺省时取自身份证号</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>The district&apos;s code or name</source>
        <translation>区县的代码或名称</translation>
    </message>
    <message>
        <source>Whether the person can show a code on a phone (yes when absent)</source>
        <translation>本人能否用手机出示健康码（缺省为是）</translation>
    </message>
    <message>
        <source>The pseudonym scanning providers know the person by; generated when absent</source>
        <translation>扫码服务商用于识别该人员的假名标识；缺省时自动生成</translation>
    </message>
    <message>
        <source>Initials of the name in pinyin</source>
        <translation>姓名拼音首字母</translation>
    </message>
    <message>
        <source>The ID number of the person&apos;s guardian or proxy</source>
        <translation>该人员的监护人或代领人的身份证号</translation>
    </message>
    <message>
        <source>%1 is not a valid ID number (18 characters, a real birth date and a matching check character).</source>
        <translation>%1 不是有效的身份证号（须为 18 位、出生日期真实且校验码正确）。</translation>
    </message>
    <message>
        <source>The name must have 1 to 64 characters.</source>
        <translation>姓名必须为 1 到 64 个字符。</translation>
    </message>
    <message>
        <source>The name contains control characters.</source>
        <translation>姓名中含有控制字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sex (F or M, 女 or 男).</source>
        <translation>“%1”不是性别（F 或 M，女或男）。</translation>
    </message>
    <message>
        <source>The sex does not match the ID number.</source>
        <translation>性别与身份证号不符。</translation>
    </message>
    <message>
        <source>The birth date does not match the ID number.</source>
        <translation>出生日期与身份证号不符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1”不是电话号码。</translation>
    </message>
    <message>
        <source>No jurisdiction has the code or name &quot;%1&quot;.</source>
        <translation>没有代码或名称为“%1”的辖区。</translation>
    </message>
    <message>
        <source>%1 is outside the jurisdiction of user %2.</source>
        <translation>%1 不在用户 %2 的辖区范围内。</translation>
    </message>
    <message>
        <source>The pseudonym is longer than 128 characters.</source>
        <translation>假名标识超过 128 个字符。</translation>
    </message>
    <message>
        <source>The initials are longer than 16 characters.</source>
        <translation>拼音首字母超过 16 个字符。</translation>
    </message>
    <message>
        <source>%1 is not a valid ID number for the guardian.</source>
        <translation>%1 不是有效的监护人身份证号。</translation>
    </message>
    <message>
        <source>A person cannot be their own guardian.</source>
        <translation>本人不能是自己的监护人。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>district</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>smartphone</source>
        <translation>智能手机</translation>
    </message>
    <message>
        <source>pseudonym</source>
        <translation>假名标识</translation>
    </message>
    <message>
        <source>initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <source>%1 is already %2 with a different %3; imports never change a person, correct it in the console.</source>
        <translation>%1 已%2，但%3不同；导入绝不会修改人员信息，请在控制台中更正。</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>存储在数据库中</translation>
    </message>
    <message>
        <source>earlier in the file</source>
        <translation>出现在文件前文中</translation>
    </message>
    <message>
        <source>The pseudonym %1 belongs to another person.</source>
        <translation>假名标识 %1 属于另一个人。</translation>
    </message>
    <message>
        <source>The guardian %1 is neither stored nor imported with this person.</source>
        <translation>监护人 %1 既未存储在数据库中，也未与此人一同导入。</translation>
    </message>
    <message>
        <source>%1 is registered outside the jurisdiction of %2 and cannot be imported here.</source>
        <translation>%1 登记在 %2 的辖区以外，不能在此导入。</translation>
    </message>
</context>
<context>
    <name>hc::imports::RecordReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes; this is not a %2 file, or it is damaged.</source>
        <translation>该行超过 %1 字节；这不是 %2 文件，或文件已损坏。</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>the file is UTF-16 text (Excel&apos;s &quot;Unicode text&quot;). Save it as &quot;CSV UTF-8&quot; or as CSV in the Chinese (GB18030) encoding and import it again.</source>
        <translation>该文件是 UTF-16 文本（Excel 的“Unicode 文本”）。请另存为“CSV UTF-8”或中文（GB18030）编码的 CSV 后重新导入。</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte order mark but GB18030 was asked for; import it as UTF-8.</source>
        <translation>文件以 UTF-8 字节顺序标记开头，但指定的编码是 GB18030；请按 UTF-8 导入。</translation>
    </message>
    <message>
        <source>contains a NUL byte (near byte offset %1): this is a binary file, not text.</source>
        <translation>含有 NUL 字节（字节偏移 %1 附近）：这是二进制文件，不是文本。</translation>
    </message>
    <message>
        <source>%1: cancelled while checking the file; nothing was imported.</source>
        <translation>%1：检查文件时已取消；未导入任何数据。</translation>
    </message>
    <message>
        <source>If it was saved by Excel on Chinese Windows, import it with the encoding GB18030.</source>
        <translation>如果该文件是在中文 Windows 上用 Excel 保存的，请以 GB18030 编码导入。</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte offset %1). %2</source>
        <translation>文本不是有效的 UTF-8（字节偏移 %1）。%2</translation>
    </message>
    <message>
        <source>the text is not valid GB18030 (byte offset %1). Is it UTF-8?</source>
        <translation>文本不是有效的 GB18030（字节偏移 %1）。是否为 UTF-8？</translation>
    </message>
    <message>
        <source>the file has a UTF-8 byte order mark but is not valid UTF-8 (byte offset %1).</source>
        <translation>文件带有 UTF-8 字节顺序标记，但不是有效的 UTF-8（字节偏移 %1）。</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 (first invalid byte at offset %1) nor GB18030 (line %2, byte offset %3). Check that it is a text export, or save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>文本既不是 UTF-8（第一个无效字节位于偏移 %1），也不是 GB18030（第 %2 行，字节偏移 %3）。请检查它是否为文本导出文件，或重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>the file is GB18030 text, but this Qt has no GB18030 converter (it was built without ICU).</source>
        <translation>该文件是 GB18030 文本，但当前 Qt 没有 GB18030 转换器（构建时未启用 ICU）。</translation>
    </message>
    <message>
        <source>this Qt cannot decode %1.</source>
        <translation>当前 Qt 无法解码 %1。</translation>
    </message>
    <message>
        <source>cannot continue at byte offset %1: %2</source>
        <translation>无法从字节偏移 %1 处继续：%2</translation>
    </message>
</context>
<context>
    <name>hc::imports::RiskAreaImporter</name>
    <message>
        <source>The district&apos;s code or name (or give a venue)</source>
        <translation>区县的代码或名称（或指定场所）</translation>
    </message>
    <message>
        <source>The venue&apos;s code (or give a district)</source>
        <translation>场所代码（或指定区县）</translation>
    </message>
    <message>
        <source>low, medium or high (低/中/高风险)</source>
        <translation>low、medium 或 high（低/中/高风险）</translation>
    </message>
    <message>
        <source>From when, with its time zone</source>
        <translation>起始时间，含时区</translation>
    </message>
    <message>
        <source>Until when (open-ended when absent)</source>
        <translation>截止时间（缺省为不设截止）</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>risk areas need a district column or a venue column.</source>
        <translation>风险区数据需要区县列或场所列。</translation>
    </message>
    <message>
        <source>A risk area is either a district or a venue: give exactly one.</source>
        <translation>风险区要么是区县，要么是场所：只能指定其中一个。</translation>
    </message>
    <message>
        <source>No jurisdiction has the code or name &quot;%1&quot;.</source>
        <translation>没有代码或名称为“%1”的辖区。</translation>
    </message>
    <message>
        <source>No venue has the code %1.</source>
        <translation>没有代码为 %1 的场所。</translation>
    </message>
    <message>
        <source>The area is outside the jurisdiction of user %1.</source>
        <translation>该区域不在用户 %1 的辖区范围内。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a risk level (low, medium or high).</source>
        <translation>“%1”不是风险等级（low、medium 或 high）。</translation>
    </message>
    <message>
        <source>The end is not after the start.</source>
        <translation>结束时间不晚于开始时间。</translation>
    </message>
    <message>
        <source>The note is longer than 1000 characters.</source>
        <translation>备注超过 1000 个字符。</translation>
    </message>
</context>
<context>
    <name>hc::imports::ScanImporter</name>
    <message>
        <source>The provider&apos;s unique id of the scan</source>
        <translation>服务商为该扫码记录分配的唯一 ID</translation>
    </message>
    <message>
        <source>When the code was scanned, with its time zone</source>
        <translation>扫码时间，含时区</translation>
    </message>
    <message>
        <source>The venue&apos;s code</source>
        <translation>场所代码</translation>
    </message>
    <message>
        <source>Latitude in degrees (WGS 84), when there is no venue</source>
        <translation>纬度（度，WGS 84），无场所时使用</translation>
    </message>
    <message>
        <source>Longitude in degrees (WGS 84), when there is no venue</source>
        <translation>经度（度，WGS 84），无场所时使用</translation>
    </message>
    <message>
        <source>The person&apos;s pseudonym (never the ID number)</source>
        <translation>该人员的假名标识（绝不是身份证号）</translation>
    </message>
    <message>
        <source>The colour the code showed: green, yellow or red</source>
        <translation>健康码显示的颜色：green、yellow 或 red</translation>
    </message>
    <message>
        <source>Whose event ids these are, when the file mixes providers</source>
        <translation>文件混有多家服务商的数据时，这些事件 ID 所属的服务商</translation>
    </message>
    <message>
        <source>scans need a venue column, or latitude and longitude columns.</source>
        <translation>扫码记录需要场所列，或经纬度列。</translation>
    </message>
    <message>
        <source>The event id is empty.</source>
        <translation>事件 ID 为空。</translation>
    </message>
    <message>
        <source>The event id is longer than 200 characters.</source>
        <translation>事件 ID 超过 200 个字符。</translation>
    </message>
    <message>
        <source>The provider name is longer than 100 characters.</source>
        <translation>服务商名称超过 100 个字符。</translation>
    </message>
    <message>
        <source>The scan time %1 lies in the future.</source>
        <translation>扫码时间 %1 晚于当前时间。</translation>
    </message>
    <message>
        <source>The scan time is before the year 2000.</source>
        <translation>扫码时间早于 2000 年。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code colour (green, yellow or red; 绿, 黄 or 红).</source>
        <translation>“%1”不是健康码颜色（green、yellow 或 red；绿、黄或红）。</translation>
    </message>
    <message>
        <source>The person&apos;s pseudonym is empty.</source>
        <translation>该人员的假名标识为空。</translation>
    </message>
    <message>
        <source>The pseudonym is longer than 128 characters.</source>
        <translation>假名标识超过 128 个字符。</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>No venue has the code %1, and the row has no coordinates.</source>
        <translation>没有代码为 %1 的场所，且该行没有坐标。</translation>
    </message>
    <message>
        <source>The row has neither a venue nor coordinates.</source>
        <translation>该行既没有场所，也没有坐标。</translation>
    </message>
    <message>
        <source>Venue %1 is not in a district of a city.</source>
        <translation>场所 %1 不在任何市辖区县内。</translation>
    </message>
    <message>
        <source>The point %1, %2 lies in no district of a city in the database (are the district boundaries imported?).</source>
        <translation>坐标点 %1, %2 不在数据库中任何市辖区县内（区县边界是否已导入？）。</translation>
    </message>
    <message>
        <source>The scan is in %1, outside the jurisdiction of user %2.</source>
        <translation>该扫码记录位于 %1，不在用户 %2 的辖区范围内。</translation>
    </message>
    <message>
        <source>No person has the pseudonym %1.</source>
        <translation>没有假名标识为 %1 的人员。</translation>
    </message>
    <message>
        <source>The scan time %1 is before %2, up to which raw scans were purged; raw scans that old are not kept.</source>
        <translation>扫码时间 %1 早于 %2，该时间之前的原始扫码记录已清除；不保留这么早的原始扫码记录。</translation>
    </message>
    <message>
        <source>The scan time %1 is older than the retention window of %2 days (before %3); raw scans that old are not kept.</source>
        <translation>扫码时间 %1 超出 %2 天的保留期（早于 %3）；不保留这么早的原始扫码记录。</translation>
    </message>
    <message>
        <source>The event id %1 is already stored for a scan outside the jurisdiction of user %2.</source>
        <translation>事件编号 %1 已用于用户 %2 辖区以外的一条扫码记录。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>码色</translation>
    </message>
    <message>
        <source>The event id %1 is already stored (from this file or an earlier import) with a different %2; a provider&apos;s event id names one scan.</source>
        <translation>事件编号 %1 已存储（来自本文件或之前的导入），但%2不同；提供方的一个事件编号只对应一次扫码。</translation>
    </message>
</context>
<context>
    <name>hc::imports::TestResultImporter</name>
    <message>
        <source>The person&apos;s ID number (or give the pseudonym)</source>
        <translation>该人员的身份证号（或指定假名标识）</translation>
    </message>
    <message>
        <source>The person&apos;s pseudonym (or give the ID number)</source>
        <translation>该人员的假名标识（或指定身份证号）</translation>
    </message>
    <message>
        <source>pcr or antigen (核酸/抗原)</source>
        <translation>pcr 或 antigen（核酸/抗原）</translation>
    </message>
    <message>
        <source>positive or negative (阳性/阴性)</source>
        <translation>positive 或 negative（阳性/阴性）</translation>
    </message>
    <message>
        <source>When the sample was taken, with its time zone</source>
        <translation>采样时间，含时区</translation>
    </message>
    <message>
        <source>When the result was reported (the sampling time when absent)</source>
        <translation>结果报告时间（缺省为采样时间）</translation>
    </message>
    <message>
        <source>The laboratory</source>
        <translation>检测机构</translation>
    </message>
    <message>
        <source>test results need a column with the person&apos;s ID number or pseudonym.</source>
        <translation>检测结果需要含有人员身份证号或假名标识的列。</translation>
    </message>
    <message>
        <source>The row names no person (ID number or pseudonym).</source>
        <translation>该行没有指明人员（身份证号或假名标识）。</translation>
    </message>
    <message>
        <source>%1 is not a valid ID number.</source>
        <translation>%1 不是有效的身份证号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test kind (pcr or antigen).</source>
        <translation>“%1”不是检测种类（pcr 或 antigen）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a result (positive or negative).</source>
        <translation>“%1”不是检测结果（positive 或 negative）。</translation>
    </message>
    <message>
        <source>The result is reported before the sample was taken.</source>
        <translation>结果报告时间早于采样时间。</translation>
    </message>
    <message>
        <source>The result lies in the future.</source>
        <translation>检测结果的时间晚于当前时间。</translation>
    </message>
    <message>
        <source>The lab&apos;s name is longer than 200 characters.</source>
        <translation>检测机构名称超过 200 个字符。</translation>
    </message>
    <message>
        <source>No person in the jurisdiction of %1 has the ID number %2.</source>
        <translation>%1 的辖区内没有身份证号为 %2 的人员。</translation>
    </message>
    <message>
        <source>No person in the jurisdiction of %1 has the pseudonym %2.</source>
        <translation>%1 的辖区内没有假名标识为 %2 的人员。</translation>
    </message>
</context>
<context>
    <name>hc::imports::VenueImporter</name>
    <message>
        <source>The venue&apos;s unique code</source>
        <translation>场所的唯一代码</translation>
    </message>
    <message>
        <source>The venue&apos;s name</source>
        <translation>场所名称</translation>
    </message>
    <message>
        <source>What kind of place it is (other when absent)</source>
        <translation>场所类型（缺省为其他）</translation>
    </message>
    <message>
        <source>The district&apos;s code or name</source>
        <translation>区县的代码或名称</translation>
    </message>
    <message>
        <source>Latitude in degrees</source>
        <translation>纬度（度）</translation>
    </message>
    <message>
        <source>Longitude in degrees</source>
        <translation>经度（度）</translation>
    </message>
    <message>
        <source>The venue code must have 1 to 64 characters.</source>
        <translation>场所代码必须为 1 到 64 个字符。</translation>
    </message>
    <message>
        <source>The venue name must have 1 to 200 characters.</source>
        <translation>场所名称必须为 1 到 200 个字符。</translation>
    </message>
    <message>
        <source>The kind is longer than 64 characters.</source>
        <translation>场所类型超过 64 个字符。</translation>
    </message>
    <message>
        <source>No jurisdiction has the code or name &quot;%1&quot;.</source>
        <translation>没有代码或名称为“%1”的辖区。</translation>
    </message>
    <message>
        <source>%1 is outside the jurisdiction of user %2.</source>
        <translation>%1 不在用户 %2 的辖区范围内。</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>The point %1, %2 lies outside the boundary of %3.</source>
        <translation>坐标点 %1, %2 位于%3的边界之外。</translation>
    </message>
    <message>
        <source>Venue %1 is already stored with other details; imports never change a venue.</source>
        <translation>场所 %1 已以不同的信息存储；导入绝不会修改场所。</translation>
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
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>hc::models::OverrideListModel</name>
    <message>
        <source>%1 (evidence: %2)</source>
        <translation>%1（依据：%2）</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1（编号 %2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定者</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
</context>
<context>
    <name>hc::models::PersonSearchModel</name>
    <message>
        <source>%1 (override)</source>
        <translation>%1（人工调整）</translation>
    </message>
    <message>
        <source>No rule applies to this person.</source>
        <translation>没有适用于该人员的规则。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
</context>
<context>
    <name>hc::models::RuleVersionListModel</name>
    <message>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>待生效</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>（安装时自带）</translation>
    </message>
    <message>
        <source>Published without lead time because: %1</source>
        <translation>未经公示期直接发布，原因：%1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>编写人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>从一开始</translation>
    </message>
</context>
<context>
    <name>hc::models::UserListModel</name>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Locked after too many wrong passwords until %1</source>
        <translation>因密码输错次数过多被锁定至 %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>上次登录</translation>
    </message>
</context>
<context>
    <name>hc::printing::CardCustody</name>
    <message>
        <source>There is no printed card with the serial %1.</source>
        <translation>没有序列号为 %1 的已打印卡片。</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>卡片 %1</translation>
    </message>
    <message>
        <source>The proxy&apos;s ID number &quot;%1&quot; is not valid (18 characters with a correct check character). Check the ID card again.</source>
        <translation>代领人的身份证号“%1”无效（须为 18 位且校验码正确）。请再次核对身份证。</translation>
    </message>
    <message>
        <source>Card %1 was revoked (%2); it must not be handed over.</source>
        <translation>卡片 %1 已吊销（%2）；不得交付。</translation>
    </message>
    <message>
        <source>Card %1 was already handed over on %2.</source>
        <translation>卡片 %1 已于 %2 交付。</translation>
    </message>
    <message>
        <source>Card %1 has expired; print a new one.</source>
        <translation>卡片 %1 已过期；请打印新卡片。</translation>
    </message>
    <message>
        <source>The proxy %1 has already collected cards for %2 people; one proxy may collect for at most %3 (setting %4). The card was not handed over.</source>
        <translation>代领人 %1 已为 %2 人代领卡片；每位代领人最多可为 %3 人代领（设置项 %4）。该卡片未交付。</translation>
    </message>
    <message>
        <source>Card %1 was changed by someone else in the meantime. Reload and try again.</source>
        <translation>卡片 %1 在此期间已被他人修改。请重新加载后重试。</translation>
    </message>
</context>
<context>
    <name>hc::printing::CardPdfWriter</name>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
    <message>
        <source>Health code cards</source>
        <translation>健康码卡片</translation>
    </message>
    <message>
        <source>%1 is not open for writing.</source>
        <translation>%1 未以写入方式打开。</translation>
    </message>
</context>
<context>
    <name>hc::printing::CardPrinter</name>
    <message>
        <source>Nobody in your jurisdiction matches the selection; nothing was printed.</source>
        <translation>您的辖区内没有人符合筛选条件；未打印任何卡片。</translation>
    </message>
    <message>
        <source>Print batch %1 failed after %2 card(s): %3 The cards recorded for the batch are the ones that may exist; revoke them if the output is lost.</source>
        <translation>打印批次 %1 在打印 %2 张卡片后失败：%3 该批次中登记的卡片即可能已经存在的卡片；如输出已丢失，请将其吊销。</translation>
    </message>
    <message>
        <source>Card %1 is already revoked (%2); reprint the card that replaced it, if any.</source>
        <translation>卡片 %1 已被吊销（%2）；如有替代卡片，请补打该替代卡片。</translation>
    </message>
    <message>
        <source>The %1 signing key %2 was retired on %3 and signs nothing any more; an official who manages keys must generate a new one (healthcode-ctl keys generate) before printing.</source>
        <translation>%1 签名密钥 %2 已于 %3 停用，不再签署任何内容；打印前须由负责密钥管理的工作人员生成新密钥（healthcode-ctl keys generate）。</translation>
    </message>
    <message>
        <source>There is no %1 signing key yet; an official who manages keys must generate one (healthcode-ctl keys generate%2) before printing.</source>
        <translation>还没有 %1 签名密钥；打印前须由负责密钥管理的工作人员生成一个（healthcode-ctl keys generate%2）。</translation>
    </message>
    <message>
        <source>The signing key %1 has no jurisdiction, so its cards could name no issuer.</source>
        <translation>签名密钥 %1 没有所属辖区，因此其签发的卡片无法注明签发方。</translation>
    </message>
    <message>
        <source>The card to replace was revoked by someone else meanwhile.</source>
        <translation>要替换的卡片在此期间已被他人吊销。</translation>
    </message>
    <message>
        <source>Interrupted: the program printing this batch stopped without ending it (no card signed since %1 UTC). The %2 card(s) recorded may exist in a partial output; those not handed over are revoked. Print them again.</source>
        <translation>已中断：打印此批次的程序未结束批次便已停止（自 %1 UTC 起未签发卡片）。已记录的 %2 张卡片可能存在于不完整的输出中；其中未交付的已被吊销，请重新打印。</translation>
    </message>
</context>
<context>
    <name>hc::printing::CardSelection</name>
    <message>
        <source>line %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>等另外 %1 个</translation>
    </message>
    <message>
        <source>%1 ID number(s) of the list are not registered: %2. Nothing was selected.</source>
        <translation>清单中有 %1 个身份证号未登记：%2。未选中任何人。</translation>
    </message>
    <message>
        <source>%1 person(s) on the list live outside your jurisdiction: %2. Nothing was selected.</source>
        <translation>清单中有 %1 人居住在您的辖区之外：%2。未选中任何人。</translation>
    </message>
    <message>
        <source>The minimum age must be from 0 to 150, not %1.</source>
        <translation>最低年龄必须在 0 到 150 之间，而不是 %1。</translation>
    </message>
    <message>
        <source>The limit must not be negative.</source>
        <translation>数量上限不能为负数。</translation>
    </message>
</context>
<context>
    <name>hc::printing::CardSheetWriter</name>
    <message>
        <source>The printer or file refused to start the document.</source>
        <translation>打印机或文件拒绝开始该文档。</translation>
    </message>
    <message>
        <source>The printer or file did not accept the end of the document.</source>
        <translation>打印机或文件未能接受文档的结束。</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>hc::printing::CardTemplate</name>
    <message>
        <source>ID-card size, 10 per A4 sheet</source>
        <translation>身份证尺寸，每张 A4 纸 10 张</translation>
    </message>
    <message>
        <source>A6, one per sheet</source>
        <translation>A6，每页 1 张</translation>
    </message>
</context>
<context>
    <name>hc::printing::IdListFile</name>
    <message>
        <source>Cannot read the ID list %1: %2</source>
        <translation>无法读取身份证号清单 %1：%2</translation>
    </message>
    <message>
        <source>The ID list %1 is larger than %2 MB; split it.</source>
        <translation>身份证号清单 %1 大于 %2 MB；请拆分。</translation>
    </message>
    <message>
        <source>%1 line %2: &quot;%3&quot; is not a valid ID number (18 characters with a correct check character).</source>
        <translation>%1 第 %2 行：“%3”不是有效的身份证号（须为 18 位且校验码正确）。</translation>
    </message>
    <message>
        <source>%1 line %2: the ID number %3 is already on line %4.</source>
        <translation>%1 第 %2 行：身份证号 %3 已在第 %4 行出现。</translation>
    </message>
    <message>
        <source>... and %1 more bad lines.</source>
        <translation>……另有 %1 行有误。</translation>
    </message>
    <message>
        <source>The ID list %1 has %2 bad line(s); nothing was selected. Correct them and try again:
%3</source>
        <translation>身份证号清单 %1 有 %2 行有误；未选中任何人。请更正后重试：
%3</translation>
    </message>
    <message>
        <source>The ID list %1 contains no ID numbers.</source>
        <translation>身份证号清单 %1 中没有身份证号。</translation>
    </message>
</context>
<context>
    <name>hc::printing::PrintBatchModel</name>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1（演示）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Printer or file</source>
        <translation>打印机或文件</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>卡片数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>hc::reports::DailyReport</name>
    <message>
        <source>high</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中风险</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>The report needs a valid day (YYYY-MM-DD).</source>
        <translation>报告需要有效的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>jurisdiction %1</source>
        <translation>辖区 %1</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>无法写入报告：%1</translation>
    </message>
    <message>
        <source>Daily situation report %1</source>
        <translation>每日情况报告 %1</translation>
    </message>
    <message>
        <source>Daily situation report, %1</source>
        <translation>每日情况报告（%1）</translation>
    </message>
    <message>
        <source>× marks a suppressed figure: fewer than %1 people, or one that would give such a group away.</source>
        <translation>× 表示已抑制的数字：少于 %1 人，或可能据此推算出这样一小群人的数字。</translation>
    </message>
    <message>
        <source>People by colour and the day&apos;s changes, by district</source>
        <translation>按区县统计的各颜色人数及当日变化</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>颜色变化</translation>
    </message>
    <message>
        <source>Positive tests</source>
        <translation>阳性检测</translation>
    </message>
    <message>
        <source>Close contacts</source>
        <translation>密切接触者</translation>
    </message>
    <message>
        <source>Cards printed</source>
        <translation>已打印卡片</translation>
    </message>
    <message>
        <source>Risk areas in force</source>
        <translation>生效中的风险区</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>open</source>
        <translation>不设截止</translation>
    </message>
    <message>
        <source>Rule versions in force</source>
        <translation>生效中的规则版本</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>发布人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>从一开始</translation>
    </message>
    <message>
        <source>(installed)</source>
        <translation>（安装时自带）</translation>
    </message>
    <message>
        <source>Overrides by reason category</source>
        <translation>按理由类别统计的人工调整</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Cards printed on the day: %1.</source>
        <translation>当日打印卡片：%1 张。</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>无法开始生成 PDF。</translation>
    </message>
    <message>
        <source>%1 (%2) · generated by %3 on %4</source>
        <translation>%1（%2）· 由 %3 于 %4 生成</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>无法打开 %1 进行写入：%2</translation>
    </message>
    <message>
        <source>%1: the report is written as .pdf or .csv; give the file one of those names.</source>
        <translation>%1：报告只能写为 .pdf 或 .csv；请使用其中一种文件扩展名。</translation>
    </message>
    <message>
        <source>Scans of the day in %1</source>
        <translation>%1当日扫码情况</translation>
    </message>
    <message>
        <source>Per 500 m cell; grey hatched cells have fewer than %1 people and show no figure.</source>
        <translation>按 500 米网格统计；灰色斜线网格少于 %1 人，不显示数值。</translation>
    </message>
</context>
<context>
    <name>hc::rules::Checker</name>
    <message>
        <source>The rule set has %1 rules; at most %2 are allowed.</source>
        <translation>规则集有 %1 条规则；最多允许 %2 条。</translation>
    </message>
    <message>
        <source>Merge rules that give the same colour with &quot;or&quot;.</source>
        <translation>请用 &quot;or&quot; 合并结果颜色相同的规则。</translation>
    </message>
    <message>
        <source>The id %1 is already used by rule %2 &quot;%3&quot;%4.</source>
        <translation>编号 %1 已被规则 %2 &quot;%3&quot;%4 使用。</translation>
    </message>
    <message>
        <source>Give every rule its own id, e.g. R%1.</source>
        <translation>请为每条规则指定唯一编号，例如 R%1。</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation>（第 %1 行）</translation>
    </message>
    <message>
        <source>Too many problems; checking stopped here.</source>
        <translation>问题过多；检查到此为止。</translation>
    </message>
    <message>
        <source>Fix the problems above and check again.</source>
        <translation>请修正上述问题后再检查。</translation>
    </message>
    <message>
        <source>The rule has no id.</source>
        <translation>该规则没有编号。</translation>
    </message>
    <message>
        <source>Give it a short id such as R%1.</source>
        <translation>请为其指定简短编号，例如 R%1。</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is not a valid rule id.</source>
        <translation>&quot;%1&quot; 不是有效的规则编号。</translation>
    </message>
    <message>
        <source>Use a letter followed by letters, digits, &apos;-&apos; or &apos;_&apos;, at most %1 characters, e.g. R3.</source>
        <translation>请以字母开头，后接字母、数字、“-”或“_”，最多 %1 个字符，例如 R3。</translation>
    </message>
    <message>
        <source>The rule has no name.</source>
        <translation>该规则没有名称。</translation>
    </message>
    <message>
        <source>Give it a name officials recognise, e.g. &quot;Confirmed case&quot;.</source>
        <translation>请为其取一个工作人员易于识别的名称，例如 &quot;Confirmed case&quot;（确诊病例）。</translation>
    </message>
    <message>
        <source>The rule name is longer than %1 characters.</source>
        <translation>规则名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Shorten the name; put details into the description.</source>
        <translation>请缩短名称；详细内容请写入说明。</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>说明超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Shorten the description.</source>
        <translation>请缩短说明。</translation>
    </message>
    <message>
        <source>A green rule can never change anyone&apos;s colour: green is what everyone has when no rule matches.</source>
        <translation>绿码规则永远不会改变任何人的颜色：没有规则匹配时，所有人都是绿码。</translation>
    </message>
    <message>
        <source>Make it yellow or red, or remove it.</source>
        <translation>请将其改为黄码或红码，或删除该规则。</translation>
    </message>
    <message>
        <source>The condition is nested more than %1 levels deep.</source>
        <translation>条件的嵌套超过 %1 层。</translation>
    </message>
    <message>
        <source>Remove parentheses or &quot;not&quot;s, or split the condition into several rules.</source>
        <translation>请去掉部分括号或 &quot;not&quot;，或将条件拆分为多条规则。</translation>
    </message>
    <message>
        <source>A rule may combine at most %1 facts.</source>
        <translation>一条规则最多可组合 %1 个事实。</translation>
    </message>
    <message>
        <source>Split the condition into several rules.</source>
        <translation>请将条件拆分为多条规则。</translation>
    </message>
    <message>
        <source>&quot;not&quot; must apply to exactly one fact or group.</source>
        <translation>&quot;not&quot; 必须恰好作用于一个事实或一组事实。</translation>
    </message>
    <message>
        <source>An &quot;and&quot; or &quot;or&quot; group needs at least two facts.</source>
        <translation>&quot;and&quot; 或 &quot;or&quot; 组至少需要两个事实。</translation>
    </message>
    <message>
        <source>Add a fact to the group or remove the group.</source>
        <translation>请向该组添加事实，或删除该组。</translation>
    </message>
    <message>
        <source>For example: 2 negative tests 24 hours apart.</source>
        <translation>例如：2 negative tests 24 hours apart（两次间隔 24 小时的阴性检测）。</translation>
    </message>
    <message>
        <source>%1 negative tests cannot turn a colour back.</source>
        <translation>%1 次阴性检测无法使颜色转回。</translation>
    </message>
    <message>
        <source>Ask for 1 to %1 negative tests.</source>
        <translation>请要求 1 到 %1 次阴性检测。</translation>
    </message>
    <message>
        <source>Tests %1 %2 apart are impossible.</source>
        <translation>间隔 %1 %2 的检测不可能实现。</translation>
    </message>
    <message>
        <source>Space the tests 1 to %1 hours apart.</source>
        <translation>请将检测间隔设为 1 到 %1 小时。</translation>
    </message>
    <message>
        <source>A single test cannot be spaced &quot;apart&quot;.</source>
        <translation>单次检测无法设置间隔（&quot;apart&quot;）。</translation>
    </message>
    <message>
        <source>Ask for 2 tests, or remove &quot;%1 %2 apart&quot;.</source>
        <translation>请要求 2 次检测，或删除 &quot;%1 %2 apart&quot;。</translation>
    </message>
    <message>
        <source>For example: within 14 days.</source>
        <translation>例如：within 14 days（14 天内）。</translation>
    </message>
    <message>
        <source>A window of 0 %1 is impossible: nothing falls within it.</source>
        <translation>0 %1 的时间窗口不可能成立：没有任何事件会落在其中。</translation>
    </message>
    <message>
        <source>A negative window (%1 %2) is impossible.</source>
        <translation>负的时间窗口（%1 %2）不可能成立。</translation>
    </message>
    <message>
        <source>Use a window of at least 1 hour and at most %1 days.</source>
        <translation>请使用至少 1 小时、至多 %1 天的时间窗口。</translation>
    </message>
    <message>
        <source>A window of %1 %2 is longer than the %3 days facts are kept for rules.</source>
        <translation>%1 %2 的时间窗口超过了供规则使用的事实保留期（%3 天）。</translation>
    </message>
    <message>
        <source>Use a window of at most %1 days (%2 hours).</source>
        <translation>请使用至多 %1 天（%2 小时）的时间窗口。</translation>
    </message>
    <message>
        <source>&quot;At least %1&quot; events is impossible.</source>
        <translation>&quot;At least %1&quot; 次事件不可能成立。</translation>
    </message>
    <message>
        <source>Count from 1 to %1, e.g. at least 2 positive tests.</source>
        <translation>次数应为 1 到 %1，例如 at least 2 positive tests（至少两次阳性检测）。</translation>
    </message>
    <message>
        <source>Negative tests cannot be cleared by negative tests.</source>
        <translation>阴性检测不能被阴性检测抵消。</translation>
    </message>
    <message>
        <source>Remove &quot;unless ... after it&quot; from this fact.</source>
        <translation>请从该事实中删除 &quot;unless ... after it&quot;。</translation>
    </message>
    <message>
        <source>&quot;unless ... after it&quot; has no clear meaning under &quot;not&quot;.</source>
        <translation>&quot;unless ... after it&quot; 在 &quot;not&quot; 之下含义不明确。</translation>
    </message>
    <message>
        <source>Move the fact out of &quot;not&quot;, or remove &quot;unless ... after it&quot;.</source>
        <translation>请将该事实移出 &quot;not&quot;，或删除 &quot;unless ... after it&quot;。</translation>
    </message>
    <message>
        <source>An age of %1 years is impossible.</source>
        <translation>%1 岁的年龄不可能存在。</translation>
    </message>
    <message>
        <source>Use an age from 0 to %1 years.</source>
        <translation>请使用 0 到 %1 岁之间的年龄。</translation>
    </message>
    <message>
        <source>The condition uses only personal details (age, smartphone), no dated health fact: it would colour people permanently without a health reason.</source>
        <translation>该条件只使用了个人信息（年龄、智能手机），没有带日期的健康事实：这会在没有健康理由的情况下永久改变人员的颜色。</translation>
    </message>
    <message>
        <source>Combine it with a test, close contact, risk-area stay, venue scan or symptom, e.g. &quot;and a stay in a medium-risk area within 7 days&quot;.</source>
        <translation>请将其与检测、密切接触、风险区停留、场所扫码或症状组合，例如 &quot;and a stay in a medium-risk area within 7 days&quot;（且 7 天内在中风险区停留）。</translation>
    </message>
    <message>
        <source>Negative tests cannot turn this rule back: its condition has no dated fact they could clear (negative tests and facts under &quot;not&quot; are never cleared).</source>
        <translation>阴性检测无法使本规则转回：其条件中没有可被抵消的带日期事实（阴性检测和 &quot;not&quot; 之下的事实永远不会被抵消）。</translation>
    </message>
    <message>
        <source>Write &quot;Turns back when the window expires.&quot;</source>
        <translation>请写 &quot;Turns back when the window expires.&quot;（时间窗口到期时转回）。</translation>
    </message>
    <message>
        <source>The condition can never be true, so the rule never matches anyone.</source>
        <translation>该条件永远不可能成立，因此本规则不会匹配任何人。</translation>
    </message>
    <message>
        <source>Check for facts that exclude each other, e.g. &quot;age over 60 and age under 30&quot;.</source>
        <translation>请检查是否有互相排斥的事实，例如 &quot;age over 60 and age under 30&quot;。</translation>
    </message>
    <message>
        <source>The condition is true for everyone, so the rule colours everyone.</source>
        <translation>该条件对所有人都成立，因此本规则会改变所有人的颜色。</translation>
    </message>
    <message>
        <source>Check for facts joined with &quot;or&quot; that cover every case, e.g. &quot;X or not X&quot;.</source>
        <translation>请检查用 &quot;or&quot; 连接、涵盖了所有情形的事实，例如 &quot;X or not X&quot;。</translation>
    </message>
    <message>
        <source>The rule repeats rule %1 &quot;%2&quot;%3: same condition, same colour.</source>
        <translation>本规则与规则 %1 &quot;%2&quot;%3 重复：条件相同，颜色相同。</translation>
    </message>
    <message>
        <source>Remove one of the two rules.</source>
        <translation>请删除其中一条规则。</translation>
    </message>
    <message>
        <source>The rule can never decide a colour: whenever it matches, the earlier rule %1 &quot;%2&quot;%3 matches too with the same colour.</source>
        <translation>本规则永远不会决定颜色：每当它匹配时，前面的规则 %1 &quot;%2&quot;%3 也会匹配，且颜色相同。</translation>
    </message>
    <message>
        <source>Remove it, or change its condition so that it also covers people rule %1 does not.</source>
        <translation>请删除本规则，或修改其条件，使其也能覆盖规则 %1 未覆盖的人员。</translation>
    </message>
    <message>
        <source>The rule can never make anyone %1: whenever it matches, rule %2 &quot;%3&quot;%4 matches too and gives %5.</source>
        <translation>本规则永远不会使任何人变为%1：每当它匹配时，规则 %2 &quot;%3&quot;%4 也会匹配并给出%5。</translation>
    </message>
</context>
<context>
    <name>hc::rules::Colour</name>
    <message>
        <source>Green</source>
        <translation>绿码</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄码</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红码</translation>
    </message>
    <message>
        <source>green</source>
        <comment>in a sentence</comment>
        <translation>绿码</translation>
    </message>
    <message>
        <source>yellow</source>
        <comment>in a sentence</comment>
        <translation>黄码</translation>
    </message>
    <message>
        <source>red</source>
        <comment>in a sentence</comment>
        <translation>红码</translation>
    </message>
</context>
<context>
    <name>hc::rules::CompiledRules</name>
    <message>
        <source>The rule set cannot be used: %1</source>
        <translation>无法使用该规则集：%1</translation>
    </message>
</context>
<context>
    <name>hc::rules::Diagnostic</name>
    <message>
        <source>Line %1, column %2: </source>
        <translation>第 %1 行第 %2 列：</translation>
    </message>
    <message>
        <source>rule %1 &quot;%2&quot;: </source>
        <translation>规则 %1 &quot;%2&quot;：</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
</context>
<context>
    <name>hc::rules::Evaluator</name>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation>评估已取消。</translation>
    </message>
</context>
<context>
    <name>hc::rules::ExplanationText</name>
    <message>
        <source>not %1</source>
        <translation>并非 %1</translation>
    </message>
    <message>
        <source>positive test on %1</source>
        <translation>%1检测阳性</translation>
    </message>
    <message>
        <source>positive %1 test on %2</source>
        <translation>%2%1检测阳性</translation>
    </message>
    <message>
        <source>negative test on %1</source>
        <translation>%1检测阴性</translation>
    </message>
    <message>
        <source>negative %1 test on %2</source>
        <translation>%2%1检测阴性</translation>
    </message>
    <message>
        <source>designated a close contact on %1</source>
        <translation>%1被判定为密切接触者</translation>
    </message>
    <message>
        <source>declared a symptom on %1</source>
        <translation>%1申报了症状</translation>
    </message>
    <message>
        <source>declared &quot;%1&quot; on %2</source>
        <translation>%2申报了“%1”</translation>
    </message>
    <message>
        <source>scanned at %1 on %2 while it was a %3 venue</source>
        <translation>%2在%1扫码，当时该场所为%3场所</translation>
    </message>
    <message>
        <source>lives in %1, a %2 area since %3</source>
        <translation>居住在%1，该地自%3起为%2区</translation>
    </message>
    <message>
        <source>lives in %1, a %2 area from %3 to %4</source>
        <translation>居住在%1，该地在%3至%4期间为%2区</translation>
    </message>
    <message>
        <source>scanned at %1 on %2 while its district was a %3 area</source>
        <translation>%2在%1扫码，当时其所在区县为%3区</translation>
    </message>
    <message>
        <source>aged %1</source>
        <translation>年龄 %1 岁</translation>
    </message>
    <message>
        <source>has no smartphone</source>
        <translation>没有智能手机</translation>
    </message>
    <message>
        <source> (and %1 earlier)</source>
        <translation>（此前另有 %1 次）</translation>
    </message>
    <message>
        <source>%1: no rule of version %2 applies.</source>
        <translation>%1：版本 %2 中没有适用的规则。</translation>
    </message>
    <message>
        <source>%1 (rule %2 &quot;%3&quot;, version %4)</source>
        <translation>%1（规则 %2“%3”，版本 %4）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between facts</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 because: %2</source>
        <translation>%1，原因：%2</translation>
    </message>
    <message>
        <source>%1 since %2 because: %3</source>
        <translation>自%2起为%1，原因：%3</translation>
    </message>
    <message>
        <source>stays %1 while %2 remains a %3 area</source>
        <translation>在%2仍为%3区期间保持%1</translation>
    </message>
    <message>
        <source>turns %1 after %2, or on %3 when the window expires</source>
        <translation>%2后，或在时间窗口到期的%3，转为%1</translation>
    </message>
    <message>
        <source>turns %1 after %2</source>
        <translation>%2后转为%1</translation>
    </message>
    <message>
        <source>turns %1 on %2 when the window expires, or earlier after %3</source>
        <translation>在时间窗口到期的%2转为%1，如此前有%3则提前转换</translation>
    </message>
    <message>
        <source>turns %1 on %2 when the window expires</source>
        <translation>在时间窗口到期的%2转为%1</translation>
    </message>
    <message>
        <source>stays %1 while these facts last</source>
        <translation>在上述事实持续期间保持%1</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1；%2。</translation>
    </message>
</context>
<context>
    <name>hc::rules::ExplanationWords</name>
    <message>
        <source>d MMM HH:mm</source>
        <comment>date and time format</comment>
        <translation>M月d日 HH:mm</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>PCR</source>
        <translation>核酸</translation>
    </message>
    <message>
        <source>antigen</source>
        <translation>抗原</translation>
    </message>
    <message>
        <source>high-risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>medium-risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <source>low-risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>one</source>
        <translation>一</translation>
    </message>
    <message>
        <source>two</source>
        <translation>两</translation>
    </message>
    <message>
        <source>three</source>
        <translation>三</translation>
    </message>
    <message>
        <source>four</source>
        <translation>四</translation>
    </message>
    <message>
        <source>five</source>
        <translation>五</translation>
    </message>
    <message>
        <source>venue %1</source>
        <translation>场所 %1</translation>
    </message>
    <message>
        <source>district %1</source>
        <translation>区县 %1</translation>
    </message>
    <message>
        <source>one negative test</source>
        <translation>一次阴性检测</translation>
    </message>
    <message>
        <source>one negative %1 test</source>
        <translation>一次%1阴性检测</translation>
    </message>
    <message>
        <source> %1 h apart</source>
        <translation>（间隔 %1 小时）</translation>
    </message>
    <message>
        <source> %1 days apart</source>
        <translation>（间隔 %1 天）</translation>
    </message>
    <message>
        <source>%1 negative tests%2</source>
        <translation>%1次阴性检测%2</translation>
    </message>
    <message>
        <source>%1 negative %2 tests%3</source>
        <translation>%1次%2阴性检测%3</translation>
    </message>
</context>
<context>
    <name>hc::rules::FactCatalog</name>
    <message>
        <source>At least (number of events)</source>
        <translation>至少（事件次数）</translation>
    </message>
    <message>
        <source>Test kind</source>
        <translation>检测种类</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Within (days or hours)</source>
        <translation>时间范围（天或小时）</translation>
    </message>
    <message>
        <source>Positive test</source>
        <translation>阳性检测</translation>
    </message>
    <message>
        <source>A positive PCR or antigen test sampled within the window.</source>
        <translation>在时间窗口内采样的核酸或抗原检测结果为阳性。</translation>
    </message>
    <message>
        <source>Negative test</source>
        <translation>阴性检测</translation>
    </message>
    <message>
        <source>A negative PCR or antigen test sampled within the window.</source>
        <translation>在时间窗口内采样的核酸或抗原检测结果为阴性。</translation>
    </message>
    <message>
        <source>Close contact designation</source>
        <translation>被判定为密切接触者</translation>
    </message>
    <message>
        <source>The person was designated a close contact within the window.</source>
        <translation>该人员在时间窗口内被判定为密切接触者。</translation>
    </message>
    <message>
        <source>Scan at a risk venue</source>
        <translation>在风险场所扫码</translation>
    </message>
    <message>
        <source>The person&apos;s code was scanned at a venue while that venue was designated at the risk level, within the window.</source>
        <translation>在时间窗口内，该人员的健康码在某场所被扫描，而当时该场所被认定为该风险等级。</translation>
    </message>
    <message>
        <source>Stay in a risk area</source>
        <translation>在风险区停留</translation>
    </message>
    <message>
        <source>The person&apos;s home district was designated at the risk level, or their code was scanned at a venue in a district designated at that level, within the window.</source>
        <translation>在时间窗口内，该人员居住的区县被认定为该风险等级，或其健康码在被认定为该等级的区县内的场所被扫描。</translation>
    </message>
    <message>
        <source>Declared symptom</source>
        <translation>申报症状</translation>
    </message>
    <message>
        <source>The person declared a symptom within the window.</source>
        <translation>该人员在时间窗口内申报了症状。</translation>
    </message>
    <message>
        <source>Age over</source>
        <translation>年龄大于</translation>
    </message>
    <message>
        <source>The person has had this birthday (age over 60: 60 years old or older).</source>
        <translation>该人员已过此生日（年龄大于 60：即年满 60 周岁及以上）。</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年龄（岁）</translation>
    </message>
    <message>
        <source>Age under</source>
        <translation>年龄小于</translation>
    </message>
    <message>
        <source>The person has not yet had this birthday (age under 18: 17 years old or younger).</source>
        <translation>该人员尚未过此生日（年龄小于 18：即 17 周岁及以下）。</translation>
    </message>
    <message>
        <source>No smartphone</source>
        <translation>没有智能手机</translation>
    </message>
    <message>
        <source>The person is registered as having no smartphone.</source>
        <translation>该人员登记为没有智能手机。</translation>
    </message>
    <message>
        <source>Unless negative tests after it</source>
        <translation>除非此后有阴性检测</translation>
    </message>
    <message>
        <source>Any test</source>
        <translation>任意检测</translation>
    </message>
    <message>
        <source>PCR test</source>
        <translation>核酸检测</translation>
    </message>
    <message>
        <source>Antigen test</source>
        <translation>抗原检测</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
</context>
<context>
    <name>hc::rules::FactsLoader</name>
    <message>
        <source>Loading the facts was cancelled.</source>
        <translation>事实加载已取消。</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>tests</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>close contacts</source>
        <translation>密切接触者</translation>
    </message>
    <message>
        <source>symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>risk areas</source>
        <translation>风险区</translation>
    </message>
    <message>
        <source>scans at risk venues</source>
        <translation>风险场所扫码记录</translation>
    </message>
    <message>
        <source>scans in risk areas</source>
        <translation>风险区扫码记录</translation>
    </message>
    <message>
        <source>Load at most 10000 people one by one; load their districts instead.</source>
        <translation>逐个加载的人员最多为 10000 名；请改为按其所在区县加载。</translation>
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
        <translation>年龄不详</translation>
    </message>
</context>
<context>
    <name>hc::rules::Parser</name>
    <message>
        <source>Known facts: a positive test, a negative test (optionally PCR or antigen), a close contact designation, a scan at a high-risk venue while designated, a stay in a high-risk area, a declared symptom (each with &quot;within N days&quot;), age over N, age under N, no smartphone.</source>
        <translation>可用的事实：a positive test（阳性检测）、a negative test（阴性检测，可注明 PCR 或 antigen）、a close contact designation（被判定为密切接触者）、a scan at a high-risk venue while designated（在被认定期间于高风险场所扫码）、a stay in a high-risk area（在高风险区停留）、a declared symptom（申报症状）（以上均需带 &quot;within N days&quot;），以及 age over N（年龄大于 N）、age under N（年龄小于 N）、no smartphone（没有智能手机）。</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>文本结尾</translation>
    </message>
    <message>
        <source>the quoted text &quot;%1&quot;</source>
        <translation>带引号的文本 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Expected a rule starting with &quot;Rule&quot; but found %1.</source>
        <translation>此处应为以 &quot;Rule&quot; 开头的规则，但发现的是 %1。</translation>
    </message>
    <message>
        <source>Each rule starts on its own line: Rule R1 &quot;Name&quot;: red when ... .</source>
        <translation>每条规则另起一行：Rule R1 &quot;Name&quot;: red when ... .</translation>
    </message>
    <message>
        <source>A rule set may have at most %1 rules.</source>
        <translation>一个规则集最多可有 %1 条规则。</translation>
    </message>
    <message>
        <source>Merge rules that give the same colour with &quot;or&quot;, or split the jurisdiction&apos;s rules.</source>
        <translation>请用 &quot;or&quot; 合并结果颜色相同的规则，或拆分该辖区的规则。</translation>
    </message>
    <message>
        <source>Unexpected %1 after the condition.</source>
        <translation>条件之后出现了意外的 %1。</translation>
    </message>
    <message>
        <source>Join further facts with &quot;and&quot; or &quot;or&quot;.</source>
        <translation>请用 &quot;and&quot; 或 &quot;or&quot; 连接更多事实。</translation>
    </message>
    <message>
        <source>Too many problems; reading stopped here.</source>
        <translation>问题过多；读取到此为止。</translation>
    </message>
    <message>
        <source>Fix the problems above and check again.</source>
        <translation>请修正上述问题后再检查。</translation>
    </message>
    <message>
        <source>The number %1 is too large.</source>
        <translation>数字 %1 过大。</translation>
    </message>
    <message>
        <source>the colour %1</source>
        <translation>颜色 %1</translation>
    </message>
    <message>
        <source>Expected %1 but found %2.</source>
        <translation>此处应为%1，但发现的是 %2。</translation>
    </message>
    <message>
        <source>Expected &quot;days&quot; or &quot;hours&quot; but found %1.</source>
        <translation>此处应为 &quot;days&quot; 或 &quot;hours&quot;，但发现的是 %1。</translation>
    </message>
    <message>
        <source>Expected a risk level but found %1.</source>
        <translation>此处应为风险等级，但发现的是 %1。</translation>
    </message>
    <message>
        <source>Write high-risk, medium-risk or low-risk.</source>
        <translation>请写 high-risk、medium-risk 或 low-risk。</translation>
    </message>
    <message>
        <source>For example: 2 negative tests 24 hours apart.</source>
        <translation>例如：2 negative tests 24 hours apart（两次间隔 24 小时的阴性检测）。</translation>
    </message>
    <message>
        <source>a number of negative tests</source>
        <translation>阴性检测次数</translation>
    </message>
    <message>
        <source>0 negative tests cannot turn anything back.</source>
        <translation>0 次阴性检测无法使任何颜色转回。</translation>
    </message>
    <message>
        <source>Write at least 1, e.g. 2 negative tests 24 hours apart.</source>
        <translation>请至少写 1，例如 2 negative tests 24 hours apart。</translation>
    </message>
    <message>
        <source>Expected &quot;negative&quot; but found %1: only negative tests turn a colour back.</source>
        <translation>此处应为 &quot;negative&quot;，但发现的是 %1：只有阴性检测才能使颜色转回。</translation>
    </message>
    <message>
        <source>Expected &quot;tests&quot; but found %1.</source>
        <translation>此处应为 &quot;tests&quot;，但发现的是 %1。</translation>
    </message>
    <message>
        <source>a number of hours</source>
        <translation>小时数</translation>
    </message>
    <message>
        <source>Expected &quot;apart&quot; but found %1.</source>
        <translation>此处应为 &quot;apart&quot;，但发现的是 %1。</translation>
    </message>
    <message>
        <source>Expected a fact but found %1.</source>
        <translation>此处应为事实，但发现的是 %1。</translation>
    </message>
    <message>
        <source>Unknown fact &quot;%1&quot;.</source>
        <translation>未知的事实 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>A rule may combine at most %1 facts.</source>
        <translation>一条规则最多可组合 %1 个事实。</translation>
    </message>
    <message>
        <source>Split the condition into several rules.</source>
        <translation>请将条件拆分为多条规则。</translation>
    </message>
    <message>
        <source>Expected &quot;over&quot; or &quot;under&quot; after &quot;age&quot; but found %1.</source>
        <translation>&quot;age&quot; 之后应为 &quot;over&quot; 或 &quot;under&quot;，但发现的是 %1。</translation>
    </message>
    <message>
        <source>For example: age over 60.</source>
        <translation>例如：age over 60（年龄大于 60）。</translation>
    </message>
    <message>
        <source>a number of years</source>
        <translation>年数</translation>
    </message>
    <message>
        <source>a number of events</source>
        <translation>事件次数</translation>
    </message>
    <message>
        <source>For example: at least 2 positive tests.</source>
        <translation>例如：at least 2 positive tests（至少两次阳性检测）。</translation>
    </message>
    <message>
        <source>For example: within 14 days, or within 48 hours.</source>
        <translation>例如：within 14 days（14 天内）或 within 48 hours（48 小时内）。</translation>
    </message>
    <message>
        <source>The fact needs a time window, but %1 follows it.</source>
        <translation>该事实需要时间窗口，但其后是 %1。</translation>
    </message>
    <message>
        <source>a number of days or hours</source>
        <translation>天数或小时数</translation>
    </message>
    <message>
        <source>For example: unless 2 negative tests 24 hours apart after it.</source>
        <translation>例如：unless 2 negative tests 24 hours apart after it（除非此后有两次间隔 24 小时的阴性检测）。</translation>
    </message>
    <message>
        <source>Expected &quot;after it&quot; but found %1.</source>
        <translation>此处应为 &quot;after it&quot;，但发现的是 %1。</translation>
    </message>
    <message>
        <source>The condition is nested more than %1 levels deep.</source>
        <translation>条件的嵌套超过 %1 层。</translation>
    </message>
    <message>
        <source>Remove parentheses or &quot;not&quot;s, or split the condition into several rules.</source>
        <translation>请去掉部分括号或 &quot;not&quot;，或将条件拆分为多条规则。</translation>
    </message>
    <message>
        <source>Expected &quot;)&quot; to close the parenthesis opened at line %1, column %2, but found %3.</source>
        <translation>此处应为 &quot;)&quot;，以闭合第 %1 行第 %2 列的左括号，但发现的是 %3。</translation>
    </message>
    <message>
        <source>Add the closing parenthesis after the last fact of the group.</source>
        <translation>请在该组最后一个事实之后加上右括号。</translation>
    </message>
    <message>
        <source>&quot;and&quot; and &quot;or&quot; are mixed without parentheses, so it is unclear which comes first.</source>
        <translation>&quot;and&quot; 与 &quot;or&quot; 混用而没有括号，无法确定先后顺序。</translation>
    </message>
    <message>
        <source>Add parentheses, e.g. (A and B) or C, or A and (B or C).</source>
        <translation>请加上括号，例如 (A and B) or C，或 A and (B or C)。</translation>
    </message>
    <message>
        <source>A rule starts like this: Rule R3 &quot;Confirmed case&quot;: red when ...</source>
        <translation>规则的开头如下：Rule R3 &quot;Confirmed case&quot;: red when ...</translation>
    </message>
    <message>
        <source>Expected a rule id such as R3 after &quot;Rule&quot; but found %1.</source>
        <translation>&quot;Rule&quot; 之后应为 R3 这样的规则编号，但发现的是 %1。</translation>
    </message>
    <message>
        <source>Expected the rule name in double quotes but found %1.</source>
        <translation>此处应为用双引号括起的规则名称，但发现的是 %1。</translation>
    </message>
    <message>
        <source>Expected the second name in double quotes after &quot;/&quot; but found %1.</source>
        <translation>&quot;/&quot; 之后应为用双引号括起的第二名称，但发现的是 %1。</translation>
    </message>
    <message>
        <source>For example: Rule R3 &quot;Confirmed case&quot; / &quot;确诊病例&quot;: ...</source>
        <translation>例如：Rule R3 &quot;Confirmed case&quot; / &quot;确诊病例&quot;: ...</translation>
    </message>
    <message>
        <source>Expected &quot;:&quot; after the rule name but found %1.</source>
        <translation>规则名称之后应为 &quot;:&quot;，但发现的是 %1。</translation>
    </message>
    <message>
        <source>Expected a colour but found %1.</source>
        <translation>此处应为颜色，但发现的是 %1。</translation>
    </message>
    <message>
        <source>Write red or yellow (green is what everyone has when no rule matches).</source>
        <translation>请写 red 或 yellow（没有规则匹配时，所有人都是 green）。</translation>
    </message>
    <message>
        <source>Expected &quot;when&quot; after the colour but found %1.</source>
        <translation>颜色之后应为 &quot;when&quot;，但发现的是 %1。</translation>
    </message>
    <message>
        <source>For example: red when a positive test within 14 days.</source>
        <translation>例如：red when a positive test within 14 days（14 天内有阳性检测则为红码）。</translation>
    </message>
    <message>
        <source>&quot;..., unless&quot; would apply only to the last fact of this condition.</source>
        <translation>&quot;..., unless&quot; 只会作用于该条件的最后一个事实。</translation>
    </message>
    <message>
        <source>Write &quot;unless ... after it&quot; right after the fact it clears, or turn the whole rule back with a sentence &quot;Turns back after 2 negative tests 24 hours apart.&quot;</source>
        <translation>请将 &quot;unless ... after it&quot; 紧跟在它要抵消的事实之后，或用一句 &quot;Turns back after 2 negative tests 24 hours apart.&quot; 使整条规则转回。</translation>
    </message>
    <message>
        <source>End the rule sentence with &quot;.&quot;, or join another fact with &quot;and&quot; or &quot;or&quot;.</source>
        <translation>请以 &quot;.&quot; 结束规则语句，或用 &quot;and&quot; 或 &quot;or&quot; 连接另一个事实。</translation>
    </message>
    <message>
        <source>Write &quot;Turns back when the window expires.&quot; or &quot;Turns back after 2 negative tests 24 hours apart.&quot;</source>
        <translation>请写 &quot;Turns back when the window expires.&quot; 或 &quot;Turns back after 2 negative tests 24 hours apart.&quot;</translation>
    </message>
    <message>
        <source>Expected &quot;back&quot; after &quot;Turns&quot; but found %1.</source>
        <translation>&quot;Turns&quot; 之后应为 &quot;back&quot;，但发现的是 %1。</translation>
    </message>
    <message>
        <source>Expected &quot;the window expires&quot; but found %1.</source>
        <translation>此处应为 &quot;the window expires&quot;，但发现的是 %1。</translation>
    </message>
    <message>
        <source>Expected &quot;window expires&quot; but found %1.</source>
        <translation>此处应为 &quot;window expires&quot;，但发现的是 %1。</translation>
    </message>
    <message>
        <source>Expected &quot;expires&quot; but found %1.</source>
        <translation>此处应为 &quot;expires&quot;，但发现的是 %1。</translation>
    </message>
    <message>
        <source>Expected &quot;when&quot; or &quot;after&quot; after &quot;Turns back&quot; but found %1.</source>
        <translation>&quot;Turns back&quot; 之后应为 &quot;when&quot; 或 &quot;after&quot;，但发现的是 %1。</translation>
    </message>
    <message>
        <source>Expected &quot;.&quot; at the end of the sentence but found %1.</source>
        <translation>语句末尾应为 &quot;.&quot;，但发现的是 %1。</translation>
    </message>
    <message>
        <source>For example: Description: &quot;Any positive PCR or antigen test.&quot;.</source>
        <translation>例如：Description: &quot;Any positive PCR or antigen test.&quot;.</translation>
    </message>
    <message>
        <source>Expected &quot;:&quot; after &quot;Description&quot; but found %1.</source>
        <translation>&quot;Description&quot; 之后应为 &quot;:&quot;，但发现的是 %1。</translation>
    </message>
    <message>
        <source>Expected the description in double quotes but found %1.</source>
        <translation>此处应为用双引号括起的说明，但发现的是 %1。</translation>
    </message>
    <message>
        <source>Expected &quot;.&quot; after the description but found %1.</source>
        <translation>说明之后应为 &quot;.&quot;，但发现的是 %1。</translation>
    </message>
    <message>
        <source>Unexpected %1 after the end of the rule.</source>
        <translation>规则结束之后出现了意外的 %1。</translation>
    </message>
    <message>
        <source>After the rule sentence only &quot;Turns back ...&quot; and &quot;Description: ...&quot; may follow; start the next rule with &quot;Rule&quot; on a new line.</source>
        <translation>规则语句之后只能跟 &quot;Turns back ...&quot; 和 &quot;Description: ...&quot;；下一条规则请另起一行，以 &quot;Rule&quot; 开头。</translation>
    </message>
    <message>
        <source>The rule text has %1 characters; at most %2 are allowed.</source>
        <translation>规则文本有 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>Check that the right file was chosen.</source>
        <translation>请检查所选文件是否正确。</translation>
    </message>
    <message>
        <source>The condition is too long.</source>
        <translation>条件过长。</translation>
    </message>
</context>
<context>
    <name>hc::rules::RuleLexer</name>
    <message>
        <source>The escape &quot;%1&quot; is not a valid \u{...} character code.</source>
        <translation>转义序列 &quot;%1&quot; 不是有效的 \u{...} 字符代码。</translation>
    </message>
    <message>
        <source>Write \u{} with 1 to 6 hexadecimal digits, e.g. \u{7} or \u{1F600}.</source>
        <translation>请在 \u{} 中写 1 到 6 位十六进制数字，例如 \u{7} 或 \u{1F600}。</translation>
    </message>
    <message>
        <source>Unknown escape &quot;%1&quot; in quoted text.</source>
        <translation>引号内的文本中有未知的转义序列 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Inside quotes write \&quot; for a quote mark and \\ for a backslash.</source>
        <translation>在引号内，用 \&quot; 表示引号，用 \\ 表示反斜杠。</translation>
    </message>
    <message>
        <source>The quoted text is not closed before the end of the line.</source>
        <translation>引号内的文本在行末之前没有闭合。</translation>
    </message>
    <message>
        <source>Add the closing quote mark %1; a name or description stays on one line (write \n for a line break).</source>
        <translation>请加上右引号 %1；名称或说明须写在同一行（换行请写 \n）。</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; in rule text.</source>
        <translation>规则文本中出现了意外的 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Rules use English words, whole numbers and the marks : . , ( ) /; remove it.</source>
        <translation>规则只使用英文单词、整数和符号 : . , ( ) /；请删除它。</translation>
    </message>
    <message>
        <source>Names and descriptions in any script go between double quotes; the rest of a rule is written with the English words of the rule language.</source>
        <translation>任何文字的名称和说明都写在双引号之间；规则的其余部分使用规则语言的英文单词书写。</translation>
    </message>
</context>
<context>
    <name>hc::services::AuditService</name>
    <message>
        <source>The checkpoint was signed with key %1, which is not an audit key of this database.</source>
        <translation>该检查点由密钥 %1 签名，而该密钥不是本数据库的审计密钥。</translation>
    </message>
    <message>
        <source>The audit chain does not verify, so it is not signed: %1</source>
        <translation>审计链校验未通过，因此未签名：%1</translation>
    </message>
</context>
<context>
    <name>hc::services::Jurisdictions</name>
    <message>
        <source>No jurisdiction has the code or name &quot;%1&quot;. `healthcode-ctl jurisdictions` lists them.</source>
        <translation>没有代码或名称为“%1”的辖区。`healthcode-ctl jurisdictions` 可列出所有辖区。</translation>
    </message>
    <message>
        <source>No jurisdiction with id %1.</source>
        <translation>不存在 ID 为 %1 的辖区。</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
</context>
<context>
    <name>hc::services::OverrideService</name>
    <message>
        <source>Test result correction</source>
        <translation>检测结果更正</translation>
    </message>
    <message>
        <source>Wrong contact designation</source>
        <translation>密接判定错误</translation>
    </message>
    <message>
        <source>Identity mix-up</source>
        <translation>身份混淆</translation>
    </message>
    <message>
        <source>Medical exemption</source>
        <translation>医学豁免</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 by override %2 (%3: %4), requested by %5 and approved by %6, until %7.</source>
        <translation>因人工调整 %2 为%1（%3：%4），由 %5 申请、%6 批准，有效期至 %7。</translation>
    </message>
    <message>
        <source>Override %1 was changed by someone else in the meantime. Reload it and try again.</source>
        <translation>人工调整 %1 在此期间已被他人修改。请重新加载后重试。</translation>
    </message>
    <message>
        <source>Override %1 is %2; that step is not possible now.</source>
        <translation>人工调整 %1 的状态为“%2”；现在无法执行该步骤。</translation>
    </message>
    <message>
        <source>%1 requested override %2 and cannot decide on it too; a second official with the approver role must.</source>
        <translation>%1 申请了人工调整 %2，不能再对其作出决定；须由另一位具有审批人角色的工作人员决定。</translation>
    </message>
    <message>
        <source>The request for override %1 expired on %2 without a decision; request it again.</source>
        <translation>人工调整 %1 的申请已于 %2 过期，未获决定；请重新申请。</translation>
    </message>
    <message>
        <source>Give the reason for rejecting override %1.</source>
        <translation>请说明驳回人工调整 %1 的理由。</translation>
    </message>
    <message>
        <source>Override %1 would already have ended on %2; request it again.</source>
        <translation>人工调整 %1 本应已于 %2 结束；请重新申请。</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Request expired</source>
        <translation>申请已过期</translation>
    </message>
    <message>
        <source>There is no person with the number %1.</source>
        <translation>没有编号为 %1 的人员。</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>人员 %1</translation>
    </message>
    <message>
        <source>Describe the reason for the override; the category alone is not enough.</source>
        <translation>请说明人工调整的理由；仅选择类别是不够的。</translation>
    </message>
    <message>
        <source>An override needs an expiry in the future.</source>
        <translation>人工调整的到期时间必须晚于当前时间。</translation>
    </message>
    <message numerus="yes">
        <source>An override lasts at most %n day(s) (%1); choose an earlier expiry.</source>
        <translation>
            <numerusform>人工调整最长持续 %n 天（%1）；请选择更早的到期时间。</numerusform>
        </translation>
    </message>
    <message>
        <source>Person %1 already has override %2 requested or in force; revoke or decide on that one first.</source>
        <translation>人员 %1 已有待审批或生效中的人工调整 %2；请先撤销该人工调整或对其作出决定。</translation>
    </message>
    <message>
        <source>Give the reason for revoking override %1.</source>
        <translation>请说明撤销人工调整 %1 的理由。</translation>
    </message>
    <message>
        <source>There is no override %1.</source>
        <translation>不存在人工调整 %1。</translation>
    </message>
    <message>
        <source>override %1</source>
        <translation>人工调整 %1</translation>
    </message>
    <message>
        <source>%1 requests, more than three times the usual %2</source>
        <translation>%1 次申请，超过通常水平（%2 次）的三倍</translation>
    </message>
    <message>
        <source>mostly with the reason &quot;other&quot;</source>
        <translation>理由大多为“其他”</translation>
    </message>
    <message numerus="yes">
        <source>%n stricter override(s) without any health fact</source>
        <translation>
            <numerusform>%n 次无任何健康事实依据的从严人工调整</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::services::PeopleService</name>
    <message>
        <source>Say why you need the ID number and phone: the reason is recorded.</source>
        <translation>请说明您为什么需要身份证号和电话：理由将被记录。</translation>
    </message>
    <message>
        <source>There is no person %1 in the jurisdiction of %2.</source>
        <translation>%2 的辖区内没有人员 %1。</translation>
    </message>
</context>
<context>
    <name>hc::services::PersonRecordService</name>
    <message>
        <source>There is no person %1 in the jurisdiction of %2.</source>
        <translation>%2 的辖区内没有人员 %1。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>venue in district</comment>
        <translation>%2%1</translation>
    </message>
    <message>
        <source>%1: no rule applies.</source>
        <translation>%1：没有适用的规则。</translation>
    </message>
    <message>
        <source>%1 since %2, set by override %3.</source>
        <translation>自 %2 起为%1，由人工调整 %3 设定。</translation>
    </message>
    <message>
        <source>%1 since %2 (rule %3 of version %4).</source>
        <translation>自 %2 起为%1（版本 %4 的规则 %3）。</translation>
    </message>
    <message>
        <source>Test result correction</source>
        <translation>检测结果更正</translation>
    </message>
    <message>
        <source>Wrong contact designation</source>
        <translation>密接判定错误</translation>
    </message>
    <message>
        <source>Identity mix-up</source>
        <translation>身份混淆</translation>
    </message>
    <message>
        <source>Medical exemption</source>
        <translation>医学豁免</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Request expired</source>
        <translation>申请已过期</translation>
    </message>
    <message>
        <source>PCR</source>
        <translation>核酸</translation>
    </message>
    <message>
        <source>Antigen</source>
        <translation>抗原</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>阳性</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>阴性</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>%1 since %2 by override %3 (%4: %5), requested by %6 and approved by %7; ends %8, then the rules decide again.</source>
        <translation>自 %2 起为%1，依据人工调整 %3（%4：%5），由 %6 申请、%7 批准；于 %8 结束，之后重新由规则判定。</translation>
    </message>
</context>
<context>
    <name>hc::services::PersonSearch</name>
    <message>
        <source>Any (recognised from what you type)</source>
        <translation>任意（根据输入内容自动识别）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Last digits of the ID number</source>
        <translation>身份证号末几位</translation>
    </message>
    <message>
        <source>Name (beginning)</source>
        <translation>姓名（开头部分）</translation>
    </message>
    <message>
        <source>Pinyin initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Type an ID number (or its last digits), a name, pinyin initials or a phone number.</source>
        <translation>请输入身份证号（或其末几位）、姓名、拼音首字母或电话号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ID number: it has 18 characters, 17 digits and a last digit or X.</source>
        <translation>“%1”不是身份证号：身份证号有 18 位，前 17 位为数字，最后一位为数字或 X。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the end of an ID number: type its last 4 to 17 characters, digits and a last X.</source>
        <translation>“%1”不是身份证号的末尾部分：请输入末尾 4 到 17 位，由数字组成，最后一位可为 X。</translation>
    </message>
    <message>
        <source>Type at least the last %1 characters of the ID number.</source>
        <translation>请至少输入身份证号的末 %1 位。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: type its digits, with +86 or not.</source>
        <translation>“%1”不是电话号码：请输入其数字，可带或不带 +86。</translation>
    </message>
    <message>
        <source>Pinyin initials are Latin letters only, at most %1 (&quot;wxm&quot; for 王小明).</source>
        <translation>拼音首字母只能是拉丁字母，最多 %1 个（例如“王小明”为“wxm”）。</translation>
    </message>
    <message>
        <source>A name has at most %1 characters; type its beginning.</source>
        <translation>姓名最多 %1 个字符；请输入其开头部分。</translation>
    </message>
    <message>
        <source>No person in the jurisdiction of %1 has the ID number %2.</source>
        <translation>%1 的辖区内没有身份证号为 %2 的人员。</translation>
    </message>
</context>
<context>
    <name>hc::services::RuleService</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>The database has no jurisdictions yet.</source>
        <translation>数据库中还没有辖区。</translation>
    </message>
    <message>
        <source>There is no rule set version %1.</source>
        <translation>不存在规则集版本 %1。</translation>
    </message>
    <message>
        <source>No rule set has been published yet.</source>
        <translation>尚未发布任何规则集。</translation>
    </message>
    <message>
        <source>Rule set version %1 in the database is not valid: %2</source>
        <translation>数据库中的规则集版本 %1 无效：%2</translation>
    </message>
    <message>
        <source>Rule set version %1 is a draft of %2; only they can change it. Start a new draft from it instead.</source>
        <translation>规则集版本 %1 是 %2 的草稿；只有其本人可以修改。请以此为基础新建草稿。</translation>
    </message>
    <message>
        <source>Rule set version %1 is a draft of %2; only they can discard it.</source>
        <translation>规则集版本 %1 是 %2 的草稿；只有其本人可以丢弃。</translation>
    </message>
    <message>
        <source>Rule set version %1 is a draft of %2; only they can propose it.</source>
        <translation>规则集版本 %1 是 %2 的草稿；只有其本人可以提议。</translation>
    </message>
    <message>
        <source>Rule set version %1 cannot be proposed while it has errors. %2</source>
        <translation>规则集版本 %1 存在错误，无法提议。%2</translation>
    </message>
    <message>
        <source>Rule set version %1 has no rules; write at least one.</source>
        <translation>规则集版本 %1 中没有规则；请至少编写一条。</translation>
    </message>
    <message>
        <source>%1 proposed rule set version %2 and cannot approve it too; a second official with the approver role must do that.</source>
        <translation>%1 提议了规则集版本 %2，不能再由本人批准；须由另一位具有审批人角色的工作人员批准。</translation>
    </message>
    <message>
        <source>reason for rejecting</source>
        <translation>驳回理由</translation>
    </message>
    <message>
        <source>The effective time %1 is in the past.</source>
        <translation>生效时间 %1 已经过去。</translation>
    </message>
    <message>
        <source>Rule changes take effect at the earliest %1 hours after publishing (%2), so that people can learn of them. To publish sooner, record the urgency reason.</source>
        <translation>规则变更最早在发布 %1 小时后（%2）生效，以便公众知晓。如需提前生效，请记录紧急理由。</translation>
    </message>
    <message>
        <source>reason for the rollback</source>
        <translation>回滚理由</translation>
    </message>
    <message>
        <source>Rule set version %1 was never in force; only versions that were published and took effect can be restored.</source>
        <translation>规则集版本 %1 从未生效过；只有已发布并生效过的版本才能恢复。</translation>
    </message>
    <message>
        <source>Rule set version %1 is already in force.</source>
        <translation>规则集版本 %1 已在生效中。</translation>
    </message>
    <message>
        <source>Rollback to version %1</source>
        <translation>回滚到版本 %1</translation>
    </message>
    <message>
        <source>Risk rules apply to the whole jurisdiction; %1 may change them only with a scope that covers all of it.</source>
        <translation>风险规则适用于整个辖区；%1 只有在权限范围覆盖整个辖区时才能修改。</translation>
    </message>
    <message>
        <source>Rule set version %1 was changed by someone else in the meantime. Reload it and try again.</source>
        <translation>规则集版本 %1 在此期间已被他人修改。请重新加载后重试。</translation>
    </message>
    <message>
        <source>Rule set version %1 is %2; that step is not possible now.</source>
        <translation>规则集版本 %1 的状态为“%2”；现在无法执行该步骤。</translation>
    </message>
    <message>
        <source>The %1 must not be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <source>Default rule set shipped with the console</source>
        <translation>控制台自带的默认规则集</translation>
    </message>
</context>
<context>
    <name>hc::services::StatusService</name>
    <message>
        <source>Evaluating the rules</source>
        <translation>正在评估规则</translation>
    </message>
    <message>
        <source>Writing changed statuses</source>
        <translation>正在写入变更的状态</translation>
    </message>
    <message>
        <source>Re-evaluation cancelled; no status was changed.</source>
        <translation>重新评估已取消；未更改任何状态。</translation>
    </message>
    <message>
        <source>There is no person with the number %1.</source>
        <translation>没有编号为 %1 的人员。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one person; give the full ID number or the pseudonym.</source>
        <translation>“%1”匹配到多个人员；请提供完整的身份证号或假名标识。</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>人员 %1</translation>
    </message>
    <message>
        <source>Rule version %1 came into force while the statuses were computed under version %2.</source>
        <translation>计算状态时依据的是规则版本 %2，其间版本 %1 已生效。</translation>
    </message>
    <message>
        <source>User %1 (%2) may not re-evaluate statuses: that needs the operator, rule editor or approver role. Ask an administrator for the right role.</source>
        <translation>用户 %1（%2）无权重新评估状态：这需要操作员、规则编辑员或审批人角色。请向管理员申请相应的角色。</translation>
    </message>
    <message>
        <source>No person in the jurisdiction of %1 has the number, pseudonym or ID number %2.</source>
        <translation>%1 的辖区内没有编号、假名标识或身份证号为 %2 的人员。</translation>
    </message>
</context>
<context>
    <name>hc::services::UserService</name>
    <message>
        <source>A user name is 2 to 32 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>用户名为 2 到 32 个字符：由小写字母、数字、“.”、“_”或“-”组成，以字母开头。</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The database already has users; add more with `healthcode-ctl user add`.</source>
        <translation>数据库中已有用户；请用 `healthcode-ctl user add` 添加更多用户。</translation>
    </message>
    <message>
        <source>The database has more than one top-level jurisdiction; the first administrator needs a single root.</source>
        <translation>数据库中有多个顶级辖区；首个管理员需要唯一的根辖区。</translation>
    </message>
    <message>
        <source>The jurisdiction of the new user</source>
        <translation>新用户的辖区</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>名为 %1 的用户已存在。</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>没有名为 %1 的用户。</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>您不能停用自己的账户。</translation>
    </message>
    <message>
        <source>You cannot change your own role; another administrator must do it.</source>
        <translation>您不能更改自己的角色；须由另一位管理员操作。</translation>
    </message>
    <message>
        <source>User %1 was changed by someone else in the meantime. Reload and try again.</source>
        <translation>用户 %1 在此期间已被他人修改。请重新加载后重试。</translation>
    </message>
    <message>
        <source>%1 was set up by %2, who asked for this; another official must decide.</source>
        <translation>%1 的账户由 %2 设置，而 %2 正是申请人；必须由另一位工作人员决定。</translation>
    </message>
</context>
<context>
    <name>hc::training::Scenario</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>expected an object of texts by language, e.g. {&quot;en&quot;: &quot;...&quot;, &quot;zh_CN&quot;: &quot;...&quot;}</source>
        <translation>应为按语言给出文本的对象，例如 {&quot;en&quot;: &quot;...&quot;, &quot;zh_CN&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>expected a non-empty text</source>
        <translation>应为非空文本</translation>
    </message>
    <message>
        <source>the English text (&quot;en&quot;) is missing</source>
        <translation>缺少英文文本（&quot;en&quot;）</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>unknown event type &quot;%1&quot;; known types: %2</source>
        <translation>未知的事件类型“%1”；已知类型：%2</translation>
    </message>
    <message>
        <source>expected &quot;low&quot;, &quot;medium&quot; or &quot;high&quot;</source>
        <translation>应为 &quot;low&quot;、&quot;medium&quot; 或 &quot;high&quot;</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2: %3</source>
        <translation>%1：第 %2 个字符处不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>this console reads scenario format 1</source>
        <translation>本控制台读取的场景格式为 1</translation>
    </message>
    <message>
        <source>a scenario needs an id</source>
        <translation>场景需要一个 ID</translation>
    </message>
    <message>
        <source>expected 1 to %1 steps</source>
        <translation>应有 1 到 %1 个步骤</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>hc::training::ScenarioRunner</name>
    <message>
        <source>The scenario names district %1 but the demo city has %2 districts.</source>
        <translation>场景指定了第 %1 个区县，但演示城市只有 %2 个区县。</translation>
    </message>
    <message>
        <source>Training scenarios run only in a demo database, never on real data.</source>
        <translation>培训场景只在演示数据库中运行，绝不在真实数据上运行。</translation>
    </message>
    <message>
        <source>Another scenario (%1) is running in this demo city; reset the demo to start a new one.</source>
        <translation>此演示城市中正在运行另一个场景（%1）；请重置演示后再开始新场景。</translation>
    </message>
    <message>
        <source>The scenario is complete; reset the demo to play it again.</source>
        <translation>场景已完成；请重置演示后再重新播放。</translation>
    </message>
</context>
</TS>
