"""The Danish words of the demo school: names, team focuses and the phrases of a referat.

Kept apart from :mod:`plf_desktop.services.demo_data` so the generator reads as logic and this
file reads as content a Danish colleague can proof-read. Texts are ``str.format_map`` templates;
the placeholders are ``{klasse}`` (the class, year group or department), ``{vejleder}`` (the
team's coach), ``{gruppe}`` (a pseudonymous group number) and ``{uge}`` (a week number).

Students appear only as "Elev A" or "gruppe 2", data only at class, year-group or school level
(domain.md §6): the demo shows the privacy rules the app asks its users to follow.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from plf_desktop.domain.labels import DataSource
from plf_desktop.domain.record_type import frozen_record

# -- people ------------------------------------------------------------------------------------

FIRST_NAMES = (
    "Anne", "Mette", "Hanne", "Susanne", "Lene", "Camilla", "Louise", "Maria", "Signe", "Line",
    "Sofie", "Ida", "Julie", "Karen", "Birgitte", "Trine", "Nanna", "Malene", "Rikke", "Tove",
    "Gitte", "Pernille", "Charlotte", "Astrid", "Freja", "Ingrid", "Solveig", "Sørine", "Maja",
    "Fatima", "Aisha", "Amina", "Leyla", "Agnieszka", "Katarzyna", "Eszter", "Sigrún",
    "Lars", "Jens", "Peter", "Michael", "Søren", "Morten", "Thomas", "Henrik", "Anders",
    "Rasmus", "Mads", "Jesper", "Kasper", "Mikkel", "Niels", "Ole", "Bo", "Jørgen", "Bjarke",
    "Steffen", "Torben", "Asger", "Frederik", "Emil", "Ahmad", "Mehmet", "Omar", "Ali",
    "Tomasz", "Piotr", "Dragan", "Jóhann", "Björn",
)
LAST_NAMES = (
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen",
    "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Østergaard", "Kjær", "Bøgh",
    "Dahl", "Lund", "Holm", "Skov", "Winther", "Friis", "Bach", "Krogh", "Nørgaard", "Vestergaard",
    "Lauridsen", "Brøndum", "Damgaard", "Højgaard", "Søndergaard", "Ravn", "Bendtsen",
    "Hussein", "Ali", "Yıldız", "Kowalska", "Novak", "Horváth", "Jónsson", "Åberg",
)

# Always in the demo, so every screen and PDF shows æøå and letters beyond Latin-1 at once.
# Their notes come from the role lists below, in order (the first coach is the læsevejleder).
SPECIAL_PEOPLE = (
    ("Mette Kjærsgaard", "leder"),
    ("Åse Bækgaard", "vejleder"),
    ("Bjørn Østergård", "vejleder"),
    ("Zeynep Yılmaz", "vejleder"),
    ("Łukasz Nowak", "laerer"),
    ("Ödön Szabó", "paedagog"),
)

LEADER_NOTES = (
    "Skoleleder", "Afdelingsleder, mellemtrinnet", "Afdelingsleder, indskolingen",
    "Afdelingsleder, udskolingen", "Viceskoleleder", "Pædagogisk leder, SFO",
)
COACH_NOTES = (
    "Læsevejleder", "Matematikvejleder", "DSA-vejleder", "AKT-vejleder", "Inklusionsvejleder",
    "Aktionslæringsvejleder", "Naturfagsvejleder", "Læsevejleder, udskolingen",
    "Trivselsvejleder", "Matematikvejleder, indskolingen",
)
RESOURCE_NOTES = (
    "Ressourceperson i Læringscentret", "Ressourceperson for co-teaching",
    "Vejleder i it og medier", "Teamkoordinator og ressourceperson", "Bevægelsesvejleder",
    "Ressourceperson for ordblindeindsatsen", "Ressourceperson for talentindsatsen",
    "Ressourceperson for overgange",
)
SUBJECTS = {
    "indskoling": ("dansk", "matematik", "natur/teknologi", "idræt", "musik", "billedkunst"),
    "mellemtrin": ("dansk", "matematik", "engelsk", "historie", "natur/teknologi", "madkundskab"),
    "udskoling": ("dansk", "matematik", "engelsk", "tysk", "fysik/kemi", "samfundsfag",
                  "biologi", "geografi"),
}

PLACES = ("Mødelokale 2", "Personalerummet", "Læringscentret", "Lokale B12", "Teamrummet",
          "Mødelokale 1")

# -- what the teams work on ------------------------------------------------------------------


@frozen_record
class Focus:
    """One year's PLF focus for a team: the problem, the hypotheses, the actions and signs."""

    key: str
    title: str
    departments: tuple[str, ...]
    sources: tuple[DataSource, ...]
    problem: str
    hypotheses: tuple[str, ...]
    needs: tuple[str, ...]
    actions: tuple[tuple[str, str], ...]
    agreements: tuple[str, ...]
    decisions: tuple[str, ...]
    research: str
    subject: str = "læsning"


_TESTS = (DataSource.TRANSITION_TEST,)  # replaced by the test of the meeting's school year

