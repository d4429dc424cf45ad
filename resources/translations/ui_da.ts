<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ActionLearningArea</name>
    <message>
        <source>Action-learning courses</source>
        <translation>Aktionslæringsforløb</translation>
    </message>
    <message>
        <source>Co-teaching collaborations</source>
        <translation>Co-teaching-samarbejder</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Agenda items</source>
        <translation>Dagsordenspunkter</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Tilføj punkt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Flyt op (Alt+Up)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Flyt ned (Alt+Down)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>What the item is for</source>
        <translation>Formålet med punktet</translation>
    </message>
    <message>
        <source>The minutes of this item: what was said</source>
        <translation>Referat af punktet: hvad blev der sagt?</translation>
    </message>
    <message>
        <source>Minutes of the item</source>
        <translation>Referat af punktet</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslutninger</translation>
    </message>
    <message>
        <source>Type a decision and press Enter</source>
        <translation>Skriv en beslutning og tryk Enter</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Fjern beslutning</translation>
    </message>
    <message>
        <source>Time box</source>
        <translation>Tidsramme</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>F&amp;ormål</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Referat</translation>
    </message>
    <message>
        <source>D&amp;ecisions</source>
        <translation>&amp;Beslutninger</translation>
    </message>
    <message>
        <source>{count} items, {minutes} min in all</source>
        <translation>Punkter: {count} · {minutes} min i alt</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nyt punkt</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Open and in progress</source>
        <translation>Åbne og i gang</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>Kun over fristen</translation>
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
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Search agreements</source>
        <translation>Søg i aftaler</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Ny status</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Skift status</translation>
    </message>
    <message>
        <source>Open meeting</source>
        <translation>Åbn mødet</translation>
    </message>
    <message>
        <source>Chosen agreement:</source>
        <translation>Valgt aftale:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <source>{count} agreements</source>
        <translation>Aftaler: {count}</translation>
    </message>
    <message>
        <source>{overdue} overdue</source>
        <translation>{overdue} over fristen</translation>
    </message>
</context>
<context>
    <name>AgreementsTab</name>
    <message>
        <source>Every agreement gets someone responsible and a deadline. Open agreements come back under “Follow-up on agreements” at the team's next meeting.</source>
        <translation>Hver aftale får en ansvarlig og en frist. Åbne aftaler kommer igen under “Opfølgning på aftaler” på teamets næste møde.</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Tilføj aftale</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Hvad skal der gøres?</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>H&amp;vad</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Ansvarlig</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>F&amp;rist</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Ny aftale</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>Taget i hånden</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Før en opgradering</translation>
    </message>
    <message>
        <source>Set aside by a restore</source>
        <translation>Lagt til side ved gendannelse</translation>
    </message>
    <message>
        <source>Damaged file, set aside</source>
        <translation>Beskadiget fil, lagt til side</translation>
    </message>
    <message>
        <source>PLF Desktop databases ({patterns});;All files (*)</source>
        <translation>PLF Desktop-databaser ({patterns});;Alle filer (*)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taget</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slags</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Search the backups</source>
        <translation>Søg i sikkerhedskopierne</translation>
    </message>
    <message>
        <source>&amp;Take a backup now</source>
        <translation>&amp;Tag sikkerhedskopi nu</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Gendan…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Gendan fra en fi&amp;l…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Gem en &amp;kopi som…</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>Åbn &amp;mappen</translation>
    </message>
    <message>
        <source>PLF Desktop takes a backup when it starts and once a day while it runs, and keeps the newest of each of the last {daily} days, {weekly} weeks and {monthly} months. No backup is kept longer than a year, so what you delete for good also leaves the backups in time.
Folder: {folder}</source>
        <translation>PLF Desktop tager en sikkerhedskopi, når programmet starter, og én gang om dagen, mens det kører. Den nyeste fra hver af de seneste {daily} dage, {weekly} uger og {monthly} måneder gemmes. Ingen sikkerhedskopi gemmes i mere end et år, så det, du sletter for altid, også forsvinder fra sikkerhedskopierne med tiden.
Mappe: {folder}</translation>
    </message>
    <message>
        <source>Backup saved: {name}</source>
        <translation>Sikkerhedskopi gemt: {name}</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Gendan fra en fil</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Gendan en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Restore the backup {label}?

PLF Desktop closes the database, sets the current file aside in the backups folder (so this can be undone) and opens the backup in its place. What was saved after {label} is then only in the set-aside file.</source>
        <translation>Gendan sikkerhedskopien {label}?

PLF Desktop lukker databasen, lægger den nuværende fil til side i mappen med sikkerhedskopier (så det kan fortrydes) og åbner sikkerhedskopien i stedet. Det, der er gemt efter {label}, findes derefter kun i den fil, der er lagt til side.</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Gem en kopi af databasen</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Kopi gemt: {path}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Set PLF_DESKTOP_PASSWORD to its password.</source>
        <translation>Sæt PLF_DESKTOP_PASSWORD til dens adgangskode.</translation>
    </message>
</context>
<context>
    <name>ClosingTab</name>
    <message>
        <source>Points for the next meeting</source>
        <translation>Punkter til næste møde</translation>
    </message>
    <message>
        <source>1 – poor</source>
        <translation>1 – dårligt</translation>
    </message>
    <message>
        <source>5 – excellent</source>
        <translation>5 – rigtig godt</translation>
    </message>
    <message>
        <source>How did we use the time? Was everyone heard? What do we do differently next time?</source>
        <translation>Hvordan brugte vi tiden? Blev alle hørt? Hvad gør vi anderledes næste gang?</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Næste møde</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>T&amp;idspunkt</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <source>P&amp;oints</source>
        <translation>&amp;Punkter</translation>
    </message>
    <message>
        <source>Evaluation of the meeting</source>
        <translation>Evaluering af mødet</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>&amp;Vurdering</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Kommentarer</translation>
    </message>
</context>
<context>
    <name>CoLessonPage</name>
    <message>
        <source>What should the students learn in this lesson?</source>
        <translation>Hvad skal eleverne lære i lektionen?</translation>
    </message>
    <message>
        <source>What will you see and hear when they learn it?</source>
        <translation>Hvad vil I se og høre, når de lærer det?</translation>
    </message>
    <message>
        <source>The lesson's phases</source>
        <translation>Lektionens faser</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Co-teaching model</source>
        <translation>Co-teaching-model</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>How do you meet the different students?</source>
        <translation>Hvordan møder I de forskellige elever?</translation>
    </message>
    <message>
        <source>Materials and room</source>
        <translation>Materialer og lokale</translation>
    </message>
    <message>
        <source>Plan the next lesson →</source>
        <translation>Planlæg næste lektion →</translation>
    </message>
    <message>
        <source>On to the evaluation →</source>
        <translation>Videre til evalueringen →</translation>
    </message>
    <message>
        <source>Remove this lesson</source>
        <translation>Fjern denne lektion</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>Planning sheet</source>
        <translation>Planlægningsskema</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>Te&amp;gn</source>
        <translation>Te&amp;gn</translation>
    </message>
    <message>
        <source>&amp;Phases</source>
        <translation>Fa&amp;ser</translation>
    </message>
    <message>
        <source>D&amp;ifferentiation</source>
        <translation>Diff&amp;erentiering</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>Ma&amp;terialer</translation>
    </message>
    <message>
        <source>Co-teaching, observation and reflection</source>
        <translation>Fælles undervisning, observation og refleksion</translation>
    </message>
    <message>
        <source>Lesson {number}</source>
        <translation>Lektion {number}</translation>
    </message>
    <message>
        <source>Not created yet: it gets the class, both adults, the planned models and the co-teaching look-fors.</source>
        <translation>Ikke oprettet endnu: den får klassen, begge voksne, de planlagte modeller og kendetegnene for co-teaching.</translation>
    </message>
    <message>
        <source>Reflection of {date}: {title}</source>
        <translation>Refleksion {date}: {title}</translation>
    </message>
    <message>
        <source>Open the reflection</source>
        <translation>Åbn refleksionen</translation>
    </message>
    <message>
        <source>Not created yet: the co-teaching reflection conversation, with the observation's notes beside it.</source>
        <translation>Ikke oprettet endnu: refleksionssamtalen efter co-teaching med observationens noter ved siden af.</translation>
    </message>
    <message>
        <source>Create the reflection</source>
        <translation>Opret refleksionen</translation>
    </message>
    <message>
        <source>Reflection after lesson {number}: {title}</source>
        <translation>Refleksion efter lektion {number}: {title}</translation>
    </message>
</context>
<context>
    <name>CollaborationContract</name>
    <message>
        <source>What should the students gain, and what do you want to develop in your teaching together?</source>
        <translation>Hvad skal eleverne have ud af det, og hvad vil I udvikle i jeres undervisning sammen?</translation>
    </message>
    <message>
        <source>Who does what before, during and after the lessons?</source>
        <translation>Hvem gør hvad før, under og efter lektionerne?</translation>
    </message>
    <message>
        <source>E.g. six weeks, two lessons a week</source>
        <translation>Fx seks uger, to lektioner om ugen</translation>
    </message>
    <message>
        <source>E.g. 30 minutes on Tuesdays</source>
        <translation>Fx 30 minutter om tirsdagen</translation>
    </message>
    <message>
        <source>E.g. a reflection conversation after each lesson, an evaluation against the six models and the look-fors at the end</source>
        <translation>Fx en refleksionssamtale efter hver lektion og en evaluering ud fra de seks modeller og kendetegnene til sidst</translation>
    </message>
    <message>
        <source>Plan the first lesson →</source>
        <translation>Planlæg første lektion →</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Te&amp;acher</source>
        <translation>&amp;Lærer</translation>
    </message>
    <message>
        <source>C&amp;oach</source>
        <translation>&amp;Vejleder</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Klasse</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>F&amp;ag</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Startdato</translation>
    </message>
    <message>
        <source>Pre-meeting and collaboration contract</source>
        <translation>Formøde og samarbejdskontrakt</translation>
    </message>
    <message>
        <source>&amp;Pre-meeting</source>
        <translation>F&amp;ormøde</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Roller</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>Var&amp;ighed</translation>
    </message>
    <message>
        <source>Planning &amp;time</source>
        <translation>Tid til fælles for&amp;beredelse</translation>
    </message>
    <message>
        <source>How we e&amp;valuate</source>
        <translation>Sådan eval&amp;uerer vi</translation>
    </message>
</context>
<context>
    <name>CollaborationEditor</name>
    <message>
        <source>← All collaborations</source>
        <translation>← Alle samarbejder</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF…</translation>
    </message>
    <message>
        <source>Lesson {number} · {step}</source>
        <translation>Lektion {number} · {step}</translation>
    </message>
    <message>
        <source>Lesson {number}</source>
        <translation>Lektion {number}</translation>
    </message>
    <message>
        <source>Next step: {step} – {todo}</source>
        <translation>Næste skridt: {step} – {todo}</translation>
    </message>
    <message>
        <source>The collaboration was moved to the trash.</source>
        <translation>Samarbejdet er flyttet til papirkurven.</translation>
    </message>
    <message>
        <source>Co-teaching {title}</source>
        <translation>Co-teaching {title}</translation>
    </message>
