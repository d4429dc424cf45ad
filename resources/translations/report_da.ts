<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Errors</name>
    <message>
        <source>The course “{title}” has no round {number}.</source>
        <translation>Forløbet “{title}” har ingen runde {number}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file name.</source>
        <translation>{path} er en mappe, ikke et filnavn.</translation>
    </message>
    <message>
        <source>Cannot save {path}: the folder {folder} does not exist.</source>
        <translation>Kan ikke gemme {path}: mappen {folder} findes ikke.</translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}. Choose another folder.</source>
        <translation>Kan ikke gemme {path}: {reason}. Vælg en anden mappe.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} af {pages}</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Udskrevet {date}</translation>
    </message>
    <message>
        <source>Confidential – internal working document. Contains no student names or CPR numbers.</source>
        <translation>Fortroligt – internt arbejdsdokument. Indeholder ikke elevnavne eller CPR-numre.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Tovholder</translation>
    </message>
    <message>
        <source>Minute-taker</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Time-keeper</source>
        <translation>Tidtager</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afbud</translation>
    </message>
    <message>
        <source>Follow-up on agreements</source>
        <translation>Opfølgning på aftaler</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>Fra møde</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>{minutes} min.</source>
        <translation>{minutes} min.</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslutninger</translation>
    </message>
    <message>
        <source>Data we looked at</source>
        <translation>Data, vi så på</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Fortroligt</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Næste møde</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Ikke fastlagt endnu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Evaluation of the meeting</source>
        <translation>Evaluering af mødet</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Observation notes</source>
        <translation>Observationsnoter</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Class/year group</source>
        <translation>Klasse/årgang</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Fag</translation>
    </message>
    <message>
        <source>Number of students</source>
        <translation>Antal elever</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Undervisere</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observatør</translation>
    </message>
    <message>
        <source>Why this lesson</source>
        <translation>Hvorfor denne lektion</translation>
    </message>
    <message>
        <source>Planned models</source>
        <translation>Planlagte modeller</translation>
    </message>
    <message>
        <source>Pre-observation meeting</source>
        <translation>Formøde</translation>
    </message>
    <message>
        <source>Where the observer sits</source>
        <translation>Observatørens placering</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Observation focus</source>
        <translation>Observationsfokus</translation>
    </message>
    <message>
        <source>Focus {number}</source>
        <translation>Fokus {number}</translation>
    </message>
    <message>
        <source>How the lesson ran</source>
        <translation>Lektionens forløb</translation>
    </message>
    <message>
        <source>Co-teaching models</source>
        <translation>Co-teaching-modeller</translation>
    </message>
    <message>
        <source>Activity forms</source>
        <translation>Aktivitetsformer</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>Ikke registreret</translation>
    </message>
    <message>
        <source>Noise level (1–5)</source>
        <translation>Støjniveau (1–5)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Lesson time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Iagttagelse</translation>
    </message>
    <message>
        <source>Interpretation / wondering</source>
        <translation>Tolkning / undren</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Ingen noter</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Seating chart</source>
        <translation>Pladsoversigt</translation>
    </message>
    <message>
        <source>The number in a seat is how many times the student took part.</source>
        <translation>Tallet på pladsen er, hvor mange gange eleven deltog.</translation>
    </message>
    <message>
        <source>Never heard</source>
        <translation>Aldrig hørt</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Deltagelse</translation>
    </message>
    <message>
        <source>Students by number of contributions</source>
        <translation>Elever fordelt på antal bidrag</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Elever</translation>
    </message>
    <message>
        <source>0 times</source>
        <translation>0 gange</translation>
    </message>
    <message>
        <source>1 time</source>
        <translation>1 gang</translation>
    </message>
    <message>
        <source>2 times</source>
        <translation>2 gange</translation>
    </message>
    <message>
        <source>3+ times</source>
        <translation>3+ gange</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Co-teaching look-fors</source>
        <translation>Kendetegn på co-teaching</translation>
    </message>
    <message>
        <source>{seen} of {total} seen</source>
        <translation>{seen} af {total} set</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private noter</translation>
    </message>
    <message>
        <source>With private notes</source>
        <translation>Med private noter</translation>
    </message>
    <message>
        <source>The observer&apos;s own notes – not for the observed teacher.</source>
        <translation>Observatørens egne noter – ikke til den observerede lærer.</translation>
    </message>
    <message>
        <source>Minutes of didactic conversation</source>
        <translation>Referat af didaktisk samtale</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <source>Focus person</source>
        <translation>Fokusperson</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>Data the conversation builds on</source>
        <translation>Data samtalen bygger på</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observationer</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>Speaks most</source>
        <translation>Taler mest</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Øvrige noter</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Opsamling</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>Action plan and preparation sheet</source>
        <translation>Aktionsplan og forberedelsesark</translation>
    </message>
    <message>
        <source>Course report</source>
        <translation>Forløbsrapport</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation>Runde {number}</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Underviser</translation>
    </message>
    <message>
        <source>Observer(s)</source>
        <translation>Observatør(er)</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Vejleder</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Problemstilling</translation>
    </message>
    <message>
        <source>Wondering and background</source>
        <translation>Undren og baggrund</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Hvorfor er det vigtigt</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Tegn</translation>
    </message>
    <message>
        <source>Quick-write</source>
        <translation>Hurtigskrivning</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Aktionsplan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Forventning</translation>
    </message>
    <message>
        <source>The lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Data to collect</source>
        <translation>Data, der indsamles</translation>
    </message>
    <message>
        <source>Observation points</source>
        <translation>Iagttagelsespunkter</translation>
    </message>
    <message>
        <source>Preparation sheet</source>
        <translation>Forberedelsesark</translation>
    </message>
    <message>
        <source>The lesson&apos;s sequence</source>
        <translation>Lektionens forløb</translation>
    </message>
    <message>
        <source>What the observer should especially watch</source>
        <translation>Hvad observatøren især skal se efter</translation>
    </message>
    <message>
        <source>Focus students or groups</source>
        <translation>Fokuselever eller -grupper</translation>
    </message>
    <message>
        <source>Practicalities</source>
        <translation>Praktisk</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>From the conversation: summary</source>
        <translation>Fra samtalen: opsamling</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>Næste gang</translation>
    </message>
    <message>
        <source>Teaches</source>
        <translation>Underviser</translation>
    </message>
    <message>
        <source>Observes</source>
        <translation>Observerer</translation>
    </message>
    <message>
        <source>Writes the minutes</source>
        <translation>Skriver referat</translation>
    </message>
    <message>
        <source>Processing of experiences</source>
        <translation>Bearbejdning af erfaringer</translation>
    </message>
    <message>
        <source>What have we learned</source>
        <translation>Hvad har vi lært</translation>
    </message>
    <message>
        <source>How do we share it</source>
        <translation>Hvordan deler vi det</translation>
    </message>
    <message>
        <source>Not filled in yet</source>
        <translation>Ikke udfyldt endnu</translation>
    </message>
    <message>
        <source>EVA&apos;s five phases</source>
        <translation>EVA&apos;s fem faser</translation>
    </message>
    <message>
        <source>EMU&apos;s four phases</source>
        <translation>EMU&apos;s fire faser</translation>
    </message>
    <message>
        <source>Co-teaching collaboration</source>
        <translation>Co-teaching-samarbejde</translation>
    </message>
    <message>
        <source>Lesson {number}</source>
        <translation>Lektion {number}</translation>
    </message>
    <message>
        <source>Teacher</source>
        <comment>the class&apos;s own teacher in co-teaching</comment>
        <translation>Lærer</translation>
    </message>
    <message>
        <source>Pre-meeting</source>
        <translation>Formøde</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektioner</translation>
    </message>
    <message>
        <source>Collaboration contract</source>
        <translation>Samarbejdskontrakt</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Time for planning together</source>
        <translation>Tid til fælles forberedelse</translation>
    </message>
    <message>
        <source>How we evaluate</source>
        <translation>Sådan evaluerer vi</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>The lesson&apos;s phases</source>
        <translation>Lektionens faser</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Differentiation</source>
        <translation>Differentiering</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materialer</translation>
    </message>
    <message>
        <source>Reflection conversation: summary</source>
        <translation>Refleksionssamtale: opsamling</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Planned in lessons</source>
        <translation>Planlagt i lektioner</translation>
    </message>
    <message>
        <source>Used in lessons</source>
        <translation>Brugt i lektioner</translation>
    </message>
    <message>
        <source>Minutes</source>
        <comment>a length of time, a column of numbers</comment>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Look-for</source>
        <translation>Kendetegn</translation>
    </message>
    <message>
        <source>Seen in {seen} of {observed} observed lessons</source>
        <translation>Set i {seen} af {observed} observerede lektioner</translation>
    </message>
    <message>
        <source>No lesson has been observed yet.</source>
        <translation>Ingen lektioner er observeret endnu.</translation>
    </message>
    <message>
        <source>Overall assessment</source>
        <translation>Samlet vurdering</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Justering</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persondata</translation>
    </message>
    <message>
        <source>This report shows everything PLF Desktop on this computer stores about the person: their own details, the teams they belong to, and every record they take part in, with that record&apos;s text. Records that only name the person in their text come last. Records in the trash are included and marked, because they are still stored. The same data is in the JSON file beside this PDF.</source>
        <translation>Rapporten viser alt, hvad PLF Desktop på denne computer gemmer om personen: personens egne oplysninger, de teams, personen er med i, og alle registreringer, personen indgår i, med deres tekst. Registreringer, der kun nævner personen ved navn i teksten, står til sidst. Registreringer i papirkurven er medtaget og mærket, fordi de stadig er gemt. De samme data står i JSON-filen ved siden af denne PDF.</translation>
    </message>
    <message>
        <source>The observer&apos;s private notes are included and marked “Private”.</source>
        <translation>Observatørens private noter er medtaget og mærket “Privat”.</translation>
    </message>
    <message>
        <source>The observer&apos;s private notes are not included.</source>
        <translation>Observatørens private noter er ikke medtaget.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>I papirkurven</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Medtaget</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>Ikke medtaget</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Named in the text of other records</source>
        <translation>Nævnt i teksten i andre registreringer</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>PLF meetings</source>
        <translation>PLF-møder</translation>
    </message>
    <message>
        <source>Didactic conversations</source>
        <translation>Didaktiske samtaler</translation>
    </message>
    <message>
        <source>Action-learning courses</source>
        <translation>Aktionslæringsforløb</translation>
    </message>
    <message>
        <source>Co-teaching collaborations</source>
        <translation>Co-teaching-samarbejder</translation>
    </message>
    <message>
        <source>Other people&apos;s notes</source>
        <translation>Andre personers bemærkninger</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Place of the next meeting</source>
        <translation>Sted for næste møde</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Role in the lesson</source>
        <translation>Rolle i lektionen</translation>
    </message>
</context>
</TS>