FOCUSES = (
    Focus(
        "laesning-fag", "læseforståelse i faglige tekster", ("mellemtrin", "udskoling"),
        (*_TESTS, DataSource.STUDENT_WORK, DataSource.OBSERVATION),
        "Hvordan hjælper vi eleverne til at læse og forstå fagteksterne i natur/teknologi og "
        "historie?",
        ("Mange elever springer figurer og billedtekster over og mister halvdelen af teksten.",
         "Eleverne møder fagordene først, efter de har læst – vi introducerer dem for sent.",
         "Vi læser ofte højt for dem, så de sjældent selv øver strategierne.",
         "Teksterne i det nye materiale ligger over mange elevers læseniveau."),
        ("Eleverne skal kunne bruge før-, under- og efterlæsningsstrategier i fagtekster.",
         "Eleverne skal kunne forklare fagets centrale ord med egne ord."),
        (("Fælles førlæsning med fagordsliste og billedlæsning i alle fag",
          "Eleverne bruger fagordene, når de forklarer en figur for deres makker."),
         ("Læsemakkere med faste roller (oplæser og spørger) to gange om ugen",
          "Flere elever stiller spørgsmål til teksten uden at blive bedt om det."),
         ("Modellering af 'tænke højt' ved tavlen, fem minutter i starten af timen",
          "Eleverne kan sige, hvilken strategi de brugte.")),
        ("Lave en fagordsliste til næste forløb i natur/teknologi i {klasse}",
         "Afprøve læsemakkere med faste roller i {klasse} og notere tegn",
         "Modellere 'tænke højt' i to dansktimer og fortælle om det på næste møde",
         "Tage tre anonymiserede elevprodukter fra gruppe {gruppe} med til næste møde",
         "Booke {vejleder} til observation af førlæsningen i uge {uge}",
         "Finde to fagtekster på elevernes niveau i Læringscentret"),
        ("Vi bruger samme førlæsningsskabelon i dansk, historie og natur/teknologi resten af "
         "året.",
         "Læsemakkere kører i fire uger; derefter ser vi på tegnene igen."),
        "Forskningsviden: eksplicit undervisning i læsestrategier styrker forståelsen af "
        "fagtekster.",
    ),
    Focus(
        "broeker", "talforståelse og brøker", ("mellemtrin",),
        (*_TESTS, DataSource.STUDENT_WORK, DataSource.OBSERVATION),
        "Hvordan styrker vi elevernes forståelse af brøker som tal på tallinjen?",
        ("Eleverne ser en brøk som to tal og ikke som ét tal.",
         "Vi går for hurtigt fra konkrete materialer til regneregler.",
         "Elever med usikker talforståelse fra indskolingen mangler tallinjen som model."),
        ("Eleverne skal kunne placere og sammenligne brøker på en tallinje.",
         "Eleverne skal kunne forklare deres strategi med ord og tegning."),
        (("Ti minutters tallinjeopvarmning hver dag",
          "Eleverne begrunder, hvorfor 3/4 er større end 2/3, uden at finde fællesnævner."),
         ("Brøkstrimler og konkrete materialer i alle lektioner i forløbet",
          "Flere elever henter selv materialerne, når de går i stå."),
         ("Matematiksamtaler i makkerpar med sætningsstartere",
          "Eleverne bruger ordene tæller, nævner og helhed korrekt.")),
        ("Lave tallinjeopvarmning til fire uger og dele den i teamets mappe",
         "Afprøve brøkstrimler i {klasse} og tage to elevbesvarelser med",
         "Aftale co-teaching med {vejleder} i to matematiktimer i uge {uge}",
         "Lave en kort exit-opgave om brøker og sammenligne resultaterne på klasseniveau",
         "Observere matematiksamtalerne i gruppe {gruppe} med observationsskemaet"),
        ("Alle klasser på årgangen bruger tallinjen som fælles model i brøkforløbet.",
         "Exit-opgaven gives i samme uge i alle klasser, så vi kan sammenligne på årgangsniveau."),
        "Forskningsviden: tallinjen som fælles model styrker forståelsen af brøker som tal.",
        subject="matematik",
    ),
    Focus(
        "overgange", "ro og orden i overgange", ("indskoling", "mellemtrin"),
        (DataSource.WELLBEING, DataSource.OBSERVATION, DataSource.STUDENT_INTERVIEW),
        "Hvordan får vi roligere overgange, så undervisningen kommer hurtigere i gang efter "
        "pauserne?",
        ("Overgangen efter spisefrikvarteret mangler en fast struktur.",
         "Eleverne ved ikke, hvad de skal gå i gang med, når de kommer ind.",
         "Vi voksne gør det forskelligt fra time til time."),
        ("Eleverne skal kunne gå i gang med en kendt startopgave inden for to minutter.",),
        (("Fast startopgave på tavlen efter hvert frikvarter",
          "Flere elever sidder klar, når timen begynder; vi tager tid på, hvornår alle er i gang."),
         ("Fælles visuelt dagsprogram i alle klasser",
          "Eleverne spørger sjældnere, hvad der skal ske."),
         ("Pædagogen tager imod ved døren efter spisefrikvarteret",
          "Færre konflikter følger med ind i timen.")),
        ("Tage tid på overgangene i {klasse} i en uge og tage tallene med",
         "Lave fælles startopgaver til uge {uge}",
         "Hænge visuelt dagsprogram op i alle klasser på årgangen",
         "Aftale med {vejleder} om observation af overgangen efter spisefrikvarteret",
         "Tale med elevrådsrepræsentanterne om, hvad der gør overgangene urolige"),
        ("Vi tager alle imod eleverne ved døren efter spisefrikvarteret fra mandag.",
         "Startopgaven står altid øverst til venstre på tavlen."),
        "Forskningsviden: tydelige og faste rutiner frigør undervisningstid.",
        subject="trivsel",
    ),
    Focus(
        "faellesskab", "trivsel og fællesskab i klassen",
        ("indskoling", "mellemtrin", "udskoling"),
        (DataSource.WELLBEING, DataSource.STUDENT_INTERVIEW, DataSource.ABSENCE),
        "Hvordan styrker vi fællesskabet, så flere elever oplever, at de har nogen at være "
        "sammen med?",
        ("Eleverne arbejder og leger i faste grupper, og nogle står uden for dem alle.",
         "Meget af klassens sociale liv foregår på nettet, hvor vi ikke ser det.",
         "Der er få fælles aktiviteter på tværs af grupperne i frikvartererne."),
        ("Eleverne skal kunne samarbejde med alle i klassen, ikke kun med de nærmeste venner.",),
        (("Faste, skiftende makkerpar hver anden uge",
          "Eleverne går i gang med en ny makker uden protester."),
         ("Organiserede frikvarterslege to dage om ugen",
          "Færre elever går alene rundt i frikvarteret."),
         ("Klassemøde hver fredag med fast dagsorden",
          "Eleverne tager selv emner op på klassemødet.")),
        ("Lave makkerpar for de næste seks uger i {klasse}",
         "Holde korte elevinterview med gruppe {gruppe} om frikvartererne",
         "Planlægge to klassemøder sammen med {vejleder}",
         "Foreslå forældrerådet en fælles aftale om sociale medier på årgangen",
         "Tage trivselsmålingens spørgsmål om fællesskab op på næste klassemøde"),
        ("Klassemøde hver fredag i 6. lektion resten af skoleåret.",
         "Vi skifter makkerpar hver anden mandag."),
        "Forskningsviden: oplevelsen af at høre til hænger sammen med både trivsel og læring.",
        subject="trivsel",
    ),
    Focus(
        "feedback", "skriftlig fremstilling og feedback", ("mellemtrin", "udskoling"),
        (DataSource.STUDENT_WORK, DataSource.GRADES, DataSource.OBSERVATION),
        "Hvordan giver vi feedback, som eleverne faktisk bruger i deres næste tekst?",
        ("Vores feedback kommer for sent – eleverne er videre, når de får den.",
         "Vi skriver for mange kommentarer; eleverne ved ikke, hvor de skal begynde.",
         "Eleverne kender ikke kriterierne for en god tekst, før de skriver."),
        ("Eleverne skal kunne bruge to konkrete kriterier til at forbedre deres egen tekst.",),
        (("Fælles kriterier og modeltekster før skrivningen (feed up)",
          "Eleverne kan pege på kriterierne i modelteksten."),
         ("Højst to fremadrettede kommentarer pr. tekst (feed forward)",
          "Flere elever retter i teksten efter feedbacken."),
         ("Makkerrespons med skema i ti minutter",
          "Eleverne giver hinanden konkrete forslag, ikke kun ros.")),
        ("Finde to modeltekster til næste skriveforløb i {klasse}",
         "Afprøve makkerrespons med skema og tage tre anonymiserede elevtekster med",
         "Lave en fælles feedbackskabelon med højst to fremadrettede kommentarer",
         "Observere makkerresponsen i {klasse} sammen med {vejleder} i uge {uge}",
         "Sammenligne standpunktskarakterer i skriftlig dansk på årgangsniveau med sidste år"),
        ("Alle skriveopgaver på årgangen får højst to fremadrettede kommentarer.",
         "Vi bruger Hatties tre spørgsmål som fælles struktur for feedback."),
        "Forskningsviden: feedback virker bedst, når den peger fremad (Hattie).",
        subject="skrivning",
    ),
    Focus(
        "dsa", "fagsprog for elever med dansk som andetsprog",
        ("indskoling", "mellemtrin", "udskoling"),
        (DataSource.STUDENT_WORK, DataSource.OBSERVATION, DataSource.LANGUAGE_ASSESSMENT),
        "Hvordan støtter vi elever med dansk som andetsprog i fagenes sprog?",
        ("Hverdagssproget er godt, men fagsproget mangler – det ser vi først i skriftlige "
         "opgaver.",
         "Vi stilladserer mundtligt, men sjældent skriftligt.",
         "Eleverne får for få chancer for at tale fagligt i timerne."),
        ("Eleverne skal kunne bruge fagets centrale ord og sætningsstartere mundtligt og "
         "skriftligt.",),
        (("Ordvæg med fagord og billeder i hvert forløb",
          "Eleverne bruger ordvæggen uden at blive mindet om det."),
         ("Sætningsstartere på bordene ved gruppearbejde",
          "Flere elever med dansk som andetsprog tager ordet i gruppen."),
         ("Co-teaching med DSA-vejlederen i to lektioner om ugen",
          "Eleverne i gruppe 2 skriver længere svar.")),
        ("Lave ordvæg til næste forløb i {klasse}",
         "Planlægge co-teaching med {vejleder} fra uge {uge}",
         "Lave sætningsstartere til gruppearbejdet og dele dem med teamet",
         "Observere, hvem der tager ordet i gruppe {gruppe}, i to lektioner"),
        ("DSA-vejlederen deltager i teammødet hver anden gang i dette forløb.",
         "Ordvæggen bruges i alle fag på årgangen."),
        "Forskningsviden: fagsprog skal undervises eksplicit, også i matematik og naturfag.",
        subject="sprog",
    ),
    Focus(
        "tidlig-laesning", "den tidlige læsning", ("indskoling",),
        (DataSource.READING_SCREENING, DataSource.LANGUAGE_ASSESSMENT, DataSource.STUDENT_WORK,
         DataSource.DYSLEXIA_RISK),
        "Hvordan sikrer vi, at alle elever knækker læsekoden i løbet af 1. klasse?",
        ("Nogle elever har endnu ikke en sikker bogstav-lyd-forbindelse fra børnehaveklassen.",
         "Læsebåndet bliver for ofte aflyst.",
         "De læsere, der har sværest ved det, læser for lidt sammenhængende tekst."),
        ("Eleverne skal kunne lydere sig igennem lydrette ord og læse korte sætninger med "
         "forståelse.",),
        (("Dagligt læsebånd på 20 minutter, som ikke aflyses",
          "Eleverne finder selv deres bog og går i gang."),
         ("Intensive læseforløb i små grupper med læsevejlederen i seks uger",
          "Eleverne i gruppe 1 læser flere ord i minuttet ved næste måling."),
         ("Fonologiske lege i børnehaveklassen hver morgen",
          "Flere elever kan høre første og sidste lyd i et ord.")),
        ("Sammensætte grupper til det intensive læseforløb ud fra screeningen (kun "
         "gruppenumre i referatet)",
         "Holde læsebåndet hver dag i uge {uge} og notere aflysninger",
         "Aftale forløb for gruppe {gruppe} med {vejleder}",
         "Orientere forældrene på årgangen om læsetræning derhjemme",
         "Tilbyde risikotesten for ordblindhed efter skolens procedure og orientere {vejleder}"),
        ("Læsebåndet ligger fast kl. 8.00–8.20 og aflyses ikke.",
         "De intensive forløb evalueres efter seks uger."),
        "Forskningsviden: tidlig og intensiv indsats i små grupper virker bedst for de "
        "svageste læsere.",
    ),
    Focus(
        "motivation", "motivation og deltagelse", ("udskoling",),
        (DataSource.WELLBEING, DataSource.ABSENCE, DataSource.STUDENT_INTERVIEW),
        "Hvordan øger vi elevernes deltagelse og oplevelse af mening i undervisningen?",
        ("Eleverne ved ikke altid, hvorfor de lærer det, vi arbejder med.",
         "Prøveforberedelsen fylder så meget, at eleverne sjældent har valg.",
         "Fraværet samler sig om mandagen og i sidste lektion."),
        ("Eleverne skal kunne sige, hvad målet med timen er, og hvordan de kommer videre.",),
        (("Tydelige mål og exit tickets i alle fag",
          "Flere elever kan sige målet med timen, når den slutter."),
         ("Elevvalg i opgaveformer én gang om ugen",
          "Færre elever sidder passive i arbejdsperioderne."),
         ("Korte elevinterview om, hvad der giver mening",
          "Eleverne kommer med egne forslag til forløbet.")),
        ("Bruge exit tickets i {klasse} i to uger og tage et overblik med",
         "Interviewe fire elever fra gruppe {gruppe} (ingen navne i referatet)",
         "Gå fraværet for årgangen igennem med {vejleder} før næste møde",
         "Planlægge et forløb med elevvalg i opgaveformer til uge {uge}"),
        ("Målet for timen står på tavlen i alle fag på årgangen.",
         "Vi følger op på fraværet på årgangsniveau hver sjette uge."),
        "Forskningsviden: elever, der kender målet, bliver mere engagerede (Hattie).",
        subject="trivsel",
    ),
    Focus(
        "co-teaching", "co-teaching og differentiering", ("indskoling", "mellemtrin", "udskoling"),
        (DataSource.OBSERVATION, DataSource.STUDENT_WORK, *_TESTS),
        "Hvordan bruger vi to voksne i rummet, så alle elever bliver udfordret?",
        ("Den ene voksne ender ofte som hjælper hos de samme elever (én underviser, én "
         "assisterer).",
         "Vi planlægger for sjældent sammen.",
         "Stationsundervisning kræver mere forberedelse, end vi har afsat."),
        ("Eleverne skal kunne arbejde på deres eget niveau inden for samme faglige mål.",),
        (("Stationsundervisning én gang om ugen",
          "Eleverne ved, hvilken station de skal til, og går selv i gang."),
         ("Parallelundervisning på halve hold i matematik",
          "Flere elever deltager mundtligt i den lille gruppe."),
         ("Fælles planlægning 20 minutter om ugen",
          "Begge voksne har en tydelig rolle i hver fase af lektionen.")),
        ("Planlægge to lektioner med stationsundervisning i {klasse}",
         "Afprøve parallelundervisning og notere, hvilken model vi brugte i hver fase",
         "Holde formøde med {vejleder} om observationsfokus i uge {uge}",
         "Lave et fælles planlægningsskema til co-teaching og dele det med teamet"),
        ("Vi planlægger sammen hver tirsdag kl. 14.00–14.20.",
         "Vi prøver mindst tre forskellige co-teaching-modeller i forløbet."),
        "Forskningsviden: to voksne gør kun en forskel, når de planlægger sammen (EVA).",
        subject="matematik",
    ),
    Focus(
        "gruppearbejde", "elevernes deltagelse i gruppearbejde",
        ("indskoling", "mellemtrin", "udskoling"),
        (DataSource.OBSERVATION, DataSource.STUDENT_INTERVIEW, DataSource.WELLBEING),
        "Hvordan får vi grupperne til at gå i gang med at arbejde, uanset hvem de er sammen med?",
        ("Rollerne i grupperne er uklare.",
         "Opgaverne kan løses af én elev alene.",
         "Grupperne bliver sat sammen så sent, at tiden går med at finde pladser."),
        ("Eleverne skal kunne fordele roller og komme i gang inden for fem minutter.",),
        (("Faste roller i grupperne (ordstyrer, tidtager, skriver, materialeansvarlig)",
          "Grupperne går i gang uden at spørge en voksen."),
         ("Opgaver, der kræver alle i gruppen",
          "Alle i gruppen bidrager til produktet."),
         ("Grupperne hænger på tavlen, før eleverne kommer ind",
          "Der går ingen tid med at finde grupper.")),
        ("Lave rollekort til gruppearbejdet i {klasse}",
         "Observere gruppe {gruppe} i to lektioner med fokus på opstarten",
         "Omskrive én opgave, så den kræver alle i gruppen",
         "Bede {vejleder} om sparring på gruppesammensætningen i uge {uge}"),
        ("Rollekortene bruges i alle fag på årgangen i fire uger.",),
        "Forskningsviden: samarbejde virker, når opgaven kræver alle i gruppen.",
        subject="trivsel",
    ),
    Focus(
        "vejledning", "vejledning og aktionslæring i teamene", ("ressource",),
        (DataSource.WELLBEING, DataSource.OBSERVATION, *_TESTS),
        "Hvordan fordeler vi vejledningen, så den når de teams, der har størst behov?",
        ("Teamene ved ikke, hvordan de booker vejledning.",
         "Vi bruger mest tid på enkeltsager og for lidt på teamenes praksis.",
         "Aktionslæringsforløbene går i stå, når der kommer travlhed."),
        ("Teamene skal kunne formulere en problemstilling, som vejlederen kan hjælpe med.",),
        (("Fast vejledertid i hvert årgangsteam hver sjette uge",
          "Teamene kommer selv med en problemstilling til vejledningen."),
         ("Fælles booking af vejledning i én kalender",
          "Færre henvendelser på gangen og flere planlagte forløb."),
         ("Aktionslæringsforløb i to teams med fælles observationsskema",
          "Teamene bruger observationerne i den didaktiske samtale.")),
        ("Lave en oversigt over vejledningstimerne til ledelsen",
         "Tilbyde aktionslæringsforløb til to årgangsteams",
         "Samle trivselsmålingens resultater på afdelingsniveau til ledelsen",
         "Planlægge oplæg om co-teaching til personalemødet i uge {uge}",
         "Opdatere observationsskemaet i den fælles mappe"),
        ("Vejlederne deltager i årgangsteamenes møder hver sjette uge.",
         "Bookingen af vejledning samles i én fælles kalender."),
        "Forskningsviden: vejledning virker bedst tæt på teamets egen praksis.",
    ),
)

