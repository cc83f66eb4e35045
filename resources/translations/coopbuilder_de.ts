<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
    <message>
        <location filename="../../src/coopbuilder/ui/help.py" line="73"/>
        <source>CoopBuilder {version} helps an NGO and a security agency build their cooperation: rate the preconditions together, agree actions on the gaps, and draft the cooperation agreement. Generated texts are drafts for the partners&apos; lawyers, not legal advice. Your data stays on this computer or your organisation&apos;s database server.

CoopBuilder is free software under the European Union Public Licence 1.2 (EUPL-1.2). It uses Qt {qt} (LGPL-3.0) and other libraries under their own licences; Licences... shows them all and says how to replace the Qt libraries.</source>
        <translation>CoopBuilder {version} hilft einer NGO und einer Sicherheitsbehörde, ihre Zusammenarbeit aufzubauen: die Voraussetzungen gemeinsam bewerten, Maßnahmen zum Handlungsbedarf vereinbaren und die Kooperationsvereinbarung entwerfen. Die erzeugten Texte sind Entwürfe für das Justiziariat oder die Rechtsberatung der Partner, keine Rechtsberatung. Ihre Daten bleiben auf diesem Computer oder auf dem Datenbankserver Ihrer Organisation.

CoopBuilder ist freie Software unter der Open-Source-Lizenz für die Europäische Union 1.2 (EUPL-1.2). Es verwendet Qt {qt} (LGPL-3.0) und weitere Bibliotheken unter deren eigenen Lizenzen; Lizenzen... zeigt sie alle und beschreibt, wie sich die Qt-Bibliotheken ersetzen lassen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/help.py" line="90"/>
        <source>About CoopBuilder</source>
        <translation>Über CoopBuilder</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/help.py" line="97"/>
        <source>&amp;Licences...</source>
        <translation>&amp;Lizenzen...</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/help.py" line="116"/>
        <source>{file} cannot be read ({problem}); reinstall CoopBuilder.</source>
        <translation>{file} kann nicht gelesen werden ({problem}); installieren Sie CoopBuilder neu.</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="71"/>
        <source>No owner yet</source>
        <translation>Noch niemand verantwortlich</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="74"/>
        <source>Both partners</source>
        <translation>Beide Partner</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="76"/>
        <source>Due date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="76"/>
        <source>No date yet</source>
        <translation>Noch kein Termin</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="78"/>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="111"/>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="81"/>
        <source>What happened (at the review)</source>
        <translation>Was daraus wurde (bei der Überprüfung)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="86"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="89"/>
        <source>What will be done to close this gap, in one sentence.</source>
        <translation>Was getan wird, um diesen Handlungsbedarf zu erledigen, in einem Satz.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="93"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="97"/>
        <source>The partner responsible for the action, or both partners for a joint action.</source>
        <translation>Der Partner, der für die Maßnahme verantwortlich ist, oder beide Partner bei einer gemeinsamen Maßnahme.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="102"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="106"/>
        <source>The date by which the action should be done; it is looked at in the review.</source>
        <translation>Der Termin, bis zu dem die Maßnahme erledigt sein soll; bei der Überprüfung wird er betrachtet.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="114"/>
        <source>How far the action has come.</source>
        <translation>Wie weit die Maßnahme gediehen ist.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="118"/>
        <source>Due before signing</source>
        <translation>Vor der Unterzeichnung zu erledigen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="122"/>
        <source>Tick if the action must be done before the agreement is signed; while it is open, the agreement cannot be marked ready to sign.</source>
        <translation>Aktivieren, wenn die Maßnahme vor der Unterzeichnung erledigt sein muss; solange sie offen ist, kann die Vereinbarung nicht als unterschriftsreif markiert werden.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="128"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="131"/>
        <source>What came of the action, written down at the review.</source>
        <translation>Was aus der Maßnahme wurde, bei der Überprüfung festgehalten.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="135"/>
        <source>{topic}, action {number}</source>
        <translation>{topic}, Maßnahme {number}</translation>
    </message>
</context>
<context>
    <name>AgreementCommands</name>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="93"/>
        <source>New agreement</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="103"/>
        <source>Choose an agreement in the list, then press Enter.</source>
        <translation>Wählen Sie eine Vereinbarung in der Liste und drücken Sie dann die Eingabetaste.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="112"/>
        <source>Open the agreement</source>
        <translation>Vereinbarung öffnen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="125"/>
        <source>Made &apos;{title}&apos;.</source>
        <translation>„{title}“ wurde angelegt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="129"/>
        <source>Duplicate the agreement</source>
        <translation>Vereinbarung duplizieren</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="140"/>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="158"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="145"/>
        <source>&apos;{title}&apos; is open; close its tab first, then delete it.</source>
        <translation>„{title}“ ist geöffnet; schließen Sie zuerst den Tab und löschen Sie die Vereinbarung dann.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="165"/>
        <source>&apos;{title}&apos; has {count} versions. Delete only version {version} ({status}), or the whole agreement with every version? This cannot be undone.</source>
        <translation>„{title}“ hat {count} Versionen. Nur Version {version} ({status}) löschen oder die ganze Vereinbarung mit allen Versionen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="174"/>
        <source>Delete version {version}</source>
        <translation>Version {version} löschen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="175"/>
        <source>Delete the whole agreement</source>
        <translation>Die ganze Vereinbarung löschen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="184"/>
        <source>Delete &apos;{title}&apos;? This cannot be undone.</source>
        <translation>„{title}“ löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="197"/>
        <source>Deleted &apos;{title}&apos;.</source>
        <translation>„{title}“ wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="220"/>
        <source>Print the agreement</source>
        <translation>Vereinbarung drucken</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_editor.py" line="227"/>
        <source>&amp;Edit as a new version...</source>
        <translation>Als neue Version &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_editor.py" line="243"/>
        <source>Review: {title}, version {number}</source>
        <translation>Überprüfung: {title}, Version {number}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_editor.py" line="262"/>
        <source>Signatures of this version are recorded; it cannot be changed.</source>
        <translation>Unterschriften dieser Version sind erfasst; sie kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_editor.py" line="268"/>
        <source>Version {version} is being signed ({names} signed it): it no longer changes. To change the agreement, make a new draft version from it; it is then signed anew.</source>
        <translation>Version {version} wird gerade unterzeichnet (bisher unterschrieben: {names}): Sie ändert sich nicht mehr. Um die Vereinbarung zu ändern, legen Sie daraus eine neue Entwurfsversion an; diese wird dann neu unterschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_editor.py" line="274"/>
        <source>Version {version} is {status}: it never changes. To change the agreement, make a new draft version from it.</source>
        <translation>Version {version} ist {status}: Sie ändert sich nie mehr. Um die Vereinbarung zu ändern, legen Sie daraus eine neue Entwurfsversion an.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_editor.py" line="305"/>
        <location filename="../../src/coopbuilder/ui/agreement_editor.py" line="328"/>
        <source>Open the version</source>
        <translation>Version öffnen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_editor.py" line="308"/>
        <source>Edit as a new version</source>
        <translation>Als neue Version bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_editor.py" line="313"/>
        <source>Version {version} of &apos;{title}&apos; is {status} and never changes. Make a new draft version from it, to change it?</source>
        <translation>Version {version} von „{title}“ ist {status} und ändert sich nie mehr. Daraus eine neue Entwurfsversion anlegen, um sie zu ändern?</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_editor.py" line="339"/>
        <source>This is the version as it was saved by someone else. Your changes are in the tab beside this one: take over what you need, then discard the copy.</source>
        <translation>Dies ist die Version, wie jemand anderes sie gespeichert hat. Ihre Änderungen stehen im Tab daneben: Übernehmen Sie, was Sie brauchen, und verwerfen Sie dann die Kopie.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_editor.py" line="364"/>
        <source>Close the agreement</source>
        <translation>Vereinbarung schließen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_editor.py" line="365"/>
        <source>&apos;{title}&apos; has changes that are not saved. Save them before closing?</source>
        <translation>„{title}“ hat Änderungen, die nicht gespeichert sind. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_editor.py" line="368"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_editor.py" line="368"/>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
</context>
<context>
    <name>AgreementListView</name>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_list.py" line="72"/>
        <source>Search agreements</source>
        <translation>Vereinbarungen suchen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_list.py" line="73"/>
        <source>Words in the title or in a partner&apos;s name.</source>
        <translation>Wörter im Titel oder im Namen eines Partners.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_list.py" line="75"/>
        <source>Search titles and partners (Ctrl+F)</source>
        <translation>Titel und Partner durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_list.py" line="79"/>
        <source>Status filter</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_list.py" line="81"/>
        <source>Show only the agreements in this status, e.g. drafts or signed ones.</source>
        <translation>Nur die Vereinbarungen mit diesem Status zeigen, z. B. Entwürfe oder unterzeichnete.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_list.py" line="83"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_list.py" line="87"/>
        <source>Only reviews due within {days} days</source>
        <translation>Nur Überprüfungen, die innerhalb von {days} Tagen fällig sind</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_list.py" line="90"/>
        <source>Overdue reviews are included.</source>
        <translation>Überfällige Überprüfungen sind eingeschlossen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_list.py" line="92"/>
        <source>Number of agreements</source>
        <translation>Anzahl der Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_list.py" line="102"/>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_list.py" line="104"/>
        <source>Press Enter or double-click to open the selected agreement.</source>
        <translation>Mit der Eingabetaste oder einem Doppelklick öffnen Sie die gewählte Vereinbarung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_list.py" line="140"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_list.py" line="141"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_list.py" line="181"/>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coopbuilder/ui/agreement_list.py" line="220"/>
        <source>Showing {shown} of %n agreement(s); scroll down for more, or search to narrow them down.</source>
        <translation>
            <numerusform>{shown} von %n Vereinbarung angezeigt; scrollen Sie nach unten für weitere, oder grenzen Sie sie mit der Suche ein.</numerusform>
            <numerusform>{shown} von %n Vereinbarungen angezeigt; scrollen Sie nach unten für weitere, oder grenzen Sie sie mit der Suche ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coopbuilder/ui/agreement_list.py" line="226"/>
        <source>Matching: %n agreement(s).</source>
        <translation>
            <numerusform>Passend: %n Vereinbarung.</numerusform>
            <numerusform>Passend: %n Vereinbarungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coopbuilder/ui/agreement_list.py" line="228"/>
        <source>%n agreement(s) in this workspace.</source>
        <translation>
            <numerusform>%n Vereinbarung in diesem Arbeitsbereich.</numerusform>
            <numerusform>%n Vereinbarungen in diesem Arbeitsbereich.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_list.py" line="205"/>
        <source>No agreement matches the search and the filters.</source>
        <translation>Keine Vereinbarung passt zur Suche und zu den Filtern.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_list.py" line="208"/>
        <source>There are no agreements yet. Start one with New agreement (Ctrl+N), or import an agreement file a partner sent you (File &gt; Import...).</source>
        <translation>Es gibt noch keine Vereinbarungen. Beginnen Sie eine mit „Neue Vereinbarung“ (Strg+N) oder importieren Sie eine Vereinbarungsdatei, die ein Partner Ihnen geschickt hat (Datei &gt; Importieren…).</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_list.py" line="257"/>
        <source>The list could not be read: {problem}</source>
        <translation>Die Liste konnte nicht gelesen werden: {problem}</translation>
    </message>
