<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Collaborations</name>
    <message>
        <source>Pre-meeting and contract</source>
        <translation>Formøde og samarbejdskontrakt</translation>
    </message>
    <message>
        <source>Hold the pre-meeting and write the collaboration contract: goals, roles, duration, planning time and how you evaluate.</source>
        <translation>Hold formødet, og skriv samarbejdskontrakten: mål, roller, varighed, tid til fælles forberedelse og hvordan I evaluerer.</translation>
    </message>
    <message>
        <source>Co-planning</source>
        <translation>Fælles planlægning</translation>
    </message>
    <message>
        <source>Plan the lesson together: goal, tegn, the model for each phase, roles and differentiation.</source>
        <translation>Planlæg lektionen sammen: mål, tegn, modellen for hver fase, roller og differentiering.</translation>
    </message>
    <message>
        <source>Co-teaching</source>
        <translation>Fælles undervisning</translation>
    </message>
    <message>
        <source>Teach the lesson together and create its observation.</source>
        <translation>Undervis sammen, og opret lektionens observation.</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksion</translation>
    </message>
    <message>
        <source>Hold the reflection conversation about the lesson.</source>
        <translation>Hold refleksionssamtalen om lektionen.</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Justering</translation>
    </message>
    <message>
        <source>Adjust and plan the next lesson, or evaluate the collaboration.</source>
        <translation>Justér og planlæg næste lektion, eller evaluér samarbejdet.</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Evaluate against the six models and the look-fors, then close the collaboration.</source>
        <translation>Evaluér ud fra de seks modeller og kendetegnene, og afslut så samarbejdet.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>The collaboration is closed.</source>
        <translation>Samarbejdet er afsluttet.</translation>
    </message>