# -- the phrases of a referat ------------------------------------------------------------------

PURPOSES = {
    "start": "at se på nye data og formulere en problemstilling om {fokus}",
    "middle": "at følge op på vores tiltag om {fokus} og se på tegnene",
    "end": "at evaluere forløbet om {fokus} og samle erfaringerne",
}
STEPS = {
    "start": "Vi starter i uge {uge} og ser på tegnene på næste møde.",
    "middle": "Vi fortsætter og justerer: tiltaget virker bedst i mindre grupper.",
    "end": "Tiltaget fortsætter som fast praksis på årgangen; erfaringerne deles med afdelingen.",
}
EXPERIENCES = (
    "det virkede bedst i mindre grupper",
    "eleverne tog godt imod det",
    "det tog længere tid end ventet",
    "det gav tydelige tegn, som vi tager med videre",
    "Elev A og Elev B havde brug for mere støtte i starten",
    "gruppe 3 kom hurtigere i gang end før",
)
DROP_REASONS = (
    "Erstattet af en ny aftale.", "Ikke længere relevant efter skemaændringen.",
    "For stor en opgave lige nu; tages op igen efter jul.",
)
OBSERVATIONS = (
    "Egne iagttagelser: det samme mønster ses i flere fag.",
    "Egne iagttagelser: forskellen er størst i klasserne med mange lærerskift.",
    "Egne iagttagelser: eleverne i gruppe 2 siger selv, at de mister overblikket.",
    "Egne iagttagelser: det ændrer sig, når der er to voksne i rummet.",
)
ORIENTATIONS = (
    "Ledelsen orienterede om skemaet for næste periode og om to nye kolleger i afdelingen.",
    "Nyt fra Læringscentret: nye klassesæt til læsning kan bookes.",
    "Trivselsmålingen gennemføres mellem 20. januar og 20. marts; klasserne får tid i skemaet.",
    "Husk at skrive mål og aftaler ind i elevplanerne inden fristen.",
    "Skolebestyrelsen har vedtaget nye ordensregler; de gennemgås på næste personalemøde.",
    "Kommunen tilbyder et kursus i co-teaching; tilmelding hos afdelingslederen.",
    "Emneugen planlægges på tværs af afdelingen.",
    "Vikardækningen er stram i de næste uger; tag kontakt til kontoret ved fravær.",
)
COMING_ITEMS = (
    "nye data fra trivselsmålingen", "tegn fra tiltagene", "planlægning af næste forløb",
    "evaluering af forløbet", "elevprodukter fra gruppe 2", "oplæg fra vejlederen",
)
MISCELLANEOUS = (
    "Intet.", "Husk kagelisten.", "Forældremøderne ligger i de første uger efter ferien.",
    "Lokalet er booket til næste gang.", "",
)
EVALUATIONS = (
    "Vi holdt tiden, og alle kom til orde.",
    "Datadelen tog for lang tid; næste gang sender tovholderen data ud dagen før.",
    "God energi, men vi skal være skarpere på at beskrive, før vi tolker.",
    "For mange orienteringspunkter; dem tager vi på mail fremover.",
    "Godt at have konkrete tegn at se efter.",
    "Tidtageren hjalp os; vi nåede alle punkter.",
)