</context>
<context>
    <name>CollaborationEvaluationPage</name>
    <message>
        <source>The six models</source>
        <translation>De seks modeller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
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
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Look-fors</source>
        <translation>Kendetegn</translation>
    </message>
    <message>
        <source>Look-for</source>
        <translation>Kendetegn</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>What did the students learn? Did the models fit? What worked in the collaboration?</source>
        <translation>Hvad lærte eleverne? Passede modellerne? Hvad virkede i samarbejdet?</translation>
    </message>
    <message>
        <source>What do you adjust, and what do you take with you?</source>
        <translation>Hvad justerer I, og hvad tager I med jer?</translation>
    </message>
    <message>
        <source>Close the collaboration</source>
        <translation>Afslut samarbejdet</translation>
    </message>
    <message>
        <source>Reopen the collaboration</source>
        <translation>Genåbn samarbejdet</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>&amp;Evaluering</translation>
    </message>
    <message>
        <source>&amp;Adjustments</source>
        <translation>&amp;Justering</translation>
    </message>
    <message>
        <source>{seen} of {observed} lessons</source>
        <translation>{seen} af {observed} lektioner</translation>
    </message>
    <message>
        <source>Closed {date}.</source>
        <translation>Afsluttet {date}.</translation>
    </message>
</context>
<context>
    <name>CollaborationsPage</name>
    <message>
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektioner</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Co-teaching collaborations</source>
        <translation>Co-teaching-samarbejder</translation>
    </message>
    <message>
        <source>New collaboration</source>
        <translation>Nyt samarbejde</translation>
    </message>
    <message>
        <source>Start a co-teaching collaboration with a teacher (Ctrl+N)</source>
        <translation>Start et co-teaching-samarbejde med en lærer (Ctrl+N)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lærer</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Vejleder</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Search collaborations by title, teacher, coach or date</source>
        <translation>Søg i samarbejder efter titel, lærer, vejleder eller dato</translation>
    </message>
    <message>
        <source>Collaborations: {count}</source>
        <translation>Samarbejder: {count}</translation>
    </message>
    <message>
        <source>The collaboration was moved to the trash.</source>
        <translation>Samarbejdet er flyttet til papirkurven.</translation>
    </message>
</context>
<context>
    <name>ConversationClose</name>
    <message>
        <source>Let the focus person sum up in their own words what they take with them. Agreements get someone responsible and a deadline, and come back at the team's next PLF meeting.</source>
        <translation>Lad fokuspersonen med egne ord samle op på, hvad hun eller han tager med sig. Aftaler får en ansvarlig og en frist og kommer igen på teamets næste PLF-møde.</translation>
    </message>
    <message>
        <source>The focus person's summary: what do you take with you?</source>
        <translation>Fokuspersonens opsamling: Hvad tager du med dig?</translation>
    </message>
    <message>
        <source>What is your next step? How do we follow up?</source>
        <translation>Hvad er dit næste skridt? Hvordan følger vi op?</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Opsamling</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>&amp;Næste skridt</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
</context>
<context>
    <name>ConversationContract</name>
    <message>
        <source>Other participants</source>
        <translation>Andre deltagere</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Find en person</translation>
    </message>
    <message>
        <source>Why are we talking? What does the focus person want to become wiser about?</source>
        <translation>Hvorfor taler vi sammen? Hvad vil fokuspersonen gerne blive klogere på?</translation>
    </message>
    <message>
        <source>What will the conversation be about?</source>
        <translation>Hvad skal samtalen handle om?</translation>
    </message>
    <message>
        <source>E.g. observation notes from 5.A Danish, student products, a well-being survey</source>
        <translation>Fx observationsnoter fra 5.A dansk, elevprodukter, en trivselsmåling</translation>
    </message>
    <message>
        <source>Linked observations</source>
        <translation>Tilknyttede observationer</translation>
    </message>
    <message>
        <source>Link observation…</source>
        <translation>Tilknyt observation…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Fjern tilknytning</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Say the kontrakt out loud before the first phase: why you are talking, what about, and which data the conversation builds on.</source>
        <translation>Sig kontrakten højt før første fase: hvorfor I taler sammen, om hvad, og hvilke data samtalen bygger på.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>&amp;Focus person</source>
        <translation>F&amp;okusperson</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>Other &amp;participants</source>
        <translation>Andre delta&amp;gere</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>Fo&amp;rmål</translation>
    </message>
    <message>
        <source>Main &amp;content</source>
        <translation>&amp;Indhold</translation>
    </message>
    <message>
        <source>Data it &amp;builds on</source>
        <translation>Data samtalen &amp;bygger på</translation>
    </message>
    <message>
        <source>&amp;Observations</source>
        <translation>Ob&amp;servationer</translation>
    </message>
    <message>
        <source>{name} · version {version} · {count} phases, about {minutes} min</source>
        <translation>{name} · version {version} · {count} faser, ca. {minutes} min.</translation>
    </message>
    <message>
        <source>{date} · {title} · {count} notes</source>
        <translation>{date} · {title} · {count} noter</translation>
    </message>
    <message>
        <source>No observation linked yet.</source>
        <translation>Ingen observation er tilknyttet endnu.</translation>
    </message>
    <message>
        <source>Linked: {title}</source>
        <translation>Tilknyttet: {title}</translation>
    </message>
</context>
<context>
    <name>ConversationEditor</name>
    <message>
        <source>← All conversations</source>
        <translation>← Alle samtaler</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <source>Conversation (F5)</source>
        <translation>Samtale (F5)</translation>
    </message>
    <message>
        <source>Summary and agreements</source>
        <translation>Opsamling og aftaler</translation>
    </message>
    <message>
        <source>Conversation {date} {title}</source>
        <translation>Samtale {date} {title}</translation>
    </message>
    <message>
        <source>The conversation was moved to the trash.</source>
        <translation>Samtalen er flyttet til papirkurven.</translation>
    </message>
