"""The Danish words of the demo school's didactic conversations: kontrakter, notes per
question, opsamlinger and agreements.

Kept apart from :mod:`plf_desktop.services.demo_conversations` for the same reason
:mod:`plf_desktop.services.demo_content` is: the generator reads as logic, and this file reads as
content a Danish vejleder can proof-read.

Texts are ``str.format_map`` templates. Placeholders fixed for one conversation: ``{a}`` the
fokusperson's first name, ``{v}`` the vejleder's, ``{b}`` the co-teacher's or a colleague's
(``{a_s}``, ``{v_s}``, ``{b_s}``: the genitive, "Mettes", "Lars'"), ``{klasse}``, ``{fag}``,
``{emne}`` the topic, ``{aargang}`` ("5. årgang"), ``{model}`` the co-teaching model the
lesson split the class with (``{Model}`` capitalised), ``{y}`` the class size, ``{uge}`` a week
number two to three weeks later; with a linked observation also ``{obsdato}`` and
``{fokuspunkt}``. Drawn for each note: ``{elev}``/``{elev2}`` seat labels ("C3", always written
"elev C3"), ``{g}``/``{g2}`` group numbers, ``{n}`` a small number in words (``{N}``
capitalised), ``{m}`` a few minutes, ``{x}`` a count from 3 to 8. ``{@slot}`` is a sentence from
the conversation's :class:`Theme`, ``{#pool}`` one from :data:`GENERIC`.

Students appear only as seat labels and group numbers, never by name (domain.md §6); colleagues
only by first name. Notes describe first; a wonder (``wonder``) or an explanation
(``explain``) is always a note of its own.
"""

from __future__ import annotations

from plf_desktop.domain.record_type import frozen_record


@frozen_record
class Theme:
    """What a conversation is about, with the sentences its notes, kontrakt and close draw on.

    Each field is a pool of alternatives; ``about`` completes a title ("Samtale med Mette om
    *gruppearbejde* i 5.B").
    """

    key: str
    about: tuple[str, ...]
    purpose: tuple[str, ...]
    content: tuple[str, ...]
    goal: tuple[str, ...]  # what the students should learn (also works in planning)
    tried: tuple[str, ...]  # the aktion that was tried, and why
    teacher: tuple[str, ...]  # what the teacher did – described, not judged
    students: tuple[str, ...]  # what the students did – described, seat labels only
    experience: tuple[str, ...]  # how the teacher thinks the students experienced it
    worked: tuple[str, ...]  # what worked, and what has not yet
    wish: tuple[str, ...]  # what the fokusperson wants the conversation to focus on
    why: tuple[str, ...]
    data: tuple[str, ...]  # what the data shows, in neutral words
    wonder: tuple[str, ...]
    explain: tuple[str, ...]  # possible explanations (interpretation, kept apart)
    alternative: tuple[str, ...]  # how else the teaching could be planned
    action: tuple[str, ...]  # the next step or new aktion
    sign: tuple[str, ...]  # tegn: what one will see or hear on the way
    takeaway: tuple[str, ...]
    reading: tuple[str, ...]
    levels: tuple[str, ...]  # tegn på læring in three levels
    teacher_needs: tuple[str, ...]  # Timperley: what we as teachers need to learn
    effect: tuple[str, ...]  # Timperley: what the changed actions did
    summary: tuple[str, ...]  # the opsamling
    next_steps: tuple[str, ...]
    agreements: tuple[str, ...]


