"""The Danish words of the demo school's co-teaching collaborations (*co-teaching-samarbejder*):
the samarbejdskontrakt from the formøde, a planlægningsskema for every lesson, what the vejleder
noted while teaching along, what the refleksionssamtale concluded, and the evaluation.

Kept apart from :mod:`plf_desktop.services.demo_collaborations` for the same reason the other
demo content files are: the generator reads as logic, and this file reads as content a Danish
vejleder can proof-read.

A collaboration follows one :class:`Theme`; its lessons take the theme's :class:`Lesson` s in
order, so the arc of the Dafolo guide shows (domain.md §3.4): the vejleder first observes to see
the class, then the two try the models that split it (parallel, stations, the small group), swap
roles, and in the last lesson the teacher leads alone while the vejleder observes with the
scheme from the first – the data for the evaluation.

Texts are ``str.format_map`` templates: ``{a}`` the teacher's first name (``{a_s}`` the
genitive), ``{b}`` the vejleder's or ressourceperson's (``{b_s}``), ``{klasse}``, ``{fag}``,
``{emne}`` the topic; per collaboration ``{elev}``/``{elev2}`` seat labels (written "elev C3"),
``{g}``/``{g2}`` group numbers; drawn per text ``{n}`` a small number in words (``{N}``
capitalised) and ``{m}`` a few minutes. The contract also knows ``{rolle}`` (the vejleder's
title), ``{ekspertise}`` and ``{data}`` (the theme's); the reflection ``{nr}`` (the lesson's
number) and ``{model}``/``{Model}`` (the model the lesson was planned around).

Students appear only as seat labels and group numbers, never by name (domain.md §6), and a
sentence never begins "Elev C3" (the demo's tests read "Elev" + a word as a name); colleagues
only by first name. Observation notes describe; a wonder is kept apart in the note's own field.
"""

from __future__ import annotations

from plf_desktop.domain.record_type import frozen_record


@frozen_record
class Phase:
    """A phase of the planning sheet: what the class does, the co-teaching model (a
    CoTeachingModel code) chosen for it, who does what, its planned minutes and how the class
    works (an ActivityForm code, logged as the observation's activity switches)."""

    activity: str
    model: str
    roles: str
    minutes: int
    form: str


@frozen_record
class Seen:
    """A note the vejleder writes during the lesson: in which planned phase, the focus point it
    answers (0 the adults' roles, 1 differentiation, 2 transitions – the order of the
    co-teaching scheme's focus points – or None), its category (a NoteCategory code), the
    description and, kept apart, a wonder."""

    phase: int
    focus: int | None
    category: str
    description: str
    wonder: str = ""


@frozen_record
class Lesson:
    """One lesson of a theme: the planning sheet, what was seen, and what the reflection
    conversation made of it."""

    goal: str
    signs: str
    phases: tuple[Phase, ...]
    differentiation: str
    materials: str
    seen: tuple[Seen, ...]
    learned: str  # "Hvad var målet, og hvilke tegn på læring så I?"
    fit: str  # "Passede de valgte modeller til lektionens mål og indhold?"
    adjust: str  # "Hvad vil I gøre igen – og hvad vil I ændre?"
    summary: str  # the opsamling: what the lesson showed
    next: str  # the opsamling's last sentence: what comes next
    agreement: str  # an agreement that prepares the next lesson


@frozen_record
class Theme:
    """Why a teacher and a vejleder co-teach, from the contract to the evaluation."""

    key: str
    short: str  # "flere i matematiksamtalen" (some titles)
    subjects: tuple[str, ...]  # the subjects it suits; empty: any classroom subject
    departments: tuple[str, ...]
    coaches: tuple[str, ...]  # words in the note of the vejleder who suits it best
    expertise: str  # what the vejleder brings: "viden om matematiske samtaler"
    data: str  # what the evaluation compares: "exit-sedlerne"
    goals: tuple[str, ...]
    # (the fewest lessons a text fits, the text): a short collaboration never reached the
    # stations or the small group a longer one's evaluation tells of
    evaluations: tuple[tuple[int, str], ...]
    adjustments: tuple[tuple[int, str], ...]
    lessons: tuple[Lesson, ...]


P = Phase
S = Seen

