"""Dutch words and places for the generated catalogue (``generate.py``).

Plain data, kept apart from the code that uses it. The lists are ordered:
``NOUNS`` from common to rare, so that drawing them with Zipf weights gives
the spread of real text, where a few words occur in most courses and most
words in very few.
"""

# Topics per leaf theme (by slug): what a course on that theme is about.
TOPICS = {
    "personeelsbeleid": [
        "personeelsbeleid",
        "aanvangsbegeleiding van starters",
        "functioneringsgesprekken",
        "teamontwikkeling",
        "mentorschap",
    ],
    "onderwijskundig-leiderschap": [
        "onderwijskundig leiderschap",
        "gespreid leiderschap",
        "veranderingsmanagement",
        "schoolcultuur",
    ],
    "kwaliteitszorg": [
        "kwaliteitszorg",
        "zelfevaluatie met het team",
        "het referentiekader onderwijskwaliteit",
        "datagebruik op school",
    ],
    "professionaliseringsbeleid": [
        "het professionaliseringsplan",
        "professionele leergemeenschappen",
        "de lerende school",
        "de pedagogische studiedag",
    ],
    "schooladministratie-en-wetgeving": [
        "onderwijswetgeving",
        "de schooladministratie",
        "het leerlingendossier",
        "het inschrijvingsbeleid",
    ],
    "communicatie-en-ouderbetrokkenheid": [
        "ouderbetrokkenheid",
        "het oudercontact",
        "communicatie met ouders",
        "moeilijke gesprekken",
    ],
    "zorgbeleid": [
        "het zorgcontinuüm",
        "zorgbeleid",
        "handelingsgericht werken",
        "het multidisciplinair overleg",
    ],
    "welbevinden-en-gedrag": [
        "klasmanagement",
        "welbevinden",
        "pesten aanpakken",
        "herstelgericht werken",
        "moeilijk gedrag",
    ],
    "leerstoornissen": [
        "dyslexie",
        "dyscalculie",
        "ADHD in de klas",
        "leerstoornissen",
        "STICORDI-maatregelen",
    ],
    "inclusief-onderwijs": [
        "inclusief onderwijs",
        "redelijke aanpassingen",
        "leerlingen met autisme",
        "het leersteundecreet",
    ],
    "studie-en-loopbaanbegeleiding": [
        "studiekeuzebegeleiding",
        "loopbaanbegeleiding",
        "leren leren",
        "studievaardigheden",
    ],
    "differentiatie": [
        "differentiatie",
        "binnenklasdifferentiatie",
        "uitdaging voor sterke leerlingen",
        "hoogbegaafdheid",
    ],
    "evaluatie-en-feedback": [
        "breed evalueren",
        "feedback geven",
        "formatief evalueren",
        "rubrics",
        "toetsen ontwerpen",
    ],
    "activerende-werkvormen": [
        "activerende werkvormen",
        "coöperatief leren",
        "onderzoekend leren",
        "spelend leren",
    ],
    "digitale-didactiek": [
        "digitale didactiek",
        "ICT in de klas",
        "artificiële intelligentie",
        "blended learning",
    ],
    "nederlands": [
        "begrijpend lezen",
        "schrijfvaardigheid",
        "spelling",
        "woordenschat",
        "spreken en luisteren",
    ],
    "moderne-vreemde-talen": [
        "Frans",
        "Engels",
        "spreekdurf in de vreemde taal",
        "taalvaardigheid Frans",
    ],
    "taalbeleid-en-nt2": [
        "taalbeleid",
        "meertaligheid",
        "NT2",
        "taalgericht vakonderwijs",
    ],
    "lezen-en-leesbevordering": [
        "leesbevordering",
        "leesplezier",
        "technisch lezen",
        "voorlezen",
        "jeugdliteratuur",
    ],
    "wiskunde": [
        "rekenen",
        "wiskunde",
        "getalbegrip",
        "meten en metend rekenen",
        "probleemoplossend denken",
    ],
    "wetenschappen": [
        "wetenschappen",
        "natuurwetenschappen",
        "biologie",
        "fysica",
        "chemie",
    ],
    "techniek-en-technologie": [
        "techniek",
        "technologische opvoeding",
        "STEM-projecten",
        "maken en ontwerpen",
    ],
    "informatica": [
        "programmeren",
        "computationeel denken",
        "informatica",
        "robotica",
    ],
    "geschiedenis": ["geschiedenis", "historisch denken", "erfgoed in de klas"],
    "aardrijkskunde": ["aardrijkskunde", "klimaat en duurzaamheid", "kaartvaardigheden"],
    "burgerschap": [
        "burgerschap",
        "filosoferen met kinderen",
        "diversiteit",
        "kritisch denken",
    ],
    "muzische-vorming": ["muzische vorming", "drama", "creativiteit", "beeldende vorming"],
    "muziek": ["muziek", "zingen in de klas", "muzikale vorming"],
    "beeld-en-media": ["mediawijsheid", "fotografie", "film in de klas"],
    "lichamelijke-opvoeding": [
        "lichamelijke opvoeding",
        "bewegingsopvoeding",
        "bewegen op school",
        "zwemonderwijs",
    ],
    "gezondheid-en-welzijn": [
        "gezondheid",
        "mentaal welbevinden",
        "relationele en seksuele vorming",
        "veerkracht",
    ],
    "kleuterdidactiek": [
        "kleuterdidactiek",
        "spel in de kleuterklas",
        "hoekenwerk",
        "observeren van kleuters",
    ],
    "taalontwikkeling-jonge-kinderen": [
        "taalontwikkeling",
        "ontluikende geletterdheid",
        "taalstimulering",
    ],
    "duaal-leren": ["duaal leren", "leren en werken", "de werkplekcomponent"],
    "werkplekleren": ["werkplekleren", "stages begeleiden", "beroepsgerichte vorming"],
}
# A theme the editors add later has no topics of its own yet.
DEFAULT_TOPICS = ["onderwijs", "de klaspraktijk", "schoolontwikkeling"]