THEMES = (
    Theme(
        "gruppearbejde",
        about=("gruppearbejde", "gruppearbejdet"),
        purpose=(
            "At {a} får et blik udefra på gruppearbejdet i {klasse} og finder ét konkret næste "
            "skridt.",
            "At undersøge sammen, hvad der får grupperne i {klasse} til at arbejde – og hvad der "
            "får dem til at gå i stå."),
        content=(
            "Gruppearbejdet i {fag} i forløbet om {emne}: igangsætningen, rollerne i grupperne og "
            "det, grupperne afleverer.",
            "Hvordan grupperne i {klasse} kommer i gang, og hvordan {a} følger op på deres "
            "arbejde undervejs."),
        goal=(
            "Eleverne skal kunne løse opgaven om {emne} sammen i grupper på fire, hvor alle "
            "bidrager.",
            "Eleverne skal øve sig i selv at fordele opgaverne i gruppen og blive færdige inden "
            "for tiden.",
            "Grupperne skal kunne fremlægge en fælles løsning og forklare, hvordan de nåede frem "
            "til den."),
        tried=(
            "Rollekort i grupperne – ordstyrer, sekretær, tidtager og materialeansvarlig – så "
            "alle har en opgave fra start.",
            "Faste grupper i tre uger i stedet for nye grupper hver gang, så eleverne ikke skal "
            "starte forfra med hinanden."),
        teacher=(
            "{a} gav instruktionen mundtligt og delte rollekort ud: ordstyrer, sekretær, "
            "tidtager og materialeansvarlig.",
            "{a} satte grupperne i gang og gik først rundt til de grupper, der plejer at have "
            "svært ved at komme i gang.",
            "{a} havde lavet grupperne på forhånd og skrevet dem på tavlen sammen med opgaven og "
            "tidsrammen."),
        students=(
            "{N} af seks grupper var i gang inden for {m} minutter; gruppe {g} ventede, til {a} "
            "kom forbi.",
            "I gruppe {g} skrev elev {elev}, mens de andre så på; i gruppe {g2} skiftedes de til "
            "at skrive.",
            "De fleste grupper brugte rollekortene i starten, men efter ti minutter var det kun "
            "gruppe {g}, der stadig gjorde det."),
        experience=(
            "{a} tror, at de fleste oplever gruppearbejdet som rart, men at nogle oplever, at de "
            "ikke får lov at bidrage.",
            "Eleverne siger selv, at det er rart at arbejde sammen, men at det er de samme, der "
            "bestemmer. {a} tror, at de stille elever oplever det som lang tid."),
        worked=(
            "Lykkedes: alle grupper afleverede en løsning. Ikke endnu: at alle i gruppen kan "
            "forklare den.",
            "Igangsætningen gik hurtigere end sidst. Ikke lykkedes endnu: grupperne spørger {a} i "
            "stedet for hinanden."),
        wish=(
            "{a} ønsker fokus på de første fem minutter af gruppearbejdet.",
            "{a} vil gerne se på, hvordan rollerne bliver brugt – eller ikke brugt – i "
            "grupperne."),
        why=(
            "Gruppearbejde fylder meget i {fag}, og {a} oplever, at det er her, nogle elever "
            "falder fra.",
            "Hvis alle skal lære af gruppearbejdet, skal alle have en opgave i det – det er det, "
            "{a} vil sikre."),
        data=(
            "Efter {m} minutter var fire grupper i gang; gruppe {g} og gruppe {g2} startede "
            "først, da {a} kom forbi.",
            "Noterne viser tre spørgsmål fra grupperne til {a} i de første ti minutter – alle om, "
            "hvad de skulle gøre, ingen om det faglige.",
            "I gruppe {g} talte elev {elev} det meste af tiden; elev {elev2} skrev og sagde ikke "
            "noget undervejs."),
        wonder=(
            "Hvorfor bruger grupperne rollekortene i starten og så ikke mere?",
            "Gruppe {g} kom hurtigt i gang i dag, men ikke sidst – hvad var anderledes?",
            "Eleverne spørger {a} frem for hinanden – hvad tror de, at {a} kan, som gruppen ikke "
            "kan?"),
        explain=(
            "Måske er opgaven så stor, at grupperne ikke kan se, hvor de skal begynde.",
            "Rollerne er nye; eleverne har måske ikke set, hvordan en god ordstyrer gør.",
            "Grupperne er nye hver gang, så de bruger tid på at finde ud af hinanden."),
        alternative=(
            "Opgaven kunne deles i to trin med et kort stop i midten, hvor hver gruppe siger, "
            "hvor den er.",
            "{a} kunne vise rollerne med en elevgruppe foran klassen, før alle går i gang."),
        action=(
            "{a} prøver faste grupper i tre uger og lægger første trin af opgaven skriftligt på "
            "bordet.",
            "Næste gang starter gruppearbejdet med to minutters individuel tænketid, før gruppen "
            "taler sammen.",
            "{a} stopper klassen efter fem minutter og lader hver gruppe sige, hvad den er i gang "
            "med."),
        sign=(
            "Alle grupper er i gang inden for tre minutter uden at spørge {a}.",
            "Grupperne spørger hinanden, før de spørger en voksen.",
            "Alle i gruppen kan forklare gruppens løsning, når {a} spørger en tilfældig elev."),
        takeaway=(
            "{a} tager med, at igangsætningen er det afgørende, og at det er dér, tiden skal "
            "bruges.",
            "At grupperne gør mere, end {a} kan se fra tavlen – og at en anden plads i lokalet "
            "giver et andet billede."),
        reading=(
            "Spencer Kagan om samarbejdsstrukturer; vi læser afsnittet om roller i grupper.",
            "Et kapitel om samarbejdslæring fra teamets læsemappe; {v} finder det frem."),
        levels=(
            "Niveau 1: eleven deltager, når gruppen beder om det. Niveau 2: eleven tager sin "
            "rolle og bidrager selv. Niveau 3: eleven hjælper gruppen videre, når den går i stå.",),
        teacher_needs=(
            "Vi har brug for flere måder at sætte gruppearbejde i gang på end den mundtlige "
            "instruktion.",
            "Vi mangler et fælles sprog for, hvad godt gruppearbejde er – eleverne møder "
            "forskellige krav hos os."),
        effect=(
            "Efter fire uger med faste grupper var alle grupper i gang inden for tre minutter i "
            "fire af de seneste fem lektioner.",
            "Færre spørgsmål til den voksne i starten: fra typisk seks til to i de sidste "
            "observerede lektioner."),
        summary=(
            "Samtalen viste, at igangsætningen er nøglen: når første trin står på bordet, kommer "
            "grupperne selv i gang. {a} afprøver faste grupper og to minutters tænketid og ser "
            "efter, om grupperne spørger hinanden først.",
            "Vi blev klogere på rollerne: de bliver brugt, når de giver mening for opgaven. {a} "
            "viser rollerne med en elevgruppe og lader grupperne evaluere dem til sidst."),
        next_steps=(
            "Faste grupper i tre uger; første trin skriftligt på bordet; stop efter fem "
            "minutter, hvor hver gruppe siger, hvor den er.",
            "Vise rollerne med en elevgruppe; ny observation med samme fokus i uge {uge}."),
        agreements=(
            "Afprøve faste grupper i {klasse} i tre uger",
            "Lave rollekort med sætningsstartere til ordstyreren",
            "Ny observation af gruppearbejdet i {klasse} i uge {uge}",
            "Fortælle om erfaringerne med faste grupper på næste teammøde"),
    ),
    Theme(
        "samtale",
        about=("deltagelse i klassesamtalen", "elevernes faglige begrundelser"),
        purpose=(
            "At få et fælles billede af, hvem der deltager i klassesamtalerne i {klasse}, og hvad "
            "{a} kan gøre for at få flere med.",
            "At undersøge, hvordan eleverne i {klasse} forklarer og begrunder i {fag}, og hvad "
            "der får dem til at uddybe."),
        content=(
            "Klassesamtalerne i {fag}: spørgsmålene, ventetiden og hvem der får ordet.",
            "Makkersnak før svar og elevernes begrundelser i forløbet om {emne}."),
        goal=(
            "Eleverne skal kunne forklare deres løsninger med fagets begreber, også når de er "
            "usikre.",
            "Flere elever skal deltage i den fælles samtale – ikke kun de fem-seks, der plejer.",
            "Eleverne skal lære at bygge videre på hinandens svar i stedet for kun at svare "
            "læreren."),
        tried=(
            "Makkersnak i 30 sekunder før hvert spørgsmål til klassen, så flere har et svar "
            "klar.",
            "Ingen hænder oppe: {a} trækker pinde efter makkersnakken, så alle ved, at de kan "
            "blive spurgt."),
        teacher=(
            "{a} stillede {x} spørgsmål til klassen; de fleste kunne besvares med ét ord.",
            "{a} gav makkersnak efter de to første spørgsmål, men ikke efter resten, fordi tiden "
            "løb.",
            "{a} ventede med at give ordet, til flere hænder var oppe, og spurgte så: »Hvordan "
            "tænkte du?«"),
        students=(
            "Det var de samme fem-seks elever, der svarede; resten fulgte med, men rakte ikke "
            "hånden op.",
            "Under makkersnakken talte næsten alle par; elev {elev} og elev {elev2} talte om noget "
            "andet.",
            "Eleven på {elev} begrundede sit svar med »fordi det er sådan«; da {a} spurgte igen, "
            "tegnede eleven på tavlen."),
        experience=(
            "{a} tror, at mange elever oplever klassesamtalen som en samtale mellem læreren og de "
            "hurtige.",
            "{a} tror, at makkersnakken gør det trygt at sige noget, fordi man har prøvet svaret "
            "af først."),
        worked=(
            "Makkersnakken virkede: flere hænder efter de to første spørgsmål. Ikke endnu: at "
            "eleverne bygger videre på hinanden.",
            "Lykkedes: eleverne svarede i hele sætninger. Ikke lykkedes endnu: at få de stille "
            "elever med."),
        wish=(
            "{a} vil gerne have fokus på, hvilke spørgsmål der får eleverne til at forklare "
            "mere.",
            "{a} ønsker, at vi ser på fordelingen af ordet – hvem får det, og hvem tager det?"),
        why=(
            "Når kun få deltager, ved {a} ikke, hvad resten af klassen har forstået.",
            "At forklare med fagets ord er en del af målene i {fag}, og det øver man kun ved at "
            "gøre det."),
        data=(
            "Af {x} spørgsmål var to åbne; efter de åbne spørgsmål kom der flere og længere "
            "svar.",
            "Ventetiden fra spørgsmål til svar var ofte under tre sekunder; efter makkersnak var "
            "der flere hænder oppe.",
            "Pladserne ved vinduet blev ikke hørt i hele lektionen; bordene tættest på tavlen "
            "blev hørt mange gange."),
        wonder=(
            "Hvorfor er det næsten kun eleverne tæt på tavlen, der får ordet?",
            "Hvad sker der med de elever, der har et svar, men ikke rækker hånden op?",
            "Hvorfor falder antallet af hænder, når spørgsmålene bliver åbne – skulle det ikke "
            "være omvendt?"),
        explain=(
            "Lukkede spørgsmål belønner de hurtige; de andre når ikke at tænke færdigt.",
            "Eleverne er vant til, at læreren svarer selv, hvis ingen rækker hånden op.",
            "Nogle elever er usikre på fagordene og siger hellere ingenting end noget forkert."),
        alternative=(
            "Flere åbne spørgsmål og fast makkersnak efter hvert spørgsmål, også når tiden er "
            "knap.",
            "{a} kunne bruge »tænk–par–del« og lade makkeren fortælle, hvad den anden sagde."),
        action=(
            "{a} giver 30 sekunders makkersnak efter alle spørgsmål til klassen i to uger.",
            "{a} skriver tre åbne spørgsmål til hver lektion på forhånd og trækker pinde efter "
            "makkersnakken.",
            "{a} øver sig i at vente fem sekunder, før ordet bliver givet, og spørger: »Hvem vil "
            "bygge videre?«"),
        sign=(
            "Flere forskellige elever tager ordet, også ved bordene ved vinduet.",
            "Eleverne begynder deres svar med »jeg tænkte, at …« eller »fordi …«.",
            "Eleverne kommenterer hinandens svar, uden at {a} beder om det."),
        takeaway=(
            "At ventetid er et redskab, {a} selv har i hånden – og at det virkede med det samme.",
            "At de stille elever har noget at sige, når de har prøvet det af med en makker "
            "først."),
        reading=(
            "Mary Budd Rowe om ventetid; vi læser en kort sammenfatning.",
            "Et kapitel om dialogisk undervisning fra teamets læsemappe."),
        levels=(
            "Niveau 1: eleven svarer med ét ord. Niveau 2: eleven svarer og begrunder med "
            "»fordi«. Niveau 3: eleven bygger videre på en kammerats svar og bruger "
            "fagbegreberne.",),
        teacher_needs=(
            "Vi har brug for flere åbne spørgsmål, der virker i {fag} – vi falder tilbage på "
            "kontrolspørgsmål.",
            "Vi skal blive bedre til at bruge elevernes svar videre i stedet for at gå til næste "
            "spørgsmål."),
        effect=(
            "Efter tre uger med makkersnak bliver {x} flere pladser hørt pr. lektion end i den "
            "første observation.",
            "Eleverne svarer oftere med begrundelser; i den seneste optælling havde halvdelen af "
            "svarene et »fordi«."),
        summary=(
            "Samtalen viste, at det er de samme få elever, der bærer klassesamtalen, og at "
            "makkersnak og ventetid flytter det. {a} afprøver makkersnak efter alle spørgsmål og "
            "ser efter, om flere pladser bliver hørt.",
            "Vi så, at åbne spørgsmål giver længere svar, når eleverne har haft tid til at tænke. "
            "{a} skriver åbne spørgsmål på forhånd og øver ventetid."),
        next_steps=(
            "Makkersnak efter alle spørgsmål i to uger; ny deltagelsesoptælling i uge {uge}.",
            "Tre åbne spørgsmål pr. lektion, skrevet på forhånd; fem sekunders ventetid."),
        agreements=(
            "Afprøve makkersnak efter alle spørgsmål i {klasse} i to uger",
            "Skrive tre åbne spørgsmål til hver {fag}-lektion i forløbet",
            "Ny deltagelsesoptælling i {klasse} i uge {uge}",
            "Fortælle om ventetid og makkersnak på næste teammøde"),
    ),
    Theme(
        "igangsaetning",
        about=("igangsætning og instruktioner", "overgange og ro i timerne"),
        purpose=(
            "At {a} får et blik udefra på instruktionerne og overgangene i {klasse} og vælger én "
            "ting at ændre.",
            "At finde ud af sammen, hvornår uroen i {fag} opstår, og hvad der hjælper klassen "
            "tilbage til arbejdet."),
        content=(
            "Lektionens overgange: instruktionen, de første minutter af arbejdet og skiftet til "
            "opsamlingen.",
            "Instruktion i tre trin, mundtligt og på tavlen, og hvad eleverne gør, når de ikke "
            "kommer i gang."),
        goal=(
            "Eleverne skal kunne gå i gang med opgaven om {emne} uden at spørge igen.",
            "Klassen skal kunne skifte fra fælles gennemgang til eget arbejde på under to "
            "minutter.",
            "Alle elever skal vide, hvad de skal, hvordan, og hvad de gør, når de er færdige."),
        tried=(
            "Instruktion i tre trin – hvad, hvordan og hvad når du er færdig – sagt højt og "
            "skrevet på tavlen.",
            "Et fast signal og en timer på tavlen ved hvert skift, så eleverne kan se, hvor lang "
            "tid de har."),
        teacher=(
            "{a} gav instruktionen i tre trin, skrev dem på tavlen og bad en elev gentage dem.",
            "{a} brugte et håndsignal til at få ro og ventede, til alle så op, før instruktionen "
            "begyndte.",
            "{a} gik med det samme rundt til de første borde og gentog instruktionen for tre "
            "elever."),
        students=(
            "Efter {m} minutter var de fleste i gang; {n} elever spurgte igen, hvad de skulle.",
            "Ved skiftet til gruppearbejde steg lydniveauet fra 2 til 4 og faldt først efter "
            "fire minutter.",
            "Eleven på {elev} og eleven på {elev2} hentede materialer to gange og kom i gang som "
            "de sidste."),
        experience=(
            "{a} tror, at instruktionerne er for lange for nogle elever – de står af undervejs.",
            "{a} tror, at eleverne oplever skiftene som en pause, hvor man kan tale om alt "
            "muligt."),
        worked=(
            "Signalet virkede hurtigt. Ikke endnu: at eleverne ved, hvad de gør, når de er "
            "færdige.",
            "Lykkedes: instruktionen på tavlen blev brugt. Ikke lykkedes endnu: at alle er i gang "
            "inden for to minutter."),
        wish=(
            "{a} ønsker, at vi ser på de første fem minutter efter instruktionen.",
            "{a} vil gerne vide, hvad der sker lige før uroen begynder."),
        why=(
            "Der går meget undervisningstid tabt i skiftene, og det er de samme elever, der "
            "taber mest.",
            "Når eleverne ikke kommer i gang, bruger {a} tiden på at gentage og når ikke de "
            "elever, der har brug for hjælp."),
        data=(
            "Instruktionen varede seks minutter; efter yderligere {m} minutter var alle borde i "
            "gang.",
            "Lydniveauet lå på 2 i tavleundervisningen og steg til 4 i overgangen til "
            "pararbejdet.",
            "Der kom {x} spørgsmål til {a} i de første fem minutter; de fleste var »Hvad skal "
            "vi?«."),
        wonder=(
            "Hvorfor er det de samme borde, der kommer sidst i gang – er det opgaven, pladsen "
            "eller noget tredje?",
            "Hvad gør de elever, der er færdige før tid, mens de venter?",
            "Hvorfor virker signalet i starten af timen, men ikke i overgangene?"),
        explain=(
            "Instruktionen bliver givet, mens nogle elever stadig pakker ud.",
            "Det er uklart for eleverne, hvad »færdig« betyder, så nogle stopper for tidligt.",
            "Materialerne står i den anden ende af lokalet, og det giver trafik i skiftet."),
        alternative=(
            "Instruktionen kunne komme i to dele – første trin nu, resten når alle er i gang.",
            "Materialerne kunne ligge på bordene fra start, så skiftet ikke kræver, at nogen "
            "rejser sig."),
        action=(
            "{a} skriver instruktionen i tre trin på tavlen hver gang og beder en elev sige den "
            "med egne ord.",
            "{a} indfører en fast »når du er færdig«-opgave, som står på tavlen hele forløbet.",
            "{a} bruger timer på tavlen ved alle skift og nævner højt de borde, der er i gang."),
        sign=(
            "Alle er i gang inden for to minutter uden at spørge igen.",
            "Lydniveauet i overgangene kommer ikke over 3.",
            "Eleverne peger selv på tavlen, når en kammerat spørger, hvad de skal."),
        takeaway=(
            "At de første to minutter efter instruktionen afgør resten af arbejdet.",
            "At uroen ikke kommer ud af det blå – den kommer i skiftene, og dem kan {a} "
            "planlægge."),
        reading=(
            "Thomas Nordahl om klasseledelse – vi læser afsnittet om struktur og rutiner.",
            "Et kapitel om rutiner og overgange fra teamets læsemappe; {v} finder det frem."),
        levels=(
            "Niveau 1: eleven går i gang, når en voksen kommer forbi. Niveau 2: eleven går i "
            "gang ud fra tavlen. Niveau 3: eleven går i gang og hjælper makkeren i gang.",),
        teacher_needs=(
            "Vi har brug for fælles rutiner for skift, så eleverne møder det samme i alle fag.",
            "Vi skal blive bedre til korte instruktioner – vi siger det samme tre gange."),
        effect=(
            "I de seneste fem lektioner var alle i gang inden for tre minutter i fire af dem.",
            "Færre »Hvad skal vi?«: fra omkring otte til to-tre pr. lektion."),
        summary=(
            "Samtalen pegede på overgangene som stedet, hvor tiden går tabt. {a} afprøver "
            "instruktion i tre trin og en fast »når du er færdig«-opgave og ser efter, om alle er "
            "i gang inden for to minutter.",
            "Vi så, at uroen opstår i skiftene og ikke i selve arbejdet. {a} planlægger skiftene "
            "med signal og timer og har materialerne på bordene fra start."),
        next_steps=(
            "Instruktion i tre trin på tavlen; en elev gentager; »når du er færdig« står fast.",
            "Timer og signal ved alle skift; materialer på bordene; ny observation i uge {uge}."),
        agreements=(
            "Afprøve instruktion i tre trin i {klasse} i to uger",
            "Lave en fast »når du er færdig«-plakat til {klasse}",
            "Flytte materialerne ud på bordene før {fag}-timerne",
            "Ny observation af overgangene i {klasse} i uge {uge}"),
    ),
    Theme(
        "feedback",
        about=("feedback i det selvstændige arbejde", "feedback"),
        purpose=(
            "At undersøge, hvilken feedback eleverne i {klasse} får i det selvstændige arbejde, og "
            "hvordan de bruger den.",
            "At {a} får et billede af sin egen feedback udefra og vælger ét niveau at arbejde "
            "med."),
        content=(
            "Feedbacken i arbejdet med {emne}: hvem den går til, hvad den handler om, og hvad "
            "eleverne gør bagefter.",
            "Feedback på opgave- og procesniveau og elevernes brug af den."),
        goal=(
            "Eleverne skal kunne bruge feedback til at forbedre deres arbejde med {emne}, mens de "
            "arbejder.",
            "Eleverne skal vide, hvad de skal gøre som det næste, når de har fået feedback.",
            "Eleverne skal kunne give hinanden feedback ud fra to kriterier på tavlen."),
        tried=(
            "Makkerfeedback med to kriterier – »to stjerner og et ønske« – halvvejs i "
            "arbejdet.",
            "Feedback på post-it: ét næste skridt pr. elev, som eleven skal nå i timen."),
        teacher=(
            "{a} gik rundt og gav feedback til {x} elever; de fleste kommentarer handlede om "
            "opgaven.",
            "{a} stoppede klassen efter et kvarter og viste et elevsvar på skærmen som "
            "eksempel.",
            "{a} skrev et næste skridt på en post-it til hver elev ved bord {g} og bord {g2}."),
        students=(
            "Eleven på {elev} rettede med det samme efter feedbacken; eleven på {elev2} lagde "
            "post-it'en til side.",
            "I makkerfeedbacken brugte de fleste par kriterierne; to par skrev »godt« og intet "
            "andet.",
            "Efter eksemplet på skærmen gik {n} elever tilbage og ændrede deres første opgave."),
        experience=(
            "{a} tror, at eleverne oplever feedback som noget, der kommer til sidst, og ikke som "
            "noget, de kan bruge undervejs.",
            "{a} tror, at de fagligt stærke elever savner udfordring i feedbacken – de får mest "
            "»godt«."),
        worked=(
            "Eksemplet på skærmen virkede. Ikke endnu: at eleverne bruger makkerens feedback.",
            "Lykkedes: alle ved bord {g} nåede deres næste skridt. Ikke endnu: at det sker ved "
            "alle borde."),
        wish=(
            "{a} ønsker fokus på, hvilket niveau feedbacken ligger på.",
            "{a} vil gerne vide, om eleverne gør noget med feedbacken – eller bare modtager "
            "den."),
        why=(
            "Feedback flytter meget, hvis eleverne bruger den – og det er {a} ikke sikker på, at "
            "de gør.",
            "{a} bruger meget tid på at skrive kommentarer og vil gerne vide, om det betaler "
            "sig."),
        data=(
            "Af {x} feedbacksituationer handlede de fleste om opgaven, to om strategi og ingen om "
            "selvregulering.",
            "Elever, der fik et konkret næste skridt, gik tilbage til opgaven inden for et "
            "minut; efter »godt« gik de videre til næste opgave.",
            "{a} nåede ni elever i arbejdstiden; fem af dem sad ved de to borde nærmest "
            "katederet."),
        wonder=(
            "Hvorfor lægger nogle elever feedbacken til side, selv om den er konkret?",
            "Hvad ville der ske, hvis eleverne selv skulle bede om feedback på et bestemt punkt?",
            "Hvorfor bliver makkerfeedbacken så kort – er kriterierne uklare, eller er det svært "
            "at sige noget til en kammerat?"),
        explain=(
            "Eleverne er vant til, at feedback kommer sammen med karakteren, ikke mens de "
            "arbejder.",
            "Kriterierne er skrevet med lærerord, som eleverne ikke selv bruger.",
            "Der er ikke tid i timen til at bruge feedbacken, så den bliver ikke til noget."),
        alternative=(
            "Der kunne sættes fem minutter af til at arbejde med feedbacken, før timen slutter.",
            "Eleverne kunne skrive ét spørgsmål på deres opgave, som de vil have feedback på."),
        action=(
            "{a} giver feedback som ét næste skridt pr. elev og sætter tid af i timen til at "
            "bruge den.",
            "{a} skriver kriterierne om til elevsprog sammen med klassen.",
            "{a} prøver feedback på procesniveau: »Hvilken strategi brugte du, og hvad kunne du "
            "prøve nu?«"),
        sign=(
            "Eleverne går tilbage til opgaven og ændrer noget inden for få minutter efter "
            "feedbacken.",
            "Makkerfeedbacken nævner mindst ét af kriterierne.",
            "Eleverne kan sige, hvad deres næste skridt er, når {a} spørger."),
        takeaway=(
            "At feedback kun virker, hvis der er tid til at bruge den – og den tid skal "
            "planlægges.",
            "At {a} giver mest feedback på opgaveniveau og kan flytte noget ved at spørge til "
            "strategien."),
        reading=(
            "Hattie og Timperley: »The Power of Feedback« – vi læser afsnittet om de fire "
            "niveauer.",
            "EMU's materiale om feedback som pædagogisk værktøj."),
        levels=(
            "Niveau 1: eleven retter det, feedbacken peger på. Niveau 2: eleven bruger "
            "feedbacken i næste opgave. Niveau 3: eleven beder selv om feedback på et bestemt "
            "punkt.",),
        teacher_needs=(
            "Vi skal blive bedre til feedback på procesniveau – vi er gode til at rette, mindre "
            "gode til at spørge.",
            "Vi mangler en fælles måde at skrive elevvenlige kriterier på tværs af fagene."),
        effect=(
            "Nu arbejder omkring otte ud af ti elever med feedbacken i timen, mod omkring "
            "halvdelen, da vi begyndte.",
            "Makkerfeedbacken er blevet længere og nævner kriterierne i de fleste af de "
            "indsamlede opgaver."),
        summary=(
            "Samtalen viste, at feedbacken er konkret, men at eleverne sjældent får tid til at "
            "bruge den. {a} sætter tid af i timen og giver ét næste skridt pr. elev.",
            "Vi så, at det meste af feedbacken ligger på opgaveniveau. {a} afprøver spørgsmål på "
            "procesniveau og ser efter, om eleverne går tilbage til opgaven."),
        next_steps=(
            "Ét næste skridt pr. elev; fem minutter til feedback-arbejde før timen slutter.",
            "Kriterier i elevsprog; makkerfeedback med kriterierne; opfølgning i uge {uge}."),
        agreements=(
            "Afsætte fem minutter til feedback-arbejde i hver {fag}-lektion",
            "Skrive kriterierne om til elevsprog sammen med {klasse}",
            "Indsamle ti elevopgaver med makkerfeedback til næste samtale",
            "Afprøve feedback på procesniveau i to lektioner og notere elevernes reaktion"),
    ),
    Theme(
        "maal",
        about=("synlige mål", "mål og tegn på læring"),
        purpose=(
            "At undersøge, om eleverne i {klasse} kan sige, hvad de skal lære, og hvordan de "
            "ved, at de har lært det.",
            "At {a} får et blik udefra på, hvordan målene bliver brugt i lektionen – ikke kun "
            "præsenteret."),
        content=(
            "Målet for lektionen om {emne}: hvordan det bliver præsenteret, brugt undervejs og "
            "samlet op.",
            "Mål og tegn på tavlen og elevernes egen vurdering til sidst."),
        goal=(
            "Eleverne skal kunne sige med egne ord, hvad de skal lære om {emne}, og hvorfor.",
            "Eleverne skal selv kunne vurdere, hvor langt de er nået i forhold til målet.",
            "Målet skal bruges gennem hele lektionen, ikke kun i starten."),
        tried=(
            "Mål og tre tegn på tavlen, som {a} vender tilbage til midt i og sidst i lektionen.",
            "Exit-seddel med målet og en skala fra 1 til 3, hvor eleverne vurderer sig selv."),
        teacher=(
            "{a} læste målet højt fra tavlen og gav et eksempel på, hvordan det ser ud, når man "
            "kan det.",
            "{a} vendte tilbage til målet efter 20 minutter og spurgte, hvem der var nået til "
            "tegn 2.",
            "{a} sluttede med exit-sedler; der var tre minutter til dem."),
        students=(
            "Da {v} spurgte tre elever, kunne to sige målet med egne ord; den tredje pegede på "
            "tavlen.",
            "{N} elever rakte hånden op ved tegn 2; ved bord {g} var ingen sikre.",
            "På exit-sedlerne satte de fleste sig til 2; elev {elev} skrev »ved ikke«."),
        experience=(
            "{a} tror, at målet på tavlen er lærerens og ikke elevernes.",
            "{a} tror, at eleverne kan lide at vide, hvornår de er færdige – men ikke "
            "nødvendigvis, hvad de har lært."),
        worked=(
            "Tegnene gav et fælles sprog. Ikke endnu: at eleverne selv bruger dem undervejs.",
            "Lykkedes: målet blev brugt midt i lektionen. Ikke endnu: opsamlingen, som blev "
            "presset af tiden."),
        wish=(
            "{a} ønsker fokus på, hvordan eleverne bruger målet – ikke på selve formuleringen.",
            "{a} vil gerne se på opsamlingen, som ofte bliver kort."),
        why=(
            "Hvis eleverne ikke ved, hvad de skal lære, kan de ikke selv vurdere, om de er på "
            "vej.",
            "Målene står i årsplanen, men {a} er usikker på, om de betyder noget for eleverne."),
        data=(
            "Målet blev nævnt tre gange: i starten, efter 20 minutter og i de sidste fem "
            "minutter.",
            "Opsamlingen varede to minutter; exit-sedlerne blev udfyldt, mens klassen pakkede "
            "sammen.",
            "Af {x} exit-sedler, som {v} så, brugte halvdelen ordene fra tegnene."),
        wonder=(
            "Hvorfor kan eleverne sige målet, men ikke hvad de skal gøre for at nå det?",
            "Hvad betyder det, at så mange sætter sig til 2 – er det trygt, eller er det sandt?",
            "Hvorfor er det altid opsamlingen, der bliver skåret væk?"),
        explain=(
            "Målet er formuleret med fagord, som eleverne ikke har mødt endnu.",
            "Tegnene beskriver resultatet, ikke hvad eleven gør undervejs.",
            "Lektionen er planlagt med for meget stof til, at der er tid til at samle op."),
        alternative=(
            "Målet kunne formuleres sammen med eleverne, efter de har prøvet opgaven første "
            "gang.",
            "Opsamlingen kunne komme før de sidste fem minutter, fx som et stop efter "
            "arbejdet."),
        action=(
            "{a} lader eleverne forklare målet for makkeren i starten af hver lektion i "
            "forløbet.",
            "{a} planlægger opsamlingen først og skærer i opgaverne i stedet.",
            "{a} skriver tegnene som handlinger: »Jeg kan vise …«, »Jeg kan forklare …«."),
        sign=(
            "Eleverne kan sige målet med egne ord, når de bliver spurgt tilfældigt.",
            "Exit-sedlerne bruger ordene fra tegnene.",
            "Eleverne peger selv på, hvilket tegn de er nået til."),
        takeaway=(
            "At målet skal bruges, ikke bare vises – og at opsamlingen er en del af målet.",
            "At tegnene skal være noget, eleverne kan se sig selv gøre."),
        reading=(
            "EMU om tegn på læring – vi læser eksemplerne med tre niveauer.",
            "John Hattie: »Synlig læring« – kapitlet om læringsmål og succeskriterier."),
        levels=(
            "Niveau 1: eleven kan sige målet. Niveau 2: eleven kan sige, hvad der skal til for "
            "at nå det. Niveau 3: eleven kan vise, hvor langt den selv er, og hvad næste skridt "
            "er.",),
        teacher_needs=(
            "Vi har brug for at øve os i at skrive tegn, der beskriver handlinger, ikke "
            "resultater.",
            "Vi skal finde en måde at samle op på, der ikke tager ti minutter."),
        effect=(
            "På de sidste exit-sedler brugte syv af ti elever ordene fra tegnene, mod to-tre i "
            "begyndelsen.",
            "Eleverne kan oftere sige målet med egne ord; ved stikprøver kunne fire ud af fem."),
        summary=(
            "Samtalen viste, at målet bliver præsenteret godt, men at eleverne sjældent bruger "
            "det selv. {a} lader eleverne sige målet til makkeren og skriver tegnene som "
            "»jeg kan«-sætninger.",
            "Vi så, at opsamlingen bliver skåret væk, når tiden er knap. {a} planlægger "
            "opsamlingen først og ser efter, om exit-sedlerne bruger ordene fra tegnene."),
        next_steps=(
            "Målet med egne ord til makkeren; tegn som »jeg kan«-sætninger; exit-seddel hver "
            "fredag.",
            "Opsamlingen planlægges først; ny observation med fokus på opsamlingen i uge {uge}."),
        agreements=(
            "Formulere tegn som »jeg kan«-sætninger til forløbet om {emne}",
            "Lægge opsamlingen først i planen for de næste fem lektioner",
            "Indsamle exit-sedler fra {klasse} til næste samtale",
            "Dele skabelonen til mål og tegn med teamet"),
    ),
    Theme(
        "laesning",
        about=("læsestrategier i fagtekster", "faglig læsning"),
        purpose=(
            "At undersøge, om eleverne i {klasse} bruger læsestrategierne i fagteksterne uden at "
            "blive mindet om det.",
            "At {a} får et blik på førlæsningen og vælger, hvad der skal justeres i forløbet om "
            "{emne}."),
        content=(
            "Førlæsning med fagordsliste og billedlæsning i forløbet om {emne}.",
            "Elevernes læsning af fagtekster i {fag}: før, under og efter læsningen."),
        goal=(
            "Eleverne skal kunne bruge en førlæsningsstrategi, før de læser en fagtekst om "
            "{emne}.",
            "Eleverne skal kunne forklare tre af forløbets fagord med egne ord.",
            "Eleverne skal kunne finde hovedbudskabet i et afsnit og skrive det i én sætning."),
        tried=(
            "Fælles førlæsning – overskrifter, billeder og fagordsliste – før eleverne læser "
            "selv.",
            "Læsemakkere med faste roller, oplæser og spørger, to gange om ugen."),
        teacher=(
            "{a} gennemgik fagordene med billeder i fem minutter, før eleverne læste.",
            "{a} viste »tænke højt« med det første afsnit og skrev strategien på tavlen.",
            "{a} bad eleverne se på figurerne først og gætte, hvad teksten handler om."),
        students=(
            "De fleste makkerpar brugte rollerne; ved bord {g} læste begge højt på skift uden at "
            "stille spørgsmål.",
            "Eleven på {elev} gik tilbage til fagordslisten to gange undervejs; eleven på {elev2} "
            "sprang figuren over.",
            "{N} elever kunne bagefter forklare et fagord med egne ord; resten læste "
            "definitionen op."),
        experience=(
            "{a} tror, at de svage læsere oplever teksterne som uoverskuelige, før de overhovedet "
            "går i gang.",
            "{a} tror, at eleverne synes, at førlæsningen er spild af tid, indtil de opdager, at "
            "teksten bliver lettere."),
        worked=(
            "Fagordslisten blev brugt. Ikke endnu: at eleverne ser på figurerne af sig selv.",
            "Lykkedes: makkerrollerne. Ikke lykkedes endnu: at spørgeren stiller andet end "
            "kontrolspørgsmål."),
        wish=(
            "{a} vil gerne vide, om eleverne bruger strategierne, når {a} ikke minder dem om "
            "det.",
            "{a} ønsker fokus på de elever, der har sværest ved at læse teksterne."),
        why=(
            "Teksterne i {fag} bliver sværere for hvert år, og eleverne skal kunne læse dem "
            "selv.",
            "Hvis eleverne ikke forstår teksten, lærer de ikke fagets indhold – det er ikke kun "
            "et danskproblem."),
        data=(
            "Førlæsningen tog syv minutter; derefter læste eleverne i makkerpar i et kvarter.",
            "Fire af seks makkerpar stillede spørgsmål til teksten; de fleste spørgsmål begyndte "
            "med »hvad«.",
            "Ingen af de elever, {v} så, kiggede på billedteksterne uden at blive bedt om det."),
        wonder=(
            "Hvorfor springer så mange figurerne over, når de rummer halvdelen af indholdet?",
            "Hvad gør de elever, der ikke kan læse teksten, mens makkeren læser?",
            "Hvorfor bruger eleverne strategierne i dansk, men ikke i {fag}?"),
        explain=(
            "Strategierne er lært i dansk og bliver ikke koblet til de andre fag.",
            "Teksten ligger over mange elevers læseniveau, så strategierne ikke er nok.",
            "Eleverne tror, at læsning handler om at komme hurtigt igennem teksten."),
        alternative=(
            "Teksten kunne deles op, så makkerparrene stopper efter hvert afsnit og siger "
            "hovedbudskabet.",
            "Fagordene kunne komme i spil før læsningen, fx i et lille spil med billeder og "
            "ord."),
        action=(
            "{a} viser »tænke højt« med figurerne i fem minutter i starten af tre lektioner.",
            "{a} laver en fagordsliste med billeder til resten af forløbet og bruger den hver "
            "gang.",
            "{a} deler teksten i afsnit med et stop efter hvert, hvor makkerparret skriver én "
            "sætning."),
        sign=(
            "Eleverne ser på figurer og billedtekster, før de læser, uden at blive bedt om det.",
            "Eleverne bruger fagordene, når de forklarer en figur for makkeren.",
            "Spørgeren i makkerparret stiller »hvorfor«-spørgsmål, ikke kun »hvad«."),
        takeaway=(
            "At læsning i {fag} også er {a_s} opgave – og at fem minutters førlæsning gør en "
            "forskel.",
            "At strategierne skal vises, ikke bare forklares."),
        reading=(
            "Elisabeth Arnbak om faglig læsning – vi læser kapitlet om førlæsning.",
            "Læsevejledernes materiale om læsemakkere; {v} tager det med."),
        levels=(
            "Niveau 1: eleven læser teksten med støtte fra makkeren. Niveau 2: eleven bruger "
            "førlæsning og fagordsliste selv. Niveau 3: eleven kan forklare, hvilken strategi den "
            "brugte, og hvorfor.",),
        teacher_needs=(
            "Vi skal lære at vise læsestrategier i vores egne fag – vi overlader det til "
            "dansklæreren.",
            "Vi har brug for at kende elevernes læseniveau bedre, når vi vælger tekster."),
        effect=(
            "I den seneste observation så de fleste makkerpar på figurerne først, mod næsten "
            "ingen i begyndelsen.",
            "Flere elever bruger fagordene i de skriftlige svar; det ses i de indsamlede "
            "elevprodukter."),
        summary=(
            "Samtalen viste, at eleverne bruger strategierne, når de bliver mindet om dem, men "
            "ikke af sig selv. {a} viser »tænke højt« med figurerne og ser efter, om eleverne "
            "begynder selv.",
            "Vi så, at fagordslisten virker, og at figurerne bliver sprunget over. {a} deler "
            "teksterne i afsnit og lader makkerparrene skrive hovedbudskabet."),
        next_steps=(
            "»Tænke højt« med figurerne i tre lektioner; fagordsliste med billeder hele "
            "forløbet.",
            "Teksten i afsnit med stop; makkerpar skriver én sætning; opfølgning i uge {uge}."),
        agreements=(
            "Lave fagordsliste med billeder til forløbet om {emne}",
            "Vise »tænke højt« i tre {fag}-lektioner",
            "Aftale læsemakkere med faste roller i {klasse}",
            "Bede læsevejlederen om en tekst i to sværhedsgrader til næste forløb"),
    ),
    Theme(
        "differentiering",
        about=("differentiering", "stilladsering og udfordring"),
        purpose=(
            "At undersøge, om opgaverne i {klasse} rammer både de elever, der er hurtigt færdige, "
            "og dem, der har brug for mere støtte.",
            "At {a} får et blik udefra på stilladseringen i forløbet om {emne}."),
        content=(
            "Opgaverne i forløbet om {emne}: trin, stilladser og udfordringer til de hurtige.",
            "Hvordan elever med forskellige forudsætninger arbejder med den samme opgave i "
            "{fag}."),
        goal=(
            "Alle elever skal arbejde med {emne} på et niveau, hvor de lærer noget nyt.",
            "Eleverne skal kunne vælge det trin i opgaven, der passer til dem, og gå videre, når "
            "de kan.",
            "De elever, der har brug for det, skal have et stillads, så de kan arbejde selv."),
        tried=(
            "Opgaven i tre trin med stigende sværhedsgrad; eleverne vælger selv, hvor de "
            "starter.",
            "Eksempelopgave og ordliste på bordet til de elever, der har brug for det."),
        teacher=(
            "{a} præsenterede opgaven i tre trin og viste et eksempel på hvert trin.",
            "{a} samlede fem elever ved bord {g} og gennemgik trin 1 med dem, mens resten "
            "arbejdede.",
            "{a} havde ekstraopgaver klar på et bord bagerst i lokalet."),
        students=(
            "De fleste startede på trin 2; {n} elever valgte trin 3 og var færdige efter et "
            "kvarter.",
            "Eleven på {elev} brugte eksempelopgaven hele vejen; eleven på {elev2} startede på "
            "trin 1, selv om trin 2 var inden for rækkevidde.",
            "Tre elever hentede ekstraopgaver; to af dem brugte tiden på at tegne."),
        experience=(
            "{a} tror, at de hurtige elever oplever timerne som ventetid.",
            "{a} tror, at eleverne ved bord {g} oplever, at de får hjælp – men også, at de bliver "
            "sat for sig."),
        worked=(
            "Trinnene virkede for de fleste. Ikke endnu: udfordringen til dem, der er hurtigt "
            "færdige.",
            "Lykkedes: stilladset ved bord {g}. Ikke lykkedes endnu: at eleverne vælger trin "
            "efter, hvad de kan."),
        wish=(
            "{a} ønsker fokus på de elever, der er hurtigt færdige.",
            "{a} vil gerne se, om stilladserne bliver brugt – og af hvem."),
        why=(
            "Klassen har et stort fagligt spænd, og {a} er bekymret for, at både de stærke og de "
            "svage taber.",
            "Når opgaven ikke rammer, bliver der uro – både hos dem, der keder sig, og hos dem, "
            "der giver op."),
        data=(
            "Fordelingen på trinnene: fire elever på trin 1, tolv på trin 2 og seks på trin 3.",
            "{a} brugte omkring halvdelen af arbejdstiden ved bord {g}; resten af klassen fik "
            "korte besøg.",
            "Tre elever var færdige efter et kvarter og ventede derefter; ingen hentede "
            "ekstraopgaverne selv."),
        wonder=(
            "Hvorfor vælger nogle elever et lettere trin end det, de kan?",
            "Hvad lærer de hurtige elever i de sidste 15 minutter?",
            "Hvordan ville det se ud, hvis eleverne ved bord {g} selv kunne hente hjælpen?"),
        explain=(
            "Eleverne vælger efter, hvad kammeraterne vælger, ikke efter hvad de kan.",
            "Ekstraopgaverne ligner mere af det samme, så de er ikke attraktive.",
            "Stilladset kræver, at en voksen er der, så det låser {a} fast ved ét bord."),
        alternative=(
            "Trin 3 kunne være en åben opgave i stedet for en sværere udgave af de samme "
            "opgaver.",
            "Stilladset kunne ligge som kort på alle borde, så eleverne selv kan hente det."),
        action=(
            "{a} laver trin 3 som en åben opgave, hvor eleverne selv skal finde en metode.",
            "{a} lægger hjælpekort på alle borde og besøger bord {g} i korte runder.",
            "{a} lader eleverne vurdere sig selv efter første opgave og vælge trin bagefter."),
        sign=(
            "De hurtige elever arbejder med trin 3 uden at spørge, hvad de skal nu.",
            "Eleverne ved bord {g} bruger hjælpekortene, før de rækker hånden op.",
            "Eleverne kan begrunde, hvorfor de har valgt deres trin."),
        takeaway=(
            "At differentiering også handler om de hurtige – og at de har brug for åbne opgaver, "
            "ikke flere opgaver.",
            "At stilladser skal kunne bruges uden {a}."),
        reading=(
            "Hiim og Hippe om læringsforudsætninger – vi læser afsnittet om elevgruppens "
            "spredning.",
            "Et kapitel om undervisningsdifferentiering fra teamets læsemappe."),
        levels=(
            "Niveau 1: eleven løser opgaven med stilladset. Niveau 2: eleven løser opgaven selv. "
            "Niveau 3: eleven finder selv en anden måde og forklarer den.",),
        teacher_needs=(
            "Vi skal lære at lave åbne opgaver, der udfordrer de stærke elever i {fag}.",
            "Vi har brug for stilladser, som eleverne kan bruge uden en voksen."),
        effect=(
            "I de sidste tre lektioner har ingen elever ventet mere end fem minutter på en ny "
            "opgave.",
            "Eleverne ved bord {g} bruger selv hjælpekortene; {a} kommer mere rundt i klassen."),
        summary=(
            "Samtalen viste, at trinnene virker for de fleste, men at de hurtige venter. {a} laver "
            "trin 3 som en åben opgave og ser efter, om de hurtige arbejder videre uden at "
            "spørge.",
            "Vi så, at stilladset binder {a} til ét bord. {a} lægger hjælpekort på alle borde og "
            "besøger den lille gruppe i korte runder."),
        next_steps=(
            "Trin 3 som åben opgave; hjælpekort på alle borde; selvvurdering efter første "
            "opgave.",
            "Korte runder ved bord {g}; ny observation med fokus på de hurtige i uge {uge}."),
        agreements=(
            "Lave trin 3 som åben opgave i forløbet om {emne}",
            "Lave hjælpekort til alle borde i {klasse}",
            "Prøve selvvurdering efter første opgave i tre lektioner",
            "Dele opgaverne i tre trin med fagteamet"),
    ),
    Theme(
        "coteaching",
        about=("rollerne i co-teaching", "samarbejdet i co-teaching"),
        purpose=(
            "At {a} og {b} får et blik udefra på, hvordan de fordeler rollerne i lektionen.",
            "At undersøge, om begge voksne når alle elever, og om modellerne passer til "
            "lektionens mål."),
        content=(
            "Co-teaching i {klasse}: modellerne, overgangene og hvad den voksne uden ordet gør.",
            "Rollefordelingen mellem {a} og {b} i forløbet om {emne}."),
        goal=(
            "Eleverne skal have glæde af, at der er to voksne – i form af mere feedback og mindre "
            "ventetid.",
            "Begge voksne skal arbejde med alle elever, ikke kun med »deres egne«.",
            "Eleverne skal lære om {emne} i mindre grupper, hvor flere kommer til orde."),
        tried=(
            "{Model} i lektionens midte, så begge voksne arbejder med en mindre del af klassen.",
            "Et fast signal ved skift mellem modellerne og rollerne skrevet ind i planen."),
        teacher=(
            "{a} ledte introduktionen; {b} stod ved døren og tog imod elever, der kom for sent.",
            "I delen med {model} arbejdede {a} og {b} hver med sin del af klassen i 20 minutter "
            "og samlede op sammen.",
            "{b} havde en lille gruppe ved bord {g}, mens {a} satte resten i gang."),
        students=(
            "I delen med {model} kom flere elever til orde; hos {b} sagde næsten alle noget.",
            "Eleverne ved bord {g} henvendte sig kun til {b}; resten af klassen spurgte {a}.",
            "Ved det bord, hvor ingen voksen var, gik der {m} minutter, før gruppen kom i "
            "gang."),
        experience=(
            "{a} og {b} tror, at eleverne ser {a} som »den rigtige lærer«.",
            "{a} tror, at eleverne er glade for de små grupper, men bliver urolige ved "
            "skiftene."),
        worked=(
            "{Model} virkede. Ikke endnu: at {b} har en lige så tydelig rolle i fællesdelen.",
            "Lykkedes: arbejdet i de mindre grupper. Ikke lykkedes endnu: overgangene."),
        wish=(
            "{a} og {b} ønsker fokus på den voksne, der ikke har ordet.",
            "{a} vil gerne vide, om begge voksne når alle elever."),
        why=(
            "Der er afsat to voksne til {klasse}, og de timer skal give eleverne mest muligt.",
            "Hvis den ene voksne bliver »hjælper«, får eleverne ikke det, co-teaching lover."),
        data=(
            "{b} havde ordet i fællesdelen i omkring to minutter; resten af tiden gik {b} rundt.",
            "I delen med {model} nåede begge voksne alle grupperne; i fællesdelen talte {a} med "
            "{x} elever og {b} med tre.",
            "Overgangen fra fællesdelen til {model} tog fire minutter; lydniveauet steg til 4."),
        wonder=(
            "Hvorfor er det altid {a}, der starter og slutter lektionen?",
            "Hvad sker der, hvis {b} leder introduktionen næste gang?",
            "Hvorfor henvender eleverne ved bord {g} sig kun til {b}?"),
        explain=(
            "Planlægningen sker ofte på gangen, så rollerne bliver de sædvanlige.",
            "Eleverne kender {a} bedst og går derfor til {a}.",
            "Modellen var valgt før indholdet, så den ikke passede til alle dele af lektionen."),
        alternative=(
            "{b} kunne lede introduktionen, mens {a} observerer, hvem der ikke er med.",
            "Delen med {model} kunne være kortere og komme to gange med et fast signal ved "
            "skift."),
        action=(
            "{a} og {b} bytter roller i introduktionen og opsamlingen i de næste tre lektioner.",
            "{a} og {b} sætter 15 minutter af om ugen til fælles planlægning af modellerne.",
            "{a} og {b} prøver alternativ undervisning, hvor de skiftes til at have den lille "
            "gruppe."),
        sign=(
            "Eleverne spørger den voksne, der er nærmest – ikke kun {a}.",
            "Begge voksne har ordet i fællesdelen.",
            "Overgangene mellem modellerne tager under to minutter."),
        takeaway=(
            "At co-teaching kræver fælles planlægning – ellers bliver den ene hjælper.",
            "At eleverne får noget ud af at se to voksne, der er lige meget lærer."),
        reading=(
            "Friend og Cook om de seks co-teaching-modeller.",
            "EMU's materiale om co-teaching og fælles planlægning."),
        levels=(
            "Niveau 1: eleven arbejder med den voksne, den plejer. Niveau 2: eleven spørger den "
            "voksne, der er nærmest. Niveau 3: eleven bruger begge voksne og kammeraterne som "
            "ressourcer.",),
        teacher_needs=(
            "Vi har brug for tid og en fast skabelon til fælles planlægning.",
            "Vi skal lære de modeller, vi sjældent bruger – især alternativ undervisning."),
        effect=(
            "I de seneste observationer havde {b} ordet i op til halvdelen af fællesdelen.",
            "Eleverne henvender sig nu til begge voksne; i den sidste lektion var fordelingen "
            "næsten lige."),
        summary=(
            "Samtalen viste, at {model} virker, og at {b_s} rolle i fællesdelen er uklar. {a} og "
            "{b} bytter roller i introduktion og opsamling og planlægger sammen hver uge.",
            "Vi så, at overgangene mellem modellerne koster tid, og at eleverne mest går til {a}. "
            "{a} og {b} aftaler et fast signal ved skift og prøver alternativ undervisning."),
        next_steps=(
            "Byt roller i introduktion og opsamling; 15 minutters fælles planlægning om ugen.",
            "Fast signal ved skift; alternativ undervisning i slutningen; observation i uge "
            "{uge}."),
        agreements=(
            "Bytte roller i introduktion og opsamling i {klasse} i tre lektioner",
            "Sætte 15 minutter af om ugen til fælles planlægning",
            "Afprøve alternativ undervisning i forløbet om {emne}",
            "Ny observation med fokus på overgangene i uge {uge}"),
    ),
)
THEMES_BY_KEY = {theme.key: theme for theme in THEMES}

