"""The Danish words of the demo school's action-learning courses (*aktionslæringsforløb*):
problem statements and the quick-writes they grew from, each round's aktion and
forberedelsesark, what the observer noted, what the didactic conversation concluded, and what
the team learned.

Kept apart from :mod:`plf_desktop.services.demo_cycles` for the same reason
:mod:`plf_desktop.services.demo_conversation_content` is: the generator reads as logic, and this
file reads as content a Danish vejleder can proof-read.

A course follows one :class:`CourseTheme`; its rounds take the theme's :class:`Step` s in order,
so round 2 builds on what round 1 showed (domain.md §2.4: the conversation chooses the next
aktion). Texts are ``str.format_map`` templates.

Course texts (problem statement, undren, goals, what was learned): ``{hvor}`` ("i 5.A", "på
3. årgang"), ``{fag}``, ``{team}``, ``{afdeling}`` ("mellemtrinnet"), ``{materiale}`` (what the
team made), ``{runder}`` ("tre runder"). Round texts: ``{a}`` the teacher's first name (``{a_s}``
the genitive), ``{b}`` the first observer's, ``{v}`` the vejleder's, ``{c}`` another participant's,
``{klasse}`` the lesson's class, ``{fag}``, ``{emne}`` the topic; drawn for each text:
``{elev}``/``{elev2}`` seat labels (written "elev C3" or "eleven på C3"), ``{g}``/``{g2}`` group
numbers, ``{n}`` a small number in words (``{N}`` capitalised), ``{m}`` a few minutes. The
conversation's close also knows ``{na}`` and ``{nb}`` (who teaches and observes next), ``{r}``
the referent, ``{nklasse}`` and ``{uge}`` (the next lesson's class and week).

Students appear only as seat labels and group numbers, never by name (domain.md §6), and a
sentence never begins "Elev C3" (the demo's tests read "Elev" + a word as a name); colleagues only
by first name. Observation notes describe; a wonder is kept apart in the note's own field.
"""

from __future__ import annotations

from plf_desktop.domain.record_type import frozen_record


@frozen_record
class Seen:
    """An observation note: its category (a NoteCategory code), the focus point it answers
    (an index into the step's focus points, or None) and the description; a wonder, if any, is
    the note's interpretation."""

    category: str
    focus: int | None
    description: str
    wonder: str = ""


@frozen_record
class Step:
    """One round's aktion: the aktionsplan and forberedelsesark, what the observer saw, and
    what the didactic conversation made of it."""

    short: str  # the aktion in a few words: "rollekort" (titles, næste skridt)
    action: str  # what the teacher will do differently
    reason: str  # why: the team's hypothesis
    expectation: str  # what the team expects to see
    sequence: str  # the lesson's sequence (forberedelsesark)
    watch_for: str  # what the observer should especially watch
    focus_points: tuple[str, ...]  # the iagttagelsespunkter
    data: str  # which data are collected
    seen: tuple[Seen, ...]  # the observer's notes, in lesson order
    did: str  # "Hvad gjorde du? Hvad gjorde eleverne?" – described, not judged
    result: str  # what worked, and what has not yet
    point: str  # the point the team takes further
    explain: str  # possible reasons (interpretation, kept apart)
    insight: str  # a new thought about teaching
    summary: str  # the conversation's opsamling
    prepare: str  # the agreement that prepares this step's lesson


@frozen_record
class CourseTheme:
    """What a course is about, from the quick-writes to what the team learned."""

    key: str
    subjects: tuple[str, ...]  # the lesson subjects it suits; empty: any classroom subject
    departments: tuple[str, ...]  # indskoling, mellemtrin, udskoling
    coaches: tuple[str, ...]  # words in the note of the vejleder who suits it best
    material: str  # what the team made and shares: "rollekortene"
    titles: tuple[str, ...]
    problems: tuple[str, ...]  # the problem statement, as a question
    wonders: tuple[str, ...]  # undren and background: what led here
    whys: tuple[str, ...]
    goals: tuple[str, ...]
    signs: tuple[str, ...]
    quick_writes: tuple[str, ...]  # first person: the problem the course grew from
    aims: tuple[str, ...]  # "Hvad ville du opnå?"
    experience: tuple[str, ...]  # "Hvordan tror du, eleverne oplevede det?"
    focus_students: tuple[str, ...]  # pseudonymous labels only
    learned: tuple[str, ...]  # after three rounds or more (shorter ones use their insights)
    reading: tuple[str, ...]
    steps: tuple[Step, ...]  # round 1 takes the first, round 2 the second …


def _seen(category: str, focus: int | None, description: str, wonder: str = "") -> Seen:
    return Seen(category, focus, description, wonder)


# -- texts every course uses ----------------------------------------------------------------------

# Quick-writes about problems the team did not choose this time: the round of quick-writes
# brings up more than the course can hold (domain.md §2.4, EVA's process).
OTHER_QUICK_WRITES = (
    "Jeg tænker meget over overgangene – fra frikvarter til time og fra gennemgang til "
    "arbejde. Der forsvinder mange minutter, og det er ofte de samme elever, der ikke kommer "
    "med.",
    "For mig fylder det, at nogle elever aldrig siger noget i klassen. Jeg ved ikke, om de ikke "
    "har noget at sige, eller om de ikke tør.",
    "Jeg vil gerne blive bedre til at give feedback, som eleverne bruger. Jeg skriver meget i "
    "deres opgaver, men jeg kan ikke se, at det ændrer noget i den næste.",
    "Spændet i klassen er stort. Jeg laver tit tre udgaver af en opgave, men de hurtige keder "
    "sig alligevel, og de andre når ikke at blive færdige.",
    "Jeg kunne godt tænke mig at arbejde med, hvordan eleverne kommer i gang med selvstændigt "
    "arbejde. Der går lang tid, før alle er i gang.",
    "Noget, der optager mig, er elevernes spørgsmål: de spørger om, hvad de skal, men sjældent "
    "om det faglige.",
    "Jeg er optaget af uroen efter frikvartererne. Det tager mig ti minutter at få ro, og så er "
    "en del af lektionen gået.",
)

# Opening and closing notes of any round's lesson: how an observed lesson begins and ends.
OPENING_NOTES = (
    _seen("laerer", None, "{a} fortæller klassen, at {b} er med i dag for at se på "
          "undervisningen – ikke på eleverne."),
    _seen("laerer", None, "{a} skriver dagens program på tavlen i tre punkter og læser målet "
          "højt."),
    _seen("laerer", None, "Lektionen begynder til tiden; {a} knytter an til sidste time om "
          "{emne}."),
    _seen("elever", None, "{N} elever kommer ind efter klokken; {a} venter med at begynde, til "
          "alle sidder."),
)
CLOSING_NOTES = (
    _seen("laerer", None, "{a} samler op: »Hvad har I fundet ud af i dag?« – {n} elever svarer."),
    _seen("laerer", None, "Klokken ringer midt i opsamlingen; den sidste del når klassen ikke.",
          "Opsamlingen er det, der bliver skåret, når tiden er knap."),
    _seen("elever", None, "Eleverne skriver en exit-seddel med én ting, de har lært; {n} sedler "
          "er tomme."),
    _seen("laerer", None, "{a} fortæller, hvad klassen skal i næste time, og takker {b} for "
          "besøget."),
)

# The round's lesson as the aktionsplan writes it: subject, class, lesson number, topic.
LESSON = "{Fag} i {klasse}, {lektion}. lektion: {emne}"

# The forberedelsesark's practicalities: where the observer sits, and when the conversation is.
PRACTICALITIES = (
    "{b} sidder bagerst ved vinduet og kommer ind sammen med klassen. Samtalen holdes "
    "{samtale}.",
    "{b} sætter sig ved bordet ved døren og går rundt i gruppearbejdet uden at hjælpe eleverne. "
    "Samtalen: {samtale}.",
    "{b} kommer fem minutter før timen og sidder, så alle borde kan ses. Eleverne er forberedt "
    "på, at der kommer en gæst. Samtalen holdes {samtale}.",
    "{b} sidder ved siden af tavlen med front mod klassen og tager tid med mobilen. Samtalen "
    "holdes {samtale}.",
)
CONVERSATION_PLACES = ("i teamrummet", "i Læringscentret", "i mødelokale 1", "i klasselokalet")

CONVERSATION_TITLES = (
    "Runde {runde}: didaktisk samtale efter {a_s} lektion i {klasse}",
    "Runde {runde} – {short} i {klasse}",
    "Samtale i runde {runde}: {a_s} aktion i {klasse}",
)

# The conversation's notes that every theme shares (the three-part model, domain.md §2.4).
OBSERVED = ("{b} noterede: »{note}«", "Fra {b_s} noter: »{note}«", "{b} så bl.a.: »{note}«")
OWN_TEACHING = (
    "{c} genkender det fra sin egen undervisning – især i timerne lige efter frikvarteret.",
    "Det samme ses i flere fag, fortæller {c}; det er ikke kun i {fag}.",
    "{c} oplever det mindre i sin klasse, men har også færre elever på holdet.",
    "{c} har prøvet noget lignende og genkender, at det virker i starten og så ebber ud.",
)
LAST_ACTION = (
    "Ingen ny aktion denne gang: vi har fået svar på det, vi ville undersøge, og går videre til "
    "bearbejdningen af erfaringerne.",
    "Vi stopper runderne her og samler op. Aktionen fortsætter som en fast del af "
    "undervisningen.",
)
NEXT_PEOPLE = (
    "{na} underviser i {nklasse} i uge {uge}, og {nb} observerer.",
    "Næste runde: {na} underviser ({nklasse}, uge {uge}); {nb} observerer.",
)
LAST_PEOPLE = (
    "Ingen flere runder. {v} sætter bearbejdningen af erfaringerne på næste teammøde.",
    "Vi holder ikke flere lektioner i forløbet; næste gang samler vi op i teamet.",
)
REFERENT = (
    "{r} skriver referatet og lægger det i teamets mappe.",
    "{r} skriver referatet her i appen og sender det til teamet.",
)
NEXT_STEPS = (
    "Runde {næste}: {short}. {na} underviser i {nklasse} i uge {uge}, {nb} observerer.",
    "Næste aktion: {short}. Lektionen i uge {uge} i {nklasse} med {na}; {nb} observerer.",
)
LAST_STEPS = (
    "Runderne slutter her. Vi skriver, hvad vi har lært, og deler det på næste PLF-møde.",
    "Bearbejdning af erfaringerne: vi samler op på runderne og beslutter, hvad der bliver en "
    "fast del af undervisningen.",
)
# The opsamling of a course's last round ends here instead of announcing the next round.
LAST_SUMMARY = (
    "Vi stopper runderne her og samler op på, hvad forløbet har lært os.",
    "Teamet vælger at gå videre til bearbejdningen af erfaringerne.",
)
# What a course of one or two rounds learned, after the insights of its rounds.
SHORT_LEARNED = (
    "Vi nåede {runder} i denne omgang, og det var nok til at se en forskel. Aktionen er "
    "blevet en del af vores undervisning, og vi følger op på den på et senere teammøde.",
    "Efter {runder} har vi et bedre blik for, hvad der sker i klassen, når vi ændrer én ting "
    "ad gangen. Vi tager tråden op igen i et nyt forløb.",
)
LEARNING_AGREEMENTS = (
    "Forberede en kort fremlæggelse af forløbet til næste PLF-møde",
    "Samle erfaringerne fra runderne på én side til teamet",
)
SHARING = (
    "Vi fremlægger forløbet på næste PLF-møde i {team} og lægger {materiale} i den fælles "
    "mappe, så andre kan bruge dem.",
    "{v} og en fra teamet fortæller om forløbet på pædagogisk rådsmøde. Forløbsrapporten og "
    "{materiale} ligger på intra.",
    "Forløbsrapporten sendes til afdelingslederen, og vi viser {materiale} for de andre teams i "
    "{afdeling} på afdelingsmødet.",
)
DROP_REASONS = (
    "Forløbet gik i stå ved skoleårets afslutning.",
    "Ikke nået; teamet blev delt ved skoleårets start.",
)


# -- the themes -----------------------------------------------------------------------------------

READING_SUBJECTS = ("dansk", "natur/teknologi", "historie", "biologi", "geografi", "samfundsfag",
                    "fysik/kemi")
_ALL = ("indskoling", "mellemtrin", "udskoling")