_MATEMATIK = Theme(
    key="matematiksamtale",
    short="flere i matematiksamtalen",
    subjects=("matematik",),
    departments=("indskoling", "mellemtrin", "udskoling"),
    coaches=("Matematikvejleder",),
    expertise="viden om matematiske samtaler og samtaletræk",
    data="observationsskemaet over makkerparrene og exit-sedlerne",
    goals=(
        "Flere elever i {klasse} deltager i den faglige samtale i matematik og kan forklare, "
        "hvordan de har regnet – ikke kun hvad resultatet blev. For {a}: at få greb om "
        "samtaletræk og om, hvornår klassen skal deles, så flere kommer til orde.",
        "Eleverne i {klasse} bruger fagord og forklarer deres strategier for hinanden i "
        "forløbet om {emne}. {a} og {b} afprøver, hvordan to voksne kan skabe flere samtaler i "
        "små grupper, og {a} står bagefter med greb, der kan bruges uden vejleder.",
    ),
    evaluations=(
        (2, "Målet var flere elever i den matematiske samtale. Observationsskemaet fra første "
            "og sidste lektion viser, at flere tager ordet og bruger fagord, og lytterkortene har "
            "gjort makkerparrene mere ligeværdige."),
        (3, "Eleverne forklarer i højere grad, hvordan de regner, og ikke kun resultatet. Det var "
            "de små grupper – stationerne og halvklassen – der gav flest elever taletid."),
    ),
    adjustments=(
        (4, "{a} fortsætter med tænk-par-del, lytterkort og samtalekort uden vejleder, og "
            "stationer bruges én gang om ugen. Vi foreslår, at matematikteamet afprøver "
            "samtalekortene på årgangen."),
        (3, "De selvstændige stationer justeres, så de kører uden en voksen, og {a} prøver "
            "alternativ undervisning med en lille gruppe, der skifter, før hvert nyt emne."),
        (2, "{a} fortsætter med tænk-par-del og lytterkort og deler klassen i to halvdele, når "
            "samtalen skal have flere med. Stationer er næste skridt; dem prøver {a} i næste "
            "forløb."),
    ),
    lessons=(
        Lesson(
            goal="Eleverne kan forklare en makker, hvordan de løste en opgave om {emne}, med "
                 "mindst ét fagord.",
            signs="Alle elever siger noget i makkerparret; mindst halvdelen bruger et fagord fra "
                  "ordkortene; tre par kan gengive makkerens strategi i fællessamtalen.",
            phases=(
                P("Fælles start: dagens problem på tavlen og ordkort med fagordene.",
                  "parundervisning", "{a} stiller problemet; {b} skriver elevernes bud og "
                  "fagordene op på tavlen.", 10, "tavleundervisning"),
                P("Eleverne løser problemet alene i fem minutter og forklarer derefter deres "
                  "løsning for makkeren (tænk-par-del).", "en_observerer",
                  "{a} går rundt og lytter; {b} observerer fire makkerpar med skemaet: hvem "
                  "forklarer, og hvilke fagord bruges?", 20, "pararbejde"),
                P("Klassesamtale: tre par fremlægger hver sin strategi, og klassen sammenligner.",
                  "parundervisning", "{a} leder samtalen; {b} vælger de tre par ud fra "
                  "observationen og viser deres løsninger under dokumentkameraet.", 15,
                  "klassesamtale"),
            ),
            differentiation="Opgaven har en indgang med konkrete materialer (centicubes, "
                            "tallinje) og en udvidelse til de par, der hurtigt er færdige. "
                            "Ordkortene får elev {elev} og elev {elev2} dagen før.",
            materials="Ordkort med fagord, centicubes, miniwhiteboards, observationsskema til "
                      "makkerpar, dokumentkamera.",
            seen=(
                S(0, 0, "laerer", "{a} præsenterer problemet; {b} skriver tre elevbud på tavlen "
                  "og sætter fagordene ved siden af."),
                S(1, None, "elever", "Makkerparret ved vinduet: den ene forklarer, den anden "
                  "nikker. Ingen fagord de første {m} minutter.",
                  "Undrer mig: hvordan får vi lytteren til at sige noget?"),
                S(1, 1, "elever", "Eleven på {elev} bygger med centicubes og kan vise, men ikke "
                  "sige, hvordan; med ordkortet siger eleven: »Fordi det er det samme som …«"),
                S(2, 0, "laerer", "{b} viser et elevsvar under kameraet; {a} spørger klassen: "
                  "»Hvad gjorde de anderledes end jer?«",
                  "To voksne stemmer i samtalen – ingen af dem står på sidelinjen."),
                S(2, None, "elever", "{N} elever rækker hånden ved sammenligningen; de fleste "
                  "har allerede sagt noget i timen."),
            ),
            learned="Målet var, at eleverne forklarede deres løsning med et fagord. I "
                    "makkerparrene sagde næsten alle noget; fagordene kom især, når ordkortene lå "
                    "på bordet. I klassesamtalen var det stadig de samme elever, der tog ordet.",
            fit="»Én underviser, én observerer« i makkerarbejdet gav os det, vi manglede: et "
                "præcist billede af, hvem der forklarer, og hvem der lytter. Parundervisningen i "
                "starten virkede; {b} skrev, mens {a} talte, og tavlen blev elevernes.",
            adjust="Vi beholder tænk-par-del, men giver lytteren en opgave: »Sig med dine ord, "
                   "hvad din makker gjorde.« Næste gang deler vi klassen, så samtalen foregår i "
                   "mindre grupper.",
            summary="Makkerparrene fik næsten alle i tale, og ordkortene hjalp. Observationen "
                    "viste, at lytteren i parret sjældent siger noget, og at fællessamtalen "
                    "stadig domineres af få elever.",
            next="Næste lektion deler vi klassen i to, så flere kommer til orde.",
            agreement="Lave lytterkort med sætningsstartere til makkerparrene",
        ),
        Lesson(
            goal="Eleverne sammenligner to strategier i arbejdet med {emne} og begrunder, hvilken "
                 "de foretrækker.",
            signs="Hver elev siger mindst én gang noget i halvklassesamtalen; eleverne bruger "
                  "»fordi« i begrundelsen; exit-sedlen viser, at de fleste kan vælge og begrunde "
                  "en strategi.",
            phases=(
                P("Kort fælles start: dagens mål og de to strategier vist side om side.",
                  "parundervisning", "{a} viser den ene strategi, {b} den anden; de spørger "
                  "hinanden højt.", 8, "tavleundervisning"),
                P("Klassen deles i to halvdele med samme opgaver: samtale om, hvornår hvilken "
                  "strategi er smartest.", "parallel", "{a} har halvdelen ved tavlen; {b} har den "
                  "anden halvdel i grupperummet. Samme opgaver, samme spørgsmål.", 25,
                  "klassesamtale"),
                P("Samlet igen: exit-seddel med én opgave og en begrundelse.", "en_assisterer",
                  "{a} giver instruktionen; {b} hjælper elever, der går i stå med begrundelsen.",
                  12, "individuelt"),
            ),
            differentiation="Halvdelene er blandede, ikke niveaudelte. Lytterkortene fra sidst "
                            "ligger på bordene; elev {elev} får exit-sedlen læst op.",
            materials="To sæt af de samme seks opgaver, lytterkort, exit-sedler, grupperummet ved "
                      "siden af klassen.",
            seen=(
                S(1, 2, "overgang", "Delingen tager {m} minutter; halvdelen hos {b} skal finde "
                  "stole i grupperummet.", "Kunne stolene stå klar?"),
                S(1, 1, "elever", "I halvdelen hos {a} siger {n} elever noget, som ikke sagde "
                  "noget sidst; lytterkortet bruges to gange."),
                S(1, None, "laerer", "{a} og {b} stiller de samme spørgsmål; {b_s} halvdel bliver "
                  "færdig {m} minutter før.", "Hvad gør vi med den ekstra tid næste gang?"),
                S(2, 1, "elever", "Eleven på {elev2} skriver »den første, fordi den er hurtigst« "
                  "på exit-sedlen uden at regne opgaven."),
            ),
            learned="Eleverne kunne vælge en strategi, og mange begrundede med »fordi«. "
                    "Exit-sedlerne viser, at omkring to tredjedele både regnede rigtigt og "
                    "begrundede; resten begrundede uden at regne.",
            fit="Parallelundervisning passede: dobbelt så meget taletid i samtalen. Men de to "
                "halvdele blev ikke færdige samtidig, fordi færre elever hos {b} ville sige noget.",
            adjust="Vi planlægger en ekstraopgave til den halvdel, der bliver først færdig, og "
                   "aftaler et fælles tidssignal. Næste gang stationer, så eleverne også arbejder "
                   "selvstændigt med begrundelser.",
            summary="Flere elever kom til orde, og lytterkortene begyndte at virke. Halvdelene "
                    "blev ikke færdige samtidig, og exit-sedlerne viste, at nogle begrunder uden "
                    "at have regnet.",
            next="Næste gang prøver vi stationer med en selvstændig station.",
            agreement="Lave en ekstraopgave til den halvdel, der bliver først færdig",
        ),
        Lesson(
            goal="Eleverne arbejder med {emne} på tre måder og forklarer deres tænkning ved hver "
                 "station.",
            signs="Ved den voksenstyrede samtalestation forklarer alle mindst én gang; ved den "
                  "selvstændige station løser grupperne opgavekortene uden at hente en voksen.",
            phases=(
                P("Fælles start: stationerne og skiftesignalet gennemgås; grupperne ser, hvor de "
                  "starter.", "parundervisning", "{b} forklarer stationerne; {a} viser "
                  "skiftesignalet og gruppeoversigten.", 6, "tavleundervisning"),
                P("Tre stationer á ti minutter: samtalestation hos {a}, spil med konkrete "
                  "materialer hos {b}, selvstændig station med opgavekort.", "stationer",
                  "{a} leder samtalestationen; {b} leder spillet; begge holder øje med den "
                  "selvstændige station.", 32, "gruppearbejde"),
                P("Fælles afslutning: hver gruppe siger én ting, de fandt ud af.",
                  "parundervisning", "{a} spørger; {b} samler svarene på tavlen.", 7,
                  "klassesamtale"),
            ),
            differentiation="Opgavekortene ved den selvstændige station findes i to "
                            "sværhedsgrader med et løst eksempel øverst. Grupperne er sat, så "
                            "gruppe {g} starter hos {a}.",
            materials="Opgavekort i to niveauer, spillet med brikker, timer på skærmen, "
                      "gruppeoversigt.",
            seen=(
                S(1, 2, "overgang", "Første skift tager under et minut; eleverne kender "
                  "signalet. Andet skift tager {m} minutter, fordi gruppe {g} ikke er færdig."),
                S(1, 1, "elever", "Ved den selvstændige station bruger gruppe {g2} eksemplet "
                  "øverst på kortet og kommer i gang uden hjælp."),
                S(1, 0, "laerer", "{b} hjælper ved den selvstændige station, mens spillet står "
                  "stille i to minutter.",
                  "Undrer mig: hvem har ansvaret for den selvstændige station?"),
                S(2, None, "elever", "Alle grupper siger noget i afslutningen; gruppe {g} bruger "
                  "ordet »fordi« to gange."),
            ),
            learned="Ved samtalestationen forklarede alle elever mindst én gang, og for flere af "
                    "de stille elever var det første gang i forløbet. Ved den selvstændige "
                    "station klarede de fleste grupper sig uden hjælp.",
            fit="Stationerne passede til målet: små grupper giver taletid. Det, der ikke virkede, "
                "var den selvstændige station, som ingen havde ansvaret for; {b} forlod spillet "
                "for at hjælpe.",
            adjust="Den selvstændige station skal køre af sig selv: et løst eksempel på alle kort "
                   "og en »spørg tre før mig«-regel. {a} leder spillet næste gang og {b} "
                   "samtalestationen.",
            summary="Stationerne gav indtil nu flest elever taletid, og skiftene gik hurtigere "
                    "end ventet. Den selvstændige station trak en voksen væk.",
            next="Næste gang bytter vi stationer og gør den selvstændige station mere "
                 "selvkørende.",
            agreement="Skrive et løst eksempel på alle opgavekort til den selvstændige station",
        ),
        Lesson(
            goal="Eleverne kan forklare sammenhængen mellem en tegning og udregningen i arbejdet "
                 "med {emne}.",
            signs="Eleverne peger på tegningen, når de forklarer; i gruppesamtalen spørger de "
                  "hinanden »hvordan ved du det?«.",
            phases=(
                P("Fælles gennemgang, hvor de to voksne forklarer samme opgave på to måder: med "
                  "tegning og med udregning.", "parundervisning",
                  "{a} forklarer med udregning; {b} tegner ved siden af; de spørger hinanden "
                  "undervejs.", 12, "tavleundervisning"),
                P("Gruppearbejde: fire opgaver, hvor grupperne forbinder tegning og udregning.",
                  "en_assisterer", "{a} leder og går til grupperne med samtalekortet; {b} "
                  "støtter de grupper, {a} ikke når.", 22, "gruppearbejde"),
                P("Opsamling: to grupper viser deres bedste tegning, og klassen spørger.",
                  "parundervisning", "{a} leder; {b} spørger som »elev« for at vise et godt "
                  "spørgsmål.", 11, "klassesamtale"),
            ),
            differentiation="Grupperne vælger selv mellem opgaver med færdige tegninger og "
                            "opgaver, hvor de tegner selv. Tallinjen på papir til elev {elev}.",
            materials="Opgaveark med og uden tegning, samtalekort, A3-ark til gruppernes "
                      "tegninger.",
            seen=(
                S(0, 0, "laerer", "{a} og {b} afbryder hinanden venligt: »Vent – kan du vise det "
                  "på tegningen?« Eleverne griner og følger med.",
                  "Dialogen mellem de to voksne viser, hvordan man spørger."),
                S(1, 0, "laerer", "{b} står ved gruppe {g} i {m} minutter; {a} når alle andre "
                  "grupper.", "Var det aftalt, at {b} skulle blive så længe?"),
                S(1, None, "elever", "Gruppe {g2} spørger hinanden »hvordan ved du det?« – et af "
                  "samtalekortets spørgsmål."),
                S(2, 1, "elever", "Eleven på {elev} viser sin tegning og forklarer med egne ord; "
                  "første gang i fællessamtalen."),
            ),
            learned="Flere grupper forbandt tegning og udregning, og spørgsmålet »hvordan ved du "
                    "det?« blev brugt, uden at de voksne bad om det. Også elev {elev} "
                    "forklarede i fællessamtalen.",
            fit="Parundervisningen i gennemgangen var lektionens bedste del: to forklaringer på "
                "én gang og en synlig samtale mellem to voksne. I gruppearbejdet blev {b} hængende "
                "ved én gruppe og endte som hjælper.",
            adjust="Næste gang tager {b} en lille gruppe, der skal have opgaven forfra, og {a} "
                   "resten af klassen. Vi udvælger gruppen ud fra exit-sedlerne, og den skifter "
                   "fra gang til gang.",
            summary="Parundervisningen gav eleverne to måder at forstå {emne} på, og "
                    "samtalekortets spørgsmål blev brugt. {b} hjalp for længe ved én gruppe.",
            next="Næste gang alternativ undervisning med en lille gruppe, der skifter.",
            agreement="Udvælge den lille gruppe ud fra exit-sedlerne",
        ),
        Lesson(
            goal="Alle elever kan løse og forklare de to opgavetyper i {emne}, som exit-sedlerne "
                 "viste var svære.",
            signs="Den lille gruppe kan løse opgaven alene bagefter; den store gruppe forklarer "
                  "hinanden deres løsninger uden voksenhjælp.",
            phases=(
                P("Fælles start: dagens mål og de to opgavetyper.", "parundervisning",
                  "{a} leder; {b} fortæller, at en lille gruppe arbejder ved bordet bagerst i "
                  "dag, og at gruppen skifter.", 5, "tavleundervisning"),
                P("Den store gruppe arbejder i par med udvidede opgaver; den lille gruppe (fem "
                  "elever) genser de to opgavetyper med konkrete materialer.", "alternativ",
                  "{a} har den store gruppe; {b} har den lille gruppe ved bordet bagerst.", 25,
                  "pararbejde"),
                P("Den lille gruppe vender tilbage og løser én opgave sammen med en makker fra "
                  "den store gruppe.", "en_assisterer", "{a} leder makkerarbejdet; {b} lytter ved "
                  "de par, hvor en elev fra den lille gruppe er med.", 10, "pararbejde"),
                P("Exit-seddel.", "en_observerer", "{a} giver instruktionen; {b} noterer, hvem "
                  "der bliver færdig uden hjælp.", 5, "individuelt"),
            ),
            differentiation="Den lille gruppe vælges ud fra exit-sedlerne og er ikke faste "
                            "elever: elev {elev}, elev {elev2} og tre andre. Den store gruppe "
                            "får opgaver med et »hvorfor virker det?«-spørgsmål.",
            materials="Exit-sedler fra sidst, konkrete materialer, opgaveark i to udgaver, nye "
                      "exit-sedler.",
            seen=(
                S(1, 1, "elever", "I den lille gruppe løser eleven på {elev} opgaven med "
                  "materialerne og siger: »Nu kan jeg se det.«"),
                S(1, 0, "laerer", "{a} går rundt i den store gruppe; {n} par arbejder med "
                  "»hvorfor«-spørgsmålet."),
                S(2, 2, "overgang", "Den lille gruppe vender tilbage uden opmærksomhed; {b} har "
                  "sat makkerne på forhånd.", "Overgangen virkede ikke stigmatiserende."),
                S(3, 1, "elever", "Fire af de fem elever fra den lille gruppe løser exit-sedlen "
                  "uden hjælp."),
            ),
            learned="Fire af de fem elever i den lille gruppe løste exit-sedlens opgave alene. "
                    "Den store gruppe arbejdede selvstændigt, men kun nogle par nåede "
                    "»hvorfor«-spørgsmålet.",
            fit="Alternativ undervisning passede, fordi gruppen var valgt ud fra data og ikke "
                "var de faste »svage« elever. Makkerarbejdet bagefter gjorde, at den lille gruppe "
                "ikke blev en gruppe for sig.",
            adjust="Modellen gentages i næste forløb, men med {a} i den lille gruppe og {b} i den "
                   "store, så eleverne ikke forbinder {b} med »hjælpegruppen«. Næste gang leder "
                   "{a} alene, og {b} observerer.",
            summary="Den lille gruppe rykkede tydeligt, og overgangen tilbage var rolig. Modellen "
                    "virker, når gruppen vælges ud fra exit-sedlerne og skifter.",
            next="Næste gang leder {a} lektionen, og {b} observerer med skemaet fra første "
                 "lektion.",
            agreement="Lægge exit-sedlerne i teamets mappe med en kort note om opgavetyperne",
        ),
        Lesson(
            goal="Eleverne viser, hvad de har lært i forløbet om {emne}, ved at forklare en "
                 "opgave for en anden gruppe.",
            signs="Hver gruppe forklarer en opgave med fagord og en tegning; de lyttende grupper "
                  "stiller mindst ét spørgsmål.",
            phases=(
                P("{a} sætter rammen: gruppernes opgave og reglerne for at forklare.",
                  "en_observerer", "{a} leder alene; {b} observerer, hvem der har ordet, med "
                  "skemaet fra første lektion.", 7, "tavleundervisning"),
                P("Grupperne forbereder en forklaring på en opgave.", "en_assisterer",
                  "{a} går til grupperne; {b} støtter kun, hvis {a} beder om det.", 15,
                  "gruppearbejde"),
                P("Grupperne forklarer for hinanden to og to; de lyttende grupper stiller "
                  "spørgsmål.", "en_observerer", "{a} styrer tiden; {b} observerer med samme "
                  "skema som i første lektion.", 18, "gruppearbejde"),
                P("Fælles opsamling: hvad gør en forklaring god?", "parundervisning",
                  "{a} og {b} samler op sammen.", 5, "klassesamtale"),
            ),
            differentiation="Grupperne får opgaver i forskellige sværhedsgrader; gruppe {g} får "
                            "en opgave med tegning.",
            materials="Opgavekort, A3-ark, observationsskemaet fra første lektion til "
                      "sammenligning.",
            seen=(
                S(0, 0, "laerer", "{a} leder alene og bruger lytterkort og ordkort uden at se i "
                  "planen."),
                S(2, None, "elever", "I {n} af seks grupper siger alle noget; i gruppe {g2} "
                  "forklarer én elev hele opgaven."),
                S(2, 1, "elever", "Eleven på {elev2} spørger den anden gruppe: »Hvordan ved I "
                  "det?«"),
                S(3, 0, "laerer", "{a} spørger klassen, hvad der gør en forklaring god; "
                  "eleverne nævner fagord og tegning."),
            ),
            learned="Sammenlignet med skemaet fra første lektion tog flere elever ordet, og "
                    "fagordene kom uden ordkort. Grupperne stillede hinanden spørgsmål; kun i én "
                    "gruppe forklarede én elev det hele.",
            fit="Med »én underviser, én observerer« kunne vi sammenligne med første lektion – det "
                "gav os data til evalueringen. {a} ledte hele lektionen med de greb, vi har øvet.",
            adjust="{a} fortsætter med lytterkort og samtalekort uden {b}. Observationsskemaet "
                   "tager vi med til årgangens teammøde, så andre kan bruge det.",
            summary="Lektionen viste forløbets udvikling: flere elever tager ordet og bruger "
                    "fagord, og {a} leder med grebene selv.",
            next="Vi afslutter med evalueringen og tager skemaet med til teamet.",
            agreement="Vise observationsskemaet og samtalekortene på næste teammøde",
        ),
    ),
)