</context>
<context>
    <name>ConversationPhases</name>
    <message>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>Time in this phase</source>
        <translation>Tid i denne fase</translation>
    </message>
    <message>
        <source>← Previous phase</source>
        <translation>← Forrige fase</translation>
    </message>
    <message>
        <source>Back to the previous phase (Ctrl+PgUp)</source>
        <translation>Tilbage til forrige fase (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Close the conversation</source>
        <translation>Afslut samtalen</translation>
    </message>
    <message>
        <source>Stop the timer and write the focus person's summary and the next steps</source>
        <translation>Stop uret, og skriv fokuspersonens opsamling og de næste skridt</translation>
    </message>
    <message>
        <source>Observation notes</source>
        <translation>Observationsnoter</translation>
    </message>
    <message>
        <source>Show the linked observations' notes beside the phase (Ctrl+D)</source>
        <translation>Vis noterne fra de tilknyttede observationer ved siden af fasen (Ctrl+D)</translation>
    </message>
    <message>
        <source>{minutes} min · {speaker}</source>
        <translation>{minutes} min. · {speaker}</translation>
    </message>
    <message>
        <source>Phase {number} of {count}: {title}</source>
        <translation>Fase {number} af {count}: {title}</translation>
    </message>
    <message>
        <source>Who speaks most: {speaker}</source>
        <translation>Taler mest: {speaker}</translation>
    </message>
    <message>
        <source>Start the conversation</source>
        <translation>Start samtalen</translation>
    </message>
    <message>
        <source>Next phase →</source>
        <translation>Næste fase →</translation>
    </message>
    <message>
        <source>Start the timer of the first phase</source>
        <translation>Start uret for første fase</translation>
    </message>
    <message>
        <source>Say that this phase ends and the next begins (Ctrl+PgDown)</source>
        <translation>Sig, at denne fase slutter og den næste begynder (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Hvad blev der sagt?</translation>
    </message>
    <message>
        <source>Other notes from this phase</source>
        <translation>Øvrige noter fra fasen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>The phase was started {date} and the conversation was not closed. The timer goes on when you move to another phase.</source>
        <translation>Fasen blev startet {date}, og samtalen blev ikke afsluttet. Uret fortsætter, når du går til en anden fase.</translation>
    </message>
    <message>
        <source>{spent} of {planned}</source>
        <translation>{spent} af {planned}</translation>
    </message>
</context>
<context>
    <name>ConversationTemplateForm</name>
    <message>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Tilføj fase</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>Fjern fase</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>E.g. Focus person, Coach, Everyone</source>
        <translation>Fx Fokusperson, Vejleder, Alle</translation>
    </message>
    <message>
        <source>Show the linked observations' notes in this phase</source>
        <translation>Vis noterne fra de tilknyttede observationer i denne fase</translation>
    </message>
    <message>
        <source>One guiding question per line</source>
        <translation>Ét spørgsmål pr. linje</translation>
    </message>
    <message>
        <source>Phase &amp;title</source>
        <translation>Fasens &amp;titel</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>Fo&amp;rmål</translation>
    </message>
    <message>
        <source>Who &amp;speaks most</source>
        <translation>Hvem taler &amp;mest</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>M&amp;inutter</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Spørgsmål</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
    <message>
        <source>Version {version} · {count} phases, about {minutes} min</source>
        <translation>Version {version} · {count} faser, ca. {minutes} min.</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Ny fase</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Ny samtale</translation>
    </message>
    <message>
        <source>Prepare a didactic conversation from a model (Ctrl+N)</source>
        <translation>Forbered en didaktisk samtale ud fra en model (Ctrl+N)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke begyndt</translation>
    </message>
    <message>
        <source>Phase {number} of {count}</source>
        <translation>Fase {number} af {count}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Focus person</source>
        <translation>Fokusperson</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Search conversations by title, model, person, team or date</source>
        <translation>Søg i samtaler efter titel, model, person, team eller dato</translation>
    </message>
    <message>
        <source>Conversations: {count}</source>
        <translation>Samtaler: {count}</translation>
    </message>
    <message>
        <source>The conversation was moved to the trash.</source>
        <translation>Samtalen er flyttet til papirkurven.</translation>
    </message>
</context>
<context>
    <name>CountLegend</name>
    <message>
        <source>Colour key</source>
        <translation>Farveforklaring</translation>
    </message>
    <message>
        <source>Dashed outline: not heard yet. The darker the seat, the more often it took part.</source>
        <translation>Stiplet kant: endnu ikke hørt. Jo mørkere pladsen er, jo oftere har eleven deltaget.</translation>
    </message>
    <message>
        <source>not heard</source>
        <translation>ikke hørt</translation>
    </message>
</context>
<context>
    <name>CprBar</name>
    <message>
        <source>Mask it</source>
        <translation>Maskér</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <source>“{number}” looks like a CPR number. Students may only appear as pseudonymous labels (such as “elev A7”). Mask the number?</source>
        <translation>“{number}” ligner et CPR-nummer. Elever må kun optræde med pseudonymer (fx “elev A7”). Skal nummeret maskeres?</translation>
    </message>
</context>
<context>
    <name>CycleEditor</name>
    <message>
        <source>← All courses</source>
        <translation>← Alle forløb</translation>
    </message>
    <message>
        <source>Save course report as PDF…</source>
        <translation>Gem forløbsrapport som PDF…</translation>
    </message>
    <message>
        <source>Next step: {step} – {todo}</source>
        <translation>Næste skridt: {step} – {todo}</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation>Runde {number}</translation>
    </message>
    <message>
        <source>Round {number} · {step}</source>
        <translation>Runde {number} · {step}</translation>
    </message>
    <message>
        <source>Course report {title}</source>
        <translation>Forløbsrapport {title}</translation>
    </message>
    <message>
        <source>Action plan round {number} {title}</source>
        <translation>Aktionsplan runde {number} {title}</translation>
    </message>
    <message>
        <source>The course was moved to the trash.</source>
        <translation>Forløbet er flyttet til papirkurven.</translation>
    </message>
</context>
<context>
    <name>CycleLearning</name>
    <message>
        <source>What have we learned about teaching?</source>
        <translation>Hvad har vi lært om undervisning?</translation>
    </message>
    <message>
        <source>How do we share it with colleagues?</source>
        <translation>Hvordan deler vi det med kollegerne?</translation>
    </message>
    <message>
        <source>Close the course</source>
        <translation>Afslut forløbet</translation>
    </message>
    <message>
        <source>Reopen the course</source>
        <translation>Genåbn forløbet</translation>
    </message>
    <message>
        <source>What we &amp;learned</source>
        <translation>Hvad vi har &amp;lært</translation>
    </message>
    <message>
        <source>How we &amp;share it</source>
        <translation>Hvordan vi &amp;deler det</translation>
    </message>
    <message>
        <source>Processing of experiences</source>
        <translation>Bearbejdning af erfaringer</translation>
    </message>
    <message>
        <source>Closed {date}.</source>
        <translation>Afsluttet {date}.</translation>
    </message>
</context>
<context>
    <name>CycleProblem</name>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Quick-writes (five minutes each, then a round)</source>
        <translation>Hurtigskrivning (fem minutter hver, derefter en runde)</translation>
    </message>
    <message>
        <source>Which observations and wonderings led here?</source>
        <translation>Hvilke iagttagelser og hvilken undren førte jer hertil?</translation>
    </message>
    <message>
        <source>The sharpened problem statement (one or two), as a question, e.g. “How do we get the groups started, whoever they are with?”</source>
        <translation>Den skærpede problemstilling (én eller to) som et spørgsmål, fx “Hvordan får vi grupperne til at gå i gang, uanset hvem de er sammen med?”</translation>
    </message>
    <message>
        <source>Why does it matter, and does it allow concrete actions?</source>
        <translation>Hvorfor er den vigtig, og giver den mulighed for konkrete aktioner?</translation>
    </message>
    <message>
        <source>What do we want the students to achieve?</source>
        <translation>Hvad vil vi gerne, at eleverne opnår?</translation>
    </message>
    <message>
        <source>What will we see and hear on the way to the goal?</source>
        <translation>Hvad vil vi kunne se og høre på vejen mod målet?</translation>
    </message>
    <message>
        <source>Start the first round →</source>
        <translation>Start første runde →</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Phase &amp;model</source>
        <translation>Fasem&amp;odel</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Klasse</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>F&amp;ag</translation>
    </message>
    <message>
        <source>C&amp;oach</source>
        <translation>&amp;Vejleder</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Startdato</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Deltagere</translation>
    </message>
    <message>
        <source>&amp;Wondering and background</source>
        <translation>&amp;Undren og baggrund</translation>
    </message>
    <message>
        <source>P&amp;roblem statement</source>
        <translation>&amp;Problemstilling</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>Hvorfor er den v&amp;igtig</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>Te&amp;gn</source>
        <translation>Te&amp;gn</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Problemstilling</translation>
    </message>
    <message>
        <source>The problems from your own teaching you would like to work on</source>
        <translation>De problemer fra din egen undervisning, du gerne vil arbejde med</translation>
    </message>
    <message>
        <source>Tick the participants above first.</source>
        <translation>Sæt først flueben ved deltagerne ovenfor.</translation>
    </message>
</context>
<context>
    <name>CycleRound</name>
    <message>
        <source>What will you do differently? (a small, bounded experiment)</source>
        <translation>Hvad vil du gøre anderledes? (en lille, afgrænset prøvehandling)</translation>
    </message>
    <message>
        <source>Why this action?</source>
        <translation>Hvorfor denne aktion?</translation>
    </message>
    <message>
        <source>What do you expect to happen?</source>
        <translation>Hvad forventer du, der sker?</translation>
    </message>
    <message>
        <source>E.g. Danish, 3rd lesson, group work on short stories</source>
        <translation>Fx dansk, 3. lektion, gruppearbejde om noveller</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Observatører</translation>
    </message>
    <message>
        <source>One focus point per line</source>
        <translation>Ét iagttagelsespunkt pr. linje</translation>
    </message>
    <message>
        <source>E.g. observation notes, student products, logbooks, student interviews</source>
        <translation>Fx observationsnoter, elevprodukter, logbøger, elevinterview</translation>
    </message>
    <message>
        <source>How the lesson runs, step by step</source>
        <translation>Hvordan lektionen forløber, trin for trin</translation>
    </message>
    <message>
        <source>What the observers should watch especially</source>
        <translation>Hvad observatørerne især skal se efter</translation>
    </message>
    <message>
        <source>Pseudonymous labels only, e.g. group 3 or student A7</source>
        <translation>Kun pseudonymer, fx gruppe 3 eller elev A7</translation>
    </message>
    <message>
        <source>Where the observers sit, when they join</source>
        <translation>Hvor observatørerne sidder, hvornår de kommer</translation>
    </message>
    <message>
        <source>Save the action plan as PDF…</source>
        <translation>Gem aktionsplanen som PDF…</translation>
    </message>
    <message>
        <source>The action plan and preparation sheet, to hand to the observers before the lesson</source>
        <translation>Aktionsplan og forberedelsesark, som observatørerne får før lektionen</translation>
    </message>
    <message>
        <source>Print the action plan…</source>
        <translation>Udskriv aktionsplanen…</translation>
    </message>
    <message>
        <source>New round →</source>
        <translation>Ny runde →</translation>
    </message>
    <message>
        <source>Try a new action in a new round</source>
        <translation>Prøv en ny aktion i en ny runde</translation>
    </message>
    <message>
        <source>On to processing the experiences →</source>
        <translation>Videre til bearbejdning af erfaringer →</translation>
    </message>
    <message>
        <source>Remove this round</source>
        <translation>Fjern denne runde</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Aktionsplan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Lesson &amp;date</source>
        <translation>Lektionens &amp;dato</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Aktion</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begrundelse</translation>
    </message>
    <message>
        <source>E&amp;xpectation</source>
        <translation>F&amp;orventning</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lektion</translation>
    </message>
    <message>
        <source>&amp;Teaches</source>
        <translation>&amp;Underviser</translation>
    </message>
    <message>
        <source>O&amp;bserve</source>
        <translation>Obs&amp;ervatører</translation>
    </message>
    <message>
        <source>&amp;Focus points</source>
        <translation>&amp;Iagttagelsespunkter</translation>
    </message>
    <message>
        <source>Data to c&amp;ollect</source>
        <translation>Data, der indsa&amp;mles</translation>
    </message>
    <message>
        <source>Preparation sheet for the observers</source>
        <translation>Forberedelsesark til observatørerne</translation>
    </message>
    <message>
        <source>The lesson's se&amp;quence</source>
        <translation>Lektionens fo&amp;rløb</translation>
    </message>
    <message>
        <source>&amp;Watch especially</source>
        <translation>&amp;Se især efter</translation>
    </message>
    <message>
        <source>Focus st&amp;udents</source>
        <translation>Fokusele&amp;ver</translation>
    </message>
    <message>
        <source>&amp;Practicalities</source>
        <translation>&amp;Praktisk</translation>
    </message>
    <message>
        <source>Observation and conversation</source>
        <translation>Observation og samtale</translation>
    </message>
    <message>
        <source>Agreements for the next round</source>
        <translation>Aftaler til næste runde</translation>
    </message>
    <message>
        <source>Teaches &amp;next</source>
        <translation>Underviser &amp;næste gang</translation>
    </message>
    <message>
        <source>Obser&amp;ves next</source>
        <translation>Observerer næs&amp;te gang</translation>
    </message>
    <message>
        <source>Writes the refera&amp;t</source>
        <translation>S&amp;kriver referat</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation>Runde {number}</translation>
    </message>
    <message>
        <source>The team chose a new round.</source>
        <translation>Teamet valgte en ny runde.</translation>
    </message>
    <message>
        <source>The team moved on to processing the experiences.</source>
        <translation>Teamet gik videre til bearbejdning af erfaringer.</translation>
    </message>
    <message>
        <source>Not created yet: it gets the class, the teacher, the first observer and the focus points from the action plan.</source>
        <translation>Ikke oprettet endnu: den får klassen, underviseren, den første observatør og iagttagelsespunkterne fra aktionsplanen.</translation>
    </message>
    <message>
        <source>Conversation of {date}: {title}</source>
        <translation>Samtale {date}: {title}</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Åbn samtalen</translation>
    </message>
    <message>
        <source>Not created yet: the three-part didactic conversation, with the observation's notes beside it.</source>
        <translation>Ikke oprettet endnu: den tredelte didaktiske samtale med observationens noter ved siden af.</translation>
    </message>
    <message>
        <source>Create the conversation</source>
        <translation>Opret samtalen</translation>
    </message>
    <message>
        <source>The round's observation was created.</source>
        <translation>Rundens observation er oprettet.</translation>
    </message>
    <message>
        <source>Round {number}: {title}</source>
        <translation>Runde {number}: {title}</translation>
    </message>
    <message>
        <source>The round's conversation was created.</source>
        <translation>Rundens samtale er oprettet.</translation>
    </message>
</context>
<context>
    <name>CyclesPage</name>
    <message>
        <source>Problem statement</source>
        <translation>Problemstilling</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runder</translation>
    </message>
    <message>
        <source>Processing of experiences</source>
        <translation>Bearbejdning af erfaringer</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>EVA's five phases</source>
        <translation>EVA's fem faser</translation>
    </message>
    <message>
        <source>EMU's four phases</source>
        <translation>EMU's fire faser</translation>
    </message>
    <message>
        <source>Action learning</source>
        <translation>Aktionslæring</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Nyt forløb</translation>
    </message>
    <message>
        <source>Start an action-learning course with a team (Ctrl+N)</source>
        <translation>Start et aktionslæringsforløb med et team (Ctrl+N)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Search courses by title, team, phase or date</source>
        <translation>Søg i forløb efter titel, team, fase eller dato</translation>
    </message>
    <message>
        <source>Courses: {count}</source>
        <translation>Forløb: {count}</translation>
    </message>
    <message>
        <source>The course was moved to the trash.</source>
        <translation>Forløbet er flyttet til papirkurven.</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>Record the data the team looked at, at class, year-group or school level only. Never individual students' results: national test results are confidential.</source>
        <translation>Skriv, hvilke data teamet har set på – kun på klasse-, årgangs- eller skoleniveau. Aldrig den enkelte elevs resultater: resultaterne fra de nationale færdighedstest er fortrolige.</translation>
    </message>
    <message>
        <source>Add data</source>
        <translation>Tilføj data</translation>
    </message>
    <message>
        <source>E.g. autumn 2026 or 2025/26</source>
        <translation>Fx efteråret 2026 eller 2025/26</translation>
    </message>
    <message>
        <source>What the data shows, in a few lines</source>
        <translation>Kort om, hvad data viser</translation>
    </message>
    <message>
        <source>Confidential (e.g. national test results)</source>
        <translation>Fortroligt (fx resultater fra de nationale færdighedstest)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Kilde</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Opsummering</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Choose in the calendar</source>
        <translation>Vælg i kalenderen</translation>
    </message>
</context>
<context>
    <name>DeletionDate</name>
    <message>
        <source>By default it is deleted on {date}: the end of the school year {year} plus {months} months (Settings).</source>
        <translation>Som standard slettes den {date}: udgangen af skoleåret {year} plus {months} måneder (Indstillinger).</translation>
    </message>
    <message>
        <source>It belongs to a course or collaboration that is kept until {date}, and is not deleted before it.</source>
        <translation>Den hører til et forløb eller samarbejde, der gemmes til {date}, og slettes ikke før.</translation>
    </message>
    <message>
        <source>Deletion date</source>
        <translation>Slettedato</translation>
    </message>
    <message>
        <source>Use the &amp;default date ({date})</source>
        <translation>Brug &amp;standarddatoen ({date})</translation>
    </message>
    <message>
        <source>Delete on &amp;another date:</source>
        <translation>Slet på en &amp;anden dato:</translation>
    </message>
    <message>
        <source>Deletion: {date}</source>
        <translation>Slettes {date}</translation>
    </message>
    <message>
        <source>Deletion: {date} (due)</source>
        <translation>Slettes {date} (forfalden)</translation>
    </message>
    <message>
        <source>You chose {date}.</source>
        <translation>Du har valgt {date}.</translation>
    </message>
    <message>
        <source>Click to choose another date.</source>
        <translation>Klik for at vælge en anden dato.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Der findes ingen database på {path}.</translation>
    </message>
    <message>
        <source>The school's name</source>
        <translation>Feltet med skolens navn</translation>
    </message>
    <message>
        <source>A meeting needs a date.</source>
        <translation>Et møde skal have en dato.</translation>
    </message>
    <message>
        <source>Choose a model for the conversation.</source>
        <translation>Vælg en model til samtalen.</translation>
    </message>
    <message>
        <source>A conversation needs a date.</source>
        <translation>En samtale skal have en dato.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Kan ikke læse {path}: {reason}</translation>
    </message>
    <message>
        <source>An action-learning course needs a start date.</source>
        <translation>Et aktionslæringsforløb skal have en startdato.</translation>
    </message>
    <message>
        <source>A collaboration needs a start date.</source>
        <translation>Et samarbejde skal have en startdato.</translation>
    </message>
    <message>
        <source>{what} cannot be empty.</source>
        <translation>{what} kan ikke være tomt.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Titelfeltet</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>De to nye adgangskoder er ikke ens.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Den nuværende adgangskode er forkert.</translation>
    </message>
    <message>
        <source>Write the deletion date.</source>
        <translation>Skriv slettedatoen.</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>Fra mødet</translation>
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
        <source>Status of “{what}”</source>
        <translation>Status for “{what}”</translation>
    </message>
    <message>
        <source>Choose a team for the meeting to follow up the team's agreements from earlier meetings.</source>
        <translation>Vælg et team til mødet for at følge op på teamets aftaler fra tidligere møder.</translation>
    </message>
    <message>
        <source>The team has no open agreements from earlier meetings.</source>
        <translation>Teamet har ingen åbne aftaler fra tidligere møder.</translation>
    </message>
    <message>
        <source>Open agreements from the team's earlier meetings. Set each one's status as you go through them; the change is saved at once and noted in the minutes.</source>
        <translation>Åbne aftaler fra teamets tidligere møder. Sæt status på hver aftale, efterhånden som I gennemgår dem. Ændringen gemmes med det samme og noteres i referatet.</translation>
    </message>
</context>
<context>
    <name>LinkedRecords</name>
    <message>
        <source>Observation of {date}: {count} notes</source>
        <translation>Observation {date}: {count} noter</translation>
    </message>
    <message>
        <source>Open the observation</source>
        <translation>Åbn observationen</translation>
    </message>
    <message>
        <source>Create the observation</source>
        <translation>Opret observationen</translation>
    </message>
</context>
<context>
    <name>ListEditorPage</name>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Move to the trash (Del)</source>
        <translation>Flyt til papirkurven (Del)</translation>
    </message>
</context>
<context>
    <name>ListFormTab</name>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>LiveMode</name>
    <message>
        <source>Time left</source>
        <translation>Tid tilbage</translation>
    </message>
    <message>
        <source>Minutes of this item</source>
        <translation>Referat af punktet</translation>
    </message>
    <message>
        <source>◀ Previous (Ctrl+PgUp)</source>
        <translation>◀ Forrige (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Next item ▶ (Ctrl+PgDown)</source>
        <translation>Næste punkt ▶ (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>End live mode (Esc)</source>
        <translation>Afslut live-tilstand (Esc)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>{meeting} · item {n} of {count}</source>
        <translation>{meeting} · punkt {n} af {count}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsæt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Action learning</source>
        <translation>Aktionslæring</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observationer</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>PLF meetings</source>
        <translation>PLF-møder</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>People and teams</source>
        <translation>Personer og teams</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Skabeloner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Søg…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Si&amp;kkerhedskopier…</translation>
    </message>
    <message>
        <source>&amp;Password…</source>
        <translation>A&amp;dgangskode…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papirkurv…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About PLF Desktop</source>
        <translation>&amp;Om PLF Desktop</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle ændringer er gemt</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>Den automatiske sikkerhedskopi mislykkedes: {reason}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Gendannet.</translation>
    </message>
    <message>
        <source>About PLF Desktop</source>
        <translation>Om PLF Desktop</translation>
    </message>
    <message>
        <source>PLF Desktop {version}

For the people who facilitate professional learning communities. Everything stays in one file on this computer:
{path}

The app never connects to the internet.</source>
        <translation>PLF Desktop {version}

Til dig, der faciliterer professionelle læringsfællesskaber. Alt bliver i én fil på denne computer:
{path}

Programmet går aldrig på internettet.</translation>
    </message>
    <message>
        <source>Not everything is saved</source>
        <translation>Ikke alt er gemt</translation>
    </message>
    <message>
        <source>What you typed last could not be saved: {reason}

If you close now, it is lost. Stay, solve the problem (it is tried again every few seconds), and close afterwards.</source>
        <translation>Det, du skrev sidst, kunne ikke gemmes: {reason}

Lukker du nu, går det tabt. Bliv i programmet, løs problemet (der prøves igen med få sekunders mellemrum), og luk bagefter.</translation>
    </message>
    <message>
        <source>Stay in PLF Desktop</source>
        <translation>Bliv i PLF Desktop</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Luk alligevel</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsTab</name>
    <message>
        <source>When and where</source>
        <translation>Hvornår og hvor</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>T&amp;idspunkt</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>T&amp;ovholder</translation>
    </message>
    <message>
        <source>&amp;Minute-taker</source>
        <translation>&amp;Referent</translation>
    </message>
    <message>
        <source>Time-&amp;keeper</source>
        <translation>Tidta&amp;ger</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Participants (untick those who sent apologies)</source>
        <translation>Deltagere (fjern fluebenet ved afbud)</translation>
    </message>
    <message>
        <source>{present} present, {absent} sent apologies</source>
        <translation>{present} til stede, {absent} har meldt afbud</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>← All meetings</source>
        <translation>← Alle møder</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Tilbage til listen (Esc)</translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translation>Mødets titel</translation>
    </message>
    <message>
        <source>Live mode (F5)</source>
        <translation>Live-tilstand (F5)</translation>
    </message>
    <message>
        <source>Run the meeting item by item with a countdown</source>
        <translation>Afvikl mødet punkt for punkt med nedtælling</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF…</translation>
    </message>
    <message>
        <source>Save the minutes as a PDF (Ctrl+Shift+S)</source>
        <translation>Gem referatet som PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Åbn PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>Print the minutes (Ctrl+P)</source>
        <translation>Udskriv referatet (Ctrl+P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Move the meeting to the trash</source>
        <translation>Flyt mødet til papirkurven</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Follow-up on agreements ({count})</source>
        <translation>Opfølgning på aftaler ({count})</translation>
    </message>
    <message>
        <source>Follow-up on agreements</source>
        <translation>Opfølgning på aftaler</translation>
    </message>
    <message>
        <source>Agenda and minutes</source>
        <translation>Dagsorden og referat</translation>
    </message>
    <message>
        <source>Data ({count})</source>
        <translation>Data ({count})</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Agreements ({count})</source>
        <translation>Aftaler ({count})</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Next meeting and evaluation</source>
        <translation>Næste møde og evaluering</translation>
    </message>
    <message>
        <source>{minutes} min agenda</source>
        <translation>dagsorden på {minutes} min</translation>
    </message>
    <message>
        <source>Add agenda items before starting live mode.</source>
        <translation>Tilføj dagsordenspunkter, før du starter live-tilstand.</translation>
    </message>
    <message>
        <source>Minutes {date} {title}</source>
        <translation>Referat {date} {title}</translation>
    </message>
    <message>
        <source>The meeting “{title}” was moved to the trash.</source>
        <translation>Mødet “{title}” er flyttet til papirkurven.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>PLF meetings</source>
        <translation>PLF-møder</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nyt møde…</translation>
    </message>
    <message>
        <source>Create a meeting from an agenda template (Ctrl+N)</source>
        <translation>Opret et møde ud fra en dagsordensskabelon (Ctrl+N)</translation>
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
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <source>Open agreements</source>
        <translation>Åbne aftaler</translation>
    </message>
    <message>
        <source>Search meetings by title, team, place or date</source>
        <translation>Søg i møder efter titel, team, sted eller dato</translation>
    </message>
    <message>
        <source>{shown} of {total} meetings</source>
        <translation>Møder: {shown} af {total}</translation>
    </message>
    <message>
        <source>{total} meetings</source>
        <translation>Møder: {total}</translation>
    </message>
    <message>
        <source>The meeting “{title}” was moved to the trash.</source>
        <translation>Mødet “{title}” er flyttet til papirkurven.</translation>
    </message>
</context>
<context>
    <name>NewCollaborationDialog</name>
    <message>
        <source>New co-teaching collaboration</source>
        <translation>Nyt co-teaching-samarbejde</translation>
    </message>
    <message>
        <source>Create collaboration</source>
        <translation>Opret samarbejde</translation>
    </message>
    <message>
        <source>E.g. Co-teaching in 5.A Danish</source>
        <translation>Fx Co-teaching i 5.A dansk</translation>
    </message>
    <message>
        <source>Te&amp;acher</source>
        <translation>&amp;Lærer</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <source>{number}. {title} – {speaker}, {minutes} min</source>
        <translation>{number}. {title} – {speaker}, {minutes} min.</translation>
    </message>
    <message>
        <source>{count} phases, about {minutes} min</source>
        <translation>{count} faser, ca. {minutes} min.</translation>
    </message>
    <message>
        <source>New didactic conversation</source>
        <translation>Ny didaktisk samtale</translation>
    </message>
    <message>
        <source>Create conversation</source>
        <translation>Opret samtale</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>(your copy)</source>
        <translation>(din kopi)</translation>
    </message>
    <message>
        <source>E.g. Conversation with Åse about group work</source>
        <translation>Fx Samtale med Åse om gruppearbejde</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Model</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Focus person</source>
        <translation>F&amp;okusperson</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>Tids&amp;punkt</translation>
    </message>
</context>
<context>
    <name>NewCycleDialog</name>
    <message>
        <source>New action-learning course</source>
        <translation>Nyt aktionslæringsforløb</translation>
    </message>
    <message>
        <source>Create course</source>
        <translation>Opret forløb</translation>
    </message>
    <message>
        <source>E.g. Groups that get going</source>
        <translation>Fx Grupper der kommer i gang</translation>
    </message>
    <message>
        <source>&amp;Phase model</source>
        <translation>Fasem&amp;odel</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New PLF meeting</source>
        <translation>Nyt PLF-møde</translation>
    </message>
    <message>
        <source>Empty agenda</source>
        <translation>Tom dagsorden</translation>
    </message>
    <message>
        <source>E.g. the team room</source>
        <translation>Fx teamlokalet</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>Da&amp;gsorden</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>T&amp;idspunkt</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation>Opret møde</translation>
    </message>
    <message>
        <source>{minutes} min · {description}</source>
        <translation>{minutes} min · {description}</translation>
    </message>
    <message>
        <source>Start with no agenda items and add your own.</source>
        <translation>Start med en tom dagsorden, og tilføj selv punkterne.</translation>
    </message>
</context>
<context>
    <name>ObservationEditor</name>
    <message>
        <source>← All observations</source>
        <translation>← Alle observationer</translation>
    </message>
    <message>
        <source>Include private notes</source>
        <translation>Medtag private noter</translation>
    </message>
    <message>
        <source>Private notes are left out of the printed notes unless you tick this</source>
        <translation>Private noter udelades af de udskrevne noter, medmindre du sætter flueben her</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planlægning</translation>
    </message>
    <message>
        <source>Live (F5)</source>
        <translation>Live (F5)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Gennemgang</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Observation notes {date} {klass}</source>
        <translation>Observationsnoter {date} {klass}</translation>
    </message>
    <message>
        <source>The observation was moved to the trash.</source>
        <translation>Observationen er flyttet til papirkurven.</translation>
    </message>
</context>
<context>
    <name>ObservationLive</name>
    <message>
        <source>Lesson clock</source>
        <translation>Lektionsur</translation>
    </message>
    <message>
        <source>Start (F9)</source>
        <translation>Start (F9)</translation>
    </message>
    <message>
        <source>End the lesson</source>
        <translation>Afslut lektionen</translation>
    </message>
    <message>
        <source>Co-teaching model</source>
        <translation>Co-teaching-model</translation>
    </message>
    <message>
        <source>Activity form</source>
        <translation>Aktivitetsform</translation>
    </message>
    <message>
        <source>(activity form)</source>
        <translation>(aktivitetsform)</translation>
    </message>
    <message>
        <source>What do you see and hear? (Enter saves)</source>
        <translation>Hvad ser og hører du? (Enter gemmer)</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Iagttagelse</translation>
    </message>
    <message>
        <source>Interpretation / wondering (optional)</source>
        <translation>Tolkning / undren (valgfri)</translation>
    </message>
    <message>
        <source>Interpretation or wondering</source>
        <translation>Tolkning eller undren</translation>
    </message>
    <message>
        <source>Focus point</source>
        <translation>Fokuspunkt</translation>
    </message>
    <message>
        <source>Private (Alt+P)</source>
        <translation>Privat (Alt+P)</translation>
    </message>
    <message>
        <source>Private notes stay with you; they are not in the notes handed to the teacher unless you choose so.</source>
        <translation>Private noter bliver hos dig; de kommer ikke med i de noter, læreren får, medmindre du vælger det.</translation>
    </message>
    <message>
        <source>Notes so far</source>
        <translation>Noter indtil nu</translation>
    </message>
    <message>
        <source>Interval: activity form and noise level?</source>
        <translation>Interval: aktivitetsform og støjniveau?</translation>
    </message>
    <message>
        <source>Noise level {level} of 5</source>
        <translation>Støjniveau {level} af 5</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Spring over</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <source>Evidence (optional)</source>
        <translation>Belæg (valgfrit)</translation>
    </message>
    <message>
        <source>Look-fors</source>
        <translation>Kendetegn</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>(no focus point)</source>
        <translation>(intet fokuspunkt)</translation>
    </message>
    <message>
        <source>Lesson ended</source>
        <translation>Lektionen er slut</translation>
    </message>
    <message>
        <source>Pause (F9)</source>
        <translation>Pause (F9)</translation>
    </message>
    <message>
        <source>Resume (F9)</source>
        <translation>Fortsæt (F9)</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>Wondering: {text}</source>
        <translation>Undren: {text}</translation>
    </message>
    <message>
        <source>Took back the tap on {seat}.</source>
        <translation>Registreringen på {seat} er fortrudt.</translation>
    </message>
</context>
<context>
    <name>ObservationNotesPanel</name>
    <message>
        <source>Observation notes</source>
        <translation>Observationsnoter</translation>
    </message>
    <message>
        <source>No observation is linked. Link one on the Contract tab to have its notes here while you go through the data.</source>
        <translation>Ingen observation er tilknyttet. Tilknyt en under fanen Kontrakt for at have noterne her, mens I gennemgår data.</translation>
    </message>
    <message>
        <source>Wondering: {text}</source>
        <translation>Undren: {text}</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(ingen noter)</translation>
    </message>
</context>
<context>
    <name>ObservationPicker</name>
    <message>
        <source>Link an observation</source>
        <translation>Tilknyt en observation</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tilknyt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Fag</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Lærere</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Search by class, subject, teacher or date</source>
        <translation>Søg efter klasse, fag, lærer eller dato</translation>
    </message>
</context>
<context>
    <name>ObservationPlanning</name>
    <message>
        <source>E.g. 5.A or 7th year</source>
        <translation>Fx 5.A eller 7. årgang</translation>
    </message>
    <message>
        <source>Role, e.g. leads the lesson</source>
        <translation>Rolle, fx leder lektionen</translation>
    </message>
    <message>
        <source>Second adult's role (co-teaching)</source>
        <translation>Den anden voksnes rolle (co-teaching)</translation>
    </message>
    <message>
        <source>Why this lesson? What does the teacher want to learn from the observation?</source>
        <translation>Hvorfor denne lektion? Hvad vil læreren gerne lære af observationen?</translation>
    </message>
    <message>
        <source>One focus point per line</source>
        <translation>Ét fokuspunkt pr. linje</translation>
    </message>
    <message>
        <source>Planned co-teaching models</source>
        <translation>Planlagte co-teaching-modeller</translation>
    </message>
    <message>
        <source>E.g. at the back, by the window</source>
        <translation>Fx bagerst ved vinduet</translation>
    </message>
    <message>
        <source>E.g. Friday at 12:00 in the team room</source>
        <translation>Fx fredag kl. 12.00 i teamrummet</translation>
    </message>
    <message>
        <source>off</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>Observation scheme</source>
        <translation>Observationsskema</translation>
    </message>
    <message>
        <source>(no scheme)</source>
        <translation>(intet skema)</translation>
    </message>
    <message>
        <source>One kind of participation per line</source>
        <translation>Én slags deltagelse pr. linje</translation>
    </message>
    <message>
        <source>The lesson</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dato og tidspunkt</translation>
    </message>
    <message>
        <source>&amp;Class or year</source>
        <translation>&amp;Klasse eller årgang</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>Fa&amp;g</translation>
    </message>
    <message>
        <source>Number of st&amp;udents</source>
        <translation>&amp;Antal elever</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Teacher {n}</source>
        <translation>Underviser {n}</translation>
    </message>
    <message>
        <source>&amp;Observer</source>
        <translation>&amp;Observatør</translation>
    </message>
    <message>
        <source>Purpose and focus</source>
        <translation>Formål og fokus</translation>
    </message>
    <message>
        <source>&amp;Why this lesson</source>
        <translation>Hvo&amp;rfor denne lektion</translation>
    </message>
    <message>
        <source>Observation &amp;focus</source>
        <translation>Observationsfok&amp;us</translation>
    </message>
    <message>
        <source>Planned &amp;models</source>
        <translation>Planlagte &amp;modeller</translation>
    </message>
    <message>
        <source>Pre-meeting and scheme</source>
        <translation>Formøde og skema</translation>
    </message>
    <message>
        <source>Sc&amp;heme</source>
        <translation>Sk&amp;ema</translation>
    </message>
    <message>
        <source>Observer &amp;sits</source>
        <translation>Observatøren &amp;sidder</translation>
    </message>
    <message>
        <source>Feedback &amp;when</source>
        <translation>Feedback h&amp;vornår</translation>
    </message>
    <message>
        <source>&amp;Interval prompt</source>
        <translation>&amp;Intervalspørgsmål</translation>
    </message>
    <message>
        <source>&amp;Kinds of participation</source>
        <translation>S&amp;lags deltagelse</translation>
    </message>
</context>
<context>
    <name>ObservationReview</name>
    <message>
        <source>All categories</source>
        <translation>Alle kategorier</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle modeller</translation>
    </message>
    <message>
        <source>Show private notes</source>
        <translation>Vis private noter</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Iagttagelse</translation>
    </message>
    <message>
        <source>Interpretation / wondering</source>
        <translation>Tolkning / undren</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Søg i noterne</translation>
    </message>
    <message>
        <source>The chosen note</source>
        <translation>Den valgte note</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Slet note</translation>
    </message>
    <message>
        <source>Wondering</source>
        <translation>Undren</translation>
    </message>
    <message>
        <source>Your own notes for the follow-up conversation; never shared unless you choose so</source>
        <translation>Dine egne noter til den opfølgende samtale; deles aldrig, medmindre du vælger det</translation>
    </message>
    <message>
        <source>Summary of the lesson</source>
        <translation>Opsummering af lektionen</translation>
    </message>
    <message>
        <source>Private observer notes</source>
        <translation>Observatørens private noter</translation>
    </message>
    <message>
        <source>All focus points</source>
        <translation>Alle fokuspunkter</translation>
    </message>
    <message>
        <source>Lesson time: {time}</source>
        <translation>Lektionens længde: {time}</translation>
    </message>
    <message>
        <source>Time per co-teaching model:</source>
        <translation>Tid pr. co-teaching-model:</translation>
    </message>
    <message>
        <source>Time per activity form:</source>
        <translation>Tid pr. aktivitetsform:</translation>
    </message>
    <message>
        <source>Students who took part 0 / 1 / 2 / 3+ times: {a} / {b} / {c} / {d}</source>
        <translation>Elever, der deltog 0 / 1 / 2 / 3+ gange: {a} / {b} / {c} / {d}</translation>
    </message>
    <message>
        <source>Seats never heard: {seats}</source>
        <translation>Pladser, der aldrig blev hørt: {seats}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Look-fors seen:</source>
        <translation>Kendetegn, der blev set:</translation>
    </message>
</context>
<context>
    <name>ObservationsPage</name>
    <message>
        <source>Observations</source>
        <translation>Observationer</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Ny observation</translation>
    </message>
    <message>
        <source>Plan an observation of a lesson (Ctrl+N)</source>
        <translation>Planlæg en observation af en lektion (Ctrl+N)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Fag</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Undervisere</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Search observations by class, subject, teacher or date</source>
        <translation>Søg i observationer efter klasse, fag, underviser eller dato</translation>
    </message>
    <message>
        <source>Observations: {count}</source>
        <translation>Observationer: {count}</translation>
    </message>
    <message>
        <source>The observation was moved to the trash.</source>
        <translation>Observationen er flyttet til papirkurven.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>PLF meeting</source>
        <translation>PLF-møde</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Samarbejde</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Courses and collaborations: next step</source>
        <translation>Forløb og samarbejder: næste skridt</translation>
    </message>
    <message>
        <source>PLF meetings in the next two weeks</source>
        <translation>PLF-møder de næste to uger</translation>
    </message>
    <message>
        <source>Overdue agreements</source>
        <translation>Aftaler over fristen</translation>
    </message>
    <message>
        <source>Teachers not visited</source>
        <translation>Lærere uden besøg</translation>
    </message>
    <message>
        <source>Teams not visited</source>
        <translation>Teams uden besøg</translation>
    </message>
    <message>
        <source>Recent work</source>
        <translation>Seneste arbejde</translation>
    </message>
    <message>
        <source>Due for deletion</source>
        <translation>Til sletning</translation>
    </message>
    <message>
        <source>Delete for good every record whose deletion date has come</source>
        <translation>Slet alle poster, hvis slettedato er kommet, for altid</translation>
    </message>
    <message>
        <source>for </source>
        <translation>i </translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> uger</translation>
    </message>
    <message>
        <source>Weeks without a visit</source>
        <translation>Uger uden besøg</translation>
    </message>
    <message>
        <source>No active course. Start one under Action learning.</source>
        <translation>Intet aktivt forløb. Start et under Aktionslæring.</translation>
    </message>
    <message>
        <source>No meetings planned.</source>
        <translation>Ingen møder planlagt.</translation>
    </message>
    <message>
        <source>{what} – {who}, due {due}</source>
        <translation>{what} – {who}, frist {due}</translation>
    </message>
    <message>
        <source>No overdue agreements.</source>
        <translation>Ingen aftaler over fristen.</translation>
    </message>
    <message>
        <source>{overdue} overdue of {open} open</source>
        <translation>{overdue} over fristen af {open} åbne</translation>
    </message>
    <message>
        <source>Everyone has been visited.</source>
        <translation>Alle har haft besøg.</translation>
    </message>
    <message>
        <source>Every team has been visited.</source>
        <translation>Alle teams har haft besøg.</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Intet endnu.</translation>
    </message>
    <message>
        <source>Nothing is due for deletion.</source>
        <translation>Intet skal slettes endnu.</translation>
    </message>
    <message>
        <source>Delete 1 due…</source>
        <translation>Slet 1 forfalden…</translation>
    </message>
    <message>
        <source>Delete {count} due…</source>
        <translation>Slet {count} forfaldne…</translation>
    </message>
    <message>
        <source> (in the trash)</source>
        <translation> (i papirkurven)</translation>
    </message>
    <message>
        <source>Deletion date {date}</source>
        <translation>Slettedato {date}</translation>
    </message>
    <message>
        <source>Delete 1 record for good?</source>
        <translation>Slet 1 post for altid?</translation>
    </message>
    <message>
        <source>Delete {count} records for good?</source>
        <translation>Slet {count} poster for altid?</translation>
    </message>
    <message>
        <source>Delete due records</source>
        <translation>Slet forfaldne poster</translation>
    </message>
    <message>
        <source>Their deletion date has come: the end of their school year plus the months chosen in the settings, or the date chosen for the record. Notes, agreements and everything else in them go too, and nothing goes to the trash. This cannot be undone.

Backups still hold them until those backups are replaced, after at most 12 months.</source>
        <translation>Deres slettedato er kommet: udgangen af deres skoleår plus de måneder, der er valgt i Indstillinger, eller den dato, der er valgt for posten. Noter, aftaler og alt andet i dem slettes også, og intet lægges i papirkurven. Det kan ikke fortrydes.

Sikkerhedskopierne indeholder dem stadig, indtil de bliver udskiftet, senest efter 12 måneder.</translation>
    </message>
    <message>
        <source>Deleting {done} of {total}…</source>
        <translation>Sletter {done} af {total}…</translation>
    </message>
    <message>
        <source>Deleted for good: {count}.</source>
        <translation>Slettet for altid: {count}.</translation>
    </message>
    <message>
        <source>{title} ({team})</source>
        <translation>{title} ({team})</translation>
    </message>
    <message>
        <source>Lesson {number} · </source>
        <translation>Lektion {number} · </translation>
    </message>
    <message>
        <source>Round {number} · </source>
        <translation>Runde {number} · </translation>
    </message>
    <message>
        <source>{name} – never observed</source>
        <translation>{name} – aldrig observeret</translation>
    </message>
    <message>
        <source>{name} – last {date}</source>
        <translation>{name} – sidst {date}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Beskyt</translation>
    </message>
    <message>
        <source>With a password the database and its backups are encrypted: without the password they cannot be read, also not on a lost laptop or a USB stick. PLF Desktop asks for it at every start. Keep the computer's disk encryption (BitLocker, FileVault) on as well: an earlier, unencrypted copy may remain in the disk's free space.

The password is not stored anywhere. If it is forgotten, no one (also not IT support) can open the data again. Keep it somewhere safe.</source>
        <translation>Med en adgangskode bliver databasen og dens sikkerhedskopier krypteret: uden adgangskoden kan de ikke læses, heller ikke på en bortkommen bærbar eller et USB-stik. PLF Desktop beder om den ved hver start. Behold også computerens diskkryptering (BitLocker, FileVault) slået til: en tidligere, ukrypteret kopi kan ligge tilbage i diskens ledige plads.

Adgangskoden gemmes ingen steder. Glemmer du den, kan ingen (heller ikke IT-supporten) åbne data igen. Opbevar den et sikkert sted.</translation>
    </message>
    <message>
        <source>&amp;Change the password</source>
        <translation>&amp;Skift adgangskoden</translation>
    </message>
    <message>
        <source>&amp;Remove the password</source>
        <translation>Fje&amp;rn adgangskoden</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>Nu&amp;værende adgangskode</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Ny adgangskode</translation>
    </message>
    <message>
        <source>Re&amp;peat the new password</source>
        <translation>&amp;Gentag den nye adgangskode</translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation>Mindst {count} tegn.</translation>
    </message>
    <message>
        <source>This installation of PLF Desktop cannot encrypt the database (SQLCipher is missing). Use the computer's disk encryption (BitLocker, FileVault) instead.</source>
        <translation>Denne installation af PLF Desktop kan ikke kryptere databasen (SQLCipher mangler). Brug i stedet computerens diskkryptering (BitLocker, FileVault).</translation>
    </message>
    <message>
        <source>The password was wrong. Try again.

{path}</source>
        <translation>Adgangskoden var forkert. Prøv igen.

{path}</translation>
    </message>
    <message>
        <source>The database is protected by a password.

{path}</source>
        <translation>Databasen er beskyttet med en adgangskode.

{path}</translation>
    </message>
    <message>
        <source>Open PLF Desktop</source>
        <translation>Åbn PLF Desktop</translation>
    </message>
    <message>
        <source>The password was not changed</source>
        <translation>Adgangskoden blev ikke ændret</translation>
    </message>
    <message>
        <source>The database and its backups are now protected by the password.</source>
        <translation>Databasen og dens sikkerhedskopier er nu beskyttet med adgangskoden.</translation>
    </message>
    <message>
        <source>The password is changed, also for the backups.</source>
        <translation>Adgangskoden er skiftet, også for sikkerhedskopierne.</translation>
    </message>
    <message>
        <source>The password is removed; the database and its backups are no longer encrypted.</source>
        <translation>Adgangskoden er fjernet; databasen og dens sikkerhedskopier er ikke længere krypteret.</translation>
    </message>
    <message>
        <source>{count} backups could not be rewritten and are as they were (open them with the old password, or none); delete them in the backups folder if they must not be read: {names}</source>
        <translation>{count} sikkerhedskopier kunne ikke skrives om og er, som de var (de åbnes med den gamle adgangskode eller uden); slet dem i mappen med sikkerhedskopier, hvis de ikke må kunne læses: {names}</translation>
    </message>
</context>
<context>
    <name>PdfActions</name>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Gemt: {path}</translation>
    </message>
    <message>
        <source>No PDF viewer could be started. The PDF is here:
{path}</source>
        <translation>Der kunne ikke startes et program til at vise PDF-filen. Den ligger her:
{path}</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Åbn PDF</translation>
    </message>
    <message>
        <source>Printing page {n} of {count}…</source>
        <translation>Udskriver side {n} af {count}…</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Move to the trash (Del)</source>
        <translation>Flyt til papirkurven (Del)</translation>
    </message>
    <message>
        <source>“{name}” was moved to the trash.</source>
        <translation>“{name}” er flyttet til papirkurven.</translation>
    </message>
    <message>
        <source>People and teams</source>
        <translation>Personer og teams</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
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
        <source>Search people</source>
        <translation>Søg efter personer</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>E.g. subjects, what the person is a resource for</source>
        <translation>Fx fag, og hvad personen er ressource inden for</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Initials</source>
        <translation>&amp;Initialer</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Only staff are registered here. Students never are: observations use pseudonymous labels such as “Elev A”.</source>
        <translation>Her registreres kun personale – aldrig elever. I observationer optræder elever kun under pseudonymer som “Elev A”.</translation>
    </message>
    <message>
        <source>&amp;Export personal data…</source>
        <translation>&amp;Eksportér persondata…</translation>
    </message>
    <message>
        <source>Everything stored about the person, as a PDF and a JSON file (right of access)</source>
        <translation>Alt, hvad der er gemt om personen, som PDF og JSON-fil (indsigtsret)</translation>
    </message>
    <message>
        <source>Erase &amp;person (GDPR)…</source>
        <translation>Slet &amp;person (GDPR)…</translation>
    </message>
    <message>
        <source>Replace the person with “Deleted person” everywhere; the records are kept</source>
        <translation>Erstat personen med “Slettet person” overalt; registreringerne bevares</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persondata</translation>
    </message>
</context>
<context>
    <name>PersonData</name>
    <message>
        <source>Personal data – {name}</source>
        <translation>Persondata – {name}</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Eksportér persondata</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Gemt: {path}</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Persondata er eksporteret</translation>
    </message>
    <message>
        <source>The personal data of {name} is saved in two files:

{pdf}
{json}

The PDF is for reading; the JSON file holds the same data for other programs.</source>
        <translation>Persondata om {name} er gemt i to filer:

{pdf}
{json}

PDF'en er til at læse; JSON-filen rummer de samme data til andre programmer.</translation>
    </message>
    <message>
        <source>Erase {name} for good?

The name is replaced by “{label}” in the {count} records that involve or name the person, and the initials, role and note are removed. The records themselves are kept, so the teams do not lose their history. Where the full name is written in a text, it is replaced too; a first name on its own is not found, so check those texts yourself.

This cannot be undone. Export the personal data first if the person asked for it. Backups made before keep the old data until they rotate out.</source>
        <translation>Slet {name} for altid?

Navnet erstattes med “{label}” i de {count} registreringer, der involverer eller nævner personen, og initialer, rolle og bemærkning fjernes. Selve registreringerne bevares, så teamene ikke mister deres historik. Hvor det fulde navn står i en tekst, erstattes det også; et fornavn alene bliver ikke fundet, så dem skal du selv rette.

Det kan ikke fortrydes. Eksportér persondata først, hvis personen har bedt om indsigt. Sikkerhedskopier, der er taget før, indeholder de gamle oplysninger, indtil de bliver roteret ud.</translation>
    </message>
    <message>
        <source>Erase person (GDPR)</source>
        <translation>Slet person (GDPR)</translation>
    </message>
    <message>
        <source>The person is erased: {records} records now say “{label}”, and the name was replaced in {texts} texts.</source>
        <translation>Personen er slettet: {records} registreringer viser nu “{label}”, og navnet er erstattet i {texts} tekster.</translation>
    </message>
</context>
<context>
    <name>PersonExportDialog</name>
    <message>
        <source>Export personal data</source>
        <translation>Eksportér persondata</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Vælg, hvor de skal gemmes…</translation>
    </message>
    <message>
        <source>Everything PLF Desktop stores about {name} is written to a PDF to read and a JSON file with the same data: the person's details, teams, meetings, agreements, observations, conversations, courses and collaborations, with their text, and the records whose text names them.</source>
        <translation>Alt, hvad PLF Desktop gemmer om {name}, skrives til en PDF til at læse og en JSON-fil med de samme data: personens oplysninger, teams, møder, aftaler, observationer, samtaler, forløb og samarbejder med deres tekst og de registreringer, hvis tekst nævner personen.</translation>
    </message>
    <message>
        <source>Include &amp;private notes</source>
        <translation>Medtag &amp;private noter</translation>
    </message>
    <message>
        <source>Include the observer's private notes</source>
        <translation>Medtag observatørens private noter</translation>
    </message>
    <message>
        <source>The observer's private notes are the coach's own working notes and normally never leave this computer. Tick only if they must be handed over too.</source>
        <translation>Observatørens private noter er vejlederens egne arbejdsnoter og forlader normalt aldrig denne computer. Sæt kun flueben, hvis de også skal udleveres.</translation>
    </message>
</context>
<context>
    <name>PrintableEditor</name>
    <message>
        <source>Back to the list</source>
        <translation>Tilbage til listen</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF…</translation>
    </message>
    <message>
        <source>Save as a PDF (Ctrl+Shift+S)</source>
        <translation>Gem som PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Åbn PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>ProcessDialog</name>
    <message>
        <source>E.g. 5.A</source>
        <translation>Fx 5.A</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Klasse</translation>
    </message>
    <message>
        <source>S&amp;ubject</source>
        <translation>F&amp;ag</translation>
    </message>
    <message>
        <source>C&amp;oach</source>
        <translation>&amp;Vejleder</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Startdato</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The database is damaged</source>
        <translation>Databasen er beskadiget</translation>
    </message>
    <message>
        <source>{problem}

PLF Desktop has not written to the file, and there is no good backup beside it. Copy the file for your IT support, or start PLF Desktop with another database.</source>
        <translation>{problem}

PLF Desktop har ikke skrevet til filen, og der er ingen god sikkerhedskopi ved siden af den. Kopiér filen til jeres IT-support, eller start PLF Desktop med en anden database.</translation>
    </message>
    <message>
        <source>{problem}

PLF Desktop has not written to the file. The newest good backup is from {when}. Restore it? The damaged file is moved, unchanged, into the backups folder, so nothing is lost.</source>
        <translation>{problem}

PLF Desktop har ikke skrevet til filen. Den nyeste gode sikkerhedskopi er fra {when}. Vil du gendanne den? Den beskadigede fil flyttes uændret til mappen med sikkerhedskopier, så intet går tabt.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Gendan sikkerhedskopien</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>Restored the backup from {when}. The damaged file is in the backups folder.</source>
        <translation>Sikkerhedskopien fra {when} er gendannet. Den beskadigede fil ligger i mappen med sikkerhedskopier.</translation>
    </message>
    <message>
        <source>The database is missing</source>
        <translation>Databasen mangler</translation>
    </message>
    <message>
        <source>There is no database at {path}, but there are backups of it beside it. The newest good one is from {when}. Restore it, or start with an empty database?</source>
        <translation>Der er ingen database på {path}, men der ligger sikkerhedskopier af den ved siden af. Den nyeste gode er fra {when}. Vil du gendanne den eller starte med en tom database?</translation>
    </message>
    <message>
        <source>Start an empty database</source>
        <translation>Start en tom database</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Sikkerhedskopien blev ikke gendannet</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>Gendannede {name}.</translation>
    </message>
    <message>
        <source>Restored {name}. The file it replaced is in the backups folder as {aside}, to restore if you change your mind.</source>
        <translation>Gendannede {name}. Den fil, den erstattede, ligger i mappen med sikkerhedskopier som {aside}, så du kan gendanne den, hvis du fortryder.</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <source>Seating chart</source>
        <translation>Pladsoversigt</translation>
    </message>
    <message>
        <source>No seats yet. Add seats one by one, or make a grid.</source>
        <translation>Ingen pladser endnu. Tilføj pladser én ad gangen, eller lav et gitter.</translation>
    </message>
    <message>
        <source>No seats yet. Choose “Arrange room” to lay out the room.</source>
        <translation>Ingen pladser endnu. Vælg “Indret lokalet” for at lægge lokalet ud.</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tavle</translation>
    </message>
</context>
<context>
    <name>SchemeForm</name>
    <message>
        <source>off</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>One kind of participation per line</source>
        <translation>Én slags deltagelse pr. linje</translation>
    </message>
    <message>
        <source>One suggested focus point per line</source>
        <translation>Ét forslag til fokuspunkt pr. linje</translation>
    </message>
    <message>
        <source>With the co-teaching look-fors</source>
        <translation>Med kendetegnene for co-teaching</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>&amp;Vejledning</translation>
    </message>
    <message>
        <source>&amp;Interval prompt</source>
        <translation>&amp;Intervalspørgsmål</translation>
    </message>
    <message>
        <source>&amp;Kinds of participation</source>
        <translation>S&amp;lags deltagelse</translation>
    </message>
    <message>
        <source>Suggested &amp;focus points</source>
        <translation>Forslag til fok&amp;uspunkter</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Action-learning courses</source>
        <translation>Aktionslæringsforløb</translation>
    </message>
    <message>
        <source>Co-teaching collaborations</source>
        <translation>Co-teaching-samarbejder</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observationer</translation>
    </message>
    <message>
        <source>PLF meetings</source>
        <translation>PLF-møder</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Search notes, agreements, problem statements and minutes</source>
        <translation>Søg i noter, aftaler, problemstillinger og referater</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Søgeresultater</translation>
    </message>
    <message>
        <source>{count} hits</source>
        <translation>{count} fund</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>Intet fundet for “{text}”.</translation>
    </message>
</context>
<context>
    <name>SeatingChart</name>
    <message>
        <source>Arrange room</source>
        <translation>Indret lokalet</translation>
    </message>
    <message>
        <source>Undo last tap</source>
        <translation>Fortryd sidste</translation>
    </message>
    <message>
        <source>Undo last tap (Ctrl+Z)</source>
        <translation>Fortryd sidste registrering (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Kind of participation</source>
        <translation>Slags deltagelse</translation>
    </message>
    <message>
        <source>A seat needs a short label, such as A7.</source>
        <translation>En plads skal have en kort betegnelse, fx A7.</translation>
    </message>
    <message>
        <source>A seat label has at most {limit} characters.</source>
        <translation>En pladsbetegnelse har højst {limit} tegn.</translation>
    </message>
    <message>
        <source>There is already a seat {label}; each seat needs its own label.</source>
        <translation>Der er allerede en plads {label}; hver plads skal have sin egen betegnelse.</translation>
    </message>
    <message>
        <source>Table {number}</source>
        <translation>Bord {number}</translation>
    </message>
    <message>
        <source>Rename seat</source>
        <translation>Omdøb plads</translation>
    </message>
    <message>
        <source>Seat label</source>
        <translation>Pladsbetegnelse</translation>
    </message>
    <message>
        <source>A short code such as A7 or 12 — never a student's name.</source>
        <translation>En kort kode som A7 eller 12 – aldrig en elevs navn.</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Betegnelse</translation>
    </message>
    <message>
        <source>Table group</source>
        <translation>Bordgruppe</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Ingen gruppe</translation>
    </message>
    <message>
        <source>Seats with the same group are drawn at one table.</source>
        <translation>Pladser med samme gruppe tegnes ved ét bord.</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>Make a grid of seats</source>
        <translation>Lav et gitter af pladser</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rækker</translation>
    </message>
    <message>
        <source>Seats per row</source>
        <translation>Pladser pr. række</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Borde</translation>
    </message>
    <message>
        <source>Single desks</source>
        <translation>Enkeltborde</translation>
    </message>
    <message>
        <source>Tables of 2</source>
        <translation>Borde med 2</translation>
    </message>
    <message>
        <source>Tables of 4</source>
        <translation>Borde med 4</translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation>&amp;Rækker</translation>
    </message>
    <message>
        <source>&amp;Seats per row</source>
        <translation>&amp;Pladser pr. række</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>B&amp;orde</translation>
    </message>
    <message>
        <source>The new grid replaces the {count} seats of the room.</source>
        <translation>Det nye gitter erstatter lokalets {count} pladser.</translation>
    </message>
    <message>
        <source>Label of the new seat</source>
        <translation>Betegnelse for den nye plads</translation>
    </message>
    <message>
        <source>Type a label, or leave it empty for the next free one</source>
        <translation>Skriv en betegnelse, eller lad feltet stå tomt for den næste ledige</translation>
    </message>
    <message>
        <source>Add seat</source>
        <translation>Tilføj plads</translation>
    </message>
    <message>
        <source>Add a seat (Insert)</source>
        <translation>Tilføj en plads (Insert)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Omdøb…</translation>
    </message>
    <message>
        <source>Rename the selected seat (F2)</source>
        <translation>Omdøb den valgte plads (F2)</translation>
    </message>
    <message>
        <source>Table group…</source>
        <translation>Bordgruppe…</translation>
    </message>
    <message>
        <source>Put the selected seat at a table (G)</source>
        <translation>Sæt den valgte plads ved et bord (G)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove the selected seat (Delete)</source>
        <translation>Fjern den valgte plads (Delete)</translation>
    </message>
    <message>
        <source>Make grid…</source>
        <translation>Lav gitter…</translation>
    </message>
    <message>
        <source>Lay out a whole room of rows and tables</source>
        <translation>Læg et helt lokale ud med rækker og borde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>No names, only labels such as A7: the app never stores students' names, because pseudonymised data about students is still personal data.</source>
        <translation>Ingen navne, kun betegnelser som A7: programmet gemmer aldrig elevers navne, for pseudonymiserede oplysninger om elever er stadig personoplysninger.</translation>
    </message>
    <message>
        <source>{kind} (key {number})</source>
        <translation>{kind} (tast {number})</translation>
    </message>
    <message>
        <source>Done arranging</source>
        <translation>Færdig med at indrette</translation>
    </message>
    <message>
        <source>Move, add and rename seats</source>
        <translation>Flyt, tilføj og omdøb pladser</translation>
    </message>
    <message>
        <source>Go back to tapping seats</source>
        <translation>Tilbage til at registrere deltagelse</translation>
    </message>
    <message>
        <source>not heard yet</source>
        <translation>endnu ikke hørt</translation>
    </message>
    <message>
        <source>heard: {count}</source>
        <translation>hørt: {count}</translation>
    </message>
    <message>
        <source>{heard} of {total} seats heard</source>
        <translation>{heard} af {total} pladser hørt</translation>
    </message>
    <message>
        <source>{seat} — arrow keys move · F2 renames · G sets the table · Delete removes</source>
        <translation>{seat} – piletaster flytter · F2 omdøber · G vælger bord · Delete fjerner</translation>
    </message>
    <message>
        <source>{seat} — Space or Enter logs “{kind}” · keys 1–{count} choose the kind</source>
        <translation>{seat} – mellemrum eller Enter registrerer “{kind}” · tasterne 1–{count} vælger slags</translation>
    </message>
    <message>
        <source>A room has at most {limit} seats.</source>
        <translation>Et lokale har højst {limit} pladser.</translation>
    </message>
    <message>
        <source>Logged: {label} – {kind}</source>
        <translation>Registreret: {label} – {kind}</translation>
    </message>
    <message>
        <source>Select a seat with a click or Tab; drag it or move it with the arrow keys.</source>
        <translation>Vælg en plads med et klik eller Tab; træk den, eller flyt den med piletasterne.</translation>
    </message>
    <message>
        <source>Tap a seat when the student takes part (“{kind}”); keys 1–{count} choose the kind.</source>
        <translation>Tryk på en plads, når eleven deltager (“{kind}”); tasterne 1–{count} vælger slags.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Vælg logo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Det nye sprog bruges, næste gang du starter PLF Desktop.</translation>
    </message>
    <message>
        <source>School's &amp;name</source>
        <translation>Skolens &amp;navn</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommune</translation>
    </message>
    <message>
        <source>Logo on printed pages</source>
        <translation>Logo på udskrifter</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Empty the &amp;trash after</source>
        <translation>Tøm &amp;papirkurven efter</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>Keep &amp;records after the school year</source>
        <translation>&amp;Opbevar poster efter skoleåret</translation>
    </message>
    <message>
        <source>Courses, collaborations, observations, conversations and meetings are due for deletion this long after their school year ends (31 July). Overview lists what is due; a single record can be given another date.</source>
        <translation>Forløb, samarbejder, observationer, samtaler og møder skal slettes så længe efter, at deres skoleår slutter (31. juli). Overblik viser, hvad der skal slettes; en enkelt post kan få en anden dato.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(intet logo)</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Vælg logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Billeder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>That file is not an image PLF Desktop can read.</source>
        <translation>Filen er ikke et billede, som PLF Desktop kan læse.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>PLF Desktop cannot start</source>
        <translation>PLF Desktop kan ikke starte</translation>
    </message>
</context>
<context>
    <name>SteppedEditor</name>
    <message>
        <source>Steps</source>
        <translation>Trin</translation>
    </message>
</context>
<context>
    <name>TeamCombo</name>
    <message>
        <source>(no team)</source>
        <translation>(intet team)</translation>
    </message>
</context>
<context>
    <name>TeamsTab</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Search teams</source>
        <translation>Søg efter teams</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nyt team</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Medlemmer</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Templates</source>
        <translation>Skabeloner</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>The templates the app ships stay as shipped. Copy an observation scheme or a conversation model to make your own version, or import one a colleague shared; your own are offered beside the shipped ones.</source>
        <translation>Skabelonerne, der følger med programmet, forbliver som de er. Kopiér et observationsskema eller en samtalemodel for at lave din egen udgave, eller importér en, som en kollega har delt. Dine egne tilbydes ved siden af de medfølgende.</translation>
    </message>
    <message>
        <source>Make your own copy of the chosen template</source>
        <translation>Lav din egen kopi af den valgte skabelon</translation>
    </message>
    <message>
        <source>Delete copy</source>
        <translation>Slet kopi</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importér…</translation>
    </message>
    <message>
        <source>Add a template file a colleague shared</source>
        <translation>Tilføj en skabelonfil, som en kollega har delt</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <source>Save the chosen template as a file to share</source>
        <translation>Gem den valgte skabelon som en fil, du kan dele</translation>
    </message>
    <message>
        <source>Agendas for PLF meetings</source>
        <translation>Dagsordener til PLF-møder</translation>
    </message>
    <message>
        <source>Observation schemes</source>
        <translation>Observationsskemaer</translation>
    </message>
    <message>
        <source>Conversation models</source>
        <translation>Samtalemodeller</translation>
    </message>
    <message>
        <source>{name} (your copy)</source>
        <translation>{name} (din kopi)</translation>
    </message>
    <message>
        <source>{count} items, {minutes} min in all</source>
        <translation>Punkter: {count} · {minutes} min i alt</translation>
    </message>
    <message>
        <source>Interval prompt every {minutes} min</source>
        <translation>Intervalspørgsmål hvert {minutes}. minut</translation>
    </message>
    <message>
        <source>No interval prompt</source>
        <translation>Intet intervalspørgsmål</translation>
    </message>
    <message>
        <source>Kinds of participation: {kinds}</source>
        <translation>Slags deltagelse: {kinds}</translation>
    </message>
    <message>
        <source>Suggested focus points: {points}</source>
        <translation>Forslag til fokuspunkter: {points}</translation>
    </message>
    <message>
        <source>With the co-teaching look-fors</source>
        <translation>Med kendetegnene for co-teaching</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (kopi)</translation>
    </message>
    <message>
        <source>“{name}” was moved to the trash.</source>
        <translation>“{name}” er flyttet til papirkurven.</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Importér skabelon</translation>
    </message>
    <message>
        <source>Template files (*.toml)</source>
        <translation>Skabelonfiler (*.toml)</translation>
    </message>
    <message>
        <source>Imported “{name}”.</source>
        <translation>“{name}” er importeret.</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>Eksportér skabelon</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gemt: {path}</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>tt:mm</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Timeline of models and activity forms</source>
        <translation>Tidslinje over modeller og aktivitetsformer</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>PLF meeting</source>
        <translation>PLF-møde</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Skabelon</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Action-learning course</source>
        <translation>Aktionslæringsforløb</translation>
    </message>
    <message>
        <source>Co-teaching collaboration</source>
        <translation>Co-teaching-samarbejde</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papirkurv</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slags</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Search the trash</source>
        <translation>Søg i papirkurven</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Slet for altid…</translation>
    </message>
    <message>
        <source>Empty the trash…</source>
        <translation>Tøm papirkurven…</translation>
    </message>
    <message>
        <source>1 deleted record.</source>
        <translation>1 slettet post.</translation>
    </message>
    <message>
        <source>{count} deleted records.</source>
        <translation>{count} slettede poster.</translation>
    </message>
    <message>
        <source>They are deleted for good after {days} days (see Settings).</source>
        <translation>De slettes for altid efter {days} dage (se Indstillinger).</translation>
    </message>
    <message>
        <source>The trash is never emptied by itself (see Settings).</source>
        <translation>Papirkurven tømmes aldrig af sig selv (se Indstillinger).</translation>
    </message>
    <message>
        <source>“{name}” is back.</source>
        <translation>“{name}” er gendannet.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Slet for altid</translation>
    </message>
    <message>
        <source>Delete “{name}” for good? This cannot be undone.</source>
        <translation>Slet “{name}” for altid? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Tøm papirkurven</translation>
    </message>
    <message>
        <source>Delete everything in the trash for good? This cannot be undone.</source>
        <translation>Slet alt i papirkurven for altid? Det kan ikke fortrydes.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to PLF Desktop</source>
        <translation>Velkommen til PLF Desktop</translation>
    </message>
    <message>
        <source>PLF Desktop helps you run PLF meetings, keep track of the team's agreements and hand out clean printed minutes. Everything is kept in one file on this computer and never leaves it.

First, which school is this?</source>
        <translation>PLF Desktop hjælper dig med at afvikle PLF-møder, holde styr på teamets aftaler og dele pæne, udskrevne referater. Alt gemmes i én fil på denne computer og forlader den aldrig.

Først: Hvilken skole drejer det sig om?</translation>
    </message>
    <message>
        <source>E.g. Skovbakkeskolen</source>
        <translation>Fx Skovbakkeskolen</translation>
    </message>
    <message>
        <source>E.g. Vejle Kommune</source>
        <translation>Fx Vejle Kommune</translation>
    </message>
    <message>
        <source>Load example data (people, teams and meetings you can try things on)</source>
        <translation>Indlæs eksempeldata (personer, teams og møder, du kan øve dig på)</translation>
    </message>
    <message>
        <source>Only staff are registered. Students appear only as labels such as “Elev A”, and data is only ever recorded at class, year-group or school level.</source>
        <translation>Kun personale registreres. Elever optræder kun som fx “Elev A”, og data registreres kun på klasse-, årgangs- eller skoleniveau.</translation>
    </message>
    <message>
        <source>School's &amp;name</source>
        <translation>Skolens &amp;navn</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommune</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Kom i gang</translation>
    </message>
    <message>
        <source>Type the school's name to start.</source>
        <translation>Skriv skolens navn for at komme i gang.</translation>
    </message>
</context>
</TS>