GRUPPEARBEJDE = CourseTheme(
    "gruppearbejde", (), _ALL, ("Aktionslæring", "Inklusion", "co-teaching"),
    material="gruppekortene",
    titles=("Grupper, der kommer i gang", "Alle bidrager i gruppearbejdet",
            "Gruppearbejde, hvor alle er med"),
    problems=(
        "Hvordan får vi grupperne til at gå i gang med at arbejde, uanset hvem de er sammen med?",
        "Hvordan kan vi tilrettelægge gruppearbejdet {hvor}, så alle i gruppen bidrager – også "
        "de stille elever?",
        "Hvad skal der til, for at grupperne {hvor} hjælper hinanden videre i stedet for at vente "
        "på en voksen?"),
    wonders=(
        "Vi oplever i flere fag, at grupperne bruger de første mange minutter på at finde ud af, "
        "hvem der skal gøre hvad. Nogle grupper går først i gang, når en voksen kommer forbi, og "
        "det er ofte de samme elever, der sidder og venter.",
        "På teammødet undrede vi os over, at gruppearbejdet fungerer fint i nogle timer og går "
        "helt i stå i andre – også når opgaverne ligner hinanden. Vi har talt om, at det måske "
        "handler mere om igangsætningen end om opgaven."),
    whys=(
        "Gruppearbejde fylder meget i vores undervisning, og det er her, nogle elever falder fra. "
        "Hvis alle skal lære noget af det, skal alle have en opgave, der giver mening fra start.",
        "Når grupperne venter på os, når vi kun rundt til få af dem, og de elever, der har mest "
        "brug for hjælp, får mindst. Vi vil bruge vores tid på det faglige frem for på at sætte "
        "i gang."),
    goals=(
        "1) Alle grupper er i gang med opgaven inden for fem minutter, uden at en voksen har "
        "været forbi. 2) Alle elever i gruppen kan forklare gruppens løsning.",
        "1) Eleverne kan selv fordele opgaverne i gruppen. 2) Grupperne spørger hinanden, før de "
        "spørger en voksen."),
    signs=(
        "Vi ser grupper, der går i gang uden at vente, og hører elever spørge »hvem gør hvad?« i "
        "stedet for »hvad skal vi?«. Når vi spørger en tilfældig elev, kan eleven forklare, hvad "
        "gruppen er nået frem til.",
        "Færre hænder i vejret i de første minutter, flere elever, der tager ordet i gruppen, og "
        "grupper, der afleverer et fælles produkt til tiden."),
    quick_writes=(
        "Jeg vil gerne arbejde med igangsætningen af gruppearbejde. Når jeg har givet "
        "instruktionen, sidder flere grupper og venter på, at jeg kommer forbi, og så er "
        "halvdelen af tiden gået.",
        "Det, der fylder for mig, er, at det er de samme elever, der laver det hele i grupperne. "
        "De andre kigger på – og får meget lidt ud af det.",
        "Jeg kunne godt tænke mig at blive bedre til at sammensætte grupper. Nogle "
        "sammensætninger fungerer, andre slet ikke, og jeg ved ikke helt hvorfor."),
    aims=(
        "At grupperne kommer i gang af sig selv, så {a} kan bruge tiden på det faglige.",
        "At alle i gruppen har en opgave og bidrager – ikke kun dem, der plejer."),
    experience=(
        "{a} tror, at de fleste oplevede det som mere overskueligt, fordi de vidste, hvad de "
        "skulle. Et par elever syntes, det var underligt at blive styret så meget.",
        "Eleverne sagde bagefter, at det var rart at vide, hvem der skulle hvad. {a} tror, at de "
        "stille elever oplevede, at der var plads til dem."),
    focus_students=(
        "Gruppe {g} og gruppe {g2}: de kom sidst i gang i sidste uge.",
        "Gruppe {g}, hvor elev {elev} plejer at lave det meste, og elev {elev2} ofte venter."),
    learned=(
        "Igangsætningen er det afgørende: når første trin står på bordet, og alle har en opgave, "
        "kommer grupperne selv i gang. Roller virker, når de passer til opgaven, ellers bliver de "
        "pynt. Og en runde, hvor alle siger deres bud først, giver de stille elever en stemme. "
        "Vi har også lært at se på grupperne fra en anden plads i lokalet end vores egen.",
        "Vi troede, at problemet var sammensætningen af grupperne, men det var i højere grad "
        "uklarheden om første skridt. Faste grupper i en periode og et skriftligt første trin "
        "gav ro, og eleverne spurgte hinanden, før de spurgte os. Efter {runder} har vi en "
        "rutine, vi vil bruge i alle fag."),
    reading=(
        "Spencer Kagans samarbejdsstrukturer – afsnittet om roller i grupper.",
        "Et kapitel om samarbejdslæring fra teamets læsemappe; {v} finder det frem."),
    steps=(
        Step(
            "rollekort i grupperne",
            action="Hver gruppe får rollekort – ordstyrer, sekretær, tidtager og "
                   "materialeansvarlig – som deles ud, før opgaven bliver sat i gang.",
            reason="Når alle har en opgave fra start, er der ingen, der venter på, at de andre "
                   "begynder, og ordstyreren har ansvaret for at få gruppen i gang.",
            expectation="Vi forventer, at flere grupper er i gang inden for fem minutter, og at "
                        "flere elever tager ordet i grupperne.",
            sequence="0–5 min: fælles start og instruktion om {emne}. 5–10 min: rollekortene "
                     "deles ud, og hver rolle bliver forklaret kort. 10–35 min: gruppearbejde. "
                     "35–45 min: grupperne fremlægger, og klassen taler kort om rollerne.",
            watch_for="Hvad der sker i de første fem minutter af gruppearbejdet: hvem tager "
                      "initiativ, og bliver rollerne brugt?",
            focus_points=("Hvor lang tid går der, før hver gruppe er i gang?",
                          "Bruger eleverne rollerne – og hvordan?",
                          "Hvem tager ordet i grupperne?"),
            data="Observationsnoter med tidspunkter for, hvornår hver gruppe går i gang, og en "
                 "optælling af, hvem der taler i to udvalgte grupper.",
            seen=(
                _seen("laerer", None, "{a} deler rollekort ud til alle grupper og forklarer "
                      "hver rolle; det tager ca. {m} minutter."),
                _seen("elever", 0, "{N} af seks grupper er i gang inden for fem minutter; gruppe "
                      "{g} venter, til {a} kommer forbi.", "Undrer mig: hvad venter gruppe {g} "
                      "på?"),
                _seen("elever", 1, "Ordstyreren i gruppe {g2} læser opgaven højt og spørger: "
                      "»Hvem skriver?«"),
                _seen("elever", 2, "I gruppe {g} taler elev {elev} det meste af tiden; "
                      "sekretæren skriver, men siger ikke noget.", "Undrer mig: giver "
                      "sekretærrollen lov til at tie?"),
                _seen("elever", 1, "Efter ti minutter er rollekortene skubbet til side i de "
                      "fleste grupper.", "Er rollerne kun til starten?")),
            did="{a} delte rollekort ud og forklarede rollerne, før grupperne gik i gang. De "
                "fleste grupper kom hurtigere i gang end sidst, og ordstyrerne læste opgaven "
                "højt.",
            result="Lykkedes: flere grupper kom selv i gang, og ordstyrerne tog ansvaret. Ikke "
                   "lykkedes endnu: rollerne blev kun brugt i starten, og i et par grupper var "
                   "det stadig én elev, der talte.",
            point="Hvorfor bliver rollekortene kun brugt i de første minutter?",
            explain="Måske giver rollerne ikke mening for opgaven efter starten – sekretæren har "
                    "ikke noget at skrive, før gruppen er enig. Måske har eleverne aldrig set, "
                    "hvordan en god ordstyrer gør.",
            insight="Roller hjælper grupperne i gang, men de skal passe til opgaven, ellers "
                    "bliver de pynt.",
            summary="Rollekortene fik flere grupper hurtigere i gang, men rollerne forsvandt "
                    "efter starten. Vi undersøger, om det hjælper, at første trin står "
                    "skriftligt på bordet, og at grupperne er de samme i en periode.",
            prepare="Lave rollekort til alle grupper og en kort instruktion til hver rolle"),
        Step(
            "faste grupper og første trin på bordet",
            action="Faste grupper i tre uger, og første trin af opgaven står skriftligt på et "
                   "kort på hvert bord.",
            reason="Når grupperne er de samme, skal eleverne ikke starte forfra med hinanden, og "
                   "når første trin står på bordet, behøver de ikke vente på en voksen for at "
                   "vide, hvor de skal begynde.",
            expectation="Vi forventer, at alle grupper er i gang inden for tre minutter, og at "
                        "færre af elevernes spørgsmål handler om, hvad de skal gøre.",
            sequence="0–5 min: kort fælles intro til {emne}. 5–30 min: gruppearbejde i de faste "
                     "grupper med første trin på bordet. 30–35 min: stop, hvor hver gruppe "
                     "siger, hvor den er. 35–45 min: færdiggørelse og opsamling.",
            watch_for="Hvor lang tid der går, før hver gruppe er i gang, og hvad eleverne "
                      "spørger de voksne om.",
            focus_points=("Hvor lang tid går der, før alle grupper er i gang?",
                          "Hvad spørger eleverne de voksne om – opgaven eller det faglige?",
                          "Hvordan bruger grupperne kortet med første trin?"),
            data="Tidspunkter for, hvornår hver gruppe går i gang, og en liste over elevernes "
                 "spørgsmål til de voksne i de første ti minutter.",
            seen=(
                _seen("elever", 0, "Alle grupper er i gang efter tre minutter; gruppe {g} læser "
                      "kortet højt for hinanden."),
                _seen("elever", 2, "Gruppe {g2} springer kortet over og går direkte til "
                      "opgave {m}.", "Undrer mig: var første trin for let for dem?"),
                _seen("elever", 1, "I de første ti minutter får {a} {n} spørgsmål; kun ét "
                      "handler om, hvad gruppen skal gøre."),
                _seen("laerer", None, "{a} går først til gruppe {g} og gruppe {g2} og stiller et "
                      "fagligt spørgsmål ved hvert bord."),
                _seen("elever", 1, "Eleven på {elev} spørger sin gruppe, før hun rækker "
                      "hånden op.",
                      "De faste grupper ser ud til at give tryghed.")),
            did="Grupperne havde første trin på et kort på bordet og var de samme som ugen før. "
                "{a} ventede med at gå rundt, til alle var i gang, og begyndte ved de grupper, "
                "der plejer at have svært ved det.",
            result="Lykkedes: alle grupper var i gang efter tre minutter, og spørgsmålene til "
                   "{a} handlede om det faglige. Ikke lykkedes endnu: i to grupper var det "
                   "stadig den samme elev, der førte ordet.",
            point="Hvordan kommer alle i gruppen til orde, også når gruppen fungerer?",
            explain="En gruppe, der arbejder godt, lader ofte den hurtigste føre – det er "
                    "effektivt, men ikke alle lærer lige meget af det. Måske skal opgaven have "
                    "et sted, hvor alle skal sige noget.",
            insight="Igangsætningen hang mere sammen med, om eleverne vidste, hvor de skulle "
                    "begynde, end med hvem de var sammen med.",
            summary="Med faste grupper og første trin på bordet kom alle grupper i gang af sig "
                    "selv. Næste skridt er, at alle i gruppen kommer til orde: vi prøver en "
                    "runde, hvor hver elev siger sit bud, før gruppen skriver.",
            prepare="Lave faste grupper for de næste tre uger og skrive første trin på et kort "
                    "til hvert bord"),
        Step(
            "en runde, hvor alle siger deres bud først",
            action="Gruppearbejdet begynder med en runde, hvor hver elev på skift siger sit bud "
                   "på opgaven i et halvt minut, før gruppen diskuterer og skriver.",
            reason="Når alle har sagt noget, før gruppen går i gang, er alles bud på bordet, og "
                   "det er sværere for én elev at tage over.",
            expectation="Vi forventer, at flere elever tager ordet i resten af gruppearbejdet, "
                        "og at gruppens løsning bygger på flere elevers bud.",
            sequence="0–5 min: fælles start. 5–8 min: alle tænker selv og skriver et stikord. "
                     "8–13 min: runden i grupperne. 13–35 min: gruppearbejde om {emne}. "
                     "35–45 min: en tilfældig elev fra hver gruppe fremlægger.",
            watch_for="Om alle siger noget i runden, og om de stille elever også tager ordet "
                      "bagefter.",
            focus_points=("Siger alle noget i runden?", "Hvem tager ordet efter runden?",
                          "Kan en tilfældig elev fremlægge gruppens løsning?"),
            data="Optælling af taleture i to grupper; noter fra fremlæggelserne.",
            seen=(
                _seen("elever", 0, "I gruppe {g} siger alle fire noget i runden; elev {elev} "
                      "læser sit stikord op."),
                _seen("elever", 1, "Efter runden tager elev {elev2} ordet to gange uden at "
                      "blive spurgt.", "Undrer mig: var det stikordet, der gav modet?"),
                _seen("elever", 0, "Gruppe {g2} springer runden over; én elev begynder at "
                      "skrive med det samme."),
                _seen("laerer", None, "{a} trækker en elev fra hver gruppe til "
                      "fremlæggelsen."),
                _seen("elever", 2, "Eleven, der fremlægger for gruppe {g}, siger: »Vi valgte "
                      "den her, fordi …«", "Alle, der bliver trukket, kan sige noget om "
                      "løsningen.")),
            did="Eleverne fik to minutter til at tænke selv og skrive et stikord, og så sagde "
                "alle deres bud i gruppen. {a} trak tilfældigt, hvem der skulle fremlægge.",
            result="Lykkedes: i de fleste grupper kom alle til orde, og alle, der blev trukket, "
                   "kunne fremlægge. Ikke lykkedes endnu: én gruppe sprang runden over, da der "
                   "ikke stod en voksen ved bordet.",
            point="Hvad skal der til, for at grupperne holder fast i runden, når vi ikke står "
                  "ved siden af?",
            explain="Runden er ny, og eleverne har endnu ikke oplevet, at den gør en forskel. "
                    "Måske skal den stå som et fast punkt på kortet, så den ikke afhænger af os.",
            insight="Tænketid alene og en runde giver de stille elever noget at sige – og gør det "
                    "tydeligt for gruppen, at alles bud tæller.",
            summary="Runden gav flere elever en stemme i grupperne, og fremlæggelserne viste, at "
                    "de fleste kunne forklare løsningen. Runden skal blive en fast rutine, så "
                    "grupperne holder den – også uden en voksen ved bordet.",
            prepare="Skrive runden ind som fast punkt på gruppekortet"),
        Step(
            "hele rutinen hos en ny lærer",
            action="Hele rutinen – faste grupper, første trin på bordet og runden – afprøves af "
                   "en lærer i teamet, der ikke har undervist i de første runder.",
            reason="Vi vil vide, om det er rutinen, der virker, eller om det er den lærer og den "
                   "klasse, vi har prøvet den med.",
            expectation="Vi forventer, at grupperne kommer lige så hurtigt i gang som i de "
                        "første runder, men at runden skal øves et par gange, før den sidder.",
            sequence="0–10 min: {a} introducerer rutinen og viser den med en elevgruppe. "
                     "10–35 min: gruppearbejde om {emne}. 35–45 min: fremlæggelse og en kort "
                     "snak om, hvordan rutinen virkede.",
            watch_for="Om grupperne følger rutinen, og hvor den går i stå.",
            focus_points=("Hvor lang tid går der, før alle grupper er i gang?",
                          "Følger grupperne rutinen – og hvor går den i stå?"),
            data="Tidspunkter for, hvornår grupperne går i gang, og elevernes mundtlige "
                 "evaluering af rutinen.",
            seen=(
                _seen("laerer", None, "{a} viser rutinen med gruppe {g} foran klassen, før alle "
                      "går i gang."),
                _seen("elever", 0, "Fem af seks grupper er i gang inden for fire minutter."),
                _seen("elever", 1, "Gruppe {g2} går i stå efter runden; ingen vil være "
                      "sekretær.", "Undrer mig: skal rollerne fordeles, før runden begynder?"),
                _seen("elever", 1, "I evalueringen siger eleven på {elev}: »Det er godt, at "
                      "alle skal sige noget, så det ikke er de samme.«")),
            did="{a} viste rutinen med en elevgruppe foran klassen, og så arbejdede alle "
                "grupper efter kortet. Til sidst spurgte {a} klassen, hvordan rutinen havde "
                "virket.",
            result="Lykkedes: grupperne kom næsten lige så hurtigt i gang som i de første "
                   "runder. Ikke lykkedes endnu: rollerne skal fordeles før runden, ellers går "
                   "nogle grupper i stå.",
            point="Hvad er det i rutinen, der gør forskellen – og hvad kan vi undvære?",
            explain="Kortet med første trin ser ud til at betyde mest; rollerne betyder mindst, "
                    "når runden er på plads.",
            insight="En rutine kan flyttes til en ny klasse, når den bliver vist og ikke kun "
                    "forklaret.",
            summary="Rutinen virkede også hos en ny lærer. Vi skriver den ned som en fælles "
                    "rutine og samler op på, hvad vi har lært.",
            prepare="Skrive rutinen ned på én side og vise den for {na} før lektionen"),
    ),
)

LAESNING = CourseTheme(
    "laesning", READING_SUBJECTS, ("mellemtrin", "udskoling"), ("Læsevejleder", "DSA"),
    material="materialerne til førlæsningen",
    titles=("Fagtekster, eleverne kan læse", "Før, under og efter læsningen",
            "Læsning i fagene"),
    problems=(
        "Hvordan kan vi støtte eleverne {hvor} i at læse og forstå fagtekster i {fag}?",
        "Hvad skal der til, for at eleverne bruger læsestrategier, når de læser fagtekster på "
        "egen hånd?",
        "Hvordan kan førlæsningen hjælpe alle elever {hvor} ind i teksten – også dem, der læser "
        "langsomt?"),
    wonders=(
        "Mange elever læser teksterne i {fag} hurtigt igennem uden bagefter at kunne sige, hvad "
        "de handlede om. Når vi spørger, svarer de med enkelte ord fra teksten, ikke med deres "
        "egne.",
        "Vi har arbejdet med læsestrategier i dansk, men vi ser ikke eleverne bruge dem i de "
        "andre fag. Vi undrer os over, hvad der skal til, før strategierne følger med ud af "
        "danskundervisningen."),
    whys=(
        "Fagtekster er nøglen til de fleste fag, og de elever, der ikke får noget ud af "
        "læsningen, falder fra fagligt – også når de er dygtige mundtligt.",
        "Teksterne bliver sværere for hvert år. Hvis eleverne ikke har en måde at gå til en svær "
        "tekst på, bliver afstanden mellem dem, der læser godt, og de andre større."),
    goals=(
        "1) Eleverne kan med egne ord forklare, hvad en fagtekst handler om. 2) Eleverne kan "
        "sige, hvad de gjorde, da de gik i stå i teksten.",
        "1) Eleverne kender og bruger fagordene fra teksten. 2) Eleverne stiller spørgsmål til "
        "teksten før, under og efter læsningen."),
    signs=(
        "Eleverne bruger fagordene, når de fortæller om teksten; de understreger og skriver i "
        "marginen uden at blive mindet om det; flere exit-sedler gengiver tekstens hovedpointe "
        "med egne ord.",
        "Vi ser elever, der går tilbage i teksten for at finde svar, og hører dem sige, hvad de "
        "gør, når de ikke forstår et ord."),
    quick_writes=(
        "Jeg vil gerne arbejde med læsningen i mine fag. Mange læser teksten, men kan ikke "
        "bagefter sige, hvad den handlede om.",
        "Jeg oplever, at førlæsningen tager lang tid, og at det alligevel er de samme elever, "
        "der ikke kommer ind i teksten.",
        "Jeg vil gerne blive bedre til at vise eleverne, hvad man gør, når man læser en svær "
        "tekst. Jeg tror, jeg gør det selv uden at tænke over det."),
    aims=(
        "At eleverne kommer ind i teksten og kan bruge den i arbejdet bagefter.",
        "At eleverne selv gør noget, når de ikke forstår, i stedet for at læse videre."),
    experience=(
        "{a} tror, at eleverne oplevede teksten som lettere, fordi de kendte ordene, før de "
        "begyndte. Et par elever syntes, at førlæsningen tog for lang tid.",
        "Eleverne sagde, at det var rart at læse sammen med en makker. {a} tror, at de "
        "langsomme læsere oplevede, at de kunne følge med."),
    focus_students=(
        "Fokuselever: elev {elev} og elev {elev2} – de læser langsomt og giver ofte op "
        "halvvejs.",
        "Makkerparret ved bord {g} og elev {elev}, der sjældent stiller spørgsmål til teksten."),
    learned=(
        "Førlæsningen virker, når den er kort og handler om ordene og tekstens opbygning – ikke "
        "om indholdet, eleverne skal finde selv. Når vi tænker højt over en svær tekst, ser "
        "eleverne, at også gode læsere går i stå, og hvad de gør ved det. Makkerlæsning med "
        "faste roller holder de langsomme læsere med i teksten.",
        "Vi har lært, at strategierne ikke følger med ud af dansk af sig selv: de skal vises og "
        "bruges i {fag} med fagets egne tekster. Efter {runder} bruger flere elever "
        "læseguiden uden at blive mindet om det."),
    reading=(
        "Elisabeth Arnbak: Faglig læsning – fra læseproces til læreproces; kapitlet om "
        "førlæsning.",
        "Læsevejlederens oplæg om læsestrategier i fagene og EMU's materiale om faglig læsning."),
    steps=(
        Step(
            "fælles førlæsning med fagord",
            action="Før læsningen gennemgår vi fem fagord fra teksten med billeder og eksempler, "
                   "og eleverne gætter ud fra overskrifter og billeder, hvad teksten handler om.",
            reason="Eleverne går i stå på fagordene og mangler et billede af, hvad teksten "
                   "handler om. Med ordene og et gæt på plads har de noget at hænge læsningen "
                   "op på.",
            expectation="Vi forventer, at flere elever læser teksten færdig, og at de bruger "
                        "fagordene, når de fortæller, hvad de har læst.",
            sequence="0–10 min: fem fagord om {emne} med billeder på tavlen. 10–15 min: "
                     "eleverne gætter ud fra overskrifter og billeder. 15–35 min: læsning i "
                     "makkerpar. 35–45 min: eleverne fortæller med egne ord, hvad teksten "
                     "handler om.",
            watch_for="Om eleverne bruger fagordene, og hvad de gør, når de går i stå i "
                      "teksten.",
            focus_points=("Hvilke fagord bruger eleverne, når de taler om teksten?",
                          "Hvad gør eleverne, når de går i stå?",
                          "Kan eleverne sige med egne ord, hvad teksten handler om?"),
            data="Observationsnoter om de fagord, eleverne bruger, og exit-sedler med tekstens "
                 "hovedpointe med egne ord.",
            seen=(
                _seen("laerer", None, "{a} viser fem fagord på tavlen med billeder; eleverne "
                      "skriver dem i hæftet."),
                _seen("elever", 1, "To elever ved bord {g} stopper ved et ord og kigger op på "
                      "ordlisten på tavlen.", "Undrer mig: bruger dem, der sidder langt fra "
                      "tavlen, også listen?"),
                _seen("elever", 0, "Eleven på {elev} siger til sin makker: »Det er ligesom det, "
                      "vi så på billedet.«"),
                _seen("elever", 1, "Eleven på {elev2} vender siderne hurtigt og er færdig "
                      "før de andre.", "Undrer mig: læser hun for at blive færdig?"),
                _seen("elever", 2, "{N} af de makkerpar, der fortæller om teksten, bruger mindst "
                      "to af fagordene.")),
            did="{a} gennemgik fem fagord med billeder, og eleverne gættede, hvad teksten "
                "handlede om, før de læste den i makkerpar. Til sidst fortalte de, hvad teksten "
                "handlede om.",
            result="Lykkedes: flere brugte fagordene, og de fleste makkerpar læste teksten "
                   "færdig. Ikke lykkedes endnu: nogle elever læste hurtigt igennem uden at "
                   "stoppe op, og exit-sedlerne gengav mest overskrifterne.",
            point="Hvorfor stopper nogle elever ikke op, når de ikke forstår?",
            explain="Måske opdager de ikke, at de ikke forstår – de læser for at blive færdige. "
                    "Måske har de aldrig set, hvad en god læser gør, når en tekst er svær.",
            insight="Fagordene hjælper eleverne ind i teksten, men de lærer ikke af sig selv at "
                    "holde øje med deres egen forståelse.",
            summary="Førlæsningen med fagord gav eleverne et sprog at tale om teksten med. "
                    "Næste skridt er at vise, hvad en læser gør, når teksten bliver svær: {na} "
                    "tænker højt over et afsnit, før eleverne læser.",
            prepare="Vælge fem fagord og finde billeder til førlæsningen"),
        Step(
            "læreren tænker højt over et svært afsnit",
            action="Læreren læser det første afsnit højt og tænker højt undervejs: hvor går jeg "
                   "i stå, hvad gør jeg så, og hvordan tjekker jeg, at jeg har forstået.",
            reason="Eleverne ser sjældent, hvad en god læser gør. Når læreren viser det, får de "
                   "konkrete greb, de kan bruge selv, når de læser resten af teksten.",
            expectation="Vi forventer, at flere elever stopper op og bruger et af grebene, når "
                        "de læser selv.",
            sequence="0–5 min: fagordene fra sidst. 5–15 min: {a} læser og tænker højt over "
                     "første afsnit om {emne}. 15–35 min: eleverne læser resten i makkerpar og "
                     "markerer, hvor de går i stå. 35–45 min: fælles snak om, hvad de gjorde.",
            watch_for="Hvad eleverne gør, når de går i stå, og om de bruger de greb, {a} viste.",
            focus_points=("Hvilke greb viser læreren?",
                          "Hvad gør eleverne, når de går i stå?",
                          "Kan eleverne sige, hvad de gjorde for at forstå?"),
            data="Elevernes markeringer i teksten og noter fra den fælles snak.",
            seen=(
                _seen("laerer", 0, "{a} læser højt og stopper: »Her forstår jeg ikke helt – jeg "
                      "læser lige sætningen igen.«"),
                _seen("laerer", 0, "{a} skriver tre greb på tavlen: læse igen, kigge på "
                      "billedet, spørge sig selv, hvad afsnittet handlede om."),
                _seen("elever", 1, "Makkerparret ved bord {g} markerer to steder i teksten og "
                      "læser dem igen sammen."),
                _seen("elever", 1, "Eleven på {elev} markerer ikke noget og siger, at det hele "
                      "var let.", "Undrer mig: er teksten let for ham, eller opdager han ikke, "
                      "når han ikke forstår?"),
                _seen("elever", 2, "I snakken siger eleven på {elev2}: »Jeg kiggede på "
                      "billedet, så forstod jeg det med …«")),
            did="{a} læste første afsnit højt og tænkte højt undervejs og skrev tre greb på "
                "tavlen. Eleverne læste resten i makkerpar og markerede, hvor de gik i stå.",
            result="Lykkedes: de fleste makkerpar markerede steder i teksten og brugte mindst "
                   "ét af grebene. Ikke lykkedes endnu: nogle få elever markerede intet, og vi "
                   "ved ikke, om de forstod det hele.",
            point="Hvordan kan vi se, om eleverne har forstået – ikke kun om de er færdige?",
            explain="Markeringerne viser, hvor eleverne går i stå, men ikke hvad de har "
                    "forstået. Måske skal eleverne sige eller skrive tekstens pointe med egne "
                    "ord undervejs.",
            insight="Når vi viser vores egen læsning, bliver det legitimt at gå i stå – og "
                    "eleverne får noget at gøre ved det.",
            summary="Højtlæsning med tænke-højt gav eleverne greb, de brugte. Vi vil nu se, om "
                    "en læseguide med stop undervejs kan vise os, hvad eleverne har forstået.",
            prepare="Vælge afsnittet til tænke-højt og skrive grebene på et A3-ark"),
        Step(
            "læseguide med stop undervejs",
            action="Eleverne læser med en læseguide: efter hvert afsnit stopper makkerparret og "
                   "skriver afsnittets pointe i én sætning med egne ord.",
            reason="Når eleverne skal skrive pointen undervejs, opdager de selv, når de ikke har "
                   "forstået, og vi kan se, hvor i teksten de taber tråden.",
            expectation="Vi forventer, at makkerparrene går tilbage i teksten, når de ikke kan "
                        "skrive pointen, og at exit-sedlerne viser mere forståelse end sidst.",
            sequence="0–5 min: læseguiden vises og prøves på første afsnit. 5–35 min: læsning "
                     "i makkerpar med stop efter hvert afsnit. 35–45 min: to makkerpar læser "
                     "deres pointer op.",
            watch_for="Hvad makkerparrene skriver ved stoppene, og hvad de gør, når de ikke kan "
                      "skrive pointen.",
            focus_points=("Hvad skriver eleverne ved stoppene?",
                          "Går eleverne tilbage i teksten, når de er i tvivl?"),
            data="Læseguiderne fra hele klassen (uden navne) og noter om to makkerpar.",
            seen=(
                _seen("elever", 0, "Makkerparret ved bord {g} skriver: »Afsnittet handler om, "
                      "hvorfor …« efter første stop."),
                _seen("elever", 1, "Eleven på {elev} siger: »Det kan vi ikke skrive, vi må "
                      "læse det igen« – parret går tilbage i teksten."),
                _seen("elever", 0, "Ved tredje stop skriver {n} makkerpar en overskrift i "
                      "stedet for en pointe.", "Undrer mig: er forskellen på overskrift og "
                      "pointe tydelig for dem?"),
                _seen("laerer", None, "{a} går rundt og spørger: »Hvordan ved I, at det er "
                      "pointen?«")),
            did="Eleverne læste i makkerpar med læseguiden og skrev pointen efter hvert afsnit. "
                "{a} gik rundt og spurgte ind til, hvordan de vidste, at det var pointen.",
            result="Lykkedes: flere makkerpar gik tilbage i teksten, og læseguiderne viste "
                   "præcist, hvor de tabte tråden. Ikke lykkedes endnu: nogle skrev overskrifter "
                   "i stedet for pointer.",
            point="Hvad er forskellen på en overskrift og en pointe – for eleverne?",
            explain="Eleverne har lært at finde overskrifter; pointen kræver, at de selv "
                    "formulerer noget, og det er sværere.",
            insight="Læseguiden gør elevernes forståelse synlig for både dem og os.",
            summary="Læseguiden fik eleverne til at gå tilbage i teksten og viste os, hvor "
                    "forståelsen gik tabt. Forskellen på overskrift og pointe skal vises med "
                    "eksempler.",
            prepare="Lave en læseguide med stop efter hvert afsnit"),
        Step(
            "læseguiden hos en ny lærer",
            action="En lærer i teamet, der ikke har undervist i de første runder, bruger "
                   "læseguiden med en ny tekst og viser først med et eksempel, hvad forskellen er "
                   "på en overskrift og en pointe.",
            reason="Hvis læseguiden skal blive en vane, skal eleverne møde den hos flere lærere "
                   "og i flere fag – og forskellen på overskrift og pointe skal være tydelig.",
            expectation="Vi forventer, at eleverne kender guiden og går hurtigere i gang, og at "
                        "flere skriver pointer frem for overskrifter.",
            sequence="0–10 min: eksempel på overskrift og pointe om {emne}. 10–35 min: læsning "
                     "med læseguiden. 35–45 min: opsamling på pointerne.",
            watch_for="Om eleverne genkender læseguiden, og hvad de skriver ved stoppene.",
            focus_points=("Genkender eleverne læseguiden?",
                          "Skriver eleverne pointer eller overskrifter?"),
            data="Læseguiderne fra klassen sammenlignet med dem fra sidste runde.",
            seen=(
                _seen("elever", 0, "Eleven på {elev} siger: »Den har vi prøvet før« og går "
                      "i gang med det samme."),
                _seen("laerer", None, "{a} viser to sætninger om samme afsnit – en overskrift og "
                      "en pointe – og lader klassen stemme."),
                _seen("elever", 1, "De fleste makkerpar skriver hele sætninger med »fordi« "
                      "eller »så« ved stoppene.")),
            did="{a} viste forskellen på en overskrift og en pointe med to eksempler, og så "
                "læste eleverne med læseguiden.",
            result="Lykkedes: eleverne genkendte guiden hos en ny lærer, og flere skrev "
                   "pointer. Ikke lykkedes endnu: de langsomste makkerpar nåede kun halvdelen af "
                   "teksten.",
            point="Hvordan sikrer vi, at de langsomste læsere også når tekstens vigtigste dele?",
            explain="Guiden gør læsningen grundigere og dermed langsommere; måske skal teksten "
                    "være kortere for nogle.",
            insight="Strategier bliver en vane, når eleverne møder dem i flere fag og med flere "
                    "lærere.",
            summary="Læseguiden virker også hos en ny lærer og med en ny tekst. Vi samler op på "
                    "forløbet og aftaler, hvordan guiden bliver fælles for teamet.",
            prepare="Tilpasse læseguiden til fagets tekster"),
    ),
)

