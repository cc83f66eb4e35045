<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="46"/>
        <source>No owner yet</source>
        <translation>Noch niemand verantwortlich</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="49"/>
        <source>Due date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="49"/>
        <source>No date yet</source>
        <translation>Noch kein Termin</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="50"/>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="54"/>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="51"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="52"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="53"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="57"/>
        <source>{topic}, action {number}</source>
        <translation>{topic}, Maßnahme {number}</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_window.py" line="52"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_window.py" line="53"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_window.py" line="56"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_window.py" line="63"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_window.py" line="75"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_window.py" line="76"/>
        <source>&amp;About CoopBuilder</source>
        <translation>&amp;Über CoopBuilder</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_window.py" line="80"/>
        <source>CoopBuilder {version}</source>
        <translation>CoopBuilder {version}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_window.py" line="87"/>
        <source>{title} - CoopBuilder</source>
        <translation>{title} – CoopBuilder</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_window.py" line="91"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_window.py" line="96"/>
        <source>About CoopBuilder</source>
        <translation>Über CoopBuilder</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/agreement_window.py" line="98"/>
        <source>CoopBuilder {version} helps an NGO and a security agency build their cooperation: rate the preconditions together, agree actions on the gaps, and draft the cooperation agreement. Generated texts are drafts for the partners&apos; lawyers, not legal advice.</source>
        <translation>CoopBuilder {version} unterstützt eine NGO und eine Sicherheitsbehörde beim Aufbau ihrer Zusammenarbeit: die Voraussetzungen gemeinsam bewerten, Maßnahmen zu den Lücken vereinbaren und die Kooperationsvereinbarung entwerfen. Die erzeugten Texte sind Entwürfe für die Rechtsabteilungen der Partner, keine Rechtsberatung.</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../src/coopbuilder/ui/background.py" line="113"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/background.py" line="114"/>
        <source>Shown while the program works in the background.</source>
        <translation>Wird angezeigt, solange das Programm im Hintergrund arbeitet.</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="75"/>
        <source>Save review &amp;report...</source>
        <translation>&amp;Bericht zur Überprüfung speichern…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="82"/>
        <source>Actions agreed before, and what became of them</source>
        <translation>Zuvor vereinbarte Maßnahmen und ihr Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="84"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="84"/>
        <source>Owner; due</source>
        <translation>Verantwortlich; Termin</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="84"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="84"/>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="96"/>
        <source>What changed in the agreement</source>
        <translation>Was sich an der Vereinbarung geändert hat</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="99"/>
        <source>Changes to the text of the agreement</source>
        <translation>Änderungen im Wortlaut der Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="101"/>
        <source>Save &amp;record</source>
        <translation>&amp;Niederschrift speichern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="105"/>
        <source>Parts of the comparison</source>
        <translation>Teile des Vergleichs</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="106"/>
        <source>Readiness over the years</source>
        <translation>Voraussetzungen im Verlauf der Jahre</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="107"/>
        <source>Actions from last time</source>
        <translation>Bisherige Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="108"/>
        <source>Changes in the agreement</source>
        <translation>Geänderte Angaben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="109"/>
        <source>Changes to the text</source>
        <translation>Geänderter Wortlaut</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="117"/>
        <source>Review record</source>
        <translation>Niederschrift</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="143"/>
        <source>&lt;h2&gt;{title}&lt;/h2&gt;Version {number} compared with version {earlier}: {kind} held on {date}.</source>
        <translation>&lt;h2&gt;{title}&lt;/h2&gt;Version {number} im Vergleich zu Version {earlier}: {kind} am {date}.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="156"/>
        <source>&lt;h2&gt;{title}&lt;/h2&gt;Version {number}; no review started it.</source>
        <translation>&lt;h2&gt;{title}&lt;/h2&gt;Version {number}; sie ist nicht aus einer Überprüfung hervorgegangen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="170"/>
        <source>V{number}</source>
        <translation>V{number}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="187"/>
        <source>no owner</source>
        <translation>niemand verantwortlich</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="190"/>
        <source>{outcome} ({status})</source>
        <translation>{outcome} ({status})</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="195"/>
        <source>{owner}, due {date}</source>
        <translation>{owner}, Termin: {date}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="196"/>
        <source>no date</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="213"/>
        <source>Nothing changed in the structure of the agreement.</source>
        <translation>Partner, Übermittlungsregeln, Ansprechpersonen und die übrigen Angaben der Vereinbarung sind unverändert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="218"/>
        <source>{kind}: {part} &apos;{entry}&apos;</source>
        <translation>{kind}: {part} „{entry}“</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="230"/>
        <source>{field}: {before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="244"/>
        <source>Words taken out are struck through in red; words put in are underlined in green.</source>
        <translation>Gestrichene Wörter sind rot durchgestrichen, eingefügte Wörter grün unterstrichen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="252"/>
        <source>The text of the agreement did not change.</source>
        <translation>Der Wortlaut der Vereinbarung ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="256"/>
        <source>{kind}: clause {number}, in {heading}</source>
        <translation>{kind}: Klausel {number} in {heading}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="260"/>
        <source>{kind}: in {heading}</source>
        <translation>{kind}: in {heading}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="280"/>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="287"/>
        <source>The record was not saved</source>
        <translation>Die Niederschrift wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="289"/>
        <source>Saved the record of the review.</source>
        <translation>Die Niederschrift der Überprüfung wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="297"/>
        <source>Save the review report</source>
        <translation>Bericht zur Überprüfung speichern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="298"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="299"/>
        <source>review-report-version-{number}.pdf</source>
        <translation>bericht-ueberpruefung-version-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="304"/>
        <source>Writing the review report...</source>
        <translation>Der Bericht zur Überprüfung wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="308"/>
        <source>Saved the review report to {path}.</source>
        <translation>Der Bericht zur Überprüfung wurde unter {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/comparison.py" line="313"/>
        <source>The review report was not saved</source>
        <translation>Der Bericht zur Überprüfung wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="65"/>
        <source>Contacts of partner {number}</source>
        <translation>Ansprechpersonen von Partner {number}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="67"/>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="101"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="67"/>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="103"/>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="67"/>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="105"/>
        <source>Availability</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="67"/>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="109"/>
        <source>Deputy</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="78"/>
        <source>Add contact</source>
        <translation>Ansprechperson hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="79"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="80"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="81"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="83"/>
        <source>Partner {number}: add contact</source>
        <translation>Partner {number}: Ansprechperson hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="84"/>
        <source>Partner {number}: remove contact</source>
        <translation>Partner {number}: Ansprechperson entfernen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="85"/>
        <source>Partner {number}: move contact up</source>
        <translation>Partner {number}: Ansprechperson nach oben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="86"/>
        <source>Partner {number}: move contact down</source>
        <translation>Partner {number}: Ansprechperson nach unten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="99"/>
        <source>Partner {number} contact: {field}</source>
        <translation>Ansprechperson von Partner {number}: {field}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="102"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="102"/>
        <source>e.g. Case worker</source>
        <translation>z. B. Fallbearbeitung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="107"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="108"/>
        <source>Secure e-mail</source>
        <translation>Verschlüsselte E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="111"/>
        <source>Who steps in during a holiday or a change of staff; from the same partner.</source>
        <translation>Wer bei Urlaub oder Personalwechsel einspringt; vom selben Partner.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="117"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="118"/>
        <source>Role:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="119"/>
        <source>Level:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="120"/>
        <source>Availability:</source>
        <translation>Erreichbarkeit:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="121"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="122"/>
        <source>Secure e-mail:</source>
        <translation>Verschlüsselte E-Mail:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="123"/>
        <source>Deputy:</source>
        <translation>Vertretung:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="125"/>
        <source>Checks on partner {number}&apos;s contacts</source>
        <translation>Prüfungen zu den Ansprechpersonen von Partner {number}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="147"/>
        <source>Partner {number}: {partner}</source>
        <translation>Partner {number}: {partner}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="168"/>
        <source>Contact {position} of {partner} has no name.</source>
        <translation>Ansprechperson {position} von {partner} hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="198"/>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="233"/>
        <source>(no name yet)</source>
        <translation>(noch ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="206"/>
        <source>{symbol} none</source>
        <translation>{symbol} keine</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="229"/>
        <source>No deputy yet</source>
        <translation>Noch keine Vertretung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="270"/>
        <source>Remove contact</source>
        <translation>Ansprechperson entfernen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="271"/>
        <source>Remove the contact {name}?</source>
        <translation>Die Ansprechperson {name} entfernen?</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contact_panel.py" line="272"/>
        <source>without a name</source>
        <translation>ohne Namen</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="73"/>
        <source>Add further actor</source>
        <translation>Weitere Stelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="80"/>
        <source>Level 1 case workers, level 2 coordinators, level 3 directors. For triggers each side needs a contact reachable 24/7, and every contact a deputy, so that a holiday or a change of staff never breaks the chain.</source>
        <translation>Ebene 1 Fallbearbeitung, Ebene 2 Koordination, Ebene 3 Leitung. Für Auslöser braucht jede Seite eine rund um die Uhr erreichbare Eskalationsstelle und jede Ansprechperson eine Vertretung, damit Urlaub oder ein Personalwechsel die Kette nie unterbricht.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="88"/>
        <source>Further actors</source>
        <translation>Weitere Beteiligte</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="92"/>
        <source>Prison, probation, youth welfare office, schools or mental-health services: who joins a case, when, and what they may receive.</source>
        <translation>Justizvollzug, Bewährungshilfe, Jugendamt, Schulen oder psychiatrische Dienste: wer wann zu einem Fall hinzukommt und was diese Stelle erhalten darf.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="102"/>
        <source>Contacts and escalation</source>
        <translation>Ansprechpersonen und Eskalation</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="105"/>
        <source>Named people each partner can reach, their deputies, and further actors.</source>
        <translation>Namentlich benannte Ansprechpersonen beider Partner, ihre Vertretungen und weitere Beteiligte.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="137"/>
        <source>Further actor {number} has no name.</source>
        <translation>Weitere Stelle {number} hat keinen Namen.</translation>
    </message>
</context>
<context>
    <name>FindingPanel</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="121"/>
        <source>Earlier actions</source>
        <translation>Frühere Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="126"/>
        <source>These actions answer findings that the current ratings no longer show. Keep them, mark them done or dropped, or remove them.</source>
        <translation>Diese Maßnahmen gehören zu Befunden, die die aktuellen Bewertungen nicht mehr zeigen. Behalten Sie sie, markieren Sie sie als erledigt oder verworfen, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="135"/>
        <source>{kind} on {precondition}</source>
        <translation>{kind} bei {precondition}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="144"/>
        <source>Add an action of your own</source>
        <translation>Eigene Maßnahme hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="149"/>
        <source>&lt;b&gt;Recommended actions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Empfohlene Maßnahmen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="155"/>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="228"/>
        <source>Adopt</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="157"/>
        <source>Adopt recommended action {number}</source>
        <translation>Empfohlene Maßnahme {number} übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="165"/>
        <source>&lt;b&gt;Agreed actions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vereinbarte Maßnahmen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="179"/>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="186"/>
        <source>Rated below 3.0 by {partners}: a gap. Agree an action with an owner and a date.</source>
        <translation>Von {partners} unter 3,0 bewertet: eine Lücke. Vereinbaren Sie eine Maßnahme mit Verantwortlichen und Termin.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="190"/>
        <source>Rated between 3.0 and 3.99 by {partners}: discuss whether an action is needed.</source>
        <translation>Von {partners} zwischen 3,0 und 3,99 bewertet: Besprechen Sie, ob eine Maßnahme nötig ist.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="194"/>
        <source>The partners see this differently. Agree an action that brings their views together.</source>
        <translation>Die Partner sehen dies unterschiedlich. Vereinbaren Sie eine Maßnahme, die ihre Sichtweisen zusammenführt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="200"/>
        <source>Their means are {difference} apart.</source>
        <translation>Ihre Mittelwerte liegen {difference} auseinander.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="209"/>
        <source>Rated {first} and {second}: {statement}</source>
        <translation>Mit {first} und {second} bewertet: {statement}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/finding_panel.py" line="228"/>
        <source>Adopted</source>
        <translation>Übernommen</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="43"/>
        <source>Means and bands per precondition</source>
        <translation>Mittelwerte und Bereiche je Voraussetzung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="64"/>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="93"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="66"/>
        <source>Choose a finding to see its recommended actions and agree actions.</source>
        <translation>Wählen Sie einen Befund, um die empfohlenen Maßnahmen zu sehen und Maßnahmen zu vereinbaren.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="74"/>
        <source>No gaps, no borderline results and no perception gaps: nothing to act on.</source>
        <translation>Keine Lücken, keine Ergebnisse im Grenzbereich und keine Wahrnehmungsunterschiede: Es ist nichts zu tun.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="83"/>
        <source>Findings and agreed actions</source>
        <translation>Befunde und vereinbarte Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="97"/>
        <source>Where each partner is strong, where one is weak, and where the two see things differently. Every gap and perception gap needs an agreed action with an owner and a date.</source>
        <translation>Wo jeder Partner stark ist, wo einer schwach ist und wo beide die Dinge unterschiedlich sehen. Jede Lücke und jeder Wahrnehmungsunterschied braucht eine vereinbarte Maßnahme mit Verantwortlichen und Termin.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="113"/>
        <source>Precondition</source>
        <translation>Voraussetzung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="113"/>
        <source>Perception gap</source>
        <translation>Wahrnehmungs-
unterschied</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="131"/>
        <source>{partner}: {mean} {band}</source>
        <translation>{partner}: {mean} {band}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="140"/>
        <source>Overall: {first}; {second}. Bands: 4.00 to 5.00 strength, 3.00 to 3.99 borderline, below 3.00 gap.</source>
        <translation>Gesamt: {first}; {second}. Bereiche: 4,00 bis 5,00 Stärke, 3,00 bis 3,99 Grenzbereich, unter 3,00 Lücke.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="175"/>
        <source>{band} ({rated} of {total} rated)</source>
        <translation>{band} ({rated} von {total} bewertet)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="187"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="191"/>
        <source>≠ Yes: means {difference} apart; statements rated 2 or more apart: {count}</source>
        <translation>≠ Ja: Mittelwerte {difference} auseinander; Aussagen mit 2 oder mehr Punkten Abstand: {count}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="194"/>
        <source>≠ Yes: means {difference} apart</source>
        <translation>≠ Ja: Mittelwerte {difference} auseinander</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="197"/>
        <source>≠ Yes: statements rated 2 or more apart: {count}</source>
        <translation>≠ Ja: Aussagen mit 2 oder mehr Punkten Abstand: {count}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="241"/>
        <source>✖ Needs an action</source>
        <translation>✖ Braucht eine Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="243"/>
        <source>No agreed action</source>
        <translation>Keine vereinbarte Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="245"/>
        <source>✔ Agreed actions: {count}</source>
        <translation>✔ Vereinbarte Maßnahmen: {count}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="248"/>
        <source>{symbol}{topic}
{status}</source>
        <translation>{symbol}{topic}
{status}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/findings.py" line="276"/>
        <source>Action {number} of &apos;{topic}&apos; has no text: say what will be done, or remove it.</source>
        <translation>Maßnahme {number} zu „{topic}“ hat keinen Text: Beschreiben Sie, was getan wird, oder entfernen Sie sie.</translation>
    </message>
</context>
<context>
    <name>FurtherActorRow</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="28"/>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="32"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="33"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="34"/>
        <source>Joins when</source>
        <translation>Kommt hinzu, wenn</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="35"/>
        <source>May receive</source>
        <translation>Darf erhalten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/contacts.py" line="38"/>
        <source>Further actor {number}</source>
        <translation>Weitere Stelle {number}</translation>
    </message>
</context>
<context>
    <name>GovernancePage</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="121"/>
        <source>Effective date</source>
        <translation>Inkrafttreten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="121"/>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="129"/>
        <source>Not fixed yet</source>
        <translation>Noch nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="122"/>
        <source>Term in months</source>
        <translation>Laufzeit in Monaten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="124"/>
        <source>Open-ended</source>
        <translation>Unbefristet</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="125"/>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="128"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="126"/>
        <source>Review interval in months</source>
        <translation>Überprüfung alle … Monate</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="129"/>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="135"/>
        <source>Dates and review</source>
        <translation>Termine und Überprüfung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="137"/>
        <source>&amp;Effective date:</source>
        <translation>&amp;Inkrafttreten:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="138"/>
        <source>&amp;Term:</source>
        <translation>&amp;Laufzeit:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="139"/>
        <source>Review &amp;interval:</source>
        <translation>Über&amp;prüfung alle:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="140"/>
        <source>Ne&amp;xt review:</source>
        <translation>&amp;Nächste Überprüfung:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="146"/>
        <source>Review every year, and also after an incident, a change of staff or a change of the law.</source>
        <translation>Überprüfen Sie die Vereinbarung jährlich und zusätzlich nach einem Vorfall, einem Personalwechsel oder einer Rechtsänderung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="154"/>
        <source>A DPIA is required</source>
        <translation>Eine DSFA ist erforderlich</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="154"/>
        <source>DPIA required</source>
        <translation>DSFA erforderlich</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="157"/>
        <source>Sensitive data about vulnerable people usually meets two WP248 criteria.</source>
        <translation>Sensible Daten über schutzbedürftige Personen erfüllen in der Regel zwei Kriterien nach WP 248.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="159"/>
        <source>DPIA status</source>
        <translation>Stand der DSFA</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="160"/>
        <source>DPIA lead partner</source>
        <translation>Federführender Partner der DSFA</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="161"/>
        <source>DPIA completed on</source>
        <translation>DSFA abgeschlossen am</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="161"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="162"/>
        <source>DPIA reference</source>
        <translation>Aktenzeichen der DSFA</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="163"/>
        <source>DPIA note</source>
        <translation>Anmerkung zur DSFA</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="164"/>
        <source>Data protection impact assessment (DPIA)</source>
        <translation>Datenschutz-Folgenabschätzung (DSFA)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="167"/>
        <source>St&amp;atus:</source>
        <translation>S&amp;tand:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="168"/>
        <source>&amp;Lead:</source>
        <translation>&amp;Federführung:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="169"/>
        <source>&amp;Completed on:</source>
        <translation>A&amp;bgeschlossen am:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="170"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Aktenzeichen:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="171"/>
        <source>N&amp;ote:</source>
        <translation>An&amp;merkung:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="177"/>
        <source>Add meeting format</source>
        <translation>Besprechungsformat hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="180"/>
        <source>Add success indicator</source>
        <translation>Erfolgsindikator hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="184"/>
        <source>Meetings</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="185"/>
        <source>Success indicators</source>
        <translation>Erfolgsindikatoren</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="204"/>
        <source>Meetings and review</source>
        <translation>Besprechungen und Überprüfung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="208"/>
        <source>When the agreement takes effect and is reviewed, the DPIA, how the partners meet and how they will know whether the cooperation works.</source>
        <translation>Wann die Vereinbarung in Kraft tritt und überprüft wird, die DSFA, wie sich die Partner treffen und woran sie erkennen, ob die Zusammenarbeit gelingt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="228"/>
        <source>Use {date}</source>
        <translation>{date} übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="230"/>
        <source>Use the suggested date</source>
        <translation>Vorgeschlagenes Datum übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="232"/>
        <source>Use the suggested next review date</source>
        <translation>Vorgeschlagenen Termin der nächsten Überprüfung übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="233"/>
        <source>The effective date plus the review interval.</source>
        <translation>Das Datum des Inkrafttretens zuzüglich des Überprüfungsabstands.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="252"/>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="274"/>
        <source>The next review ({review}) is before the effective date ({effective}).</source>
        <translation>Die nächste Überprüfung ({review}) liegt vor dem Inkrafttreten ({effective}).</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="280"/>
        <source>Success indicator {number} has no name.</source>
        <translation>Erfolgsindikator {number} hat keinen Namen.</translation>
    </message>
</context>
<context>
    <name>IndicatorRow</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="82"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="83"/>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="84"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="87"/>
        <source>Success indicator {number}</source>
        <translation>Erfolgsindikator {number}</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../src/coopbuilder/ui/texts.py" line="24"/>
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
    <name>MeetingRow</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="42"/>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="48"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="43"/>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="49"/>
        <source>Cadence</source>
        <translation>Turnus</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="50"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="51"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="52"/>
        <source>Minutes without client identifiers</source>
        <translation>Niederschrift ohne Angaben, die betreute Personen erkennbar machen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/governance.py" line="55"/>
        <source>Meeting {number}</source>
        <translation>Besprechung {number}</translation>
    </message>
</context>
<context>
    <name>NewAgreement</name>
    <message>
        <location filename="../../src/coopbuilder/ui/session.py" line="87"/>
        <source>New cooperation agreement</source>
        <translation>Neue Kooperationsvereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/session.py" line="90"/>
        <source>NGO partner</source>
        <translation>NGO-Partner</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/session.py" line="92"/>
        <source>Security partner</source>
        <translation>Sicherheitspartner</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/fields.py" line="131"/>
        <source>{field}: set a date</source>
        <translation>{field}: Datum festlegen</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="65"/>
        <source>Partner {number}</source>
        <translation>Partner {number}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="68"/>
        <source>Partner {number}: {field}</source>
        <translation>Partner {number}: {field}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="70"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="73"/>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="74"/>
        <source>Used in tables and on the projector, e.g. &apos;LKA&apos;.</source>
        <translation>Für Tabellen und die Projektion, z. B. „LKA“.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="76"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="77"/>
        <source>Sector</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="79"/>
        <source>Data-protection regime</source>
        <translation>Datenschutzrechtliche Stellung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="83"/>
        <source>Set from the kind of partner; change it if this partner processes data under another law.</source>
        <translation>Aus der Art des Partners übernommen; ändern Sie sie, wenn dieser Partner Daten nach anderem Recht verarbeitet.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="87"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="90"/>
        <source>Data protection officer</source>
        <translation>Datenschutzbeauftragte/r</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="91"/>
        <source>Name and contact of the data protection officer.</source>
        <translation>Name und Kontakt der oder des Datenschutzbeauftragten.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="95"/>
        <source>Add representative</source>
        <translation>Vertretungsberechtigte Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="99"/>
        <source>Partner {number}: add representative</source>
        <translation>Partner {number}: vertretungsberechtigte Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="104"/>
        <source>Nobody signs for this partner yet: tick &apos;Signs&apos; for a representative.</source>
        <translation>Für diesen Partner unterschreibt noch niemand: Kreuzen Sie bei einer vertretungsberechtigten Person „Unterschreibt“ an.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="109"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="110"/>
        <source>Short name:</source>
        <translation>Kurzname:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="111"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="112"/>
        <source>Sector:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="113"/>
        <source>Data protection:</source>
        <translation>Datenschutz:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="114"/>
        <source>Address:</source>
        <translation>Anschrift:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="115"/>
        <source>Data protection officer:</source>
        <translation>Datenschutzbeauftragte/r:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="116"/>
        <source>Representatives:</source>
        <translation>Vertretungsberechtigte Personen:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="154"/>
        <source>Give partner {number} a name.</source>
        <translation>Geben Sie Partner {number} einen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="158"/>
        <source>Representative {position} of partner {number} has no name.</source>
        <translation>Vertretungsberechtigte Person {position} von Partner {number} hat keinen Namen.</translation>
    </message>
</context>
<context>
    <name>PartnershipPage</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="20"/>
        <source>Title of the agreement</source>
        <translation>Titel der Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="22"/>
        <source>Language of the agreement</source>
        <translation>Sprache der Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="26"/>
        <source>The language the agreement is printed and signed in. The statements the partners rate and the recommended actions follow it; what you type stays as typed.</source>
        <translation>Die Sprache, in der die Vereinbarung gedruckt und unterzeichnet wird. Die Aussagen, die die Partner bewerten, und die empfohlenen Maßnahmen folgen ihr; was Sie eingeben, bleibt, wie es ist.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="32"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="33"/>
        <source>Why the partners cooperate, each within its own mandate.</source>
        <translation>Warum die Partner zusammenarbeiten, jeder im Rahmen seines Auftrags.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="36"/>
        <source>Scope</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="36"/>
        <source>What the cooperation covers.</source>
        <translation>Was die Zusammenarbeit umfasst.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="38"/>
        <source>Out of scope</source>
        <translation>Ausgenommen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="40"/>
        <source>What the cooperation never covers, e.g. no tasking of NGO staff as informants and no covert use of counselling.</source>
        <translation>Was die Zusammenarbeit nie umfasst, z. B. keine Führung von NGO-Mitarbeitenden als Informanten und keine verdeckte Nutzung der Beratung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="46"/>
        <source>e.g. no tasking of NGO staff as informants; no covert use of counselling</source>
        <translation>z. B. keine Führung von NGO-Mitarbeitenden als Informanten; keine verdeckte Nutzung der Beratung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="48"/>
        <source>The agreement</source>
        <translation>Die Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="50"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="51"/>
        <source>Agreement &amp;language:</source>
        <translation>Sp&amp;rache der Vereinbarung:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="52"/>
        <source>&amp;Purpose:</source>
        <translation>Zwec&amp;k:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="53"/>
        <source>S&amp;cope:</source>
        <translation>&amp;Gegenstand:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="54"/>
        <source>&amp;Out of scope:</source>
        <translation>A&amp;usgenommen:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="68"/>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="72"/>
        <source>Who cooperates, why, and what the cooperation covers. Name the representatives and who signs for each partner.</source>
        <translation>Wer zusammenarbeitet, warum und was die Zusammenarbeit umfasst. Nennen Sie die vertretungsberechtigten Personen und wer für jeden Partner unterschreibt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="89"/>
        <source>Give the agreement a title.</source>
        <translation>Geben Sie der Vereinbarung einen Titel.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partnership.py" line="94"/>
        <source>The two partners have the same name; give each its own.</source>
        <translation>Die beiden Partner haben denselben Namen; geben Sie jedem einen eigenen.</translation>
    </message>
</context>
<context>
    <name>PlaceholderOutput</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="52"/>
        <source>The preview of the draft agreement, and the buttons to print it and to save it as a PDF, will appear here.</source>
        <translation>Hier erscheinen die Vorschau des Vereinbarungsentwurfs und die Schaltflächen zum Drucken und zum Speichern als PDF.</translation>
    </message>
</context>
<context>
    <name>PreconditionPanel</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="89"/>
        <source>Note (optional)</source>
        <translation>Anmerkung (optional)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="129"/>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="131"/>
        <source>don&apos;t know</source>
        <translation>weiß nicht</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="132"/>
        <source>Last time: {value}</source>
        <translation>Zuletzt: {value}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="135"/>
        <source>{partner}&apos;s rating in version {number}: {value}</source>
        <translation>Bewertung von {partner} in Version {number}: {value}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="140"/>
        <source>{partner}, {precondition} statement {number}: last time</source>
        <translation>{partner}, {precondition}, Aussage {number}: zuletzt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="147"/>
        <source>{statement} Last time: {value}.</source>
        <translation>{statement} Zuletzt: {value}.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="162"/>
        <source>{number}. {statement}</source>
        <translation>{number}. {statement}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="165"/>
        <source>{partner}, {precondition} statement {number}</source>
        <translation>{partner}, {precondition}, Aussage {number}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="170"/>
        <source>{where}: rating</source>
        <translation>{where}: Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="172"/>
        <source>{where}: note</source>
        <translation>{where}: Anmerkung</translation>
    </message>
</context>
<context>
    <name>ProjectorMode</name>
    <message>
        <location filename="../../src/coopbuilder/ui/projector.py" line="115"/>
        <source>&amp;Projector mode</source>
        <translation>&amp;Projektormodus</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/projector.py" line="119"/>
        <source>Large text and strong contrast for a meeting room</source>
        <translation>Große Schrift und starker Kontrast für einen Besprechungsraum</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/projector.py" line="122"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/projector.py" line="127"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/projector.py" line="130"/>
        <source>&amp;Normal size</source>
        <translation>&amp;Normale Größe</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/radar.py" line="55"/>
        <source>Radar chart of both partners&apos; means</source>
        <translation>Netzdiagramm der Mittelwerte beider Partner</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/radar.py" line="68"/>
        <source>{partner}: {values}.</source>
        <translation>{partner}: {values}.</translation>
    </message>
</context>
<context>
    <name>RatingControl</name>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rating.py" line="45"/>
        <source>1, disagree</source>
        <translation>1, stimme nicht zu</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rating.py" line="46"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rating.py" line="47"/>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rating.py" line="48"/>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rating.py" line="49"/>
        <source>5, agree</source>
        <translation>5, stimme zu</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rating.py" line="50"/>
        <source>Don&apos;t know</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rating.py" line="90"/>
        <source>not rated yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rating.py" line="92"/>
        <source>don&apos;t know</source>
        <translation>weiß nicht</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rating.py" line="97"/>
        <source>{statement} Rating: {value}.</source>
        <translation>{statement} Bewertung: {value}.</translation>
    </message>
</context>
<context>
    <name>RatingImport</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rating_import.py" line="41"/>
        <source>Load ratings from a partner&apos;s file</source>
        <translation>Bewertungen aus der Datei eines Partners laden</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rating_import.py" line="45"/>
        <source>CoopBuilder agreement files (*.json);;All files (*)</source>
        <translation>CoopBuilder-Vereinbarungsdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rating_import.py" line="61"/>
        <source>{file} could not be read: {problem}</source>
        <translation>{file} konnte nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rating_import.py" line="72"/>
        <source>{file} holds no ratings. Choose the file the partner saved after rating.</source>
        <translation>{file} enthält keine Bewertungen. Wählen Sie die Datei, die der Partner nach dem Bewerten gespeichert hat.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rating_import.py" line="82"/>
        <source>{file} holds ratings by {first} and by {second}. Whose ratings do you want to load?</source>
        <translation>{file} enthält Bewertungen von {first} und von {second}. Wessen Bewertungen möchten Sie laden?</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rating_import.py" line="101"/>
        <source>The ratings in {file} are by {name}, which is not a partner of this agreement under that name. For which partner are they?</source>
        <translation>Die Bewertungen in {file} stammen von {name}; unter diesem Namen ist niemand Partner dieser Vereinbarung. Für welchen Partner gelten sie?</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/rating_import.py" line="114"/>
        <source>This replaces the ratings already given for {partner}. Load the ratings from the file?</source>
        <translation>Dies ersetzt die bereits abgegebenen Bewertungen für {partner}. Die Bewertungen aus der Datei laden?</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="197"/>
        <source>Rate from 1 (disagree) to 5 (agree), or ? (don&apos;t know). Keys: 1 to 5, 0 or ?, Delete takes a rating back; the arrow keys move between statements and partners.</source>
        <translation>Bewerten Sie von 1 (stimme nicht zu) bis 5 (stimme zu) oder mit ? (weiß nicht). Tasten: 1 bis 5, 0 oder ?, Entf nimmt eine Bewertung zurück; die Pfeiltasten wechseln zwischen Aussagen und Partnern.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="202"/>
        <source>&amp;Load ratings from a partner&apos;s file...</source>
        <translation>Bewertungen aus der Datei eines Partners &amp;laden…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="211"/>
        <source>Preconditions</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="216"/>
        <source>Choose a precondition to rate its statements; shows how many are rated.</source>
        <translation>Wählen Sie eine Voraussetzung, um ihre Aussagen zu bewerten; zeigt, wie viele bewertet sind.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="248"/>
        <source>Readiness</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="252"/>
        <source>Both partners rate the preconditions of cooperation, separately but side by side. Discuss where you disagree; do not average it away.</source>
        <translation>Beide Partner bewerten die Voraussetzungen der Zusammenarbeit, getrennt, aber nebeneinander. Besprechen Sie, wo Sie sich uneinig sind; mitteln Sie es nicht weg.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="298"/>
        <source>{mark}{name}
{first} of {total} · {second} of {total} rated</source>
        <translation>{mark}{name}
{first} von {total} · {second} von {total} bewertet</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/readiness.py" line="341"/>
        <source>Loaded the ratings of {partner} from the file.</source>
        <translation>Die Bewertungen von {partner} wurden aus der Datei geladen.</translation>
    </message>
</context>
<context>
    <name>RecordRow</name>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rows.py" line="56"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rows.py" line="57"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rows.py" line="58"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rows.py" line="100"/>
        <source>{row}: {field}</source>
        <translation>{row}: {field}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rows.py" line="104"/>
        <source>{row}: {field}: set a date</source>
        <translation>{row}: {field}: Datum festlegen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rows.py" line="110"/>
        <source>Move {row} up</source>
        <translation>{row} nach oben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rows.py" line="112"/>
        <source>Move {row} down</source>
        <translation>{row} nach unten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/widgets/rows.py" line="114"/>
        <source>Remove {row}</source>
        <translation>{row} entfernen</translation>
    </message>
</context>
<context>
    <name>RepresentativeRow</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="29"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="30"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="31"/>
        <source>Signs</source>
        <translation>Unterschreibt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/partner_form.py" line="35"/>
        <source>Partner {partner}, representative {number}</source>
        <translation>Partner {partner}, vertretungsberechtigte Person {number}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="86"/>
        <source>Agreement checks</source>
        <translation>Prüfungen der Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="86"/>
        <source>✔ The checks find nothing to fix.</source>
        <translation>✔ Die Prüfungen finden nichts zu beheben.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="115"/>
        <source>Review and output</source>
        <translation>Prüfung und Ausgabe</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="119"/>
        <source>Every check on the agreement. Errors keep it from being ready to sign; warnings are for the partners to look at. The draft is for your lawyers, not legal advice.</source>
        <translation>Alle Prüfungen der Vereinbarung. Fehler verhindern, dass sie unterschriftsreif wird; Warnungen sollten sich die Partner ansehen. Der Entwurf ist für Ihre Rechtsabteilungen bestimmt und keine Rechtsberatung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="130"/>
        <source>Errors: {errors}. Warnings: {warnings}.</source>
        <translation>Fehler: {errors}. Warnungen: {warnings}.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="136"/>
        <source>Go there</source>
        <translation>Dorthin wechseln</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="150"/>
        <source>&lt;b&gt;Status:&lt;/b&gt; {status}. &lt;b&gt;Version:&lt;/b&gt; {version}.</source>
        <translation>&lt;b&gt;Status:&lt;/b&gt; {status}. &lt;b&gt;Version:&lt;/b&gt; {version}.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="156"/>
        <source>Return to &amp;draft</source>
        <translation>Zurück zum &amp;Entwurf</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="156"/>
        <source>&amp;Mark ready to sign</source>
        <translation>Als &amp;unterschriftsreif markieren</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="161"/>
        <source>Marked ready to sign; changing any answer returns it to draft.</source>
        <translation>Als unterschriftsreif markiert; jede Änderung macht sie wieder zum Entwurf.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="164"/>
        <source>Fix the errors to mark the agreement ready to sign.</source>
        <translation>Beheben Sie die Fehler, um die Vereinbarung als unterschriftsreif zu markieren.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/review.py" line="167"/>
        <source>No errors: the agreement can be marked ready to sign.</source>
        <translation>Keine Fehler: Die Vereinbarung kann als unterschriftsreif markiert werden.</translation>
    </message>
</context>
<context>
    <name>ReviewRecordForm</name>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="30"/>
        <source>Kind of review</source>
        <translation>Art der Überprüfung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="31"/>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="36"/>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="38"/>
        <source>Why an extraordinary review is held: the incident, the change of staff or of law.</source>
        <translation>Warum eine außerordentliche Überprüfung stattfindet: der Vorfall, der Personalwechsel oder die Rechtsänderung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="42"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="43"/>
        <source>What worked</source>
        <translation>Was gelungen ist</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="45"/>
        <source>What failed</source>
        <translation>Was misslungen ist</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="46"/>
        <source>Talk openly about failures: what did not work, and why.</source>
        <translation>Sprechen Sie offen über Misserfolge: was nicht funktioniert hat und warum.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="49"/>
        <source>What was learned</source>
        <translation>Was gelernt wurde</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="51"/>
        <source>Changes of staff</source>
        <translation>Personalwechsel</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="52"/>
        <source>Who left, who joined, and how the contacts were handed over.</source>
        <translation>Wer ausgeschieden ist, wer hinzugekommen ist und wie die Aufgaben der Ansprechpersonen übergeben wurden.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="56"/>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="57"/>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="58"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/record_form.py" line="110"/>
        <source>Say why this extraordinary review is held.</source>
        <translation>Geben Sie an, warum diese außerordentliche Überprüfung stattfindet.</translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="100"/>
        <source>Agreements and their next review</source>
        <translation>Vereinbarungen und ihre nächste Überprüfung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="102"/>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="114"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="103"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="104"/>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="105"/>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="106"/>
        <source>Last review</source>
        <translation>Letzte Überprüfung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="113"/>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="145"/>
        <source>Reviews held</source>
        <translation>Durchgeführte Überprüfungen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="114"/>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="114"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="114"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="116"/>
        <source>&amp;Start review...</source>
        <translation>Überprüfung be&amp;ginnen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="117"/>
        <source>Start e&amp;xtraordinary review...</source>
        <translation>Außer&amp;ordentliche Überprüfung beginnen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="118"/>
        <source>&amp;Compare with earlier years</source>
        <translation>Mit den &amp;Vorjahren vergleichen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="119"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="120"/>
        <source>Export &amp;calendar...</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="140"/>
        <source>Reviews</source>
        <translation>Überprüfungen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="159"/>
        <source>Overdue: {overdue}. Due within {days} days: {due}. In progress: {progress}. Every agreement is reviewed once a year, and at any time after an incident, a change of staff or a change of law.</source>
        <translation>Überfällig: {overdue}. Innerhalb von {days} Tagen fällig: {due}. Laufend: {progress}. Jede Vereinbarung wird einmal im Jahr überprüft und außerdem jederzeit nach einem Vorfall, einem Personalwechsel oder einer Rechtsänderung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="174"/>
        <source>{title}
{partners}</source>
        <translation>{title}
{partners}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="177"/>
        <source>{number} ({status})</source>
        <translation>{number} ({status})</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="180"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="182"/>
        <source>{date}, {kind}</source>
        <translation>{date}, {kind}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="186"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="205"/>
        <source>Overdue by 1 day</source>
        <translation>Seit 1 Tag überfällig</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="206"/>
        <source>Overdue by {days} days</source>
        <translation>Seit {days} Tagen überfällig</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="209"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="211"/>
        <source>Due tomorrow</source>
        <translation>Morgen fällig</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="212"/>
        <source>Due in {days} days</source>
        <translation>In {days} Tagen fällig</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="214"/>
        <source>In progress since {date}</source>
        <translation>Läuft seit {date}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="226"/>
        <source>{kind}: {reason}</source>
        <translation>{kind}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="231"/>
        <source>Version {old} to version {new}</source>
        <translation>Von Version {old} zu Version {new}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="277"/>
        <source>The review was not started</source>
        <translation>Die Überprüfung wurde nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="282"/>
        <source>Started the review: version {number} is the new draft.</source>
        <translation>Die Überprüfung hat begonnen: Version {number} ist der neue Entwurf.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="302"/>
        <source>Export the next review dates</source>
        <translation>Termine der nächsten Überprüfungen exportieren</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="303"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="304"/>
        <source>coopbuilder-reviews.ics</source>
        <translation>coopbuilder-ueberpruefungen.ics</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="311"/>
        <source>The calendar was not written</source>
        <translation>Die Kalenderdatei wurde nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="314"/>
        <source>Wrote 1 review date to {path}.</source>
        <translation>Ein Überprüfungstermin wurde nach {path} exportiert.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/overview.py" line="317"/>
        <source>Wrote {count} review dates to {path}.</source>
        <translation>{count} Überprüfungstermine wurden nach {path} exportiert.</translation>
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
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="47"/>
        <source>&amp;Add rule...</source>
        <translation>Regel &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="49"/>
        <source>Add from a &amp;preset</source>
        <translation>Aus einer &amp;Vorlage hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="50"/>
        <source>Add from a preset</source>
        <translation>Aus einer Vorlage hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="55"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="56"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="57"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="58"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="76"/>
        <source>Checks on sharing as a whole</source>
        <translation>Prüfungen der Übermittlungen insgesamt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="81"/>
        <source>Share only what is needed for each case, only with those who need it. Say what is never shared. The checks below each rule mark open legal questions for your lawyers; presets are a starting point, not legal advice.</source>
        <translation>Übermitteln Sie nur, was für den jeweiligen Fall erforderlich ist, und nur an diejenigen, die es benötigen. Legen Sie fest, was nie übermittelt wird. Die Prüfhinweise unter jeder Regel markieren offene Rechtsfragen für Ihre Rechtsabteilungen; Vorlagen sind ein Ausgangspunkt, keine Rechtsberatung.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="93"/>
        <source>Information sharing</source>
        <translation>Informationsaustausch</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="97"/>
        <source>Who shares what with whom, when, by which channel and on which legal basis.</source>
        <translation>Wer was an wen übermittelt, wann, auf welchem Weg und auf welcher Rechtsgrundlage.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="208"/>
        <source>Remove sharing rule</source>
        <translation>Übermittlungsregel entfernen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing.py" line="209"/>
        <source>Remove the sharing rule &apos;{category}&apos;?</source>
        <translation>Die Übermittlungsregel „{category}“ entfernen?</translation>
    </message>
</context>
<context>
    <name>SharingRuleDialog</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="54"/>
        <source>Sharing rule</source>
        <translation>Übermittlungsregel</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="54"/>
        <source>New sharing rule</source>
        <translation>Neue Übermittlungsregel</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="66"/>
        <source>Category of information</source>
        <translation>Kategorie der Informationen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="67"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="73"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="75"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="75"/>
        <source>Choose a trigger</source>
        <translation>Auslöser wählen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="79"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="80"/>
        <source>No threshold</source>
        <translation>Keine Schwelle</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="84"/>
        <source>How likely the harm must be; a transfer from &apos;likely&apos; upwards is usual.</source>
        <translation>Wie wahrscheinlich der Schaden sein muss; üblich ist eine Übermittlung ab „wahrscheinlich“.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="87"/>
        <source>Channel</source>
        <translation>Weg</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="87"/>
        <source>Not decided yet</source>
        <translation>Noch nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="90"/>
        <source>Recipient roles</source>
        <translation>Empfangsberechtigte Funktionen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="91"/>
        <source>Who at the recipient may receive it; one role per line.</source>
        <translation>Wer beim Empfänger die Informationen erhalten darf; eine Funktion je Zeile.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="96"/>
        <source>Retention</source>
        <translation>Speicherdauer</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="96"/>
        <source>How long it is kept.</source>
        <translation>Wie lange sie gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="97"/>
        <source>Four-eyes decision</source>
        <translation>Entscheidung nach dem Vier-Augen-Prinzip</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="97"/>
        <source>Four eyes</source>
        <translation>Vier-Augen-Prinzip</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="99"/>
        <source>Every disclosure is logged</source>
        <translation>Jede Übermittlung wird dokumentiert</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="99"/>
        <source>Logged</source>
        <translation>Dokumentiert</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="101"/>
        <source>The rule</source>
        <translation>Die Regel</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="103"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="104"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="105"/>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="106"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="107"/>
        <source>&amp;Trigger:</source>
        <translation>A&amp;uslöser:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="108"/>
        <source>T&amp;hreshold:</source>
        <translation>Sc&amp;hwelle:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="109"/>
        <source>Cha&amp;nnel:</source>
        <translation>W&amp;eg:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="110"/>
        <source>Recipient &amp;roles:</source>
        <translation>Empfangsberechtigte &amp;Funktionen:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="112"/>
        <source>R&amp;etention:</source>
        <translation>Speicher&amp;dauer:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="116"/>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="119"/>
        <source>Special-category data (health, religious or political beliefs)</source>
        <translation>Besondere Kategorien personenbezogener Daten (Gesundheit, religiöse oder politische Überzeugungen)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="121"/>
        <source>Special-category data</source>
        <translation>Besondere Kategorien personenbezogener Daten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="124"/>
        <source>Criminal-offence data</source>
        <translation>Daten über Straftaten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="127"/>
        <source>Counselling content</source>
        <translation>Beratungsinhalte</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="130"/>
        <source>GDPR Art. 6(1) basis</source>
        <translation>Rechtsgrundlage nach Art. 6 Abs. 1 DSGVO</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="130"/>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="135"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="134"/>
        <source>GDPR Art. 9(2) condition</source>
        <translation>Ausnahme nach Art. 9 Abs. 2 DSGVO</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="140"/>
        <source>Art. 10 authorisation</source>
        <translation>Erlaubnis nach Art. 10 DSGVO</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="141"/>
        <source>The law that permits processing criminal-offence data.</source>
        <translation>Die Rechtsvorschrift, die die Verarbeitung von Daten über Straftaten erlaubt.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="145"/>
        <source>National provision</source>
        <translation>Nationale Vorschrift</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="146"/>
        <source>For a police or intelligence sender: the national transfer provision.</source>
        <translation>Wenn Polizei oder Nachrichtendienst übermitteln: die nationale Übermittlungsvorschrift.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="148"/>
        <source>Note on the legal basis</source>
        <translation>Anmerkung zur Rechtsgrundlage</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="149"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="150"/>
        <source>What is shared, and on which legal basis</source>
        <translation>Was übermittelt wird und auf welcher Rechtsgrundlage</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="154"/>
        <source>Art. &amp;6(1):</source>
        <translation>Art. &amp;6 Abs. 1:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="155"/>
        <source>Art. &amp;9(2):</source>
        <translation>Art. &amp;9 Abs. 2:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="156"/>
        <source>Art. 1&amp;0:</source>
        <translation>Art. 1&amp;0:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="157"/>
        <source>National &amp;provision:</source>
        <translation>Nationale Vor&amp;schrift:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="158"/>
        <source>Basis note:</source>
        <translation>Anmerkung zur Rechtsgrundlage:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="159"/>
        <source>N&amp;ote:</source>
        <translation>A&amp;nmerkung:</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="169"/>
        <source>Checks on this rule</source>
        <translation>Prüfungen dieser Regel</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="169"/>
        <source>✔ The checks find nothing to fix.</source>
        <translation>✔ Die Prüfungen finden nichts zu beheben.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="171"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="225"/>
        <source>Roles of {partner}&apos;s contacts: {roles}</source>
        <translation>Funktionen der Ansprechpersonen von {partner}: {roles}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="229"/>
        <source>{partner} has no contacts with roles yet.</source>
        <translation>{partner} hat noch keine Ansprechpersonen mit Funktionen.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/sharing_dialog.py" line="322"/>
        <source>Name the category of information shared.</source>
        <translation>Nennen Sie die Kategorie der übermittelten Informationen.</translation>
    </message>
</context>
<context>
    <name>StartReviewDialog</name>
    <message>
        <location filename="../../src/coopbuilder/ui/review/start_dialog.py" line="20"/>
        <source>Start an extraordinary review</source>
        <translation>Außerordentliche Überprüfung beginnen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/start_dialog.py" line="20"/>
        <source>Start a review</source>
        <translation>Überprüfung beginnen</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/start_dialog.py" line="24"/>
        <source>An extraordinary review of &apos;{title}&apos; can be held at any time: after an incident, a change of staff or a change of law. It starts a new draft version from the signed one; say why it is held.</source>
        <translation>Eine außerordentliche Überprüfung von „{title}“ kann jederzeit stattfinden: nach einem Vorfall, einem Personalwechsel oder einer Rechtsänderung. Sie beginnt eine neue Entwurfsversion auf Grundlage der unterzeichneten Version; geben Sie an, warum sie stattfindet.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/start_dialog.py" line="30"/>
        <source>The review of &apos;{title}&apos; starts a new draft version from the signed one. Both partners rate the statements again, with last time&apos;s ratings beside them.</source>
        <translation>Die Überprüfung von „{title}“ beginnt eine neue Entwurfsversion auf Grundlage der unterzeichneten Version. Beide Partner bewerten die Aussagen erneut; daneben stehen ihre Bewertungen vom letzten Mal.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/review/start_dialog.py" line="43"/>
        <source>Start the review</source>
        <translation>Überprüfung beginnen</translation>
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
    <name>Wizard</name>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="80"/>
        <source>Steps of the wizard</source>
        <translation>Schritte des Assistenten</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="82"/>
        <source>Shows where you are; choose a step to go there.</source>
        <translation>Zeigt, wo Sie sind; wählen Sie einen Schritt, um dorthin zu wechseln.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="86"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="97"/>
        <source>Problems on this page</source>
        <translation>Probleme auf dieser Seite</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="112"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="113"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="114"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="115"/>
        <source>Previous step (Alt+Left)</source>
        <translation>Vorheriger Schritt (Alt+Pfeil nach links)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="116"/>
        <source>Next step (Alt+Right)</source>
        <translation>Nächster Schritt (Alt+Pfeil nach rechts)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="117"/>
        <source>Save the agreement (Ctrl+S)</source>
        <translation>Die Vereinbarung speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="150"/>
        <source>This version&apos;s status is &apos;{status}&apos;; it cannot be changed.</source>
        <translation>Diese Version hat den Status „{status}“; sie kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="210"/>
        <source>You changed the agreement after it was marked ready to sign; it is a draft again.</source>
        <translation>Sie haben die Vereinbarung geändert, nachdem sie als unterschriftsreif markiert war; sie ist wieder ein Entwurf.</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="238"/>
        <source>&lt;h2&gt;{title}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;{title}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="240"/>
        <source>Step {number} of {count}</source>
        <translation>Schritt {number} von {count}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="282"/>
        <source>Autosave failed: {problem}</source>
        <translation>Automatisches Speichern fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/coopbuilder/ui/wizard/shell.py" line="285"/>
        <source>The agreement was not saved</source>
        <translation>Die Vereinbarung wurde nicht gespeichert</translation>
    </message>
</context>
</TS>