# Danish names of the data sources as they are written in a referat.
SOURCE_NAMES = {
    DataSource.SKILLS_TEST: "Folkeskolens Nationale Færdighedstest",
    DataSource.TRANSITION_TEST: "Folkeskolens Nationale Overgangstest",
    DataSource.WELLBEING: "den nationale trivselsmåling",
    DataSource.LANGUAGE_ASSESSMENT: "sprogvurderingen i børnehaveklassen",
    DataSource.READING_SCREENING: "læsescreeningen i 1. klasse",
    DataSource.DYSLEXIA_RISK: "risikotesten for ordblindhed",
    DataSource.ABSENCE: "fraværsstatistikken",
    DataSource.GRADES: "standpunktskaraktererne",
    DataSource.STUDENT_WORK: "elevprodukter",
    DataSource.OBSERVATION: "observationer fra undervisningen",
    DataSource.STUDENT_INTERVIEW: "elevinterview",
    DataSource.OTHER: "de nationale test",
}

# -- summaries of the data a team looked at (class, year group or school level only) ------------


def _num(value: float) -> str:
    """A decimal with a Danish comma."""
    return f"{value:.1f}".replace(".", ",")


def summary_wellbeing(rng: random.Random, where: str, subject: str) -> str:
    now, before = rng.uniform(3.2, 4.2), rng.uniform(3.2, 4.2)
    return (f"Ro og orden {_num(now)} (året før {_num(before)}), social trivsel "
            f"{_num(rng.uniform(3.8, 4.4))}, faglig trivsel {_num(rng.uniform(3.5, 4.1))}. "
            "Ændringen er lille og siger ikke nødvendigvis noget om en reel forskel.")