MUNDTLIGHED = CourseTheme(
    "mundtlighed", (), _ALL, ("DSA", "Aktionslæring", "Læsevejleder"),
    material="spørgsmålene til klassesamtalerne",
    titles=("Flere stemmer i klassesamtalen", "Alle elever tager ordet",
            "Mundtlighed i {fag}"),
    problems=(
        "Hvordan kan vi tilrettelægge klassesamtalerne {hvor}, så flere elever tager ordet?",
        "Hvad skal der til, for at de elever, der sjældent siger noget i {fag}, deltager i "
        "samtalen?",
        "Hvordan kan vi få eleverne til at bygge videre på hinandens svar i stedet for kun at "
        "svare os?"),
    wonders=(
        "Når vi ser tilbage på vores timer, er det de samme fem-seks elever, der svarer. Vi "
        "undrer os over, om de andre ikke har noget at sige, eller om vores måde at stille "
        "spørgsmål på gør det let for dem at lade være.",
        "Ved en observation i foråret talte vi, hvem der tog ordet: over halvdelen af "
        "indlæggene kom fra fire elever. Det overraskede os, for vi oplever selv, at mange er "
        "med."),
    whys=(
        "Eleverne lærer ved at sætte ord på det faglige. De elever, der aldrig siger noget, får "
        "ikke øvet fagsproget – og vi ved ikke, hvad de har forstået.",
        "Mundtligheden er en del af alle fag og af prøverne. Hvis det kun er de sikre elever, "
        "der øver sig, bliver forskellen større år for år."),
    goals=(
        "1) Flere forskellige elever tager ordet i klassesamtalerne. 2) Eleverne bygger videre "
        "på hinandens svar.",
        "1) Alle elever siger noget fagligt mindst én gang i lektionen. 2) Eleverne bruger "
        "fagbegreberne, når de forklarer."),
    signs=(
        "Optællingen af, hvem der tager ordet, viser flere forskellige elever; vi hører "
        "»jeg er enig med …, fordi …« og »jeg vil gerne bygge videre på …«.",
        "Flere hænder efter makkersnak; elever, der plejer at tie, siger noget i fællesskabet; "
        "fagbegreberne bliver brugt i svarene."),
    quick_writes=(
        "Det er de samme elever, der svarer i mine timer. Jeg vil gerne finde ud af, hvordan jeg "
        "får de andre med.",
        "Jeg stiller mange spørgsmål, men jeg er i tvivl om, hvor meget eleverne egentlig når at "
        "tænke, før nogen svarer.",
        "Mine elever svarer mig, men de taler ikke med hinanden. Jeg vil gerne have en "
        "samtale i klassen, ikke kun et forhør."),
    aims=(
        "At flere elever tager ordet, og at samtalen ikke kun går mellem {a} og de samme "
        "få.",
        "At eleverne taler med hinanden om det faglige og ikke kun svarer {a}."),
    experience=(
        "{a} tror, at makkersnakken gjorde det tryggere at sige noget, fordi eleverne havde "
        "prøvet svaret af først.",
        "{a} tror, at nogle af de stille elever oplevede det som grænseoverskridende at blive "
        "trukket, men at de fleste syntes, det var retfærdigt."),
    focus_students=(
        "Fokuselever: elev {elev}, elev {elev2} og gruppen ved bord {g} – de siger sjældent "
        "noget i fællesskabet.",
        "Fokuselever: elev {elev} og elev {elev2}, som svarer meget, og bord {g}, der sjældent "
        "gør."),
    learned=(
        "Ventetid og makkersnak før svar giver flere stemmer i samtalen: flere elever har noget "
        "at sige, når de har prøvet det af først. Når vi trækker navne i stedet for at vælge "
        "blandt hænderne, bliver flere opmærksomme, men det kræver, at eleverne har haft tid til "
        "at forberede sig. Sætningsstartere hjælper eleverne med at bygge videre på hinanden.",
        "Vi har lært at lægge mærke til, hvem der taler, og ikke kun hvad der bliver sagt. "
        "Optællingerne fra {runder} viste, at vi selv styrede samtalen mere, end vi troede. "
        "Nu planlægger vi, hvornår eleverne taler med hinanden, og hvornår de taler med os."),
    reading=(
        "Olga Dysthe om den flerstemmige klassesamtale – kapitlet om autentiske spørgsmål.",
        "Artiklen om ventetid og ordfordeling fra teamets læsemappe."),
    steps=(
        Step(
            "ventetid og makkersnak før svar",
            action="Efter hvert åbent spørgsmål får eleverne ti sekunders tænketid og et "
                   "halvt minut med sidemanden, før nogen svarer.",
            reason="De hurtige elever svarer, før de andre har nået at tænke. Med tænketid og "
                   "makkersnak har alle et svar, de har prøvet af.",
            expectation="Vi forventer, at flere forskellige elever rækker hånden, og at svarene "
                        "bliver længere.",
            sequence="0–5 min: start og mål. 5–25 min: klassesamtale om {emne} med fire åbne "
                     "spørgsmål, hvert med tænketid og makkersnak. 25–40 min: individuelt "
                     "arbejde. 40–45 min: opsamling.",
            watch_for="Hvem der tager ordet før og efter makkersnakken, og hvor lang ventetiden "
                      "faktisk er.",
            focus_points=("Hvem tager ordet i klassesamtalen?",
                          "Hvor lang tid går der fra spørgsmål til svar?",
                          "Hvad sker der i makkersnakken?"),
            data="Optælling af taleture på klassens pladser og tidtagning af ventetiden.",
            seen=(
                _seen("laerer", 1, "{a} stiller første spørgsmål og tæller stille til ti; {n} "
                      "hænder kommer op undervejs."),
                _seen("elever", 2, "I makkersnakken taler de fleste par om spørgsmålet; ved "
                      "bord {g} taler de om frikvarteret."),
                _seen("elever", 0, "Efter makkersnakken rækker {n} elever hånden, heriblandt "
                      "eleven på {elev}, som ikke har sagt noget før i timen.", "Undrer mig: "
                      "var det makkersnakken eller spørgsmålet, der gjorde forskellen?"),
                _seen("laerer", 1, "Ved det tredje spørgsmål venter {a} kun et par sekunder, "
                      "før eleven på {elev2} får ordet.", "Ventetiden bliver kortere, jo "
                      "længere vi kommer i timen?"),
                _seen("elever", 0, "Samlet tager {x} forskellige elever ordet; fire af dem står "
                      "for over halvdelen af indlæggene.")),
            did="{a} stillede fire åbne spørgsmål og gav tænketid og makkersnak efter hvert. "
                "Eleverne talte med sidemanden, før nogen fik ordet.",
            result="Lykkedes: flere forskellige elever rakte hånden, også nogle, der ikke plejer. "
                   "Ikke lykkedes endnu: ventetiden blev kortere hen ad vejen, og det var stadig "
                   "de samme, der fik ordet oftest.",
            point="Hvorfor er det stadig de samme, der får ordet, når flere rækker hånden?",
            explain="Vi vælger måske dem, vi ved har et godt svar, for at holde tempoet. "
                    "Hænderne er stadig et filter: dem, der ikke rækker op, bliver ikke hørt.",
            insight="Tænketid og makkersnak giver flere noget at sige, men vi styrer selv, hvem "
                    "der bliver hørt.",
            summary="Makkersnakken gav flere hænder, men ordet gik stadig mest til de samme. "
                    "Næste skridt: ingen hænder – {na} trækker navne efter makkersnakken, så "
                    "alle par skal være klar.",
            prepare="Skrive fire åbne spørgsmål til klassesamtalen"),
        Step(
            "ingen hænder – navne trækkes efter makkersnak",
            action="Efter makkersnakken trækker læreren en pind med et navn; eleven svarer på "
                   "parrets vegne. Ingen rækker hånden.",
            reason="Når alle kan blive trukket, skal alle par være klar, og det er ikke "
                   "længere kun dem med hånden oppe, der bliver hørt. At svare på parrets vegne "
                   "gør det mindre sårbart.",
            expectation="Vi forventer, at flere forskellige elever taler, og at makkersnakken "
                        "bliver mere fokuseret.",
            sequence="0–5 min: {a} forklarer, at der ikke rækkes hånd i dag. 5–25 min: "
                     "klassesamtale om {emne} med makkersnak og navnepinde. 25–45 min: "
                     "arbejde og opsamling.",
            watch_for="Makkersnakken: taler parrene om spørgsmålet? Og hvordan reagerer de "
                      "elever, der bliver trukket?",
            focus_points=("Hvem tager ordet i klassesamtalen?",
                          "Hvad sker der i makkersnakken?",
                          "Hvordan reagerer eleverne, når de bliver trukket?"),
            data="Optælling af taleture og noter om to makkerpar.",
            seen=(
                _seen("elever", 1, "I makkersnakken skriver parret ved bord {g} et stikord, før "
                      "pinden trækkes."),
                _seen("elever", 2, "Eleven på {elev} bliver trukket og siger: »Vi tænkte, at "
                      "…« – svarer for parret uden at tøve."),
                _seen("elever", 2, "Eleven på {elev2} bliver trukket og siger »ved ikke«; "
                      "{a} spørger makkeren, som hjælper.", "Undrer mig: havde parret talt om "
                      "spørgsmålet?"),
                _seen("elever", 0, "{x} forskellige elever taler i løbet af samtalen; "
                      "indlæggene er fordelt over hele klassen.")),
            did="Ingen rakte hånden. Efter hver makkersnak trak {a} en navnepind, og eleven "
                "svarede på parrets vegne.",
            result="Lykkedes: langt flere forskellige elever talte, og de fleste par var klar. "
                   "Ikke lykkedes endnu: eleverne svarede {a} og ikke hinanden; samtalen blev "
                   "en række svar.",
            point="Hvordan får vi eleverne til at bygge videre på hinandens svar?",
            explain="Eleverne er vant til, at læreren vurderer svaret, så de venter på "
                    "vurderingen i stedet for at lytte til hinanden.",
            insight="Navnepindene fordeler ordet, men de laver ikke en samtale af sig selv.",
            summary="Ordet blev fordelt meget bredere. Næste skridt: sætningsstartere på "
                    "tavlen, og {na} giver svarene videre til klassen i stedet for at vurdere "
                    "dem.",
            prepare="Lave navnepinde og forberede klassen på, at der ikke rækkes hånd"),
        Step(
            "sætningsstartere og svar, der gives videre",
            action="Sætningsstartere på tavlen – »Jeg er enig med …, fordi …«, »Jeg vil bygge "
                   "videre på …«, »Jeg ser det anderledes …« – og læreren giver svarene videre "
                   "til klassen i stedet for at vurdere dem.",
            reason="Eleverne venter på lærerens vurdering. Når læreren giver svaret videre, og "
                   "eleverne har ord at bygge videre med, kan de tale med hinanden.",
            expectation="Vi forventer at høre elever henvise til hinanden og flere indlæg i "
                        "træk uden lærerens kommentar.",
            sequence="0–5 min: sætningsstarterne gennemgås. 5–30 min: klassesamtale om {emne}. "
                     "30–45 min: skriftligt arbejde, hvor eleverne bruger samtalen.",
            watch_for="Om eleverne bruger sætningsstarterne, og hvor mange indlæg der kommer i "
                      "træk uden lærerens kommentar.",
            focus_points=("Bruger eleverne sætningsstarterne?",
                          "Hvor mange indlæg kommer i træk uden lærerens kommentar?",
                          "Hvordan giver læreren svarene videre?"),
            data="Ordrette noter af fem minutter af samtalen og en optælling af indlæg i træk.",
            seen=(
                _seen("elever", 0, "Eleven på {elev} siger: »Jeg er enig med det, der blev sagt "
                      "før, fordi …«"),
                _seen("laerer", 2, "{a} spørger: »Hvad siger I andre til det?« i stedet for at "
                      "kommentere svaret."),
                _seen("elever", 1, "Fire indlæg i træk uden {a_s} kommentar; eleven på "
                      "{elev2} bygger videre på det forrige.", "Samtalen går mellem eleverne "
                      "her – første gang i dag."),
                _seen("laerer", 2, "{a} kommer til at sige »godt« efter et svar, og de næste "
                      "elever henvender sig til {a} igen.", "Undrer mig: hvor stærkt styrer "
                      "lærerens ros samtalen?")),
            did="{a} gennemgik sætningsstarterne og gav svarene videre til klassen. Flere "
                "elever byggede videre på hinanden, og der var længere stræk uden {a_s} "
                "kommentar.",
            result="Lykkedes: vi hørte elever henvise til hinanden, og der kom flere indlæg i "
                   "træk. Ikke lykkedes endnu: når {a} roste et svar, vendte samtalen tilbage "
                   "til {a}.",
            point="Hvordan kan vi anerkende et godt svar uden at lukke samtalen?",
            explain="Ros signalerer, at svaret er det rigtige, og så er der ikke mere at sige. "
                    "Et opfølgende spørgsmål anerkender uden at afslutte.",
            insight="Den måde, vi tager imod svar på, bestemmer, om eleverne taler med hinanden "
                    "eller kun med os.",
            summary="Sætningsstarterne og svar, der blev givet videre, gav de første rigtige "
                    "samtaler mellem eleverne. Vi arbejder videre med at anerkende uden at "
                    "lukke samtalen.",
            prepare="Lave en plakat med sætningsstartere til klasselokalet"),
        Step(
            "samtalen hos en ny lærer",
            action="Alle tre greb – makkersnak, navnepinde og sætningsstartere – bruges af en "
                   "lærer i teamet, der ikke har undervist i de første runder.",
            reason="Vi vil se, om eleverne tager grebene med, når de møder dem hos en anden "
                   "lærer.",
            expectation="Vi forventer, at eleverne kender grebene og hurtigt går i gang, og at "
                        "ordet er lige så bredt fordelt som i sidste runde.",
            sequence="0–5 min: start. 5–30 min: klassesamtale om {emne} med alle tre greb. "
                     "30–45 min: arbejde og opsamling.",
            watch_for="Om eleverne bruger grebene uden at blive mindet om dem.",
            focus_points=("Hvem tager ordet i klassesamtalen?",
                          "Bruger eleverne sætningsstarterne uden at blive mindet om det?"),
            data="Optælling af taleture, sammenlignet med første runde.",
            seen=(
                _seen("elever", 1, "Eleven på {elev} bruger »Jeg vil bygge videre på …« uden at "
                      "kigge på plakaten."),
                _seen("elever", 0, "{x} forskellige elever tager ordet; i første runde var det "
                      "fem."),
                _seen("laerer", None, "{a} trækker navne efter makkersnakken; eleverne ser ud "
                      "til at kende rutinen.")),
            did="{a} brugte makkersnak, navnepinde og sætningsstartere i en klassesamtale. "
                "Eleverne kendte grebene fra de første runder.",
            result="Lykkedes: eleverne brugte grebene hos en ny lærer, og ordet var bredt "
                   "fordelt. Ikke lykkedes endnu: de længste samtaler kom stadig, når "
                   "spørgsmålet var helt åbent.",
            point="Hvilke spørgsmål giver de bedste samtaler?",
            explain="Spørgsmål med ét rigtigt svar giver korte svar; spørgsmål, hvor eleverne "
                    "kan være uenige, giver samtale.",
            insight="Grebene bliver elevernes, når de møder dem hos flere lærere.",
            summary="Grebene holdt også hos en ny lærer. Vi samler op på forløbet og aftaler, "
                    "hvordan de bliver fælles i teamet.",
            prepare="Vise {na} grebene og dele plakaten"),
    ),
)