_LAESNING = Theme(
    key="laesning",
    short="læseforståelse i fagets tekster",
    subjects=("dansk", "natur/teknologi", "historie", "geografi", "biologi", "fysik/kemi",
              "samfundsfag"),
    departments=("mellemtrin", "udskoling"),
    coaches=("Læsevejleder",),
    expertise="viden om læsestrategier og læsning i fagene",
    data="elevernes opsummeringer og observationen af læseparrene",
    goals=(
        "Eleverne i {klasse} læser fagets tekster med en strategi før, under og efter læsningen "
        "og kan bruge fagordene, når de fortæller om teksten. {a} og {b} afprøver, hvordan "
        "læseforståelse kan undervises i {fag} og ikke kun i dansktimerne.",
        "Flere elever i {klasse} får udbytte af teksterne i forløbet om {emne}: de kender "
        "fagordene, før de læser, og kan sige med egne ord, hvad et afsnit handler om.",
    ),
    evaluations=(
        (2, "Eleverne bruger nu læsestrategier, når de læser i {fag}. Den største forskel er, at "
            "de stopper ved svære ord i stedet for at læse videre."),
        (5, "Forforståelsen og de tre strategistationer gav de svageste læsere adgang til "
            "teksterne, og opsummeringerne er blevet mere præcise."),
    ),
    adjustments=(
        (2, "{a} bruger strategikortene og ordvæggen fast i {fag}. {b} tilbyder årgangens teams "
            "en kort introduktion til strategikortene."),
        (2, "Førlæsningen bliver kortere; i stedet bruger vi alternativ undervisning til "
            "forforståelse for de elever, der har brug for det."),
    ),
    lessons=(
        Lesson(
            goal="Eleverne aktiverer deres forhåndsviden om {emne} og læser et afsnit med et "
                 "fokusspørgsmål.",
            signs="Eleverne skriver mindst tre ord på tankekortet før læsningen; de kan svare på "
                  "fokusspørgsmålet med et citat fra teksten.",
            phases=(
                P("Førlæsning: fælles tankekort om {emne} og gennemgang af fem fagord.",
                  "parundervisning", "{a} leder tankekortet; {b} skriver fagordene op og viser "
                  "billeder til dem.", 12, "klassesamtale"),
                P("Læsning af afsnittet i par med et fokusspørgsmål.", "en_observerer",
                  "{a} hjælper parrene; {b} observerer fire par: hvordan læser de, og hvad gør de, "
                  "når et ord er svært?", 20, "pararbejde"),
                P("Kort fælles svar på fokusspørgsmålet.", "en_assisterer",
                  "{a} samler svarene; {b} støtter de par, der ikke har fundet citatet.", 13,
                  "klassesamtale"),
            ),
            differentiation="Afsnittet findes også som lydfil; elev {elev} og elev {elev2} læser "
                            "med ørerne. Fagordene står på ordkort med billede.",
            materials="Tekstafsnit fra grundbogen, lydfil, ordkort med billeder, "
                      "observationsskema til læsepar.",
            seen=(
                S(0, 1, "elever", "{N} elever bidrager til tankekortet; ordene kommer mest fra de "
                  "samme borde."),
                S(1, None, "elever", "To af de fire observerede par læser afsnittet højt for "
                  "hinanden uden at stoppe ved svære ord.",
                  "Undrer mig: ved de, hvad de kan gøre, når de ikke forstår et ord?"),
                S(1, 0, "laerer", "{a} bliver hos parret med eleven på {elev} i {m} minutter og "
                  "læser med."),
                S(2, 1, "elever", "Kun {n} par svarer med et citat; de andre svarer med egne ord, "
                  "der ikke står i teksten."),
            ),
            learned="Førlæsningen fik mange i gang, og tankekortet gav ordene til at tale om "
                    "{emne}. Men i læseparrene læste eleverne igennem uden at stoppe, og få kunne "
                    "finde svaret i teksten.",
            fit="»Én underviser, én observerer« viste os præcist, hvad parrene gør med svære ord: "
                "ingenting. Det havde vi ikke set, hvis vi begge havde hjulpet.",
            adjust="Næste gang modellerer vi læsestrategien: {a} og {b} læser et afsnit højt "
                   "sammen og tænker højt om svære ord, før eleverne prøver.",
            summary="Førlæsningen virkede, men observationen viste, at parrene læser igennem uden "
                    "at stoppe ved det, de ikke forstår.",
            next="Næste lektion viser vi sammen, hvordan man stopper og opklarer et ord.",
            agreement="Finde et afsnit med mange fagord til næste lektion",
        ),
        Lesson(
            goal="Eleverne kan stoppe ved et svært ord og bruge en strategi til at forstå det "
                 "(læse videre, se på billedet, spørge makkeren).",
            signs="Eleverne markerer svære ord i teksten og skriver, hvilken strategi de brugte; "
                  "i parrene hører vi »hvad betyder …?«.",
            phases=(
                P("Modellering: de to voksne læser et afsnit højt og tænker højt om svære ord.",
                  "parundervisning", "{a} læser; {b} stopper op og spørger højt: »Hvad betyder "
                  "det her?« De viser to strategier.", 12, "tavleundervisning"),
                P("Eleverne læser næste afsnit i par, markerer svære ord og skriver strategien i "
                  "marginen.", "en_assisterer", "{b} giver instruktionen; {a} går rundt og "
                  "spørger til strategierne.", 20, "pararbejde"),
                P("Fælles: parrene fortæller om et ord, de opklarede.", "parundervisning",
                  "{a} og {b} skiftes til at spørge; {b} skriver ordene på ordvæggen.", 13,
                  "klassesamtale"),
            ),
            differentiation="Strategikort på bordene; elev {elev} får afsnittet med fagordene "
                            "fremhævet. Hurtige par læser et ekstra afsnit.",
            materials="Afsnit på skærm og papir, strategikort, post-its til ordvæggen.",
            seen=(
                S(0, 0, "laerer", "{b} afbryder {a_s} oplæsning: »Stop – det ord forstår jeg "
                  "ikke.« Eleverne ser op og følger med.",
                  "Eleverne ser, at voksne også støder på svære ord."),
                S(1, None, "elever", "I {n} af de par, jeg hører, siger den ene: »Hvad betyder "
                  "…?«, og de prøver at læse videre."),
                S(1, 1, "elever", "Eleven på {elev} bruger strategikortet og markerer tre ord med "
                  "blyant."),
                S(2, 2, "overgang", "Skiftet fra pararbejde til fælles tager {m} minutter; mange "
                  "vil gerne læse færdig."),
            ),
            learned="Eleverne begyndte at stoppe ved svære ord, og flere par brugte "
                    "strategikortene. Ordvæggen fik ti nye ord fra eleverne selv.",
            fit="Parundervisning var den rigtige model til modelleringen: en dialog mellem to "
                "voksne viser en læsestrategi på en måde, én voksen ikke kan. I pararbejdet kunne "
                "vi have delt klassen.",
            adjust="Næste gang deler vi klassen i to halvdele, så flere elever selv kommer til at "
                   "tænke højt i en mindre gruppe.",
            summary="Modelleringen med to stemmer virkede, og eleverne begyndte at stoppe ved "
                    "svære ord.",
            next="Næste lektion prøver vi parallelundervisning, så eleverne selv tænker højt i "
                 "mindre grupper.",
            agreement="Sætte ordvæggen op, så den kan bruges i klassens andre fag",
        ),
        Lesson(
            goal="Eleverne kan stille spørgsmål til en tekst og finde svaret i teksten i arbejdet "
                 "med {emne}.",
            signs="Hver elev stiller mindst ét spørgsmål til teksten; svarene henviser til et sted "
                  "i teksten (»det står i linje …«).",
            phases=(
                P("Fælles start: hvad er et godt spørgsmål til en tekst? To eksempler.",
                  "parundervisning", "{b} viser et »på linjerne«-spørgsmål; {a} viser et "
                  "»mellem linjerne«-spørgsmål.", 8, "tavleundervisning"),
                P("Klassen deles; i hver halvdel læser eleverne samme tekst og stiller på skift "
                  "hinanden spørgsmål.", "parallel", "{a} har den ene halvdel i klassen; {b} den "
                  "anden i læringscentret. Samme tekst, samme spørgsmålskort.", 27,
                  "gruppearbejde"),
                P("Samlet: hver halvdel giver sit bedste spørgsmål videre til den anden.",
                  "en_assisterer", "{a} leder; {b} skriver spørgsmålene på tavlen.", 10,
                  "klassesamtale"),
            ),
            differentiation="Spørgsmålskort med sætningsstartere (»Hvorfor …«, »Hvad sker der, "
                            "når …«). Blandede halvdele; elev {elev} læser med lydfil.",
            materials="Samme tekst i to sæt, spørgsmålskort, lydfil, læringscentret booket.",
            seen=(
                S(1, 2, "overgang", "Halvdelen hos {b} bruger {m} minutter på at gå til "
                  "læringscentret.", "Kan vi dele klassen i samme lokale næste gang?"),
                S(1, None, "elever", "I halvdelen hos {a} stiller {n} elever et »mellem "
                  "linjerne«-spørgsmål."),
                S(1, 1, "elever", "Eleven på {elev2} svarer »det står lige her« og peger i "
                  "teksten."),
                S(2, 0, "laerer", "{b} skriver spørgsmålene op; {a} spørger, hvilke af dem der "
                  "kræver, at man tænker selv."),
            ),
            learned="Næsten alle stillede et spørgsmål til teksten, og mange svar pegede tilbage "
                    "i teksten. »Mellem linjerne«-spørgsmålene var svære, men nogle elever "
                    "prøvede.",
            fit="Parallelundervisningen gav dobbelt så meget taletid, men vi mistede tid på at gå "
                "til læringscentret. Modellen passede; lokalet gjorde ikke.",
            adjust="Vi deler klassen i samme lokale næste gang og prøver stationer, så eleverne "
                   "arbejder med tre strategier.",
            summary="Eleverne stillede spørgsmål til teksten og fandt selv svarene; halvklassen "
                    "gav flere taletid.",
            next="Næste gang prøver vi stationer med tre læsestrategier – i samme lokale.",
            agreement="Lave spørgsmålskort, der kan bruges i årgangens andre fag",
        ),
        Lesson(
            goal="Eleverne bruger tre læsestrategier (overblik, spørgsmål, opsummering) på en "
                 "fagtekst om {emne}.",
            signs="Hver gruppe afleverer et overblik, tre spørgsmål og en opsummering på fem "
                  "linjer.",
            phases=(
                P("Fælles start: de tre stationer og skiftet.", "parundervisning",
                  "{a} forklarer stationerne; {b} viser, hvor materialerne ligger.", 6,
                  "tavleundervisning"),
                P("Tre stationer á elleve minutter: overblik over teksten hos {b}, spørgsmål hos "
                  "{a}, opsummering selvstændigt med skabelon.", "stationer",
                  "{a} og {b} leder hver sin station; skiftesignal på skærmen.", 34,
                  "gruppearbejde"),
                P("Kort fælles afslutning: hvilken strategi hjalp mest?", "en_assisterer",
                  "{a} spørger; {b} tæller op på tavlen.", 5, "klassesamtale"),
            ),
            differentiation="Opsummeringsskabelonen har sætningsstartere. Grupperne er sat, så "
                            "elev {elev} starter hos {b}.",
            materials="Fagtekst, overbliksark, spørgsmålskort, opsummeringsskabelon, timer.",
            seen=(
                S(1, 2, "overgang", "Skiftene tager under et minut; gruppe {g} løber tør for tid "
                  "ved opsummeringen."),
                S(1, None, "elever", "Ved {b_s} station peger eleverne på overskrifter og "
                  "billeder, før de læser."),
                S(1, 1, "elever", "Ved den selvstændige station skriver gruppe {g2} en "
                  "opsummering på tre linjer med to fagord."),
                S(2, None, "elever", "{N} elever siger, at overblikket hjalp mest."),
            ),
            learned="Grupperne brugte alle tre strategier, og opsummeringerne viser, at de fleste "
                    "forstod tekstens hovedpointe. Overblikket hjalp især de elever, der plejer at "
                    "gå i stå.",
            fit="Stationer passede, fordi eleverne skulle prøve flere strategier, og der var en "
                "voksen ved hver af de to svære. Den selvstændige station kørte, fordi skabelonen "
                "var god.",
            adjust="Opsummeringerne viser, hvem der mangler mest; dem samler {b} i en lille "
                   "gruppe næste gang, før klassen læser et nyt kapitel.",
            summary="Alle tre strategier blev brugt, og skiftene var rolige. Opsummeringerne gav "
                    "os data om, hvem der mangler mest.",
            next="Næste gang alternativ undervisning: en lille gruppe får forforståelse hos {b}.",
            agreement="Kopiere opsummeringsskabelonen til klassens andre fag",
        ),
        Lesson(
            goal="Alle elever kender de centrale fagord, før klassen læser næste kapitel om "
                 "{emne}.",
            signs="Eleverne i den lille gruppe bruger fagordene i fællessamtalen; alle kan "
                  "forklare tre af ordene med egne ord.",
            phases=(
                P("Den lille gruppe får forforståelse: fagordene med billeder og konkrete "
                  "eksempler; resten af klassen læser selvstændigt med opsummeringsskabelonen.",
                  "alternativ", "{b} har den lille gruppe (fem elever) ved bordet bagerst; {a} "
                  "har resten.", 15, "individuelt"),
                P("Fælles gennemgang af kapitlets indledning; den lille gruppe svarer først.",
                  "parundervisning", "{a} og {b} skiftes til at stille spørgsmål; {b} giver "
                  "ordet til den lille gruppe først.", 15, "klassesamtale"),
                P("Pararbejde: forklar tre fagord for din makker.", "en_assisterer",
                  "{a} leder; {b} lytter til de par, hvor en elev fra den lille gruppe er med.",
                  15, "pararbejde"),
            ),
            differentiation="Den lille gruppe er valgt ud fra opsummeringerne fra sidst og er "
                            "ikke den samme gruppe som før. Ordkort med billeder til alle.",
            materials="Ordkort med billeder, kapitlets indledning, opsummeringsskabelon.",
            seen=(
                S(0, 1, "elever", "I den lille gruppe forklarer eleven på {elev} et fagord med et "
                  "eksempel fra sin hverdag."),
                S(1, 0, "laerer", "{b} giver først ordet til eleven på {elev}, der svarer med "
                  "fagordet.", "Forforståelsen gav mod på at svare."),
                S(1, None, "elever", "{N} elever fra den lille gruppe rækker hånden i "
                  "fællesdelen."),
                S(2, 1, "elever", "I parret med eleven på {elev2} forklarer begge tre ord; den "
                  "ene bruger ordkortet."),
            ),
            learned="Eleverne fra den lille gruppe deltog i fællesdelen på en ny måde; de kendte "
                    "ordene og turde svare. Næsten alle kunne forklare tre fagord.",
            fit="Alternativ undervisning passede til forforståelse. Det vigtigste var, at gruppen "
                "var med i fællesdelen bagefter og fik ordet først.",
            adjust="Vi fortsætter med forforståelse før hvert nyt kapitel; {a} tager den lille "
                   "gruppe næste gang, så det ikke bliver »{b_s} gruppe«.",
            summary="Forforståelsen virkede: eleverne fra den lille gruppe tog ordet i "
                    "fællesdelen.",
            next="Næste gang leder {a} hele lektionen, og {b} observerer med skemaet fra første "
                 "lektion.",
            agreement="Lave ordkort til næste kapitel",
        ),
        Lesson(
            goal="Eleverne læser en ny fagtekst om {emne} og bruger selv en strategi før, under "
                 "og efter læsningen.",
            signs="Eleverne laver overblik uden at blive bedt om det; de markerer svære ord; "
                  "opsummeringen rammer tekstens pointe.",
            phases=(
                P("{a} introducerer teksten og spørger, hvilken strategi eleverne vil starte "
                  "med.", "en_observerer", "{a} leder alene; {b} observerer med skemaet fra "
                  "første lektion.", 10, "klassesamtale"),
                P("Læsning i par med strategikort.", "en_observerer",
                  "{a} går rundt; {b} observerer de samme fire par som i første lektion.", 22,
                  "pararbejde"),
                P("Opsummering og fælles samtale.", "parundervisning",
                  "{a} leder; {b} supplerer med det, observationen viste.", 13, "klassesamtale"),
            ),
            differentiation="Strategikort og lydfil er til rådighed for alle; eleverne vælger "
                            "selv.",
            materials="Ny fagtekst, strategikort, observationsskemaet fra første lektion.",
            seen=(
                S(0, 0, "laerer", "{a} spørger: »Hvad gør I, før I læser?« {N} elever svarer "
                  "»overblik«."),
                S(1, None, "elever", "Tre af de fire par stopper ved svære ord og bruger en "
                  "strategi; i første lektion gjorde ingen af dem."),
                S(1, 1, "elever", "Eleven på {elev} vælger selv lydfilen og følger med i teksten "
                  "med fingeren."),
                S(2, 0, "laerer", "{b} supplerer med to eksempler fra observationen; eleverne "
                  "hører, at de er blevet bedre."),
            ),
            learned="Sammenlignet med første lektion stopper eleverne nu ved svære ord og bruger "
                    "en strategi. Opsummeringerne rammer oftere tekstens pointe.",
            fit="»Én underviser, én observerer« gav os en sammenligning med første lektion. {a} "
                "ledte med strategierne selv, og {b} havde tid til at se præcist.",
            adjust="{a} fortsætter med strategikortene i {fag} og deler dem med årgangens andre "
                   "lærere.",
            summary="Eleverne bruger nu selv læsestrategier, og {a} leder lektionen med dem uden "
                    "hjælp.",
            next="Vi afslutter med evalueringen og deler strategikortene med teamet.",
            agreement="Præsentere strategikortene på næste teammøde",
        ),
    ),
)