def summary_test(rng: random.Random, where: str, subject: str) -> str:
    subject = "Matematik" if subject == "matematik" else "Læsning"
    low, before = rng.randint(12, 30), rng.randint(12, 30)
    return (f"{subject}: {low} % af eleverne i {where} ligger i de to laveste "
            f"niveauer (året før {before} %), {rng.randint(15, 35)} % i de to højeste. "
            "Kun resultater på gruppeniveau i referatet.")


def summary_screening(rng: random.Random, where: str, subject: str) -> str:
    return (f"{rng.randint(3, 7)} af {rng.randint(20, 26)} elever ligger under "
            "bekymringsgrænsen (klasseniveau). Ingen navne i referatet; oversigten ligger "
            "hos læsevejlederen.")


def summary_language(rng: random.Random, where: str, subject: str) -> str:
    return (f"{rng.randint(4, 9)} af {rng.randint(40, 52)} børn i børnehaveklasserne har brug "
            "for en fokuseret eller særlig indsats, mest i ordforråd.")


def summary_dyslexia(rng: random.Random, where: str, subject: str) -> str:
    return (f"Risikotesten er tilbudt {rng.randint(2, 6)} elever på årgangen efter skolens "
            "procedure; resultaterne ligger hos læsevejlederen.")


def summary_absence(rng: random.Random, where: str, subject: str) -> str:
    return (f"Gennemsnitligt fravær i {where} {_num(rng.uniform(4.5, 8.5))} % "
            f"i perioden; skolens gennemsnit er {_num(rng.uniform(5.0, 6.5))} %. Mest fravær "
            "om mandagen og i sidste lektion.")


def summary_grades(rng: random.Random, where: str, subject: str) -> str:
    return (f"Standpunktskarakterer i skriftlig dansk: årgangens gennemsnit "
            f"{_num(rng.uniform(5.5, 7.5))}, året før {_num(rng.uniform(5.5, 7.5))}.")


def summary_observation(rng: random.Random, where: str, subject: str) -> str:
    return (f"Observationer fra {rng.randint(2, 5)} lektioner med observationsskema "
            "(5-minutters intervaller): Elev A og Elev B kom hurtigt i gang, gruppe "
            f"{rng.randint(1, 4)} brugte det meste af tiden på at fordele opgaverne.")


def summary_interview(rng: random.Random, where: str, subject: str) -> str:
    return (f"Korte interview med gruppe {rng.randint(1, 4)}: eleverne siger, at det hjælper "
            "at vide, hvad de skal, og hvem de skal arbejde med.")


def summary_student_work(rng: random.Random, where: str, subject: str) -> str:
    return (f"Vi så på {rng.randint(6, 12)} anonymiserede elevprodukter fra "
            f"{where}: de fleste bruger fagordene, men få begrunder deres svar.")


SUMMARIES: dict[DataSource, Callable[[random.Random, str, str], str]] = {
    DataSource.WELLBEING: summary_wellbeing,
    DataSource.OTHER: summary_test,
    DataSource.TRANSITION_TEST: summary_test,
    DataSource.SKILLS_TEST: summary_test,
    DataSource.READING_SCREENING: summary_screening,
    DataSource.LANGUAGE_ASSESSMENT: summary_language,
    DataSource.DYSLEXIA_RISK: summary_dyslexia,
    DataSource.ABSENCE: summary_absence,
    DataSource.GRADES: summary_grades,
    DataSource.OBSERVATION: summary_observation,
    DataSource.STUDENT_INTERVIEW: summary_interview,
}

# -- observed lessons --------------------------------------------------------------------------
# Observation notes follow the Danish rule of describing first and interpreting apart
# (domain.md §2.4): a description says what the observer saw and heard; its *tolkning / undren*
# is a separate text. Students appear only by seat label ("eleven på B4") or table ("Bord 2").
# Placeholders: {a} the teacher's first name, {b} the second adult's, {seat} and {seat2} two
# seat labels, {bord} a table group, {emne} the lesson's topic, {fag} its subject, {n} a small
# number in words ({N} capitalised, to begin a sentence), {m} a few minutes.

# Subjects an observer sits in on (a seating chart makes little sense in the gym or the kitchen),
# with the topics of their lessons; dansk and matematik by department.
LESSON_TOPICS = {
    "dansk:indskoling": ("bogstavlyde og rim", "læsning i makkerpar", "genfortælling af en "
                         "billedbog", "skrivning af en lille fortælling", "stavelser og ord"),
    "dansk:mellemtrin": ("læseforståelse i en fagtekst", "novellens vendepunkt",
                         "personkarakteristik", "skrivning af en instruktion",
                         "ordklasser i egne tekster"),
    "dansk:udskoling": ("novelleanalyse med fokus på fortælleren", "argumentation i "
                        "debatindlæg", "kortfilmens virkemidler", "skrivning af en kronik",
                        "sproglige billeder i digte"),
    "matematik:indskoling": ("tiervenner", "addition på tallinjen", "geometriske figurer",
                             "måling med skridt og snore", "tælling i spring"),
    "matematik:mellemtrin": ("brøker på tallinjen", "areal og omkreds", "division med rest",
                             "decimaltal og penge", "koordinatsystemet"),
    "matematik:udskoling": ("lineære funktioner", "ligninger med én ubekendt", "procentregning",
                            "Pythagoras' sætning", "sandsynlighed"),
    "engelsk": ("present simple og hverdagsrutiner", "en mundtlig præsentation af en hobby",
                "en kort novelle på engelsk", "ordforråd om mad og indkøb",
                "spørgeord i dialoger"),
    "tysk": ("at præsentere sig selv", "tal og klokken", "ordforråd om familien"),
    "natur/teknologi": ("vandets kredsløb", "planters vækst", "simple elektriske kredsløb",
                        "dyr i skoven", "vejret og målinger"),
    "historie": ("vikingetiden", "industrialiseringen", "kilder fra besættelsen",
                 "reformationen"),
    "fysik/kemi": ("densitet", "syrer og baser", "elektricitet og modstand",
                   "energiomsætning"),
    "biologi": ("fotosyntese", "økosystemet i søen", "kroppens kredsløb"),
    "geografi": ("pladetektonik", "klimazoner", "befolkningsudvikling"),
    "samfundsfag": ("demokrati og valg", "privatøkonomi", "sociale medier og normer"),
}


def lesson_topic(rng: random.Random, subject: str, department: str) -> str:
    """The topic of an observed lesson in *subject* (dansk and matematik by department)."""
    return rng.choice(LESSON_TOPICS.get(f"{subject}:{department}") or LESSON_TOPICS[subject])


def observed_subject(subject: str) -> bool:
    """Is *subject* one the demo observes (a classroom subject with topics)?"""
    return subject in LESSON_TOPICS or f"{subject}:indskoling" in LESSON_TOPICS


@frozen_record
class ObservationTheme:
    """Why a lesson is observed and the *observationsfokus* agreed at the formøde."""

    key: str
    purposes: tuple[str, ...]  # templates with {a}, {b}, {emne}, {fag}, {klasse}
    focus_points: tuple[str, ...]
    co_teaching: bool = False  # only for lessons with two adults
    subjects: tuple[str, ...] = ()  # only in these subjects (empty: any)

    def suits(self, subject: str, co_taught: bool) -> bool:
        """Can a lesson in *subject* (with two adults or not) be observed with this theme?"""
        return ((co_taught or not self.co_teaching)
                and (not self.subjects or subject in self.subjects))