FEEDBACK = CourseTheme(
    "feedback", (), _ALL, ("Aktionslæring", "Læsevejleder", "Matematikvejleder"),
    material="eksemplerne på feedback",
    titles=("Feedback, eleverne bruger", "Fra rettelser til næste skridt",
            "Feedback undervejs"),
    problems=(
        "Hvordan kan vi give feedback {hvor}, som eleverne faktisk bruger i deres næste "
        "opgave?",
        "Hvad skal der til, for at eleverne kan give hinanden feedback, der hjælper dem videre i "
        "{fag}?",
        "Hvordan kan feedbacken flytte sig fra at rette fejl til at pege på næste skridt?"),
    wonders=(
        "Vi bruger mange timer på at skrive kommentarer i elevernes opgaver, men vi ser sjældent, "
        "at de bliver brugt. Mange elever kigger kun på karakteren eller smileyen og lægger "
        "opgaven væk.",
        "Når eleverne giver hinanden feedback, bliver det til »godt« og »flot«. Vi undrer os "
        "over, hvad de mangler for at kunne sige noget, der hjælper."),
    whys=(
        "Feedback er et af de stærkeste redskaber, vi har, men kun hvis eleverne bruger den. "
        "Lige nu bruger vi meget tid på noget, der ikke ser ud til at virke.",
        "Eleverne skal kunne vurdere deres eget arbejde og vide, hvad næste skridt er. Det "
        "lærer de ikke, hvis feedbacken kun kommer fra os og kun til sidst."),
    goals=(
        "1) Eleverne kan sige, hvad de skal gøre som næste skridt i opgaven. 2) Eleverne bruger "
        "feedbacken, før de afleverer.",
        "1) Eleverne giver hinanden feedback ud fra kriterierne. 2) Feedbacken peger på næste "
        "skridt og ikke kun på fejl."),
    signs=(
        "Opgaverne ændrer sig mellem udkast og aflevering; eleverne kan pege på, hvad de har "
        "ændret og hvorfor; makkerfeedbacken bruger kriteriernes ord.",
        "Vi hører elever sige »du kan gøre det bedre ved at …« og ser dem gå tilbage til "
        "opgaven efter feedbacken."),
    quick_writes=(
        "Jeg skriver lange kommentarer i elevernes opgaver, men jeg kan ikke se, at de bliver "
        "læst. Jeg vil gerne bruge min tid på feedback, der virker.",
        "Når mine elever giver hinanden feedback, bliver det til ros eller til småting som "
        "kommaer. Jeg vil gerne have, at de kan hjælpe hinanden rigtigt.",
        "Jeg vil gerne arbejde med feedback undervejs i stedet for kun til sidst, når det er for "
        "sent at bruge den."),
    aims=(
        "At eleverne får feedback, mens de stadig kan bruge den, og ved, hvad deres næste "
        "skridt er.",
        "At eleverne kan give hinanden feedback, der peger fremad."),
    experience=(
        "{a} tror, at eleverne oplevede det som mere overskueligt at få ét næste skridt end en "
        "lang kommentar. Nogle var skuffede over ikke at få en karakter.",
        "{a} tror, at eleverne var usikre på at give makkeren feedback i starten, men at det blev "
        "lettere, da de havde kriterierne at holde sig til."),
    focus_students=(
        "Makkerparret ved bord {g} og elev {elev}, der plejer at aflevere uden at læse "
        "feedbacken.",
        "Fokuselever: elev {elev} og elev {elev2} – den ene skriver meget, den anden meget "
        "lidt."),
    learned=(
        "Feedback virker, når den kommer, mens eleverne stadig arbejder, og når den peger på ét "
        "næste skridt. Eleverne kan give hinanden brugbar feedback, når kriterierne er konkrete, "
        "og når de har set eksempler. Vi skriver kortere kommentarer nu og bruger tiden i "
        "timerne i stedet.",
        "Vi har lært, at det ikke er mængden af feedback, der gør forskellen, men om der er tid "
        "til at bruge den. Efter {runder} har vi en fast plads til feedback midt i forløbet og "
        "et skema, eleverne kender."),
    reading=(
        "John Hattie og Helen Timperley: The Power of Feedback – de tre spørgsmål og de fire "
        "niveauer.",
        "Dylan Wiliam om formativ evaluering – kapitlet om feedback, der får eleverne til at "
        "tænke."),
    steps=(
        Step(
            "ét næste skridt i stedet for lange kommentarer",
            action="Eleverne afleverer et udkast midt i forløbet og får én ting, der er lykkedes, "
                   "og ét næste skridt – og ti minutter i timen til at arbejde med det.",
            reason="Lange kommentarer til sidst bliver ikke brugt. Ét næste skridt, mens der "
                   "stadig er tid, kan eleverne handle på.",
            expectation="Vi forventer, at de fleste elever ændrer noget i opgaven ud fra "
                        "feedbacken, og at de kan sige, hvad de har ændret.",
            sequence="0–5 min: eleverne får udkastet tilbage med feedback. 5–15 min: de "
                     "arbejder med deres næste skridt. 15–40 min: videre arbejde med {emne}. "
                     "40–45 min: tre elever fortæller, hvad de ændrede.",
            watch_for="Hvad eleverne gør med feedbacken i de første ti minutter.",
            focus_points=("Hvad gør eleverne med feedbacken?",
                          "Kan eleverne sige, hvad deres næste skridt er?",
                          "Hvilke spørgsmål stiller eleverne til feedbacken?"),
            data="Udkast og afleveringer fra seks elever (uden navne) og noter fra de første "
                 "ti minutter.",
            seen=(
                _seen("elever", 0, "De fleste elever læser feedbacken og går i gang; eleven på "
                      "{elev} lægger papiret væk med det samme."),
                _seen("elever", 2, "Eleven på {elev2} spørger: »Hvad betyder det, at jeg skal "
                      "uddybe?«", "Undrer mig: forstår eleverne ordene i vores feedback?"),
                _seen("elever", 1, "{N} af de elever, {b} taler med, kan sige deres næste skridt "
                      "med egne ord."),
                _seen("laerer", None, "{a} går rundt og hjælper de elever, der ikke er gået i "
                      "gang med feedbacken."),
                _seen("elever", 0, "Ved bord {g} læser to elever hinandens feedback og "
                      "sammenligner.")),
            did="Eleverne fik deres udkast tilbage med én ting, der var lykkedes, og ét næste "
                "skridt, og arbejdede med det i ti minutter. {a} gik rundt og hjalp.",
            result="Lykkedes: de fleste ændrede noget i opgaven og kunne sige hvad. Ikke "
                   "lykkedes endnu: nogle forstod ikke ordene i feedbacken, fx »uddyb«.",
            point="Hvorfor forstår nogle elever ikke vores feedback?",
            explain="Vi bruger fagord og skole-ord, som vi tror, eleverne kender. Feedbacken "
                    "bliver tydeligere, når den peger på kriterier, eleverne har set eksempler "
                    "på.",
            insight="Feedback skal være forståelig for eleven, før den kan bruges – og tid i "
                    "timen gør forskellen.",
            summary="Ét næste skridt og tid til at bruge det gjorde, at eleverne brugte "
                    "feedbacken. Næste runde: kriterier med eksempler, så eleverne forstår, hvad "
                    "feedbacken peger på.",
            prepare="Skrive feedback med ét lykkedes og ét næste skridt på alle udkast"),
        Step(
            "kriterier med eksempler",
            action="Før eleverne skriver, ser klassen på to eksempler – et stærkt og et svagere "
                   "– og finder sammen tre kriterier, som feedbacken bagefter tager udgangspunkt "
                   "i.",
            reason="Eleverne forstår feedbacken bedre, når de har set, hvordan kriterierne ser "
                   "ud i en rigtig tekst eller opgave.",
            expectation="Vi forventer, at eleverne bruger kriteriernes ord, når de taler om "
                        "deres eget arbejde.",
            sequence="0–15 min: to eksempler om {emne} sammenlignes, og klassen finder tre "
                     "kriterier. 15–40 min: eleverne arbejder og vurderer undervejs eget "
                     "arbejde ud fra kriterierne. 40–45 min: opsamling.",
            watch_for="Om eleverne bruger kriterierne, når de arbejder og vurderer.",
            focus_points=("Hvordan finder klassen frem til kriterierne?",
                          "Bruger eleverne kriteriernes ord om eget arbejde?"),
            data="Kriterierne, som klassen formulerede, og elevernes egne vurderinger.",
            seen=(
                _seen("elever", 0, "Eleven på {elev} peger på det stærke eksempel: »Den her "
                      "forklarer, hvorfor.«"),
                _seen("laerer", 0, "{a} skriver tre kriterier på tavlen med elevernes egne "
                      "ord."),
                _seen("elever", 1, "Ved bord {g} siger en elev: »Vi mangler kriterium to« og "
                      "retter i opgaven."),
                _seen("elever", 1, "Eleven på {elev2} skriver »alt er godt« i sin "
                      "selvvurdering.", "Undrer mig: er selvvurderingen for åben?")),
            did="Klassen sammenlignede to eksempler og fandt tre kriterier, som blev skrevet på "
                "tavlen. Eleverne vurderede eget arbejde ud fra dem undervejs.",
            result="Lykkedes: mange brugte kriteriernes ord om eget arbejde. Ikke lykkedes "
                   "endnu: selvvurderingen blev for nogle til »alt er godt«.",
            point="Hvordan kan eleverne blive bedre til at se deres eget næste skridt?",
            explain="Det er svært at se sit eget arbejde udefra; en makker kan se det, man selv "
                    "overser.",
            insight="Eksempler gør kriterierne konkrete – det er dem, eleverne husker.",
            summary="Kriterierne med eksempler gav eleverne et sprog for kvalitet. Næste runde: "
                    "makkerfeedback ud fra kriterierne, så eleverne ser hinandens arbejde.",
            prepare="Finde to elevprodukter fra sidste år (uden navne) som eksempler"),
        Step(
            "makkerfeedback ud fra kriterierne",
            action="Eleverne giver hinanden feedback i par med et lille skema: én ting, der "
                   "opfylder et kriterium, og ét forslag til næste skridt.",
            reason="Eleverne ser lettere andres næste skridt end deres eget, og når skemaet "
                   "binder feedbacken til kriterierne, bliver den mere end ros.",
            expectation="Vi forventer, at feedbacken bruger kriteriernes ord, og at eleverne "
                        "ændrer noget ud fra makkerens forslag.",
            sequence="0–5 min: skemaet vises. 5–25 min: eleverne læser makkerens udkast og "
                     "udfylder skemaet. 25–40 min: de arbejder videre ud fra feedbacken. "
                     "40–45 min: hvad ændrede I?",
            watch_for="Hvad eleverne skriver og siger til hinanden, og om feedbacken bliver "
                      "brugt.",
            focus_points=("Hvad skriver eleverne i skemaet?",
                          "Bruger eleverne makkerens forslag?",
                          "Hvordan taler makkerne sammen om feedbacken?"),
            data="Feedbackskemaerne fra hele klassen og noter om tre makkerpar.",
            seen=(
                _seen("elever", 0, "Makkerparret ved bord {g} skriver: »Du forklarer godt, men "
                      "mangler et eksempel.«"),
                _seen("elever", 2, "Eleven på {elev} spørger sin makker: »Hvor skal eksemplet "
                      "stå?« – de finder stedet sammen."),
                _seen("elever", 0, "{N} skemaer indeholder kun ros; ét handler om "
                      "stavefejl.", "Undrer mig: er det svært at sige noget kritisk til en "
                      "ven?"),
                _seen("elever", 1, "Eleven på {elev2} tilføjer et eksempel efter makkerens "
                      "forslag.")),
            did="Eleverne læste hinandens udkast og udfyldte skemaet, og så arbejdede de videre "
                "med makkerens forslag.",
            result="Lykkedes: de fleste skemaer pegede på næste skridt, og mange brugte "
                   "forslaget. Ikke lykkedes endnu: nogle par holdt sig til ros.",
            point="Hvad skal der til, for at eleverne tør give hinanden et ærligt næste skridt?",
            explain="Ros er trygt. Måske skal vi vise, hvordan man siger noget kritisk venligt, "
                    "og øve det på et fremmed eksempel først.",
            insight="Makkerfeedback kan mere, end vi troede – når skemaet er enkelt og "
                    "kriterierne er elevernes egne.",
            summary="Makkerfeedbacken pegede fremad hos de fleste. Næste skridt: {na}, der "
                    "ikke har undervist i runderne, prøver hele rutinen – holder den hos en ny "
                    "lærer?",
            prepare="Lave feedbackskemaet med kriterierne fra klassen"),
        Step(
            "feedbackrutinen hos en ny lærer",
            action="En lærer i teamet, der ikke har undervist i de første runder, bruger hele "
                   "rutinen: eksempler, kriterier, makkerfeedback og tid til at bruge den.",
            reason="Vi vil se, om rutinen kan bruges af flere og i andre opgaver.",
            expectation="Vi forventer, at eleverne kender rutinen og bruger den hurtigere end "
                        "første gang.",
            sequence="0–10 min: eksempler og kriterier om {emne}. 10–30 min: makkerfeedback. "
                     "30–45 min: eleverne arbejder videre ud fra feedbacken.",
            watch_for="Om eleverne kender rutinen, og om feedbacken bliver brugt.",
            focus_points=("Kender eleverne rutinen?", "Bruger eleverne feedbacken?"),
            data="Feedbackskemaerne sammenlignet med sidste runde.",
            seen=(
                _seen("elever", 0, "Eleverne finder skemaet frem uden at blive bedt om det."),
                _seen("elever", 1, "Eleven på {elev} ændrer sin indledning efter makkerens "
                      "forslag."),
                _seen("laerer", None, "{a} går rundt og bruger de samme ord som kriterierne "
                      "på tavlen.")),
            did="{a} brugte hele rutinen med en ny opgave. Eleverne kendte skemaet og gik "
                "hurtigt i gang.",
            result="Lykkedes: rutinen sad, og feedbacken blev brugt. Ikke lykkedes endnu: "
                   "kriterierne skal tilpasses hver ny opgave, og det tager tid.",
            point="Hvordan gør vi det let at lave kriterier til nye opgaver?",
            explain="Kriterierne er meget opgavespecifikke; nogle kan genbruges på tværs.",
            insight="Rutinen kan deles, men kriterierne skal laves sammen med eleverne hver "
                    "gang.",
            summary="Rutinen virkede også hos en ny lærer. Vi samler op og laver en fælles "
                    "bank af kriterier og eksempler.",
            prepare="Vise {na} feedbackskemaet og eksemplerne"),
    ),
)