# The observation theme a lesson was observed with (demo_content.OBSERVATION_THEMES) → the
# theme of the conversation that follows it.
FROM_OBSERVATION = {
    "deltagelse": "samtale", "begrundelser": "samtale", "igangsaetning": "igangsaetning",
    "ro": "igangsaetning", "feedback": "feedback", "maal": "maal",
    "laesestrategier": "laesning", "differentiering": "differentiering", "roller": "coteaching",
}
READING_SUBJECTS = ("dansk", "natur/teknologi", "historie", "biologi", "geografi",
                    "samfundsfag", "fysik/kemi")

# -- the record ---------------------------------------------------------------------------------

TITLES = {
    "kl-fire-faser": ("Samtale med {a} om {om} i {klasse}",
                      "Didaktisk samtale med {a}: {om} i {klasse}"),
    "aktionslaering-tre-dele": ("Aktionslæring i {klasse}: {a_s} aktion om {om}",
                                "Samtale efter {a_s} aktion i {klasse} – {om}"),
    "co-teaching-refleksion": ("Co-teaching i {klasse}: refleksion med {a} og {b}",
                               "Refleksionssamtale efter co-teaching i {fag}, {klasse}"),
    "smtte": ("SMTTE med {a}: {om} i {klasse}", "Planlægning med {a} om {om} i {klasse}"),
    "hiim-hippe": ("Forløbet om {emne} i {klasse} – planlægning med {a}",),
    "tegn-paa-laering": ("Tegn på læring i {fag}, {klasse}, med {a}",),
    "timperley": ("Undersøgelsescyklus med {a}: {om} på {aargang}",),
    "dufour-fire-spoergsmaal": ("DuFours fire spørgsmål: {emne} i {klasse} med {a}",),
    "hattie-feedback": ("Feedbacksamtale med {a} efter {fag} i {klasse}",
                        "Samtale med {a} om feedback i {klasse}"),
    "lektionsstudie": ("Lektionsstudie i {fag}, {klasse}: refleksion med {a}",),
}
# The kontrakt's main content ends with how the model will be used.
TEMPLATE_CONTENT = {
    "kl-fire-faser": "Vi tager de fire faser i rækkefølge og siger højt, når vi skifter.",
    "aktionslaering-tre-dele": "Først den konkrete lektion, så et generelt aspekt og til sidst "
                               "aftaler for næste runde.",
    "co-teaching-refleksion": "Vi ser på elevernes læring, modellerne og samarbejdet og slutter "
                              "med justeringer til den næste fælles planlægning.",
    "smtte": "Vi går gennem sammenhæng, mål, tegn, tiltag og evaluering.",
    "hiim-hippe": "Vi ser forløbet som en helhed ud fra relationsmodellens seks elementer.",
    "tegn-paa-laering": "Vi formulerer tegn i tre niveauer og ser på, hvordan eleverne kan vise "
                        "dem.",
    "timperley": "Vi går fra elevernes behov til vores egne og ser på effekten til sidst.",
    "dufour-fire-spoergsmaal": "Vi går gennem de fire spørgsmål med udgangspunkt i data.",
    "hattie-feedback": "Feed up, feedback og feed forward – med blik for feedbackens niveauer.",
    "lektionsstudie": "Vi undersøger lektionen og planen – ikke læreren, der underviste.",
}
DATA_BASIS_OBSERVED = (
    "Observationsnoter fra {fag} i {klasse} den {obsdato} ({v}), observationsfokus: "
    "»{fokuspunkt}« Optællingen af deltagelse på klassens pladser.",
    "{v_s} noter fra observationen den {obsdato} med fokus på »{fokuspunkt}« – beskrivelse og "
    "undren hver for sig – og optællingen af, hvem der tog ordet.",
)
DATA_BASIS_OTHER = (
    "Elevprodukter fra forløbet om {emne} og {a_s} egne noter.",
    "Exit-sedler fra {klasse} fra de sidste to uger (uden navne) og {a_s} logbog.",
    "Klassens resultater på klasseniveau og elevprodukter fra to grupper.",
)
# What a linked observation shows, from its own notes, taps and switches.
FACTS = ("{v_s} observation gav {noter} noter, {undren} af dem med en undren skrevet for sig. "
         "Deltagelsen: {hoert} af {pladser} pladser blev hørt mindst én gang; de tre mest aktive "
         "stod for {andel} % af de {indlaeg} indlæg.")