OBSERVATION_THEMES = (
    ObservationTheme(
        "deltagelse",
        ("{a} oplever, at det er de samme elever, der deltager i klassesamtalen, og vil gerne "
         "se mønstret udefra.",
         "Teamets aktion: makkersnak før svar i fælles samtaler. {a} afprøver den i forløbet om "
         "{emne}."),
        ("Hvem deltager i klassesamtalen, og hvordan?",
         "Hvilke spørgsmål stiller læreren – åbne eller lukkede?",
         "Ventetid: hvor længe går der fra spørgsmål til svar?",
         "Hvordan bliver ordet fordelt?")),
    ObservationTheme(
        "igangsaetning",
        ("{a} vil gerne blive skarpere på overgange og instruktioner; mange elever spørger igen, "
         "når instruktionen er givet.",
         "Aktion fra PLF-mødet: instruktion i tre trin, mundtligt og på tavlen. Første "
         "afprøvning i {klasse}."),
        ("Hvor lang tid går der, før alle er i gang?",
         "Hvordan bliver instruktionen givet – mundtligt, skriftligt, visuelt?",
         "Hvad gør de elever, der ikke kommer i gang?")),
    ObservationTheme(
        "feedback",
        ("{a} vil gerne vide, hvilken feedback eleverne faktisk får i det selvstændige arbejde.",
         "Opfølgning på teamets forløb om feedback: bruger eleverne feedbacken i arbejdet med "
         "{emne}?"),
        ("Hvilken feedback får eleverne, og fra hvem?",
         "Er feedbacken rettet mod opgaven, processen eller selvreguleringen?",
         "Hvordan bruger eleverne feedbacken?")),
    ObservationTheme(
        "laesestrategier",
        ("Aktionen i læseforløbet afprøves: fælles førlæsning med fagordsliste før arbejdet med "
         "{emne}.",
         "{a} vil se, om eleverne bruger læsestrategierne uden at blive mindet om dem."),
        ("Hvordan bliver fagordene introduceret før læsningen?",
         "Hvilke strategier bruger eleverne under læsningen?",
         "Kan eleverne sige, hvilken strategi de brugte?"),
        subjects=("dansk", "natur/teknologi", "historie", "biologi", "geografi",
                  "samfundsfag", "fysik/kemi")),
    ObservationTheme(
        "begrundelser",
        ("{a} vil have fokus på, om eleverne begrunder deres svar i makkerarbejdet om {emne}.",
         "Teamet arbejder med faglig samtale i {fag}; {a} ønsker et blik på, hvordan eleverne "
         "forklarer."),
        ("Hvordan begrunder eleverne deres løsninger?",
         "Bruger eleverne fagbegreberne?",
         "Hvilke spørgsmål får eleverne til at forklare mere?")),
    ObservationTheme(
        "differentiering",
        ("Klassen har et stort fagligt spænd; {a} vil se, om opgaverne rammer både de hurtige og "
         "dem, der har brug for mere støtte.",),
        ("Hvordan får elever, der er hurtigt færdige, nye udfordringer?",
         "Hvordan bliver elever støttet, der har brug for mere stilladsering?",
         "Hvilke materialer og stilladser er tilgængelige, og bliver de brugt?")),
    ObservationTheme(
        "maal",
        ("Teamets fokus på synlige mål: {a} afprøver mål og tegn på læring på tavlen i forløbet "
         "om {emne}.",),
        ("Hvordan bliver målet for lektionen præsenteret?",
         "Kan eleverne sige, hvad de skal lære?",
         "Hvordan bliver der samlet op på målet?")),
    ObservationTheme(
        "ro",
        ("Klassen har haft meget uro i {fag}; {a} ønsker et blik udefra på, hvornår uroen "
         "opstår.",),
        ("Hvornår stiger lydniveauet, og hvad sker der lige før?",
         "Hvordan bruger læreren signaler og rutiner?",
         "Hvordan bliver eleverne hjulpet tilbage til opgaven?")),
    ObservationTheme(
        "roller",
        ("{a} og {b} er i gang med et co-teaching-forløb og vil have øje på, hvordan de "
         "fordeler rollerne.",
         "Anden observation i co-teaching-forløbet: {b} skal have en mere aktiv rolle end "
         "sidst.",
         "Co-teaching i {fag}: {a} og {b} afprøver stationsundervisning og vil vide, om begge "
         "voksne når alle elever."),
        ("Hvordan fordeler de voksne opgaverne i de forskellige faser?",
         "Arbejder begge voksne med alle elever?",
         "Hvordan bliver overgangene mellem modellerne håndteret?",
         "Hvad gør den voksne, der ikke har ordet?"),
        co_teaching=True),
)

LEAD_ROLES = ("Underviser", "Klasselærer; underviser", "Faglærer; underviser")
CO_LEAD_ROLES = ("Fagansvarlig; leder fællesdelen", "Klasselærer; leder intro og opsamling",
                 "Har planlagt forløbet; leder gennemgangen")
# The second adult in a co-taught lesson: their profession (by Role code) and what they do in
# the model the lesson is built around (by CoTeachingModel code).
PROFESSIONS = {"paedagog": "Pædagog", "ressourceperson": "Ressourceperson",
               "vejleder": "Vejleder", "laerer": "Lærer"}
CO_ROLES = {
    "en_observerer": ("observerer med skema i fællesdelen",),
    "en_assisterer": ("støtter enkelte elever", "går rundt og hjælper"),
    "stationer": ("leder en station",),
    "parallel": ("underviser den ene halvdel",),
    "alternativ": ("har den lille gruppe (forhåndsundervisning)", "har den lille gruppe"),
    "parundervisning": ("deler undervisningen ligeværdigt", "underviser sammen med læreren"),
}

OBSERVER_POSITIONS = (
    "Bagerst ved vinduet, så alle borde kan ses",
    "Ved siden af tavlen med front mod klassen",
    "Bagerst i lokalet; går rundt i gruppearbejdet",
    "Ved bordet i hjørnet ved døren",
    "Bagerst til venstre; taler ikke med eleverne undervejs",
)
FEEDBACK_PLACES = ("Teamrummet", "Læringscentret", "Mødelokale 1", "Personalerummet",
                   "klasselokalet")


@frozen_record
class NoteText:
    """A note an observer might write: its category, the description and possible wonders."""

    category: str  # a NoteCategory code
    description: str
    wonders: tuple[str, ...] = ()


def _notes(category: str, *entries: tuple[str, ...]) -> tuple[NoteText, ...]:
    return tuple(NoteText(category, first, tuple(rest)) for first, *rest in entries)


NUMBER_WORDS = ("to", "tre", "fire", "fem", "seks")