OVERGANGE = CourseTheme(
    "overgange", (), _ALL, ("AKT", "Inklusion", "Trivsel"),
    material="tavleplanerne og rutinerne",
    titles=("Gode overgange", "Fra frikvarter til fordybelse", "Skift uden spildtid"),
    problems=(
        "Hvordan kan vi gøre overgangene {hvor} kortere og roligere – fra frikvarter til time og "
        "fra gennemgang til arbejde?",
        "Hvad skal der til, for at alle elever er klar til at arbejde kort efter et skift?",
        "Hvordan kan faste rutiner ved skift give mere tid til det faglige i {fag}?"),
    wonders=(
        "Vi har talt om, hvor meget tid der går med at komme ind, finde ting frem og skifte "
        "mellem aktiviteter. Da vi tog tid i en uge, var det op mod ti minutter i nogle "
        "lektioner.",
        "Det er ofte i skiftene, at uroen begynder, og det er de samme elever, der har svært "
        "ved at komme med igen. Vi undrer os over, om vores instruktioner ved skift er så "
        "tydelige, som vi tror."),
    whys=(
        "Tiden i overgangene går fra det faglige, og uroen i skiftene smitter resten af "
        "lektionen. Elever, der har svært ved at skifte, taber mest.",
        "Forudsigelige overgange giver tryghed – især for de elever, der har brug for struktur – "
        "og mere tid til undervisning for alle."),
    goals=(
        "1) Alle elever er i gang inden for tre minutter efter et skift. 2) Eleverne kender "
        "rutinen ved timens start og ved skift.",
        "1) Skiftene tager højst to minutter. 2) Lydniveauet falder hurtigt efter et skift."),
    signs=(
        "Vi ser elever, der finder tingene frem uden at blive bedt om det, og et lydniveau, der "
        "falder inden for et minut efter signalet.",
        "Tidtagningen viser kortere skift, og færre elever spørger »hvad skal vi nu?«."),
    quick_writes=(
        "Jeg bruger for lang tid på at få ro efter frikvartererne. Det er, som om vi skal starte "
        "forfra hver gang.",
        "Skiftet fra min gennemgang til elevernes arbejde er det sværeste i mine timer. Der går "
        "lang tid, før alle er i gang.",
        "Jeg vil gerne have faste rutiner, så eleverne ved, hvad der skal ske, uden at jeg skal "
        "sige det hver gang."),
    aims=(
        "At eleverne kommer hurtigt og roligt i gang efter et skift, så tiden går til det "
        "faglige.",
        "At eleverne ved, hvad der skal ske ved skiftene, uden at {a} skal sige det hver gang."),
    experience=(
        "{a} tror, at de fleste oplevede det som rart at vide, hvad der skulle ske. Nogle af de "
        "ældste elever syntes, signalet var barnligt.",
        "Eleverne sagde, at det var lettere at komme i gang, når planen stod på tavlen. {a} tror, "
        "at de urolige elever oplevede mindre ventetid."),
    focus_students=(
        "Fokuselever: elev {elev} og elev {elev2}, der har svært ved at komme i gang efter "
        "skift.",
        "Gruppen ved bord {g}, hvor uroen ofte begynder, og elev {elev}."),
    learned=(
        "Overgangene bliver kortere, når de er øvet, ikke kun forklaret. En plan på tavlen, et "
        "fast signal og en opgave, der ligger klar, gør skiftene forudsigelige – og det er i de "
        "forudsigelige skift, de urolige elever klarer sig bedst. Vi har fået mange minutter "
        "tilbage i hver lektion.",
        "Vi har lært, at det ikke er eleverne, der er dårlige til skift, men skiftene, der er "
        "uklare. Efter {runder} har vi fælles signaler og en fast start på timerne, som alle i "
        "teamet bruger."),
    reading=(
        "Artiklen om klasseledelse og rutiner fra EMU; afsnittet om overgange.",
        "Thomas Nordahl om klasseledelse – kapitlet om struktur og forudsigelighed."),
    steps=(
        Step(
            "tavleplan og en opgave, der ligger klar",
            action="Lektionens plan står på tavlen, når eleverne kommer ind, og en kort "
                   "startopgave ligger på bordene.",
            reason="Når eleverne kan se, hvad der skal ske, og har noget at gå i gang med med "
                   "det samme, er der ingen tom tid, hvor uroen kan begynde.",
            expectation="Vi forventer, at eleverne går i gang med startopgaven uden at blive "
                        "bedt om det, og at lektionen kommer hurtigere i gang.",
            sequence="0–5 min: eleverne kommer ind og går i gang med startopgaven. 5–15 min: "
                     "gennemgang af {emne}. 15–40 min: arbejde. 40–45 min: opsamling og "
                     "oprydning.",
            watch_for="Hvad eleverne gør i de første fem minutter, og hvor lang tid der går, "
                      "før alle arbejder.",
            focus_points=("Hvor lang tid går der, før alle arbejder?",
                          "Hvad gør eleverne, når de kommer ind?",
                          "Hvilke elever kommer sidst i gang – og hvad sker der for dem?"),
            data="Tidtagning af starten og skiftet til arbejde; noter om fokuseleverne.",
            seen=(
                _seen("elever", 1, "{N} elever sætter sig og går i gang med startopgaven med "
                      "det samme; resten snakker ved garderoben."),
                _seen("elever", 0, "Efter fire minutter arbejder alle undtagen gruppen ved "
                      "bord {g}."),
                _seen("laerer", None, "{a} peger på planen på tavlen i stedet for at sige, hvad "
                      "der skal ske."),
                _seen("overgang", 2, "Skiftet fra gennemgang til arbejde tager {m} minutter; "
                      "eleven på {elev} spørger, hvad de skal.", "Undrer mig: står skiftet "
                      "på planen?")),
            did="Planen stod på tavlen, og startopgaven lå på bordene. {a} pegede på planen og "
                "ventede, til alle var i gang.",
            result="Lykkedes: starten på timen blev kortere, og de fleste gik selv i gang. Ikke "
                   "lykkedes endnu: skiftet fra gennemgang til arbejde tog stadig lang tid.",
            point="Hvorfor er skiftet midt i timen sværere end starten?",
            explain="Starten er øvet, men skiftet midt i timen sker forskelligt fra gang til "
                    "gang. Instruktionen gives mundtligt, mens nogle stadig tænker på "
                    "gennemgangen.",
            insight="Det, der står synligt, behøver vi ikke sige – og det, vi ikke siger, "
                    "afbryder ingen.",
            summary="Tavleplanen og startopgaven gav en roligere start. Næste runde: et fast "
                    "signal ved skift og instruktionen i tre trin, både mundtligt og på tavlen.",
            prepare="Skrive tavleplanen og lægge startopgaven klar før timen"),
        Step(
            "fast signal og instruktion i tre trin",
            action="Ved hvert skift bruger læreren det samme signal, venter på ro og giver "
                   "instruktionen i tre trin, der også står på tavlen.",
            reason="Et fast signal gør skiftet tydeligt, og tre trin på tavlen betyder, at "
                   "eleverne kan se, hvad de skal, også når de ikke hørte det.",
            expectation="Vi forventer, at skiftene tager under to minutter, og at færre elever "
                        "spørger, hvad de skal.",
            sequence="0–5 min: startopgave. 5–15 min: gennemgang af {emne}. Skift med signal "
                     "og tre trin. 15–35 min: arbejde. Skift med signal. 35–45 min: opsamling.",
            watch_for="Hvad der sker fra signalet, til alle arbejder.",
            focus_points=("Hvor lang tid tager hvert skift?",
                          "Hvordan reagerer eleverne på signalet?",
                          "Hvor mange spørger, hvad de skal?"),
            data="Tidtagning af hvert skift og lydniveau hvert femte minut.",
            seen=(
                _seen("overgang", 1, "{a} hæver hånden; efter ca. ti sekunder er der ro."),
                _seen("overgang", 0, "Skiftet til arbejde tager halvandet minut; eleverne "
                      "kigger på de tre trin på tavlen."),
                _seen("elever", 2, "Kun eleven på {elev} spørger, hvad de skal; en makker "
                      "peger på tavlen."),
                _seen("overgang", 0, "Andet skift tager længere tid: {n} elever er ikke "
                      "færdige og vil gøre opgaven færdig.", "Undrer mig: skal der være en "
                      "advarsel, før skiftet kommer?")),
            did="{a} brugte samme signal ved hvert skift og gav instruktionen i tre trin, som "
                "også stod på tavlen.",
            result="Lykkedes: første skift tog halvandet minut, og næsten ingen spurgte, hvad de "
                   "skulle. Ikke lykkedes endnu: skiftet væk fra en opgave, eleverne var i gang "
                   "med, tog længere tid.",
            point="Hvordan hjælper vi eleverne med at slippe en opgave, de er i gang med?",
            explain="Eleverne vil gerne gøre færdigt; uden varsel føles skiftet som en "
                    "afbrydelse.",
            insight="Et skift skal både begynde tydeligt og varsles, før det kommer.",
            summary="Signalet og de tre trin gjorde skiftene korte. Næste runde: et varsel to "
                    "minutter før hvert skift og et timeglas på tavlen.",
            prepare="Aftale signalet med klassen og skrive de tre trin på tavlen"),
        Step(
            "varsel før skift og et synligt ur",
            action="To minutter før hvert skift varsler læreren det, og et ur på tavlen viser, "
                   "hvor lang tid der er tilbage.",
            reason="Eleverne kan nå at afslutte det, de er i gang med, og skiftet kommer ikke "
                   "bag på dem.",
            expectation="Vi forventer, at skiftene bliver roligere, og at færre elever protesterer "
                        "over at skulle stoppe.",
            sequence="0–5 min: startopgave. 5–15 min: gennemgang af {emne}. Varsel, skift. "
                     "15–35 min: arbejde. Varsel, skift. 35–45 min: opsamling.",
            watch_for="Hvad eleverne gør i de to minutter efter varslet.",
            focus_points=("Hvad gør eleverne efter varslet?",
                          "Hvor lang tid tager skiftene?"),
            data="Tidtagning af skiftene, sammenlignet med sidste runde.",
            seen=(
                _seen("overgang", 0, "Efter varslet skriver eleven på {elev} sin sidste sætning "
                      "og lægger blyanten."),
                _seen("overgang", 1, "Skiftet tager under et minut; lydniveauet falder hurtigt."),
                _seen("elever", 0, "Gruppen ved bord {g} kigger på uret og siger: »Vi har to "
                      "minutter.«")),
            did="{a} varslede hvert skift to minutter før, og uret på tavlen viste tiden.",
            result="Lykkedes: skiftene blev både kortere og roligere. Ikke lykkedes endnu: et par "
                   "elever brugte varslet til at stoppe med det samme.",
            point="Hvordan bruger vi varslet, så det ikke bliver et signal til at stoppe?",
            explain="Nogle elever hører varslet som »nu er det slut«. Måske skal varslet sige, "
                    "hvad de skal nå.",
            insight="Overgange er noget, man kan planlægge og øve – ikke noget, der bare sker.",
            summary="Varslet og uret gav rolige skift. Næste skridt: {na} bruger alle "
                    "rutinerne i sin egen lektion, så vi kan se, om de holder hos en ny lærer.",
            prepare="Sætte et ur op på tavlen og planlægge varslerne"),
        Step(
            "rutinerne hos en ny lærer",
            action="En lærer i teamet, der ikke har undervist i de første runder, bruger alle "
                   "rutinerne: tavleplan, startopgave, signal, tre trin og varsel.",
            reason="Rutinerne virker først for alvor, når eleverne møder dem hos alle lærere.",
            expectation="Vi forventer, at eleverne følger rutinerne uden at blive mindet om dem.",
            sequence="0–5 min: startopgave. 5–15 min: gennemgang af {emne}. 15–40 min: arbejde "
                     "med to skift. 40–45 min: opsamling.",
            watch_for="Om eleverne følger rutinerne hos en ny lærer.",
            focus_points=("Hvor lang tid tager skiftene?",
                          "Følger eleverne rutinerne uden at blive mindet om dem?"),
            data="Tidtagning af skiftene hos en ny lærer.",
            seen=(
                _seen("elever", 1, "Eleverne går i gang med startopgaven, da de kommer ind; "
                      "ingen spørger."),
                _seen("overgang", 0, "Begge skift tager under to minutter."),
                _seen("laerer", None, "{a} bruger et andet signal end de andre lærere; "
                      "eleverne reagerer alligevel.")),
            did="{a} brugte alle rutinerne fra de første runder i sin egen lektion.",
            result="Lykkedes: eleverne fulgte rutinerne hos en ny lærer. Ikke lykkedes endnu: vi "
                   "bruger forskellige signaler, og det bør vi ensrette.",
            point="Hvilke rutiner skal være ens hos alle lærere – og hvilke må være "
                  "forskellige?",
            explain="Eleverne tilpasser sig forskellige lærere, men de urolige elever har "
                    "mest gavn af, at det er ens.",
            insight="Fælles rutiner hos alle voksne er mere værd end den perfekte rutine hos én.",
            summary="Rutinerne holdt hos en ny lærer. Vi aftaler fælles signaler og samler op "
                    "på forløbet.",
            prepare="Vise {na} rutinerne og aftale signalet"),
    ),
)

DIFFERENTIERING = CourseTheme(
    "differentiering", (), _ALL, ("Inklusion", "talent", "Matematikvejleder"),
    material="de åbne opgaver",
    titles=("Alle elever udfordret", "Opgaver med flere veje", "Differentiering i {fag}"),
    problems=(
        "Hvordan kan vi tilrettelægge undervisningen {hvor}, så både de hurtige og de elever, "
        "der har brug for mere støtte, bliver udfordret?",
        "Hvordan kan én fælles opgave have plads til elever på forskellige niveauer?",
        "Hvad skal der til, for at eleverne selv vælger den udfordring, der passer til dem?"),
    wonders=(
        "Spændet i klassen er stort. De hurtige er færdige efter ti minutter og keder sig, mens "
        "andre ikke kommer i gang. Vi laver ekstraopgaver, men de bliver oplevet som »mere af "
        "det samme«.",
        "Vi har prøvet at lave tre udgaver af opgaverne, men det tager lang tid, og eleverne "
        "ser, hvem der får den lette. Vi undrer os over, om der er andre måder."),
    whys=(
        "Alle elever skal blive så dygtige, de kan. Lige nu er det både de stærkeste og de "
        "svageste, der får for lidt ud af timerne.",
        "Når nogle elever venter, og andre giver op, bliver der uro – og vi bruger tiden på at "
        "holde styr på klassen i stedet for at undervise."),
    goals=(
        "1) Alle elever arbejder med en opgave, der udfordrer dem, hele lektionen. 2) Eleverne "
        "kan selv vælge det næste skridt.",
        "1) Ingen elever venter på at komme videre. 2) Elever, der har brug for støtte, "
        "kommer i gang uden at vente på en voksen."),
    signs=(
        "Vi ser de hurtige elever arbejde med udvidelser, der kræver mere end gentagelse, og "
        "elever, der bruger hjælpekort i stedet for at vente.",
        "Eleverne kan sige, hvorfor de valgte det spor, de valgte; færre elever sidder uden "
        "noget at lave."),
    quick_writes=(
        "Mine hurtige elever keder sig, og jeg når ikke at give dem noget, før de er færdige. "
        "Samtidig er der elever, der ikke kommer i gang.",
        "Jeg laver ofte tre udgaver af opgaverne, men det tager tid, og jeg er ikke sikker på, "
        "at de rammer.",
        "Jeg vil gerne have, at eleverne selv kan vælge en passende udfordring, i stedet for at "
        "jeg bestemmer det."),
    aims=(
        "At alle elever arbejder med noget, der udfordrer dem – også de hurtige.",
        "At de elever, der har brug for støtte, kommer i gang uden at vente på {a}."),
    experience=(
        "{a} tror, at de hurtige elever oplevede det som en rigtig udfordring for første gang i "
        "længe. Et par elever valgte for let og kedede sig.",
        "{a} tror, at hjælpekortene gjorde det mindre flovt at få hjælp, fordi de lå fremme for "
        "alle."),
    focus_students=(
        "Fokuselever: elev {elev}, der ofte er hurtigt færdig, og elev {elev2}, der har brug "
        "for stilladsering.",
        "Gruppe {g} (meget forskellige niveauer) og elev {elev}."),
    learned=(
        "Differentiering behøver ikke tre opgaver: én åben opgave med flere veje og hjælpekort, "
        "der ligger fremme, rummer det meste af klassen. Eleverne vælger oftere rigtigt, end vi "
        "troede, når de kender kriterierne for sporene. De hurtige skal have udvidelser, der "
        "kræver mere tænkning, ikke flere opgaver.",
        "Vi har lært at planlægge udvidelser og støtte, før timen begynder, i stedet for at "
        "reagere undervejs. Efter {runder} bruger vi opgaver med lavt gulv og højt loft og "
        "hjælpekort i de fleste forløb."),
    reading=(
        "Carol Ann Tomlinson om undervisningsdifferentiering – kapitlet om fleksible opgaver.",
        "Artiklen om opgaver med lavt gulv og højt loft fra matematikvejlederens mappe."),
    steps=(
        Step(
            "én åben opgave med lavt gulv og højt loft",
            action="Klassen får én åben opgave om {emne}, som alle kan begynde på, og som kan "
                   "udvides langt – i stedet for tre forskellige opgaver.",
            reason="En åben opgave lader eleverne arbejde på deres eget niveau uden at blive "
                   "delt op, og de hurtige kan gå dybere i stedet for at få mere af det samme.",
            expectation="Vi forventer, at alle kommer i gang, og at de hurtige elever arbejder "
                        "videre med udvidelser uden at vente.",
            sequence="0–10 min: opgaven introduceres med et fælles eksempel. 10–35 min: "
                     "arbejde; udvidelser ligger klar. 35–45 min: tre elever viser forskellige "
                     "løsninger.",
            watch_for="Om alle kommer i gang, og hvad de hurtige elever gør, når de er færdige "
                      "med første del.",
            focus_points=("Kommer alle elever i gang?",
                          "Hvad gør de elever, der er hurtigt færdige?",
                          "Hvordan bliver elever, der har brug for støtte, hjulpet?"),
            data="Elevprodukter fra hele klassen og noter om fokuseleverne.",
            seen=(
                _seen("elever", 0, "Alle er i gang efter fem minutter; eleven på {elev2} "
                      "begynder med det fælles eksempel."),
                _seen("elever", 1, "Eleven på {elev} er færdig med første del efter otte "
                      "minutter og tager selv en udvidelse."),
                _seen("elever", 2, "Eleven på {elev2} sidder stille i fire minutter og venter "
                      "på {a}.", "Undrer mig: hvad kunne eleven have gjort uden at vente?"),
                _seen("laerer", 2, "{a} bruger det meste af tiden ved to borde; {n} elever "
                      "rækker hånden og venter."),
                _seen("elever", 1, "De tre løsninger, der bliver vist, er meget forskellige – "
                      "én bruger en metode, klassen ikke har gennemgået.")),
            did="{a} introducerede én åben opgave med et fælles eksempel. Udvidelserne lå "
                "klar, og til sidst viste tre elever forskellige løsninger.",
            result="Lykkedes: alle kom i gang, og de hurtige gik dybere. Ikke lykkedes endnu: "
                   "nogle elever ventede længe på hjælp.",
            point="Hvad kan de elever, der har brug for støtte, gøre, mens de venter på en "
                  "voksen?",
            explain="Hjælpen kommer kun fra os, og vi kan ikke være alle steder. Eleverne har "
                    "ikke noget andet at gribe til.",
            insight="Én åben opgave kan rumme mere spænd end tre lukkede – men støtten skal "
                    "også være planlagt.",
            summary="Den åbne opgave gav plads til alle niveauer, og de hurtige fik en rigtig "
                    "udfordring. Næste runde: hjælpekort, der ligger fremme, så ingen skal vente "
                    "på en voksen.",
            prepare="Lave en åben opgave og tre udvidelser"),
        Step(
            "hjælpekort, der ligger fremme",
            action="Tre hjælpekort med stigende hjælp ligger fremme på et bord; eleverne henter "
                   "selv et kort, før de rækker hånden.",
            reason="Når hjælpen ligger fremme, behøver eleverne ikke vente på en voksen, og det "
                   "bliver almindeligt – ikke flovt – at få hjælp.",
            expectation="Vi forventer, at færre elever venter, og at læreren får tid til "
                        "længere samtaler med de elever, der har mest brug for det.",
            sequence="0–10 min: fælles start og introduktion til hjælpekortene. 10–35 min: "
                     "arbejde med {emne}. 35–45 min: opsamling; eleverne fortæller, hvilket kort "
                     "de brugte.",
            watch_for="Hvem der henter hjælpekort, og hvad de gør med dem.",
            focus_points=("Hvem bruger hjælpekortene – og hvordan?",
                          "Hvor mange venter på en voksen?",
                          "Hvad bruger læreren tiden på?"),
            data="Optælling af, hvor mange der henter kort, og noter om fokuseleverne.",
            seen=(
                _seen("elever", 0, "Eleven på {elev2} henter kort 1 efter to minutter og går i "
                      "gang."),
                _seen("elever", 0, "{N} elever henter et kort i løbet af timen; to går direkte "
                      "til kort 3.", "Undrer mig: springer de over for at få svaret?"),
                _seen("laerer", 2, "{a} sidder i ti minutter med gruppen ved bord {g} uden at "
                      "blive afbrudt."),
                _seen("elever", 1, "Kun to elever rækker hånden og venter i hele arbejdstiden.")),
            did="Hjælpekortene lå fremme, og eleverne hentede dem selv. {a} brugte tiden på "
                "længere samtaler med en enkelt gruppe.",
            result="Lykkedes: næsten ingen ventede, og {a} fik tid til de elever, der havde mest "
                   "brug for det. Ikke lykkedes endnu: et par elever hoppede direkte til det "
                   "kort, der næsten gav svaret.",
            point="Hvordan får vi eleverne til at bruge den mindste hjælp, der er nok?",
            explain="Eleverne vil gerne have svaret hurtigt. Måske skal de skrive, hvad de "
                    "allerede har prøvet, før de må tage næste kort.",
            insight="Når hjælpen ikke kun kommer fra os, bliver vi fri til at hjælpe dem, der "
                    "har mest brug for det.",
            summary="Hjælpekortene betød, at næsten ingen ventede. Næste runde: eleverne vælger "
                    "selv spor ud fra tydelige kriterier og skriver, hvad de har prøvet, før de "
                    "tager et kort.",
            prepare="Lave tre hjælpekort med stigende hjælp"),
        Step(
            "eleverne vælger selv spor",
            action="Opgaven har tre spor med tydelige kriterier – »hvis du kan …, så start "
                   "her« – og eleverne vælger selv og begrunder valget på en seddel.",
            reason="Når eleverne vælger ud fra kriterier, lærer de at vurdere deres eget "
                   "niveau, og sporene bliver ikke en dom fra os.",
            expectation="Vi forventer, at de fleste vælger et spor, der passer, og kan begrunde "
                        "valget.",
            sequence="0–10 min: sporene og kriterierne præsenteres. 10–15 min: eleverne vælger "
                     "og begrunder. 15–40 min: arbejde med {emne}. 40–45 min: skiftede nogen "
                     "spor – og hvorfor?",
            watch_for="Hvordan eleverne vælger, og om de skifter spor undervejs.",
            focus_points=("Hvilket spor vælger eleverne – og hvorfor?",
                          "Skifter eleverne spor undervejs?"),
            data="Elevernes begrundelser for valget og en optælling af skift.",
            seen=(
                _seen("elever", 0, "Eleven på {elev} vælger det svære spor: »Fordi jeg kan "
                      "det første.«"),
                _seen("elever", 1, "Gruppen ved bord {g} skifter til et lettere spor efter ti "
                      "minutter og kommer i gang."),
                _seen("elever", 0, "Eleven på {elev2} vælger det letteste spor, selvom hun "
                      "klarede mere sidst.", "Undrer mig: tryghed eller vurdering?")),
            did="Eleverne valgte selv spor ud fra kriterierne og skrev en begrundelse. Nogle "
                "skiftede spor undervejs.",
            result="Lykkedes: de fleste valgte et passende spor og kunne begrunde det. Ikke "
                   "lykkedes endnu: nogle få valgte for let for at være sikre.",
            point="Hvordan opmuntrer vi eleverne til at vælge en udfordring, de ikke er sikre "
                  "på?",
            explain="Det er trygt at vælge det lette; måske skal det være tydeligt, at det er "
                    "i orden at skifte tilbage.",
            insight="Eleverne kan mere selvvurdering, end vi giver dem lov til.",
            summary="Eleverne valgte oftest rigtigt selv. Næste skridt: {na} prøver sporene og "
                    "hjælpekortene med en ny opgave, så vi ser, om de kan bruges af flere.",
            prepare="Skrive kriterier for tre spor"),
        Step(
            "sporene hos en ny lærer",
            action="En lærer i teamet, der ikke har undervist i de første runder, bruger den "
                   "åbne opgave, hjælpekortene og sporene med en ny opgave.",
            reason="Vi vil se, om grebene kan bruges af flere og i andre opgaver.",
            expectation="Vi forventer, at eleverne kender grebene, og at ingen venter.",
            sequence="0–10 min: opgave og spor om {emne}. 10–40 min: arbejde. 40–45 min: "
                     "opsamling.",
            watch_for="Om eleverne bruger grebene hos en ny lærer.",
            focus_points=("Kommer alle i gang?", "Hvem bruger hjælpekortene?"),
            data="Elevprodukter og noter om fokuseleverne.",
            seen=(
                _seen("elever", 0, "Alle er i gang efter fire minutter."),
                _seen("elever", 1, "Eleven på {elev} henter et hjælpekort uden at spørge."),
                _seen("laerer", None, "{a} bruger tiden ved de borde, der har valgt det svære "
                      "spor.")),
            did="{a} brugte den åbne opgave med spor og hjælpekort.",
            result="Lykkedes: grebene virkede hos en ny lærer. Ikke lykkedes endnu: det tager "
                   "tid at lave opgaverne, og vi skal dele dem.",
            point="Hvordan deler vi arbejdet med at lave opgaverne?",
            explain="Hver lærer laver sine egne opgaver; en fælles bank ville spare tid.",
            insight="Differentiering bliver holdbar, når den er planlagt i fællesskab.",
            summary="Grebene holdt hos en ny lærer. Vi laver en fælles opgavebank og samler op.",
            prepare="Vise {na} sporene og hjælpekortene"),
    ),
)

