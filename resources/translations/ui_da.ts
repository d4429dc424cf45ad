<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
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
    <name>ComingSoonPage</name>
    <message>
        <source>Coming soon</source>
        <translation>Kommer snart</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>Record the data the team looked at, at class, year-group or school level only. Never individual students&apos; results: national test results are confidential.</source>
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
    <name>Errors</name>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Der findes ingen database på {path}.</translation>
    </message>
    <message>
        <source>The school&apos;s name</source>
        <translation>Feltet med skolens navn</translation>
    </message>
    <message>
        <source>A meeting needs a date.</source>
        <translation>Et møde skal have en dato.</translation>
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
        <source>Choose a team for the meeting to follow up the team&apos;s agreements from earlier meetings.</source>
        <translation>Vælg et team til mødet for at følge op på teamets aftaler fra tidligere møder.</translation>
    </message>
    <message>
        <source>The team has no open agreements from earlier meetings.</source>
        <translation>Teamet har ingen åbne aftaler fra tidligere møder.</translation>
    </message>
    <message>
        <source>Open agreements from the team&apos;s earlier meetings. Set each one&apos;s status as you go through them; the change is saved at once and noted in the minutes.</source>
        <translation>Åbne aftaler fra teamets tidligere møder. Sæt status på hver aftale, efterhånden som I gennemgår dem. Ændringen gemmes med det samme og noteres i referatet.</translation>
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
        <source>The start screen will show the next step of every action-learning course and co-teaching collaboration, upcoming meetings, open and overdue agreements, and teams you have not visited for a while. Until then, start from PLF meetings or Agreements.</source>
        <translation>Startskærmen kommer til at vise næste skridt i hvert aktionslæringsforløb og co-teaching-samarbejde, de kommende møder, åbne aftaler og aftaler over fristen samt teams, du ikke har været hos i et stykke tid. Indtil da kan du starte fra PLF-møder eller Aftaler.</translation>
    </message>
    <message>
        <source>Action learning</source>
        <translation>Aktionslæring</translation>
    </message>
    <message>
        <source>Guided action-learning courses: problem statement, rounds of action, observation and didactic conversation, and what the team learned.</source>
        <translation>Guidede aktionslæringsforløb: problemformulering, runder med aktion, observation og didaktisk samtale – og hvad teamet har lært.</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observationer</translation>
    </message>
    <message>
        <source>Live classroom observation with co-teaching models, time-stamped notes that keep description apart from interpretation, and a pseudonymous seating chart.</source>
        <translation>Observation direkte i undervisningen med co-teaching-modeller, tidsstemplede noter, der holder beskrivelse og fortolkning adskilt, og en bordplan med pseudonymer.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Didactic conversations guided phase by phase from a template library (KL&apos;s four phases, SMTTE, Hiim &amp; Hippe, Timperley, DuFour, Hattie …).</source>
        <translation>Didaktiske samtaler, der guides fase for fase ud fra et bibliotek af skabeloner (KL&apos;s fire faser, SMTTE, Hiim &amp; Hippe, Timperley, DuFour, Hattie …).</translation>
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
        <source>Browse, duplicate and share the templates for conversations, observations and meetings. The two meeting agendas are already in use when you create a meeting.</source>
        <translation>Gennemse, kopier og del skabelonerne til samtaler, observationer og møder. De to dagsordensskabeloner til møder bruges allerede, når du opretter et møde.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
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
</context>
<context>
    <name>MeetingAgreementsTab</name>
    <message>
        <source>Every agreement gets someone responsible and a deadline. Open agreements come back under “Follow-up on agreements” at the team&apos;s next meeting.</source>
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
        <source>(no team)</source>
        <translation>(intet team)</translation>
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
    <name>NewMeetingDialog</name>
    <message>
        <source>New PLF meeting</source>
        <translation>Nyt PLF-møde</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(intet team)</translation>
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
        <source>School&apos;s &amp;name</source>
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
    <name>TimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>tt:mm</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to PLF Desktop</source>
        <translation>Velkommen til PLF Desktop</translation>
    </message>
    <message>
        <source>PLF Desktop helps you run PLF meetings, keep track of the team&apos;s agreements and hand out clean printed minutes. Everything is kept in one file on this computer and never leaves it.

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
        <source>School&apos;s &amp;name</source>
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
        <source>Type the school&apos;s name to start.</source>
        <translation>Skriv skolens navn for at komme i gang.</translation>
    </message>
</context>
</TS>