# The first minutes and the last minutes of a lesson, whatever the activity form.
OPENING_NOTES = (
    *_notes("laerer",
            ("{a} skriver lektionens mål på tavlen og læser det højt.",
             "Undrer mig: ved eleverne, hvordan de kan se, at de har nået målet?"),
            ("{a} fortæller dagens program; det står også på tavlen i tre punkter.",
             "Eleverne ser ud til at kende strukturen."),
            ("{a} knytter an til sidste time: »Hvad var det nu, vi fandt ud af om {emne}?«",)),
    *_notes("elever",
            ("{N} elever kommer ind efter klokken; {a} venter med at begynde.",
             "Undrer mig: hvor meget tid går der tabt i starten af timerne?"),
            ("Eleverne sidder klar med bøgerne fremme, da {a} begynder.",)),
)
CLOSING_NOTES = (
    *_notes("laerer",
            ("{a} samler op på målet: »Hvad har I lært i dag, som I ikke kunne i går?«",
             "Undrer mig: hvor mange kunne svare på det?"),
            ("{a} fortæller, hvad klassen skal i næste time, og hvad der er lektier.",),
            ("Klokken ringer midt i opsamlingen; det sidste punkt når klassen ikke.",
             "Opsamlingen er det, der bliver skåret, når tiden er knap.")),
    *_notes("elever",
            ("{N} elever skriver på exit-sedlen; eleven på {seat} afleverer en tom seddel.",
             "Undrer mig: er det opgaven eller tiden?"),
            ("Eleven på {seat} kan med egne ord sige, hvad målet var.",),
            ("Eleverne pakker sammen, mens {a} stadig taler.",)),
)

# What the observer notes while the class works in each activity form (ActivityForm codes).
ACTIVITY_NOTES: dict[str, tuple[NoteText, ...]] = {
    "tavleundervisning": (
        *_notes("laerer",
                ("{a} gennemgår {emne} ved tavlen i ca. {m} minutter; {n} elever noterer i "
                 "hæftet.", "Hvad gør de elever, der ikke noterer?"),
                ("Læreren stiller et åbent spørgsmål til hele klassen; {n} elever rækker hånden.",
                 "Undrer mig: hvorfor er det de samme hænder, der kommer op?",
                 "Ventetiden var kort – fik alle tid til at tænke?"),
                ("{a} venter ca. fem sekunder efter spørgsmålet, før nogen får ordet.",
                 "Ventetiden ser ud til at give flere hænder."),
                ("{a} viser et eksempel på skærmen og tænker højt undervejs.",),
                ("{a} trækker en pind fra bægeret for at vælge, hvem der svarer; eleven på "
                 "{seat} svarer.",
                 "Flere elever følger med, når alle kan blive valgt."),
                ("{a} opsummerer med tre punkter på tavlen, før eleverne skal i gang.",),
                ("{a} spørger: »Hvem kan sige det med egne ord?« – eleven på {seat} forklarer.",
                 "Undrer mig: hvordan ville de andre have forklaret det?")),
        *_notes("elever",
                ("Eleven på {seat} svarer og begrunder sit svar uden at blive spurgt hvorfor.",),
                ("Eleven på {seat} spørger, hvad ordet betyder; {a} skriver ordet på tavlen.",
                 "Måske mangler flere elever det samme ord?"),
                ("To elever ved {bord} taler sammen under gennemgangen; da {a} stiller sig ved "
                 "bordet, stopper samtalen.", "Undrer mig: talte de om opgaven?"),
                ("Eleverne på {seat} og {seat2} kigger ud ad vinduet under gennemgangen.",
                 "Kan de se tavlen derfra?")),
    ),
    "klassesamtale": (
        *_notes("elever",
                ("Eleven på {seat} bygger videre på det, eleven på {seat2} sagde: »Jeg er enig, "
                 "fordi …«", "Sætningsstarterne på tavlen bliver brugt."),
                ("{N} elever har ordet i samtalen; alle sidder i vinduessiden.",
                 "Undrer mig: hvad med eleverne ved døren?"),
                ("Eleven på {seat} siger: »Det forstod jeg ikke.« {a} beder en anden elev "
                 "forklare.",),
                ("Eleven på {seat} svarer for tredje gang i lektionen.",
                 "Undrer mig: hvorfor svarer de samme tre?", "Hvordan fordeler {a} ordet?"),
                ("Ingen rækker hånden efter spørgsmålet; {a} omformulerer det.",
                 "Måske var spørgsmålet for åbent?")),
        *_notes("laerer",
                ("{a} stiller et opfølgende spørgsmål: »Hvordan ved du det?«",),
                ("{a} gentager elevens svar og giver det videre til klassen: »Er I enige?«",),
                ("{a} beder eleverne vende sig mod sidemanden og tale i 30 sekunder, før nogen "
                 "svarer.", "Flere hænder end før – makkersnakken ser ud til at "
                 "hjælpe."),
                ("{a} skriver elevernes forslag på tavlen uden at kommentere dem.",
                 "Flere byder ind, når svarene ikke bliver vurderet med det samme.")),
    ),
    "individuelt": (
        *_notes("elever",
                ("De fleste er i gang efter ca. {m} minutter; eleven på {seat} sidder med "
                 "blyanten i hånden uden at skrive.",
                 "Undrer mig: ved eleven, hvordan opgaven begynder?"),
                ("Eleven på {seat} rækker hånden og venter ca. {m} minutter på hjælp.",
                 "Kunne makkeren have hjulpet?"),
                ("Eleven på {seat} er færdig efter {m} minutter og begynder at tegne i hæftet.",
                 "Hvad er næste skridt for dem, der bliver hurtigt færdige?"),
                ("Der er stille i lokalet; {n} elever bruger høretelefoner.",),
                ("Eleven på {seat} henter selv konkrete materialer på reolen.",
                 "Materialerne er synlige og tilgængelige – eleverne bruger dem."),
                ("Eleven på {seat} kigger på sidemandens ark og skriver af.",
                 "Undrer mig: er opgaven for svær, eller er det usikkerhed?")),
        *_notes("laerer",
                ("{a} går rundt og begynder ved {bord}.",
                 "{a} ser ud til at vide, hvor hjælpen trænges mest."),
                ("{a} giver feedback til eleven på {seat}: »Du har begrundet dit første svar – "
                 "prøv det samme i opgave 3.«", "Feedback på procesniveau."),
                ("{a} skriver en ekstra udfordring på tavlen til dem, der er færdige.",),
                ("{a} sætter sig ved eleven på {seat} i {m} minutter.",
                 "Hvad gør de andre elever imens?")),
    ),
    "pararbejde": (
        *_notes("elever",
                ("Makkerparret {seat}/{seat2} skiftes til at forklare; den ene læser højt, den "
                 "anden spørger.", "Rollekortene bliver brugt."),
                ("Makkerparret ved {bord} er uenige om svaret og tjekker i bogen.",),
                ("Eleven på {seat} laver opgaven alene; makkeren ser på.",
                 "Er rollerne tydelige nok?"),
                ("{N} par er færdige før tid og taler om frikvarteret.",
                 "Undrer mig: var der en næste opgave, de kunne gå i gang med?"),
                ("Makkerparret {seat}/{seat2} bruger fagordene fra ordlisten i deres "
                 "forklaring.", "Ordlisten fra førlæsningen ser ud til at virke."),
                ("Eleven på {seat} spørger makkeren, før hun eller han spørger læreren.",)),
        *_notes("laerer",
                ("{a} lytter til makkerparret {seat}/{seat2} uden at blande sig.",
                 "Undrer mig: hvad hørte {a}?"),
                ("{a} stopper klassen og viser et godt eksempel fra et makkerpar på skærmen.",)),
    ),
    "gruppearbejde": (
        *_notes("elever",
                ("{bord} bruger de første {m} minutter på at fordele opgaverne.",
                 "Undrer mig: ville faste roller gøre starten kortere?"),
                ("Ved {bord} er det eleven på {seat}, der skriver; de andre dikterer.",),
                ("Ved {bord} taler alle; de peger i bogen og diskuterer.",
                 "Opgaven er åben nok til, at alle kan bidrage."),
                ("Eleven på {seat} sidder lidt væk fra gruppen og siger ikke noget i {m} "
                 "minutter.", "Undrer mig: hvilken rolle har eleven i gruppen?"),
                ("Lydniveauet stiger; {bord} og nabobordet taler højt på tværs.",),
                ("{bord} spørger om hjælp tre gange i løbet af gruppearbejdet.",
                 "Måske er opgaven uklar for netop denne gruppe?"),
                ("Gruppen ved {bord} har lavet en skitse og fordeler fremlæggelsen.",)),
        *_notes("laerer",
                ("{a} går fra gruppe til gruppe og stiller det samme spørgsmål: »Hvad er jeres "
                 "næste skridt?«",),
                ("{a} bruger håndsignal for ro; efter ca. ti sekunder er der stille.",
                 "Signalet er kendt og indøvet.")),
    ),
    "overgang": _notes(
        "overgang",
        ("{a} giver instruktionen mundtligt; opgaven står også på tavlen.",
         "Hvor mange kunne gå i gang uden at spørge igen?"),
        ("Skift til næste aktivitet: efter {m} minutter er alle i gang.",
         "Overgangen tager tid, fordi materialerne skal hentes."),
        ("Eleverne flytter borde; det tager ca. {m} minutter.",),
        ("{a} tæller ned fra fem; de fleste sidder klar ved nul.",),
        ("{N} elever spørger, hvad de skal, da instruktionen er givet.",
         "Undrer mig: var instruktionen for lang?"),
        ("{a} viser et ur på skærmen med den tid, opgaven må tage.",),
        ("Eleven på {seat} deler materialer ud; det går hurtigt.",),
    ),
}