SPOERGSMAAL = CourseTheme(
    "spoergsmaal", (), ("mellemtrin", "udskoling"), ("Naturfag", "Aktionslæring", "talent"),
    material="billederne og elevernes spørgsmål",
    titles=("Elevernes egne spørgsmål", "Nysgerrige elever",
            "Spørgsmål, der driver undervisningen"),
    problems=(
        "Hvordan kan vi få eleverne {hvor} til at stille faglige spørgsmål – ikke kun spørgsmål "
        "om, hvad de skal?",
        "Hvad skal der til, for at elevernes egne spørgsmål kan drive undervisningen i {fag}?",
        "Hvordan kan vi lære eleverne at stille undersøgende spørgsmål?"),
    wonders=(
        "Da vi talte elevernes spørgsmål i nogle lektioner, handlede næsten alle om praktiske "
        "ting: »Hvor meget skal vi skrive?«, »Må vi bruge computer?«. Faglige spørgsmål var "
        "sjældne, og de kom fra de samme få.",
        "Vi stiller selv mange spørgsmål, og eleverne svarer. Vi undrer os over, hvad der ville "
        "ske, hvis det var omvendt – og om eleverne overhovedet ved, hvordan man stiller et "
        "godt spørgsmål."),
    whys=(
        "At kunne stille spørgsmål er kernen i at lære og i fagenes måde at undersøge "
        "verden på. Elever, der spørger, tænker selv.",
        "Når eleverne stiller egne spørgsmål, bliver de mere engagerede, og vi får et indblik i, "
        "hvad de har forstået – og ikke forstået."),
    goals=(
        "1) Eleverne stiller flere faglige spørgsmål i timerne. 2) Eleverne kan skelne mellem "
        "spørgsmål, der kan slås op, og spørgsmål, der skal undersøges.",
        "1) Eleverne formulerer egne spørgsmål til et emne. 2) Klassen undersøger mindst ét "
        "af elevernes spørgsmål i hvert forløb."),
    signs=(
        "Vi hører spørgsmål, der begynder med »hvorfor« og »hvad sker der, hvis«; "
        "spørgsmålsvæggen fyldes; eleverne henviser til deres egne spørgsmål senere i "
        "forløbet.",
        "Optællingen viser flere faglige spørgsmål og fra flere forskellige elever."),
    quick_writes=(
        "Mine elever spørger næsten kun om, hvad de skal, og hvor meget. Jeg vil gerne have "
        "dem til at spørge om fagligheden.",
        "Jeg stiller alle spørgsmålene i mine timer. Jeg vil gerne undersøge, hvad der sker, "
        "hvis eleverne stiller dem.",
        "Jeg savner nysgerrighed hos eleverne. Jeg ved ikke, om det er dem eller mig."),
    aims=(
        "At eleverne stiller deres egne faglige spørgsmål og bliver nysgerrige på emnet.",
        "At eleverne lærer at stille spørgsmål, der kan undersøges."),
    experience=(
        "{a} tror, at eleverne syntes, det var sjovt at stille spørgsmål uden at skulle kende "
        "svaret. Nogle var usikre på, hvad »et godt spørgsmål« er.",
        "Eleverne sagde, at det var mærkeligt, at deres spørgsmål kom på væggen. {a} tror, at "
        "de oplevede at blive taget alvorligt."),
    focus_students=(
        "Fokuselever: elev {elev} og gruppen ved bord {g} – de spørger næsten aldrig.",
        "Gruppe {g} og elev {elev}, der ofte stiller praktiske spørgsmål."),
    learned=(
        "Eleverne stiller faglige spørgsmål, når de får tid, en struktur og et formål med "
        "spørgsmålene. Spørgeord og en runde med spørgsmål før svar gav langt flere "
        "spørgsmål, end vi troede muligt. Det vigtigste var, at spørgsmålene blev brugt – når de "
        "kom på væggen og blev undersøgt, blev eleverne ved med at spørge.",
        "Vi har lært, at vi selv tog spørgsmålene fra eleverne ved at stille dem først. Efter "
        "{runder} begynder vi flere forløb med elevernes spørgsmål og vender tilbage til dem."),
    reading=(
        "Dan Rothstein og Luz Santana: Make Just One Change – om Question Formulation "
        "Technique.",
        "EMU's materiale om undersøgende undervisning og elevernes spørgsmål."),
    steps=(
        Step(
            "spørgsmålsrunde før svar",
            action="Forløbet om {emne} begynder med et billede eller et fænomen; i fem minutter "
                   "skriver grupperne så mange spørgsmål, de kan, uden at svare på dem.",
            reason="Når eleverne kun skal spørge og ikke svare, forsvinder frygten for at tage "
                   "fejl, og der kommer flere og andre spørgsmål frem.",
            expectation="Vi forventer mange spørgsmål fra alle grupper, også fra de elever, der "
                        "sjældent spørger.",
            sequence="0–5 min: billedet vises. 5–10 min: grupperne skriver spørgsmål. 10–20 min: "
                     "grupperne sorterer i åbne og lukkede spørgsmål. 20–40 min: klassen vælger "
                     "spørgsmål at arbejde med. 40–45 min: opsamling.",
            watch_for="Hvor mange og hvilke spørgsmål grupperne skriver, og hvem der skriver dem.",
            focus_points=("Hvor mange spørgsmål skriver grupperne?",
                          "Hvilke slags spørgsmål stiller eleverne?",
                          "Hvem stiller spørgsmålene i grupperne?"),
            data="Gruppernes spørgsmålslister og en optælling af åbne og lukkede spørgsmål.",
            seen=(
                _seen("elever", 0, "Gruppe {g} skriver {x} spørgsmål på fem minutter."),
                _seen("elever", 1, "De fleste spørgsmål begynder med »hvad« og »hvornår«; kun "
                      "gruppe {g2} har et »hvorfor«.", "Undrer mig: er »hvorfor« svært, eller "
                      "er billedet mest om fakta?"),
                _seen("elever", 2, "Eleven på {elev} dikterer de fleste spørgsmål i sin gruppe."),
                _seen("elever", 1, "Under sorteringen siger eleven på {elev2}: »Det her kan "
                      "man bare google.«", "God skelnen!"),
                _seen("laerer", None, "{a} skriver ét spørgsmål fra hver gruppe på tavlen.")),
            did="Eleverne skrev spørgsmål til et billede i fem minutter og sorterede dem i åbne "
                "og lukkede. {a} skrev et spørgsmål fra hver gruppe på tavlen.",
            result="Lykkedes: alle grupper skrev mange spørgsmål. Ikke lykkedes endnu: de fleste "
                   "var lukkede spørgsmål, og i nogle grupper var det én, der skrev dem.",
            point="Hvordan hjælper vi eleverne til at stille undersøgende spørgsmål?",
            explain="Eleverne er vant til spørgsmål med ét svar fra skolen. Måske mangler de "
                    "spørgeord, der åbner.",
            insight="Eleverne har mange spørgsmål, når de får lov – det er os, der plejer at "
                    "stille dem først.",
            summary="Spørgsmålsrunden gav mange spørgsmål fra alle grupper. Næste runde: "
                    "spørgeord, der åbner – »hvorfor«, »hvad ville der ske, hvis« – og at alle "
                    "skriver mindst ét spørgsmål selv.",
            prepare="Finde et billede eller fænomen, der vækker undren"),
        Step(
            "spørgeord, der åbner",
            action="Eleverne får spørgeord, der åbner – »hvorfor«, »hvad ville der ske, hvis«, "
                   "»hvordan kan det være« – og skriver hver især mindst ét spørgsmål, før "
                   "gruppen samler dem.",
            reason="Spørgeordene giver eleverne et redskab til at stille andre spørgsmål, og "
                   "når alle skriver selv først, kommer alle med.",
            expectation="Vi forventer flere åbne spørgsmål og spørgsmål fra alle i grupperne.",
            sequence="0–5 min: spørgeordene præsenteres. 5–10 min: eleverne skriver selv. 10–20 "
                     "min: grupperne samler og vælger de bedste. 20–40 min: arbejde med {emne}. "
                     "40–45 min: spørgsmålene på væggen.",
            watch_for="Hvilke spørgeord eleverne bruger, og om alle bidrager.",
            focus_points=("Bruger eleverne spørgeordene?",
                          "Hvem bidrager med spørgsmål?"),
            data="Elevernes spørgsmål, sorteret efter spørgeord.",
            seen=(
                _seen("elever", 0, "Eleven på {elev} skriver: »Hvad ville der ske, hvis der "
                      "ikke var …?«"),
                _seen("elever", 1, "I gruppe {g} har alle fire skrevet mindst ét spørgsmål."),
                _seen("elever", 0, "{N} grupper vælger et »hvorfor«-spørgsmål som deres bedste."),
                _seen("laerer", None, "{a} sætter gruppernes bedste spørgsmål op på en "
                      "spørgsmålsvæg.")),
            did="{a} præsenterede spørgeordene, og alle skrev selv, før grupperne valgte de "
                "bedste spørgsmål til spørgsmålsvæggen.",
            result="Lykkedes: flere åbne spørgsmål, og alle i grupperne bidrog. Ikke lykkedes "
                   "endnu: vi ved ikke, hvad der sker med spørgsmålene bagefter.",
            point="Hvordan bliver elevernes spørgsmål brugt, så de ikke bare hænger på væggen?",
            explain="Hvis spørgsmålene ikke bliver brugt, lærer eleverne, at de ikke betyder "
                    "noget.",
            insight="Spørgeord er et stillads, der virker med det samme.",
            summary="Spørgeordene gav mange åbne spørgsmål. Næste runde: klassen undersøger ét "
                    "af spørgsmålene fra væggen.",
            prepare="Lave kort med spørgeord til alle borde"),
        Step(
            "klassen undersøger et af elevernes spørgsmål",
            action="Klassen vælger et spørgsmål fra spørgsmålsvæggen og undersøger det sammen i "
                   "grupper; lektionen bygger på elevernes spørgsmål i stedet for lærerens "
                   "plan.",
            reason="Når elevernes spørgsmål bliver brugt, oplever de, at deres nysgerrighed "
                   "betyder noget – og de lærer at undersøge.",
            expectation="Vi forventer engagement, og at eleverne henviser til deres eget "
                        "spørgsmål i arbejdet.",
            sequence="0–5 min: klassen vælger spørgsmålet. 5–35 min: grupperne undersøger det. "
                     "35–45 min: grupperne fortæller, hvad de fandt, og hvilke nye spørgsmål "
                     "det gav.",
            watch_for="Hvordan grupperne går til undersøgelsen, og om der kommer nye spørgsmål.",
            focus_points=("Hvordan undersøger grupperne spørgsmålet?",
                          "Kommer der nye spørgsmål undervejs?"),
            data="Gruppernes noter og de nye spørgsmål.",
            seen=(
                _seen("elever", 0, "Gruppe {g} deler spørgsmålet op i tre mindre spørgsmål."),
                _seen("elever", 1, "Eleven på {elev} siger: »Men så må det jo betyde, at …« – "
                      "et nyt spørgsmål."),
                _seen("elever", 0, "Gruppe {g2} søger på nettet og finder ét svar; de er færdige "
                      "efter ti minutter.", "Undrer mig: var spørgsmålet for lukket til at "
                      "undersøge?")),
            did="Klassen valgte et spørgsmål fra væggen, og grupperne undersøgte det og "
                "fortalte til sidst, hvad de fandt.",
            result="Lykkedes: stort engagement, og flere grupper fik nye spørgsmål. Ikke "
                   "lykkedes endnu: nogle grupper stoppede ved første svar.",
            point="Hvornår er et spørgsmål godt at undersøge?",
            explain="Nogle spørgsmål har ét svar, der kan slås op; de gode spørgsmål giver nye "
                    "spørgsmål.",
            insight="Elevernes spørgsmål kan bære en lektion, når de er valgt med omhu.",
            summary="Undersøgelsen af elevernes eget spørgsmål gav engagement og nye "
                    "spørgsmål. Næste skridt: {na} begynder et nyt emne med spørgsmålsrunden – "
                    "tager eleverne spørgeordene med?",
            prepare="Sætte spørgsmålsvæggen op i klassen"),
        Step(
            "spørgsmålene hos en ny lærer",
            action="En lærer i teamet, der ikke har undervist i de første runder, begynder et "
                   "nyt emne med spørgsmålsrunden og spørgeordene.",
            reason="Vi vil se, om eleverne tager spørgeordene med til et nyt emne og en ny "
                   "lærer.",
            expectation="Vi forventer, at eleverne bruger spørgeordene uden at blive mindet om "
                        "dem.",
            sequence="0–5 min: fænomen om {emne}. 5–20 min: spørgsmålsrunde. 20–45 min: "
                     "arbejde med de valgte spørgsmål.",
            watch_for="Om eleverne bruger spørgeordene af sig selv.",
            focus_points=("Bruger eleverne spørgeordene?",
                          "Hvilke slags spørgsmål stiller eleverne?"),
            data="Spørgsmålslisterne sammenlignet med første runde.",
            seen=(
                _seen("elever", 0, "Eleverne finder spørgeordskortene frem selv."),
                _seen("elever", 1, "Over halvdelen af spørgsmålene er åbne; i første runde var "
                      "det få."),
                _seen("laerer", None, "{a} venter med at svare og spørger: »Hvordan kunne vi "
                      "finde ud af det?«")),
            did="{a} begyndte et nyt emne med spørgsmålsrunden; eleverne brugte "
                "spørgeordskortene.",
            result="Lykkedes: mange åbne spørgsmål hos en ny lærer. Ikke lykkedes endnu: vi skal "
                   "finde tid til at undersøge spørgsmålene.",
            point="Hvordan får vi plads til elevernes spørgsmål i et fyldt forløb?",
            explain="Forløbene er planlagt, før spørgsmålene kommer; der skal være plads i "
                    "planen.",
            insight="Spørgsmålene er elevernes nu – de kommer af sig selv.",
            summary="Spørgsmålene holdt hos en ny lærer. Vi samler op og planlægger plads til "
                    "elevernes spørgsmål i kommende forløb.",
            prepare="Vise {na} spørgsmålsrunden og spørgeordene"),
    ),
)

