<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AppointmentDialog</name>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="90" />
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="104" />
            <source>&amp;Ends at:</source>
            <translation>&amp;Fin à :</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="159" />
            <source>&amp;Notes:</source>
            <translation>&amp;Notes :</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="133" />
            <source>&amp;Place:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="139" />
            <source>&amp;Reason for the visit:</source>
            <translation>&amp;Motif du rendez-vous :</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="163" />
            <source>&amp;Save visit</source>
            <translation>&amp;Enregistrer le rendez-vous</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="125" />
            <source>&amp;Specialty:</source>
            <translation>&amp;Spécialité :</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="95" />
            <source>&amp;Time:</source>
            <translation>&amp;Heure :</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="113" />
            <source>&amp;With (doctor or therapist):</source>
            <translation>&amp;Avec (médecin ou thérapeute) :</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="166" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="167" />
            <source>Close without saving</source>
            <translation>Fermer sans enregistrer</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="90" />
            <source>Date of the visit</source>
            <translation>Date du rendez-vous</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="115" />
            <source>Doctor or therapist</source>
            <translation>Médecin ou thérapeute</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="106" />
            <source>End time of the visit, may be left empty</source>
            <translation>Heure de fin du rendez-vous, peut rester vide</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="159" />
            <source>Notes about the visit</source>
            <translation>Notes sur le rendez-vous</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="133" />
            <source>Place of the visit</source>
            <translation>Lieu du rendez-vous</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="152" />
            <source>Planned, done or cancelled</source>
            <translation>Prévu, fait ou annulé</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="141" />
            <source>Reason for the visit</source>
            <translation>Motif du rendez-vous</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="150" />
            <source>S&amp;tatus:</source>
            <translation>É&amp;tat :</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="165" />
            <source>Save visit</source>
            <translation>Enregistrer le rendez-vous</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="127" />
            <source>Specialty; pick one or type your own</source>
            <translation>Spécialité ; choisissez-en une ou tapez la vôtre</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="97" />
            <source>Time of the visit, hours and minutes</source>
            <translation>Heure du rendez-vous, heures et minutes</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="136" />
            <source>e.g. 3-month follow-up</source>
            <translation>par ex. suivi à 3 mois</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="131" />
            <source>e.g. City Hospital, clinic 4</source>
            <translation>par ex. Hôpital de la Ville, consultation 4</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="110" />
            <source>e.g. Dr. Smith</source>
            <translation>par ex. Dr Martin</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointment_dialog.py" line="101" />
            <source>optional, e.g. 11:00</source>
            <translation>facultatif, par ex. 11:00</translation>
        </message>
    </context>
    <context>
        <name>AppointmentsPage</name>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="101" />
            <source>&amp;Book follow-up in 3 months</source>
            <translation>Prévoir le &amp;suivi dans 3 mois</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="159" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="106" />
            <source>&amp;Note a question for this visit</source>
            <translation>&amp;Noter une question pour ce rendez-vous</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="73" />
            <source>&amp;Past</source>
            <translation>&amp;Passés</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="217" />
            <source>&amp;Past ({n})</source>
            <translation>&amp;Passés ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="75" />
            <source>&amp;Questions</source>
            <translation>&amp;Questions</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="72" />
            <source>&amp;Upcoming</source>
            <translation>À &amp;venir</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="215" />
            <source>&amp;Upcoming ({n})</source>
            <translation>À &amp;venir ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="156" />
            <source>Add &amp;visit…</source>
            <translation>Ajouter un &amp;rendez-vous…</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="107" />
            <source>Add a question for the next visit</source>
            <translation>Ajouter une question pour le prochain rendez-vous</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="156" />
            <location filename="../../ui/appointments/appointments_page.py" line="337" />
            <source>Add a visit</source>
            <translation>Ajouter un rendez-vous</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="349" />
            <source>Book a follow-up visit</source>
            <translation>Prévoir un rendez-vous de suivi</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="163" />
            <source>Book a visit 3 months after the chosen one</source>
            <translation>Prévoir un rendez-vous 3 mois après celui choisi</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="162" />
            <source>Book follow-up in &amp;3 months</source>
            <translation>Prévoir le suivi dans &amp;3 mois</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="102" />
            <source>Book the following visit, 3 months after the next one</source>
            <translation>Prévoir le rendez-vous suivant, 3 mois après le prochain</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="74" />
            <source>Calenda&amp;r</source>
            <translation>Calendrie&amp;r</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="343" />
            <source>Change a visit</source>
            <translation>Modifier un rendez-vous</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="159" />
            <source>Change the chosen visit</source>
            <translation>Modifier le rendez-vous choisi</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="133" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="177" />
            <source>De&amp;lete…</source>
            <translation>Supprime&amp;r…</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="372" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="177" />
            <source>Delete the chosen visit</source>
            <translation>Supprimer le rendez-vous choisi</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="369" />
            <source>Delete the visit of {visit}? Its questions are kept.</source>
            <translation>Supprimer le rendez-vous du {visit} ? Ses questions sont conservées.</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="368" />
            <source>Delete visit</source>
            <translation>Supprimer le rendez-vous</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="112" />
            <source>Export all visits to a calendar file</source>
            <translation>Exporter tous les rendez-vous vers un fichier d'agenda</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="172" />
            <source>Mark &amp;cancelled</source>
            <translation>Marquer &amp;annulé</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="167" />
            <source>Mark &amp;done</source>
            <translation>Marquer &amp;fait</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="173" />
            <source>Mark the chosen visit as cancelled</source>
            <translation>Marquer le rendez-vous choisi comme annulé</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="168" />
            <source>Mark the chosen visit as done</source>
            <translation>Marquer le rendez-vous choisi comme fait</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="246" />
            <source>No questions noted for this visit yet.</source>
            <translation>Aucune question notée pour ce rendez-vous pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="227" />
            <source>No visit booked yet.</source>
            <translation>Aucun rendez-vous prévu pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="68" />
            <source>Past visits</source>
            <translation>Rendez-vous passés</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="138" />
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="111" />
            <source>Put visits in m&amp;y calendar…</source>
            <translation>Mettre les rendez-vous dans m&amp;on agenda…</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="238" />
            <source>Questions to ask ({n}):</source>
            <translation>Questions à poser ({n}) :</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="139" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="136" />
            <source>Specialty</source>
            <translation>Spécialité</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="135" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="134" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="67" />
            <source>Upcoming visits</source>
            <translation>Rendez-vous à venir</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="228" />
            <source>Use “Add visit…” below to book one.</source>
            <translation>Utilisez « Ajouter un rendez-vous… » ci-dessous pour en prévoir un.</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="66" />
            <source>Visits and questions</source>
            <extracomment>Questions listed under the next visit; the rest are on the Questions tab (the box must not push the page taller than the window at large text sizes).</extracomment>
            <translation>Rendez-vous et questions</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="137" />
            <source>With</source>
            <translation>Avec</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="84" />
            <source>Your next visit</source>
            <translation>Votre prochain rendez-vous</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="234" />
            <source>until {time}</source>
            <translation>jusqu'à {time}</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/appointments_page.py" line="242" />
            <source>… and {n} more on the Questions tab.</source>
            <translation>… et {n} de plus dans l'onglet Questions.</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="236" />
            <source>&amp;Back up now…</source>
            <translation>&amp;Sauvegarder maintenant…</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="286" />
            <source>&amp;Restore</source>
            <translation>&amp;Restaurer</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="239" />
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurer depuis une sauvegarde…</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="263" />
            <source>All your records were copied and checked. The backup is here:
{path}</source>
            <translation>Tous vos relevés ont été copiés et vérifiés. La sauvegarde est ici :
{path}</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="261" />
            <source>Backup made</source>
            <translation>Sauvegarde faite</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="240" />
            <source>Bring back your records as a backup holds them</source>
            <translation>Retrouver vos relevés tels qu'une sauvegarde les contient</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="237" />
            <source>Copy all your records to the backups folder now</source>
            <translation>Copier tous vos relevés dans le dossier des sauvegardes maintenant</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="251" />
            <source>Nothing was changed</source>
            <translation>Rien n'a été modifié</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="247" />
            <source>Please wait</source>
            <translation>Veuillez patienter</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="279" />
            <source>Replace your records with the backup from {when}? It holds {records}. Your records as they are now are kept as a backup first.</source>
            <translation>Remplacer vos relevés par la sauvegarde du {when} ? Elle contient {records}. Vos relevés actuels sont d'abord gardés en sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="286" />
            <source>Restore from backup</source>
            <translation>Restaurer depuis une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="305" />
            <source>Restored</source>
            <translation>Restauré</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="302" />
            <source>The records you had before are kept here:
{path}</source>
            <translation>Les relevés que vous aviez avant sont gardés ici :
{path}</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="298" />
            <source>Your records were restored ({n} records).</source>
            <translation>Vos relevés ont été restaurés ({n} relevés).</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="283" />
            <source>{n} records</source>
            <translation>{n} relevés</translation>
        </message>
    </context>
    <context>
        <name>BackupDialogs</name>
        <message>
            <location filename="../../../poems_tracker/ui/data/backup_dialogs.py" line="70" />
            <source>Cannot be restored: this file is damaged or not a backup.</source>
            <translation>Restauration impossible : ce fichier est abîmé ou n'est pas une sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/data/backup_dialogs.py" line="72" />
            <source>Records: {records} (check-ins: {checkins})</source>
            <translation>Relevés : {records} (journées notées : {checkins})</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/data/backup_dialogs.py" line="54" />
            <source>Something went wrong: {reason}</source>
            <translation>Un problème est survenu : {reason}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/data/backup_dialogs.py" line="62" />
            <source>{day}, {time}</source>
            <translation>{day}, {time}</translation>
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
                <numerusform>%n rendez-vous écrit dans {path}. Ouvrez ce fichier avec votre agenda ; un nouvel export met à jour les mêmes rendez-vous au lieu de les ajouter deux fois.</numerusform>
                <numerusform>%n rendez-vous écrits dans {path}. Ouvrez ce fichier avec votre agenda ; un nouvel export met à jour les mêmes rendez-vous au lieu de les ajouter deux fois.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/appointments/calendar_export.py" line="45" />
            <source>Calendar files (*.ics)</source>
            <translation>Fichiers d'agenda (*.ics)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/appointments/calendar_export.py" line="76" />
            <source>Export to &amp;calendar…</source>
            <translation>Exporter vers l'&amp;agenda…</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/appointments/calendar_export.py" line="65" />
            <location filename="../../../poems_tracker/ui/appointments/calendar_export.py" line="56" />
            <source>Export to calendar</source>
            <translation>Exporter vers l'agenda</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/appointments/calendar_export.py" line="45" />
            <source>Export visits to a calendar file</source>
            <translation>Exporter les rendez-vous vers un fichier d'agenda</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/appointments/calendar_export.py" line="57" />
            <source>The file {path} could not be written: {reason}.</source>
            <translation>Le fichier {path} n'a pas pu être écrit : {reason}.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/appointments/calendar_export.py" line="78" />
            <source>Write all visits to a file your calendar program can open</source>
            <translation>Écrire tous les rendez-vous dans un fichier que votre agenda peut ouvrir</translation>
        </message>
    </context>
    <context>
        <name>CheckInPage</name>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="167" />
            <source>&amp;My symptoms…</source>
            <translation>&amp;Mes symptômes…</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="123" />
            <source>&amp;Next day ▶</source>
            <translation>Jour &amp;suivant ▶</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="170" />
            <source>&amp;Save  (Ctrl+S)</source>
            <translation>&amp;Enregistrer  (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="125" />
            <source>&amp;Today</source>
            <translation>&amp;Aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="207" />
            <source>&amp;Weight (kg)</source>
            <translation>&amp;Poids (kg)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="167" />
            <source>Add, rename or hide your own symptoms</source>
            <translation>Ajouter, renommer ou masquer vos propres symptômes</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="63" />
            <source>Check-in form</source>
            <extracomment>The key that puts the keyboard in the date field (the day bar is not a Tab stop at first).</extracomment>
            <translation>Formulaire du relevé</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="121" />
            <source>Date of the check-in</source>
            <translation>Date du relevé</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="125" />
            <source>Go to today</source>
            <translation>Aller à aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="315" />
            <source>Logged — change anything and save again.</source>
            <translation>Noté — modifiez ce que vous voulez et enregistrez de nouveau.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="222" />
            <source>N&amp;ote</source>
            <translation>N&amp;ote</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="123" />
            <source>Next day</source>
            <translation>Jour suivant</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="313" />
            <source>Not logged yet.</source>
            <translation>Pas encore noté.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="339" />
            <source>Not saved yet.</source>
            <translation>Pas encore enregistré.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="379" />
            <source>Not saved: please correct the field marked ⚠.</source>
            <translation>Non enregistré : corrigez le champ marqué ⚠.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="227" />
            <source>Note for the day</source>
            <translation>Note du jour</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="107" />
            <source>Previous day</source>
            <translation>Jour précédent</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="164" />
            <source>Save status</source>
            <translation>État de l'enregistrement</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="170" />
            <source>Save this day</source>
            <translation>Enregistrer ce jour</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="190" />
            <source>Scores: 0 = none, 10 = worst imaginable. Click a number, or press Tab to move and a digit to choose.</source>
            <translation>Scores : 0 = aucun, 10 = le pire imaginable. Cliquez sur un nombre, ou appuyez sur Tab pour avancer et sur un chiffre pour choisir.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="417" />
            <source>The check-in for {date} has changes that are not saved. Save them?</source>
            <translation>Le relevé du {date} a des modifications non enregistrées. Les enregistrer ?</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="322" />
            <source>Today, {date}</source>
            <translation>Aujourd'hui, {date}</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="359" />
            <source>Type the weight as a number, like 72.5.</source>
            <translation>Tapez le poids en chiffres, comme 72.5.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="211" />
            <source>Weight in kilograms</source>
            <translation>Poids en kilogrammes</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="324" />
            <source>Yesterday, {date}</source>
            <translation>Hier, {date}</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="212" />
            <source>e.g. 72.5</source>
            <translation>par ex. 72.5</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="107" />
            <source>◀ &amp;Previous day</source>
            <extracomment>today's doses and prompts from other features are added here, below the form</extracomment>
            <translation>◀ Jour &amp;précédent</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/checkin_page.py" line="395" />
            <source>✔ Saved at {time}.</source>
            <translation>✔ Enregistré à {time}.</translation>
        </message>
    </context>
    <context>
        <name>CheckInTableModel</name>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="112" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="115" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="115" />
            <source>Weight (kg)</source>
            <translation>Poids (kg)</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="63" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="63" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
    </context>
    <context>
        <name>ChoiceRow</name>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/choice_row.py" line="88" />
            <source>Key {key}</source>
            <translation>Touche {key}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/choice_row.py" line="135" />
            <source>not answered</source>
            <translation>sans réponse</translation>
        </message>
    </context>
    <context>
        <name>ComparePanel</name>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="62" />
            <source>&amp;Beside it:</source>
            <translation>À &amp;côté :</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="87" />
            <source>Averages before and after</source>
            <translation>Moyennes avant et après</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="51" />
            <source>Compare side by side</source>
            <translation>Comparer côte à côte</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="81" />
            <source>Drawing…</source>
            <translation>Dessin en cours…</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="139" />
            <source>Lab: {test} ({unit})</source>
            <translation>Analyse : {test} ({unit})</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="64" />
            <source>Medicine or lab test to show beside it</source>
            <translation>Médicament ou analyse à afficher à côté</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="136" />
            <source>Medicine: {name}</source>
            <translation>Médicament : {name}</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="108" />
            <source>Side-by-side chart</source>
            <translation>Graphique côte à côte</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="60" />
            <source>Sym&amp;ptom:</source>
            <translation>Sym&amp;ptôme :</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_compare.py" line="60" />
            <source>Symptom to compare</source>
            <translation>Symptôme à comparer</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="72" />
            <source>&amp;Copy details</source>
            <translation>&amp;Copier les détails</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="59" />
            <source>&amp;Details:</source>
            <translation>&amp;Détails :</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="74" />
            <source>C&amp;lose</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="74" />
            <source>Close this message</source>
            <translation>Fermer ce message</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="72" />
            <source>Copy the details to the clipboard</source>
            <translation>Copier les détails dans le presse-papiers</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="62" />
            <source>Details of the problem</source>
            <translation>Détails du problème</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="34" />
            <source>POEMS Tracker: something went wrong</source>
            <translation>POEMS Tracker : un problème est survenu</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="38" />
            <source>Something went wrong; your saved records are safe.</source>
            <translation>Un problème est survenu ; vos données enregistrées sont en sécurité.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="47" />
            <source>The details could not be written to the log file.</source>
            <translation>Les détails n’ont pas pu être écrits dans le fichier journal.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="45" />
            <source>The details were written to {path}.</source>
            <translation>Les détails ont été écrits dans {path}.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="50" />
            <source>The window keeps running. If this happens again, copy the details below and send them to whoever helps you with the program.</source>
            <translation>La fenêtre reste ouverte. Si cela se reproduit, copiez les détails ci-dessous et envoyez-les à la personne qui vous aide avec le programme.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/crash_dialog.py" line="91" />
            <source>✔ Copied.</source>
            <translation>✔ Copié.</translation>
        </message>
    </context>
    <context>
        <name>CycleDayPage</name>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="69" />
            <source>&amp;Medicine</source>
            <translation>&amp;Médicament</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="128" />
            <source>&amp;Picture</source>
            <translation>&amp;Image</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="78" />
            <source>&amp;To</source>
            <translation>&amp;Au</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="339" />
            <source>(ended on day {day})</source>
            <translation>(arrêté au jour {day})</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="109" />
            <source>Average of each symptom by cycle day</source>
            <translation>Moyenne de chaque symptôme par jour du cycle</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="280" />
            <source>Average score by cycle day, as a picture</source>
            <translation>Score moyen par jour du cycle, en image</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="327" />
            <source>Average {name} on cycle day {day} over {n} days: {average}</source>
            <translation>{name} moyen au jour {day} du cycle sur {n} jours : {average}</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="368" />
            <source>Average {name}: {on} on medicine days (over {on_n} days), {off} on days off (over {off_n} days).</source>
            <translation>{name} moyen : {on} les jours de médicament (sur {on_n} jours), {off} les jours sans (sur {off_n} jours).</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="242" />
            <source>Cycle day</source>
            <translation>Jour du cycle</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="101" />
            <source>Cycles in this range</source>
            <translation>Cycles de cette période</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="353" />
            <source>Cycles in this range: {cycles}.</source>
            <translation>Cycles de cette période : {cycles}.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="337" />
            <source>C{n} from {start}</source>
            <translation>C{n} à partir du {start}</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="242" />
            <source>Days logged</source>
            <translation>Jours notés</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="76" />
            <source>First day of the range</source>
            <translation>Premier jour de la période</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="75" />
            <source>Fr&amp;om</source>
            <translation>D&amp;u</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="79" />
            <source>Last day of the range</source>
            <translation>Dernier jour de la période</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="242" />
            <source>Medicine</source>
            <translation>Médicament</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="72" />
            <source>Medicine taken in cycles</source>
            <translation>Médicament pris par cycles</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="231" />
            <source>No cycles of this medicine in this range.</source>
            <translation>Aucun cycle de ce médicament dans cette période.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="227" />
            <source>No medicine taken in cycles in this range. A medicine with a schedule such as "cycle 1-21 of 28" appears here.</source>
            <translation>Aucun médicament pris par cycles dans cette période. Un médicament avec un rythme comme « cycle 1-21 of 28 » apparaît ici.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="364" />
            <source>Nothing logged for {name} in these cycles.</source>
            <translation>Rien de noté pour {name} dans ces cycles.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="314" />
            <source>Nothing logged for {name} on cycle day {day}.</source>
            <translation>Rien de noté pour {name} au jour {day} du cycle.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="250" />
            <source>Off</source>
            <translation>Sans</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="250" />
            <source>On</source>
            <translation>Avec</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="120" />
            <source>Picture</source>
            <translation>Image</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="105" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="61" />
            <source>Symptoms by cycle day</source>
            <translation>Symptômes par jour du cycle</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="129" />
            <source>Ta&amp;ble</source>
            <translation>Ta&amp;bleau</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="134" />
            <source>These are averages of what you logged on each day of the cycle, with the number of days behind each one. They show patterns, not causes; few days make an average uncertain. Talk to your doctor about what they mean for you.</source>
            <translation>Ce sont les moyennes de ce que vous avez noté chaque jour du cycle, avec le nombre de jours derrière chacune. Elles montrent des tendances, pas des causes ; peu de jours rendent une moyenne incertaine. Parlez à votre médecin de ce qu'elles signifient pour vous.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="365" />
            <location filename="../../ui/trends/cycle_day_view.py" line="366" />
            <source>no days</source>
            <translation>aucun jour</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="344" />
            <source>{medicine}, {schedule}: medicine on days {first}–{last} of {length}.</source>
            <translation>{medicine}, {schedule} : médicament les jours {first}–{last} sur {length}.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="320" />
            <source>{name}: yes on {yes} of {n} days that were cycle day {day}.</source>
            <translation>{name} : oui {yes} jours sur les {n} jours qui étaient le jour {day} du cycle.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/cycle_day_view.py" line="318" />
            <source>{yes} of {n}</source>
            <translation>{yes} sur {n}</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="106" />
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exporter en CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="283" />
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="107" />
            <source>&amp;Import CSV…</source>
            <translation>&amp;Importer du CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="109" />
            <source>&amp;Print report…</source>
            <translation>&amp;Imprimer le rapport…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="221" />
            <source>A &amp;folder</source>
            <translation>Un &amp;dossier</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="228" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="139" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="238" />
            <source>Checking the files…</source>
            <translation>Vérification des fichiers…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="184" />
            <source>Could not write the file</source>
            <translation>Le fichier n'a pas pu être écrit</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="108" />
            <source>Export &amp;FHIR…</source>
            <translation>Exporter en &amp;FHIR…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="210" />
            <source>Export CSV</source>
            <translation>Exporter en CSV</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="196" />
            <source>Export CSV into which folder?</source>
            <translation>Dans quel dossier exporter le CSV ?</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="309" />
            <location filename="../../ui/data/exchange_actions.py" line="320" />
            <source>Export FHIR</source>
            <translation>Exporter en FHIR</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="311" />
            <source>FHIR JSON (*.json)</source>
            <translation>FHIR JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="228" />
            <source>File to import</source>
            <translation>Fichier à importer</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="225" />
            <source>Folder to import</source>
            <translation>Dossier à importer</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="219" />
            <location filename="../../ui/data/exchange_actions.py" line="283" />
            <location filename="../../ui/data/exchange_actions.py" line="302" />
            <source>Import CSV</source>
            <translation>Importer du CSV</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="220" />
            <source>Import a whole folder of exported files, or one file?</source>
            <translation>Importer tout un dossier de fichiers exportés, ou un seul fichier ?</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="281" />
            <source>Import them now? A backup is kept first.</source>
            <translation>Les importer maintenant ? Une sauvegarde est faite d'abord.</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="303" />
            <source>Imported:</source>
            <translation>Importé :</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="285" />
            <source>Importing…</source>
            <translation>Importation…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="254" />
            <source>Left alone (not a POEMS Tracker file): {path}</source>
            <translation>Laissé de côté (pas un fichier POEMS Tracker) : {path}</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="221" />
            <source>One &amp;file</source>
            <translation>Un &amp;fichier</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="363" />
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
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
            <translation>Veuillez patienter</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="344" />
            <source>Preparing the report…</source>
            <translation>Préparation du rapport…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="110" />
            <source>Print pre&amp;view…</source>
            <translation>A&amp;perçu avant impression…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="417" />
            <source>Print preview: report for the doctor</source>
            <translation>Aperçu avant impression : rapport pour le médecin</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="111" />
            <source>Save report as P&amp;DF…</source>
            <translation>Enregistrer le rapport en P&amp;DF…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="361" />
            <location filename="../../ui/data/exchange_actions.py" line="376" />
            <source>Save report as PDF</source>
            <translation>Enregistrer le rapport en PDF</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="185" />
            <source>The file could not be written: {reason}.</source>
            <translation>Le fichier n'a pas pu être écrit : {reason}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/data/exchange_actions.py" line="377" />
            <source>The report (%n page(s)) was saved as {path}.</source>
            <translation>
                <numerusform>Le rapport (%n page) a été enregistré sous {path}.</numerusform>
                <numerusform>Le rapport (%n pages) a été enregistré sous {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="277" />
            <source>These changes will be made:</source>
            <translation>Ces changements seront faits :</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="203" />
            <source>Writing the CSV files…</source>
            <translation>Écriture des fichiers CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="316" />
            <source>Writing the FHIR file…</source>
            <translation>Écriture du fichier FHIR…</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="211" />
            <source>{count} files were written to {folder}.</source>
            <translation>{count} fichiers ont été écrits dans {folder}.</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="321" />
            <source>{count} records were written to {path}.</source>
            <translation>{count} relevés ont été écrits dans {path}.</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_actions.py" line="248" />
            <source>{file}: {new} new, {updated} updated</source>
            <translation>{file} : {new} nouveaux, {updated} mis à jour</translation>
        </message>
    </context>
    <context>
        <name>FunctionCheckPage</name>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="132" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="254" />
            <source>&amp;New check</source>
            <translation>&amp;Nouveau bilan</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="259" />
            <source>&amp;Past checks</source>
            <translation>Bilans &amp;passés</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="251" />
            <source>&amp;Save  (Ctrl+S)</source>
            <translation>&amp;Enregistrer  (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="182" />
            <source>&amp;Walking: which is closest to this week?</source>
            <translation>&amp;Marche : qu'est-ce qui ressemble le plus à cette semaine ?</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="428" />
            <source>All five tasks are prevented: please say whether any purposeful arm movement is left.</source>
            <translation>Les cinq tâches sont impossibles : dites s'il reste un mouvement volontaire des bras.</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="54" />
            <source>Arms {arms} of 5 · Legs {legs} of 7</source>
            <translation>Bras {arms} sur 5 · Jambes {legs} sur 7</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="343" />
            <source>Arms {grade} of 5: {words}</source>
            <translation>Bras {grade} sur 5 : {words}</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="334" />
            <source>Arms: not all answered yet</source>
            <translation>Bras : pas encore tout répondu</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="337" />
            <source>Arms: please answer the question about arm movement</source>
            <translation>Bras : répondez à la question sur le mouvement des bras</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="341" />
            <source>Arms: these answers do not go together</source>
            <translation>Bras : ces réponses ne vont pas ensemble</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="324" />
            <source>Changing the check of {date}.</source>
            <translation>Modification du bilan du {date}.</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="137" />
            <source>Date of the check</source>
            <translation>Date du bilan</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="274" />
            <source>De&amp;lete this check</source>
            <translation>Supprime&amp;r ce bilan</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="479" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="475" />
            <source>Delete check</source>
            <translation>Supprimer le bilan</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="274" />
            <source>Delete the check shown</source>
            <translation>Supprimer le bilan affiché</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="476" />
            <source>Delete the function check of {date}? This cannot be undone.</source>
            <translation>Supprimer le bilan fonctionnel du {date} ? C'est définitif.</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="116" />
            <source>Function check</source>
            <translation>Bilan fonctionnel</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="79" />
            <source>Function check questions</source>
            <translation>Questions du bilan fonctionnel</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="241" />
            <source>Grades</source>
            <translation>Grades</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="152" />
            <source>How much do your hands and arms limit these tasks?</source>
            <translation>À quel point vos mains et vos bras limitent-ils ces tâches ?</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="350" />
            <source>Legs {grade} of 7</source>
            <translation>Jambes {grade} sur 7</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="348" />
            <source>Legs: not answered yet</source>
            <translation>Jambes : pas encore répondu</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="186" />
            <source>N&amp;ote (optional)</source>
            <translation>N&amp;ote (facultatif)</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="146" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="268" />
            <source>No checks yet. Answer the questions on the left and press Save.</source>
            <translation>Aucun bilan pour l'instant. Répondez aux questions à gauche puis appuyez sur Enregistrer.</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="434" />
            <source>Not saved: please answer the question marked ⚠.</source>
            <translation>Non enregistré : répondez à la question marquée ⚠.</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="447" />
            <source>Not saved: please correct the answer marked ⚠.</source>
            <translation>Non enregistré : corrigez la réponse marquée ⚠.</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="189" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="262" />
            <source>Past checks; Enter opens one to change it</source>
            <translation>Bilans passés ; Entrée en ouvre un pour le modifier</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="426" />
            <source>Please answer all five tasks.</source>
            <translation>Répondez aux cinq tâches.</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="425" />
            <source>Please answer: any symptoms in your arms?</source>
            <translation>Répondez : avez-vous des symptômes dans les bras ?</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="431" />
            <source>Please choose the walking answer closest to this week.</source>
            <translation>Choisissez la réponse sur la marche la plus proche de cette semaine.</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="458" />
            <source>Replace</source>
            <translation>Remplacer</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="454" />
            <source>Replace check</source>
            <translation>Remplacer le bilan</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="248" />
            <source>Save status</source>
            <translation>État de l'enregistrement</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="251" />
            <source>Save this check</source>
            <translation>Enregistrer ce bilan</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="254" />
            <source>Start a new check</source>
            <translation>Commencer un nouveau bilan</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="124" />
            <source>Tab moves to the next question. Keys: Y or N; 1, 2 or 3 for a task; 0 to 7 for walking. Ctrl+S saves.</source>
            <translation>Tab passe à la question suivante. Touches : Y ou N ; 1, 2 ou 3 pour une tâche ; 0 à 7 pour la marche. Ctrl+S enregistre.</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="486" />
            <source>The check was deleted.</source>
            <translation>Le bilan a été supprimé.</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="500" />
            <source>The function check has answers that are not saved. Save them?</source>
            <translation>Le bilan fonctionnel a des réponses non enregistrées. Les enregistrer ?</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="455" />
            <source>There is already a check on {date}. Replace it with this one?</source>
            <translation>Il y a déjà un bilan le {date}. Le remplacer par celui-ci ?</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="146" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_page.py" line="466" />
            <source>✔ Saved: {grades}.</source>
            <translation>✔ Enregistré : {grades}.</translation>
        </message>
    </context>
    <context>
        <name>FunctionCheckPrompt</name>
        <message>
            <location filename="../../ui/function_check/function_check_prompt.py" line="42" />
            <source>Do &amp;it now</source>
            <extracomment>Remembered window state (not health data): the day the patient said "Not now".</extracomment>
            <translation>Le faire ma&amp;intenant</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_prompt.py" line="44" />
            <source>Do the function check now</source>
            <translation>Faire le bilan fonctionnel maintenant</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_prompt.py" line="48" />
            <source>Hide this reminder until tomorrow</source>
            <translation>Masquer ce rappel jusqu'à demain</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_prompt.py" line="46" />
            <source>Not now</source>
            <translation>Pas maintenant</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_prompt.py" line="75" />
            <source>Your function check (every {days} days) is due.</source>
            <translation>Votre bilan fonctionnel (tous les {days} jours) est à faire.</translation>
        </message>
        <message>
            <location filename="../../ui/function_check/function_check_prompt.py" line="73" />
            <source>Your weekly function check is due.</source>
            <translation>Votre bilan fonctionnel de la semaine est à faire.</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message numerus="yes">
            <location filename="../../ui/checkin/history_page.py" line="181" />
            <source>%n day(s) logged.</source>
            <translation>
                <numerusform>%n jour noté.</numerusform>
                <numerusform>%n jours notés.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="156" />
            <source>&amp;Delete this day…</source>
            <translation>&amp;Supprimer ce jour…</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="155" />
            <source>&amp;Open this day</source>
            <translation>&amp;Ouvrir ce jour</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="148" />
            <source>All check-ins, newest first</source>
            <translation>Tous les relevés, les plus récents d'abord</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="228" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="225" />
            <source>Delete everything logged for {date}? This cannot be undone.</source>
            <translation>Supprimer tout ce qui est noté pour le {date} ? C'est définitif.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="159" />
            <source>Delete the chosen day</source>
            <translation>Supprimer le jour choisi</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="224" />
            <source>Delete this day?</source>
            <translation>Supprimer ce jour ?</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="189" />
            <source>Nothing logged yet. Your check-ins appear here once you save the first one on the Today page.</source>
            <translation>Rien n'est encore noté. Vos relevés apparaissent ici dès que vous enregistrez le premier sur la page Aujourd'hui.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/history_page.py" line="158" />
            <source>Open the chosen day to edit it</source>
            <translation>Ouvrir le jour choisi pour le modifier</translation>
        </message>
    </context>
    <context>
        <name>JobRunner</name>
        <message>
            <location filename="../../ui/shell/workers.py" line="157" />
            <source>Nothing was changed</source>
            <translation>Rien n’a été modifié</translation>
        </message>
    </context>
    <context>
        <name>LabPanelDialog</name>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="145" />
            <source>&amp;Add row</source>
            <translation>&amp;Ajouter la ligne</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="92" />
            <source>&amp;Date of the blood test:</source>
            <translation>&amp;Date de la prise de sang :</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="185" />
            <source>&amp;Save results  (Ctrl+S)</source>
            <translation>&amp;Enregistrer les résultats  (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="135" />
            <source>Add a &amp;test:</source>
            <translation>Ajouter une &amp;analyse :</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="147" />
            <source>Add a row for this test</source>
            <translation>Ajouter une ligne pour cette analyse</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="184" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="82" />
            <source>Change the value, unit or range as printed on the lab report.</source>
            <translation>Modifiez la valeur, l'unité ou la norme telles qu'imprimées sur le compte rendu.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="85" />
            <source>Copy the values from the lab report. Tab moves to the next value; leave a value empty to skip that test. Values like &lt;0.1 are fine.</source>
            <translation>Recopiez les valeurs du compte rendu. Tab passe à la valeur suivante ; laissez une valeur vide pour sauter cette analyse. Des valeurs comme &lt;0.1 sont acceptées.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="99" />
            <source>Date of the blood test</source>
            <translation>Date de la prise de sang</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="506" />
            <source>Discard</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="504" />
            <source>Discard the values?</source>
            <translation>Abandonner les valeurs ?</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="76" />
            <source>Edit a lab result</source>
            <translation>Modifier un résultat d'analyse</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="76" />
            <source>Enter lab results</source>
            <translation>Saisir des résultats d'analyses</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="122" />
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="165" />
            <source>N&amp;ote:</source>
            <translation>N&amp;ote :</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="168" />
            <source>Note on this result</source>
            <translation>Note sur ce résultat</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="469" />
            <source>Nothing was saved; the stored results of {day} are unchanged.</source>
            <translation>Rien n'a été enregistré ; les résultats enregistrés du {day} n'ont pas changé.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="121" />
            <source>Reference high</source>
            <translation>Limite haute de la norme</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="120" />
            <source>Reference low</source>
            <translation>Limite basse de la norme</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="466" />
            <source>Replace</source>
            <translation>Remplacer</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="461" />
            <source>Replace stored results?</source>
            <translation>Remplacer les résultats enregistrés ?</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="463" />
            <source>Results for {tests} on {day} are already stored. Replace them with the values you typed?</source>
            <translation>Des résultats de {tests} du {day} sont déjà enregistrés. Les remplacer par les valeurs que vous avez tapées ?</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="128" />
            <source>Results to enter</source>
            <translation>Résultats à saisir</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="191" />
            <source>Save these results</source>
            <translation>Enregistrer ces résultats</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="151" />
            <source>Tab also visits &amp;units and ranges</source>
            <translation>Tab passe aussi par les &amp;unités et les normes</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="117" />
            <source>Test</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="142" />
            <source>Test to add: pick one or type the name of your own test</source>
            <translation>Analyse à ajouter : choisissez-en une ou tapez le nom de la vôtre</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="505" />
            <source>The values you typed have not been saved. Close and discard them?</source>
            <translation>Les valeurs que vous avez tapées ne sont pas enregistrées. Fermer et les abandonner ?</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="390" />
            <source>Type at least one value before saving.</source>
            <translation>Tapez au moins une valeur avant d'enregistrer.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="119" />
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="118" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="178" />
            <source>What the test in focus is</source>
            <translation>Ce qu'est l'analyse sélectionnée</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_widgets.py" line="107" />
            <source>e.g. 12.5</source>
            <translation>par ex. 12.5</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_widgets.py" line="99" />
            <source>e.g. No monoclonal protein detected</source>
            <translation>par ex. Absence de protéine monoclonale</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="295" />
            <source>{test} is already in the list.</source>
            <translation>{test} est déjà dans la liste.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_widgets.py" line="90" />
            <source>{test}: method printed on the report</source>
            <translation>{test} : méthode imprimée sur le compte rendu</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_widgets.py" line="80" />
            <source>{test}: reference high</source>
            <translation>{test} : limite haute de la norme</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_widgets.py" line="77" />
            <source>{test}: reference low</source>
            <translation>{test} : limite basse de la norme</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_widgets.py" line="73" />
            <source>{test}: unit</source>
            <translation>{test} : unité</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_widgets.py" line="65" />
            <source>{test}: value</source>
            <translation>{test} : valeur</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_panel_dialog.py" line="361" />
            <source>{test}: {about}</source>
            <translation>{test} : {about}</translation>
        </message>
    </context>
    <context>
        <name>LabReportDialog</name>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="99" />
            <source>&amp;Date the sample was taken:</source>
            <translation>&amp;Date du prélèvement :</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="111" />
            <source>&amp;Results read from the report:</source>
            <translation>&amp;Résultats lus dans le compte rendu :</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="168" />
            <source>&amp;Save ticked results</source>
            <translation>&amp;Enregistrer les résultats cochés</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="172" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="76" />
            <source>Check each result against your report. Untick a row to leave it out; change any cell that is wrong. Nothing is saved until you press Save.</source>
            <translation>Comparez chaque résultat avec votre compte rendu. Décochez une ligne pour l'écarter ; corrigez toute case erronée. Rien n'est enregistré avant que vous appuyiez sur Enregistrer.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="89" />
            <source>Choose the date</source>
            <translation>Choisissez la date</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="320" />
            <source>Choose the date the sample was taken (above the table) first.</source>
            <translation>Choisissez d'abord la date du prélèvement (au-dessus du tableau).</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="172" />
            <source>Close without saving anything</source>
            <translation>Fermer sans rien enregistrer</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="116" />
            <source>Date (YYYY-MM-DD)</source>
            <translation>Date (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="93" />
            <source>Date the sample was taken</source>
            <translation>Date du prélèvement</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="152" />
            <source>Every line that looked like a result was read.</source>
            <translation>Toutes les lignes qui ressemblaient à un résultat ont été lues.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="71" />
            <source>Import lab report</source>
            <extracomment>The date field's "nothing chosen yet" (shown as words, never stored).</extracomment>
            <translation>Importer un compte rendu d'analyses</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="122" />
            <source>Line in the report</source>
            <translation>Ligne du compte rendu</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="201" />
            <source>Line {line}: {reason}</source>
            <translation>Ligne {line} : {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="150" />
            <source>Lines &amp;not read (type these by hand if you need them):</source>
            <translation>Lignes &amp;non lues (saisissez-les à la main si besoin) :</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="156" />
            <source>Lines not read, and why</source>
            <translation>Lignes non lues, et pourquoi</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="330" />
            <source>No row is ticked; tick the results to save.</source>
            <translation>Aucune ligne n'est cochée ; cochez les résultats à enregistrer.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="121" />
            <source>Range high</source>
            <translation>Limite haute</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="120" />
            <source>Range low</source>
            <translation>Limite basse</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="125" />
            <source>Results read from the report</source>
            <translation>Résultats lus dans le compte rendu</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="115" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="168" />
            <source>Save the ticked results</source>
            <translation>Enregistrer les résultats cochés</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="213" />
            <source>Save this result</source>
            <translation>Enregistrer ce résultat</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="127" />
            <source>Space ticks or unticks a row; F2 or typing changes a cell.</source>
            <translation>Espace coche ou décoche une ligne ; F2 ou la saisie modifie une case.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="117" />
            <source>Test</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="195" />
            <source>The report does not say clearly when the sample was taken. Choose the date; it is used for the rows without a date.</source>
            <translation>Le compte rendu ne dit pas clairement quand le prélèvement a été fait. Choisissez la date ; elle sert aux lignes sans date.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="191" />
            <source>The report's date {date} could be read in two ways. Choose the date the sample was taken; it is used for the rows without a date.</source>
            <translation>La date {date} du compte rendu peut se lire de deux façons. Choisissez la date du prélèvement ; elle sert aux lignes sans date.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="335" />
            <source>Two ticked rows are the same test on the same date; untick one.</source>
            <translation>Deux lignes cochées sont la même analyse à la même date ; décochez-en une.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="119" />
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="118" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="270" />
            <source>row {row}</source>
            <translation>ligne {row}</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="284" />
            <source>the test is not one of the program's list.</source>
            <translation>cette analyse ne fait pas partie de la liste du programme.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="281" />
            <source>write the date as YYYY-MM-DD, e.g. 2025-03-14.</source>
            <translation>écrivez la date sous la forme AAAA-MM-JJ, par ex. 2025-03-14.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="201" />
            <source>{line}: {reason}</source>
            <translation>{line} : {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/labs/lab_report_dialog.py" line="272" />
            <source>{test}: {problem}</source>
            <translation>{test} : {problem}</translation>
        </message>
    </context>
    <context>
        <name>LabReportImport</name>
        <message>
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="148" />
            <source>Import &amp;lab report…</source>
            <translation>Importer un compte rendu d'ana&amp;lyses…</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="45" />
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="93" />
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="115" />
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="120" />
            <source>Import lab report</source>
            <translation>Importer un compte rendu d'analyses</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="47" />
            <source>Lab reports (*.pdf *.txt *.json);;All files (*)</source>
            <translation>Comptes rendus d'analyses (*.pdf *.txt *.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="121" />
            <source>No lab result was recognised, so nothing was saved. Results of tests the program does not know, or lines it was not sure of, can be typed in with "Enter results".</source>
            <translation>Aucun résultat n'a été reconnu, donc rien n'a été enregistré. Les analyses que le programme ne connaît pas, ou les lignes dont il n'était pas sûr, peuvent être saisies avec « Saisir des résultats ».</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="150" />
            <source>Read lab results from a PDF, text or FHIR file and check them</source>
            <translation>Lire des résultats d'analyses dans un PDF, un texte ou un fichier FHIR et les vérifier</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/labs/lab_report_import.py" line="94" />
            <source>The report could not be read ({reason}); nothing was saved.</source>
            <translation>Le compte rendu n'a pas pu être lu ({reason}) ; rien n'a été enregistré.</translation>
        </message>
    </context>
    <context>
        <name>LabsPage</name>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="110" />
            <source>&amp;Enter results…  (Ctrl+N)</source>
            <translation>&amp;Saisir des résultats…  (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="154" />
            <location filename="../../ui/labs/labs_page.py" line="298" />
            <source>All &amp;results of the chosen test:</source>
            <translation>Tous les &amp;résultats de l'analyse choisie :</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="296" />
            <source>All &amp;results of {test}:</source>
            <translation>Tous les &amp;résultats de {test} :</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="165" />
            <source>All results of the chosen test</source>
            <translation>Tous les résultats de l'analyse choisie</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="176" />
            <source>All tests</source>
            <translation>Toutes les analyses</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="138" />
            <location filename="../../ui/labs/labs_page.py" line="157" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="378" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="116" />
            <source>Delete re&amp;sult</source>
            <translation>&amp;Supprimer le résultat</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="116" />
            <source>Delete the chosen result</source>
            <translation>Supprimer le résultat choisi</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="375" />
            <source>Delete the {test} result of {day} ({value})? This cannot be undone.</source>
            <translation>Supprimer le résultat de {test} du {day} ({value}) ? C'est définitif.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="374" />
            <source>Delete this result?</source>
            <translation>Supprimer ce résultat ?</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="113" />
            <source>E&amp;dit result…</source>
            <translation>Mo&amp;difier le résultat…</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="113" />
            <source>Edit the chosen result</source>
            <translation>Modifier le résultat choisi</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="110" />
            <source>Enter the results of a lab report</source>
            <translation>Saisir les résultats d'un compte rendu d'analyses</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="256" />
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="262" />
            <source>In range</source>
            <translation>Dans les normes</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="92" />
            <source>Lab and hormone results</source>
            <extracomment>Default rows of a first panel: the tests a POEMS haematologist usually orders.</extracomment>
            <translation>Résultats d'analyses et d'hormones</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="175" />
            <source>Lab views</source>
            <translation>Vues des analyses</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="136" />
            <source>Latest</source>
            <translation>Dernier</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="132" />
            <source>Latest &amp;value of each test:</source>
            <translation>Dernière &amp;valeur de chaque analyse :</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="146" />
            <source>Latest result of each test</source>
            <translation>Dernier résultat de chaque analyse</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="256" />
            <source>Low</source>
            <translation>Bas</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="177" />
            <source>My markers (VEGF, M-protein, light chains)</source>
            <translation>Mes marqueurs (VEGF, pic monoclonal, chaînes légères)</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="126" />
            <source>No results yet. Press "Enter results" and copy the values from your lab report.</source>
            <translation>Pas encore de résultats. Appuyez sur « Saisir des résultats » et recopiez les valeurs de votre compte rendu.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="162" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="139" />
            <location filename="../../ui/labs/labs_page.py" line="160" />
            <source>Range check</source>
            <translation>Par rapport à la norme</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="100" />
            <source>Ranges are the lab's own, copied from the report; "High" or "Low" is information for you and your doctor, not a diagnosis.</source>
            <translation>Les normes sont celles du laboratoire, recopiées du compte rendu ; « Élevé » ou « Bas » est une information pour vous et votre médecin, pas un diagnostic.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="140" />
            <location filename="../../ui/labs/labs_page.py" line="161" />
            <source>Reference range</source>
            <translation>Norme</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="142" />
            <source>Since first</source>
            <translation>Depuis le premier</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="141" />
            <source>Since previous</source>
            <translation>Depuis le précédent</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="135" />
            <source>Test</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="137" />
            <location filename="../../ui/labs/labs_page.py" line="159" />
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="158" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../../ui/labs/labs_page.py" line="143" />
            <source>What it is</source>
            <translation>Ce que c'est</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/shell/main_window.py" line="178" />
            <source>&amp;About POEMS Tracker</source>
            <translation>À &amp;propos de POEMS Tracker</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="153" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="154" />
            <source>&amp;Go</source>
            <translation>&amp;Aller</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="155" />
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="171" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="165" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="175" />
            <source>&amp;Welcome and first steps…</source>
            <translation>&amp;Bienvenue et premiers pas…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="204" />
            <source>0–9 on a score: set it; 1 then 0 quickly: 10; Delete: clear it</source>
            <translation>0–9 sur un score : le choisir ; 1 puis 0 rapidement : 10 ; Suppr : l'effacer</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="217" />
            <source>&lt;h3&gt;POEMS Tracker {version}&lt;/h3&gt;&lt;p&gt;A private journal for people living with POEMS syndrome. Your records stay on this computer; the program never uses the network.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This program informs and organises. It is not medical advice and does not diagnose or recommend treatment.&lt;/b&gt; Talk to your doctors about any change.&lt;/p&gt;&lt;p&gt;This material contains content from LOINC (http://loinc.org). LOINC is copyright © Regenstrief Institute, Inc. and the LOINC Committee and is available at no cost under the license at http://loinc.org/license.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;POEMS Tracker {version}&lt;/h3&gt;&lt;p&gt;Un journal privé pour les personnes atteintes du syndrome POEMS. Vos relevés restent sur cet ordinateur ; le programme n'utilise jamais le réseau.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ce programme informe et organise. Ce n'est pas un avis médical ; il ne pose pas de diagnostic et ne recommande aucun traitement.&lt;/b&gt; Parlez de tout changement à vos médecins.&lt;/p&gt;&lt;p&gt;This material contains content from LOINC (http://loinc.org). LOINC is copyright © Regenstrief Institute, Inc. and the LOINC Committee and is available at no cost under the license at http://loinc.org/license.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="233" />
            <source>About POEMS Tracker</source>
            <translation>À propos de POEMS Tracker</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="206" />
            <source>Alt + an underlined letter: that button or field</source>
            <translation>Alt + une lettre soulignée : ce bouton ou ce champ</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="202" />
            <source>Alt+Left / Alt+Right: previous / next day</source>
            <translation>Alt+Gauche / Alt+Droite : jour précédent / suivant</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="63" />
            <source>Appointments</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="65" />
            <source>Appointments and questions</source>
            <translation>Rendez-vous et questions</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="203" />
            <source>Ctrl+D: the check-in's date</source>
            <translation>Ctrl+D : la date du relevé</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="201" />
            <source>Ctrl+S: save the day's check-in</source>
            <translation>Ctrl+S : enregistrer le relevé du jour</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="73" />
            <source>Cycle days</source>
            <translation>Jours du cycle</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="68" />
            <source>Function check</source>
            <translation>Bilan fonctionnel</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="38" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="40" />
            <source>History of check-ins</source>
            <translation>Historique des relevés</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="212" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="60" />
            <source>Lab and hormone results</source>
            <translation>Résultats d'analyses et d'hormones</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="58" />
            <source>Labs</source>
            <translation>Analyses</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/main_window.py" line="46" />
            <source>Made-up data — {app}</source>
            <translation>Données fictives — {app}</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="48" />
            <source>Medicines</source>
            <translation>Médicaments</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="50" />
            <source>Medicines and doses</source>
            <translation>Médicaments et prises</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="75" />
            <source>Symptoms by cycle day</source>
            <translation>Symptômes par jour du cycle</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="205" />
            <source>Tab / Shift+Tab: next / previous field</source>
            <translation>Tab / Maj+Tab : champ suivant / précédent</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="33" />
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="35" />
            <source>Today's check-in</source>
            <translation>Relevé du jour</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="53" />
            <source>Treatments</source>
            <translation>Traitements</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="55" />
            <source>Treatments and milestones</source>
            <translation>Traitements et étapes</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="43" />
            <source>Trends</source>
            <translation>Évolution</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="45" />
            <source>Trends over time</source>
            <translation>Évolution dans le temps</translation>
        </message>
        <message>
            <location filename="../../ui/shell/registry.py" line="70" />
            <source>Weekly function check</source>
            <translation>Bilan fonctionnel de la semaine</translation>
        </message>
    </context>
    <context>
        <name>MarkersDueLine</name>
        <message numerus="yes">
            <location filename="../../ui/labs/markers_due.py" line="49" />
            <source>Markers not measured for more than %n month(s): {names}.</source>
            <translation>
                <numerusform>Marqueurs non mesurés depuis plus de %n mois : {names}.</numerusform>
                <numerusform>Marqueurs non mesurés depuis plus de %n mois : {names}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MarkersPanel</name>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="205" />
            <source>"Before treatment" is the last value taken on or before {start}.</source>
            <translation>« Avant le traitement » est la dernière valeur prise au plus tard le {start}.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="258" />
            <source>(calculated)</source>
            <translation>(calculé)</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="262" />
            <source>(due)</source>
            <translation>(à faire)</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="134" />
            <source>At 6 months</source>
            <translation>À 6 mois</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="158" />
            <source>Charts of each marker, treatments shaded behind</source>
            <translation>Graphiques de chaque marqueur, traitements grisés en arrière-plan</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="110" />
            <source>Compare &amp;with the value before:</source>
            <translation>Comparer a&amp;vec la valeur d'avant :</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="129" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="343" />
            <source>Drawing the charts…</source>
            <translation>Dessin des graphiques…</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="163" />
            <source>Grey: treatment. Dashed: top of the lab's range. A log scale where values span more than tenfold.</source>
            <translation>Gris : traitement. Pointillés : limite haute de l'intervalle du laboratoire. Échelle logarithmique quand les valeurs varient de plus de dix fois.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="128" />
            <source>Latest</source>
            <translation>Dernier</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="133" />
            <source>Lowest since treatment</source>
            <translation>Plus bas depuis le traitement</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="127" />
            <source>Marker</source>
            <translation>Marqueur</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="73" />
            <source>Medicine</source>
            <translation>Médicament</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="103" />
            <source>My markers</source>
            <translation>Mes marqueurs</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="143" />
            <source>My markers: latest values and their change</source>
            <translation>Mes marqueurs : dernières valeurs et leur évolution</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="234" />
            <source>No treatment recorded</source>
            <translation>Aucun traitement enregistré</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="199" />
            <source>No treatment recorded: changes are from the first value. A treatment added on the Medicines page is the start they are counted from.</source>
            <translation>Aucun traitement enregistré : les variations partent de la première valeur. Un traitement ajouté dans la page Médicaments devient le point de départ.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="130" />
            <source>Range</source>
            <translation>Norme</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="132" />
            <source>Since before treatment</source>
            <translation>Depuis avant le traitement</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="131" />
            <source>Since the previous value</source>
            <translation>Depuis la valeur précédente</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="360" />
            <source>The charts could not be drawn.</source>
            <translation>Les graphiques n'ont pas pu être dessinés.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="115" />
            <source>The latest treatment start counts unless you pick another one.</source>
            <translation>Le début de traitement le plus récent compte, sauf si vous en choisissez un autre.</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="113" />
            <source>Treatment the change is counted from</source>
            <translation>Traitement à partir duquel la variation est comptée</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="149" />
            <source>What the chosen marker shows, in words</source>
            <translation>Ce que montre le marqueur choisi, en mots</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="251" />
            <source>none yet</source>
            <translation>pas encore</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="301" />
            <source>not comparable</source>
            <translation>non comparable</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="241" />
            <source>{start} (the latest)</source>
            <translation>{start} (le plus récent)</translation>
        </message>
        <message>
            <location filename="../../ui/labs/markers_panel.py" line="265" />
            <location filename="../../ui/labs/markers_panel.py" line="270" />
            <source>{value} on {date}</source>
            <translation>{value} le {date}</translation>
        </message>
    </context>
    <context>
        <name>MedicationDialog</name>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="114" />
            <source>&amp;Dose each time:</source>
            <translation>&amp;Dose à chaque prise :</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="84" />
            <source>&amp;Medicine:</source>
            <translation>&amp;Médicament :</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="161" />
            <source>&amp;Reason:</source>
            <translation>&amp;Raison :</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="168" />
            <source>&amp;Save medicine</source>
            <translation>&amp;Enregistrer le médicament</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="165" />
            <source>A note about this medicine</source>
            <translation>Une note sur ce médicament</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="93" />
            <source>About this medicine</source>
            <translation>À propos de ce médicament</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="116" />
            <source>Amount of one dose</source>
            <translation>Quantité d'une prise</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="171" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="69" />
            <source>Change a medicine</source>
            <translation>Modifier un médicament</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="259" />
            <source>Choose a medicine to see what it is for.</source>
            <translation>Choisissez un médicament pour voir à quoi il sert.</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="172" />
            <source>Close without saving</source>
            <translation>Fermer sans enregistrer</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="139" />
            <source>First day of this medicine</source>
            <translation>Premier jour de ce médicament</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="275" />
            <source>For information only; follow your doctor's advice.</source>
            <translation>Pour information seulement ; suivez l'avis de votre médecin.</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="291" />
            <source>In words: {words}</source>
            <translation>En toutes lettres : {words}</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="142" />
            <source>It has s&amp;topped; last day:</source>
            <translation>Il est arrê&amp;té ; dernier jour :</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="145" />
            <source>Last day of this medicine</source>
            <translation>Dernier jour de ce médicament</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="184" />
            <source>Medicine details</source>
            <translation>Détails du médicament</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="86" />
            <source>Medicine name; pick one from the list or type your own</source>
            <translation>Nom du médicament ; choisissez-le dans la liste ou tapez le vôtre</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="165" />
            <source>N&amp;ote:</source>
            <translation>N&amp;ote :</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="270" />
            <source>Note: {note} (Source: {source})</source>
            <translation>Note : {note} (Source : {source})</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="81" />
            <source>Pick from the list or type a name</source>
            <translation>Choisissez dans la liste ou tapez un nom</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="137" />
            <source>S&amp;tarted on:</source>
            <translation>Commencé &amp;le :</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="170" />
            <source>Save medicine</source>
            <translation>Enregistrer le médicament</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="131" />
            <source>Schedule:</source>
            <translation>Rythme :</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="69" />
            <source>Start a medicine</source>
            <translation>Commencer un médicament</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="124" />
            <source>The schedule in words</source>
            <translation>Le rythme en toutes lettres</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="104" />
            <source>Unit of the dose</source>
            <translation>Unité de la dose</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="161" />
            <source>Why you take it</source>
            <translation>Pourquoi vous le prenez</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="326" />
            <source>Write the dose as a number, like 25 or 2.5.</source>
            <translation>Écrivez la dose en chiffres, comme 25 ou 2.5.</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="257" />
            <source>Your own medicine: no catalogue note.</source>
            <translation>Votre propre médicament : pas de note du catalogue.</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medication_dialog.py" line="159" />
            <source>e.g. nerve pain</source>
            <translation>par ex. douleurs nerveuses</translation>
        </message>
    </context>
    <context>
        <name>MedicationsPage</name>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="73" />
            <source>&amp;Change…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="81" />
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="70" />
            <source>&amp;Start a medicine…</source>
            <translation>&amp;Commencer un médicament…</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="171" />
            <source>; {count} not recorded</source>
            <translation> ; {count} non noté(s)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="44" />
            <source>All the time</source>
            <translation>Depuis toujours</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="73" />
            <source>Change the chosen medicine</source>
            <translation>Modifier le médicament choisi</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="53" />
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="336" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="313" />
            <source>Delete a medicine</source>
            <translation>Supprimer un médicament</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="322" />
            <source>Delete it and its doses</source>
            <translation>Le supprimer avec ses prises</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="81" />
            <source>Delete the chosen medicine</source>
            <translation>Supprimer le médicament choisi</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="335" />
            <source>Delete {name}? This cannot be undone.</source>
            <translation>Supprimer {name} ? C'est définitif.</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="51" />
            <source>Dose</source>
            <translation>Dose</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="254" />
            <source>First choose a medicine in one of the lists.</source>
            <translation>Choisissez d'abord un médicament dans l'une des listes.</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="52" />
            <source>How often</source>
            <translation>Fréquence</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="50" />
            <source>Medicine</source>
            <translation>Médicament</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="62" />
            <source>Medicines</source>
            <translation>Médicaments</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="102" />
            <source>Medicines you stopped, kept as history</source>
            <translation>Médicaments arrêtés, gardés en historique</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="101" />
            <source>Medicines you take now</source>
            <translation>Médicaments que vous prenez en ce moment</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="109" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="117" />
            <source>No medicines yet. Press "Start a medicine…" to add the first one; its doses then appear on the Today page.</source>
            <translation>Aucun médicament pour l'instant. Appuyez sur « Commencer un médicament… » pour ajouter le premier ; ses prises apparaissent ensuite sur la page Aujourd'hui.</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="164" />
            <source>Not recorded ({due} doses due)</source>
            <translation>Non noté ({due} prises prévues)</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="157" />
            <source>Not taken in this period</source>
            <translation>Non pris pendant cette période</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="162" />
            <source>Nothing due in this period</source>
            <translation>Rien de prévu pendant cette période</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="92" />
            <source>Period for the Taken column</source>
            <translation>Période de la colonne Pris</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="93" />
            <source>Show what was taken &amp;over:</source>
            <translation>Montrer ce qui a été pris &amp;sur :</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="70" />
            <source>Start a new medicine</source>
            <translation>Commencer un nouveau médicament</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="76" />
            <source>Sto&amp;p</source>
            <translation>Arrê&amp;ter</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="286" />
            <source>Stop a medicine</source>
            <translation>Arrêter un médicament</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="290" />
            <source>Stop it</source>
            <translation>L'arrêter</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="322" />
            <source>Stop it instead</source>
            <translation>L'arrêter plutôt</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="77" />
            <source>Stop the chosen medicine today; its history is kept</source>
            <translation>Arrêter le médicament choisi aujourd'hui ; son historique est gardé</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="288" />
            <source>Stop {name} today? Today counts as its last day; its doses and history are kept.</source>
            <translation>Arrêter {name} aujourd'hui ? Aujourd'hui compte comme son dernier jour ; ses prises et son historique sont gardés.</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="105" />
            <source>Stopped, &amp;kept as history</source>
            <translation>Arrêtés, &amp;gardés en historique</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="54" />
            <source>Taken</source>
            <translation>Pris</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="103" />
            <source>Taking &amp;now</source>
            <translation>Pris &amp;maintenant</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="42" />
            <source>The last 30 days</source>
            <translation>Les 30 derniers jours</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="43" />
            <source>The last 90 days</source>
            <translation>Les 90 derniers jours</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="216" />
            <source>since {start}</source>
            <translation>depuis le {start}</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="319" />
            <source>{name} has {count} recorded doses. Deleting it deletes them too. You can stop it instead and keep its history.</source>
            <translation>{name} a {count} prises enregistrées. Le supprimer les supprime aussi. Vous pouvez plutôt l'arrêter et garder son historique.</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="282" />
            <source>{name} is already stopped.</source>
            <translation>{name} est déjà arrêté.</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="346" />
            <source>{name} is deleted.</source>
            <translation>{name} est supprimé.</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="272" />
            <source>{name} is saved.</source>
            <translation>{name} est enregistré.</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="298" />
            <source>{name} is stopped; its history is kept.</source>
            <translation>{name} est arrêté ; son historique est gardé.</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="158" />
            <source>{per_day} a day on average ({taken} taken)</source>
            <translation>{per_day} par jour en moyenne ({taken} prises)</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="167" />
            <source>{percent}% taken ({taken} of {due})</source>
            <translation>{percent} % pris ({taken} sur {due})</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/medications_page.py" line="218" />
            <source>{start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
    </context>
    <context>
        <name>PeriodBar</name>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="27" />
            <source>&amp;1 year</source>
            <translation>&amp;1 an</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="25" />
            <source>&amp;30 days</source>
            <extracomment>(key, button text, days) — None days = from the first record, or the custom dates.</extracomment>
            <translation>&amp;30 jours</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="26" />
            <source>&amp;90 days</source>
            <translation>&amp;90 jours</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="28" />
            <source>All &amp;dates</source>
            <translation>Toutes les &amp;dates</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="29" />
            <source>Cu&amp;stom…</source>
            <translation>&amp;Personnalisé…</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="72" />
            <source>Fr&amp;om:</source>
            <translation>D&amp;u :</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="49" />
            <source>Period:</source>
            <translation>Période :</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="87" />
            <source>Problem with the dates</source>
            <translation>Problème de dates</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="82" />
            <source>Sho&amp;w</source>
            <translation>Affic&amp;her</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="84" />
            <source>Show these dates</source>
            <translation>Afficher ces dates</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="122" />
            <source>The first date must be on or before the last.</source>
            <translation>La première date doit être égale ou antérieure à la dernière.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_period.py" line="72" />
            <source>To:</source>
            <translation>Au :</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="155" />
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="165" />
            <source> months</source>
            <translation> mois</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="133" />
            <source>&amp;Hospital number (for the report):</source>
            <translation>Numéro d'&amp;hôpital (pour le rapport) :</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="71" />
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="319" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="93" />
            <source>&amp;Remind me to fill in the day</source>
            <translation>Me &amp;rappeler de remplir la journée</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="147" />
            <source>&amp;Sex for lab reference ranges:</source>
            <translation>&amp;Sexe pour les normes des analyses :</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="87" />
            <source>&amp;Text size:</source>
            <translation>&amp;Taille du texte :</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="90" />
            <source>100 % is the computer's usual size; 200 % is twice as large.</source>
            <translation>100 % est la taille habituelle de l'ordinateur ; 200 % est deux fois plus grand.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="136" />
            <source>As printed on your hospital letters. Leave empty to print none.</source>
            <translation>Tel qu'il figure sur les courriers de l'hôpital. Laissez vide pour ne rien imprimer.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="323" />
            <source>Ctrl+,</source>
            <translation>Ctrl+,</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="94" />
            <source>Daily check-in reminder</source>
            <translation>Rappel du relevé quotidien</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="124" />
            <source>Date of &amp;birth (for the report):</source>
            <translation>Date de &amp;naissance (pour le rapport) :</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="126" />
            <source>Date of birth for the report</source>
            <translation>Date de naissance pour le rapport</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="160" />
            <source>Days between hand and walking checks</source>
            <translation>Jours entre deux bilans des mains et de la marche</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="104" />
            <source>Dose reminders</source>
            <translation>Rappels de prise</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="144" />
            <source>Female</source>
            <translation>Femme</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="171" />
            <source>Follow-up is at least every 3 months for several years.</source>
            <translation>Le suivi a lieu au moins tous les 3 mois pendant plusieurs années.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="197" />
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="158" />
            <source>Hand and walking check &amp;every:</source>
            <translation>Bilan des mains et de la marche &amp;tous les :</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="135" />
            <source>Hospital number for the report</source>
            <translation>Numéro d'hôpital pour le rapport</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="71" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="143" />
            <source>Male</source>
            <translation>Homme</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="168" />
            <source>Markers are d&amp;ue after:</source>
            <translation>Marqueurs à refaire a&amp;près :</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="170" />
            <source>Months after which a marker not measured shows as due</source>
            <translation>Nombre de mois après lequel un marqueur non mesuré est signalé à refaire</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="142" />
            <source>Not set</source>
            <translation>Non précisé</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="61" />
            <source>Preferences</source>
            <extracomment>Each language named in itself, so a patient who reads only that language finds it.</extracomment>
            <translation>Préférences</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="199" />
            <location filename="../../ui/shell/preferences_dialog.py" line="200" />
            <source>Preferences sections</source>
            <translation>Sections des préférences</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="115" />
            <source>Printed at the top of the report for your doctor. Leave empty to print no name.</source>
            <translation>Imprimé en haut du rapport pour votre médecin. Laissez vide pour n'imprimer aucun nom.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="198" />
            <source>Privacy</source>
            <translation>Confidentialité</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="103" />
            <source>Remind me of &amp;doses when they are due</source>
            <translation>Me rappeler les &amp;prises à l'heure prévue</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="99" />
            <source>Reminder t&amp;ime:</source>
            <translation>&amp;Heure du rappel :</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="99" />
            <source>Reminder time</source>
            <translation>Heure du rappel</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="68" />
            <source>Same as the computer</source>
            <translation>Comme l'ordinateur</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="149" />
            <source>Sex for lab reference ranges</source>
            <translation>Sexe pour les normes des analyses</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="150" />
            <source>Some lab tests have different usual ranges for men and women.</source>
            <translation>Certaines analyses ont des normes différentes pour les hommes et les femmes.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="89" />
            <source>Text size</source>
            <translation>Taille du texte</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="73" />
            <source>The new language is used the next time you start POEMS Tracker.</source>
            <translation>La nouvelle langue sera utilisée au prochain démarrage de POEMS Tracker.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="120" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="127" />
            <source>Year-month-day, for example 1961-04-02. Leave empty to print none.</source>
            <translation>Année-mois-jour, par exemple 1961-04-02. Laissez vide pour ne rien imprimer.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="111" />
            <source>Your &amp;name (for the report):</source>
            <translation>Votre &amp;nom (pour le rapport) :</translation>
        </message>
        <message>
            <location filename="../../ui/shell/preferences_dialog.py" line="113" />
            <source>Your name for the report</source>
            <translation>Votre nom pour le rapport</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="155" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="60" />
            <source>&amp;Again:</source>
            <translation>&amp;Encore une fois :</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="59" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="168" />
            <source>C&amp;hange passphrase…</source>
            <translation>C&amp;hanger la phrase secrète…</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="168" />
            <source>Change the passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="49" />
            <source>Choose a passphrase of at least 8 characters. A few unrelated words are easy to type and hard to guess.</source>
            <translation>Choisissez une phrase secrète d’au moins 8 caractères. Quelques mots sans rapport entre eux sont faciles à taper et difficiles à deviner.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="131" />
            <source>Close: I have written it down</source>
            <translation>Fermer : je l’ai noté</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="162" />
            <source>Encrypt the records with a passphrase</source>
            <translation>Chiffrer les données avec une phrase secrète</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="246" />
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="273" />
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="291" />
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="240" />
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="266" />
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="289" />
            <source>Encryption</source>
            <translation>Chiffrement</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="131" />
            <source>I have written it &amp;down</source>
            <translation>Je l’ai &amp;noté</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="159" />
            <source>Loc&amp;k after this long without use:</source>
            <translation>Verrouiller après cette durée sans utilisation (&amp;k) :</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="157" />
            <source>Lock after minutes without use</source>
            <translation>Verrouiller après ces minutes sans utilisation</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="154" />
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="47" />
            <source>New passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="55" />
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="145" />
            <source>Privacy</source>
            <translation>Confidentialité</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="122" />
            <source>Recovery key</source>
            <translation>Clé de secours</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="165" />
            <source>Store the records unencrypted again</source>
            <translation>Enregistrer de nouveau les données sans chiffrement</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="94" />
            <source>The passphrase must have at least 8 characters.</source>
            <translation>La phrase secrète doit comporter au moins 8 caractères.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="291" />
            <source>The passphrase was changed.</source>
            <translation>La phrase secrète a été changée.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="56" />
            <source>The same passphrase again</source>
            <translation>La même phrase secrète une seconde fois</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="96" />
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases secrètes sont différentes.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="165" />
            <source>Turn &amp;off encryption…</source>
            <translation>&amp;Désactiver le chiffrement…</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="162" />
            <source>Turn on encr&amp;yption…</source>
            <translation>Activer le chiffrement (&amp;y)…</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="114" />
            <source>Write this recovery key down on paper now and keep it somewhere safe. It opens your records if you forget the passphrase. It is not shown again.</source>
            <translation>Notez maintenant cette clé de secours sur papier et gardez-la en lieu sûr. Elle ouvre vos données si vous oubliez la phrase secrète. Elle ne sera plus affichée.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="247" />
            <source>Your records and backups are now encrypted. Exports stay unencrypted files.</source>
            <translation>Vos données et sauvegardes sont maintenant chiffrées. Les fichiers exportés restent non chiffrés.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="194" />
            <source>Your records are encrypted: without your passphrase nobody can read them in the data folder or its backups.</source>
            <translation>Vos données sont chiffrées : sans votre phrase secrète, personne ne peut les lire dans le dossier de données ni dans ses sauvegardes.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="273" />
            <source>Your records are no longer encrypted.</source>
            <translation>Vos données ne sont plus chiffrées.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="199" />
            <source>Your records are not encrypted: anyone who can open the data folder on this computer can read them.</source>
            <translation>Vos données ne sont pas chiffrées : toute personne qui peut ouvrir le dossier de données sur cet ordinateur peut les lire.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/privacy.py" line="112" />
            <source>Your recovery key</source>
            <translation>Votre clé de secours</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="114" />
            <source>Nothing was imported</source>
            <translation>Rien n'a été importé</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/data/exchange_dialogs.py" line="117" />
            <source>Nothing was imported, so your records are unchanged. Fix the %n problem(s) below in the files and import again:</source>
            <translation>
                <numerusform>Rien n'a été importé : vos données sont inchangées. Corrigez dans les fichiers le %n problème indiqué ci-dessous, puis importez à nouveau :</numerusform>
                <numerusform>Rien n'a été importé : vos données sont inchangées. Corrigez dans les fichiers les %n problèmes indiqués ci-dessous, puis importez à nouveau :</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="126" />
            <source>Problems found in the files</source>
            <translation>Problèmes trouvés dans les fichiers</translation>
        </message>
    </context>
    <context>
        <name>QuestionsPanel</name>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="108" />
            <source>&amp;Move to the visit chosen above</source>
            <translation>&amp;Déplacer vers le rendez-vous choisi ci-dessus</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="66" />
            <source>&amp;Save question</source>
            <translation>&amp;Enregistrer la question</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="54" />
            <source>&amp;Write a question:</source>
            <translation>É&amp;crire une question :</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="81" />
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="97" />
            <source>Answer to the chosen question</source>
            <translation>Réponse à la question choisie</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="63" />
            <source>As&amp;k at visit:</source>
            <translation>À poser au rendez-vous (&amp;k) :</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="79" />
            <source>Ask at</source>
            <translation>À poser le</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="109" />
            <source>Ask the chosen question at the visit chosen above</source>
            <translation>Poser la question choisie au rendez-vous choisi ci-dessus</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="113" />
            <source>De&amp;lete…</source>
            <translation>Supprime&amp;r…</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="276" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="274" />
            <source>Delete question</source>
            <translation>Supprimer la question</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="113" />
            <source>Delete the chosen question</source>
            <translation>Supprimer la question choisie</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="275" />
            <source>Delete the question “{text}”?</source>
            <translation>Supprimer la question « {text} » ?</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="99" />
            <source>Doctor's answ&amp;er:</source>
            <translation>Réponse du médecin (&amp;e) :</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="102" />
            <source>Mark the chosen question answered</source>
            <translation>Marquer la question choisie comme répondue</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="105" />
            <source>Mark the chosen question not answered</source>
            <translation>Marquer la question choisie comme sans réponse</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="52" />
            <source>New question</source>
            <translation>Nouvelle question</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="151" />
            <location filename="../../ui/appointments/questions_panel.py" line="165" />
            <source>No visit yet</source>
            <translation>Pas encore de rendez-vous</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="80" />
            <source>Noted on</source>
            <translation>Notée le</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="180" />
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="105" />
            <source>Open a&amp;gain</source>
            <translation>Rouvrir (&amp;g)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="78" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="84" />
            <source>Questions for the doctor</source>
            <translation>Questions pour le médecin</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="66" />
            <source>Save the question</source>
            <translation>Enregistrer la question</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="70" />
            <source>Show answered quest&amp;ions too</source>
            <translation>Afficher aussi les quest&amp;ions répondues</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="77" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="57" />
            <source>Visit to ask it at</source>
            <translation>Rendez-vous où la poser</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="96" />
            <source>What the doctor said (optional)</source>
            <translation>Ce que le médecin a dit (facultatif)</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="51" />
            <source>e.g. Can I drive with numb feet?</source>
            <translation>par ex. Puis-je conduire avec les pieds engourdis ?</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="180" />
            <source>✓ Answered</source>
            <translation>✓ Répondue</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/questions_panel.py" line="102" />
            <source>✓ Tick &amp;off</source>
            <translation>✓ C&amp;ocher</translation>
        </message>
    </context>
    <context>
        <name>ReminderBanner</name>
        <message>
            <location filename="../../ui/shell/reminders.py" line="72" />
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../ui/shell/reminders.py" line="73" />
            <source>Dismiss the reminder</source>
            <translation>Ignorer le rappel</translation>
        </message>
        <message>
            <location filename="../../ui/shell/reminders.py" line="70" />
            <source>Fill in today's &amp;check-in</source>
            <translation>Remplir le relevé du jour (&amp;c)</translation>
        </message>
        <message>
            <location filename="../../ui/shell/reminders.py" line="71" />
            <source>Open today's check-in</source>
            <translation>Ouvrir le relevé du jour</translation>
        </message>
        <message>
            <location filename="../../ui/shell/reminders.py" line="58" />
            <source>Reminder</source>
            <extracomment>A dose reminder only comes within this time after the dose is due: starting the program in the evening must not bring up every dose of the day at once. A dose marked this close to its time counts as that dose (people take them a bit early).</extracomment>
            <translation>Rappel</translation>
        </message>
        <message>
            <location filename="../../ui/shell/reminders.py" line="59" />
            <source>Reminder:</source>
            <translation>Rappel :</translation>
        </message>
    </context>
    <context>
        <name>ReminderService</name>
        <message>
            <location filename="../../ui/shell/reminders.py" line="178" />
            <source>Time for today's check-in: how are you feeling today?</source>
            <translation>C'est l'heure du relevé du jour : comment vous sentez-vous aujourd'hui ?</translation>
        </message>
        <message>
            <location filename="../../ui/shell/reminders.py" line="210" />
            <source>Time for your {name} ({time}).</source>
            <translation>C'est l'heure de votre {name} ({time}).</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="73" />
            <source>(calculated)</source>
            <translation>(calculé)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="240" />
            <source>(day 0: {day})</source>
            <translation>(jour 0 : {day})</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="47" />
            <source>({days} days; {checkins} days with a check-in)</source>
            <translation>({days} jours ; {checkins} jours avec un relevé)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="246" />
            <source>({n} cycles begun)</source>
            <translation>({n} cycles commencés)</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="223" />
            <source>Arm grade {arms}: {arm_words}. Leg grade {legs}: “{leg_words}”.</source>
            <translation>Grade des bras {arms} : {arm_words}. Grade des jambes {legs} : « {leg_words} ».</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="99" />
            <source>At 6 months: {value} on {date}.</source>
            <translation>À 6 mois : {value} le {date}.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="95" />
            <source>Average</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="148" />
            <source>Averages of the days logged; they show a pattern, not its cause.</source>
            <translation>Moyennes des jours notés ; elles montrent une tendance, pas sa cause.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="131" />
            <source>Before treatment: the last value on or before {date} ({what} began).</source>
            <translation>Avant le traitement : dernière valeur au plus tard le {date} (début : {what}).</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="37" />
            <source>Born:</source>
            <translation>Né(e) le :</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="98" />
            <source>Change</source>
            <translation>Évolution</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/document.py" line="292" />
            <source>Charts: each marker over the last two years or more, treatments shaded behind, the dashed line the top of the lab's range</source>
            <translation>Graphiques : chaque marqueur sur au moins les deux dernières années, traitements grisés, pointillés à la limite haute de l'intervalle</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="165" />
            <source>Course</source>
            <translation>Période</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="258" />
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="94" />
            <source>Days recorded</source>
            <translation>Jours notés</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="258" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="165" />
            <source>Dose</source>
            <translation>Dose</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="275" />
            <source>First in the period ({day}): arms {arms}, legs {legs}.</source>
            <translation>Premier de la période ({day}) : bras {arms}, jambes {legs}.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="281" />
            <source>Function check</source>
            <translation>Bilan fonctionnel</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="303" />
            <source>Grades over time (arms/legs): {pairs}</source>
            <translation>Grades au fil du temps (bras/jambes) : {pairs}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/document.py" line="296" />
            <source>Grey: treatment. Dashed: top of the lab's range. A log scale where values span more than tenfold.</source>
            <translation>Gris : traitement. Pointillés : limite haute de l'intervalle du laboratoire. Échelle logarithmique quand les valeurs varient de plus de dix fois.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="179" />
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="39" />
            <source>Hospital number:</source>
            <translation>N° d'hôpital :</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="278" />
            <source>Inspired by the ONLS; a record, not an assessment.</source>
            <translation>Inspiré de l'ONLS ; un relevé, pas une évaluation.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="258" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="108" />
            <source>Latest</source>
            <translation>Dernier</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="270" />
            <source>Latest ({day}): arms {arms} of 5, legs {legs} of 7.</source>
            <translation>Dernier ({day}) : bras {arms} sur 5, jambes {legs} sur 7.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="181" />
            <source>Low</source>
            <translation>Bas</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="111" />
            <source>Lowest since treatment</source>
            <translation>Plus bas depuis le traitement</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="96" />
            <source>Lowest–highest</source>
            <translation>Minimum–maximum</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="107" />
            <source>Marker</source>
            <translation>Marqueur</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="63" />
            <source>Markers at a glance</source>
            <translation>Marqueurs en un coup d'œil</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="129" />
            <location filename="../../../poems_tracker/report/sections.py" line="165" />
            <location filename="../../../poems_tracker/report/sections.py" line="251" />
            <source>Medicine</source>
            <translation>Médicament</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="146" />
            <source>Medicines</source>
            <translation>Médicaments</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="129" />
            <source>Monthly means {first} – {last}</source>
            <translation>Moyennes mensuelles {first} – {last}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="62" />
            <source>Neuropathy and symptoms (0 = none, 10 = worst imaginable)</source>
            <translation>Neuropathie et symptômes (0 = aucun, 10 = pire imaginable)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="322" />
            <source>Next appointments</source>
            <translation>Prochains rendez-vous</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="65" />
            <source>No check-ins in this period.</source>
            <translation>Aucun relevé dans cette période.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="191" />
            <source>No lab results in this period.</source>
            <translation>Aucun résultat d'analyse dans cette période.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="65" />
            <source>No marker result recorded yet.</source>
            <translation>Aucun résultat de marqueur enregistré pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="148" />
            <source>No medicine was taken in this period.</source>
            <translation>Aucun médicament pris dans cette période.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="87" />
            <source>No on every day recorded: {signs}</source>
            <translation>Non chaque jour noté : {signs}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="213" />
            <source>No other result was outside its range in this period.</source>
            <translation>Aucun autre résultat hors de son intervalle pendant cette période.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="175" />
            <source>No symptom was logged on these cycle days.</source>
            <translation>Aucun symptôme noté ces jours du cycle.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="256" />
            <source>No treatment is recorded.</source>
            <translation>Aucun traitement n'est enregistré.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="127" />
            <source>No treatment is recorded: changes are from the first value.</source>
            <translation>Aucun traitement n'est enregistré : les variations partent de la première valeur.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="353" />
            <source>Notes from the check-ins</source>
            <translation>Notes des relevés</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="189" />
            <source>Other results out of range</source>
            <translation>Autres résultats hors de l'intervalle</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="221" />
            <source>Out of range</source>
            <translation>Hors intervalle</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/document.py" line="350" />
            <source>POEMS Tracker report {start} to {end}</source>
            <translation>Rapport POEMS Tracker du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="43" />
            <source>POEMS Tracker: report for the doctor</source>
            <translation>POEMS Tracker : rapport pour le médecin</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/pdf.py" line="101" />
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/pdf.py" line="53" />
            <source>Patient-recorded data; not medical advice</source>
            <translation>Données notées par le patient ; pas un avis médical</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="35" />
            <source>Patient:</source>
            <translation>Patient :</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="45" />
            <source>Period:</source>
            <translation>Période :</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="53" />
            <source>Printed on {today}. Every value was recorded by the patient.</source>
            <translation>Imprimé le {today}. Chaque valeur a été notée par le patient.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="323" />
            <source>Purpose</source>
            <translation>Indication</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="333" />
            <source>Questions for the doctor</source>
            <translation>Questions pour le médecin</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="220" />
            <source>Reference range</source>
            <translation>Norme</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="219" />
            <source>Results (High/Low = outside the range)</source>
            <translation>Résultats (Élevé/Bas = hors norme)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="97" />
            <source>Same number of days before</source>
            <translation>Même nombre de jours avant</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="165" />
            <source>Schedule</source>
            <translation>Rythme</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="110" />
            <source>Since before treatment</source>
            <translation>Depuis avant le traitement</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="109" />
            <source>Since the previous value</source>
            <translation>Depuis la valeur précédente</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="323" />
            <source>Specialty</source>
            <translation>Spécialité</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="323" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="93" />
            <source>Symptom</source>
            <translation>Symptôme</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="149" />
            <source>Symptoms by cycle day</source>
            <translation>Symptômes par jour du cycle</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="165" />
            <source>Taken in this period</source>
            <translation>Pris dans cette période</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="217" />
            <source>Test</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="234" />
            <source>Treatment history</source>
            <translation>Historique des traitements</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="218" />
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="89" />
            <source>Weight (kg)</source>
            <translation>Poids (kg)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="323" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="323" />
            <source>With</source>
            <translation>Avec</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="42" />
            <source>from {value} on {date}</source>
            <translation>depuis {value} le {date}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="45" />
            <source>not comparable</source>
            <translation>non comparable</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="243" />
            <location filename="../../../poems_tracker/report/sections.py" line="152" />
            <source>ongoing</source>
            <translation>en cours</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="103" />
            <source>schedule not understood</source>
            <translation>rythme non compris</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="79" />
            <source>yes on {yes} of {days} days</source>
            <translation>oui {yes} jours sur {days}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="153" />
            <source>{medicine} ({schedule}), {cycles}:</source>
            <translation>{medicine} ({schedule}), {cycles} :</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="350" />
            <source>{n} earlier notes are in the program.</source>
            <translation>{n} notes plus anciennes sont dans le programme.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="209" />
            <source>{n} of {total}</source>
            <translation>{n} sur {total}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/poems_sections.py" line="163" />
            <source>{symptom}: average {on} on medicine days (over {on_n} days), {off} on days off (over {off_n} days).</source>
            <translation>{symptom} : moyenne {on} les jours de médicament (sur {on_n} jours), {off} les jours sans (sur {off_n} jours).</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/document.py" line="354" />
            <source>{title}: {name}</source>
            <translation>{title} : {name}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/report/sections.py" line="201" />
            <source>… {n} more …</source>
            <translation>… {n} de plus …</translation>
        </message>
    </context>
    <context>
        <name>ReportPeriodDialog</name>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="44" />
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="55" />
            <source>&amp;Paper:</source>
            <translation>&amp;Papier :</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="47" />
            <source>&amp;To:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="50" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="44" />
            <source>First day of the report</source>
            <translation>Premier jour du rapport</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="47" />
            <source>Last day of the report</source>
            <translation>Dernier jour du rapport</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="51" />
            <source>Letter (US)</source>
            <translation>Lettre (US)</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="54" />
            <source>Paper size</source>
            <translation>Format du papier</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="60" />
            <source>Problem with the period</source>
            <translation>Problème de période</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="38" />
            <source>Report for the doctor</source>
            <translation>Rapport pour le médecin</translation>
        </message>
        <message>
            <location filename="../../ui/data/exchange_dialogs.py" line="102" />
            <source>The first day is after the last day; pick an earlier first day.</source>
            <translation>Le premier jour est après le dernier ; choisissez un premier jour plus tôt.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="98" />
            <source>&amp;Backups, newest first:</source>
            <translation>&amp;Sauvegardes, les plus récentes d'abord :</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="125" />
            <source>&amp;Restore selected</source>
            <translation>&amp;Restaurer la sélection</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="101" />
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="184" />
            <source>Backups (*.db);;All files (*)</source>
            <translation>Sauvegardes (*.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="127" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="191" />
            <source>Cannot restore</source>
            <translation>Restauration impossible</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="126" />
            <source>Choose &amp;another file…</source>
            <translation>Choisir un &amp;autre fichier…</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="182" />
            <source>Choose a backup file</source>
            <translation>Choisir un fichier de sauvegarde</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="131" />
            <source>Close without restoring</source>
            <translation>Fermer sans restaurer</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="103" />
            <source>Each backup with its date and how many records it holds</source>
            <translation>Chaque sauvegarde avec sa date et le nombre de relevés qu'elle contient</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="93" />
            <source>Pick the backup to bring back. Your records as they are now are kept as a backup first, so nothing is lost.</source>
            <translation>Choisissez la sauvegarde à retrouver. Vos relevés actuels sont d'abord gardés en sauvegarde : rien n'est perdu.</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="130" />
            <source>Restore a backup file from elsewhere, e.g. a USB stick</source>
            <translation>Restaurer un fichier de sauvegarde venu d'ailleurs, par ex. une clé USB</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="86" />
            <source>Restore from backup</source>
            <translation>Restaurer depuis une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="129" />
            <source>Restore the selected backup</source>
            <translation>Restaurer la sauvegarde choisie</translation>
        </message>
        <message>
            <location filename="../../ui/data/backup_dialogs.py" line="120" />
            <source>There are no backups in {folder} yet.</source>
            <translation>Il n'y a pas encore de sauvegarde dans {folder}.</translation>
        </message>
    </context>
    <context>
        <name>Schedules</name>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="144" />
            <source> a day</source>
            <translation> par jour</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="73" />
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="72" />
            <source>&amp;How often:</source>
            <translation>&amp;Fréquence :</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="120" />
            <source>&amp;Times a day:</source>
            <translation>&amp;Fois par jour :</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="141" />
            <source>At &amp;most</source>
            <translation>Au &amp;plus</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="121" />
            <source>At &amp;set times</source>
            <translation>À heures &amp;fixes</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="140" />
            <source>At:</source>
            <translation>À :</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="237" />
            <source>Choose at least one day of the week.</source>
            <translation>Choisissez au moins un jour de la semaine.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="106" />
            <source>Days in one cycle</source>
            <translation>Jours d'un cycle</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="142" />
            <source>Days {first}–{last} of each {length}-day cycle</source>
            <translation>Jours {first}–{last} de chaque cycle de {length} jours</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="120" />
            <source>Doses on each medicine day</source>
            <translation>Prises chaque jour de médicament</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="74" />
            <source>E&amp;very:</source>
            <translation>&amp;Tous les :</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="134" />
            <source>Every day</source>
            <translation>Tous les jours</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/schedule_picker.py" line="60" />
            <source>Every few days</source>
            <translation>Tous les quelques jours</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="140" />
            <source>Every week on {days}</source>
            <translation>Chaque semaine le {days}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="138" />
            <source>Every {n} days</source>
            <translation>Tous les {n} jours</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="102" />
            <source>First medicine day of the cycle</source>
            <translation>Premier jour de médicament du cycle</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="72" />
            <source>How often the medicine is taken</source>
            <translation>Fréquence de prise du médicament</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/schedule_picker.py" line="59" />
            <source>In cycles (e.g. days 1–21 of 28)</source>
            <translation>Par cycles (par ex. jours 1–21 sur 28)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="104" />
            <source>Last medicine day of the cycle</source>
            <translation>Dernier jour de médicament du cycle</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="116" />
            <source>Medicine &amp;days:</source>
            <translation>&amp;Jours de médicament :</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="145" />
            <source>Most doses in one day</source>
            <translation>Nombre maximum de prises par jour</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="74" />
            <source>Number of days from one dose day to the next</source>
            <translation>Nombre de jours d'un jour de prise au suivant</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/schedule_picker.py" line="58" />
            <source>On certain days of the week</source>
            <translation>Certains jours de la semaine</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="95" />
            <source>On:</source>
            <translation>Le :</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/schedule_picker.py" line="61" />
            <source>Only when needed</source>
            <translation>Seulement si besoin</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="143" />
            <source>Set a daily maximum</source>
            <translation>Fixer un maximum par jour</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="123" />
            <source>Taken at set times of day</source>
            <translation>Pris à heures fixes dans la journée</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="132" />
            <source>Time {n}</source>
            <translation>Heure {n}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="136" />
            <source>Twice a day</source>
            <translation>Deux fois par jour</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="131" />
            <source>When needed</source>
            <translation>Si besoin</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="132" />
            <source>When needed, at most {most} a day</source>
            <translation>Si besoin, au plus {most} par jour</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="107" />
            <source>days</source>
            <translation>jours</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="105" />
            <source>of a cycle of</source>
            <translation>d'un cycle de</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/medicines/schedule_picker.py" line="103" />
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/wording.py" line="147" />
            <source>{schedule} at {times}</source>
            <translation>{schedule} à {times}</translation>
        </message>
    </context>
    <context>
        <name>ScoreSelector</name>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="92" />
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="142" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="92" />
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="142" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="154" />
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="140" />
            <source>not recorded</source>
            <translation>non noté</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="152" />
            <source>y</source>
            <translation>o</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/widgets/score_selector.py" line="144" />
            <source>{value} out of 10</source>
            <translation>{value} sur 10</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="104" />
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="112" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="104" />
            <source>&amp;Restore the backup</source>
            <translation>&amp;Restaurer la sauvegarde</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="125" />
            <source>A new, empty journal was started.</source>
            <translation>Un nouveau journal vide a été commencé.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/app.py" line="129" />
            <source>POEMS Tracker is already open for this data folder ({folder}) but does not answer. Close it, then start again.</source>
            <extracomment>Milliseconds after which a started window closes itself; set only by the test that starts `run()` in a child process (a real start, a real event loop, a clean end).</extracomment>
            <translation>POEMS Tracker est déjà ouvert pour ce dossier de données ({folder}) mais ne répond pas. Fermez-le, puis relancez.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="112" />
            <source>Start an &amp;empty journal</source>
            <translation>Commencer un journal &amp;vide</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="134" />
            <source>The damaged file was kept, untouched, as:
{path}</source>
            <translation>Le fichier abîmé a été gardé, intact, sous :
{path}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="106" />
            <source>The file that holds your records is damaged and cannot be used safely, and there is no good backup of it.

You can start an empty journal: the damaged file is then kept aside, untouched, so that it can still be looked at. Or quit and ask someone to help rescue it.</source>
            <translation>Le fichier qui contient vos relevés est abîmé et ne peut pas être utilisé sans risque, et il n'en existe aucune bonne sauvegarde.

Vous pouvez commencer un journal vide : le fichier abîmé est alors mis de côté, intact, pour pouvoir encore être examiné. Ou bien quittez et demandez de l'aide pour le récupérer.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="98" />
            <source>The file that holds your records is damaged and cannot be used safely.

The newest good backup is from {when} and holds {records} records. Restore it? The damaged file is kept aside, untouched, so that it can still be looked at for anything saved after that backup.</source>
            <translation>Le fichier qui contient vos relevés est abîmé et ne peut pas être utilisé sans risque.

La plus récente bonne sauvegarde date du {when} et contient {records} relevés. La restaurer ? Le fichier abîmé est mis de côté, intact, pour pouvoir encore y chercher ce qui a été enregistré après cette sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="172" />
            <source>Today's backup could not be made: {reason}</source>
            <translation>La sauvegarde du jour n'a pas pu être faite : {reason}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="95" />
            <source>Your journal file is damaged</source>
            <translation>Votre fichier journal est abîmé</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/startup.py" line="119" />
            <source>Your records from the backup of {when} are back. Anything saved after that backup is not in it.</source>
            <translation>Vos relevés de la sauvegarde du {when} sont revenus. Ce qui a été enregistré après cette sauvegarde n'y est pas.</translation>
        </message>
    </context>
    <context>
        <name>SymptomGroupsDialog</name>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="98" />
            <source>Click to switch off</source>
            <translation>Cliquez pour désactiver</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="98" />
            <source>Click to switch on</source>
            <translation>Cliquez pour activer</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="106" />
            <source>Left alone, because you already have a 0–10 symptom with that name: {keys}</source>
            <translation>Laissé tel quel, car vous avez déjà un symptôme 0–10 de ce nom : {keys}</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="93" />
            <source>Off</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="93" />
            <source>On</source>
            <translation>Activé</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="56" />
            <source>Ready-made yes/no questions</source>
            <translation>Questions oui/non toutes prêtes</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="61" />
            <source>Switch on a group to add its yes/no questions to your daily check-in. Switching it off hides them again; everything you logged is kept.</source>
            <translation>Activez un groupe pour ajouter ses questions oui/non à votre relevé quotidien. Le désactiver les masque de nouveau ; tout ce que vous avez noté est gardé.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptom_groups_dialog.py" line="94" />
            <source>{group}: {state}</source>
            <translation>{group} : {state}</translation>
        </message>
    </context>
    <context>
        <name>SymptomsDialog</name>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="62" />
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="76" />
            <source>&amp;Hide / show</source>
            <translation>&amp;Masquer / afficher</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="52" />
            <source>&amp;New symptom:</source>
            <translation>&amp;Nouveau symptôme :</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="75" />
            <source>&amp;Rename…</source>
            <translation>&amp;Renommer…</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="111" />
            <source>0–10</source>
            <translation>0–10</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="64" />
            <source>Add this symptom</source>
            <translation>Ajouter ce symptôme</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="146" />
            <location filename="../../ui/checkin/symptoms_dialog.py" line="164" />
            <source>Choose a symptom in the list first.</source>
            <translation>Choisissez d'abord un symptôme dans la liste.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="79" />
            <source>Hide or show the chosen symptom</source>
            <translation>Masquer ou afficher le symptôme choisi</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="59" />
            <source>Kind of answer</source>
            <translation>Type de réponse</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="34" />
            <source>My symptoms</source>
            <translation>Mes symptômes</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="55" />
            <source>Name of the new symptom</source>
            <translation>Nom du nouveau symptôme</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="148" />
            <source>New name:</source>
            <translation>Nouveau nom :</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="84" />
            <source>Ready-made &amp;yes/no questions…</source>
            <translation>Questions &amp;oui/non toutes prêtes…</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="148" />
            <source>Rename symptom</source>
            <translation>Renommer le symptôme</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="78" />
            <source>Rename the chosen symptom</source>
            <translation>Renommer le symptôme choisi</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="60" />
            <source>Score 0–10</source>
            <translation>Score 0–10</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="87" />
            <source>Switch on ready-made yes/no questions such as falls or skin changes</source>
            <translation>Activer des questions oui/non toutes prêtes, comme les chutes ou les changements de peau</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="127" />
            <source>Type a name for the symptom first.</source>
            <translation>Tapez d'abord un nom pour le symptôme.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="61" />
            <source>Yes / no</source>
            <translation>Oui / non</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="130" />
            <source>You already have a symptom with that name.</source>
            <translation>Vous avez déjà un symptôme de ce nom.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="47" />
            <source>Your own symptoms</source>
            <translation>Vos propres symptômes</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="39" />
            <source>Your own symptoms appear on the check-in after the built-in ones. Hiding one keeps everything you logged for it.</source>
            <translation>Vos propres symptômes apparaissent dans le relevé après ceux prévus d'origine. En masquer un garde tout ce que vous avez noté pour lui.</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="114" />
            <source>hidden</source>
            <translation>masqué</translation>
        </message>
        <message>
            <location filename="../../ui/checkin/symptoms_dialog.py" line="111" />
            <source>yes/no</source>
            <translation>oui/non</translation>
        </message>
    </context>
    <context>
        <name>TodaysDosesPanel</name>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="335" />
            <source>All doses of this day are recorded.</source>
            <translation>Toutes les prises de ce jour sont notées.</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="114" />
            <source>As nee&amp;ded:</source>
            <translation>Si &amp;besoin :</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="132" />
            <source>As-needed doses recorded this day</source>
            <translation>Prises si besoin notées ce jour</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="105" />
            <source>As-needed medicine</source>
            <translation>Médicament si besoin</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="178" />
            <source>Doses for {day}</source>
            <translation>Prises du {day}</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="101" />
            <source>Doses message</source>
            <translation>Message sur les prises</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="86" />
            <source>Mar&amp;k the rest taken</source>
            <translation>Mar&amp;quer le reste comme pris</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="89" />
            <source>Mark every dose not yet recorded as taken</source>
            <translation>Marquer comme prise chaque dose pas encore notée</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="51" />
            <source>Missed</source>
            <translation>Oubliée</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="361" />
            <source>More than your daily maximum</source>
            <translation>Plus que votre maximum quotidien</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="194" />
            <source>No doses are due from your schedules on this day.</source>
            <translation>Aucune prise n'est prévue ce jour-là par vos rythmes.</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="251" />
            <source>Not recorded yet</source>
            <translation>Pas encore notée</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="347" />
            <source>Not taken on this day</source>
            <translation>Pas pris ce jour-là</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="351" />
            <location filename="../../ui/medicines/todays_doses.py" line="365" />
            <source>Nothing was recorded.</source>
            <translation>Rien n'a été noté.</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="349" />
            <location filename="../../ui/medicines/todays_doses.py" line="363" />
            <source>Record it</source>
            <translation>La noter</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="112" />
            <source>Record the as-needed dose at that time</source>
            <translation>Noter la prise si besoin à cette heure</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="52" />
            <source>Skipped</source>
            <translation>Sautée</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="50" />
            <source>Taken</source>
            <translation>Prise</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="216" />
            <source>This day is still to come; doses can be marked on the day.</source>
            <translation>Ce jour n'est pas encore arrivé ; les prises se notent le jour même.</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="109" />
            <source>Time the as-needed dose was taken</source>
            <translation>Heure de la prise si besoin</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="110" />
            <source>Took an as-ne&amp;eded dose</source>
            <translation>J'ai pris une dose si b&amp;esoin</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="220" />
            <source>any time</source>
            <translation>à tout moment</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="116" />
            <source>at</source>
            <translation>à</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="236" />
            <source>{dose} at {when}: {status}</source>
            <translation>{dose} à {when} : {status}</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="205" />
            <source>{medicine} (not taken on this day)</source>
            <translation>{medicine} (pas pris ce jour-là)</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="380" />
            <source>{name} at {time} is recorded.</source>
            <translation>{name} à {time} est noté.</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="280" />
            <source>{name}: {count} of at most {most} taken ({times})</source>
            <translation>{name} : {count} pris sur {most} au plus ({times})</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="274" />
            <source>{name}: {count} taken ({times})</source>
            <translation>{name} : {count} pris ({times})</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/todays_doses.py" line="253" />
            <source>{status} at {time}</source>
            <translation>{status} à {time}</translation>
        </message>
    </context>
    <context>
        <name>TreatmentsPage</name>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="134" />
            <source>&amp;Delete event</source>
            <translation>&amp;Supprimer l'événement</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="128" />
            <source>&amp;New event</source>
            <translation>&amp;Nouvel événement</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="103" />
            <source>&amp;Start:</source>
            <translation>&amp;Début :</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="101" />
            <source>&amp;What:</source>
            <translation>&amp;Quoi :</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="228" />
            <source>A new event</source>
            <translation>Un nouvel événement</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="241" />
            <source>Change the chosen event</source>
            <translation>Modifier l'événement choisi</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="324" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="320" />
            <source>Delete an event</source>
            <translation>Supprimer un événement</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="134" />
            <source>Delete the chosen event</source>
            <translation>Supprimer l'événement choisi</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="321" />
            <source>Delete the event "{what}" of {day}? This cannot be undone.</source>
            <translation>Supprimer l'événement « {what} » du {day} ? C'est définitif.</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="122" />
            <source>Des&amp;cription:</source>
            <translation>Des&amp;cription :</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="60" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="124" />
            <source>Description of the event</source>
            <translation>Description de l'événement</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="58" />
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="108" />
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="104" />
            <source>It &amp;ended on:</source>
            <translation>Il s'est &amp;terminé le :</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="101" />
            <source>Kind of event</source>
            <translation>Type d'événement</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="146" />
            <source>Nothing here yet. Add your diagnosis, treatments and stays in hospital with "A new event" below; they appear as bars under your Trends.</source>
            <translation>Rien pour l'instant. Ajoutez votre diagnostic, vos traitements et vos séjours à l'hôpital avec « Un nouvel événement » ci-dessous ; ils apparaissent en barres sous votre Évolution.</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="131" />
            <source>Sa&amp;ve event</source>
            <translation>&amp;Enregistrer l'événement</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="131" />
            <source>Save this event</source>
            <translation>Enregistrer cet événement</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="291" />
            <source>Saved: {what} on {day}</source>
            <translation>Enregistré : {what} le {day}</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="57" />
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="128" />
            <source>Start a new event</source>
            <translation>Commencer un nouvel événement</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="103" />
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="90" />
            <source>T&amp;imeline</source>
            <translation>Chronolog&amp;ie</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="106" />
            <source>The event has an end date</source>
            <translation>L'événement a une date de fin</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="305" />
            <source>The event in the form is not saved. Save it now?</source>
            <translation>L'événement du formulaire n'est pas enregistré. L'enregistrer maintenant ?</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="79" />
            <source>Treatment events, oldest first</source>
            <translation>Événements de traitement, les plus anciens d'abord</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="69" />
            <source>Treatments and milestones</source>
            <translation>Traitements et étapes</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="59" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../../ui/medicines/treatments_page.py" line="118" />
            <source>e.g. Lenalidomide + dexamethasone, 9 cycles</source>
            <translation>par ex. Lénalidomide + dexaméthasone, 9 cycles</translation>
        </message>
    </context>
    <context>
        <name>TrendsPage</name>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="158" />
            <source>&amp;Chart</source>
            <translation>&amp;Graphique</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="167" />
            <source>&amp;Numbers</source>
            <translation>&amp;Chiffres</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="144" />
            <source>(7-day average {mean})</source>
            <translation>(moyenne sur 7 jours {mean})</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="114" />
            <source>&lt;b&gt;Show&lt;/b&gt;</source>
            <translation>&lt;b&gt;Afficher&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="227" />
            <source>Arm and leg grades</source>
            <translation>Grades des bras et des jambes</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="154" />
            <source>Chart</source>
            <translation>Graphique</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="539" />
            <source>Chart not saved</source>
            <translation>Graphique non enregistré</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="546" />
            <source>Chart saved as {path}.</source>
            <translation>Graphique enregistré sous {path}.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="291" />
            <source>Click a day to read its values; arrow keys move it</source>
            <translation>Cliquez sur un jour pour lire ses valeurs ; les flèches le déplacent</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="160" />
            <source>Compare side by s&amp;ide</source>
            <translation>Comparer côte à côte (&amp;i)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="155" />
            <source>Drawing your chart…</source>
            <translation>Dessin de votre graphique…</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="147" />
            <source>High (above range)</source>
            <translation>Élevé (au-dessus de la norme)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="230" />
            <source>Lab results</source>
            <translation>Résultats d'analyses</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="217" />
            <source>Lab results: change from the first value in the period</source>
            <translation>Résultats d'analyses : évolution depuis la première valeur de la période</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="287" />
            <source>Left and Right arrow keys move a day, Page Up and Page Down a month; the values are read out above the chart. The Numbers tab has the same values as a table.</source>
            <translation>Les flèches gauche et droite déplacent d'un jour, Page préc. et Page suiv. d'un mois ; les valeurs sont lues au-dessus du graphique. L'onglet Chiffres donne les mêmes valeurs sous forme de tableau.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="243" />
            <source>Log scale for wide ranges</source>
            <translation>Échelle log. si grand écart</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="149" />
            <source>Low (below range)</source>
            <translation>Bas (en dessous de la norme)</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="244" />
            <source>Medicines</source>
            <translation>Médicaments</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="246" />
            <source>Medicines and treatments</source>
            <translation>Médicaments et traitements</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="264" />
            <source>Medicines and treatments on {day}: {names}</source>
            <translation>Médicaments et traitements le {day} : {names}</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="245" />
            <source>Medicines taken (%)</source>
            <translation>Médicaments pris (%)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="63" />
            <source>Nothing recorded in the period before.</source>
            <translation>Rien de noté dans la période précédente.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="208" />
            <source>Nothing recorded in this period yet; your check-ins and lab results will be summed up here.</source>
            <translation>Rien de noté dans cette période pour l'instant ; vos relevés et résultats d'analyses seront résumés ici.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="527" />
            <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
            <translation>Image PNG (*.png);;Image SVG (*.svg);;Document PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="73" />
            <source>Period before: {mean} ({change}).</source>
            <translation>Période précédente : {mean} ({change}).</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="138" />
            <source>Point at the chart, click it, or use the arrow keys on it to read exact values.</source>
            <translation>Pointez le graphique, cliquez dessus ou utilisez les flèches pour lire les valeurs exactes.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="188" />
            <source>Sa&amp;ve chart…</source>
            <translation>&amp;Enregistrer le graphique…</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="525" />
            <source>Save chart</source>
            <translation>Enregistrer le graphique</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="191" />
            <source>Save the chart as PNG, SVG or PDF</source>
            <translation>Enregistrer le graphique en PNG, SVG ou PDF</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="190" />
            <source>Save the chart as an image or PDF</source>
            <translation>Enregistrer le graphique en image ou en PDF</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="181" />
            <source>Shown side by side on the same dates, for you and your doctor to look at. Two things changing at the same time does not show that one caused the other.</source>
            <translation>Affichés côte à côte aux mêmes dates, pour que vous et votre médecin les regardiez. Deux choses qui changent en même temps ne montrent pas que l'une a causé l'autre.</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="184" />
            <source>Su&amp;mmary</source>
            <translation>Ré&amp;sumé</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="177" />
            <location filename="../../ui/trends/trends_page.py" line="181" />
            <source>Summary of the period</source>
            <translation>Résumé de la période</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="223" />
            <source>Symptoms</source>
            <translation>Symptômes</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="540" />
            <source>The chart could not be saved: {reason}</source>
            <translation>Le graphique n'a pas pu être enregistré : {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="164" />
            <source>The chart's numbers as a table</source>
            <translation>Les chiffres du graphique en tableau</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="284" />
            <source>Trends chart</source>
            <translation>Graphique des tendances</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="143" />
            <source>Value at the chosen date</source>
            <translation>Valeur à la date choisie</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="193" />
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="123" />
            <source>What to show</source>
            <translation>Ce qu'il faut afficher</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="65" />
            <source>about the same</source>
            <translation>à peu près pareil</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="87" />
            <source>kg</source>
            <translation>kg</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="69" />
            <source>{amount} higher</source>
            <translation>{amount} de plus</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="67" />
            <source>{amount} lower</source>
            <translation>{amount} de moins</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_text.py" line="275" />
            <source>{day} {month}</source>
            <translation>{day} {month}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="244" />
            <source>{day}: nothing recorded near this date.</source>
            <translation>{day} : rien de noté près de cette date.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="136" />
            <source>{label}, {day}: {value}{unit}</source>
            <translation>{label}, {day} : {value}{unit}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="51" />
            <source>{label}: average {mean}{unit} (lowest {low}, highest {high}); days recorded: {days}.</source>
            <translation>{label} : moyenne {mean}{unit} (minimum {low}, maximum {high}) ; jours notés : {days}.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="49" />
            <source>{label}: nothing recorded in this period.</source>
            <translation>{label} : rien de noté dans cette période.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="110" />
            <source>{label}: {first} → {last} {unit}{percent} from {start} to {end}; results: {count}.</source>
            <translation>{label} : {first} → {last} {unit}{percent} du {start} au {end} ; résultats : {count}.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="95" />
            <source>{label}: {value} {unit} on {day}; one result in this period.</source>
            <translation>{label} : {value} {unit} le {day} ; un seul résultat dans cette période.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="197" />
            <source>{start} to {end}, compared with the same number of days before:</source>
            <translation>Du {start} au {end}, comparé au même nombre de jours juste avant :</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/trends/trends_text.py" line="166" />
            <source>{symptom}: average {before} in the 90 days before {medicine} started on {day}; {after} in the 90 days from then.</source>
            <translation>{symptom} : moyenne {before} dans les 90 jours avant le début de {medicine} le {day} ; {after} dans les 90 jours suivants.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="83" />
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="88" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="83" />
            <source>Open the records</source>
            <translation>Ouvrir les données</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="123" />
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="77" />
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="88" />
            <source>Quit without opening</source>
            <translation>Quitter sans ouvrir</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="119" />
            <source>Recovery key</source>
            <translation>Clé de secours</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="146" />
            <source>The passphrase is not right.</source>
            <translation>La phrase secrète n’est pas la bonne.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="144" />
            <source>The recovery key is not right.</source>
            <translation>La clé de secours n’est pas la bonne.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="114" />
            <source>Type the &amp;recovery key you wrote down (six groups of five letters and digits; spaces and dashes do not matter).</source>
            <translation>Tapez la clé de secours que vous avez &amp;notée (six groupes de cinq lettres et chiffres ; les espaces et les tirets ne comptent pas).</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="121" />
            <source>Type your &amp;passphrase to open your records.</source>
            <translation>Tapez votre &amp;phrase secrète pour ouvrir vos données.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="69" />
            <source>Use the &amp;recovery key</source>
            <translation>Utiliser la clé de &amp;secours</translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="72" />
            <source>Use the recovery key instead of the passphrase</source>
            <translation>Utiliser la clé de secours au lieu de la phrase secrète</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/shell/unlock_dialog.py" line="169" />
            <source>Wait %n second(s) before the next try.</source>
            <translation>
                <numerusform>Attendez %n seconde avant le prochain essai.</numerusform>
                <numerusform>Attendez %n secondes avant le prochain essai.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/shell/unlock_dialog.py" line="55" />
            <source>{app} is locked</source>
            <translation>{app} est verrouillé</translation>
        </message>
    </context>
    <context>
        <name>VisitCalendar</name>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="68" />
            <source>Choose the month</source>
            <translation>Choisir le mois</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="69" />
            <source>Choose the year</source>
            <translation>Choisir l'année</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="76" />
            <source>Days of the month; use the arrow keys</source>
            <translation>Jours du mois ; utilisez les flèches</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="50" />
            <source>Days with a visit are bold and underlined; pick one to see its visits.</source>
            <translation>Les jours avec un rendez-vous sont en gras et soulignés ; choisissez-en un pour voir ses rendez-vous.</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="40" />
            <source>Month calendar; days with a visit are bold and underlined</source>
            <translation>Calendrier du mois ; les jours avec un rendez-vous sont en gras et soulignés</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="67" />
            <source>Next month</source>
            <translation>Mois suivant</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="120" />
            <source>No visit on {day}.</source>
            <translation>Aucun rendez-vous le {day}.</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="66" />
            <source>Previous month</source>
            <translation>Mois précédent</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="57" />
            <source>Visits on the chosen day</source>
            <translation>Rendez-vous du jour choisi</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="122" />
            <source>Visits on {day}:</source>
            <translation>Rendez-vous du {day} :</translation>
        </message>
        <message>
            <location filename="../../ui/appointments/visit_calendar.py" line="78" />
            <source>Year</source>
            <translation>Année</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../../ui/shell/welcome.py" line="148" />
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="114" />
            <source>1. Log how &amp;today feels</source>
            <translation>1. Noter comment va &amp;aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="120" />
            <source>2. Add your &amp;medicines</source>
            <translation>2. Ajouter vos &amp;médicaments</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="126" />
            <source>3. Enter your &amp;lab results</source>
            <translation>3. Saisir vos ana&amp;lyses</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="121" />
            <source>Add the medicines you take</source>
            <translation>Ajouter les médicaments que vous prenez</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="148" />
            <source>Close the welcome</source>
            <translation>Fermer l'accueil</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="127" />
            <source>Enter the results of your latest lab report</source>
            <translation>Saisir les résultats de votre dernier compte rendu d'analyses</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="168" />
            <source>Making up two years of records…</source>
            <translation>Création de deux ans de relevés fictifs…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="132" />
            <source>Open a second window with made-up records, in a separate folder</source>
            <translation>Ouvrir une seconde fenêtre avec des relevés fictifs, dans un dossier à part</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="115" />
            <source>Open today's check-in</source>
            <translation>Ouvrir le relevé du jour</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="183" />
            <source>The demo could not be started. Your own records are unchanged.</source>
            <translation>La démonstration n'a pas pu démarrer. Vos propres relevés n'ont pas changé.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="180" />
            <source>The demo opens in a second window (its records are in {folder}).</source>
            <translation>La démonstration s'ouvre dans une seconde fenêtre (ses relevés sont dans {folder}).</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="138" />
            <source>The made-up records go into a new folder of their own and open in a second window; your own records are not touched.</source>
            <translation>Les relevés fictifs vont dans un nouveau dossier à part et s'ouvrent dans une seconde fenêtre ; vos propres relevés ne sont pas touchés.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="131" />
            <source>Try it with made-up &amp;data…</source>
            <translation>Essayer avec des &amp;données fictives…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="92" />
            <source>Welcome to POEMS Tracker</source>
            <extracomment>Remembered window state: the welcome was shown once in this data folder.</extracomment>
            <translation>Bienvenue dans POEMS Tracker</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="95" />
            <source>Welcome. Where would you like to start?</source>
            <translation>Bienvenue. Par où voulez-vous commencer ?</translation>
        </message>
        <message>
            <location filename="../../ui/shell/welcome.py" line="104" />
            <source>Your records stay on this computer. Each step takes a minute, and you can come back to the others at any time from the buttons on the left.</source>
            <translation>Vos relevés restent sur cet ordinateur. Chaque étape prend une minute, et vous pouvez revenir aux autres à tout moment avec les boutons à gauche.</translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message>
            <location filename="../../wording.py" line="181" />
            <source>as needed: {taken} taken ({per_day} a day)</source>
            <translation>si besoin : {taken} prises ({per_day} par jour)</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="201" />
            <source>not recorded ({counts})</source>
            <translation>non noté ({counts})</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="188" />
            <source>nothing was due</source>
            <translation>rien n'était prévu</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="204" />
            <source>{percent}% ({counts})</source>
            <translation>{percent} % ({counts})</translation>
        </message>
        <message>
            <location filename="../../wording.py" line="189" />
            <source>{taken} taken, {missed} missed, {skipped} skipped, {not_recorded} not recorded = {scheduled} scheduled</source>
            <translation>{taken} pris, {missed} oubliés, {skipped} sautés, {not_recorded} non notés = {scheduled} prévus</translation>
        </message>
    </context>
    <context>
        <name>WritePath</name>
        <message>
            <location filename="../../../poems_tracker/ui/shell/write_path.py" line="102" />
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/ui/shell/write_path.py" line="116" />
            <source>Please wait until the import, backup or restore has finished; nothing of this was saved yet.</source>
            <translation>Veuillez attendre la fin de l’importation, de la sauvegarde ou de la restauration ; rien de ceci n’a encore été enregistré.</translation>
        </message>
    </context>
    <context>
        <name>charts</name>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="303" />
            <source>% taken</source>
            <translation>% pris</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="152" />
            <source>7-day average</source>
            <translation>moyenne sur 7 jours</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="325" />
            <source>Apr</source>
            <translation>avr.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="337" />
            <source>Arm and leg function (inspired by the ONLS; 0 = not affected)</source>
            <translation>Fonction des bras et des jambes (inspiré de l'ONLS ; 0 = pas gêné)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="316" />
            <source>Arms (0–5)</source>
            <translation>Bras (0–5)</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="329" />
            <source>Aug</source>
            <translation>août</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/cycle_heatmap.py" line="91" />
            <source>Average score by cycle day (0 none – 10 worst)</source>
            <translation>Score moyen par jour du cycle (0 aucun – 10 pire)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/figures.py" line="146" />
            <source>Choose what to show on the left.</source>
            <translation>Choisissez ce qu'il faut montrer à gauche.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/cycle_heatmap.py" line="131" />
            <source>Cycle day</source>
            <translation>Jour du cycle</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="333" />
            <source>Dec</source>
            <translation>déc.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="102" />
            <source>Dots: average of
each {days} days</source>
            <translation>Points : moyenne de
chaque {days} jours</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="100" />
            <source>Dots: daily values</source>
            <translation>Points : valeurs de chaque jour</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="323" />
            <source>Feb</source>
            <translation>févr.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="336" />
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="236" />
            <source>High (above range)</source>
            <translation>Élevé (au-dessus de la norme)</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="322" />
            <source>Jan</source>
            <translation>janv.</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="328" />
            <source>Jul</source>
            <translation>juil.</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="327" />
            <source>Jun</source>
            <translation>juin</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="317" />
            <source>Legs (0–7)</source>
            <translation>Jambes (0–7)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="237" />
            <source>Low (below range)</source>
            <translation>Bas (en dessous de la norme)</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="324" />
            <source>Mar</source>
            <translation>mars</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="326" />
            <source>May</source>
            <translation>mai</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/cycle_heatmap.py" line="86" />
            <source>Medicine</source>
            <translation>Médicament</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/figures.py" line="175" />
            <source>Medicines and treatments</source>
            <translation>Médicaments et traitements</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="304" />
            <source>Medicines taken (% of scheduled doses)</source>
            <translation>Médicaments pris (% des prises prévues)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/timeline.py" line="209" />
            <source>No medicines or treatments in this period.</source>
            <translation>Aucun médicament ni traitement dans cette période.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/cycle_heatmap.py" line="47" />
            <source>Nothing logged in these cycles.</source>
            <translation>Rien de noté pendant ces cycles.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="77" />
            <source>Nothing recorded in this period.</source>
            <translation>Rien de noté dans cette période.</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="332" />
            <source>Nov</source>
            <translation>nov.</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="331" />
            <source>Oct</source>
            <translation>oct.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="196" />
            <source>Reference range
(as reported)</source>
            <translation>Norme
(telle que rapportée)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="176" />
            <source>Reference range
{low}–{high} {unit}</source>
            <translation>Norme
{low}–{high} {unit}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="231" />
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="136" />
            <source>Score 0–10</source>
            <translation>Score 0–10</translation>
        </message>
        <message>
            <location filename="../../charts/figures.py" line="330" />
            <source>Sep</source>
            <translation>sept.</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="137" />
            <source>Symptoms (lines: 7-day average)</source>
            <translation>Symptômes (lignes : moyenne sur 7 jours)</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="155" />
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="154" />
            <source>kg</source>
            <translation>kg</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/figures.py" line="196" />
            <source>{day} {month}</source>
            <translation>{day} {month}</translation>
        </message>
        <message>
            <location filename="../../../poems_tracker/charts/panels.py" line="267" />
            <source>{test} (log scale)</source>
            <translation>{test} (échelle log.)</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <location filename="../../ui/widgets/dialogs.py" line="79" />
            <source>Exported files are not encrypted: anyone who opens them can read them. Keep them somewhere private.</source>
            <translation>Les fichiers exportés ne sont pas chiffrés : toute personne qui les ouvre peut les lire. Gardez-les dans un endroit privé.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../domain/schedules.py" line="194" />
            <source>"twice daily" needs exactly two times, like "twice daily at 08:00,20:00".</source>
            <translation>« twice daily » demande exactement deux heures, comme « twice daily at 08:00,20:00 ».</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="304" />
            <source>"{cell}" in value: {reason}</source>
            <translation>« {cell} » dans value : {reason}</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="113" />
            <source>"{cell}" in {column} is not a number (use a point for decimals, e.g. 12.5).</source>
            <translation>« {cell} » dans {column} n'est pas un nombre (utilisez un point pour les décimales, par ex. 12.5).</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="57" />
            <source>"{cell}" in {column} is not a real date; write it as YYYY-MM-DD.</source>
            <translation>« {cell} » dans {column} n'est pas une vraie date ; écrivez-la sous la forme AAAA-MM-JJ (YYYY-MM-DD).</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="88" />
            <source>"{cell}" in {column} is not a time from 00:00 to 23:59 (HH:MM).</source>
            <translation>« {cell} » dans {column} n'est pas une heure de 00:00 à 23:59 (HH:MM).</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="183" />
            <source>"{cell}" in {column} is not one of: {words}.</source>
            <translation>« {cell} » dans {column} n'est pas l'un de : {words}.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="312" />
            <source>"{cell}" in {column}: {reason}</source>
            <translation>« {cell} » dans {column} : {reason}</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="233" />
            <source>"{name}" is not a day name; use Mon, Tue, Wed, Thu, Fri, Sat or Sun.</source>
            <translation>« {name} » n'est pas un nom de jour ; utilisez Mon, Tue, Wed, Thu, Fri, Sat ou Sun.</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="171" />
            <source>"{text}" is not a schedule this program knows; use for example "daily", "weekly on Mon" or "cycle 1-21 of 28".</source>
            <translation>« {text} » n'est pas un rythme que ce programme connaît ; utilisez par exemple « daily », « weekly on Mon » ou « cycle 1-21 of 28 ».</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="61" />
            <source>"{unit}" is not a unit this program knows; choose one from the list, such as mg.</source>
            <extracomment>Units a dose may be written in, with the largest single dose that is still believable.</extracomment>
            <translation>« {unit} » n'est pas une unité que ce programme connaît ; choisissez-en une dans la liste, comme mg.</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="245" />
            <source>A LOINC code looks like 12345-6.</source>
            <translation>Un code LOINC ressemble à 12345-6.</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="213" />
            <source>A cycle can be at most {most} days long.</source>
            <translation>Un cycle dure au plus {most} jours.</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="132" />
            <source>A daily maximum of more than {most} doses is not believable; check the number.</source>
            <translation>Un maximum de plus de {most} prises par jour n'est pas plausible ; vérifiez le nombre.</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="263" />
            <source>A decryption of this folder was interrupted; run decrypt again to finish it first.</source>
            <translation>Un déchiffrement de ce dossier a été interrompu ; lancez de nouveau decrypt pour le terminer d’abord.</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="178" />
            <location filename="../../domain/labs.py" line="212" />
            <source>A lab value cannot be negative.</source>
            <translation>Une valeur d'analyse ne peut pas être négative.</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="153" />
            <source>A medicine cannot stop before it started ({start}).</source>
            <translation>Un médicament ne peut pas s'arrêter avant d'avoir commencé ({start}).</translation>
        </message>
        <message>
            <location filename="../../domain/validation.py" line="72" />
            <source>A note can hold up to {limit} characters; this one has {count}.</source>
            <translation>Une note peut contenir jusqu’à {limit} caractères ; celle-ci en a {count}.</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="194" />
            <location filename="../../domain/labs.py" line="237" />
            <source>A reference limit cannot be negative.</source>
            <translation>Une limite de la norme ne peut pas être négative.</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="191" />
            <source>A reference limit is a number, e.g. 0.4, or empty.</source>
            <translation>Une limite de la norme est un nombre, par ex. 0.4, ou reste vide.</translation>
        </message>
        <message>
            <location filename="../../domain/validation.py" line="49" />
            <source>A score is a whole number from 0 to 10.</source>
            <translation>Un score est un nombre entier de 0 à 10.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_import.py" line="144" />
            <source>A second {name} in one import; import them one at a time.</source>
            <translation>Un second {name} dans une même importation ; importez-les un par un.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="153" />
            <source>A symptom column appears twice.</source>
            <translation>Une colonne de symptôme apparaît deux fois.</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="221" />
            <source>A text result has no unit; leave the unit empty.</source>
            <translation>Un résultat en texte n'a pas d'unité ; laissez l'unité vide.</translation>
        </message>
        <message>
            <location filename="../../store/labs.py" line="34" />
            <source>A {test} result for {day} is already stored.</source>
            <translation>Un résultat de {test} pour le {day} est déjà enregistré.</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="168" />
            <source>All five tasks are prevented: please say whether any purposeful arm movement is left.</source>
            <translation>Les cinq tâches sont impossibles : dites s'il reste un mouvement volontaire des bras.</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="142" />
            <source>An as-needed schedule has no times; write "as needed" or "as needed, max 4 per day".</source>
            <translation>Un traitement « si besoin » n'a pas d'heures ; écrivez « as needed » ou « as needed, max 4 per day ».</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="271" />
            <source>An encryption of this folder was interrupted; run any command with the passphrase to finish it.</source>
            <translation>Un chiffrement de ce dossier a été interrompu ; lancez n’importe quelle commande avec la phrase secrète pour le terminer.</translation>
        </message>
        <message>
            <location filename="../../domain/validation.py" line="42" />
            <source>Answer yes or no.</source>
            <translation>Répondez oui ou non.</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="122" />
            <source>Choose how often the medicine is taken.</source>
            <translation>Choisissez à quelle fréquence le médicament est pris.</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="221" />
            <source>Day {last} is outside a {length}-day cycle.</source>
            <translation>Le jour {last} est en dehors d'un cycle de {length} jours.</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="134" />
            <source>Each arm task is answered unaffected, affected or prevented.</source>
            <translation>Chaque tâche des bras se répond par pas gêné, gêné ou impossible.</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="164" />
            <source>Give the date of the visit.</source>
            <translation>Indiquez la date du rendez-vous.</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="96" />
            <source>Give the medicine a name.</source>
            <translation>Donnez un nom au médicament.</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="208" />
            <source>Give the test a name.</source>
            <translation>Donnez un nom à l'analyse.</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="177" />
            <source>Give the time of the visit, like 10:30.</source>
            <translation>Indiquez l'heure du rendez-vous, comme 10:30.</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="241" />
            <source>List the days in week order, Mon to Sun, each once.</source>
            <translation>Indiquez les jours dans l'ordre de la semaine, de Mon à Sun, une fois chacun.</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="184" />
            <source>List the times from earliest to latest, each once.</source>
            <translation>Indiquez les heures de la plus tôt à la plus tard, une fois chacune.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="411" />
            <source>No appointment on {day} at {time} with "{provider}" is in appointments.csv or stored.</source>
            <translation>Aucun rendez-vous le {day} à {time} avec « {provider} » dans appointments.csv ni parmi ceux enregistrés.</translation>
        </message>
        <message>
            <location filename="../../errors.py" line="62" />
            <location filename="../../store/encryption.py" line="256" />
            <source>No database here ({folder}).</source>
            <translation>Aucune base de données ici ({folder}).</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="167" />
            <source>That day is still to come; a dose can be marked on the day or later.</source>
            <translation>Ce jour n'est pas encore arrivé ; une prise se note le jour même ou après.</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="193" />
            <source>The arm grade {given} does not match the answers, which give {grade}.</source>
            <translation>Le grade des bras {given} ne correspond pas aux réponses, qui donnent {grade}.</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="220" />
            <source>The backup {path} did not match the database and was removed.</source>
            <translation>La sauvegarde {path} ne correspondait pas à la base de données et a été supprimée.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="145" />
            <source>The column "{column}" is no symptom: add it to custom_symptoms.csv or remove it.</source>
            <translation>La colonne « {column} » n'est pas un symptôme : ajoutez-la à custom_symptoms.csv ou supprimez-la.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/write_path.py" line="82" />
            <source>The data folder cannot be written to; nothing of this was saved.</source>
            <translation>Impossible d’écrire dans le dossier de données ; rien de ceci n’a été enregistré.</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="205" />
            <source>The data folder {path} cannot be written to (it is read-only); nothing was changed.</source>
            <translation>Impossible d’écrire dans le dossier de données {path} (il est en lecture seule) ; rien n’a été modifié.</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="216" />
            <source>The database is in use by another program, which did not finish within a few seconds; nothing was changed. Close the other program and try again.</source>
            <translation>La base de données est utilisée par un autre programme, qui n’a pas terminé en quelques secondes ; rien n’a été modifié. Fermez l’autre programme et réessayez.</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="235" />
            <source>The database is in use by another program; close POEMS Tracker and try again.</source>
            <translation>La base de données est utilisée par un autre programme ; fermez POEMS Tracker et réessayez.</translation>
        </message>
        <message>
            <location filename="../../store/database.py" line="210" />
            <source>The database {path} is damaged (problems found by SQLite's check: {count}) and was left untouched.</source>
            <translation>La base de données {path} est endommagée (problèmes trouvés par la vérification de SQLite : {count}) ; elle n'a pas été modifiée.</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="227" />
            <source>The database {path} is damaged and cannot be read ({reason}).</source>
            <translation>La base de données {path} est endommagée et ne peut pas être lue ({reason}).</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="204" />
            <location filename="../../domain/validation.py" line="33" />
            <source>The date is in the future; pick today or an earlier day.</source>
            <translation>La date est dans le futur ; choisissez aujourd'hui ou un jour passé.</translation>
        </message>
        <message>
            <location filename="../../domain/patient_details.py" line="14" />
            <source>The date of birth is in the future; check the year.</source>
            <translation>La date de naissance est dans le futur ; vérifiez l'année.</translation>
        </message>
        <message>
            <location filename="../../domain/patient_details.py" line="16" />
            <source>The date of birth is more than 130 years ago; check the year.</source>
            <translation>La date de naissance remonte à plus de 130 ans ; vérifiez l'année.</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="172" />
            <source>The date {text} is not a real date; write it like 2025-03-14.</source>
            <translation>La date {text} n'est pas une vraie date ; écrivez-la comme 2025-03-14.</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="204" />
            <source>The days between doses must be from 1 to {most}.</source>
            <translation>Le nombre de jours entre les prises va de 1 à {most}.</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="220" />
            <source>The description is too long; keep it under 2000 letters.</source>
            <translation>La description est trop longue ; restez sous 2000 caractères.</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="221" />
            <source>The disk could not be read or written ({reason}); nothing of this was saved, and what was saved before is safe.</source>
            <translation>Le disque n’a pas pu être lu ou écrit ({reason}) ; rien de ceci n’a été enregistré, et ce qui l’avait été avant est intact.</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="200" />
            <location filename="../../ui/shell/write_path.py" line="73" />
            <source>The disk is full or cannot be written; nothing of this was saved, and what was saved before is safe. Free some space and try again.</source>
            <extracomment>How long a command waits for another program's write to finish before giving up.</extracomment>
            <translation>Le disque est plein ou ne peut pas être écrit ; rien de ceci n’a été enregistré, et ce qui l’avait été avant est en sécurité. Libérez de la place et réessayez.</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="70" />
            <source>The dose must be more than 0.</source>
            <translation>La dose doit être supérieure à 0.</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="213" />
            <source>The end date comes before the start date; check the dates.</source>
            <translation>La date de fin précède la date de début ; vérifiez les dates.</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="196" />
            <source>The end time {text} is not a time of day; write it like 11:00.</source>
            <translation>L'heure de fin {text} n'est pas une heure ; écrivez-la comme 11:00.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="193" />
            <location filename="../../exchange/csv_rows.py" line="436" />
            <source>The end_date {end} is before the start_date {start}.</source>
            <translation>La end_date {end} précède la start_date {start}.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="366" />
            <source>The end_time {end} is before the time {start}.</source>
            <translation>Le end_time {end} précède le time {start}.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_format.py" line="274" />
            <location filename="../../exchange/csv_import.py" line="224" />
            <source>The file is empty; it needs at least its header line.</source>
            <translation>Le fichier est vide ; il lui faut au moins sa ligne d'en-tête.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_format.py" line="228" />
            <source>The file is not UTF-8 text (unreadable bytes on this line); save it as "CSV UTF-8" and try again.</source>
            <translation>Le fichier n'est pas du texte UTF-8 (octets illisibles sur cette ligne) ; enregistrez-le en « CSV UTF-8 » et réessayez.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_format.py" line="269" />
            <source>The file is {size} MB; files larger than {limit} MB are not imported.</source>
            <translation>Le fichier fait {size} Mo ; les fichiers de plus de {limit} Mo ne sont pas importés.</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="64" />
            <source>The file {name}, set aside earlier as damaged, cannot be read, so it cannot be decrypted: move it out of {folder} (keep it if you hope to rescue something from it) or delete it, then try again. Nothing was changed.</source>
            <translation>Le fichier {name}, mis de côté plus tôt parce qu’il était endommagé, ne peut pas être lu ; il ne peut donc pas être déchiffré : déplacez-le hors de {folder} (gardez-le si vous espérez en récupérer quelque chose) ou supprimez-le, puis réessayez. Rien n’a été changé.</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="58" />
            <source>The file {name}, set aside earlier as damaged, cannot be read, so it cannot be encrypted: move it out of {folder} (keep it if you hope to rescue something from it) or delete it, then try again. Nothing was changed.</source>
            <extracomment>Why a file set aside as damaged stops encryption or decryption: whole sentences, so that each language can word them (a participle put into one sentence could not be translated).</extracomment>
            <translation>Le fichier {name}, mis de côté plus tôt parce qu’il était endommagé, ne peut pas être lu ; il ne peut donc pas être chiffré : déplacez-le hors de {folder} (gardez-le si vous espérez en récupérer quelque chose) ou supprimez-le, puis réessayez. Rien n’a été changé.</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="118" />
            <source>The file {path} cannot be opened ({reason}).</source>
            <translation>Le fichier {path} ne peut pas être ouvert ({reason}).</translation>
        </message>
        <message>
            <location filename="../../store/cipher.py" line="148" />
            <source>The file {path} cannot be opened with the key of this data folder; it is damaged or belongs to another folder.</source>
            <translation>Le fichier {path} ne peut pas être ouvert avec la clé de ce dossier de données ; il est endommagé ou appartient à un autre dossier.</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="212" />
            <source>The file {path} cannot be opened with this key; it is damaged or belongs to another folder. Nothing was changed.</source>
            <translation>Le fichier {path} ne peut pas être ouvert avec cette clé ; il est endommagé ou appartient à un autre dossier. Rien n’a été changé.</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="106" />
            <source>The file {path} cannot be read ({reason}).</source>
            <extracomment>Copies taken before a restore, import or migration are kept this long whatever the rest.</extracomment>
            <translation>Le fichier {path} ne peut pas être lu ({reason}).</translation>
        </message>
        <message>
            <location filename="../../store/database.py" line="188" />
            <source>The file {path} is a database of another program, not a POEMS Tracker database.</source>
            <translation>Le fichier {path} est une base de données d’un autre programme, pas une base de données de POEMS Tracker.</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="147" />
            <source>The file {path} is damaged ({reason}).</source>
            <translation>Le fichier {path} est endommagé ({reason}).</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="126" />
            <source>The file {path} is damaged.</source>
            <translation>Le fichier {path} est endommagé.</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="112" />
            <location filename="../../store/backup.py" line="140" />
            <source>The file {path} is not a POEMS Tracker backup.</source>
            <translation>Le fichier {path} n’est pas une sauvegarde de POEMS Tracker.</translation>
        </message>
        <message>
            <location filename="../../store/database.py" line="196" />
            <source>The file {path} is not a POEMS Tracker database.</source>
            <translation>Le fichier {path} n’est pas une base de données de POEMS Tracker.</translation>
        </message>
        <message>
            <location filename="../../store/database.py" line="238" />
            <source>The file {path} is not a database; it was left untouched.</source>
            <translation>Le fichier {path} n’est pas une base de données ; il a été laissé tel quel.</translation>
        </message>
        <message>
            <location filename="../../store/restore.py" line="70" />
            <source>The file {path} is the database itself, not a backup.</source>
            <extracomment>A restore gives up (nothing changed) when another program holds the database this long.</extracomment>
            <translation>Le fichier {path} est la base de données elle-même, pas une sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="131" />
            <source>The file {path} was written by a newer version of POEMS Tracker; please update the program first.</source>
            <translation>Le fichier {path} a été écrit par une version plus récente de POEMS Tracker ; mettez d’abord le programme à jour.</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="217" />
            <source>The first medicine day of the cycle must not come after the last one.</source>
            <translation>Le premier jour de médicament du cycle ne doit pas venir après le dernier.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="60" />
            <source>The header must be exactly: {columns}.</source>
            <translation>L'en-tête doit être exactement : {columns}.</translation>
        </message>
        <message>
            <location filename="../../domain/patient_details.py" line="17" />
            <source>The hospital number is longer than {limit} characters; check it on a letter.</source>
            <translation>Le numéro d'hôpital dépasse {limit} caractères ; vérifiez-le sur un courrier.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="103" />
            <source>The key "{key}" is not allowed: use lower-case letters, digits and _, start with a letter, and no built-in name.</source>
            <translation>La clé « {key} » n'est pas permise : lettres minuscules, chiffres et _, commençant par une lettre, et pas un nom prédéfini.</translation>
        </message>
        <message>
            <location filename="../../store/keys.py" line="192" />
            <source>The key file keys.json is damaged; the records cannot be opened.</source>
            <translation>Le fichier de clés keys.json est endommagé ; les données ne peuvent pas être ouvertes.</translation>
        </message>
        <message>
            <location filename="../../store/keys.py" line="216" />
            <location filename="../../store/keys.py" line="221" />
            <source>The key file {path} is damaged; the records cannot be opened.</source>
            <translation>Le fichier de clés {path} est endommagé ; les données ne peuvent pas être ouvertes.</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="111" />
            <source>The last day comes before the first day; check the dates.</source>
            <translation>Le dernier jour précède le premier ; vérifiez les dates.</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="183" />
            <source>The leg answer is a whole number from {low} to {high}.</source>
            <translation>La réponse pour les jambes est un nombre entier de {low} à {high}.</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="101" />
            <source>The name is too long; keep it under {most} letters.</source>
            <translation>Le nom est trop long ; restez sous {most} caractères.</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="156" />
            <source>The question about purposeful arm movement is only answered when all five tasks are prevented.</source>
            <translation>La question sur le mouvement volontaire des bras ne se pose que si les cinq tâches sont impossibles.</translation>
        </message>
        <message>
            <location filename="../../store/cipher.py" line="67" />
            <source>The records are encrypted; give the passphrase or the recovery key first.</source>
            <extracomment>Asks for the secret that opens a keys file (the command line prompts on the terminal or reads --passphrase-file); returns the data key or raises a PoemsError.</extracomment>
            <translation>Les données sont chiffrées ; donnez d’abord la phrase secrète ou la clé de secours.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/write_path.py" line="62" />
            <source>The records are in use by another program; nothing of this was saved. Try again in a moment.</source>
            <extracomment>Where a failure is said: a status line of the page, a function taking the sentence, a form's `show` wrapped in `FieldSay` (a `ValidationError` names its field), or None for a message box over PARENT.</extracomment>
            <translation>Les données sont utilisées par un autre programme ; rien de ceci n’a été enregistré. Réessayez dans un instant.</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="259" />
            <source>The records in {folder} are already encrypted.</source>
            <translation>Les données de {folder} sont déjà chiffrées.</translation>
        </message>
        <message>
            <location filename="../../store/keys.py" line="207" />
            <source>The records in {folder} are encrypted, but their key file keys.json is missing; put it back beside tracker.db.</source>
            <translation>Les données de {folder} sont chiffrées, mais leur fichier de clés keys.json manque ; remettez-le à côté de tracker.db.</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="318" />
            <location filename="../../store/encryption.py" line="348" />
            <source>The records in {folder} are not encrypted.</source>
            <translation>Les données de {folder} ne sont pas chiffrées.</translation>
        </message>
        <message>
            <location filename="../../store/keys.py" line="83" />
            <location filename="../../store/keys.py" line="140" />
            <source>The recovery key is not right.</source>
            <extracomment>Crockford's base 32: digits and letters without I, L, O, U (nothing to confuse by hand).</extracomment>
            <translation>La clé de secours n’est pas la bonne.</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="241" />
            <location filename="../../exchange/csv_rows.py" line="319" />
            <source>The reference low is above the high; check the two limits.</source>
            <translation>La limite basse de la norme dépasse la haute ; vérifiez les deux limites.</translation>
        </message>
        <message>
            <location filename="../../store/restore.py" line="93" />
            <source>The restored database does not match the backup {path}.</source>
            <translation>La base de données restaurée ne correspond pas à la sauvegarde {path}.</translation>
        </message>
        <message>
            <location filename="../../store/encryption.py" line="196" />
            <source>The rewritten copy of {path} did not match it; nothing was changed.</source>
            <translation>La copie réécrite de {path} ne lui correspondait pas ; rien n’a été changé.</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="125" />
            <source>The schedule has extra spaces; write it like "daily at 08:00,20:00".</source>
            <translation>Le rythme contient des espaces en trop ; écrivez-le comme « daily at 08:00,20:00 ».</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="118" />
            <source>The symptom "{key}" already has values as {stored}; its kind cannot change to {kind}.</source>
            <translation>Le symptôme « {key} » a déjà des valeurs de type {stored} ; son type ne peut pas devenir {kind}.</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="185" />
            <source>The time {text} is not a time of day; write it like 10:30.</source>
            <translation>L'heure {text} n'est pas une heure ; écrivez-la comme 10:30.</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="148" />
            <location filename="../../domain/appointments.py" line="205" />
            <source>The visit ends before it starts; check the end time.</source>
            <translation>Le rendez-vous finit avant de commencer ; vérifiez l'heure de fin.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="39" />
            <source>The {column} cell is empty; it is needed.</source>
            <translation>La cellule {column} est vide ; elle est nécessaire.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="106" />
            <source>The {column} cell is empty; it needs a number.</source>
            <translation>La cellule {column} est vide ; il faut un nombre.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="148" />
            <source>The {column} cell is empty; it needs a whole number from {low} to {high}.</source>
            <translation>La cellule {column} est vide ; il faut un nombre entier de {low} à {high}.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="49" />
            <source>The {column} cell is empty; write a date as YYYY-MM-DD.</source>
            <translation>La cellule {column} est vide ; écrivez une date sous la forme AAAA-MM-JJ (YYYY-MM-DD).</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="80" />
            <source>The {column} cell is empty; write a time as HH:MM.</source>
            <translation>La cellule {column} est vide ; écrivez une heure sous la forme HH:MM.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="64" />
            <source>The {column} {cell} is after today; only days that have happened can have records here.</source>
            <translation>La {column} {cell} est après aujourd'hui ; seuls des jours passés peuvent avoir des relevés ici.</translation>
        </message>
        <message>
            <location filename="../../store/appointments.py" line="119" />
            <source>There is already a visit with {provider} at that date and time.</source>
            <translation>Il y a déjà un rendez-vous avec {provider} à cette date et cette heure.</translation>
        </message>
        <message>
            <location filename="../../store/medications.py" line="308" />
            <source>There is already an event of this kind starting on {day}.</source>
            <translation>Un événement de ce type commence déjà le {day}.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="265" />
            <source>There is no medicine called "{name}" in medications.csv or among the stored ones.</source>
            <translation>Aucun médicament nommé « {name} » dans medications.csv ni parmi ceux enregistrés.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_import.py" line="133" />
            <source>There is no such file or folder.</source>
            <translation>Ce fichier ou ce dossier n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../domain/validation.py" line="86" />
            <source>There is no symptom called {key}.</source>
            <translation>Il n'y a pas de symptôme nommé {key}.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="222" />
            <source>This course of {name} overlaps the one that starts on {other}; courses of one medicine never overlap.</source>
            <translation>Cette période de {name} chevauche celle qui commence le {other} ; les périodes d'un même médicament ne se chevauchent jamais.</translation>
        </message>
        <message>
            <location filename="../../store/database.py" line="178" />
            <source>This database was written by a newer version of POEMS Tracker (schema {found}, this program knows up to {known}); please update the program.</source>
            <translation>Cette base de données a été écrite par une version plus récente de POEMS Tracker (schéma {found}, ce programme connaît jusqu’au {known}) ; mettez le programme à jour.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_import.py" line="126" />
            <source>This is not one of the files import reads ({names}).</source>
            <extracomment>Progress is reported every this many records.</extracomment>
            <translation>Ce n'est pas l'un des fichiers que l'importation lit ({names}).</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_format.py" line="256" />
            <source>This line cannot be read as CSV ({reason}).</source>
            <translation>Cette ligne ne peut pas être lue comme du CSV ({reason}).</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_format.py" line="212" />
            <source>This line is longer than {limit} MB; the file is not a POEMS Tracker CSV file.</source>
            <extracomment>File name -&gt; its columns, in the order of interfaces.md. symptoms.csv also takes custom symptom columns between `swelling` and `weight_kg`. The order import reads files in: a file may refer to records of a file read before it. Files larger than this are refused up front, with the limit named; ten years of records take about 2 MB, so this leaves room for decades while keeping an import quick. One physical line may not be longer than this (a file without line breaks is not ours). The longest cell read: a note at the domain's limit, plus room for its escape character.</extracomment>
            <translation>Cette ligne dépasse {limit} Mo ; le fichier n'est pas un fichier CSV de POEMS Tracker.</translation>
        </message>
        <message>
            <location filename="../../store/medications.py" line="136" />
            <source>This medicine has recorded doses; stop it instead, or delete its doses too.</source>
            <translation>Ce médicament a des prises enregistrées ; arrêtez-le plutôt, ou supprimez aussi ses prises.</translation>
        </message>
        <message>
            <location filename="../../store/medications.py" line="103" />
            <location filename="../../store/medications.py" line="115" />
            <location filename="../../store/medications.py" line="230" />
            <source>This medicine is no longer stored; it may have been deleted.</source>
            <translation>Ce médicament n'est plus enregistré ; il a peut-être été supprimé.</translation>
        </message>
        <message>
            <location filename="../../store/labs.py" line="141" />
            <source>This result breaks a rule of the database and was not stored ({reason}).</source>
            <translation>Ce résultat enfreint une règle de la base de données et n'a pas été enregistré ({reason}).</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_import.py" line="267" />
            <source>This row cannot be stored ({reason}).</source>
            <translation>Cette ligne ne peut pas être enregistrée ({reason}).</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="85" />
            <source>This row has the same {key} as line {line}; each may appear once.</source>
            <translation>Cette ligne a la même {key} que la ligne {line} ; chacune ne peut apparaître qu'une fois.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_import.py" line="258" />
            <source>This row has {cells} cells; the header has {columns}.</source>
            <translation>Cette ligne a {cells} cellules ; l'en-tête en a {columns}.</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="215" />
            <source>This test has a text result, not a number.</source>
            <translation>Cette analyse a un résultat en texte, pas un nombre.</translation>
        </message>
        <message>
            <location filename="../../store/appointments.py" line="140" />
            <source>This visit cannot be stored: {reason}.</source>
            <translation>Ce rendez-vous ne peut pas être enregistré : {reason}.</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="198" />
            <source>This would be dose {number} of {name} today; the most you set is {most} a day. Record it anyway?</source>
            <translation>Ce serait la prise {number} de {name} aujourd'hui ; le maximum que vous avez fixé est {most} par jour. L'enregistrer quand même ?</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="176" />
            <location filename="../../domain/labs.py" line="218" />
            <source>Type a number, e.g. 12.5 or &lt;0.1.</source>
            <translation>Tapez un nombre, par ex. 12.5 ou &lt;0.1.</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="210" />
            <source>Type a value or leave the row out.</source>
            <translation>Tapez une valeur ou laissez la ligne de côté.</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="158" />
            <source>Type the result as written on the report.</source>
            <translation>Tapez le résultat tel qu'il est écrit sur le compte rendu.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_rows.py" line="55" />
            <source>Unknown column "{column}"; the columns of {file} are: {columns}.</source>
            <extracomment>lower-case user lab test name -&gt; 'numeric'/'text', for tests new in this import</extracomment>
            <translation>Colonne inconnue « {column} » ; les colonnes de {file} sont : {columns}.</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="171" />
            <source>Use a point for decimals, e.g. 12.5, and no thousands separator.</source>
            <translation>Utilisez un point pour les décimales, par ex. 12.5, et pas de séparateur de milliers.</translation>
        </message>
        <message>
            <location filename="../../domain/validation.py" line="60" />
            <source>Weight must be between {low} and {high} kg.</source>
            <translation>Le poids doit être entre {low} et {high} kg.</translation>
        </message>
        <message>
            <location filename="../../domain/patient_details.py" line="15" />
            <source>Write the date of birth as year-month-day, for example 1961-04-02.</source>
            <translation>Écrivez la date de naissance sous la forme année-mois-jour, par exemple 1961-04-02.</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="213" />
            <source>Write the question first.</source>
            <translation>Écrivez d'abord la question.</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="168" />
            <source>Write the schedule's words in lower case, like "weekly on Mon".</source>
            <translation>Écrivez les mots du rythme en minuscules, comme « weekly on Mon ».</translation>
        </message>
        <message>
            <location filename="../../domain/schedules.py" line="155" />
            <source>Write times as HH:MM (24 hours) separated by commas, like "at 08:00,20:00".</source>
            <translation>Écrivez les heures en HH:MM (24 heures) séparées par des virgules, comme « at 08:00,20:00 ».</translation>
        </message>
        <message>
            <location filename="../../store/appointments.py" line="208" />
            <source>You already noted this question that day.</source>
            <translation>Vous avez déjà noté cette question ce jour-là.</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="209" />
            <source>You have no permission to use {path}; nothing was changed. It may belong to another user.</source>
            <translation>Vous n’avez pas l’autorisation d’utiliser {path} ; rien n’a été modifié. Il appartient peut-être à un autre utilisateur.</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="144" />
            <source>You said there are no symptoms in your arms, yet a task is affected; change one of the two.</source>
            <translation>Vous avez dit n'avoir aucun symptôme dans les bras, mais une tâche est gênée ; changez l'une des deux réponses.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="162" />
            <source>{column} must be a whole number from {low} to {high}; it is "{cell}".</source>
            <translation>{column} doit être un nombre entier de {low} à {high} ; c'est « {cell} ».</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="123" />
            <source>{column} must be above {limit}; it is {cell}.</source>
            <translation>{column} doit être supérieur à {limit} ; c'est {cell}.</translation>
        </message>
        <message>
            <location filename="../../exchange/csv_cells.py" line="131" />
            <source>{column} must be between {low} and {high}; it is {cell}.</source>
            <translation>{column} doit être entre {low} et {high} ; c'est {cell}.</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="75" />
            <source>{dose} {unit} at once is not believable; check the number.</source>
            <translation>{dose} {unit} en une fois n'est pas plausible ; vérifiez le nombre.</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="120" />
            <source>{name} is already recorded from {start}; a course of the same medicine cannot overlap it. Stop that one first.</source>
            <translation>{name} est déjà noté depuis le {start} ; une période du même médicament ne peut pas le chevaucher. Arrêtez d'abord celle-là.</translation>
        </message>
        <message>
            <location filename="../../domain/medication_rules.py" line="183" />
            <source>{name} was not being taken on {day}. Record the dose anyway?</source>
            <translation>{name} n'était pas pris le {day}. Enregistrer la prise quand même ?</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="226" />
            <source>{path} does not exist; nothing was changed.</source>
            <translation>{path} n’existe pas ; rien n’a été modifié.</translation>
        </message>
        <message>
            <location filename="../../store/backup.py" line="197" />
            <source>{path} is a folder; give a file name for the backup.</source>
            <translation>{path} est un dossier ; donnez un nom de fichier pour la sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../errors.py" line="52" />
            <source>{path} is a symbolic link; POEMS Tracker does not follow links in its data folder, so nothing was changed.</source>
            <translation>{path} est un lien symbolique ; POEMS Tracker ne suit pas les liens dans son dossier de données, donc rien n’a été modifié.</translation>
        </message>
        <message>
            <location filename="../../store/sqlite_files.py" line="213" />
            <source>{path} is not a folder (a file of that name is in the way); nothing was changed.</source>
            <translation>{path} n’est pas un dossier (un fichier de ce nom est en travers du chemin) ; rien n’a été modifié.</translation>
        </message>
        <message>
            <location filename="../../domain/labs.py" line="227" />
            <source>{test} is not measured in "{unit}"; use one of: {units}.</source>
            <translation>{test} ne se mesure pas en « {unit} » ; utilisez l'une de : {units}.</translation>
        </message>
    </context>
    <context>
        <name>events</name>
        <message>
            <location filename="../../charts/timeline.py" line="25" />
            <location filename="../../domain/markers.py" line="47" />
            <location filename="../../domain/medication_catalog.py" line="196" />
            <source>Chemotherapy</source>
            <translation>Chimiothérapie</translation>
        </message>
        <message>
            <location filename="../../charts/timeline.py" line="22" />
            <location filename="../../domain/medication_catalog.py" line="193" />
            <source>Diagnosis</source>
            <extracomment>Treatment event kinds in plain words (context "events"), in the order the window lists them.</extracomment>
            <translation>Diagnostic</translation>
        </message>
        <message>
            <location filename="../../charts/timeline.py" line="26" />
            <location filename="../../domain/medication_catalog.py" line="197" />
            <source>Hospital stay</source>
            <translation>Hospitalisation</translation>
        </message>
        <message>
            <location filename="../../charts/timeline.py" line="28" />
            <location filename="../../domain/medication_catalog.py" line="199" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../../charts/timeline.py" line="27" />
            <location filename="../../domain/markers.py" line="48" />
            <location filename="../../domain/medication_catalog.py" line="198" />
            <source>Procedure</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <location filename="../../charts/timeline.py" line="24" />
            <location filename="../../domain/markers.py" line="46" />
            <location filename="../../domain/medication_catalog.py" line="195" />
            <source>Radiotherapy</source>
            <translation>Radiothérapie</translation>
        </message>
        <message>
            <location filename="../../charts/timeline.py" line="23" />
            <location filename="../../domain/markers.py" line="45" />
            <location filename="../../domain/medication_catalog.py" line="194" />
            <source>Stem cell transplant</source>
            <extracomment>The treatment kinds in words (same texts and context as the charts' event labels).</extracomment>
            <translation>Greffe de cellules souches</translation>
        </message>
    </context>
    <context>
        <name>function</name>
        <message>
            <location filename="../../domain/function_check.py" line="35" />
            <source>Affected, still possible</source>
            <translation>Gêné, encore possible</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="61" />
            <source>Any symptoms in your arms or hands at all?</source>
            <translation>Avez-vous le moindre symptôme dans les bras ou les mains ?</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="62" />
            <source>Can you still make any purposeful movement with your arms?</source>
            <translation>Pouvez-vous encore faire un mouvement volontaire avec les bras ?</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="28" />
            <source>Doing up buttons and zips</source>
            <translation>Fermer boutons et fermetures éclair</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="24" />
            <source>Dressing the upper body (not buttons)</source>
            <extracomment>The five arm tasks in the order of the page and of function.csv: (field, plain words).</extracomment>
            <translation>S'habiller le haut du corps (sans les boutons)</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="48" />
            <source>I am in bed or a chair most of the day, with no purposeful leg movement</source>
            <translation>Je suis au lit ou au fauteuil presque toute la journée, sans mouvement volontaire des jambes</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="45" />
            <source>I need support on both sides to walk 10 metres</source>
            <translation>J'ai besoin d'un appui des deux côtés pour marcher 10 mètres</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="44" />
            <source>I need support on one side (stick, crutch, an arm) to walk 10 metres</source>
            <translation>J'ai besoin d'un appui d'un côté (canne, béquille, un bras) pour marcher 10 mètres</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="47" />
            <source>I use a wheelchair and cannot stand or walk a few steps with help</source>
            <translation>J'utilise un fauteuil roulant et ne peux ni me lever ni faire quelques pas avec de l'aide</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="46" />
            <source>I use a wheelchair, but can stand and walk a few steps with help</source>
            <translation>J'utilise un fauteuil roulant, mais je peux me lever et faire quelques pas avec de l'aide</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="43" />
            <source>I walk on my own, but my walk looks different</source>
            <translation>Je marche seul(e), mais ma démarche paraît différente</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="65" />
            <source>Inspired by the ONLS — a record for your doctor, not an assessment.</source>
            <translation>Inspiré de l'ONLS — un relevé pour votre médecin, pas une évaluation.</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="34" />
            <source>Not affected</source>
            <extracomment>Plain words for each answer to a task.</extracomment>
            <translation>Pas gêné</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="36" />
            <source>Prevented</source>
            <translation>Impossible</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="26" />
            <source>Turning a key in a lock</source>
            <translation>Tourner une clé dans une serrure</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="27" />
            <source>Using a knife and fork (or a spoon)</source>
            <translation>Utiliser couteau et fourchette (ou une cuillère)</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="42" />
            <source>Walking is affected, but my walk looks normal</source>
            <translation>La marche est gênée, mais ma démarche paraît normale</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="41" />
            <source>Walking, running and stairs are not affected</source>
            <extracomment>The one leg answer, index = leg grade 0–7.</extracomment>
            <translation>Marcher, courir et monter les escaliers ne sont pas gênés</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="25" />
            <source>Washing and brushing your hair</source>
            <translation>Se laver et se coiffer les cheveux</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="55" />
            <source>a task affected, none prevented</source>
            <translation>une tâche gênée, aucune impossible</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="57" />
            <source>all five prevented, some purposeful arm movement left</source>
            <translation>les cinq impossibles, encore un peu de mouvement volontaire des bras</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="56" />
            <source>at least one task prevented, not all</source>
            <translation>au moins une tâche impossible, pas toutes</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="58" />
            <source>no purposeful arm movement</source>
            <translation>aucun mouvement volontaire des bras</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="53" />
            <source>no symptoms in the arms</source>
            <extracomment>What each arm grade means, in plain words, index = arm grade 0–5.</extracomment>
            <translation>aucun symptôme dans les bras</translation>
        </message>
        <message>
            <location filename="../../domain/function_check.py" line="54" />
            <source>symptoms, but no task affected</source>
            <translation>des symptômes, mais aucune tâche gênée</translation>
        </message>
    </context>
    <context>
        <name>lab_reports</name>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="152" />
            <source>Lab reports are read from .pdf, .txt or .json files.</source>
            <translation>Les comptes rendus sont lus dans des fichiers .pdf, .txt ou .json.</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="165" />
            <source>The file cannot be opened ({reason}).</source>
            <translation>Le fichier ne peut pas être ouvert ({reason}).</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="85" />
            <source>The file is empty.</source>
            <translation>Le fichier est vide.</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="97" />
            <source>The file is not UTF-8 text; save it as UTF-8 and try again.</source>
            <translation>Le fichier n'est pas du texte UTF-8 ; enregistrez-le en UTF-8 et réessayez.</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="77" />
            <source>The file is {size} MB; files larger than {limit} MB are not read.</source>
            <translation>Le fichier fait {size} Mo ; les fichiers de plus de {limit} Mo ne sont pas lus.</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="144" />
            <source>There is no such file or folder.</source>
            <translation>Ce fichier ou ce dossier n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="65" />
            <source>This JSON file is not FHIR (it has no resourceType).</source>
            <translation>Ce fichier JSON n'est pas du FHIR (il n'a pas de resourceType).</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/pdf_text.py" line="61" />
            <source>This PDF cannot be read; it may be damaged.</source>
            <translation>Ce PDF ne peut pas être lu ; il est peut-être endommagé.</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/pdf_text.py" line="65" />
            <source>This PDF has no text, only images (a scan); copy the values by hand or ask the lab for a PDF with text.</source>
            <translation>Ce PDF ne contient pas de texte, seulement des images (un scan) ; recopiez les valeurs à la main ou demandez au laboratoire un PDF avec du texte.</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/pdf_text.py" line="38" />
            <source>This PDF has {pages} pages; lab reports of more than {limit} pages are not read.</source>
            <translation>Ce PDF a {pages} pages ; les comptes rendus de plus de {limit} pages ne sont pas lus.</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/pdf_text.py" line="30" />
            <location filename="../../exchange/lab_reports/pdf_text.py" line="55" />
            <source>This PDF is locked with a password; save it without one and try again.</source>
            <extracomment>A lab report is a few pages; a longer PDF is something else (and would take long).</extracomment>
            <translation>Ce PDF est protégé par un mot de passe ; enregistrez-le sans mot de passe et réessayez.</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="106" />
            <source>This file is not JSON, so it cannot be FHIR.</source>
            <translation>Ce fichier n'est pas du JSON, il ne peut donc pas être du FHIR.</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/__init__.py" line="56" />
            <source>This text is longer than a lab report can be (more than {limit} lines or {size} MB), so it is not read.</source>
            <extracomment>The same limit as the CSV import: larger files are refused before a byte is read. A lab report's text is a few pages; more lines than this is not a lab report, and reading it line by line would keep the patient waiting (about 0.3 ms a line).</extracomment>
            <translation>Ce texte est plus long qu'un compte rendu d'analyses ne peut l'être (plus de {limit} lignes ou {size} Mo) ; il n'est donc pas lu.</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="208" />
            <location filename="../../exchange/lab_reports/text_reader.py" line="151" />
            <source>a negative value</source>
            <translation>une valeur négative</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="183" />
            <source>a second number ({number}) on the line</source>
            <translation>un second nombre ({number}) sur la ligne</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="88" />
            <source>a {kind} resource holds no lab result</source>
            <translation>une ressource {kind} ne contient aucun résultat d'analyse</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/model.py" line="203" />
            <source>another line gives a different {test} for {date}</source>
            <extracomment>The translation context of TEMPLATE: "lab_reports", or "errors" for domain checks. Why the document gives no certain date (a template and its fields), when day is None. Files that are not lab reports, left alone (in a folder).</extracomment>
            <translation>une autre ligne donne un autre résultat de {test} pour le {date}</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="207" />
            <source>no unit</source>
            <translation>pas d'unité</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="189" />
            <location filename="../../exchange/lab_reports/text_reader.py" line="148" />
            <source>serum or plasma is not said</source>
            <translation>sérum ou plasma n'est pas précisé</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="205" />
            <source>the comparator {sign} cannot be stored</source>
            <translation>le comparateur {sign} ne peut pas être enregistré</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/words.py" line="155" />
            <source>the date {date} could be {one} or {other}; give --date</source>
            <translation>la date {date} peut être le {one} ou le {other} ; indiquez --date</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="302" />
            <source>the lab's flag does not fit the value and the range</source>
            <translation>le signalement du laboratoire ne correspond pas à la valeur et à l'intervalle</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/words.py" line="64" />
            <source>the number {number} could be read in two ways</source>
            <translation>le nombre {number} peut se lire de deux façons</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="222" />
            <source>the range is in another unit than the value</source>
            <translation>l'intervalle est dans une autre unité que la valeur</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="212" />
            <source>the range {low}–{high} is upside down</source>
            <translation>l'intervalle {low}–{high} est à l'envers</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="384" />
            <source>the report does not say when the sample was taken; give --date</source>
            <translation>le compte rendu ne dit pas quand le prélèvement a été fait ; indiquez --date</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="380" />
            <source>the report gives two sample dates ({dates}); give --date</source>
            <extracomment>A result line (even two results side by side) is short; a longer line is prose or noise, and skipping it keeps a large file from taking long.</extracomment>
            <translation>le compte rendu donne deux dates de prélèvement ({dates}) ; indiquez --date</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="106" />
            <source>the report refers to a result that is not in the file</source>
            <translation>le compte rendu renvoie à un résultat absent du fichier</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="233" />
            <source>the result has no date (effectiveDateTime)</source>
            <translation>le résultat n'a pas de date (effectiveDateTime)</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="201" />
            <source>the result has no number</source>
            <translation>le résultat n'a pas de nombre</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="230" />
            <source>the result has no value this program can store</source>
            <translation>le résultat n'a pas de valeur que ce programme puisse enregistrer</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="170" />
            <source>the result is marked {status}</source>
            <translation>le résultat est marqué {status}</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="143" />
            <source>the value does not follow the test's name</source>
            <translation>la valeur ne suit pas le nom de l'analyse</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="189" />
            <source>the words {words} are not understood</source>
            <translation>les mots « {words} » ne sont pas compris</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/text_reader.py" line="192" />
            <source>two units on one line ({units})</source>
            <translation>deux unités sur une ligne ({units})</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="214" />
            <location filename="../../exchange/lab_reports/text_reader.py" line="269" />
            <source>unit {unit} is not one of {units}</source>
            <translation>l'unité {unit} n'est pas l'une de : {units}</translation>
        </message>
        <message>
            <location filename="../../exchange/lab_reports/fhir_reader.py" line="184" />
            <location filename="../../exchange/lab_reports/text_reader.py" line="132" />
            <location filename="../../exchange/lab_reports/text_reader.py" line="335" />
            <source>{name} is not a test of the program's list</source>
            <extracomment>What may stand between a name and its value: specimen words, brackets, punctuation.</extracomment>
            <translation>{name} ne fait pas partie de la liste des analyses du programme</translation>
        </message>
    </context>
    <context>
        <name>labs</name>
        <message>
            <location filename="../../domain/lab_catalog.py" line="487" />
            <source>90 or more is normal; 60–89 mildly reduced; below 60 reduced.</source>
            <translation>90 ou plus est normal ; 60–89 légèrement diminué ; moins de 60 diminué.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="338" />
            <source>A pituitary hormone; raised levels are a POEMS endocrine change.</source>
            <translation>Hormone de l'hypophyse ; un taux élevé est une atteinte hormonale du POEMS.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="183" />
            <source>A text result; normal is "no monoclonal protein detected".</source>
            <translation>Un résultat en texte ; normal : « absence de protéine monoclonale ».</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="475" />
            <source>A waste product cleared by the kidneys; shows kidney function.</source>
            <translation>Un déchet éliminé par les reins ; reflète le fonctionnement des reins.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="129" />
            <source>An antibody class; the POEMS clone often makes IgA or IgG.</source>
            <translation>Une classe d'anticorps ; le clone du POEMS produit souvent des IgA ou des IgG.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="427" />
            <source>Average blood sugar over about three months, as a percentage.</source>
            <translation>Glycémie moyenne des trois derniers mois environ, en pourcentage.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="414" />
            <source>Average blood sugar over about three months.</source>
            <translation>Glycémie moyenne des trois derniers mois environ.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="235" />
            <location filename="../../domain/lab_catalog.py" line="250" />
            <location filename="../../domain/lab_catalog.py" line="405" />
            <location filename="../../domain/lab_catalog.py" line="420" />
            <source>Blood (EDTA)</source>
            <translation>Sang (EDTA)</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="399" />
            <source>Blood sugar after not eating; diabetes can come with POEMS.</source>
            <translation>Glycémie à jeun ; un diabète peut accompagner le POEMS.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="449" />
            <source>Calcium (total)</source>
            <translation>Calcium total</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="457" />
            <source>Calcium in the blood; bones and nerves depend on it.</source>
            <translation>Le calcium du sang ; les os et les nerfs en dépendent.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="257" />
            <source>Carries oxygen in red cells; a high value (polycythaemia) is a POEMS feature.</source>
            <translation>Transporte l'oxygène dans les globules rouges ; une valeur élevée (polyglobulie) est un signe du POEMS.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="242" />
            <source>Clotting cells; a high count (thrombocytosis) is a POEMS feature.</source>
            <translation>Cellules de la coagulation ; un nombre élevé (thrombocytose) est un signe du POEMS.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="377" />
            <source>Cortisol</source>
            <translation>Cortisol</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="462" />
            <source>Creatinine</source>
            <translation>Créatinine</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="488" />
            <source>Estimated kidney filtering rate; used to dose some medicines.</source>
            <translation>Débit de filtration des reins estimé ; sert à doser certains médicaments.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="309" />
            <source>Estradiol</source>
            <translation>Œstradiol</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="360" />
            <source>FSH</source>
            <translation>FSH</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="321" />
            <source>Female sex hormone; can be raised in men with POEMS.</source>
            <translation>Hormone sexuelle féminine ; peut être élevée chez l'homme atteint de POEMS.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="316" />
            <source>For women it depends on the cycle (after menopause below 145 pmol/L); copy it from the report.</source>
            <translation>Chez la femme, elle dépend du cycle (après la ménopause, moins de 145 pmol/L) ; recopiez-la du compte rendu.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="134" />
            <source>For women the range depends on the phase of the cycle; copy it from the report.</source>
            <translation>Chez la femme, les normes dépendent de la phase du cycle ; recopiez-les du compte rendu.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="283" />
            <source>Free T4</source>
            <translation>T4 libre</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="192" />
            <source>Free kappa light chains</source>
            <translation>Chaînes légères libres kappa</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="205" />
            <source>Free lambda light chains</source>
            <translation>Chaînes légères libres lambda</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="391" />
            <source>Glucose (fasting)</source>
            <translation>Glycémie à jeun</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="249" />
            <source>Haemoglobin</source>
            <translation>Hémoglobine</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="404" />
            <source>HbA1c (IFCC)</source>
            <translation>HbA1c (IFCC)</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="419" />
            <source>HbA1c (NGSP/DCCT %)</source>
            <translation>HbA1c (NGSP/DCCT %)</translation>
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
            <translation>Immunofixation sérique</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="226" />
            <source>Kappa divided by lambda; often normal in POEMS.</source>
            <translation>Kappa divisé par lambda ; souvent normal dans le POEMS.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="200" />
            <source>Kappa light chains floating free in the blood.</source>
            <translation>Chaînes légères kappa libres dans le sang.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="218" />
            <source>Kappa/lambda FLC ratio</source>
            <translation>Rapport kappa/lambda des chaînes légères libres</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="343" />
            <source>LH</source>
            <translation>LH</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="213" />
            <source>Lambda light chains; the POEMS clone is almost always lambda.</source>
            <translation>Chaînes légères lambda ; le clone du POEMS est presque toujours lambda.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="161" />
            <source>M-protein (SPEP)</source>
            <translation>Pic monoclonal (électrophorèse des protéines)</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="145" />
            <source>Main marker of POEMS activity; its fall shows the treatment is working.</source>
            <translation>Principal marqueur de l'activité du POEMS ; sa baisse montre que le traitement agit.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="304" />
            <source>Male sex hormone; often low in POEMS (hypogonadism).</source>
            <translation>Hormone sexuelle masculine ; souvent basse dans le POEMS (hypogonadisme).</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="167" />
            <source>None is found in health, so any measurable amount counts; no range is shown.</source>
            <translation>Absent chez les personnes en bonne santé : toute quantité mesurable compte ; aucune norme n'est affichée.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="411" />
            <source>Normal is below 42; 42–47 raised risk; 48 or more suggests diabetes.</source>
            <translation>Normal en dessous de 42 ; 42–47 risque accru ; 48 ou plus évoque un diabète.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="426" />
            <source>Normal is below 6.0 %; 6.5 % or more suggests diabetes.</source>
            <translation>Normal en dessous de 6,0 % ; 6,5 % ou plus évoque un diabète.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="398" />
            <source>Normal is below 6.0 mmol/L; 7.0 or more suggests diabetes.</source>
            <translation>Normal en dessous de 6,0 mmol/L ; 7,0 ou plus évoque un diabète.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="432" />
            <source>PTH (intact)</source>
            <translation>PTH intacte</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="444" />
            <source>Parathyroid hormone; controls calcium.</source>
            <translation>Hormone parathyroïdienne ; règle le calcium.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="372" />
            <source>Pituitary hormone for sperm and egg production.</source>
            <translation>Hormone de l'hypophyse pour la production des spermatozoïdes et des ovules.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="355" />
            <source>Pituitary hormone that drives the testes or ovaries.</source>
            <translation>Hormone de l'hypophyse qui commande les testicules ou les ovaires.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="152" />
            <source>Plasma (EDTA)</source>
            <translation>Plasma (EDTA)</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="245" />
            <source>Platelet count</source>
            <translation>Numération des plaquettes</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="234" />
            <source>Platelets</source>
            <translation>Plaquettes</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="244" />
            <source>Platelets by automated count</source>
            <translation>Plaquettes (numération automatisée)</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="326" />
            <source>Prolactin</source>
            <translation>Prolactine</translation>
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
            <translation>Sérum</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="481" />
            <source>Serum (calculated)</source>
            <translation>Sérum (calculé)</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="433" />
            <source>Serum/EDTA plasma</source>
            <translation>Sérum/plasma EDTA</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="392" />
            <source>Serum/plasma</source>
            <translation>Sérum/plasma</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="184" />
            <source>Shows whether a monoclonal protein is present and of which type (e.g. IgA lambda).</source>
            <translation>Montre si une protéine monoclonale est présente et de quel type (par ex. IgA lambda).</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="386" />
            <source>Stress hormone from the adrenal glands.</source>
            <translation>Hormone du stress produite par les glandes surrénales.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="264" />
            <source>TSH</source>
            <translation>TSH</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="296" />
            <source>Testosterone (total)</source>
            <translation>Testostérone totale</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="170" />
            <source>The abnormal antibody made by the plasma-cell clone; often small in POEMS.</source>
            <translation>L'anticorps anormal fabriqué par le clone de plasmocytes ; souvent en petite quantité dans le POEMS.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="291" />
            <source>The main thyroid hormone.</source>
            <translation>La principale hormone thyroïdienne.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="474" />
            <source>The range depends on sex and method; copy it from the report.</source>
            <translation>Les normes dépendent du sexe et de la méthode ; recopiez-les du compte rendu.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="256" />
            <location filename="../../domain/lab_catalog.py" line="303" />
            <location filename="../../domain/lab_catalog.py" line="337" />
            <source>The range differs for men and women.</source>
            <translation>Les normes diffèrent entre hommes et femmes.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="385" />
            <source>The range is for a 9 am sample; it changes over the day.</source>
            <translation>Les normes valent pour un prélèvement à 9 h ; le taux varie dans la journée.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="276" />
            <source>Thyroid-stimulating hormone; high when the thyroid is slow (hypothyroidism).</source>
            <translation>Hormone qui stimule la thyroïde ; élevée quand la thyroïde est lente (hypothyroïdie).</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="151" />
            <source>VEGF (plasma)</source>
            <translation>VEGF (plasma)</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="141" />
            <source>VEGF (serum)</source>
            <translation>VEGF (sérum)</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="155" />
            <source>VEGF measured in plasma; lower than serum VEGF, never compare the two.</source>
            <translation>VEGF mesuré dans le plasma ; plus bas que le VEGF sérique, ne comparez jamais les deux.</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="480" />
            <source>eGFR</source>
            <translation>DFG estimé (eGFR)</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="491" />
            <source>eGFR by CKD-EPI 2009</source>
            <translation>DFG estimé (CKD-EPI 2009)</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="494" />
            <source>eGFR by CKD-EPI 2021</source>
            <translation>DFG estimé (CKD-EPI 2021)</translation>
        </message>
        <message>
            <location filename="../../domain/lab_catalog.py" line="492" />
            <source>eGFR by MDRD</source>
            <translation>DFG estimé (MDRD)</translation>
        </message>
    </context>
    <context>
        <name>markers</name>
        <message>
            <location filename="../../domain/marker_facts.py" line="68" />
            <source>A text result: no change is worked out.</source>
            <translation>Résultat en texte : aucune variation n'est calculée.</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="57" />
            <source>Back within the lab's range.</source>
            <translation>De retour dans l'intervalle du laboratoire.</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="67" />
            <source>Below the limit of measurement.</source>
            <translation>Sous la limite de mesure.</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="69" />
            <source>Due: not measured for more than {months} months.</source>
            <translation>À refaire : non mesuré depuis plus de {months} mois.</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="59" />
            <source>Half or less of the value before treatment.</source>
            <translation>La moitié ou moins de la valeur d'avant le traitement.</translation>
        </message>
        <message>
            <location filename="../../domain/markers.py" line="52" />
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="66" />
            <source>Immunofixation negative since {date}.</source>
            <translation>Immunofixation négative depuis le {date}.</translation>
        </message>
        <message>
            <location filename="../../domain/markers.py" line="54" />
            <source>In range</source>
            <translation>Dans les normes</translation>
        </message>
        <message>
            <location filename="../../domain/markers.py" line="53" />
            <source>Low</source>
            <translation>Bas</translation>
        </message>
        <message>
            <location filename="../../domain/markers.py" line="56" />
            <source>No range</source>
            <translation>Pas de norme</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="52" />
            <source>No treatment recorded: change since the first value.</source>
            <translation>Aucun traitement enregistré : variation depuis la première valeur.</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="53" />
            <source>No value before the treatment started: change since the first value.</source>
            <translation>Aucune valeur avant le début du traitement : variation depuis la première valeur.</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="56" />
            <source>No value since the treatment started.</source>
            <translation>Aucune valeur depuis le début du traitement.</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="51" />
            <source>One result so far.</source>
            <extracomment>Medicines aimed at the POEMS clone (domain.md); a course of one starts a treatment. How far from the 6-month mark a value may be and still count as "the 6-month value". An M-protein under this many g/dL is too small to follow as a change.</extracomment>
            <translation>Un seul résultat pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="70" />
            <source>Only your doctors can say what this means for you.</source>
            <translation>Seuls vos médecins peuvent dire ce que cela signifie pour vous.</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="65" />
            <source>Too small to measure a change.</source>
            <translation>Trop faible pour mesurer une variation.</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="60" />
            <source>Up by half or more from its lowest since treatment and above the lab's range — a repeat test confirms a rise.</source>
            <translation>En hausse de moitié ou plus depuis son plus bas après le traitement et au-dessus de l'intervalle du laboratoire — un nouveau test confirme une hausse.</translation>
        </message>
        <message>
            <location filename="../../domain/marker_facts.py" line="58" />
            <source>Within the lab's range.</source>
            <translation>Dans l'intervalle du laboratoire.</translation>
        </message>
    </context>
    <context>
        <name>medicines</name>
        <message>
            <location filename="../../domain/medication_catalog.py" line="58" />
            <source>Alkylating agent</source>
            <translation>Agent alkylant</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="130" />
            <location filename="../../domain/medication_catalog.py" line="138" />
            <location filename="../../domain/medication_catalog.py" line="151" />
            <source>Anticoagulant</source>
            <translation>Anticoagulant</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="145" />
            <source>Anticoagulant (injection)</source>
            <translation>Anticoagulant (injection)</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="108" />
            <location filename="../../domain/medication_catalog.py" line="115" />
            <source>Antidepressant used for nerve pain</source>
            <translation>Antidépresseur utilisé contre les douleurs nerveuses</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="123" />
            <source>Antiplatelet</source>
            <translation>Antiagrégant plaquettaire</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="124" />
            <location filename="../../domain/medication_catalog.py" line="131" />
            <location filename="../../domain/medication_catalog.py" line="139" />
            <location filename="../../domain/medication_catalog.py" line="146" />
            <location filename="../../domain/medication_catalog.py" line="151" />
            <source>Clot prevention</source>
            <translation>Prévention des caillots</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="169" />
            <location filename="../../domain/medication_catalog.py" line="176" />
            <source>Diuretic (water tablet)</source>
            <translation>Diurétique (contre la rétention d'eau)</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="36" />
            <source>First-line treatment, usually with dexamethasone, in 28-day cycles</source>
            <translation>Traitement de première ligne, en général avec la dexaméthasone, par cycles de 28 jours</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="170" />
            <location filename="../../domain/medication_catalog.py" line="177" />
            <source>Fluid overload</source>
            <translation>Surcharge en eau (œdèmes, épanchements)</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="51" />
            <source>Given with lenalidomide or melphalan</source>
            <translation>Donné avec le lénalidomide ou le melphalan</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="164" />
            <source>Hormone replacement (low testosterone)</source>
            <translation>Hormone de substitution (testostérone basse)</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="156" />
            <source>Hormone replacement (underactive thyroid)</source>
            <translation>Hormone de substitution (thyroïde paresseuse)</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="35" />
            <location filename="../../domain/medication_catalog.py" line="65" />
            <source>Immunomodulator</source>
            <translation>Immunomodulateur</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="37" />
            <source>Improved neuropathy, organ enlargement and fluid overload in a study. It raises the risk of blood clots, which is why clot prevention (for example aspirin) is usually given beside it.</source>
            <translation>Dans une étude, il a amélioré la neuropathie, l'augmentation de volume des organes et la surcharge en eau. Il augmente le risque de caillots sanguins : c'est pourquoi une prévention des caillots (par exemple l'aspirine) est en général donnée en même temps.</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="84" />
            <source>Meant for short courses; it can cause constipation and dizziness.</source>
            <translation>Prévu pour des traitements courts ; il peut causer constipation et vertiges.</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="83" />
            <location filename="../../domain/medication_catalog.py" line="93" />
            <location filename="../../domain/medication_catalog.py" line="101" />
            <location filename="../../domain/medication_catalog.py" line="109" />
            <location filename="../../domain/medication_catalog.py" line="116" />
            <source>Nerve pain</source>
            <translation>Douleurs nerveuses</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="92" />
            <location filename="../../domain/medication_catalog.py" line="100" />
            <source>Nerve pain medicine</source>
            <translation>Médicament contre les douleurs nerveuses</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="82" />
            <source>Painkiller (opioid)</source>
            <translation>Antidouleur (opioïde)</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="74" />
            <source>Proteasome inhibitor (not an immunomodulator)</source>
            <translation>Inhibiteur du protéasome (pas un immunomodulateur)</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="67" />
            <location filename="../../domain/medication_catalog.py" line="76" />
            <source>Reported to worsen neuropathy.</source>
            <translation>Peut aggraver la neuropathie, selon des observations publiées.</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="15" />
            <source>Seed article on POEMS syndrome (seed/poems-article.txt)</source>
            <translation>Article de référence sur le syndrome POEMS (seed/poems-article.txt)</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="43" />
            <source>Seed article, reference 7; UCLH registry, Blood Adv 2020;4:2139</source>
            <translation>Article de référence, référence 7 ; registre de l'UCLH, Blood Adv 2020;4:2139</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="163" />
            <source>Sex hormone</source>
            <translation>Hormone sexuelle</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="50" />
            <source>Steroid</source>
            <translation>Corticoïde</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="155" />
            <source>Thyroid hormone</source>
            <translation>Hormone thyroïdienne</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="59" />
            <source>Treatment; also given in high dose before a stem cell transplant</source>
            <translation>Traitement ; aussi donné à forte dose avant une greffe de cellules souches</translation>
        </message>
        <message>
            <location filename="../../domain/medication_catalog.py" line="66" />
            <location filename="../../domain/medication_catalog.py" line="75" />
            <source>Used in some centres</source>
            <translation>Utilisé dans certains centres</translation>
        </message>
    </context>
    <context>
        <name>specialty</name>
        <message>
            <location filename="../../domain/appointments.py" line="29" />
            <source>cardiology</source>
            <translation>cardiologie</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="31" />
            <source>dermatology</source>
            <translation>dermatologie</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="27" />
            <source>endocrinology</source>
            <translation>endocrinologie</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="32" />
            <source>general practice</source>
            <translation>médecine générale</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="25" />
            <source>haematology</source>
            <extracomment>How long a visit lasts when no end time is given (interfaces.md, iCalendar export). Specialties offered in the window; the patient may type any other.</extracomment>
            <translation>hématologie</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="30" />
            <source>nephrology</source>
            <translation>néphrologie</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="26" />
            <source>neurology</source>
            <translation>neurologie</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="28" />
            <source>physiotherapy</source>
            <translation>kinésithérapie</translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message>
            <location filename="../../domain/appointments.py" line="38" />
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="37" />
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <location filename="../../domain/appointments.py" line="36" />
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
    </context>
    <context>
        <name>symptoms</name>
        <message>
            <location filename="../../domain/symptoms.py" line="14" />
            <source>Nerve pain</source>
            <extracomment>The 0–10 numeric rating scale (0 = none, 10 = worst imaginable), the standard for patient-reported pain; order is the order of the check-in page and of symptoms.csv.</extracomment>
            <translation>Douleurs nerveuses</translation>
        </message>
        <message>
            <location filename="../../domain/symptoms.py" line="15" />
            <source>Numbness</source>
            <translation>Engourdissement</translation>
        </message>
        <message>
            <location filename="../../domain/symptoms.py" line="21" />
            <source>Swelling (legs, belly)</source>
            <translation>Gonflement (jambes, ventre)</translation>
        </message>
        <message>
            <location filename="../../domain/symptoms.py" line="17" />
            <source>Tingling / pins and needles</source>
            <translation>Fourmillements / picotements</translation>
        </message>
        <message>
            <location filename="../../domain/symptoms.py" line="20" />
            <source>Tiredness</source>
            <translation>Fatigue</translation>
        </message>
        <message>
            <location filename="../../domain/symptoms.py" line="19" />
            <source>Weakness</source>
            <translation>Faiblesse</translation>
        </message>
    </context>
    <context>
        <name>trends_text</name>
        <message>
            <location filename="../../ui/trends/trends_page.py" line="438" />
            <location filename="../../ui/trends/trends_table.py" line="55" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_table.py" line="76" />
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message>
            <location filename="../../ui/trends/trends_table.py" line="78" />
            <source>Low</source>
            <translation>Bas</translation>
        </message>
    </context>
    <context>
        <name>wording</name>
        <message>
            <location filename="../../wording.py" line="94" />
            <source>{number}%</source>
            <translation>{number} %</translation>
        </message>
    </context>
    <context>
        <name>yesno_groups</name>
        <message>
            <location filename="../../domain/yesno_groups.py" line="33" />
            <source>A fall</source>
            <translation>Une chute</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="43" />
            <source>Darker patches of skin</source>
            <translation>Taches de peau plus foncées</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="35" />
            <source>Dizzy on standing up</source>
            <translation>Vertige en se levant</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="31" />
            <source>Falls and nights</source>
            <translation>Chutes et nuits</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="44" />
            <source>More body hair</source>
            <translation>Plus de poils</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="46" />
            <source>More sweating</source>
            <translation>Transpiration accrue</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="36" />
            <source>Short of breath</source>
            <translation>Essoufflement</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="41" />
            <source>Skin and nails</source>
            <translation>Peau et ongles</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="47" />
            <source>Swollen ankles</source>
            <translation>Chevilles gonflées</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="45" />
            <source>White or clubbed nails</source>
            <translation>Ongles blancs ou bombés (hippocratisme)</translation>
        </message>
        <message>
            <location filename="../../domain/yesno_groups.py" line="34" />
            <source>Woken by pain in the night</source>
            <translation>Réveillé(e) par la douleur la nuit</translation>
        </message>
    </context>
</TS>