# Common to rare. The first ones occur in most descriptions.
NOUNS = """
leerlingen leraren school klas praktijk collega's team lessen voorbeelden
aanpak doelen onderwijs feedback materiaal inspiratie ervaringen tips
begeleiding ondersteuning kennis vaardigheden methodiek visie afspraken
werkvormen opdrachten evaluatie motivatie instructie ouders taal rekenen
onderzoek resultaten leerproces reflectie samenwerking groepswerk
eindtermen leerplan leerdoelen observatie gesprekken structuur planning
differentiatie welbevinden zorg beleid kwaliteit cultuur communicatie
verwachtingen kansen uitdagingen noden talenten verschillen sterktes
valkuilen instrumenten modellen kaders principes inzichten strategieën
technieken routines rituelen spelletjes spel verhalen boeken teksten
prenten liedjes beweging ruimte tijd rust aandacht betrokkenheid
autonomie verbondenheid competentie eigenaarschap groei mindset
leesbegrip woordenschat spelling grammatica schrijven spreken luisteren
getallen breuken meetkunde bewerkingen tafels procenten grafieken
proeven experimenten natuur techniek materialen energie klimaat
duurzaamheid gezondheid voeding slaap stress veerkracht emoties
conflicten pesten grenzen regels straffen belonen herstel vertrouwen
diversiteit meertaligheid armoede kansarmoede gelijke kansen inclusie
leerstoornissen dyslexie dyscalculie autisme hoogbegaafdheid ADHD
toetsen rapporten portfolio rubrics criteria succescriteria zelfevaluatie
peerfeedback leerlijnen jaarplanning weekplanning lesvoorbereiding
lesontwerp klasorganisatie hoekenwerk contractwerk projectwerk
coaching intervisie supervisie mentoring teamteaching co-teaching
leergemeenschap lesson study klasbezoek klasobservatie casussen dilemma's
vragen antwoorden problemen oplossingen keuzes stappen fasen cycli
tools apps platforms laptops tablets robots code algoritmes data
privacy sociale media nieuws bronnen informatie mediawijsheid
burgerschap democratie rechten vrijheid verantwoordelijkheid respect
filosofie ethiek religie levensbeschouwing geschiedenis erfgoed kaarten
landschappen steden wereld Europa Vlaanderen Brussel maatschappij
economie ondernemen arbeidsmarkt beroepen stage werkplek loopbaan
studiekeuze oriëntering talentontwikkeling interesses vaardighedenpaspoort
muziek ritme zang dans drama theater beeld kleur vorm kunst musea
sport spelen bewegingsopvoeding motoriek zwemmen fietsen buitenspelen
kleuters peuters instappers zesjarigen tieners jongeren volwassenen
nieuwkomers anderstaligen starters mentoren directeurs coördinatoren
zorgcoördinatoren leerlingbegeleiders ondersteuners logopedisten
CLB ondersteuningsnetwerk leersteuncentrum inspectie onderwijsdoelen
minimumdoelen decreet regelgeving omzendbrief schoolreglement
schoolbestuur scholengroep scholengemeenschap netwerk partners
ouderraad leerlingenraad schoolraad personeelsvergadering studiedag
budget middelen lestijden werkdruk teamklimaat draagvlak veranderingen
innovatie vernieuwing onderzoekscompetentie evidentie effectiviteit
impact transfer borging opvolging nazorg terugkomdag verdieping
basiskennis achtergrond theorie concepten begrippen denkstappen
denkvaardigheden creativiteit nieuwsgierigheid verwondering humor
rollenspel simulatie videofragmenten filmpjes podcasts stellingen
kijkwijzers checklists sjablonen werkbladen fiches handleidingen
""".split()
NOUNS = list(dict.fromkeys(NOUNS))