_FAGSPROG = Theme(
    key="fagsprog",
    short="fagsprog for alle",
    subjects=(),
    departments=("indskoling", "mellemtrin", "udskoling"),
    coaches=("DSA-vejleder",),
    expertise="viden om andetsprogspædagogik og stilladsering",
    data="exit-sedlerne og elevernes tekster",
    goals=(
        "Flersprogede elever i {klasse} forstår og bruger fagets ord og vendinger i {fag}, så de "
        "kan deltage i den faglige samtale. {a} og {b} afprøver stilladsering: forforståelse, "
        "sætningsstartere og modeltekster.",
        "Alle elever i {klasse} – især de flersprogede – får fagsproget i {fag} stilladseret, så "
        "de kan forklare og skrive om {emne} med fagord.",
    ),
    evaluations=(
        (3, "Eleverne bruger fagordene i hele sætninger, både mundtligt og skriftligt, og "
            "sætningsstarterne er blevet en del af klassens sprog. Exit-sedlerne fra første og "
            "sidste lektion viser forskellen tydeligt."),
        (2, "Forforståelsen i en lille gruppe og omformuleringerne i fællesdelen gjorde den "
            "største forskel for de flersprogede elever."),
    ),
    adjustments=(
        (2, "{a} bruger ordbank, sætningsstartere og omformuleringer i alle sine fag. Den lille "
            "gruppe med forforståelse fortsætter ved hvert nyt emne – med skiftende elever."),
        (3, "Modelteksterne fjernes gradvist; næste skridt er, at eleverne selv laver "
            "ordbanken."),
    ),
    lessons=(
        Lesson(
            goal="Eleverne kan sige, hvad dagens emne handler om, med tre fagord fra {emne}.",
            signs="Eleverne bruger fagordene i pararbejdet; på exit-sedlen skriver de en sætning "
                  "med to fagord.",
            phases=(
                P("Introduktion af {emne} med billeder og tre fagord.", "en_observerer",
                  "{a} underviser; {b} observerer, hvilke ord og vendinger eleverne går i stå "
                  "ved.", 12, "tavleundervisning"),
                P("Pararbejde: eleverne forklarer billederne for hinanden med fagordene.",
                  "en_assisterer", "{a} går rundt; {b} lytter til parrene og noterer elevernes "
                  "ord.", 20, "pararbejde"),
                P("Exit-seddel: skriv én sætning med to fagord.", "en_assisterer",
                  "{a} giver instruktionen; {b} læser opgaven højt for dem, der beder om det.",
                  13, "individuelt"),
            ),
            differentiation="Billedkort til alle; elev {elev} og elev {elev2} må svare mundtligt "
                            "til {b} på exit-sedlen.",
            materials="Billedkort, tre fagord på tavlen, exit-sedler, observationsskema til "
                      "sprogbrug.",
            seen=(
                S(0, None, "elever", "Ved introduktionen af det første fagord ser {n} elever "
                  "spørgende på hinanden; ingen spørger."),
                S(0, 1, "laerer", "{a} forklarer ordene med andre ord, der er lige så svære "
                  "(»altså, det er et begreb for …«).", "Hvilke hverdagsord kunne bygge bro?"),
                S(1, None, "elever", "I parret med eleven på {elev} peger eleverne og siger »den "
                  "der«; fagordene bruges ikke."),
                S(2, 1, "elever", "{N} exit-sedler har to fagord; flere har ét ord stavet, som "
                  "det lyder."),
            ),
            learned="Eleverne forstod billederne, men brugte ikke fagordene selv; de sagde »den "
                    "der« og pegede. Exit-sedlerne viste, at ordene endnu ikke er deres egne.",
            fit="»Én underviser, én observerer« var rigtig i første lektion: {b} så, at det ikke "
                "er indholdet, men ordene og vendingerne, eleverne mangler.",
            adjust="Næste gang får eleverne sætningsstartere og en ordbank, og {b} underviser en "
                   "lille gruppe i fagordene før fællesdelen.",
            summary="Observationen viste, at eleverne forstår indholdet, men mangler fagordene og "
                    "vendingerne til at sige det.",
            next="Næste lektion prøver vi forforståelse i en lille gruppe og sætningsstartere til "
                 "alle.",
            agreement="Lave en ordbank med billeder til emnet",
        ),
        Lesson(
            goal="Eleverne bruger fagordene i hele sætninger med hjælp fra sætningsstartere.",
            signs="I pararbejdet hører vi sætningsstarterne; eleverne i den lille gruppe siger "
                  "noget i fællesdelen.",
            phases=(
                P("Forforståelse: en lille gruppe arbejder med ordbanken, mens resten læser en "
                  "kort tekst.", "alternativ", "{b} har den lille gruppe (seks elever); {a} har "
                  "resten af klassen.", 12, "individuelt"),
                P("Fælles gennemgang med ordbanken på skærmen.", "parundervisning",
                  "{a} forklarer; {b} peger på ordbanken og gentager fagordene i hele "
                  "sætninger.", 13, "tavleundervisning"),
                P("Pararbejde med sætningsstartere: »Jeg tror, at … fordi …«.", "en_assisterer",
                  "{a} og {b} går rundt; {b} tager de par, hvor en elev fra den lille gruppe er "
                  "med.", 20, "pararbejde"),
            ),
            differentiation="Den lille gruppe er valgt ud fra exit-sedlerne, ikke ud fra "
                            "modersmål. Sætningsstartere på alle borde.",
            materials="Ordbank med billeder, sætningsstartere, kort tekst om {emne}.",
            seen=(
                S(0, 1, "elever", "I den lille gruppe siger eleven på {elev} fagordet i en hel "
                  "sætning for første gang."),
                S(1, 0, "laerer", "{b} gentager elevernes svar med fagordet: »Ja, du mener …« – "
                  "eleverne gentager.", "Omformuleringen giver sproget tilbage til eleven."),
                S(2, None, "elever", "Sætningsstarteren »Jeg tror, at … fordi …« høres i {n} "
                  "par."),
                S(2, 2, "overgang", "Skiftet fra den lille gruppe til fællesdelen går glat; "
                  "eleverne sætter sig på deres egne pladser."),
            ),
            learned="Fagordene kom i hele sætninger, når sætningsstarterne lå på bordet. Eleverne "
                    "fra den lille gruppe tog ordet i fællesdelen.",
            fit="Alternativ undervisning passede til forforståelsen. Omformuleringerne fra {b} i "
                "fællesdelen var en stilladsering, {a} vil prøve selv.",
            adjust="{a} tager omformuleringerne i fællesdelen næste gang, og vi prøver stationer, "
                   "så eleverne bruger fagordene både mundtligt og skriftligt.",
            summary="Forforståelse og sætningsstartere fik flere til at bruge fagordene i hele "
                    "sætninger.",
            next="Næste lektion stationer med en mundtlig og en skriftlig station.",
            agreement="Hænge sætningsstarterne op som plakat i klassen",
        ),
        Lesson(
            goal="Eleverne bruger fagordene om {emne} både mundtligt og skriftligt.",
            signs="Ved skrivestationen skriver eleverne tre sætninger med fagord; ved "
                  "samtalestationen forklarer alle et billede.",
            phases=(
                P("Fælles start: stationerne og ordbanken.", "parundervisning",
                  "{a} forklarer stationerne; {b} gennemgår ordbanken.", 6, "tavleundervisning"),
                P("Tre stationer: samtale om billeder hos {b}, skrivning med modeltekst hos {a}, "
                  "ordspil selvstændigt.", "stationer", "{b} leder samtalestationen; {a} leder "
                  "skrivestationen.", 33, "gruppearbejde"),
                P("Fælles afslutning: hver gruppe læser én sætning op.", "en_assisterer",
                  "{a} leder; {b} skriver de bedste sætninger op.", 6, "klassesamtale"),
            ),
            differentiation="Modelteksten findes i to længder; ordspillet har billeder på "
                            "bagsiden.",
            materials="Billedkort, modeltekst, ordspil, ordbank, timer.",
            seen=(
                S(1, 1, "elever", "Ved skrivestationen skriver gruppe {g} modelteksten af og "
                  "skifter ordene ud; gruppe {g2} skriver selv."),
                S(1, None, "elever", "Ved samtalestationen forklarer eleven på {elev} billedet "
                  "med tre fagord."),
                S(1, 2, "overgang", "Ordspillet bliver færdigt før tid; gruppen snakker om "
                  "frikvarteret i {m} minutter.", "Skal spillet have en ekstra runde?"),
                S(2, None, "elever", "{N} grupper læser en sætning op med fagord."),
            ),
            learned="Eleverne brugte fagordene både mundtligt og skriftligt. Modelteksten hjalp de "
                    "fleste, men nogle skrev mere af, end de skrev selv.",
            fit="Stationerne passede, fordi den mundtlige og den skriftlige del kræver hver sin "
                "voksen. Den selvstændige station var for kort.",
            adjust="Ordspillet får en ekstra runde, og næste gang viser vi, hvordan man skriver "
                   "uden modeltekst.",
            summary="Stationerne gav eleverne fagordene i både tale og skrift; modelteksten skal "
                    "fjernes gradvist.",
            next="Næste gang parundervisning, hvor vi sammen viser, hvordan man skriver uden "
                 "modeltekst.",
            agreement="Lave en ekstra runde til ordspillet",
        ),
        Lesson(
            goal="Eleverne skriver en kort forklaring om {emne} med fagord og bindeord (fordi, "
                 "derfor, først).",
            signs="Teksterne har mindst tre fagord og to bindeord; eleverne læser deres tekst højt "
                  "for en makker.",
            phases=(
                P("Fælles skrivning: de to voksne skriver en forklaring sammen på skærmen og "
                  "taler højt om ordvalget.", "parundervisning", "{a} skriver; {b} foreslår "
                  "fagord og bindeord og spørger klassen.", 12, "tavleundervisning"),
                P("Eleverne skriver deres egen forklaring.", "en_assisterer",
                  "{a} går rundt; {b} konfererer med tre elever ad gangen ved bordet bagerst.",
                  23, "individuelt"),
                P("Makkerlæsning: læs op, og makkeren finder fagordene.", "en_assisterer",
                  "{b} leder; {a} lytter til parrene.", 10, "pararbejde"),
            ),
            differentiation="Ordbank og bindeordsliste til alle; elev {elev} skriver på computer "
                            "med oplæsning.",
            materials="Skærm, ordbank, bindeordsliste, computere med oplæsning.",
            seen=(
                S(0, 0, "laerer", "{a} og {b} er uenige om et ord og spørger klassen; {n} elever "
                  "foreslår fagordet.", "En rigtig skrivesamtale – ikke et skuespil."),
                S(1, None, "elever", "Eleven på {elev2} skriver fire linjer uden at se på "
                  "ordbanken."),
                S(1, 1, "laerer", "{b} konfererer med tre elever; {a} når de øvrige borde."),
                S(2, None, "elever", "I makkerlæsningen tæller parrene fagordene; {n} par finder "
                  "tre eller flere."),
            ),
            learned="Næsten alle skrev en forklaring med fagord; bindeordene var sværere og kom "
                    "mest som »fordi«. Eleverne kunne selv finde fagordene i makkerens tekst.",
            fit="Parundervisningen i den fælles skrivning viste en skrivesamtale, eleverne kunne "
                "efterligne. {b} var lidt for længe ved konferencebordet.",
            adjust="Konferencerne får en tidsramme, og næste gang deler vi klassen, så alle får "
                   "læst deres tekst op og får feedback.",
            summary="Den fælles skrivning gav eleverne en model, og teksterne havde flere fagord "
                    "end før.",
            next="Næste gang deler vi klassen, så flere får læst deres tekst op.",
            agreement="Samle elevernes fagord i en fælles ordbank for klassen",
        ),
        Lesson(
            goal="Eleverne giver hinanden feedback på brugen af fagord og bindeord.",
            signs="Hver elev læser sin tekst op i halvklassen og får én ros og ét forslag; "
                  "eleverne retter mindst én ting i teksten.",
            phases=(
                P("Fælles start: sådan giver vi feedback (ros og forslag).", "parundervisning",
                  "{b} og {a} viser feedback med en elevtekst uden navn.", 7,
                  "tavleundervisning"),
                P("Klassen deles: oplæsning og feedback i hver halvdel.", "parallel",
                  "{a} leder den ene halvdel; {b} den anden. Samme feedbackskema.", 28,
                  "gruppearbejde"),
                P("Eleverne retter deres tekst.", "en_assisterer", "{a} og {b} går rundt.", 10,
                  "individuelt"),
            ),
            differentiation="Feedbackskema med sætningsstartere (»Jeg kan godt lide …«, »Du "
                            "kunne prøve …«).",
            materials="Elevtekster fra sidst, feedbackskema.",
            seen=(
                S(1, None, "elever", "I halvdelen hos {a} læser alle op; {n} elever giver et "
                  "forslag med et fagord."),
                S(1, 0, "laerer", "{b} gentager forslagene med fagordene og skriver dem på "
                  "tavlen."),
                S(1, 2, "overgang", "Halvdelene bliver færdige med {m} minutters forskel."),
                S(2, 1, "elever", "Eleven på {elev} retter »den der« til fagordet i sin tekst."),
            ),
            learned="Eleverne gav hinanden feedback med fagord, og de fleste rettede mindst én "
                    "ting. Alle de flersprogede elever læste op.",
            fit="Parallelundervisning gav alle en tur ved oplæsningen; i hel klasse havde det "
                "ikke været muligt.",
            adjust="{a} prøver feedbackskemaet uden {b} i den næste lektion, og {b} observerer.",
            summary="Alle læste op og fik feedback; fagordene blev brugt i feedbacken.",
            next="Næste gang leder {a}, og {b} observerer med skemaet fra første lektion.",
            agreement="Kopiere feedbackskemaet til årgangens teammappe",
        ),
        Lesson(
            goal="Eleverne forklarer et nyt delemne i {emne} med fagord og sætningsstartere – "
                 "uden ordbank på tavlen.",
            signs="Eleverne bruger fagord og sætningsstartere i pararbejdet; exit-sedlerne har to "
                  "fagord i en hel sætning.",
            phases=(
                P("{a} introducerer med billeder og omformulerer elevernes svar med fagordene.",
                  "en_observerer", "{a} leder alene; {b} observerer med skemaet fra første "
                  "lektion.", 12, "tavleundervisning"),
                P("Pararbejde med billeder.", "en_observerer",
                  "{a} går rundt; {b} lytter til de samme par som i første lektion.", 20,
                  "pararbejde"),
                P("Exit-seddel.", "en_assisterer", "{a} giver instruktionen; {b} hjælper kun, "
                  "hvis en elev beder om det.", 13, "individuelt"),
            ),
            differentiation="Sætningsstartere på bordene; eleverne vælger selv ordbanken til.",
            materials="Billedkort, sætningsstartere, exit-sedler.",
            seen=(
                S(0, 0, "laerer", "{a} omformulerer: »Du mener …« og siger fagordet; eleven "
                  "gentager."),
                S(1, None, "elever", "I parret med eleven på {elev} bruges fagordene; i første "
                  "lektion pegede de og sagde »den der«."),
                S(2, 1, "elever", "{N} exit-sedler har to fagord i en hel sætning."),
            ),
            learned="Sammenlignet med første lektion bruger eleverne fagordene i hele sætninger; "
                    "exit-sedlerne viser en tydelig forskel.",
            fit="{a} ledte med omformuleringer og sætningsstartere; »én underviser, én "
                "observerer« gav os sammenligningen med første lektion.",
            adjust="{a} bruger sætningsstartere og ordbank i sine andre fag.",
            summary="Eleverne bruger nu fagordene selv, og {a} stilladserer uden hjælp.",
            next="Vi afslutter med evalueringen.",
            agreement="Dele ordbank og sætningsstartere på teammødet",
        ),
    ),
)

