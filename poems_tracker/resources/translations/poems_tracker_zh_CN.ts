<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AppointmentDialog</name>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="90" />
            <source>&amp;Date:</source>
            <translation>日期(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="104" />
            <source>&amp;Ends at:</source>
            <translation>结束时间(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="159" />
            <source>&amp;Notes:</source>
            <translation>备注(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="133" />
            <source>&amp;Place:</source>
            <translation>地点(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="139" />
            <source>&amp;Reason for the visit:</source>
            <translation>就诊原因(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="163" />
            <source>&amp;Save visit</source>
            <translation>保存就诊(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="125" />
            <source>&amp;Specialty:</source>
            <translation>科室(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="95" />
            <source>&amp;Time:</source>
            <translation>时间(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="113" />
            <source>&amp;With (doctor or therapist):</source>
            <translation>医生或治疗师(&amp;W):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="166" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="167" />
            <source>Close without saving</source>
            <translation>不保存并关闭</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="90" />
            <source>Date of the visit</source>
            <translation>就诊日期</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="115" />
            <source>Doctor or therapist</source>
            <translation>医生或治疗师</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="106" />
            <source>End time of the visit, may be left empty</source>
            <translation>就诊结束时间，可以留空</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="159" />
            <source>Notes about the visit</source>
            <translation>关于就诊的备注</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="133" />
            <source>Place of the visit</source>
            <translation>就诊地点</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="152" />
            <source>Planned, done or cancelled</source>
            <translation>计划中、已完成或已取消</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="141" />
            <source>Reason for the visit</source>
            <translation>就诊原因</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="150" />
            <source>S&amp;tatus:</source>
            <translation>状态(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="165" />
            <source>Save visit</source>
            <translation>保存就诊</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="127" />
            <source>Specialty; pick one or type your own</source>
            <translation>科室；可选择或自行输入</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="97" />
            <source>Time of the visit, hours and minutes</source>
            <translation>就诊时间，小时和分钟</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="136" />
            <source>e.g. 3-month follow-up</source>
            <translation>例如：3个月复查</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="131" />
            <source>e.g. City Hospital, clinic 4</source>
            <translation>例如：市医院 4号诊室</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="110" />
            <source>e.g. Dr. Smith</source>
            <translation>例如：王医生</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="101" />
            <source>optional, e.g. 11:00</source>
            <translation>可选，例如 11:00</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsPage</name>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="101" />
            <source>&amp;Book follow-up in 3 months</source>
            <translation>预约3个月后复诊(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="159" />
            <source>&amp;Edit…</source>
            <translation>修改(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="106" />
            <source>&amp;Note a question for this visit</source>
            <translation>为这次就诊记下问题(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="73" />
            <source>&amp;Past</source>
            <translation>过去(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="217" />
            <source>&amp;Past ({n})</source>
            <translation>过去 ({n})(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="75" />
            <source>&amp;Questions</source>
            <translation>问题(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="72" />
            <source>&amp;Upcoming</source>
            <translation>即将(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="215" />
            <source>&amp;Upcoming ({n})</source>
            <translation>即将 ({n})(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="156" />
            <source>Add &amp;visit…</source>
            <translation>添加就诊(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="107" />
            <source>Add a question for the next visit</source>
            <translation>为下次就诊添加问题</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="156" />
            <location filename="../../ui/appointments/appointments_page.py" line="337" />
            <source>Add a visit</source>
            <translation>添加就诊</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="349" />
            <source>Book a follow-up visit</source>
            <translation>预约复诊</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="163" />
            <source>Book a visit 3 months after the chosen one</source>
            <translation>在所选就诊3个月后预约</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="162" />
            <source>Book follow-up in &amp;3 months</source>
            <translation>预约3个月后复诊(&amp;3)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="102" />
            <source>Book the following visit, 3 months after the next one</source>
            <translation>在下次就诊3个月后预约再下一次</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="74" />
            <source>Calenda&amp;r</source>
            <translation>日历(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="343" />
            <source>Change a visit</source>
            <translation>修改就诊</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="159" />
            <source>Change the chosen visit</source>
            <translation>修改所选就诊</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="133" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="177" />
            <source>De&amp;lete…</source>
            <translation>删除(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="372" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="177" />
            <source>Delete the chosen visit</source>
            <translation>删除所选就诊</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="369" />
            <source>Delete the visit of {visit}? Its questions are kept.</source>
            <translation>删除 {visit} 的就诊吗？其问题会保留。</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="368" />
            <source>Delete visit</source>
            <translation>删除就诊</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="112" />
            <source>Export all visits to a calendar file</source>
            <translation>将所有就诊导出为日历文件</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="172" />
            <source>Mark &amp;cancelled</source>
            <translation>标记为已取消(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="167" />
            <source>Mark &amp;done</source>
            <translation>标记为已完成(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="173" />
            <source>Mark the chosen visit as cancelled</source>
            <translation>将所选就诊标记为已取消</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="168" />
            <source>Mark the chosen visit as done</source>
            <translation>将所选就诊标记为已完成</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="246" />
            <source>No questions noted for this visit yet.</source>
            <translation>这次就诊还没有记下问题。</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="227" />
            <source>No visit booked yet.</source>
            <translation>还没有预约就诊。</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="68" />
            <source>Past visits</source>
            <translation>过去的就诊</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="138" />
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="111" />
            <source>Put visits in m&amp;y calendar…</source>
            <translation>将就诊加入我的日历(&amp;Y)…</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="238" />
            <source>Questions to ask ({n}):</source>
            <translation>要问的问题（{n}个）：</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="139" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="136" />
            <source>Specialty</source>
            <translation>科室</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="135" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="134" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="67" />
            <source>Upcoming visits</source>
            <translation>即将到来的就诊</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="228" />
            <source>Use “Add visit…” below to book one.</source>
            <translation>请使用下方的“添加就诊…”来预约。</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="66" />
            <source>Visits and questions</source>
            <extracomment>Questions listed under the next visit; the rest are on the Questions tab (the box must not push the page taller than the window at large text sizes).</extracomment>
            <translation>就诊与问题</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="137" />
            <source>With</source>
            <translation>医生</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="84" />
            <source>Your next visit</source>
            <translation>您的下次就诊</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="234" />
            <source>until {time}</source>
            <translation>至 {time}</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="242" />
            <source>… and {n} more on the Questions tab.</source>
            <translation>……另有 {n} 个在“问题”标签页中。</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="236" />
            <source>&amp;Back up now…</source>
            <translation>立即备份(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="286" />
            <source>&amp;Restore</source>
            <translation>恢复(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="239" />
            <source>&amp;Restore from backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="263" />
            <source>All your records were copied and checked. The backup is here:
{path}</source>
            <translation>所有记录都已复制并检查。备份位置：
{path}</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="261" />
            <source>Backup made</source>
            <translation>已备份</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="240" />
            <source>Bring back your records as a backup holds them</source>
            <translation>按备份内容恢复您的记录</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="237" />
            <source>Copy all your records to the backups folder now</source>
            <translation>立即将所有记录复制到备份文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="251" />
            <source>Nothing was changed</source>
            <translation>没有做任何更改</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="247" />
            <source>Please wait</source>
            <translation>请稍候</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="279" />
            <source>Replace your records with the backup from {when}? It holds {records}. Your records as they are now are kept as a backup first.</source>
            <translation>用 {when} 的备份替换您的记录吗？该备份包含 {records}。您现在的记录会先另存为备份。</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="286" />
            <source>Restore from backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="305" />
            <source>Restored</source>
            <translation>已恢复</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="302" />
            <source>The records you had before are kept here:
{path}</source>
            <translation>之前的记录保存在这里：
{path}</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="298" />
            <source>Your records were restored ({n} records).</source>
            <translation>您的记录已恢复（{n} 条）。</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="283" />
            <source>{n} records</source>
            <translation>{n} 条记录</translation>
        </message>
    </context>
    <context>
        <name>BackupDialogs</name>
        <message>
            <location filename="../../../poems_tracker/ui/data/backup_dialogs.py" line="70" />
            <source>Cannot be restored: this file is damaged or not a backup.</source>
            <translation>无法恢复：该文件已损坏或不是备份。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/data/backup_dialogs.py" line="72" />
            <source>Records: {records} (check-ins: {checkins})</source>
            <translation>记录：{records}（每日记录：{checkins}）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/data/backup_dialogs.py" line="54" />
            <source>Something went wrong: {reason}</source>
            <translation>出了问题：{reason}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/data/backup_dialogs.py" line="62" />
            <source>{day}, {time}</source>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/data/backup_dialogs.py" line="68" />
            <source>{when} — {reason}</source>
            <translation>{when} — {reason}</translation>
        </message>
    </context>
    <context>
        <name>CalendarExport</name>
        <message numerus="yes">
            <location filename="../../ui/appointments/calendar_export.py" line="29" />
            <source>%n visit(s) written to {path}. Open this file with your calendar program; exporting again later updates the same visits instead of adding them twice.</source>
            <translation>
                <numerusform>已将 %n 个就诊预约写入 {path}。请用您的日历程序打开此文件；以后再次导出会更新相同的预约，而不会重复添加。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/appointments/calendar_export.py" line="45" />
            <source>Calendar files (*.ics)</source>
            <translation>日历文件 (*.ics)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/appointments/calendar_export.py" line="76" />
            <source>Export to &amp;calendar…</source>
            <translation>导出到日历(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/appointments/calendar_export.py" line="65" />
            <location filename="../../../poems_tracker/ui/appointments/calendar_export.py" line="56" />
            <source>Export to calendar</source>
            <translation>导出到日历</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/appointments/calendar_export.py" line="45" />
            <source>Export visits to a calendar file</source>
            <translation>将就诊导出为日历文件</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/appointments/calendar_export.py" line="57" />
            <source>The file {path} could not be written: {reason}.</source>
            <translation>无法写入文件 {path}：{reason}。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/appointments/calendar_export.py" line="78" />
            <source>Write all visits to a file your calendar program can open</source>
            <translation>将所有就诊写入日历程序可打开的文件</translation>
        </message>
    </context>
    <context>
        <name>CheckInPage</name>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="167" />
            <source>&amp;My symptoms…</source>
            <translation>我的症状(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="123" />
            <source>&amp;Next day ▶</source>
            <translation>后一天(&amp;N) ▶</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="170" />
            <source>&amp;Save  (Ctrl+S)</source>
            <translation>保存(&amp;S)  (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="125" />
            <source>&amp;Today</source>
            <translation>今天(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="207" />
            <source>&amp;Weight (kg)</source>
            <translation>体重 (kg)(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="167" />
            <source>Add, rename or hide your own symptoms</source>
            <translation>添加、重命名或隐藏您自己的症状</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="63" />
            <source>Check-in form</source>
            <extracomment>The key that puts the keyboard in the date field (the day bar is not a Tab stop at first).</extracomment>
            <translation>记录表单</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="121" />
            <source>Date of the check-in</source>
            <translation>记录日期</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="125" />
            <source>Go to today</source>
            <translation>转到今天</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="315" />
            <source>Logged — change anything and save again.</source>
            <translation>已记录——如有修改请再次保存。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="222" />
            <source>N&amp;ote</source>
            <translation>备注(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="123" />
            <source>Next day</source>
            <translation>后一天</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="313" />
            <source>Not logged yet.</source>
            <translation>尚未记录。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="339" />
            <source>Not saved yet.</source>
            <translation>尚未保存。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="379" />
            <source>Not saved: please correct the field marked ⚠.</source>
            <translation>未保存：请更正标有 ⚠ 的项目。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="227" />
            <source>Note for the day</source>
            <translation>当天备注</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="107" />
            <source>Previous day</source>
            <translation>前一天</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="164" />
            <source>Save status</source>
            <translation>保存状态</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="170" />
            <source>Save this day</source>
            <translation>保存这一天</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="190" />
            <source>Scores: 0 = none, 10 = worst imaginable. Click a number, or press Tab to move and a digit to choose.</source>
            <translation>评分：0 = 没有，10 = 能想象的最严重。点击数字，或按 Tab 移动、按数字键选择。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="417" />
            <source>The check-in for {date} has changes that are not saved. Save them?</source>
            <translation>{date} 的记录有未保存的更改。要保存吗？</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="322" />
            <source>Today, {date}</source>
            <translation>今天，{date}</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="359" />
            <source>Type the weight as a number, like 72.5.</source>
            <translation>请用数字输入体重，例如 72.5。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="211" />
            <source>Weight in kilograms</source>
            <translation>体重（千克）</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="324" />
            <source>Yesterday, {date}</source>
            <translation>昨天，{date}</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="212" />
            <source>e.g. 72.5</source>
            <translation>例如 72.5</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="107" />
            <source>◀ &amp;Previous day</source>
            <extracomment>today's doses and prompts from other features are added here, below the form</extracomment>
            <translation>◀ 前一天(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="395" />
            <source>✔ Saved at {time}.</source>
            <translation>✔ 已于 {time} 保存。</translation>
        </message>
    </context>
    <context>
        <name>CheckInTableModel</name>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="112" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="115" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="115" />
            <source>Weight (kg)</source>
            <translation>体重 (kg)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="63" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="63" />
            <source>yes</source>
            <translation>是</translation>
        </message>
    </context>
    <context>
        <name>ChoiceRow</name>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/choice_row.py" line="88" />
            <source>Key {key}</source>
            <translation>按键 {key}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/choice_row.py" line="135" />
            <source>not answered</source>
            <translation>未回答</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="62" />
            <source>&amp;Beside it:</source>
            <translation>并列显示(&amp;B):</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="87" />
            <source>Averages before and after</source>
            <translation>前后平均值</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="51" />
            <source>Compare side by side</source>
            <translation>并排比较</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="81" />
            <source>Drawing…</source>
            <translation>正在绘制…</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="139" />
            <source>Lab: {test} ({unit})</source>
            <translation>化验：{test} ({unit})</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="64" />
            <source>Medicine or lab test to show beside it</source>
            <translation>并列显示的药物或化验项目</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="136" />
            <source>Medicine: {name}</source>
            <translation>药物：{name}</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="108" />
            <source>Side-by-side chart</source>
            <translation>并列图表</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="60" />
            <source>Sym&amp;ptom:</source>
            <translation>症状(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="60" />
            <source>Symptom to compare</source>
            <translation>要比较的症状</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="72" />
            <source>&amp;Copy details</source>
            <translation>复制详细信息(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="59" />
            <source>&amp;Details:</source>
            <translation>详细信息(&amp;D)：</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="74" />
            <source>C&amp;lose</source>
            <translation>关闭(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="74" />
            <source>Close this message</source>
            <translation>关闭此消息</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="72" />
            <source>Copy the details to the clipboard</source>
            <translation>将详细信息复制到剪贴板</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="62" />
            <source>Details of the problem</source>
            <translation>问题的详细信息</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="34" />
            <source>POEMS Tracker: something went wrong</source>
            <translation>POEMS Tracker：出现了问题</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="38" />
            <source>Something went wrong; your saved records are safe.</source>
            <translation>出现了问题；您已保存的记录是安全的。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="47" />
            <source>The details could not be written to the log file.</source>
            <translation>无法将详细信息写入日志文件。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="45" />
            <source>The details were written to {path}.</source>
            <translation>详细信息已写入 {path}。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="50" />
            <source>The window keeps running. If this happens again, copy the details below and send them to whoever helps you with the program.</source>
            <translation>窗口仍在运行。如果再次发生，请复制下面的详细信息，发送给帮助您使用本程序的人。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="91" />
            <source>✔ Copied.</source>
            <translation>✔ 已复制。</translation>
        </message>
    </context>
    <context>
        <name>CycleDayPage</name>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="69" />
            <source>&amp;Medicine</source>
            <translation>药物(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="128" />
            <source>&amp;Picture</source>
            <translation>图(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="78" />
            <source>&amp;To</source>
            <translation>到(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="339" />
            <source>(ended on day {day})</source>
            <translation>（第 {day} 天结束）</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="109" />
            <source>Average of each symptom by cycle day</source>
            <translation>按周期日计算的各症状平均值</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="280" />
            <source>Average score by cycle day, as a picture</source>
            <translation>按周期日的平均分（图）</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="327" />
            <source>Average {name} on cycle day {day} over {n} days: {average}</source>
            <translation>周期第 {day} 天的 {name} 平均值（共 {n} 天）：{average}</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="368" />
            <source>Average {name}: {on} on medicine days (over {on_n} days), {off} on days off (over {off_n} days).</source>
            <translation>{name} 平均值：服药日为 {on}（共 {on_n} 天），停药日为 {off}（共 {off_n} 天）。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="242" />
            <source>Cycle day</source>
            <translation>周期日</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="101" />
            <source>Cycles in this range</source>
            <translation>此期间的周期</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="353" />
            <source>Cycles in this range: {cycles}.</source>
            <translation>此期间的周期：{cycles}。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="337" />
            <source>C{n} from {start}</source>
            <translation>C{n}（自 {start}）</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="242" />
            <source>Days logged</source>
            <translation>记录天数</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="76" />
            <source>First day of the range</source>
            <translation>期间的第一天</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="75" />
            <source>Fr&amp;om</source>
            <translation>从(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="79" />
            <source>Last day of the range</source>
            <translation>期间的最后一天</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="242" />
            <source>Medicine</source>
            <translation>药物</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="72" />
            <source>Medicine taken in cycles</source>
            <translation>按周期服用的药物</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="231" />
            <source>No cycles of this medicine in this range.</source>
            <translation>此期间没有这种药物的周期。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="227" />
            <source>No medicine taken in cycles in this range. A medicine with a schedule such as "cycle 1-21 of 28" appears here.</source>
            <translation>此期间没有按周期服用的药物。服药安排为 “cycle 1-21 of 28” 之类的药物会显示在这里。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="364" />
            <source>Nothing logged for {name} in these cycles.</source>
            <translation>这些周期中没有 {name} 的记录。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="314" />
            <source>Nothing logged for {name} on cycle day {day}.</source>
            <translation>周期第 {day} 天没有 {name} 的记录。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="250" />
            <source>Off</source>
            <translation>停药</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="250" />
            <source>On</source>
            <translation>服药</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="120" />
            <source>Picture</source>
            <translation>图</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="105" />
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="61" />
            <source>Symptoms by cycle day</source>
            <translation>按周期日的症状</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="129" />
            <source>Ta&amp;ble</source>
            <translation>表格(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="134" />
            <source>These are averages of what you logged on each day of the cycle, with the number of days behind each one. They show patterns, not causes; few days make an average uncertain. Talk to your doctor about what they mean for you.</source>
            <translation>这些是您在周期每一天所记录数值的平均值，并标出每个平均值所依据的天数。它们显示的是规律，而不是原因；天数少时平均值不可靠。请与医生讨论它们对您意味着什么。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="365" />
            <location filename="../../ui/trends/cycle_day_view.py" line="366" />
            <source>no days</source>
            <translation>无天数</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="344" />
            <source>{medicine}, {schedule}: medicine on days {first}–{last} of {length}.</source>
            <translation>{medicine}，{schedule}：{length} 天中第 {first}–{last} 天服药。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="320" />
            <source>{name}: yes on {yes} of {n} days that were cycle day {day}.</source>
            <translation>{name}：在 {n} 个周期第 {day} 天中，有 {yes} 天为是。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="318" />
            <source>{yes} of {n}</source>
            <translation>{n}天中{yes}天</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="106" />
            <source>&amp;Export CSV…</source>
            <translation>导出 CSV(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="283" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="107" />
            <source>&amp;Import CSV…</source>
            <translation>导入 CSV(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="109" />
            <source>&amp;Print report…</source>
            <translation>打印报告(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="221" />
            <source>A &amp;folder</source>
            <translation>文件夹(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="228" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="139" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="238" />
            <source>Checking the files…</source>
            <translation>正在检查文件…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="184" />
            <source>Could not write the file</source>
            <translation>无法写入文件</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="108" />
            <source>Export &amp;FHIR…</source>
            <translation>导出 FHIR(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="210" />
            <source>Export CSV</source>
            <translation>导出 CSV</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="196" />
            <source>Export CSV into which folder?</source>
            <translation>将 CSV 导出到哪个文件夹？</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="309" />
            <location filename="../../ui/data/exchange_actions.py" line="320" />
            <source>Export FHIR</source>
            <translation>导出 FHIR</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="311" />
            <source>FHIR JSON (*.json)</source>
            <translation>FHIR JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="228" />
            <source>File to import</source>
            <translation>要导入的文件</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="225" />
            <source>Folder to import</source>
            <translation>要导入的文件夹</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="219" />
            <location filename="../../ui/data/exchange_actions.py" line="283" />
            <location filename="../../ui/data/exchange_actions.py" line="302" />
            <source>Import CSV</source>
            <translation>导入 CSV</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="220" />
            <source>Import a whole folder of exported files, or one file?</source>
            <translation>导入整个导出文件夹，还是一个文件？</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="281" />
            <source>Import them now? A backup is kept first.</source>
            <translation>现在导入吗？会先进行备份。</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="303" />
            <source>Imported:</source>
            <translation>已导入:</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="285" />
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="254" />
            <source>Left alone (not a POEMS Tracker file): {path}</source>
            <translation>未处理（不是 POEMS Tracker 文件）：{path}</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="221" />
            <source>One &amp;file</source>
            <translation>一个文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="363" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="190" />
            <source>POEMS Tracker</source>
            <translation>POEMS Tracker</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="136" />
            <location filename="../../ui/data/exchange_actions.py" line="141" />
            <source>Please wait</source>
            <translation>请稍候</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="344" />
            <source>Preparing the report…</source>
            <translation>正在准备报告…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="110" />
            <source>Print pre&amp;view…</source>
            <translation>打印预览(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="417" />
            <source>Print preview: report for the doctor</source>
            <translation>打印预览：给医生的报告</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="111" />
            <source>Save report as P&amp;DF…</source>
            <translation>将报告保存为 PDF(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="361" />
            <location filename="../../ui/data/exchange_actions.py" line="376" />
            <source>Save report as PDF</source>
            <translation>将报告保存为 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="185" />
            <source>The file could not be written: {reason}.</source>
            <translation>无法写入文件：{reason}。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/data/exchange_actions.py" line="377" />
            <source>The report (%n page(s)) was saved as {path}.</source>
            <translation>
                <numerusform>报告（%n 页）已保存为 {path}。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="277" />
            <source>These changes will be made:</source>
            <translation>将进行以下更改:</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="203" />
            <source>Writing the CSV files…</source>
            <translation>正在写入 CSV 文件…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="316" />
            <source>Writing the FHIR file…</source>
            <translation>正在写入 FHIR 文件…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="211" />
            <source>{count} files were written to {folder}.</source>
            <translation>已将 {count} 个文件写入 {folder}。</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="321" />
            <source>{count} records were written to {path}.</source>
            <translation>已将 {count} 条记录写入 {path}。</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="248" />
            <source>{file}: {new} new, {updated} updated</source>
            <translation>{file}：新增 {new} 条，更新 {updated} 条</translation>
        </message>
    </context>
    <context>
        <name>FunctionCheckPage</name>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="132" />
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="254" />
            <source>&amp;New check</source>
            <translation>新检查(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="259" />
            <source>&amp;Past checks</source>
            <translation>过去的检查(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="251" />
            <source>&amp;Save  (Ctrl+S)</source>
            <translation>保存(&amp;S)  (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="182" />
            <source>&amp;Walking: which is closest to this week?</source>
            <translation>走路(&amp;W)：哪一项最接近本周情况？</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="428" />
            <source>All five tasks are prevented: please say whether any purposeful arm movement is left.</source>
            <translation>五项动作都做不到：请说明手臂是否还能做有目的的动作。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="54" />
            <source>Arms {arms} of 5 · Legs {legs} of 7</source>
            <translation>手臂 {arms}/5 · 腿 {legs}/7</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="343" />
            <source>Arms {grade} of 5: {words}</source>
            <translation>手臂 {grade}/5：{words}</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="334" />
            <source>Arms: not all answered yet</source>
            <translation>手臂：尚未全部回答</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="337" />
            <source>Arms: please answer the question about arm movement</source>
            <translation>手臂：请回答关于手臂动作的问题</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="341" />
            <source>Arms: these answers do not go together</source>
            <translation>手臂：这些回答互相矛盾</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="324" />
            <source>Changing the check of {date}.</source>
            <translation>正在修改 {date} 的检查。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="137" />
            <source>Date of the check</source>
            <translation>检查日期</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="274" />
            <source>De&amp;lete this check</source>
            <translation>删除此检查(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="479" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="475" />
            <source>Delete check</source>
            <translation>删除检查</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="274" />
            <source>Delete the check shown</source>
            <translation>删除显示的检查</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="476" />
            <source>Delete the function check of {date}? This cannot be undone.</source>
            <translation>删除 {date} 的功能检查吗？此操作无法撤销。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="116" />
            <source>Function check</source>
            <translation>功能检查</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="79" />
            <source>Function check questions</source>
            <translation>功能检查问题</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="241" />
            <source>Grades</source>
            <translation>分级</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="152" />
            <source>How much do your hands and arms limit these tasks?</source>
            <translation>您的手和手臂对这些动作有多大限制？</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="350" />
            <source>Legs {grade} of 7</source>
            <translation>腿 {grade}/7</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="348" />
            <source>Legs: not answered yet</source>
            <translation>腿：尚未回答</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="186" />
            <source>N&amp;ote (optional)</source>
            <translation>备注（可选）(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="146" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="268" />
            <source>No checks yet. Answer the questions on the left and press Save.</source>
            <translation>还没有检查记录。请回答左侧的问题，然后按“保存”。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="434" />
            <source>Not saved: please answer the question marked ⚠.</source>
            <translation>未保存：请回答标有 ⚠ 的问题。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="447" />
            <source>Not saved: please correct the answer marked ⚠.</source>
            <translation>未保存：请更正标有 ⚠ 的回答。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="189" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="262" />
            <source>Past checks; Enter opens one to change it</source>
            <translation>过去的检查；按 Enter 打开并修改</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="426" />
            <source>Please answer all five tasks.</source>
            <translation>请回答全部五项动作。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="425" />
            <source>Please answer: any symptoms in your arms?</source>
            <translation>请回答：手臂有任何症状吗？</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="431" />
            <source>Please choose the walking answer closest to this week.</source>
            <translation>请选择最接近本周情况的走路回答。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="458" />
            <source>Replace</source>
            <translation>替换</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="454" />
            <source>Replace check</source>
            <translation>替换检查</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="248" />
            <source>Save status</source>
            <translation>保存状态</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="251" />
            <source>Save this check</source>
            <translation>保存此检查</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="254" />
            <source>Start a new check</source>
            <translation>开始新的检查</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="124" />
            <source>Tab moves to the next question. Keys: Y or N; 1, 2 or 3 for a task; 0 to 7 for walking. Ctrl+S saves.</source>
            <translation>按 Tab 转到下一个问题。按键：Y 或 N；动作用 1、2 或 3；走路用 0 到 7。Ctrl+S 保存。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="486" />
            <source>The check was deleted.</source>
            <translation>检查已删除。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="500" />
            <source>The function check has answers that are not saved. Save them?</source>
            <translation>功能检查有未保存的回答。要保存吗？</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="455" />
            <source>There is already a check on {date}. Replace it with this one?</source>
            <translation>{date} 已有一次检查。要用这次替换吗？</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="146" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="466" />
            <source>✔ Saved: {grades}.</source>
            <translation>✔ 已保存：{grades}。</translation>
        </message>
    </context>
    <context>
        <name>FunctionCheckPrompt</name>
        <message>
            <location filename="../../ui/function_check/function_check_prompt.py" line="42" />
            <source>Do &amp;it now</source>
            <extracomment>Remembered window state (not health data): the day the patient said "Not now".</extracomment>
            <translation>现在做(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_prompt.py" line="44" />
            <source>Do the function check now</source>
            <translation>现在进行功能检查</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_prompt.py" line="48" />
            <source>Hide this reminder until tomorrow</source>
            <translation>明天之前隐藏此提醒</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_prompt.py" line="46" />
            <source>Not now</source>
            <translation>以后再说</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_prompt.py" line="75" />
            <source>Your function check (every {days} days) is due.</source>
            <translation>该做功能检查了（每 {days} 天一次）。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_prompt.py" line="73" />
            <source>Your weekly function check is due.</source>
            <translation>该做每周的功能检查了。</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message numerus="yes">
            <location filename="../../ui/checkin/history_page.py" line="181" />
            <source>%n day(s) logged.</source>
            <translation>
                <numerusform>已记录 %n 天。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="156" />
            <source>&amp;Delete this day…</source>
            <translation>删除这一天(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="155" />
            <source>&amp;Open this day</source>
            <translation>打开这一天(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="148" />
            <source>All check-ins, newest first</source>
            <translation>所有记录，最新的在前</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="228" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="225" />
            <source>Delete everything logged for {date}? This cannot be undone.</source>
            <translation>删除 {date} 记录的全部内容吗？此操作无法撤销。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="159" />
            <source>Delete the chosen day</source>
            <translation>删除所选的一天</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="224" />
            <source>Delete this day?</source>
            <translation>删除这一天吗？</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="189" />
            <source>Nothing logged yet. Your check-ins appear here once you save the first one on the Today page.</source>
            <translation>还没有记录。在“今天”页面保存第一条记录后，会显示在这里。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="158" />
            <source>Open the chosen day to edit it</source>
            <translation>打开所选的一天进行编辑</translation>
        </message>
    </context>
    <context>
        <name>JobRunner</name>
        <message>
            <location filename="../../ui/shell/workers.py" line="157" />
            <source>Nothing was changed</source>
            <translation>未做任何更改</translation>
        </message>
    </context>
    <context>
        <name>LabPanelDialog</name>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="145" />
            <source>&amp;Add row</source>
            <translation>添加一行(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="92" />
            <source>&amp;Date of the blood test:</source>
            <translation>抽血日期(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="185" />
            <source>&amp;Save results  (Ctrl+S)</source>
            <translation>保存结果(&amp;S)  (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="135" />
            <source>Add a &amp;test:</source>
            <translation>添加化验项目(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="147" />
            <source>Add a row for this test</source>
            <translation>为此化验项目添加一行</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="184" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="82" />
            <source>Change the value, unit or range as printed on the lab report.</source>
            <translation>请按化验单上印的内容修改数值、单位或参考范围。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="85" />
            <source>Copy the values from the lab report. Tab moves to the next value; leave a value empty to skip that test. Values like &lt;0.1 are fine.</source>
            <translation>请从化验单上抄写数值。按 Tab 转到下一个数值；留空则跳过该项目。也可以填写 &lt;0.1 这样的值。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="99" />
            <source>Date of the blood test</source>
            <translation>抽血日期</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="506" />
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="504" />
            <source>Discard the values?</source>
            <translation>放弃这些数值吗？</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="76" />
            <source>Edit a lab result</source>
            <translation>编辑化验结果</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="76" />
            <source>Enter lab results</source>
            <translation>输入化验结果</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="122" />
            <source>Method</source>
            <translation>检测方法</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="165" />
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="168" />
            <source>Note on this result</source>
            <translation>关于此结果的备注</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="469" />
            <source>Nothing was saved; the stored results of {day} are unchanged.</source>
            <translation>没有保存任何内容；{day} 已保存的结果未改变。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="121" />
            <source>Reference high</source>
            <translation>参考范围上限</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="120" />
            <source>Reference low</source>
            <translation>参考范围下限</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="466" />
            <source>Replace</source>
            <translation>替换</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="461" />
            <source>Replace stored results?</source>
            <translation>替换已保存的结果吗？</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="463" />
            <source>Results for {tests} on {day} are already stored. Replace them with the values you typed?</source>
            <translation>{day} 的 {tests} 结果已保存。要用您输入的数值替换吗？</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="128" />
            <source>Results to enter</source>
            <translation>要输入的结果</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="191" />
            <source>Save these results</source>
            <translation>保存这些结果</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="151" />
            <source>Tab also visits &amp;units and ranges</source>
            <translation>按 Tab 也经过单位和参考范围(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="117" />
            <source>Test</source>
            <translation>化验项目</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="142" />
            <source>Test to add: pick one or type the name of your own test</source>
            <translation>要添加的化验项目：可选择或输入您自己的项目名称</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="505" />
            <source>The values you typed have not been saved. Close and discard them?</source>
            <translation>您输入的数值尚未保存。关闭并放弃吗？</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="390" />
            <source>Type at least one value before saving.</source>
            <translation>保存前请至少输入一个数值。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="119" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="118" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="178" />
            <source>What the test in focus is</source>
            <translation>当前项目的说明</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_widgets.py" line="107" />
            <source>e.g. 12.5</source>
            <translation>例如 12.5</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_widgets.py" line="99" />
            <source>e.g. No monoclonal protein detected</source>
            <translation>例如：未检出单克隆蛋白</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="295" />
            <source>{test} is already in the list.</source>
            <translation>{test} 已在列表中。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_widgets.py" line="90" />
            <source>{test}: method printed on the report</source>
            <translation>{test}：化验单上印的检测方法</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_widgets.py" line="80" />
            <source>{test}: reference high</source>
            <translation>{test}：参考范围上限</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_widgets.py" line="77" />
            <source>{test}: reference low</source>
            <translation>{test}：参考范围下限</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_widgets.py" line="73" />
            <source>{test}: unit</source>
            <translation>{test}：单位</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_widgets.py" line="65" />
            <source>{test}: value</source>
            <translation>{test}：数值</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="361" />
            <source>{test}: {about}</source>
            <translation>{test}：{about}</translation>
        </message>
    </context>
    <context>
        <name>LabReportDialog</name>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="99" />
            <source>&amp;Date the sample was taken:</source>
            <translation>采样日期(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="111" />
            <source>&amp;Results read from the report:</source>
            <translation>从报告中读取的结果(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="168" />
            <source>&amp;Save ticked results</source>
            <translation>保存已勾选的结果(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="172" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="76" />
            <source>Check each result against your report. Untick a row to leave it out; change any cell that is wrong. Nothing is saved until you press Save.</source>
            <translation>请将每个结果与您的报告核对。取消勾选某行即可不保存它；任何有误的单元格都可以修改。按“保存”之前不会保存任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="89" />
            <source>Choose the date</source>
            <translation>请选择日期</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="320" />
            <source>Choose the date the sample was taken (above the table) first.</source>
            <translation>请先（在表格上方）选择采样日期。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="172" />
            <source>Close without saving anything</source>
            <translation>关闭且不保存任何内容</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="116" />
            <source>Date (YYYY-MM-DD)</source>
            <translation>日期 (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="93" />
            <source>Date the sample was taken</source>
            <translation>采样日期</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="152" />
            <source>Every line that looked like a result was read.</source>
            <translation>所有看起来像结果的行都已读取。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="71" />
            <source>Import lab report</source>
            <extracomment>The date field's "nothing chosen yet" (shown as words, never stored).</extracomment>
            <translation>导入化验报告</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="122" />
            <source>Line in the report</source>
            <translation>报告中的行</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="201" />
            <source>Line {line}: {reason}</source>
            <translation>第 {line} 行：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="150" />
            <source>Lines &amp;not read (type these by hand if you need them):</source>
            <translation>未读取的行(&amp;N)(如有需要请手动输入):</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="156" />
            <source>Lines not read, and why</source>
            <translation>未读取的行及原因</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="330" />
            <source>No row is ticked; tick the results to save.</source>
            <translation>没有勾选任何行；请勾选要保存的结果。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="121" />
            <source>Range high</source>
            <translation>参考范围上限</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="120" />
            <source>Range low</source>
            <translation>参考范围下限</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="125" />
            <source>Results read from the report</source>
            <translation>从报告中读取的结果</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="115" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="168" />
            <source>Save the ticked results</source>
            <translation>保存已勾选的结果</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="213" />
            <source>Save this result</source>
            <translation>保存此结果</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="127" />
            <source>Space ticks or unticks a row; F2 or typing changes a cell.</source>
            <translation>空格键勾选或取消勾选一行；按 F2 或直接输入可修改单元格。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="117" />
            <source>Test</source>
            <translation>检验项目</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="195" />
            <source>The report does not say clearly when the sample was taken. Choose the date; it is used for the rows without a date.</source>
            <translation>报告没有明确说明采样日期。请选择日期；它将用于没有日期的行。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="191" />
            <source>The report's date {date} could be read in two ways. Choose the date the sample was taken; it is used for the rows without a date.</source>
            <translation>报告中的日期 {date} 有两种读法。请选择采样日期；它将用于没有日期的行。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="335" />
            <source>Two ticked rows are the same test on the same date; untick one.</source>
            <translation>有两行已勾选的结果是同一天的同一检验；请取消勾选其中一行。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="119" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="118" />
            <source>Value</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="270" />
            <source>row {row}</source>
            <translation>第 {row} 行</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="284" />
            <source>the test is not one of the program's list.</source>
            <translation>该检验不在本程序的列表中。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="281" />
            <source>write the date as YYYY-MM-DD, e.g. 2025-03-14.</source>
            <translation>请按 YYYY-MM-DD 格式填写日期，例如 2025-03-14。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="201" />
            <source>{line}: {reason}</source>
            <translation>{line}：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="272" />
            <source>{test}: {problem}</source>
            <translation>{test}：{problem}</translation>
        </message>
    </context>
    <context>
        <name>LabReportImport</name>
        <message>
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="148" />
            <source>Import &amp;lab report…</source>
            <translation>导入化验报告(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="45" />
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="93" />
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="115" />
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="120" />
            <source>Import lab report</source>
            <translation>导入化验报告</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="47" />
            <source>Lab reports (*.pdf *.txt *.json);;All files (*)</source>
            <translation>化验报告 (*.pdf *.txt *.json);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="121" />
            <source>No lab result was recognised, so nothing was saved. Results of tests the program does not know, or lines it was not sure of, can be typed in with "Enter results".</source>
            <translation>没有识别出任何化验结果，因此未保存任何内容。本程序不认识的检验或没有把握的行，可以通过“输入结果”手动输入。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="150" />
            <source>Read lab results from a PDF, text or FHIR file and check them</source>
            <translation>从 PDF、文本或 FHIR 文件读取化验结果并核对</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="94" />
            <source>The report could not be read ({reason}); nothing was saved.</source>
            <translation>无法读取该报告（{reason}）；未保存任何内容。</translation>
        </message>
    </context>
    <context>
        <name>LabsPage</name>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="110" />
            <source>&amp;Enter results…  (Ctrl+N)</source>
            <translation>输入结果(&amp;E)…  (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="154" />
            <location filename="../../ui/labs/labs_page.py" line="298" />
            <source>All &amp;results of the chosen test:</source>
            <translation>所选项目的全部结果(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="296" />
            <source>All &amp;results of {test}:</source>
            <translation>{test} 的全部结果(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="165" />
            <source>All results of the chosen test</source>
            <translation>所选项目的全部结果</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="176" />
            <source>All tests</source>
            <translation>所有化验项目</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="138" />
            <location filename="../../ui/labs/labs_page.py" line="157" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="378" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="116" />
            <source>Delete re&amp;sult</source>
            <translation>删除结果(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="116" />
            <source>Delete the chosen result</source>
            <translation>删除所选结果</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="375" />
            <source>Delete the {test} result of {day} ({value})? This cannot be undone.</source>
            <translation>删除 {day} 的 {test} 结果（{value}）吗？此操作无法撤销。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="374" />
            <source>Delete this result?</source>
            <translation>删除此结果吗？</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="113" />
            <source>E&amp;dit result…</source>
            <translation>编辑结果(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="113" />
            <source>Edit the chosen result</source>
            <translation>编辑所选结果</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="110" />
            <source>Enter the results of a lab report</source>
            <translation>输入一张化验单的结果</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="256" />
            <source>High</source>
            <translation>偏高</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="262" />
            <source>In range</source>
            <translation>在范围内</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="92" />
            <source>Lab and hormone results</source>
            <extracomment>Default rows of a first panel: the tests a POEMS haematologist usually orders.</extracomment>
            <translation>化验与激素结果</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="175" />
            <source>Lab views</source>
            <translation>化验视图</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="136" />
            <source>Latest</source>
            <translation>最新</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="132" />
            <source>Latest &amp;value of each test:</source>
            <translation>各项目的最新数值(&amp;V):</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="146" />
            <source>Latest result of each test</source>
            <translation>各项目的最新结果</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="256" />
            <source>Low</source>
            <translation>偏低</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="177" />
            <source>My markers (VEGF, M-protein, light chains)</source>
            <translation>我的指标（VEGF、M蛋白、轻链）</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="126" />
            <source>No results yet. Press "Enter results" and copy the values from your lab report.</source>
            <translation>还没有结果。请按“输入结果”，然后从化验单上抄写数值。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="162" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="139" />
            <location filename="../../ui/labs/labs_page.py" line="160" />
            <source>Range check</source>
            <translation>与参考范围比较</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="100" />
            <source>Ranges are the lab's own, copied from the report; "High" or "Low" is information for you and your doctor, not a diagnosis.</source>
            <translation>参考范围是化验室自己的，从化验单上抄写；“偏高”或“偏低”是给您和医生的信息，不是诊断。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="140" />
            <location filename="../../ui/labs/labs_page.py" line="161" />
            <source>Reference range</source>
            <translation>参考范围</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="142" />
            <source>Since first</source>
            <translation>与首次相比</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="141" />
            <source>Since previous</source>
            <translation>与上次相比</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="135" />
            <source>Test</source>
            <translation>化验项目</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="137" />
            <location filename="../../ui/labs/labs_page.py" line="159" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="158" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="143" />
            <source>What it is</source>
            <translation>项目说明</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/shell/main_window.py" line="178" />
            <source>&amp;About POEMS Tracker</source>
            <translation>关于 POEMS Tracker(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="153" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="154" />
            <source>&amp;Go</source>
            <translation>转到(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="155" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="171" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="165" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="175" />
            <source>&amp;Welcome and first steps…</source>
            <translation>欢迎与入门…(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="204" />
            <source>0–9 on a score: set it; 1 then 0 quickly: 10; Delete: clear it</source>
            <translation>在评分上按 0–9：设定该值；快速按 1 再按 0：10；Delete：清除</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="217" />
            <source>&lt;h3&gt;POEMS Tracker {version}&lt;/h3&gt;&lt;p&gt;A private journal for people living with POEMS syndrome. Your records stay on this computer; the program never uses the network.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This program informs and organises. It is not medical advice and does not diagnose or recommend treatment.&lt;/b&gt; Talk to your doctors about any change.&lt;/p&gt;&lt;p&gt;This material contains content from LOINC (http://loinc.org). LOINC is copyright © Regenstrief Institute, Inc. and the LOINC Committee and is available at no cost under the license at http://loinc.org/license.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;POEMS Tracker {version}&lt;/h3&gt;&lt;p&gt;为 POEMS 综合征患者设计的私人日志。您的记录只保存在这台电脑上；本程序从不使用网络。&lt;/p&gt;&lt;p&gt;&lt;b&gt;本程序只提供信息和整理功能。它不是医疗建议，不做诊断，也不推荐治疗。&lt;/b&gt;如有任何变化，请与医生讨论。&lt;/p&gt;&lt;p&gt;This material contains content from LOINC (http://loinc.org). LOINC is copyright © Regenstrief Institute, Inc. and the LOINC Committee and is available at no cost under the license at http://loinc.org/license.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="233" />
            <source>About POEMS Tracker</source>
            <translation>关于 POEMS Tracker</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="206" />
            <source>Alt + an underlined letter: that button or field</source>
            <translation>Alt + 带下划线的字母：转到该按钮或字段</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="202" />
            <source>Alt+Left / Alt+Right: previous / next day</source>
            <translation>Alt+← / Alt+→：前一天 / 后一天</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="63" />
            <source>Appointments</source>
            <translation>预约</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="65" />
            <source>Appointments and questions</source>
            <translation>就诊与问题</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="203" />
            <source>Ctrl+D: the check-in's date</source>
            <translation>Ctrl+D：记录的日期</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="201" />
            <source>Ctrl+S: save the day's check-in</source>
            <translation>Ctrl+S：保存当天记录</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="73" />
            <source>Cycle days</source>
            <translation>周期日</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="68" />
            <source>Function check</source>
            <translation>功能检查</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="38" />
            <source>History</source>
            <translation>历史</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="40" />
            <source>History of check-ins</source>
            <translation>记录历史</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="212" />
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="60" />
            <source>Lab and hormone results</source>
            <translation>化验与激素结果</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="58" />
            <source>Labs</source>
            <translation>化验</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/main_window.py" line="46" />
            <source>Made-up data — {app}</source>
            <translation>虚构的数据 — {app}</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="48" />
            <source>Medicines</source>
            <translation>药物</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="50" />
            <source>Medicines and doses</source>
            <translation>药物与服用</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="75" />
            <source>Symptoms by cycle day</source>
            <translation>按周期日的症状</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="205" />
            <source>Tab / Shift+Tab: next / previous field</source>
            <translation>Tab / Shift+Tab：下一个 / 上一个字段</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="33" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="35" />
            <source>Today's check-in</source>
            <translation>今天的记录</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="53" />
            <source>Treatments</source>
            <translation>治疗</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="55" />
            <source>Treatments and milestones</source>
            <translation>治疗与重要节点</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="43" />
            <source>Trends</source>
            <translation>趋势</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="45" />
            <source>Trends over time</source>
            <translation>随时间的变化</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="70" />
            <source>Weekly function check</source>
            <translation>每周功能检查</translation>
        </message>
    </context>
    <context>
        <name>MarkersDueLine</name>
        <message numerus="yes">
            <location filename="../../ui/labs/markers_due.py" line="49" />
            <source>Markers not measured for more than %n month(s): {names}.</source>
            <translation>
                <numerusform>超过 %n 个月未检测的指标：{names}。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MarkersPanel</name>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="205" />
            <source>"Before treatment" is the last value taken on or before {start}.</source>
            <translation>“治疗前”是 {start} 当天或之前最后一次检测的值。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="258" />
            <source>(calculated)</source>
            <translation>（计算值）</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="262" />
            <source>(due)</source>
            <translation>（该检测了）</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="134" />
            <source>At 6 months</source>
            <translation>6 个月时</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="158" />
            <source>Charts of each marker, treatments shaded behind</source>
            <translation>各指标的图表，背景阴影为治疗期间</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="110" />
            <source>Compare &amp;with the value before:</source>
            <translation>与此前的值比较(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="129" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="343" />
            <source>Drawing the charts…</source>
            <translation>正在绘制图表…</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="163" />
            <source>Grey: treatment. Dashed: top of the lab's range. A log scale where values span more than tenfold.</source>
            <translation>灰色：治疗期间。虚线：化验室参考范围上限。数值相差十倍以上时使用对数刻度。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="128" />
            <source>Latest</source>
            <translation>最新</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="133" />
            <source>Lowest since treatment</source>
            <translation>治疗后最低值</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="127" />
            <source>Marker</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="73" />
            <source>Medicine</source>
            <translation>药物</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="103" />
            <source>My markers</source>
            <translation>我的指标</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="143" />
            <source>My markers: latest values and their change</source>
            <translation>我的指标：最新数值及其变化</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="234" />
            <source>No treatment recorded</source>
            <translation>没有治疗记录</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="199" />
            <source>No treatment recorded: changes are from the first value. A treatment added on the Medicines page is the start they are counted from.</source>
            <translation>没有治疗记录：变化从第一个值算起。在“药物”页添加治疗后，将从其开始日算起。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="130" />
            <source>Range</source>
            <translation>参考范围</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="132" />
            <source>Since before treatment</source>
            <translation>与治疗前相比</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="131" />
            <source>Since the previous value</source>
            <translation>与上次相比</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="360" />
            <source>The charts could not be drawn.</source>
            <translation>无法绘制图表。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="115" />
            <source>The latest treatment start counts unless you pick another one.</source>
            <translation>除非您另选，以最近一次治疗开始为准。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="113" />
            <source>Treatment the change is counted from</source>
            <translation>计算变化所依据的治疗</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="149" />
            <source>What the chosen marker shows, in words</source>
            <translation>所选指标的情况（文字说明）</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="251" />
            <source>none yet</source>
            <translation>尚无</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="301" />
            <source>not comparable</source>
            <translation>无法比较</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="241" />
            <source>{start} (the latest)</source>
            <translation>{start}（最近）</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="265" />
            <location filename="../../ui/labs/markers_panel.py" line="270" />
            <source>{value} on {date}</source>
            <translation>{value}（{date}）</translation>
        </message>
    </context>
    <context>
        <name>MedicationDialog</name>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="114" />
            <source>&amp;Dose each time:</source>
            <translation>每次剂量(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="84" />
            <source>&amp;Medicine:</source>
            <translation>药物(&amp;M):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="161" />
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="168" />
            <source>&amp;Save medicine</source>
            <translation>保存药物(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="165" />
            <source>A note about this medicine</source>
            <translation>关于此药物的备注</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="93" />
            <source>About this medicine</source>
            <translation>关于此药物</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="116" />
            <source>Amount of one dose</source>
            <translation>一次的剂量</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="171" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="69" />
            <source>Change a medicine</source>
            <translation>修改药物</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="259" />
            <source>Choose a medicine to see what it is for.</source>
            <translation>选择一种药物即可查看它的用途。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="172" />
            <source>Close without saving</source>
            <translation>不保存并关闭</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="139" />
            <source>First day of this medicine</source>
            <translation>此药物的第一天</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="275" />
            <source>For information only; follow your doctor's advice.</source>
            <translation>仅供参考；请遵医嘱。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="291" />
            <source>In words: {words}</source>
            <translation>文字说明：{words}</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="142" />
            <source>It has s&amp;topped; last day:</source>
            <translation>已停用(&amp;T)；最后一天:</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="145" />
            <source>Last day of this medicine</source>
            <translation>此药物的最后一天</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="184" />
            <source>Medicine details</source>
            <translation>药物详情</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="86" />
            <source>Medicine name; pick one from the list or type your own</source>
            <translation>药物名称；可从列表中选择或自行输入</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="165" />
            <source>N&amp;ote:</source>
            <translation>备注(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="270" />
            <source>Note: {note} (Source: {source})</source>
            <translation>注：{note}（来源：{source}）</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="81" />
            <source>Pick from the list or type a name</source>
            <translation>从列表中选择或输入名称</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="137" />
            <source>S&amp;tarted on:</source>
            <translation>开始日期(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="170" />
            <source>Save medicine</source>
            <translation>保存药物</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="131" />
            <source>Schedule:</source>
            <translation>服药安排:</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="69" />
            <source>Start a medicine</source>
            <translation>开始服用一种药物</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="124" />
            <source>The schedule in words</source>
            <translation>服药安排的文字说明</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="104" />
            <source>Unit of the dose</source>
            <translation>剂量单位</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="161" />
            <source>Why you take it</source>
            <translation>服用原因</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="326" />
            <source>Write the dose as a number, like 25 or 2.5.</source>
            <translation>请用数字填写剂量，例如 25 或 2.5。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="257" />
            <source>Your own medicine: no catalogue note.</source>
            <translation>您自己添加的药物：没有目录说明。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="159" />
            <source>e.g. nerve pain</source>
            <translation>例如：神经痛</translation>
        </message>
    </context>
    <context>
        <name>MedicationsPage</name>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="73" />
            <source>&amp;Change…</source>
            <translation>修改(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="81" />
            <source>&amp;Delete…</source>
            <translation>删除(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="70" />
            <source>&amp;Start a medicine…</source>
            <translation>开始服用药物(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="171" />
            <source>; {count} not recorded</source>
            <translation>；{count} 次未记录</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="44" />
            <source>All the time</source>
            <translation>全部时间</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="73" />
            <source>Change the chosen medicine</source>
            <translation>修改所选药物</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="53" />
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="336" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="313" />
            <source>Delete a medicine</source>
            <translation>删除药物</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="322" />
            <source>Delete it and its doses</source>
            <translation>删除药物及其服药记录</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="81" />
            <source>Delete the chosen medicine</source>
            <translation>删除所选药物</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="335" />
            <source>Delete {name}? This cannot be undone.</source>
            <translation>删除 {name} 吗？此操作无法撤销。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="51" />
            <source>Dose</source>
            <translation>剂量</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="254" />
            <source>First choose a medicine in one of the lists.</source>
            <translation>请先在其中一个列表中选择药物。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="52" />
            <source>How often</source>
            <translation>频率</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="50" />
            <source>Medicine</source>
            <translation>药物</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="62" />
            <source>Medicines</source>
            <translation>药物</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="102" />
            <source>Medicines you stopped, kept as history</source>
            <translation>已停用的药物，作为历史保留</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="101" />
            <source>Medicines you take now</source>
            <translation>正在服用的药物</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="109" />
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="117" />
            <source>No medicines yet. Press "Start a medicine…" to add the first one; its doses then appear on the Today page.</source>
            <translation>还没有药物。按“开始用药…”添加第一种药物，之后它的服药会显示在“今天”页面上。</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="164" />
            <source>Not recorded ({due} doses due)</source>
            <translation>未记录（应服 {due} 次）</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="157" />
            <source>Not taken in this period</source>
            <translation>此期间未服用</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="162" />
            <source>Nothing due in this period</source>
            <translation>此期间无应服剂量</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="92" />
            <source>Period for the Taken column</source>
            <translation>“已服用”列的期间</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="93" />
            <source>Show what was taken &amp;over:</source>
            <translation>显示服用情况的期间(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="70" />
            <source>Start a new medicine</source>
            <translation>开始服用新药物</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="76" />
            <source>Sto&amp;p</source>
            <translation>停用(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="286" />
            <source>Stop a medicine</source>
            <translation>停用药物</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="290" />
            <source>Stop it</source>
            <translation>停用</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="322" />
            <source>Stop it instead</source>
            <translation>改为停用</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="77" />
            <source>Stop the chosen medicine today; its history is kept</source>
            <translation>今天停用所选药物；历史会保留</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="288" />
            <source>Stop {name} today? Today counts as its last day; its doses and history are kept.</source>
            <translation>今天停用 {name} 吗？今天算作最后一天；其服药记录和历史会保留。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="105" />
            <source>Stopped, &amp;kept as history</source>
            <translation>已停用，作为历史保留(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="54" />
            <source>Taken</source>
            <translation>已服用</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="103" />
            <source>Taking &amp;now</source>
            <translation>正在服用(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="42" />
            <source>The last 30 days</source>
            <translation>最近30天</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="43" />
            <source>The last 90 days</source>
            <translation>最近90天</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="216" />
            <source>since {start}</source>
            <translation>自 {start} 起</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="319" />
            <source>{name} has {count} recorded doses. Deleting it deletes them too. You can stop it instead and keep its history.</source>
            <translation>{name} 有 {count} 次服药记录。删除药物也会删除这些记录。您可以改为停用并保留其历史。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="282" />
            <source>{name} is already stopped.</source>
            <translation>{name} 已经停用。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="346" />
            <source>{name} is deleted.</source>
            <translation>{name} 已删除。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="272" />
            <source>{name} is saved.</source>
            <translation>{name} 已保存。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="298" />
            <source>{name} is stopped; its history is kept.</source>
            <translation>{name} 已停用；历史会保留。</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="158" />
            <source>{per_day} a day on average ({taken} taken)</source>
            <translation>平均每天 {per_day} 次（共服 {taken} 次）</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="167" />
            <source>{percent}% taken ({taken} of {due})</source>
            <translation>已服 {percent}%（{due} 次中 {taken} 次）</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="218" />
            <source>{start} to {end}</source>
            <translation>{start} 至 {end}</translation>
        </message>
    </context>
    <context>
        <name>PeriodBar</name>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="27" />
            <source>&amp;1 year</source>
            <translation>1年(&amp;1)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="25" />
            <source>&amp;30 days</source>
            <extracomment>(key, button text, days) — None days = from the first record, or the custom dates.</extracomment>
            <translation>30天(&amp;3)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="26" />
            <source>&amp;90 days</source>
            <translation>90天(&amp;9)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="28" />
            <source>All &amp;dates</source>
            <translation>全部日期(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="29" />
            <source>Cu&amp;stom…</source>
            <translation>自定义(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="72" />
            <source>Fr&amp;om:</source>
            <translation>从(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="49" />
            <source>Period:</source>
            <translation>期间:</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="87" />
            <source>Problem with the dates</source>
            <translation>日期有问题</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="82" />
            <source>Sho&amp;w</source>
            <translation>显示(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="84" />
            <source>Show these dates</source>
            <translation>显示这些日期</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="122" />
            <source>The first date must be on or before the last.</source>
            <translation>起始日期必须早于或等于结束日期。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="72" />
            <source>To:</source>
            <translation>到:</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="155" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="165" />
            <source> months</source>
            <translation> 个月</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="133" />
            <source>&amp;Hospital number (for the report):</source>
            <translation>病历号（用于报告）(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="71" />
            <source>&amp;Language:</source>
            <translation>语言(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="319" />
            <source>&amp;Preferences…</source>
            <translation>偏好设置(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="93" />
            <source>&amp;Remind me to fill in the day</source>
            <translation>提醒我填写当天记录(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="147" />
            <source>&amp;Sex for lab reference ranges:</source>
            <translation>化验参考范围使用的性别(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="87" />
            <source>&amp;Text size:</source>
            <translation>文字大小(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="90" />
            <source>100 % is the computer's usual size; 200 % is twice as large.</source>
            <translation>100 % 是电脑的常规大小；200 % 是两倍大。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="136" />
            <source>As printed on your hospital letters. Leave empty to print none.</source>
            <translation>与医院文件上印的一致。留空则不打印。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="323" />
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="94" />
            <source>Daily check-in reminder</source>
            <translation>每日记录提醒</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="124" />
            <source>Date of &amp;birth (for the report):</source>
            <translation>出生日期（用于报告）(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="126" />
            <source>Date of birth for the report</source>
            <translation>报告上的出生日期</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="160" />
            <source>Days between hand and walking checks</source>
            <translation>手部与走路检查的间隔天数</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="104" />
            <source>Dose reminders</source>
            <translation>服药提醒</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="144" />
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="171" />
            <source>Follow-up is at least every 3 months for several years.</source>
            <translation>数年内至少每 3 个月随访一次。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="197" />
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="158" />
            <source>Hand and walking check &amp;every:</source>
            <translation>手部与走路检查间隔(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="135" />
            <source>Hospital number for the report</source>
            <translation>报告上的病历号</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="71" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="143" />
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="168" />
            <source>Markers are d&amp;ue after:</source>
            <translation>指标检测间隔(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="170" />
            <source>Months after which a marker not measured shows as due</source>
            <translation>指标超过多少个月未检测时显示为“该检测了”</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="142" />
            <source>Not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="61" />
            <source>Preferences</source>
            <extracomment>Each language named in itself, so a patient who reads only that language finds it.</extracomment>
            <translation>偏好设置</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="199" />
            <location filename="../../ui/shell/preferences_dialog.py" line="200" />
            <source>Preferences sections</source>
            <translation>设置分组</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="115" />
            <source>Printed at the top of the report for your doctor. Leave empty to print no name.</source>
            <translation>打印在给医生的报告顶部。留空则不打印姓名。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="198" />
            <source>Privacy</source>
            <translation>隐私</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="103" />
            <source>Remind me of &amp;doses when they are due</source>
            <translation>到服药时间时提醒我(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="99" />
            <source>Reminder t&amp;ime:</source>
            <translation>提醒时间(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="99" />
            <source>Reminder time</source>
            <translation>提醒时间</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="68" />
            <source>Same as the computer</source>
            <translation>与电脑相同</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="149" />
            <source>Sex for lab reference ranges</source>
            <translation>化验参考范围使用的性别</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="150" />
            <source>Some lab tests have different usual ranges for men and women.</source>
            <translation>有些化验项目的正常范围男女不同。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="89" />
            <source>Text size</source>
            <translation>文字大小</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="73" />
            <source>The new language is used the next time you start POEMS Tracker.</source>
            <translation>新语言将在下次启动 POEMS Tracker 时生效。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="120" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="127" />
            <source>Year-month-day, for example 1961-04-02. Leave empty to print none.</source>
            <translation>年-月-日，例如 1961-04-02。留空则不打印。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="111" />
            <source>Your &amp;name (for the report):</source>
            <translation>您的姓名（用于报告）(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="113" />
            <source>Your name for the report</source>
            <translation>报告上的姓名</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="155" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="60" />
            <source>&amp;Again:</source>
            <translation>再次输入(&amp;A):</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="59" />
            <source>&amp;Passphrase:</source>
            <translation>密码短语(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="168" />
            <source>C&amp;hange passphrase…</source>
            <translation>更改密码短语(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="168" />
            <source>Change the passphrase</source>
            <translation>更改密码短语</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="49" />
            <source>Choose a passphrase of at least 8 characters. A few unrelated words are easy to type and hard to guess.</source>
            <translation>请设置至少 8 个字符的密码短语。几个互不相关的词语既容易输入，又难以被猜到。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="131" />
            <source>Close: I have written it down</source>
            <translation>关闭：我已经写下来了</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="162" />
            <source>Encrypt the records with a passphrase</source>
            <translation>用密码短语加密记录</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="246" />
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="273" />
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="291" />
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="240" />
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="266" />
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="289" />
            <source>Encryption</source>
            <translation>加密</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="131" />
            <source>I have written it &amp;down</source>
            <translation>我已经写下来了(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="159" />
            <source>Loc&amp;k after this long without use:</source>
            <translation>闲置多久后锁定(&amp;K):</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="157" />
            <source>Lock after minutes without use</source>
            <translation>闲置这么多分钟后锁定</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="154" />
            <source>Never</source>
            <translation>从不</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="47" />
            <source>New passphrase</source>
            <translation>新的密码短语</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="55" />
            <source>Passphrase</source>
            <translation>密码短语</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="145" />
            <source>Privacy</source>
            <translation>隐私</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="122" />
            <source>Recovery key</source>
            <translation>恢复密钥</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="165" />
            <source>Store the records unencrypted again</source>
            <translation>重新以不加密的方式保存记录</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="94" />
            <source>The passphrase must have at least 8 characters.</source>
            <translation>密码短语至少需要 8 个字符。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="291" />
            <source>The passphrase was changed.</source>
            <translation>密码短语已更改。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="56" />
            <source>The same passphrase again</source>
            <translation>再次输入相同的密码短语</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="96" />
            <source>The two passphrases differ.</source>
            <translation>两次输入的密码短语不一致。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="165" />
            <source>Turn &amp;off encryption…</source>
            <translation>关闭加密(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="162" />
            <source>Turn on encr&amp;yption…</source>
            <translation>开启加密(&amp;Y)…</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="114" />
            <source>Write this recovery key down on paper now and keep it somewhere safe. It opens your records if you forget the passphrase. It is not shown again.</source>
            <translation>请现在把这个恢复密钥写在纸上，并放在安全的地方。忘记密码短语时，可以用它打开您的记录。它不会再次显示。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="247" />
            <source>Your records and backups are now encrypted. Exports stay unencrypted files.</source>
            <translation>您的记录和备份现已加密。导出的文件不会加密。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="194" />
            <source>Your records are encrypted: without your passphrase nobody can read them in the data folder or its backups.</source>
            <translation>您的记录已加密：没有您的密码短语，任何人都无法读取数据文件夹或备份中的内容。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="273" />
            <source>Your records are no longer encrypted.</source>
            <translation>您的记录已不再加密。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="199" />
            <source>Your records are not encrypted: anyone who can open the data folder on this computer can read them.</source>
            <translation>您的记录未加密：任何能在这台电脑上打开数据文件夹的人都可以读取它们。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="112" />
            <source>Your recovery key</source>
            <translation>您的恢复密钥</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="114" />
            <source>Nothing was imported</source>
            <translation>没有导入任何内容</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/data/exchange_dialogs.py" line="117" />
            <source>Nothing was imported, so your records are unchanged. Fix the %n problem(s) below in the files and import again:</source>
            <translation>
                <numerusform>未导入任何内容，您的记录没有改变。请在文件中修正下面的 %n 个问题，然后重新导入：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="126" />
            <source>Problems found in the files</source>
            <translation>在文件中发现问题</translation>
        </message>
    </context>
    <context>
        <name>QuestionsPanel</name>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="108" />
            <source>&amp;Move to the visit chosen above</source>
            <translation>移到上面所选的就诊(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="66" />
            <source>&amp;Save question</source>
            <translation>保存问题(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="54" />
            <source>&amp;Write a question:</source>
            <translation>写下问题(&amp;W):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="81" />
            <source>Answer</source>
            <translation>回答</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="97" />
            <source>Answer to the chosen question</source>
            <translation>所选问题的回答</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="63" />
            <source>As&amp;k at visit:</source>
            <translation>在哪次就诊时问(&amp;K):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="79" />
            <source>Ask at</source>
            <translation>就诊时问</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="109" />
            <source>Ask the chosen question at the visit chosen above</source>
            <translation>在上面所选的就诊时问所选问题</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="113" />
            <source>De&amp;lete…</source>
            <translation>删除(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="276" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="274" />
            <source>Delete question</source>
            <translation>删除问题</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="113" />
            <source>Delete the chosen question</source>
            <translation>删除所选问题</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="275" />
            <source>Delete the question “{text}”?</source>
            <translation>删除问题“{text}”吗？</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="99" />
            <source>Doctor's answ&amp;er:</source>
            <translation>医生的回答(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="102" />
            <source>Mark the chosen question answered</source>
            <translation>将所选问题标记为已回答</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="105" />
            <source>Mark the chosen question not answered</source>
            <translation>将所选问题标记为未回答</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="52" />
            <source>New question</source>
            <translation>新问题</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="151" />
            <location filename="../../ui/appointments/questions_panel.py" line="165" />
            <source>No visit yet</source>
            <translation>尚无就诊</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="80" />
            <source>Noted on</source>
            <translation>记下日期</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="180" />
            <source>Open</source>
            <translation>未回答</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="105" />
            <source>Open a&amp;gain</source>
            <translation>重新打开(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="78" />
            <source>Question</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="84" />
            <source>Questions for the doctor</source>
            <translation>问医生的问题</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="66" />
            <source>Save the question</source>
            <translation>保存问题</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="70" />
            <source>Show answered quest&amp;ions too</source>
            <translation>也显示已回答的问题(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="77" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="57" />
            <source>Visit to ask it at</source>
            <translation>在哪次就诊时问</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="96" />
            <source>What the doctor said (optional)</source>
            <translation>医生说了什么（可选）</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="51" />
            <source>e.g. Can I drive with numb feet?</source>
            <translation>例如：脚麻木还能开车吗？</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="180" />
            <source>✓ Answered</source>
            <translation>✓ 已回答</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="102" />
            <source>✓ Tick &amp;off</source>
            <translation>✓ 勾选完成(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>ReminderBanner</name>
        <message>
            <location filename="../../ui/shell/reminders.py" line="72" />
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../ui/shell/reminders.py" line="73" />
            <source>Dismiss the reminder</source>
            <translation>关闭提醒</translation>
        </message>
        <message>
            <location filename="../../ui/shell/reminders.py" line="70" />
            <source>Fill in today's &amp;check-in</source>
            <translation>填写今天的记录(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/reminders.py" line="71" />
            <source>Open today's check-in</source>
            <translation>打开今天的记录</translation>
        </message>
        <message>
            <location filename="../../ui/shell/reminders.py" line="58" />
            <source>Reminder</source>
            <extracomment>A dose reminder only comes within this time after the dose is due: starting the program in the evening must not bring up every dose of the day at once. A dose marked this close to its time counts as that dose (people take them a bit early).</extracomment>
            <translation>提醒</translation>
        </message>
        <message>
            <location filename="../../ui/shell/reminders.py" line="59" />
            <source>Reminder:</source>
            <translation>提醒:</translation>
        </message>
    </context>
    <context>
        <name>ReminderService</name>
        <message>
            <location filename="../../ui/shell/reminders.py" line="178" />
            <source>Time for today's check-in: how are you feeling today?</source>
            <translation>该填写今天的记录了：您今天感觉怎么样？</translation>
        </message>
        <message>
            <location filename="../../ui/shell/reminders.py" line="210" />
            <source>Time for your {name} ({time}).</source>
            <translation>该服用 {name} 了（{time}）。</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="73" />
            <source>(calculated)</source>
            <translation>（计算值）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="240" />
            <source>(day 0: {day})</source>
            <translation>（第 0 天：{day}）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="47" />
            <source>({days} days; {checkins} days with a check-in)</source>
            <translation>（共 {days} 天；有记录的 {checkins} 天）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="246" />
            <source>({n} cycles begun)</source>
            <translation>（已开始 {n} 个周期）</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="223" />
            <source>Arm grade {arms}: {arm_words}. Leg grade {legs}: “{leg_words}”.</source>
            <translation>手臂分级 {arms}：{arm_words}。腿部分级 {legs}：“{leg_words}”。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="99" />
            <source>At 6 months: {value} on {date}.</source>
            <translation>6 个月时：{value}（{date}）。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="95" />
            <source>Average</source>
            <translation>平均</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="148" />
            <source>Averages of the days logged; they show a pattern, not its cause.</source>
            <translation>这是已记录日期的平均值；它们显示的是规律，而不是原因。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="131" />
            <source>Before treatment: the last value on or before {date} ({what} began).</source>
            <translation>治疗前：{date} 当天或之前的最后一个值（{what} 开始）。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="37" />
            <source>Born:</source>
            <translation>出生日期：</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="98" />
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/document.py" line="292" />
            <source>Charts: each marker over the last two years or more, treatments shaded behind, the dashed line the top of the lab's range</source>
            <translation>图表：各指标近两年以上的变化，背景阴影为治疗期间，虚线为参考范围上限</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="165" />
            <source>Course</source>
            <translation>疗程</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="258" />
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="94" />
            <source>Days recorded</source>
            <translation>记录天数</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="258" />
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="165" />
            <source>Dose</source>
            <translation>剂量</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="275" />
            <source>First in the period ({day}): arms {arms}, legs {legs}.</source>
            <translation>期间内首次（{day}）：手臂 {arms}，腿 {legs}。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="281" />
            <source>Function check</source>
            <translation>功能检查</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="303" />
            <source>Grades over time (arms/legs): {pairs}</source>
            <translation>分级变化（上肢/下肢）：{pairs}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/document.py" line="296" />
            <source>Grey: treatment. Dashed: top of the lab's range. A log scale where values span more than tenfold.</source>
            <translation>灰色：治疗期间。虚线：化验室参考范围上限。数值相差十倍以上时使用对数刻度。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="179" />
            <source>High</source>
            <translation>偏高</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="39" />
            <source>Hospital number:</source>
            <translation>病历号：</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="278" />
            <source>Inspired by the ONLS; a record, not an assessment.</source>
            <translation>参考 ONLS；是记录，不是评估。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="258" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="108" />
            <source>Latest</source>
            <translation>最新</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="270" />
            <source>Latest ({day}): arms {arms} of 5, legs {legs} of 7.</source>
            <translation>最新（{day}）：手臂 {arms}/5，腿 {legs}/7。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="181" />
            <source>Low</source>
            <translation>偏低</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="111" />
            <source>Lowest since treatment</source>
            <translation>治疗后最低值</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="96" />
            <source>Lowest–highest</source>
            <translation>最低–最高</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="107" />
            <source>Marker</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="63" />
            <source>Markers at a glance</source>
            <translation>指标一览</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="129" />
            <location filename="../../../poems_tracker/report/sections.py" line="165" />
            <location filename="../../../poems_tracker/report/sections.py" line="251" />
            <source>Medicine</source>
            <translation>药物</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="146" />
            <source>Medicines</source>
            <translation>药物</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="129" />
            <source>Monthly means {first} – {last}</source>
            <translation>月平均 {first}–{last}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="62" />
            <source>Neuropathy and symptoms (0 = none, 10 = worst imaginable)</source>
            <translation>神经病变与症状（0 = 无，10 = 能想象的最严重）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="322" />
            <source>Next appointments</source>
            <translation>下次就诊</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="65" />
            <source>No check-ins in this period.</source>
            <translation>此期间没有记录。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="191" />
            <source>No lab results in this period.</source>
            <translation>此期间没有化验结果。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="65" />
            <source>No marker result recorded yet.</source>
            <translation>尚未记录任何指标结果。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="148" />
            <source>No medicine was taken in this period.</source>
            <translation>此期间没有服用药物。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="87" />
            <source>No on every day recorded: {signs}</source>
            <translation>所有记录日均为“否”：{signs}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="213" />
            <source>No other result was outside its range in this period.</source>
            <translation>此期间没有其他超出参考范围的结果。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="175" />
            <source>No symptom was logged on these cycle days.</source>
            <translation>这些周期日没有记录症状。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="256" />
            <source>No treatment is recorded.</source>
            <translation>没有治疗记录。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="127" />
            <source>No treatment is recorded: changes are from the first value.</source>
            <translation>没有治疗记录：变化从第一个值算起。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="353" />
            <source>Notes from the check-ins</source>
            <translation>记录中的备注</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="189" />
            <source>Other results out of range</source>
            <translation>其他超出参考范围的结果</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="221" />
            <source>Out of range</source>
            <translation>超出范围</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/document.py" line="350" />
            <source>POEMS Tracker report {start} to {end}</source>
            <translation>POEMS Tracker 报告 {start} 至 {end}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="43" />
            <source>POEMS Tracker: report for the doctor</source>
            <translation>POEMS Tracker：给医生的报告</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/pdf.py" line="101" />
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/pdf.py" line="53" />
            <source>Patient-recorded data; not medical advice</source>
            <translation>患者自行记录的数据；不是医疗建议</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="35" />
            <source>Patient:</source>
            <translation>患者:</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="45" />
            <source>Period:</source>
            <translation>期间:</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="53" />
            <source>Printed on {today}. Every value was recorded by the patient.</source>
            <translation>打印于 {today}。所有数值均由患者记录。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="323" />
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="333" />
            <source>Questions for the doctor</source>
            <translation>问医生的问题</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="220" />
            <source>Reference range</source>
            <translation>参考范围</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="219" />
            <source>Results (High/Low = outside the range)</source>
            <translation>结果（偏高/偏低 = 超出范围）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="97" />
            <source>Same number of days before</source>
            <translation>此前同样天数</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="165" />
            <source>Schedule</source>
            <translation>服药安排</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="110" />
            <source>Since before treatment</source>
            <translation>与治疗前相比</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="109" />
            <source>Since the previous value</source>
            <translation>与上次相比</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="323" />
            <source>Specialty</source>
            <translation>科室</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="323" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="93" />
            <source>Symptom</source>
            <translation>症状</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="149" />
            <source>Symptoms by cycle day</source>
            <translation>按周期日的症状</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="165" />
            <source>Taken in this period</source>
            <translation>此期间的服用情况</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="217" />
            <source>Test</source>
            <translation>化验项目</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="234" />
            <source>Treatment history</source>
            <translation>治疗史</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="218" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="89" />
            <source>Weight (kg)</source>
            <translation>体重 (kg)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="323" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="323" />
            <source>With</source>
            <translation>医生</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="42" />
            <source>from {value} on {date}</source>
            <translation>自 {date} 的 {value}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="45" />
            <source>not comparable</source>
            <translation>无法比较</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="243" />
            <location filename="../../../poems_tracker/report/sections.py" line="152" />
            <source>ongoing</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="103" />
            <source>schedule not understood</source>
            <translation>无法识别服药安排</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="79" />
            <source>yes on {yes} of {days} days</source>
            <translation>{days} 天中 {yes} 天为是</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="153" />
            <source>{medicine} ({schedule}), {cycles}:</source>
            <translation>{medicine}（{schedule}），{cycles}:</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="350" />
            <source>{n} earlier notes are in the program.</source>
            <translation>另有 {n} 条更早的备注在程序中。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="209" />
            <source>{n} of {total}</source>
            <translation>{total} 次中 {n} 次</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="163" />
            <source>{symptom}: average {on} on medicine days (over {on_n} days), {off} on days off (over {off_n} days).</source>
            <translation>{symptom}：服药日平均 {on}（共 {on_n} 天），停药日平均 {off}（共 {off_n} 天）。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/document.py" line="354" />
            <source>{title}: {name}</source>
            <translation>{title}：{name}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="201" />
            <source>… {n} more …</source>
            <translation>……另有 {n} 条……</translation>
        </message>
    </context>
    <context>
        <name>ReportPeriodDialog</name>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="44" />
            <source>&amp;From:</source>
            <translation>从(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="55" />
            <source>&amp;Paper:</source>
            <translation>纸张(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="47" />
            <source>&amp;To:</source>
            <translation>到(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="50" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="44" />
            <source>First day of the report</source>
            <translation>报告的第一天</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="47" />
            <source>Last day of the report</source>
            <translation>报告的最后一天</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="51" />
            <source>Letter (US)</source>
            <translation>信纸（美国）</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="54" />
            <source>Paper size</source>
            <translation>纸张大小</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="60" />
            <source>Problem with the period</source>
            <translation>期间有问题</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="38" />
            <source>Report for the doctor</source>
            <translation>给医生的报告</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="102" />
            <source>The first day is after the last day; pick an earlier first day.</source>
            <translation>第一天晚于最后一天；请选择更早的第一天。</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="98" />
            <source>&amp;Backups, newest first:</source>
            <translation>备份，最新的在前(&amp;B):</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="125" />
            <source>&amp;Restore selected</source>
            <translation>恢复所选备份(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="101" />
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="184" />
            <source>Backups (*.db);;All files (*)</source>
            <translation>备份 (*.db);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="127" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="191" />
            <source>Cannot restore</source>
            <translation>无法恢复</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="126" />
            <source>Choose &amp;another file…</source>
            <translation>选择其他文件(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="182" />
            <source>Choose a backup file</source>
            <translation>选择备份文件</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="131" />
            <source>Close without restoring</source>
            <translation>不恢复并关闭</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="103" />
            <source>Each backup with its date and how many records it holds</source>
            <translation>每个备份的日期及其包含的记录数</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="93" />
            <source>Pick the backup to bring back. Your records as they are now are kept as a backup first, so nothing is lost.</source>
            <translation>请选择要恢复的备份。您现在的记录会先另存为备份，所以不会丢失任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="130" />
            <source>Restore a backup file from elsewhere, e.g. a USB stick</source>
            <translation>从其他位置（例如 U 盘）的备份文件恢复</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="86" />
            <source>Restore from backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="129" />
            <source>Restore the selected backup</source>
            <translation>恢复所选备份</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="120" />
            <source>There are no backups in {folder} yet.</source>
            <translation>{folder} 中还没有备份。</translation>
        </message>
    </context>
    <context>
        <name>Schedules</name>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="144" />
            <source> a day</source>
            <translation> 次/天</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="73" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="72" />
            <source>&amp;How often:</source>
            <translation>频率(&amp;H):</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="120" />
            <source>&amp;Times a day:</source>
            <translation>每天次数(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="141" />
            <source>At &amp;most</source>
            <translation>最多(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="121" />
            <source>At &amp;set times</source>
            <translation>在固定时间(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="140" />
            <source>At:</source>
            <translation>时间:</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="237" />
            <source>Choose at least one day of the week.</source>
            <translation>请至少选择一周中的一天。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="106" />
            <source>Days in one cycle</source>
            <translation>一个周期的天数</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="142" />
            <source>Days {first}–{last} of each {length}-day cycle</source>
            <translation>每个 {length} 天周期的第 {first}–{last} 天</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="120" />
            <source>Doses on each medicine day</source>
            <translation>每个服药日的次数</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="74" />
            <source>E&amp;very:</source>
            <translation>间隔(&amp;V):</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="134" />
            <source>Every day</source>
            <translation>每天</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/schedule_picker.py" line="60" />
            <source>Every few days</source>
            <translation>每隔几天</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="140" />
            <source>Every week on {days}</source>
            <translation>每周 {days}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="138" />
            <source>Every {n} days</source>
            <translation>每 {n} 天</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="102" />
            <source>First medicine day of the cycle</source>
            <translation>周期的第一个服药日</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="72" />
            <source>How often the medicine is taken</source>
            <translation>服药频率</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/schedule_picker.py" line="59" />
            <source>In cycles (e.g. days 1–21 of 28)</source>
            <translation>按周期（例如28天中第1–21天）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="104" />
            <source>Last medicine day of the cycle</source>
            <translation>周期的最后一个服药日</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="116" />
            <source>Medicine &amp;days:</source>
            <translation>服药日(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="145" />
            <source>Most doses in one day</source>
            <translation>每天最多次数</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="74" />
            <source>Number of days from one dose day to the next</source>
            <translation>从一个服药日到下一个服药日的天数</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/schedule_picker.py" line="58" />
            <source>On certain days of the week</source>
            <translation>在一周中的固定几天</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="95" />
            <source>On:</source>
            <translation>星期:</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/schedule_picker.py" line="61" />
            <source>Only when needed</source>
            <translation>仅在需要时</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="143" />
            <source>Set a daily maximum</source>
            <translation>设定每天上限</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="123" />
            <source>Taken at set times of day</source>
            <translation>每天在固定时间服用</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="132" />
            <source>Time {n}</source>
            <translation>时间 {n}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="136" />
            <source>Twice a day</source>
            <translation>每天两次</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="131" />
            <source>When needed</source>
            <translation>需要时</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="132" />
            <source>When needed, at most {most} a day</source>
            <translation>需要时，每天最多 {most} 次</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="107" />
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="105" />
            <source>of a cycle of</source>
            <translation>/ 周期天数</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="103" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="147" />
            <source>{schedule} at {times}</source>
            <translation>{schedule}，{times}</translation>
        </message>
    </context>
    <context>
        <name>ScoreSelector</name>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="92" />
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="142" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="92" />
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="142" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="154" />
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="140" />
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="152" />
            <source>y</source>
            <translation>y</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="144" />
            <source>{value} out of 10</source>
            <translation>10 分中的 {value} 分</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="104" />
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="112" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="104" />
            <source>&amp;Restore the backup</source>
            <translation>恢复备份(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="125" />
            <source>A new, empty journal was started.</source>
            <translation>已开始一个新的空白日志。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/app.py" line="129" />
            <source>POEMS Tracker is already open for this data folder ({folder}) but does not answer. Close it, then start again.</source>
            <extracomment>Milliseconds after which a started window closes itself; set only by the test that starts `run()` in a child process (a real start, a real event loop, a clean end).</extracomment>
            <translation>POEMS Tracker 已为此数据文件夹（{folder}）打开，但没有响应。请关闭它，然后重新启动。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="112" />
            <source>Start an &amp;empty journal</source>
            <translation>开始一个空白日志(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="134" />
            <source>The damaged file was kept, untouched, as:
{path}</source>
            <translation>损坏的文件已原样保留为：
{path}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="106" />
            <source>The file that holds your records is damaged and cannot be used safely, and there is no good backup of it.

You can start an empty journal: the damaged file is then kept aside, untouched, so that it can still be looked at. Or quit and ask someone to help rescue it.</source>
            <translation>保存您记录的文件已损坏，无法安全使用，而且没有可用的备份。

您可以开始一个空白日志：损坏的文件会原样另存，以便以后查看。或者退出，请人帮忙抢救它。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="98" />
            <source>The file that holds your records is damaged and cannot be used safely.

The newest good backup is from {when} and holds {records} records. Restore it? The damaged file is kept aside, untouched, so that it can still be looked at for anything saved after that backup.</source>
            <translation>保存您记录的文件已损坏，无法安全使用。

最新的可用备份是 {when} 的，包含 {records} 条记录。要恢复吗？损坏的文件会原样另存，以便查找该备份之后保存的内容。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="172" />
            <source>Today's backup could not be made: {reason}</source>
            <translation>无法完成今天的备份：{reason}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="95" />
            <source>Your journal file is damaged</source>
            <translation>您的日志文件已损坏</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="119" />
            <source>Your records from the backup of {when} are back. Anything saved after that backup is not in it.</source>
            <translation>已从 {when} 的备份恢复您的记录。该备份之后保存的内容不在其中。</translation>
        </message>
    </context>
    <context>
        <name>SymptomGroupsDialog</name>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="98" />
            <source>Click to switch off</source>
            <translation>点击关闭</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="98" />
            <source>Click to switch on</source>
            <translation>点击开启</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="106" />
            <source>Left alone, because you already have a 0–10 symptom with that name: {keys}</source>
            <translation>保持不变，因为您已有同名的 0–10 症状：{keys}</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="93" />
            <source>Off</source>
            <translation>关</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="93" />
            <source>On</source>
            <translation>开</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="56" />
            <source>Ready-made yes/no questions</source>
            <translation>现成的是/否问题</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="61" />
            <source>Switch on a group to add its yes/no questions to your daily check-in. Switching it off hides them again; everything you logged is kept.</source>
            <translation>开启一个组，即可将其是/否问题加入每日记录。关闭后这些问题会再次隐藏；已记录的内容都会保留。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="94" />
            <source>{group}: {state}</source>
            <translation>{group}：{state}</translation>
        </message>
    </context>
    <context>
        <name>SymptomsDialog</name>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="62" />
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="76" />
            <source>&amp;Hide / show</source>
            <translation>隐藏/显示(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="52" />
            <source>&amp;New symptom:</source>
            <translation>新症状(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="75" />
            <source>&amp;Rename…</source>
            <translation>重命名(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="111" />
            <source>0–10</source>
            <translation>0–10</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="64" />
            <source>Add this symptom</source>
            <translation>添加此症状</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="146" />
            <location filename="../../ui/checkin/symptoms_dialog.py" line="164" />
            <source>Choose a symptom in the list first.</source>
            <translation>请先在列表中选择一个症状。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="79" />
            <source>Hide or show the chosen symptom</source>
            <translation>隐藏或显示所选症状</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="59" />
            <source>Kind of answer</source>
            <translation>回答类型</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="34" />
            <source>My symptoms</source>
            <translation>我的症状</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="55" />
            <source>Name of the new symptom</source>
            <translation>新症状的名称</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="148" />
            <source>New name:</source>
            <translation>新名称:</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="84" />
            <source>Ready-made &amp;yes/no questions…</source>
            <translation>现成的是/否问题(&amp;Y)…</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="148" />
            <source>Rename symptom</source>
            <translation>重命名症状</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="78" />
            <source>Rename the chosen symptom</source>
            <translation>重命名所选症状</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="60" />
            <source>Score 0–10</source>
            <translation>评分 0–10</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="87" />
            <source>Switch on ready-made yes/no questions such as falls or skin changes</source>
            <translation>开启现成的是/否问题，例如摔倒或皮肤变化</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="127" />
            <source>Type a name for the symptom first.</source>
            <translation>请先输入症状名称。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="61" />
            <source>Yes / no</source>
            <translation>是/否</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="130" />
            <source>You already have a symptom with that name.</source>
            <translation>已有同名的症状。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="47" />
            <source>Your own symptoms</source>
            <translation>您自己的症状</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="39" />
            <source>Your own symptoms appear on the check-in after the built-in ones. Hiding one keeps everything you logged for it.</source>
            <translation>您自己的症状会显示在记录页面的内置症状之后。隐藏某个症状会保留您为它记录的所有内容。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="114" />
            <source>hidden</source>
            <translation>已隐藏</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="111" />
            <source>yes/no</source>
            <translation>是/否</translation>
        </message>
    </context>
    <context>
        <name>TodaysDosesPanel</name>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="335" />
            <source>All doses of this day are recorded.</source>
            <translation>这一天的服药都已记录。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="114" />
            <source>As nee&amp;ded:</source>
            <translation>按需(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="132" />
            <source>As-needed doses recorded this day</source>
            <translation>这一天记录的按需服药</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="105" />
            <source>As-needed medicine</source>
            <translation>按需药物</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="178" />
            <source>Doses for {day}</source>
            <translation>{day} 的服药</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="101" />
            <source>Doses message</source>
            <translation>服药消息</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="86" />
            <source>Mar&amp;k the rest taken</source>
            <translation>将其余标记为已服用(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="89" />
            <source>Mark every dose not yet recorded as taken</source>
            <translation>将所有尚未记录的剂量标记为已服用</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="51" />
            <source>Missed</source>
            <translation>漏服</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="361" />
            <source>More than your daily maximum</source>
            <translation>超过每日上限</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="194" />
            <source>No doses are due from your schedules on this day.</source>
            <translation>按您的服药安排，这一天没有应服的剂量。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="251" />
            <source>Not recorded yet</source>
            <translation>尚未记录</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="347" />
            <source>Not taken on this day</source>
            <translation>这一天没有服用</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="351" />
            <location filename="../../ui/medicines/todays_doses.py" line="365" />
            <source>Nothing was recorded.</source>
            <translation>没有记录任何内容。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="349" />
            <location filename="../../ui/medicines/todays_doses.py" line="363" />
            <source>Record it</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="112" />
            <source>Record the as-needed dose at that time</source>
            <translation>记录该时间的按需服药</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="52" />
            <source>Skipped</source>
            <translation>跳过</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="50" />
            <source>Taken</source>
            <translation>已服用</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="216" />
            <source>This day is still to come; doses can be marked on the day.</source>
            <translation>这一天还没到；服药可以在当天记录。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="109" />
            <source>Time the as-needed dose was taken</source>
            <translation>按需服药的时间</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="110" />
            <source>Took an as-ne&amp;eded dose</source>
            <translation>服用了按需药物(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="220" />
            <source>any time</source>
            <translation>任何时间</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="116" />
            <source>at</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="236" />
            <source>{dose} at {when}: {status}</source>
            <translation>{when} 的 {dose}：{status}</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="205" />
            <source>{medicine} (not taken on this day)</source>
            <translation>{medicine}（这一天没有服用）</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="380" />
            <source>{name} at {time} is recorded.</source>
            <translation>已记录 {time} 的 {name}。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="280" />
            <source>{name}: {count} of at most {most} taken ({times})</source>
            <translation>{name}：最多 {most} 次，已服用 {count} 次（{times}）</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="274" />
            <source>{name}: {count} taken ({times})</source>
            <translation>{name}：已服用 {count} 次（{times}）</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="253" />
            <source>{status} at {time}</source>
            <translation>{time} {status}</translation>
        </message>
    </context>
    <context>
        <name>TreatmentsPage</name>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="134" />
            <source>&amp;Delete event</source>
            <translation>删除事件(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="128" />
            <source>&amp;New event</source>
            <translation>新事件(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="103" />
            <source>&amp;Start:</source>
            <translation>开始(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="101" />
            <source>&amp;What:</source>
            <translation>内容(&amp;W):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="228" />
            <source>A new event</source>
            <translation>一个新事件</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="241" />
            <source>Change the chosen event</source>
            <translation>修改所选事件</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="324" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="320" />
            <source>Delete an event</source>
            <translation>删除事件</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="134" />
            <source>Delete the chosen event</source>
            <translation>删除所选事件</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="321" />
            <source>Delete the event "{what}" of {day}? This cannot be undone.</source>
            <translation>删除 {day} 的事件“{what}”吗？此操作无法撤销。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="122" />
            <source>Des&amp;cription:</source>
            <translation>说明(&amp;C):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="60" />
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="124" />
            <source>Description of the event</source>
            <translation>事件说明</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="58" />
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="108" />
            <source>End date</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="104" />
            <source>It &amp;ended on:</source>
            <translation>结束日期(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="101" />
            <source>Kind of event</source>
            <translation>事件类型</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="146" />
            <source>Nothing here yet. Add your diagnosis, treatments and stays in hospital with "A new event" below; they appear as bars under your Trends.</source>
            <translation>这里还没有内容。用下面的“一个新事件”添加您的诊断、治疗和住院，它们会以条形显示在“趋势”下方。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="131" />
            <source>Sa&amp;ve event</source>
            <translation>保存事件(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="131" />
            <source>Save this event</source>
            <translation>保存此事件</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="291" />
            <source>Saved: {what} on {day}</source>
            <translation>已保存：{day} 的 {what}</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="57" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="128" />
            <source>Start a new event</source>
            <translation>新建事件</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="103" />
            <source>Start date</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="90" />
            <source>T&amp;imeline</source>
            <translation>时间线(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="106" />
            <source>The event has an end date</source>
            <translation>事件有结束日期</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="305" />
            <source>The event in the form is not saved. Save it now?</source>
            <translation>表单中的事件尚未保存。现在保存吗？</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="79" />
            <source>Treatment events, oldest first</source>
            <translation>治疗事件，最早的在前</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="69" />
            <source>Treatments and milestones</source>
            <translation>治疗与重要节点</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="59" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="118" />
            <source>e.g. Lenalidomide + dexamethasone, 9 cycles</source>
            <translation>例如：来那度胺 + 地塞米松，9个周期</translation>
        </message>
    </context>
    <context>
        <name>TrendsPage</name>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="158" />
            <source>&amp;Chart</source>
            <translation>图表(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="167" />
            <source>&amp;Numbers</source>
            <translation>数字(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="144" />
            <source>(7-day average {mean})</source>
            <translation>（7天平均 {mean}）</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="114" />
            <source>&lt;b&gt;Show&lt;/b&gt;</source>
            <translation>&lt;b&gt;显示&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="227" />
            <source>Arm and leg grades</source>
            <translation>手臂与腿的分级</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="154" />
            <source>Chart</source>
            <translation>图表</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="539" />
            <source>Chart not saved</source>
            <translation>图表未保存</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="546" />
            <source>Chart saved as {path}.</source>
            <translation>图表已保存为 {path}。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="291" />
            <source>Click a day to read its values; arrow keys move it</source>
            <translation>点击某一天即可查看数值；方向键可移动</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="160" />
            <source>Compare side by s&amp;ide</source>
            <translation>并列比较(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="155" />
            <source>Drawing your chart…</source>
            <translation>正在绘制图表…</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="147" />
            <source>High (above range)</source>
            <translation>偏高（高于范围）</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="230" />
            <source>Lab results</source>
            <translation>化验结果</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="217" />
            <source>Lab results: change from the first value in the period</source>
            <translation>化验结果：与期间内首个数值相比的变化</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="287" />
            <source>Left and Right arrow keys move a day, Page Up and Page Down a month; the values are read out above the chart. The Numbers tab has the same values as a table.</source>
            <translation>左右方向键移动一天，Page Up 和 Page Down 移动一个月；数值显示在图表上方。“数字”标签页以表格形式列出相同的数值。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="243" />
            <source>Log scale for wide ranges</source>
            <translation>范围大时用对数刻度</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="149" />
            <source>Low (below range)</source>
            <translation>偏低（低于范围）</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="244" />
            <source>Medicines</source>
            <translation>药物</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="246" />
            <source>Medicines and treatments</source>
            <translation>药物与治疗</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="264" />
            <source>Medicines and treatments on {day}: {names}</source>
            <translation>{day}的药物和治疗：{names}</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="245" />
            <source>Medicines taken (%)</source>
            <translation>已服药物 (%)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="63" />
            <source>Nothing recorded in the period before.</source>
            <translation>上一期间没有记录。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="208" />
            <source>Nothing recorded in this period yet; your check-ins and lab results will be summed up here.</source>
            <translation>此期间还没有记录；您的每日记录和化验结果会在这里汇总。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="527" />
            <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
            <translation>PNG 图片 (*.png);;SVG 图片 (*.svg);;PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="73" />
            <source>Period before: {mean} ({change}).</source>
            <translation>上一期间：{mean}（{change}）。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="138" />
            <source>Point at the chart, click it, or use the arrow keys on it to read exact values.</source>
            <translation>指向或点击图表，或在图表上使用方向键，即可查看精确数值。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="188" />
            <source>Sa&amp;ve chart…</source>
            <translation>保存图表(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="525" />
            <source>Save chart</source>
            <translation>保存图表</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="191" />
            <source>Save the chart as PNG, SVG or PDF</source>
            <translation>将图表保存为 PNG、SVG 或 PDF</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="190" />
            <source>Save the chart as an image or PDF</source>
            <translation>将图表保存为图片或 PDF</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="181" />
            <source>Shown side by side on the same dates, for you and your doctor to look at. Two things changing at the same time does not show that one caused the other.</source>
            <translation>按相同日期并列显示，供您和医生查看。两件事同时变化，并不说明其中一件导致了另一件。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="184" />
            <source>Su&amp;mmary</source>
            <translation>摘要(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="177" />
            <location filename="../../ui/trends/trends_page.py" line="181" />
            <source>Summary of the period</source>
            <translation>期间摘要</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="223" />
            <source>Symptoms</source>
            <translation>症状</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="540" />
            <source>The chart could not be saved: {reason}</source>
            <translation>无法保存图表：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="164" />
            <source>The chart's numbers as a table</source>
            <translation>图表数值的表格</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="284" />
            <source>Trends chart</source>
            <translation>趋势图</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="143" />
            <source>Value at the chosen date</source>
            <translation>所选日期的数值</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="193" />
            <source>Weight</source>
            <translation>体重</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="123" />
            <source>What to show</source>
            <translation>显示内容</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="65" />
            <source>about the same</source>
            <translation>大致相同</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="87" />
            <source>kg</source>
            <translation>kg</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="69" />
            <source>{amount} higher</source>
            <translation>高 {amount}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="67" />
            <source>{amount} lower</source>
            <translation>低 {amount}</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_text.py" line="275" />
            <source>{day} {month}</source>
            <translation>{month}{day}日</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="244" />
            <source>{day}: nothing recorded near this date.</source>
            <translation>{day}：该日期附近没有记录。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="136" />
            <source>{label}, {day}: {value}{unit}</source>
            <translation>{label}，{day}：{value}{unit}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="51" />
            <source>{label}: average {mean}{unit} (lowest {low}, highest {high}); days recorded: {days}.</source>
            <translation>{label}：平均 {mean}{unit}（最低 {low}，最高 {high}）；记录天数：{days}。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="49" />
            <source>{label}: nothing recorded in this period.</source>
            <translation>{label}：此期间没有记录。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="110" />
            <source>{label}: {first} → {last} {unit}{percent} from {start} to {end}; results: {count}.</source>
            <translation>{label}：{first} → {last} {unit}{percent}，{start} 至 {end}；结果：{count} 个。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="95" />
            <source>{label}: {value} {unit} on {day}; one result in this period.</source>
            <translation>{label}：{day} 为 {value} {unit}；此期间只有一个结果。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="197" />
            <source>{start} to {end}, compared with the same number of days before:</source>
            <translation>{start} 至 {end}，与之前相同天数比较:</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="166" />
            <source>{symptom}: average {before} in the 90 days before {medicine} started on {day}; {after} in the 90 days from then.</source>
            <translation>{symptom}：{day} 开始服用 {medicine} 之前90天的平均值为 {before}；此后90天为 {after}。</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="83" />
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="88" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="83" />
            <source>Open the records</source>
            <translation>打开记录</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="123" />
            <source>Passphrase</source>
            <translation>密码短语</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="77" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="88" />
            <source>Quit without opening</source>
            <translation>不打开并退出</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="119" />
            <source>Recovery key</source>
            <translation>恢复密钥</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="146" />
            <source>The passphrase is not right.</source>
            <translation>密码短语不正确。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="144" />
            <source>The recovery key is not right.</source>
            <translation>恢复密钥不正确。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="114" />
            <source>Type the &amp;recovery key you wrote down (six groups of five letters and digits; spaces and dashes do not matter).</source>
            <translation>请输入您写下的恢复密钥（六组，每组五个字母或数字；空格和连字符无关紧要）(&amp;R)。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="121" />
            <source>Type your &amp;passphrase to open your records.</source>
            <translation>请输入密码短语以打开您的记录(&amp;P)。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="69" />
            <source>Use the &amp;recovery key</source>
            <translation>使用恢复密钥(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="72" />
            <source>Use the recovery key instead of the passphrase</source>
            <translation>使用恢复密钥代替密码短语</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/shell/unlock_dialog.py" line="169" />
            <source>Wait %n second(s) before the next try.</source>
            <translation>
                <numerusform>请等待 %n 秒后再试。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="55" />
            <source>{app} is locked</source>
            <translation>{app} 已锁定</translation>
        </message>
    </context>
    <context>
        <name>VisitCalendar</name>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="68" />
            <source>Choose the month</source>
            <translation>选择月份</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="69" />
            <source>Choose the year</source>
            <translation>选择年份</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="76" />
            <source>Days of the month; use the arrow keys</source>
            <translation>本月日期；可用方向键移动</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="50" />
            <source>Days with a visit are bold and underlined; pick one to see its visits.</source>
            <translation>有就诊的日期以粗体加下划线显示；选择一天即可查看其就诊。</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="40" />
            <source>Month calendar; days with a visit are bold and underlined</source>
            <translation>月历；有就诊的日期为粗体加下划线</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="67" />
            <source>Next month</source>
            <translation>下个月</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="120" />
            <source>No visit on {day}.</source>
            <translation>{day} 没有就诊。</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="66" />
            <source>Previous month</source>
            <translation>上个月</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="57" />
            <source>Visits on the chosen day</source>
            <translation>所选日期的就诊</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="122" />
            <source>Visits on {day}:</source>
            <translation>{day} 的就诊:</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="78" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../../ui/shell/welcome.py" line="148" />
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="114" />
            <source>1. Log how &amp;today feels</source>
            <translation>1. 记录今天的感受(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="120" />
            <source>2. Add your &amp;medicines</source>
            <translation>2. 添加您的药物(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="126" />
            <source>3. Enter your &amp;lab results</source>
            <translation>3. 输入化验结果(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="121" />
            <source>Add the medicines you take</source>
            <translation>添加您正在服用的药物</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="148" />
            <source>Close the welcome</source>
            <translation>关闭欢迎页</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="127" />
            <source>Enter the results of your latest lab report</source>
            <translation>输入最新化验报告的结果</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="168" />
            <source>Making up two years of records…</source>
            <translation>正在生成两年的虚构记录…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="132" />
            <source>Open a second window with made-up records, in a separate folder</source>
            <translation>在单独的文件夹中用虚构记录打开第二个窗口</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="115" />
            <source>Open today's check-in</source>
            <translation>打开今天的记录</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="183" />
            <source>The demo could not be started. Your own records are unchanged.</source>
            <translation>无法启动演示。您自己的记录没有改变。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="180" />
            <source>The demo opens in a second window (its records are in {folder}).</source>
            <translation>演示在第二个窗口中打开（其记录位于 {folder}）。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="138" />
            <source>The made-up records go into a new folder of their own and open in a second window; your own records are not touched.</source>
            <translation>虚构记录放在一个新的单独文件夹中，并在第二个窗口中打开；不会触及您自己的记录。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="131" />
            <source>Try it with made-up &amp;data…</source>
            <translation>用虚构数据试用…(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="92" />
            <source>Welcome to POEMS Tracker</source>
            <extracomment>Remembered window state: the welcome was shown once in this data folder.</extracomment>
            <translation>欢迎使用 POEMS Tracker</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="95" />
            <source>Welcome. Where would you like to start?</source>
            <translation>欢迎。您想从哪里开始？</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="104" />
            <source>Your records stay on this computer. Each step takes a minute, and you can come back to the others at any time from the buttons on the left.</source>
            <translation>您的记录只保存在这台电脑上。每一步只需一分钟，您可以随时通过左侧的按钮回到其他步骤。</translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message>
            <location filename="../../wording.py" line="181" />
            <source>as needed: {taken} taken ({per_day} a day)</source>
            <translation>按需：服用 {taken} 次（每天 {per_day} 次）</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="201" />
            <source>not recorded ({counts})</source>
            <translation>未记录（{counts}）</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="188" />
            <source>nothing was due</source>
            <translation>无应服剂量</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="204" />
            <source>{percent}% ({counts})</source>
            <translation>{percent}%（{counts}）</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="189" />
            <source>{taken} taken, {missed} missed, {skipped} skipped, {not_recorded} not recorded = {scheduled} scheduled</source>
            <translation>已服 {taken}，漏服 {missed}，跳过 {skipped}，未记录 {not_recorded} = 应服 {scheduled}</translation>
        </message>
    </context>
    <context>
        <name>WritePath</name>
        <message>
            <location filename="../../../poems_tracker/ui/shell/write_path.py" line="102" />
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/write_path.py" line="116" />
            <source>Please wait until the import, backup or restore has finished; nothing of this was saved yet.</source>
            <translation>请等待导入、备份或恢复完成；这些内容尚未保存。</translation>
        </message>
    </context>
    <context>
        <name>charts</name>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="303" />
            <source>% taken</source>
            <translation>服用率 (%)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="152" />
            <source>7-day average</source>
            <translation>7天平均</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="325" />
            <source>Apr</source>
            <translation>4月</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="337" />
            <source>Arm and leg function (inspired by the ONLS; 0 = not affected)</source>
            <translation>手臂与腿的功能（参考 ONLS；0 = 不受影响）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="316" />
            <source>Arms (0–5)</source>
            <translation>手臂 (0–5)</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="329" />
            <source>Aug</source>
            <translation>8月</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/cycle_heatmap.py" line="91" />
            <source>Average score by cycle day (0 none – 10 worst)</source>
            <translation>按周期日的平均分（0 无 – 10 最差）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/figures.py" line="146" />
            <source>Choose what to show on the left.</source>
            <translation>请选择左侧要显示的内容。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/cycle_heatmap.py" line="131" />
            <source>Cycle day</source>
            <translation>周期日</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="333" />
            <source>Dec</source>
            <translation>12月</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="102" />
            <source>Dots: average of
each {days} days</source>
            <translation>点：每 {days} 天的
平均值</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="100" />
            <source>Dots: daily values</source>
            <translation>点：每天的数值</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="323" />
            <source>Feb</source>
            <translation>2月</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="336" />
            <source>Grade</source>
            <translation>分级</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="236" />
            <source>High (above range)</source>
            <translation>偏高（高于范围）</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="322" />
            <source>Jan</source>
            <translation>1月</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="328" />
            <source>Jul</source>
            <translation>7月</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="327" />
            <source>Jun</source>
            <translation>6月</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="317" />
            <source>Legs (0–7)</source>
            <translation>腿 (0–7)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="237" />
            <source>Low (below range)</source>
            <translation>偏低（低于范围）</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="324" />
            <source>Mar</source>
            <translation>3月</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="326" />
            <source>May</source>
            <translation>5月</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/cycle_heatmap.py" line="86" />
            <source>Medicine</source>
            <translation>药物</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/figures.py" line="175" />
            <source>Medicines and treatments</source>
            <translation>药物与治疗</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="304" />
            <source>Medicines taken (% of scheduled doses)</source>
            <translation>已服药物（占应服剂量的 %）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/timeline.py" line="209" />
            <source>No medicines or treatments in this period.</source>
            <translation>此期间没有药物或治疗。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/cycle_heatmap.py" line="47" />
            <source>Nothing logged in these cycles.</source>
            <translation>这些周期内没有记录。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="77" />
            <source>Nothing recorded in this period.</source>
            <translation>此期间没有记录。</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="332" />
            <source>Nov</source>
            <translation>11月</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="331" />
            <source>Oct</source>
            <translation>10月</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="196" />
            <source>Reference range
(as reported)</source>
            <translation>参考范围
（按报告）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="176" />
            <source>Reference range
{low}–{high} {unit}</source>
            <translation>参考范围
{low}–{high} {unit}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="231" />
            <source>Results</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="136" />
            <source>Score 0–10</source>
            <translation>评分 0–10</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="330" />
            <source>Sep</source>
            <translation>9月</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="137" />
            <source>Symptoms (lines: 7-day average)</source>
            <translation>症状（线：7天平均）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="155" />
            <source>Weight</source>
            <translation>体重</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="154" />
            <source>kg</source>
            <translation>kg</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/figures.py" line="196" />
            <source>{day} {month}</source>
            <translation>{month}{day}日</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="267" />
            <source>{test} (log scale)</source>
            <translation>{test}（对数刻度）</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <location filename="../../ui/widgets/dialogs.py" line="79" />
            <source>Exported files are not encrypted: anyone who opens them can read them. Keep them somewhere private.</source>
            <translation>导出的文件没有加密：任何人打开都能读取。请把它们存放在私密的地方。</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../domain/schedules.py" line="194" />
            <source>"twice daily" needs exactly two times, like "twice daily at 08:00,20:00".</source>
            <translation>“twice daily” 需要正好两个时间，例如 “twice daily at 08:00,20:00”。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="304" />
            <source>"{cell}" in value: {reason}</source>
            <translation>value 中的 “{cell}”：{reason}</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="113" />
            <source>"{cell}" in {column} is not a number (use a point for decimals, e.g. 12.5).</source>
            <translation>{column} 中的 “{cell}” 不是数字（小数请用英文句点，例如 12.5）。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="57" />
            <source>"{cell}" in {column} is not a real date; write it as YYYY-MM-DD.</source>
            <translation>{column} 中的 “{cell}” 不是有效日期；请写成 YYYY-MM-DD。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="88" />
            <source>"{cell}" in {column} is not a time from 00:00 to 23:59 (HH:MM).</source>
            <translation>{column} 中的 “{cell}” 不是 00:00 到 23:59 之间的时间（HH:MM）。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="183" />
            <source>"{cell}" in {column} is not one of: {words}.</source>
            <translation>{column} 中的 “{cell}” 不是以下之一：{words}。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="312" />
            <source>"{cell}" in {column}: {reason}</source>
            <translation>{column} 中的 “{cell}”：{reason}</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="233" />
            <source>"{name}" is not a day name; use Mon, Tue, Wed, Thu, Fri, Sat or Sun.</source>
            <translation>“{name}” 不是星期名称；请使用 Mon、Tue、Wed、Thu、Fri、Sat 或 Sun。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="171" />
            <source>"{text}" is not a schedule this program knows; use for example "daily", "weekly on Mon" or "cycle 1-21 of 28".</source>
            <translation>“{text}” 不是本程序认识的服药安排；请使用例如 “daily”、“weekly on Mon” 或 “cycle 1-21 of 28”。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="61" />
            <source>"{unit}" is not a unit this program knows; choose one from the list, such as mg.</source>
            <extracomment>Units a dose may be written in, with the largest single dose that is still believable.</extracomment>
            <translation>“{unit}” 不是本程序认识的单位；请从列表中选择，例如 mg。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="245" />
            <source>A LOINC code looks like 12345-6.</source>
            <translation>LOINC 代码的格式类似 12345-6。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="213" />
            <source>A cycle can be at most {most} days long.</source>
            <translation>一个周期最长 {most} 天。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="132" />
            <source>A daily maximum of more than {most} doses is not believable; check the number.</source>
            <translation>每天最多超过 {most} 次不太可信；请核对数字。</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="263" />
            <source>A decryption of this folder was interrupted; run decrypt again to finish it first.</source>
            <translation>此文件夹的解密被中断了；请先再次运行 decrypt 完成它。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="178" />
            <location filename="../../domain/labs.py" line="212" />
            <source>A lab value cannot be negative.</source>
            <translation>化验值不能为负数。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="153" />
            <source>A medicine cannot stop before it started ({start}).</source>
            <translation>药物不能在开始日期（{start}）之前停用。</translation>
        </message>
        <message>
            <location filename="../../domain/validation.py" line="72" />
            <source>A note can hold up to {limit} characters; this one has {count}.</source>
            <translation>备注最多 {limit} 个字符；这条备注有 {count} 个。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="194" />
            <location filename="../../domain/labs.py" line="237" />
            <source>A reference limit cannot be negative.</source>
            <translation>参考值不能为负数。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="191" />
            <source>A reference limit is a number, e.g. 0.4, or empty.</source>
            <translation>参考值是数字（例如 0.4）或留空。</translation>
        </message>
        <message>
            <location filename="../../domain/validation.py" line="49" />
            <source>A score is a whole number from 0 to 10.</source>
            <translation>评分是 0 到 10 的整数。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_import.py" line="144" />
            <source>A second {name} in one import; import them one at a time.</source>
            <translation>一次导入中有第二个 {name}；请逐个导入。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="153" />
            <source>A symptom column appears twice.</source>
            <translation>同一症状列出现了两次。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="221" />
            <source>A text result has no unit; leave the unit empty.</source>
            <translation>文字结果没有单位；请将单位留空。</translation>
        </message>
        <message>
            <location filename="../../store/labs.py" line="34" />
            <source>A {test} result for {day} is already stored.</source>
            <translation>{day} 的 {test} 结果已保存。</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="168" />
            <source>All five tasks are prevented: please say whether any purposeful arm movement is left.</source>
            <translation>五项动作都做不到：请说明手臂是否还能做有目的的动作。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="142" />
            <source>An as-needed schedule has no times; write "as needed" or "as needed, max 4 per day".</source>
            <translation>按需服药没有固定时间；请写 “as needed” 或 “as needed, max 4 per day”。</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="271" />
            <source>An encryption of this folder was interrupted; run any command with the passphrase to finish it.</source>
            <translation>此文件夹的加密被中断了；请使用密码短语运行任意命令来完成它。</translation>
        </message>
        <message>
            <location filename="../../domain/validation.py" line="42" />
            <source>Answer yes or no.</source>
            <translation>请回答是或否。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="122" />
            <source>Choose how often the medicine is taken.</source>
            <translation>请选择服药频率。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="221" />
            <source>Day {last} is outside a {length}-day cycle.</source>
            <translation>第 {last} 天超出了 {length} 天的周期。</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="134" />
            <source>Each arm task is answered unaffected, affected or prevented.</source>
            <translation>每项手臂动作的回答为不受影响、受影响或做不到。</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="164" />
            <source>Give the date of the visit.</source>
            <translation>请填写就诊日期。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="96" />
            <source>Give the medicine a name.</source>
            <translation>请填写药物名称。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="208" />
            <source>Give the test a name.</source>
            <translation>请填写化验项目名称。</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="177" />
            <source>Give the time of the visit, like 10:30.</source>
            <translation>请填写就诊时间，例如 10:30。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="241" />
            <source>List the days in week order, Mon to Sun, each once.</source>
            <translation>请按星期顺序（Mon 到 Sun）列出日期，每天一次。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="184" />
            <source>List the times from earliest to latest, each once.</source>
            <translation>请按从早到晚列出时间，每个一次。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="411" />
            <source>No appointment on {day} at {time} with "{provider}" is in appointments.csv or stored.</source>
            <translation>appointments.csv 和已保存的数据中都没有 {day} {time} 与 “{provider}” 的预约。</translation>
        </message>
        <message>
            <location filename="../../errors.py" line="62" />
            <location filename="../../store/encryption.py" line="256" />
            <source>No database here ({folder}).</source>
            <translation>这里没有数据库（{folder}）。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="167" />
            <source>That day is still to come; a dose can be marked on the day or later.</source>
            <translation>那一天还没到；服药可以在当天或之后记录。</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="193" />
            <source>The arm grade {given} does not match the answers, which give {grade}.</source>
            <translation>手臂分级 {given} 与回答不符，回答得出的是 {grade}。</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="220" />
            <source>The backup {path} did not match the database and was removed.</source>
            <translation>备份 {path} 与数据库不一致，已将其删除。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="145" />
            <source>The column "{column}" is no symptom: add it to custom_symptoms.csv or remove it.</source>
            <translation>列 “{column}” 不是症状：请将其加入 custom_symptoms.csv 或删除。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/write_path.py" line="82" />
            <source>The data folder cannot be written to; nothing of this was saved.</source>
            <translation>无法写入数据文件夹；这些内容均未保存。</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="205" />
            <source>The data folder {path} cannot be written to (it is read-only); nothing was changed.</source>
            <translation>无法写入数据文件夹 {path}（它是只读的）；没有任何更改。</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="216" />
            <source>The database is in use by another program, which did not finish within a few seconds; nothing was changed. Close the other program and try again.</source>
            <translation>数据库正被另一个程序使用，几秒内没有结束；没有任何更改。请关闭另一个程序后重试。</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="235" />
            <source>The database is in use by another program; close POEMS Tracker and try again.</source>
            <translation>数据库正被另一个程序使用；请关闭 POEMS Tracker 后重试。</translation>
        </message>
        <message>
            <location filename="../../store/database.py" line="210" />
            <source>The database {path} is damaged (problems found by SQLite's check: {count}) and was left untouched.</source>
            <translation>数据库 {path} 已损坏（SQLite 检查发现的问题：{count} 个），未对其做任何改动。</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="227" />
            <source>The database {path} is damaged and cannot be read ({reason}).</source>
            <translation>数据库 {path} 已损坏，无法读取（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="204" />
            <location filename="../../domain/validation.py" line="33" />
            <source>The date is in the future; pick today or an earlier day.</source>
            <translation>日期在未来；请选择今天或更早的日期。</translation>
        </message>
        <message>
            <location filename="../../domain/patient_details.py" line="14" />
            <source>The date of birth is in the future; check the year.</source>
            <translation>出生日期在未来；请检查年份。</translation>
        </message>
        <message>
            <location filename="../../domain/patient_details.py" line="16" />
            <source>The date of birth is more than 130 years ago; check the year.</source>
            <translation>出生日期早于 130 年前；请检查年份。</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="172" />
            <source>The date {text} is not a real date; write it like 2025-03-14.</source>
            <translation>日期 {text} 不是有效日期；请写成 2025-03-14 这样的格式。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="204" />
            <source>The days between doses must be from 1 to {most}.</source>
            <translation>服药间隔天数必须在 1 到 {most} 之间。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="220" />
            <source>The description is too long; keep it under 2000 letters.</source>
            <translation>描述太长；请控制在 2000 字以内。</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="221" />
            <source>The disk could not be read or written ({reason}); nothing of this was saved, and what was saved before is safe.</source>
            <translation>无法读写磁盘（{reason}）；这次的内容没有保存，之前保存的内容安然无恙。</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="200" />
            <location filename="../../ui/shell/write_path.py" line="73" />
            <source>The disk is full or cannot be written; nothing of this was saved, and what was saved before is safe. Free some space and try again.</source>
            <extracomment>How long a command waits for another program's write to finish before giving up.</extracomment>
            <translation>磁盘已满或无法写入；这些内容均未保存，之前保存的内容是安全的。请释放一些空间后重试。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="70" />
            <source>The dose must be more than 0.</source>
            <translation>剂量必须大于 0。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="213" />
            <source>The end date comes before the start date; check the dates.</source>
            <translation>结束日期早于开始日期；请核对日期。</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="196" />
            <source>The end time {text} is not a time of day; write it like 11:00.</source>
            <translation>结束时间 {text} 不是有效时间；请写成 11:00 这样的格式。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="193" />
            <location filename="../../exchange/csv_rows.py" line="436" />
            <source>The end_date {end} is before the start_date {start}.</source>
            <translation>end_date {end} 早于 start_date {start}。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="366" />
            <source>The end_time {end} is before the time {start}.</source>
            <translation>end_time {end} 早于 time {start}。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_format.py" line="274" />
            <location filename="../../exchange/csv_import.py" line="224" />
            <source>The file is empty; it needs at least its header line.</source>
            <translation>文件是空的；至少需要表头行。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_format.py" line="228" />
            <source>The file is not UTF-8 text (unreadable bytes on this line); save it as "CSV UTF-8" and try again.</source>
            <translation>文件不是 UTF-8 文本（此行有无法读取的字节）；请另存为 “CSV UTF-8” 后重试。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_format.py" line="269" />
            <source>The file is {size} MB; files larger than {limit} MB are not imported.</source>
            <translation>文件大小为 {size} MB；超过 {limit} MB 的文件不会导入。</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="64" />
            <source>The file {name}, set aside earlier as damaged, cannot be read, so it cannot be decrypted: move it out of {folder} (keep it if you hope to rescue something from it) or delete it, then try again. Nothing was changed.</source>
            <translation>之前作为已损坏文件另放的 {name} 无法读取，因此无法解密：请把它移出 {folder}（如果希望从中挽救内容，请保留它）或将其删除，然后重试。没有任何更改。</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="58" />
            <source>The file {name}, set aside earlier as damaged, cannot be read, so it cannot be encrypted: move it out of {folder} (keep it if you hope to rescue something from it) or delete it, then try again. Nothing was changed.</source>
            <extracomment>Why a file set aside as damaged stops encryption or decryption: whole sentences, so that each language can word them (a participle put into one sentence could not be translated).</extracomment>
            <translation>之前作为已损坏文件另放的 {name} 无法读取，因此无法加密：请把它移出 {folder}（如果希望从中挽救内容，请保留它）或将其删除，然后重试。没有任何更改。</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="118" />
            <source>The file {path} cannot be opened ({reason}).</source>
            <translation>无法打开文件 {path}（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../store/cipher.py" line="148" />
            <source>The file {path} cannot be opened with the key of this data folder; it is damaged or belongs to another folder.</source>
            <translation>无法用此数据文件夹的密钥打开文件 {path}；它已损坏或属于另一个文件夹。</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="212" />
            <source>The file {path} cannot be opened with this key; it is damaged or belongs to another folder. Nothing was changed.</source>
            <translation>无法用此密钥打开文件 {path}；它已损坏或属于另一个文件夹。没有任何更改。</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="106" />
            <source>The file {path} cannot be read ({reason}).</source>
            <extracomment>Copies taken before a restore, import or migration are kept this long whatever the rest.</extracomment>
            <translation>无法读取文件 {path}（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../store/database.py" line="188" />
            <source>The file {path} is a database of another program, not a POEMS Tracker database.</source>
            <translation>文件 {path} 是另一个程序的数据库，不是 POEMS Tracker 的数据库。</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="147" />
            <source>The file {path} is damaged ({reason}).</source>
            <translation>文件 {path} 已损坏（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="126" />
            <source>The file {path} is damaged.</source>
            <translation>文件 {path} 已损坏。</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="112" />
            <location filename="../../store/backup.py" line="140" />
            <source>The file {path} is not a POEMS Tracker backup.</source>
            <translation>文件 {path} 不是 POEMS Tracker 的备份。</translation>
        </message>
        <message>
            <location filename="../../store/database.py" line="196" />
            <source>The file {path} is not a POEMS Tracker database.</source>
            <translation>文件 {path} 不是 POEMS Tracker 的数据库。</translation>
        </message>
        <message>
            <location filename="../../store/database.py" line="238" />
            <source>The file {path} is not a database; it was left untouched.</source>
            <translation>文件 {path} 不是数据库；未对其做任何改动。</translation>
        </message>
        <message>
            <location filename="../../store/restore.py" line="70" />
            <source>The file {path} is the database itself, not a backup.</source>
            <extracomment>A restore gives up (nothing changed) when another program holds the database this long.</extracomment>
            <translation>文件 {path} 是数据库本身，不是备份。</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="131" />
            <source>The file {path} was written by a newer version of POEMS Tracker; please update the program first.</source>
            <translation>文件 {path} 由更新版本的 POEMS Tracker 写入；请先更新本程序。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="217" />
            <source>The first medicine day of the cycle must not come after the last one.</source>
            <translation>周期中第一个服药日不能晚于最后一个服药日。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="60" />
            <source>The header must be exactly: {columns}.</source>
            <translation>表头必须完全是：{columns}。</translation>
        </message>
        <message>
            <location filename="../../domain/patient_details.py" line="17" />
            <source>The hospital number is longer than {limit} characters; check it on a letter.</source>
            <translation>病历号超过 {limit} 个字符；请对照医院文件检查。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="103" />
            <source>The key "{key}" is not allowed: use lower-case letters, digits and _, start with a letter, and no built-in name.</source>
            <translation>键 “{key}” 不可用：请使用小写字母、数字和 _，以字母开头，且不要使用内置名称。</translation>
        </message>
        <message>
            <location filename="../../store/keys.py" line="192" />
            <source>The key file keys.json is damaged; the records cannot be opened.</source>
            <translation>密钥文件 keys.json 已损坏；无法打开记录。</translation>
        </message>
        <message>
            <location filename="../../store/keys.py" line="216" />
            <location filename="../../store/keys.py" line="221" />
            <source>The key file {path} is damaged; the records cannot be opened.</source>
            <translation>密钥文件 {path} 已损坏；无法打开记录。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="111" />
            <source>The last day comes before the first day; check the dates.</source>
            <translation>最后一天早于第一天；请核对日期。</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="183" />
            <source>The leg answer is a whole number from {low} to {high}.</source>
            <translation>腿部的回答是 {low} 到 {high} 的整数。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="101" />
            <source>The name is too long; keep it under {most} letters.</source>
            <translation>名称太长；请控制在 {most} 个字以内。</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="156" />
            <source>The question about purposeful arm movement is only answered when all five tasks are prevented.</source>
            <translation>只有五项动作都做不到时，才回答手臂能否做有目的动作的问题。</translation>
        </message>
        <message>
            <location filename="../../store/cipher.py" line="67" />
            <source>The records are encrypted; give the passphrase or the recovery key first.</source>
            <extracomment>Asks for the secret that opens a keys file (the command line prompts on the terminal or reads --passphrase-file); returns the data key or raises a PoemsError.</extracomment>
            <translation>记录已加密；请先提供密码短语或恢复密钥。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/write_path.py" line="62" />
            <source>The records are in use by another program; nothing of this was saved. Try again in a moment.</source>
            <extracomment>Where a failure is said: a status line of the page, a function taking the sentence, a form's `show` wrapped in `FieldSay` (a `ValidationError` names its field), or None for a message box over PARENT.</extracomment>
            <translation>记录正被另一个程序使用；这些内容均未保存。请稍后重试。</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="259" />
            <source>The records in {folder} are already encrypted.</source>
            <translation>{folder} 中的记录已经加密。</translation>
        </message>
        <message>
            <location filename="../../store/keys.py" line="207" />
            <source>The records in {folder} are encrypted, but their key file keys.json is missing; put it back beside tracker.db.</source>
            <translation>{folder} 中的记录已加密，但其密钥文件 keys.json 不见了；请把它放回 tracker.db 旁边。</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="318" />
            <location filename="../../store/encryption.py" line="348" />
            <source>The records in {folder} are not encrypted.</source>
            <translation>{folder} 中的记录没有加密。</translation>
        </message>
        <message>
            <location filename="../../store/keys.py" line="83" />
            <location filename="../../store/keys.py" line="140" />
            <source>The recovery key is not right.</source>
            <extracomment>Crockford's base 32: digits and letters without I, L, O, U (nothing to confuse by hand).</extracomment>
            <translation>恢复密钥不正确。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="241" />
            <location filename="../../exchange/csv_rows.py" line="319" />
            <source>The reference low is above the high; check the two limits.</source>
            <translation>参考范围下限高于上限；请核对两个值。</translation>
        </message>
        <message>
            <location filename="../../store/restore.py" line="93" />
            <source>The restored database does not match the backup {path}.</source>
            <translation>恢复后的数据库与备份 {path} 不一致。</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="196" />
            <source>The rewritten copy of {path} did not match it; nothing was changed.</source>
            <translation>{path} 的重写副本与原文件不一致；没有任何更改。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="125" />
            <source>The schedule has extra spaces; write it like "daily at 08:00,20:00".</source>
            <translation>服药安排中有多余的空格；请写成 “daily at 08:00,20:00”。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="118" />
            <source>The symptom "{key}" already has values as {stored}; its kind cannot change to {kind}.</source>
            <translation>症状 “{key}” 已有 {stored} 类型的数值；其类型不能改为 {kind}。</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="185" />
            <source>The time {text} is not a time of day; write it like 10:30.</source>
            <translation>时间 {text} 不是有效时间；请写成 10:30 这样的格式。</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="148" />
            <location filename="../../domain/appointments.py" line="205" />
            <source>The visit ends before it starts; check the end time.</source>
            <translation>就诊结束早于开始；请核对结束时间。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="39" />
            <source>The {column} cell is empty; it is needed.</source>
            <translation>{column} 单元格为空；这是必填项。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="106" />
            <source>The {column} cell is empty; it needs a number.</source>
            <translation>{column} 单元格为空；需要一个数字。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="148" />
            <source>The {column} cell is empty; it needs a whole number from {low} to {high}.</source>
            <translation>{column} 单元格为空；需要 {low} 到 {high} 的整数。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="49" />
            <source>The {column} cell is empty; write a date as YYYY-MM-DD.</source>
            <translation>{column} 单元格为空；请按 YYYY-MM-DD 写日期。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="80" />
            <source>The {column} cell is empty; write a time as HH:MM.</source>
            <translation>{column} 单元格为空；请按 HH:MM 写时间。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="64" />
            <source>The {column} {cell} is after today; only days that have happened can have records here.</source>
            <translation>{column} {cell} 晚于今天；这里只能记录已经过去的日子。</translation>
        </message>
        <message>
            <location filename="../../store/appointments.py" line="119" />
            <source>There is already a visit with {provider} at that date and time.</source>
            <translation>该日期和时间已有与 {provider} 的就诊。</translation>
        </message>
        <message>
            <location filename="../../store/medications.py" line="308" />
            <source>There is already an event of this kind starting on {day}.</source>
            <translation>已有一个同类事件于 {day} 开始。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="265" />
            <source>There is no medicine called "{name}" in medications.csv or among the stored ones.</source>
            <translation>medications.csv 和已保存的药物中都没有名为 “{name}” 的药物。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_import.py" line="133" />
            <source>There is no such file or folder.</source>
            <translation>没有这个文件或文件夹。</translation>
        </message>
        <message>
            <location filename="../../domain/validation.py" line="86" />
            <source>There is no symptom called {key}.</source>
            <translation>没有名为 {key} 的症状。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="222" />
            <source>This course of {name} overlaps the one that starts on {other}; courses of one medicine never overlap.</source>
            <translation>这段 {name} 疗程与从 {other} 开始的疗程重叠；同一药物的疗程不能重叠。</translation>
        </message>
        <message>
            <location filename="../../store/database.py" line="178" />
            <source>This database was written by a newer version of POEMS Tracker (schema {found}, this program knows up to {known}); please update the program.</source>
            <translation>此数据库由更新版本的 POEMS Tracker 写入（架构 {found}，本程序最多支持到 {known}）；请更新本程序。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_import.py" line="126" />
            <source>This is not one of the files import reads ({names}).</source>
            <extracomment>Progress is reported every this many records.</extracomment>
            <translation>这不是导入会读取的文件之一（{names}）。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_format.py" line="256" />
            <source>This line cannot be read as CSV ({reason}).</source>
            <translation>此行无法按 CSV 读取（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_format.py" line="212" />
            <source>This line is longer than {limit} MB; the file is not a POEMS Tracker CSV file.</source>
            <extracomment>File name -&gt; its columns, in the order of interfaces.md. symptoms.csv also takes custom symptom columns between `swelling` and `weight_kg`. The order import reads files in: a file may refer to records of a file read before it. Files larger than this are refused up front, with the limit named; ten years of records take about 2 MB, so this leaves room for decades while keeping an import quick. One physical line may not be longer than this (a file without line breaks is not ours). The longest cell read: a note at the domain's limit, plus room for its escape character.</extracomment>
            <translation>此行超过 {limit} MB；该文件不是 POEMS Tracker 的 CSV 文件。</translation>
        </message>
        <message>
            <location filename="../../store/medications.py" line="136" />
            <source>This medicine has recorded doses; stop it instead, or delete its doses too.</source>
            <translation>此药物已有服药记录；请改为停用，或同时删除其服药记录。</translation>
        </message>
        <message>
            <location filename="../../store/medications.py" line="103" />
            <location filename="../../store/medications.py" line="115" />
            <location filename="../../store/medications.py" line="230" />
            <source>This medicine is no longer stored; it may have been deleted.</source>
            <translation>此药物已不在保存的数据中；可能已被删除。</translation>
        </message>
        <message>
            <location filename="../../store/labs.py" line="141" />
            <source>This result breaks a rule of the database and was not stored ({reason}).</source>
            <translation>此结果违反数据库规则，未保存（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_import.py" line="267" />
            <source>This row cannot be stored ({reason}).</source>
            <translation>此行无法保存（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="85" />
            <source>This row has the same {key} as line {line}; each may appear once.</source>
            <translation>此行与第 {line} 行的 {key} 相同；每个只能出现一次。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_import.py" line="258" />
            <source>This row has {cells} cells; the header has {columns}.</source>
            <translation>此行有 {cells} 个单元格；表头有 {columns} 个。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="215" />
            <source>This test has a text result, not a number.</source>
            <translation>此化验项目的结果是文字，不是数字。</translation>
        </message>
        <message>
            <location filename="../../store/appointments.py" line="140" />
            <source>This visit cannot be stored: {reason}.</source>
            <translation>此就诊无法保存：{reason}。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="198" />
            <source>This would be dose {number} of {name} today; the most you set is {most} a day. Record it anyway?</source>
            <translation>这将是今天第 {number} 次服用 {name}；您设定的上限是每天 {most} 次。仍要记录吗？</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="176" />
            <location filename="../../domain/labs.py" line="218" />
            <source>Type a number, e.g. 12.5 or &lt;0.1.</source>
            <translation>请输入数字，例如 12.5 或 &lt;0.1。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="210" />
            <source>Type a value or leave the row out.</source>
            <translation>请输入数值，或不填这一行。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="158" />
            <source>Type the result as written on the report.</source>
            <translation>请按化验单上的写法输入结果。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="55" />
            <source>Unknown column "{column}"; the columns of {file} are: {columns}.</source>
            <extracomment>lower-case user lab test name -&gt; 'numeric'/'text', for tests new in this import</extracomment>
            <translation>未知列 “{column}”；{file} 的列为：{columns}。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="171" />
            <source>Use a point for decimals, e.g. 12.5, and no thousands separator.</source>
            <translation>小数请用英文句点（例如 12.5），不要用千位分隔符。</translation>
        </message>
        <message>
            <location filename="../../domain/validation.py" line="60" />
            <source>Weight must be between {low} and {high} kg.</source>
            <translation>体重必须在 {low} 到 {high} kg 之间。</translation>
        </message>
        <message>
            <location filename="../../domain/patient_details.py" line="15" />
            <source>Write the date of birth as year-month-day, for example 1961-04-02.</source>
            <translation>请按 年-月-日 填写出生日期，例如 1961-04-02。</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="213" />
            <source>Write the question first.</source>
            <translation>请先写下问题。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="168" />
            <source>Write the schedule's words in lower case, like "weekly on Mon".</source>
            <translation>服药安排的词请用小写，例如 “weekly on Mon”。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="155" />
            <source>Write times as HH:MM (24 hours) separated by commas, like "at 08:00,20:00".</source>
            <translation>时间请写成 HH:MM（24小时制），用逗号分隔，例如 “at 08:00,20:00”。</translation>
        </message>
        <message>
            <location filename="../../store/appointments.py" line="208" />
            <source>You already noted this question that day.</source>
            <translation>您那天已经记下了这个问题。</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="209" />
            <source>You have no permission to use {path}; nothing was changed. It may belong to another user.</source>
            <translation>您没有使用 {path} 的权限；没有任何更改。它可能属于另一个用户。</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="144" />
            <source>You said there are no symptoms in your arms, yet a task is affected; change one of the two.</source>
            <translation>您说手臂没有症状，但有动作受影响；请修改其中一个。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="162" />
            <source>{column} must be a whole number from {low} to {high}; it is "{cell}".</source>
            <translation>{column} 必须是 {low} 到 {high} 的整数；当前为 “{cell}”。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="123" />
            <source>{column} must be above {limit}; it is {cell}.</source>
            <translation>{column} 必须大于 {limit}；当前为 {cell}。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="131" />
            <source>{column} must be between {low} and {high}; it is {cell}.</source>
            <translation>{column} 必须在 {low} 到 {high} 之间；当前为 {cell}。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="75" />
            <source>{dose} {unit} at once is not believable; check the number.</source>
            <translation>一次 {dose} {unit} 不太可信；请核对数字。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="120" />
            <source>{name} is already recorded from {start}; a course of the same medicine cannot overlap it. Stop that one first.</source>
            <translation>{name} 已从 {start} 开始记录；同一药物的疗程不能重叠。请先停用那个疗程。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="183" />
            <source>{name} was not being taken on {day}. Record the dose anyway?</source>
            <translation>{day} 当天没有在服用 {name}。仍要记录这次服药吗？</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="226" />
            <source>{path} does not exist; nothing was changed.</source>
            <translation>{path} 不存在；没有任何更改。</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="197" />
            <source>{path} is a folder; give a file name for the backup.</source>
            <translation>{path} 是一个文件夹；请为备份指定文件名。</translation>
        </message>
        <message>
            <location filename="../../errors.py" line="52" />
            <source>{path} is a symbolic link; POEMS Tracker does not follow links in its data folder, so nothing was changed.</source>
            <translation>{path} 是一个符号链接；POEMS Tracker 不会跟随其数据文件夹中的链接，因此没有任何更改。</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="213" />
            <source>{path} is not a folder (a file of that name is in the way); nothing was changed.</source>
            <translation>{path} 不是文件夹（有一个同名文件挡住了）；没有任何更改。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="227" />
            <source>{test} is not measured in "{unit}"; use one of: {units}.</source>
            <translation>{test} 不以 “{unit}” 为单位；请使用以下之一：{units}。</translation>
        </message>
    </context>
    <context>
        <name>events</name>
        <message>
            <location filename="../../charts/timeline.py" line="25" />
            <location filename="../../domain/markers.py" line="47" />
            <location filename="../../domain/medication_catalog.py" line="196" />
            <source>Chemotherapy</source>
            <translation>化疗</translation>
        </message>
        <message>
            <location filename="../../charts/timeline.py" line="22" />
            <location filename="../../domain/medication_catalog.py" line="193" />
            <source>Diagnosis</source>
            <extracomment>Treatment event kinds in plain words (context "events"), in the order the window lists them.</extracomment>
            <translation>确诊</translation>
        </message>
        <message>
            <location filename="../../charts/timeline.py" line="26" />
            <location filename="../../domain/medication_catalog.py" line="197" />
            <source>Hospital stay</source>
            <translation>住院</translation>
        </message>
        <message>
            <location filename="../../charts/timeline.py" line="28" />
            <location filename="../../domain/medication_catalog.py" line="199" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../charts/timeline.py" line="27" />
            <location filename="../../domain/markers.py" line="48" />
            <location filename="../../domain/medication_catalog.py" line="198" />
            <source>Procedure</source>
            <translation>操作/手术</translation>
        </message>
        <message>
            <location filename="../../charts/timeline.py" line="24" />
            <location filename="../../domain/markers.py" line="46" />
            <location filename="../../domain/medication_catalog.py" line="195" />
            <source>Radiotherapy</source>
            <translation>放疗</translation>
        </message>
        <message>
            <location filename="../../charts/timeline.py" line="23" />
            <location filename="../../domain/markers.py" line="45" />
            <location filename="../../domain/medication_catalog.py" line="194" />
            <source>Stem cell transplant</source>
            <extracomment>The treatment kinds in words (same texts and context as the charts' event labels).</extracomment>
            <translation>干细胞移植</translation>
        </message>
    </context>
    <context>
        <name>function</name>
        <message>
            <location filename="../../domain/function_check.py" line="35" />
            <source>Affected, still possible</source>
            <translation>受影响，仍能做到</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="61" />
            <source>Any symptoms in your arms or hands at all?</source>
            <translation>手臂或手上有任何症状吗？</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="62" />
            <source>Can you still make any purposeful movement with your arms?</source>
            <translation>手臂还能做任何有目的的动作吗？</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="28" />
            <source>Doing up buttons and zips</source>
            <translation>扣纽扣、拉拉链</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="24" />
            <source>Dressing the upper body (not buttons)</source>
            <extracomment>The five arm tasks in the order of the page and of function.csv: (field, plain words).</extracomment>
            <translation>穿上衣（不含扣纽扣）</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="48" />
            <source>I am in bed or a chair most of the day, with no purposeful leg movement</source>
            <translation>我一天中大部分时间在床上或椅子上，腿不能做有目的的动作</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="45" />
            <source>I need support on both sides to walk 10 metres</source>
            <translation>走10米需要两侧支撑</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="44" />
            <source>I need support on one side (stick, crutch, an arm) to walk 10 metres</source>
            <translation>走10米需要一侧支撑（手杖、拐杖、他人的手臂）</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="47" />
            <source>I use a wheelchair and cannot stand or walk a few steps with help</source>
            <translation>我使用轮椅，有人帮忙也不能站立或走几步</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="46" />
            <source>I use a wheelchair, but can stand and walk a few steps with help</source>
            <translation>我使用轮椅，但有人帮忙能站立并走几步</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="43" />
            <source>I walk on my own, but my walk looks different</source>
            <translation>我能独立行走，但走路姿势看起来不一样</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="65" />
            <source>Inspired by the ONLS — a record for your doctor, not an assessment.</source>
            <translation>参考 ONLS 设计——这是给医生看的记录，不是评估。</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="34" />
            <source>Not affected</source>
            <extracomment>Plain words for each answer to a task.</extracomment>
            <translation>不受影响</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="36" />
            <source>Prevented</source>
            <translation>做不到</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="26" />
            <source>Turning a key in a lock</source>
            <translation>用钥匙开锁</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="27" />
            <source>Using a knife and fork (or a spoon)</source>
            <translation>使用刀叉（或勺子）</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="42" />
            <source>Walking is affected, but my walk looks normal</source>
            <translation>走路受影响，但姿势看起来正常</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="41" />
            <source>Walking, running and stairs are not affected</source>
            <extracomment>The one leg answer, index = leg grade 0–7.</extracomment>
            <translation>走路、跑步和上下楼梯都不受影响</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="25" />
            <source>Washing and brushing your hair</source>
            <translation>洗头、梳头</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="55" />
            <source>a task affected, none prevented</source>
            <translation>有动作受影响，没有做不到的</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="57" />
            <source>all five prevented, some purposeful arm movement left</source>
            <translation>五项都做不到，手臂还能做些有目的的动作</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="56" />
            <source>at least one task prevented, not all</source>
            <translation>至少一项做不到，但不是全部</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="58" />
            <source>no purposeful arm movement</source>
            <translation>手臂不能做有目的的动作</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="53" />
            <source>no symptoms in the arms</source>
            <extracomment>What each arm grade means, in plain words, index = arm grade 0–5.</extracomment>
            <translation>手臂无症状</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="54" />
            <source>symptoms, but no task affected</source>
            <translation>有症状，但没有动作受影响</translation>
        </message>
    </context>
    <context>
        <name>lab_reports</name>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="152" />
            <source>Lab reports are read from .pdf, .txt or .json files.</source>
            <translation>化验报告只能从 .pdf、.txt 或 .json 文件读取。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="165" />
            <source>The file cannot be opened ({reason}).</source>
            <translation>无法打开该文件（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="85" />
            <source>The file is empty.</source>
            <translation>该文件是空的。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="97" />
            <source>The file is not UTF-8 text; save it as UTF-8 and try again.</source>
            <translation>该文件不是 UTF-8 文本；请另存为 UTF-8 后重试。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="77" />
            <source>The file is {size} MB; files larger than {limit} MB are not read.</source>
            <translation>该文件大小为 {size} MB；超过 {limit} MB 的文件不会被读取。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="144" />
            <source>There is no such file or folder.</source>
            <translation>没有这个文件或文件夹。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="65" />
            <source>This JSON file is not FHIR (it has no resourceType).</source>
            <translation>这个 JSON 文件不是 FHIR（没有 resourceType）。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/pdf_text.py" line="61" />
            <source>This PDF cannot be read; it may be damaged.</source>
            <translation>无法读取此 PDF；它可能已损坏。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/pdf_text.py" line="65" />
            <source>This PDF has no text, only images (a scan); copy the values by hand or ask the lab for a PDF with text.</source>
            <translation>此 PDF 没有文字，只有图像（扫描件）；请手动输入数值，或向化验室索取带文字的 PDF。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/pdf_text.py" line="38" />
            <source>This PDF has {pages} pages; lab reports of more than {limit} pages are not read.</source>
            <translation>此 PDF 有 {pages} 页；超过 {limit} 页的化验报告不会被读取。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/pdf_text.py" line="30" />
            <location filename="../../exchange/lab_reports/pdf_text.py" line="55" />
            <source>This PDF is locked with a password; save it without one and try again.</source>
            <extracomment>A lab report is a few pages; a longer PDF is something else (and would take long).</extracomment>
            <translation>此 PDF 受密码保护；请另存为无密码的文件后重试。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="106" />
            <source>This file is not JSON, so it cannot be FHIR.</source>
            <translation>该文件不是 JSON，因此不可能是 FHIR。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="56" />
            <source>This text is longer than a lab report can be (more than {limit} lines or {size} MB), so it is not read.</source>
            <extracomment>The same limit as the CSV import: larger files are refused before a byte is read. A lab report's text is a few pages; more lines than this is not a lab report, and reading it line by line would keep the patient waiting (about 0.3 ms a line).</extracomment>
            <translation>这段文本比化验报告可能的长度还长（超过 {limit} 行或 {size} MB），因此不会读取。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="208" />
            <location filename="../../exchange/lab_reports/text_reader.py" line="151" />
            <source>a negative value</source>
            <translation>数值为负</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="183" />
            <source>a second number ({number}) on the line</source>
            <translation>该行还有第二个数字（{number}）</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="88" />
            <source>a {kind} resource holds no lab result</source>
            <translation>{kind} 资源不含化验结果</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/model.py" line="203" />
            <source>another line gives a different {test} for {date}</source>
            <extracomment>The translation context of TEMPLATE: "lab_reports", or "errors" for domain checks. Why the document gives no certain date (a template and its fields), when day is None. Files that are not lab reports, left alone (in a folder).</extracomment>
            <translation>另一行给出了 {date} 不同的 {test} 结果</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="207" />
            <source>no unit</source>
            <translation>没有单位</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="189" />
            <location filename="../../exchange/lab_reports/text_reader.py" line="148" />
            <source>serum or plasma is not said</source>
            <translation>未说明是血清还是血浆</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="205" />
            <source>the comparator {sign} cannot be stored</source>
            <translation>比较符号 {sign} 无法保存</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/words.py" line="155" />
            <source>the date {date} could be {one} or {other}; give --date</source>
            <translation>日期 {date} 可能是 {one} 也可能是 {other}；请用 --date 指定</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="302" />
            <source>the lab's flag does not fit the value and the range</source>
            <translation>化验室的标记与数值和参考范围不符</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/words.py" line="64" />
            <source>the number {number} could be read in two ways</source>
            <translation>数字 {number} 有两种读法</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="222" />
            <source>the range is in another unit than the value</source>
            <translation>参考范围的单位与数值的单位不同</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="212" />
            <source>the range {low}–{high} is upside down</source>
            <translation>参考范围 {low}–{high} 上下颠倒</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="384" />
            <source>the report does not say when the sample was taken; give --date</source>
            <translation>报告没有说明采样日期；请用 --date 指定</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="380" />
            <source>the report gives two sample dates ({dates}); give --date</source>
            <extracomment>A result line (even two results side by side) is short; a longer line is prose or noise, and skipping it keeps a large file from taking long.</extracomment>
            <translation>报告中有两个采样日期（{dates}）；请用 --date 指定</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="106" />
            <source>the report refers to a result that is not in the file</source>
            <translation>报告引用了文件中没有的结果</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="233" />
            <source>the result has no date (effectiveDateTime)</source>
            <translation>该结果没有日期（effectiveDateTime）</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="201" />
            <source>the result has no number</source>
            <translation>该结果没有数值</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="230" />
            <source>the result has no value this program can store</source>
            <translation>该结果没有本程序可以保存的值</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="170" />
            <source>the result is marked {status}</source>
            <translation>该结果被标记为 {status}</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="143" />
            <source>the value does not follow the test's name</source>
            <translation>数值没有紧跟在检验名称之后</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="189" />
            <source>the words {words} are not understood</source>
            <translation>无法理解“{words}”</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="192" />
            <source>two units on one line ({units})</source>
            <translation>一行中有两个单位（{units}）</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="214" />
            <location filename="../../exchange/lab_reports/text_reader.py" line="269" />
            <source>unit {unit} is not one of {units}</source>
            <translation>单位 {unit} 不是 {units} 之一</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="184" />
            <location filename="../../exchange/lab_reports/text_reader.py" line="132" />
            <location filename="../../exchange/lab_reports/text_reader.py" line="335" />
            <source>{name} is not a test of the program's list</source>
            <extracomment>What may stand between a name and its value: specimen words, brackets, punctuation.</extracomment>
            <translation>{name} 不在本程序的检验列表中</translation>
        </message>
    </context>
    <context>
        <name>labs</name>
        <message>
            <location filename="../../domain/lab_catalog.py" line="487" />
            <source>90 or more is normal; 60–89 mildly reduced; below 60 reduced.</source>
            <translation>90及以上为正常；60–89为轻度下降；低于60为下降。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="338" />
            <source>A pituitary hormone; raised levels are a POEMS endocrine change.</source>
            <translation>垂体激素；升高是 POEMS 的内分泌改变。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="183" />
            <source>A text result; normal is "no monoclonal protein detected".</source>
            <translation>文字结果；正常为“未检出单克隆蛋白”。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="475" />
            <source>A waste product cleared by the kidneys; shows kidney function.</source>
            <translation>由肾脏清除的代谢废物；反映肾功能。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="129" />
            <source>An antibody class; the POEMS clone often makes IgA or IgG.</source>
            <translation>一类抗体；POEMS 的克隆常产生 IgA 或 IgG。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="427" />
            <source>Average blood sugar over about three months, as a percentage.</source>
            <translation>约三个月的平均血糖，以百分比表示。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="414" />
            <source>Average blood sugar over about three months.</source>
            <translation>约三个月的平均血糖。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="235" />
            <location filename="../../domain/lab_catalog.py" line="250" />
            <location filename="../../domain/lab_catalog.py" line="405" />
            <location filename="../../domain/lab_catalog.py" line="420" />
            <source>Blood (EDTA)</source>
            <translation>全血（EDTA）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="399" />
            <source>Blood sugar after not eating; diabetes can come with POEMS.</source>
            <translation>空腹血糖；POEMS 可伴有糖尿病。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="449" />
            <source>Calcium (total)</source>
            <translation>总钙</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="457" />
            <source>Calcium in the blood; bones and nerves depend on it.</source>
            <translation>血液中的钙；骨骼和神经都依赖它。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="257" />
            <source>Carries oxygen in red cells; a high value (polycythaemia) is a POEMS feature.</source>
            <translation>在红细胞中运输氧气；偏高（红细胞增多症）是 POEMS 的特征。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="242" />
            <source>Clotting cells; a high count (thrombocytosis) is a POEMS feature.</source>
            <translation>参与凝血的细胞；偏高（血小板增多症）是 POEMS 的特征。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="377" />
            <source>Cortisol</source>
            <translation>皮质醇</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="462" />
            <source>Creatinine</source>
            <translation>肌酐</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="488" />
            <source>Estimated kidney filtering rate; used to dose some medicines.</source>
            <translation>估算的肾脏滤过率；用于调整部分药物剂量。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="309" />
            <source>Estradiol</source>
            <translation>雌二醇</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="360" />
            <source>FSH</source>
            <translation>FSH</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="321" />
            <source>Female sex hormone; can be raised in men with POEMS.</source>
            <translation>女性激素；男性 POEMS 患者可能升高。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="316" />
            <source>For women it depends on the cycle (after menopause below 145 pmol/L); copy it from the report.</source>
            <translation>女性随月经周期而不同（绝经后低于145 pmol/L）；请从化验单上抄写。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="134" />
            <source>For women the range depends on the phase of the cycle; copy it from the report.</source>
            <translation>女性的参考范围随月经周期阶段而不同；请从化验单上抄写。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="283" />
            <source>Free T4</source>
            <translation>游离T4（FT4）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="192" />
            <source>Free kappa light chains</source>
            <translation>游离κ轻链</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="205" />
            <source>Free lambda light chains</source>
            <translation>游离λ轻链</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="391" />
            <source>Glucose (fasting)</source>
            <translation>空腹血糖</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="249" />
            <source>Haemoglobin</source>
            <translation>血红蛋白</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="404" />
            <source>HbA1c (IFCC)</source>
            <translation>HbA1c（IFCC）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="419" />
            <source>HbA1c (NGSP/DCCT %)</source>
            <translation>HbA1c（NGSP/DCCT %）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="229" />
            <source>IgA</source>
            <translation>IgA</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="230" />
            <source>IgG</source>
            <translation>IgG</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="231" />
            <source>IgM</source>
            <translation>IgM</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="177" />
            <source>Immunofixation (serum)</source>
            <translation>血清免疫固定电泳</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="226" />
            <source>Kappa divided by lambda; often normal in POEMS.</source>
            <translation>κ除以λ；POEMS 中常为正常。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="200" />
            <source>Kappa light chains floating free in the blood.</source>
            <translation>血液中游离的κ轻链。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="218" />
            <source>Kappa/lambda FLC ratio</source>
            <translation>游离轻链κ/λ比值</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="343" />
            <source>LH</source>
            <translation>LH</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="213" />
            <source>Lambda light chains; the POEMS clone is almost always lambda.</source>
            <translation>λ轻链；POEMS 的克隆几乎总是λ型。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="161" />
            <source>M-protein (SPEP)</source>
            <translation>M蛋白（血清蛋白电泳）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="145" />
            <source>Main marker of POEMS activity; its fall shows the treatment is working.</source>
            <translation>POEMS 活动度的主要指标；下降说明治疗有效。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="304" />
            <source>Male sex hormone; often low in POEMS (hypogonadism).</source>
            <translation>男性激素；POEMS 中常偏低（性腺功能减退）。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="167" />
            <source>None is found in health, so any measurable amount counts; no range is shown.</source>
            <translation>健康人体内没有，因此任何可测出的量都有意义；不显示参考范围。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="411" />
            <source>Normal is below 42; 42–47 raised risk; 48 or more suggests diabetes.</source>
            <translation>低于42为正常；42–47风险升高；48及以上提示糖尿病。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="426" />
            <source>Normal is below 6.0 %; 6.5 % or more suggests diabetes.</source>
            <translation>低于6.0 %为正常；6.5 %及以上提示糖尿病。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="398" />
            <source>Normal is below 6.0 mmol/L; 7.0 or more suggests diabetes.</source>
            <translation>低于6.0 mmol/L为正常；7.0及以上提示糖尿病。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="432" />
            <source>PTH (intact)</source>
            <translation>PTH（完整）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="444" />
            <source>Parathyroid hormone; controls calcium.</source>
            <translation>甲状旁腺激素；调节血钙。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="372" />
            <source>Pituitary hormone for sperm and egg production.</source>
            <translation>与精子和卵子生成有关的垂体激素。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="355" />
            <source>Pituitary hormone that drives the testes or ovaries.</source>
            <translation>调控睾丸或卵巢的垂体激素。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="152" />
            <source>Plasma (EDTA)</source>
            <translation>血浆（EDTA）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="245" />
            <source>Platelet count</source>
            <translation>血小板计数</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="234" />
            <source>Platelets</source>
            <translation>血小板计数</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="244" />
            <source>Platelets by automated count</source>
            <translation>血小板计数（自动计数）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="326" />
            <source>Prolactin</source>
            <translation>催乳素</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="122" />
            <location filename="../../domain/lab_catalog.py" line="142" />
            <location filename="../../domain/lab_catalog.py" line="162" />
            <location filename="../../domain/lab_catalog.py" line="178" />
            <location filename="../../domain/lab_catalog.py" line="193" />
            <location filename="../../domain/lab_catalog.py" line="206" />
            <location filename="../../domain/lab_catalog.py" line="219" />
            <location filename="../../domain/lab_catalog.py" line="265" />
            <location filename="../../domain/lab_catalog.py" line="284" />
            <location filename="../../domain/lab_catalog.py" line="297" />
            <location filename="../../domain/lab_catalog.py" line="310" />
            <location filename="../../domain/lab_catalog.py" line="327" />
            <location filename="../../domain/lab_catalog.py" line="344" />
            <location filename="../../domain/lab_catalog.py" line="361" />
            <location filename="../../domain/lab_catalog.py" line="378" />
            <location filename="../../domain/lab_catalog.py" line="450" />
            <location filename="../../domain/lab_catalog.py" line="463" />
            <source>Serum</source>
            <extracomment>SNOMED CT specimen type for FHIR where the LOINC term does not tell serum from plasma (VEGF, [S1]): 119364003 "Serum specimen", 119361006 "Plasma specimen". How the catalogue code measures, where `other_codes` offer other methods.</extracomment>
            <translation>血清</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="481" />
            <source>Serum (calculated)</source>
            <translation>血清（计算值）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="433" />
            <source>Serum/EDTA plasma</source>
            <translation>血清/EDTA血浆</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="392" />
            <source>Serum/plasma</source>
            <translation>血清/血浆</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="184" />
            <source>Shows whether a monoclonal protein is present and of which type (e.g. IgA lambda).</source>
            <translation>显示是否存在单克隆蛋白及其类型（例如 IgA λ型）。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="386" />
            <source>Stress hormone from the adrenal glands.</source>
            <translation>肾上腺分泌的应激激素。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="264" />
            <source>TSH</source>
            <translation>TSH</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="296" />
            <source>Testosterone (total)</source>
            <translation>总睾酮</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="170" />
            <source>The abnormal antibody made by the plasma-cell clone; often small in POEMS.</source>
            <translation>由浆细胞克隆产生的异常抗体；POEMS 中常为少量。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="291" />
            <source>The main thyroid hormone.</source>
            <translation>主要的甲状腺激素。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="474" />
            <source>The range depends on sex and method; copy it from the report.</source>
            <translation>参考范围因性别和检测方法而异；请从化验单上抄写。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="256" />
            <location filename="../../domain/lab_catalog.py" line="303" />
            <location filename="../../domain/lab_catalog.py" line="337" />
            <source>The range differs for men and women.</source>
            <translation>男女参考范围不同。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="385" />
            <source>The range is for a 9 am sample; it changes over the day.</source>
            <translation>参考范围适用于上午9点采血；一天中会变化。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="276" />
            <source>Thyroid-stimulating hormone; high when the thyroid is slow (hypothyroidism).</source>
            <translation>促甲状腺激素；甲状腺功能减退时升高。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="151" />
            <source>VEGF (plasma)</source>
            <translation>VEGF（血浆）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="141" />
            <source>VEGF (serum)</source>
            <translation>VEGF（血清）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="155" />
            <source>VEGF measured in plasma; lower than serum VEGF, never compare the two.</source>
            <translation>在血浆中测得的 VEGF；低于血清 VEGF，切勿将两者比较。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="480" />
            <source>eGFR</source>
            <translation>eGFR</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="491" />
            <source>eGFR by CKD-EPI 2009</source>
            <translation>eGFR（CKD-EPI 2009）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="494" />
            <source>eGFR by CKD-EPI 2021</source>
            <translation>eGFR（CKD-EPI 2021）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="492" />
            <source>eGFR by MDRD</source>
            <translation>eGFR（MDRD）</translation>
        </message>
    </context>
    <context>
        <name>markers</name>
        <message>
            <location filename="../../domain/marker_facts.py" line="68" />
            <source>A text result: no change is worked out.</source>
            <translation>文字结果：不计算变化。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="57" />
            <source>Back within the lab's range.</source>
            <translation>已回到化验室参考范围内。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="67" />
            <source>Below the limit of measurement.</source>
            <translation>低于检测下限。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="69" />
            <source>Due: not measured for more than {months} months.</source>
            <translation>该检测了：已超过 {months} 个月未检测。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="59" />
            <source>Half or less of the value before treatment.</source>
            <translation>不超过治疗前数值的一半。</translation>
        </message>
        <message>
            <location filename="../../domain/markers.py" line="52" />
            <source>High</source>
            <translation>偏高</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="66" />
            <source>Immunofixation negative since {date}.</source>
            <translation>自 {date} 起免疫固定电泳为阴性。</translation>
        </message>
        <message>
            <location filename="../../domain/markers.py" line="54" />
            <source>In range</source>
            <translation>在范围内</translation>
        </message>
        <message>
            <location filename="../../domain/markers.py" line="53" />
            <source>Low</source>
            <translation>偏低</translation>
        </message>
        <message>
            <location filename="../../domain/markers.py" line="56" />
            <source>No range</source>
            <translation>无参考范围</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="52" />
            <source>No treatment recorded: change since the first value.</source>
            <translation>没有治疗记录：为与第一个值相比的变化。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="53" />
            <source>No value before the treatment started: change since the first value.</source>
            <translation>治疗开始前没有数值：为与第一个值相比的变化。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="56" />
            <source>No value since the treatment started.</source>
            <translation>治疗开始后尚无数值。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="51" />
            <source>One result so far.</source>
            <extracomment>Medicines aimed at the POEMS clone (domain.md); a course of one starts a treatment. How far from the 6-month mark a value may be and still count as "the 6-month value". An M-protein under this many g/dL is too small to follow as a change.</extracomment>
            <translation>目前只有一个结果。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="70" />
            <source>Only your doctors can say what this means for you.</source>
            <translation>只有您的医生能判断这对您意味着什么。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="65" />
            <source>Too small to measure a change.</source>
            <translation>数值太小，无法衡量变化。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="60" />
            <source>Up by half or more from its lowest since treatment and above the lab's range — a repeat test confirms a rise.</source>
            <translation>比治疗后最低值上升一半或以上，且高于化验室参考范围——需复查确认是否上升。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="58" />
            <source>Within the lab's range.</source>
            <translation>在化验室参考范围内。</translation>
        </message>
    </context>
    <context>
        <name>medicines</name>
        <message>
            <location filename="../../domain/medication_catalog.py" line="58" />
            <source>Alkylating agent</source>
            <translation>烷化剂</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="130" />
            <location filename="../../domain/medication_catalog.py" line="138" />
            <location filename="../../domain/medication_catalog.py" line="151" />
            <source>Anticoagulant</source>
            <translation>抗凝药</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="145" />
            <source>Anticoagulant (injection)</source>
            <translation>抗凝药（注射）</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="108" />
            <location filename="../../domain/medication_catalog.py" line="115" />
            <source>Antidepressant used for nerve pain</source>
            <translation>用于神经痛的抗抑郁药</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="123" />
            <source>Antiplatelet</source>
            <translation>抗血小板药</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="124" />
            <location filename="../../domain/medication_catalog.py" line="131" />
            <location filename="../../domain/medication_catalog.py" line="139" />
            <location filename="../../domain/medication_catalog.py" line="146" />
            <location filename="../../domain/medication_catalog.py" line="151" />
            <source>Clot prevention</source>
            <translation>预防血栓</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="169" />
            <location filename="../../domain/medication_catalog.py" line="176" />
            <source>Diuretic (water tablet)</source>
            <translation>利尿药（消肿药）</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="36" />
            <source>First-line treatment, usually with dexamethasone, in 28-day cycles</source>
            <translation>一线治疗，通常与地塞米松合用，28天为一个周期</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="170" />
            <location filename="../../domain/medication_catalog.py" line="177" />
            <source>Fluid overload</source>
            <translation>体液潴留（水肿、积液）</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="51" />
            <source>Given with lenalidomide or melphalan</source>
            <translation>与来那度胺或美法仑合用</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="164" />
            <source>Hormone replacement (low testosterone)</source>
            <translation>激素替代（睾酮偏低）</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="156" />
            <source>Hormone replacement (underactive thyroid)</source>
            <translation>激素替代（甲状腺功能减退）</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="35" />
            <location filename="../../domain/medication_catalog.py" line="65" />
            <source>Immunomodulator</source>
            <translation>免疫调节剂</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="37" />
            <source>Improved neuropathy, organ enlargement and fluid overload in a study. It raises the risk of blood clots, which is why clot prevention (for example aspirin) is usually given beside it.</source>
            <translation>在一项研究中改善了神经病变、器官肿大和体液潴留。它会增加血栓风险，因此通常同时使用预防血栓的药物（例如阿司匹林）。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="84" />
            <source>Meant for short courses; it can cause constipation and dizziness.</source>
            <translation>适合短期使用；可能引起便秘和头晕。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="83" />
            <location filename="../../domain/medication_catalog.py" line="93" />
            <location filename="../../domain/medication_catalog.py" line="101" />
            <location filename="../../domain/medication_catalog.py" line="109" />
            <location filename="../../domain/medication_catalog.py" line="116" />
            <source>Nerve pain</source>
            <translation>神经痛</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="92" />
            <location filename="../../domain/medication_catalog.py" line="100" />
            <source>Nerve pain medicine</source>
            <translation>神经痛药物</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="82" />
            <source>Painkiller (opioid)</source>
            <translation>止痛药（阿片类）</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="74" />
            <source>Proteasome inhibitor (not an immunomodulator)</source>
            <translation>蛋白酶体抑制剂（不是免疫调节剂）</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="67" />
            <location filename="../../domain/medication_catalog.py" line="76" />
            <source>Reported to worsen neuropathy.</source>
            <translation>有报告称会加重神经病变。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="15" />
            <source>Seed article on POEMS syndrome (seed/poems-article.txt)</source>
            <translation>POEMS综合征基础文献（seed/poems-article.txt）</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="43" />
            <source>Seed article, reference 7; UCLH registry, Blood Adv 2020;4:2139</source>
            <translation>基础文献，参考文献7；UCLH 登记研究，Blood Adv 2020;4:2139</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="163" />
            <source>Sex hormone</source>
            <translation>性激素</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="50" />
            <source>Steroid</source>
            <translation>类固醇</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="155" />
            <source>Thyroid hormone</source>
            <translation>甲状腺激素</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="59" />
            <source>Treatment; also given in high dose before a stem cell transplant</source>
            <translation>治疗用药；干细胞移植前也会大剂量使用</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="66" />
            <location filename="../../domain/medication_catalog.py" line="75" />
            <source>Used in some centres</source>
            <translation>部分医院使用</translation>
        </message>
    </context>
    <context>
        <name>specialty</name>
        <message>
            <location filename="../../domain/appointments.py" line="29" />
            <source>cardiology</source>
            <translation>心内科</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="31" />
            <source>dermatology</source>
            <translation>皮肤科</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="27" />
            <source>endocrinology</source>
            <translation>内分泌科</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="32" />
            <source>general practice</source>
            <translation>全科/家庭医生</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="25" />
            <source>haematology</source>
            <extracomment>How long a visit lasts when no end time is given (interfaces.md, iCalendar export). Specialties offered in the window; the patient may type any other.</extracomment>
            <translation>血液科</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="30" />
            <source>nephrology</source>
            <translation>肾内科</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="26" />
            <source>neurology</source>
            <translation>神经内科</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="28" />
            <source>physiotherapy</source>
            <translation>康复/理疗</translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message>
            <location filename="../../domain/appointments.py" line="38" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="37" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="36" />
            <source>Planned</source>
            <translation>计划中</translation>
        </message>
    </context>
    <context>
        <name>symptoms</name>
        <message>
            <location filename="../../domain/symptoms.py" line="14" />
            <source>Nerve pain</source>
            <extracomment>The 0–10 numeric rating scale (0 = none, 10 = worst imaginable), the standard for patient-reported pain; order is the order of the check-in page and of symptoms.csv.</extracomment>
            <translation>神经痛</translation>
        </message>
        <message>
            <location filename="../../domain/symptoms.py" line="15" />
            <source>Numbness</source>
            <translation>麻木</translation>
        </message>
        <message>
            <location filename="../../domain/symptoms.py" line="21" />
            <source>Swelling (legs, belly)</source>
            <translation>水肿（腿、肚子）</translation>
        </message>
        <message>
            <location filename="../../domain/symptoms.py" line="17" />
            <source>Tingling / pins and needles</source>
            <translation>刺痛、发麻</translation>
        </message>
        <message>
            <location filename="../../domain/symptoms.py" line="20" />
            <source>Tiredness</source>
            <translation>乏力、疲劳</translation>
        </message>
        <message>
            <location filename="../../domain/symptoms.py" line="19" />
            <source>Weakness</source>
            <translation>无力</translation>
        </message>
    </context>
    <context>
        <name>trends_text</name>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="438" />
            <location filename="../../ui/trends/trends_table.py" line="55" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_table.py" line="76" />
            <source>High</source>
            <translation>偏高</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_table.py" line="78" />
            <source>Low</source>
            <translation>偏低</translation>
        </message>
    </context>
    <context>
        <name>wording</name>
        <message>
            <location filename="../../wording.py" line="94" />
            <source>{number}%</source>
            <translation>{number}%</translation>
        </message>
    </context>
    <context>
        <name>yesno_groups</name>
        <message>
            <location filename="../../domain/yesno_groups.py" line="33" />
            <source>A fall</source>
            <translation>摔倒</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="43" />
            <source>Darker patches of skin</source>
            <translation>皮肤颜色变深</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="35" />
            <source>Dizzy on standing up</source>
            <translation>站起来时头晕</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="31" />
            <source>Falls and nights</source>
            <translation>摔倒与夜间</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="44" />
            <source>More body hair</source>
            <translation>体毛增多</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="46" />
            <source>More sweating</source>
            <translation>出汗增多</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="36" />
            <source>Short of breath</source>
            <translation>气短</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="41" />
            <source>Skin and nails</source>
            <translation>皮肤与指甲</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="47" />
            <source>Swollen ankles</source>
            <translation>脚踝水肿</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="45" />
            <source>White or clubbed nails</source>
            <translation>指甲发白或杵状指</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="34" />
            <source>Woken by pain in the night</source>
            <translation>夜里被痛醒</translation>
        </message>
    </context>
</TS>