OTHER_NOTES = _notes(
    "andet",
    ("Det banker på døren; en elev fra en anden klasse afleverer en besked.",),
    ("Projektoren virker ikke de første minutter; {a} skriver i stedet på tavlen.",),
    ("{N} elever er ikke til stede i dag.",),
    ("Uro fra gangen; en anden klasse går til frikvarter.",),
    ("Vinduerne står åbne; der er larm fra boldbanen.",
     "Undrer mig: påvirker det, hvem der tør sige noget højt?"),
)

# Notes about the two adults, by the co-teaching model in use (CoTeachingModel codes).
MODEL_NOTES: dict[str, tuple[NoteText, ...]] = {
    "en_observerer": _notes(
        "laerer",
        ("{b} står bagerst med observationsskemaet; {a} underviser.",
         "Ved eleverne, hvorfor {b} noterer?"),
        ("{b} noterer, hvem der får ordet; {a} har hele klassen.",),
    ),
    "en_assisterer": _notes(
        "laerer",
        ("{b} går rundt og hjælper enkelte elever, mens {a} underviser.",
         "Undrer mig: hjælper {b} de samme elever hver gang?"),
        ("{b} sætter sig ved eleven på {seat} og gentager instruktionen stille.",
         "Eleven kommer hurtigere i gang med en voksen ved siden af."),
        ("{b} står ved vinduet i {m} minutter uden at være i kontakt med eleverne.",
         "Undrer mig: var det aftalt, hvad {b} skulle i denne fase?"),
    ),
    "stationer": _notes(
        "laerer",
        ("Tre stationer: {a} har én, {b} har én, og den tredje er selvstændig med opgavekort.",),
        ("Skift mellem stationerne tager ca. {m} minutter; {b} giver signal med en klokke.",
         "Skiftet er indøvet."),
        ("Ved den selvstændige station er eleverne på {seat} og {seat2} i tvivl om opgaven.",
         "Måske skal opgavekortet have et eksempel?"),
    ),
    "parallel": _notes(
        "laerer",
        ("Klassen er delt i to halvdele; {a} og {b} gennemgår det samme stof i hver sin ende af "
         "lokalet.",),
        ("{a} og {b} bruger samme eksempel på tavlen og på skærmen.",
         "De har planlagt detaljeret sammen."),
        ("Halvdelen hos {b} bliver færdig {m} minutter før den anden.",
         "Undrer mig: hvad gør de med den ekstra tid?"),
    ),
    "alternativ": _notes(
        "laerer",
        ("{b} tager {n} elever med til bordet bagest og forhåndsunderviser i fagordene.",
         "Hvem bliver valgt til den lille gruppe – er det altid de samme?"),
        ("Den lille gruppe hos {b} vender tilbage til fællesdelen; eleven på {seat} rækker "
         "hånden.", "Forhåndsundervisningen ser ud til at give mod på at svare."),
    ),
    "parundervisning": _notes(
        "laerer",
        ("{a} forklarer, og {b} tegner modellen på tavlen undervejs.",
         "To forklaringer på én gang – eleverne følger med på tavlen."),
        ("{a} og {b} spiller en kort dialog for klassen.",),
        ("{b} supplerer forklaringen med et eksempel fra hverdagen.",),
        ("Begge voksne siger »vi« om forløbet: »Vi har set, at I …«",
         "De viser fælles ejerskab til klassen."),
    ),
}

# The observer's own notes, not shared with the teacher.
PRIVATE_NOTES = (
    "Til mig selv: jeg fik lyst til at hjælpe eleven på {seat}, men holdt mig tilbage.",
    "Husk at spørge {a}, hvad der var planlagt til dem, der bliver hurtigt færdige.",
    "Min egen undren: ser jeg mest på læreren, fordi det er lettest?",
    "Tag med til samtalen: hvordan {a} selv oplevede overgangen.",
    "Note til forløbet: foreslå en opfølgende observation om tre uger.",
)
PRIVATE_RECORD_NOTES = (
    "Til samtalen: start med det, der lykkedes – overgangene var tydeligt bedre end sidst.",
    "{a} var spændt før timen; spørg først, hvordan det var at blive observeret.",
    "Egne forforståelser: jeg forventede mere uro i gruppearbejdet, end der var.",
    "Jeg sad for tæt på {bord}; næste gang bagerst.",
    "Noterne deles med {a} før samtalen; de private noter bliver her.",
)

# Evidence for each co-teaching look-for (domain.md §3.5), in the order of LOOK_FORS.
LOOK_FOR_EVIDENCE = (
    ("Begge voksne har ordet i introduktionen og siger »vi«.",
     "{b} tager ordet ved opsamlingen uden at blive bedt om det."),
    ("{b} hjælper også eleverne ved {bord}, ikke kun den lille gruppe.",
     "Begge voksne går rundt til alle grupper."),
    ("Skift mellem faserne tager under et minut.",
     "Signal ved hvert skift; eleverne kender rækkefølgen."),
    ("Opgavekort i tre niveauer og en lille gruppe med forhåndsundervisning.",
     "Eleverne vælger selv mellem konkrete materialer og tegning."),
    ("Begge giver feedback i gruppearbejdet; {b} tager uroen ved {bord}.",
     "Begge reagerer på uro uden at se på hinanden først."),
    ("Som observatør er det svært at se, hvem der er klassens faste lærer.",
     "Eleverne spørger begge voksne lige meget."),
)