_STRUKTUR = Theme(
    key="struktur",
    short="struktur og rolige overgange",
    subjects=(),
    departments=("indskoling", "mellemtrin", "udskoling"),
    coaches=("AKT-vejleder", "Trivselsvejleder", "Inklusionsvejleder"),
    expertise="viden om klasseledelse, struktur og overgange",
    data="tidtagningen på overgangene",
    goals=(
        "Lektionerne i {klasse} har en tydelig struktur, og overgangene tager under to minutter, "
        "så flere elever er i gang og bliver i arbejdet. {a} og {b} deler klasseledelsen, så den "
        "ikke kun ligger hos én voksen.",
        "Ro og arbejdsindsats i {klasse} i {fag}: eleverne ved, hvad de skal, hvornår og med "
        "hvem, og overgangene mellem aktiviteterne er indøvede.",
    ),
    evaluations=(
        (2, "Overgangene er gået fra flere minutter til under ét, og eleverne arbejder det "
            "meste af lektionen. Delt klasseledelse betød, at {a} fik tid til det faglige."),
        (5, "Program, signal og tjekliste virker, også når {a} er alene. Tidtagningen fra "
            "første og sidste lektion gjorde udviklingen synlig for både os og eleverne."),
    ),
    adjustments=(
        (3, "Strukturen med program, signal og tjekliste bliver fast i {klasse}. Vi foreslår "
            "årgangen en fælles struktur for overgange, så eleverne møder den samme i alle "
            "fag."),
        (2, "{a} fortsætter alene; {b} kommer til en opfølgende observation om en måned med "
            "samme tidtagning."),
    ),
    lessons=(
        Lesson(
            goal="Eleverne kender dagens program og kommer i gang med opgaven inden for to "
                 "minutter.",
            signs="Programmet står på tavlen; alle elever er i gang, når timeren løber ud; færre "
                  "spørgsmål om »hvad skal vi?«.",
            phases=(
                P("Program på tavlen, og {a} gennemgår dagens mål.", "en_observerer",
                  "{a} underviser; {b} observerer og tager tid på overgangene.", 8,
                  "tavleundervisning"),
                P("Individuelt arbejde med opgaver om {emne}.", "en_observerer",
                  "{a} hjælper; {b} noterer hvert femte minut, hvor mange der er i gang.", 22,
                  "individuelt"),
                P("Pararbejde og opsamling.", "en_assisterer",
                  "{a} leder; {b} hjælper de par, der ikke er kommet i gang.", 15, "pararbejde"),
            ),
            differentiation="Programmet har små billeder; elev {elev} har sin egen tjekliste på "
                            "bordet.",
            materials="Program på tavlen, timer, opgaveark, observationsskema med tidtagning.",
            seen=(
                S(0, None, "elever", "{N} elever kommer ind efter klokken; {a} venter med at "
                  "begynde."),
                S(1, 2, "overgang", "Fra instruktionen slutter, til alle er i gang, går der {m} "
                  "minutter; {n} elever spørger, hvad de skal.",
                  "Undrer mig: var instruktionen for lang?"),
                S(1, None, "elever", "Efter ti minutter er {n} elever ude af opgaven; de fleste "
                  "sidder ved vinduet."),
                S(2, 0, "laerer", "{a} tager sig af uroen alene; {b} står ved tavlen.",
                  "Hvem har ansvaret for roen, når vi er to?"),
            ),
            learned="Programmet hjalp, men overgangene tog lang tid, og mange spurgte, hvad de "
                    "skulle. Roen var god i starten af det individuelle arbejde og faldt efter ti "
                    "minutter.",
            fit="»Én underviser, én observerer« gav os tiderne på overgangene – de var langt "
                "længere, end vi troede. Men {b} endte som »radiatorlærer« i pararbejdet.",
            adjust="Næste gang deler vi klasseledelsen: {b} styrer overgangene med et fast "
                   "signal, og instruktionen bliver kortere og vises også på skærmen.",
            summary="Overgangene tog længere tid end ventet, og klasseledelsen lå hos {a} alene.",
            next="Næste lektion deler vi klasseledelsen og øver et fast signal til overgangene.",
            agreement="Lave et visuelt signal og en fast rækkefølge for overgange",
        ),
        Lesson(
            goal="Eleverne kender signalet for skift og kan gå fra én aktivitet til den næste på "
                 "under ét minut.",
            signs="Overgangene tager under ét minut; de voksne behøver ikke gentage "
                  "instruktionen.",
            phases=(
                P("Fælles: de to voksne viser signalet og øver skiftet med klassen to gange.",
                  "parundervisning", "{b} viser signalet; {a} forklarer, hvad der skal ske; "
                  "begge roser konkret.", 8, "tavleundervisning"),
                P("Opgave i par med to skift undervejs (læs – løs – tjek).", "en_assisterer",
                  "{a} har ansvaret for det faglige; {b} har ansvaret for overgangene og tiden.",
                  27, "pararbejde"),
                P("Opsamling: hvordan gik skiftene?", "parundervisning",
                  "{a} og {b} spørger klassen sammen.", 10, "klassesamtale"),
            ),
            differentiation="Et skiftekort på bordet til elev {elev}; par, der bliver hurtigt "
                            "færdige, har en ekstraopgave.",
            materials="Signal (klokke), timer på skærmen, opgaveark i tre dele.",
            seen=(
                S(0, 2, "overgang", "Andet forsøg på skiftet tager 40 sekunder; eleverne klapper "
                  "selv."),
                S(1, 2, "overgang", "Skiftet fra »læs« til »løs« tager under et minut; {b} giver "
                  "signalet, {a} fortsætter med en elev."),
                S(1, 0, "laerer", "{b} tager uroen ved gruppe {g} uden at se på {a} først.",
                  "Delt klasseledelse – eleverne retter sig efter begge."),
                S(2, None, "elever", "Eleven på {elev2} siger: »Det er nemmere, når vi ved, "
                  "hvornår vi skal skifte.«"),
            ),
            learned="Overgangene var kortere, og eleverne var længere tid i gang med det "
                    "faglige. Flere par blev færdige med alle tre dele.",
            fit="Parundervisning til at indøve skiftet og »én underviser, én assisterer« med "
                "tydelige roller i arbejdet: {b} med ansvar for tid og overgange, {a} for det "
                "faglige.",
            adjust="Næste gang skal signalet holde med tre grupper på stationer, og {a} giver det.",
            summary="Signalet virkede, og overgangene var under ét minut. Delt klasseledelse gav "
                    "{a} ro til at hjælpe fagligt.",
            next="Næste gang stationer, hvor skiftet skal holde med tre grupper.",
            agreement="Hænge signalkortet op i klassen",
        ),
        Lesson(
            goal="Eleverne arbejder med {emne} på tre stationer og skifter på signal uden "
                 "voksenhjælp.",
            signs="Skiftene tager under ét minut; ved den selvstændige station arbejder grupperne "
                  "uden at hente en voksen.",
            phases=(
                P("Fælles start: stationerne, rækkefølgen og signalet.", "en_assisterer",
                  "{a} forklarer; {b} viser rækkefølgen på tavlen.", 6, "tavleundervisning"),
                P("Tre stationer á elleve minutter.", "stationer",
                  "{a} og {b} har hver sin station; {a} giver signalet.", 34, "gruppearbejde"),
                P("Oprydning og kort evaluering af skiftene.", "parundervisning",
                  "{b} spørger: »Hvad gik godt i skiftene?«; {a} skriver op.", 5,
                  "klassesamtale"),
            ),
            differentiation="Tjekliste ved den selvstændige station; gruppe {g} starter ved "
                            "{b_s} station.",
            materials="Stationskort, tjekliste, timer, signal.",
            seen=(
                S(1, 2, "overgang", "Første skift: 45 sekunder. Andet skift: {m} minutter, fordi "
                  "gruppe {g} ikke er færdig."),
                S(1, None, "elever", "Ved den selvstændige station bruger gruppe {g2} "
                  "tjeklisten og kommer selv i gang."),
                S(1, 0, "laerer", "{a} giver signalet fra sin station; {b} gentager det ikke."),
                S(2, None, "elever", "{N} elever siger, at skiftene gik godt; to siger, at der "
                  "var for lidt tid."),
            ),
            learned="Eleverne var i gang ved alle stationer, og det meste af tiden gik til det "
                    "faglige. Tjeklisten gjorde den selvstændige station selvkørende.",
            fit="Stationer passede, fordi signalet nu er indøvet. Ét skift var langsomt, fordi en "
                "gruppe ikke var færdig.",
            adjust="Vi giver et varsel ét minut før hvert skift og prøver alternativ undervisning "
                   "for de elever, der stadig har svært ved at komme i gang.",
            summary="Stationer med indøvet signal gav rolige skift og meget arbejdstid.",
            next="Næste gang alternativ undervisning med en lille gruppe, der øver at komme i "
                 "gang.",
            agreement="Lægge et ét-minuts-varsel ind på timeren",
        ),
        Lesson(
            goal="Alle elever – også dem, der plejer at gå i stå – kommer i gang med opgaven om "
                 "{emne} inden for to minutter.",
            signs="Eleverne i den lille gruppe kommer i gang uden en voksen ved siden af, når de "
                  "er tilbage på deres pladser.",
            phases=(
                P("Fælles instruktion, kort og med opgaven på skærmen.", "parundervisning",
                  "{a} instruerer; {b} viser de tre trin på skærmen.", 5, "tavleundervisning"),
                P("En lille gruppe gennemgår opgaven med en voksen og laver første trin sammen; "
                  "resten arbejder.", "alternativ", "{a} har den lille gruppe (fire elever) i "
                  "ti minutter; {b} har resten af klassen.", 12, "individuelt"),
                P("Den lille gruppe går tilbage på pladserne; alle arbejder selvstændigt.",
                  "en_assisterer", "{b} går rundt; {a} tjekker, at den lille gruppe kommer "
                  "videre.", 20, "individuelt"),
                P("Opsamling.", "parundervisning", "{a} og {b} spørger sammen.", 8,
                  "klassesamtale"),
            ),
            differentiation="Den lille gruppe er valgt ud fra observationerne fra sidst og skifter "
                            "fra gang til gang; de tre trin står på en tjekliste.",
            materials="Opgave på skærm, tjekliste med tre trin, timer.",
            seen=(
                S(1, 1, "elever", "I den lille gruppe laver eleven på {elev} første trin og "
                  "siger: »Nu ved jeg, hvad jeg skal.«"),
                S(1, 0, "laerer", "{b} har resten af klassen alene; roen holder."),
                S(2, 2, "overgang", "Den lille gruppe går tilbage til pladserne og er i gang "
                  "inden for et minut."),
                S(2, None, "elever", "Efter et kvarter er alle på nær {n} elever stadig i gang."),
            ),
            learned="Eleverne i den lille gruppe kom i gang og blev i arbejdet. Resten af klassen "
                    "arbejdede roligt, selv om {b} var alene med dem.",
            fit="Alternativ undervisning passede: det var første trin, der var svært, ikke hele "
                "opgaven. Gruppen var kun kort væk, så den blev ikke en gruppe for sig.",
            adjust="Den korte lille gruppe bliver et fast greb. Næste gang leder {a} hele "
                   "lektionen, og {b} observerer med tidtagningen fra første lektion.",
            summary="Den korte lille gruppe fik alle i gang, og klassen arbejdede roligt.",
            next="Næste gang leder {a} hele lektionen med struktur og signal, og {b} observerer.",
            agreement="Skrive de tre trin til næste uges opgaver",
        ),
        Lesson(
            goal="Eleverne arbejder med {emne} i en lektion med program, signal og tjekliste – "
                 "ledet af {a} alene.",
            signs="Overgangene tager under ét minut; mindst 30 af lektionens 45 minutter er "
                  "arbejdstid.",
            phases=(
                P("Program og instruktion.", "en_observerer", "{a} leder; {b} tager tid på "
                  "overgangene med skemaet fra første lektion.", 6, "tavleundervisning"),
                P("Arbejde i par med skift på signal.", "en_observerer",
                  "{a} leder og giver signal; {b} noterer hvert femte minut, hvor mange der er i "
                  "gang.", 30, "pararbejde"),
                P("Opsamling.", "parundervisning", "{a} leder; {b} fortæller klassen, hvad "
                  "observationen viste om skiftene.", 9, "klassesamtale"),
            ),
            differentiation="Tjekliste og skiftekort til dem, der har brug for det; "
                            "ekstraopgaver klar.",
            materials="Program, signal, timer, tjekliste, skemaet fra første lektion.",
            seen=(
                S(0, 2, "overgang", "Fra instruktionen slutter, til alle er i gang: ét minut. I "
                  "første lektion tog det {m} minutter."),
                S(1, None, "elever", "Hvert femte minut er mindst fem ud af seks borde i gang."),
                S(1, 0, "laerer", "{a} giver signalet og venter; eleverne skifter selv."),
                S(2, None, "elever", "Eleverne klapper, da {b} fortæller, hvor meget kortere "
                  "skiftene er blevet."),
            ),
            learned="Overgangene er nu under ét minut, og eleverne arbejder det meste af "
                    "lektionen. Sammenligningen med første lektion gjorde forskellen tydelig for "
                    "både os og eleverne.",
            fit="»Én underviser, én observerer« gav os tallene til at se udviklingen. {a} styrede "
                "strukturen alene.",
            adjust="{a} fortsætter med program, signal og tjekliste. Næste gang vil vi se, om "
                   "strukturen også holder i gruppearbejde med faste roller.",
            summary="Strukturen holder, når {a} leder alene: korte overgange og lang arbejdstid.",
            next="Næste gang vil vi se, om strukturen holder i en lektion med gruppearbejde.",
            agreement="Foreslå en fælles struktur for overgange på årgangens teammøde",
        ),
        Lesson(
            goal="Eleverne arbejder i grupper om {emne} med faste roller og skifter på signal.",
            signs="Hver gruppe har en tidtager, der selv holder øje med tiden; grupperne når alle "
                  "tre dele.",
            phases=(
                P("Fælles start: grupperoller og tidsplan.", "parundervisning",
                  "{a} forklarer rollerne; {b} viser tidsplanen.", 7, "tavleundervisning"),
                P("Klassen deles: gruppearbejde i to halvdele, hver med sin voksen.", "parallel",
                  "{a} har grupperne i klassen; {b} har grupperne i grupperummet. Samme opgave, "
                  "samme signal.", 30, "gruppearbejde"),
                P("Fælles opsamling: hver gruppe fremlægger ét resultat.", "parundervisning",
                  "{a} og {b} leder sammen.", 8, "klassesamtale"),
            ),
            differentiation="Rollekort med billeder; elev {elev} er tidtager med en timer på "
                            "bordet.",
            materials="Rollekort, en timer til hver gruppe, opgaveark.",
            seen=(
                S(1, 2, "overgang", "Tidtagerne giver selv signalet i {n} af grupperne."),
                S(1, None, "elever", "Gruppe {g} når alle tre dele; gruppe {g2} bruger for lang "
                  "tid på den første."),
                S(1, 0, "laerer", "{a} og {b} giver samme signal på samme tid – de har aftalt det "
                  "på minuttet."),
                S(2, None, "elever", "Fremlæggelserne er korte; alle grupper når at sige noget."),
            ),
            learned="Strukturen holdt også i gruppearbejdet; tidtagerne tog ansvaret for tiden. "
                    "To grupper nåede ikke alle dele.",
            fit="Parallelundervisning med samme signal gjorde grupperne færre pr. voksen og roen "
                "større. Modellen kræver præcis fælles planlægning – det havde vi.",
            adjust="{a} prøver gruppearbejde med rollekort alene; {b} kommer og observerer én "
                   "lektion i næste måned.",
            summary="Faste roller og signal fik strukturen til at holde i gruppearbejdet.",
            next="Vi afslutter med evalueringen og aftaler en opfølgende observation.",
            agreement="Aftale en opfølgende observation i næste måned",
        ),
    ),
)