# Parts of compound words: each prefix with each head makes a rare word
# ("leesangst", "rekenkompas"), the long tail of a real vocabulary.
COMPOUND_PREFIXES = """
lees reken taal school klas leerling leraren ouder team zorg spel denk
schrijf spreek luister meet ontwerp onderzoeks doe kijk leer werk
project studie beweeg muziek teken natuur wereld media code toets
""".split()
COMPOUND_HEADS = """
angst kompas beleid plan coach traject moment hoek mand dossier
boekje vaardigheid cirkel kaart lijn atelier lab tafel plezier strategie
zin kracht route netwerk week dag bundel gesprek kast archief ritme bord
""".split()

ADJECTIVES = """
concrete praktische haalbare krachtige nieuwe bekende eenvoudige
onderbouwde creatieve heldere uitdagende sterke rijke doordachte
""".split()

TITLE_TAILS = [
    "van theorie naar praktijk",
    "aan de slag in je klas",
    "een praktijkgerichte verdieping",
    "de basis",
    "verdieping",
    "wat werkt?",
    "een leertraject",
    "stap voor stap",
    "voor starters",
    "voor gevorderden",
    "hoe pak je het aan?",
    "samen met je team",
    "werken met casussen",
    "wat zegt onderzoek?",
    "inspiratie voor elke dag",
]
TITLE_HEADS = [
    "Aan de slag met",
    "Werken aan",
    "Sterk in",
    "Inspiratiedag",
    "Netwerk",
    "Verdieping",
    "Basiscursus",
    "Leerlijn",
    "Opleiding",
    "Masterclass",
    "Intervisie rond",
    "Coaching rond",
    "Praktijkdag",
]

# How a course names its format in a sentence.
FORMAT_WORDS = {
    "study_day": "studiedag",
    "multi_day": "meerdaagse opleiding",
    "programme": "traject",
    "school_coaching": "begeleiding op school",
    "online": "online sessie",
    "hybrid": "opleiding",
    "lecture": "lezing",
    "network": "lerend netwerk",
}
# Where the participants' work happens, by education level slug.
LEVEL_PLACES = {
    "basisonderwijs": "de basisschool",
    "kleuteronderwijs": "de kleuterklas",
    "lager-onderwijs": "de lagere school",
    "secundair-onderwijs": "het secundair",
    "eerste-graad": "de eerste graad",
    "tweede-graad": "de tweede graad",
    "derde-graad": "de derde graad",
    "se-n-se": "het se-n-se",
    "buitengewoon-onderwijs": "het buitengewoon onderwijs",
    "buitengewoon-basisonderwijs": "het buitengewoon basisonderwijs",
    "buitengewoon-secundair-onderwijs": "het buitengewoon secundair",
    "volwassenenonderwijs": "het volwassenenonderwijs",
    "hoger-onderwijs": "het hoger onderwijs",
    "deeltijds-kunstonderwijs": "het deeltijds kunstonderwijs",
}
CONTEXTS = ["klas", "school", "team", "lespraktijk", "vakgroep"]