MODELS = "Modellerne i lektionen, i rækkefølge: {modeller}."
MODEL_NAMES = {"en_observerer": "én underviser, én observerer",
               "en_assisterer": "én underviser, én assisterer",
               "stationer": "stationsundervisning", "parallel": "parallelundervisning",
               "alternativ": "alternativ undervisning", "parundervisning": "parundervisning"}

# -- notes that do not depend on the theme ------------------------------------------------------

GENERIC: dict[str, tuple[str, ...]] = {
    "source_other": (
        "Elevprodukter fra {klasse} i forløbet om {emne} og {a_s} egne noter fra de sidste to "
        "lektioner.",
        "{a_s} logbog fra forløbet og klassens exit-sedler fra to lektioner, uden navne."),
    "source_observed": (
        "{v} observerede {fag} i {klasse} den {obsdato} med fokus på »{fokuspunkt}« Løbende "
        "noter med tidspunkt, optælling af deltagelse og lydniveau.",
        "Observationen den {obsdato}: {v_s} noter, hvor beskrivelse og undren står hver for sig, "
        "og optællingen af, hvem der tog ordet."),
    "clarify": (
        "{a} spurgte, om noten om uro var før eller efter instruktionen – den var efter.",
        "Afklaret: optællingen gælder kun klassesamtalerne, ikke gruppearbejdet.",
        "Intet at afklare; {a} genkendte billedet.",
        "{a} ville vide, hvor {v} sad – det forklarer, at de to borde ved døren er mindre "
        "beskrevet."),
    "compare": (
        "Det passer med det, {a} selv lagde mærke til; det nye er, hvor hurtigt det sker.",
        "{a} havde oplevet lektionen som mere urolig, end noterne viser.",
        "Data nuancerer billedet: det er ikke hele klassen, men {n} elever, der falder fra."),
    "outcome": (
        "De elever, der kom til orde, fik formuleret sig fagligt; om de stille elever ved vi for "
        "lidt.",
        "Udbyttet var størst i anden halvdel af lektionen, da opgaven var blevet tydelig.",
        "Elevprodukterne viser, at de fleste nåede målet; {n} elever afleverede halvfærdigt."),
    "follow_up": (
        "{v} kommer igen i uge {uge} og observerer med samme fokus; kort opfølgning bagefter.",
        "Vi tager det op på næste teammøde, hvor {a} fortæller, hvordan det er gået.",
        "Opfølgende samtale i uge {uge}, 20 minutter, med elevprodukter som data."),
    "point": ("Vi går videre med spørgsmålet:", "Teamet valgte dette punkt:"),
    "own": (
        "{b} genkender det fra sin egen klasse, især i timerne efter frikvarteret.",
        "Det samme ses i flere fag, fortæller {b}; det er ikke kun i {fag}.",
        "{b} oplever det mindre, men har også færre elever på holdet."),
    "round": (
        "{a} underviser igen i {klasse} i uge {uge}; {v} og {b} observerer.",
        "{b} prøver aktionen i sin klasse næste gang, og {a} observerer."),
    "referat": (
        "{b} skriver referatet og lægger det i teamets mappe.",
        "{v} skriver referatet her i appen og sender det til teamet."),
    "co_who": (
        "Eleverne fik mest ud af delen med {model}; elev {elev} og elev {elev2} fik mindre ud af "
        "fællesdelen.",
        "Gruppen ved bord {g} fik meget ud af, at der var to voksne; de hurtige elever fik "
        "mindre, fordi de ventede."),
    "co_forms": (
        "Først hele klassen, derefter {model} med arbejde i par og grupper.",
        "Mest i par; kun opsamlingen var fælles for hele klassen."),
    "co_models": (
        "Parundervisning i fællesdelen, derefter {model}; opsamlingen tog de sammen.",
        "Én underviser, én assisterer i fællesdelen, derefter {model} i arbejdstiden."),
    "co_transitions": (
        "Overgangen fra fællesdelen til {model} tog fire minutter; eleverne vidste ikke, hvor de "
        "skulle starte.",
        "Glat overgang: {a} gav signalet, og {b} viste på tavlen, hvad der skulle ske.",
        "Skiftet tilbage til fællesdelen var uroligt; det var uklart, hvem der tog ordet."),
    "co_fit": (
        "{Model} passede til målet; fællesdelen kunne have været kortere.",
        "{Model} passede godt til arbejdet med {emne} – flere kom til orde."),
    "co_two": (
        "I arbejdstiden ventede ingen elever mere end et par minutter på hjælp.",
        "Mens {b} tog sig af en mindre gruppe, kunne {a} give de andre feedback."),
    "co_other": (
        "I introduktionen kunne »én underviser, én observerer« have vist os, hvem der ikke er "
        "med.",
        "Alternativ undervisning ville have passet bedre til sidst, hvor nogle elever manglede "
        "det sidste trin."),
    "co_roles": (
        "{b} endte som »radiatorlærer« i fællesdelen – stod ved siden af uden opgave, fordi "
        "planen ikke sagde andet.",
        "Ingen af delene i dag; men {a} tog ordet ved skiftene, også når det var {b_s} tur."),
    "co_voice": (
        "{a} sagde »vi« og »vores klasse« flere gange; {b} talte mindre i fællesdelen.",
        "Begge stemmer blev hørt i opsamlingen; i introduktionen talte kun {a}."),
    "co_all": (
        "I arbejdstiden ja; i fællesdelen gik {b} mest til de samme tre borde.",
        "Ja, begge var rundt ved alle borde i arbejdstiden."),
    "co_diff": (
        "To grupperinger: hele klassen og {model}; ingen lille gruppe denne gang.",
        "Differentieringen lå i opgaverne – samme model for alle, men opgaver i to "
        "sværhedsgrader."),
    "co_feedback": (
        "Begge gav feedback; {a} tog sig af uroen, også når {b} havde ordet.",
        "{b} gav mest feedback i arbejdstiden; klasseledelsen lå hos {a}."),
    "co_equal": (
        "Ikke endnu – eleverne ville nok sige, at {a} er læreren; de gik til {a} med spørgsmål "
        "om lektier.",
        "Næsten – i delen med {model} var rollerne ens; det er i fællesdelen, forskellen ses."),
    "co_next_model": (
        "Alternativ undervisning til sidst i lektionen for de elever, der mangler det sidste "
        "trin.",
        "{Model} igen, men med byttede roller: {b} planlægger og leder den del."),
    "co_next_roles": (
        "{b} leder introduktionen; {a} observerer, hvem der ikke er med, og tager opsamlingen.",
        "De bytter: {b} styrer overgangene med signal; {a} har den lille gruppe."),
    "co_next_obs": (
        "Overgangene, og hvem eleverne henvender sig til.",
        "Hvem der har ordet i fællesdelen – og hvor længe."),
    "co_time": (
        "Torsdag i 15 minutter efter 5. lektion; fast punkt i kalenderen.",
        "De første 15 minutter af teammødet i lige uger."),
    "resources": (
        "Fire lektioner om ugen i {fag}; to af dem med en ekstra voksen. Klassesæt af bøger og "
        "adgang til Læringscentret.",
        "Et lokale med grupperum ved siden af og en fælles mappe med materialer fra sidste år."),
    "group": (
        "{y} elever med stor faglig spredning; en lille gruppe har brug for støtte til at komme i "
        "gang.",
        "En klasse, der er god til at tale sammen, men hvor nogle få elever trækker sig i "
        "fællesskabet.",
        "Mange nye elever i år; klassen er stadig ved at finde sine rutiner."),
    "clarity": (
        "Ikke i første omgang – vi skrev målet om, så det beskriver, hvad eleverne gør, ikke hvad "
        "vi gør.",
        "Ja, efter en runde, hvor alle sagde målet med egne ord.",
        "Vi var uenige om, hvad »kan« betyder; vi blev enige om, at eleven skal kunne vise det "
        "uden hjælp."),
    "sign_order": (
        "Først bruger eleverne ordene, når de taler; senere også, når de skriver.",
        "Først ser vi tegnene i de små grupper; i fællesdelen kommer de senere."),
    "watch": (
        "{v} observerer i uge {uge}; {a} noterer tegn i logbogen efter hver lektion.",
        "Exit-sedler hver fredag; vi ser på dem sammen hver anden uge."),
    "who_when": (
        "{a} starter i uge {uge}; {v} hjælper med materialerne og observerer en lektion.",
        "{a} går i gang i næste uge og fortæller på teammødet, hvordan det går."),
    "evaluate": (
        "Undervejs: exit-sedler hver uge. Til sidst: elevprodukterne sammenlignet med dem fra "
        "begyndelsen af forløbet.",
        "En ny observation efter tre uger og elevernes egen vurdering på en skala fra 1 til 3."),
    "collect": (
        "{a} samler elevprodukter ind fra tre lektioner; {v} observerer én.",
        "Exit-sedler fra hele klassen og noter fra en observation – ingen navne, kun pladser."),
    "adjust": (
        "Efter to uger: hvis tegnene ikke ses, justerer vi tiltaget på teammødet.",
        "Hvis under halvdelen af eleverne viser tegnene efter tre uger, ændrer vi opgaven."),
    "self_eval": (
        "Eleverne vurderer sig selv på en skala fra 1 til 3 ud fra tegnene og skriver ét næste "
        "skridt.",
        "Exit-seddel med to spørgsmål: »Hvad lærte du i dag?« og »Hvad er stadig svært?«"),
    "prior": (
        "De fleste kan det grundlæggende fra sidste forløb; {n} elever har brug for at starte et "
        "trin tidligere.",
        "Eleverne kender ordene, men bruger dem sjældent selv."),
    "interest": (
        "Eleverne er optaget af ting, de kan bruge og se – konkrete materialer virker.",
        "Klassen er glad for konkurrencer og for at arbejde med noget, de selv har valgt.",
        "Mange elever interesserer sig for sport og spil; det kan vi bruge i eksemplerne."),
    "frames": (
        "Hjælper: to voksne i to af lektionerne. Hæmmer: lektionerne ligger sidst på dagen.",
        "Hjælper: grupperummet ved siden af. Hæmmer: skemaændringer i uge {uge}."),
    "time": (
        "Tre uger med fire lektioner om ugen – tolv lektioner, hvoraf to går til evaluering.",
        "Seks uger, men den ene er emneuge."),
    "rooms": (
        "Klasselokalet og grupperummet; klassesæt af tablets kan bookes i Læringscentret.",
        "Materialerne fra sidste år ligger i teamets mappe; vi mangler konkrete materialer til "
        "den lille gruppe."),
    "change": (
        "Rækkefølgen af lektionerne, og hvem der har den lille gruppe.",
        "Vi kan selv flytte to lektioner, så forløbet ligger samlet."),
    "common_goals": (
        "Vi tog udgangspunkt i kompetencemålene for {fag} og valgte to af de vejledende "
        "færdigheds- og vidensmål.",
        "Målet hører under et af fagets kompetenceområder; vi skrev det om til elevsprog."),
    "visible": (
        "Målet står på tavlen med tre tegn; eleverne siger det til deres makker i starten af "
        "timen.",
        "Et lille målark på bordet, som eleverne krydser af i løbet af forløbet."),
    "content": (
        "Forløbet om {emne}: tre tekster, en fælles aktivitet og et lille produkt til sidst.",
        "Vi bygger forløbet om {emne} op om et spørgsmål, eleverne skal kunne svare på til "
        "sidst."),
    "content_why": (
        "Emnet er centralt i {fag}, og eleverne skal bruge det igen næste år.",
        "Indholdet giver eleverne mulighed for at arbejde konkret, før det bliver abstrakt."),
    "omit": (
        "Den sidste tekst – den er for lang og gentager de andre.",
        "Prøven til sidst; vi evaluerer i stedet med elevprodukterne."),
    "forms": (
        "Makkerpar med faste roller, korte fælles gennemgange og grupper på fire til sidst.",
        "Stationer i de første lektioner, derefter eget arbejde med feedback."),
    "diff": (
        "Opgaver i tre trin og hjælpekort på bordene; de hurtige får en åben opgave.",
        "En lille gruppe med forhåndsundervisning dagen før; udfordringsopgaver til de "
        "hurtige."),
    "role": (
        "Eleverne vælger selv trin og skriver et mål for ugen i logbogen.",
        "Eleverne er med til at formulere tegnene i første lektion."),
    "teach_eval": (
        "{v} observerer en lektion; {a} skriver tre linjer i logbogen efter hver lektion.",
        "Vi ser på elevprodukterne sammen og spørger: Hvad i undervisningen førte til det her?"),
    "begin_reach": (
        "En elev, der lige er begyndt, har brug for et eksempel; en elev, der har nået målet, kan "
        "forklare det for en makker uden hjælp.",
        "Begynderen gætter og prøver; den, der har nået målet, kan sige, hvorfor løsningen er "
        "rigtig."),
    "practice": (
        "Vise det på tavlen eller med konkrete materialer for en makker.",
        "Løse en ny opgave af samme slags uden eksempel."),
    "produce": (
        "En kort tekst, en tegning med forklaringer eller en lille video.",
        "En plakat i gruppen, hvor hver elev har skrevet et afsnit."),
    "ways": (
        "At kommunikere mundtligt – mange af eleverne kan sige mere, end de kan skrive.",
        "At producere: eleverne viser mest i de skriftlige produkter, når de har tid."),
    "level_now": (
        "Eleverne på {elev} og {elev2} er på niveau 2; gruppe {g} er på vej fra niveau 1 til 2.",
        "De tre elever i fokus er alle på niveau 1–2; ingen viste niveau 3 i dag."),
    "tells": (
        "Tegnene fortæller, at vi giver for lidt tid til, at eleverne kan forklare.",
        "Når ingen viser niveau 3, er det måske, fordi opgaven ikke giver plads til det."),
    "rolling": (
        "Næste gang: elev {elev}, elev {elev2} og gruppe {g}.",
        "Næste gang er fokus på de tre elever ved bord {g}."),
    "self_last": (
        "De fleste satte sig til 2; to elever skrev, at de ikke vidste, hvad målet var.",
        "Elevernes vurdering passede med vores i de fleste tilfælde; de stærke vurderede sig for "
        "lavt."),
    "self_use": (
        "Vi lader eleverne starte der, hvor de selv har sat sig, og tjekker efter første opgave.",
        "Vi bruger exit-sedlerne til at danne grupper til næste lektion."),
    "sure": (
        "Sikkert: klassen som helhed ligger, hvor vi forventede. Gætter: hvorfor nogle få falder "
        "fra.",
        "Vi ved, hvad eleverne afleverer; vi gætter på, hvad de tænker undervejs."),
    "strength": (
        "Vi er gode til struktur og rutiner; det kan vi bygge videre på.",
        "Teamet deler allerede materialer; det gør det let at afprøve det samme i flere "
        "klasser."),
    "assumptions": (
        "Vi troede, at de stille elever ikke havde noget at sige – data viser noget andet.",
        "Antagelsen om, at eleverne kan strategierne fra dansk, holder ikke."),
    "practise": (
        "Vi øver i to lektioner hver, og {v} giver feedback efter en observation.",
        "Vi prøver det af på hinanden på teammødet, før vi prøver det i klasserne."),
    "support": (
        "{v} som vejleder – og fagvejlederne, hvis det bliver fagligt.",
        "Hinanden: {a} og {b} observerer hos hinanden én gang i perioden."),
    "for_whom": (
        "Det virkede for de fleste; for {n} elever har vi ikke set en forskel endnu.",
        "Det virkede bedst for de elever, der plejer at være usikre; de stærke mærkede mindre."),
    "next_cycle": (
        "Næste cyklus: de elever, det ikke virkede for, og hvad de har brug for.",
        "Vi fortsætter med samme fokus, men i et andet fag."),
    "individual": (
        "Stikprøver: {v} spørger tre tilfældige elever pr. lektion.",
        "Exit-sedler hver uge; vi ser efter, hvem der står stille."),
    "not_yet": (
        "{N} elever har ikke lært det endnu; de mangler især grundbegreberne fra sidste forløb.",
        "Gruppe {g} og to elever ved bord {g2}; de var ikke med i forløbets første lektioner."),
    "support_students": (
        "Forhåndsundervisning to gange om ugen i ti minutter.",
        "En lille gruppe med en voksen i arbejdstiden og konkrete materialer."),
    "already": (
        "Omkring en fjerdedel af klassen kan det allerede.",
        "Eleverne på {elev} og {elev2} og de fleste ved bord {g}."),
    "depth": (
        "De kan arbejde med åbne opgaver og forklare deres metode for de andre.",
        "De kan lave opgaver til hinanden og rette dem."),
    "depth2": (
        "Hver lektion har en åben opgave uden loft.",
        "Vi planlægger en udfordring pr. lektion og ser på den sammen i teamet."),
    "h_task": (
        "De fleste løste opgaven; det, der manglede, var forklaringerne.",
        "Svarene var rigtige, men eleverne viste ikke, hvordan de var kommet frem til dem."),
    "h_process": (
        "Eleverne brugte eksemplet på tavlen som strategi; {a} spurgte to gange: »Hvordan "
        "tænkte du?«",
        "De fleste gættede sig frem; da {a} viste en strategi, brugte halvdelen af klassen den."),
    "h_self": (
        "{a} opdagede efter ti minutter, at mange sad fast, og stoppede klassen med et ekstra "
        "eksempel.",
        "{a} justerede ikke undervejs; planen blev fulgt, selv om tre borde var gået i stå."),
    "h_levels": (
        "Mest på opgaveniveau (»rigtigt«, »prøv igen«); to gange på procesniveau; én gang på "
        "personniveau (»du er dygtig«).",
        "Omkring to tredjedele på opgaveniveau, en tredjedel på procesniveau, ingen på "
        "selvreguleringsniveau."),
    "h_next": (
        "Et »næste skridt« på tavlen, som eleverne skriver i deres hæfte til sidst.",
        "Eleverne skriver selv deres næste skridt på exit-sedlen, og {a} svarer kort."),
    "ls_experience": (
        "Lektionen fulgte planen til og med gruppearbejdet; opsamlingen blev kortere end "
        "planlagt.",
        "{a} oplevede, at eleverne var mere i gang end forventet."),
    "ls_deviate": (
        "{a} gav et ekstra eksempel efter ti minutter, fordi mange ikke var kommet i gang.",
        "Ingen store afvigelser; tiden til opsamlingen blev taget fra den fælles start."),
    "ls_expected": (
        "Af de tre forventede strategier så vi de to; de fleste grupper brugte den, vi havde "
        "forventet som den mest almindelige.",
        "Den første forventede strategi sås hos næsten alle; den tredje kun i gruppe {g}."),
    "ls_unexpected": (
        "Gruppe {g} tegnede problemet i stedet for at skrive – en strategi, vi ikke havde "
        "skrevet ind.",
        "To elever brugte et eksempel fra sidste forløb som skabelon."),
    "ls_stuck": (
        "Gruppe {g} gik i stå ved andet spørgsmål og ventede på en voksen i {m} minutter.",
        "Flere gik i stå, da de skulle forklare; de havde et svar, men ikke ord for det."),
    "ls_said": (
        "En elev ved bord {g} sagde: »Vi skal bare finde ud af, hvad de spørger om.«",
        "Fra et elevprodukt i gruppe {g2}: »Vi tror, det er rigtigt, fordi det passer med "
        "tegningen.«"),
    "ls_task": (
        "Opgaven blev taget godt imod; de første minutter var der stille arbejde ved alle borde.",
        "Spørgsmålet var for åbent for nogle grupper; de spurgte, hvad de skulle svare."),
    "ls_goal": (
        "Omkring halvdelen af eleverne nåede målet; de fleste andre var på vej.",
        "Målet blev nået af de fleste grupper, men ikke af alle elever i grupperne."),
    "ls_understanding": (
        "Strategierne viser, at eleverne forstår opgaven, men ikke ser sammenhængen med det, vi "
        "har arbejdet med før.",
        "De elever, der tegnede, forstod mere end dem, der gik direkte til svaret."),
    "ls_change": (
        "Det andet spørgsmål skal deles i to, og eksemplet skal komme før gruppearbejdet.",
        "Rækkefølgen ændres: først individuel tænketid, derefter gruppen."),
    "ls_add": (
        "Tegnestrategien fra gruppe {g} skrives ind i planen som en forventet strategi.",
        "Vi tilføjer en strategi, hvor eleverne bruger et tidligere eksempel."),
    "ls_again": (
        "Ja – {b} gennemfører den reviderede lektion i sin klasse i uge {uge}; de andre "
        "observerer.",
        "Ja, i parallelklassen i næste måned, med {a} som observatør."),
    "ls_teaching": (
        "At vi skal planlægge, hvad vi gør, når eleverne går i stå – ikke kun selve opgaven.",
        "At forventede elevstrategier gør os skarpere, når vi ser på elevernes arbejde."),
    "share": (
        "Vi fortæller om lektionsstudiet på næste personalemøde og lægger planen i den fælles "
        "mappe.",
        "{v} skriver en kort beskrivelse til afdelingens nyhedsbrev."),
}