_INKLUSION = Theme(
    key="inklusion",
    short="alle med i fællesskabet",
    subjects=(),
    departments=("indskoling", "mellemtrin", "udskoling"),
    coaches=("Inklusionsvejleder", "Ressourceperson for co-teaching"),
    expertise="viden om differentiering og støtte i fællesskabet",
    data="exit-sedlerne og observationen af, hvem der deltager",
    goals=(
        "Elever, der før blev taget ud af {klasse} til støtte, får den i klassen: i den lille "
        "gruppe, ved stationerne og med differentierede opgaver. {a} og {b} undersøger, hvordan "
        "to voksne kan tilrettelægge {fag}, så alle elever er med i fællesskabet og arbejder på "
        "deres eget niveau.",
        "Alle elever i {klasse} deltager fagligt i {fag}, også dem, der har brug for ekstra "
        "støtte. Vi differentierer i indhold, materialer og grupperinger og bytter roller, så "
        "begge voksne er lærer for alle elever.",
    ),
    evaluations=(
        (5, "Eleverne, der før blev taget ud, har fået deres støtte i klassen – i den lille "
            "gruppe, ved stationerne og med differentierede opgaver. Exit-sedlerne viser "
            "fremgang, og eleverne ser begge voksne som deres lærer."),
        (3, "Det vigtigste var, at den lille gruppe skiftede og kun var væk kort; så blev den "
            "ikke en gruppe for sig."),
        (2, "Stationerne gjorde, at begge voksne arbejdede med alle elever, også dem, der før "
            "blev taget ud. Exit-sedlerne gav os spredningen og grupperne."),
    ),
    adjustments=(
        (3, "{a} fortsætter med stationer og korte små grupper, der skifter. Erfaringerne tager "
            "vi med til ressourceteamet som et alternativ til at tage elever ud af klassen."),
        (2, "Exit-sedlerne justeres, så de viser, hvad eleverne kan nu, og bruges hver uge til "
            "at sætte grupperne."),
    ),
    lessons=(
        Lesson(
            goal="Eleverne arbejder med {emne} på deres eget niveau og viser, hvad de kan, på en "
                 "exit-seddel.",
            signs="Alle elever løser mindst én opgave; exit-sedlerne viser, hvem der har brug for "
                  "mere, og hvem der kan mere.",
            phases=(
                P("Fælles gennemgang af {emne}.", "en_observerer",
                  "{a} underviser; {b} observerer, hvem der deltager, og hvornår eleverne falder "
                  "fra.", 12, "tavleundervisning"),
                P("Opgaver i tre sværhedsgrader; eleverne vælger selv.", "en_assisterer",
                  "{a} går rundt; {b} sidder først ved elev {elev} og går derefter rundt til "
                  "alle.", 23, "individuelt"),
                P("Exit-seddel med tre opgaver i stigende sværhed.", "en_assisterer",
                  "{a} giver instruktionen; {b} samler sedlerne og sorterer dem efter "
                  "lektionen.", 10, "individuelt"),
            ),
            differentiation="Tre sværhedsgrader (grøn, gul, rød); eleverne vælger selv og må "
                            "skifte. Konkrete materialer og lydfil til alle.",
            materials="Opgaveark i tre farver, konkrete materialer, exit-sedler, "
                      "observationsskema.",
            seen=(
                S(0, None, "elever", "Efter {m} minutters gennemgang er {n} elever ikke længere "
                  "med; de fleste sidder ved bordene bagerst."),
                S(1, 1, "elever", "Halvdelen vælger den grønne opgave; {n} af dem løser den "
                  "hurtigt og bliver siddende.",
                  "Vælger eleverne for let, fordi det er trygt?"),
                S(1, 0, "laerer", "{b} sidder ved eleven på {elev} i {m} minutter; de andre "
                  "elever ved bordet spørger {a}.", "Bliver {b} »elevens voksne«?"),
                S(2, 1, "elever", "Exit-sedlerne: alle løser den første opgave; {n} løser alle "
                  "tre."),
            ),
            learned="Alle elever løste mindst én opgave, og exit-sedlerne gav os et klart "
                    "billede af spredningen. Mange valgte den letteste opgave, også dem, der kunne "
                    "mere.",
            fit="Observationen i fællesdelen viste, hvornår eleverne falder fra – efter få "
                "minutter. Men {b} blev »elevens voksne« ved elev {elev}, og det vil vi undgå.",
            adjust="Fællesdelen bliver kortere, og næste gang deler vi klassen i stationer, så "
                   "begge voksne arbejder med alle elever.",
            summary="Exit-sedlerne gav os spredningen, og fællesdelen var for lang for mange "
                    "elever.",
            next="Næste gang stationer, hvor begge voksne arbejder med alle grupper.",
            agreement="Sortere exit-sedlerne og sætte grupperne til stationerne",
        ),
        Lesson(
            goal="Eleverne arbejder med {emne} på tre stationer, der passer til deres niveau, og "
                 "får feedback fra begge voksne.",
            signs="Ved begge voksenstationer får alle elever feedback; ingen elev sidder uden "
                  "opgave.",
            phases=(
                P("Kort fælles start.", "parundervisning",
                  "{b} forklarer stationerne; {a} viser grupperne.", 5, "tavleundervisning"),
                P("Tre stationer á tolv minutter: gennemgang i lille gruppe hos {a}, praktisk "
                  "opgave hos {b}, selvstændig station med opgaver i tre niveauer.", "stationer",
                  "Begge voksne har alle grupper; ingen af dem har »sine« elever.", 36,
                  "gruppearbejde"),
                P("Exit: én ting, jeg lærte.", "en_assisterer", "{a} leder; {b} samler "
                  "sedlerne.", 4, "individuelt"),
            ),
            differentiation="Grupperne er sat ud fra exit-sedlerne; opgaverne ved {a_s} station "
                            "tilpasses gruppen. Konkrete materialer til elev "
                            "{elev} ved alle stationer.",
            materials="Opgavekort i tre niveauer, konkrete materialer, timer, gruppeoversigt.",
            seen=(
                S(1, 0, "laerer", "Eleven på {elev} er først ved {b_s} station og bagefter ved "
                  "{a_s} – begge voksne arbejder med eleven."),
                S(1, 1, "elever", "Ved {a_s} station tilpasses opgaven: gruppe {g} får et ekstra "
                  "trin, gruppe {g2} springer et over."),
                S(1, 2, "overgang", "Skiftene tager {m} minutter; grupperne kender ikke "
                  "rækkefølgen endnu."),
                S(2, None, "elever", "{N} elever skriver noget fagligt på exit-sedlen; de andre "
                  "skriver »det var sjovt«."),
            ),
            learned="Alle elever fik feedback fra begge voksne, og ingen sad uden opgave. "
                    "Exit-sedlerne viser, at det faglige udbytte var størst ved de voksenstyrede "
                    "stationer.",
            fit="Stationerne løste problemet med »elevens voksne«: begge arbejdede med alle "
                "grupper. Skiftene var langsomme, fordi rækkefølgen ikke var tydelig.",
            adjust="Rækkefølgen skal stå på tavlen, og exit-spørgsmålet skal være fagligt: »Hvad "
                   "kan du nu, som du ikke kunne før?« Næste gang får en lille gruppe "
                   "forforståelse.",
            summary="Begge voksne arbejdede med alle elever, og spredningen blev mødt ved "
                    "stationerne.",
            next="Næste gang alternativ undervisning: en lille gruppe får forforståelse, før "
                 "klassen går i gang.",
            agreement="Lave en plakat med stationernes rækkefølge",
        ),
        Lesson(
            goal="Eleverne i den lille gruppe er forberedt på lektionens indhold og deltager i "
                 "fællesdelen; de andre får en udfordring.",
            signs="Eleverne fra den lille gruppe rækker hånden i fællesdelen; mere end halvdelen "
                  "af de andre løser udfordringsopgaven.",
            phases=(
                P("Den lille gruppe får forforståelse (fagord og første opgave), mens resten "
                  "løser en udfordringsopgave.", "alternativ", "{a} har den lille gruppe (fem "
                  "elever); {b} har resten af klassen med udfordringen.", 12, "individuelt"),
                P("Fælles gennemgang; den lille gruppe svarer først.", "parundervisning",
                  "{a} og {b} skiftes til at forklare; {a} giver ordet til den lille gruppe.",
                  13, "klassesamtale"),
                P("Pararbejde i blandede par.", "en_assisterer",
                  "{b} leder; {a} går rundt til alle par.", 20, "pararbejde"),
            ),
            differentiation="Den lille gruppe vælges ud fra exit-sedlerne og er ikke de samme fem "
                            "som sidst. Udfordringsopgaven har et »hvorfor«.",
            materials="Ordkort, opgaver til den lille gruppe, udfordringsopgave, exit-sedler.",
            seen=(
                S(0, 1, "elever", "I den lille gruppe løser eleven på {elev} første opgave og "
                  "siger fagordet højt."),
                S(0, 0, "laerer", "{b} har resten af klassen; {n} elever arbejder med "
                  "udfordringens »hvorfor«."),
                S(1, None, "elever", "{N} elever fra den lille gruppe rækker hånden; eleven på "
                  "{elev} svarer rigtigt.", "Forforståelsen giver mod på at svare i "
                  "fællesskabet."),
                S(2, 2, "overgang", "Overgangen til pararbejdet er rolig; parrene står på "
                  "tavlen."),
            ),
            learned="Eleverne fra den lille gruppe deltog i fællesdelen, og de fleste andre "
                    "arbejdede med udfordringen. Den lille gruppe var kun væk i tolv minutter.",
            fit="Alternativ undervisning virkede, fordi gruppen skifter og kun er væk kort. At "
                "{a} havde den lille gruppe, viste eleverne, at den ikke er »{b_s} gruppe«.",
            adjust="Næste gang parallelundervisning i to blandede halvdele, så flere kommer til "
                   "orde, end der kan i hel klasse.",
            summary="Forforståelsen gav den lille gruppe adgang til fællesdelen, og de andre blev "
                    "udfordret.",
            next="Næste gang parallelundervisning med blandede halvdele.",
            agreement="Lave udfordringsopgaver til de næste to uger",
        ),
        Lesson(
            goal="Alle elever forklarer deres løsning på en opgave om {emne} i en mindre gruppe.",
            signs="Alle siger noget i halvklassen; eleverne bruger konkrete materialer eller "
                  "tegning til at forklare.",
            phases=(
                P("Fælles start: dagens opgave.", "parundervisning",
                  "{a} præsenterer; {b} viser et eksempel med konkrete materialer.", 6,
                  "tavleundervisning"),
                P("Klassen deles i to blandede halvdele med samme opgave og samme spørgsmål.",
                  "parallel", "{a} har den ene halvdel; {b} den anden. De har aftalt de samme tre "
                  "spørgsmål.", 27, "klassesamtale"),
                P("Samlet: to elever fra hver halvdel viser deres løsning.", "en_assisterer",
                  "{b} leder; {a} hjælper eleverne med at vise under kameraet.", 12,
                  "klassesamtale"),
            ),
            differentiation="Konkrete materialer og tegning til alle; halvdelene er blandede, "
                            "ikke niveaudelte.",
            materials="Konkrete materialer, dokumentkamera, tre fælles spørgsmål på et kort.",
            seen=(
                S(1, None, "elever", "I halvdelen hos {b} siger alle noget; eleven på {elev} "
                  "forklarer med materialerne."),
                S(1, 0, "laerer", "{a} og {b} bruger de samme tre spørgsmål; {a_s} halvdel når "
                  "først til det tredje."),
                S(1, 1, "elever", "Eleven på {elev2} tegner sin løsning i stedet for at skrive og "
                  "forklarer tegningen."),
                S(2, None, "elever", "De fire elever, der viser løsninger, er ikke dem, der "
                  "plejer."),
            ),
            learned="Alle elever forklarede en løsning i halvklassen. De elever, der viste "
                    "løsninger bagefter, siger sjældent noget i hel klasse.",
            fit="Parallelundervisning passede til målet om, at alle skulle forklare. De tre "
                "fælles spørgsmål holdt de to halvdele sammen.",
            adjust="Næste gang parundervisning, hvor {b} leder gennemgangen og {a} supplerer – vi "
                   "bytter de roller, eleverne er vant til.",
            summary="Alle forklarede en løsning, og nye elever viste deres arbejde for klassen.",
            next="Næste gang bytter vi roller: {b} leder, og {a} supplerer.",
            agreement="Lave spørgsmålskort til halvklassesamtaler i {fag}",
        ),
        Lesson(
            goal="Eleverne kan bruge to repræsentationer – tegning og tekst – om {emne}.",
            signs="Elevernes produkter har både tegning og tekst; eleverne spørger begge voksne "
                  "lige meget.",
            phases=(
                P("Gennemgang, hvor {b} leder og {a} supplerer med en anden forklaring.",
                  "parundervisning", "{b} forklarer; {a} tegner og spørger undervejs.", 12,
                  "tavleundervisning"),
                P("Individuelt arbejde med de to repræsentationer.", "en_assisterer",
                  "{a} går til alle elever; {b} leder og holder tiden.", 23, "individuelt"),
                P("Fælles opsamling.", "parundervisning", "{a} og {b} samler op sammen.", 10,
                  "klassesamtale"),
            ),
            differentiation="Skabelon med felt til tegning og tekst; elev {elev} skriver på "
                            "computer med oplæsning.",
            materials="Skabeloner, computere med oplæsning, tavle.",
            seen=(
                S(0, 0, "laerer", "{b} leder; {a} supplerer: »Må jeg vise det på en anden "
                  "måde?«", "Eleverne ser, at begge er lærer i klassen."),
                S(1, 0, "elever", "Eleverne spørger begge voksne; ved bord {g} spørger de {b} om "
                  "lektier."),
                S(1, 1, "elever", "Eleven på {elev} laver tegningen først og skriver bagefter."),
                S(2, None, "elever", "{N} elever viser et produkt med både tegning og tekst."),
            ),
            learned="De fleste lavede både tegning og tekst, og eleverne spurgte begge voksne. "
                    "Rollebyttet gjorde ingen forskel for roen.",
            fit="Parundervisning med byttede roller viste, at eleverne ser os begge som lærer – "
                "et kendetegn, vi ikke havde set før.",
            adjust="{a} leder næste lektion alene med stationerne; {b} observerer, hvordan alle "
                   "elever deltager.",
            summary="Rollebyttet virkede, og eleverne så begge voksne som deres lærer.",
            next="Næste gang leder {a} stationerne, og {b} observerer med skemaet fra første "
                 "lektion.",
            agreement="Samle elevprodukterne til evalueringen",
        ),
        Lesson(
            goal="Eleverne arbejder på deres eget niveau ved stationer om {emne}, og alle når "
                 "mindst to stationer.",
            signs="Alle elever er i gang ved hver station; exit-sedlerne viser fremgang i forhold "
                  "til første lektion.",
            phases=(
                P("{a} gennemgår stationerne.", "en_observerer", "{a} leder; {b} observerer, "
                  "hvem der deltager, med skemaet fra første lektion.", 5, "tavleundervisning"),
                P("Voksenstation hos {a} og to selvstændige stationer.", "stationer",
                  "{a} har voksenstationen; {b} går mellem de to selvstændige stationer og "
                  "observerer.", 32, "gruppearbejde"),
                P("Exit-seddel med de samme tre opgavetyper som i første lektion.",
                  "en_observerer", "{a} giver instruktionen; {b} noterer, hvem der arbejder "
                  "alene.", 8, "individuelt"),
            ),
            differentiation="Stationerne har opgaver i tre niveauer; eleverne vælger sammen med "
                            "en makker.",
            materials="Stationskort, opgaver i tre niveauer, exit-sedler fra første og sidste "
                      "lektion.",
            seen=(
                S(0, 0, "laerer", "{a} gennemgår stationerne på to minutter; rækkefølgen står på "
                  "plakaten."),
                S(1, 1, "elever", "Ved den selvstændige station vælger {n} elever en sværere "
                  "opgave end i første lektion."),
                S(1, None, "elever", "Eleven på {elev} arbejder ved begge selvstændige stationer "
                  "uden voksenhjælp."),
                S(2, 1, "elever", "Exit-sedlerne: {N} elever løser alle tre opgaver – flere end i "
                  "første lektion."),
            ),
            learned="Exit-sedlerne viser fremgang fra første lektion, og flere elever vælger "
                    "sværere opgaver. Eleverne, der før blev taget ud, arbejdede i klassen hele "
                    "lektionen.",
            fit="Stationerne med {a} som leder virkede. Med {b} som observatør ved de "
                "selvstændige stationer kunne vi se, at alle deltog.",
            adjust="{a} fortsætter med stationer og den korte lille gruppe; erfaringerne tager vi "
                   "med til ressourceteamet.",
            summary="Eleverne arbejdede på deres niveau i klassen hele lektionen, og "
                    "exit-sedlerne viser fremgang.",
            next="Vi afslutter med evalueringen.",
            agreement="Fortælle ressourceteamet om erfaringerne med støtte i klassen",
        ),
    ),
)