# Sentence templates. {t} topic, {fw} format word, {lvl} level place,
# {ctx} context, {n1}..{n3} Zipf nouns, {adj} an adjective.
OPENINGS = [
    "In deze {fw} leer je hoe je {t} een vaste plaats geeft in je {ctx}.",
    "Deze {fw} helpt je om {t} doelgericht aan te pakken in {lvl}.",
    "Samen leren we hoe {t} het leren van elke leerling versterkt.",
    "Je ontdekt wat werkt voor {t} en probeert het meteen uit in je {ctx}.",
    "Hoe maak je werk van {t} in {lvl}? In deze {fw} zoeken we samen antwoorden.",
    "Een {fw} over {t}, met {adj} voorbeelden uit {lvl}.",
]
MIDDLES = [
    "We werken rond {n1}, {n2} en {n3}.",
    "Aandacht gaat naar {n1} en {n2}.",
    "Je krijgt {adj} tips over {n1}, {n2} en {n3}.",
    "We vertrekken van {n1} en {n2} uit je eigen {ctx}.",
    "Ook {n1} en {n2} komen aan bod.",
]
CLOSINGS = [
    "Leren van en met collega's staat centraal.",
    "Na afloop kan je meteen aan de slag in je eigen {ctx}.",
    "Je vertrekt van vragen uit je eigen praktijk.",
    "Zo leren leerlingen meer en met meer plezier.",
    "Samen leren werkt: je wisselt ervaringen uit met collega's.",
]
DESCRIPTION_SENTENCES = [
    "Eerst staan we stil bij {n1}: wat weten we uit onderzoek?",
    "Daarna ga je zelf aan de slag met {n1} en {n2}.",
    "Je oefent met {adj} {n1} en bespreekt {n2} met collega's.",
    "We bekijken hoe {n1} samenhangt met {n2} en {n3}.",
    "De trainers brengen {adj} {n1} mee uit hun eigen praktijk.",
    "Tussen de sessies probeer je {n1} uit in je {ctx}.",
    "Je krijgt {n1} en {n2} mee die je meteen kan gebruiken.",
    "Wie wil, brengt {n1} mee om samen te bespreken.",
    "We leren van elkaars {n1} en zoeken samen naar {n2}.",
    "Leren gebeurt hier door te doen: {n1}, {n2} en {n3}.",
    "Het programma volgt de stappen van {n1} naar {n2}.",
    "Je bouwt een {adj} basis op rond {n1}.",
]
GOALS = [
    "Je kan {n1} inzetten in je lessen.",
    "Je kent de principes van {n1} en {n2}.",
    "Je weet hoe je {n1} bespreekt met collega's.",
    "Je ontwerpt zelf {n1} voor je {ctx}.",
    "Je herkent {n1} bij je leerlingen en reageert gepast.",
    "Je maakt een plan voor {n1} in {lvl}.",
]
PROGRAMME_TITLES = [
    "Kennismaking en verwachtingen",
    "Theorie en onderzoek",
    "Aan de slag",
    "Praktijkvoorbeelden",
    "Uitwisseling",
    "Terugkomsessie",
    "Ontwerpen voor je klas",
    "Afronding en transfer",
]
AUDIENCE_NOTES = [
    "Voor leraren die al wat ervaring hebben met {t}.",
    "Ook geschikt voor starters in {lvl}.",
    "We raden aan om met minstens twee collega's van dezelfde school in te schrijven.",
    "Voor wie {t} op school wil trekken.",
]
WHAT_TO_BRING = [
    "Je laptop of tablet.",
    "Een voorbeeld uit je eigen klaspraktijk.",
    "Je jaarplanning en leerplan.",
    "Sportieve kledij.",
    "Een lesvoorbereiding die je wil verbeteren.",
]
FEE_NOTES_ON_REQUEST = ["Prijs op aanvraag.", "Op maat van je school: vraag een offerte."]
FEE_NOTES_FREE = ["Gratis voor scholen in het werkingsgebied.", "Gesubsidieerd aanbod."]
CRITERION_EXPLANATIONS = {
    "yes": [
        "Dat is een vast onderdeel van elke sessie.",
        "Daar zorgen we voor met opdrachten in je eigen klas.",
    ],
    "partly": [
        "Alleen in de tweede sessie.",
        "Op vraag van de school.",
    ],
    "no": ["Daar is in dit formaat geen tijd voor."],
}

FIRST_NAMES = """
An Bart Bram Charlotte Dirk Els Eline Emma Evelien Femke Filip Geert Hanne
Hilde Ines Jan Jasper Joke Jonas Karen Katrien Kris Lien Lieve Lotte Marc
Marie Mieke Nele Nina Pieter Ruben Sara Sofie Stijn Tine Tom Veerle Wim
Wouter Yasmina Zoë Ahmed Fatima Mohamed Ayse Koen Sven Lore Arne
""".split()
LAST_NAMES = [
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "De Smet",
    "Dubois",
    "Lambrecht",
    "Hermans",
    "Aerts",
    "Van den Broeck",
    "Desmet",
    "Vermeulen",
    "Pauwels",
    "Vandenberghe",
    "Coppens",
    "Martens",
    "Leroy",
    "Stevens",
    "Michiels",
    "Verhoeven",
    "Smets",
    "De Clercq",
    "Segers",
    "Van Damme",
    "Bogaert",
    "Cools",
    "Vos",
    "Verbeke",
    "Claeys",
    "Hendrickx",
    "Dewulf",
    "Van Acker",
    "Geerts",
    "Wuyts",
    "Baert",
    "El Amrani",
    "Yilmaz",
    "Schepers",
    "Nijs",
    "Moens",
]

