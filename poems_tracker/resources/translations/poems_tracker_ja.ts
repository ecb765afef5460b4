<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
    <context>
        <name>AppointmentDialog</name>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="90" />
            <source>&amp;Date:</source>
            <translation>日付(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="104" />
            <source>&amp;Ends at:</source>
            <translation>終了時刻(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="159" />
            <source>&amp;Notes:</source>
            <translation>メモ(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="133" />
            <source>&amp;Place:</source>
            <translation>場所(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="139" />
            <source>&amp;Reason for the visit:</source>
            <translation>受診の目的(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="163" />
            <source>&amp;Save visit</source>
            <translation>受診予定を保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="125" />
            <source>&amp;Specialty:</source>
            <translation>診療科(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="95" />
            <source>&amp;Time:</source>
            <translation>時刻(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="113" />
            <source>&amp;With (doctor or therapist):</source>
            <translation>担当（医師・療法士）(&amp;W):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="166" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="167" />
            <source>Close without saving</source>
            <translation>保存せずに閉じる</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="90" />
            <source>Date of the visit</source>
            <translation>受診日</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="115" />
            <source>Doctor or therapist</source>
            <translation>医師または療法士</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="106" />
            <source>End time of the visit, may be left empty</source>
            <translation>受診の終了時刻（空欄でも可）</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="159" />
            <source>Notes about the visit</source>
            <translation>受診についてのメモ</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="133" />
            <source>Place of the visit</source>
            <translation>受診の場所</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="152" />
            <source>Planned, done or cancelled</source>
            <translation>予定・済み・キャンセル</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="141" />
            <source>Reason for the visit</source>
            <translation>受診の目的</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="150" />
            <source>S&amp;tatus:</source>
            <translation>状態(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="165" />
            <source>Save visit</source>
            <translation>受診予定を保存</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="127" />
            <source>Specialty; pick one or type your own</source>
            <translation>診療科。選ぶか、自分で入力してください</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="97" />
            <source>Time of the visit, hours and minutes</source>
            <translation>受診の時刻（時と分）</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="136" />
            <source>e.g. 3-month follow-up</source>
            <translation>例：3か月ごとの定期受診</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="131" />
            <source>e.g. City Hospital, clinic 4</source>
            <translation>例：市民病院 4番診察室</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="110" />
            <source>e.g. Dr. Smith</source>
            <translation>例：山田先生</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="101" />
            <source>optional, e.g. 11:00</source>
            <translation>任意、例：11:00</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsPage</name>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="101" />
            <source>&amp;Book follow-up in 3 months</source>
            <translation>3か月後の再診を予約(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="159" />
            <source>&amp;Edit…</source>
            <translation>変更(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="106" />
            <source>&amp;Note a question for this visit</source>
            <translation>この受診で聞きたいことをメモ(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="73" />
            <source>&amp;Past</source>
            <translation>過去(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="217" />
            <source>&amp;Past ({n})</source>
            <translation>過去 ({n})(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="75" />
            <source>&amp;Questions</source>
            <translation>質問(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="72" />
            <source>&amp;Upcoming</source>
            <translation>今後(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="215" />
            <source>&amp;Upcoming ({n})</source>
            <translation>今後 ({n})(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="156" />
            <source>Add &amp;visit…</source>
            <translation>受診予定を追加(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="107" />
            <source>Add a question for the next visit</source>
            <translation>次の受診で聞きたいことを追加</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="156" />
            <location filename="../../ui/appointments/appointments_page.py" line="337" />
            <source>Add a visit</source>
            <translation>受診予定を追加</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="349" />
            <source>Book a follow-up visit</source>
            <translation>再診を予約</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="163" />
            <source>Book a visit 3 months after the chosen one</source>
            <translation>選んだ受診の3か月後に予約</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="162" />
            <source>Book follow-up in &amp;3 months</source>
            <translation>3か月後の再診を予約(&amp;3)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="102" />
            <source>Book the following visit, 3 months after the next one</source>
            <translation>次の受診の3か月後に、その次の受診を予約</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="74" />
            <source>Calenda&amp;r</source>
            <translation>カレンダー(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="343" />
            <source>Change a visit</source>
            <translation>受診予定を変更</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="159" />
            <source>Change the chosen visit</source>
            <translation>選んだ受診予定を変更</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="133" />
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="177" />
            <source>De&amp;lete…</source>
            <translation>削除(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="372" />
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="177" />
            <source>Delete the chosen visit</source>
            <translation>選んだ受診予定を削除</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="369" />
            <source>Delete the visit of {visit}? Its questions are kept.</source>
            <translation>{visit} の受診予定を削除しますか？ 質問は残ります。</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="368" />
            <source>Delete visit</source>
            <translation>受診予定を削除</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="112" />
            <source>Export all visits to a calendar file</source>
            <translation>すべての受診予定をカレンダーファイルに書き出す</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="172" />
            <source>Mark &amp;cancelled</source>
            <translation>キャンセルにする(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="167" />
            <source>Mark &amp;done</source>
            <translation>済みにする(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="173" />
            <source>Mark the chosen visit as cancelled</source>
            <translation>選んだ受診をキャンセルにする</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="168" />
            <source>Mark the chosen visit as done</source>
            <translation>選んだ受診を済みにする</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="246" />
            <source>No questions noted for this visit yet.</source>
            <translation>この受診で聞きたいことはまだありません。</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="227" />
            <source>No visit booked yet.</source>
            <translation>受診予定はまだありません。</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="68" />
            <source>Past visits</source>
            <translation>過去の受診</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="138" />
            <source>Place</source>
            <translation>場所</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="111" />
            <source>Put visits in m&amp;y calendar…</source>
            <translation>受診予定をカレンダーに入れる(&amp;Y)…</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="238" />
            <source>Questions to ask ({n}):</source>
            <translation>聞きたいこと（{n}件）:</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="139" />
            <source>Reason</source>
            <translation>目的</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="136" />
            <source>Specialty</source>
            <translation>診療科</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="135" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="134" />
            <source>Time</source>
            <translation>時刻</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="67" />
            <source>Upcoming visits</source>
            <translation>今後の受診</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="228" />
            <source>Use “Add visit…” below to book one.</source>
            <translation>下の「受診予定を追加…」で予約してください。</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="66" />
            <source>Visits and questions</source>
            <extracomment>Questions listed under the next visit; the rest are on the Questions tab (the box must not push the page taller than the window at large text sizes).</extracomment>
            <translation>受診と質問</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="137" />
            <source>With</source>
            <translation>担当</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="84" />
            <source>Your next visit</source>
            <translation>次の受診</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="234" />
            <source>until {time}</source>
            <translation>{time} まで</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="242" />
            <source>… and {n} more on the Questions tab.</source>
            <translation>… ほか {n} 件は「質問」タブにあります。</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="236" />
            <source>&amp;Back up now…</source>
            <translation>今すぐバックアップ(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="286" />
            <source>&amp;Restore</source>
            <translation>復元(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="239" />
            <source>&amp;Restore from backup…</source>
            <translation>バックアップから復元(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="263" />
            <source>All your records were copied and checked. The backup is here:
{path}</source>
            <translation>すべての記録をコピーして確認しました。バックアップの場所：
{path}</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="261" />
            <source>Backup made</source>
            <translation>バックアップしました</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="240" />
            <source>Bring back your records as a backup holds them</source>
            <translation>バックアップの内容で記録を元に戻す</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="237" />
            <source>Copy all your records to the backups folder now</source>
            <translation>すべての記録を今すぐバックアップフォルダーにコピー</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="251" />
            <source>Nothing was changed</source>
            <translation>何も変更していません</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="247" />
            <source>Please wait</source>
            <translation>お待ちください</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="279" />
            <source>Replace your records with the backup from {when}? It holds {records}. Your records as they are now are kept as a backup first.</source>
            <translation>記録を {when} のバックアップで置き換えますか？ バックアップには {records} が入っています。今の記録は先にバックアップとして残します。</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="286" />
            <source>Restore from backup</source>
            <translation>バックアップから復元</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="305" />
            <source>Restored</source>
            <translation>復元しました</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="302" />
            <source>The records you had before are kept here:
{path}</source>
            <translation>前の記録はここに残してあります：
{path}</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="298" />
            <source>Your records were restored ({n} records).</source>
            <translation>記録を復元しました（{n} 件）。</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="283" />
            <source>{n} records</source>
            <translation>{n} 件の記録</translation>
        </message>
    </context>
    <context>
        <name>BackupDialogs</name>
        <message>
            <location filename="../../../poems_tracker/ui/data/backup_dialogs.py" line="70" />
            <source>Cannot be restored: this file is damaged or not a backup.</source>
            <translation>復元できません。このファイルは壊れているか、バックアップではありません。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/data/backup_dialogs.py" line="72" />
            <source>Records: {records} (check-ins: {checkins})</source>
            <translation>記録：{records}（日々の記録：{checkins}）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/data/backup_dialogs.py" line="54" />
            <source>Something went wrong: {reason}</source>
            <translation>問題が起きました：{reason}</translation>
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
                <numerusform>%n 件の受診予定を {path} に書き出しました。このファイルをカレンダーのプログラムで開いてください。あとでもう一度書き出すと、同じ予定が二重に追加されずに更新されます。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/appointments/calendar_export.py" line="45" />
            <source>Calendar files (*.ics)</source>
            <translation>カレンダーファイル (*.ics)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/appointments/calendar_export.py" line="76" />
            <source>Export to &amp;calendar…</source>
            <translation>カレンダーに書き出す(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/appointments/calendar_export.py" line="65" />
            <location filename="../../../poems_tracker/ui/appointments/calendar_export.py" line="56" />
            <source>Export to calendar</source>
            <translation>カレンダーに書き出す</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/appointments/calendar_export.py" line="45" />
            <source>Export visits to a calendar file</source>
            <translation>受診予定をカレンダーファイルに書き出す</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/appointments/calendar_export.py" line="57" />
            <source>The file {path} could not be written: {reason}.</source>
            <translation>ファイル {path} に書き込めませんでした：{reason}。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/appointments/calendar_export.py" line="78" />
            <source>Write all visits to a file your calendar program can open</source>
            <translation>すべての受診予定を、カレンダーのプログラムで開けるファイルに書き出す</translation>
        </message>
    </context>
    <context>
        <name>CheckInPage</name>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="167" />
            <source>&amp;My symptoms…</source>
            <translation>自分の症状(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="123" />
            <source>&amp;Next day ▶</source>
            <translation>次の日(&amp;N) ▶</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="170" />
            <source>&amp;Save  (Ctrl+S)</source>
            <translation>保存(&amp;S)  (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="125" />
            <source>&amp;Today</source>
            <translation>今日(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="207" />
            <source>&amp;Weight (kg)</source>
            <translation>体重 (kg)(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="167" />
            <source>Add, rename or hide your own symptoms</source>
            <translation>自分の症状を追加・名前変更・非表示にする</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="63" />
            <source>Check-in form</source>
            <extracomment>The key that puts the keyboard in the date field (the day bar is not a Tab stop at first).</extracomment>
            <translation>記録の入力欄</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="121" />
            <source>Date of the check-in</source>
            <translation>記録する日</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="125" />
            <source>Go to today</source>
            <translation>今日へ移動</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="315" />
            <source>Logged — change anything and save again.</source>
            <translation>記録済み — 変更したらもう一度保存してください。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="222" />
            <source>N&amp;ote</source>
            <translation>メモ(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="123" />
            <source>Next day</source>
            <translation>次の日</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="313" />
            <source>Not logged yet.</source>
            <translation>まだ記録していません。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="339" />
            <source>Not saved yet.</source>
            <translation>まだ保存していません。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="379" />
            <source>Not saved: please correct the field marked ⚠.</source>
            <translation>保存していません：⚠ の付いた欄を直してください。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="227" />
            <source>Note for the day</source>
            <translation>この日のメモ</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="107" />
            <source>Previous day</source>
            <translation>前の日</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="164" />
            <source>Save status</source>
            <translation>保存の状態</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="170" />
            <source>Save this day</source>
            <translation>この日を保存</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="190" />
            <source>Scores: 0 = none, 10 = worst imaginable. Click a number, or press Tab to move and a digit to choose.</source>
            <translation>スコア：0 = なし、10 = 考えられる最悪。数字をクリックするか、Tab で移動して数字キーで選んでください。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="417" />
            <source>The check-in for {date} has changes that are not saved. Save them?</source>
            <translation>{date} の記録に保存していない変更があります。保存しますか？</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="322" />
            <source>Today, {date}</source>
            <translation>今日、{date}</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="359" />
            <source>Type the weight as a number, like 72.5.</source>
            <translation>体重は 72.5 のように数字で入れてください。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="211" />
            <source>Weight in kilograms</source>
            <translation>体重（キログラム）</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="324" />
            <source>Yesterday, {date}</source>
            <translation>昨日、{date}</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="212" />
            <source>e.g. 72.5</source>
            <translation>例：72.5</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="107" />
            <source>◀ &amp;Previous day</source>
            <extracomment>today's doses and prompts from other features are added here, below the form</extracomment>
            <translation>◀ 前の日(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="395" />
            <source>✔ Saved at {time}.</source>
            <translation>✔ {time} に保存しました。</translation>
        </message>
    </context>
    <context>
        <name>CheckInTableModel</name>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="112" />
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="115" />
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="115" />
            <source>Weight (kg)</source>
            <translation>体重 (kg)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="63" />
            <source>no</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="63" />
            <source>yes</source>
            <translation>はい</translation>
        </message>
    </context>
    <context>
        <name>ChoiceRow</name>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/choice_row.py" line="88" />
            <source>Key {key}</source>
            <translation>キー {key}</translation>
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
            <translation>並べて表示(&amp;B):</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="87" />
            <source>Averages before and after</source>
            <translation>前後の平均</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="51" />
            <source>Compare side by side</source>
            <translation>並べて比較</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="81" />
            <source>Drawing…</source>
            <translation>描画中…</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="139" />
            <source>Lab: {test} ({unit})</source>
            <translation>検査：{test} ({unit})</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="64" />
            <source>Medicine or lab test to show beside it</source>
            <translation>並べて表示する薬または検査</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="136" />
            <source>Medicine: {name}</source>
            <translation>薬：{name}</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="108" />
            <source>Side-by-side chart</source>
            <translation>並べたグラフ</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="60" />
            <source>Sym&amp;ptom:</source>
            <translation>症状(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="60" />
            <source>Symptom to compare</source>
            <translation>比べる症状</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="72" />
            <source>&amp;Copy details</source>
            <translation>詳細をコピー(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="59" />
            <source>&amp;Details:</source>
            <translation>詳細(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="74" />
            <source>C&amp;lose</source>
            <translation>閉じる(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="74" />
            <source>Close this message</source>
            <translation>このメッセージを閉じる</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="72" />
            <source>Copy the details to the clipboard</source>
            <translation>詳細をクリップボードにコピーする</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="62" />
            <source>Details of the problem</source>
            <translation>問題の詳細</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="34" />
            <source>POEMS Tracker: something went wrong</source>
            <translation>POEMS Tracker：問題が発生しました</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="38" />
            <source>Something went wrong; your saved records are safe.</source>
            <translation>問題が発生しました。保存済みの記録は安全です。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="47" />
            <source>The details could not be written to the log file.</source>
            <translation>詳細をログファイルに書き込めませんでした。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="45" />
            <source>The details were written to {path}.</source>
            <translation>詳細は {path} に書き込まれました。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="50" />
            <source>The window keeps running. If this happens again, copy the details below and send them to whoever helps you with the program.</source>
            <translation>ウィンドウはそのまま使えます。再び起きた場合は、下の詳細をコピーして、このプログラムについて手伝ってくれる人に送ってください。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="91" />
            <source>✔ Copied.</source>
            <translation>✔ コピーしました。</translation>
        </message>
    </context>
    <context>
        <name>CycleDayPage</name>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="69" />
            <source>&amp;Medicine</source>
            <translation>薬(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="128" />
            <source>&amp;Picture</source>
            <translation>図(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="78" />
            <source>&amp;To</source>
            <translation>終了(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="339" />
            <source>(ended on day {day})</source>
            <translation>（{day} 日目で終了）</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="109" />
            <source>Average of each symptom by cycle day</source>
            <translation>周期の日ごとの各症状の平均</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="280" />
            <source>Average score by cycle day, as a picture</source>
            <translation>周期日ごとの平均スコア（図）</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="327" />
            <source>Average {name} on cycle day {day} over {n} days: {average}</source>
            <translation>周期 {day} 日目の {name} の平均（{n} 日分）：{average}</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="368" />
            <source>Average {name}: {on} on medicine days (over {on_n} days), {off} on days off (over {off_n} days).</source>
            <translation>{name} の平均：服薬日は {on}（{on_n} 日分）、休薬日は {off}（{off_n} 日分）。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="242" />
            <source>Cycle day</source>
            <translation>周期の日</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="101" />
            <source>Cycles in this range</source>
            <translation>この期間の周期</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="353" />
            <source>Cycles in this range: {cycles}.</source>
            <translation>この期間の周期：{cycles}。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="337" />
            <source>C{n} from {start}</source>
            <translation>C{n}（{start} から）</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="242" />
            <source>Days logged</source>
            <translation>記録日数</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="76" />
            <source>First day of the range</source>
            <translation>期間の最初の日</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="75" />
            <source>Fr&amp;om</source>
            <translation>開始(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="79" />
            <source>Last day of the range</source>
            <translation>期間の最後の日</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="242" />
            <source>Medicine</source>
            <translation>薬</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="72" />
            <source>Medicine taken in cycles</source>
            <translation>周期で飲む薬</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="231" />
            <source>No cycles of this medicine in this range.</source>
            <translation>この期間にはこの薬の周期がありません。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="227" />
            <source>No medicine taken in cycles in this range. A medicine with a schedule such as "cycle 1-21 of 28" appears here.</source>
            <translation>この期間に周期で飲んだ薬はありません。「cycle 1-21 of 28」のような服用予定の薬がここに出ます。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="364" />
            <source>Nothing logged for {name} in these cycles.</source>
            <translation>これらの周期では {name} の記録がありません。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="314" />
            <source>Nothing logged for {name} on cycle day {day}.</source>
            <translation>周期 {day} 日目の {name} の記録はありません。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="250" />
            <source>Off</source>
            <translation>休薬</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="250" />
            <source>On</source>
            <translation>服薬</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="120" />
            <source>Picture</source>
            <translation>図</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="105" />
            <source>Summary</source>
            <translation>まとめ</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="61" />
            <source>Symptoms by cycle day</source>
            <translation>周期の日ごとの症状</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="129" />
            <source>Ta&amp;ble</source>
            <translation>表(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="134" />
            <source>These are averages of what you logged on each day of the cycle, with the number of days behind each one. They show patterns, not causes; few days make an average uncertain. Talk to your doctor about what they mean for you.</source>
            <translation>これは周期の各日に記録した値の平均で、それぞれの元になった日数も示しています。傾向を示すもので、原因を示すものではありません。日数が少ないと平均は不確かになります。あなたにとっての意味は医師に相談してください。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="365" />
            <location filename="../../ui/trends/cycle_day_view.py" line="366" />
            <source>no days</source>
            <translation>日数なし</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="344" />
            <source>{medicine}, {schedule}: medicine on days {first}–{last} of {length}.</source>
            <translation>{medicine}、{schedule}：{length} 日中 {first}〜{last} 日目に服薬。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="320" />
            <source>{name}: yes on {yes} of {n} days that were cycle day {day}.</source>
            <translation>{name}：周期 {day} 日目にあたる {n} 日のうち {yes} 日で「はい」。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="318" />
            <source>{yes} of {n}</source>
            <translation>{n}日中{yes}日</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="106" />
            <source>&amp;Export CSV…</source>
            <translation>CSV に書き出す(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="283" />
            <source>&amp;Import</source>
            <translation>取り込み(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="107" />
            <source>&amp;Import CSV…</source>
            <translation>CSV を取り込む(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="109" />
            <source>&amp;Print report…</source>
            <translation>レポートを印刷(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="221" />
            <source>A &amp;folder</source>
            <translation>フォルダー(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="228" />
            <source>CSV files (*.csv)</source>
            <translation>CSV ファイル (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="139" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="238" />
            <source>Checking the files…</source>
            <translation>ファイルを確認しています…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="184" />
            <source>Could not write the file</source>
            <translation>ファイルに書き込めませんでした</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="108" />
            <source>Export &amp;FHIR…</source>
            <translation>FHIR に書き出す(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="210" />
            <source>Export CSV</source>
            <translation>CSV に書き出す</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="196" />
            <source>Export CSV into which folder?</source>
            <translation>どのフォルダーに CSV を書き出しますか？</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="309" />
            <location filename="../../ui/data/exchange_actions.py" line="320" />
            <source>Export FHIR</source>
            <translation>FHIR に書き出す</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="311" />
            <source>FHIR JSON (*.json)</source>
            <translation>FHIR JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="228" />
            <source>File to import</source>
            <translation>取り込むファイル</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="225" />
            <source>Folder to import</source>
            <translation>取り込むフォルダー</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="219" />
            <location filename="../../ui/data/exchange_actions.py" line="283" />
            <location filename="../../ui/data/exchange_actions.py" line="302" />
            <source>Import CSV</source>
            <translation>CSV を取り込む</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="220" />
            <source>Import a whole folder of exported files, or one file?</source>
            <translation>書き出したファイルのフォルダー全体を取り込みますか、それとも1つのファイルですか？</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="281" />
            <source>Import them now? A backup is kept first.</source>
            <translation>今すぐ取り込みますか？ 先にバックアップを取ります。</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="303" />
            <source>Imported:</source>
            <translation>取り込んだもの:</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="285" />
            <source>Importing…</source>
            <translation>取り込んでいます…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="254" />
            <source>Left alone (not a POEMS Tracker file): {path}</source>
            <translation>そのままにしました（POEMS Tracker のファイルではありません）：{path}</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="221" />
            <source>One &amp;file</source>
            <translation>1つのファイル(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="363" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF ファイル (*.pdf)</translation>
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
            <translation>お待ちください</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="344" />
            <source>Preparing the report…</source>
            <translation>レポートを準備しています…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="110" />
            <source>Print pre&amp;view…</source>
            <translation>印刷プレビュー(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="417" />
            <source>Print preview: report for the doctor</source>
            <translation>印刷プレビュー：医師向けレポート</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="111" />
            <source>Save report as P&amp;DF…</source>
            <translation>レポートを PDF で保存(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="361" />
            <location filename="../../ui/data/exchange_actions.py" line="376" />
            <source>Save report as PDF</source>
            <translation>レポートを PDF で保存</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="185" />
            <source>The file could not be written: {reason}.</source>
            <translation>ファイルに書き込めませんでした：{reason}。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/data/exchange_actions.py" line="377" />
            <source>The report (%n page(s)) was saved as {path}.</source>
            <translation>
                <numerusform>レポート（%n ページ）を {path} として保存しました。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="277" />
            <source>These changes will be made:</source>
            <translation>次のように変更されます:</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="203" />
            <source>Writing the CSV files…</source>
            <translation>CSV ファイルを書き出しています…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="316" />
            <source>Writing the FHIR file…</source>
            <translation>FHIR ファイルを書き出しています…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="211" />
            <source>{count} files were written to {folder}.</source>
            <translation>{count} 個のファイルを {folder} に書き出しました。</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="321" />
            <source>{count} records were written to {path}.</source>
            <translation>{count} 件の記録を {path} に書き出しました。</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="248" />
            <source>{file}: {new} new, {updated} updated</source>
            <translation>{file}：新規 {new} 件、更新 {updated} 件</translation>
        </message>
    </context>
    <context>
        <name>FunctionCheckPage</name>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="132" />
            <source>&amp;Date</source>
            <translation>日付(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="254" />
            <source>&amp;New check</source>
            <translation>新しいチェック(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="259" />
            <source>&amp;Past checks</source>
            <translation>過去のチェック(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="251" />
            <source>&amp;Save  (Ctrl+S)</source>
            <translation>保存(&amp;S)  (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="182" />
            <source>&amp;Walking: which is closest to this week?</source>
            <translation>歩行(&amp;W)：今週にいちばん近いものは？</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="428" />
            <source>All five tasks are prevented: please say whether any purposeful arm movement is left.</source>
            <translation>5つの動作がすべてできない場合：腕を意図して少しでも動かせるかどうかを答えてください。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="54" />
            <source>Arms {arms} of 5 · Legs {legs} of 7</source>
            <translation>腕 {arms}/5 · 脚 {legs}/7</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="343" />
            <source>Arms {grade} of 5: {words}</source>
            <translation>腕 {grade}/5：{words}</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="334" />
            <source>Arms: not all answered yet</source>
            <translation>腕：まだすべて答えていません</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="337" />
            <source>Arms: please answer the question about arm movement</source>
            <translation>腕：腕の動きについての質問に答えてください</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="341" />
            <source>Arms: these answers do not go together</source>
            <translation>腕：これらの答えは両立しません</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="324" />
            <source>Changing the check of {date}.</source>
            <translation>{date} のチェックを変更しています。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="137" />
            <source>Date of the check</source>
            <translation>チェックの日付</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="274" />
            <source>De&amp;lete this check</source>
            <translation>このチェックを削除(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="479" />
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="475" />
            <source>Delete check</source>
            <translation>チェックを削除</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="274" />
            <source>Delete the check shown</source>
            <translation>表示中のチェックを削除</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="476" />
            <source>Delete the function check of {date}? This cannot be undone.</source>
            <translation>{date} の機能チェックを削除しますか？ 元に戻せません。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="116" />
            <source>Function check</source>
            <translation>機能チェック</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="79" />
            <source>Function check questions</source>
            <translation>機能チェックの質問</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="241" />
            <source>Grades</source>
            <translation>グレード</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="152" />
            <source>How much do your hands and arms limit these tasks?</source>
            <translation>手や腕のせいで、次の動作はどのくらい制限されていますか？</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="350" />
            <source>Legs {grade} of 7</source>
            <translation>脚 {grade}/7</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="348" />
            <source>Legs: not answered yet</source>
            <translation>脚：まだ答えていません</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="186" />
            <source>N&amp;ote (optional)</source>
            <translation>メモ（任意）(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="146" />
            <source>No</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="268" />
            <source>No checks yet. Answer the questions on the left and press Save.</source>
            <translation>まだチェックがありません。左の質問に答えて「保存」を押してください。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="434" />
            <source>Not saved: please answer the question marked ⚠.</source>
            <translation>保存していません：⚠ の付いた質問に答えてください。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="447" />
            <source>Not saved: please correct the answer marked ⚠.</source>
            <translation>保存していません：⚠ の付いた答えを直してください。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="189" />
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="262" />
            <source>Past checks; Enter opens one to change it</source>
            <translation>過去のチェック。Enter で開いて変更できます</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="426" />
            <source>Please answer all five tasks.</source>
            <translation>5つの動作すべてに答えてください。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="425" />
            <source>Please answer: any symptoms in your arms?</source>
            <translation>答えてください：腕に何か症状はありますか？</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="431" />
            <source>Please choose the walking answer closest to this week.</source>
            <translation>今週にいちばん近い歩行の答えを選んでください。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="458" />
            <source>Replace</source>
            <translation>置き換える</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="454" />
            <source>Replace check</source>
            <translation>チェックを置き換える</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="248" />
            <source>Save status</source>
            <translation>保存の状態</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="251" />
            <source>Save this check</source>
            <translation>このチェックを保存</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="254" />
            <source>Start a new check</source>
            <translation>新しいチェックを始める</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="124" />
            <source>Tab moves to the next question. Keys: Y or N; 1, 2 or 3 for a task; 0 to 7 for walking. Ctrl+S saves.</source>
            <translation>Tab で次の質問へ移動します。キー：Y または N、動作は 1・2・3、歩行は 0〜7。Ctrl+S で保存。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="486" />
            <source>The check was deleted.</source>
            <translation>チェックを削除しました。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="500" />
            <source>The function check has answers that are not saved. Save them?</source>
            <translation>機能チェックに保存していない答えがあります。保存しますか？</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="455" />
            <source>There is already a check on {date}. Replace it with this one?</source>
            <translation>{date} にはすでにチェックがあります。これで置き換えますか？</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="146" />
            <source>Yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="466" />
            <source>✔ Saved: {grades}.</source>
            <translation>✔ 保存しました：{grades}。</translation>
        </message>
    </context>
    <context>
        <name>FunctionCheckPrompt</name>
        <message>
            <location filename="../../ui/function_check/function_check_prompt.py" line="42" />
            <source>Do &amp;it now</source>
            <extracomment>Remembered window state (not health data): the day the patient said "Not now".</extracomment>
            <translation>今する(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_prompt.py" line="44" />
            <source>Do the function check now</source>
            <translation>今すぐ機能チェックをする</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_prompt.py" line="48" />
            <source>Hide this reminder until tomorrow</source>
            <translation>このお知らせを明日まで隠す</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_prompt.py" line="46" />
            <source>Not now</source>
            <translation>今はしない</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_prompt.py" line="75" />
            <source>Your function check (every {days} days) is due.</source>
            <translation>機能チェック（{days} 日ごと）の時期です。</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_prompt.py" line="73" />
            <source>Your weekly function check is due.</source>
            <translation>毎週の機能チェックの時期です。</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message numerus="yes">
            <location filename="../../ui/checkin/history_page.py" line="181" />
            <source>%n day(s) logged.</source>
            <translation>
                <numerusform>%n 日分を記録しています。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="156" />
            <source>&amp;Delete this day…</source>
            <translation>この日を削除(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="155" />
            <source>&amp;Open this day</source>
            <translation>この日を開く(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="148" />
            <source>All check-ins, newest first</source>
            <translation>すべての記録（新しい順）</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="228" />
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="225" />
            <source>Delete everything logged for {date}? This cannot be undone.</source>
            <translation>{date} の記録をすべて削除しますか？ 元に戻せません。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="159" />
            <source>Delete the chosen day</source>
            <translation>選んだ日を削除</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="224" />
            <source>Delete this day?</source>
            <translation>この日を削除しますか？</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="189" />
            <source>Nothing logged yet. Your check-ins appear here once you save the first one on the Today page.</source>
            <translation>まだ記録がありません。「今日」のページで最初の記録を保存すると、ここに表示されます。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="158" />
            <source>Open the chosen day to edit it</source>
            <translation>選んだ日を開いて編集</translation>
        </message>
    </context>
    <context>
        <name>JobRunner</name>
        <message>
            <location filename="../../ui/shell/workers.py" line="157" />
            <source>Nothing was changed</source>
            <translation>何も変更されていません</translation>
        </message>
    </context>
    <context>
        <name>LabPanelDialog</name>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="145" />
            <source>&amp;Add row</source>
            <translation>行を追加(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="92" />
            <source>&amp;Date of the blood test:</source>
            <translation>採血日(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="185" />
            <source>&amp;Save results  (Ctrl+S)</source>
            <translation>結果を保存(&amp;S)  (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="135" />
            <source>Add a &amp;test:</source>
            <translation>検査を追加(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="147" />
            <source>Add a row for this test</source>
            <translation>この検査の行を追加</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="184" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="82" />
            <source>Change the value, unit or range as printed on the lab report.</source>
            <translation>検査結果の用紙に印刷されているとおりに、値・単位・基準範囲を変えてください。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="85" />
            <source>Copy the values from the lab report. Tab moves to the next value; leave a value empty to skip that test. Values like &lt;0.1 are fine.</source>
            <translation>検査結果の用紙から値を写してください。Tab で次の値へ移動します。空欄の検査は飛ばします。&lt;0.1 のような値も入れられます。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="99" />
            <source>Date of the blood test</source>
            <translation>採血日</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="506" />
            <source>Discard</source>
            <translation>破棄</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="504" />
            <source>Discard the values?</source>
            <translation>入力した値を破棄しますか？</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="76" />
            <source>Edit a lab result</source>
            <translation>検査結果を編集</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="76" />
            <source>Enter lab results</source>
            <translation>検査結果を入力</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="122" />
            <source>Method</source>
            <translation>測定法</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="165" />
            <source>N&amp;ote:</source>
            <translation>メモ(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="168" />
            <source>Note on this result</source>
            <translation>この結果についてのメモ</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="469" />
            <source>Nothing was saved; the stored results of {day} are unchanged.</source>
            <translation>何も保存していません。{day} の保存済みの結果は変わっていません。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="121" />
            <source>Reference high</source>
            <translation>基準値の上限</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="120" />
            <source>Reference low</source>
            <translation>基準値の下限</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="466" />
            <source>Replace</source>
            <translation>置き換える</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="461" />
            <source>Replace stored results?</source>
            <translation>保存済みの結果を置き換えますか？</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="463" />
            <source>Results for {tests} on {day} are already stored. Replace them with the values you typed?</source>
            <translation>{day} の {tests} の結果はすでに保存されています。入力した値で置き換えますか？</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="128" />
            <source>Results to enter</source>
            <translation>入力する結果</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="191" />
            <source>Save these results</source>
            <translation>この結果を保存</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="151" />
            <source>Tab also visits &amp;units and ranges</source>
            <translation>Tab で単位と基準範囲にも移動する(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="117" />
            <source>Test</source>
            <translation>検査</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="142" />
            <source>Test to add: pick one or type the name of your own test</source>
            <translation>追加する検査：選ぶか、自分の検査名を入力してください</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="505" />
            <source>The values you typed have not been saved. Close and discard them?</source>
            <translation>入力した値はまだ保存していません。閉じて破棄しますか？</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="390" />
            <source>Type at least one value before saving.</source>
            <translation>保存する前に少なくとも1つ値を入れてください。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="119" />
            <source>Unit</source>
            <translation>単位</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="118" />
            <source>Value</source>
            <translation>値</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="178" />
            <source>What the test in focus is</source>
            <translation>選択中の検査の説明</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_widgets.py" line="107" />
            <source>e.g. 12.5</source>
            <translation>例：12.5</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_widgets.py" line="99" />
            <source>e.g. No monoclonal protein detected</source>
            <translation>例：M蛋白を認めず</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="295" />
            <source>{test} is already in the list.</source>
            <translation>{test} はすでに一覧にあります。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_widgets.py" line="90" />
            <source>{test}: method printed on the report</source>
            <translation>{test}：用紙に印刷された測定法</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_widgets.py" line="80" />
            <source>{test}: reference high</source>
            <translation>{test}：基準値の上限</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_widgets.py" line="77" />
            <source>{test}: reference low</source>
            <translation>{test}：基準値の下限</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_widgets.py" line="73" />
            <source>{test}: unit</source>
            <translation>{test}：単位</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_widgets.py" line="65" />
            <source>{test}: value</source>
            <translation>{test}：値</translation>
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
            <translation>採取日(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="111" />
            <source>&amp;Results read from the report:</source>
            <translation>報告書から読み取った結果(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="168" />
            <source>&amp;Save ticked results</source>
            <translation>チェックした結果を保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="172" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="76" />
            <source>Check each result against your report. Untick a row to leave it out; change any cell that is wrong. Nothing is saved until you press Save.</source>
            <translation>それぞれの結果を報告書と照らし合わせてください。不要な行はチェックを外し、誤りのあるセルは書き直してください。「保存」を押すまで何も保存されません。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="89" />
            <source>Choose the date</source>
            <translation>日付を選んでください</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="320" />
            <source>Choose the date the sample was taken (above the table) first.</source>
            <translation>先に (表の上で) 採取日を選んでください。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="172" />
            <source>Close without saving anything</source>
            <translation>何も保存せずに閉じる</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="116" />
            <source>Date (YYYY-MM-DD)</source>
            <translation>日付 (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="93" />
            <source>Date the sample was taken</source>
            <translation>採取日</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="152" />
            <source>Every line that looked like a result was read.</source>
            <translation>結果らしい行はすべて読み取りました。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="71" />
            <source>Import lab report</source>
            <extracomment>The date field's "nothing chosen yet" (shown as words, never stored).</extracomment>
            <translation>検査報告書の取り込み</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="122" />
            <source>Line in the report</source>
            <translation>報告書の行</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="201" />
            <source>Line {line}: {reason}</source>
            <translation>{line} 行目: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="150" />
            <source>Lines &amp;not read (type these by hand if you need them):</source>
            <translation>読み取らなかった行(&amp;N)(必要なら手入力してください):</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="156" />
            <source>Lines not read, and why</source>
            <translation>読み取らなかった行とその理由</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="330" />
            <source>No row is ticked; tick the results to save.</source>
            <translation>チェックされた行がありません。保存する結果にチェックを付けてください。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="121" />
            <source>Range high</source>
            <translation>基準値上限</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="120" />
            <source>Range low</source>
            <translation>基準値下限</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="125" />
            <source>Results read from the report</source>
            <translation>報告書から読み取った結果</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="115" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="168" />
            <source>Save the ticked results</source>
            <translation>チェックした結果を保存</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="213" />
            <source>Save this result</source>
            <translation>この結果を保存</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="127" />
            <source>Space ticks or unticks a row; F2 or typing changes a cell.</source>
            <translation>スペースキーで行のチェックを切り替え、F2 キーまたは入力でセルを変更します。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="117" />
            <source>Test</source>
            <translation>検査項目</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="195" />
            <source>The report does not say clearly when the sample was taken. Choose the date; it is used for the rows without a date.</source>
            <translation>報告書には採取日がはっきり書かれていません。日付を選んでください。日付のない行に使われます。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="191" />
            <source>The report's date {date} could be read in two ways. Choose the date the sample was taken; it is used for the rows without a date.</source>
            <translation>報告書の日付 {date} は 2 通りに読めます。採取日を選んでください。日付のない行に使われます。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="335" />
            <source>Two ticked rows are the same test on the same date; untick one.</source>
            <translation>チェックした 2 つの行が同じ日の同じ検査です。片方のチェックを外してください。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="119" />
            <source>Unit</source>
            <translation>単位</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="118" />
            <source>Value</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="270" />
            <source>row {row}</source>
            <translation>{row} 行目</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="284" />
            <source>the test is not one of the program's list.</source>
            <translation>この検査はプログラムの一覧にありません。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="281" />
            <source>write the date as YYYY-MM-DD, e.g. 2025-03-14.</source>
            <translation>日付は YYYY-MM-DD の形で入力してください (例: 2025-03-14)。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="201" />
            <source>{line}: {reason}</source>
            <translation>{line}: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="272" />
            <source>{test}: {problem}</source>
            <translation>{test}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>LabReportImport</name>
        <message>
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="148" />
            <source>Import &amp;lab report…</source>
            <translation>検査報告書の取り込み(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="45" />
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="93" />
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="115" />
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="120" />
            <source>Import lab report</source>
            <translation>検査報告書の取り込み</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="47" />
            <source>Lab reports (*.pdf *.txt *.json);;All files (*)</source>
            <translation>検査報告書 (*.pdf *.txt *.json);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="121" />
            <source>No lab result was recognised, so nothing was saved. Results of tests the program does not know, or lines it was not sure of, can be typed in with "Enter results".</source>
            <translation>検査結果を認識できなかったため、何も保存していません。プログラムが知らない検査や確実に読めなかった行は、「結果を入力」から手入力できます。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="150" />
            <source>Read lab results from a PDF, text or FHIR file and check them</source>
            <translation>PDF、テキスト、FHIR ファイルから検査結果を読み取り、確認します</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="94" />
            <source>The report could not be read ({reason}); nothing was saved.</source>
            <translation>報告書を読み取れませんでした ({reason})。何も保存していません。</translation>
        </message>
    </context>
    <context>
        <name>LabsPage</name>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="110" />
            <source>&amp;Enter results…  (Ctrl+N)</source>
            <translation>結果を入力(&amp;E)…  (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="154" />
            <location filename="../../ui/labs/labs_page.py" line="298" />
            <source>All &amp;results of the chosen test:</source>
            <translation>選んだ検査のすべての結果(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="296" />
            <source>All &amp;results of {test}:</source>
            <translation>{test} のすべての結果(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="165" />
            <source>All results of the chosen test</source>
            <translation>選んだ検査のすべての結果</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="176" />
            <source>All tests</source>
            <translation>すべての検査</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="138" />
            <location filename="../../ui/labs/labs_page.py" line="157" />
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="378" />
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="116" />
            <source>Delete re&amp;sult</source>
            <translation>結果を削除(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="116" />
            <source>Delete the chosen result</source>
            <translation>選んだ結果を削除</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="375" />
            <source>Delete the {test} result of {day} ({value})? This cannot be undone.</source>
            <translation>{day} の {test} の結果（{value}）を削除しますか？ 元に戻せません。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="374" />
            <source>Delete this result?</source>
            <translation>この結果を削除しますか？</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="113" />
            <source>E&amp;dit result…</source>
            <translation>結果を編集(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="113" />
            <source>Edit the chosen result</source>
            <translation>選んだ結果を編集</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="110" />
            <source>Enter the results of a lab report</source>
            <translation>検査結果の用紙の結果を入力</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="256" />
            <source>High</source>
            <translation>高い</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="262" />
            <source>In range</source>
            <translation>基準範囲内</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="92" />
            <source>Lab and hormone results</source>
            <extracomment>Default rows of a first panel: the tests a POEMS haematologist usually orders.</extracomment>
            <translation>検査とホルモンの結果</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="175" />
            <source>Lab views</source>
            <translation>検査の表示</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="136" />
            <source>Latest</source>
            <translation>最新</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="132" />
            <source>Latest &amp;value of each test:</source>
            <translation>各検査の最新の値(&amp;V):</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="146" />
            <source>Latest result of each test</source>
            <translation>各検査の最新の結果</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="256" />
            <source>Low</source>
            <translation>低い</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="177" />
            <source>My markers (VEGF, M-protein, light chains)</source>
            <translation>私の指標（VEGF、M蛋白、軽鎖）</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="126" />
            <source>No results yet. Press "Enter results" and copy the values from your lab report.</source>
            <translation>まだ結果がありません。「結果を入力」を押して、検査結果の用紙から値を写してください。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="162" />
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="139" />
            <location filename="../../ui/labs/labs_page.py" line="160" />
            <source>Range check</source>
            <translation>基準範囲との比較</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="100" />
            <source>Ranges are the lab's own, copied from the report; "High" or "Low" is information for you and your doctor, not a diagnosis.</source>
            <translation>基準範囲は検査機関のものを用紙から写したものです。「高い」「低い」はあなたと医師のための情報で、診断ではありません。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="140" />
            <location filename="../../ui/labs/labs_page.py" line="161" />
            <source>Reference range</source>
            <translation>基準範囲</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="142" />
            <source>Since first</source>
            <translation>初回から</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="141" />
            <source>Since previous</source>
            <translation>前回から</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="135" />
            <source>Test</source>
            <translation>検査</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="137" />
            <location filename="../../ui/labs/labs_page.py" line="159" />
            <source>Unit</source>
            <translation>単位</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="158" />
            <source>Value</source>
            <translation>値</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="143" />
            <source>What it is</source>
            <translation>どんな検査か</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/shell/main_window.py" line="178" />
            <source>&amp;About POEMS Tracker</source>
            <translation>POEMS Tracker について(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="153" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="154" />
            <source>&amp;Go</source>
            <translation>移動(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="155" />
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="171" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>キーボードショートカット(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="165" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="175" />
            <source>&amp;Welcome and first steps…</source>
            <translation>ようこそ・はじめの一歩…(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="204" />
            <source>0–9 on a score: set it; 1 then 0 quickly: 10; Delete: clear it</source>
            <translation>スコアで 0〜9：その値にする。1 のあとすぐ 0：10。Delete：消す</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="217" />
            <source>&lt;h3&gt;POEMS Tracker {version}&lt;/h3&gt;&lt;p&gt;A private journal for people living with POEMS syndrome. Your records stay on this computer; the program never uses the network.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This program informs and organises. It is not medical advice and does not diagnose or recommend treatment.&lt;/b&gt; Talk to your doctors about any change.&lt;/p&gt;&lt;p&gt;This material contains content from LOINC (http://loinc.org). LOINC is copyright © Regenstrief Institute, Inc. and the LOINC Committee and is available at no cost under the license at http://loinc.org/license.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;POEMS Tracker {version}&lt;/h3&gt;&lt;p&gt;POEMS症候群とともに暮らす人のための個人用の記録帳です。記録はこのコンピューターの中だけに保存され、このプログラムはネットワークを一切使いません。&lt;/p&gt;&lt;p&gt;&lt;b&gt;このプログラムは情報を整理して示すものです。医学的な助言ではなく、診断や治療の提案もしません。&lt;/b&gt;変化があれば医師に相談してください。&lt;/p&gt;&lt;p&gt;This material contains content from LOINC (http://loinc.org). LOINC is copyright © Regenstrief Institute, Inc. and the LOINC Committee and is available at no cost under the license at http://loinc.org/license.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="233" />
            <source>About POEMS Tracker</source>
            <translation>POEMS Tracker について</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="206" />
            <source>Alt + an underlined letter: that button or field</source>
            <translation>Alt + 下線の付いた文字：そのボタンや欄へ</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="202" />
            <source>Alt+Left / Alt+Right: previous / next day</source>
            <translation>Alt+← / Alt+→：前の日 / 次の日</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="63" />
            <source>Appointments</source>
            <translation>予約</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="65" />
            <source>Appointments and questions</source>
            <translation>受診と質問</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="203" />
            <source>Ctrl+D: the check-in's date</source>
            <translation>Ctrl+D: 記録の日付</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="201" />
            <source>Ctrl+S: save the day's check-in</source>
            <translation>Ctrl+S：その日の記録を保存</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="73" />
            <source>Cycle days</source>
            <translation>周期日</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="68" />
            <source>Function check</source>
            <translation>機能チェック</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="38" />
            <source>History</source>
            <translation>履歴</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="40" />
            <source>History of check-ins</source>
            <translation>記録の履歴</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="212" />
            <source>Keyboard shortcuts</source>
            <translation>キーボードショートカット</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="60" />
            <source>Lab and hormone results</source>
            <translation>検査とホルモンの結果</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="58" />
            <source>Labs</source>
            <translation>検査</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/main_window.py" line="46" />
            <source>Made-up data — {app}</source>
            <translation>架空のデータ — {app}</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="48" />
            <source>Medicines</source>
            <translation>薬</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="50" />
            <source>Medicines and doses</source>
            <translation>お薬と服用</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="75" />
            <source>Symptoms by cycle day</source>
            <translation>周期の日ごとの症状</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="205" />
            <source>Tab / Shift+Tab: next / previous field</source>
            <translation>Tab / Shift+Tab：次 / 前の欄</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="33" />
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="35" />
            <source>Today's check-in</source>
            <translation>今日の記録</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="53" />
            <source>Treatments</source>
            <translation>治療</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="55" />
            <source>Treatments and milestones</source>
            <translation>治療と節目</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="43" />
            <source>Trends</source>
            <translation>推移</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="45" />
            <source>Trends over time</source>
            <translation>時間による変化</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="70" />
            <source>Weekly function check</source>
            <translation>毎週の機能チェック</translation>
        </message>
    </context>
    <context>
        <name>MarkersDueLine</name>
        <message numerus="yes">
            <location filename="../../ui/labs/markers_due.py" line="49" />
            <source>Markers not measured for more than %n month(s): {names}.</source>
            <translation>
                <numerusform>%nか月以上測っていないマーカー：{names}。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MarkersPanel</name>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="205" />
            <source>"Before treatment" is the last value taken on or before {start}.</source>
            <translation>「治療前」は {start} 以前で最後に測った値です。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="258" />
            <source>(calculated)</source>
            <translation>（計算値）</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="262" />
            <source>(due)</source>
            <translation>（検査の時期）</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="134" />
            <source>At 6 months</source>
            <translation>6か月時点</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="158" />
            <source>Charts of each marker, treatments shaded behind</source>
            <translation>各マーカーのグラフ（背景の影は治療期間）</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="110" />
            <source>Compare &amp;with the value before:</source>
            <translation>比べる治療開始(&amp;W)：</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="129" />
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="343" />
            <source>Drawing the charts…</source>
            <translation>グラフを描いています…</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="163" />
            <source>Grey: treatment. Dashed: top of the lab's range. A log scale where values span more than tenfold.</source>
            <translation>灰色：治療期間。破線：検査機関の基準範囲の上限。値の幅が10倍を超えるときは対数目盛です。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="128" />
            <source>Latest</source>
            <translation>最新</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="133" />
            <source>Lowest since treatment</source>
            <translation>治療後の最低値</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="127" />
            <source>Marker</source>
            <translation>指標</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="73" />
            <source>Medicine</source>
            <translation>薬</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="103" />
            <source>My markers</source>
            <translation>私の指標</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="143" />
            <source>My markers: latest values and their change</source>
            <translation>私の指標：最新の値とその変化</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="234" />
            <source>No treatment recorded</source>
            <translation>治療の記録がありません</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="199" />
            <source>No treatment recorded: changes are from the first value. A treatment added on the Medicines page is the start they are counted from.</source>
            <translation>治療の記録がありません：変化は最初の値からです。「お薬」ページで治療を追加すると、その開始日から数えます。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="130" />
            <source>Range</source>
            <translation>基準範囲</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="132" />
            <source>Since before treatment</source>
            <translation>治療前から</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="131" />
            <source>Since the previous value</source>
            <translation>前回の値から</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="360" />
            <source>The charts could not be drawn.</source>
            <translation>グラフを描けませんでした。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="115" />
            <source>The latest treatment start counts unless you pick another one.</source>
            <translation>別の治療を選ばない限り、最も新しい治療開始が基準です。</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="113" />
            <source>Treatment the change is counted from</source>
            <translation>変化を数える基準の治療</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="149" />
            <source>What the chosen marker shows, in words</source>
            <translation>選んだマーカーの事実（文章）</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="251" />
            <source>none yet</source>
            <translation>まだなし</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="301" />
            <source>not comparable</source>
            <translation>比較できません</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="241" />
            <source>{start} (the latest)</source>
            <translation>{start}（最新）</translation>
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
            <translation>1回の量(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="84" />
            <source>&amp;Medicine:</source>
            <translation>薬(&amp;M):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="161" />
            <source>&amp;Reason:</source>
            <translation>理由(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="168" />
            <source>&amp;Save medicine</source>
            <translation>薬を保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="165" />
            <source>A note about this medicine</source>
            <translation>この薬についてのメモ</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="93" />
            <source>About this medicine</source>
            <translation>この薬について</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="116" />
            <source>Amount of one dose</source>
            <translation>1回分の量</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="171" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="69" />
            <source>Change a medicine</source>
            <translation>薬を変更</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="259" />
            <source>Choose a medicine to see what it is for.</source>
            <translation>薬を選ぶと、何のための薬かが表示されます。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="172" />
            <source>Close without saving</source>
            <translation>保存せずに閉じる</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="139" />
            <source>First day of this medicine</source>
            <translation>この薬の最初の日</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="275" />
            <source>For information only; follow your doctor's advice.</source>
            <translation>情報としてのみ示しています。医師の指示に従ってください。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="291" />
            <source>In words: {words}</source>
            <translation>言葉で：{words}</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="142" />
            <source>It has s&amp;topped; last day:</source>
            <translation>中止した(&amp;T)。最後の日:</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="145" />
            <source>Last day of this medicine</source>
            <translation>この薬の最後の日</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="184" />
            <source>Medicine details</source>
            <translation>薬の詳細</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="86" />
            <source>Medicine name; pick one from the list or type your own</source>
            <translation>薬の名前。一覧から選ぶか、自分で入力してください</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="165" />
            <source>N&amp;ote:</source>
            <translation>メモ(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="270" />
            <source>Note: {note} (Source: {source})</source>
            <translation>注意：{note}（出典：{source}）</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="81" />
            <source>Pick from the list or type a name</source>
            <translation>一覧から選ぶか、名前を入力してください</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="137" />
            <source>S&amp;tarted on:</source>
            <translation>開始日(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="170" />
            <source>Save medicine</source>
            <translation>薬を保存</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="131" />
            <source>Schedule:</source>
            <translation>服用予定:</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="69" />
            <source>Start a medicine</source>
            <translation>薬を始める</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="124" />
            <source>The schedule in words</source>
            <translation>服用予定を言葉で</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="104" />
            <source>Unit of the dose</source>
            <translation>量の単位</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="161" />
            <source>Why you take it</source>
            <translation>飲む理由</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="326" />
            <source>Write the dose as a number, like 25 or 2.5.</source>
            <translation>量は 25 や 2.5 のように数字で書いてください。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="257" />
            <source>Your own medicine: no catalogue note.</source>
            <translation>自分で入れた薬：一覧の説明はありません。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="159" />
            <source>e.g. nerve pain</source>
            <translation>例：神経の痛み</translation>
        </message>
    </context>
    <context>
        <name>MedicationsPage</name>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="73" />
            <source>&amp;Change…</source>
            <translation>変更(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="81" />
            <source>&amp;Delete…</source>
            <translation>削除(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="70" />
            <source>&amp;Start a medicine…</source>
            <translation>薬を始める(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="171" />
            <source>; {count} not recorded</source>
            <translation>、未記録 {count}</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="44" />
            <source>All the time</source>
            <translation>全期間</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="73" />
            <source>Change the chosen medicine</source>
            <translation>選んだ薬を変更</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="53" />
            <source>Dates</source>
            <translation>期間</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="336" />
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="313" />
            <source>Delete a medicine</source>
            <translation>薬を削除</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="322" />
            <source>Delete it and its doses</source>
            <translation>薬と服用記録を削除</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="81" />
            <source>Delete the chosen medicine</source>
            <translation>選んだ薬を削除</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="335" />
            <source>Delete {name}? This cannot be undone.</source>
            <translation>{name} を削除しますか？ 元に戻せません。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="51" />
            <source>Dose</source>
            <translation>量</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="254" />
            <source>First choose a medicine in one of the lists.</source>
            <translation>先にどちらかの一覧で薬を選んでください。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="52" />
            <source>How often</source>
            <translation>頻度</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="50" />
            <source>Medicine</source>
            <translation>薬</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="62" />
            <source>Medicines</source>
            <translation>お薬</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="102" />
            <source>Medicines you stopped, kept as history</source>
            <translation>中止した薬（履歴として残します）</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="101" />
            <source>Medicines you take now</source>
            <translation>今飲んでいる薬</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="109" />
            <source>Message</source>
            <translation>お知らせ</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="117" />
            <source>No medicines yet. Press "Start a medicine…" to add the first one; its doses then appear on the Today page.</source>
            <translation>まだ薬がありません。「薬を始める…」を押して最初の薬を追加すると、その服用が「今日」のページに表示されます。</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="164" />
            <source>Not recorded ({due} doses due)</source>
            <translation>未記録（予定 {due} 回）</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="157" />
            <source>Not taken in this period</source>
            <translation>この期間は使っていません</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="162" />
            <source>Nothing due in this period</source>
            <translation>この期間に予定はありません</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="92" />
            <source>Period for the Taken column</source>
            <translation>「服用」欄の期間</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="93" />
            <source>Show what was taken &amp;over:</source>
            <translation>服用状況を表示する期間(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="70" />
            <source>Start a new medicine</source>
            <translation>新しい薬を始める</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="76" />
            <source>Sto&amp;p</source>
            <translation>中止(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="286" />
            <source>Stop a medicine</source>
            <translation>薬を中止</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="290" />
            <source>Stop it</source>
            <translation>中止する</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="322" />
            <source>Stop it instead</source>
            <translation>代わりに中止する</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="77" />
            <source>Stop the chosen medicine today; its history is kept</source>
            <translation>選んだ薬を今日で中止する。履歴は残ります</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="288" />
            <source>Stop {name} today? Today counts as its last day; its doses and history are kept.</source>
            <translation>{name} を今日で中止しますか？ 今日が最後の日になります。服用記録と履歴は残ります。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="105" />
            <source>Stopped, &amp;kept as history</source>
            <translation>中止した薬（履歴として保存）(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="54" />
            <source>Taken</source>
            <translation>服用</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="103" />
            <source>Taking &amp;now</source>
            <translation>服用中(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="42" />
            <source>The last 30 days</source>
            <translation>直近30日</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="43" />
            <source>The last 90 days</source>
            <translation>直近90日</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="216" />
            <source>since {start}</source>
            <translation>{start} から</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="319" />
            <source>{name} has {count} recorded doses. Deleting it deletes them too. You can stop it instead and keep its history.</source>
            <translation>{name} には {count} 回の服用記録があります。削除すると記録も削除されます。代わりに中止すれば履歴を残せます。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="282" />
            <source>{name} is already stopped.</source>
            <translation>{name} はすでに中止しています。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="346" />
            <source>{name} is deleted.</source>
            <translation>{name} を削除しました。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="272" />
            <source>{name} is saved.</source>
            <translation>{name} を保存しました。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="298" />
            <source>{name} is stopped; its history is kept.</source>
            <translation>{name} を中止しました。履歴は残ります。</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="158" />
            <source>{per_day} a day on average ({taken} taken)</source>
            <translation>1日平均 {per_day} 回（{taken} 回服用）</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="167" />
            <source>{percent}% taken ({taken} of {due})</source>
            <translation>{percent}% 服用（{due} 回中 {taken} 回）</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="218" />
            <source>{start} to {end}</source>
            <translation>{start} 〜 {end}</translation>
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
            <translation>30日(&amp;3)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="26" />
            <source>&amp;90 days</source>
            <translation>90日(&amp;9)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="28" />
            <source>All &amp;dates</source>
            <translation>全期間(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="29" />
            <source>Cu&amp;stom…</source>
            <translation>指定(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="72" />
            <source>Fr&amp;om:</source>
            <translation>開始(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="49" />
            <source>Period:</source>
            <translation>期間:</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="87" />
            <source>Problem with the dates</source>
            <translation>日付に問題があります</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="82" />
            <source>Sho&amp;w</source>
            <translation>表示(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="84" />
            <source>Show these dates</source>
            <translation>この期間を表示</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="122" />
            <source>The first date must be on or before the last.</source>
            <translation>最初の日付は最後の日付と同じか、それより前にしてください。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="72" />
            <source>To:</source>
            <translation>終了:</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="155" />
            <source> days</source>
            <translation> 日</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="165" />
            <source> months</source>
            <translation> か月</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="133" />
            <source>&amp;Hospital number (for the report):</source>
            <translation>診察券番号（レポート用）(&amp;H)：</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="71" />
            <source>&amp;Language:</source>
            <translation>言語(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="319" />
            <source>&amp;Preferences…</source>
            <translation>設定(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="93" />
            <source>&amp;Remind me to fill in the day</source>
            <translation>その日の記録を入れるようにお知らせする(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="147" />
            <source>&amp;Sex for lab reference ranges:</source>
            <translation>検査の基準範囲に使う性別(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="87" />
            <source>&amp;Text size:</source>
            <translation>文字の大きさ(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="90" />
            <source>100 % is the computer's usual size; 200 % is twice as large.</source>
            <translation>100 % はコンピューターの通常の大きさ、200 % はその2倍です。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="136" />
            <source>As printed on your hospital letters. Leave empty to print none.</source>
            <translation>病院の書類に書かれているとおりに。空欄なら印刷しません。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="323" />
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="94" />
            <source>Daily check-in reminder</source>
            <translation>毎日の記録のお知らせ</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="124" />
            <source>Date of &amp;birth (for the report):</source>
            <translation>生年月日（レポート用）(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="126" />
            <source>Date of birth for the report</source>
            <translation>レポートに載せる生年月日</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="160" />
            <source>Days between hand and walking checks</source>
            <translation>手と歩行のチェックの間隔（日数）</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="104" />
            <source>Dose reminders</source>
            <translation>服薬のお知らせ</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="144" />
            <source>Female</source>
            <translation>女性</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="171" />
            <source>Follow-up is at least every 3 months for several years.</source>
            <translation>経過観察は数年間、少なくとも3か月ごとです。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="197" />
            <source>General</source>
            <translation>全般</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="158" />
            <source>Hand and walking check &amp;every:</source>
            <translation>手と歩行のチェックの間隔(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="135" />
            <source>Hospital number for the report</source>
            <translation>レポートに載せる診察券番号</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="71" />
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="143" />
            <source>Male</source>
            <translation>男性</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="168" />
            <source>Markers are d&amp;ue after:</source>
            <translation>マーカー検査の間隔(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="170" />
            <source>Months after which a marker not measured shows as due</source>
            <translation>測っていないマーカーを「検査の時期」と表示するまでの月数</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="142" />
            <source>Not set</source>
            <translation>未設定</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="61" />
            <source>Preferences</source>
            <extracomment>Each language named in itself, so a patient who reads only that language finds it.</extracomment>
            <translation>設定</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="199" />
            <location filename="../../ui/shell/preferences_dialog.py" line="200" />
            <source>Preferences sections</source>
            <translation>設定の項目</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="115" />
            <source>Printed at the top of the report for your doctor. Leave empty to print no name.</source>
            <translation>医師向けレポートの一番上に印刷されます。空欄なら名前は印刷されません。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="198" />
            <source>Privacy</source>
            <translation>プライバシー</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="103" />
            <source>Remind me of &amp;doses when they are due</source>
            <translation>薬を飲む時間になったらお知らせする(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="99" />
            <source>Reminder t&amp;ime:</source>
            <translation>お知らせの時刻(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="99" />
            <source>Reminder time</source>
            <translation>お知らせの時刻</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="68" />
            <source>Same as the computer</source>
            <translation>コンピューターと同じ</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="149" />
            <source>Sex for lab reference ranges</source>
            <translation>検査の基準範囲に使う性別</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="150" />
            <source>Some lab tests have different usual ranges for men and women.</source>
            <translation>検査によっては、男女で通常の範囲が異なります。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="89" />
            <source>Text size</source>
            <translation>文字の大きさ</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="73" />
            <source>The new language is used the next time you start POEMS Tracker.</source>
            <translation>新しい言語は、次に POEMS Tracker を起動したときから使われます。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="120" />
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="127" />
            <source>Year-month-day, for example 1961-04-02. Leave empty to print none.</source>
            <translation>年-月-日で、例：1961-04-02。空欄なら印刷しません。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="111" />
            <source>Your &amp;name (for the report):</source>
            <translation>あなたの名前（レポート用）(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="113" />
            <source>Your name for the report</source>
            <translation>レポートに載せるあなたの名前</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="155" />
            <source> min</source>
            <translation> 分</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="60" />
            <source>&amp;Again:</source>
            <translation>もう一度(&amp;A):</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="59" />
            <source>&amp;Passphrase:</source>
            <translation>パスフレーズ(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="168" />
            <source>C&amp;hange passphrase…</source>
            <translation>パスフレーズを変更(&amp;H)…</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="168" />
            <source>Change the passphrase</source>
            <translation>パスフレーズを変更する</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="49" />
            <source>Choose a passphrase of at least 8 characters. A few unrelated words are easy to type and hard to guess.</source>
            <translation>8 文字以上のパスフレーズを決めてください。関係のない単語をいくつか並べると、打ちやすく当てられにくくなります。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="131" />
            <source>Close: I have written it down</source>
            <translation>閉じる：書き留めました</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="162" />
            <source>Encrypt the records with a passphrase</source>
            <translation>記録をパスフレーズで暗号化する</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="246" />
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="273" />
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="291" />
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="240" />
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="266" />
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="289" />
            <source>Encryption</source>
            <translation>暗号化</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="131" />
            <source>I have written it &amp;down</source>
            <translation>書き留めました(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="159" />
            <source>Loc&amp;k after this long without use:</source>
            <translation>使わない時間がこれを過ぎたらロック(&amp;K):</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="157" />
            <source>Lock after minutes without use</source>
            <translation>使わない時間（分）が過ぎたらロック</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="154" />
            <source>Never</source>
            <translation>しない</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="47" />
            <source>New passphrase</source>
            <translation>新しいパスフレーズ</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="55" />
            <source>Passphrase</source>
            <translation>パスフレーズ</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="145" />
            <source>Privacy</source>
            <translation>プライバシー</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="122" />
            <source>Recovery key</source>
            <translation>回復キー</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="165" />
            <source>Store the records unencrypted again</source>
            <translation>記録を暗号化せずに保存する</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="94" />
            <source>The passphrase must have at least 8 characters.</source>
            <translation>パスフレーズは 8 文字以上にしてください。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="291" />
            <source>The passphrase was changed.</source>
            <translation>パスフレーズを変更しました。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="56" />
            <source>The same passphrase again</source>
            <translation>同じパスフレーズをもう一度</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="96" />
            <source>The two passphrases differ.</source>
            <translation>2 つのパスフレーズが一致しません。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="165" />
            <source>Turn &amp;off encryption…</source>
            <translation>暗号化をやめる(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="162" />
            <source>Turn on encr&amp;yption…</source>
            <translation>暗号化する(&amp;Y)…</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="114" />
            <source>Write this recovery key down on paper now and keep it somewhere safe. It opens your records if you forget the passphrase. It is not shown again.</source>
            <translation>この回復キーを今すぐ紙に書き留め、安全な場所に保管してください。パスフレーズを忘れたときに記録を開くことができます。二度と表示されません。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="247" />
            <source>Your records and backups are now encrypted. Exports stay unencrypted files.</source>
            <translation>記録とバックアップは暗号化されました。書き出したファイルは暗号化されません。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="194" />
            <source>Your records are encrypted: without your passphrase nobody can read them in the data folder or its backups.</source>
            <translation>記録は暗号化されています。パスフレーズがなければ、データフォルダーやバックアップから誰も読むことはできません。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="273" />
            <source>Your records are no longer encrypted.</source>
            <translation>記録の暗号化をやめました。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="199" />
            <source>Your records are not encrypted: anyone who can open the data folder on this computer can read them.</source>
            <translation>記録は暗号化されていません。このコンピューターでデータフォルダーを開ける人は誰でも読むことができます。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="112" />
            <source>Your recovery key</source>
            <translation>あなたの回復キー</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="114" />
            <source>Nothing was imported</source>
            <translation>何も取り込んでいません</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/data/exchange_dialogs.py" line="117" />
            <source>Nothing was imported, so your records are unchanged. Fix the %n problem(s) below in the files and import again:</source>
            <translation>
                <numerusform>何も取り込まれていないため、記録は変わっていません。ファイルの下記 %n 件の問題を直してから、もう一度取り込んでください：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="126" />
            <source>Problems found in the files</source>
            <translation>ファイルに問題が見つかりました</translation>
        </message>
    </context>
    <context>
        <name>QuestionsPanel</name>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="108" />
            <source>&amp;Move to the visit chosen above</source>
            <translation>上で選んだ受診に移す(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="66" />
            <source>&amp;Save question</source>
            <translation>質問を保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="54" />
            <source>&amp;Write a question:</source>
            <translation>質問を書く(&amp;W):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="81" />
            <source>Answer</source>
            <translation>答え</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="97" />
            <source>Answer to the chosen question</source>
            <translation>選んだ質問への答え</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="63" />
            <source>As&amp;k at visit:</source>
            <translation>聞く受診(&amp;K):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="79" />
            <source>Ask at</source>
            <translation>聞く受診</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="109" />
            <source>Ask the chosen question at the visit chosen above</source>
            <translation>選んだ質問を、上で選んだ受診で聞く</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="113" />
            <source>De&amp;lete…</source>
            <translation>削除(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="276" />
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="274" />
            <source>Delete question</source>
            <translation>質問を削除</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="113" />
            <source>Delete the chosen question</source>
            <translation>選んだ質問を削除</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="275" />
            <source>Delete the question “{text}”?</source>
            <translation>質問「{text}」を削除しますか？</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="99" />
            <source>Doctor's answ&amp;er:</source>
            <translation>医師の答え(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="102" />
            <source>Mark the chosen question answered</source>
            <translation>選んだ質問を回答済みにする</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="105" />
            <source>Mark the chosen question not answered</source>
            <translation>選んだ質問を未回答に戻す</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="52" />
            <source>New question</source>
            <translation>新しい質問</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="151" />
            <location filename="../../ui/appointments/questions_panel.py" line="165" />
            <source>No visit yet</source>
            <translation>受診予定なし</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="80" />
            <source>Noted on</source>
            <translation>メモした日</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="180" />
            <source>Open</source>
            <translation>未回答</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="105" />
            <source>Open a&amp;gain</source>
            <translation>未回答に戻す(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="78" />
            <source>Question</source>
            <translation>質問</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="84" />
            <source>Questions for the doctor</source>
            <translation>医師への質問</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="66" />
            <source>Save the question</source>
            <translation>質問を保存</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="70" />
            <source>Show answered quest&amp;ions too</source>
            <translation>回答済みの質問も表示(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="77" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="57" />
            <source>Visit to ask it at</source>
            <translation>質問する受診</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="96" />
            <source>What the doctor said (optional)</source>
            <translation>医師が言ったこと（任意）</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="51" />
            <source>e.g. Can I drive with numb feet?</source>
            <translation>例：足がしびれていても運転できますか？</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="180" />
            <source>✓ Answered</source>
            <translation>✓ 回答済み</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="102" />
            <source>✓ Tick &amp;off</source>
            <translation>✓ 済みにする(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>ReminderBanner</name>
        <message>
            <location filename="../../ui/shell/reminders.py" line="72" />
            <source>Dismiss</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <location filename="../../ui/shell/reminders.py" line="73" />
            <source>Dismiss the reminder</source>
            <translation>お知らせを閉じる</translation>
        </message>
        <message>
            <location filename="../../ui/shell/reminders.py" line="70" />
            <source>Fill in today's &amp;check-in</source>
            <translation>今日の記録をつける(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/reminders.py" line="71" />
            <source>Open today's check-in</source>
            <translation>今日の記録を開く</translation>
        </message>
        <message>
            <location filename="../../ui/shell/reminders.py" line="58" />
            <source>Reminder</source>
            <extracomment>A dose reminder only comes within this time after the dose is due: starting the program in the evening must not bring up every dose of the day at once. A dose marked this close to its time counts as that dose (people take them a bit early).</extracomment>
            <translation>お知らせ</translation>
        </message>
        <message>
            <location filename="../../ui/shell/reminders.py" line="59" />
            <source>Reminder:</source>
            <translation>お知らせ:</translation>
        </message>
    </context>
    <context>
        <name>ReminderService</name>
        <message>
            <location filename="../../ui/shell/reminders.py" line="178" />
            <source>Time for today's check-in: how are you feeling today?</source>
            <translation>今日の記録の時間です。今日の調子はいかがですか？</translation>
        </message>
        <message>
            <location filename="../../ui/shell/reminders.py" line="210" />
            <source>Time for your {name} ({time}).</source>
            <translation>{name} の時間です（{time}）。</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="73" />
            <source>(calculated)</source>
            <translation>（計算値）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="240" />
            <source>(day 0: {day})</source>
            <translation>（day 0：{day}）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="47" />
            <source>({days} days; {checkins} days with a check-in)</source>
            <translation>（{days} 日間。記録のある日 {checkins} 日）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="246" />
            <source>({n} cycles begun)</source>
            <translation>（{n} コース開始）</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="223" />
            <source>Arm grade {arms}: {arm_words}. Leg grade {legs}: “{leg_words}”.</source>
            <translation>腕のグレード {arms}：{arm_words}。脚のグレード {legs}：「{leg_words}」。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="99" />
            <source>At 6 months: {value} on {date}.</source>
            <translation>6か月時点：{value}（{date}）。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="95" />
            <source>Average</source>
            <translation>平均</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="148" />
            <source>Averages of the days logged; they show a pattern, not its cause.</source>
            <translation>記録した日の平均です。傾向を示すもので、原因を示すものではありません。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="131" />
            <source>Before treatment: the last value on or before {date} ({what} began).</source>
            <translation>治療前：{date} 以前で最後の値（{what} の開始）。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="37" />
            <source>Born:</source>
            <translation>生年月日：</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="98" />
            <source>Change</source>
            <translation>変化</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/document.py" line="292" />
            <source>Charts: each marker over the last two years or more, treatments shaded behind, the dashed line the top of the lab's range</source>
            <translation>グラフ：各マーカーの2年以上の推移。背景の影は治療期間、破線は基準範囲の上限</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="165" />
            <source>Course</source>
            <translation>服用期間</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="258" />
            <source>Dates</source>
            <translation>日付</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="94" />
            <source>Days recorded</source>
            <translation>記録した日数</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="258" />
            <source>Description</source>
            <translation>説明</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="165" />
            <source>Dose</source>
            <translation>量</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="275" />
            <source>First in the period ({day}): arms {arms}, legs {legs}.</source>
            <translation>期間の最初（{day}）：腕 {arms}、脚 {legs}。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="281" />
            <source>Function check</source>
            <translation>機能チェック</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="303" />
            <source>Grades over time (arms/legs): {pairs}</source>
            <translation>グレードの推移（腕/脚）：{pairs}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/document.py" line="296" />
            <source>Grey: treatment. Dashed: top of the lab's range. A log scale where values span more than tenfold.</source>
            <translation>灰色：治療期間。破線：検査機関の基準範囲の上限。値の幅が10倍を超えるときは対数目盛です。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="179" />
            <source>High</source>
            <translation>高い</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="39" />
            <source>Hospital number:</source>
            <translation>診察券番号：</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="278" />
            <source>Inspired by the ONLS; a record, not an assessment.</source>
            <translation>ONLS を参考にした記録で、評価ではありません。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="258" />
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="108" />
            <source>Latest</source>
            <translation>最新</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="270" />
            <source>Latest ({day}): arms {arms} of 5, legs {legs} of 7.</source>
            <translation>最新（{day}）：腕 {arms}/5、脚 {legs}/7。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="181" />
            <source>Low</source>
            <translation>低い</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="111" />
            <source>Lowest since treatment</source>
            <translation>治療後の最低値</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="96" />
            <source>Lowest–highest</source>
            <translation>最低〜最高</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="107" />
            <source>Marker</source>
            <translation>マーカー</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="63" />
            <source>Markers at a glance</source>
            <translation>マーカーの概要</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="129" />
            <location filename="../../../poems_tracker/report/sections.py" line="165" />
            <location filename="../../../poems_tracker/report/sections.py" line="251" />
            <source>Medicine</source>
            <translation>薬</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="146" />
            <source>Medicines</source>
            <translation>お薬</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="129" />
            <source>Monthly means {first} – {last}</source>
            <translation>月平均 {first}～{last}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="62" />
            <source>Neuropathy and symptoms (0 = none, 10 = worst imaginable)</source>
            <translation>神経障害と症状（0 = なし、10 = 想像しうる最悪）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="322" />
            <source>Next appointments</source>
            <translation>次回の受診予定</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="65" />
            <source>No check-ins in this period.</source>
            <translation>この期間の記録はありません。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="191" />
            <source>No lab results in this period.</source>
            <translation>この期間の検査結果はありません。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="65" />
            <source>No marker result recorded yet.</source>
            <translation>マーカーの結果はまだ記録されていません。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="148" />
            <source>No medicine was taken in this period.</source>
            <translation>この期間に飲んだ薬はありません。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="87" />
            <source>No on every day recorded: {signs}</source>
            <translation>記録したすべての日で「いいえ」：{signs}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="213" />
            <source>No other result was outside its range in this period.</source>
            <translation>この期間、ほかに基準範囲外の結果はありません。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="175" />
            <source>No symptom was logged on these cycle days.</source>
            <translation>これらの周期の日には症状の記録がありません。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="256" />
            <source>No treatment is recorded.</source>
            <translation>治療の記録はありません。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="127" />
            <source>No treatment is recorded: changes are from the first value.</source>
            <translation>治療の記録はありません：変化は最初の値からです。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="353" />
            <source>Notes from the check-ins</source>
            <translation>記録のメモ</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="189" />
            <source>Other results out of range</source>
            <translation>その他の基準範囲外の結果</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="221" />
            <source>Out of range</source>
            <translation>範囲外</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/document.py" line="350" />
            <source>POEMS Tracker report {start} to {end}</source>
            <translation>POEMS Tracker レポート {start} 〜 {end}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="43" />
            <source>POEMS Tracker: report for the doctor</source>
            <translation>POEMS Tracker：医師向けレポート</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/pdf.py" line="101" />
            <source>Page {page} of {pages}</source>
            <translation>{page} / {pages} ページ</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/pdf.py" line="53" />
            <source>Patient-recorded data; not medical advice</source>
            <translation>患者が記録したデータです。医学的な助言ではありません</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="35" />
            <source>Patient:</source>
            <translation>患者:</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="45" />
            <source>Period:</source>
            <translation>期間:</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="53" />
            <source>Printed on {today}. Every value was recorded by the patient.</source>
            <translation>{today} に印刷。すべての値は患者が記録したものです。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="323" />
            <source>Purpose</source>
            <translation>目的</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="333" />
            <source>Questions for the doctor</source>
            <translation>医師への質問</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="220" />
            <source>Reference range</source>
            <translation>基準範囲</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="219" />
            <source>Results (High/Low = outside the range)</source>
            <translation>結果（高い／低い＝範囲外）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="97" />
            <source>Same number of days before</source>
            <translation>直前の同じ日数</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="165" />
            <source>Schedule</source>
            <translation>服用予定</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="110" />
            <source>Since before treatment</source>
            <translation>治療前から</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="109" />
            <source>Since the previous value</source>
            <translation>前回の値から</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="323" />
            <source>Specialty</source>
            <translation>診療科</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="323" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="93" />
            <source>Symptom</source>
            <translation>症状</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="149" />
            <source>Symptoms by cycle day</source>
            <translation>周期の日ごとの症状</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="165" />
            <source>Taken in this period</source>
            <translation>この期間の服用</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="217" />
            <source>Test</source>
            <translation>検査</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="234" />
            <source>Treatment history</source>
            <translation>治療歴</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="218" />
            <source>Unit</source>
            <translation>単位</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="89" />
            <source>Weight (kg)</source>
            <translation>体重 (kg)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="323" />
            <source>When</source>
            <translation>日時</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="323" />
            <source>With</source>
            <translation>担当</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="42" />
            <source>from {value} on {date}</source>
            <translation>{date} の {value} から</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="45" />
            <source>not comparable</source>
            <translation>比較できません</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="243" />
            <location filename="../../../poems_tracker/report/sections.py" line="152" />
            <source>ongoing</source>
            <translation>継続中</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="103" />
            <source>schedule not understood</source>
            <translation>服用予定を読み取れません</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="79" />
            <source>yes on {yes} of {days} days</source>
            <translation>{days} 日中 {yes} 日「はい」</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="153" />
            <source>{medicine} ({schedule}), {cycles}:</source>
            <translation>{medicine}（{schedule}）、{cycles}:</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="350" />
            <source>{n} earlier notes are in the program.</source>
            <translation>それ以前のメモ {n} 件はプログラムの中にあります。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="209" />
            <source>{n} of {total}</source>
            <translation>{total} 件中 {n} 件</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="163" />
            <source>{symptom}: average {on} on medicine days (over {on_n} days), {off} on days off (over {off_n} days).</source>
            <translation>{symptom}：服薬日の平均 {on}（{on_n} 日分）、休薬日の平均 {off}（{off_n} 日分）。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/document.py" line="354" />
            <source>{title}: {name}</source>
            <translation>{title}：{name}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="201" />
            <source>… {n} more …</source>
            <translation>… ほか {n} 件 …</translation>
        </message>
    </context>
    <context>
        <name>ReportPeriodDialog</name>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="44" />
            <source>&amp;From:</source>
            <translation>開始(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="55" />
            <source>&amp;Paper:</source>
            <translation>用紙(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="47" />
            <source>&amp;To:</source>
            <translation>終了(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="50" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="44" />
            <source>First day of the report</source>
            <translation>レポートの最初の日</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="47" />
            <source>Last day of the report</source>
            <translation>レポートの最後の日</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="51" />
            <source>Letter (US)</source>
            <translation>レター（米国）</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="54" />
            <source>Paper size</source>
            <translation>用紙サイズ</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="60" />
            <source>Problem with the period</source>
            <translation>期間に問題があります</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="38" />
            <source>Report for the doctor</source>
            <translation>医師向けレポート</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="102" />
            <source>The first day is after the last day; pick an earlier first day.</source>
            <translation>最初の日が最後の日より後です。もっと前の日を最初の日にしてください。</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="98" />
            <source>&amp;Backups, newest first:</source>
            <translation>バックアップ（新しい順）(&amp;B):</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="125" />
            <source>&amp;Restore selected</source>
            <translation>選んだものを復元(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="101" />
            <source>Backups</source>
            <translation>バックアップ</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="184" />
            <source>Backups (*.db);;All files (*)</source>
            <translation>バックアップ (*.db);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="127" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="191" />
            <source>Cannot restore</source>
            <translation>復元できません</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="126" />
            <source>Choose &amp;another file…</source>
            <translation>別のファイルを選ぶ(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="182" />
            <source>Choose a backup file</source>
            <translation>バックアップファイルを選ぶ</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="131" />
            <source>Close without restoring</source>
            <translation>復元せずに閉じる</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="103" />
            <source>Each backup with its date and how many records it holds</source>
            <translation>各バックアップの日付と記録の件数</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="93" />
            <source>Pick the backup to bring back. Your records as they are now are kept as a backup first, so nothing is lost.</source>
            <translation>元に戻すバックアップを選んでください。今の記録は先にバックアップとして残すので、何も失われません。</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="130" />
            <source>Restore a backup file from elsewhere, e.g. a USB stick</source>
            <translation>別の場所（例：USBメモリー）のバックアップファイルから復元</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="86" />
            <source>Restore from backup</source>
            <translation>バックアップから復元</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="129" />
            <source>Restore the selected backup</source>
            <translation>選んだバックアップを復元</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="120" />
            <source>There are no backups in {folder} yet.</source>
            <translation>{folder} にはまだバックアップがありません。</translation>
        </message>
    </context>
    <context>
        <name>Schedules</name>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="144" />
            <source> a day</source>
            <translation> 回／日</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="73" />
            <source> days</source>
            <translation> 日</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="72" />
            <source>&amp;How often:</source>
            <translation>頻度(&amp;H):</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="120" />
            <source>&amp;Times a day:</source>
            <translation>1日の回数(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="141" />
            <source>At &amp;most</source>
            <translation>上限(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="121" />
            <source>At &amp;set times</source>
            <translation>決まった時刻に(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="140" />
            <source>At:</source>
            <translation>時刻:</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="237" />
            <source>Choose at least one day of the week.</source>
            <translation>曜日を少なくとも1つ選んでください。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="106" />
            <source>Days in one cycle</source>
            <translation>1周期の日数</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="142" />
            <source>Days {first}–{last} of each {length}-day cycle</source>
            <translation>{length} 日周期ごとの {first}〜{last} 日目</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="120" />
            <source>Doses on each medicine day</source>
            <translation>服薬日ごとの回数</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="74" />
            <source>E&amp;very:</source>
            <translation>間隔(&amp;V):</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="134" />
            <source>Every day</source>
            <translation>毎日</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/schedule_picker.py" line="60" />
            <source>Every few days</source>
            <translation>数日おき</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="140" />
            <source>Every week on {days}</source>
            <translation>毎週 {days}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="138" />
            <source>Every {n} days</source>
            <translation>{n} 日おき</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="102" />
            <source>First medicine day of the cycle</source>
            <translation>周期の最初の服薬日</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="72" />
            <source>How often the medicine is taken</source>
            <translation>薬を飲む頻度</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/schedule_picker.py" line="59" />
            <source>In cycles (e.g. days 1–21 of 28)</source>
            <translation>周期で（例：28日のうち1〜21日目）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="104" />
            <source>Last medicine day of the cycle</source>
            <translation>周期の最後の服薬日</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="116" />
            <source>Medicine &amp;days:</source>
            <translation>服薬日(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="145" />
            <source>Most doses in one day</source>
            <translation>1日の最大回数</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="74" />
            <source>Number of days from one dose day to the next</source>
            <translation>服薬日から次の服薬日までの日数</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/schedule_picker.py" line="58" />
            <source>On certain days of the week</source>
            <translation>決まった曜日に</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="95" />
            <source>On:</source>
            <translation>曜日:</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/schedule_picker.py" line="61" />
            <source>Only when needed</source>
            <translation>必要なときだけ</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="143" />
            <source>Set a daily maximum</source>
            <translation>1日の上限を決める</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="123" />
            <source>Taken at set times of day</source>
            <translation>1日の決まった時刻に飲む</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="132" />
            <source>Time {n}</source>
            <translation>時刻 {n}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="136" />
            <source>Twice a day</source>
            <translation>1日2回</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="131" />
            <source>When needed</source>
            <translation>必要なとき</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="132" />
            <source>When needed, at most {most} a day</source>
            <translation>必要なとき、1日 {most} 回まで</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="107" />
            <source>days</source>
            <translation>日</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="105" />
            <source>of a cycle of</source>
            <translation>／周期の日数</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="103" />
            <source>to</source>
            <translation>〜</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="147" />
            <source>{schedule} at {times}</source>
            <translation>{schedule}、{times}</translation>
        </message>
    </context>
    <context>
        <name>ScoreSelector</name>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="92" />
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="142" />
            <source>No</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="92" />
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="142" />
            <source>Yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="154" />
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="140" />
            <source>not recorded</source>
            <translation>記録なし</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="152" />
            <source>y</source>
            <translation>y</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="144" />
            <source>{value} out of 10</source>
            <translation>10 のうち {value}</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="104" />
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="112" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="104" />
            <source>&amp;Restore the backup</source>
            <translation>バックアップを復元(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="125" />
            <source>A new, empty journal was started.</source>
            <translation>新しい空の記録帳を始めました。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/app.py" line="129" />
            <source>POEMS Tracker is already open for this data folder ({folder}) but does not answer. Close it, then start again.</source>
            <extracomment>Milliseconds after which a started window closes itself; set only by the test that starts `run()` in a child process (a real start, a real event loop, a clean end).</extracomment>
            <translation>POEMS Tracker はこのデータフォルダー（{folder}）ですでに開いていますが、応答しません。閉じてから、もう一度起動してください。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="112" />
            <source>Start an &amp;empty journal</source>
            <translation>空の記録帳を始める(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="134" />
            <source>The damaged file was kept, untouched, as:
{path}</source>
            <translation>壊れたファイルはそのまま次の名前で残しました：
{path}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="106" />
            <source>The file that holds your records is damaged and cannot be used safely, and there is no good backup of it.

You can start an empty journal: the damaged file is then kept aside, untouched, so that it can still be looked at. Or quit and ask someone to help rescue it.</source>
            <translation>記録が入っているファイルが壊れていて安全に使えません。また、良いバックアップもありません。

空の記録帳を始めることができます。その場合、壊れたファイルはそのまま別に残すので、あとで調べることができます。または終了して、誰かに救出を手伝ってもらってください。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="98" />
            <source>The file that holds your records is damaged and cannot be used safely.

The newest good backup is from {when} and holds {records} records. Restore it? The damaged file is kept aside, untouched, so that it can still be looked at for anything saved after that backup.</source>
            <translation>記録が入っているファイルが壊れていて安全に使えません。

最新の良いバックアップは {when} のもので、{records} 件の記録が入っています。復元しますか？ 壊れたファイルはそのまま別に残すので、そのバックアップより後に保存したものをあとで調べることができます。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="172" />
            <source>Today's backup could not be made: {reason}</source>
            <translation>今日のバックアップを作れませんでした：{reason}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="95" />
            <source>Your journal file is damaged</source>
            <translation>記録帳のファイルが壊れています</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="119" />
            <source>Your records from the backup of {when} are back. Anything saved after that backup is not in it.</source>
            <translation>{when} のバックアップから記録を戻しました。そのバックアップより後に保存したものは含まれていません。</translation>
        </message>
    </context>
    <context>
        <name>SymptomGroupsDialog</name>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="98" />
            <source>Click to switch off</source>
            <translation>クリックでオフ</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="98" />
            <source>Click to switch on</source>
            <translation>クリックでオン</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="106" />
            <source>Left alone, because you already have a 0–10 symptom with that name: {keys}</source>
            <translation>同じ名前の 0〜10 の症状がすでにあるため、そのままにしました：{keys}</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="93" />
            <source>Off</source>
            <translation>オフ</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="93" />
            <source>On</source>
            <translation>オン</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="56" />
            <source>Ready-made yes/no questions</source>
            <translation>用意された はい／いいえ の質問</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="61" />
            <source>Switch on a group to add its yes/no questions to your daily check-in. Switching it off hides them again; everything you logged is kept.</source>
            <translation>グループをオンにすると、その はい／いいえ の質問が毎日の記録に加わります。オフにすると再び隠れます。記録したものはすべて残ります。</translation>
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
            <translation>追加(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="76" />
            <source>&amp;Hide / show</source>
            <translation>隠す／表示する(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="52" />
            <source>&amp;New symptom:</source>
            <translation>新しい症状(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="75" />
            <source>&amp;Rename…</source>
            <translation>名前を変える(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="111" />
            <source>0–10</source>
            <translation>0〜10</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="64" />
            <source>Add this symptom</source>
            <translation>この症状を追加</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="146" />
            <location filename="../../ui/checkin/symptoms_dialog.py" line="164" />
            <source>Choose a symptom in the list first.</source>
            <translation>先に一覧で症状を選んでください。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="79" />
            <source>Hide or show the chosen symptom</source>
            <translation>選んだ症状を隠す、または表示する</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="59" />
            <source>Kind of answer</source>
            <translation>答え方の種類</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="34" />
            <source>My symptoms</source>
            <translation>自分の症状</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="55" />
            <source>Name of the new symptom</source>
            <translation>新しい症状の名前</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="148" />
            <source>New name:</source>
            <translation>新しい名前:</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="84" />
            <source>Ready-made &amp;yes/no questions…</source>
            <translation>用意された はい／いいえ の質問(&amp;Y)…</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="148" />
            <source>Rename symptom</source>
            <translation>症状の名前を変える</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="78" />
            <source>Rename the chosen symptom</source>
            <translation>選んだ症状の名前を変える</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="60" />
            <source>Score 0–10</source>
            <translation>スコア 0〜10</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="87" />
            <source>Switch on ready-made yes/no questions such as falls or skin changes</source>
            <translation>転倒や皮膚の変化など、用意された はい／いいえ の質問をオンにする</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="127" />
            <source>Type a name for the symptom first.</source>
            <translation>先に症状の名前を入れてください。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="61" />
            <source>Yes / no</source>
            <translation>はい／いいえ</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="130" />
            <source>You already have a symptom with that name.</source>
            <translation>その名前の症状はすでにあります。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="47" />
            <source>Your own symptoms</source>
            <translation>自分で加えた症状</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="39" />
            <source>Your own symptoms appear on the check-in after the built-in ones. Hiding one keeps everything you logged for it.</source>
            <translation>自分で加えた症状は、記録画面で組み込みの症状の後に出ます。隠しても、記録したものはすべて残ります。</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="114" />
            <source>hidden</source>
            <translation>非表示</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="111" />
            <source>yes/no</source>
            <translation>はい／いいえ</translation>
        </message>
    </context>
    <context>
        <name>TodaysDosesPanel</name>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="335" />
            <source>All doses of this day are recorded.</source>
            <translation>この日の服用はすべて記録済みです。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="114" />
            <source>As nee&amp;ded:</source>
            <translation>頓用(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="132" />
            <source>As-needed doses recorded this day</source>
            <translation>この日に記録した頓用の服用</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="105" />
            <source>As-needed medicine</source>
            <translation>頓用の薬</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="178" />
            <source>Doses for {day}</source>
            <translation>{day} の服用</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="101" />
            <source>Doses message</source>
            <translation>服用についてのお知らせ</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="86" />
            <source>Mar&amp;k the rest taken</source>
            <translation>残りを「飲んだ」にする(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="89" />
            <source>Mark every dose not yet recorded as taken</source>
            <translation>まだ記録していない服用をすべて「飲んだ」にする</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="51" />
            <source>Missed</source>
            <translation>飲み忘れ</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="361" />
            <source>More than your daily maximum</source>
            <translation>1日の上限を超えています</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="194" />
            <source>No doses are due from your schedules on this day.</source>
            <translation>この日は服用予定がありません。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="251" />
            <source>Not recorded yet</source>
            <translation>まだ記録していません</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="347" />
            <source>Not taken on this day</source>
            <translation>この日は飲んでいません</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="351" />
            <location filename="../../ui/medicines/todays_doses.py" line="365" />
            <source>Nothing was recorded.</source>
            <translation>何も記録していません。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="349" />
            <location filename="../../ui/medicines/todays_doses.py" line="363" />
            <source>Record it</source>
            <translation>記録する</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="112" />
            <source>Record the as-needed dose at that time</source>
            <translation>その時刻の頓用の服用を記録する</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="52" />
            <source>Skipped</source>
            <translation>飛ばした</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="50" />
            <source>Taken</source>
            <translation>飲んだ</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="216" />
            <source>This day is still to come; doses can be marked on the day.</source>
            <translation>この日はまだ来ていません。服用はその日に記録できます。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="109" />
            <source>Time the as-needed dose was taken</source>
            <translation>頓用の薬を飲んだ時刻</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="110" />
            <source>Took an as-ne&amp;eded dose</source>
            <translation>頓用の薬を飲んだ(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="220" />
            <source>any time</source>
            <translation>いつでも</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="116" />
            <source>at</source>
            <translation>時刻</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="236" />
            <source>{dose} at {when}: {status}</source>
            <translation>{when} の {dose}：{status}</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="205" />
            <source>{medicine} (not taken on this day)</source>
            <translation>{medicine}（この日は飲んでいません）</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="380" />
            <source>{name} at {time} is recorded.</source>
            <translation>{time} の {name} を記録しました。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="280" />
            <source>{name}: {count} of at most {most} taken ({times})</source>
            <translation>{name}：上限 {most} 回のうち {count} 回服用（{times}）</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="274" />
            <source>{name}: {count} taken ({times})</source>
            <translation>{name}：{count} 回服用（{times}）</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="253" />
            <source>{status} at {time}</source>
            <translation>{time} に{status}</translation>
        </message>
    </context>
    <context>
        <name>TreatmentsPage</name>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="134" />
            <source>&amp;Delete event</source>
            <translation>出来事を削除(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="128" />
            <source>&amp;New event</source>
            <translation>新しい出来事(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="103" />
            <source>&amp;Start:</source>
            <translation>開始(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="101" />
            <source>&amp;What:</source>
            <translation>内容(&amp;W):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="228" />
            <source>A new event</source>
            <translation>新しい出来事</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="241" />
            <source>Change the chosen event</source>
            <translation>選んだ出来事を変更</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="324" />
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="320" />
            <source>Delete an event</source>
            <translation>出来事を削除</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="134" />
            <source>Delete the chosen event</source>
            <translation>選んだ出来事を削除</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="321" />
            <source>Delete the event "{what}" of {day}? This cannot be undone.</source>
            <translation>{day} の出来事「{what}」を削除しますか？ 元に戻せません。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="122" />
            <source>Des&amp;cription:</source>
            <translation>説明(&amp;C):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="60" />
            <source>Description</source>
            <translation>説明</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="124" />
            <source>Description of the event</source>
            <translation>出来事の説明</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="58" />
            <source>End</source>
            <translation>終了</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="108" />
            <source>End date</source>
            <translation>終了日</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="104" />
            <source>It &amp;ended on:</source>
            <translation>終了日(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="101" />
            <source>Kind of event</source>
            <translation>出来事の種類</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="146" />
            <source>Nothing here yet. Add your diagnosis, treatments and stays in hospital with "A new event" below; they appear as bars under your Trends.</source>
            <translation>まだ何もありません。診断、治療、入院を下の「新しい出来事」で追加すると、「推移」の下に帯で表示されます。</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="131" />
            <source>Sa&amp;ve event</source>
            <translation>出来事を保存(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="131" />
            <source>Save this event</source>
            <translation>この出来事を保存</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="291" />
            <source>Saved: {what} on {day}</source>
            <translation>保存しました：{day} の {what}</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="57" />
            <source>Start</source>
            <translation>開始</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="128" />
            <source>Start a new event</source>
            <translation>新しい出来事を始める</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="103" />
            <source>Start date</source>
            <translation>開始日</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="90" />
            <source>T&amp;imeline</source>
            <translation>経過(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="106" />
            <source>The event has an end date</source>
            <translation>出来事に終了日がある</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="305" />
            <source>The event in the form is not saved. Save it now?</source>
            <translation>入力中の出来事は保存していません。今保存しますか？</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="79" />
            <source>Treatment events, oldest first</source>
            <translation>治療の出来事（古い順）</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="69" />
            <source>Treatments and milestones</source>
            <translation>治療と節目</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="59" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="118" />
            <source>e.g. Lenalidomide + dexamethasone, 9 cycles</source>
            <translation>例：レナリドミド＋デキサメタゾン、9 サイクル</translation>
        </message>
    </context>
    <context>
        <name>TrendsPage</name>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="158" />
            <source>&amp;Chart</source>
            <translation>グラフ(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="167" />
            <source>&amp;Numbers</source>
            <translation>数値(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="144" />
            <source>(7-day average {mean})</source>
            <translation>（7日平均 {mean}）</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="114" />
            <source>&lt;b&gt;Show&lt;/b&gt;</source>
            <translation>&lt;b&gt;表示&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="227" />
            <source>Arm and leg grades</source>
            <translation>腕と脚のグレード</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="154" />
            <source>Chart</source>
            <translation>グラフ</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="539" />
            <source>Chart not saved</source>
            <translation>グラフは保存されていません</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="546" />
            <source>Chart saved as {path}.</source>
            <translation>グラフを {path} として保存しました。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="291" />
            <source>Click a day to read its values; arrow keys move it</source>
            <translation>日をクリックすると値が読めます。矢印キーで移動します</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="160" />
            <source>Compare side by s&amp;ide</source>
            <translation>並べて比べる(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="155" />
            <source>Drawing your chart…</source>
            <translation>グラフを描いています…</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="147" />
            <source>High (above range)</source>
            <translation>高い（範囲より上）</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="230" />
            <source>Lab results</source>
            <translation>検査結果</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="217" />
            <source>Lab results: change from the first value in the period</source>
            <translation>検査結果：期間内の最初の値からの変化</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="287" />
            <source>Left and Right arrow keys move a day, Page Up and Page Down a month; the values are read out above the chart. The Numbers tab has the same values as a table.</source>
            <translation>左右の矢印キーで1日、Page Up／Page Down で1か月移動します。値はグラフの上に表示されます。「数値」タブには同じ値が表で出ます。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="243" />
            <source>Log scale for wide ranges</source>
            <translation>幅が大きい値は対数目盛</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="149" />
            <source>Low (below range)</source>
            <translation>低い（範囲より下）</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="244" />
            <source>Medicines</source>
            <translation>お薬</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="246" />
            <source>Medicines and treatments</source>
            <translation>お薬と治療</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="264" />
            <source>Medicines and treatments on {day}: {names}</source>
            <translation>{day}の薬と治療: {names}</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="245" />
            <source>Medicines taken (%)</source>
            <translation>服用した薬 (%)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="63" />
            <source>Nothing recorded in the period before.</source>
            <translation>前の期間には記録がありません。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="208" />
            <source>Nothing recorded in this period yet; your check-ins and lab results will be summed up here.</source>
            <translation>この期間にはまだ記録がありません。日々の記録と検査結果がここにまとめられます。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="527" />
            <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
            <translation>PNG 画像 (*.png);;SVG 画像 (*.svg);;PDF 文書 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="73" />
            <source>Period before: {mean} ({change}).</source>
            <translation>前の期間：{mean}（{change}）。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="138" />
            <source>Point at the chart, click it, or use the arrow keys on it to read exact values.</source>
            <translation>グラフを指す・クリックする・矢印キーを使うと、正確な値が読めます。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="188" />
            <source>Sa&amp;ve chart…</source>
            <translation>グラフを保存(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="525" />
            <source>Save chart</source>
            <translation>グラフを保存</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="191" />
            <source>Save the chart as PNG, SVG or PDF</source>
            <translation>グラフを PNG・SVG・PDF で保存</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="190" />
            <source>Save the chart as an image or PDF</source>
            <translation>グラフを画像か PDF で保存</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="181" />
            <source>Shown side by side on the same dates, for you and your doctor to look at. Two things changing at the same time does not show that one caused the other.</source>
            <translation>同じ日付で並べて表示しています。あなたと医師が見るためのものです。2つのことが同時に変化しても、一方が他方の原因だとはいえません。</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="184" />
            <source>Su&amp;mmary</source>
            <translation>まとめ(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="177" />
            <location filename="../../ui/trends/trends_page.py" line="181" />
            <source>Summary of the period</source>
            <translation>期間のまとめ</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="223" />
            <source>Symptoms</source>
            <translation>症状</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="540" />
            <source>The chart could not be saved: {reason}</source>
            <translation>グラフを保存できませんでした：{reason}</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="164" />
            <source>The chart's numbers as a table</source>
            <translation>グラフの数値を表で</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="284" />
            <source>Trends chart</source>
            <translation>経過のグラフ</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="143" />
            <source>Value at the chosen date</source>
            <translation>選んだ日付の値</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="193" />
            <source>Weight</source>
            <translation>体重</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="123" />
            <source>What to show</source>
            <translation>表示するもの</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="65" />
            <source>about the same</source>
            <translation>ほぼ同じ</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="87" />
            <source>kg</source>
            <translation>kg</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="69" />
            <source>{amount} higher</source>
            <translation>{amount} 高い</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="67" />
            <source>{amount} lower</source>
            <translation>{amount} 低い</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_text.py" line="275" />
            <source>{day} {month}</source>
            <translation>{month}{day}日</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="244" />
            <source>{day}: nothing recorded near this date.</source>
            <translation>{day}：この日付の近くに記録はありません。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="136" />
            <source>{label}, {day}: {value}{unit}</source>
            <translation>{label}、{day}：{value}{unit}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="51" />
            <source>{label}: average {mean}{unit} (lowest {low}, highest {high}); days recorded: {days}.</source>
            <translation>{label}：平均 {mean}{unit}（最低 {low}、最高 {high}）。記録した日数：{days}。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="49" />
            <source>{label}: nothing recorded in this period.</source>
            <translation>{label}：この期間には記録がありません。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="110" />
            <source>{label}: {first} → {last} {unit}{percent} from {start} to {end}; results: {count}.</source>
            <translation>{label}：{first} → {last} {unit}{percent}（{start} 〜 {end}）。結果：{count} 件。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="95" />
            <source>{label}: {value} {unit} on {day}; one result in this period.</source>
            <translation>{label}：{day} に {value} {unit}。この期間の結果は1件です。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="197" />
            <source>{start} to {end}, compared with the same number of days before:</source>
            <translation>{start} 〜 {end}、直前の同じ日数との比較:</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="166" />
            <source>{symptom}: average {before} in the 90 days before {medicine} started on {day}; {after} in the 90 days from then.</source>
            <translation>{symptom}：{medicine} を {day} に始める前の90日の平均は {before}、それから90日の平均は {after}。</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="83" />
            <source>&amp;Open</source>
            <translation>開く(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="88" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="83" />
            <source>Open the records</source>
            <translation>記録を開く</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="123" />
            <source>Passphrase</source>
            <translation>パスフレーズ</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="77" />
            <source>Problem</source>
            <translation>問題</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="88" />
            <source>Quit without opening</source>
            <translation>開かずに終了する</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="119" />
            <source>Recovery key</source>
            <translation>回復キー</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="146" />
            <source>The passphrase is not right.</source>
            <translation>パスフレーズが正しくありません。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="144" />
            <source>The recovery key is not right.</source>
            <translation>回復キーが正しくありません。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="114" />
            <source>Type the &amp;recovery key you wrote down (six groups of five letters and digits; spaces and dashes do not matter).</source>
            <translation>書き留めた回復キーを入力してください（英数字 5 文字 × 6 組。空白やハイフンはあってもなくてもかまいません）(&amp;R)。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="121" />
            <source>Type your &amp;passphrase to open your records.</source>
            <translation>記録を開くにはパスフレーズを入力してください(&amp;P)。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="69" />
            <source>Use the &amp;recovery key</source>
            <translation>回復キーを使う(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="72" />
            <source>Use the recovery key instead of the passphrase</source>
            <translation>パスフレーズの代わりに回復キーを使う</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/shell/unlock_dialog.py" line="169" />
            <source>Wait %n second(s) before the next try.</source>
            <translation>
                <numerusform>次に試せるまで %n 秒お待ちください。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="55" />
            <source>{app} is locked</source>
            <translation>{app} はロックされています</translation>
        </message>
    </context>
    <context>
        <name>VisitCalendar</name>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="68" />
            <source>Choose the month</source>
            <translation>月を選ぶ</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="69" />
            <source>Choose the year</source>
            <translation>年を選ぶ</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="76" />
            <source>Days of the month; use the arrow keys</source>
            <translation>月の日付。矢印キーで移動できます</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="50" />
            <source>Days with a visit are bold and underlined; pick one to see its visits.</source>
            <translation>受診のある日は太字と下線で示しています。日を選ぶとその受診が表示されます。</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="40" />
            <source>Month calendar; days with a visit are bold and underlined</source>
            <translation>月のカレンダー。受診のある日は太字と下線</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="67" />
            <source>Next month</source>
            <translation>次の月</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="120" />
            <source>No visit on {day}.</source>
            <translation>{day} には受診はありません。</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="66" />
            <source>Previous month</source>
            <translation>前の月</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="57" />
            <source>Visits on the chosen day</source>
            <translation>選んだ日の受診</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="122" />
            <source>Visits on {day}:</source>
            <translation>{day} の受診:</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="78" />
            <source>Year</source>
            <translation>年</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../../ui/shell/welcome.py" line="148" />
            <source>&amp;Close</source>
            <translation>閉じる(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="114" />
            <source>1. Log how &amp;today feels</source>
            <translation>1. 今日の調子を記録(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="120" />
            <source>2. Add your &amp;medicines</source>
            <translation>2. 薬を追加(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="126" />
            <source>3. Enter your &amp;lab results</source>
            <translation>3. 検査結果を入力(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="121" />
            <source>Add the medicines you take</source>
            <translation>飲んでいる薬を追加する</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="148" />
            <source>Close the welcome</source>
            <translation>ようこそ画面を閉じる</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="127" />
            <source>Enter the results of your latest lab report</source>
            <translation>最新の検査報告の結果を入力する</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="168" />
            <source>Making up two years of records…</source>
            <translation>2年分の架空の記録を作っています…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="132" />
            <source>Open a second window with made-up records, in a separate folder</source>
            <translation>別のフォルダーの架空の記録で2つ目のウィンドウを開く</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="115" />
            <source>Open today's check-in</source>
            <translation>今日の記録を開く</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="183" />
            <source>The demo could not be started. Your own records are unchanged.</source>
            <translation>デモを開始できませんでした。ご自身の記録は変わっていません。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="180" />
            <source>The demo opens in a second window (its records are in {folder}).</source>
            <translation>デモは2つ目のウィンドウで開きます（記録は {folder} にあります）。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="138" />
            <source>The made-up records go into a new folder of their own and open in a second window; your own records are not touched.</source>
            <translation>架空の記録は新しい専用フォルダーに入り、2つ目のウィンドウで開きます。ご自身の記録には触れません。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="131" />
            <source>Try it with made-up &amp;data…</source>
            <translation>架空のデータで試す…(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="92" />
            <source>Welcome to POEMS Tracker</source>
            <extracomment>Remembered window state: the welcome was shown once in this data folder.</extracomment>
            <translation>POEMS Tracker へようこそ</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="95" />
            <source>Welcome. Where would you like to start?</source>
            <translation>ようこそ。どこから始めますか？</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="104" />
            <source>Your records stay on this computer. Each step takes a minute, and you can come back to the others at any time from the buttons on the left.</source>
            <translation>記録はこのコンピューターの中だけに保存されます。どの手順も1分ほどで、ほかの手順には左のボタンからいつでも戻れます。</translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message>
            <location filename="../../wording.py" line="181" />
            <source>as needed: {taken} taken ({per_day} a day)</source>
            <translation>頓用：{taken} 回服用（1日 {per_day} 回）</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="201" />
            <source>not recorded ({counts})</source>
            <translation>未記録（{counts}）</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="188" />
            <source>nothing was due</source>
            <translation>予定はありませんでした</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="204" />
            <source>{percent}% ({counts})</source>
            <translation>{percent}%（{counts}）</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="189" />
            <source>{taken} taken, {missed} missed, {skipped} skipped, {not_recorded} not recorded = {scheduled} scheduled</source>
            <translation>服用 {taken}、飲み忘れ {missed}、見合わせ {skipped}、未記録 {not_recorded} = 予定 {scheduled}</translation>
        </message>
    </context>
    <context>
        <name>WritePath</name>
        <message>
            <location filename="../../../poems_tracker/ui/shell/write_path.py" line="102" />
            <source>Not saved</source>
            <translation>保存されていません</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/write_path.py" line="116" />
            <source>Please wait until the import, backup or restore has finished; nothing of this was saved yet.</source>
            <translation>読み込み・バックアップ・復元が終わるまでお待ちください。この内容はまだ保存されていません。</translation>
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
            <translation>7日平均</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="325" />
            <source>Apr</source>
            <translation>4月</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="337" />
            <source>Arm and leg function (inspired by the ONLS; 0 = not affected)</source>
            <translation>腕と脚の機能（ONLS を参考、0 = 影響なし）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="316" />
            <source>Arms (0–5)</source>
            <translation>腕 (0〜5)</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="329" />
            <source>Aug</source>
            <translation>8月</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/cycle_heatmap.py" line="91" />
            <source>Average score by cycle day (0 none – 10 worst)</source>
            <translation>周期日ごとの平均スコア（0 なし – 10 最悪）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/figures.py" line="146" />
            <source>Choose what to show on the left.</source>
            <translation>左側に表示するものを選んでください。</translation>
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
            <translation>点：{days} 日ごとの
平均</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="100" />
            <source>Dots: daily values</source>
            <translation>点：各日の値</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="323" />
            <source>Feb</source>
            <translation>2月</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="336" />
            <source>Grade</source>
            <translation>グレード</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="236" />
            <source>High (above range)</source>
            <translation>高い（範囲より上）</translation>
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
            <translation>脚 (0〜7)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="237" />
            <source>Low (below range)</source>
            <translation>低い（範囲より下）</translation>
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
            <translation>薬</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/figures.py" line="175" />
            <source>Medicines and treatments</source>
            <translation>お薬と治療</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="304" />
            <source>Medicines taken (% of scheduled doses)</source>
            <translation>服用した薬（予定に対する %）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/timeline.py" line="209" />
            <source>No medicines or treatments in this period.</source>
            <translation>この期間にお薬や治療はありません。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/cycle_heatmap.py" line="47" />
            <source>Nothing logged in these cycles.</source>
            <translation>これらの周期には記録がありません。</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="77" />
            <source>Nothing recorded in this period.</source>
            <translation>この期間には記録がありません。</translation>
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
            <translation>基準範囲
（報告どおり）</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="176" />
            <source>Reference range
{low}–{high} {unit}</source>
            <translation>基準範囲
{low}〜{high} {unit}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="231" />
            <source>Results</source>
            <translation>結果</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="136" />
            <source>Score 0–10</source>
            <translation>スコア 0〜10</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="330" />
            <source>Sep</source>
            <translation>9月</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="137" />
            <source>Symptoms (lines: 7-day average)</source>
            <translation>症状（線：7日平均）</translation>
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
            <translation>{test}（対数目盛）</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <location filename="../../ui/widgets/dialogs.py" line="79" />
            <source>Exported files are not encrypted: anyone who opens them can read them. Keep them somewhere private.</source>
            <translation>書き出したファイルは暗号化されていません。開けば誰でも読めます。人目に触れない場所に保管してください。</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../domain/schedules.py" line="194" />
            <source>"twice daily" needs exactly two times, like "twice daily at 08:00,20:00".</source>
            <translation>「twice daily」には時刻がちょうど2つ必要です。例：「twice daily at 08:00,20:00」。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="304" />
            <source>"{cell}" in value: {reason}</source>
            <translation>value の「{cell}」：{reason}</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="113" />
            <source>"{cell}" in {column} is not a number (use a point for decimals, e.g. 12.5).</source>
            <translation>{column} の「{cell}」は数値ではありません（小数点はピリオドで、例：12.5）。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="57" />
            <source>"{cell}" in {column} is not a real date; write it as YYYY-MM-DD.</source>
            <translation>{column} の「{cell}」は実在する日付ではありません。YYYY-MM-DD の形で書いてください。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="88" />
            <source>"{cell}" in {column} is not a time from 00:00 to 23:59 (HH:MM).</source>
            <translation>{column} の「{cell}」は 00:00〜23:59 の時刻（HH:MM）ではありません。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="183" />
            <source>"{cell}" in {column} is not one of: {words}.</source>
            <translation>{column} の「{cell}」は次のいずれでもありません：{words}。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="312" />
            <source>"{cell}" in {column}: {reason}</source>
            <translation>{column} の「{cell}」：{reason}</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="233" />
            <source>"{name}" is not a day name; use Mon, Tue, Wed, Thu, Fri, Sat or Sun.</source>
            <translation>「{name}」は曜日名ではありません。Mon, Tue, Wed, Thu, Fri, Sat, Sun を使ってください。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="171" />
            <source>"{text}" is not a schedule this program knows; use for example "daily", "weekly on Mon" or "cycle 1-21 of 28".</source>
            <translation>「{text}」はこのプログラムが知っている服用予定ではありません。例：「daily」「weekly on Mon」「cycle 1-21 of 28」。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="61" />
            <source>"{unit}" is not a unit this program knows; choose one from the list, such as mg.</source>
            <extracomment>Units a dose may be written in, with the largest single dose that is still believable.</extracomment>
            <translation>「{unit}」はこのプログラムが知っている単位ではありません。一覧から選んでください（例：mg）。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="245" />
            <source>A LOINC code looks like 12345-6.</source>
            <translation>LOINC コードは 12345-6 のような形です。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="213" />
            <source>A cycle can be at most {most} days long.</source>
            <translation>1周期は最長 {most} 日です。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="132" />
            <source>A daily maximum of more than {most} doses is not believable; check the number.</source>
            <translation>1日の上限が {most} 回を超えるのは考えにくい値です。数字を確かめてください。</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="263" />
            <source>A decryption of this folder was interrupted; run decrypt again to finish it first.</source>
            <translation>このフォルダーの復号が途中で止まりました。先に decrypt をもう一度実行して完了させてください。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="178" />
            <location filename="../../domain/labs.py" line="212" />
            <source>A lab value cannot be negative.</source>
            <translation>検査値はマイナスになりません。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="153" />
            <source>A medicine cannot stop before it started ({start}).</source>
            <translation>薬は開始日（{start}）より前に中止できません。</translation>
        </message>
        <message>
            <location filename="../../domain/validation.py" line="72" />
            <source>A note can hold up to {limit} characters; this one has {count}.</source>
            <translation>メモは {limit} 文字までです。このメモは {count} 文字あります。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="194" />
            <location filename="../../domain/labs.py" line="237" />
            <source>A reference limit cannot be negative.</source>
            <translation>基準値はマイナスになりません。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="191" />
            <source>A reference limit is a number, e.g. 0.4, or empty.</source>
            <translation>基準値は数値（例：0.4）か空欄です。</translation>
        </message>
        <message>
            <location filename="../../domain/validation.py" line="49" />
            <source>A score is a whole number from 0 to 10.</source>
            <translation>スコアは 0〜10 の整数です。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_import.py" line="144" />
            <source>A second {name} in one import; import them one at a time.</source>
            <translation>1回の取り込みに2つ目の {name} があります。1つずつ取り込んでください。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="153" />
            <source>A symptom column appears twice.</source>
            <translation>同じ症状の列が2回あります。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="221" />
            <source>A text result has no unit; leave the unit empty.</source>
            <translation>文字の結果には単位がありません。単位は空欄にしてください。</translation>
        </message>
        <message>
            <location filename="../../store/labs.py" line="34" />
            <source>A {test} result for {day} is already stored.</source>
            <translation>{day} の {test} の結果はすでに保存されています。</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="168" />
            <source>All five tasks are prevented: please say whether any purposeful arm movement is left.</source>
            <translation>5つの動作がすべてできない場合：腕を意図して少しでも動かせるかどうかを答えてください。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="142" />
            <source>An as-needed schedule has no times; write "as needed" or "as needed, max 4 per day".</source>
            <translation>頓用の予定には時刻がありません。「as needed」または「as needed, max 4 per day」と書いてください。</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="271" />
            <source>An encryption of this folder was interrupted; run any command with the passphrase to finish it.</source>
            <translation>このフォルダーの暗号化が途中で止まりました。パスフレーズを付けて何かコマンドを実行すると完了します。</translation>
        </message>
        <message>
            <location filename="../../domain/validation.py" line="42" />
            <source>Answer yes or no.</source>
            <translation>はい か いいえ で答えてください。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="122" />
            <source>Choose how often the medicine is taken.</source>
            <translation>薬を飲む頻度を選んでください。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="221" />
            <source>Day {last} is outside a {length}-day cycle.</source>
            <translation>{last} 日目は {length} 日周期の範囲外です。</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="134" />
            <source>Each arm task is answered unaffected, affected or prevented.</source>
            <translation>腕の各動作には「影響なし」「影響あり」「できない」のいずれかで答えます。</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="164" />
            <source>Give the date of the visit.</source>
            <translation>受診日を入れてください。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="96" />
            <source>Give the medicine a name.</source>
            <translation>薬の名前を入れてください。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="208" />
            <source>Give the test a name.</source>
            <translation>検査の名前を入れてください。</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="177" />
            <source>Give the time of the visit, like 10:30.</source>
            <translation>受診の時刻を入れてください（例：10:30）。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="241" />
            <source>List the days in week order, Mon to Sun, each once.</source>
            <translation>曜日は月曜から日曜の順に、1回ずつ並べてください。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="184" />
            <source>List the times from earliest to latest, each once.</source>
            <translation>時刻は早い順に、1回ずつ並べてください。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="411" />
            <source>No appointment on {day} at {time} with "{provider}" is in appointments.csv or stored.</source>
            <translation>{day} {time} の「{provider}」の予約は appointments.csv にも保存済みのデータにもありません。</translation>
        </message>
        <message>
            <location filename="../../errors.py" line="62" />
            <location filename="../../store/encryption.py" line="256" />
            <source>No database here ({folder}).</source>
            <translation>ここにはデータベースがありません（{folder}）。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="167" />
            <source>That day is still to come; a dose can be marked on the day or later.</source>
            <translation>その日はまだ来ていません。服用はその日以降に記録できます。</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="193" />
            <source>The arm grade {given} does not match the answers, which give {grade}.</source>
            <translation>腕のグレード {given} は回答と合いません。回答からは {grade} になります。</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="220" />
            <source>The backup {path} did not match the database and was removed.</source>
            <translation>バックアップ {path} がデータベースと一致しなかったため、削除しました。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="145" />
            <source>The column "{column}" is no symptom: add it to custom_symptoms.csv or remove it.</source>
            <translation>列「{column}」は症状ではありません。custom_symptoms.csv に加えるか、列を削除してください。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/write_path.py" line="82" />
            <source>The data folder cannot be written to; nothing of this was saved.</source>
            <translation>データフォルダーに書き込めません。この内容は保存されていません。</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="205" />
            <source>The data folder {path} cannot be written to (it is read-only); nothing was changed.</source>
            <translation>データフォルダー {path} に書き込めません（読み取り専用です）。何も変更されていません。</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="216" />
            <source>The database is in use by another program, which did not finish within a few seconds; nothing was changed. Close the other program and try again.</source>
            <translation>データベースは別のプログラムが使用中で、数秒待っても終わりませんでした。何も変更されていません。もう一方のプログラムを閉じてから、もう一度お試しください。</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="235" />
            <source>The database is in use by another program; close POEMS Tracker and try again.</source>
            <translation>データベースは別のプログラムが使用中です。POEMS Tracker を閉じてから、もう一度お試しください。</translation>
        </message>
        <message>
            <location filename="../../store/database.py" line="210" />
            <source>The database {path} is damaged (problems found by SQLite's check: {count}) and was left untouched.</source>
            <translation>データベース {path} は壊れています（SQLite の検査で見つかった問題：{count} 件）。変更せずにそのままにしました。</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="227" />
            <source>The database {path} is damaged and cannot be read ({reason}).</source>
            <translation>データベース {path} は破損していて読み取れません（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="204" />
            <location filename="../../domain/validation.py" line="33" />
            <source>The date is in the future; pick today or an earlier day.</source>
            <translation>未来の日付です。今日かそれより前の日を選んでください。</translation>
        </message>
        <message>
            <location filename="../../domain/patient_details.py" line="14" />
            <source>The date of birth is in the future; check the year.</source>
            <translation>生年月日が未来の日付です。年を確かめてください。</translation>
        </message>
        <message>
            <location filename="../../domain/patient_details.py" line="16" />
            <source>The date of birth is more than 130 years ago; check the year.</source>
            <translation>生年月日が130年以上前です。年を確かめてください。</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="172" />
            <source>The date {text} is not a real date; write it like 2025-03-14.</source>
            <translation>日付 {text} は実在しません。2025-03-14 のように書いてください。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="204" />
            <source>The days between doses must be from 1 to {most}.</source>
            <translation>服用の間隔は 1〜{most} 日にしてください。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="220" />
            <source>The description is too long; keep it under 2000 letters.</source>
            <translation>説明が長すぎます。2000文字未満にしてください。</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="221" />
            <source>The disk could not be read or written ({reason}); nothing of this was saved, and what was saved before is safe.</source>
            <translation>ディスクの読み書きができませんでした（{reason}）。今回の内容は保存されていませんが、以前に保存したものは無事です。</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="200" />
            <location filename="../../ui/shell/write_path.py" line="73" />
            <source>The disk is full or cannot be written; nothing of this was saved, and what was saved before is safe. Free some space and try again.</source>
            <extracomment>How long a command waits for another program's write to finish before giving up.</extracomment>
            <translation>ディスクがいっぱいか、書き込めません。この内容は保存されていませんが、以前に保存したものは安全です。空き容量を増やしてからもう一度お試しください。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="70" />
            <source>The dose must be more than 0.</source>
            <translation>量は 0 より大きくしてください。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="213" />
            <source>The end date comes before the start date; check the dates.</source>
            <translation>終了日が開始日より前です。日付を確かめてください。</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="196" />
            <source>The end time {text} is not a time of day; write it like 11:00.</source>
            <translation>終了時刻 {text} は時刻ではありません。11:00 のように書いてください。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="193" />
            <location filename="../../exchange/csv_rows.py" line="436" />
            <source>The end_date {end} is before the start_date {start}.</source>
            <translation>end_date {end} が start_date {start} より前です。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="366" />
            <source>The end_time {end} is before the time {start}.</source>
            <translation>end_time {end} が time {start} より前です。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_format.py" line="274" />
            <location filename="../../exchange/csv_import.py" line="224" />
            <source>The file is empty; it needs at least its header line.</source>
            <translation>ファイルが空です。少なくとも見出しの行が必要です。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_format.py" line="228" />
            <source>The file is not UTF-8 text (unreadable bytes on this line); save it as "CSV UTF-8" and try again.</source>
            <translation>ファイルが UTF-8 のテキストではありません（この行に読めない文字があります）。「CSV UTF-8」で保存し直してください。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_format.py" line="269" />
            <source>The file is {size} MB; files larger than {limit} MB are not imported.</source>
            <translation>ファイルは {size} MB です。{limit} MB を超えるファイルは取り込みません。</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="64" />
            <source>The file {name}, set aside earlier as damaged, cannot be read, so it cannot be decrypted: move it out of {folder} (keep it if you hope to rescue something from it) or delete it, then try again. Nothing was changed.</source>
            <translation>以前に壊れたファイルとして取り分けた {name} が読み取れないため、復号できません。{folder} の外へ移す（何か取り戻せそうなら保管しておいてください）か削除してから、もう一度お試しください。何も変更されていません。</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="58" />
            <source>The file {name}, set aside earlier as damaged, cannot be read, so it cannot be encrypted: move it out of {folder} (keep it if you hope to rescue something from it) or delete it, then try again. Nothing was changed.</source>
            <extracomment>Why a file set aside as damaged stops encryption or decryption: whole sentences, so that each language can word them (a participle put into one sentence could not be translated).</extracomment>
            <translation>以前に壊れたファイルとして取り分けた {name} が読み取れないため、暗号化できません。{folder} の外へ移す（何か取り戻せそうなら保管しておいてください）か削除してから、もう一度お試しください。何も変更されていません。</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="118" />
            <source>The file {path} cannot be opened ({reason}).</source>
            <translation>ファイル {path} を開けません（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../store/cipher.py" line="148" />
            <source>The file {path} cannot be opened with the key of this data folder; it is damaged or belongs to another folder.</source>
            <translation>ファイル {path} はこのデータフォルダーのキーでは開けません。壊れているか、別のフォルダーのものです。</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="212" />
            <source>The file {path} cannot be opened with this key; it is damaged or belongs to another folder. Nothing was changed.</source>
            <translation>ファイル {path} はこのキーでは開けません。壊れているか、別のフォルダーのものです。何も変更されていません。</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="106" />
            <source>The file {path} cannot be read ({reason}).</source>
            <extracomment>Copies taken before a restore, import or migration are kept this long whatever the rest.</extracomment>
            <translation>ファイル {path} を読み取れません（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../store/database.py" line="188" />
            <source>The file {path} is a database of another program, not a POEMS Tracker database.</source>
            <translation>ファイル {path} は別のプログラムのデータベースで、POEMS Tracker のデータベースではありません。</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="147" />
            <source>The file {path} is damaged ({reason}).</source>
            <translation>ファイル {path} は壊れています（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="126" />
            <source>The file {path} is damaged.</source>
            <translation>ファイル {path} は壊れています。</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="112" />
            <location filename="../../store/backup.py" line="140" />
            <source>The file {path} is not a POEMS Tracker backup.</source>
            <translation>ファイル {path} は POEMS Tracker のバックアップではありません。</translation>
        </message>
        <message>
            <location filename="../../store/database.py" line="196" />
            <source>The file {path} is not a POEMS Tracker database.</source>
            <translation>ファイル {path} は POEMS Tracker のデータベースではありません。</translation>
        </message>
        <message>
            <location filename="../../store/database.py" line="238" />
            <source>The file {path} is not a database; it was left untouched.</source>
            <translation>ファイル {path} はデータベースではありません。手を付けずにそのままにしました。</translation>
        </message>
        <message>
            <location filename="../../store/restore.py" line="70" />
            <source>The file {path} is the database itself, not a backup.</source>
            <extracomment>A restore gives up (nothing changed) when another program holds the database this long.</extracomment>
            <translation>ファイル {path} はバックアップではなく、データベースそのものです。</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="131" />
            <source>The file {path} was written by a newer version of POEMS Tracker; please update the program first.</source>
            <translation>ファイル {path} は新しいバージョンの POEMS Tracker で書かれています。先にプログラムを更新してください。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="217" />
            <source>The first medicine day of the cycle must not come after the last one.</source>
            <translation>周期の中で薬を飲む最初の日は、最後の日より後にできません。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="60" />
            <source>The header must be exactly: {columns}.</source>
            <translation>見出しは正確に次のとおりにしてください：{columns}。</translation>
        </message>
        <message>
            <location filename="../../domain/patient_details.py" line="17" />
            <source>The hospital number is longer than {limit} characters; check it on a letter.</source>
            <translation>診察券番号が {limit} 文字を超えています。病院の書類で確かめてください。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="103" />
            <source>The key "{key}" is not allowed: use lower-case letters, digits and _, start with a letter, and no built-in name.</source>
            <translation>キー「{key}」は使えません。小文字・数字・_ を使い、英字で始め、組み込みの名前は使わないでください。</translation>
        </message>
        <message>
            <location filename="../../store/keys.py" line="192" />
            <source>The key file keys.json is damaged; the records cannot be opened.</source>
            <translation>キーファイル keys.json が壊れているため、記録を開けません。</translation>
        </message>
        <message>
            <location filename="../../store/keys.py" line="216" />
            <location filename="../../store/keys.py" line="221" />
            <source>The key file {path} is damaged; the records cannot be opened.</source>
            <translation>キーファイル {path} が壊れているため、記録を開けません。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="111" />
            <source>The last day comes before the first day; check the dates.</source>
            <translation>最後の日が最初の日より前です。日付を確かめてください。</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="183" />
            <source>The leg answer is a whole number from {low} to {high}.</source>
            <translation>脚の回答は {low}〜{high} の整数です。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="101" />
            <source>The name is too long; keep it under {most} letters.</source>
            <translation>名前が長すぎます。{most} 文字未満にしてください。</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="156" />
            <source>The question about purposeful arm movement is only answered when all five tasks are prevented.</source>
            <translation>腕を意図して動かせるかの質問は、5つの動作がすべてできない場合にだけ答えます。</translation>
        </message>
        <message>
            <location filename="../../store/cipher.py" line="67" />
            <source>The records are encrypted; give the passphrase or the recovery key first.</source>
            <extracomment>Asks for the secret that opens a keys file (the command line prompts on the terminal or reads --passphrase-file); returns the data key or raises a PoemsError.</extracomment>
            <translation>記録は暗号化されています。先にパスフレーズか回復キーを入力してください。</translation>
        </message>
        <message>
            <location filename="../../ui/shell/write_path.py" line="62" />
            <source>The records are in use by another program; nothing of this was saved. Try again in a moment.</source>
            <extracomment>Where a failure is said: a status line of the page, a function taking the sentence, a form's `show` wrapped in `FieldSay` (a `ValidationError` names its field), or None for a message box over PARENT.</extracomment>
            <translation>記録は別のプログラムが使用中です。この内容は保存されていません。少し待ってからもう一度お試しください。</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="259" />
            <source>The records in {folder} are already encrypted.</source>
            <translation>{folder} の記録はすでに暗号化されています。</translation>
        </message>
        <message>
            <location filename="../../store/keys.py" line="207" />
            <source>The records in {folder} are encrypted, but their key file keys.json is missing; put it back beside tracker.db.</source>
            <translation>{folder} の記録は暗号化されていますが、キーファイル keys.json が見つかりません。tracker.db と同じ場所に戻してください。</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="318" />
            <location filename="../../store/encryption.py" line="348" />
            <source>The records in {folder} are not encrypted.</source>
            <translation>{folder} の記録は暗号化されていません。</translation>
        </message>
        <message>
            <location filename="../../store/keys.py" line="83" />
            <location filename="../../store/keys.py" line="140" />
            <source>The recovery key is not right.</source>
            <extracomment>Crockford's base 32: digits and letters without I, L, O, U (nothing to confuse by hand).</extracomment>
            <translation>回復キーが正しくありません。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="241" />
            <location filename="../../exchange/csv_rows.py" line="319" />
            <source>The reference low is above the high; check the two limits.</source>
            <translation>基準値の下限が上限より上です。2つの値を確かめてください。</translation>
        </message>
        <message>
            <location filename="../../store/restore.py" line="93" />
            <source>The restored database does not match the backup {path}.</source>
            <translation>復元したデータベースがバックアップ {path} と一致しません。</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="196" />
            <source>The rewritten copy of {path} did not match it; nothing was changed.</source>
            <translation>{path} を書き直したコピーが元と一致しませんでした。何も変更されていません。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="125" />
            <source>The schedule has extra spaces; write it like "daily at 08:00,20:00".</source>
            <translation>服用予定に余分な空白があります。「daily at 08:00,20:00」のように書いてください。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="118" />
            <source>The symptom "{key}" already has values as {stored}; its kind cannot change to {kind}.</source>
            <translation>症状「{key}」にはすでに {stored} として値があります。種類を {kind} に変えることはできません。</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="185" />
            <source>The time {text} is not a time of day; write it like 10:30.</source>
            <translation>時刻 {text} は時刻ではありません。10:30 のように書いてください。</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="148" />
            <location filename="../../domain/appointments.py" line="205" />
            <source>The visit ends before it starts; check the end time.</source>
            <translation>受診の終了が開始より前です。終了時刻を確かめてください。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="39" />
            <source>The {column} cell is empty; it is needed.</source>
            <translation>{column} の欄が空です。入力が必要です。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="106" />
            <source>The {column} cell is empty; it needs a number.</source>
            <translation>{column} の欄が空です。数値が必要です。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="148" />
            <source>The {column} cell is empty; it needs a whole number from {low} to {high}.</source>
            <translation>{column} の欄が空です。{low}〜{high} の整数が必要です。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="49" />
            <source>The {column} cell is empty; write a date as YYYY-MM-DD.</source>
            <translation>{column} の欄が空です。日付を YYYY-MM-DD で書いてください。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="80" />
            <source>The {column} cell is empty; write a time as HH:MM.</source>
            <translation>{column} の欄が空です。時刻を HH:MM で書いてください。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="64" />
            <source>The {column} {cell} is after today; only days that have happened can have records here.</source>
            <translation>{column} の {cell} は今日より後です。ここには過ぎた日の記録だけが入ります。</translation>
        </message>
        <message>
            <location filename="../../store/appointments.py" line="119" />
            <source>There is already a visit with {provider} at that date and time.</source>
            <translation>その日時にはすでに {provider} の受診予定があります。</translation>
        </message>
        <message>
            <location filename="../../store/medications.py" line="308" />
            <source>There is already an event of this kind starting on {day}.</source>
            <translation>{day} に始まる同じ種類の出来事がすでにあります。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="265" />
            <source>There is no medicine called "{name}" in medications.csv or among the stored ones.</source>
            <translation>「{name}」という薬は medications.csv にも保存済みの薬にもありません。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_import.py" line="133" />
            <source>There is no such file or folder.</source>
            <translation>そのファイルやフォルダーはありません。</translation>
        </message>
        <message>
            <location filename="../../domain/validation.py" line="86" />
            <source>There is no symptom called {key}.</source>
            <translation>{key} という症状はありません。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="222" />
            <source>This course of {name} overlaps the one that starts on {other}; courses of one medicine never overlap.</source>
            <translation>この {name} の服用期間は、{other} に始まる期間と重なっています。同じ薬の期間は重ねられません。</translation>
        </message>
        <message>
            <location filename="../../store/database.py" line="178" />
            <source>This database was written by a newer version of POEMS Tracker (schema {found}, this program knows up to {known}); please update the program.</source>
            <translation>このデータベースは新しいバージョンの POEMS Tracker で書かれています（スキーマ {found}、このプログラムが扱えるのは {known} まで）。プログラムを更新してください。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_import.py" line="126" />
            <source>This is not one of the files import reads ({names}).</source>
            <extracomment>Progress is reported every this many records.</extracomment>
            <translation>取り込みで読むファイル（{names}）のどれでもありません。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_format.py" line="256" />
            <source>This line cannot be read as CSV ({reason}).</source>
            <translation>この行は CSV として読めません（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_format.py" line="212" />
            <source>This line is longer than {limit} MB; the file is not a POEMS Tracker CSV file.</source>
            <extracomment>File name -&gt; its columns, in the order of interfaces.md. symptoms.csv also takes custom symptom columns between `swelling` and `weight_kg`. The order import reads files in: a file may refer to records of a file read before it. Files larger than this are refused up front, with the limit named; ten years of records take about 2 MB, so this leaves room for decades while keeping an import quick. One physical line may not be longer than this (a file without line breaks is not ours). The longest cell read: a note at the domain's limit, plus room for its escape character.</extracomment>
            <translation>この行は {limit} MB より長いです。このファイルは POEMS Tracker の CSV ファイルではありません。</translation>
        </message>
        <message>
            <location filename="../../store/medications.py" line="136" />
            <source>This medicine has recorded doses; stop it instead, or delete its doses too.</source>
            <translation>この薬には服用の記録があります。削除する代わりに中止するか、服用記録も削除してください。</translation>
        </message>
        <message>
            <location filename="../../store/medications.py" line="103" />
            <location filename="../../store/medications.py" line="115" />
            <location filename="../../store/medications.py" line="230" />
            <source>This medicine is no longer stored; it may have been deleted.</source>
            <translation>この薬はもう保存されていません。削除された可能性があります。</translation>
        </message>
        <message>
            <location filename="../../store/labs.py" line="141" />
            <source>This result breaks a rule of the database and was not stored ({reason}).</source>
            <translation>この結果はデータベースの規則に反するため、保存されませんでした（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_import.py" line="267" />
            <source>This row cannot be stored ({reason}).</source>
            <translation>この行は保存できません（{reason}）。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="85" />
            <source>This row has the same {key} as line {line}; each may appear once.</source>
            <translation>この行は {line} 行目と同じ {key} です。それぞれ1回しか書けません。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_import.py" line="258" />
            <source>This row has {cells} cells; the header has {columns}.</source>
            <translation>この行には {cells} 個の欄があります。見出しは {columns} 個です。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="215" />
            <source>This test has a text result, not a number.</source>
            <translation>この検査の結果は数値ではなく文字です。</translation>
        </message>
        <message>
            <location filename="../../store/appointments.py" line="140" />
            <source>This visit cannot be stored: {reason}.</source>
            <translation>この受診予定は保存できません：{reason}。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="198" />
            <source>This would be dose {number} of {name} today; the most you set is {most} a day. Record it anyway?</source>
            <translation>これは今日の {name} の {number} 回目になります。設定した上限は1日 {most} 回です。それでも記録しますか？</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="176" />
            <location filename="../../domain/labs.py" line="218" />
            <source>Type a number, e.g. 12.5 or &lt;0.1.</source>
            <translation>数値を入れてください（例：12.5 や &lt;0.1）。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="210" />
            <source>Type a value or leave the row out.</source>
            <translation>値を入れるか、その行を省いてください。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="158" />
            <source>Type the result as written on the report.</source>
            <translation>検査結果の用紙に書かれているとおりに入れてください。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="55" />
            <source>Unknown column "{column}"; the columns of {file} are: {columns}.</source>
            <extracomment>lower-case user lab test name -&gt; 'numeric'/'text', for tests new in this import</extracomment>
            <translation>不明な列「{column}」。{file} の列は次のとおりです：{columns}。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="171" />
            <source>Use a point for decimals, e.g. 12.5, and no thousands separator.</source>
            <translation>小数点はピリオドを使い（例：12.5）、桁区切りは付けないでください。</translation>
        </message>
        <message>
            <location filename="../../domain/validation.py" line="60" />
            <source>Weight must be between {low} and {high} kg.</source>
            <translation>体重は {low}〜{high} kg にしてください。</translation>
        </message>
        <message>
            <location filename="../../domain/patient_details.py" line="15" />
            <source>Write the date of birth as year-month-day, for example 1961-04-02.</source>
            <translation>生年月日は年-月-日で書いてください。例：1961-04-02。</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="213" />
            <source>Write the question first.</source>
            <translation>先に質問を書いてください。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="168" />
            <source>Write the schedule's words in lower case, like "weekly on Mon".</source>
            <translation>服用予定の言葉は小文字で書いてください（例：「weekly on Mon」）。</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="155" />
            <source>Write times as HH:MM (24 hours) separated by commas, like "at 08:00,20:00".</source>
            <translation>時刻は HH:MM（24時間）でコンマで区切って書いてください（例：「at 08:00,20:00」）。</translation>
        </message>
        <message>
            <location filename="../../store/appointments.py" line="208" />
            <source>You already noted this question that day.</source>
            <translation>この質問はその日にすでに書いてあります。</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="209" />
            <source>You have no permission to use {path}; nothing was changed. It may belong to another user.</source>
            <translation>{path} を使う権限がありません。何も変更されていません。別のユーザーのものかもしれません。</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="144" />
            <source>You said there are no symptoms in your arms, yet a task is affected; change one of the two.</source>
            <translation>腕に症状はないと答えましたが、影響のある動作があります。どちらかを直してください。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="162" />
            <source>{column} must be a whole number from {low} to {high}; it is "{cell}".</source>
            <translation>{column} は {low}〜{high} の整数にしてください。入力値は「{cell}」です。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="123" />
            <source>{column} must be above {limit}; it is {cell}.</source>
            <translation>{column} は {limit} より大きくしてください。入力値は {cell} です。</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="131" />
            <source>{column} must be between {low} and {high}; it is {cell}.</source>
            <translation>{column} は {low}〜{high} にしてください。入力値は {cell} です。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="75" />
            <source>{dose} {unit} at once is not believable; check the number.</source>
            <translation>1回に {dose} {unit} は考えにくい量です。数字を確かめてください。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="120" />
            <source>{name} is already recorded from {start}; a course of the same medicine cannot overlap it. Stop that one first.</source>
            <translation>{name} は {start} から記録されています。同じ薬の期間は重ねられません。先にそちらを中止してください。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="183" />
            <source>{name} was not being taken on {day}. Record the dose anyway?</source>
            <translation>{day} には {name} を飲んでいませんでした。それでも服用を記録しますか？</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="226" />
            <source>{path} does not exist; nothing was changed.</source>
            <translation>{path} は存在しません。何も変更されていません。</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="197" />
            <source>{path} is a folder; give a file name for the backup.</source>
            <translation>{path} はフォルダーです。バックアップのファイル名を指定してください。</translation>
        </message>
        <message>
            <location filename="../../errors.py" line="52" />
            <source>{path} is a symbolic link; POEMS Tracker does not follow links in its data folder, so nothing was changed.</source>
            <translation>{path} はシンボリックリンクです。POEMS Tracker はデータフォルダー内のリンクをたどらないため、何も変更されていません。</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="213" />
            <source>{path} is not a folder (a file of that name is in the way); nothing was changed.</source>
            <translation>{path} はフォルダーではありません（同じ名前のファイルがあります）。何も変更されていません。</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="227" />
            <source>{test} is not measured in "{unit}"; use one of: {units}.</source>
            <translation>{test} は「{unit}」では測りません。次のいずれかを使ってください：{units}。</translation>
        </message>
    </context>
    <context>
        <name>events</name>
        <message>
            <location filename="../../charts/timeline.py" line="25" />
            <location filename="../../domain/markers.py" line="47" />
            <location filename="../../domain/medication_catalog.py" line="196" />
            <source>Chemotherapy</source>
            <translation>化学療法</translation>
        </message>
        <message>
            <location filename="../../charts/timeline.py" line="22" />
            <location filename="../../domain/medication_catalog.py" line="193" />
            <source>Diagnosis</source>
            <extracomment>Treatment event kinds in plain words (context "events"), in the order the window lists them.</extracomment>
            <translation>診断</translation>
        </message>
        <message>
            <location filename="../../charts/timeline.py" line="26" />
            <location filename="../../domain/medication_catalog.py" line="197" />
            <source>Hospital stay</source>
            <translation>入院</translation>
        </message>
        <message>
            <location filename="../../charts/timeline.py" line="28" />
            <location filename="../../domain/medication_catalog.py" line="199" />
            <source>Other</source>
            <translation>その他</translation>
        </message>
        <message>
            <location filename="../../charts/timeline.py" line="27" />
            <location filename="../../domain/markers.py" line="48" />
            <location filename="../../domain/medication_catalog.py" line="198" />
            <source>Procedure</source>
            <translation>処置・手術</translation>
        </message>
        <message>
            <location filename="../../charts/timeline.py" line="24" />
            <location filename="../../domain/markers.py" line="46" />
            <location filename="../../domain/medication_catalog.py" line="195" />
            <source>Radiotherapy</source>
            <translation>放射線治療</translation>
        </message>
        <message>
            <location filename="../../charts/timeline.py" line="23" />
            <location filename="../../domain/markers.py" line="45" />
            <location filename="../../domain/medication_catalog.py" line="194" />
            <source>Stem cell transplant</source>
            <extracomment>The treatment kinds in words (same texts and context as the charts' event labels).</extracomment>
            <translation>幹細胞移植</translation>
        </message>
    </context>
    <context>
        <name>function</name>
        <message>
            <location filename="../../domain/function_check.py" line="35" />
            <source>Affected, still possible</source>
            <translation>影響あり、まだできる</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="61" />
            <source>Any symptoms in your arms or hands at all?</source>
            <translation>腕や手に何か症状はありますか？</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="62" />
            <source>Can you still make any purposeful movement with your arms?</source>
            <translation>腕で意図した動きが少しでもできますか？</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="28" />
            <source>Doing up buttons and zips</source>
            <translation>ボタンやファスナーをとめる</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="24" />
            <source>Dressing the upper body (not buttons)</source>
            <extracomment>The five arm tasks in the order of the page and of function.csv: (field, plain words).</extracomment>
            <translation>上半身の着替え（ボタンを除く）</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="48" />
            <source>I am in bed or a chair most of the day, with no purposeful leg movement</source>
            <translation>一日のほとんどをベッドか椅子で過ごし、脚を意図して動かせない</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="45" />
            <source>I need support on both sides to walk 10 metres</source>
            <translation>10メートル歩くのに両側の支えが必要</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="44" />
            <source>I need support on one side (stick, crutch, an arm) to walk 10 metres</source>
            <translation>10メートル歩くのに片側の支え（杖・松葉杖・人の腕）が必要</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="47" />
            <source>I use a wheelchair and cannot stand or walk a few steps with help</source>
            <translation>車いすを使い、介助があっても立つことも数歩歩くこともできない</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="46" />
            <source>I use a wheelchair, but can stand and walk a few steps with help</source>
            <translation>車いすを使うが、介助があれば立って数歩歩ける</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="43" />
            <source>I walk on my own, but my walk looks different</source>
            <translation>一人で歩けるが、歩き方がいつもと違って見える</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="65" />
            <source>Inspired by the ONLS — a record for your doctor, not an assessment.</source>
            <translation>ONLS を参考にした記録です。医師のための記録であり、評価ではありません。</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="34" />
            <source>Not affected</source>
            <extracomment>Plain words for each answer to a task.</extracomment>
            <translation>影響なし</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="36" />
            <source>Prevented</source>
            <translation>できない</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="26" />
            <source>Turning a key in a lock</source>
            <translation>鍵を回す</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="27" />
            <source>Using a knife and fork (or a spoon)</source>
            <translation>ナイフとフォーク（またはスプーン）を使う</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="42" />
            <source>Walking is affected, but my walk looks normal</source>
            <translation>歩行に影響はあるが、歩き方は普通に見える</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="41" />
            <source>Walking, running and stairs are not affected</source>
            <extracomment>The one leg answer, index = leg grade 0–7.</extracomment>
            <translation>歩く・走る・階段に影響はない</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="25" />
            <source>Washing and brushing your hair</source>
            <translation>髪を洗う・とかす</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="55" />
            <source>a task affected, none prevented</source>
            <translation>影響のある動作あり、できない動作なし</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="57" />
            <source>all five prevented, some purposeful arm movement left</source>
            <translation>5つすべてできないが、腕を意図して少し動かせる</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="56" />
            <source>at least one task prevented, not all</source>
            <translation>少なくとも1つできないが、すべてではない</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="58" />
            <source>no purposeful arm movement</source>
            <translation>腕を意図して動かせない</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="53" />
            <source>no symptoms in the arms</source>
            <extracomment>What each arm grade means, in plain words, index = arm grade 0–5.</extracomment>
            <translation>腕に症状なし</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="54" />
            <source>symptoms, but no task affected</source>
            <translation>症状はあるが、影響のある動作はない</translation>
        </message>
    </context>
    <context>
        <name>lab_reports</name>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="152" />
            <source>Lab reports are read from .pdf, .txt or .json files.</source>
            <translation>検査報告書は .pdf、.txt、.json ファイルから読み取ります。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="165" />
            <source>The file cannot be opened ({reason}).</source>
            <translation>ファイルを開けません ({reason})。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="85" />
            <source>The file is empty.</source>
            <translation>ファイルが空です。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="97" />
            <source>The file is not UTF-8 text; save it as UTF-8 and try again.</source>
            <translation>ファイルが UTF-8 のテキストではありません。UTF-8 で保存してからやり直してください。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="77" />
            <source>The file is {size} MB; files larger than {limit} MB are not read.</source>
            <translation>ファイルは {size} MB です。{limit} MB を超えるファイルは読み取りません。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="144" />
            <source>There is no such file or folder.</source>
            <translation>そのようなファイルやフォルダはありません。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="65" />
            <source>This JSON file is not FHIR (it has no resourceType).</source>
            <translation>この JSON ファイルは FHIR ではありません (resourceType がありません)。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/pdf_text.py" line="61" />
            <source>This PDF cannot be read; it may be damaged.</source>
            <translation>この PDF は読み取れません。壊れている可能性があります。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/pdf_text.py" line="65" />
            <source>This PDF has no text, only images (a scan); copy the values by hand or ask the lab for a PDF with text.</source>
            <translation>この PDF には文字がなく、画像 (スキャン) だけです。値を手入力するか、文字入りの PDF を検査機関に依頼してください。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/pdf_text.py" line="38" />
            <source>This PDF has {pages} pages; lab reports of more than {limit} pages are not read.</source>
            <translation>この PDF は {pages} ページあります。{limit} ページを超える検査報告書は読み取りません。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/pdf_text.py" line="30" />
            <location filename="../../exchange/lab_reports/pdf_text.py" line="55" />
            <source>This PDF is locked with a password; save it without one and try again.</source>
            <extracomment>A lab report is a few pages; a longer PDF is something else (and would take long).</extracomment>
            <translation>この PDF はパスワードで保護されています。パスワードなしで保存してからやり直してください。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="106" />
            <source>This file is not JSON, so it cannot be FHIR.</source>
            <translation>このファイルは JSON ではないため、FHIR ではありません。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="56" />
            <source>This text is longer than a lab report can be (more than {limit} lines or {size} MB), so it is not read.</source>
            <extracomment>The same limit as the CSV import: larger files are refused before a byte is read. A lab report's text is a few pages; more lines than this is not a lab report, and reading it line by line would keep the patient waiting (about 0.3 ms a line).</extracomment>
            <translation>このテキストは検査報告書としては長すぎます ({limit} 行または {size} MB を超えています)。読み取りません。</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="208" />
            <location filename="../../exchange/lab_reports/text_reader.py" line="151" />
            <source>a negative value</source>
            <translation>負の値です</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="183" />
            <source>a second number ({number}) on the line</source>
            <translation>行に 2 つ目の数値 ({number}) があります</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="88" />
            <source>a {kind} resource holds no lab result</source>
            <translation>{kind} リソースには検査結果がありません</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/model.py" line="203" />
            <source>another line gives a different {test} for {date}</source>
            <extracomment>The translation context of TEMPLATE: "lab_reports", or "errors" for domain checks. Why the document gives no certain date (a template and its fields), when day is None. Files that are not lab reports, left alone (in a folder).</extracomment>
            <translation>別の行に {date} の {test} の異なる値があります</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="207" />
            <source>no unit</source>
            <translation>単位がありません</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="189" />
            <location filename="../../exchange/lab_reports/text_reader.py" line="148" />
            <source>serum or plasma is not said</source>
            <translation>血清か血漿かが書かれていません</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="205" />
            <source>the comparator {sign} cannot be stored</source>
            <translation>比較記号 {sign} は保存できません</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/words.py" line="155" />
            <source>the date {date} could be {one} or {other}; give --date</source>
            <translation>日付 {date} は {one} とも {other} とも読めます。--date で指定してください</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="302" />
            <source>the lab's flag does not fit the value and the range</source>
            <translation>検査機関の判定マークが値と基準範囲に合いません</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/words.py" line="64" />
            <source>the number {number} could be read in two ways</source>
            <translation>数値 {number} は 2 通りに読めます</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="222" />
            <source>the range is in another unit than the value</source>
            <translation>基準範囲の単位が値の単位と違います</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="212" />
            <source>the range {low}–{high} is upside down</source>
            <translation>基準範囲 {low}–{high} の上下が逆です</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="384" />
            <source>the report does not say when the sample was taken; give --date</source>
            <translation>報告書に採取日が書かれていません。--date で指定してください</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="380" />
            <source>the report gives two sample dates ({dates}); give --date</source>
            <extracomment>A result line (even two results side by side) is short; a longer line is prose or noise, and skipping it keeps a large file from taking long.</extracomment>
            <translation>報告書に採取日が 2 つあります ({dates})。--date で指定してください</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="106" />
            <source>the report refers to a result that is not in the file</source>
            <translation>報告書がファイルにない結果を参照しています</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="233" />
            <source>the result has no date (effectiveDateTime)</source>
            <translation>結果に日付 (effectiveDateTime) がありません</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="201" />
            <source>the result has no number</source>
            <translation>結果に数値がありません</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="230" />
            <source>the result has no value this program can store</source>
            <translation>結果にこのプログラムで保存できる値がありません</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="170" />
            <source>the result is marked {status}</source>
            <translation>結果は {status} とされています</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="143" />
            <source>the value does not follow the test's name</source>
            <translation>検査名のすぐ後に値がありません</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="189" />
            <source>the words {words} are not understood</source>
            <translation>「{words}」が理解できません</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="192" />
            <source>two units on one line ({units})</source>
            <translation>1 行に単位が 2 つあります ({units})</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="214" />
            <location filename="../../exchange/lab_reports/text_reader.py" line="269" />
            <source>unit {unit} is not one of {units}</source>
            <translation>単位 {unit} は {units} のいずれでもありません</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="184" />
            <location filename="../../exchange/lab_reports/text_reader.py" line="132" />
            <location filename="../../exchange/lab_reports/text_reader.py" line="335" />
            <source>{name} is not a test of the program's list</source>
            <extracomment>What may stand between a name and its value: specimen words, brackets, punctuation.</extracomment>
            <translation>{name} はプログラムの検査一覧にありません</translation>
        </message>
    </context>
    <context>
        <name>labs</name>
        <message>
            <location filename="../../domain/lab_catalog.py" line="487" />
            <source>90 or more is normal; 60–89 mildly reduced; below 60 reduced.</source>
            <translation>90以上は正常、60〜89は軽度低下、60未満は低下。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="338" />
            <source>A pituitary hormone; raised levels are a POEMS endocrine change.</source>
            <translation>下垂体ホルモン。高値は POEMS の内分泌の変化です。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="183" />
            <source>A text result; normal is "no monoclonal protein detected".</source>
            <translation>文字の結果です。正常は「M蛋白を認めず」です。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="475" />
            <source>A waste product cleared by the kidneys; shows kidney function.</source>
            <translation>腎臓が排出する老廃物。腎機能がわかります。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="129" />
            <source>An antibody class; the POEMS clone often makes IgA or IgG.</source>
            <translation>抗体の種類。POEMS のクローンは IgA か IgG をつくることが多いです。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="427" />
            <source>Average blood sugar over about three months, as a percentage.</source>
            <translation>過去約3か月の平均血糖（%）。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="414" />
            <source>Average blood sugar over about three months.</source>
            <translation>過去約3か月の平均血糖。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="235" />
            <location filename="../../domain/lab_catalog.py" line="250" />
            <location filename="../../domain/lab_catalog.py" line="405" />
            <location filename="../../domain/lab_catalog.py" line="420" />
            <source>Blood (EDTA)</source>
            <translation>血液（EDTA）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="399" />
            <source>Blood sugar after not eating; diabetes can come with POEMS.</source>
            <translation>空腹時の血糖。POEMS では糖尿病を伴うことがあります。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="449" />
            <source>Calcium (total)</source>
            <translation>カルシウム（総）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="457" />
            <source>Calcium in the blood; bones and nerves depend on it.</source>
            <translation>血液中のカルシウム。骨と神経に必要です。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="257" />
            <source>Carries oxygen in red cells; a high value (polycythaemia) is a POEMS feature.</source>
            <translation>赤血球で酸素を運びます。高値（多血症）は POEMS の特徴です。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="242" />
            <source>Clotting cells; a high count (thrombocytosis) is a POEMS feature.</source>
            <translation>血を固める細胞。高値（血小板増多）は POEMS の特徴です。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="377" />
            <source>Cortisol</source>
            <translation>コルチゾール</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="462" />
            <source>Creatinine</source>
            <translation>クレアチニン</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="488" />
            <source>Estimated kidney filtering rate; used to dose some medicines.</source>
            <translation>推定の腎臓のろ過量。一部の薬の量を決めるのに使います。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="309" />
            <source>Estradiol</source>
            <translation>エストラジオール</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="360" />
            <source>FSH</source>
            <translation>FSH</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="321" />
            <source>Female sex hormone; can be raised in men with POEMS.</source>
            <translation>女性ホルモン。POEMS の男性で高くなることがあります。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="316" />
            <source>For women it depends on the cycle (after menopause below 145 pmol/L); copy it from the report.</source>
            <translation>女性は周期によって異なります（閉経後は145 pmol/L未満）。検査結果の用紙から写してください。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="134" />
            <source>For women the range depends on the phase of the cycle; copy it from the report.</source>
            <translation>女性は周期の時期によって基準範囲が異なります。検査結果の用紙から写してください。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="283" />
            <source>Free T4</source>
            <translation>遊離T4（FT4）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="192" />
            <source>Free kappa light chains</source>
            <translation>遊離κ鎖</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="205" />
            <source>Free lambda light chains</source>
            <translation>遊離λ鎖</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="391" />
            <source>Glucose (fasting)</source>
            <translation>空腹時血糖</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="249" />
            <source>Haemoglobin</source>
            <translation>ヘモグロビン</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="404" />
            <source>HbA1c (IFCC)</source>
            <translation>HbA1c（IFCC）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="419" />
            <source>HbA1c (NGSP/DCCT %)</source>
            <translation>HbA1c（NGSP）</translation>
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
            <translation>免疫固定法（血清）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="226" />
            <source>Kappa divided by lambda; often normal in POEMS.</source>
            <translation>κ を λ で割った値。POEMS では正常のことが多いです。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="200" />
            <source>Kappa light chains floating free in the blood.</source>
            <translation>血液中に遊離している κ 軽鎖。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="218" />
            <source>Kappa/lambda FLC ratio</source>
            <translation>遊離L鎖 κ/λ比</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="343" />
            <source>LH</source>
            <translation>LH</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="213" />
            <source>Lambda light chains; the POEMS clone is almost always lambda.</source>
            <translation>λ 軽鎖。POEMS のクローンはほぼ必ず λ 型です。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="161" />
            <source>M-protein (SPEP)</source>
            <translation>M蛋白（血清蛋白電気泳動）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="145" />
            <source>Main marker of POEMS activity; its fall shows the treatment is working.</source>
            <translation>POEMS の活動性の主な指標。下がれば治療が効いている目安です。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="304" />
            <source>Male sex hormone; often low in POEMS (hypogonadism).</source>
            <translation>男性ホルモン。POEMS では低いことが多いです（性腺機能低下）。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="167" />
            <source>None is found in health, so any measurable amount counts; no range is shown.</source>
            <translation>健康な人には見られないため、測定できる量があれば意味があります。基準範囲は表示しません。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="411" />
            <source>Normal is below 42; 42–47 raised risk; 48 or more suggests diabetes.</source>
            <translation>42未満が正常、42〜47はリスク上昇、48以上は糖尿病の疑い。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="426" />
            <source>Normal is below 6.0 %; 6.5 % or more suggests diabetes.</source>
            <translation>6.0 %未満が正常、6.5 %以上は糖尿病の疑い。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="398" />
            <source>Normal is below 6.0 mmol/L; 7.0 or more suggests diabetes.</source>
            <translation>6.0 mmol/L未満が正常、7.0以上は糖尿病の疑い。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="432" />
            <source>PTH (intact)</source>
            <translation>PTH（intact）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="444" />
            <source>Parathyroid hormone; controls calcium.</source>
            <translation>副甲状腺ホルモン。カルシウムを調節します。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="372" />
            <source>Pituitary hormone for sperm and egg production.</source>
            <translation>精子と卵子をつくる働きにかかわる下垂体ホルモン。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="355" />
            <source>Pituitary hormone that drives the testes or ovaries.</source>
            <translation>精巣や卵巣を働かせる下垂体ホルモン。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="152" />
            <source>Plasma (EDTA)</source>
            <translation>血漿（EDTA）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="245" />
            <source>Platelet count</source>
            <translation>血小板数</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="234" />
            <source>Platelets</source>
            <translation>血小板数</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="244" />
            <source>Platelets by automated count</source>
            <translation>血小板数（自動測定）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="326" />
            <source>Prolactin</source>
            <translation>プロラクチン</translation>
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
            <translation>血清（計算値）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="433" />
            <source>Serum/EDTA plasma</source>
            <translation>血清／EDTA 血漿</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="392" />
            <source>Serum/plasma</source>
            <translation>血清／血漿</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="184" />
            <source>Shows whether a monoclonal protein is present and of which type (e.g. IgA lambda).</source>
            <translation>M蛋白があるかどうかと、その型（例：IgA-λ型）がわかります。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="386" />
            <source>Stress hormone from the adrenal glands.</source>
            <translation>副腎から出るストレスホルモン。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="264" />
            <source>TSH</source>
            <translation>TSH</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="296" />
            <source>Testosterone (total)</source>
            <translation>テストステロン（総）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="170" />
            <source>The abnormal antibody made by the plasma-cell clone; often small in POEMS.</source>
            <translation>形質細胞のクローンがつくる異常な抗体。POEMS では少量のことが多いです。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="291" />
            <source>The main thyroid hormone.</source>
            <translation>主な甲状腺ホルモン。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="474" />
            <source>The range depends on sex and method; copy it from the report.</source>
            <translation>基準範囲は性別と測定法によって異なります。検査結果の用紙から写してください。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="256" />
            <location filename="../../domain/lab_catalog.py" line="303" />
            <location filename="../../domain/lab_catalog.py" line="337" />
            <source>The range differs for men and women.</source>
            <translation>基準範囲は男女で異なります。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="385" />
            <source>The range is for a 9 am sample; it changes over the day.</source>
            <translation>基準範囲は朝9時の採血のものです。一日の中で変わります。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="276" />
            <source>Thyroid-stimulating hormone; high when the thyroid is slow (hypothyroidism).</source>
            <translation>甲状腺刺激ホルモン。甲状腺の働きが弱いと（甲状腺機能低下症）高くなります。</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="151" />
            <source>VEGF (plasma)</source>
            <translation>VEGF（血漿）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="141" />
            <source>VEGF (serum)</source>
            <translation>VEGF（血清）</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="155" />
            <source>VEGF measured in plasma; lower than serum VEGF, never compare the two.</source>
            <translation>血漿で測った VEGF。血清の VEGF より低い値になるので、両者を比べないでください。</translation>
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
            <translation>文字の結果のため、変化は計算しません。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="57" />
            <source>Back within the lab's range.</source>
            <translation>検査機関の基準範囲内に戻っています。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="67" />
            <source>Below the limit of measurement.</source>
            <translation>測定限界未満です。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="69" />
            <source>Due: not measured for more than {months} months.</source>
            <translation>検査の時期：{months}か月以上測っていません。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="59" />
            <source>Half or less of the value before treatment.</source>
            <translation>治療前の値の半分以下です。</translation>
        </message>
        <message>
            <location filename="../../domain/markers.py" line="52" />
            <source>High</source>
            <translation>高い</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="66" />
            <source>Immunofixation negative since {date}.</source>
            <translation>{date} から免疫固定法は陰性です。</translation>
        </message>
        <message>
            <location filename="../../domain/markers.py" line="54" />
            <source>In range</source>
            <translation>基準範囲内</translation>
        </message>
        <message>
            <location filename="../../domain/markers.py" line="53" />
            <source>Low</source>
            <translation>低い</translation>
        </message>
        <message>
            <location filename="../../domain/markers.py" line="56" />
            <source>No range</source>
            <translation>基準範囲なし</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="52" />
            <source>No treatment recorded: change since the first value.</source>
            <translation>治療の記録がありません：最初の値からの変化です。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="53" />
            <source>No value before the treatment started: change since the first value.</source>
            <translation>治療開始前の値がありません：最初の値からの変化です。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="56" />
            <source>No value since the treatment started.</source>
            <translation>治療開始後の値はまだありません。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="51" />
            <source>One result so far.</source>
            <extracomment>Medicines aimed at the POEMS clone (domain.md); a course of one starts a treatment. How far from the 6-month mark a value may be and still count as "the 6-month value". An M-protein under this many g/dL is too small to follow as a change.</extracomment>
            <translation>結果はまだ1件です。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="70" />
            <source>Only your doctors can say what this means for you.</source>
            <translation>これがあなたにとって何を意味するかは、主治医だけが判断できます。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="65" />
            <source>Too small to measure a change.</source>
            <translation>変化を測るには小さすぎます。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="60" />
            <source>Up by half or more from its lowest since treatment and above the lab's range — a repeat test confirms a rise.</source>
            <translation>治療後の最低値から5割以上上がり、基準範囲を超えています — 上昇かどうかは再検査で確かめます。</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="58" />
            <source>Within the lab's range.</source>
            <translation>検査機関の基準範囲内です。</translation>
        </message>
    </context>
    <context>
        <name>medicines</name>
        <message>
            <location filename="../../domain/medication_catalog.py" line="58" />
            <source>Alkylating agent</source>
            <translation>アルキル化薬</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="130" />
            <location filename="../../domain/medication_catalog.py" line="138" />
            <location filename="../../domain/medication_catalog.py" line="151" />
            <source>Anticoagulant</source>
            <translation>抗凝固薬</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="145" />
            <source>Anticoagulant (injection)</source>
            <translation>抗凝固薬（注射）</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="108" />
            <location filename="../../domain/medication_catalog.py" line="115" />
            <source>Antidepressant used for nerve pain</source>
            <translation>神経の痛みに使う抗うつ薬</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="123" />
            <source>Antiplatelet</source>
            <translation>抗血小板薬</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="124" />
            <location filename="../../domain/medication_catalog.py" line="131" />
            <location filename="../../domain/medication_catalog.py" line="139" />
            <location filename="../../domain/medication_catalog.py" line="146" />
            <location filename="../../domain/medication_catalog.py" line="151" />
            <source>Clot prevention</source>
            <translation>血栓予防</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="169" />
            <location filename="../../domain/medication_catalog.py" line="176" />
            <source>Diuretic (water tablet)</source>
            <translation>利尿薬（むくみをとる薬）</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="36" />
            <source>First-line treatment, usually with dexamethasone, in 28-day cycles</source>
            <translation>最初の治療。通常デキサメタゾンと併用、28日周期</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="170" />
            <location filename="../../domain/medication_catalog.py" line="177" />
            <source>Fluid overload</source>
            <translation>体液のたまり（むくみ・胸水・腹水）</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="51" />
            <source>Given with lenalidomide or melphalan</source>
            <translation>レナリドミドまたはメルファランと併用</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="164" />
            <source>Hormone replacement (low testosterone)</source>
            <translation>ホルモン補充（テストステロン低下）</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="156" />
            <source>Hormone replacement (underactive thyroid)</source>
            <translation>ホルモン補充（甲状腺機能低下）</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="35" />
            <location filename="../../domain/medication_catalog.py" line="65" />
            <source>Immunomodulator</source>
            <translation>免疫調節薬</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="37" />
            <source>Improved neuropathy, organ enlargement and fluid overload in a study. It raises the risk of blood clots, which is why clot prevention (for example aspirin) is usually given beside it.</source>
            <translation>研究で、神経障害・臓器の腫れ・体液のたまりが改善しました。血栓のリスクが上がるため、通常は血栓予防（例えばアスピリン）を一緒に使います。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="84" />
            <source>Meant for short courses; it can cause constipation and dizziness.</source>
            <translation>短期間の使用向けです。便秘やめまいが起こることがあります。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="83" />
            <location filename="../../domain/medication_catalog.py" line="93" />
            <location filename="../../domain/medication_catalog.py" line="101" />
            <location filename="../../domain/medication_catalog.py" line="109" />
            <location filename="../../domain/medication_catalog.py" line="116" />
            <source>Nerve pain</source>
            <translation>神経の痛み</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="92" />
            <location filename="../../domain/medication_catalog.py" line="100" />
            <source>Nerve pain medicine</source>
            <translation>神経の痛みの薬</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="82" />
            <source>Painkiller (opioid)</source>
            <translation>鎮痛薬（オピオイド）</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="74" />
            <source>Proteasome inhibitor (not an immunomodulator)</source>
            <translation>プロテアソーム阻害薬（免疫調節薬ではありません）</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="67" />
            <location filename="../../domain/medication_catalog.py" line="76" />
            <source>Reported to worsen neuropathy.</source>
            <translation>神経障害を悪化させるとの報告があります。</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="15" />
            <source>Seed article on POEMS syndrome (seed/poems-article.txt)</source>
            <translation>POEMS症候群の基礎文献（seed/poems-article.txt）</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="43" />
            <source>Seed article, reference 7; UCLH registry, Blood Adv 2020;4:2139</source>
            <translation>基礎文献 参考文献7；UCLH レジストリ、Blood Adv 2020;4:2139</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="163" />
            <source>Sex hormone</source>
            <translation>性ホルモン</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="50" />
            <source>Steroid</source>
            <translation>ステロイド</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="155" />
            <source>Thyroid hormone</source>
            <translation>甲状腺ホルモン</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="59" />
            <source>Treatment; also given in high dose before a stem cell transplant</source>
            <translation>治療薬。幹細胞移植の前に大量に使うこともあります</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="66" />
            <location filename="../../domain/medication_catalog.py" line="75" />
            <source>Used in some centres</source>
            <translation>一部の施設で使用</translation>
        </message>
    </context>
    <context>
        <name>specialty</name>
        <message>
            <location filename="../../domain/appointments.py" line="29" />
            <source>cardiology</source>
            <translation>循環器内科</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="31" />
            <source>dermatology</source>
            <translation>皮膚科</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="27" />
            <source>endocrinology</source>
            <translation>内分泌内科</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="32" />
            <source>general practice</source>
            <translation>かかりつけ医</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="25" />
            <source>haematology</source>
            <extracomment>How long a visit lasts when no end time is given (interfaces.md, iCalendar export). Specialties offered in the window; the patient may type any other.</extracomment>
            <translation>血液内科</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="30" />
            <source>nephrology</source>
            <translation>腎臓内科</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="26" />
            <source>neurology</source>
            <translation>神経内科</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="28" />
            <source>physiotherapy</source>
            <translation>リハビリテーション</translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message>
            <location filename="../../domain/appointments.py" line="38" />
            <source>Cancelled</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="37" />
            <source>Done</source>
            <translation>済み</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="36" />
            <source>Planned</source>
            <translation>予定</translation>
        </message>
    </context>
    <context>
        <name>symptoms</name>
        <message>
            <location filename="../../domain/symptoms.py" line="14" />
            <source>Nerve pain</source>
            <extracomment>The 0–10 numeric rating scale (0 = none, 10 = worst imaginable), the standard for patient-reported pain; order is the order of the check-in page and of symptoms.csv.</extracomment>
            <translation>神経の痛み</translation>
        </message>
        <message>
            <location filename="../../domain/symptoms.py" line="15" />
            <source>Numbness</source>
            <translation>しびれ</translation>
        </message>
        <message>
            <location filename="../../domain/symptoms.py" line="21" />
            <source>Swelling (legs, belly)</source>
            <translation>むくみ（脚・おなか）</translation>
        </message>
        <message>
            <location filename="../../domain/symptoms.py" line="17" />
            <source>Tingling / pins and needles</source>
            <translation>ピリピリ・チクチクする感じ</translation>
        </message>
        <message>
            <location filename="../../domain/symptoms.py" line="20" />
            <source>Tiredness</source>
            <translation>だるさ・疲れ</translation>
        </message>
        <message>
            <location filename="../../domain/symptoms.py" line="19" />
            <source>Weakness</source>
            <translation>力が入らない</translation>
        </message>
    </context>
    <context>
        <name>trends_text</name>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="438" />
            <location filename="../../ui/trends/trends_table.py" line="55" />
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_table.py" line="76" />
            <source>High</source>
            <translation>高い</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_table.py" line="78" />
            <source>Low</source>
            <translation>低い</translation>
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
            <translation>転倒</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="43" />
            <source>Darker patches of skin</source>
            <translation>皮膚が黒ずんだ</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="35" />
            <source>Dizzy on standing up</source>
            <translation>立ち上がるとめまい</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="31" />
            <source>Falls and nights</source>
            <translation>転倒と夜間</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="44" />
            <source>More body hair</source>
            <translation>体毛が増えた</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="46" />
            <source>More sweating</source>
            <translation>汗が増えた</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="36" />
            <source>Short of breath</source>
            <translation>息切れ</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="41" />
            <source>Skin and nails</source>
            <translation>皮膚と爪</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="47" />
            <source>Swollen ankles</source>
            <translation>足首のむくみ</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="45" />
            <source>White or clubbed nails</source>
            <translation>爪が白い・ばち指</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="34" />
            <source>Woken by pain in the night</source>
            <translation>夜、痛みで目が覚めた</translation>
        </message>
    </context>
</TS>