THEMES: tuple[Theme, ...] = (_MATEMATIK, _LAESNING, _FAGSPROG, _STRUKTUR, _INKLUSION)

# -- the contract ---------------------------------------------------------------------------------

TITLE = "Co-teaching i {klasse} {fag}"
TITLE_WITH_THEME = "Co-teaching i {klasse} {fag}: {kort}"

ROLES = (
    "{a} underviser klassen i {fag} og har ansvaret for forløbet og klassen; {b} er {rolle} "
    "og bidrager med {ekspertise}. Vi planlægger, underviser og evaluerer sammen og skifter "
    "roller undervejs, så {b} ikke ender som hjælper ved enkelte elever.",
    "{a} kender klassen og fagets mål; {b} ({rolle}) kender modellerne og observationsskemaet. "
    "Vi er ligeværdige i klassen og siger »vi« til eleverne. Den, der ikke leder, har en aftalt "
    "opgave i hver fase.",
    "Begge er lærere for alle elever. {a} har det faglige overblik i {fag}, {b} bidrager med "
    "{ekspertise} og observerer. Vi bytter roller undervejs, og mod slutningen leder {a} mere "
    "og mere selv.",
)
DURATION = (
    "{Uger} uger (uge {fra}–{til}), én fælles lektion om ugen: {dag} {nr}. lektion. I alt "
    "{lektioner} lektioner med planlægningsskema, observation og refleksionssamtale.",
    "{Uger} uger fra uge {fra}, to lektioner om ugen i {fag}; den ene – {dag} {nr}. lektion – "
    "planlægger vi i skemaet og observerer. I alt {lektioner} observerede lektioner.",
    "{Lektioner} lektioner over {uger} uger, {dag} i {nr}. lektion, og en afsluttende "
    "evaluering bagefter.",
)
PLANNING_SEPARATE = (
    "{minutter} minutter hver {pdag} kl. {ptid} i {sted} til fælles planlægning af næste "
    "lektion i planlægningsskemaet. Refleksionen tager vi {refleksion}.",
    "Fast planlægning {pdag} kl. {ptid} ({minutter} minutter, {sted}); refleksionssamtalen "
    "{refleksion}.",
)
PLANNING_COMBINED = (
    "{minutter} minutter hver {pdag} kl. {ptid} i {sted}: først refleksionssamtalen om ugens "
    "lektion, derefter planlægningen af den næste.",
    "Et fast møde {pdag} kl. {ptid} ({minutter} minutter, {sted}), hvor vi både reflekterer over "
    "lektionen og planlægger den næste i skemaet.",
)
REFLECTION_SAME_DAY = "samme dag efter skoletid (30 minutter)"
REFLECTION_NEXT_DAY = "dagen efter lektionen (30 minutter)"
PLANNING_FRAME = (
    "Tiden er aftalt med afdelingslederen og ligger i begges skema.",
    "Timerne er taget fra ressourcecentrets pulje.",
    "Tiden er beskyttet – den bruges ikke til vikardækning.",
    "Vi holder fast i tiden, også i uger med arrangementer.",
)
PLANNING_PLACES = ("Teamrummet", "Læringscentret", "Mødelokale 1", "klasselokalet",
                   "Mødelokale 2")