# -- the questions of each shipped template, phase by phase --------------------------------------
# One text per question, in the template's order; "" leaves a question without a note. Checked
# against resources/templates/conversations by the tests.

QUESTIONS: dict[str, tuple[tuple[str, ...], ...]] = {
    "kl-fire-faser": (
        ("{@goal} {@teacher}", "{@students}", "{@worked}", "{@wish}", "{@why}",
         "{@experience}"),
        ("{source}", "{facts} {@data}", "{#clarify}"),
        ("{@wonder}", "{@explain}", "{#compare}", "{#outcome}", "{@alternative}"),
        ("{@takeaway}", "{@action}", "{@sign}", "{#follow_up}"),
    ),
    "aktionslaering-tre-dele": (
        ("{@goal}", "{@tried}", "{@teacher} {@students}", "{@experience}", "{@worked}",
         "{facts} {@data}"),
        ("{#point} {@wonder}", "{#own}", "{@explain}", "{@reading}", "{@action}"),
        ("{@takeaway}", "{#round}", "{@sign}", "{#referat}", "{@reading}"),
    ),
    "co-teaching-refleksion": (
        ("{@goal} {@sign}", "{#co_who}", "{#co_forms}", "{@worked}"),
        ("{facts} {@data}", "{models}", "{#co_transitions}", "{#clarify}"),
        ("{#co_fit}", "{#co_two}", "{#co_other}", "{#co_roles}"),
        ("{#co_voice}", "{#co_all}", "{#co_transitions}", "{#co_diff}", "{#co_feedback}",
         "{#co_equal}"),
        ("{@action}", "{#co_next_model}", "{#co_next_roles}", "{#co_next_obs}", "{#co_time}"),
    ),
    "smtte": (
        ("{@why}", "{#resources}", "{#group}", "{facts}", "{@wonder}"),
        ("{@goal}", "{@goal}", "{@why}", "{#clarity}"),
        ("{@sign}", "{@sign}", "{#sign_order}", "{#watch}"),
        ("{@action}", "{@action}", "{@alternative}", "{#who_when}"),
        ("{#evaluate}", "{#collect}", "{#adjust}", "{#self_eval}"),
    ),
    "hiim-hippe": (
        ("{#prior}", "{#interest}", "{#group}", "{facts}"),
        ("{#frames}", "{#time}", "{#rooms}", "{#change}"),
        ("{@goal}", "{#common_goals}", "{#visible}"),
        ("{#content}", "{#content_why}", "{#interest}", "{#omit}"),
        ("{@action}", "{#forms}", "{#diff}", "{#role}"),
        ("{#evaluate}", "{@sign}", "{#teach_eval}", "{#adjust}"),
    ),
    "tegn-paa-laering": (
        ("{@goal}", "{@levels}", "{#begin_reach}", "{#clarity}"),
        ("{@sign}", "{#practice}", "{#produce}", "{#ways}"),
        ("{@students}", "{#level_now}", "{@explain}", "{#tells}", "{#rolling}"),
        ("{#self_eval}", "{#visible}", "{#self_last}", "{#self_use}"),
    ),
    "timperley": (
        ("{@goal}", "{facts}", "{#group}", "{#sure}"),
        ("{@teacher_needs}", "{@worked}", "{#strength}", "{@teacher_needs}"),
        ("{@reading}", "{#assumptions}", "{#practise}", "{#support}"),
        ("{@action}", "{@alternative}", "{#visible}", "{#watch}"),
        ("{@effect}", "{@effect}", "{#for_whom}", "{@takeaway}", "{#next_cycle}"),
    ),
    "dufour-fire-spoergsmaal": (
        ("{source}", "{facts}", "{@wonder}"),
        ("{@goal}", "{#clarity}", "{#visible}"),
        ("{@sign}", "{#evaluate}", "{#individual}"),
        ("{#not_yet}", "{@alternative}", "{#support_students}", "{#follow_up}"),
        ("{#already}", "{#depth}", "{#depth2}"),
    ),
    "hattie-feedback": (
        ("{@goal} {#visible}", "{@sign}", "{@experience}", "{@wish}"),
        ("{facts} {@data}", "{#h_task}", "{#h_process}", "{#h_self}", "{#h_levels}"),
        ("{@action}", "{@action}", "{#h_next}", "{@sign}"),
    ),
    "lektionsstudie": (
        ("{#ls_experience}", "{#ls_deviate}", "{@students}", "{@wish}"),
        ("{#ls_expected}", "{#ls_unexpected}", "{#ls_stuck}", "{#ls_said}", "{#ls_task}"),
        ("{#ls_goal}", "{@worked}", "{#ls_understanding}", "{@explain}"),
        ("{#ls_change}", "{#ls_add}", "{#support_students}", "{#ls_again}"),
        ("{@takeaway}", "{#ls_teaching}", "{#share}"),
    ),
}