TRAINER_BIOS = [
    "Pedagogisch begeleider met jarenlange ervaring in {t}.",
    "Leraar en onderzoeker; schreef mee aan een handboek over {t}.",
    "Gaf twintig jaar les in {lvl} en begeleidt nu schoolteams.",
    "Lector aan een lerarenopleiding, met {t} als specialiteit.",
]

PROVIDER_REGIONS = """
Kempen Waasland Westhoek Meetjesland Pajottenland Hageland Denderstreek
Leiestreek Scheldeland Dijleland Maasland Haspengouw Voorkempen
Noorderkempen Vlaamse-Ardennen Brugse-Ommeland Zennevallei Rupelstreek
Klein-Brabant Getevallei Mandelstreek Demervallei Noordrand Druivenstreek
Kanaalzone Polders Vlaamse-Kust Groene-Gordel Zuiderkempen Midwest
""".split()
PROVIDER_NAME_PARTS = (
    "Leer School Klas Taal Reken Lees Denk Groei Samen Kind Vonk Kennis".split(),
    "kracht wijs rijk punt atelier lab huis net kompas vuur werk plein".split(),
)
# (kind, share, name patterns); {r} a region, {w} a made-up name.
PROVIDER_KINDS = [
    (
        "pedagogical_support",
        30,
        ["Pedagogische begeleidingsdienst {r}", "Begeleidingsteam {r}"],
    ),
    (
        "higher_education",
        15,
        ["Hogeschool {r}", "Expertisecentrum onderwijs {r}", "Universitair centrum {r}"],
    ),
    ("adult_education", 10, ["CVO {r}", "Centrum voor volwassenenonderwijs {r}"]),
    ("government", 5, ["Provinciaal onderwijscentrum {r}", "Stedelijk leercentrum {r}"]),
    ("non_profit", 25, ["{w}", "{w} vzw", "Netwerk {w}"]),
    ("private", 15, ["{w} Consult", "{w} Academie", "Bureau {w}"]),
]
PROVIDER_VISIONS = [
    "Professionalisering werkt het best dicht bij de klas: we leren samen met "
    "teams, op school, en volgen op wat er na de opleiding gebeurt.",
    "We vertrekken van de vragen van scholen en bouwen aan duurzame "
    "leergemeenschappen.",
    "Onderzoek en praktijk horen samen: elke opleiding verbindt inzichten uit "
    "onderzoek met wat leraren morgen kunnen doen.",
]

VENUE_NAMES = [
    "Cultureel centrum {m}",
    "Campus {m}",
    "Vergadercentrum {m}",
    "Bibliotheek {m}",
    "Basisschool De Regenboog",
    "Atheneum {m}",
    "Sint-Jozefscollege",
    "Zaal De Markt",
    "Gemeenschapscentrum {m}",
    "Onderwijscentrum {m}",
]
STREETS = """
Kerkstraat Stationsstraat Schoolstraat Dorpsstraat Molenstraat Nieuwstraat
Kapelstraat Markt Leopoldlaan Kouter Vaartstraat Kasteelstraat Hoogstraat
Beekstraat Lindelaan Parkstraat
""".split()
ROOMS = ["Lokaal 1.02", "Aula", "Zaal 2", "Refter", "Polyvalente zaal", "Lokaal B12"]