</context>
<context>
    <name>AgreementTable</name>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_table.py" line="49"/>
        <source>⚠ Overdue: {date}</source>
        <translation>⚠ Überfällig: {date}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_table.py" line="51"/>
        <source>{date} (today)</source>
        <translation>{date} (heute)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coopbuilder/ui/agreement_table.py" line="53"/>
        <source>{date} (in %n day(s))</source>
        <translation>
            <numerusform>{date} (in %n Tag)</numerusform>
            <numerusform>{date} (in %n Tagen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementTableModel</name>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_table.py" line="73"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_table.py" line="74"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_table.py" line="75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_table.py" line="76"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_table.py" line="77"/>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_table.py" line="78"/>
        <source>Last saved</source>
        <translation>Zuletzt gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_table.py" line="182"/>
        <source>The annual review was due on {date}; it is overdue.</source>
        <translation>Die jährliche Überprüfung war am {date} fällig; sie ist überfällig.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_table.py" line="188"/>
        <source>Saved on {date} at {time} under the user name {who}</source>
        <translation>Gespeichert am {date} um {time} unter dem Benutzernamen {who}</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_window.py" line="56"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_window.py" line="57"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_window.py" line="60"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_window.py" line="67"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_window.py" line="79"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_window.py" line="80"/>
        <source>&amp;About CoopBuilder</source>
        <translation>&amp;Über CoopBuilder</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_window.py" line="84"/>
        <source>CoopBuilder {version}</source>
        <translation>CoopBuilder {version}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_window.py" line="91"/>
        <source>{title} - CoopBuilder</source>
        <translation>{title} – CoopBuilder</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_window.py" line="95"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/coopbuilder/ui/app.py" line="139"/>
        <source>CoopBuilder cannot start</source>
        <translation>CoopBuilder kann nicht starten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/app.py" line="140"/>
        <source>{problem} Reinstall CoopBuilder.</source>
        <translation>{problem} Installieren Sie CoopBuilder neu.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/app.py" line="262"/>
        <source>CoopBuilder</source>
        <translation>CoopBuilder</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../src/coopbuilder/ui/background.py" line="167"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/background.py" line="168"/>
        <source>Shown while the program works in the background.</source>
        <translation>Wird angezeigt, solange das Programm im Hintergrund arbeitet.</translation>
    </message>
</context>
<context>
    <name>CardChooser</name>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="68"/>
        <source>PKCS#11 module</source>
        <translation>PKCS#11-Modul</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="70"/>
        <source>The library through which the program talks to the card, installed with the card&apos;s software (OpenSC: opensc-pkcs11). Remembered on this workstation.</source>
        <translation>Die Bibliothek, über die das Programm mit der Karte spricht; sie wird mit der Software der Karte installiert (OpenSC: opensc-pkcs11). Sie wird auf diesem Arbeitsplatz gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="78"/>
        <source>Choose mo&amp;dule...</source>
        <translation>Modul &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="80"/>
        <source>Fi&amp;nd cards</source>
        <translation>Karten su&amp;chen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="90"/>
        <source>Card or token</source>
        <translation>Chipkarte oder Token</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="91"/>
        <source>The card (or token) inserted, by its label.</source>
        <translation>Die eingesteckte Karte (oder der Token), mit ihrer Bezeichnung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="96"/>
        <source>Certificate on the card</source>
        <translation>Zertifikat auf der Karte</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="97"/>
        <source>The certificate the signature is made with: its holder and issuer.</source>
        <translation>Das Zertifikat, mit dem signiert wird: Inhaber und Aussteller.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="105"/>
        <source>About the certificate</source>
        <translation>Angaben zum Zertifikat</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="108"/>
        <source>PIN of the card</source>
        <translation>PIN der Karte</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="109"/>
        <source>Handed to the card once to sign; it is never stored.</source>
        <translation>Wird der Karte einmal zum Signieren übergeben und nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="118"/>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="121"/>
        <source>C&amp;ard:</source>
        <translation>K&amp;arte:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="122"/>
        <source>Certifi&amp;cate:</source>
        <translation>Zer&amp;tifikat:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="124"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="171"/>
        <source>Choose the PKCS#11 module of the card</source>
        <translation>Das PKCS#11-Modul der Karte wählen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="172"/>
        <source>PKCS#11 modules (*.so *.dll *.dylib);;All files (*)</source>
        <translation>PKCS#11-Module (*.so *.dll *.dylib);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="182"/>
        <source>Looking for cards...</source>
        <translation>Karten werden gesucht…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="200"/>
        <source>{model} by {manufacturer}, serial number {serial}</source>
        <translation>{model} von {manufacturer}, Seriennummer {serial}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="209"/>
        <source>No card found: insert the card, then press Find cards.</source>
        <translation>Keine Karte gefunden: Stecken Sie die Karte ein und wählen Sie dann „Karten suchen“.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="217"/>
        <source>Reading the certificates on the card...</source>
        <translation>Die Zertifikate auf der Karte werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="240"/>
        <source>{label}: {holder}, issued by {issuer}, valid until {end}</source>
        <translation>{label}: {holder}, ausgestellt von {issuer}, gültig bis {end}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="256"/>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="261"/>
        <source>Holder: {holder}
Issued by: {issuer}
Valid from {start} until {end}
Label on the card: {label}</source>
        <translation>Inhaber: {holder}
Ausgestellt von: {issuer}
Gültig vom {start} bis {end}
Bezeichnung auf der Karte: {label}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/card_chooser.py" line="272"/>
        <source>The card holds no certificate.</source>
        <translation>Die Karte enthält kein Zertifikat.</translation>
    </message>
</context>
<context>
    <name>ClauseLibraryChoice</name>
    <message>
        <location filename="../../src/coopbuilder/ui/clause_library.py" line="89"/>
        <source>Clause library</source>
        <translation>Klauselbibliothek</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/clause_library.py" line="91"/>
        <source>The clause library folder {folder} chosen in the settings is not there. CoopBuilder uses its built-in clause library. Choose the folder again under Tools &gt; Clause library... once it is back.</source>
        <translation>Der in den Einstellungen gewählte Ordner der Klauselbibliothek {folder} ist nicht vorhanden. CoopBuilder verwendet seine mitgelieferte Klauselbibliothek. Wählen Sie den Ordner unter Extras &gt; Klauselbibliothek… erneut, sobald er wieder da ist.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/clause_library.py" line="108"/>
        <source>Clause library: {folder} (set by {setting})</source>
        <translation>Klauselbibliothek: {folder} (festgelegt durch {setting})</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/clause_library.py" line="112"/>
        <source>Clause library: built-in</source>
        <translation>Klauselbibliothek: mitgeliefert</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/clause_library.py" line="113"/>
        <source>Clause library: {folder}</source>
        <translation>Klauselbibliothek: {folder}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/clause_library.py" line="118"/>
        <source>Choose the folder of the clause library</source>
        <translation>Ordner der Klauselbibliothek wählen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/clause_library.py" line="134"/>
        <source>The clause library was not changed</source>
        <translation>Die Klauselbibliothek wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/clause_library.py" line="135"/>
        <source>{problem} The clause library in use stays as it was.</source>
        <translation>{problem} Die verwendete Klauselbibliothek bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>ClauseLibraryDialog</name>
    <message>
        <location filename="../../src/coopbuilder/ui/clause_library.py" line="155"/>
        <source>Clause library</source>
        <translation>Klauselbibliothek</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/clause_library.py" line="158"/>
        <source>The agreement&apos;s wording comes from a clause library. CoopBuilder has one built in; your organisation may keep its own edited copy of it in a folder (one library, or one per language in the folders en and de). Every PDF the program makes uses the library chosen here; a language the folder has no library for uses the built-in one.</source>
        <translation>Der Wortlaut der Vereinbarung stammt aus einer Klauselbibliothek. CoopBuilder bringt eine mit; Ihre Organisation kann eine eigene, bearbeitete Kopie davon in einem Ordner führen (eine Bibliothek oder eine je Sprache in den Ordnern en und de). Jedes PDF, das das Programm erstellt, verwendet die hier gewählte Bibliothek; für eine Sprache, für die der Ordner keine Bibliothek enthält, gilt die mitgelieferte.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/clause_library.py" line="168"/>
        <source>The library in use</source>
        <translation>Die verwendete Bibliothek</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/clause_library.py" line="173"/>
        <source>The environment setting {setting} is set: it comes before the choice made here until it is removed.</source>
        <translation>Die Umgebungseinstellung {setting} ist gesetzt: Sie hat Vorrang vor der hier getroffenen Wahl, bis sie entfernt wird.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/clause_library.py" line="179"/>
        <source>&amp;Choose a folder...</source>
        <translation>Ordner &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/clause_library.py" line="180"/>
        <source>Use the &amp;built-in library</source>
        <translation>&amp;Mitgelieferte Bibliothek verwenden</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="102"/>
        <source>Save review &amp;report...</source>
        <translation>&amp;Bericht zur Überprüfung speichern…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="109"/>
        <source>Actions agreed before, and what became of them</source>
        <translation>Zuvor vereinbarte Maßnahmen und ihr Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="111"/>
        <source>Each action of the earlier version with its owner, due date and outcome.</source>
        <translation>Jede Maßnahme der früheren Version mit Verantwortlichen, Termin und Ergebnis.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="114"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="114"/>
        <source>Owner; due</source>
        <translation>Verantwortlich; Termin</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="114"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="114"/>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="126"/>
        <source>What changed in the agreement</source>
        <translation>Was sich an der Vereinbarung geändert hat</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="128"/>
        <source>What was added, taken out or changed since the earlier version; read only.</source>
        <translation>Was seit der früheren Version hinzugekommen, weggefallen oder geändert ist; nur zum Lesen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="132"/>
        <source>Changes to the text of the agreement</source>
        <translation>Änderungen im Wortlaut der Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="134"/>
        <source>The clauses whose wording changed, words taken out and put in marked.</source>
        <translation>Die Klauseln, deren Wortlaut sich geändert hat, mit markierten gestrichenen und eingefügten Wörtern.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="139"/>
        <source>Save &amp;record</source>
        <translation>&amp;Protokoll speichern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="143"/>
        <source>Parts of the comparison</source>
        <translation>Teile des Vergleichs</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="144"/>
        <source>Readiness over the years</source>
        <translation>Voraussetzungen im Verlauf der Jahre</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="145"/>
        <source>Actions from last time</source>
        <translation>Bisherige Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="146"/>
        <source>Changes in the agreement</source>
        <translation>Geänderte Angaben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="147"/>
        <source>Changes to the text</source>
        <translation>Geänderter Wortlaut</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="153"/>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="160"/>
        <source>Review record</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="154"/>
        <source>What the review found and decided; scroll to reach every field.</source>
        <translation>Was die Überprüfung ergeben und beschlossen hat; blättern Sie, um jedes Feld zu erreichen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="178"/>
        <source>Comparing with the earlier years...</source>
        <translation>Der Vergleich mit den früheren Jahren wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="183"/>
        <source>The comparison could not be made: {problem}</source>
        <translation>Der Vergleich konnte nicht erstellt werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="203"/>
        <source>&lt;h2&gt;{title}&lt;/h2&gt;Version {number} compared with version {earlier}: {kind} held on {date}.</source>
        <translation>&lt;h2&gt;{title}&lt;/h2&gt;Version {number} im Vergleich zu Version {earlier}: {kind} am {date}.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="216"/>
        <source>&lt;h2&gt;{title}&lt;/h2&gt;Version {number}; no review started it.</source>
        <translation>&lt;h2&gt;{title}&lt;/h2&gt;Version {number}; sie ist nicht aus einer Überprüfung hervorgegangen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="239"/>
        <source>The status of version {number} is &apos;{status}&apos;. This record is its review annex, so it cannot be changed any more.</source>
        <translation>Version {number} hat den Status „{status}“. Dieses Protokoll ist ihre Anlage zur Überprüfung und kann daher nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="264"/>
        <source>V{number}</source>
        <translation>V{number}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="268"/>
        <source>{year} (V{number})</source>
        <translation>{year} (V{number})</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="278"/>
        <source>no owner</source>
        <translation>niemand verantwortlich</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="281"/>
        <source>{outcome} ({status})</source>
        <translation>{outcome} ({status})</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="286"/>
        <source>{owner}, due {date}</source>
        <translation>{owner}, Termin: {date}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="287"/>
        <source>no date</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="304"/>
        <source>Nothing changed in the structure of the agreement.</source>
        <translation>Partner, Übermittlungsregeln, Ansprechpersonen und die übrigen Angaben der Vereinbarung sind unverändert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="309"/>
        <source>{kind}: {part} &apos;{entry}&apos;</source>
        <translation>{kind}: {part} „{entry}“</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="321"/>
        <source>{field}: {before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="335"/>
        <source>Words taken out are struck through in red; words put in are underlined in green.</source>
        <translation>Gestrichene Wörter sind rot durchgestrichen, eingefügte Wörter grün unterstrichen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="343"/>
        <source>The text of the agreement did not change.</source>
        <translation>Der Wortlaut der Vereinbarung ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="347"/>
        <source>{kind}: clause {number}, in {heading}</source>
        <translation>{kind}: Klausel {number} in {heading}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="351"/>
        <source>{kind}: in {heading}</source>
        <translation>{kind}: in {heading}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="371"/>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="390"/>
        <source>The record was not saved</source>
        <translation>Das Protokoll wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="379"/>
        <source>Saving the record of the review...</source>
        <translation>Das Protokoll der Überprüfung wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="384"/>
        <source>Saved the record of the review.</source>
        <translation>Das Protokoll der Überprüfung wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="400"/>
        <source>Save the review report</source>
        <translation>Bericht zur Überprüfung speichern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="401"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="439"/>
        <source>{title} - version {version} - review report {date}.pdf</source>
        <translation>{title} - Version {version} - Bericht zur Überprüfung {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="445"/>
        <source>{title} - version {version} - review report.pdf</source>
        <translation>{title} - Version {version} - Bericht zur Überprüfung.pdf</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="407"/>
        <source>Writing the review report...</source>
        <translation>Der Bericht zur Überprüfung wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="411"/>
        <source>Saved the review report to {path}.</source>
        <translation>Der Bericht zur Überprüfung wurde unter {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="414"/>
        <source>It has the record as saved; your changes to the record are not saved yet.</source>
        <translation>Er enthält das Protokoll, wie es gespeichert ist; Ihre Änderungen am Protokoll sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="421"/>
        <source>The review report was not saved</source>
        <translation>Der Bericht zur Überprüfung wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="79"/>
        <source>Contacts of partner {number}</source>
        <translation>Ansprechpersonen von Partner {number}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="82"/>
        <source>The partner&apos;s escalation ladder; choose a contact to edit it in the form below.</source>
        <translation>Die Eskalationsstufen des Partners; wählen Sie eine Ansprechperson, um sie im Formular darunter zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="86"/>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="142"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="86"/>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="150"/>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="86"/>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="158"/>
        <source>Availability</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="86"/>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="174"/>
        <source>Deputy</source>
        <translation>Stellvertretung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="102"/>
        <source>Add contact</source>
        <translation>Ansprechperson hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="103"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="104"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="105"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="106"/>
        <source>Hand over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="109"/>
        <source>Someone else takes over this contact&apos;s place: role, level, availability and deputy stay; type the new person&apos;s name, phone and e-mail</source>
        <translation>Eine andere Person übernimmt die Stelle dieser Ansprechperson: Funktion, Ebene, Erreichbarkeit und Stellvertretung bleiben; geben Sie Name, Telefon und E-Mail der neuen Person ein</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="114"/>
        <source>Partner {number}: hand over contact</source>
        <translation>Partner {number}: Ansprechperson übergeben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="115"/>
        <source>Partner {number}: add contact</source>
        <translation>Partner {number}: Ansprechperson hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="116"/>
        <source>Partner {number}: remove contact</source>
        <translation>Partner {number}: Ansprechperson entfernen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="117"/>
        <source>Partner {number}: move contact up</source>
        <translation>Partner {number}: Ansprechperson nach oben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="118"/>
        <source>Partner {number}: move contact down</source>
        <translation>Partner {number}: Ansprechperson nach unten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="138"/>
        <source>Partner {number} contact: {field}</source>
        <translation>Ansprechperson von Partner {number}: {field}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="143"/>
        <source>The full name of the person the other partner can reach.</source>
        <translation>Der vollständige Name der Person, die der andere Partner erreichen kann.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="146"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="146"/>
        <source>The person&apos;s position, e.g. Case worker.</source>
        <translation>Die Funktion der Person, z. B. Fallbearbeitung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="152"/>
        <source>The step of the escalation ladder: 1 case workers, 2 coordinators, 3 directors.</source>
        <translation>Die Eskalationsstufe: 1 Fallbearbeitung, 2 Koordination, 3 Leitung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="160"/>
        <source>When the person can be reached; triggers need a contact reachable 24/7.</source>
        <translation>Wann die Person erreichbar ist; für Übermittlungsanlässe braucht es eine rund um die Uhr erreichbare Ansprechperson.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="166"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="167"/>
        <source>A number the other partner can call, with the area code.</source>
        <translation>Eine Nummer, die der andere Partner anrufen kann, mit Vorwahl.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="171"/>
        <source>Secure e-mail</source>
        <translation>Verschlüsselte E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="172"/>
        <source>An encrypted or otherwise secured e-mail address for case information.</source>
        <translation>Eine verschlüsselte oder anders gesicherte E-Mail-Adresse für Angaben zu Fällen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="176"/>
        <source>Who steps in during a holiday or a change of staff; from the same partner.</source>
        <translation>Wer bei Urlaub oder Personalwechsel einspringt; vom selben Partner.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="184"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="185"/>
        <source>Role:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="186"/>
        <source>Level:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="187"/>
        <source>Availability:</source>
        <translation>Erreichbarkeit:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="188"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="189"/>
        <source>Secure e-mail:</source>
        <translation>Verschlüsselte E-Mail:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="190"/>
        <source>Deputy:</source>
        <translation>Stellvertretung:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="193"/>
        <source>Partner {number} contact: took over from</source>
        <translation>Ansprechperson von Partner {number}: übernommen von</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="198"/>
        <source>Checks on partner {number}&apos;s contacts</source>
        <translation>Prüfungen zu den Ansprechpersonen von Partner {number}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="236"/>
        <source>Partner {number}: {partner}</source>
        <translation>Partner {number}: {partner}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="272"/>
        <source>Contact {position} of {partner} has no name.</source>
        <translation>Ansprechperson {position} des Partners {partner} hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="302"/>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="339"/>
        <source>(no name yet)</source>
        <translation>(noch ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="310"/>
        <source>{symbol} none</source>
        <translation>{symbol} keine</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="335"/>
        <source>No deputy yet</source>
        <translation>Noch keine Stellvertretung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="368"/>
        <source>Took over from {name}; the version before keeps {name}.</source>
        <translation>Übernommen von {name}; die vorige Version behält {name}.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="409"/>
        <source>Remove contact</source>
        <translation>Ansprechperson entfernen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="410"/>
        <source>Remove the contact {name}?</source>
        <translation>Die Ansprechperson {name} entfernen?</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="411"/>
        <source>without a name</source>
        <translation>ohne Namen</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="139"/>
        <source>Add further actor</source>
        <translation>Weitere beteiligte Stelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="143"/>
        <source>Add from a &amp;preset</source>
        <translation>Aus einer Vor&amp;lage hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="144"/>
        <source>Add a further actor from a preset</source>
        <translation>Weitere beteiligte Stelle aus einer Vorlage hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="157"/>
        <source>Level 1 case workers, level 2 coordinators, level 3 directors. For triggers each side needs a contact reachable 24/7, and every contact a deputy, so that a holiday or a change of staff never breaks the chain.</source>
        <translation>Ebene 1 Fallbearbeitung, Ebene 2 Koordination, Ebene 3 Leitung. Für Übermittlungsanlässe braucht jede Seite eine rund um die Uhr erreichbare Ansprechperson und jede Ansprechperson eine Stellvertretung, damit Urlaub oder ein Personalwechsel die Kette nie unterbricht.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="169"/>
        <source>Prison, probation, youth welfare office, schools, mental-health services or an advice centre&apos;s hotline: who joins a case, when, what they may receive, and who refers cases to whom.</source>
        <translation>Justizvollzug, Bewährungshilfe, Jugendamt, Schulen, psychiatrische Dienste oder die Hotline einer Beratungsstelle: wer wann zu einem Fall hinzukommt, was diese Stelle erhalten darf und wer Fälle an wen vermittelt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="150"/>
        <source>Further actors</source>
        <translation>Weitere Beteiligte</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="186"/>
        <source>Contacts and escalation</source>
        <translation>Ansprechpersonen und Eskalation</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="189"/>
        <source>Named people each partner can reach, their deputies, and further actors.</source>
        <translation>Namentlich benannte Ansprechpersonen beider Partner, ihre Stellvertretungen und weitere beteiligte Stellen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="245"/>
        <source>Further actor {number} has no name.</source>
        <translation>Weitere beteiligte Stelle {number} hat keinen Namen.</translation>
    </message>
</context>
<context>
    <name>CopyView</name>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_editor.py" line="410"/>
        <source>D&amp;iscard this copy...</source>
        <translation>Diese Kopie &amp;verwerfen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_editor.py" line="414"/>
        <source>Copy: {title}</source>
        <translation>Kopie: {title}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_editor.py" line="420"/>
        <source>Discard this copy</source>
        <translation>Diese Kopie verwerfen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_editor.py" line="425"/>
        <source>Throw away this copy of your changes to &apos;{title}&apos;? This cannot be undone.</source>
        <translation>Diese Kopie Ihrer Änderungen an „{title}“ verwerfen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../src/coopbuilder/ui/failures.py" line="62"/>
        <source>Something went wrong that CoopBuilder did not expect. What you saved is safe; the details are in CoopBuilder&apos;s log.</source>
        <translation>Ein Fehler ist aufgetreten, mit dem CoopBuilder nicht gerechnet hat. Was Sie gespeichert haben, ist sicher; die Einzelheiten stehen in der Logdatei von CoopBuilder.</translation>
    </message>
</context>
<context>
    <name>FindingPanel</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="212"/>
        <source>Earlier actions</source>
        <translation>Frühere Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="217"/>
        <source>These actions answer findings that the current ratings no longer show. Keep them, mark them done, not done or dropped, or remove them. Ctrl+Down and Ctrl+Up go to the same field of the next or previous action.</source>
        <translation>Diese Maßnahmen gehören zu Befunden, die die aktuellen Bewertungen nicht mehr zeigen. Behalten Sie sie, markieren Sie sie als erledigt, nicht erledigt oder verworfen, oder entfernen Sie sie. Strg+Pfeil nach unten und Strg+Pfeil nach oben wechseln zum selben Feld der nächsten oder vorigen Maßnahme.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="228"/>
        <source>{kind} on {precondition}</source>
        <translation>{kind} bei {precondition}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="256"/>
        <source>Add an action of your own</source>
        <translation>Eigene Maßnahme hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="261"/>
        <source>&lt;b&gt;Recommended actions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Empfohlene Maßnahmen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="267"/>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="361"/>
        <source>Adopt</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="269"/>
        <source>Adopt recommended action {number}</source>
        <translation>Empfohlene Maßnahme {number} übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="277"/>
        <source>&lt;b&gt;Agreed actions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vereinbarte Maßnahmen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="291"/>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="298"/>
        <source>Rated below 3.0 by {partners}: a gap. Agree an action with an owner and a date.</source>
        <translation>Von {partners} unter 3,0 bewertet: Handlungsbedarf. Vereinbaren Sie eine Maßnahme mit Verantwortlichen und Termin.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="302"/>
        <source>Rated between 3.0 and 3.99 by {partners}: discuss whether an action is needed.</source>
        <translation>Von {partners} zwischen 3,0 und 3,99 bewertet: Besprechen Sie, ob eine Maßnahme nötig ist.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="308"/>
        <source>{partners} answered &quot;don&apos;t know&quot; where a statement asks what they know: a knowledge gap. It counts as 1 in the mean; agree how they learn it, with an owner and a date.</source>
        <translation>„Weiß nicht“ von {partners} bei einer Aussage, die nach dem eigenen Wissen fragt: Kenntnisbedarf. Das zählt im Mittelwert als 1; vereinbaren Sie, wie das Wissen erworben wird, mit Verantwortlichen und Termin.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="314"/>
        <source>&apos;{statement}&apos;</source>
        <translation>„{statement}“</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="322"/>
        <source>The partners see this differently. Agree an action that brings their views together.</source>
        <translation>Die Partner sehen dies unterschiedlich. Vereinbaren Sie eine Maßnahme, die ihre Sichtweisen zusammenführt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="328"/>
        <source>Their means are {difference} apart.</source>
        <translation>Ihre Mittelwerte liegen {difference} auseinander.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="338"/>
        <source>&apos;{statement}&apos;: rated {first} by {first_partner}, {second} by {second_partner}</source>
        <translation>„{statement}“: {first_partner} bewertet mit {first}, {second_partner} mit {second}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="361"/>
        <source>Adopted</source>
        <translation>Übernommen</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="55"/>
        <source>Means and bands per precondition</source>
        <translation>Mittelwerte und Bereiche je Voraussetzung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="58"/>
        <source>Each partner&apos;s mean rating and band for every precondition, and the perception gap between them; read only.</source>
        <translation>Mittelwert und Bereich jedes Partners für jede Voraussetzung und der Wahrnehmungsunterschied zwischen ihnen; nur zum Lesen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="83"/>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="113"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="85"/>
        <source>Choose a finding to see its recommended actions and agree actions.</source>
        <translation>Wählen Sie einen Befund, um die empfohlenen Maßnahmen zu sehen und Maßnahmen zu vereinbaren.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="93"/>
        <source>No gaps, no borderline results and no perception gaps: nothing to act on.</source>
        <translation>Kein Handlungsbedarf, kein Gesprächsbedarf und keine Wahrnehmungsunterschiede: Es ist nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="102"/>
        <source>Findings and agreed actions</source>
        <translation>Befunde und vereinbarte Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="117"/>
        <source>Where each partner is strong, where one is weak, and where the two see things differently. Every gap and perception gap needs an agreed action with an owner and a date.</source>
        <translation>Wo jeder Partner stark ist, wo einer schwach ist und wo beide die Dinge unterschiedlich sehen. Jeder Handlungsbedarf und jeder Wahrnehmungsunterschied braucht eine vereinbarte Maßnahme mit Verantwortlichen und Termin.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="144"/>
        <source>Precondition</source>
        <translation>Voraussetzung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="144"/>
        <source>Perception gap</source>
        <translation>Wahrnehmungs-
unterschied</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="163"/>
        <source>{partner}: {mean} {band}</source>
        <translation>{partner}: {mean} {band}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="172"/>
        <source>Overall: {first}; {second}. Bands: 4.00 to 5.00 strength, 3.00 to 3.99 borderline, below 3.00 gap.</source>
        <translation>Gesamt: {first}; {second}. Bereiche: 4,00 bis 5,00 Stärke, 3,00 bis 3,99 Gesprächsbedarf, unter 3,00 Handlungsbedarf.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="188"/>
        <source>Last time (version {number}): dotted</source>
        <translation>Zuletzt (Version {number}): gepunktet</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="225"/>
        <source>{band} ({rated} of {total} rated)</source>
        <translation>{band} ({rated} von {total} bewertet)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="231"/>
        <source>Last time: {mean}</source>
        <translation>Zuletzt: {mean}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="239"/>
        <source>? Cannot tell: not assessed by both partners</source>
        <translation>? Nicht feststellbar: nicht von beiden Partnern bewertet</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="241"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="245"/>
        <source>≠ Yes: means {difference} apart; statements rated 2 or more apart: {count}</source>
        <translation>≠ Ja: Mittelwerte {difference} auseinander; Aussagen mit 2 oder mehr Punkten Abstand: {count}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="248"/>
        <source>≠ Yes: means {difference} apart</source>
        <translation>≠ Ja: Mittelwerte {difference} auseinander</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="251"/>
        <source>≠ Yes: statements rated 2 or more apart: {count}</source>
        <translation>≠ Ja: Aussagen mit 2 oder mehr Punkten Abstand: {count}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="297"/>
        <source>✖ Needs an action</source>
        <translation>✖ Braucht eine Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="299"/>
        <source>No agreed action</source>
        <translation>Keine vereinbarte Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="301"/>
        <source>✔ Agreed actions: {count}</source>
        <translation>✔ Vereinbarte Maßnahmen: {count}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="304"/>
        <source>{symbol}{topic}
{status}</source>
        <translation>{symbol}{topic}
{status}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="378"/>
        <source>Action {number} of &apos;{topic}&apos; has no text: say what will be done, or remove it.</source>
        <translation>Maßnahme {number} zu „{topic}“ hat keinen Text: Beschreiben Sie, was getan wird, oder entfernen Sie sie.</translation>
    </message>
</context>
<context>
    <name>FurtherActorRow</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="31"/>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="39"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="43"/>
        <source>What kind of organisation the further actor is.</source>
        <translation>Welche Art von Organisation die oder der weitere Beteiligte ist.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="47"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="51"/>
        <source>The name of the organisation or service; a row without one is left out.</source>
        <translation>Der Name der Organisation oder Stelle; eine Zeile ohne Namen wird weggelassen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="56"/>
        <source>Joins when</source>
        <translation>Kommt hinzu, wenn</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="60"/>
        <source>The situation in which this actor is brought in, e.g. &apos;when a child is at risk&apos;.</source>
        <translation>Die Lage, in der diese Stelle hinzugezogen wird, z. B. „wenn ein Kind gefährdet ist“.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="65"/>
        <source>May receive</source>
        <translation>Darf erhalten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="70"/>
        <source>Which information the partners may pass on to this actor, and no more.</source>
        <translation>Welche Angaben die Partner an diese Stelle weitergeben dürfen, und nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="75"/>
        <source>Referral</source>
        <translation>Vermittlung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="79"/>
        <source>Whom this actor refers to the partners, or takes over from them, when and with what, e.g. a hotline that refers callers who need counselling on the ground.</source>
        <translation>Wen diese Stelle an die Partner vermittelt oder von ihnen übernimmt, wann und mit welchen Angaben, z. B. eine Hotline, die Anrufende mit Beratungsbedarf vor Ort vermittelt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="85"/>
        <source>Contact</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="88"/>
        <source>Where the partners reach this actor, e.g. its hotline team.</source>
        <translation>Wo die Partner diese Stelle erreichen, z. B. ihr Hotline-Team.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="92"/>
        <source>Further actor {number}</source>
        <translation>Weitere beteiligte Stelle {number}</translation>
    </message>
</context>
<context>
    <name>GovernancePage</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="198"/>
        <source>Effective date</source>
        <translation>Inkrafttreten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="199"/>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="222"/>
        <source>Not fixed yet</source>
        <translation>Noch nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="202"/>
        <source>The date the agreement takes effect; from then on the review interval counts.</source>
        <translation>Der Tag, an dem die Vereinbarung in Kraft tritt; ab dann zählt der Überprüfungsabstand.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="207"/>
        <source>Term in months</source>
        <translation>Laufzeit in Monaten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="208"/>
        <source>How many months the agreement runs; 0 means it runs until it is ended.</source>
        <translation>Wie viele Monate die Vereinbarung läuft; 0 bedeutet, sie läuft, bis sie beendet wird.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="211"/>
        <source>Open-ended</source>
        <translation>Unbefristet</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="212"/>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="219"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="215"/>
        <source>Review interval in months</source>
        <translation>Überprüfung alle … Monate</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="216"/>
        <source>How many months pass between two reviews; usually 12.</source>
        <translation>Wie viele Monate zwischen zwei Überprüfungen liegen; meist 12.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="221"/>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="225"/>
        <source>The date the partners next review the agreement; it may not be before the effective date.</source>
        <translation>Der Tag, an dem die Partner die Vereinbarung das nächste Mal überprüfen; er darf nicht vor dem Inkrafttreten liegen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="234"/>
        <source>Dates and review</source>
        <translation>Termine und Überprüfung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="238"/>
        <source>Effective &amp;date:</source>
        <translation>&amp;Inkrafttreten:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="239"/>
        <source>Ter&amp;m:</source>
        <translation>&amp;Laufzeit:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="240"/>
        <source>Review &amp;interval:</source>
        <translation>Über&amp;prüfung alle:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="241"/>
        <source>Ne&amp;xt review:</source>
        <translation>&amp;Nächste Überprüfung:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="247"/>
        <source>Review every year, and also after an incident, a change of staff or a change of the law.</source>
        <translation>Überprüfen Sie die Vereinbarung jährlich und zusätzlich nach einem Vorfall, einem Personalwechsel oder einer Rechtsänderung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="255"/>
        <source>A DPIA is required</source>
        <translation>Eine DSFA ist erforderlich</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="255"/>
        <source>DPIA required</source>
        <translation>DSFA erforderlich</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="258"/>
        <source>Sensitive data about vulnerable people usually meets two WP248 criteria.</source>
        <translation>Sensible Daten über schutzbedürftige Personen erfüllen in der Regel zwei Kriterien nach WP 248.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="262"/>
        <source>DPIA status</source>
        <translation>Stand der DSFA</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="263"/>
        <source>How far the data protection impact assessment has come.</source>
        <translation>Wie weit die Datenschutz-Folgenabschätzung gediehen ist.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="268"/>
        <source>DPIA lead partner</source>
        <translation>Federführender Partner der DSFA</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="269"/>
        <source>The partner who carries out the DPIA and keeps its record.</source>
        <translation>Der Partner, der die DSFA durchführt und ihre Dokumentation führt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="272"/>
        <source>DPIA completed on</source>
        <translation>DSFA abgeschlossen am</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="273"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="275"/>
        <source>The date the DPIA was finished.</source>
        <translation>Der Tag, an dem die DSFA abgeschlossen wurde.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="279"/>
        <source>DPIA reference</source>
        <translation>Aktenzeichen der DSFA</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="280"/>
        <source>Where the DPIA record is filed, e.g. a file number.</source>
        <translation>Wo die Dokumentation der DSFA abgelegt ist, z. B. ein Aktenzeichen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="283"/>
        <source>DPIA note</source>
        <translation>Anmerkung zur DSFA</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="284"/>
        <source>Anything else about the DPIA, e.g. open risks or the next step.</source>
        <translation>Weiteres zur DSFA, z. B. offene Risiken oder der nächste Schritt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="288"/>
        <source>Data protection impact assessment (DPIA)</source>
        <translation>Datenschutz-Folgenabschätzung (DSFA)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="293"/>
        <source>Stat&amp;us:</source>
        <translation>S&amp;tand:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="294"/>
        <source>&amp;Lead:</source>
        <translation>&amp;Federführung:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="295"/>
        <source>&amp;Completed on:</source>
        <translation>Abg&amp;eschlossen am:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="296"/>
        <source>&amp;Reference:</source>
        <translation>A&amp;ktenzeichen:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="297"/>
        <source>N&amp;ote:</source>
        <translation>An&amp;merkung:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="303"/>
        <source>Add meeting format</source>
        <translation>Besprechungsformat hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="306"/>
        <source>Add success indicator</source>
        <translation>Erfolgsindikator hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="310"/>
        <source>Meetings</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="311"/>
        <source>Success indicators</source>
        <translation>Erfolgsindikatoren</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="340"/>
        <source>Meetings and review</source>
        <translation>Besprechungen und Überprüfung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="344"/>
        <source>When the agreement takes effect and is reviewed, the DPIA, how the partners meet and how they will know whether the cooperation works.</source>
        <translation>Wann die Vereinbarung in Kraft tritt und überprüft wird, die DSFA, wie sich die Partner treffen und woran sie erkennen, ob die Zusammenarbeit gelingt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="365"/>
        <source>Use {date}</source>
        <translation>{date} übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="367"/>
        <source>Use the suggested date</source>
        <translation>Vorgeschlagenes Datum übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="369"/>
        <source>Use the suggested next review date</source>
        <translation>Vorgeschlagenen Termin der nächsten Überprüfung übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="370"/>
        <source>The effective date plus the review interval.</source>
        <translation>Das Datum des Inkrafttretens zuzüglich des Überprüfungsabstands.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="389"/>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="411"/>
        <source>The next review ({review}) is before the effective date ({effective}).</source>
        <translation>Die nächste Überprüfung ({review}) liegt vor dem Inkrafttreten ({effective}).</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="417"/>
        <source>Success indicator {number} has no name.</source>
        <translation>Erfolgsindikator {number} hat keinen Namen.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../src/coopbuilder/ui/help.py" line="36"/>
        <source>The guide {file} cannot be read ({problem}); reinstall CoopBuilder.</source>
        <translation>Die Anleitung {file} kann nicht gelesen werden ({problem}); installieren Sie CoopBuilder neu.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../src/coopbuilder/ui/help.py" line="49"/>
        <source>CoopBuilder guide</source>
        <translation>Anleitung zu CoopBuilder</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/help.py" line="51"/>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
</context>
<context>
    <name>IndicatorRow</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="126"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="130"/>
        <source>What shows that the cooperation works; a row without one is left out.</source>
        <translation>Woran sich zeigt, dass die Zusammenarbeit wirkt; eine Zeile ohne Angabe wird weggelassen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="135"/>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="139"/>
        <source>How the indicator is counted or observed, e.g. &apos;referrals per year&apos;.</source>
        <translation>Wie der Indikator gezählt oder beobachtet wird, z. B. „Vermittlungen pro Jahr“.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="144"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="147"/>
        <source>The value the partners aim for by the next review.</source>
        <translation>Der Wert, den die Partner bis zur nächsten Überprüfung anstreben.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="151"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="155"/>
        <source>What the review found against the target, e.g. &apos;4 of 4 steering meetings held&apos;; each review records its own.</source>
        <translation>Was die Überprüfung gemessen am Zielwert festgestellt hat, z. B. „4 von 4 Lenkungstreffen abgehalten“; jede Überprüfung hält ihr eigenes Ergebnis fest.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="161"/>
        <source>Success indicator {number}</source>
        <translation>Erfolgsindikator {number}</translation>
    </message>
</context>
<context>
    <name>InkSignaturesDialog</name>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="74"/>
        <source>Record ink signatures</source>
        <translation>Handschriftliche Unterschriften erfassen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="88"/>
        <source>Print the final PDF and have it signed on paper. Scan the signed pages, choose the scan here, and record who signed, when and where. The scan is stored with this version; when everyone has signed, the version is signed and can no longer be changed.</source>
        <translation>Drucken Sie das endgültige PDF und lassen Sie es auf Papier unterschreiben. Scannen Sie die unterschriebenen Seiten, wählen Sie hier den Scan und erfassen Sie, wer wann und wo unterschrieben hat. Der Scan wird mit dieser Version gespeichert; wenn alle unterschrieben haben, ist die Version unterzeichnet und lässt sich nicht mehr ändern.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="98"/>
        <source>Save the final PDF to &amp;print...</source>
        <translation>Endgültiges PDF zum &amp;Drucken speichern…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="106"/>
        <source>Scan of the signed pages</source>
        <translation>Scan der unterschriebenen Seiten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="108"/>
        <source>The scanned paper signatures (PDF or image); choose the file with the button.</source>
        <translation>Die eingescannten Unterschriften auf Papier (PDF oder Bild); wählen Sie die Datei mit der Schaltfläche.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="112"/>
        <source>No scan chosen</source>
        <translation>Kein Scan gewählt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="113"/>
        <source>Choose &amp;scan...</source>
        <translation>&amp;Scan wählen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="116"/>
        <source>Scan:</source>
        <translation>Scan:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="119"/>
        <source>Who signed on paper</source>
        <translation>Wer auf Papier unterschrieben hat</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="122"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="123"/>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="157"/>
        <source>{representative} signed</source>
        <translation>{representative} hat unterschrieben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="158"/>
        <source>{name} signed</source>
        <translation>{name} hat unterschrieben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="159"/>
        <source>Tick if this representative signed the printed agreement by hand.</source>
        <translation>Aktivieren, wenn diese vertretungsberechtigte Person die gedruckte Vereinbarung handschriftlich unterschrieben hat.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="163"/>
        <source>Date {name} signed</source>
        <translation>Datum der Unterschrift von {name}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="164"/>
        <source>The date written beside the signature; not later than today.</source>
        <translation>Das Datum neben der Unterschrift; nicht später als heute.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="171"/>
        <source>Place where {name} signed</source>
        <translation>Ort der Unterschrift von {name}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="172"/>
        <source>The town written beside the signature.</source>
        <translation>Der Ort neben der Unterschrift.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="174"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="179"/>
        <source>on</source>
        <translation>am</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="189"/>
        <source>Choose the scan of the signed pages</source>
        <translation>Scan der unterschriebenen Seiten wählen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="190"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="215"/>
        <source>Choose the scan of the signed pages.</source>
        <translation>Wählen Sie den Scan der unterschriebenen Seiten.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="219"/>
        <source>Tick each representative who signed.</source>
        <translation>Aktivieren Sie jede vertretungsberechtigte Person, die unterschrieben hat.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="242"/>
        <source>Recorded the ink signatures of {names}. Everyone has signed: the version is now signed, and the scan is stored with it (SHA-256 {sha256}).</source>
        <translation>Die handschriftlichen Unterschriften von {names} wurden erfasst. Alle haben unterschrieben: Die Version ist jetzt unterzeichnet, und der Scan ist mit ihr gespeichert (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="248"/>
        <source>Recorded the ink signatures of {names}, and stored the scan with the version. Still to sign: {waiting}.</source>
        <translation>Die handschriftlichen Unterschriften von {names} wurden erfasst und der Scan mit der Version gespeichert. Noch zu unterschreiben: {waiting}.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="261"/>
        <source>Save the final PDF to print</source>
        <translation>Endgültiges PDF zum Drucken speichern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="262"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/ink_dialog.py" line="280"/>
        <source>Saved the final PDF to {path}; the version is marked ready to sign. Print it and have it signed.</source>
        <translation>Das endgültige PDF wurde unter {path} gespeichert; die Version ist als unterschriftsreif markiert. Drucken Sie es und lassen Sie es unterschreiben.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../src/coopbuilder/ui/texts.py" line="26"/>
        <source>en</source>
        <comment>The code of the language of this translation (en or de). The fixed choices and the check messages the program shows follow it.</comment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../src/coopbuilder/ui/language.py" line="135"/>
        <source>CoopBuilder will speak {language} from its next start.</source>
        <translation>CoopBuilder spricht ab dem nächsten Start {language}.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/language.py" line="139"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/language.py" line="140"/>
        <source>The language of the program; it changes at the next start.</source>
        <translation>Die Sprache des Programms; sie wechselt beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/language.py" line="145"/>
        <source>System language ({language})</source>
        <translation>Sprache des Systems ({language})</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <location filename="../../src/coopbuilder/ui/help.py" line="129"/>
        <source>Licences - CoopBuilder</source>
        <translation>Lizenzen - CoopBuilder</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/help.py" line="132"/>
        <source>Licence of CoopBuilder</source>
        <translation>Lizenz von CoopBuilder</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/help.py" line="134"/>
        <location filename="../../src/coopbuilder/ui/help.py" line="137"/>
        <source>Third-party notices</source>
        <translation>Hinweise zu Software Dritter</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/help.py" line="136"/>
        <source>CoopBuilder (EUPL-1.2)</source>
        <translation>CoopBuilder (EUPL-1.2)</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="29"/>
        <source>&amp;New agreement</source>
        <translation>&amp;Neue Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="33"/>
        <source>Start a new agreement between two partners (Ctrl+N)</source>
        <translation>Eine neue Vereinbarung zwischen zwei Partnern beginnen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="43"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="47"/>
        <source>Open the agreement selected in the list (Ctrl+O, Enter)</source>
        <translation>Die in der Liste gewählte Vereinbarung öffnen (Strg+O, Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_menus.py" line="101"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_menus.py" line="105"/>
        <source>Save the open agreement (Ctrl+S)</source>
        <translation>Die geöffnete Vereinbarung speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_menus.py" line="113"/>
        <source>&amp;Close agreement</source>
        <translation>Vereinbarung s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="39"/>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="43"/>
        <source>Add an agreement file a partner sent you (Ctrl+I)</source>
        <translation>Eine Vereinbarungsdatei hinzufügen, die ein Partner Ihnen geschickt hat (Strg+I)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="53"/>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="57"/>
        <source>Write the agreement to a file for a partner (Ctrl+E)</source>
        <translation>Die Vereinbarung für einen Partner in eine Datei schreiben (Strg+E)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="57"/>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="61"/>
        <source>Print the agreement (Ctrl+P)</source>
        <translation>Die Vereinbarung drucken (Strg+P)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/recovery_commands.py" line="27"/>
        <source>&amp;Recover unsaved changes...</source>
        <translation>Nicht gespeicherte Änderungen &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/workspace_opener.py" line="67"/>
        <source>Open &amp;workspace...</source>
        <translation>&amp;Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/workspace_opener.py" line="74"/>
        <source>Open a database &amp;server...</source>
        <translation>Datenbankser&amp;ver öffnen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_menus.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_menus.py" line="235"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_menus.py" line="224"/>
        <source>&amp;Recent workspaces</source>
        <translation>&amp;Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_menus.py" line="131"/>
        <source>&amp;Find agreements</source>
        <translation>Vereinbarungen &amp;suchen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_menus.py" line="134"/>
        <source>Search the list of agreements (Ctrl+F)</source>
        <translation>Die Liste der Vereinbarungen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_menus.py" line="236"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_menus.py" line="237"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_menus.py" line="141"/>
        <source>&amp;Agreements</source>
        <translation>&amp;Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review_commands.py" line="99"/>
        <source>Re&amp;views</source>
        <translation>Überprüf&amp;ungen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_menus.py" line="149"/>
        <source>&amp;Refresh the list</source>
        <translation>Liste &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="69"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="71"/>
        <source>Make a new draft agreement from this one</source>
        <translation>Aus dieser Vereinbarung einen neuen Entwurf machen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_commands.py" line="80"/>
        <source>De&amp;lete...</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review_commands.py" line="107"/>
        <source>Start &amp;review...</source>
        <translation>Überprüfung be&amp;ginnen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review_commands.py" line="109"/>
        <source>Review the signed agreement: a new draft version, rated again</source>
        <translation>Die unterzeichnete Vereinbarung überprüfen: eine neue Entwurfsversion, neu bewertet</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review_commands.py" line="118"/>
        <source>Start e&amp;xtraordinary review...</source>
        <translation>Außer&amp;ordentliche Überprüfung beginnen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review_commands.py" line="120"/>
        <source>Review it now: after an incident, a change of staff or of the law</source>
        <translation>Jetzt überprüfen: nach einem Vorfall, einem Personalwechsel oder einer Rechtsänderung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review_commands.py" line="129"/>
        <source>&amp;Compare with earlier years</source>
        <translation>Mit den &amp;Vorjahren vergleichen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review_commands.py" line="131"/>
        <source>This version beside the earlier ones: ratings, actions and changes</source>
        <translation>Diese Version neben den früheren: Bewertungen, Maßnahmen und Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing_commands.py" line="44"/>
        <source>&amp;Sign...</source>
        <translation>&amp;Unterschreiben…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing_commands.py" line="46"/>
        <source>Sign this version with a certificate file, or record a PDF signed elsewhere</source>
        <translation>Diese Version mit einer Zertifikatsdatei unterschreiben oder ein anderswo unterschriebenes PDF erfassen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing_commands.py" line="56"/>
        <source>&amp;Verify signatures...</source>
        <translation>Unterschriften &amp;prüfen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing_commands.py" line="58"/>
        <source>Check the signatures of the signed PDF stored with this version</source>
        <translation>Die Unterschriften des mit dieser Version gespeicherten unterschriebenen PDF prüfen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing_commands.py" line="67"/>
        <source>Record &amp;ink signatures...</source>
        <translation>&amp;Handschriftliche Unterschriften erfassen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing_commands.py" line="69"/>
        <source>Print the final PDF, and record who signed it on paper, with the scan</source>
        <translation>Das endgültige PDF drucken und mit dem Scan erfassen, wer es auf Papier unterschrieben hat</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_menus.py" line="238"/>
        <source>&amp;Agreement</source>
        <translation>&amp;Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing_commands.py" line="79"/>
        <source>Make a &amp;trial certificate...</source>
        <translation>&amp;Testzertifikat erstellen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing_commands.py" line="86"/>
        <source>T&amp;rusted certificates...</source>
        <translation>&amp;Vertrauenswürdige Zertifikate…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_menus.py" line="239"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_menus.py" line="157"/>
        <source>&amp;Clause library...</source>
        <translation>&amp;Klauselbibliothek…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_menus.py" line="240"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_menus.py" line="164"/>
        <source>CoopBuilder &amp;guide</source>
        <translation>&amp;Anleitung zu CoopBuilder</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_menus.py" line="172"/>
        <source>Open the &amp;log folder</source>
        <translation>Ordner der &amp;Logdatei öffnen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_menus.py" line="179"/>
        <source>&amp;About CoopBuilder</source>
        <translation>Ü&amp;ber CoopBuilder</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_menus.py" line="263"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/coopbuilder/ui/main_window.py" line="106"/>
        <source>Views and open agreements</source>
        <translation>Ansichten und geöffnete Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_window.py" line="107"/>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_window.py" line="146"/>
        <source>Workspace location</source>
        <translation>Ort des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_window.py" line="150"/>
        <source>Clause library in use</source>
        <translation>Verwendete Klauselbibliothek</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_window.py" line="157"/>
        <source>Opening the workspace...</source>
        <translation>Der Arbeitsbereich wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_window.py" line="158"/>
        <source>CoopBuilder</source>
        <translation>CoopBuilder</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_window.py" line="226"/>
        <source>Workspace: {location}</source>
        <translation>Arbeitsbereich: {location}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_window.py" line="228"/>
        <source>{workspace} - CoopBuilder</source>
        <translation>{workspace} – CoopBuilder</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/main_window.py" line="256"/>
        <source>Saved &apos;{title}&apos;.</source>
        <translation>„{title}“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>MeetingRow</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="44"/>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="52"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="45"/>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="59"/>
        <source>Cadence</source>
        <translation>Turnus</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="55"/>
        <source>What the meeting is for, e.g. steering or case conference.</source>
        <translation>Wozu die Besprechung dient, z. B. Steuerung oder Fallkonferenz.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="62"/>
        <source>How often the partners meet in this format.</source>
        <translation>Wie oft sich die Partner in diesem Format treffen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="66"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="71"/>
        <source>Who takes part, by role rather than by name, e.g. &apos;heads of unit&apos;.</source>
        <translation>Wer teilnimmt, nach Funktion statt nach Namen, z. B. „Referatsleitungen“.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="76"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="81"/>
        <source>Anything else about this meeting, e.g. who invites or where it is held.</source>
        <translation>Weiteres zu dieser Besprechung, z. B. wer einlädt oder wo sie stattfindet.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="86"/>
        <source>Minutes without client identifiers</source>
        <translation>Protokoll ohne Angaben, die betreute Personen erkennbar machen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="91"/>
        <source>Tick so the minutes never name or identify a client; the agreement says so.</source>
        <translation>Aktivieren, damit das Protokoll keine betreute Person nennt oder erkennbar macht; die Vereinbarung hält das fest.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="96"/>
        <source>Meeting {number}</source>
        <translation>Besprechung {number}</translation>
    </message>
</context>
<context>
    <name>NewAgreement</name>
    <message>
        <location filename="../../src/coopbuilder/ui/session.py" line="110"/>
        <source>New cooperation agreement</source>
        <translation>Neue Kooperationsvereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/session.py" line="114"/>
        <source>NGO partner</source>
        <translation>NGO-Partner</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/session.py" line="116"/>
        <source>Security partner</source>
        <translation>Sicherheitspartner</translation>
    </message>
</context>
<context>
    <name>OpenAgreement</name>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_editor.py" line="114"/>
        <source>Notice about this agreement</source>
        <translation>Hinweis zu dieser Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_editor.py" line="152"/>
        <source>{title}, version {version}, {status}</source>
        <translation>{title}, Version {version}, {status}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_editor.py" line="176"/>
        <source>Print the agreement</source>
        <translation>Vereinbarung drucken</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/fields.py" line="225"/>
        <source>{field}: set a date</source>
        <translation>{field}: Datum festlegen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/fields.py" line="244"/>
        <source>Tick to enter a date in the field beside; leave it unticked while the date is open.</source>
        <translation>Aktivieren, um im Feld daneben ein Datum einzugeben; nicht aktivieren, solange das Datum offen ist.</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="85"/>
        <source>Partner {number}</source>
        <translation>Partner {number}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="88"/>
        <source>Partner {number}: {field}</source>
        <translation>Partner {number}: {field}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="92"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="93"/>
        <source>The partner&apos;s full legal name, as it is printed in the agreement.</source>
        <translation>Der vollständige rechtliche Name des Partners, wie er in der Vereinbarung gedruckt wird.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="97"/>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="98"/>
        <source>Used in tables and on the projector, e.g. &apos;LKA&apos;.</source>
        <translation>Für Tabellen und die Projektion, z. B. „LKA“.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="102"/>
        <source>German article</source>
        <translation>Artikel im Deutschen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="104"/>
        <source>The article the short name takes in German text (&apos;das LKA&apos;, &apos;die JVA&apos;); German agreements decline it (&apos;vom LKA&apos;, &apos;beim LKA&apos;).</source>
        <translation>Der Artikel, den der Kurzname im deutschen Text trägt („das LKA“, „die JVA“); deutsche Vereinbarungen beugen ihn („vom LKA“, „beim LKA“).</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="107"/>
        <source>None (the name stands alone)</source>
        <translation>Keiner (der Name steht allein)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="112"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="114"/>
        <source>What kind of organisation the partner is; sets the sector and the data-protection regime.</source>
        <translation>Welche Art von Organisation der Partner ist; legt den Sektor und das Datenschutzregime fest.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="121"/>
        <source>Sector</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="123"/>
        <source>Whether the partner belongs to the security sector (police, prison, ...) or not.</source>
        <translation>Ob der Partner zum Sicherheitsbereich gehört (Polizei, Justizvollzug, …) oder nicht.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="128"/>
        <source>Data-protection regime</source>
        <translation>Datenschutzrechtliche Stellung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="132"/>
        <source>Set from the kind of partner; change it if this partner processes data under another law.</source>
        <translation>Aus der Art des Partners übernommen; ändern Sie sie, wenn dieser Partner Daten nach anderem Recht verarbeitet.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="137"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="138"/>
        <source>The postal address, as it is printed under the partner&apos;s name.</source>
        <translation>Die Postanschrift, wie sie unter dem Namen des Partners gedruckt wird.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="144"/>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragte/r</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="145"/>
        <source>Name and contact of the data protection officer.</source>
        <translation>Name und Kontaktdaten der oder des Datenschutzbeauftragten.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="149"/>
        <source>Add representative</source>
        <translation>Vertretungsberechtigte Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="153"/>
        <source>Partner {number}: add representative</source>
        <translation>Partner {number}: vertretungsberechtigte Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="158"/>
        <source>Nobody signs for this partner yet: tick &apos;Signs&apos; for a representative.</source>
        <translation>Für diesen Partner unterschreibt noch niemand: Aktivieren Sie „Unterschreibt“ bei einer vertretungsberechtigten Person.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="165"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="166"/>
        <source>Short name:</source>
        <translation>Kurzname:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="167"/>
        <source>German article:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="168"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="169"/>
        <source>Sector:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="170"/>
        <source>Data protection:</source>
        <translation>Datenschutz:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="171"/>
        <source>Address:</source>
        <translation>Anschrift:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="172"/>
        <source>Data protection officer:</source>
        <translation>Datenschutzbeauftragte/r:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="173"/>
        <source>Representatives:</source>
        <translation>Vertretungsberechtigte Personen:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="225"/>
        <source>Give partner {number} a name.</source>
        <translation>Geben Sie Partner {number} einen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="229"/>
        <source>Representative {position} of partner {number} has no name.</source>
        <translation>Vertretungsberechtigte Person {position} von Partner {number} hat keinen Namen.</translation>
    </message>
</context>
<context>
    <name>PartnershipPage</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="34"/>
        <source>Title of the agreement</source>
        <translation>Titel der Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="35"/>
        <source>A short title that names the cooperation; it heads the agreement.</source>
        <translation>Ein kurzer Titel, der die Zusammenarbeit benennt; er steht über der Vereinbarung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="38"/>
        <source>Language of the agreement</source>
        <translation>Sprache der Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="42"/>
        <source>The language the agreement is printed and signed in. The statements the partners rate and the recommended actions follow it; what you type stays as typed.</source>
        <translation>Die Sprache, in der die Vereinbarung gedruckt und unterzeichnet wird. Die Aussagen, die die Partner bewerten, und die empfohlenen Maßnahmen folgen ihr; was Sie eingeben, bleibt, wie es ist.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="49"/>
        <source>Legal nature of the agreement</source>
        <translation>Rechtsnatur der Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="51"/>
        <source>Whether the agreement is a non-binding memorandum of understanding (usual between an authority and an NGO) or a binding public-law contract; the lawyers confirm it. Neither is a legal basis for any transfer.</source>
        <translation>Ob die Vereinbarung eine rechtlich unverbindliche Absichtserklärung ist (üblich zwischen einer Behörde und einer NGO) oder ein bindender öffentlich-rechtlicher Vertrag; die Rechtsberatung bestätigt es. Keines von beiden ist eine Rechtsgrundlage für eine Übermittlung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="59"/>
        <source>Field of work: {field}</source>
        <translation>Arbeitsfeld: {field}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="62"/>
        <source>Activate each field the NGO partner&apos;s counselling covers: family counselling and work with returnees add their clauses to the agreement.</source>
        <translation>Aktivieren Sie jedes Arbeitsfeld, das die Beratung der NGO umfasst: Angehörigenberatung und die Arbeit mit Rückkehrenden fügen der Vereinbarung ihre Klauseln hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="75"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="76"/>
        <source>Why the partners cooperate, each within its own mandate.</source>
        <translation>Warum die Partner zusammenarbeiten, jeder im Rahmen seines Auftrags.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="79"/>
        <source>Scope</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="79"/>
        <source>What the cooperation covers.</source>
        <translation>Was die Zusammenarbeit umfasst.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="81"/>
        <source>Out of scope</source>
        <translation>Ausgenommen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="83"/>
        <source>What the cooperation never covers, e.g. tasking NGO staff as informants or covert use of counselling.</source>
        <translation>Was die Zusammenarbeit nie umfasst, z. B. die Führung von NGO-Mitarbeitenden als Informantinnen oder Informanten oder die verdeckte Nutzung der Beratung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="89"/>
        <source>e.g. tasking of NGO staff as informants; covert use of counselling</source>
        <translation>z. B. die Führung von NGO-Mitarbeitenden als Informantinnen oder Informanten; die verdeckte Nutzung der Beratung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="91"/>
        <source>The agreement</source>
        <translation>Die Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="95"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="96"/>
        <source>Agreement &amp;language:</source>
        <translation>Sp&amp;rache der Vereinbarung:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="97"/>
        <source>Legal &amp;nature:</source>
        <translation>&amp;Rechtsnatur:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="98"/>
        <source>Fields of work:</source>
        <translation>Arbeitsfelder:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="99"/>
        <source>&amp;Purpose:</source>
        <translation>Zwec&amp;k:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="100"/>
        <source>S&amp;cope:</source>
        <translation>&amp;Gegenstand:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="101"/>
        <source>&amp;Out of scope:</source>
        <translation>A&amp;usgenommen:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="116"/>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="120"/>
        <source>Who cooperates, why, and what the cooperation covers. Name the representatives and who signs for each partner.</source>
        <translation>Wer zusammenarbeitet, warum und was die Zusammenarbeit umfasst. Nennen Sie die vertretungsberechtigten Personen und wer für jeden Partner unterschreibt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="145"/>
        <source>Give the agreement a title.</source>
        <translation>Geben Sie der Vereinbarung einen Titel.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="150"/>
        <source>The two partners have the same name; give each its own.</source>
        <translation>Die beiden Partner haben denselben Namen; geben Sie jedem einen eigenen.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/passphrase.py" line="50"/>
        <source>The file names the staff with their phones and e-mails. Protect it with a passphrase, and tell the partner the passphrase another way (by phone), never in the same e-mail as the file.</source>
        <translation>Die Datei nennt die Mitarbeitenden mit Telefonnummern und E-Mail-Adressen. Schützen Sie sie mit einer Passphrase, und nennen Sie dem Partner die Passphrase auf anderem Weg (telefonisch), nie in derselben E-Mail wie die Datei.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/passphrase.py" line="57"/>
        <source>&amp;Protect the file with a passphrase</source>
        <translation>Datei mit einer &amp;Passphrase schützen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/passphrase.py" line="60"/>
        <source>Clear it only to write a file anyone who gets it can read.</source>
        <translation>Nur abwählen, um eine Datei zu schreiben, die jeder lesen kann, der sie bekommt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/passphrase.py" line="63"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/passphrase.py" line="64"/>
        <source>At least five or six words that do not belong together.</source>
        <translation>Mindestens fünf oder sechs Wörter, die nicht zusammengehören.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/passphrase.py" line="67"/>
        <source>The passphrase once more</source>
        <translation>Die Passphrase noch einmal</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/passphrase.py" line="67"/>
        <source>Type it again, to be sure of it.</source>
        <translation>Geben Sie sie noch einmal ein, um sicherzugehen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/passphrase.py" line="69"/>
        <source>&amp;Show the passphrase</source>
        <translation>Passphrase &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/passphrase.py" line="71"/>
        <source>Shows what was typed, to read it out to the partner.</source>
        <translation>Zeigt das Eingegebene, um es dem Partner vorzulesen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/passphrase.py" line="76"/>
        <source>How hard the passphrase is to guess</source>
        <translation>Wie schwer die Passphrase zu erraten ist</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/passphrase.py" line="78"/>
        <source>Full when the passphrase is strong enough to protect the file.</source>
        <translation>Voll, wenn die Passphrase stark genug ist, um die Datei zu schützen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/passphrase.py" line="83"/>
        <source>&amp;Make one up</source>
        <translation>Eine &amp;vorschlagen lassen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/passphrase.py" line="85"/>
        <source>Fills in six random words; write them down before you go on.</source>
        <translation>Setzt sechs zufällige Wörter ein; schreiben Sie sie auf, bevor Sie weitermachen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/passphrase.py" line="93"/>
        <source>Passp&amp;hrase:</source>
        <translation>Pa&amp;ssphrase:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/passphrase.py" line="94"/>
        <source>&amp;Once more:</source>
        <translation>&amp;Noch einmal:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/passphrase.py" line="96"/>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/passphrase.py" line="146"/>
        <source>The file will NOT be protected: anyone who gets it can read it.</source>
        <translation>Die Datei wird NICHT geschützt: Jeder, der sie bekommt, kann sie lesen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/passphrase.py" line="168"/>
        <source>Type a passphrase, or let CoopBuilder make one up.</source>
        <translation>Geben Sie eine Passphrase ein, oder lassen Sie CoopBuilder eine vorschlagen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/passphrase.py" line="171"/>
        <source>Too easy to guess: a protected file can be attacked offline for as long as anyone likes. Make it longer.</source>
        <translation>Zu leicht zu erraten: Eine geschützte Datei lässt sich offline beliebig lange angreifen. Machen Sie sie länger.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/passphrase.py" line="175"/>
        <source>Strong enough, but the two entries differ.</source>
        <translation>Stark genug, aber die beiden Eingaben unterscheiden sich.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/passphrase.py" line="177"/>
        <source>Strong enough.</source>
        <translation>Stark genug.</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="106"/>
        <source>&amp;Print...</source>
        <translation>D&amp;rucken…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="109"/>
        <source>Save P&amp;DF...</source>
        <translation>&amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="110"/>
        <source>Save readiness &amp;report...</source>
        <translation>Bericht &amp;zu den Kooperationsvoraussetzungen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="111"/>
        <source>Save for &amp;legal review...</source>
        <translation>Für die &amp;Rechtsberatung speichern…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="118"/>
        <source>Save for &amp;Word...</source>
        <translation>Für &amp;Word speichern…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="121"/>
        <source>Save the draft as a Word document, for a legal department to review with tracked changes</source>
        <translation>Den Entwurf als Word-Dokument speichern, damit das Justiziariat oder die Rechtsberatung ihn mit Änderungsverfolgung prüfen kann</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="125"/>
        <source>Show &amp;changes</source>
        <translation>Änderungen &amp;markieren</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="126"/>
        <source>Show the changes against the signed version</source>
        <translation>Änderungen gegenüber der unterzeichneten Version zeigen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="128"/>
        <source>Mark what this version changes against the signed version it was made from: removed words struck through in red, added words underlined in green</source>
        <translation>Markiert, was diese Version gegenüber der unterzeichneten Version ändert, aus der sie erstellt wurde: gestrichene Wörter rot durchgestrichen, eingefügte Wörter grün unterstrichen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="159"/>
        <source>Preparing the preview</source>
        <translation>Die Vorschau wird erstellt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="162"/>
        <source>State of the preview</source>
        <translation>Stand der Vorschau</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="170"/>
        <source>The agreement as it will print, page by page.</source>
        <translation>Die Vereinbarung, wie sie gedruckt wird, Seite für Seite.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="191"/>
        <source>Preview of the agreement ready to sign</source>
        <translation>Vorschau der unterschriftsreifen Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="195"/>
        <source>ready to sign</source>
        <translation>unterschriftsreif</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="199"/>
        <source>Preview of the signed agreement</source>
        <translation>Vorschau der unterzeichneten Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="201"/>
        <source>signed</source>
        <translation>unterzeichnet</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="205"/>
        <source>Preview of the superseded agreement</source>
        <translation>Vorschau der abgelösten Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="209"/>
        <source>superseded</source>
        <translation>abgelöst</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="213"/>
        <source>Preview of the terminated agreement</source>
        <translation>Vorschau der beendeten Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="217"/>
        <source>terminated</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="220"/>
        <source>Preview of the draft agreement</source>
        <translation>Vorschau des Vereinbarungsentwurfs</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="240"/>
        <source>Preparing the preview...</source>
        <translation>Die Vorschau wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="107"/>
        <source>Print the agreement (Ctrl+P)</source>
        <translation>Die Vereinbarung drucken (Strg+P)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="300"/>
        <source>The preview could not be made: {problem}</source>
        <translation>Die Vorschau konnte nicht erstellt werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="324"/>
        <source>{title} - version {version} - {kind}.pdf</source>
        <translation>{title} - Version {version} - {kind}.pdf</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="337"/>
        <source>Save the agreement as PDF</source>
        <translation>Vereinbarung als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="339"/>
        <location filename="../../src/coopbuilder/ui/preview.py" line="370"/>
        <location filename="../../src/coopbuilder/ui/preview.py" line="382"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="222"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="108"/>
        <source>Print previe&amp;w...</source>
        <translation>Druckv&amp;orschau…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="114"/>
        <source>The draft with a note under every clause (the provisions it rests on, the partners&apos; choice) and every open legal question numbered, for the lawyers</source>
        <translation>Der Entwurf mit einer Notiz unter jeder Klausel (die Vorschriften, auf denen sie beruht, und die Entscheidung der Partner) und allen offenen Rechtsfragen, nummeriert, für die Rechtsberatung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coopbuilder/ui/preview.py" line="193"/>
        <source>Preview of the version ready to sign: %n page(s).</source>
        <translation>
            <numerusform>Vorschau der unterschriftsreifen Version: %n Seite.</numerusform>
            <numerusform>Vorschau der unterschriftsreifen Version: %n Seiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coopbuilder/ui/preview.py" line="200"/>
        <source>Preview of the signed version: %n page(s).</source>
        <translation>
            <numerusform>Vorschau der unterzeichneten Version: %n Seite.</numerusform>
            <numerusform>Vorschau der unterzeichneten Version: %n Seiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coopbuilder/ui/preview.py" line="207"/>
        <source>Preview of the superseded version: %n page(s).</source>
        <translation>
            <numerusform>Vorschau der abgelösten Version: %n Seite.</numerusform>
            <numerusform>Vorschau der abgelösten Version: %n Seiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coopbuilder/ui/preview.py" line="215"/>
        <source>Preview of the terminated version: %n page(s).</source>
        <translation>
            <numerusform>Vorschau der beendeten Version: %n Seite.</numerusform>
            <numerusform>Vorschau der beendeten Version: %n Seiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coopbuilder/ui/preview.py" line="221"/>
        <source>Preview of the draft: %n page(s).</source>
        <translation>
            <numerusform>Vorschau des Entwurfs: %n Seite.</numerusform>
            <numerusform>Vorschau des Entwurfs: %n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="291"/>
        <source>Changes against the signed version are marked.</source>
        <translation>Änderungen gegenüber der unterzeichneten Version sind markiert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="336"/>
        <source>changes marked</source>
        <translation>Änderungen markiert</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="348"/>
        <source>Save the agreement for Word</source>
        <translation>Die Vereinbarung für Word speichern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="349"/>
        <source>{title} - version {version} - {kind}.docx</source>
        <translation>{title} - Version {version} - {kind}.docx</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="357"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="368"/>
        <source>Save the readiness report as PDF</source>
        <translation>Bericht zu den Kooperationsvoraussetzungen als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="370"/>
        <source>readiness</source>
        <translation>Kooperationsvoraussetzungen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="380"/>
        <source>Save the draft for legal review</source>
        <translation>Entwurf für die Rechtsberatung speichern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="382"/>
        <source>legal review</source>
        <translation>Rechtsberatung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/preview.py" line="391"/>
        <source>Saved {file}.</source>
        <translation>{file} wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>PlaceholderOutput</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="54"/>
        <source>The preview of the draft agreement, and the buttons to print it and to save it as a PDF, will appear here.</source>
        <translation>Hier erscheinen die Vorschau des Vereinbarungsentwurfs und die Schaltflächen zum Drucken und zum Speichern als PDF.</translation>
    </message>
</context>
<context>
    <name>PreconditionPanel</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="101"/>
        <source>Note (optional)</source>
        <translation>Anmerkung (optional)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="153"/>
        <source>new question</source>
        <translation>Aussage neu gefasst</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="155"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="157"/>
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="159"/>
        <source>don&apos;t know</source>
        <translation>weiß nicht</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="160"/>
        <source>Last time: {value}</source>
        <translation>Zuletzt: {value}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="163"/>
        <source>{partner}&apos;s rating in version {number}: {value}</source>
        <translation>Bewertung des Partners {partner} in Version {number}: {value}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="168"/>
        <source>{partner}, {precondition} statement {number}: last time</source>
        <translation>{partner}, {precondition}, Aussage {number}: zuletzt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="175"/>
        <source>{statement} Last time: {value}.</source>
        <translation>{statement} Zuletzt: {value}.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="204"/>
        <source>{number}. {statement}</source>
        <translation>{number}. {statement}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="206"/>
        <source>{statement} ↻ (replaced since)</source>
        <translation>{statement} ↻ (inzwischen ersetzt)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="209"/>
        <source>{partner}, {precondition} statement {number}</source>
        <translation>{partner}, {precondition}, Aussage {number}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="214"/>
        <source>{where}: rating</source>
        <translation>{where}: Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="216"/>
        <source>{where}: note</source>
        <translation>{where}: Anmerkung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="219"/>
        <source>Optional: why the partner rates the statement so; printed in the readiness report.</source>
        <translation>Freiwillig: warum der Partner die Aussage so bewertet; erscheint im Bericht zu den Kooperationsvoraussetzungen.</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../src/coopbuilder/ui/printing.py" line="182"/>
        <source>Preparing to print...</source>
        <translation>Der Druck wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/printing.py" line="182"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/printing.py" line="184"/>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/printing.py" line="185"/>
        <source>Printing progress</source>
        <translation>Druckfortschritt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/printing.py" line="198"/>
        <source>No file was chosen to print to. Choose a file name.</source>
        <translation>Es wurde keine Datei zum Drucken gewählt. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/printing.py" line="209"/>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/printing.py" line="220"/>
        <source>Printing page {page} of {count}</source>
        <translation>Seite {page} von {count} wird gedruckt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/printing.py" line="228"/>
        <location filename="../../src/coopbuilder/ui/printing.py" line="255"/>
        <location filename="../../src/coopbuilder/ui/printing.py" line="262"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/printing.py" line="236"/>
        <source>to the file {file}</source>
        <translation>in die Datei {file}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/printing.py" line="238"/>
        <source>to the printer {printer}</source>
        <translation>auf dem Drucker {printer}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/printing.py" line="240"/>
        <source>Printed the whole document {where}; pages: {pages}.</source>
        <translation>Das ganze Dokument wurde {where} gedruckt; Seiten: {pages}.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/printing.py" line="243"/>
        <source>Printed pages {pages} ({printed} of {count}) {where}.</source>
        <translation>Die Seiten {pages} ({printed} von {count}) wurden {where} gedruckt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/printing.py" line="257"/>
        <source>The printer {printer} could not start printing. Check that it is switched on and reachable, or choose another printer, and try again.</source>
        <translation>Der Drucker {printer} konnte nicht mit dem Drucken beginnen. Prüfen Sie, ob er eingeschaltet und erreichbar ist, oder wählen Sie einen anderen Drucker, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ProjectorMode</name>
    <message>
        <location filename="../../src/coopbuilder/ui/projector.py" line="180"/>
        <source>&amp;Projector mode</source>
        <translation>&amp;Projektormodus</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/projector.py" line="184"/>
        <source>Large text and strong contrast for a meeting room</source>
        <translation>Große Schrift und starker Kontrast für einen Besprechungsraum</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/projector.py" line="187"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/projector.py" line="192"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/projector.py" line="195"/>
        <source>&amp;Normal size</source>
        <translation>&amp;Normale Größe</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/radar.py" line="63"/>
        <source>Radar chart of both partners&apos; means</source>
        <translation>Netzdiagramm der Mittelwerte beider Partner</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/radar.py" line="76"/>
        <source>{partner}: {values}.</source>
        <translation>{partner}: {values}.</translation>
    </message>
</context>
<context>
    <name>RatingControl</name>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rating.py" line="128"/>
        <source>not rated yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rating.py" line="77"/>
        <source>don&apos;t know</source>
        <translation>weiß nicht</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rating.py" line="58"/>
        <source>n/a</source>
        <translation>n. a.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rating.py" line="71"/>
        <source>strongly disagree</source>
        <translation>trifft gar nicht zu</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rating.py" line="72"/>
        <source>disagree</source>
        <translation>trifft eher nicht zu</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rating.py" line="73"/>
        <source>neither agree nor disagree</source>
        <translation>teils, teils</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rating.py" line="74"/>
        <source>agree</source>
        <translation>trifft eher zu</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rating.py" line="75"/>
        <source>strongly agree</source>
        <translation>trifft voll zu</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rating.py" line="78"/>
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rating.py" line="92"/>
        <location filename="../../src/coopbuilder/ui/widgets/rating.py" line="131"/>
        <source>{value}, {label}</source>
        <translation>{value}, {label}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rating.py" line="137"/>
        <source>{statement} Rating: {value}.</source>
        <translation>{statement} Bewertung: {value}.</translation>
    </message>
</context>
<context>
    <name>RatingImport</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rating_import.py" line="46"/>
        <source>Load ratings from a partner&apos;s file</source>
        <translation>Bewertungen aus der Datei eines Partners laden</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rating_import.py" line="52"/>
        <source>CoopBuilder agreement files (*.coopagreement *.json);;All files (*)</source>
        <translation>CoopBuilder-Vereinbarungsdateien (*.coopagreement *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rating_import.py" line="68"/>
        <source>{problem} Type the passphrase again:</source>
        <translation>{problem} Geben Sie die Passphrase noch einmal ein:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rating_import.py" line="71"/>
        <source>{file} is protected with a passphrase. Type the passphrase the partner gave you:</source>
        <translation>{file} ist mit einer Passphrase geschützt. Geben Sie die Passphrase ein, die der Partner Ihnen genannt hat:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rating_import.py" line="82"/>
        <source>{file} could not be read: {problem}</source>
        <translation>{file} konnte nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rating_import.py" line="93"/>
        <source>{file} holds no ratings. Choose the file the partner saved after rating.</source>
        <translation>{file} enthält keine Bewertungen. Wählen Sie die Datei, die der Partner nach dem Bewerten gespeichert hat.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rating_import.py" line="103"/>
        <source>{file} holds ratings by {first} and by {second}. Whose ratings do you want to load?</source>
        <translation>{file} enthält Bewertungen von {first} und von {second}. Wessen Bewertungen möchten Sie laden?</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rating_import.py" line="122"/>
        <source>The ratings in {file} are by {name}, which is not a partner of this agreement under that name. For which partner are they?</source>
        <translation>Die Bewertungen in {file} stammen von {name}; unter diesem Namen ist niemand Partner dieser Vereinbarung. Für welchen Partner gelten sie?</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rating_import.py" line="136"/>
        <source>{file} was rated on newer statements (catalogue version {theirs}) than this agreement (version {ours}). Start a review of this agreement to rate the newer statements, then load the file there.</source>
        <translation>{file} wurde nach neueren Aussagen bewertet (Katalogversion {theirs}) als diese Vereinbarung (Version {ours}). Beginnen Sie eine Überprüfung dieser Vereinbarung, um die neueren Aussagen zu bewerten, und laden Sie die Datei dort.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rating_import.py" line="154"/>
        <source>This replaces the ratings already given for {partner}. Load the ratings from the file?</source>
        <translation>Dies ersetzt die bereits abgegebenen Bewertungen des Partners {partner}. Die Bewertungen aus der Datei laden?</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="247"/>
        <source>Rating scale</source>
        <translation>Bewertungsskala</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="250"/>
        <source>Keys: 1 to 5, 0 or ? (don&apos;t know), N (not applicable: no experience yet), Delete takes a rating back; the arrow keys move between statements and partners.</source>
        <translation>Tasten: 1 bis 5, 0 oder ? (weiß nicht), N (nicht anwendbar: noch keine Erfahrung), Entf nimmt eine Bewertung zurück; die Pfeiltasten wechseln zwischen Aussagen und Partnern.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="258"/>
        <source>&amp;Load ratings from a partner&apos;s file...</source>
        <translation>Bewertungen aus der Datei eines Partners &amp;laden…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="263"/>
        <source>Statements replaced since</source>
        <translation>Inzwischen ersetzte Aussagen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="270"/>
        <source>Preconditions</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="276"/>
        <source>Choose a precondition to rate its statements; shows how many are rated.</source>
        <translation>Wählen Sie eine Voraussetzung, um ihre Aussagen zu bewerten; zeigt, wie viele bewertet sind.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="330"/>
        <source>Not rated yet: {first_partner} {first} of {total}, {second_partner} {second} of {total} statements. A precondition with too few ratings counts as not assessed; go back to Readiness to rate them.</source>
        <translation>Noch nicht bewertet: {first_partner} {first} von {total}, {second_partner} {second} von {total} Aussagen. Eine Voraussetzung mit zu wenigen Bewertungen gilt als nicht bewertet; gehen Sie zu „Voraussetzungen“ zurück, um sie zu bewerten.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="343"/>
        <source>Readiness</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="347"/>
        <source>Both partners rate the preconditions of cooperation, separately but side by side. Discuss where you disagree; do not average it away.</source>
        <translation>Beide Partner bewerten die Voraussetzungen der Zusammenarbeit, getrennt, aber nebeneinander. Besprechen Sie, wo Sie sich uneinig sind; mitteln Sie es nicht weg.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="405"/>
        <source>Partner 1</source>
        <translation>Partner 1</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="405"/>
        <source>Partner 2</source>
        <translation>Partner 2</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="409"/>
        <source>{mark}{name}
{first_partner}: {first}/{total} rated
{second_partner}: {second}/{total} rated</source>
        <translation>{mark}{name}
{first_partner}: {first}/{total} bewertet
{second_partner}: {second}/{total} bewertet</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="447"/>
        <source>Rate what your own organisation knows and has experienced: {scale}</source>
        <translation>Bewerten Sie, was Ihre eigene Organisation weiß und erfahren hat: {scale}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="452"/>
        <source>n/a {label}</source>
        <translation>n. a. {label}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="470"/>
        <source>Rated on the statements of catalogue version {version}, scored as then. {count} of them (marked ↻) have been replaced since; the next review rates the current ones.</source>
        <translation>Bewertet nach den Aussagen der Katalogversion {version}, ausgewertet wie damals. {count} davon (mit ↻ markiert) sind inzwischen ersetzt; die nächste Überprüfung bewertet die aktuellen Aussagen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="477"/>
        <source>A replaced statement asked two things at once, or asked one partner about both organisations.</source>
        <translation>Eine ersetzte Aussage fragte nach zwei Dingen zugleich oder ließ einen Partner über beide Organisationen urteilen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="504"/>
        <source>Loaded the ratings of {partner} from the file.</source>
        <translation>Die Bewertungen des Partners {partner} wurden aus der Datei geladen.</translation>
    </message>
</context>
<context>
    <name>RecheckBanner</name>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/recheck_banner.py" line="31"/>
        <source>Check of the signed file</source>
        <translation>Prüfung der unterschriebenen Datei</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/recheck_banner.py" line="48"/>
        <source>The signed file stored with version {number} has changed or no longer verifies. Do not rely on it; restore the workspace from a backup or ask the partners for their signed copy.</source>
        <translation>Die mit Version {number} gespeicherte unterschriebene Datei wurde verändert oder lässt sich nicht mehr bestätigen. Verlassen Sie sich nicht auf sie; stellen Sie den Arbeitsbereich aus einer Sicherung wieder her oder bitten Sie die Partner um ihr unterschriebenes Exemplar.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/recheck_banner.py" line="58"/>
        <source>The signed file stored with version {number} is unchanged since it was recorded.</source>
        <translation>Die mit Version {number} gespeicherte unterschriebene Datei ist unverändert, seit sie erfasst wurde.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/recheck_banner.py" line="70"/>
        <source>The signed file could not be re-checked: {problem}</source>
        <translation>Die unterschriebene Datei konnte nicht erneut geprüft werden: {problem}</translation>
    </message>
</context>
<context>
    <name>RecordRow</name>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rows.py" line="61"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rows.py" line="62"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rows.py" line="63"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rows.py" line="143"/>
        <source>{row}: {field}</source>
        <translation>{row}: {field}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rows.py" line="147"/>
        <source>{row}: {field}: set a date</source>
        <translation>{row}: {field}: Datum festlegen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rows.py" line="153"/>
        <source>Move {row} up</source>
        <translation>{row} nach oben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rows.py" line="155"/>
        <source>Move {row} down</source>
        <translation>{row} nach unten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rows.py" line="157"/>
        <source>Remove {row}</source>
        <translation>{row} entfernen</translation>
    </message>
</context>
<context>
    <name>RecoveryCommands</name>
    <message>
        <location filename="../../src/coopbuilder/ui/recovery_commands.py" line="37"/>
        <location filename="../../src/coopbuilder/ui/recovery_commands.py" line="43"/>
        <location filename="../../src/coopbuilder/ui/recovery_commands.py" line="100"/>
        <location filename="../../src/coopbuilder/ui/recovery_commands.py" line="105"/>
        <source>Recover unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/recovery_commands.py" line="59"/>
        <source>No unsaved changes are kept in this workspace.</source>
        <translation>In diesem Arbeitsbereich sind keine nicht gespeicherten Änderungen aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/recovery_commands.py" line="63"/>
        <source>• &apos;{title}&apos;, version {version}: {what} at {time}</source>
        <translation>• „{title}“, Version {version}: {what} am {time}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/recovery_commands.py" line="66"/>
        <source>autosaved</source>
        <translation>automatisch gesichert</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/recovery_commands.py" line="68"/>
        <source>kept after a save by someone else</source>
        <translation>aufbewahrt, nachdem jemand anderes gespeichert hat</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/recovery_commands.py" line="74"/>
        <source>CoopBuilder kept changes that were never saved:
{copies}

Open them now? If you do not, they stay kept (File &gt; Recover unsaved changes...).</source>
        <translation>CoopBuilder hat Änderungen aufbewahrt, die nie gespeichert wurden:
{copies}

Jetzt öffnen? Wenn nicht, bleiben sie aufbewahrt (Datei &gt; Nicht gespeicherte Änderungen wiederherstellen…).</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/recovery_commands.py" line="77"/>
        <source>&amp;Open them</source>
        <translation>&amp;Öffnen</translation>
    </message>
</context>
<context>
    <name>RepresentativeRow</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="33"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="36"/>
        <source>The full name of a person who acts for this partner.</source>
        <translation>Der vollständige Name einer Person, die für diesen Partner handelt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="40"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="43"/>
        <source>The person&apos;s position at the partner, e.g. &apos;Head of unit&apos;.</source>
        <translation>Die Funktion der Person beim Partner, z. B. „Referatsleitung“.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="50"/>
        <source>Tick if this person signs the agreement for the partner.</source>
        <translation>Aktivieren, wenn diese Person die Vereinbarung für den Partner unterschreibt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="47"/>
        <source>Signs</source>
        <translation>Unterschreibt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="55"/>
        <source>Partner {partner}, representative {number}</source>
        <translation>Partner {partner}, vertretungsberechtigte Person {number}</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <location filename="../../src/coopbuilder/ui/review_commands.py" line="88"/>
        <location filename="../../src/coopbuilder/ui/review_commands.py" line="89"/>
        <source>Reviews</source>
        <translation>Überprüfungen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review_commands.py" line="209"/>
        <source>Comparison with the earlier years</source>
        <translation>Vergleich mit den früheren Jahren</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review_commands.py" line="212"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review_commands.py" line="221"/>
        <source>Comparison: {title}, version {number}</source>
        <translation>Vergleich: {title}, Version {number}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="99"/>
        <source>Agreement checks</source>
        <translation>Prüfungen der Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="99"/>
        <source>✔ The checks find nothing to fix.</source>
        <translation>✔ Die Prüfungen finden nichts zu beheben.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="121"/>
        <source>Status and checks</source>
        <translation>Status und Prüfungen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="122"/>
        <source>The agreement&apos;s status and every check on it; scroll to read them all.</source>
        <translation>Der Status der Vereinbarung und alle Prüfungen dazu; blättern Sie, um alle zu lesen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="170"/>
        <source>Review and output</source>
        <translation>Prüfung und Ausgabe</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="174"/>
        <source>Every check on the agreement. Errors keep it from being ready to sign; warnings are for the partners to look at. The draft is for your lawyers, not legal advice.</source>
        <translation>Alle Prüfungen der Vereinbarung. Fehler verhindern, dass sie unterschriftsreif wird; Warnungen sollten sich die Partner ansehen. Der Entwurf ist für Ihr Justiziariat oder Ihre Rechtsberatung bestimmt und selbst keine Rechtsberatung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="193"/>
        <source>The record of this review is empty: nothing is recorded of what worked, what failed or what was learned. Record it in the first step before the version is signed.</source>
        <translation>Das Protokoll dieser Überprüfung ist leer: Es ist nicht festgehalten, was gelungen ist, was misslungen ist oder was gelernt wurde. Halten Sie es im ersten Schritt fest, bevor die Version unterzeichnet wird.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="202"/>
        <source>Errors: {errors}. Warnings: {warnings}.</source>
        <translation>Fehler: {errors}. Warnungen: {warnings}.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="184"/>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="197"/>
        <source>Go there</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="218"/>
        <source>&lt;b&gt;Status:&lt;/b&gt; {status}. &lt;b&gt;Version:&lt;/b&gt; {version}.</source>
        <translation>&lt;b&gt;Status:&lt;/b&gt; {status}. &lt;b&gt;Version:&lt;/b&gt; {version}.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="224"/>
        <source>&amp;Mark ready to sign</source>
        <translation>Als &amp;unterschriftsreif markieren</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="224"/>
        <source>Ret&amp;urn to draft</source>
        <translation>Zurück zum &amp;Entwurf</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="230"/>
        <source>Marked ready to sign; changing any answer returns it to draft.</source>
        <translation>Als unterschriftsreif markiert; jede Änderung macht sie wieder zum Entwurf.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="233"/>
        <source>Fix the errors to mark the agreement ready to sign.</source>
        <translation>Beheben Sie die Fehler, um die Vereinbarung als unterschriftsreif zu markieren.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="237"/>
        <source>No errors, but the record of this review is empty: its review annex would say that nothing was recorded.</source>
        <translation>Keine Fehler, aber das Protokoll dieser Überprüfung ist leer: Die Anlage zur Überprüfung würde sagen, dass nichts festgehalten wurde.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="243"/>
        <source>No errors: the agreement can be marked ready to sign.</source>
        <translation>Keine Fehler: Die Vereinbarung kann als unterschriftsreif markiert werden.</translation>
    </message>
</context>
<context>
    <name>ReviewRecordForm</name>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="35"/>
        <source>Kind of review</source>
        <translation>Art der Überprüfung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="37"/>
        <source>The yearly review, or an extraordinary one after an incident or a change.</source>
        <translation>Die jährliche Überprüfung oder eine außerordentliche nach einem Vorfall oder einer Änderung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="43"/>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="44"/>
        <source>The date the partners met for the review.</source>
        <translation>Der Tag, an dem sich die Partner zur Überprüfung getroffen haben.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="50"/>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="52"/>
        <source>Why an extraordinary review is held: the incident, the change of staff or of law.</source>
        <translation>Warum eine außerordentliche Überprüfung stattfindet: der Vorfall, der Personalwechsel oder die Rechtsänderung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="57"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="58"/>
        <source>Who took part in the review, separated by semicolons.</source>
        <translation>Wer an der Überprüfung teilgenommen hat, durch Semikolons getrennt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="63"/>
        <source>What worked</source>
        <translation>Was gelungen ist</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="64"/>
        <source>What went well in the cooperation since the last review.</source>
        <translation>Was in der Zusammenarbeit seit der letzten Überprüfung gut gelaufen ist.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="68"/>
        <source>What failed</source>
        <translation>Was misslungen ist</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="69"/>
        <source>Talk openly about failures: what did not work, and why.</source>
        <translation>Sprechen Sie offen über Misserfolge: was nicht funktioniert hat und warum.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="73"/>
        <source>What was learned</source>
        <translation>Was gelernt wurde</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="74"/>
        <source>What the partners will do differently from now on.</source>
        <translation>Was die Partner von nun an anders machen werden.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="78"/>
        <source>Changes of staff</source>
        <translation>Personalwechsel</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="79"/>
        <source>Who left, who joined, and how the contacts were handed over.</source>
        <translation>Wer ausgeschieden ist, wer hinzugekommen ist und wie die Aufgaben der Ansprechpersonen übergeben wurden.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="84"/>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="85"/>
        <source>Incidents since the last review, without naming clients.</source>
        <translation>Vorfälle seit der letzten Überprüfung, ohne betreute Personen zu nennen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="90"/>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="91"/>
        <source>What the partners decided at the review, e.g. changes to the agreement.</source>
        <translation>Was die Partner bei der Überprüfung beschlossen haben, z. B. Änderungen der Vereinbarung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="95"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="96"/>
        <source>Anything else about the review.</source>
        <translation>Weiteres zur Überprüfung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="158"/>
        <source>Say why this extraordinary review is held.</source>
        <translation>Geben Sie an, warum diese außerordentliche Überprüfung stattfindet.</translation>
    </message>
</context>
<context>
    <name>ReviewRecordPage</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/record.py" line="72"/>
        <source>Reading the record of the review...</source>
        <translation>Das Protokoll der Überprüfung wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/record.py" line="82"/>
        <source>Review record</source>
        <translation>Protokoll der Überprüfung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/record.py" line="86"/>
        <source>What the review found: what worked, what failed and what was learned, the changes of staff, incidents and decisions. It becomes the review annex of this version. Empty fields are proposed from what the program knows; change them as needed.</source>
        <translation>Was die Überprüfung ergeben hat: was gelungen ist, was misslungen ist und was gelernt wurde, Personalwechsel, Vorfälle und Beschlüsse. Es wird die Anlage zur Überprüfung dieser Version. Leere Felder werden aus dem vorgeschlagen, was das Programm weiß; ändern Sie sie nach Bedarf.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/record.py" line="98"/>
        <location filename="../../src/coopbuilder/ui/wizard/record.py" line="185"/>
        <source>No review started this version.</source>
        <translation>Diese Version ist nicht aus einer Überprüfung hervorgegangen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/record.py" line="106"/>
        <source>The record of the review could not be read: {problem}</source>
        <translation>Das Protokoll der Überprüfung konnte nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/record.py" line="127"/>
        <source>The review of {date}: its record is kept with the draft.</source>
        <translation>Die Überprüfung vom {date}: Ihr Protokoll wird mit dem Entwurf gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/record.py" line="134"/>
        <source>This version is not a draft: its record is its review annex and is shown as it is. To change it, return the version to draft on the last step.</source>
        <translation>Diese Version ist kein Entwurf: Ihr Protokoll ist ihre Anlage zur Überprüfung und wird gezeigt, wie es ist. Um es zu ändern, machen Sie die Version im letzten Schritt wieder zum Entwurf.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/record.py" line="161"/>
        <source>{name} ({role}, {partner})</source>
        <translation>{name} ({role}, {partner})</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/record.py" line="165"/>
        <source>{name} ({partner})</source>
        <translation>{name} ({partner})</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/record.py" line="171"/>
        <source>{role}, {partner}</source>
        <translation>{role}, {partner}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/record.py" line="173"/>
        <source>{left} → {joined} ({where})</source>
        <translation>{left} → {joined} ({where})</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/record.py" line="177"/>
        <source>{left} left ({where})</source>
        <translation>{left} ist ausgeschieden ({where})</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/record.py" line="178"/>
        <source>{joined} joined ({where})</source>
        <translation>{joined} ist hinzugekommen ({where})</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/record.py" line="232"/>
        <source>Kept the record of the review.</source>
        <translation>Das Protokoll der Überprüfung wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/record.py" line="239"/>
        <source>The record was not kept: {problem}</source>
        <translation>Das Protokoll wurde nicht gespeichert: {problem}</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <location filename="../../src/coopbuilder/ui/review_commands.py" line="40"/>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="125"/>
        <source>Agreements and their next review</source>
        <translation>Vereinbarungen und ihre nächste Überprüfung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="126"/>
        <source>Signed agreements, the soonest review first; Enter opens the one chosen.</source>
        <translation>Unterzeichnete Vereinbarungen, die nächste Überprüfung zuerst; die Eingabetaste öffnet die gewählte.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="128"/>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="141"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="129"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="130"/>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="131"/>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="132"/>
        <source>Last review</source>
        <translation>Letzte Überprüfung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="139"/>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="174"/>
        <source>Reviews held</source>
        <translation>Durchgeführte Überprüfungen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="140"/>
        <source>The reviews held so far of the agreement chosen above; read only.</source>
        <translation>Die bisherigen Überprüfungen der oben gewählten Vereinbarung; nur zum Lesen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="141"/>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="141"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="141"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="144"/>
        <source>&amp;Start review...</source>
        <translation>Überprüfung be&amp;ginnen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="145"/>
        <source>Start e&amp;xtraordinary review...</source>
        <translation>Außer&amp;ordentliche Überprüfung beginnen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="146"/>
        <source>&amp;Compare with earlier years</source>
        <translation>Mit den &amp;Vorjahren vergleichen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="147"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="148"/>
        <source>Export ca&amp;lendar...</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="169"/>
        <source>Reviews</source>
        <translation>Überprüfungen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="201"/>
        <source>The reviews could not be read: {problem}</source>
        <translation>Die Überprüfungen konnten nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="216"/>
        <source>Overdue: {overdue}. Due within {days} days: {due}. In progress: {progress}. Every agreement is reviewed once a year, and at any time after an incident, a change of staff or a change of law.</source>
        <translation>Überfällig: {overdue}. Innerhalb von {days} Tagen fällig: {due}. Laufend: {progress}. Jede Vereinbarung wird einmal im Jahr überprüft und außerdem jederzeit nach einem Vorfall, einem Personalwechsel oder einer Rechtsänderung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="231"/>
        <source>{title}
{partners}</source>
        <translation>{title}
{partners}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="234"/>
        <source>{number} ({status})</source>
        <translation>{number} ({status})</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="237"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="239"/>
        <source>{date}, {kind}</source>
        <translation>{date}, {kind}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="243"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="262"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag überfällig</numerusform>
            <numerusform>Seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="268"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>In %n Tag fällig</numerusform>
            <numerusform>In %n Tagen fällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="265"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="267"/>
        <source>Due tomorrow</source>
        <translation>Morgen fällig</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="270"/>
        <source>In progress since {date}</source>
        <translation>Läuft seit {date}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="282"/>
        <source>{kind}: {reason}</source>
        <translation>{kind}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="287"/>
        <source>Version {old} to version {new}</source>
        <translation>Von Version {old} zu Version {new}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="352"/>
        <source>The review was not started</source>
        <translation>Die Überprüfung wurde nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="365"/>
        <source>Continued the review in progress: version {number} is its draft.</source>
        <translation>Die laufende Überprüfung wird fortgesetzt: Version {number} ist ihr Entwurf.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="369"/>
        <source>Started the review: version {number} is the new draft.</source>
        <translation>Die Überprüfung hat begonnen: Version {number} ist der neue Entwurf.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="389"/>
        <source>Export the next review dates</source>
        <translation>Termine der nächsten Überprüfungen exportieren</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="390"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="391"/>
        <source>coopbuilder-reviews.ics</source>
        <translation>coopbuilder-ueberpruefungen.ics</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="406"/>
        <source>The calendar was not written</source>
        <translation>Die Kalenderdatei wurde nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="411"/>
        <source>Wrote 1 review date to {path}.</source>
        <translation>Ein Überprüfungstermin wurde nach {path} exportiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="414"/>
        <source>Wrote %n review date(s) to {path}.</source>
        <translation>
            <numerusform>%n Überprüfungstermin wurde nach {path} exportiert.</numerusform>
            <numerusform>%n Überprüfungstermine wurden nach {path} exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleTable</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rule_table.py" line="37"/>
        <source>Sharing rules</source>
        <translation>Übermittlungsregeln</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rule_table.py" line="40"/>
        <source>One row per rule, its check messages below it. Enter edits, Insert adds, Delete removes, Ctrl+Up and Ctrl+Down move the rule.</source>
        <translation>Eine Zeile je Regel, darunter ihre Prüfhinweise. Eingabe bearbeitet, Einfg fügt hinzu, Entf entfernt, Strg+Pfeil nach oben und Strg+Pfeil nach unten verschieben die Regel.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rule_table.py" line="52"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rule_table.py" line="53"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rule_table.py" line="54"/>
        <source>From → to</source>
        <translation>Von → an</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rule_table.py" line="55"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rule_table.py" line="56"/>
        <source>Channel</source>
        <translation>Weg</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rule_table.py" line="57"/>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rule_table.py" line="93"/>
        <source>{sender} → {recipient}</source>
        <translation>{sender} → {recipient}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rule_table.py" line="98"/>
        <source>not decided</source>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rule_table.py" line="112"/>
        <source>{symbol} {severity}: {message}</source>
        <translation>{symbol} {severity}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rule_table.py" line="126"/>
        <source>{when}: {trigger}</source>
        <translation>{when}: {trigger}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rule_table.py" line="130"/>
        <source>{when} (from &apos;{threshold}&apos;)</source>
        <translation>{when} (ab „{threshold}“)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rule_table.py" line="139"/>
        <source>Art. 6(1)({letter})</source>
        <translation>Art. 6 Abs. 1 lit. {letter}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rule_table.py" line="141"/>
        <source>Art. 9(2)({letter})</source>
        <translation>Art. 9 Abs. 2 lit. {letter}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rule_table.py" line="144"/>
        <source>not shared</source>
        <translation>wird nicht übermittelt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rule_table.py" line="146"/>
        <source>no personal data</source>
        <translation>keine personenbezogenen Daten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rule_table.py" line="147"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="51"/>
        <source>Add from a &amp;preset</source>
        <translation>Aus einer Vor&amp;lage hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="52"/>
        <source>Add from a preset</source>
        <translation>Aus einer Vorlage hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="49"/>
        <source>A&amp;dd rule...</source>
        <translation>Re&amp;gel hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="57"/>
        <source>Ed&amp;it...</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="58"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="59"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="60"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="81"/>
        <source>Checks on sharing as a whole</source>
        <translation>Prüfungen der Übermittlungen insgesamt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="86"/>
        <source>Share only what is needed for each case, only with those who need it. Say what is never shared. The checks below each rule mark open legal questions for your lawyers; presets are a starting point, not legal advice.</source>
        <translation>Übermitteln Sie nur, was für den jeweiligen Fall erforderlich ist, und nur an diejenigen, die es benötigen. Legen Sie fest, was nie übermittelt wird. Die Prüfhinweise unter jeder Regel markieren offene Rechtsfragen für Ihr Justiziariat oder Ihre Rechtsberatung; Vorlagen sind ein Ausgangspunkt, keine Rechtsberatung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="99"/>
        <source>Information sharing</source>
        <translation>Informationsaustausch</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="103"/>
        <source>Who shares what with whom, when, by which channel and on which legal basis.</source>
        <translation>Wer was an wen übermittelt, wann, auf welchem Weg und auf welcher Rechtsgrundlage.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="214"/>
        <source>Remove sharing rule</source>
        <translation>Übermittlungsregel entfernen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="215"/>
        <source>Remove the sharing rule &apos;{category}&apos;?</source>
        <translation>Die Übermittlungsregel „{category}“ entfernen?</translation>
    </message>
</context>
<context>
    <name>SharingRuleDialog</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="68"/>
        <source>Sharing rule</source>
        <translation>Übermittlungsregel</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="68"/>
        <source>New sharing rule</source>
        <translation>Neue Übermittlungsregel</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="82"/>
        <source>Category of information</source>
        <translation>Kategorie der Informationen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="83"/>
        <source>What kind of information is passed on, e.g. &apos;Referral of a person&apos;.</source>
        <translation>Welche Art von Angaben weitergegeben wird, z. B. „Vermittlung einer Person“.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="87"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="88"/>
        <source>The partner who passes the information on; the other partner receives it.</source>
        <translation>Der Partner, der die Angaben weitergibt; der andere Partner erhält sie.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="97"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="99"/>
        <source>Whether the information is never shared, routinely, on request with consent or only on a trigger.</source>
        <translation>Ob die Angaben nie, regelmäßig, auf Anfrage mit Einwilligung oder nur bei einem Übermittlungsanlass weitergegeben werden.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="106"/>
        <source>Trigger</source>
        <translation>Übermittlungsanlass</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="107"/>
        <source>The event that allows sharing, for a rule shared on a trigger.</source>
        <translation>Das Ereignis, das die Weitergabe erlaubt, bei einer Regel mit Übermittlungsanlass.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="108"/>
        <source>Choose a trigger</source>
        <translation>Anlass wählen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="113"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="114"/>
        <source>No threshold</source>
        <translation>Keine Schwelle</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="119"/>
        <source>How likely the harm must be: from &apos;likely&apos; upwards. A statutory duty (§ 138 StGB) takes no threshold of the partners.</source>
        <translation>Wie wahrscheinlich der Schaden sein muss: ab „wahrscheinlich“. Eine gesetzliche Pflicht (§ 138 StGB) kennt keine Gefahrenschwelle der Partner.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="125"/>
        <source>Imminence</source>
        <translation>Zeitliche Nähe</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="127"/>
        <source>How soon the harm is expected; a disclosure to avert a danger needs a present danger (§ 34 StGB).</source>
        <translation>Wie bald der Schaden zu erwarten ist; eine Übermittlung zur Gefahrenabwehr setzt eine gegenwärtige Gefahr voraus (§ 34 StGB).</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="130"/>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="135"/>
        <source>Channel</source>
        <translation>Weg</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="136"/>
        <source>How the information travels, e.g. by phone or secure e-mail.</source>
        <translation>Auf welchem Weg die Angaben gehen, z. B. per Telefon oder verschlüsselter E-Mail.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="137"/>
        <source>Not decided yet</source>
        <translation>Noch nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="141"/>
        <source>Recipient roles</source>
        <translation>Empfangsberechtigte Funktionen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="142"/>
        <source>Who at the recipient may receive it; one role per line.</source>
        <translation>Wer beim Empfänger die Informationen erhalten darf; eine Funktion je Zeile.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="149"/>
        <source>Retention</source>
        <translation>Speicherdauer</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="151"/>
        <source>How long it is kept. While it is empty, the usual retention for the kind of data ticked is proposed; change it as the partners agree.</source>
        <translation>Wie lange sie gespeichert werden. Solange das Feld leer ist, wird die übliche Speicherdauer für die aktivierte Art von Daten vorgeschlagen; ändern Sie sie, wie die Partner es vereinbaren.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="156"/>
        <source>Four-eyes decision</source>
        <translation>Entscheidung nach dem Vier-Augen-Prinzip</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="157"/>
        <source>Four eyes</source>
        <translation>Vier-Augen-Prinzip</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="158"/>
        <source>Tick if two people must agree before the information is passed on.</source>
        <translation>Aktivieren, wenn zwei Personen zustimmen müssen, bevor die Angaben weitergegeben werden.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="161"/>
        <source>Every disclosure is logged</source>
        <translation>Jede Übermittlung wird dokumentiert</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="162"/>
        <source>Logged</source>
        <translation>Dokumentiert</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="163"/>
        <source>Tick if each time the information is passed on is written down.</source>
        <translation>Aktivieren, wenn jede Weitergabe der Angaben festgehalten wird.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="165"/>
        <source>The rule</source>
        <translation>Die Regel</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="169"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="170"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="171"/>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="172"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="173"/>
        <source>&amp;Trigger:</source>
        <translation>&amp;Anlass:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="174"/>
        <source>T&amp;hreshold:</source>
        <translation>Gefahrensc&amp;hwelle:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="175"/>
        <source>I&amp;mminence:</source>
        <translation>&amp;Zeitliche Nähe:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="176"/>
        <source>Cha&amp;nnel:</source>
        <translation>W&amp;eg:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="177"/>
        <source>Recipient &amp;roles:</source>
        <translation>Empfangsberechtigte &amp;Funktionen:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="179"/>
        <source>R&amp;etention:</source>
        <translation>Speicher&amp;dauer:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="184"/>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="185"/>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="186"/>
        <source>Tick if the information names or identifies a person; it then needs a basis.</source>
        <translation>Aktivieren, wenn die Angaben eine Person nennen oder erkennbar machen; dann braucht es eine Rechtsgrundlage.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="190"/>
        <source>Special-category data (health, religious or political beliefs)</source>
        <translation>Besondere Kategorien (Gesundheit, Religion, politische Meinungen)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="192"/>
        <source>Special-category data</source>
        <translation>Besondere Kategorien personenbezogener Daten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="193"/>
        <source>Tick if it reveals health, religious or political beliefs (GDPR Art. 9).</source>
        <translation>Aktivieren, wenn sie Gesundheit, religiöse oder politische Überzeugungen offenlegen (Art. 9 DSGVO).</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="196"/>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="197"/>
        <source>Criminal-offence data</source>
        <translation>Daten über Straftaten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="198"/>
        <source>Tick if it concerns offences or convictions (GDPR Art. 10).</source>
        <translation>Aktivieren, wenn sie Straftaten oder Verurteilungen betreffen (Art. 10 DSGVO).</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="201"/>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="202"/>
        <source>Counselling content</source>
        <translation>Beratungsinhalte</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="203"/>
        <source>Tick if it comes from counselling; it is protected by professional secrecy.</source>
        <translation>Aktivieren, wenn sie aus der Beratung stammen; sie unterliegen der Schweigepflicht.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="206"/>
        <source>The person is physically or legally unable to consent</source>
        <translation>Person kann körperlich oder rechtlich nicht einwilligen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="207"/>
        <source>Person unable to consent</source>
        <translation>Person kann nicht einwilligen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="208"/>
        <source>Tick only if so; GDPR Art. 9(2)(c) (vital interests) applies only then.</source>
        <translation>Nur aktivieren, wenn das zutrifft; nur dann gilt Art. 9 Abs. 2 lit. c DSGVO (lebenswichtige Interessen).</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="212"/>
        <source>GDPR Art. 6(1) basis</source>
        <translation>Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="213"/>
        <source>The lawful basis for sharing personal data.</source>
        <translation>Die Rechtsgrundlage für die Weitergabe personenbezogener Daten.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="214"/>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="221"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="219"/>
        <source>GDPR Art. 9(2) condition</source>
        <translation>Ausnahme nach Art. 9 Abs. 2 DSGVO</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="220"/>
        <source>The condition that allows sharing special-category data.</source>
        <translation>Die Bedingung, die die Weitergabe besonderer Kategorien personenbezogener Daten erlaubt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="226"/>
        <source>Art. 10 authorisation</source>
        <translation>Erlaubnis nach Art. 10 DSGVO</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="227"/>
        <source>The law that permits processing criminal-offence data.</source>
        <translation>Die Rechtsvorschrift, die die Verarbeitung von Daten über Straftaten erlaubt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="231"/>
        <source>National provision</source>
        <translation>Übermittlungsbefugnis (Fachrecht)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="232"/>
        <source>For a police or intelligence sender: the national transfer provision.</source>
        <translation>Wenn Polizei oder Nachrichtendienst übermitteln: die Übermittlungsbefugnis im Fachrecht.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="236"/>
        <source>Recipient&apos;s basis for collecting</source>
        <translation>Erhebungsbefugnis der empfangenden Partei</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="238"/>
        <source>The provision that lets the recipient collect the information (the second door); without a provision number it stays an open question for the lawyers.</source>
        <translation>Die Vorschrift, nach der die empfangende Partei die Information erheben darf (die zweite Tür); ohne Angabe der Vorschrift bleibt sie eine offene Frage an die Rechtsberatung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="243"/>
        <source>Note on the legal basis</source>
        <translation>Anmerkung zur Rechtsgrundlage</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="244"/>
        <source>Anything the legal basis depends on, e.g. a consent form or a court order.</source>
        <translation>Wovon die Rechtsgrundlage abhängt, z. B. eine Einwilligungserklärung oder ein gerichtlicher Beschluss.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="249"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="250"/>
        <source>Anything else about this rule, printed with it in the agreement.</source>
        <translation>Weiteres zu dieser Regel; erscheint mit ihr in der Vereinbarung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="254"/>
        <source>What is shared, and on which legal basis</source>
        <translation>Was übermittelt wird und auf welcher Rechtsgrundlage</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="260"/>
        <source>Art. &amp;6(1):</source>
        <translation>Art. &amp;6 Abs. 1:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="261"/>
        <source>Art. &amp;9(2):</source>
        <translation>Art. &amp;9 Abs. 2:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="263"/>
        <source>Art. 1&amp;0:</source>
        <translation>Art. 1&amp;0:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="264"/>
        <source>National &amp;provision:</source>
        <translation>Übermittlungs&amp;befugnis:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="265"/>
        <source>Co&amp;llection by recipient:</source>
        <translation>E&amp;rhebungsbefugnis:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="266"/>
        <source>Basis note:</source>
        <translation>Anmerkung zur Rechtsgrundlage:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="267"/>
        <source>N&amp;ote:</source>
        <translation>A&amp;nmerkung:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="274"/>
        <source>The sharing rule</source>
        <translation>Die Übermittlungsregel</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="275"/>
        <source>The rule&apos;s fields; scroll to reach those below.</source>
        <translation>Die Felder der Regel; blättern Sie, um die unteren zu erreichen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="281"/>
        <source>Checks on this rule</source>
        <translation>Prüfungen dieser Regel</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="281"/>
        <source>✔ The checks find nothing to fix.</source>
        <translation>✔ Die Prüfungen finden nichts zu beheben.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="283"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="295"/>
        <source>Checks and problems</source>
        <translation>Prüfungen und Probleme</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="296"/>
        <source>What the checks find in this rule; scroll if it does not fit.</source>
        <translation>Was die Prüfungen in dieser Regel finden; blättern, wenn es nicht passt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="359"/>
        <source>Special-category, criminal-offence and counselling data are always personal data.</source>
        <translation>Besondere Kategorien, Daten über Straftaten und Beratungsinhalte sind immer personenbezogene Daten.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="373"/>
        <source>Roles of {partner}&apos;s contacts: {roles}</source>
        <translation>Funktionen der Ansprechpersonen des Partners {partner}: {roles}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="377"/>
        <source>{partner} has no contacts with roles yet.</source>
        <translation>Der Partner {partner} hat noch keine Ansprechpersonen mit Funktionen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="511"/>
        <source>Name the category of information shared.</source>
        <translation>Nennen Sie die Kategorie der übermittelten Informationen.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="89"/>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="340"/>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="439"/>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="553"/>
        <source>Sign the agreement</source>
        <translation>Vereinbarung unterschreiben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="102"/>
        <source>Each representative signs their own signature field with their certificate file (.p12 or .pfx) and its passphrase, or with their smartcard or token and its PIN. The signed PDF is stored with this version; the next representative signs that file. When everyone has signed, the version is signed and can no longer be changed.</source>
        <translation>Jede vertretungsberechtigte Person unterschreibt ihr eigenes Unterschriftsfeld mit ihrer Zertifikatsdatei (.p12 oder .pfx) und deren Passphrase oder mit ihrer Chipkarte oder ihrem Token und der PIN. Das unterschriebene PDF wird mit dieser Version gespeichert; die nächste Person unterschreibt diese Datei. Wenn alle unterschrieben haben, ist die Version unterzeichnet und lässt sich nicht mehr ändern.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="113"/>
        <source>Representative who signs</source>
        <translation>Vertretungsberechtigte Person, die unterschreibt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="114"/>
        <source>The representative whose signature is added now.</source>
        <translation>Die vertretungsberechtigte Person, deren Unterschrift jetzt hinzugefügt wird.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="117"/>
        <source>Certificate f&amp;ile (.p12 or .pfx)</source>
        <translation>&amp;Zertifikatsdatei (.p12 oder .pfx)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="118"/>
        <source>Certificate file (.p12 or .pfx)</source>
        <translation>Zertifikatsdatei (.p12 oder .pfx)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="119"/>
        <source>Sign with a certificate file and its passphrase.</source>
        <translation>Mit einer Zertifikatsdatei und ihrer Passphrase unterschreiben.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="122"/>
        <source>Smartcard or &amp;token</source>
        <translation>Chip&amp;karte oder Token</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="123"/>
        <source>Smartcard or token</source>
        <translation>Chipkarte oder Token</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="125"/>
        <source>Sign with the key on a smartcard or token (a service ID card, a signature card, a USB token) and its PIN; the key never leaves the card.</source>
        <translation>Mit dem Schlüssel auf einer Chipkarte oder einem Token (Dienstausweis, Signaturkarte, USB-Token) und der PIN unterschreiben; der Schlüssel verlässt die Karte nie.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="141"/>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="142"/>
        <source>The signer&apos;s certificate file (.p12 or .pfx); choose it with the button.</source>
        <translation>Die Zertifikatsdatei der unterschreibenden Person (.p12 oder .pfx); wählen Sie sie mit der Schaltfläche.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="145"/>
        <source>No certificate file chosen</source>
        <translation>Keine Zertifikatsdatei gewählt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="146"/>
        <source>Choose certificate &amp;file...</source>
        <translation>Zertifikats&amp;datei wählen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="153"/>
        <source>Passphrase of the certificate file</source>
        <translation>Passphrase der Zertifikatsdatei</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="154"/>
        <source>Used once to open the certificate file; it is never stored.</source>
        <translation>Wird einmal zum Öffnen der Zertifikatsdatei verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="159"/>
        <source>Place of signing</source>
        <translation>Ort der Unterschrift</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="160"/>
        <source>The town where the representative signs; it is written into the signature.</source>
        <translation>Der Ort, an dem die vertretungsberechtigte Person unterschreibt; er wird in die Unterschrift geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="165"/>
        <source>Certify the document: afterwards only form filling and further signatures are allowed</source>
        <translation>Dokument zertifizieren: Danach sind nur noch Formulareingaben und weitere Unterschriften erlaubt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="170"/>
        <source>Certify the document</source>
        <translation>Dokument zertifizieren</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="171"/>
        <source>Only the first signature can certify the document.</source>
        <translation>Nur die erste Unterschrift kann das Dokument zertifizieren.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="177"/>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="399"/>
        <source>No time-stamping service is set</source>
        <translation>Kein Zeitstempeldienst eingestellt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="178"/>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="180"/>
        <source>A timestamp from the organisation&apos;s time-stamping service proves when the signature was made; only the signature&apos;s hash is sent to the service.</source>
        <translation>Ein Zeitstempel vom Zeitstempeldienst der Organisation belegt, wann die Unterschrift geleistet wurde; an den Dienst geht nur der Hashwert der Unterschrift.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="185"/>
        <source>Time-stampin&amp;g service...</source>
        <translation>Zeitstempeldie&amp;nst…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="192"/>
        <source>&amp;Representative:</source>
        <translation>Vertretungsbe&amp;rechtigte Person:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="193"/>
        <source>Sign with:</source>
        <translation>Unterschreiben mit:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="195"/>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="196"/>
        <source>&amp;Passphrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="199"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="200"/>
        <source>Timestamp:</source>
        <translation>Zeitstempel:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="206"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="207"/>
        <source>&amp;Sign</source>
        <translation>&amp;Unterschreiben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="210"/>
        <source>Sa&amp;ve the PDF...</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="212"/>
        <source>Save the PDF to sign, e.g. for a partner who signs elsewhere.</source>
        <translation>Das zu unterschreibende PDF speichern, z. B. für einen Partner, der anderswo unterschreibt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="215"/>
        <source>Record a PDF signed &amp;elsewhere...</source>
        <translation>Anderswo unterschriebenes PDF &amp;erfassen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="289"/>
        <source>This version cannot be signed here.</source>
        <translation>Diese Version kann hier nicht unterschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="302"/>
        <source>Signature field: {field}</source>
        <translation>Unterschriftsfeld: {field}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="331"/>
        <source>Choose the certificate file of the person who signs</source>
        <translation>Zertifikatsdatei der unterschreibenden Person wählen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="332"/>
        <source>Certificate files (*.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikatsdateien (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="343"/>
        <source>Choose the representative who signs.</source>
        <translation>Wählen Sie die vertretungsberechtigte Person, die unterschreibt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="352"/>
        <source>Choose the certificate file (.p12 or .pfx) of the person who signs.</source>
        <translation>Wählen Sie die Zertifikatsdatei (.p12 oder .pfx) der Person, die unterschreibt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="402"/>
        <source>Add a timestamp from {url}</source>
        <translation>Zeitstempel von {url} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="409"/>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="429"/>
        <source>Time-stamping service</source>
        <translation>Zeitstempeldienst</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="411"/>
        <source>The address of your organisation&apos;s time-stamping service (RFC 3161), e.g. https://tsa.example.org. Signatures made on this workstation then get its timestamp; only the signature&apos;s hash is sent to it. Leave it empty for no timestamps and no network use.</source>
        <translation>Die Adresse des Zeitstempeldienstes Ihrer Organisation (RFC 3161), z. B. https://tsa.example.org. Unterschriften, die an diesem Arbeitsplatz geleistet werden, erhalten dann seinen Zeitstempel; an ihn geht nur der Hashwert der Unterschrift. Lassen Sie das Feld leer für keine Zeitstempel und keine Netzwerknutzung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="440"/>
        <source>Choose the card and the certificate to sign with.</source>
        <translation>Wählen Sie die Karte und das Zertifikat, mit dem unterschrieben wird.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="481"/>
        <source>Record a PDF signed elsewhere</source>
        <translation>Anderswo unterschriebenes PDF erfassen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="482"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-Dateien (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="516"/>
        <source>Recorded the signature of {names} with version {number}.</source>
        <translation>Die Unterschrift von {names} wurde mit Version {number} erfasst.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="523"/>
        <source>Every representative has signed: the version is now signed, and the signed PDF is stored with it (SHA-256 {sha256}).</source>
        <translation>Alle vertretungsberechtigten Personen haben unterschrieben: Die Version ist jetzt unterzeichnet, und das unterschriebene PDF ist mit ihr gespeichert (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="529"/>
        <source>Still to sign: {names}.</source>
        <translation>Noch zu unterschreiben: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="536"/>
        <source>A signature was made with a TRIAL CERTIFICATE - NOT FOR REAL USE: it proves nothing about who signed.</source>
        <translation>Eine Unterschrift wurde mit einem TESTZERTIFIKAT (NUR ZU TESTZWECKEN – NICHT RECHTSVERBINDLICH) geleistet: Sie beweist nichts darüber, wer unterschrieben hat.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="543"/>
        <source>Not marked trusted in this workspace: {names}. Check their certificates in the Verify dialog.</source>
        <translation>In diesem Arbeitsbereich nicht als vertrauenswürdig markiert: {names}. Prüfen Sie ihre Zertifikate im Dialog „Unterschriften prüfen“.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="561"/>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="572"/>
        <source>Save the PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="562"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/sign_dialog.py" line="570"/>
        <source>Saved the PDF to {path}.</source>
        <translation>Das PDF wurde unter {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>SignatureProgress</name>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/progress.py" line="31"/>
        <location filename="../../src/coopbuilder/ui/signing/progress.py" line="32"/>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/progress.py" line="47"/>
        <source>signed</source>
        <translation>unterschrieben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/progress.py" line="47"/>
        <source>not yet signed</source>
        <translation>noch nicht unterschrieben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/progress.py" line="66"/>
        <source>Signed in ink on {date} in {place}.</source>
        <translation>Handschriftlich unterschrieben am {date} in {place}.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/progress.py" line="68"/>
        <source>Signed digitally on {date} in {place}.</source>
        <translation>Digital unterschrieben am {date} in {place}.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/progress.py" line="70"/>
        <source>Signed in ink on {date}.</source>
        <translation>Handschriftlich unterschrieben am {date}.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/progress.py" line="72"/>
        <source>Signed digitally on {date}.</source>
        <translation>Digital unterschrieben am {date}.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/progress.py" line="22"/>
        <source>&lt;b&gt;Version {number} of “{title}”&lt;/b&gt;</source>
        <translation>&lt;b&gt;Version {number} von „{title}“&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SigningCommands</name>
    <message>
        <location filename="../../src/coopbuilder/ui/signing_commands.py" line="98"/>
        <source>Sign the agreement</source>
        <translation>Vereinbarung unterschreiben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing_commands.py" line="104"/>
        <source>Record ink signatures</source>
        <translation>Handschriftliche Unterschriften erfassen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing_commands.py" line="114"/>
        <source>Verify the signatures</source>
        <translation>Unterschriften prüfen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing_commands.py" line="123"/>
        <source>No digitally signed PDF is stored with &apos;{title}&apos; up to version {number}. A version signed in ink keeps the scan of the signed pages; opening the version checks that the scan is unchanged.</source>
        <translation>Mit „{title}“ ist bis Version {number} kein digital unterschriebenes PDF gespeichert. Eine handschriftlich unterschriebene Version bewahrt den Scan der unterschriebenen Seiten auf; beim Öffnen der Version wird geprüft, dass der Scan unverändert ist.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing_commands.py" line="132"/>
        <source>the signed PDF of version {number} of &apos;{title}&apos;</source>
        <translation>dem unterschriebenen PDF von Version {number} von „{title}“</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing_commands.py" line="199"/>
        <source>&apos;{title}&apos; has changes that are not saved. A version is signed as it is saved: save the changes first?</source>
        <translation>„{title}“ hat Änderungen, die nicht gespeichert sind. Unterschrieben wird eine Version so, wie sie gespeichert ist: die Änderungen zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing_commands.py" line="202"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>StartReviewDialog</name>
    <message>
        <location filename="../../src/coopbuilder/ui/review/start_dialog.py" line="35"/>
        <source>Start an extraordinary review</source>
        <translation>Außerordentliche Überprüfung beginnen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/start_dialog.py" line="35"/>
        <source>Start a review</source>
        <translation>Überprüfung beginnen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/start_dialog.py" line="39"/>
        <source>An extraordinary review of &apos;{title}&apos; can be held at any time: after an incident, a change of staff or a change of law. It starts a new draft version from the signed one; say why it is held.</source>
        <translation>Eine außerordentliche Überprüfung von „{title}“ kann jederzeit stattfinden: nach einem Vorfall, einem Personalwechsel oder einer Rechtsänderung. Sie beginnt eine neue Entwurfsversion auf Grundlage der unterzeichneten Version; geben Sie an, warum sie stattfindet.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/start_dialog.py" line="45"/>
        <source>The review of &apos;{title}&apos; starts a new draft version from the signed one. Both partners rate the statements again, with last time&apos;s ratings beside them.</source>
        <translation>Die Überprüfung von „{title}“ beginnt eine neue Entwurfsversion auf Grundlage der unterzeichneten Version. Beide Partner bewerten die Aussagen erneut; daneben stehen ihre Bewertungen vom letzten Mal.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/start_dialog.py" line="58"/>
        <source>Start the review</source>
        <translation>Überprüfung beginnen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/start_dialog.py" line="60"/>
        <source>Continue the review in progress</source>
        <translation>Laufende Überprüfung fortsetzen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/start_dialog.py" line="62"/>
        <source>Continue that review</source>
        <translation>Diese Überprüfung fortsetzen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/start_dialog.py" line="78"/>
        <source>A review of &apos;{title}&apos; is in progress ({kind}, held on {date}); its draft, version {number}, is not signed yet. A second review would start again from the signed version and leave that work behind, so this one continues it.</source>
        <translation>Eine Überprüfung von „{title}“ läuft ({kind}, durchgeführt am {date}); ihr Entwurf, Version {number}, ist noch nicht unterzeichnet. Eine zweite Überprüfung begänne wieder bei der unterzeichneten Version und ließe diese Arbeit zurück; daher setzt diese Überprüfung sie fort.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/start_dialog.py" line="92"/>
        <source>Its reason is recorded in that review&apos;s record (an incident among the incidents, a change of staff among the changes of staff), and its draft opens.</source>
        <translation>Ihr Grund wird im Protokoll jener Überprüfung festgehalten (ein Vorfall unter „Vorfälle“, ein Personalwechsel unter „Personalwechsel“), und ihr Entwurf wird geöffnet.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/start_dialog.py" line="96"/>
        <source>Its draft opens.</source>
        <translation>Ihr Entwurf wird geöffnet.</translation>
    </message>
</context>
<context>
    <name>TransferCommands</name>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="66"/>
        <source>CoopBuilder agreement files (*.coopagreement *.json);;All files (*)</source>
        <translation>CoopBuilder-Vereinbarungsdateien (*.coopagreement *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="70"/>
        <source>CoopBuilder agreement files and signed agreement PDFs (*.coopagreement *.json *.pdf);;All files (*)</source>
        <translation>CoopBuilder-Vereinbarungsdateien und unterschriebene Vereinbarungs-PDFs (*.coopagreement *.json *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="78"/>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="143"/>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="177"/>
        <source>Import an agreement file</source>
        <translation>Vereinbarungsdatei importieren</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="95"/>
        <source>Import a signed agreement PDF</source>
        <translation>Unterschriebenes Vereinbarungs-PDF importieren</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="108"/>
        <source>Imported {file} as version {version} of &apos;{title}&apos;, signed by {signers}: every signature verifies.</source>
        <translation>{file} wurde als Version {version} von „{title}“ importiert, unterschrieben von {signers}: Jede Unterschrift ist gültig.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="118"/>
        <source>Not marked trusted in this workspace: {signers}. Check their certificates with them before relying on the signatures.</source>
        <translation>In diesem Arbeitsbereich nicht als vertrauenswürdig markiert: {signers}. Prüfen Sie ihre Zertifikate mit ihnen, bevor Sie sich auf die Unterschriften verlassen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="123"/>
        <source>Imported {file} as version {version} of &apos;{title}&apos; as a draft: it does not count as signed in this workspace, because {reasons}.</source>
        <translation>{file} wurde als Version {version} von „{title}“ als Entwurf importiert: Sie gilt in diesem Arbeitsbereich nicht als unterschrieben, denn {reasons}.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="157"/>
        <source>{problem} Type the passphrase again:</source>
        <translation>{problem} Geben Sie die Passphrase noch einmal ein:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="162"/>
        <source>{file} is protected with a passphrase. Type the passphrase the partner gave you:</source>
        <translation>{file} ist mit einer Passphrase geschützt. Geben Sie die Passphrase ein, die der Partner Ihnen genannt hat:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="184"/>
        <source>{file} holds a version of &apos;{title}&apos;, which is in this workspace. Add it as the newest version of that agreement, or as a separate agreement?</source>
        <translation>{file} enthält eine Version von „{title}“, die in diesem Arbeitsbereich ist. Als neueste Version dieser Vereinbarung hinzufügen oder als eigene Vereinbarung?</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="187"/>
        <source>Add as a new &amp;version</source>
        <translation>Als neue &amp;Version hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="187"/>
        <source>Add as a &amp;separate agreement</source>
        <translation>Als &amp;eigene Vereinbarung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="197"/>
        <source>Imported {file} as version {version} of &apos;{title}&apos;.</source>
        <translation>{file} wurde als Version {version} von „{title}“ importiert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="222"/>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="242"/>
        <source>Export the agreement</source>
        <translation>Vereinbarung exportieren</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="229"/>
        <source>&apos;{title}&apos; has changes that are not saved; the file gets the agreement as last saved. Save the changes first?</source>
        <translation>„{title}“ hat Änderungen, die nicht gespeichert sind; die Datei erhält die Vereinbarung, wie sie zuletzt gespeichert wurde. Die Änderungen zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="232"/>
        <source>&amp;Save, then export</source>
        <translation>&amp;Speichern, dann exportieren</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="232"/>
        <source>&amp;Export the saved version</source>
        <translation>Gespeicherte Version &amp;exportieren</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="243"/>
        <source>{title} - version {version}.coopagreement</source>
        <translation>{title} - Version {version}.coopagreement</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/transfer_commands.py" line="262"/>
        <source>Exported version {version} of &apos;{title}&apos; to {file}.</source>
        <translation>Version {version} von „{title}“ wurde nach {file} exportiert.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../src/coopbuilder/ui/review/trend.py" line="38"/>
        <source>Chart of both partners&apos; means over the years</source>
        <translation>Diagramm der Mittelwerte beider Partner im Verlauf der Jahre</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/trend.py" line="47"/>
        <source>{precondition}: {values}.</source>
        <translation>{precondition}: {values}.</translation>
    </message>
</context>
<context>
    <name>TrialCertificateDialog</name>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="63"/>
        <source>Make a trial certificate</source>
        <translation>Testzertifikat erstellen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="67"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="71"/>
        <source>A trial certificate is only for trying out signing. Anyone can make one in any name, so a signature made with it proves nothing about who signed. Sign a real agreement with a certificate from your organisation or from a trust service provider.</source>
        <translation>Ein Testzertifikat dient nur zum Ausprobieren des Unterschreibens. Jede Person kann eines auf jeden beliebigen Namen erstellen; eine damit geleistete Unterschrift beweist daher nichts darüber, wer unterschrieben hat. Unterschreiben Sie eine echte Vereinbarung mit einem Zertifikat Ihrer Organisation oder eines Vertrauensdiensteanbieters.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="80"/>
        <source>Name of the person</source>
        <translation>Name der Person</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="81"/>
        <source>Who the trial certificate is made out to; it shows in the signature.</source>
        <translation>Auf wen das Testzertifikat ausgestellt wird; der Name erscheint in der Unterschrift.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="85"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="86"/>
        <source>The person&apos;s organisation, written into the certificate.</source>
        <translation>Die Organisation der Person; sie wird in das Zertifikat geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="90"/>
        <source>Passphrase to protect the key</source>
        <translation>Passphrase zum Schutz des Schlüssels</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="91"/>
        <source>Needed to sign with the certificate; it is not stored.</source>
        <translation>Wird zum Unterschreiben mit dem Zertifikat gebraucht; sie wird nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="95"/>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="96"/>
        <source>The same passphrase again, so a typing mistake is noticed.</source>
        <translation>Dieselbe Passphrase noch einmal, damit ein Tippfehler auffällt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="102"/>
        <source>Valid for how many days</source>
        <translation>Wie viele Tage gültig</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="103"/>
        <source>How long signatures can be made with it, from today; 1 to 3650 days.</source>
        <translation>Wie lange damit unterschrieben werden kann, ab heute; 1 bis 3650 Tage.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="107"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="109"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="110"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="111"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="112"/>
        <source>R&amp;epeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="113"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="115"/>
        <source>I understand that this certificate is not for real use.</source>
        <translation>Mir ist klar, dass dieses Zertifikat nur zu Testzwecken dient und nicht rechtsverbindlich ist.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="116"/>
        <source>Not for real use: understood</source>
        <translation>Nur zu Testzwecken, nicht rechtsverbindlich: verstanden</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="117"/>
        <source>A trial certificate proves nothing about who signed; tick to go on.</source>
        <translation>Ein Testzertifikat beweist nichts darüber, wer unterschrieben hat; zum Fortfahren aktivieren.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="122"/>
        <source>Also mark it trusted in this workspace, to try out verification</source>
        <translation>Es zusätzlich in diesem Arbeitsbereich als vertrauenswürdig markieren, um das Prüfen auszuprobieren</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="124"/>
        <source>Mark it trusted in this workspace</source>
        <translation>In diesem Arbeitsbereich als vertrauenswürdig markieren</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="125"/>
        <source>Tick so that signatures made with it verify as trusted here.</source>
        <translation>Aktivieren, damit Unterschriften mit diesem Zertifikat hier als vertrauenswürdig geprüft werden.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="128"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="129"/>
        <source>&amp;Save the trial certificate...</source>
        <translation>Testzertifikat &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="140"/>
        <source>Two files are written: NAME.p12 with the key (keep it to yourself) and NAME.pem with the public certificate (give it to whoever checks your signatures).</source>
        <translation>Es werden zwei Dateien geschrieben: NAME.p12 mit dem Schlüssel (behalten Sie sie für sich) und NAME.pem mit dem öffentlichen Zertifikat (geben Sie sie denen, die Ihre Unterschriften prüfen).</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="162"/>
        <source>Enter the name of the person.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="166"/>
        <source>Enter a passphrase to protect the certificate&apos;s key.</source>
        <translation>Geben Sie eine Passphrase ein, die den Schlüssel des Zertifikats schützt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="170"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="174"/>
        <source>Save the trial certificate</source>
        <translation>Testzertifikat speichern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="175"/>
        <source>Certificate files (*.p12)</source>
        <translation>Zertifikatsdateien (*.p12)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trial_dialog.py" line="204"/>
        <source>Wrote the trial certificate to {p12} and its public certificate to {pem}. It is valid until {date}. It is a {mark}.</source>
        <translation>Das Testzertifikat wurde nach {p12} und sein öffentliches Zertifikat nach {pem} geschrieben. Es ist gültig bis {date}. Es ist ein {mark}.</translation>
    </message>
</context>
<context>
    <name>TrustQuestion</name>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="53"/>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="57"/>
        <source>Mark the certification authority {who} as trusted in this workspace? Every certificate it issued will count as trusted: do so only for your organisation&apos;s or a trust service provider&apos;s authority.</source>
        <translation>Die Zertifizierungsstelle {who} in diesem Arbeitsbereich als vertrauenswürdig markieren? Jedes von ihr ausgestellte Zertifikat gilt dann als vertrauenswürdig: Tun Sie das nur für die Zertifizierungsstelle Ihrer Organisation oder eines Vertrauensdiensteanbieters.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="64"/>
        <source>Mark the certificate of {who} as trusted in this workspace? Signatures made with exactly this certificate will count as trusted; certificates its key may have issued will not.</source>
        <translation>Das Zertifikat von {who} in diesem Arbeitsbereich als vertrauenswürdig markieren? Unterschriften mit genau diesem Zertifikat gelten dann als vertrauenswürdig; Zertifikate, die mit seinem Schlüssel ausgestellt wurden, nicht.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="72"/>
        <source>Only do so after checking with its holder (by phone or in person) that this is their certificate: compare its SHA-256 fingerprint:</source>
        <translation>Tun Sie das erst, nachdem Sie mit der Inhaberin oder dem Inhaber (telefonisch oder persönlich) geklärt haben, dass es ihr oder sein Zertifikat ist: Vergleichen Sie den SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="78"/>
        <source>Issued by: {issuer}. Valid from {start} until {end}.</source>
        <translation>Ausgestellt von: {issuer}. Gültig vom {start} bis zum {end}.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="79"/>
        <source>the holder itself (self-signed)</source>
        <translation>der Inhaberin oder dem Inhaber selbst (selbst signiert)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="88"/>
        <source>This is a TRIAL CERTIFICATE - NOT FOR REAL USE. Anyone can make one, so a signature made with it proves nothing about who signed. Trust it only to try out signing.</source>
        <translation>Dies ist ein TESTZERTIFIKAT (NUR ZU TESTZWECKEN – NICHT RECHTSVERBINDLICH). Jede Person kann eines erstellen; eine damit geleistete Unterschrift beweist daher nichts darüber, wer unterschrieben hat. Vertrauen Sie ihm nur, um das Unterschreiben auszuprobieren.</translation>
    </message>
</context>
<context>
    <name>TrustedCertificatesDialog</name>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="114"/>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="125"/>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="127"/>
        <source>The certificates whose signatures count as trusted in this workspace.</source>
        <translation>Die Zertifikate, deren Unterschriften in diesem Arbeitsbereich als vertrauenswürdig gelten.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="131"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="133"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerabdruck (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="134"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="135"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="117"/>
        <source>A signature is reported as trusted when the signer&apos;s certificate is exactly one of the people&apos;s certificates here (compared by its fingerprint), or was issued by a certification authority marked here as an authority. Add a certificate only after checking with its holder that it is theirs.</source>
        <translation>Eine Unterschrift gilt als vertrauenswürdig, wenn das Zertifikat der unterschreibenden Person genau eines der hier aufgeführten Zertifikate von Personen ist (verglichen über seinen Fingerabdruck) oder von einer hier als Zertifizierungsstelle markierten Stelle ausgestellt wurde. Fügen Sie ein Zertifikat erst hinzu, nachdem Sie mit der Inhaberin oder dem Inhaber geklärt haben, dass es ihres oder seines ist.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="132"/>
        <source>Trusted as</source>
        <translation>Vertrauenswürdig als</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="145"/>
        <source>&amp;Add a person&apos;s certificate...</source>
        <translation>Zertifikat einer &amp;Person hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="147"/>
        <source>Add an a&amp;uthority&apos;s certificate...</source>
        <translation>Zertifikat einer &amp;Zertifizierungsstelle hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="149"/>
        <source>&amp;Remove the trusted mark</source>
        <translation>Markierung als vertrauenswürdig &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="174"/>
        <source>{date}, user name {who}</source>
        <translation>{date}, Benutzername {who}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="180"/>
        <source>a certification authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="182"/>
        <source>a person&apos;s own</source>
        <translation>eigenes Zertifikat einer Person</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="200"/>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="224"/>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="240"/>
        <source>Add a trusted certificate</source>
        <translation>Vertrauenswürdiges Zertifikat hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="201"/>
        <source>Certificate files (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikatsdateien (*.pem *.crt *.cer *.der *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="225"/>
        <source>The passphrase of {file} (only its public certificate is used):</source>
        <translation>Die Passphrase von {file} (nur das öffentliche Zertifikat darin wird verwendet):</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="247"/>
        <source>{file}: the certificate of {who} is not a certification authority&apos;s (it may not issue certificates), so it cannot be trusted as an authority. Add it as a person&apos;s certificate if it is one.</source>
        <translation>{file}: Das Zertifikat von {who} gehört keiner Zertifizierungsstelle (es darf keine Zertifikate ausstellen) und kann daher nicht als Zertifizierungsstelle vertrauenswürdig sein. Fügen Sie es als Zertifikat einer Person hinzu, wenn es eines ist.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="256"/>
        <source>from {file}</source>
        <translation>aus {file}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="270"/>
        <source>Remove the trusted mark from the certificate of {subject}? Its signatures will be reported as not trusted.</source>
        <translation>Die Markierung als vertrauenswürdig vom Zertifikat von {subject} entfernen? Seine Unterschriften gelten dann als nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/trusted_dialog.py" line="273"/>
        <source>Remove the trusted mark</source>
        <translation>Markierung als vertrauenswürdig entfernen</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../src/coopbuilder/ui/failures.py" line="99"/>
        <source>Something unexpected went wrong</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/failures.py" line="112"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Details kopieren</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/failures.py" line="114"/>
        <source>Copies the version, the platform and the details of the fault, to send.</source>
        <translation>Kopiert die Version, die Plattform und die Einzelheiten des Fehlers, um sie weiterzugeben.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/failures.py" line="116"/>
        <source>Open &amp;log folder</source>
        <translation>Ordner der &amp;Logdatei öffnen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/failures.py" line="118"/>
        <source>Shows the folder of CoopBuilder&apos;s log in the file manager.</source>
        <translation>Zeigt den Ordner der Logdatei von CoopBuilder im Dateimanager.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/failures.py" line="135"/>
        <source>Details copied</source>
        <translation>Details kopiert</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="81"/>
        <source>Verify the signatures</source>
        <translation>Unterschriften prüfen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="87"/>
        <source>Signatures in {source}, in signing order.</source>
        <translation>Unterschriften in {source}, in der Reihenfolge des Unterschreibens.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="91"/>
        <source>Verdict</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="93"/>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="95"/>
        <source>Each signature in the document: who signed, when, and whether it is valid.</source>
        <translation>Jede Unterschrift im Dokument: wer unterschrieben hat, wann und ob sie gültig ist.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="107"/>
        <source>About the chosen signature</source>
        <translation>Zur gewählten Unterschrift</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="110"/>
        <source>This signature certifies the document: afterwards only form filling and further signatures are allowed.</source>
        <translation>Diese Unterschrift zertifiziert das Dokument: Danach sind nur noch Formulareingaben und weitere Unterschriften erlaubt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="135"/>
        <source>&amp;Mark this certificate trusted...</source>
        <translation>Dieses Zertifikat als vertrauenswürdig &amp;markieren…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="157"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="158"/>
        <source>Signer</source>
        <translation>Unterschrift von</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="159"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="160"/>
        <source>Signed at</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="162"/>
        <source>Intact</source>
        <translation>Unversehrt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="164"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="165"/>
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="166"/>
        <source>Changes after</source>
        <translation>Danach geändert</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="184"/>
        <source>The signatures cannot be checked: {problem}</source>
        <translation>Die Unterschriften können nicht geprüft werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="202"/>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="235"/>
        <source>Not signed yet: {fields}.</source>
        <translation>Noch nicht unterschrieben: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="280"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="283"/>
        <source>Trust list used: that of the workspace {workspace}, where no certificate is marked trusted.</source>
        <translation>Verwendete Vertrauensliste: die des Arbeitsbereichs {workspace}, in dem kein Zertifikat als vertrauenswürdig markiert ist.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="275"/>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="296"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="288"/>
        <source>Trust list used: that of the workspace {workspace}, %n certificate(s) marked trusted; marked by: {names}.</source>
        <translation>
            <numerusform>Verwendete Vertrauensliste: die des Arbeitsbereichs {workspace}, %n Zertifikat als vertrauenswürdig markiert; markiert von: {names}.</numerusform>
            <numerusform>Verwendete Vertrauensliste: die des Arbeitsbereichs {workspace}, %n Zertifikate als vertrauenswürdig markiert; markiert von: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="298"/>
        <source>cannot be checked</source>
        <translation>nicht prüfbar</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="307"/>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="312"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="307"/>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="312"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="303"/>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="316"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="127"/>
        <source>Not checked: whether a certificate was revoked (no revocation list or OCSP service is asked); signing times are those the signers&apos; computers recorded (no trusted timestamp), and certificates are judged at those times.</source>
        <translation>Nicht geprüft: ob ein Zertifikat widerrufen wurde (es wird keine Sperrliste und kein OCSP-Dienst abgefragt); die Unterschriftszeiten sind die, die die Computer der Unterschreibenden festgehalten haben (kein vertrauenswürdiger Zeitstempel), und Zertifikate werden zu diesen Zeitpunkten beurteilt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="161"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="163"/>
        <source>Key matches</source>
        <translation>Schlüssel passt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="241"/>
        <source>Not marked trusted in this workspace: {signers}.</source>
        <translation>In diesem Arbeitsbereich nicht als vertrauenswürdig markiert: {signers}.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="248"/>
        <source>NOT valid: {signatures}. Do not rely on this file as the signed agreement. The chosen signature&apos;s problems are listed below the table.</source>
        <translation>NICHT gültig: {signatures}. Verlassen Sie sich nicht auf diese Datei als unterzeichnete Vereinbarung. Die Probleme der gewählten Unterschrift stehen unter der Tabelle.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="256"/>
        <source>Every signature so far is valid and the document was not changed after signing, but not every signature field is signed: this is not the agreement signed by everyone.</source>
        <translation>Alle bisherigen Unterschriften sind gültig, und das Dokument wurde nach dem Unterschreiben nicht verändert, aber nicht jedes Unterschriftsfeld ist unterschrieben: Dies ist nicht die von allen unterzeichnete Vereinbarung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="263"/>
        <source>Every field is signed, every signature is valid and the document was not changed after signing, but not every signer&apos;s certificate is marked trusted in this workspace. Check who signed before you rely on this file.</source>
        <translation>Alle Felder sind unterschrieben, alle Unterschriften sind gültig, und das Dokument wurde nach dem Unterschreiben nicht verändert, aber nicht jedes Zertifikat der Unterschreibenden ist in diesem Arbeitsbereich als vertrauenswürdig markiert. Prüfen Sie, wer unterschrieben hat, bevor Sie sich auf diese Datei verlassen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="269"/>
        <source>Every field is signed, every signature is valid, the document was not changed after signing, and every signer&apos;s certificate is marked trusted in this workspace.</source>
        <translation>Alle Felder sind unterschrieben, alle Unterschriften sind gültig, das Dokument wurde nach dem Unterschreiben nicht verändert, und jedes Zertifikat der Unterschreibenden ist in diesem Arbeitsbereich als vertrauenswürdig markiert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="274"/>
        <source>{field} ({signer})</source>
        <translation>{field} ({signer})</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="303"/>
        <source>NOT VALID</source>
        <translation>NICHT GÜLTIG</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="317"/>
        <source>expired since signing</source>
        <translation>seit dem Unterschreiben abgelaufen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="318"/>
        <source>expired when signed</source>
        <translation>beim Unterschreiben abgelaufen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="319"/>
        <source>not yet valid when signed</source>
        <translation>beim Unterschreiben noch nicht gültig</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="325"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="326"/>
        <source>only signatures or form filling</source>
        <translation>nur Unterschriften oder Formulareingaben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="327"/>
        <source>DOCUMENT INFORMATION CHANGED</source>
        <translation>DOKUMENTANGABEN GEÄNDERT</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="328"/>
        <source>MODIFIED</source>
        <translation>VERÄNDERT</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="359"/>
        <source>The signature cannot be checked: {error}</source>
        <translation>Die Unterschrift kann nicht geprüft werden: {error}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="363"/>
        <source>The signed content was changed: it no longer matches the signature.</source>
        <translation>Der unterschriebene Inhalt wurde verändert: Er passt nicht mehr zur Unterschrift.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="366"/>
        <source>The signature does not match the signer&apos;s certificate.</source>
        <translation>Die Unterschrift passt nicht zum Zertifikat der unterschreibenden Person.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="369"/>
        <source>The signer&apos;s certificate had expired when the document was signed.</source>
        <translation>Das Zertifikat der unterschreibenden Person war abgelaufen, als das Dokument unterschrieben wurde.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="373"/>
        <source>The signer&apos;s certificate was not yet valid when the document was signed.</source>
        <translation>Das Zertifikat der unterschreibenden Person war noch nicht gültig, als das Dokument unterschrieben wurde.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="378"/>
        <source>The document was changed after this signature in a way signing does not allow (content or pages added, changed or removed).</source>
        <translation>Das Dokument wurde nach dieser Unterschrift auf eine Weise verändert, die das Unterschreiben nicht erlaubt (Inhalt oder Seiten hinzugefügt, geändert oder entfernt).</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="385"/>
        <source>The document&apos;s information (title, author, subject or keywords) was changed after this signature.</source>
        <translation>Die Angaben des Dokuments über sich selbst (Titel, Autor, Thema oder Stichwörter) wurden nach dieser Unterschrift geändert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="397"/>
        <source>Signed with a TRIAL CERTIFICATE - NOT FOR REAL USE: it proves nothing about who signed.</source>
        <translation>Mit einem TESTZERTIFIKAT (NUR ZU TESTZWECKEN – NICHT RECHTSVERBINDLICH) unterschrieben: Die Unterschrift beweist nichts darüber, wer unterschrieben hat.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="402"/>
        <source>The signer&apos;s certificate is not marked trusted in this workspace.</source>
        <translation>Das Zertifikat der unterschreibenden Person ist in diesem Arbeitsbereich nicht als vertrauenswürdig markiert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="405"/>
        <source>The signer&apos;s certificate expired on {date}, after signing.</source>
        <translation>Das Zertifikat der unterschreibenden Person ist am {date} abgelaufen, nach dem Unterschreiben.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="420"/>
        <location filename="../../src/coopbuilder/ui/signing/verify_dialog.py" line="426"/>
        <source>Mark this certificate trusted</source>
        <translation>Dieses Zertifikat als vertrauenswürdig markieren</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="95"/>
        <source>Steps of the wizard</source>
        <translation>Schritte des Assistenten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="97"/>
        <source>Shows where you are; choose a step to go there.</source>
        <translation>Zeigt, wo Sie sind; wählen Sie einen Schritt, um dorthin zu wechseln.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="101"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="115"/>
        <source>Problems on this page</source>
        <translation>Probleme auf dieser Seite</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="125"/>
        <source>Step: {title}</source>
        <translation>Schritt: {title}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="126"/>
        <source>The fields of this step; scroll to reach those below.</source>
        <translation>Die Felder dieses Schritts; blättern Sie, um die unteren zu erreichen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="134"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="135"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="136"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="137"/>
        <source>Previous step (Alt+Left)</source>
        <translation>Vorheriger Schritt (Alt+Pfeil nach links)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="138"/>
        <source>Next step (Alt+Right)</source>
        <translation>Nächster Schritt (Alt+Pfeil nach rechts)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="139"/>
        <source>Save the agreement (Ctrl+S)</source>
        <translation>Die Vereinbarung speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="213"/>
        <source>This is a copy to read; it cannot be changed here.</source>
        <translation>Dies ist eine Kopie zum Lesen; sie kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="218"/>
        <source>This version&apos;s status is &apos;{status}&apos;; it cannot be changed.</source>
        <translation>Diese Version hat den Status „{status}“; sie kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="322"/>
        <source>Change a version ready to sign</source>
        <translation>Unterschriftsreife Version ändern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="324"/>
        <source>This version is marked ready to sign; changing it makes it a draft again. Its final PDF is then made anew, and copies printed to sign are no longer the text to sign. Keep your changes and make it a draft?</source>
        <translation>Diese Version ist als unterschriftsreif markiert; eine Änderung macht sie wieder zum Entwurf. Ihr endgültiges PDF wird dann neu erstellt, und zum Unterschreiben gedruckte Exemplare sind nicht mehr der zu unterschreibende Text. Ihre Änderungen behalten und sie zum Entwurf machen?</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="328"/>
        <source>&amp;Make it a draft</source>
        <translation>Zum &amp;Entwurf machen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="328"/>
        <source>&amp;Undo my changes</source>
        <translation>Meine Änderungen &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="338"/>
        <source>You changed the agreement after it was marked ready to sign; it is a draft again.</source>
        <translation>Sie haben die Vereinbarung geändert, nachdem sie als unterschriftsreif markiert war; sie ist wieder ein Entwurf.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="368"/>
        <source>&lt;h2&gt;{title}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{title}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="370"/>
        <source>Step {number} of {count}</source>
        <translation>Schritt {number} von {count}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="448"/>
        <source>Autosave failed: {problem}</source>
        <translation>Automatisches Speichern fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="452"/>
        <source>The agreement was not saved</source>
        <translation>Die Vereinbarung wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpener</name>
    <message>
        <location filename="../../src/coopbuilder/ui/workspace_opener.py" line="59"/>
        <source>The workspace cannot be opened</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/workspace_opener.py" line="96"/>
        <source>Open a workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/workspace_opener.py" line="97"/>
        <source>CoopBuilder workspaces (*.sqlite);;All files (*)</source>
        <translation>CoopBuilder-Arbeitsbereiche (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/workspace_opener.py" line="103"/>
        <source>Open a database server</source>
        <translation>Datenbankserver öffnen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/workspace_opener.py" line="105"/>
        <source>The address of your organisation&apos;s workspace database, for example postgresql+psycopg://coop@db.internal/coopbuilder</source>
        <translation>Die Adresse der Arbeitsbereichs-Datenbank Ihrer Organisation, zum Beispiel postgresql+psycopg://coop@db.internal/coopbuilder</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/workspace_opener.py" line="119"/>
        <source>No workspaces yet</source>
        <translation>Noch keine Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/workspace_opener.py" line="122"/>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/workspace_opener.py" line="129"/>
        <source>Opening the workspace {location}...</source>
        <translation>Der Arbeitsbereich {location} wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/workspace_opener.py" line="147"/>
        <source>How the workspace is reached</source>
        <translation>Wie der Arbeitsbereich erreicht wird</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/workspace_opener.py" line="150"/>
        <source>The workspace {location} is open, but:</source>
        <translation>Der Arbeitsbereich {location} ist geöffnet, aber:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/workspace_opener.py" line="165"/>
        <source>Workspace: {location}</source>
        <translation>Arbeitsbereich: {location}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/workspace_opener.py" line="170"/>
        <source>{problem} The workspace {location} stays open.</source>
        <translation>{problem} Der Arbeitsbereich {location} bleibt geöffnet.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/workspace_opener.py" line="175"/>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/workspace_opener.py" line="179"/>
        <source>{problem} Open another workspace, or quit CoopBuilder?</source>
        <translation>{problem} Einen anderen Arbeitsbereich öffnen oder CoopBuilder beenden?</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/workspace_opener.py" line="182"/>
        <source>&amp;Open another workspace...</source>
        <translation>Anderen Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/workspace_opener.py" line="182"/>
        <source>&amp;Quit CoopBuilder</source>
        <translation>CoopBuilder &amp;beenden</translation>
    </message>
</context>
</TS>