</context>
<context>
    <name>Cycles</name>
    <message>
        <source>1 Problem statement</source>
        <translation>1 Formulering af problemstilling</translation>
    </message>
    <message>
        <source>2 Choice of action</source>
        <translation>2 Valg af aktion</translation>
    </message>
    <message>
        <source>3 Carrying out and observing</source>
        <translation>3 Gennemførelse og observation</translation>
    </message>
    <message>
        <source>4 Didactic conversation</source>
        <translation>4 Didaktisk samtale</translation>
    </message>
    <message>
        <source>New round or processing?</source>
        <translation>Ny runde eller bearbejdning?</translation>
    </message>
    <message>
        <source>5 Processing of experiences</source>
        <translation>5 Bearbejdning af erfaringer</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Problemstilling</translation>
    </message>
    <message>
        <source>1 Preparation</source>
        <translation>1 Forberedelse</translation>
    </message>
    <message>
        <source>2 Carrying out</source>
        <translation>2 Gennemførelse</translation>
    </message>
    <message>
        <source>3 Evaluation</source>
        <translation>3 Evaluering</translation>
    </message>
    <message>
        <source>4 Adjustment</source>
        <translation>4 Justering</translation>
    </message>
    <message>
        <source>What we learned</source>
        <translation>Hvad vi har lært</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>The course is closed.</source>
        <translation>Forløbet er afsluttet.</translation>
    </message>
    <message>
        <source>Write down what you learned and how you share it, then close the course.</source>
        <translation>Skriv, hvad I har lært, og hvordan I deler det. Afslut så forløbet.</translation>
    </message>
    <message>
        <source>Quick-write, take a round, and sharpen the problem statement.</source>
        <translation>Lav hurtigskrivning, tag en runde, og skærp problemstillingen.</translation>
    </message>
    <message>
        <source>Plan the first round: the action and its reason.</source>
        <translation>Planlæg første runde: aktionen og begrundelsen for den.</translation>
    </message>
    <message>
        <source>Write the action plan: the action, why, and what you expect.</source>
        <translation>Skriv aktionsplanen: aktionen, hvorfor, og hvad I forventer.</translation>
    </message>
    <message>
        <source>Hand out the preparation sheet and create the round&apos;s observation.</source>
        <translation>Giv observatørerne forberedelsesarket, og opret rundens observation.</translation>
    </message>
    <message>
        <source>Hold the didactic conversation about the observed lesson.</source>
        <translation>Hold den didaktiske samtale om den observerede lektion.</translation>
    </message>
    <message>
        <source>Agree who teaches, observes and writes the referat; then choose a new round or the processing of experiences.</source>
        <translation>Aftal, hvem der underviser, observerer og skriver referat; vælg så en ny runde eller bearbejdning af erfaringer.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The template&apos;s “{key}” must be text.</source>
        <translation>Feltet “{key}” i skabelonen skal være tekst.</translation>
    </message>
    <message>
        <source>The template has no “{key}”.</source>
        <translation>Skabelonen mangler feltet “{key}”.</translation>
    </message>
    <message>
        <source>The template&apos;s “{key}” is too long.</source>
        <translation>Feltet “{key}” i skabelonen er for langt.</translation>
    </message>
    <message>
        <source>The template&apos;s “{key}” must be a list of at most {items} texts.</source>
        <translation>Feltet “{key}” i skabelonen skal være en liste med højst {items} tekster.</translation>
    </message>
    <message>
        <source>The template&apos;s “{key}” must be a whole number from {low} to {high}.</source>
        <translation>Feltet “{key}” i skabelonen skal være et helt tal fra {low} til {high}.</translation>
    </message>
    <message>
        <source>The template file is too large.</source>
        <translation>Skabelonfilen er for stor.</translation>
    </message>
    <message>
        <source>The template file cannot be read: {reason}</source>
        <translation>Skabelonfilen kan ikke læses: {reason}</translation>
    </message>
    <message>
        <source>The template&apos;s version must be a number.</source>
        <translation>Skabelonens version skal være et helt tal.</translation>
    </message>
    <message>
        <source>The template has no agenda items.</source>
        <translation>Skabelonen har ingen dagsordenspunkter.</translation>
    </message>
    <message>
        <source>The template has too many agenda items.</source>
        <translation>Skabelonen har for mange dagsordenspunkter.</translation>
    </message>
    <message>
        <source>An agenda item in the template is malformed.</source>
        <translation>Et dagsordenspunkt i skabelonen er ikke bygget korrekt op.</translation>
    </message>
    <message>
        <source>Unknown agenda item type “{kind}”.</source>
        <translation>Ukendt type dagsordenspunkt: “{kind}”.</translation>
    </message>
    <message>
        <source>An agenda item&apos;s minutes must be 1 to {limit}.</source>
        <translation>Tidsrammen for et dagsordenspunkt skal være fra 1 til {limit} minutter.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Write it as dd.mm.yyyy, e.g. 24.11.2026.</source>
        <translation>“{text}” er ikke en dato. Skriv den som dd.mm.åååå, fx 24.11.2026.</translation>
    </message>
    <message>
        <source>“{text}” is not a date in the calendar.</source>
        <translation>“{text}” er ikke en dato, der findes i kalenderen.</translation>
    </message>
    <message>
        <source>“{text}” is not a time. Write it as hh:mm, e.g. 14:30.</source>
        <translation>“{text}” er ikke et klokkeslæt. Skriv det som tt:mm, fx 14:30.</translation>
    </message>
    <message>
        <source>{what} cannot be empty.</source>
        <translation>{what} kan ikke være tomt.</translation>
    </message>
    <message>
        <source>{what} is too long (at most {limit} characters).</source>
        <translation>{what} må højst indeholde {limit} tegn.</translation>
    </message>
    <message>
        <source>The text is too long (at most {limit} characters).</source>
        <translation>Teksten er for lang (højst {limit} tegn).</translation>
    </message>
    <message>
        <source>The agreement</source>
        <translation>Feltet med aftalen</translation>
    </message>
    <message>
        <source>Unknown demo size “{size}”.</source>
        <translation>Ukendt størrelse på eksempeldata: “{size}”.</translation>
    </message>
    <message>
        <source>The database already holds data; demo only fills a new, empty database.</source>
        <translation>Databasen indeholder allerede data. Eksempeldata kan kun lægges i en ny, tom database.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Titelfeltet</translation>
    </message>
    <message>
        <source>There is no co-teaching collaboration with id {id}.</source>
        <translation>Der findes intet co-teaching-samarbejde med id {id}.</translation>
    </message>
    <message>
        <source>A collaboration needs a start date.</source>
        <translation>Et samarbejde skal have en startdato.</translation>
    </message>
    <message>
        <source>There is no such lesson.</source>
        <translation>Den lektion findes ikke.</translation>
    </message>
    <message>
        <source>Only the last lesson can be removed.</source>
        <translation>Kun den sidste lektion kan fjernes.</translation>
    </message>
    <message>
        <source>There is no conversation with id {id}.</source>
        <translation>Der findes ingen samtale med id {id}.</translation>
    </message>
    <message>
        <source>A conversation needs a date.</source>
        <translation>En samtale skal have en dato.</translation>
    </message>
    <message>
        <source>The conversation&apos;s template has no such phase or question.</source>
        <translation>Samtalens skabelon har ikke den fase eller det spørgsmål.</translation>
    </message>
    <message>
        <source>The minutes must be a whole number from 1 to 480.</source>
        <translation>Tidsrammen skal være et helt antal minutter fra 1 til 480.</translation>
    </message>
    <message>
        <source>The rating must be 1 to 5.</source>
        <translation>Vurderingen skal være fra 1 til 5.</translation>
    </message>
    <message>
        <source>That is not a date.</source>
        <translation>Det er ikke en dato.</translation>
    </message>
    <message>
        <source>A meeting needs a date.</source>
        <translation>Et møde skal have en dato.</translation>
    </message>
    <message>
        <source>There is no meeting with id {id}.</source>
        <translation>Der findes intet møde med id {id}.</translation>
    </message>
    <message>
        <source>There is no action-learning course with id {id}.</source>
        <translation>Der findes intet aktionslæringsforløb med id {id}.</translation>
    </message>
    <message>
        <source>That team no longer exists.</source>
        <translation>Teamet findes ikke længere.</translation>
    </message>
    <message>
        <source>An action-learning course needs a start date.</source>
        <translation>Et aktionslæringsforløb skal have en startdato.</translation>
    </message>
    <message>
        <source>Write the problem statement before the first round.</source>
        <translation>Skriv problemstillingen før første runde.</translation>
    </message>
    <message>
        <source>There is no such round.</source>
        <translation>Den runde findes ikke.</translation>
    </message>
    <message>
        <source>The lesson&apos;s date is not a date.</source>
        <translation>Lektionens dato er ikke en dato.</translation>
    </message>
    <message>
        <source>Only the last round can be removed.</source>
        <translation>Kun den sidste runde kan fjernes.</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>Feltet med beslutningen</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Navnefeltet</translation>
    </message>
    <message>
        <source>That person no longer exists.</source>
        <translation>Personen findes ikke længere.</translation>
    </message>
    <message>
        <source>The team&apos;s name</source>
        <translation>Feltet med teamets navn</translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation>Feltet med skolens navn</translation>
    </message>
    <message>
        <source>The logo is too large (at most 2 MB).</source>
        <translation>Logoet er for stort (højst 2 MB).</translation>
    </message>
    <message>
        <source>There is no observation scheme “{key}”.</source>
        <translation>Der findes intet observationsskema “{key}”.</translation>
    </message>
    <message>
        <source>There is no conversation template “{key}”.</source>
        <translation>Der findes ingen samtaleskabelon “{key}”.</translation>
    </message>
    <message>
        <source>A shipped template cannot be changed; make a copy of it.</source>
        <translation>En skabelon, der følger med programmet, kan ikke ændres; lav en kopi af den.</translation>
    </message>
    <message>
        <source>There is no agenda template “{key}”.</source>
        <translation>Der findes ingen dagsordensskabelon med navnet “{key}”.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} er en mappe, ikke en databasefil.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read: {reason}</source>
        <translation>Databasen {path} kan ikke læses: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a PLF Desktop database (it is not an SQLite file).</source>
        <translation>{path} er ikke en PLF Desktop-database (det er ikke en SQLite-fil).</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be opened ({reason}).</source>
        <translation>Databasen {path} er beskadiget og kan ikke åbnes ({reason}).</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer PLF Desktop (schema {found}, this version knows {known}). Update PLF Desktop; the file was not changed.</source>
        <translation>Databasen {path} er gemt af en nyere PLF Desktop (skema {found}; denne version kender kun op til skema {known}). Opdater PLF Desktop. Filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file from another program, not PLF Desktop.</source>
        <translation>{path} er en SQLite-fil fra et andet program, ikke fra PLF Desktop.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Der findes ingen database på {path}.</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>Sikkerhedskopien kan ikke overskrive selve databasen.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing already saved is lost.</source>
        <translation>Disken er fuld. Frigør noget plads – intet af det, der allerede er gemt, går tabt.</translation>
    </message>
    <message>
        <source>The database is read-only here. Choose a folder you can write to.</source>
        <translation>Databasen er skrivebeskyttet her. Vælg en mappe, du kan skrive i.</translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>Databasen er optaget af et andet program. Prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>The database failed: {reason}</source>
        <translation>Der opstod en fejl i databasen: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be written: {reason}</source>
        <translation>Filen kan ikke gemmes: {reason}</translation>
    </message>
    <message>
        <source>The database {path} must be upgraded: start PLF Desktop on it once.</source>
        <translation>Databasen {path} skal opgraderes. Åbn den én gang i PLF Desktop først.</translation>
    </message>
    <message>
        <source>The database {path} lies on a network drive ({kind}). PLF Desktop does not write to it there, because a network drive cannot lock the file safely. Copy it to this computer&apos;s own disk and open the copy.</source>
        <translation>Databasen {path} ligger på et netværksdrev ({kind}). PLF Desktop skriver ikke til den dér, fordi et netværksdrev ikke kan låse filen sikkert. Kopiér den til computerens egen disk, og åbn kopien.</translation>
    </message>
    <message>
        <source>The upgrade left broken references ({count}); it was stopped.</source>
        <translation>Opgraderingen blev stoppet, fordi den efterlod ødelagte henvisninger ({count}).</translation>
    </message>
    <message>
        <source>The folder {path} is read-only for you. Choose a folder you can write to; nothing already saved is lost.</source>
        <translation>Mappen {path} er skrivebeskyttet for dig. Vælg en mappe, du kan skrive i; intet, der allerede er gemt, går tabt.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: {reason}</source>
        <translation>Databasen {path} kan ikke åbnes: {reason}</translation>
    </message>
    <message>
        <source>The database {path} is already open in another PLF Desktop window. Close that window first.</source>
        <translation>Databasen {path} er allerede åben i et andet PLF Desktop-vindue. Luk det vindue først.</translation>
    </message>
    <message>
        <source>A room has at most {limit} seats.</source>
        <translation>Et lokale har højst {limit} pladser.</translation>
    </message>
    <message>
        <source>A seat label is a short code such as A7 (1 to {limit} characters).</source>
        <translation>En plads betegnes med en kort kode som A7 (1 til {limit} tegn).</translation>
    </message>
    <message>
        <source>Two seats have the same label.</source>
        <translation>To pladser har samme betegnelse.</translation>
    </message>
    <message>
        <source>There is no observation with id {id}.</source>
        <translation>Der findes ingen observation med id {id}.</translation>
    </message>
    <message>
        <source>An observation needs a date.</source>
        <translation>En observation skal have en dato.</translation>
    </message>
    <message>
        <source>Keep at least one kind of participation.</source>
        <translation>Behold mindst én slags deltagelse.</translation>
    </message>
    <message>
        <source>The number of students must be 0 to 200.</source>
        <translation>Antallet af elever skal være mellem 0 og 200.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Notefeltet</translation>
    </message>
    <message>
        <source>The noise level is 1 to 5.</source>
        <translation>Støjniveauet er 1 til 5.</translation>
    </message>
    <message>
        <source>There is no such look-for.</source>
        <translation>Det kendetegn findes ikke.</translation>
    </message>
    <message>
        <source>A guiding question must be text.</source>
        <translation>Et spørgsmål i skabelonen skal være tekst.</translation>
    </message>
    <message>
        <source>Each phase must be a table ([[phases]]).</source>
        <translation>Hver fase i skabelonen skal være en tabel ([[phases]]).</translation>
    </message>
    <message>
        <source>A phase has at most {count} questions.</source>
        <translation>En fase i skabelonen må højst have {count} spørgsmål.</translation>
    </message>
    <message>
        <source>The template&apos;s “{key}” must be true or false.</source>
        <translation>Skabelonens “{key}” skal være true eller false.</translation>
    </message>
    <message>
        <source>A conversation template needs 1 to {count} phases.</source>
        <translation>En samtaleskabelon skal have 1 til {count} faser.</translation>
    </message>
    <message>
        <source>The template&apos;s key may hold only letters, digits, “-” and “_”.</source>
        <translation>Skabelonens nøgle (key) må kun indeholde bogstaver, tal, “-” og “_”.</translation>
    </message>
    <message>
        <source>There is no such record.</source>
        <translation>Posten findes ikke.</translation>
    </message>
    <message>
        <source>This installation of PLF Desktop cannot open password-protected databases (SQLCipher is missing).</source>
        <translation>Denne installation af PLF Desktop kan ikke åbne databaser med adgangskode (SQLCipher mangler).</translation>
    </message>
    <message>
        <source>The password does not open {path} (or the file is not a PLF Desktop database).</source>
        <translation>Adgangskoden åbner ikke {path} (eller filen er ikke en PLF Desktop-database).</translation>
    </message>
    <message>
        <source>The database {path} is protected by a password.</source>
        <translation>Databasen {path} er beskyttet med en adgangskode.</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>Adgangskoden skal have mindst {count} tegn.</translation>
    </message>
    <message>
        <source>The database could not be rewritten; it was not changed.</source>
        <translation>Databasen kunne ikke skrives om; den er ikke ændret.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Teacher</source>
        <translation>Lærer</translation>
    </message>
    <message>
        <source>Pedagogue</source>
        <translation>Pædagog</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Vejleder</translation>
    </message>
    <message>
        <source>Resource person</source>
        <translation>Ressourceperson</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Class team</source>
        <translation>Klasseteam</translation>
    </message>
    <message>
        <source>Year team</source>
        <translation>Årgangsteam</translation>
    </message>
    <message>
        <source>Department team</source>
        <translation>Afdelingsteam</translation>
    </message>
    <message>
        <source>Subject team</source>
        <translation>Fagteam</translation>
    </message>
    <message>
        <source>Resource team</source>
        <translation>Ressourceteam</translation>
    </message>
    <message>
        <source>Other team</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Orientering</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Drøftelse</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Droppet</translation>
    </message>
    <message>
        <source>National skills test</source>
        <translation>Nationale færdighedstest</translation>
    </message>
    <message>
        <source>Transition test</source>
        <translation>Overgangstest</translation>
    </message>
    <message>
        <source>Well-being survey</source>
        <translation>Trivselsmåling</translation>
    </message>
    <message>
        <source>Language assessment</source>
        <translation>Sprogvurdering</translation>
    </message>
    <message>
        <source>Reading screening, grade 1</source>
        <translation>Læsescreening 1. kl.</translation>
    </message>
    <message>
        <source>Dyslexia risk test</source>
        <translation>Risikotest for ordblindhed</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Fravær</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Karakterer</translation>
    </message>
    <message>
        <source>Student work</source>
        <translation>Elevprodukter</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Student interview</source>
        <translation>Elevinterview</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Year group</source>
        <translation>Årgang</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skole</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afbud</translation>
    </message>
    <message>
        <source>PLF meeting</source>
        <translation>PLF-møde</translation>
    </message>
    <message>
        <source>Didactic conversation</source>
        <translation>Didaktisk samtale</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Elever</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Overgang</translation>
    </message>
    <message>
        <source>One teaches, one observes</source>
        <translation>Én underviser, én observerer</translation>
    </message>
    <message>
        <source>One teaches, one assists</source>
        <translation>Én underviser, én assisterer</translation>
    </message>
    <message>
        <source>Station teaching</source>
        <translation>Stationsundervisning</translation>
    </message>
    <message>
        <source>Parallel teaching</source>
        <translation>Parallelundervisning</translation>
    </message>
    <message>
        <source>Alternative teaching</source>
        <translation>Alternativ undervisning</translation>
    </message>
    <message>
        <source>Team teaching</source>
        <translation>Parundervisning</translation>
    </message>
    <message>
        <source>Whole-class teaching</source>
        <translation>Tavleundervisning</translation>
    </message>
    <message>
        <source>Class discussion</source>
        <translation>Klassesamtale</translation>
    </message>
    <message>
        <source>Individual work</source>
        <translation>Individuelt arbejde</translation>
    </message>
    <message>
        <source>Pair work</source>
        <translation>Pararbejde</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>Gruppearbejde</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Andet</translation>
    </message>