EVALUATION_FORM = (
    "Efter hver lektion en refleksionssamtale ud fra observationen og kendetegnene for godt "
    "co-teaching. Til sidst en samlet evaluering: hvilke modeller vi brugte og hvor længe, hvad "
    "{data} viser, og hvad {a} tager med videre.",
    "Løbende: observation med co-teaching-skemaet og refleksionssamtale efter hver lektion. "
    "Afsluttende: vi sammenligner {data} fra første og sidste lektion og ser på de seks "
    "kendetegn.",
    "Vi evaluerer på to måder: eleverne – {data} – og samarbejdet – modellerne og de seks "
    "kendetegn fra observationerne. Evalueringen skrives her og deles med afdelingslederen.",
)

# -- the observation ------------------------------------------------------------------------------

OBSERVER_POSITIONS = (
    "{b} underviser med og noterer i de faser, hvor {b} har rollen som observatør; resten "
    "skrives lige efter lektionen.",
    "{b} noterer med tidsstempler fra bordet ved vinduet, når {b} ikke selv leder.",
    "Noter på tablet; {b} skifter model i skemaet, når de voksne skifter.",
)
REFLECTION_PLACES = ("Teamrummet", "Læringscentret", "Mødelokale 1", "klasselokalet")

# What happens when a lesson does not go as planned (the observer notes it, the reflection
# comes back to it). ``{model}`` is the planned model's Danish name.
SLIP_NOTES = (
    "Midt i arbejdet samler {a} hele klassen igen og gentager instruktionen; {b} går rundt "
    "imens. Derefter fortsætter arbejdet som planlagt.",
    "Flere grupper er gået i stå; {a} stopper klassen og viser opgaven igen, {b} hjælper ved "
    "bordene. Efter et par minutter videre som planlagt.",
)
SLIP_WONDERS = ("Var instruktionen for lang – eller for kort?",
                "Kunne det være løst i grupperne uden at stoppe hele klassen?", "")
LATE_NOTES = (
    "Grupperummet er optaget de første minutter; {a} og {b} begynder sammen i klassen og går "
    "først over til {model}, da rummet er ledigt.",
    "{N} elever kommer for sent fra en anden aktivitet; {a} og {b} venter med {model} og "
    "gennemgår opgaven sammen for hele klassen imens.",
)
SHORT_CLOSING_NOTES = (
    "Arbejdet trækker ud; opsamlingen bliver på {m} minutter, og to grupper når ikke at sige "
    "noget.",
    "Klokken ringer midt i opsamlingen; det sidste punkt når klassen ikke.",
)
NO_CLOSING_NOTES = (
    "Arbejdet trækker ud, og klokken ringer, før klassen når opsamlingen.",
    "Ingen tid til opsamlingen; {a} når kun at sige, hvad klassen skal næste gang.",
)
SLIP_REFLECTIONS = (
    "Da vi samlede klassen midt i arbejdet, blev det reelt »én underviser, én assisterer«. En "
    "kortere og tydeligere instruktion fra start havde sparet det.",
    "Stoppet midt i arbejdet var nødvendigt, men vi kunne have givet instruktionen i grupperne "
    "i stedet for at stoppe alle.",
)
LATE_REFLECTIONS = (
    "Vi kom sent i gang med {model}, og minutterne i hel klasse imens gav ikke meget. Næste "
    "gang har vi en plan B for lokalet.",
    "Da vi først delte klassen sent, blev {model} kortere end planlagt – og det var dér, flest "
    "elever kom til orde.",
)
OVERRUN_REFLECTIONS = (
    "Tiden skred i arbejdsdelen, så opsamlingen blev skåret. Næste gang sætter vi tid på hver "
    "fase i planen og giver signal fem minutter før.",
    "Opsamlingen forsvandt, og det var den, der skulle vise os tegnene på læring. Vi flytter "
    "den lidt frem.",
)

# -- the reflection conversation ------------------------------------------------------------------

REFLECTION_TITLES = (
    "Refleksion efter lektion {nr} i {klasse} {fag}",
    "Co-teaching i {klasse}: refleksion over lektion {nr}",
    "Refleksionssamtale, lektion {nr} – {klasse} {fag}",
)
DATA_BASIS = (
    "Observationen af lektion {nr} ({dato}): {noter} noter og de voksnes skift mellem "
    "modellerne, med kendetegnene for co-teaching.",
    "{b_s} noter fra lektion {nr} den {dato} og tiden i hver model.",
)
WHO = (
    "Det var elev {elev} og elev {elev2}, der fik mest ud af delen med {model}; de hurtige "
    "elever fik mindre, fordi de ventede i fællesdelen.",
    "Gruppen ved bord {g} fik meget ud af, at vi var to; eleverne ved vinduet fik mindre, de "
    "blev færdige og ventede.",
    "De stille elever fik mest ud af den mindre gruppe; det var tydeligt ved elev {elev2}.",
    "I dag fik elev {elev} mere ud af lektionen end sidst; gruppe {g2} fik mindre, fordi de gik i "
    "stå uden at spørge.",
)
HELPED = (
    "Det hjalp, at opgaven stod på skærmen, og at der var en voksen tæt på i arbejdstiden. "
    "Det hindrede, når instruktionen blev for lang.",
    "Konkrete materialer og makkerens spørgsmål hjalp; ventetid ved den voksne hindrede.",
    "De små grupper hjalp de stille elever; larmen fra gangen hindrede i starten.",
)
FOCUS_QUOTE = "Til fokuspunktet om {fokus}: {note}"
FOCUS_NAMES = ("de voksnes roller", "differentieringen", "overgangene")
# Those after the first two say a transition went well: not for a lesson that slipped or ran
# long.
TRANSITIONS = (
    "Overgangen til {model} tog et par minutter; eleverne vidste ikke helt, hvor de skulle "
    "starte.",
    "Skiftet tilbage til fællesdelen var uroligt; det var uklart, hvem af os der tog ordet.",
    "Glat: {a} gav signalet, og {b} viste på tavlen, hvad der skulle ske.",
    "Skiftene gik hurtigere end sidst; eleverne kender rækkefølgen.",
)
SMOOTH_FROM = 2
CLARIFY = (
    "{a} spurgte, om noten om uro var før eller efter instruktionen – den var efter.",
    "Intet at afklare; {a} genkendte billedet.",
    "{a} ville vide, hvilke par {b} fulgte – det forklarer, at bordene ved døren er mindre "
    "beskrevet.",
)
TWO = (
    "I arbejdstiden ventede ingen elever mere end et par minutter på hjælp.",
    "Mens den ene af os tog sig af en mindre gruppe, kunne den anden give resten feedback.",
    "Da klassen var delt, kom dobbelt så mange elever til orde.",
)
# (the model a text proposes, or "" for none; not offered when the lesson already used it)
OTHER_MODEL = (
    ("en_observerer", "I introduktionen kunne »én underviser, én observerer« have vist os, "
                      "hvem der ikke er med."),
    ("alternativ", "Alternativ undervisning kunne have passet til sidst, hvor nogle elever "
                   "manglede det sidste trin."),
    ("parallel", "I klassesamtalen kunne parallelundervisning have givet flere elever "
                 "taletid."),
    ("", "Nej – modellerne passede til faserne; det var tiden i hver fase, der skulle "
         "justeres."),
)
RADIATOR = (
    "{b} endte et øjeblik som »radiatorlærer« i fællesdelen – uden opgave, fordi planen ikke "
    "sagde andet.",
    "Ingen af delene i dag; men {a} tog ordet ved skiftene, også når det var {b_s} tur.",
    "Nej. At hver fase i planen har en rolle til begge, gør en forskel.",
)
NEXT_OBSERVE = (
    "Overgangene, og hvem eleverne henvender sig til.",
    "Hvem der har ordet i fællesdelen – og hvor længe.",
    "Det samme som i dag, så vi kan sammenligne.",
)
NEXT_MODEL = "{Model}, som vi planlægger til lektion {nr}."
NEXT_ROLES = "Planen for lektion {nr}: {roller}"
PLANNING_WHEN = "{Pdag} kl. {ptid} som aftalt i kontrakten."
LAST_NEXT_MODEL = ("Ingen flere fælles lektioner i denne omgang; næste gang {a} har en ekstra "
                   "voksen i {fag}, vil {a} bruge {model}.")
LAST_ROLES = "{a} leder alene fremover; {b} kommer til en opfølgende observation."
LAST_ADJUST = (
    "Vi tager med i evalueringen, hvad modellerne gav eleverne, og hvad {a} fortsætter med "
    "alene.",
    "Det vigtigste at tage med: at planlægge en rolle til begge i hver fase. Det skriver vi i "
    "evalueringen.",
)
LAST_NEXT = (
    "Vi afslutter med evalueringen.",
    "Næste skridt er den afsluttende evaluering af samarbejdet.",
)
LAST_AGREEMENTS = (
    "Skrive evalueringen af samarbejdet",
    "Fortælle teamet om erfaringerne fra samarbejdet",
)
AGREEMENT_DROPPED = (
    "Droppet – vi nåede det ikke før næste lektion og løste det mundtligt.",
    "Droppet: ikke længere relevant efter ændringen af planen.",
)

# The look-fors (domain.md §3.5, in the order of LOOK_FORS) as the reflection and the evaluation
# name them, the evidence the vejleder ticks one with, and what is said when one was not seen.
LOOK_FOR_NAMES = (
    "begge voksnes stemmer høres",
    "begge arbejder med alle elever",
    "glidende overgange",
    "differentiering og varierede grupperinger",
    "delt feedback og klasseledelse",
    "roller, der er svære at skelne",
)
LOOK_FOR_EVIDENCE = (
    ("Begge har ordet i introduktionen og siger »vi«.",
     "{b} tager ordet i opsamlingen uden at blive bedt om det.",
     "{a} siger »vores plan« til klassen."),
    ("{b} hjælper også eleverne ved bord {g}, ikke kun den lille gruppe.",
     "Begge voksne går rundt til alle grupper.",
     "Begge har været ved alle borde i arbejdstiden."),
    ("Skiftene mellem faserne tager under et minut.",
     "Signal ved hvert skift; eleverne kender rækkefølgen.",
     "Materialerne ligger klar, så skiftet går hurtigt."),
    ("Opgaver i tre niveauer og en lille gruppe, der skifter.",
     "Eleverne vælger selv mellem konkrete materialer og tegning.",
     "Hel klasse, halvklasse og par i samme lektion."),
    ("Begge giver feedback i arbejdstiden; {b} tager uroen ved bord {g}.",
     "Begge reagerer på uro uden at se på hinanden først.",
     "{b} roser konkret, {a} giver fagligt feedback – og omvendt."),
    ("Som observatør er det svært at se, hvem der er klassens faste lærer.",
     "Eleverne spørger begge voksne lige meget.",
     "Eleverne kalder os begge »lærer«."),
)
LOOK_FOR_SEEN = (
    "Ja: {evidence}",
    "Det så vi: {evidence}",
)
LOOK_FOR_NOT_YET = (
    ("Ikke endnu – {a} havde mest ordet i fællesdelen.",
     "Mest {a}; {b} sagde kun noget ved skiftene."),
    ("Ikke helt: {b} var mest ved de samme tre borde.",
     "I fællesdelen ja, men i arbejdstiden havde vi hver vores elever."),
    ("Ikke i dag; et af skiftene tog flere minutter.",
     "Skiftet tilbage til fællesdelen var uroligt."),
    ("Differentieringen lå kun i opgaverne; grupperingen var den samme hele lektionen.",
     "Samme opgave til alle i dag – det var et valg, men vi savnede en udfordring."),
    ("Klasseledelsen lå hos {a}; {b} ventede på, at {a} greb ind.",
     "Feedback kom mest fra {b}; uroen tog {a}."),
    ("Ikke endnu – eleverne går til {a} med spørgsmål om lektier og aftaler.",
     "Nej; i fællesdelen er det tydeligt, hvem der er klassens lærer."),
)

# -- the evaluation ------------------------------------------------------------------------------

EVALUATION_MODELS = (
    "Over {observerede} observerede lektioner brugte vi mest {model1} ({min1} min) og {model2} "
    "({min2} min).",
    "Tiden i modellerne over de {observerede} observerede lektioner: {model1} {min1} min, "
    "{model2} {min2} min.",
)
EVALUATION_ONE_MODEL = (
    "Over {observerede} observerede lektioner brugte vi mest {model1} ({min1} min).",
)
EVALUATION_PLANNED = "{Model} planlagde vi i {planlagt}, men brugte den {brugt}."
EVALUATION_LOOK_FORS = (
    "Kendetegnet »{top}« så vi i {set} af {observerede} lektioner, »{lav}« {lavt}.",
    "Af kendetegnene så vi oftest »{top}« (i {set} af {observerede} lektioner) og sjældnest "
    "»{lav}« ({lavt}).",
)
EVALUATION_DRAFT = "Udkast – vi gør evalueringen færdig på det sidste møde."
ADJUSTMENTS_GENERIC = (
    "Vi holder fast i den faste planlægningstid; uden den var samarbejdet ikke lykkedes.",
    "Planlægningsskemaet med en rolle til begge i hver fase tager {a} med i sit team.",
)

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
NUMBER_WORDS = ("nul", "én", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti",
                "elleve", "tolv")
SMALL_NUMBERS = ("to", "tre", "fire", "fem", "seks")