SKRIFTLIGHED = CourseTheme(
    "skriftlighed", ("dansk", "engelsk", "tysk", "historie", "samfundsfag"),
    ("mellemtrin", "udskoling"), ("Læsevejleder", "DSA"),
    material="modelteksterne",
    titles=("Elever, der kommer i gang med at skrive", "Skrivning i {fag}",
            "Fra blank side til tekst"),
    problems=(
        "Hvordan kan vi hjælpe eleverne {hvor} med at komme i gang med at skrive og holde "
        "skrivningen i gang?",
        "Hvad skal der til, for at eleverne skriver længere og mere sammenhængende tekster i "
        "{fag}?",
        "Hvordan kan modeltekster og skriverammer støtte eleverne uden at styre dem?"),
    wonders=(
        "Mange elever sidder længe med en blank side, når de skal skrive. Nogle skriver to "
        "linjer og siger, at de er færdige. Vi undrer os over, om det er opgaverne, "
        "skrivelysten eller noget, de ikke ved, hvordan man gør.",
        "Teksterne fra eleverne er korte og springer fra det ene til det andet. Vi har talt om, "
        "at vi måske beder dem skrive genrer, de aldrig har set et godt eksempel på."),
    whys=(
        "Skrivning er en vej til at tænke og lære i alle fag, og de skriftlige prøver venter. "
        "Elever, der ikke kommer i gang, får ikke øvet sig.",
        "Når eleverne ikke ved, hvordan en god tekst ser ud, kan de ikke skrive en – og vores "
        "feedback har intet at holde sig til."),
    goals=(
        "1) Alle elever er i gang med at skrive inden for fem minutter. 2) Teksterne har en "
        "tydelig opbygning.",
        "1) Eleverne kan pege på træk ved en god tekst i genren. 2) Eleverne skriver længere og "
        "mere sammenhængende tekster."),
    signs=(
        "Færre blanke sider efter fem minutter; eleverne bruger modeltekstens træk og kan sige, "
        "hvad de har lånt; teksterne har indledning, midte og afslutning.",
        "Vi ser elever, der planlægger, før de skriver, og hører dem tale om, hvad der skal stå "
        "i næste afsnit."),
    quick_writes=(
        "Når mine elever skal skrive, sidder mange og stirrer på skærmen. Jeg vil gerne vide, "
        "hvordan jeg får dem i gang.",
        "Mine elever skriver meget korte tekster. Jeg tror, de mangler at se, hvordan en god "
        "tekst i genren ser ud.",
        "Jeg vil gerne arbejde med skrivning i fagene – ikke kun i dansk."),
    aims=(
        "At eleverne kommer i gang med at skrive og ved, hvordan de kan bygge teksten op.",
        "At eleverne skriver længere tekster, der hænger sammen."),
    experience=(
        "{a} tror, at eleverne oplevede det som en lettelse at have en modeltekst at gå ud fra. "
        "Et par elever syntes, at det var snyd at låne.",
        "{a} tror, at skriverammen gjorde det overskueligt for de usikre skrivere, men at de "
        "stærke følte sig bundet."),
    focus_students=(
        "Fokuselever: elev {elev} og elev {elev2} – de skriver sjældent mere end et par linjer.",
        "Fokuselever: elev {elev} og makkerparret ved bord {g}."),
    learned=(
        "Eleverne skriver bedre, når de har set, hvordan en god tekst i genren ser ud, og når "
        "de har planlagt, før de skriver. Modelteksten er ikke snyd, men et værktøj, og "
        "skriverammen hjælper de usikre i gang – de stærke skal have lov at slippe den. "
        "Fælles skrivning på tavlen viste eleverne, at også voksne skriver om.",
        "Vi har lært, at blanke sider sjældent handler om dovenskab, men om, at eleverne ikke "
        "ved, hvor de skal begynde. Efter {runder} begynder vi alle skriveopgaver med en "
        "modeltekst og en kort planlægning."),
    reading=(
        "Genrepædagogikken og cirkelmodellen – kapitlet om modeltekster og fælles skrivning.",
        "Artiklen om skrivning i fagene fra læsevejlederens oplæg."),
    steps=(
        Step(
            "modeltekst, der læses sammen",
            action="Før eleverne skriver, læser klassen en modeltekst i genren og finder sammen "
                   "tre træk, der gør den god.",
            reason="Eleverne kan ikke skrive en tekst, de aldrig har set. Når de har fundet "
                   "trækkene selv, ved de, hvad de skal stræbe efter.",
            expectation="Vi forventer, at flere kommer i gang hurtigt, og at teksterne bruger "
                        "mindst ét af trækkene.",
            sequence="0–15 min: modelteksten om {emne} læses højt, og klassen finder tre træk. "
                     "15–40 min: eleverne skriver. 40–45 min: to elever læser deres første "
                     "afsnit op.",
            watch_for="Hvor lang tid der går, før eleverne skriver, og om de bruger trækkene.",
            focus_points=("Hvor lang tid går der, før eleverne skriver?",
                          "Bruger eleverne trækkene fra modelteksten?",
                          "Hvad gør de elever, der ikke kommer i gang?"),
            data="Elevernes tekster fra lektionen (uden navne) og tidtagning af starten.",
            seen=(
                _seen("laerer", None, "{a} læser modelteksten højt; klassen finder tre træk, som "
                      "{a} skriver på tavlen."),
                _seen("elever", 0, "Efter fem minutter skriver de fleste; eleven på {elev} har "
                      "en blank side."),
                _seen("elever", 1, "Eleven på {elev2} kigger på modelteksten og låner "
                      "indledningens opbygning."),
                _seen("elever", 2, "Eleven på {elev} skriver efter ti minutter overskriften og "
                      "stopper igen.", "Undrer mig: ved eleven, hvad der skal stå, men ikke "
                      "hvordan?")),
            did="Klassen læste en modeltekst sammen og fandt tre træk. Så skrev eleverne selv, og "
                "to læste deres første afsnit op.",
            result="Lykkedes: de fleste kom hurtigere i gang og brugte trækkene. Ikke lykkedes "
                   "endnu: nogle få havde stadig svært ved at komme fra overskrift til tekst.",
            point="Hvad mangler de elever, der ikke kommer fra overskrift til tekst?",
            explain="De ved måske, hvad en god tekst er, men ikke hvordan man kommer fra idé til "
                    "sætninger. De mangler at se nogen skrive.",
            insight="Modelteksten viser målet, men ikke vejen derhen.",
            summary="Modelteksten gav eleverne et mål. Næste runde: {na} skriver en tekst sammen "
                    "med klassen på tavlen og tænker højt undervejs.",
            prepare="Finde en modeltekst i genren"),
        Step(
            "fælles skrivning på tavlen",
            action="Læreren skriver første afsnit sammen med klassen på tavlen, tænker højt og "
                   "skriver om undervejs; derefter skriver eleverne selv.",
            reason="Eleverne ser, hvordan en skriver arbejder: vælger, prøver og retter. Det gør "
                   "det lettere at komme fra idé til sætninger.",
            expectation="Vi forventer, at færre sidder fast, og at eleverne tør skrive et "
                        "første udkast uden at det er perfekt.",
            sequence="0–15 min: fælles skrivning af første afsnit om {emne}. 15–40 min: "
                     "eleverne skriver selv. 40–45 min: hvad lånte I fra tavlen?",
            watch_for="Hvad eleverne tager med fra den fælles skrivning, og hvem der sidder "
                      "fast.",
            focus_points=("Hvordan deltager eleverne i den fælles skrivning?",
                          "Hvem sidder fast, og hvor?"),
            data="Elevernes tekster og noter om fokuseleverne.",
            seen=(
                _seen("laerer", 0, "{a} skriver en sætning, streger den ud og siger: »Nej, det "
                      "lyder forkert – hvad hvis vi …«"),
                _seen("elever", 0, "Eleven på {elev} foreslår en ny første sætning; {a} "
                      "skriver den."),
                _seen("elever", 1, "Eleven på {elev2} skriver et helt afsnit og kigger på "
                      "tavlen undervejs."),
                _seen("elever", 1, "Efter fem minutter er {n} elever stadig ikke i gang.",
                      "Undrer mig: mangler de ideer eller ord?")),
            did="{a} skrev første afsnit på tavlen sammen med klassen og tænkte højt. Så skrev "
                "eleverne selv.",
            result="Lykkedes: flere elever skrev længere, og flere turde skrive et udkast. Ikke "
                   "lykkedes endnu: et par elever manglede stadig ideer til, hvad der skulle "
                   "stå.",
            point="Hvordan hjælper vi de elever, der mangler indhold, ikke sprog?",
            explain="Nogle elever har ikke nok viden om emnet at skrive ud fra; de skal tale, før "
                    "de skriver.",
            insight="Når eleverne ser en voksen skrive om, bliver udkastet tilladt.",
            summary="Den fælles skrivning hjalp mange i gang. Næste runde: eleverne planlægger "
                    "med en skriveramme og fortæller deres tekst til makkeren, før de skriver.",
            prepare="Planlægge første afsnit til den fælles skrivning"),
        Step(
            "skriveramme og mundtlig planlægning",
            action="Eleverne planlægger i en skriveramme og fortæller deres tekst til en makker "
                   "på to minutter, før de skriver.",
            reason="Når eleverne har sagt teksten højt, har de både indhold og rækkefølge, og "
                   "skriverammen holder styr på opbygningen.",
            expectation="Vi forventer, at alle kommer i gang, og at teksterne hænger bedre "
                        "sammen.",
            sequence="0–10 min: skriverammen om {emne}. 10–15 min: eleverne fortæller teksten "
                     "til makkeren. 15–40 min: skrivning. 40–45 min: opsamling.",
            watch_for="Hvad der sker i makkerfortællingen, og om eleverne bruger rammen.",
            focus_points=("Hvad sker der, når eleverne fortæller teksten til makkeren?",
                          "Bruger eleverne skriverammen?"),
            data="Skriverammerne og teksterne fra hele klassen.",
            seen=(
                _seen("elever", 0, "Makkerparret ved bord {g} fortæller skiftevis; den ene "
                      "stiller spørgsmål til den andens tekst."),
                _seen("elever", 1, "Eleven på {elev} skriver i rammen og går hurtigt i gang."),
                _seen("elever", 1, "Eleven på {elev2} streger rammen over og skriver frit.",
                      "Undrer mig: er rammen en støtte eller en spændetrøje for de stærke?")),
            did="Eleverne planlagde i en skriveramme og fortalte teksten til en makker, før de "
                "skrev.",
            result="Lykkedes: alle kom i gang, og teksterne hang bedre sammen. Ikke lykkedes "
                   "endnu: de stærkeste skrivere oplevede rammen som en begrænsning.",
            point="Hvem skal have skriverammen – og hvem skal have lov at slippe den?",
            explain="Rammen er en støtte, der skal kunne tages væk; ikke alle har brug for den.",
            insight="At sige teksten højt, før man skriver, hjælper næsten alle.",
            summary="Mundtlig planlægning og skriveramme gav alle en vej ind i teksten. Næste "
                    "skridt: {na} prøver grebene i sit fag, og rammen bliver valgfri for dem, der "
                    "ikke har brug for den.",
            prepare="Lave en skriveramme til genren"),
        Step(
            "skriveforløbet hos en ny lærer",
            action="En lærer i teamet, der ikke har undervist i de første runder, bruger "
                   "modeltekst, fælles skrivning og mundtlig planlægning i sit fag.",
            reason="Skrivning foregår i alle fag; vi vil se, om grebene også virker uden for "
                   "første runders klasse og fag.",
            expectation="Vi forventer, at eleverne genkender grebene og kommer hurtigt i gang.",
            sequence="0–15 min: modeltekst om {emne}. 15–20 min: mundtlig planlægning. 20–45 "
                     "min: skrivning.",
            watch_for="Om eleverne bruger grebene hos en ny lærer.",
            focus_points=("Hvor lang tid går der, før eleverne skriver?",
                          "Bruger eleverne grebene?"),
            data="Teksterne sammenlignet med første runde.",
            seen=(
                _seen("elever", 0, "Alle skriver efter fire minutter."),
                _seen("elever", 1, "Eleven på {elev} siger: »Skal vi fortælle det til makkeren "
                      "først?«"),
                _seen("laerer", None, "{a} bruger modelteksten kortere end i de første runder.")),
            did="{a} brugte grebene fra de første runder i sin egen lektion.",
            result="Lykkedes: eleverne kendte grebene og kom hurtigt i gang. Ikke lykkedes "
                   "endnu: fagets genrer kræver egne modeltekster.",
            point="Hvor finder vi gode modeltekster til fagenes genrer?",
            explain="Modeltekster findes til dansk, men sjældent til de andre fag.",
            insight="Grebene er fælles; modelteksterne er fagenes egne.",
            summary="Grebene holdt hos en ny lærer. Vi samler op og laver en bank af "
                    "modeltekster på tværs af fagene.",
            prepare="Finde en modeltekst i fagets genre"),
    ),
)

MATEMATIK = CourseTheme(
    "matematik", ("matematik",), _ALL, ("Matematikvejleder",),
    material="samtalekortene og opgaverne",
    titles=("Matematiske samtaler", "Elever, der forklarer deres løsninger",
            "Tal om matematik"),
    problems=(
        "Hvordan kan vi få eleverne {hvor} til at forklare og begrunde deres løsninger i "
        "matematik?",
        "Hvad skal der til, for at eleverne taler sammen om matematikken og ikke kun om "
        "facit?",
        "Hvordan kan vi bruge elevernes forskellige løsninger som udgangspunkt for "
        "matematiske samtaler?"),
    wonders=(
        "Når vi spørger eleverne, hvordan de fik et resultat, svarer mange »det ved jeg bare« "
        "eller »jeg regnede det ud«. Samtalerne i makkerpar handler mest om, hvem der har det "
        "rigtige facit.",
        "Vi ser eleverne regne mange opgaver, men de taler sjældent om, hvorfor en metode "
        "virker. Vi undrer os over, hvad der sker, hvis vi giver færre opgaver og mere tid til "
        "at tale om dem."),
    whys=(
        "At kunne forklare og begrunde er en del af matematikfaget og af de "
        "matematiske kompetencer. Elever, der kan forklare, forstår mere end dem, der kun kan "
        "regne.",
        "Når eleverne sætter ord på deres tænkning, kan vi se, hvad de har forstået – og "
        "misforståelserne bliver synlige, før de sætter sig fast."),
    goals=(
        "1) Eleverne kan forklare, hvordan de løste en opgave, og hvorfor metoden virker. "
        "2) Eleverne sammenligner forskellige løsninger.",
        "1) Eleverne bruger de matematiske begreber, når de forklarer. 2) Eleverne spørger "
        "hinanden »hvordan tænkte du?«."),
    signs=(
        "Vi hører »fordi« og »det virker, fordi« i makkerparrene; eleverne bruger begreberne "
        "fra tavlen; flere elever kan vise en anden måde at løse opgaven på.",
        "Samtalerne handler om metoder, ikke kun om facit; eleverne spørger ind til hinandens "
        "løsninger."),
    quick_writes=(
        "Mine elever kan regne, men de kan ikke forklare, hvad de gør. Jeg vil gerne have dem "
        "til at tale matematik.",
        "Jeg vil gerne arbejde med, hvordan jeg bruger elevernes forskellige løsninger på "
        "tavlen i stedet for kun at vise min egen.",
        "Når mine elever arbejder i par, sammenligner de facit og går videre. Jeg vil have dem "
        "til at tale om, hvordan de tænkte."),
    aims=(
        "At eleverne forklarer deres tænkning og ikke kun giver et facit.",
        "At eleverne lærer af hinandens løsninger."),
    experience=(
        "{a} tror, at det var svært for eleverne at forklare i starten, men at de fleste blev "
        "stolte, da deres løsning kom på tavlen.",
        "{a} tror, at de elever, der plejer at regne hurtigt, blev udfordret af at skulle "
        "forklare, og at de langsommere oplevede, at deres metode også talte."),
    focus_students=(
        "Makkerparret ved bord {g} og elev {elev}, der ofte har det rigtige facit uden at kunne "
        "forklare det.",
        "Fokuselever: elev {elev} og elev {elev2} – de siger sjældent noget i matematik."),
    learned=(
        "Færre opgaver og mere samtale gav dybere forståelse: når eleverne skal forklare, "
        "opdager de selv huller i deres tænkning. Samtalekort med »hvordan tænkte du?« og "
        "»hvorfor virker det?« giver makkerparrene noget at tale om, og når vi viser flere "
        "løsninger på tavlen, lærer eleverne af hinanden. Vi har lært at vælge opgaver, der "
        "kan løses på flere måder.",
        "Vi har lært, at eleverne godt kan tale matematik, når opgaven giver noget at tale om "
        "og der er tid til det. Efter {runder} har vi en fast struktur: arbejde selv, tale i "
        "par, sammenligne løsninger på tavlen."),
    reading=(
        "Smith og Stein: 5 Practices for Orchestrating Productive Mathematics Discussions – om "
        "at vælge og ordne elevernes løsninger.",
        "Matematikvejlederens oplæg om matematiske samtaler og ræsonnementskompetence."),
    steps=(
        Step(
            "samtalekort i makkerparrene",
            action="Makkerparrene får samtalekort: »Hvordan tænkte du?«, »Hvorfor virker det?« "
                   "og »Kan det gøres på en anden måde?« – og skal bruge dem, før de "
                   "sammenligner facit.",
            reason="Samtalekortene giver eleverne spørgsmål, der flytter samtalen fra facit til "
                   "metode.",
            expectation="Vi forventer, at makkerparrene taler om metoder, og at vi hører flere "
                        "»fordi«.",
            sequence="0–10 min: fælles opgave om {emne}. 10–15 min: samtalekortene vises. "
                     "15–35 min: eleverne løser tre opgaver og taler om dem med kortene. "
                     "35–45 min: to par fortæller, hvad de fandt ud af.",
            watch_for="Hvad makkerparrene taler om – facit eller metode – og om kortene bliver "
                      "brugt.",
            focus_points=("Hvad taler makkerparrene om?",
                          "Bruger eleverne samtalekortene?",
                          "Hvordan forklarer eleverne deres løsninger?"),
            data="Ordrette noter fra tre makkerpar og en optælling af »fordi«.",
            seen=(
                _seen("elever", 1, "Makkerparret ved bord {g} læser kortet højt: »Hvordan "
                      "tænkte du?« – eleven på {elev} forklarer sin metode."),
                _seen("elever", 0, "Ved bord {g2} sammenligner parret facit og går videre til "
                      "næste opgave.", "Undrer mig: hvad sker der, når facit er ens?"),
                _seen("elever", 2, "Eleven på {elev2} siger: »Jeg tog bare gange, fordi det "
                      "altid virker.«"),
                _seen("laerer", None, "{a} spørger et par: »Kan det gøres på en anden måde?« "
                      "– parret finder en ny metode."),
                _seen("elever", 0, "{N} af seks par, {b} lytter til, bruger mindst ét "
                      "samtalekort.")),
            did="Makkerparrene fik samtalekort og skulle bruge dem, før de sammenlignede facit. "
                "To par fortalte til sidst, hvad de fandt ud af.",
            result="Lykkedes: mange par talte om metoder, og vi hørte flere »fordi«. Ikke "
                   "lykkedes endnu: når facit var ens, sprang parrene samtalen over.",
            point="Hvorfor springer eleverne samtalen over, når facit er ens?",
            explain="Eleverne tror, at samtalen er til for at finde det rigtige svar. Opgaverne "
                    "havde ét svar og én oplagt metode, så der var ikke meget at tale om.",
            insight="Samtalen følger opgaven: hvis der kun er én vej, er der ikke noget at tale "
                    "om.",
            summary="Samtalekortene flyttede samtalen mod metode, men opgaverne gav for lidt at "
                    "tale om. Næste runde: færre og mere åbne opgaver, der kan løses på flere "
                    "måder.",
            prepare="Lave samtalekort til alle makkerpar"),
        Step(
            "færre og mere åbne opgaver",
            action="I stedet for mange opgaver får eleverne én åben opgave om {emne}, der kan "
                   "løses på flere måder, og skal finde mindst to måder.",
            reason="Når der er flere veje, er der noget at tale om, og eleverne må forklare, "
                   "hvorfor deres metode virker.",
            expectation="Vi forventer, at parrene finder forskellige løsninger og taler om, "
                        "hvilken der er bedst.",
            sequence="0–5 min: opgaven præsenteres. 5–15 min: eleverne arbejder selv. 15–30 "
                     "min: parrene sammenligner og finder en anden måde. 30–45 min: tre "
                     "løsninger vises på tavlen.",
            watch_for="Hvor mange forskellige løsninger der kommer frem, og hvordan parrene "
                      "taler om dem.",
            focus_points=("Hvor mange forskellige løsninger finder eleverne?",
                          "Hvordan sammenligner parrene løsningerne?"),
            data="Elevernes løsninger og noter fra tre makkerpar.",
            seen=(
                _seen("elever", 0, "{N} forskellige metoder i klassen – tegning, tabel, "
                      "udregning."),
                _seen("elever", 1, "Makkerparret ved bord {g} diskuterer, om tegningen eller "
                      "udregningen er hurtigst."),
                _seen("elever", 0, "Eleven på {elev} finder ikke en anden måde og kopierer "
                      "makkerens.", "Undrer mig: skal der være et stillads til den anden "
                      "måde?"),
                _seen("laerer", None, "{a} vælger tre løsninger til tavlen og viser dem fra den "
                      "mest konkrete til den mest abstrakte.")),
            did="Eleverne løste én åben opgave selv og fandt en anden måde i par. {a} viste "
                "tre løsninger på tavlen.",
            result="Lykkedes: mange forskellige løsninger og ægte samtaler om metoder. Ikke "
                   "lykkedes endnu: fremvisningen på tavlen blev en række præsentationer uden "
                   "sammenligning.",
            point="Hvordan bliver fremvisningen af løsninger til en samtale?",
            explain="Eleverne præsenterer, men ingen spørger. {a} stillede ingen spørgsmål, der "
                    "fik dem til at sammenligne.",
            insight="Åbne opgaver gør matematiske samtaler mulige – men samtalen på tavlen skal "
                    "også planlægges.",
            summary="De åbne opgaver gav mange løsninger og samtaler i parrene. Næste runde: "
                    "{na} planlægger rækkefølgen af løsningerne og spørgsmål, der sammenligner "
                    "dem.",
            prepare="Finde en åben opgave, der kan løses på flere måder"),
        Step(
            "planlagt sammenligning af løsninger",
            action="Læreren vælger og ordner tre løsninger på forhånd og stiller spørgsmål, der "
                   "sammenligner dem: »Hvad er ens? Hvad er forskelligt? Hvornår er den ene "
                   "smartest?«",
            reason="Når rækkefølgen er planlagt, og spørgsmålene sammenligner, bliver "
                   "fremvisningen en matematisk samtale.",
            expectation="Vi forventer, at eleverne kommenterer hinandens løsninger og bruger "
                        "begreberne.",
            sequence="0–15 min: eleverne løser en åben opgave om {emne}. 15–20 min: {a} vælger "
                     "løsninger. 20–40 min: sammenligning på tavlen. 40–45 min: eleverne "
                     "skriver, hvilken metode de vil bruge næste gang og hvorfor.",
            watch_for="Hvordan eleverne taler om hinandens løsninger.",
            focus_points=("Hvordan taler eleverne om hinandens løsninger?",
                          "Bruger eleverne de matematiske begreber?"),
            data="Ordrette noter fra sammenligningen og elevernes skriftlige valg.",
            seen=(
                _seen("elever", 0, "Eleven på {elev} siger: »Tabellen og tegningen er det "
                      "samme, bare skrevet forskelligt.«"),
                _seen("elever", 1, "Eleven på {elev2} bruger ordet »forhold« for første gang "
                      "i timen."),
                _seen("laerer", 0, "{a} spørger: »Hvornår ville du vælge den her?« – {n} "
                      "elever byder ind.")),
            did="{a} valgte tre løsninger og ordnede dem på forhånd og stillede spørgsmål, der "
                "sammenlignede dem.",
            result="Lykkedes: eleverne kommenterede hinandens løsninger og brugte begreberne. "
                   "Ikke lykkedes endnu: de stille elever deltog mest, når de havde talt i par "
                   "først.",
            point="Hvordan kombinerer vi sammenligningen med makkersnak?",
            explain="Det er sværere at tale i fællesskabet end i par; makkersnak før "
                    "fællessamtalen kunne hjælpe.",
            insight="Den gode matematiske samtale er planlagt – rækkefølge og spørgsmål gør "
                    "forskellen.",
            summary="Den planlagte sammenligning gav en rigtig matematisk samtale. Næste "
                    "skridt: {na} bruger hele strukturen med et nyt emne.",
            prepare="Planlægge rækkefølgen af løsninger og spørgsmålene til tavlen"),
        Step(
            "strukturen hos en ny lærer",
            action="En lærer i teamet, der ikke har undervist i de første runder, bruger hele "
                   "strukturen: arbejde selv, tale i par med samtalekort, sammenligne løsninger "
                   "på tavlen.",
            reason="Vi vil se, om strukturen kan bruges af flere og med andre emner.",
            expectation="Vi forventer, at eleverne kender strukturen og forklarer deres "
                        "løsninger uden at blive bedt om det.",
            sequence="0–15 min: åben opgave om {emne}. 15–25 min: par med samtalekort. 25–45 "
                     "min: sammenligning på tavlen.",
            watch_for="Om eleverne forklarer af sig selv.",
            focus_points=("Forklarer eleverne deres løsninger af sig selv?",
                          "Bruger eleverne samtalekortene?"),
            data="Noter fra to makkerpar og sammenligningen.",
            seen=(
                _seen("elever", 0, "Eleven på {elev} begynder med »jeg tænkte, at …« uden at "
                      "blive spurgt."),
                _seen("elever", 1, "Makkerparret ved bord {g} bruger samtalekortene uden at "
                      "kigge på dem."),
                _seen("laerer", None, "{a} viser to løsninger og spørger, hvad der er ens.")),
            did="{a} brugte hele strukturen i et nyt emne.",
            result="Lykkedes: eleverne forklarede af sig selv hos en ny lærer. Ikke lykkedes "
                   "endnu: det tager tid at finde gode åbne opgaver.",
            point="Hvor finder vi gode åbne opgaver?",
            explain="Lærebogens opgaver er ofte lukkede; vi skal omskrive dem.",
            insight="Strukturen er nem at dele; de gode opgaver er det svære.",
            summary="Strukturen holdt hos en ny lærer. Vi laver en fælles samling af åbne "
                    "opgaver og samler op.",
            prepare="Vise {na} strukturen og samtalekortene"),
    ),
)