</context>
<context>
    <name>LookFors</name>
    <message>
        <source>Both teachers&apos; voices are heard; they say “we” and “our”</source>
        <translation>Begge underviseres stemmer høres; de siger “vi” og “vores”</translation>
    </message>
    <message>
        <source>Both adults work with all students</source>
        <translation>Begge voksne arbejder med alle elever</translation>
    </message>
    <message>
        <source>Transitions are smooth</source>
        <translation>Overgangene er glidende</translation>
    </message>
    <message>
        <source>Differentiation and a variety of groupings</source>
        <translation>Differentiering og varierede grupperinger</translation>
    </message>
    <message>
        <source>Both give feedback; behaviour management is shared</source>
        <translation>Begge giver feedback; klasseledelsen er fælles</translation>
    </message>
    <message>
        <source>The roles are hard to tell apart</source>
        <translation>Rollerne er svære at skelne fra hinanden</translation>
    </message>
</context>
<context>
    <name>PersonData</name>
    <message>
        <source>Deleted person</source>
        <translation>Slettet person</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Afbud</translation>
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
        <source>Responsible for an agenda item</source>
        <translation>Ansvarlig for et dagsordenspunkt</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Observed teacher</source>
        <translation>Observeret lærer</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observatør</translation>
    </message>
    <message>
        <source>Focus person</source>
        <translation>Fokusperson</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Vejleder</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lærer</translation>
    </message>
    <message>
        <source>Wrote a quick-write</source>
        <translation>Har skrevet en hurtigskrivning</translation>
    </message>
    <message>
        <source>Teaches in a round</source>
        <translation>Underviser i en runde</translation>
    </message>
    <message>
        <source>Observes in a round</source>
        <translation>Observerer i en runde</translation>
    </message>
    <message>
        <source>Teaches next time</source>
        <translation>Underviser næste gang</translation>
    </message>
    <message>
        <source>Observes next time</source>
        <translation>Observerer næste gang</translation>
    </message>
    <message>
        <source>Writes the minutes</source>
        <translation>Skriver referat</translation>
    </message>
    <message>
        <source>Named in the text</source>
        <translation>Nævnt i teksten</translation>
    </message>
</context>
</TS>