# Flemish and Brussels municipalities: (name, postcode, weight). The weight
# is roughly their size: more courses take place in the cities.
MUNICIPALITIES = [
    # Antwerpen
    ("Antwerpen", "2000", 10),
    ("Mechelen", "2800", 6),
    ("Turnhout", "2300", 4),
    ("Mol", "2400", 2),
    ("Geel", "2440", 3),
    ("Herentals", "2200", 2),
    ("Lier", "2500", 3),
    ("Heist-op-den-Berg", "2220", 2),
    ("Boom", "2850", 1),
    ("Kontich", "2550", 1),
    ("Mortsel", "2640", 2),
    ("Brasschaat", "2930", 2),
    ("Schoten", "2900", 2),
    ("Kapellen", "2950", 1),
    ("Edegem", "2650", 1),
    ("Malle", "2390", 1),
    ("Westerlo", "2260", 1),
    ("Hoogstraten", "2320", 1),
    ("Bornem", "2880", 1),
    ("Willebroek", "2830", 1),
    ("Duffel", "2570", 1),
    ("Zoersel", "2980", 1),
    ("Nijlen", "2560", 1),
    ("Balen", "2490", 1),
    ("Kasterlee", "2460", 1),
    # Limburg
    ("Hasselt", "3500", 7),
    ("Genk", "3600", 4),
    ("Sint-Truiden", "3800", 3),
    ("Tongeren", "3700", 2),
    ("Beringen", "3580", 2),
    ("Lommel", "3920", 2),
    ("Maasmechelen", "3630", 2),
    ("Bilzen", "3740", 1),
    ("Diepenbeek", "3590", 2),
    ("Houthalen-Helchteren", "3530", 1),
    ("Heusden-Zolder", "3550", 1),
    ("Maaseik", "3680", 1),
    ("Bree", "3960", 1),
    ("Pelt", "3900", 1),
    ("Leopoldsburg", "3970", 1),
    ("Tessenderlo", "3980", 1),
    ("Lanaken", "3620", 1),
    # Oost-Vlaanderen
    ("Gent", "9000", 10),
    ("Aalst", "9300", 4),
    ("Sint-Niklaas", "9100", 4),
    ("Dendermonde", "9200", 2),
    ("Oudenaarde", "9700", 2),
    ("Eeklo", "9900", 2),
    ("Lokeren", "9160", 2),
    ("Ninove", "9400", 1),
    ("Geraardsbergen", "9500", 1),
    ("Wetteren", "9230", 1),
    ("Zele", "9240", 1),
    ("Ronse", "9600", 1),
    ("Deinze", "9800", 2),
    ("Temse", "9140", 1),
    ("Beveren", "9120", 2),
    ("Zottegem", "9620", 1),
    ("Lochristi", "9080", 1),
    ("Merelbeke", "9820", 1),
    ("Destelbergen", "9070", 1),
    ("Evergem", "9940", 1),
    # West-Vlaanderen
    ("Brugge", "8000", 7),
    ("Kortrijk", "8500", 6),
    ("Oostende", "8400", 4),
    ("Roeselare", "8800", 4),
    ("Ieper", "8900", 2),
    ("Waregem", "8790", 2),
    ("Tielt", "8700", 2),
    ("Torhout", "8820", 1),
    ("Poperinge", "8970", 1),
    ("Izegem", "8870", 1),
    ("Menen", "8930", 1),
    ("Diksmuide", "8600", 1),
    ("Veurne", "8630", 1),
    ("Knokke-Heist", "8300", 1),
    ("Blankenberge", "8370", 1),
    ("Harelbeke", "8530", 1),
    ("Wevelgem", "8560", 1),
    ("Oostkamp", "8020", 1),
    ("Koksijde", "8670", 1),
    ("Zedelgem", "8210", 1),
    # Vlaams-Brabant
    ("Leuven", "3000", 8),
    ("Vilvoorde", "1800", 3),
    ("Halle", "1500", 2),
    ("Aarschot", "3200", 2),
    ("Tienen", "3300", 2),
    ("Diest", "3290", 2),
    ("Dilbeek", "1700", 2),
    ("Zaventem", "1930", 2),
    ("Asse", "1730", 1),
    ("Grimbergen", "1850", 1),
    ("Tervuren", "3080", 1),
    ("Overijse", "3090", 1),
    ("Herent", "3020", 1),
    ("Landen", "3400", 1),
    ("Haacht", "3150", 1),
    ("Sint-Pieters-Leeuw", "1600", 1),
    ("Londerzeel", "1840", 1),
    ("Rotselaar", "3110", 1),
    ("Zemst", "1980", 1),
    # Brussel
    ("Brussel", "1000", 6),
    ("Anderlecht", "1070", 1),
    ("Elsene", "1050", 1),
    ("Schaarbeek", "1030", 1),
    ("Jette", "1090", 1),
    ("Etterbeek", "1040", 1),
    ("Sint-Jans-Molenbeek", "1080", 1),
    ("Ukkel", "1180", 1),
]