# A phase's own note, written now and then when the phase is left: for the first phase, a
# phase that shows the data, or any other.
PHASE_NOTES = {
    "first": (
        "Fasen tog længere tid end planlagt, fordi {a} havde meget at sige om udgangspunktet – "
        "godt brugt tid.",
        "{v} spejlede og samlede op, før vi gik videre.",
        "{v} lyttede og styrede ikke; {a} nåede selv frem til, hvad samtalen skulle handle "
        "om."),
    "data": (
        "Vi havde noterne på skærmen undervejs.",
        "{v} læste noterne op uden at kommentere dem; spørgsmål først bagefter.",
        "Vi holdt fast i at beskrive, før vi vurderede. Det var svært, men det lykkedes."),
    "other": (
        "Vi sagde højt, at fasen var slut, og gik videre.",
        "Kort fase; det vigtigste var sagt i første runde.",
        "{a} bad om at vende tilbage til et punkt senere; det står i opsamlingen.",
        "Fasen tog længere tid end planlagt; vi kortede den næste ned."),
}
# Agreements any conversation can end with, besides its theme's, and who usually takes them:
# "v" the vejleder, "a" the fokusperson.
AGREEMENTS = (
    ("Opfølgende samtale i uge {uge}", "v"),
    ("Dele erfaringerne på næste teammøde", "a"),
    ("Sende referatet af samtalen til deltagerne", "v"),
)
DROP_REASONS = (
    "Erstattet af en ny aftale på teammødet.",
    "Ikke længere relevant efter skemaændringen.",
    "Udskudt til næste forløb.",
)