RO = CourseTheme(
    "ro", (), _ALL, ("AKT", "Trivsel", "Inklusion"),
    material="lydskalaen",
    titles=("Ro til at lære", "Et godt arbejdsklima", "Arbejdsro {hvor}"),
    problems=(
        "Hvordan kan vi skabe et arbejdsklima {hvor}, hvor alle elever har ro til at "
        "fordybe sig?",
        "Hvad skal der til, for at lydniveauet passer til aktiviteten, uden at vi skal sige det "
        "hele tiden?",
        "Hvordan kan eleverne selv tage ansvar for arbejdsroen i klassen?"),
    wonders=(
        "Lydniveauet er højt i mange timer, og vi bruger meget tid på at sige »shh«. Nogle "
        "elever siger i trivselsmålingen, at de ikke kan koncentrere sig i timerne.",
        "Vi har lagt mærke til, at uroen ikke er lige stor i alle timer og fag. Vi undrer os "
        "over, hvad der er forskelligt i de timer, hvor der er ro."),
    whys=(
        "Uden arbejdsro lærer eleverne mindre, og de elever, der har sværest ved at "
        "koncentrere sig, bliver ramt hårdest. Trivselsmålingen viser, at det også påvirker, "
        "hvordan eleverne har det.",
        "Vi bruger for meget af vores energi på at skabe ro i stedet for at undervise. Vi vil "
        "have eleverne med i ansvaret."),
    goals=(
        "1) Lydniveauet passer til aktiviteten i de fleste af lektionens faser. 2) Eleverne "
        "kan sige, hvilket lydniveau der gælder nu.",
        "1) Vi bruger mindre tid på at skabe ro. 2) Flere elever siger i målingen, at de kan "
        "koncentrere sig i timerne."),
    signs=(
        "Lydniveauet falder hurtigt efter et signal; eleverne minder hinanden om reglerne; vi "
        "siger »shh« færre gange pr. lektion.",
        "Eleverne kan pege på lydskalaen og sige, hvor vi er; færre afbrydelser i det "
        "selvstændige arbejde."),
    quick_writes=(
        "Jeg bruger alt for meget tid på at skabe ro. Jeg vil gerne finde ud af, hvad der "
        "virker, så jeg kan undervise.",
        "Nogle af mine elever siger, at de ikke kan arbejde, fordi der er for meget larm. Jeg "
        "vil gerne give dem den ro.",
        "Jeg tror, vi voksne er forskellige i, hvad vi forventer. Det kunne være spændende at "
        "undersøge, om fælles regler hjælper."),
    aims=(
        "At der er ro til at arbejde, uden at {a} skal sige »shh« hele tiden.",
        "At eleverne selv tager ansvar for arbejdsroen."),
    experience=(
        "{a} tror, at de fleste elever nød roen, og at nogle syntes, det var svært at "
        "arbejde helt stille.",
        "Eleverne sagde, at det var rart at vide, hvornår man måtte snakke. {a} tror, at de "
        "urolige elever oplevede færre irettesættelser."),
    focus_students=(
        "Gruppen ved bord {g}, hvor uroen ofte begynder, og elev {elev}.",
        "Fokuselever: elev {elev} og elev {elev2}, der ofte bliver irettesat."),
    learned=(
        "Arbejdsro kommer ikke af irettesættelser, men af tydelige forventninger, der er øvet. "
        "En lydskala på tavlen, der følger lektionens faser, gav eleverne et fælles sprog for "
        "ro, og når eleverne selv var med til at formulere reglerne, tog de mere ansvar. Vi "
        "siger »shh« langt sjældnere.",
        "Vi har lært, at uroen hang sammen med uklare forventninger og lange ventetider, mere "
        "end med enkelte elever. Efter {runder} har vi fælles regler og en lydskala, som alle "
        "voksne i teamet bruger."),
    reading=(
        "Thomas Nordahl om klasseledelse – kapitlet om forventninger og relationer.",
        "EMU's materiale om læringsmiljø og klasseledelse."),
    steps=(
        Step(
            "lydskala på tavlen",
            action="En lydskala fra 0 til 3 hænger på tavlen, og læreren markerer ved hver fase, "
                   "hvilket lydniveau der gælder.",
            reason="Eleverne ved ikke altid, hvad der forventes; når det står synligt, kan de "
                   "rette sig efter det uden at blive irettesat.",
            expectation="Vi forventer, at lydniveauet passer bedre til aktiviteten, og at vi "
                        "irettesætter færre gange.",
            sequence="0–5 min: skalaen introduceres. 5–15 min: gennemgang af {emne} (niveau 0). "
                     "15–35 min: pararbejde (niveau 1). 35–45 min: opsamling (niveau 0–2).",
            watch_for="Lydniveauet i hver fase og hvor mange gange læreren irettesætter.",
            focus_points=("Passer lydniveauet til aktiviteten?",
                          "Hvor mange gange irettesætter læreren?",
                          "Hvornår stiger lydniveauet?"),
            data="Lydniveau hvert femte minut på en skala fra 1 til 5 og en optælling af "
                 "irettesættelser.",
            seen=(
                _seen("laerer", None, "{a} flytter klemmen på lydskalaen til 0 og venter; "
                      "efter {m} minutter er der ro."),
                _seen("elever", 0, "I pararbejdet hvisker de fleste; bord {g} taler højt, til "
                      "eleven på {elev} peger på skalaen.", "Eleverne minder hinanden om "
                      "det – godt tegn?"),
                _seen("elever", 2, "Lydniveauet stiger, da materialerne deles ud; {n} elever "
                      "rejser sig samtidig."),
                _seen("laerer", 1, "{a} irettesætter {n} gange i løbet af lektionen; sidste "
                      "gang ved oprydningen."),
                _seen("elever", 0, "I opsamlingen er der ro, mens eleven på {elev2} taler.")),
            did="{a} brugte lydskalaen ved hver fase og flyttede klemmen, når aktiviteten "
                "skiftede.",
            result="Lykkedes: lydniveauet passede bedre til faserne, og eleverne mindede "
                   "hinanden om skalaen. Ikke lykkedes endnu: uroen steg ved uddeling og "
                   "oprydning.",
            point="Hvorfor stiger uroen, når materialerne deles ud?",
            explain="Mange elever har ikke noget at lave, mens der deles ud, og alle rejser sig "
                    "samtidig. Det er ventetid, ikke ulydighed.",
            insight="Uro opstår ofte i ventetid – det er mere et planlægningsspørgsmål end et "
                    "disciplinspørgsmål.",
            summary="Lydskalaen gav eleverne et fælles sprog for ro. Næste runde: faste "
                    "materialeansvarlige og mindre ventetid ved uddeling og oprydning.",
            prepare="Lave en lydskala til tavlen"),
        Step(
            "materialeansvarlige og mindre ventetid",
            action="Hver gruppe har en materialeansvarlig, der henter og afleverer; materialerne "
                   "står klar ved døren, og eleverne har en lille opgave, mens der deles ud.",
            reason="Når ikke alle rejser sig samtidig, og ingen venter uden noget at lave, "
                   "forsvinder meget af uroen ved overgangene.",
            expectation="Vi forventer, at lydniveauet holder sig lavere ved uddeling og "
                        "oprydning.",
            sequence="0–5 min: start. 5–15 min: gennemgang af {emne}. 15–17 min: de "
                     "materialeansvarlige henter. 17–40 min: gruppearbejde. 40–45 min: "
                     "oprydning og opsamling.",
            watch_for="Uddeling og oprydning: hvem rejser sig, og hvad laver de andre?",
            focus_points=("Hvad sker der ved uddeling og oprydning?",
                          "Hvor mange gange irettesætter læreren?"),
            data="Lydniveau ved uddeling og oprydning og en optælling af irettesættelser.",
            seen=(
                _seen("elever", 0, "Kun de seks materialeansvarlige rejser sig; resten løser "
                      "startopgaven."),
                _seen("elever", 0, "Oprydningen tager halvandet minut; lydniveauet når 3 på "
                      "skalaen fra 1 til 5."),
                _seen("laerer", 1, "{a} irettesætter to gange i hele lektionen."),
                _seen("elever", None, "Bord {g} bliver uroligt, da de er færdige før tid.",
                      "Undrer mig: hvad skal man lave, når man er færdig?")),
            did="Materialeansvarlige hentede og afleverede, og eleverne havde en lille opgave, "
                "mens der blev delt ud.",
            result="Lykkedes: ro ved uddeling og oprydning, og færre irettesættelser. Ikke "
                   "lykkedes endnu: grupper, der blev hurtigt færdige, blev urolige.",
            point="Hvad skal eleverne lave, når de er færdige?",
            explain="Vi har ikke planlagt, hvad der sker efter opgaven; eleverne fylder selv "
                    "tomrummet.",
            insight="Når vi fjerner ventetid, forsvinder meget af uroen af sig selv.",
            summary="Materialeansvarlige og en opgave under uddelingen gav ro. Næste runde: "
                    "eleverne formulerer selv arbejdsregler, og der er altid en »når du er "
                    "færdig«-opgave.",
            prepare="Udpege materialeansvarlige og stille materialerne klar ved døren"),
        Step(
            "elevernes egne arbejdsregler",
            action="Klassen formulerer selv tre arbejdsregler for gruppearbejde, og der er altid "
                   "en »når du er færdig«-opgave på tavlen.",
            reason="Regler, eleverne selv har været med til at lave, bliver fulgt mere, og med "
                   "en opgave til dem, der er færdige, opstår der ikke tomrum.",
            expectation="Vi forventer, at eleverne minder hinanden om reglerne, og at der er ro "
                        "hele vejen.",
            sequence="0–10 min: klassen formulerer tre regler. 10–40 min: gruppearbejde om "
                     "{emne}. 40–45 min: klassen vurderer, om reglerne blev holdt.",
            watch_for="Om eleverne henviser til reglerne, og hvad de hurtige grupper gør.",
            focus_points=("Henviser eleverne til reglerne?",
                          "Hvad gør de grupper, der er færdige?"),
            data="Lydniveau hvert femte minut og klassens egen vurdering.",
            seen=(
                _seen("elever", 0, "Eleven på {elev} siger til sin gruppe: »Regel to – vi "
                      "hvisker.«"),
                _seen("elever", 1, "Gruppe {g} er færdig og går selv i gang med opgaven på "
                      "tavlen."),
                _seen("elever", 0, "Klassen giver sig selv 4 ud af 5 for at holde reglerne.")),
            did="Klassen formulerede tre regler, og der var en opgave til dem, der blev "
                "færdige. Til sidst vurderede klassen sig selv.",
            result="Lykkedes: eleverne mindede hinanden om reglerne, og der var ro hele "
                   "lektionen. Ikke lykkedes endnu: reglerne skal holdes i live, så de ikke "
                   "bliver glemt.",
            point="Hvordan holder vi reglerne i live?",
            explain="Regler bliver glemt, hvis de ikke bliver brugt; en kort vurdering efter "
                    "hver time kan holde dem synlige.",
            insight="Eleverne tager ansvar for roen, når de ejer reglerne.",
            summary="Elevernes egne regler gav ro og ansvar. Næste skridt: {na} bruger "
                    "lydskalaen og reglerne – holder de hos en ny lærer?",
            prepare="Forberede klassens samtale om arbejdsregler"),
        Step(
            "reglerne hos en ny lærer",
            action="En lærer i teamet, der ikke har undervist i de første runder, bruger "
                   "lydskalaen og klassens arbejdsregler.",
            reason="Arbejdsroen afhænger af, at alle voksne har de samme forventninger.",
            expectation="Vi forventer, at eleverne følger reglerne hos en ny lærer.",
            sequence="0–5 min: start og skala. 5–40 min: arbejde med {emne}. 40–45 min: klassens "
                     "vurdering.",
            watch_for="Om eleverne følger reglerne hos en ny lærer.",
            focus_points=("Passer lydniveauet til aktiviteten?",
                          "Henviser eleverne til reglerne?"),
            data="Lydniveau hvert femte minut sammenlignet med første runde.",
            seen=(
                _seen("elever", 0, "Lydniveauet ligger på 2 i det meste af arbejdstiden."),
                _seen("elever", 1, "Eleven på {elev} peger på reglerne, da bordet ved siden af "
                      "bliver højlydt."),
                _seen("laerer", None, "{a} bruger skalaen på samme måde som de andre lærere.")),
            did="{a} brugte lydskalaen og klassens regler i sin egen lektion.",
            result="Lykkedes: eleverne fulgte reglerne hos en ny lærer. Ikke lykkedes endnu: i "
                   "fag med praktisk arbejde passer skalaen ikke helt.",
            point="Skal skalaen tilpasses de praktiske fag?",
            explain="I praktiske fag er et højere lydniveau naturligt; skalaen skal måske have "
                    "et ekstra trin.",
            insight="Fælles forventninger hos alle voksne er det, der bærer arbejdsroen.",
            summary="Reglerne holdt hos en ny lærer. Vi samler op og tilpasser skalaen til de "
                    "praktiske fag.",
            prepare="Vise {na} lydskalaen og klassens regler"),
    ),
)

THEMES = (GRUPPEARBEJDE, LAESNING, MUNDTLIGHED, FEEDBACK, OVERGANGE, DIFFERENTIERING,
          SPOERGSMAAL, SKRIFTLIGHED, MATEMATIK, RO)
