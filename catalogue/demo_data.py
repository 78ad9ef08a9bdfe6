"""Demo catalogue for Nascholingswijzer, loaded by ``manage.py load_demo``.

Plain data: providers, venues, courses and demo users. All content is Dutch;
apart from the Universiteit Antwerpen course (taken from the seed listing),
every provider, person, address detail and course is made up. Websites and
e-mail addresses of the made-up organisations use the reserved ``.example``
top-level domain.

Session dates are relative: each course has a list of editions, and each
edition is one of

* ``{"at": 0.3, "count": 2, "every": 14}``: the first session 30% of the way
  between next week and the end of the next school year, then ``count - 1``
  more every ``every`` days (moved to the next school day, or to
  ``weekday``: 0 = Monday ... 4 = Friday);
* ``{"in_days": [21, 35]}``: sessions that many days from today;
* ``{"ago": 60, "count": 2, "every": 7}``: a run that started that many days
  ago (past-only courses keep ``ago`` > ``every * (count - 1)``);
* ``{"dates": ["2025-03-13", ...]}``: fixed dates.

plus ``venue`` (a key of VENUES, or ``"online"``) or ``venues`` (one per
session), ``time`` (start, end) or ``times`` (one pair per session) and an
optional ``room``.
"""

from __future__ import annotations

import re
import textwrap
from decimal import Decimal


def _t(value: str) -> str:
    """Unwrap a triple-quoted text; blank lines stay paragraph breaks."""
    paragraphs = re.split(r"\n\s*\n", textwrap.dedent(value).strip())
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in paragraphs)


def _items(value: str) -> list[str]:
    """A bulleted block ("- ..." with indented continuation lines) as a list."""
    items = []
    for line in textwrap.dedent(value).strip().splitlines():
        line = line.strip()
        if line.startswith("- "):
            items.append(line[2:])
        elif line:
            items[-1] += " " + line
    return items


def _programme(value: str) -> list[tuple[int, str, str, list[str]]]:
    """Programme parts: a "day part | title" line, then its bulleted contents.

    Part is one of morning, afternoon, evening, full_day.
    """
    parts = []
    for line in textwrap.dedent(value).strip().splitlines():
        header = re.fullmatch(r"(\d+) (\w+) \|(.*)", line.strip())
        if header:
            day, part, title = header.groups()
            parts.append((int(day), part, title.strip(), []))
        elif line.strip().startswith("- "):
            parts[-1][3].append(line.strip()[2:])
        elif line.strip():
            parts[-1][3][-1] += " " + line.strip()
    return parts


def _criteria(value: str) -> list[tuple[str, str, str]]:
    """Kijkwijzer answers, one "key | yes/partly/no | explanation" a line.

    A line without "|" continues the explanation above it.
    """
    rows = []
    for line in textwrap.dedent(value).strip().splitlines():
        if "|" in line:
            key, answer, explanation = (part.strip() for part in line.split("|", 2))
            rows.append([key, answer, explanation])
        elif line.strip():
            rows[-1][2] += " " + line.strip()
    return [tuple(row) for row in rows]


# --------------------------------------------------------------------------
# Demo users
# --------------------------------------------------------------------------

USERS = [
    {
        "email": "redactie@nascholingswijzer.example",
        "password": "demo-redactie",
        "first_name": "Demo",
        "last_name": "Redactie",
        "is_staff": True,
        "is_superuser": True,
        "role": "site editor (superuser)",
    },
    {
        "email": "staff@uantwerpen.example",
        "password": "demo-aanbieder",
        "first_name": "Demo",
        "last_name": "UAntwerpen",
        "is_staff": True,
        "provider": "universiteit-antwerpen-cno",
        "role": "provider staff, Universiteit Antwerpen",
    },
    {
        "email": "staff@pbd-voorbeeld.example",
        "password": "demo-aanbieder",
        "first_name": "Demo",
        "last_name": "PBD Voorbeeld",
        "is_staff": True,
        "provider": "pbd-voorbeeld",
        "role": "provider staff, PBD Voorbeeld",
    },
]

# --------------------------------------------------------------------------
# Venues (real municipalities and postcodes; the province follows from the
# postcode)
# --------------------------------------------------------------------------

VENUES = {
    # Antwerpen
    "ua-stad": {
        "name": "Universiteit Antwerpen",
        "street": "Boogkeers 5",
        "postcode": "2000",
        "municipality": "Antwerpen",
        "room": "lokaal 202 (tweede verdieping)",
    },
    "ua-drie-eiken": {
        "name": "Universiteit Antwerpen – Campus Drie Eiken",
        "street": "Universiteitsplein 1",
        "postcode": "2610",
        "municipality": "Wilrijk",
        "room": "gebouw R, lokaal R.006",
    },
    "leesvuur-antwerpen": {
        "name": "Leesvuur – Huis van het Lezen",
        "street": "Mechelsesteenweg 64",
        "postcode": "2018",
        "municipality": "Antwerpen",
        "room": "Leeszaal",
    },
    "leesvuur-mechelen": {
        "name": "Leescentrum Mechelen",
        "street": "Befferstraat 9",
        "postcode": "2800",
        "municipality": "Mechelen",
    },
    "leerkracht-mechelen": {
        "name": "Leerkracht & Co – Leerhuis",
        "street": "Zandpoortvest 16",
        "postcode": "2800",
        "municipality": "Mechelen",
        "room": "Atelier 1",
    },
    "leerkracht-antwerpen": {
        "name": "Vergadercentrum Zuiderdokken",
        "street": "Vlaamse Kaai 30",
        "postcode": "2000",
        "municipality": "Antwerpen",
    },
    "cvo-turnhout": {
        "name": "CVO Kempenland – Campus Turnhout",
        "street": "Parklaan 45",
        "postcode": "2300",
        "municipality": "Turnhout",
    },
    "cvo-geel": {
        "name": "CVO Kempenland – Campus Geel",
        "street": "Pas 120",
        "postcode": "2440",
        "municipality": "Geel",
    },
    # Oost-Vlaanderen
    "pbd-gent": {
        "name": "PBD Voorbeeld – Vormingscentrum",
        "street": "Ferdinand Lousbergskaai 103",
        "postcode": "9000",
        "municipality": "Gent",
        "room": "zaal Schelde",
    },
    "pbd-aalst": {
        "name": "Vormingscentrum Denderland",
        "street": "Molenstraat 40",
        "postcode": "9300",
        "municipality": "Aalst",
    },
    "pbd-sint-niklaas": {
        "name": "Ontmoetingscentrum Waasland",
        "street": "Hendrik Heymanplein 3",
        "postcode": "9100",
        "municipality": "Sint-Niklaas",
    },
    "scheldeland-gent": {
        "name": "Hogeschool Scheldeland – Campus Rabot",
        "street": "Jozef Guislainstraat 40",
        "postcode": "9000",
        "municipality": "Gent",
        "room": "auditorium 1.02",
    },
    "scheldeland-aalst": {
        "name": "Hogeschool Scheldeland – Campus Aalst",
        "street": "Stationsstraat 88",
        "postcode": "9300",
        "municipality": "Aalst",
        "room": "computerlokaal A.2.14",
    },
    "wetenschap-gent": {
        "name": "Wetenschapsatelier Gent",
        "street": "Dok Noord 7",
        "postcode": "9000",
        "municipality": "Gent",
        "room": "maakplaats",
    },
    "didactica-gent": {
        "name": "Didactica Consult – Leercentrum Gent",
        "street": "Voskenslaan 30",
        "postcode": "9000",
        "municipality": "Gent",
    },
    # Limburg
    "limburg-hasselt": {
        "name": "Begeleidingscentrum Lerend Limburg",
        "street": "Kunstlaan 18",
        "postcode": "3500",
        "municipality": "Hasselt",
        "room": "zaal Demer",
    },
    "limburg-genk": {
        "name": "C-mine",
        "street": "C-mine 10",
        "postcode": "3600",
        "municipality": "Genk",
        "room": "Vergaderzaal Schacht",
    },
    "limburg-sint-truiden": {
        "name": "Cultureel Centrum Haspengouw",
        "street": "Tongersesteenweg 12",
        "postcode": "3800",
        "municipality": "Sint-Truiden",
    },
    "wetenschap-genk": {
        "name": "Wetenschapsatelier Genk",
        "street": "Stalenstraat 32",
        "postcode": "3600",
        "municipality": "Genk",
        "room": "labo 1",
    },
    "klasbewegen-hasselt": {
        "name": "Sportcentrum Kiewit",
        "street": "Putvennestraat 110",
        "postcode": "3500",
        "municipality": "Hasselt",
        "room": "sporthal 2",
    },
    # Vlaams-Brabant
    "dijleland-leuven": {
        "name": "Hogeschool Dijleland – Campus Vesten",
        "street": "Tiensevest 60",
        "postcode": "3000",
        "municipality": "Leuven",
    },
    "dijleland-diest": {
        "name": "Hogeschool Dijleland – Campus Diest",
        "street": "Koning Albertstraat 12",
        "postcode": "3290",
        "municipality": "Diest",
    },
    "dijleland-muziek": {
        "name": "Hogeschool Dijleland – Muziekcampus",
        "street": "Naamsestraat 96",
        "postcode": "3000",
        "municipality": "Leuven",
        "room": "ensemblezaal",
    },
    "pnc-leuven": {
        "name": "Provinciaal Vormingscentrum Dijlevallei",
        "street": "Vaartkom 21",
        "postcode": "3000",
        "municipality": "Leuven",
    },
    "pnc-vilvoorde": {
        "name": "Provinciaal Vormingscentrum Vilvoorde",
        "street": "Leuvensestraat 30",
        "postcode": "1800",
        "municipality": "Vilvoorde",
    },
    # West-Vlaanderen
    "west-kortrijk": {
        "name": "Begeleidingshuis Leie",
        "street": "Doorniksesteenweg 145",
        "postcode": "8500",
        "municipality": "Kortrijk",
    },
    "west-brugge": {
        "name": "Vormingshuis Brugge",
        "street": "Sint-Jorisstraat 70",
        "postcode": "8000",
        "municipality": "Brugge",
    },
    "west-roeselare": {
        "name": "Zaal Mandelhof",
        "street": "Zuidstraat 12",
        "postcode": "8800",
        "municipality": "Roeselare",
    },
    "west-ieper": {
        "name": "Vormingscentrum Westhoek",
        "street": "Elverdingestraat 20",
        "postcode": "8900",
        "municipality": "Ieper",
    },
    "klasbewegen-brugge": {
        "name": "Sportcentrum Olympia",
        "street": "Olympialaan 76",
        "postcode": "8200",
        "municipality": "Brugge",
        "room": "turnzaal",
    },
    "klasbewegen-oostende": {
        "name": "Kusthuis",
        "street": "Leopold II-laan 5",
        "postcode": "8400",
        "municipality": "Oostende",
    },
    # Brussel
    "brussel-centrum": {
        "name": "Begeleidingspunt Brussel",
        "street": "Lakensestraat 76",
        "postcode": "1000",
        "municipality": "Brussel",
        "room": "zaal Zenne",
    },
    "brussel-anderlecht": {
        "name": "Campus Kuregem",
        "street": "Bergensesteenweg 200",
        "postcode": "1070",
        "municipality": "Anderlecht",
    },
    "brussel-schaarbeek": {
        "name": "Gemeenschapscentrum De Linde",
        "street": "Haachtsesteenweg 147",
        "postcode": "1030",
        "municipality": "Schaarbeek",
    },
    "didactica-brussel": {
        "name": "Didactica Consult – Vergadercentrum",
        "street": "Ravensteinstraat 36",
        "postcode": "1000",
        "municipality": "Brussel",
        "room": "zaal Kunstberg",
    },
}

# --------------------------------------------------------------------------
# Providers
# --------------------------------------------------------------------------

PROVIDERS = [
    {
        "slug": "universiteit-antwerpen-cno",
        "name": "Universiteit Antwerpen – Centrum voor Nascholing Onderwijs",
        "kind": "higher_education",
        "description": _t("""
            Het Centrum voor Nascholing Onderwijs van de Universiteit Antwerpen
            biedt professionalisering aan voor leraren, schoolleiders en
            begeleiders uit alle onderwijsniveaus, in samenwerking met de
            Antwerp School of Education.
        """),
        "vision": _t("""
            Professioneel leren werkt het best wanneer onderzoek en
            praktijkervaring elkaar ontmoeten. Onze nascholingen vertrekken
            van wetenschappelijk onderbouwde inzichten en vertalen die samen
            met de deelnemers naar hun eigen school. Deelnemers werken aan een
            concreet plan voor hun eigen context en leren van elkaars
            ervaringen. We zien nascholing als een opstap naar duurzaam
            samen leren op school, niet als een losse gebeurtenis.
        """),
        "methods": ["workshop", "lezing", "leergemeenschap", "praktijkopdracht"],
        "methods_note": _t("""
            Meerdaagse opleidingen combineren korte inhoudelijke inleidingen
            met werk aan een eigen actieplan dat als rode draad doorheen de
            dagen loopt.
        """),
        "partners": _t("""
            Antwerp School of Education, onderzoeksgroep Edubron, de
            lerarenopleidingen van de Associatie Universiteit & Hogescholen
            Antwerpen en scholen uit het Antwerpse netwerk van
            praktijkscholen.
        """),
        "transfer_support": _t("""
            Deelnemers vertrekken met een actieplan voor hun school. Wie dat
            wil, kan na afloop een terugkommoment of begeleiding op maat voor
            het schoolteam aanvragen.
        """),
        "email": "cno@uantwerpen.example",
        "phone": "03 265 29 60",
        "website": "https://www.uantwerpen.example/nascholing-onderwijs/",
        "iban": "BE34 7350 0812 9190",
        "vat_number": "BE 0257.216.482",
        "campuses": [
            ("Campus Drie Eiken", "Universiteitsplein 1", "2610", "Wilrijk"),
            ("Stadscampus – De Boogkeers", "Boogkeers 5", "2000", "Antwerpen"),
        ],
        "trainers": {
            "Wouter Schelfhout": _t("""
                Verbonden aan de Antwerp School of Education (UAntwerpen) en
                adviseur onderwijskundig beleid. Hij was acht jaar leraar,
                vier jaar pedagogisch coördinator, twaalf jaar
                onderwijsinspecteur en tien jaar lerarenopleider en
                onderzoeker.
            """),
            "Liesbeth Verhoeven": _t("""
                Lerarenopleider en onderzoeker evaluatie aan de Antwerp School
                of Education. Was vijftien jaar leraar wiskunde in het
                secundair onderwijs.
            """),
            "Tom De Ridder": _t("""
                Historicus en vakdidacticus geschiedenis. Begeleidt
                leerkrachten bij het werken met bronnen en historisch
                redeneren.
            """),
            "Nadia Bouzid": _t("""
                Onderwijskundige en onderzoeker naar effectieve
                schoolontwikkeling; vertaalt onderzoek graag naar korte,
                praktische inzichten voor schoolteams.
            """),
        },
    },
    {
        "slug": "pbd-voorbeeld",
        "name": "PBD Voorbeeld – Pedagogische Begeleidingsdienst",
        "kind": "pedagogical_support",
        "description": _t("""
            Pedagogische begeleidingsdienst voor het basis- en secundair
            onderwijs in Oost-Vlaanderen, met vestigingen in Gent, Aalst en
            Sint-Niklaas.
        """),
        "vision": _t("""
            Scholen groeien wanneer teams samen leren rond vragen uit hun
            eigen praktijk. Daarom vertrekken we zoveel mogelijk van de
            noden van de school en begeleiden we liever een traject dan een
            losse studiedag. Leraren proberen nieuwe aanpakken uit in hun
            klas en bespreken de resultaten met collega's. Zo wordt
            professionalisering een vast onderdeel van het schoolbeleid.
        """),
        "methods": [
            "coaching",
            "intervisie",
            "klasobservatie",
            "leergemeenschap",
            "workshop",
            "casusbespreking",
        ],
        "methods_note": _t("""
            Trajecten wisselen gezamenlijke sessies af met opdrachten in de
            eigen klas en, waar dat kan, een klasbezoek door de begeleider.
        """),
        "partners": _t("""
            Centra voor leerlingenbegeleiding uit de regio, de
            ondersteuningsnetwerken Oost-Vlaanderen en de lerarenopleidingen
            van Hogeschool Scheldeland.
        """),
        "transfer_support": _t("""
            Scholen met een begeleidingsovereenkomst kunnen na elke
            nascholing een begeleider vragen die het geleerde mee helpt
            verankeren in het team.
        """),
        "email": "nascholing@pbd-voorbeeld.example",
        "phone": "09 233 45 10",
        "website": "https://www.pbd-voorbeeld.example/",
        "iban": "BE19 3636 4330 1212",
        "vat_number": "BE 0995.127.057",
        "campuses": [
            ("Vormingscentrum Gent", "Ferdinand Lousbergskaai 103", "9000", "Gent"),
            ("Vestiging Aalst", "Molenstraat 40", "9300", "Aalst"),
        ],
        "trainers": {
            "Annelies Van Damme": _t("""
                Pedagogisch begeleider basisonderwijs met een achtergrond als
                zorgcoördinator; specialist zorgcontinuüm en handelingsgericht
                werken.
            """),
            "Koen De Smet": _t("""
                Pedagogisch begeleider secundair onderwijs, voormalig leraar
                wiskunde en coach van startende leraren.
            """),
            "Hilde Claeys": _t("""
                Kleuterleidster van opleiding en begeleider voor het
                kleuteronderwijs; schreef mee aan een observatie-instrument
                voor kleuters.
            """),
            "Bram Vercruysse": _t("""
                Begeleider taal en lezen; werkte tien jaar in de derde graad
                van het lager onderwijs.
            """),
            "Sarah El Idrissi": _t("""
                Begeleider ouderbetrokkenheid en diversiteit, met ervaring als
                brugfiguur in Gentse scholen.
            """),
        },
    },
    {
        "slug": "lerend-limburg",
        "name": "Begeleidingsnetwerk Lerend Limburg",
        "kind": "pedagogical_support",
        "description": _t("""
            Regionale pedagogische begeleiding voor Limburgse scholen, met
            een sterke focus op beroepsgericht onderwijs en
            leerlingenbegeleiding.
        """),
        "vision": _t("""
            Goede professionalisering sluit aan bij de dagelijkse realiteit
            van de school en duurt lang genoeg om echt iets te veranderen.
            We bouwen lerende netwerken tussen scholen uit, zodat leraren en
            coördinatoren van elkaar kunnen leren. Begeleiders zijn geen
            experts die oplossingen brengen, maar partners die mee
            nadenken.
        """),
        "methods": ["leergemeenschap", "intervisie", "casusbespreking", "coaching"],
        "methods_note": _t("""
            Netwerken komen enkele keren per schooljaar samen; tussendoor
            werken deelnemers aan een vraag uit hun eigen school.
        """),
        "partners": _t("""
            Limburgse CLB's, het ondersteuningsnetwerk Limburg, bedrijven uit
            de regio voor duaal leren en de Limburgse lerarenopleidingen.
        """),
        "transfer_support": _t("""
            Na een nascholing kan de school een opvolgmoment op school
            aanvragen. In de netwerken is opvolging vanzelf ingebouwd.
        """),
        "email": "info@lerendlimburg.example",
        "phone": "011 24 56 70",
        "website": "https://www.lerendlimburg.example/",
        "iban": "BE61 7353 5308 2917",
        "vat_number": "BE 0531.201.989",
        "campuses": [("Begeleidingscentrum", "Kunstlaan 18", "3500", "Hasselt")],
        "trainers": {
            "Jeroen Vanderhoven": _t("""
                Begeleider beroepsgericht onderwijs en duaal leren; werkte
                jaren als trajectbegeleider in een technische school.
            """),
            "Els Nijs": _t("""
                Begeleider leerlingenbegeleiding en zorg, orthopedagoge met
                ervaring in het buitengewoon onderwijs.
            """),
            "Pieter Houben": _t("""
                Coach van beginnende leraren en trainer klasmanagement;
                voormalig leraar geschiedenis.
            """),
            "Marleen Jacobs": _t("""
                Begeleider aardrijkskunde en STEM in het secundair
                onderwijs.
            """),
        },
    },
    {
        "slug": "pd-westhoek-leie",
        "name": "Pedagogische Dienst Westhoek & Leie",
        "kind": "pedagogical_support",
        "description": _t("""
            Begeleidingsdienst voor West-Vlaamse basisscholen en scholen voor
            buitengewoon onderwijs, met een aanbod rond kwaliteitszorg, STEM,
            muzische vorming en burgerschap.
        """),
        "vision": _t("""
            Wij geloven in professionalisering die leraren ruimte geeft om te
            experimenteren. Nieuwe ideeën worden pas sterk wanneer ze in de
            klas uitgeprobeerd, besproken en bijgestuurd worden. Daarom
            verbinden we onze nascholingen zoveel mogelijk met het
            schoolbeleid en met de vragen van het team. De directeur is voor
            ons een belangrijke partner.
        """),
        "methods": ["workshop", "praktijkopdracht", "coaching", "teacher-design-team"],
        "methods_note": _t("""
            Workshops met veel doe-opdrachten, gevolgd door een opdracht in
            de eigen klas die we op een terugkomdag samen bespreken.
        """),
        "partners": _t("""
            Cultuurcentra uit de regio, de STEM-academies West-Vlaanderen en
            de lerarenopleidingen in Brugge en Kortrijk.
        """),
        "transfer_support": _t("""
            Elke nascholing eindigt met afspraken over een opvolging: een
            terugkomdag, een klasbezoek of een teamoverleg met de
            begeleider.
        """),
        "email": "vorming@pd-westhoek.example",
        "phone": "056 22 18 40",
        "website": "https://www.pd-westhoek.example/",
        "iban": "BE60 0011 8101 1170",
        "vat_number": "",
        "campuses": [
            ("Begeleidingshuis Leie", "Doorniksesteenweg 145", "8500", "Kortrijk"),
            ("Vormingshuis Brugge", "Sint-Jorisstraat 70", "8000", "Brugge"),
        ],
        "trainers": {
            "Karel Verstraete": _t("""
                Begeleider kwaliteitszorg en schoolbeleid, oud-directeur van
                een basisschool in de Westhoek.
            """),
            "Lotte Dewulf": _t("""
                Begeleider muzische vorming en beeldend kunstenaar; geeft
                workshops over procesgericht werken.
            """),
            "Ward Vanneste": _t("""
                Begeleider STEM in het basisonderwijs en vroeger leraar in het
                vijfde en zesde leerjaar.
            """),
            "Griet Lambrecht": _t("""
                Orthopedagoge en begeleider buitengewoon onderwijs, met
                expertise rond handelingsplanning.
            """),
            "Youssef Amrani": _t("""
                Trainer burgerschap en dialoog; begeleidt scholen bij
                gesprekken over gevoelige thema's.
            """),
        },
    },
    {
        "slug": "begeleidingspunt-brussel",
        "name": "Begeleidingspunt Brussel – Nederlandstalig onderwijs",
        "kind": "pedagogical_support",
        "description": _t("""
            Ondersteunt Nederlandstalige scholen in Brussel bij taalbeleid,
            meertaligheid en de overgang tussen basis- en secundair
            onderwijs.
        """),
        "vision": _t("""
            In een meertalige stad is elke leraar ook een taalleraar. We
            helpen schoolteams om de talen die kinderen meebrengen te zien
            als een hefboom voor leren. Professionalisering gebeurt bij ons
            dicht bij de klas, met observaties en concrete lesvoorbereiding.
            We leren graag samen met de scholen wat in Brussel werkt.
        """),
        "methods": ["klasobservatie", "coaching", "workshop", "teacher-design-team"],
        "methods_note": _t("""
            Naast studiedagen begeleiden we teams op school, met observaties
            in de klas en nabesprekingen.
        """),
        "partners": _t("""
            Brusselse CLB's, de Brusselse openbare bibliotheken, organisaties
            voor NT2 en de lerarenopleidingen in Brussel.
        """),
        "transfer_support": _t("""
            Deelnemers kunnen na een studiedag een coachingsgesprek of een
            klasobservatie aanvragen.
        """),
        "email": "info@bpbrussel.example",
        "phone": "02 210 55 30",
        "website": "https://www.bpbrussel.example/",
        "iban": "",
        "vat_number": "",
        "campuses": [("Begeleidingspunt", "Lakensestraat 76", "1000", "Brussel")],
        "trainers": {
            "Inge Sterckx": _t("""
                Taalbeleidsadviseur en voormalig leraar Nederlands in een
                Brusselse secundaire school.
            """),
            "Mehdi Azzouzi": _t("""
                Begeleider meertaligheid en NT2; doctoreerde over
                taalontwikkeling bij meertalige kinderen.
            """),
            "Veerle Peeters": _t("""
                Kleuterbegeleider met jarenlange ervaring in Brusselse
                kleuterklassen.
            """),
            "Jonas Geerts": _t("""
                Begeleider studie- en loopbaanbegeleiding, gespecialiseerd in
                de overgang van lager naar secundair onderwijs.
            """),
        },
    },
    {
        "slug": "hogeschool-scheldeland",
        "name": "Hogeschool Scheldeland – Expertisecentrum Onderwijsinnovatie",
        "kind": "higher_education",
        "description": _t("""
            Het expertisecentrum van de lerarenopleidingen van Hogeschool
            Scheldeland, met nascholing over digitale didactiek,
            mentorschap en lesson study.
        """),
        "vision": _t("""
            Onderwijsinnovatie lukt pas wanneer leraren zelf eigenaar zijn
            van de verandering. Wij verbinden praktijkgericht onderzoek met
            de vragen van scholen en laten leraren mee onderzoeken. In onze
            opleidingen proberen deelnemers nieuwe aanpakken uit en
            reflecteren ze samen op wat werkt voor hun leerlingen.
        """),
        "methods": [
            "lesson-study",
            "e-learning",
            "coaching",
            "klasobservatie",
            "workshop",
        ],
        "methods_note": _t("""
            Online modules worden aangevuld met live sessies; trajecten rond
            lesson study verlopen volledig in de school van de deelnemers.
        """),
        "partners": _t("""
            Lerarenopleidingen kleuter-, lager en secundair onderwijs van de
            hogeschool, het Kenniscentrum Digisprong en partnerscholen in
            Gent en Aalst.
        """),
        "transfer_support": _t("""
            Deelnemers krijgen een jaar toegang tot het online
            leerplatform en kunnen aansluiten bij een lerend netwerk van
            oud-deelnemers.
        """),
        "email": "nascholing@hogeschool-scheldeland.example",
        "phone": "09 243 87 00",
        "website": "https://www.hogeschool-scheldeland.example/nascholing/",
        "iban": "BE92 0689 9906 0823",
        "vat_number": "BE 0278.962.003",
        "campuses": [
            ("Campus Rabot", "Jozef Guislainstraat 40", "9000", "Gent"),
            ("Campus Aalst", "Stationsstraat 88", "9300", "Aalst"),
        ],
        "trainers": {
            "Dries Coppens": _t("""
                Lector digitale didactiek en onderzoeker naar het gebruik van
                AI in het onderwijs.
            """),
            "Marijke Aerts": _t("""
                Lerarenopleider en coach; begeleidt mentoren en
                schoolteams bij lesson study.
            """),
            "Stijn Hermans": _t("""
                Lector informatica en voormalig leraar in de tweede graad;
                ontwikkelt lesmateriaal rond computationeel denken.
            """),
        },
    },
    {
        "slug": "hogeschool-dijleland",
        "name": "Hogeschool Dijleland – Nascholing Lerarenopleiding",
        "kind": "higher_education",
        "description": _t("""
            Nascholing vanuit de lerarenopleiding en de muziekopleiding van
            Hogeschool Dijleland in Leuven en Diest.
        """),
        "vision": _t("""
            Vakkennis en vakdidactiek horen samen. Onze nascholingen
            verdiepen de inhoud van het vak en tonen hoe je die inhoud
            krachtig onderwijst. We kiezen voor reeksen van meerdere
            sessies, zodat deelnemers tussendoor kunnen uitproberen en hun
            ervaringen meebrengen. Zo groeit een netwerk van vakcollega's
            over de scholen heen.
        """),
        "methods": ["workshop", "praktijkopdracht", "lezing", "intervisie"],
        "methods_note": _t("""
            Vakdidactische reeksen van drie of vier sessies, met tussentijdse
            praktijkopdrachten in de eigen klas.
        """),
        "partners": _t("""
            Vakverenigingen voor wetenschappen en moderne talen, bedrijven
            met Se-n-Se-stageplaatsen en academies voor deeltijds
            kunstonderwijs in Vlaams-Brabant.
        """),
        "transfer_support": _t("""
            Oud-deelnemers blijven welkom op de jaarlijkse vakdidactische
            ontmoetingsdag en krijgen het lesmateriaal digitaal.
        """),
        "email": "nascholing@hogeschool-dijleland.example",
        "phone": "016 37 72 00",
        "website": "https://www.hogeschool-dijleland.example/",
        "iban": "BE74 3107 1352 4107",
        "vat_number": "BE 0688.878.063",
        "campuses": [
            ("Campus Vesten", "Tiensevest 60", "3000", "Leuven"),
            ("Campus Diest", "Koning Albertstraat 12", "3290", "Diest"),
        ],
        "trainers": {
            "Hanne Goossens": _t("""
                Lerarenopleider wetenschappen en chemicus; ontwerpt
                onderzoekspractica voor de derde graad.
            """),
            "Robert Whitfield": _t("""
                Native speaker en lerarenopleider Engels met ruime ervaring
                in CLIL-projecten in Vlaanderen en Nederland.
            """),
            "Lien Wouters": _t("""
                Opleidingscoördinator Se-n-Se en coach werkplekleren.
            """),
            "Geert Van Hove": _t("""
                Pianist en docent instrumentdidactiek; geeft al twintig jaar
                les in het deeltijds kunstonderwijs.
            """),
        },
    },
    {
        "slug": "cvo-kempenland",
        "name": "Centrum voor Volwassenenonderwijs Kempenland",
        "kind": "adult_education",
        "description": _t("""
            Centrum voor volwassenenonderwijs met campussen in Turnhout en
            Geel, dat ook professionalisering aanbiedt voor leraren in het
            volwassenenonderwijs.
        """),
        "vision": _t("""
            Volwassenen leren anders dan kinderen: ze brengen ervaring mee en
            willen snel iets kunnen toepassen. Dat geldt ook voor onze
            leraren. Onze nascholingen zijn praktisch, kort op de bal en
            vaak online, zodat ze te combineren zijn met lesgeven in de
            avond. We delen graag wat we in onze eigen klassen leren.
        """),
        "methods": ["e-learning", "workshop", "intervisie", "praktijkopdracht"],
        "methods_note": _t("""
            Veel sessies gaan online door in de avond; praktijkopdrachten
            worden in kleine intervisiegroepjes besproken.
        """),
        "partners": _t("""
            Huizen van het Nederlands, het Agentschap Integratie en
            Inburgering, zorginstellingen en kinderopvang in de Kempen.
        """),
        "transfer_support": _t("""
            Deelnemers krijgen toegang tot een gedeelde materialenbank en
            kunnen vragen stellen in een online forum.
        """),
        "email": "professionalisering@cvo-kempenland.example",
        "phone": "014 41 22 80",
        "website": "https://www.cvo-kempenland.example/",
        "iban": "BE89 9791 9730 6085",
        "vat_number": "",
        "campuses": [
            ("Campus Turnhout", "Parklaan 45", "2300", "Turnhout"),
            ("Campus Geel", "Pas 120", "2440", "Geel"),
        ],
        "trainers": {
            "Ann Verlinden": _t("""
                Leraar NT2 en coördinator alfabetisering; begeleidt nieuwe
                NT2-leraren.
            """),
            "Tim Meeusen": _t("""
                Coördinator afstandsonderwijs en e-learningontwikkelaar.
            """),
            "Kathleen Wouters": _t("""
                Coördinator zorgopleidingen en stagebegeleider in het
                volwassenenonderwijs.
            """),
        },
    },
    {
        "slug": "provincie-vlaams-brabant-pvc",
        "name": "Provincie Vlaams-Brabant – Provinciaal Vormingscentrum Onderwijs",
        "kind": "government",
        "description": _t("""
            De provinciale dienst die scholen in Vlaams-Brabant ondersteunt
            met gratis of goedkope vormingen over welzijn, erfgoed en
            schoolorganisatie.
        """),
        "vision": _t("""
            Als overheid willen we de drempel naar professionalisering zo
            laag mogelijk maken. Daarom zijn veel vormingen gratis en dicht
            bij huis. We werken samen met lokale partners, zodat leraren na
            een vorming weten bij wie ze in hun regio terechtkunnen. We
            brengen scholen uit alle netten samen.
        """),
        "methods": ["lezing", "workshop", "e-learning"],
        "methods_note": _t("""
            Korte avondlezingen en studiedagen; sommige vormingen hebben een
            online voorbereiding.
        """),
        "partners": _t("""
            Lokale besturen, het provinciaal erfgoedcentrum, het Rode Kruis,
            politiezones en jeugddiensten in Vlaams-Brabant.
        """),
        "transfer_support": _t("""
            Na elke vorming krijgen deelnemers een overzicht van regionale
            partners en gratis materialen om in de klas te gebruiken.
        """),
        "email": "onderwijs@vlaamsbrabant-voorbeeld.example",
        "phone": "016 26 70 00",
        "website": "https://www.vlaamsbrabant-voorbeeld.example/onderwijs/",
        "iban": "BE67 1439 5133 5887",
        "vat_number": "BE 0380.101.824",
        "campuses": [
            ("Vormingscentrum Dijlevallei", "Vaartkom 21", "3000", "Leuven"),
            ("Vormingscentrum Vilvoorde", "Leuvensestraat 30", "1800", "Vilvoorde"),
        ],
        "trainers": {
            "Katrien Michiels": _t("""
                Mediacoach en preventiewerker; geeft vormingen over
                mediawijsheid en cyberpesten.
            """),
            "Frank Dewitte": _t("""
                Jurist onderwijsregelgeving met ervaring in een
                scholengroep.
            """),
            "Nele Timmermans": _t("""
                Verpleegkundige en lesgever EHBO; werkte als
                preventieadviseur in een scholengemeenschap.
            """),
            "Joris Vandenberghe": _t("""
                Erfgoededucator bij het provinciaal erfgoedcentrum.
            """),
        },
    },
    {
        "slug": "leesvuur",
        "name": "Leesvuur vzw",
        "kind": "non_profit",
        "description": _t("""
            Vzw die leesplezier en leesbeleid in scholen ondersteunt, van de
            kleuterklas tot het secundair onderwijs.
        """),
        "vision": _t("""
            Lezen leer je pas graag wanneer je er tijd, ruimte en goede
            boeken voor krijgt. Wij helpen leraren om een leescultuur op te
            bouwen in hun klas en hun school. Onze nascholingen zijn
            inspirerend en concreet: deelnemers gaan naar huis met boeken,
            werkvormen en een plan. We geloven in netwerken van
            leescoördinatoren die elkaar versterken.
        """),
        "methods": ["workshop", "leergemeenschap", "e-learning", "lezing"],
        "methods_note": _t("""
            Workshops met veel boeken op tafel, online avonden met auteurs en
            lerende netwerken voor leescoördinatoren.
        """),
        "partners": _t("""
            Openbare bibliotheken, uitgeverijen van jeugdliteratuur,
            jeugdauteurs en illustratoren.
        """),
        "transfer_support": _t("""
            Deelnemers ontvangen een jaar lang een maandelijkse nieuwsbrief
            met boekentips en werkvormen.
        """),
        "email": "hallo@leesvuur.example",
        "phone": "03 216 40 90",
        "website": "https://www.leesvuur.example/",
        "iban": "BE87 7511 6290 7294",
        "vat_number": "",
        "campuses": [
            ("Huis van het Lezen", "Mechelsesteenweg 64", "2018", "Antwerpen")
        ],
        "trainers": {
            "Evelien Mertens": _t("""
                Leesconsulent en voormalig leraar lager onderwijs; schrijft
                over voorlezen en boekgesprekken.
            """),
            "Wim Van den Broeck": _t("""
                Jeugdliteratuurrecensent en leraar Nederlands in de tweede
                graad.
            """),
        },
    },
    {
        "slug": "wetenschapsatelier",
        "name": "Wetenschapsatelier vzw",
        "kind": "non_profit",
        "description": _t("""
            Vzw die kinderen en jongeren laat kennismaken met wetenschap en
            techniek, en leraren ondersteunt met STEM-nascholing.
        """),
        "vision": _t("""
            Kinderen zijn van nature onderzoekers. Wij willen leraren het
            vertrouwen geven om die nieuwsgierigheid in de klas alle ruimte
            te geven, ook als ze zelf geen STEM-achtergrond hebben.
            Deelnemers doen zelf proeven, bouwen en programmeren, en
            vertalen dat meteen naar hun eigen lessen.
        """),
        "methods": ["workshop", "praktijkopdracht", "teacher-design-team"],
        "methods_note": _t("""
            Hands-on workshops in onze ateliers; deelnemers nemen materiaal
            en lesfiches mee naar school.
        """),
        "partners": _t("""
            Wetenschapsmusea, de STEM-academies, bedrijven uit de
            maakindustrie en lerarenopleidingen in Limburg en Gent.
        """),
        "transfer_support": _t("""
            Scholen kunnen materiaalkoffers uitlenen en een atelierbegeleider
            laten meekomen voor een eerste les.
        """),
        "email": "scholen@wetenschapsatelier.example",
        "phone": "089 30 44 10",
        "website": "https://www.wetenschapsatelier.example/",
        "iban": "BE72 8918 2753 6716",
        "vat_number": "BE 0550.788.269",
        "campuses": [
            ("Atelier Genk", "Stalenstraat 32", "3600", "Genk"),
            ("Atelier Gent", "Dok Noord 7", "9000", "Gent"),
        ],
        "trainers": {
            "Bart Claes": _t("""
                Ingenieur en STEM-coach; ontwikkelde techniekateliers voor
                kleuters en lagere scholen.
            """),
            "Femke Lenaerts": _t("""
                Leraar wiskunde en spelontwerper; maakt educatieve
                escaperooms.
            """),
            "Sam Dierckx": _t("""
                Informaticus en leraar in het buitengewoon secundair
                onderwijs; werkt met micro:bit en robotica.
            """),
        },
    },
    {
        "slug": "klasbewegen",
        "name": "Klasbewegen vzw",
        "kind": "non_profit",
        "description": _t("""
            Vzw die bewegen, sport en gezondheid op school stimuleert, met
            nascholing voor leraren lichamelijke opvoeding en klasleraren.
        """),
        "vision": _t("""
            Een gezonde school is een school waar bewegen vanzelfsprekend is,
            in de turnzaal en daarbuiten. Wij tonen leraren hoe kleine
            ingrepen een groot verschil maken voor het welbevinden en het
            leren van hun leerlingen. Onze nascholingen zijn actief: wie
            deelneemt, beweegt mee.
        """),
        "methods": ["workshop", "praktijkopdracht", "coaching"],
        "methods_note": _t("""
            Praktijksessies in de sporthal of de klas, altijd met materiaal
            dat deelnemers meteen kunnen gebruiken.
        """),
        "partners": _t("""
            Sportfederaties, het Vlaams Instituut Gezond Leven, lokale
            sportdiensten en de opleidingen lichamelijke opvoeding.
        """),
        "transfer_support": _t("""
            Elke deelnemer krijgt toegang tot een online bank met
            bewegingsfiches en filmpjes.
        """),
        "email": "info@klasbewegen.example",
        "phone": "050 39 12 60",
        "website": "https://www.klasbewegen.example/",
        "iban": "BE15 5232 1719 7930",
        "vat_number": "",
        "campuses": [],
        "trainers": {
            "Joke Vandamme": _t("""
                Leraar lichamelijke opvoeding en bewegingscoach; ontwikkelde
                het concept 'bewegend leren' voor basisscholen.
            """),
            "Thomas Peeters": _t("""
                Sportwetenschapper en lerarenopleider LO, specialist
                differentiatie in de les lichamelijke opvoeding.
            """),
            "Ilse Verbeke": _t("""
                Gezondheidspromotor en coördinator gezonde school.
            """),
        },
    },
    {
        "slug": "leerkracht-en-co",
        "name": "Leerkracht & Co",
        "kind": "private",
        "description": _t("""
            Opleidings- en coachingsbureau voor leraren en schoolleiders, met
            trainingen rond klasmanagement, stem, welzijn en leiderschap.
        """),
        "vision": _t("""
            Leraren zijn het belangrijkste instrument van hun eigen les. Wie
            goed voor zichzelf zorgt en sterk in zijn schoenen staat, geeft
            betere les. Onze trainingen zijn persoonlijk, ervaringsgericht
            en in kleine groepen. We werken met veel oefening, feedback en
            reflectie op je eigen handelen.
        """),
        "methods": ["coaching", "workshop", "intervisie"],
        "methods_note": _t("""
            Kleine groepen van maximaal veertien deelnemers; veel oefenen
            met feedback van trainer en collega's.
        """),
        "partners": _t("""
            Logopedisten, stemcoaches, psychologen en ervaren schoolleiders
            als gastsprekers.
        """),
        "transfer_support": _t("""
            Na elke training is een individueel coachingsgesprek (online)
            mogelijk aan een verminderd tarief.
        """),
        "email": "info@leerkrachtenco.example",
        "phone": "015 43 21 90",
        "website": "https://www.leerkrachtenco.example/",
        "iban": "BE75 7372 5219 1151",
        "vat_number": "BE 0662.251.959",
        "campuses": [("Leerhuis Mechelen", "Zandpoortvest 16", "2800", "Mechelen")],
        "trainers": {
            "Sofie Janssens": _t("""
                Logopediste en stemcoach; begeleidt leraren met
                stemklachten.
            """),
            "Rik Vermeulen": _t("""
                Coach en oud-directeur secundair onderwijs; begeleidt
                schoolleiders bij veranderingsprocessen.
            """),
            "Elke Maes": _t("""
                Psychologe en trainer klasmanagement en welbevinden.
            """),
        },
    },
    {
        "slug": "didactica-consult",
        "name": "Didactica Consult",
        "kind": "private",
        "description": _t("""
            Adviesbureau voor onderwijs dat scholen begeleidt bij evaluatie,
            differentiatie en kunstonderwijs.
        """),
        "vision": _t("""
            Een school die helder weet waarom ze iets doet, maakt betere
            keuzes in de klas. We vertrekken van de visie van de school en
            vertalen die samen met het team naar concrete afspraken en
            instrumenten. Deelnemers ontwerpen tijdens onze nascholingen
            materiaal dat ze de volgende dag kunnen gebruiken.
        """),
        "methods": ["teacher-design-team", "workshop", "e-learning", "data-team"],
        "methods_note": _t("""
            Ontwerpsessies waarin teams eigen rubrics, toetsen of lessen
            maken, afgewisseld met online inspiratiemodules.
        """),
        "partners": _t("""
            Onderzoekers evaluatie en hoogbegaafdheid, academies voor
            deeltijds kunstonderwijs en kunstenaars in residentie.
        """),
        "transfer_support": _t("""
            Scholen kunnen een vervolgsessie op school boeken om de
            ontwikkelde instrumenten samen te evalueren.
        """),
        "email": "contact@didactica.example",
        "phone": "02 511 60 40",
        "website": "https://www.didactica.example/",
        "iban": "",
        "vat_number": "BE 0249.585.453",
        "campuses": [
            ("Vergadercentrum Brussel", "Ravensteinstraat 36", "1000", "Brussel"),
            ("Leercentrum Gent", "Voskenslaan 30", "9000", "Gent"),
        ],
        "trainers": {
            "Ellen De Clercq": _t("""
                Onderwijskundige en specialist breed evalueren; werkte mee
                aan evaluatiebeleid in tientallen scholen.
            """),
            "Kobe Willems": _t("""
                Begeleider hoogbegaafdheid en differentiatie; vader van drie
                en voormalig leraar lager onderwijs.
            """),
            "Amira Haddad": _t("""
                Beeldend kunstenaar en docent beeld en media in het deeltijds
                kunstonderwijs.
            """),
        },
    },
]

# --------------------------------------------------------------------------
# Courses
# --------------------------------------------------------------------------

COURSES: list[dict] = []

# Universiteit Antwerpen – the seed course and three more -------------------

UA = "https://www.uantwerpen.example/nascholing-onderwijs/inschrijven/"

COURSES += [
    {
        "provider": "universiteit-antwerpen-cno",
        "slug": "onderwijskundig-leiderschap-met-impact",
        "title": (
            "Onderwijskundig leiderschap met impact - ontwikkelen van teacher "
            "teams als leergemeenschappen"
        ),
        "code": "24/DR/278A",
        "summary": _t("""
            Als schoolleider kan je onderwijskundig beleid niet meer alleen
            dragen: leiderschap delen is noodzakelijk. In deze tweedaagse
            ontdek je hoe je teacher teams als leergemeenschappen opstart en
            aanstuurt, met een werkbaar evenwicht tussen groei van onderuit en
            sturing vanuit een gedeelde visie.
        """),
        "description": _t("""
            Wat is de kern van onderwijskundig leiderschap, en welke
            voorwaarden heb je nodig om het waar te maken? De tweedaagse
            zoekt het antwoord in het Team School-model, dat groeide uit
            onderzoek en jarenlange ervaring in scholen en beschreven staat in
            het boek 'Team School! Leergemeenschappen creëren in onderwijs'
            (Schelfhout e.a., 2019, LannooCampus). In een teacher team als
            leergemeenschap delen leraren hun praktijk, stellen ze elkaar
            kritische vragen en reflecteren ze samen, met als doel beter les
            te geven.

            Onderzoek toont dat leergemeenschappen goede voorwaarden scheppen
            om te professionaliseren, om het geleerde echt in de klas te
            brengen en om samen met veranderingen om te gaan. Ze zijn ook een
            concrete manier om leiderschap te delen.

            Je leert wat leergemeenschappen zijn, waarvoor ze dienen, welke
            rollen erbij horen en wat ze opleveren. Je brengt de noden van
            jezelf en je school in kaart en bespreekt strategieën om
            leergemeenschappen duurzaam in te voeren, zodat het professioneel
            leren van het hele team een stap vooruit zet.
        """),
        "goals": _items("""
            - kan je benoemen waar het bij onderwijskundig beleid in essentie
              om draait;
            - weet je wat leergemeenschappen kunnen betekenen voor
              professioneel leren en voor school- en kwaliteitsontwikkeling;
            - kan je uitleggen hoe groei van onderuit in verschillende soorten
              leergemeenschappen, visieontwikkeling, coaching en sturing door
              de schoolleider op elkaar inwerken;
            - weet je hoe je leergemeenschappen opstart en laat groeien als
              basis voor schoolontwikkeling, en ken je de uitdagingen om van je
              school een professionele leergemeenschap te maken;
            - kan je aangeven hoe visieontwikkeling, leergemeenschappen en een
              breder HRD-beleid, ook binnen een schoolontwikkelingsplan, elkaar
              versterken;
            - heb je een eerste actieplan om deze inzichten op je eigen school
              in praktijk te brengen.
        """),
        "audience_note": _t("""
            Voor leidinggevenden in het secundair en het volwassenenonderwijs
            in de ruime zin: (coördinerende) directeurs, coördinatoren,
            pedagogisch begeleiders en beleidsmedewerkers. Ook leraren met
            interesse in beleid, en leraren die procescoach van een teacher
            team willen worden, zijn welkom.
        """),
        "levels": ["secundair-onderwijs", "volwassenenonderwijs"],
        "themes": ["personeelsbeleid", "onderwijskundig-leiderschap"],
        "roles": [
            "directeur",
            "coordinator",
            "pedagogisch-begeleider",
            "beleidsmedewerker",
            "leraar",
            "procescoach",
        ],
        "methods": [
            "leergemeenschap",
            "lesson-study",
            "teacher-design-team",
            "data-team",
            "intervisie",
        ],
        "trainers": ["Wouter Schelfhout"],
        "format": "multi_day",
        "duration_days": 2,
        "fee": Decimal("252.00"),
        "fee_includes": ["material", "lunch"],
        "what_to_bring": "Opgeladen laptop",
        "contact": (
            "Reinhilde Mampuys",
            "03 265 46 82",
            "reinhilde.mampuys@uantwerpen.example",
        ),
        "registration_url": UA + "24-dr-278a",
        "programme": _programme("""
            1 morning | Vormen van leergemeenschappen
            - Kennismaken met bestaande vormen van leergemeenschappen:
              lesson study, teacher design team, data team,
              vakdidactische leergemeenschap ... Wat hebben ze gemeen en
              waarin verschillen ze?
            - Welke basisvoorwaarden en succesfactoren maken
              leergemeenschappen sterk, en hoe kies je de vorm die bij je
              school past?
            - Schoolontwikkeling vanuit Team School: leergemeenschappen als
              basis voor school- en kwaliteitsontwikkeling, in lijn met het
              referentiekader voor onderwijskwaliteit (OK): een visie
              ontwikkelen, leergemeenschappen opstarten en ondersteunen, en
              ze verankeren in beleidsteams en schoolbeleid.
            1 afternoon | Aan de slag op je eigen school
            - Hoe werkt een leergemeenschap concreet?
            - Hoe start je er als school of schoolleider mee?
            - Welke rollen neemt de procescoach op?
            - Je vertaalt de inzichten naar je eigen school in een
              actieplan dat je doorheen de tweedaagse verder uitbouwt (rode
              draad).
            2 morning | Leiderschap, HRD en schoolontwikkeling
            - Leergemeenschappen, schoolontwikkeling, HRD en strategisch
              management in één schoolontwikkelingsplan, verbonden met de
              visie van de school: hoe ze elkaar versterken.
            - De verschillende rollen van de schoolleider.
            - Waarderend coachen en communiceren: leernoden verkennen,
              leren aanmoedigen, samen doelen stellen, ondersteunen, een
              evenwicht zoeken tussen individuele groei en groei in de
              leergemeenschap, en verbondenheid versterken.
            2 afternoon | Samen leren organiseren
            - Samen leren, samen materiaal ontwikkelen en elkaar
              ondersteunen organiseren, met bijzondere aandacht voor
              startende leraren.
            - Het HRD-beleid praktisch en logistiek uitbouwen rond teacher
              teams: expertise intern delen via slimme structuren,
              intervisie en 'coach-the-coach', werken met een beleidsteam,
              ruimte maken voor professionalisering ...
            - Verder werken aan je actieplan voor de eigen school (rode
              draad).
        """),
        "editions": [
            {
                "dates": ["2025-03-13", "2025-03-24"],
                "venue": "ua-stad",
                "time": ("09:15", "16:15"),
            },
            {"in_days": [21, 35], "venue": "ua-stad", "time": ("09:15", "16:15")},
        ],
        "criteria": _criteria("""
            subject-content | yes | Onderwijskundig beleid en leergemeenschappen
                staan inhoudelijk centraal.
            pupil-learning | partly | Het leren van leerlingen is het doel van
                de teacher teams, maar komt onrechtstreeks aan bod.
            practice | yes | Elke dag eindigt met werk aan een actieplan voor
                de eigen school.
            differentiation | partly | Differentiatie tussen teamleden, minder
                tussen leerlingen.
            evidence | yes | Gebaseerd op het onderzoek achter het Team
                School-model.
            experiment | yes | Je kiest zelf welke vorm van leergemeenschap je
                uitprobeert.
            time | yes | Tussen de twee dagen zit tijd om het actieplan af te
                toetsen op school.
            peers | yes | Veel uitwisseling tussen schoolleiders uit
                verschillende scholen.
            embedded | partly | De sessies gaan buiten de school door, maar
                vertrekken van je eigen schoolcontext.
            transfer | yes | Het actieplan is bedoeld om met je team verder uit
                te werken.
            active | yes | Korte inleidingen, daarna actief verwerken en
                reflecteren.
            between-sessions | yes | Je bespreekt het actieplan tussen de twee
                dagen met je beleidsteam.
            follow-up | partly | Begeleiding op maat is achteraf aan te
                vragen.
        """),
    },
    {
        "provider": "universiteit-antwerpen-cno",
        "slug": "formatief-evalueren-secundair",
        "title": (
            "Feedback die leren vooruithelpt: formatief evalueren in het secundair"
        ),
        "code": "26/SO/114B",
        "summary": _t("""
            Toetsen vertellen pas iets wanneer je er iets mee doet. Op deze
            studiedag leer je formatief evalueren zo inbouwen dat leerlingen
            weten waar ze staan en hoe ze verder kunnen, zonder dat je
            correctiewerk verdubbelt.
        """),
        "description": _t("""
            Formatief evalueren is meer dan een toets zonder punten. Het gaat
            om de hele cyclus: heldere leerdoelen, zicht krijgen op wat
            leerlingen al kunnen, gerichte feedback en bijsturing van je
            instructie.

            We vertrekken van recente inzichten uit onderzoek naar feedback
            en vertalen die naar de lespraktijk in de tweede en derde graad.
            Je werkt met voorbeelden uit verschillende vakken en ontwerpt een
            formatief moment voor een eigen les.
        """),
        "goals": _items("""
            - leg je het verschil uit tussen formatief en summatief
              evalueren;
            - formuleer je succescriteria die leerlingen begrijpen;
            - kies je een passende werkvorm om zicht te krijgen op het leren
              van je leerlingen;
            - geef je feedback die de leerling vooruithelpt;
            - heb je een formatief evaluatiemoment voor een eigen les
              uitgewerkt.
        """),
        "levels": ["tweede-graad", "derde-graad"],
        "themes": ["evaluatie-en-feedback"],
        "roles": ["leraar", "coordinator"],
        "methods": ["workshop", "praktijkopdracht"],
        "trainers": ["Liesbeth Verhoeven"],
        "format": "study_day",
        "duration_days": 1,
        "duration_hours": Decimal("6.0"),
        "fee": Decimal("145.00"),
        "fee_includes": ["material", "lunch", "certificate"],
        "what_to_bring": "Een toets of taak uit je eigen vak",
        "contact": (
            "Reinhilde Mampuys",
            "03 265 46 82",
            "reinhilde.mampuys@uantwerpen.example",
        ),
        "registration_url": UA + "26-so-114b",
        "programme": _programme("""
            1 morning | Wat is formatief evalueren?
            - De cyclus van formatief evalueren: doelen, zicht op leren,
              feedback en bijsturing.
            - Wat onderzoek zegt over effectieve feedback.
            - Succescriteria formuleren samen met leerlingen.
            1 afternoon | Ontwerpen voor je eigen les
            - Werkvormen om snel te zien wat leerlingen begrijpen:
              exit tickets, wisbordjes, scharniervragen.
            - Peer- en zelfevaluatie die werkt.
            - Je ontwerpt een formatief moment en krijgt feedback van
              collega's.
        """),
        "editions": [
            {"at": 0.08, "venue": "ua-stad", "room": "lokaal 105"},
            {"at": 0.55, "venue": "ua-drie-eiken"},
        ],
        "criteria": _criteria("""
            subject-content | partly | Voorbeelden uit verschillende vakken,
                geen vakinhoudelijke verdieping.
            pupil-learning | yes | Hoe leerlingen feedback verwerken staat
                centraal.
            practice | yes | Je ontwerpt een evaluatiemoment voor een eigen
                les.
            differentiation | yes | Formatieve informatie gebruiken om te
                differentiëren.
            evidence | yes | Gebaseerd op onderzoek naar feedback en
                formatief evalueren.
            experiment | yes | Je kiest zelf welke werkvormen je uitprobeert.
            time | partly | Eén dag; verwerking gebeurt op school.
            peers | yes | Ontwerpen en feedback in vakoverschrijdende groepjes.
            transfer | partly | Tips om het met je vakgroep te delen.
            active | yes | De namiddag is volledig ontwerpwerk.
            follow-up | no | Geen opvolging voorzien.
        """),
    },
    {
        "provider": "universiteit-antwerpen-cno",
        "slug": "historisch-denken-eindtermen",
        "title": "Historisch denken in de klas: werken met bronnen en perspectieven",
        "code": "26/SO/131A",
        "summary": _t("""
            Geschiedenis is meer dan feiten en jaartallen. In drie namiddagen
            leer je leerlingen historisch laten redeneren met bronnen,
            perspectieven en historische vragen, in lijn met de eindtermen van
            de eerste en tweede graad.
        """),
        "description": _t("""
            De eindtermen vragen dat leerlingen historisch kunnen denken:
            bronnen kritisch lezen, gebeurtenissen in hun tijd plaatsen en
            verschillende perspectieven naast elkaar zetten. Dat vraagt om
            andere lesopdrachten dan een klassiek overzicht.

            Elke sessie combineert vakinhoudelijke verdieping met
            vakdidactiek. Tussen de sessies probeer je een opdracht uit in je
            klas en breng je leerlingenwerk mee voor bespreking.
        """),
        "goals": _items("""
            - ken je de componenten van historisch denken en redeneren;
            - ontwerp je bronnenopdrachten op verschillende niveaus;
            - laat je leerlingen perspectieven vergelijken en beargumenteren;
            - beoordeel je leerlingenwerk op historisch redeneren.
        """),
        "levels": ["eerste-graad", "tweede-graad"],
        "themes": ["geschiedenis"],
        "roles": ["leraar", "beginnende-leraar"],
        "methods": ["workshop", "praktijkopdracht", "intervisie"],
        "trainers": ["Tom De Ridder"],
        "format": "multi_day",
        "duration_days": 3,
        "duration_hours": Decimal("9.0"),
        "fee": Decimal("180.00"),
        "fee_includes": ["material", "refreshments"],
        "what_to_bring": "Je handboek of cursus geschiedenis",
        "contact": (
            "Reinhilde Mampuys",
            "03 265 46 82",
            "reinhilde.mampuys@uantwerpen.example",
        ),
        "registration_url": UA + "26-so-131a",
        "programme": _programme("""
            1 afternoon | Wat is historisch denken?
            - Historische vragen, bronnen en context.
            - Historisch redeneren bij leerlingen: typische
              misvattingen.
            2 afternoon | Bronnen in de klas
            - Bronnenopdrachten ontwerpen en differentiëren.
            - Bespreking van de eerste klaservaringen.
            3 afternoon | Perspectieven en evaluatie
            - Meerdere perspectieven op één gebeurtenis.
            - Leerlingenwerk beoordelen met een rubric.
        """),
        "editions": [
            {
                "at": 0.18,
                "count": 3,
                "every": 21,
                "weekday": 2,
                "venue": "ua-drie-eiken",
                "time": ("13:30", "16:30"),
            },
        ],
        "criteria": _criteria("""
            subject-content | yes | Vakinhoudelijke verdieping in historisch
                denken.
            pupil-learning | yes | Aandacht voor hoe leerlingen historisch
                leren redeneren.
            practice | yes | Opdrachten voor je eigen klas.
            differentiation | yes | Bronnenopdrachten op verschillende
                niveaus.
            evidence | yes | Steunt op vakdidactisch onderzoek.
            time | yes | Drie weken tussen de sessies.
            peers | yes | Bespreking van leerlingenwerk met vakcollega's.
            active | yes | Je ontwerpt en bespreekt.
            between-sessions | yes | Telkens een opdracht uitproberen in je
                klas.
            follow-up | no | Geen opvolging na de reeks.
        """),
    },
    {
        "provider": "universiteit-antwerpen-cno",
        "slug": "lezingenreeks-wat-werkt-in-onderwijs",
        "title": "Lezingenreeks: wat werkt in onderwijs?",
        "code": "26/AL/020",
        "summary": _t("""
            Vier avondlezingen waarin onderzoekers van de Antwerp School of
            Education de stand van het onderzoek over een actueel
            onderwijsthema samenvatten, telkens met een vertaling naar de
            praktijk en ruimte voor vragen.
        """),
        "description": _t("""
            Instructie, motivatie, huiswerk, leesvaardigheid: over elk thema
            circuleren veel meningen. In deze reeks zetten onderzoekers op
            een toegankelijke manier op een rij wat we echt weten, en waar het
            onderzoek nog twijfelt.

            Je kan de lezingen afzonderlijk of als reeks volgen. Ze zijn
            interessant voor leraren, schoolleiders, lerarenopleiders en
            iedereen die graag onderbouwde keuzes maakt.
        """),
        "goals": _items("""
            - ken je de belangrijkste onderzoeksbevindingen over vier
              actuele onderwijsthema's;
            - kan je onderzoeksclaims kritisch beoordelen;
            - vertaal je een inzicht naar een concrete keuze voor je school
              of klas.
        """),
        "levels": ["secundair-onderwijs", "basisonderwijs", "hoger-onderwijs"],
        "themes": ["professionaliseringsbeleid", "activerende-werkvormen"],
        "roles": ["leraar", "directeur", "beleidsmedewerker", "pedagogisch-begeleider"],
        "methods": ["lezing"],
        "trainers": ["Nadia Bouzid", "Liesbeth Verhoeven"],
        "format": "lecture",
        "duration_hours": Decimal("8.0"),
        "fee": Decimal("25.00"),
        "fee_note": "Per lezing; de hele reeks kost 80 euro.",
        "fee_includes": ["refreshments"],
        "contact": ("Nadia Bouzid", "03 265 46 90", "nadia.bouzid@uantwerpen.example"),
        "registration_url": UA + "26-al-020",
        "programme": _programme("""
            1 evening | Expliciete instructie
            - Wat zegt onderzoek over directe en expliciete instructie?
            2 evening | Motivatie
            - Hoe motiveer je leerlingen zonder beloningen en straffen?
            3 evening | Huiswerk
            - Helpt huiswerk, en voor wie?
            4 evening | Leesvaardigheid
            - Begrijpend lezen: kennis, strategieën en leesplezier.
        """),
        "editions": [
            {
                "ago": 45,
                "count": 4,
                "every": 28,
                "venue": "ua-stad",
                "room": "aula R.001",
                "time": ("19:30", "21:30"),
            },
            {
                "at": 0.62,
                "count": 4,
                "every": 28,
                "weekday": 1,
                "venue": "ua-stad",
                "room": "aula R.001",
                "time": ("19:30", "21:30"),
            },
        ],
        "criteria": _criteria("""
            subject-content | partly | Onderwijskundige inhoud, geen
                vakinhoud.
            evidence | yes | Onderzoekers brengen de stand van het onderzoek.
            practice | partly | Elke lezing eindigt met praktijkimplicaties.
            peers | no | Een lezing met vragen; weinig uitwisseling.
            active | no | Vooral luisteren.
            time | partly | De lezingen staan een maand uit elkaar.
            pupil-learning | yes | Elke lezing gaat over hoe leerlingen
                leren.
            transfer | partly | Slides en leestips om met je team te
                bespreken.
            follow-up | no | Geen opvolging.
        """),
    },
]

# PBD Voorbeeld (pedagogical support, Oost-Vlaanderen) -----------------------

PBD = "https://www.pbd-voorbeeld.example/inschrijven/"
PBD_CONTACT = ("Lies Van Hecke", "09 233 45 12", "lies.vanhecke@pbd-voorbeeld.example")

COURSES += [
    {
        "provider": "pbd-voorbeeld",
        "slug": "zorgcontinuum-in-de-praktijk",
        "title": (
            "Het zorgcontinuüm in de praktijk: van brede basiszorg tot uitbreiding"
        ),
        "code": "PBD-2627-014",
        "summary": _t("""
            Een traject voor zorgteams in het basisonderwijs. In vier sessies
            bouw je samen met collega's uit andere scholen aan een helder
            zorgbeleid, van sterke basiszorg in elke klas tot goede afspraken
            met het CLB.
        """),
        "description": _t("""
            Elke school werkt met een zorgcontinuüm, maar in de praktijk
            lopen de fasen vaak door elkaar. Wie doet wat bij brede
            basiszorg? Wanneer schakel je over naar verhoogde zorg? Hoe
            documenteer je zonder papierberg?

            In dit traject analyseer je het zorgbeleid van je eigen school en
            werk je stap voor stap verbeteringen uit. Tussen de sessies
            bespreek je de resultaten met je directeur en je zorgteam.
            Casussen uit de deelnemende scholen vormen de rode draad.
        """),
        "goals": _items("""
            - beschrijf je de fasen van het zorgcontinuüm voor je eigen
              school;
            - versterk je de brede basiszorg met concrete klasafspraken;
            - voer je een handelingsgericht overleg over een leerling;
            - maak je duidelijke afspraken met ouders, CLB en
              ondersteuningsnetwerk;
            - heb je een actieplan om het zorgbeleid van je school bij te
              sturen.
        """),
        "levels": ["basisonderwijs"],
        "themes": ["zorgbeleid", "inclusief-onderwijs"],
        "roles": ["zorgcoordinator", "directeur", "leerlingbegeleider"],
        "methods": ["casusbespreking", "intervisie", "praktijkopdracht"],
        "trainers": ["Annelies Van Damme"],
        "format": "programme",
        "duration_days": 4,
        "duration_hours": Decimal("12.0"),
        "fee": Decimal("160.00"),
        "fee_note": "Gratis voor scholen met een begeleidingsovereenkomst.",
        "fee_includes": ["material", "refreshments"],
        "what_to_bring": "Het zorgbeleidsplan of de zorgvisie van je school",
        "contact": PBD_CONTACT,
        "registration_url": PBD + "pbd-2627-014",
        "programme": _programme("""
            1 afternoon | Het zorgcontinuüm in kaart
            - De vier fasen en wie welke rol opneemt.
            - Zelfanalyse van het zorgbeleid van je school.
            2 afternoon | Brede basiszorg
            - Sterke klaspraktijk als eerste zorg.
            - Klasafspraken en de rol van de klasleraar.
            3 afternoon | Verhoogde zorg en overleg
            - Handelingsgericht werken in het multidisciplinair
              overleg.
            - Casusbespreking met de methode van het reflecterend team.
            4 afternoon | Samenwerken en verankeren
            - Afspraken met ouders, CLB en ondersteuningsnetwerk.
            - Je actieplan voorstellen en feedback krijgen.
        """),
        "editions": [
            {
                "at": 0.04,
                "count": 4,
                "every": 28,
                "weekday": 1,
                "venue": "pbd-gent",
                "time": ("13:30", "16:30"),
            },
            {
                "at": 0.52,
                "count": 4,
                "every": 28,
                "weekday": 1,
                "venue": "pbd-aalst",
                "time": ("13:30", "16:30"),
            },
        ],
        "criteria": _criteria("""
            pupil-learning | yes | Vertrekt van de onderwijsbehoeften van
                leerlingen.
            practice | yes | Je werkt aan het zorgbeleid van je eigen school.
            differentiation | yes | Brede basiszorg betekent differentiëren
                in elke klas.
            evidence | partly | Steunt op handelingsgericht werken; weinig
                rechtstreeks onderzoek.
            experiment | yes | Je kiest zelf welke verbeteringen je
                uitprobeert.
            time | yes | Vier sessies over een half schooljaar.
            peers | yes | Casusbespreking met zorgcoördinatoren van andere
                scholen.
            embedded | yes | Opdrachten in je eigen zorgteam.
            transfer | yes | Je stelt je actieplan voor aan je team.
            active | yes | Casussen en intervisie.
            between-sessions | yes | Na elke sessie een opdracht met je
                zorgteam.
            follow-up | partly | Opvolging via je begeleider, voor scholen
                met een overeenkomst.
        """),
    },
    {
        "provider": "pbd-voorbeeld",
        "slug": "kleuters-observeren-en-volgen",
        "title": "Kleuters observeren en volgen zonder toetsen",
        "code": "PBD-2627-022",
        "summary": _t("""
            Hoe weet je wat een kleuter al kan, zonder toetsen af te nemen?
            Deze studiedag reikt eenvoudige observatie-instrumenten aan en
            toont hoe je je waarnemingen gebruikt om je aanbod bij te
            sturen.
        """),
        "description": _t("""
            Kleuters tonen wat ze kunnen in spel, gesprek en beweging. Wie
            gericht kijkt, ziet veel meer dan een toets kan meten. Maar
            observeren kost tijd, en een kleuterleerkracht heeft handen te
            kort.

            Je leert haalbare manieren om te observeren en te noteren, en
            vooral om er iets mee te doen: een hoek herinrichten, een
            kringgesprek bijsturen, een kleuter extra uitdagen. We bekijken
            ook hoe je observaties deelt met ouders en met de collega van het
            eerste leerjaar.
        """),
        "goals": _items("""
            - observeer je kleuters doelgericht in spel- en
              kringsituaties;
            - noteer je observaties op een haalbare manier;
            - stuur je je klasaanbod bij op basis van wat je ziet;
            - communiceer je observaties helder met ouders en collega's.
        """),
        "levels": ["kleuteronderwijs"],
        "themes": ["kleuterdidactiek", "evaluatie-en-feedback"],
        "roles": ["leraar", "zorgcoordinator"],
        "methods": ["workshop", "klasobservatie"],
        "trainers": ["Hilde Claeys"],
        "format": "study_day",
        "duration_days": 1,
        "duration_hours": Decimal("6.0"),
        "fee": Decimal("95.00"),
        "fee_includes": ["material", "lunch"],
        "what_to_bring": "Enkele foto's of notities van spelsituaties uit je klas",
        "contact": PBD_CONTACT,
        "registration_url": PBD + "pbd-2627-022",
        "programme": _programme("""
            1 morning | Kijken naar kleuters
            - Waarom observeren en wat observeer je?
            - Filmfragmenten: oefenen in objectief waarnemen.
            1 afternoon | Van observatie naar actie
            - Instrumenten: observatiewijzers, portfolio's, foto's.
            - Je klasaanbod bijsturen op basis van je observaties.
            - Observaties delen met ouders en het eerste leerjaar.
        """),
        "editions": [
            {"at": 0.12, "venue": "pbd-aalst"},
            {"at": 0.68, "venue": "pbd-gent"},
        ],
        "criteria": _criteria("""
            subject-content | partly | Ontwikkelingsdomeinen van kleuters
                komen aan bod.
            pupil-learning | yes | Centraal staat hoe kleuters leren en zich
                ontwikkelen.
            practice | yes | Instrumenten die je morgen kunt gebruiken.
            differentiation | yes | Observaties om kleuters gericht uit te
                dagen.
            evidence | partly | Gebaseerd op ontwikkelingspsychologie.
            peers | yes | Uitwisseling met andere kleuterleerkrachten.
            active | yes | Oefenen met filmfragmenten.
            time | no | Eén studiedag.
            follow-up | partly | Een klasobservatie door de begeleider is aan
                te vragen.
        """),
    },
    {
        "provider": "pbd-voorbeeld",
        "slug": "netwerk-aanvangsbegeleiding",
        "title": "Lerend netwerk aanvangsbegeleiding: startende leraren verankeren",
        "code": "PBD-2627-030",
        "summary": _t("""
            Een lerend netwerk voor mentoren en coördinatoren die
            aanvangsbegeleiding organiseren. Drie keer per schooljaar wissel
            je ervaringen uit en werk je aan een onthaal- en
            begeleidingsbeleid dat starters op school houdt.
        """),
        "description": _t("""
            Veel starters verlaten het onderwijs in hun eerste jaren. Een
            goed onthaal, een mentor met tijd en een team dat starters
            opvangt maken het verschil.

            In dit netwerk leer je van collega-mentoren uit andere scholen.
            Elke bijeenkomst heeft een thema (onthaal, coachingsgesprekken,
            klasbezoeken, welzijn van starters) en ruimte voor intervisie
            rond eigen vragen.
        """),
        "goals": _items("""
            - bouw je een samenhangend aanvangsbeleid uit voor je school;
            - voer je coachende gesprekken met startende collega's;
            - organiseer je klasbezoeken met een ontwikkelingsgerichte
              nabespreking;
            - deel je ervaringen in een netwerk van mentoren.
        """),
        "levels": ["basisonderwijs", "secundair-onderwijs"],
        "themes": ["personeelsbeleid", "professionaliseringsbeleid"],
        "roles": ["mentor", "coordinator", "directeur", "beginnende-leraar"],
        "methods": ["leergemeenschap", "intervisie", "coaching"],
        "trainers": ["Koen De Smet"],
        "format": "network",
        "duration_hours": Decimal("9.0"),
        "fee": Decimal("0.00"),
        "fee_note": "Gratis voor scholen met een begeleidingsovereenkomst.",
        "fee_includes": ["refreshments"],
        "contact": PBD_CONTACT,
        "registration_url": PBD + "pbd-2627-030",
        "programme": _programme("""
            1 afternoon | Onthaal en eerste weken
            - Wat hebben starters in hun eerste weken nodig?
            - Intervisie rond eigen vragen.
            2 afternoon | Coachende gesprekken
            - Gespreksmodellen voor mentoren.
            - Oefenen in trio's.
            3 afternoon | Klasbezoek en welzijn
            - Klasbezoeken met een ontwikkelingsgerichte nabespreking.
            - Werkdruk en welzijn van starters.
        """),
        "editions": [
            {
                "at": 0.06,
                "count": 3,
                "every": 63,
                "weekday": 3,
                "venue": "pbd-gent",
                "time": ("14:00", "16:30"),
            },
            {
                "at": 0.56,
                "count": 3,
                "every": 63,
                "weekday": 3,
                "venue": "pbd-gent",
                "time": ("14:00", "16:30"),
            },
        ],
        "criteria": _criteria("""
            practice | yes | Vertrekt van vragen uit je eigen school.
            evidence | partly | Inzichten uit onderzoek naar uitval van
                starters.
            experiment | yes | Je probeert aanpakken uit en brengt ze terug
                in het netwerk.
            time | yes | Drie bijeenkomsten, verspreid over het schooljaar.
            peers | yes | Het netwerk is de kern.
            embedded | yes | Je werkt aan het beleid van je eigen school.
            transfer | yes | Je bouwt een beleid uit voor het hele team.
            active | yes | Intervisie en oefening.
            between-sessions | yes | Je probeert telkens iets uit met je
                starters.
            follow-up | yes | Het netwerk loopt elk schooljaar door.
        """),
    },
    {
        "provider": "pbd-voorbeeld",
        "slug": "begrijpend-lezen-derde-graad",
        "title": "Begrijpend lezen in de derde graad: sterke teksten, sterke lezers",
        "code": "PBD-2627-041",
        "summary": _t("""
            Een tweedaagse over begrijpend lezen in het vijfde en zesde
            leerjaar: rijke teksten kiezen, leesstrategieën modelleren en
            leesgesprekken voeren die leerlingen echt aan het denken zetten.
        """),
        "description": _t("""
            De resultaten voor begrijpend lezen dalen al jaren. Onderzoek
            wijst op het belang van kennisrijke teksten, expliciete
            strategie-instructie en veel leestijd.

            Op dag één verken je de bouwstenen van sterke leeslessen. Daarna
            probeer je een les uit in je klas. Op dag twee bespreek je de
            ervaringen en verdiep je je in leesgesprekken en in lezen bij de
            andere vakken.
        """),
        "goals": _items("""
            - kies je rijke, uitdagende teksten bij je thema's;
            - modelleer je leesstrategieën hardop;
            - voer je leesgesprekken met open vragen;
            - verbind je begrijpend lezen met wereldoriëntatie.
        """),
        "levels": ["lager-onderwijs"],
        "themes": ["lezen-en-leesbevordering", "nederlands"],
        "roles": ["leraar", "coordinator"],
        "methods": ["workshop", "praktijkopdracht"],
        "trainers": ["Bram Vercruysse"],
        "format": "multi_day",
        "duration_days": 2,
        "duration_hours": Decimal("12.0"),
        "fee": Decimal("190.00"),
        "fee_includes": ["material", "lunch"],
        "what_to_bring": "Je methode voor begrijpend lezen",
        "contact": PBD_CONTACT,
        "registration_url": PBD + "pbd-2627-041",
        "programme": _programme("""
            1 morning | Wat maakt een sterke leesles?
            - Wat onderzoek zegt over begrijpend lezen.
            - Rijke teksten kiezen en bewerken.
            1 afternoon | Strategieën modelleren
            - Hardop denken voor de klas.
            - Een leesles voorbereiden voor je eigen klas.
            2 morning | Leesgesprekken
            - Ervaringen met de uitgeprobeerde les.
            - Open vragen en denkgesprekken.
            2 afternoon | Lezen in alle vakken
            - Teksten bij wereldoriëntatie.
            - Afspraken maken in je team.
        """),
        "editions": [
            {"at": 0.1, "count": 2, "every": 21, "venue": "pbd-sint-niklaas"},
            {"at": 0.6, "count": 2, "every": 21, "venue": "pbd-gent"},
        ],
        "criteria": _criteria("""
            subject-content | yes | Taalkundige en didactische verdieping in
                begrijpend lezen.
            pupil-learning | yes | Hoe goede en zwakke lezers teksten
                verwerken.
            practice | yes | Je bereidt een les voor je eigen klas voor.
            differentiation | partly | Tips voor zwakke lezers, minder voor
                sterke.
            evidence | yes | Steunt op recent leesonderzoek.
            time | yes | Drie weken tussen de twee dagen.
            peers | yes | Lessen bespreken met collega's.
            active | yes | Oefenen met hardop denken.
            between-sessions | yes | Een leesles uitproberen.
            follow-up | partly | Klasbezoek op aanvraag.
        """),
    },
    {
        "provider": "pbd-voorbeeld",
        "slug": "coaching-differentiatie-schoolteam",
        "title": "Differentiëren in de klas: coaching voor je schoolteam",
        "code": "PBD-2627-050",
        "summary": _t("""
            Een begeleidingstraject op maat van je school. Een begeleider
            observeert lessen, coacht leraren en helpt het team om
            differentiatie stap voor stap een vaste plaats te geven in elke
            klas.
        """),
        "description": _t("""
            Differentiëren lukt beter wanneer een heel team er samen aan
            werkt. In een intakegesprek bepalen we met de directie en een
            kernteam de focus: instructie op niveau, uitdaging voor snelle
            leerlingen of ondersteuning voor wie meer tijd nodig heeft.

            Daarna volgen klasobservaties met nabespreking, teamsessies op
            school en een evaluatie. Het aantal momenten spreken we samen af.
            Het infomoment hieronder is online; het traject zelf gaat
            volledig op je school door.
        """),
        "goals": _items("""
            - analyseer je met je team de beginsituatie rond differentiatie;
            - pas je gedifferentieerde instructie toe in je eigen klas;
            - geef je collega's feedback na een klasobservatie;
            - leg je teamafspraken vast in het schoolbeleid.
        """),
        "levels": ["basisonderwijs", "eerste-graad"],
        "themes": ["differentiatie"],
        "roles": ["leraar", "directeur", "coordinator"],
        "methods": ["coaching", "klasobservatie"],
        "trainers": ["Koen De Smet", "Annelies Van Damme"],
        "format": "school_coaching",
        "fee": Decimal("0.00"),
        "fee_note": (
            "Inbegrepen in de begeleidingsovereenkomst; andere scholen vragen "
            "een offerte."
        ),
        "contact": PBD_CONTACT,
        "registration_url": PBD + "pbd-2627-050",
        "programme": _programme("""
            1 full_day | Traject op school
            - Intakegesprek met directie en kernteam.
            - Klasobservaties met nabespreking.
            - Teamsessies over gedifferentieerde instructie.
            - Evaluatie en verankering in het schoolbeleid.
        """),
        "editions": [
            {"at": 0.03, "venue": "online", "time": ("15:45", "16:45")},
            {"at": 0.45, "venue": "online", "time": ("15:45", "16:45")},
        ],
        "criteria": _criteria("""
            pupil-learning | yes | Vertrekt van de noden van de leerlingen in
                jullie klassen.
            practice | yes | Volledig in je eigen klaspraktijk.
            differentiation | yes | Het thema van het traject.
            experiment | yes | Het team kiest de focus en de aanpak.
            time | yes | Het traject loopt over een schooljaar.
            peers | yes | Leraren observeren en coachen elkaar.
            embedded | yes | Alles gebeurt op school.
            transfer | yes | Teamafspraken in het schoolbeleid.
            active | yes | Observeren, uitproberen en reflecteren.
            between-sessions | yes | Opdrachten tussen de teamsessies.
            follow-up | yes | Een opvolggesprek een jaar later.
        """),
    },
    {
        "provider": "pbd-voorbeeld",
        "slug": "breuken-en-verhoudingen-eerste-graad",
        "title": "Sterk in breuken en verhoudingen: wiskunde in de eerste graad",
        "code": "PBD-2627-063",
        "summary": _t("""
            Breuken, procenten en verhoudingen blijven voor veel leerlingen
            struikelblokken. In twee dagen verdiep je je in de wiskunde
            erachter en in modellen die het begrip verstevigen bij de
            overgang van lager naar secundair.
        """),
        "description": _t("""
            Leerlingen komen in het eerste jaar binnen met heel verschillende
            voorkennis over breuken en verhoudingen. We bekijken hoe het
            lager onderwijs deze begrippen opbouwt, welke misvattingen vaak
            voorkomen en hoe je met modellen (strook, verhoudingstabel,
            dubbele getallenlijn) het begrip verdiept.

            Tussen de twee dagen probeer je een lesactiviteit uit en breng je
            leerlingenwerk mee.
        """),
        "goals": _items("""
            - herken je typische misvattingen over breuken en verhoudingen;
            - gebruik je modellen om begrip op te bouwen;
            - sluit je aan bij de aanpak van het lager onderwijs;
            - differentieer je met rijke opdrachten op verschillende
              niveaus.
        """),
        "levels": ["eerste-graad", "lager-onderwijs"],
        "themes": ["wiskunde", "differentiatie"],
        "roles": ["leraar", "beginnende-leraar"],
        "methods": ["workshop", "praktijkopdracht"],
        "trainers": ["Koen De Smet"],
        "format": "multi_day",
        "duration_days": 2,
        "duration_hours": Decimal("12.0"),
        "fee": Decimal("175.00"),
        "fee_includes": ["material", "lunch"],
        "what_to_bring": "Rekenmachine en een handboek wiskunde van het eerste jaar",
        "contact": PBD_CONTACT,
        "registration_url": PBD + "pbd-2627-063",
        "programme": _programme("""
            1 full_day | Begrip opbouwen
            - De leerlijn breuken en verhoudingen van lager naar
              secundair.
            - Misvattingen herkennen in leerlingenwerk.
            - Modellen: strook, verhoudingstabel, dubbele getallenlijn.
            2 full_day | Rijke opdrachten
            - Bespreking van de uitgeprobeerde activiteit.
            - Opdrachten met een lage drempel en een hoog plafond.
            - Evalueren van begrip in plaats van procedures.
        """),
        "editions": [
            {"at": 0.26, "count": 2, "every": 28, "venue": "pbd-gent"},
        ],
        "criteria": _criteria("""
            subject-content | yes | Wiskundige verdieping van breuken en
                verhoudingen.
            pupil-learning | yes | Misvattingen en leerlijnen staan centraal.
            practice | yes | Lesactiviteiten voor je eigen klas.
            differentiation | yes | Opdrachten op verschillende niveaus.
            evidence | yes | Gebaseerd op reken- en wiskundedidactisch
                onderzoek.
            time | yes | Vier weken tussen de dagen.
            peers | partly | Bespreking in kleine groepjes.
            active | yes | Zelf opdrachten oplossen en ontwerpen.
            between-sessions | yes | Een activiteit uitproberen.
            follow-up | no | Geen opvolging.
        """),
    },
    {
        "provider": "pbd-voorbeeld",
        "slug": "ouders-als-partners",
        "title": "Ouders als partners: communiceren met alle gezinnen",
        "code": "PBD-2627-072",
        "status": "draft",
        "summary": _t("""
            Hoe bereik je ook de ouders die je zelden op school ziet? Deze
            studiedag gaat over laagdrempelige communicatie met gezinnen in
            armoede en met ouders die het Nederlands nog niet goed beheersen.
        """),
        "description": _t("""
            Ouderbetrokkenheid begint bij een school die ouders echt
            verwelkomt. We bekijken drempels vanuit het perspectief van
            ouders, oefenen oudergesprekken en werken met eenvoudige taal en
            beelden in brieven en apps.
        """),
        "goals": _items("""
            - herken je drempels die ouders ervaren;
            - schrijf je berichten in eenvoudige taal;
            - voer je een oudergesprek met aandacht voor het perspectief van
              de ouder;
            - maak je een plan voor ouderbetrokkenheid op school.
        """),
        "levels": ["basisonderwijs"],
        "themes": ["communicatie-en-ouderbetrokkenheid"],
        "roles": ["leraar", "directeur", "leerlingbegeleider"],
        "methods": ["workshop", "casusbespreking"],
        "trainers": ["Sarah El Idrissi"],
        "format": "study_day",
        "duration_days": 1,
        "fee": Decimal("95.00"),
        "fee_includes": ["lunch"],
        "contact": PBD_CONTACT,
        "programme": _programme("""
            1 morning | Drempels zien
            - Getuigenissen van ouders.
            - Communicatie van je school doorgelicht.
            1 afternoon | Gesprekken en berichten
            - Oudergesprekken oefenen.
            - Berichten in eenvoudige taal.
        """),
        "editions": [{"at": 0.4, "venue": "pbd-gent"}],
        "criteria": _criteria("""
            practice | yes | Gesprekstechnieken en berichten voor je eigen
                school.
            peers | yes | Oefenen in kleine groepen.
            active | yes | Rollenspelen.
            follow-up | no | Nog niet bepaald.
        """),
    },
]

# Begeleidingsnetwerk Lerend Limburg (pedagogical support, Limburg) -----------

LL = "https://www.lerendlimburg.example/aanbod/"
LL_CONTACT = ("Mieke Vanhamel", "011 24 56 72", "mieke.vanhamel@lerendlimburg.example")

COURSES += [
    {
        "provider": "lerend-limburg",
        "slug": "duaal-leren-werkplek-begeleiden",
        "title": "Duaal leren: de werkplek als leeromgeving begeleiden",
        "code": "LL26-08",
        "summary": _t("""
            Een traject voor trajectbegeleiders en leraren in duaal leren. Je
            leert hoe je leren op school en op de werkplek op elkaar
            afstemt, hoe je mentoren in bedrijven ondersteunt en hoe je
            leerlingen samen evalueert.
        """),
        "description": _t("""
            In duaal leren verwerft een leerling een groot deel van zijn
            competenties op de werkplek. Dat vraagt een goede afstemming
            tussen school en onderneming: een gedeeld opleidingsplan,
            regelmatige overlegmomenten en een evaluatie waarin beide
            partners hun stem hebben.

            Het traject bestaat uit drie sessies op een bedrijfssite in
            Genk en een praktijkopdracht met een eigen leerling.
        """),
        "goals": _items("""
            - stel je samen met een onderneming een opleidingsplan op;
            - ondersteun je mentoren op de werkplek in hun coachende rol;
            - evalueer je competenties samen met de werkplek;
            - pak je moeilijke situaties in een duaal traject tijdig aan.
        """),
        "levels": ["derde-graad", "buitengewoon-secundair-onderwijs"],
        "themes": ["duaal-leren", "werkplekleren"],
        "roles": ["leraar", "coordinator", "leerlingbegeleider"],
        "methods": ["praktijkopdracht", "casusbespreking", "intervisie"],
        "trainers": ["Jeroen Vanderhoven"],
        "format": "programme",
        "duration_days": 3,
        "duration_hours": Decimal("15.0"),
        "fee": Decimal("210.00"),
        "fee_includes": ["material", "lunch", "certificate"],
        "what_to_bring": (
            "Een opleidingsplan van een van je leerlingen (geanonimiseerd)"
        ),
        "contact": LL_CONTACT,
        "registration_url": LL + "ll26-08",
        "programme": _programme("""
            1 full_day | School en werkplek op één lijn
            - Het opleidingsplan als gedeeld kompas.
            - Rollen van trajectbegeleider, mentor en leerling.
            - Bezoek aan een leerwerkplek.
            2 full_day | Mentoren ondersteunen
            - Coachende gesprekken op de werkplek.
            - Een mentorvorming in een bedrijf opzetten.
            3 full_day | Samen evalueren
            - Competentiegericht evalueren met de werkplek.
            - Casusbespreking: als het moeilijk loopt.
            - Bespreking van de praktijkopdracht.
        """),
        "editions": [
            {"at": 0.09, "count": 3, "every": 35, "venue": "limburg-genk"},
            {"at": 0.63, "count": 3, "every": 35, "venue": "limburg-genk"},
        ],
        "criteria": _criteria("""
            subject-content | partly | Over beroepsgerichte vorming, niet over
                een specifiek beroep.
            pupil-learning | yes | Hoe leerlingen op de werkplek leren.
            practice | yes | Praktijkopdracht met een eigen leerling.
            differentiation | partly | Trajecten op maat van de leerling.
            evidence | partly | Inzichten uit onderzoek naar werkplekleren.
            time | yes | Vijf weken tussen de sessies.
            peers | yes | Intervisie met trajectbegeleiders uit andere
                scholen.
            embedded | yes | De sessies gaan door op bedrijfssites.
            transfer | partly | Tips om het met je vakgroep te delen.
            active | yes | Casussen en bezoeken.
            between-sessions | yes | Praktijkopdracht met een eigen leerling.
            follow-up | partly | Een opvolgmoment op school is aan te
                vragen.
        """),
    },
    {
        "provider": "lerend-limburg",
        "slug": "klasmanagement-beginnende-leraren",
        "title": "Klasmanagement voor beginnende leraren",
        "code": "LL26-12",
        "summary": _t("""
            Een tweedaagse voor leraren in hun eerste jaren in het secundair.
            Je leert hoe je een goede start maakt met een klas, hoe je
            routines opbouwt en hoe je rustig en consequent reageert op
            storend gedrag.
        """),
        "description": _t("""
            Orde houden is de grootste zorg van veel startende leraren.
            Klasmanagement begint echter lang voor er iets misloopt: met een
            goede relatie, duidelijke verwachtingen en routines die je
            consequent inoefent.

            Je oefent in kleine groepen met situaties uit je eigen klas.
            Tussen de twee dagen probeer je een aanpak uit en houd je een
            kort logboek bij.
        """),
        "goals": _items("""
            - maak je een sterke start met een nieuwe klas;
            - bouw je routines en klasafspraken op;
            - reageer je rustig en voorspelbaar op storend gedrag;
            - werk je aan een positieve relatie met je leerlingen.
        """),
        "levels": ["secundair-onderwijs"],
        "themes": ["welbevinden-en-gedrag"],
        "roles": ["beginnende-leraar", "mentor"],
        "methods": ["workshop", "intervisie", "praktijkopdracht"],
        "trainers": ["Pieter Houben"],
        "format": "multi_day",
        "duration_days": 2,
        "duration_hours": Decimal("12.0"),
        "fee": Decimal("150.00"),
        "fee_includes": ["material", "lunch"],
        "contact": LL_CONTACT,
        "registration_url": LL + "ll26-12",
        "programme": _programme("""
            1 full_day | Een sterke start
            - De eerste lessen met een nieuwe klas.
            - Routines en verwachtingen.
            - Oefenen met situaties uit je klas.
            2 full_day | Reageren op gedrag
            - Ervaringen uit je logboek.
            - Van kleine verstoring tot conflict.
            - Herstelgericht werken.
        """),
        "editions": [
            {"at": 0.02, "count": 2, "every": 28, "venue": "limburg-hasselt"},
            {"at": 0.5, "count": 2, "every": 28, "venue": "limburg-hasselt"},
        ],
        "criteria": _criteria("""
            pupil-learning | partly | Aandacht voor gedrag en motivatie van
                leerlingen.
            practice | yes | Situaties uit je eigen klas.
            differentiation | no | Niet het onderwerp van deze nascholing.
            evidence | yes | Gebaseerd op onderzoek naar klasmanagement.
            experiment | yes | Je kiest zelf wat je uitprobeert.
            time | yes | Een maand tussen de dagen.
            peers | yes | Intervisie met andere starters.
            active | yes | Veel oefenen.
            between-sessions | yes | Logboek en uitproberen.
            follow-up | partly | Je mentor kan een opvolggesprek aanvragen.
        """),
    },
    {
        "provider": "lerend-limburg",
        "slug": "autisme-in-de-gewone-klas",
        "title": "Leerlingen met autisme in de gewone klas",
        "code": "LL26-15",
        "summary": _t("""
            Een studiedag over hoe je leerlingen met autisme voorspelbaarheid
            en duidelijkheid biedt, zonder de rest van de klas uit het oog te
            verliezen. Met veel voorbeelden uit basis- en secundair
            onderwijs.
        """),
        "description": _t("""
            Leerlingen met autisme hebben vaak nood aan structuur,
            voorspelbaarheid en duidelijke communicatie. Veel van wat hen
            helpt, helpt ook hun klasgenoten.

            We bespreken hoe autisme zich op school kan tonen, welke
            redelijke aanpassingen mogelijk zijn en hoe je samenwerkt met
            ouders, CLB en ondersteuners.
        """),
        "goals": _items("""
            - begrijp je hoe autisme het leren en het gedrag beïnvloedt;
            - structureer je je les en je lokaal voorspelbaar;
            - kies je passende redelijke aanpassingen;
            - werk je samen met ouders en ondersteuners.
        """),
        "levels": ["basisonderwijs", "secundair-onderwijs"],
        "themes": ["inclusief-onderwijs", "welbevinden-en-gedrag"],
        "roles": ["leraar", "zorgcoordinator", "leerlingbegeleider"],
        "methods": ["workshop", "casusbespreking"],
        "trainers": ["Els Nijs"],
        "format": "study_day",
        "duration_days": 1,
        "duration_hours": Decimal("6.0"),
        "fee": Decimal("110.00"),
        "fee_includes": ["material", "lunch"],
        "contact": LL_CONTACT,
        "registration_url": LL + "ll26-15",
        "programme": _programme("""
            1 morning | Autisme begrijpen
            - Autisme vanuit het perspectief van de leerling.
            - Wat zie je in de klas?
            1 afternoon | Aanpassingen in de klas
            - Structuur in tijd, ruimte en communicatie.
            - Redelijke aanpassingen en samenwerking.
            - Casussen uit de groep.
        """),
        "editions": [
            {"at": 0.15, "venue": "limburg-sint-truiden"},
            {"at": 0.73, "venue": "limburg-hasselt"},
        ],
        "criteria": _criteria("""
            pupil-learning | yes | Hoe leerlingen met autisme leren.
            practice | yes | Concrete aanpassingen voor je klas.
            differentiation | yes | Aanpassingen voor een leerling binnen de
                klasgroep.
            evidence | yes | Gebaseerd op actuele inzichten over autisme.
            peers | partly | Casusbespreking in groepjes.
            active | partly | Afwisseling tussen uitleg en casussen.
            time | no | Eén studiedag.
            follow-up | no | Geen opvolging.
        """),
    },
    {
        "provider": "lerend-limburg",
        "slug": "netwerk-zorgcoordinatoren-secundair",
        "title": "Lerend netwerk zorgcoördinatoren secundair onderwijs",
        "code": "LL26-20",
        "summary": _t("""
            Zorgcoördinatoren uit Limburgse secundaire scholen komen vier
            keer per jaar samen om ervaringen te delen, nieuwe regelgeving te
            bespreken en samen casussen aan te pakken.
        """),
        "description": _t("""
            Als zorgcoördinator sta je vaak alleen voor complexe vragen. In
            dit netwerk vind je collega's die met dezelfde vragen worstelen.
            Elke bijeenkomst heeft een inhoudelijk deel (bijvoorbeeld het
            leersteundecreet of schoolverzuim) en een intervisiedeel.
        """),
        "goals": _items("""
            - ben je op de hoogte van nieuwe regelgeving rond
              leerlingenbegeleiding;
            - bespreek je complexe casussen met collega's;
            - verbeter je het zorgbeleid van je school met ideeën uit het
              netwerk.
        """),
        "levels": ["secundair-onderwijs"],
        "themes": ["zorgbeleid", "schooladministratie-en-wetgeving"],
        "roles": ["zorgcoordinator", "leerlingbegeleider"],
        "methods": ["leergemeenschap", "intervisie", "casusbespreking"],
        "trainers": ["Els Nijs"],
        "format": "network",
        "duration_hours": Decimal("10.0"),
        "fee": Decimal("0.00"),
        "fee_note": "Gratis voor Limburgse scholen.",
        "fee_includes": ["refreshments"],
        "contact": LL_CONTACT,
        "registration_url": LL + "ll26-20",
        "programme": _programme("""
            1 afternoon | Bijeenkomst
            - Actualiteit en regelgeving.
            - Intervisie in kleine groepen.
        """),
        "editions": [
            {
                "at": 0.05,
                "count": 4,
                "every": 49,
                "venue": "limburg-hasselt",
                "time": ("13:30", "16:00"),
            },
            {
                "at": 0.55,
                "count": 4,
                "every": 49,
                "venue": "limburg-hasselt",
                "time": ("13:30", "16:00"),
            },
        ],
        "criteria": _criteria("""
            practice | yes | Vertrekt van vragen uit je school.
            time | yes | Vier bijeenkomsten per schooljaar.
            peers | yes | Het netwerk draait om uitwisseling.
            embedded | partly | Buiten de school, maar over je eigen
                praktijk.
            transfer | partly | Je neemt ideeën mee naar je zorgteam.
            active | yes | Intervisie en casusbespreking.
            between-sessions | no | Geen opdrachten.
            follow-up | yes | Het netwerk loopt jaarlijks door.
        """),
    },
    {
        "provider": "lerend-limburg",
        "slug": "aardrijkskunde-leerplan-tweede-graad",
        "title": "Aardrijkskunde in de tweede graad: werken met kaarten en GIS",
        "code": "LL26-03",
        "summary": _t("""
            Een studiedag voor leraren aardrijkskunde over het gebruik van
            digitale kaarten en eenvoudige GIS-toepassingen om leerlingen
            ruimtelijk te laten denken.
        """),
        "description": _t("""
            Ruimtelijk denken is een kern van aardrijkskunde. Met gratis
            online kaarttoepassingen laat je leerlingen zelf data verkennen,
            lagen combineren en verbanden ontdekken. Je werkt aan een
            lesreeks over een Limburgs landschap.
        """),
        "goals": _items("""
            - gebruik je digitale kaarten en GIS in je lessen;
            - laat je leerlingen ruimtelijke vragen onderzoeken;
            - ontwerp je een lesreeks rond een landschap uit de regio.
        """),
        "levels": ["tweede-graad"],
        "themes": ["aardrijkskunde", "digitale-didactiek"],
        "roles": ["leraar"],
        "methods": ["workshop"],
        "trainers": ["Marleen Jacobs"],
        "format": "study_day",
        "duration_days": 1,
        "fee": Decimal("85.00"),
        "fee_includes": ["lunch"],
        "what_to_bring": "Laptop",
        "contact": LL_CONTACT,
        "registration_url": LL + "ll26-03",
        "programme": _programme("""
            1 morning | Digitale kaarten
            - Ruimtelijk denken bij leerlingen.
            - Kennismaking met online kaarttoepassingen.
            1 afternoon | Een eigen lesreeks
            - Een Limburgs landschap onderzoeken.
            - Lesreeks uitwerken in duo's.
        """),
        "editions": [{"ago": 30, "venue": "limburg-hasselt"}],
        "criteria": _criteria("""
            subject-content | yes | Vakinhoud aardrijkskunde en ruimtelijk
                denken.
            practice | yes | Je werkt een lesreeks uit.
            pupil-learning | partly | Aandacht voor ruimtelijk denken bij
                leerlingen.
            active | yes | Zelf met de toepassingen aan de slag.
            peers | partly | Werken in duo's.
            differentiation | partly | Opdrachten met meer of minder
                begeleiding.
            evidence | partly | Steunt op vakdidactisch onderzoek naar
                ruimtelijk denken.
            time | no | Eén studiedag.
            follow-up | no | Geen opvolging.
        """),
    },
]

# Pedagogische Dienst Westhoek & Leie (pedagogical support, West-Vlaanderen) ---

PDW = "https://www.pd-westhoek.example/vorming/"
PDW_CONTACT = ("Tine Debruyne", "056 22 18 42", "tine.debruyne@pd-westhoek.example")

COURSES += [
    {
        "provider": "pd-westhoek-leie",
        "slug": "muzische-vorming-procesgericht",
        "title": "Muzische vorming in de lagere school: van opdracht naar proces",
        "code": "PDW-27-M01",
        "summary": _t("""
            Minder knutselen volgens voorbeeld, meer echte creativiteit. In
            twee praktijkdagen ervaar je zelf hoe procesgericht werken rond
            beeld, muziek, drama en beweging kinderen laat exploreren en
            kiezen.
        """),
        "description": _t("""
            Muzische vorming draait niet om een mooi eindproduct dat op alle
            werkjes lijkt, maar om het proces: verkennen, kiezen, uitproberen
            en reflecteren. Dat vraagt een andere rol van de leraar.

            Je werkt zelf met materialen, klank en beweging, en vertaalt die
            ervaringen naar lessen voor je eigen klas. Na dag één probeer je
            een procesgerichte opdracht uit, die we op dag twee bespreken.
        """),
        "goals": _items("""
            - ontwerp je open, procesgerichte muzische opdrachten;
            - begeleid je kinderen met vragen in plaats van voorbeelden;
            - verbind je de muzische domeinen met elkaar;
            - evalueer je het proces, niet alleen het product.
        """),
        "levels": ["lager-onderwijs"],
        "themes": ["muzische-vorming"],
        "roles": ["leraar"],
        "methods": ["workshop", "praktijkopdracht"],
        "trainers": ["Lotte Dewulf"],
        "format": "multi_day",
        "duration_days": 2,
        "duration_hours": Decimal("12.0"),
        "fee": Decimal("170.00"),
        "fee_includes": ["material", "lunch"],
        "what_to_bring": "Kleren die vuil mogen worden",
        "contact": PDW_CONTACT,
        "registration_url": PDW + "pdw-27-m01",
        "programme": _programme("""
            1 morning | Zelf ervaren
            - Beeldend verkennen met ongewone materialen.
            - Klank en beweging als vertrekpunt.
            1 afternoon | Van ervaring naar les
            - Kenmerken van een procesgerichte opdracht.
            - Een opdracht voor je klas ontwerpen.
            2 full_day | Reflecteren en verdiepen
            - Bespreking van je klaservaring.
            - Drama en verhaal.
            - Procesgericht evalueren met kinderen.
        """),
        "editions": [
            {"at": 0.14, "count": 2, "every": 28, "venue": "west-brugge"},
            {"at": 0.7, "count": 2, "every": 28, "venue": "west-kortrijk"},
        ],
        "criteria": _criteria("""
            subject-content | yes | Verdieping in de muzische domeinen.
            pupil-learning | yes | Hoe kinderen creatief leren.
            practice | yes | Je ontwerpt een opdracht voor je klas.
            differentiation | partly | Open opdrachten laten ruimte voor
                verschillen.
            experiment | yes | Experimenteren is de kern.
            time | yes | Vier weken tussen de dagen.
            peers | yes | Samen werken en bespreken.
            active | yes | Volledig doe-gericht.
            between-sessions | yes | Een opdracht uitproberen.
            follow-up | partly | Een terugkomdag voor je team is aan te
                vragen.
        """),
    },
    {
        "provider": "pd-westhoek-leie",
        "slug": "handelingsplanning-buitengewoon-basisonderwijs",
        "title": "Handelingsplanning in het buitengewoon basisonderwijs",
        "code": "PDW-27-Z04",
        "summary": _t("""
            Een traject voor leraren en paramedici in het buitengewoon
            basisonderwijs: van observatie en doelen kiezen tot een
            handelingsplan dat echt gebruikt wordt in de klas.
        """),
        "description": _t("""
            Handelingsplannen worden soms papieren tijgers. In dit traject
            werk je aan plannen die kort, haalbaar en bruikbaar zijn voor het
            hele team rond een leerling.

            We besteden aandacht aan leerlingen met leerstoornissen en
            ontwikkelingsstoornissen, aan het betrekken van ouders en aan
            het evalueren van doelen.
        """),
        "goals": _items("""
            - formuleer je haalbare, meetbare doelen voor een leerling;
            - stem je het handelingsplan af met collega's en paramedici;
            - betrek je ouders en de leerling bij het plan;
            - evalueer en stuur je het plan bij.
        """),
        "levels": ["buitengewoon-basisonderwijs"],
        "themes": ["leerstoornissen", "zorgbeleid"],
        "roles": ["leraar", "zorgcoordinator", "leerlingbegeleider"],
        "methods": ["casusbespreking", "praktijkopdracht", "intervisie"],
        "trainers": ["Griet Lambrecht"],
        "format": "programme",
        "duration_days": 3,
        "duration_hours": Decimal("9.0"),
        "fee": Decimal("135.00"),
        "fee_includes": ["material", "refreshments"],
        "contact": PDW_CONTACT,
        "registration_url": PDW + "pdw-27-z04",
        "programme": _programme("""
            1 afternoon | Van observatie naar doelen
            - Beginsituatie in kaart brengen.
            - Doelen kiezen uit de leerlijnen.
            2 afternoon | Samen plannen
            - Het plan afstemmen met team en ouders.
            - Casusbespreking.
            3 afternoon | Evalueren en bijsturen
            - Evalueren van doelen.
            - Bespreking van de eigen handelingsplannen.
        """),
        "editions": [
            {
                "at": 0.2,
                "count": 3,
                "every": 28,
                "weekday": 2,
                "venue": "west-brugge",
                "time": ("13:30", "16:30"),
            },
        ],
        "criteria": _criteria("""
            pupil-learning | yes | Vertrekt van de noden van individuele
                leerlingen.
            practice | yes | Je werkt aan plannen voor je eigen leerlingen.
            differentiation | yes | Handelingsplanning is differentiatie op
                maat.
            evidence | partly | Steunt op handelingsgericht werken.
            time | yes | Drie sessies met telkens vier weken ertussen.
            peers | yes | Casusbespreking met collega's.
            embedded | partly | Opdrachten in je eigen school.
            active | yes | Je werkt met eigen casussen.
            between-sessions | yes | Een handelingsplan opstellen en
                uitproberen.
            follow-up | no | Geen opvolging.
        """),
    },
    {
        "provider": "pd-westhoek-leie",
        "slug": "stem-onderzoekend-ontwerpend-leren",
        "title": "STEM in de basisschool: onderzoekend en ontwerpend leren",
        "code": "PDW-27-S02",
        "summary": _t("""
            Een studiedag vol proefjes en bouwopdrachten. Je leert hoe je
            kinderen zelf laat onderzoeken en ontwerpen, en hoe je die
            activiteiten verbindt met de doelen voor wetenschappen en
            techniek.
        """),
        "description": _t("""
            Kinderen leren wetenschap en techniek het best door zelf vragen
            te stellen, te voorspellen, te testen en te verbeteren. Je
            doorloopt zelf de stappen van onderzoekend en ontwerpend leren en
            ontdekt hoe je die stappen begeleidt met goede vragen.

            Je gaat naar huis met kant-en-klare activiteiten voor de
            verschillende leerjaren en een planningsformulier voor je eigen
            STEM-lessen.
        """),
        "goals": _items("""
            - doorloop je met kinderen de stappen van onderzoekend leren;
            - begeleid je een ontwerpopdracht met gerichte vragen;
            - verbind je STEM-activiteiten met de leerplandoelen;
            - plan je een STEM-les voor je eigen klas.
        """),
        "levels": ["lager-onderwijs"],
        "themes": ["wetenschappen", "techniek-en-technologie"],
        "roles": ["leraar", "coordinator"],
        "methods": ["workshop"],
        "trainers": ["Ward Vanneste"],
        "format": "study_day",
        "duration_days": 1,
        "duration_hours": Decimal("6.0"),
        "fee": Decimal("90.00"),
        "fee_includes": ["material", "lunch"],
        "contact": PDW_CONTACT,
        "registration_url": PDW + "pdw-27-s02",
        "programme": _programme("""
            1 morning | Onderzoekend leren
            - Van vraag tot conclusie: proefjes rond water en lucht.
            - Goede onderzoeksvragen stellen.
            1 afternoon | Ontwerpend leren
            - Bouwopdracht: een brug voor de klas.
            - Testen, verbeteren en reflecteren.
        """),
        "editions": [
            {"at": 0.3, "venue": "west-roeselare"},
            {"at": 0.93, "venue": "west-kortrijk"},
        ],
        "criteria": _criteria("""
            subject-content | yes | Wetenschappelijke en technische
                achtergrond bij de activiteiten.
            pupil-learning | yes | Hoe kinderen onderzoeken en ontwerpen.
            practice | yes | Kant-en-klare activiteiten.
            differentiation | partly | Varianten voor verschillende
                leerjaren.
            evidence | partly | Steunt op onderzoek naar STEM-didactiek.
            active | yes | Je doet alle activiteiten zelf.
            peers | yes | Werken in groepjes.
            time | no | Eén dag.
            follow-up | partly | Een klasbezoek is aan te vragen.
        """),
    },
    {
        "provider": "pd-westhoek-leie",
        "slug": "kwaliteitszorg-referentiekader-ok",
        "title": (
            "Kwaliteitszorg met het referentiekader OK: aan de slag als schoolteam"
        ),
        "code": "PDW-27-B07",
        "summary": _t("""
            Een traject voor directeurs en beleidsteams over kwaliteitszorg.
            Je leert het referentiekader voor onderwijskwaliteit gebruiken om
            je school te evalueren, prioriteiten te kiezen en je
            kwaliteitsbeleid op te volgen.
        """),
        "description": _t("""
            Het referentiekader voor onderwijskwaliteit (OK) beschrijft wat
            van een school verwacht wordt. Maar hoe maak je daar een
            werkbaar instrument van voor je eigen kwaliteitszorg?

            In vier sessies doorloop je de cyclus van kwaliteitszorg:
            verzamelen van gegevens, samen interpreteren, prioriteiten kiezen
            en opvolgen. Je werkt met data van je eigen school en leert van
            andere scholen.
        """),
        "goals": _items("""
            - gebruik je het referentiekader OK als kapstok voor
              zelfevaluatie;
            - verzamel en interpreteer je gegevens over je school;
            - kies je prioriteiten samen met je team;
            - volg je je kwaliteitsbeleid systematisch op.
        """),
        "levels": ["basisonderwijs", "buitengewoon-onderwijs"],
        "themes": ["kwaliteitszorg", "onderwijskundig-leiderschap"],
        "roles": ["directeur", "beleidsmedewerker", "coordinator"],
        "methods": ["data-team", "intervisie", "praktijkopdracht"],
        "trainers": ["Karel Verstraete"],
        "format": "programme",
        "duration_days": 4,
        "duration_hours": Decimal("14.0"),
        "fee": Decimal("240.00"),
        "fee_includes": ["material", "lunch"],
        "contact": PDW_CONTACT,
        "registration_url": PDW + "pdw-27-b07",
        "programme": _programme("""
            1 morning | Het referentiekader
            - Opbouw en bedoeling van het referentiekader OK.
            - Waar staat je school?
            2 morning | Gegevens verzamelen
            - Welke data heb je al, welke heb je nodig?
            - Werken als data team.
            3 morning | Prioriteiten kiezen
            - Samen met het team interpreteren.
            - Van prioriteit naar actieplan.
            4 morning | Opvolgen
            - Indicatoren en opvolgmomenten.
            - Presentatie van de actieplannen.
        """),
        "editions": [
            {
                "at": 0.24,
                "count": 4,
                "every": 35,
                "venue": "west-kortrijk",
                "time": ("09:00", "12:30"),
            },
        ],
        "criteria": _criteria("""
            subject-content | partly | Over schoolbeleid, niet over een vak.
            practice | yes | Je werkt met data van je eigen school.
            evidence | yes | Steunt op onderzoek naar schoolontwikkeling.
            experiment | yes | Je kiest zelf je prioriteiten.
            time | yes | Vier sessies over een half schooljaar.
            peers | yes | Intervisie met andere directeurs.
            embedded | yes | Opdrachten met je eigen beleidsteam.
            transfer | yes | Het actieplan is voor het hele team.
            active | yes | Werken met eigen data.
            between-sessions | yes | Opdrachten met je beleidsteam.
            follow-up | yes | Opvolggesprek met de begeleider.
        """),
    },
    {
        "provider": "pd-westhoek-leie",
        "slug": "burgerschap-moeilijke-gesprekken",
        "title": "Burgerschap en polarisatie: moeilijke gesprekken in de klas",
        "code": "PDW-26-B11",
        "summary": _t("""
            Wat doe je wanneer een discussie in de klas ontspoort? Deze
            studiedag geeft je houvast om gesprekken over gevoelige
            maatschappelijke thema's veilig en respectvol te begeleiden.
        """),
        "description": _t("""
            Oorlog, migratie, religie, gender: jongeren brengen de actualiteit
            mee de klas in. Een leraar kan die gesprekken niet vermijden,
            maar wel leren begeleiden.

            Je leert gesprekstechnieken om meningen te laten botsen zonder
            dat iemand gekwetst wordt, en je oefent met situaties die
            deelnemers zelf meebrengen.
        """),
        "goals": _items("""
            - herken je signalen van polarisatie in je klas;
            - begeleid je een gesprek over een gevoelig thema;
            - reageer je gepast op kwetsende uitspraken;
            - verbind je zulke gesprekken met de eindtermen burgerschap.
        """),
        "levels": ["secundair-onderwijs"],
        "themes": ["burgerschap", "welbevinden-en-gedrag"],
        "roles": ["leraar", "leerlingbegeleider"],
        "methods": ["workshop", "casusbespreking"],
        "trainers": ["Youssef Amrani"],
        "format": "study_day",
        "duration_days": 1,
        "fee": Decimal("95.00"),
        "fee_includes": ["lunch"],
        "contact": PDW_CONTACT,
        "registration_url": PDW + "pdw-26-b11",
        "programme": _programme("""
            1 morning | Polarisatie begrijpen
            - Hoe polarisatie werkt.
            - Je eigen rol als leraar.
            1 afternoon | Gesprekken begeleiden
            - Gesprekstechnieken.
            - Oefenen met situaties uit de klas.
        """),
        "editions": [
            {"ago": 50, "venue": "west-ieper"},
            {"ago": 20, "venue": "west-kortrijk"},
        ],
        "criteria": _criteria("""
            pupil-learning | partly | Aandacht voor hoe jongeren meningen
                vormen.
            practice | yes | Oefenen met situaties uit de klas.
            peers | yes | Veel uitwisseling.
            active | yes | Rollenspelen.
            evidence | partly | Gebaseerd op onderzoek naar polarisatie.
            subject-content | partly | De eindtermen burgerschap als kader.
            transfer | partly | Tips om afspraken te maken met je team.
            time | no | Eén dag.
            follow-up | no | Geen opvolging.
        """),
    },
]

# Begeleidingspunt Brussel (pedagogical support, Brussel) ---------------------

BPB = "https://www.bpbrussel.example/inschrijven/"
BPB_CONTACT = ("Hanna Mertens", "02 210 55 32", "hanna.mertens@bpbrussel.example")

COURSES += [
    {
        "provider": "begeleidingspunt-brussel",
        "slug": "meertaligheid-als-troef",
        "title": "Meertaligheid als troef: taalbeleid in een Brusselse school",
        "code": "BPB-T-2701",
        "summary": _t("""
            Een traject voor taalbeleidsteams in Brusselse basisscholen. Je
            ontwikkelt een taalbeleid dat Nederlands stevig ondersteunt en
            tegelijk de thuistalen van leerlingen inzet als hefboom om te
            leren.
        """),
        "description": _t("""
            In veel Brusselse klassen spreekt bijna geen enkel kind thuis
            Nederlands. Een sterk taalbeleid combineert een rijk aanbod
            Nederlands met een open houding tegenover andere talen.

            Het traject bestaat uit vier sessies en een klasobservatie op je
            eigen school. Je brengt de taalsituatie van je school in kaart,
            kiest prioriteiten en werkt een plan uit met je team.
        """),
        "goals": _items("""
            - breng je de taalsituatie van je school in kaart;
            - zet je thuistalen functioneel in bij het leren;
            - versterk je het aanbod Nederlands in alle lessen;
            - schrijf je een taalbeleidsplan met je team.
        """),
        "levels": ["basisonderwijs"],
        "themes": ["taalbeleid-en-nt2"],
        "roles": ["directeur", "coordinator", "leraar"],
        "methods": ["teacher-design-team", "klasobservatie", "coaching"],
        "trainers": ["Mehdi Azzouzi", "Inge Sterckx"],
        "format": "programme",
        "duration_days": 4,
        "duration_hours": Decimal("12.0"),
        "fee": Decimal("120.00"),
        "fee_includes": ["material", "refreshments", "follow_up"],
        "contact": BPB_CONTACT,
        "registration_url": BPB + "bpb-t-2701",
        "programme": _programme("""
            1 afternoon | De taalsituatie van je school
            - Taalprofielen van leerlingen.
            - Visie op meertaligheid.
            2 afternoon | Thuistalen als hefboom
            - Functioneel veeltalig leren in de klas.
            - Voorbeelden uit Brusselse scholen.
            3 afternoon | Nederlands in alle lessen
            - Taalgericht lesgeven.
            - Nabespreking van de klasobservatie.
            4 afternoon | Het taalbeleidsplan
            - Prioriteiten en acties.
            - Plannen voorstellen en bespreken.
        """),
        "editions": [
            {
                "at": 0.07,
                "count": 4,
                "every": 35,
                "weekday": 2,
                "venue": "brussel-centrum",
                "time": ("13:30", "16:30"),
            },
        ],
        "criteria": _criteria("""
            subject-content | partly | Taalkundige achtergrond bij
                meertaligheid.
            pupil-learning | yes | Hoe meertalige kinderen leren.
            practice | yes | Je werkt aan het beleid van je eigen school.
            differentiation | yes | Aanbod op maat van taalprofielen.
            evidence | yes | Steunt op onderzoek naar meertaligheid.
            experiment | yes | Je probeert werkvormen uit.
            time | yes | Vier sessies over een half jaar.
            peers | yes | Samen met andere Brusselse scholen.
            embedded | yes | Een klasobservatie op je eigen school.
            transfer | yes | Een taalbeleidsplan voor het hele team.
            active | yes | Ontwerpen en observeren.
            between-sessions | yes | Opdrachten met je team.
            follow-up | yes | Een opvolgsessie op school is inbegrepen.
        """),
    },
    {
        "provider": "begeleidingspunt-brussel",
        "slug": "taalgericht-vakonderwijs-eerste-graad",
        "title": "Taalgericht vakonderwijs in de eerste graad",
        "code": "BPB-T-2705",
        "summary": _t("""
            Vakleraren leren in drie sessies hoe ze taal ondersteunen in hun
            eigen vak: vaktaal aanbrengen, interactie uitlokken en teksten
            toegankelijk maken zonder de inhoud te verarmen.
        """),
        "description": _t("""
            Leerlingen die Nederlands als tweede taal leren, lopen vaak vast
            op de taal van het vak en niet op de inhoud. Taalgericht
            vakonderwijs helpt alle leerlingen om vakinhoud beter te
            begrijpen.

            Je werkt met je eigen lesmateriaal en ontwerpt samen met
            collega's uit andere vakken taalsteun voor een lessenreeks.
        """),
        "goals": _items("""
            - herken je taalstruikelblokken in je vak;
            - bied je context, interactie en taalsteun;
            - maak je teksten en opdrachten toegankelijker;
            - evalueer je vakkennis los van taalfouten.
        """),
        "levels": ["eerste-graad"],
        "themes": ["nederlands", "taalbeleid-en-nt2"],
        "roles": ["leraar", "beginnende-leraar"],
        "methods": ["workshop", "teacher-design-team"],
        "trainers": ["Inge Sterckx"],
        "format": "multi_day",
        "duration_days": 3,
        "duration_hours": Decimal("9.0"),
        "fee": Decimal("90.00"),
        "fee_includes": ["material", "refreshments"],
        "what_to_bring": "Lesmateriaal van een lessenreeks uit je vak",
        "contact": BPB_CONTACT,
        "registration_url": BPB + "bpb-t-2705",
        "programme": _programme("""
            1 afternoon | Taal in je vak
            - Schooltaal en vaktaal.
            - Taalstruikelblokken in je lesmateriaal.
            2 afternoon | Interactie en taalsteun
            - Werkvormen die interactie uitlokken.
            - Steigers voor spreken en schrijven.
            3 afternoon | Teksten en toetsen
            - Teksten toegankelijk maken.
            - Toetsvragen zonder onnodige taaldrempels.
        """),
        "editions": [
            {
                "at": 0.33,
                "count": 3,
                "every": 21,
                "venue": "brussel-anderlecht",
                "time": ("13:00", "16:00"),
            },
        ],
        "criteria": _criteria("""
            subject-content | partly | Vaktaal in verschillende vakken.
            pupil-learning | yes | Hoe NT2-leerlingen vakinhoud leren.
            practice | yes | Je werkt met je eigen lesmateriaal.
            differentiation | yes | Taalsteun op maat.
            evidence | yes | Steunt op onderzoek naar taalgericht
                vakonderwijs.
            time | yes | Drie weken tussen de sessies.
            peers | yes | Ontwerpen met collega's uit andere vakken.
            active | yes | Ontwerpwerk.
            between-sessions | yes | Taalsteun uitproberen in je lessen.
            follow-up | partly | Klasobservatie op aanvraag.
        """),
    },
    {
        "provider": "begeleidingspunt-brussel",
        "slug": "kleuters-andere-thuistaal",
        "title": "Kleuters met een andere thuistaal: taalstimulering in de klas",
        "code": "BPB-K-2702",
        "summary": _t("""
            Een studiedag voor kleuterleerkrachten over taalstimulering bij
            meertalige kleuters: interactie in kleine groepjes, voorlezen met
            gebaren en beelden, en samenwerken met ouders.
        """),
        "description": _t("""
            Jonge kinderen leren een tweede taal snel, op voorwaarde dat ze
            veel rijke taal horen en vaak zelf mogen spreken. We bekijken
            filmfragmenten uit Brusselse kleuterklassen en oefenen
            taalstimulerende interactie.
        """),
        "goals": _items("""
            - voer je taalstimulerende interacties in kleine groepjes;
            - lees je interactief voor aan meertalige kleuters;
            - betrek je ouders bij de taalontwikkeling;
            - volg je de taalontwikkeling van kleuters op.
        """),
        "levels": ["kleuteronderwijs"],
        "themes": ["taalontwikkeling-jonge-kinderen", "taalbeleid-en-nt2"],
        "roles": ["leraar"],
        "methods": ["workshop", "klasobservatie"],
        "trainers": ["Veerle Peeters"],
        "format": "study_day",
        "duration_days": 1,
        "duration_hours": Decimal("6.0"),
        "fee": Decimal("60.00"),
        "fee_includes": ["lunch", "material"],
        "contact": BPB_CONTACT,
        "registration_url": BPB + "bpb-k-2702",
        "programme": _programme("""
            1 morning | Hoe kleuters een tweede taal leren
            - Fasen in de tweede-taalverwerving.
            - Filmfragmenten uit kleuterklassen.
            1 afternoon | Taalstimulering
            - Interactief voorlezen.
            - Taal in hoeken en kringgesprekken.
            - Samen met ouders.
        """),
        "editions": [
            {"at": 0.16, "venue": "brussel-schaarbeek"},
            {"at": 0.66, "venue": "brussel-schaarbeek"},
        ],
        "criteria": _criteria("""
            subject-content | partly | Achtergrond over taalverwerving.
            pupil-learning | yes | Hoe kleuters een tweede taal leren.
            practice | yes | Technieken voor je eigen klas.
            differentiation | yes | Interactie in kleine groepjes.
            evidence | yes | Steunt op taalverwervingsonderzoek.
            peers | yes | Uitwisseling met andere kleuterleerkrachten.
            active | yes | Oefenen met filmfragmenten.
            time | no | Eén studiedag.
            follow-up | partly | Klasobservatie op aanvraag.
        """),
    },
    {
        "provider": "begeleidingspunt-brussel",
        "slug": "overgang-lager-secundair",
        "title": "De overstap naar het secundair: studiekeuze en begeleiding",
        "code": "BPB-S-2703",
        "summary": _t("""
            Hoe begeleid je leerlingen en ouders bij de overstap van lager
            naar secundair onderwijs? Een hybride reeks met twee online
            sessies en een ontmoetingsdag in Brussel.
        """),
        "description": _t("""
            De keuze voor een studierichting in het secundair heeft grote
            gevolgen. Toch wordt ze vaak gemaakt op basis van beperkte
            informatie of vooroordelen. Leraren van het zesde leerjaar en
            leerlingbegeleiders van de eerste graad spelen een sleutelrol.

            In twee online avondsessies verken je de structuur van het
            secundair en instrumenten voor keuzebegeleiding. Op de
            ontmoetingsdag werk je samen met collega's van het andere niveau
            aan een gedeelde aanpak.
        """),
        "goals": _items("""
            - leg je de structuur van het secundair helder uit aan ouders;
            - gebruik je instrumenten voor studiekeuzebegeleiding;
            - herken je het effect van verwachtingen en vooroordelen;
            - stem je de begeleiding af tussen lager en secundair.
        """),
        "levels": ["lager-onderwijs", "eerste-graad"],
        "themes": ["studie-en-loopbaanbegeleiding"],
        "roles": ["leraar", "leerlingbegeleider", "zorgcoordinator"],
        "methods": ["e-learning", "workshop"],
        "trainers": ["Jonas Geerts"],
        "format": "hybrid",
        "duration_hours": Decimal("10.0"),
        "fee": Decimal("75.00"),
        "fee_includes": ["material", "lunch"],
        "contact": BPB_CONTACT,
        "registration_url": BPB + "bpb-s-2703",
        "programme": _programme("""
            1 evening | De structuur van het secundair (online)
            - Onderwijsvormen, domeinen en finaliteiten.
            - Vragen van ouders.
            2 evening | Keuzebegeleiding (online)
            - Instrumenten en gesprekken.
            - Verwachtingen en vooroordelen.
            3 full_day | Ontmoetingsdag
            - Lager en secundair aan één tafel.
            - Een gedeelde aanpak voor je regio.
        """),
        "editions": [
            {
                "at": 0.28,
                "count": 3,
                "every": 14,
                "venues": ["online", "online", "brussel-centrum"],
                "times": [("19:00", "21:00"), ("19:00", "21:00"), ("09:00", "16:00")],
            },
        ],
        "criteria": _criteria("""
            pupil-learning | partly | Aandacht voor de keuzeprocessen van
                leerlingen.
            practice | yes | Instrumenten voor je eigen begeleiding.
            evidence | partly | Inzichten uit onderzoek naar studiekeuze.
            time | yes | Twee weken tussen de sessies.
            peers | yes | Ontmoetingsdag met collega's van het andere
                niveau.
            transfer | partly | Suggesties om met je school afspraken te
                maken.
            active | partly | Online vooral inhoud, de ontmoetingsdag is
                actief.
            follow-up | no | Geen opvolging.
        """),
    },
]

# Hogeschool Scheldeland (higher education, Oost-Vlaanderen) ------------------

HS = "https://www.hogeschool-scheldeland.example/nascholing/"
HS_CONTACT = (
    "Jolien Baert",
    "09 243 87 12",
    "jolien.baert@hogeschool-scheldeland.example",
)

COURSES += [
    {
        "provider": "hogeschool-scheldeland",
        "slug": "leren-met-ai-in-de-klas",
        "title": "Leren met AI in de klas: kansen, grenzen en goede opdrachten",
        "code": "HS-NA-27-101",
        "summary": _t("""
            Een online reeks over generatieve AI in het onderwijs. Je leert
            wat taalmodellen wel en niet kunnen, hoe je opdrachten ontwerpt
            die leren stimuleren en hoe je als school afspraken maakt over
            verantwoord gebruik.
        """),
        "description": _t("""
            Leerlingen en studenten gebruiken AI-toepassingen al volop.
            Verbieden werkt niet, maar blind toelaten evenmin. In vier
            online sessies verken je hoe je AI inzet om leren te
            ondersteunen, hoe je opdrachten en evaluatie aanpast, en welke
            afspraken rond privacy en integriteit nodig zijn.

            Tussen de sessies probeer je een opdracht uit en deel je je
            ervaringen op het leerplatform.
        """),
        "goals": _items("""
            - leg je uit hoe generatieve AI werkt en waar de grenzen
              liggen;
            - ontwerp je opdrachten waarin AI het leren ondersteunt;
            - pas je je evaluatie aan aan een wereld met AI;
            - stel je een voorstel van schoolafspraken op.
        """),
        "levels": ["secundair-onderwijs", "hoger-onderwijs", "volwassenenonderwijs"],
        "themes": ["digitale-didactiek", "evaluatie-en-feedback"],
        "roles": ["leraar", "ict-coordinator", "beleidsmedewerker"],
        "methods": ["e-learning", "praktijkopdracht"],
        "trainers": ["Dries Coppens"],
        "format": "online",
        "duration_hours": Decimal("10.0"),
        "fee": Decimal("120.00"),
        "fee_includes": ["material", "certificate"],
        "what_to_bring": "Laptop met webcam",
        "contact": HS_CONTACT,
        "registration_url": HS + "hs-na-27-101",
        "programme": _programme("""
            1 evening | Hoe werkt generatieve AI?
            - Taalmodellen zonder technisch jargon.
            - Sterktes, zwaktes en vooroordelen.
            2 evening | Opdrachten ontwerpen
            - AI als sparringpartner, niet als ghostwriter.
            - Voorbeelden uit verschillende vakken.
            3 evening | Evalueren
            - Wat wil je nog meten, en hoe?
            - Mondelinge en procesgerichte evaluatie.
            4 evening | Schoolafspraken
            - Privacy, integriteit en gelijke kansen.
            - Een voorstel voor je school.
        """),
        "editions": [
            {
                "at": 0.03,
                "count": 4,
                "every": 14,
                "weekday": 1,
                "venue": "online",
                "time": ("19:00", "21:30"),
            },
            {
                "at": 0.58,
                "count": 4,
                "every": 14,
                "weekday": 1,
                "venue": "online",
                "time": ("19:00", "21:30"),
            },
        ],
        "criteria": _criteria("""
            subject-content | partly | Technische achtergrond over AI, geen
                vakinhoud.
            pupil-learning | partly | Hoe AI het leren kan ondersteunen of
                ondermijnen.
            practice | yes | Je ontwerpt opdrachten voor je eigen lessen.
            evidence | partly | Het onderzoek is nog jong; we tonen wat er
                is.
            experiment | yes | Uitproberen staat centraal.
            time | yes | Twee weken tussen de sessies.
            peers | partly | Uitwisseling op het leerplatform.
            transfer | yes | Voorstel van schoolafspraken.
            active | yes | Opdrachten tussen en tijdens de sessies.
            between-sessions | yes | Een opdracht uitproberen.
            follow-up | yes | Een jaar toegang tot het leerplatform.
        """),
    },
    {
        "provider": "hogeschool-scheldeland",
        "slug": "mentorschap-startende-collegas",
        "title": "Traject mentorschap: startende collega's coachen",
        "code": "HS-NA-27-115",
        "summary": _t("""
            Een opleidingstraject voor mentoren in basis- en secundair
            onderwijs. Je leert coachende gesprekken voeren, lessen
            observeren met een gerichte kijkwijzer en een begeleidingsplan op
            maat van een starter opstellen.
        """),
        "description": _t("""
            Een goede mentor maakt het verschil voor een startende leraar. In
            vijf sessies bouw je je mentorvaardigheden op: het eerste
            gesprek, doelen stellen, klasobservatie, feedback geven en
            omgaan met moeilijke begeleidingssituaties.

            Je begeleidt tijdens het traject een starter op je school en
            bespreekt die ervaringen in intervisiegroepjes. Wie alle sessies
            volgt, ontvangt een attest van de hogeschool.
        """),
        "goals": _items("""
            - voer je coachende gesprekken met startende collega's;
            - observeer je lessen met een gerichte kijkwijzer;
            - geef je ontwikkelingsgerichte feedback;
            - stel je een begeleidingsplan op voor een starter;
            - reflecteer je op je eigen rol als mentor.
        """),
        "levels": ["basisonderwijs", "secundair-onderwijs"],
        "themes": ["personeelsbeleid", "professionaliseringsbeleid"],
        "roles": ["mentor", "coordinator"],
        "methods": ["coaching", "klasobservatie", "intervisie"],
        "trainers": ["Marijke Aerts"],
        "format": "programme",
        "duration_days": 5,
        "duration_hours": Decimal("20.0"),
        "fee": Decimal("395.00"),
        "fee_includes": ["material", "lunch", "certificate"],
        "contact": HS_CONTACT,
        "registration_url": HS + "hs-na-27-115",
        "programme": _programme("""
            1 full_day | De rol van de mentor
            - Wat hebben starters nodig?
            - Het eerste gesprek.
            2 full_day | Coachende gesprekken
            - Gespreksmodellen en vraagtechnieken.
            - Oefenen met acteurs.
            3 full_day | Observeren
            - Een kijkwijzer voor klasobservatie.
            - Observeren aan de hand van video.
            4 full_day | Feedback geven
            - Ontwikkelingsgerichte feedback.
            - Intervisie over je eigen starter.
            5 full_day | Moeilijke situaties
            - Als het niet goed loopt.
            - Je begeleidingsplan voorstellen.
        """),
        "editions": [
            {"at": 0.12, "count": 5, "every": 28, "venue": "scheldeland-gent"},
        ],
        "criteria": _criteria("""
            practice | yes | Je begeleidt tijdens het traject een starter.
            evidence | yes | Steunt op onderzoek naar mentoring.
            experiment | yes | Je ontwikkelt je eigen mentorstijl.
            time | yes | Vijf sessies over een half jaar.
            peers | yes | Intervisie in vaste groepjes.
            embedded | yes | De begeleiding van een starter op je school is
                deel van het traject.
            transfer | partly | Je deelt je aanpak met je directie.
            active | yes | Oefenen met acteurs en video.
            between-sessions | yes | Gesprekken en observaties met je starter.
            follow-up | yes | Aansluiten bij het netwerk van oud-deelnemers.
        """),
    },
    {
        "provider": "hogeschool-scheldeland",
        "slug": "computationeel-denken-tweede-graad",
        "title": "Computationeel denken en programmeren in de tweede graad",
        "code": "HS-NA-27-122",
        "summary": _t("""
            Drie praktijkdagen voor leraren die informatica of STEM geven in
            de tweede graad. Je verdiept je in algoritmisch denken,
            programmeert zelf in Python en ontwerpt lessen die alle
            leerlingen meekrijgen.
        """),
        "description": _t("""
            De eindtermen digitale competenties vragen dat leerlingen
            problemen kunnen opdelen, patronen herkennen en algoritmes
            ontwerpen. Veel leraren die dit moeten geven, hebben zelf geen
            informaticaopleiding gevolgd.

            Je leert de basisbegrippen van programmeren in Python, maakt
            kennis met didactische aanpakken zoals PRIMM en werkt aan een
            lessenreeks voor je eigen klas.
        """),
        "goals": _items("""
            - leg je de kernbegrippen van computationeel denken uit;
            - programmeer je eenvoudige toepassingen in Python;
            - gebruik je PRIMM en pair programming in je lessen;
            - differentieer je programmeeropdrachten.
        """),
        "levels": ["tweede-graad"],
        "themes": ["informatica", "techniek-en-technologie"],
        "roles": ["leraar", "ict-coordinator"],
        "methods": ["workshop", "praktijkopdracht"],
        "trainers": ["Stijn Hermans"],
        "format": "multi_day",
        "duration_days": 3,
        "duration_hours": Decimal("18.0"),
        "fee": Decimal("285.00"),
        "fee_includes": ["material", "lunch", "certificate"],
        "what_to_bring": "Laptop waarop je software mag installeren",
        "contact": HS_CONTACT,
        "registration_url": HS + "hs-na-27-122",
        "programme": _programme("""
            1 full_day | Denken als een informaticus
            - Decompositie, patronen, abstractie en algoritmes.
            - Eerste stappen in Python.
            2 full_day | Programmeren didactisch bekeken
            - PRIMM: voorspellen, uitvoeren, onderzoeken, aanpassen,
              maken.
            - Pair programming en foutmeldingen als leerkans.
            3 full_day | Een lessenreeks
            - Differentiëren in programmeeropdrachten.
            - Evalueren van programmeervaardigheden.
            - Lessenreeks uitwerken.
        """),
        "editions": [
            {"at": 0.35, "count": 3, "every": 14, "venue": "scheldeland-aalst"},
            {"at": 0.78, "count": 3, "every": 14, "venue": "scheldeland-aalst"},
        ],
        "criteria": _criteria("""
            subject-content | yes | Je leert zelf programmeren.
            pupil-learning | yes | Typische moeilijkheden van beginnende
                programmeurs.
            practice | yes | Een lessenreeks voor je eigen klas.
            differentiation | yes | Opdrachten op verschillende niveaus.
            evidence | yes | Steunt op onderzoek naar
                programmeerdidactiek.
            time | partly | Twee weken tussen de dagen.
            peers | yes | Pair programming met collega's.
            active | yes | Veel zelf programmeren.
            between-sessions | partly | Optionele oefeningen.
            follow-up | partly | Toegang tot het leerplatform.
        """),
    },
    {
        "provider": "hogeschool-scheldeland",
        "slug": "lesson-study-op-school",
        "title": "Lesson study op je school: samen lessen ontwerpen en onderzoeken",
        "code": "HS-NA-27-130",
        "summary": _t("""
            Een begeleid traject waarin een groepje leraren van je school
            samen een les ontwerpt, geeft, observeert en bijstuurt. De
            begeleider van de hogeschool komt naar je school en ondersteunt
            de eerste cyclus.
        """),
        "description": _t("""
            Lesson study komt uit Japan en is een krachtige manier om als
            team van lessen te leren. Een groepje van drie tot vijf leraren
            kiest een onderzoeksvraag over het leren van leerlingen,
            ontwerpt samen een les en observeert hoe leerlingen die les
            beleven.

            Het traject omvat een startsessie, begeleiding bij de
            lesvoorbereiding, de onderzoeksles met nabespreking en een
            evaluatie. De prijs hangt af van het aantal groepen en
            verplaatsingen; vraag een offerte aan. De infosessie hieronder is
            gratis en online.
        """),
        "goals": _items("""
            - formuleer je samen een onderzoeksvraag over het leren van
              leerlingen;
            - ontwerp je een les met collega's;
            - observeer je leerlingen gericht tijdens een onderzoeksles;
            - verbeter je de les op basis van wat je zag;
            - zet je zelf een nieuwe cyclus op.
        """),
        "levels": ["basisonderwijs", "secundair-onderwijs"],
        "themes": ["professionaliseringsbeleid", "activerende-werkvormen"],
        "roles": ["leraar", "coordinator", "procescoach"],
        "methods": ["lesson-study", "klasobservatie", "leergemeenschap"],
        "trainers": ["Marijke Aerts"],
        "format": "school_coaching",
        "fee": None,
        "fee_note": "Prijs op aanvraag, afhankelijk van het aantal groepen.",
        "contact": HS_CONTACT,
        "registration_url": HS + "hs-na-27-130",
        "programme": _programme("""
            1 full_day | Een lesson study-cyclus
            - Startsessie: onderzoeksvraag kiezen.
            - Begeleiding bij het ontwerpen van de les.
            - Onderzoeksles met observatie en nabespreking.
            - Evaluatie en planning van een volgende cyclus.
        """),
        "editions": [
            {"at": 0.05, "venue": "online", "time": ("16:00", "17:00")},
            {"at": 0.47, "venue": "online", "time": ("16:00", "17:00")},
        ],
        "criteria": _criteria("""
            subject-content | yes | De les gaat over de vakinhoud die jullie
                kiezen.
            pupil-learning | yes | Het leren van leerlingen staat centraal.
            practice | yes | Volledig in je eigen klaspraktijk.
            differentiation | partly | Afhankelijk van de onderzoeksvraag.
            evidence | yes | Lesson study is goed onderzocht.
            experiment | yes | Jullie onderzoeken zelf.
            time | yes | Een cyclus duurt enkele maanden.
            peers | yes | Samen ontwerpen en observeren.
            embedded | yes | Alles gebeurt op school.
            transfer | yes | Het team leert een aanpak die het zelf
                verderzet.
            active | yes | Ontwerpen, observeren en reflecteren.
            between-sessions | yes | Voorbereiding in het groepje.
            follow-up | partly | Een tweede cyclus kan begeleid worden.
        """),
    },
]

# Hogeschool Dijleland (higher education, Vlaams-Brabant) ---------------------

HD = "https://www.hogeschool-dijleland.example/nascholing/"
HD_CONTACT = (
    "Bert Vanhoof",
    "016 37 72 14",
    "bert.vanhoof@hogeschool-dijleland.example",
)

COURSES += [
    {
        "provider": "hogeschool-dijleland",
        "slug": "se-n-se-werkplekleren",
        "title": "Lesgeven in Se-n-Se: werkplekleren samen met bedrijven",
        "code": "HD-2728-SE1",
        "summary": _t("""
            Een tweedaagse voor leraren en coördinatoren van
            Se-n-Se-opleidingen. Je leert een opleiding opbouwen waarin
            school en bedrijf samen verantwoordelijk zijn voor het leren van
            de jongere.
        """),
        "description": _t("""
            Se-n-Se-opleidingen bereiden jongeren voor op een specifiek
            beroep. Een groot deel van het leren gebeurt op de werkplek. Je
            leert hoe je leerdoelen vertaalt naar werkplekopdrachten, hoe je
            mentoren in het bedrijf begeleidt en hoe je samen evalueert.

            Op dag twee bezoeken we een bedrijf dat al jaren
            Se-n-Se-leerlingen opleidt.
        """),
        "goals": _items("""
            - vertaal je leerdoelen naar opdrachten op de werkplek;
            - maak je heldere afspraken met bedrijven;
            - begeleid je mentoren in hun rol;
            - evalueer je competenties samen met het bedrijf.
        """),
        "levels": ["se-n-se"],
        "themes": ["werkplekleren", "duaal-leren"],
        "roles": ["leraar", "coordinator"],
        "methods": ["workshop", "praktijkopdracht"],
        "trainers": ["Lien Wouters"],
        "format": "multi_day",
        "duration_days": 2,
        "duration_hours": Decimal("12.0"),
        "fee": Decimal("220.00"),
        "fee_includes": ["material", "lunch"],
        "contact": HD_CONTACT,
        "registration_url": HD + "hd-2728-se1",
        "programme": _programme("""
            1 full_day | Leren op de werkplek ontwerpen
            - Van leerdoel naar werkplekopdracht.
            - Afspraken en rollen.
            2 full_day | Bedrijfsbezoek en evaluatie
            - Bezoek aan een opleidingsbedrijf.
            - Samen evalueren met de mentor.
        """),
        "editions": [
            {"at": 0.38, "count": 2, "every": 14, "venue": "dijleland-leuven"},
        ],
        "criteria": _criteria("""
            subject-content | partly | Over beroepsopleiding, niet over een
                specifiek vak.
            pupil-learning | yes | Hoe jongeren op de werkplek leren.
            practice | yes | Opdrachten voor je eigen opleiding.
            evidence | partly | Inzichten uit onderzoek naar werkplekleren.
            embedded | yes | Bedrijfsbezoek.
            peers | yes | Uitwisseling tussen opleidingen.
            time | partly | Twee weken tussen de dagen.
            active | yes | Ontwerpwerk.
            follow-up | no | Geen opvolging.
        """),
    },
    {
        "provider": "hogeschool-dijleland",
        "slug": "clil-vakinhoud-in-het-engels",
        "title": "CLIL in de praktijk: vakinhoud onderwijzen in het Engels",
        "code": "HD-2728-CL2",
        "language": "en",
        "summary": _t("""
            Een reeks voor vakleraren die (willen) lesgeven in het Engels
            binnen een CLIL-project. De sessies zelf gaan door in het Engels,
            zodat je ook aan je eigen taalvaardigheid werkt.
        """),
        "description": _t("""
            Content and Language Integrated Learning vraagt meer dan een
            les vertalen. Je leert hoe je vakinhoud en taal samen
            onderwijst: taalsteun bieden, interactie uitlokken en
            evalueren zonder dat taal de vakkennis verbergt.

            De sessies gaan door in het Engels, op een niveau dat
            aansluit bij de CLIL-vereisten. Een goede basiskennis Engels
            (ERK-niveau B2) wordt verwacht.
        """),
        "goals": _items("""
            - plan je lessen met vak- en taaldoelen;
            - bied je taalsteun in het Engels aan;
            - lok je interactie uit in de doeltaal;
            - evalueer je vakkennis in een CLIL-context;
            - versterk je je eigen klastaal in het Engels.
        """),
        "levels": ["tweede-graad", "derde-graad"],
        "themes": ["moderne-vreemde-talen", "activerende-werkvormen"],
        "roles": ["leraar", "coordinator"],
        "methods": ["workshop", "praktijkopdracht", "intervisie"],
        "trainers": ["Robert Whitfield"],
        "format": "multi_day",
        "duration_days": 3,
        "duration_hours": Decimal("15.0"),
        "fee": Decimal("260.00"),
        "fee_includes": ["material", "lunch"],
        "contact": HD_CONTACT,
        "registration_url": HD + "hd-2728-cl2",
        "programme": _programme("""
            1 full_day | Wat is CLIL?
            - Vak- en taaldoelen combineren.
            - Klastaal in het Engels.
            2 full_day | Taalsteun en interactie
            - Scaffolding in de praktijk.
            - Bespreking van een uitgeprobeerde les.
            3 full_day | Evalueren in CLIL
            - Vakkennis toetsen in een vreemde taal.
            - Lessen delen in intervisie.
        """),
        "editions": [
            {"at": 0.2, "count": 3, "every": 28, "venue": "dijleland-diest"},
        ],
        "criteria": _criteria("""
            subject-content | partly | Vakinhoud uit de vakken van de
                deelnemers.
            pupil-learning | yes | Hoe leerlingen leren in een vreemde taal.
            practice | yes | Lessen voor je eigen klas.
            differentiation | yes | Taalsteun op verschillende niveaus.
            evidence | yes | Steunt op CLIL-onderzoek.
            experiment | yes | Je probeert lessen uit en bespreekt ze.
            time | yes | Vier weken tussen de dagen.
            peers | yes | Intervisie met collega's.
            active | yes | Oefenen in het Engels.
            between-sessions | yes | Een les uitproberen.
            follow-up | no | Geen opvolging.
        """),
    },
    {
        "provider": "hogeschool-dijleland",
        "slug": "practica-derde-graad-wetenschappen",
        "title": "Wetenschappen in de derde graad: practica die denken uitlokken",
        "code": "HD-2728-WE3",
        "summary": _t("""
            Van kookboekpracticum naar echt onderzoek. In drie labodagen
            herwerk je klassieke practica chemie, fysica en biologie tot
            opdrachten waarin leerlingen zelf hypotheses opstellen en
            onderzoek ontwerpen.
        """),
        "description": _t("""
            Veel practica laten leerlingen stappen volgen zonder na te
            denken over het waarom. Met kleine aanpassingen worden het
            onderzoeksopdrachten waarin leerlingen zelf variabelen kiezen,
            meten en verklaren.

            Je werkt in het labo van de hogeschool aan practica uit je eigen
            leerplan en krijgt inhoudelijke verdieping bij de
            onderliggende concepten.
        """),
        "goals": _items("""
            - herwerk je een stappenpracticum tot een onderzoeksopdracht;
            - begeleid je leerlingen bij het opstellen van een hypothese;
            - laat je leerlingen meetresultaten kritisch interpreteren;
            - evalueer je onderzoeksvaardigheden met een rubric.
        """),
        "levels": ["derde-graad"],
        "themes": ["wetenschappen"],
        "roles": ["leraar"],
        "methods": ["workshop", "praktijkopdracht", "teacher-design-team"],
        "trainers": ["Hanne Goossens"],
        "format": "multi_day",
        "duration_days": 3,
        "duration_hours": Decimal("18.0"),
        "fee": Decimal("240.00"),
        "fee_includes": ["material", "lunch"],
        "what_to_bring": "Labojas en veiligheidsbril",
        "contact": HD_CONTACT,
        "registration_url": HD + "hd-2728-we3",
        "programme": _programme("""
            1 full_day | Van recept naar onderzoek
            - Niveaus van onderzoekend leren.
            - Een chemiepracticum herwerken.
            2 full_day | Meten en interpreteren
            - Meetfouten en onzekerheid.
            - Fysica- en biologiepractica.
            3 full_day | Evalueren
            - Rubrics voor onderzoeksvaardigheden.
            - Bespreking van de uitgeprobeerde practica.
        """),
        "editions": [
            {"at": 0.42, "count": 3, "every": 21, "venue": "dijleland-leuven"},
        ],
        "criteria": _criteria("""
            subject-content | yes | Inhoudelijke verdieping chemie, fysica en
                biologie.
            pupil-learning | yes | Hoe leerlingen onderzoeksvaardigheden
                ontwikkelen.
            practice | yes | Practica uit je eigen leerplan.
            differentiation | partly | Varianten met meer of minder
                sturing.
            evidence | yes | Steunt op onderzoek naar practicumonderwijs.
            experiment | yes | Je ontwerpt zelf.
            time | yes | Drie weken tussen de dagen.
            peers | yes | Ontwerpen in vakgroepjes.
            active | yes | Volledig in het labo.
            between-sessions | yes | Een practicum uitproberen.
            follow-up | partly | Materiaal digitaal beschikbaar.
        """),
    },
    {
        "provider": "hogeschool-dijleland",
        "slug": "groepsles-instrument-dko",
        "title": (
            "Samen musiceren: instrumentles in groep in het deeltijds kunstonderwijs"
        ),
        "code": "HD-2728-DK1",
        "summary": _t("""
            Steeds meer academies geven instrumentles in kleine groepen. In
            deze tweedaagse leer je hoe je een groepsles opbouwt waarin elke
            leerling vooruitgaat en samenspel vanaf de eerste les centraal
            staat.
        """),
        "description": _t("""
            Groepsles vraagt een andere didactiek dan individuele les. Hoe
            houd je iedereen bezig? Hoe ga je om met niveauverschillen? Hoe
            evalueer je in groep?

            Je werkt met je eigen instrument, speelt samen met collega's en
            ontwerpt lessen voor je eigen leerlingen.
        """),
        "goals": _items("""
            - bouw je een groepsles op met afwisseling en samenspel;
            - differentieer je binnen een groep;
            - gebruik je arrangementen op verschillende niveaus;
            - evalueer je leerlingen in een groepsles.
        """),
        "levels": ["deeltijds-kunstonderwijs"],
        "themes": ["muziek", "differentiatie"],
        "roles": ["leraar", "directeur"],
        "methods": ["workshop", "intervisie"],
        "trainers": ["Geert Van Hove"],
        "format": "multi_day",
        "duration_days": 2,
        "duration_hours": Decimal("12.0"),
        "fee": Decimal("160.00"),
        "fee_includes": ["material", "lunch"],
        "what_to_bring": "Je eigen instrument (piano's aanwezig)",
        "contact": HD_CONTACT,
        "registration_url": HD + "hd-2728-dk1",
        "programme": _programme("""
            1 full_day | De groepsles opbouwen
            - Structuur van een groepsles.
            - Samenspel vanaf de eerste les.
            2 full_day | Differentiëren en evalueren
            - Arrangementen op niveau.
            - Evalueren in groep.
        """),
        "editions": [
            {
                "at": 0.1,
                "count": 2,
                "every": 14,
                "weekday": 0,
                "venue": "dijleland-muziek",
            },
        ],
        "criteria": _criteria("""
            subject-content | yes | Muzikale en instrumentdidactische
                verdieping.
            pupil-learning | yes | Hoe leerlingen in groep een instrument
                leren.
            practice | yes | Lessen voor je eigen leerlingen.
            differentiation | yes | Differentiatie binnen de groep.
            peers | yes | Samen musiceren en bespreken.
            active | yes | Je speelt zelf.
            time | partly | Twee weken tussen de dagen.
            follow-up | no | Geen opvolging.
        """),
    },
]

# CVO Kempenland (adult education, Antwerpen) ---------------------------------

CVO = "https://www.cvo-kempenland.example/professionalisering/"
CVO_CONTACT = (
    "Greet Van Gorp",
    "014 41 22 85",
    "greet.vangorp@cvo-kempenland.example",
)

COURSES += [
    {
        "provider": "cvo-kempenland",
        "slug": "nt2-laaggeletterde-volwassenen",
        "title": "NT2-didactiek: lesgeven aan laaggeletterde volwassenen",
        "code": "KL-PRO-271",
        "summary": _t("""
            Een driedaagse voor leraren NT2 die lesgeven aan cursisten die
            weinig of niet naar school gingen. Je leert hoe je mondelinge
            taal, geletterdheid en zelfredzaamheid tegelijk opbouwt.
        """),
        "description": _t("""
            Laaggeletterde cursisten leren tegelijk een nieuwe taal en een
            nieuw schrift, vaak naast werk, gezin en administratie. Dat
            vraagt een traag tempo, veel herhaling en materiaal dat aansluit
            bij hun leven.

            Je maakt kennis met de alfabetiseringsdidactiek, werkt met
            authentiek materiaal en bespreekt ervaringen uit je eigen
            groep.
        """),
        "goals": _items("""
            - herken je de noden van laaggeletterde cursisten;
            - bouw je geletterdheid stap voor stap op;
            - gebruik je authentiek materiaal uit het dagelijks leven;
            - evalueer je vooruitgang op een haalbare manier.
        """),
        "levels": ["volwassenenonderwijs"],
        "themes": ["taalbeleid-en-nt2", "differentiatie"],
        "roles": ["leraar", "beginnende-leraar"],
        "methods": ["workshop", "intervisie", "praktijkopdracht"],
        "trainers": ["Ann Verlinden"],
        "format": "multi_day",
        "duration_days": 3,
        "duration_hours": Decimal("15.0"),
        "fee": Decimal("150.00"),
        "fee_includes": ["material", "lunch"],
        "contact": CVO_CONTACT,
        "registration_url": CVO + "kl-pro-271",
        "programme": _programme("""
            1 full_day | Wie zijn je cursisten?
            - Laaggeletterdheid en leren.
            - Mondelinge taal als basis.
            2 full_day | Geletterdheid opbouwen
            - Lees- en schrijfdidactiek voor volwassenen.
            - Authentiek materiaal.
            3 full_day | Evalueren en intervisie
            - Vooruitgang zichtbaar maken.
            - Intervisie over je eigen groep.
        """),
        "editions": [
            {
                "at": 0.13,
                "count": 3,
                "every": 21,
                "weekday": 4,
                "venue": "cvo-turnhout",
            },
        ],
        "criteria": _criteria("""
            subject-content | yes | Taalkundige achtergrond en
                alfabetiseringsdidactiek.
            pupil-learning | yes | Hoe laaggeletterde volwassenen leren.
            practice | yes | Materiaal voor je eigen groep.
            differentiation | yes | Groepen zijn heel divers.
            evidence | partly | Steunt op praktijkonderzoek.
            time | yes | Drie weken tussen de dagen.
            peers | yes | Intervisie.
            active | yes | Ontwerpen en uitproberen.
            between-sessions | yes | Een activiteit uitproberen.
            follow-up | partly | Materialenbank en forum.
        """),
    },
    {
        "provider": "cvo-kempenland",
        "slug": "online-lesgeven-aan-volwassenen",
        "title": "Online lesgeven aan volwassenen: afstandsonderwijs dat werkt",
        "code": "KL-PRO-274",
        "summary": _t("""
            Drie online avonden over afstandsonderwijs voor volwassenen: een
            goede mix van live en zelfstandig leren, interactie in een
            videoles en cursisten betrokken houden.
        """),
        "description": _t("""
            Veel cursisten kiezen voor afstandsonderwijs omdat het
            combineerbaar is met werk en gezin. Maar uitval ligt op de loer.
            Je leert hoe je een online cursus opbouwt die structuur biedt,
            interactie mogelijk maakt en cursisten opvolgt.

            De sessies zijn zelf een voorbeeld van goed online onderwijs.
        """),
        "goals": _items("""
            - ontwerp je een evenwichtige mix van live en zelfstandig
              leren;
            - gebruik je interactieve werkvormen in een videoles;
            - volg je cursisten op om uitval te voorkomen;
            - richt je een leerplatform overzichtelijk in.
        """),
        "levels": ["volwassenenonderwijs", "hoger-onderwijs"],
        "themes": ["digitale-didactiek", "activerende-werkvormen"],
        "roles": ["leraar", "ict-coordinator"],
        "methods": ["e-learning"],
        "trainers": ["Tim Meeusen"],
        "format": "online",
        "duration_hours": Decimal("7.5"),
        "fee": Decimal("0.00"),
        "fee_note": "Gratis dankzij een projectsubsidie.",
        "contact": CVO_CONTACT,
        "registration_url": CVO + "kl-pro-274",
        "programme": _programme("""
            1 evening | De online cursus ontwerpen
            - Live en zelfstandig leren combineren.
            2 evening | Interactie
            - Werkvormen voor videolessen.
            3 evening | Cursisten opvolgen
            - Signalen van uitval en hoe je reageert.
        """),
        "editions": [
            {
                "at": 0.08,
                "count": 3,
                "every": 7,
                "weekday": 3,
                "venue": "online",
                "time": ("19:00", "21:30"),
            },
            {
                "at": 0.62,
                "count": 3,
                "every": 7,
                "weekday": 3,
                "venue": "online",
                "time": ("19:00", "21:30"),
            },
        ],
        "criteria": _criteria("""
            pupil-learning | yes | Hoe volwassenen online leren.
            practice | yes | Je werkt aan je eigen cursus.
            evidence | partly | Inzichten uit onderzoek naar
                afstandsonderwijs.
            experiment | yes | Je probeert werkvormen uit.
            peers | partly | Uitwisseling in breakoutrooms.
            active | yes | Veel interactie.
            time | partly | Een week tussen de sessies.
            between-sessions | yes | Een kleine opdracht voor je eigen
                cursus.
            follow-up | yes | Forum en materialenbank.
        """),
    },
    {
        "provider": "cvo-kempenland",
        "slug": "werkplekleren-zorgopleidingen",
        "title": "Stages en werkplekleren in zorgopleidingen voor volwassenen",
        "code": "KL-PRO-279",
        "summary": _t("""
            Een traject voor stagebegeleiders in opleidingen zorgkundige en
            kinderbegeleider. Je leert stages beter voorbereiden, begeleiden
            en evalueren samen met de werkplek.
        """),
        "description": _t("""
            Volwassen cursisten in zorgopleidingen combineren stage vaak met
            een job en een gezin. Een goede stagebegeleiding houdt daar
            rekening mee en zorgt dat de werkplek een echte leerplek is.

            In drie sessies werk je aan stageopdrachten, feedback en een
            gedeelde evaluatie met mentoren uit zorgvoorzieningen en
            kinderopvang.
        """),
        "goals": _items("""
            - bereid je stages voor met duidelijke leerdoelen;
            - ondersteun je mentoren op de werkplek;
            - geef je feedback tijdens stagebezoeken;
            - evalueer je samen met de werkplek.
        """),
        "levels": ["volwassenenonderwijs"],
        "themes": ["werkplekleren", "evaluatie-en-feedback"],
        "roles": ["leraar", "coordinator"],
        "methods": ["casusbespreking", "praktijkopdracht"],
        "trainers": ["Kathleen Wouters"],
        "format": "programme",
        "duration_days": 3,
        "duration_hours": Decimal("9.0"),
        "fee": Decimal("90.00"),
        "fee_includes": ["refreshments"],
        "contact": CVO_CONTACT,
        "registration_url": CVO + "kl-pro-279",
        "programme": _programme("""
            1 afternoon | Stages voorbereiden
            - Leerdoelen en stageopdrachten.
            2 afternoon | Begeleiden
            - Stagebezoek en feedback.
            - Casussen uit de praktijk.
            3 afternoon | Evalueren
            - Samen met de mentor evalueren.
        """),
        "editions": [
            {
                "at": 0.45,
                "count": 3,
                "every": 21,
                "venue": "cvo-geel",
                "time": ("13:00", "16:00"),
            },
        ],
        "criteria": _criteria("""
            pupil-learning | yes | Hoe volwassenen leren op de werkplek.
            practice | yes | Je werkt met je eigen stages.
            evidence | partly | Steunt op onderzoek naar werkplekleren.
            time | yes | Drie weken tussen de sessies.
            peers | yes | Casusbespreking.
            embedded | partly | Opdrachten tijdens je eigen stagebezoeken.
            active | yes | Casussen.
            between-sessions | yes | Een stagebezoek voorbereiden.
            follow-up | no | Geen opvolging.
        """),
    },
]

# Provincie Vlaams-Brabant (government, Vlaams-Brabant) -----------------------

PVC = "https://www.vlaamsbrabant-voorbeeld.example/onderwijs/vormingen/"
PVC_CONTACT = (
    "Dirk Wouters",
    "016 26 70 15",
    "dirk.wouters@vlaamsbrabant-voorbeeld.example",
)

COURSES += [
    {
        "provider": "provincie-vlaams-brabant-pvc",
        "slug": "mediawijsheid-en-cyberpesten",
        "title": "Veilig online: mediawijsheid en cyberpesten aanpakken",
        "code": "PVC-27-01",
        "summary": _t("""
            Een gratis avondlezing over wat jongeren online beleven, hoe
            cyberpesten en sexting werken en wat je als school kunt doen om
            te voorkomen en gepast te reageren.
        """),
        "description": _t("""
            Sociale media zijn een vast deel van het leven van kinderen en
            jongeren. Een mediacoach schetst de trends, toont concrete
            voorbeelden en geeft handvatten voor preventie en een
            stappenplan bij incidenten. Na de lezing is er tijd voor vragen.
        """),
        "goals": _items("""
            - ken je de belangrijkste online trends bij jongeren;
            - herken je signalen van cyberpesten;
            - ken je een stappenplan bij online incidenten;
            - weet je welke regionale partners je kunnen helpen.
        """),
        "levels": ["basisonderwijs", "secundair-onderwijs", "buitengewoon-onderwijs"],
        "themes": ["welbevinden-en-gedrag", "beeld-en-media"],
        "roles": ["leraar", "leerlingbegeleider", "directeur", "ict-coordinator"],
        "methods": ["lezing"],
        "trainers": ["Katrien Michiels"],
        "format": "lecture",
        "duration_hours": Decimal("2.5"),
        "fee": Decimal("0.00"),
        "fee_includes": ["refreshments"],
        "contact": PVC_CONTACT,
        "registration_url": PVC + "pvc-27-01",
        "programme": _programme("""
            1 evening | Lezing en vragen
            - Online trends bij kinderen en jongeren.
            - Cyberpesten, sexting en online grensoverschrijdend gedrag.
            - Preventie en een stappenplan voor de school.
        """),
        "editions": [
            {"at": 0.11, "venue": "pnc-vilvoorde", "time": ("19:30", "22:00")},
            {"at": 0.36, "venue": "pnc-leuven", "time": ("19:30", "22:00")},
            {"at": 0.72, "venue": "pnc-vilvoorde", "time": ("19:30", "22:00")},
        ],
        "criteria": _criteria("""
            pupil-learning | partly | Wat jongeren online beleven.
            practice | partly | Een stappenplan voor de school.
            evidence | yes | Gebaseerd op recent onderzoek bij jongeren.
            peers | no | Een lezing met vragen.
            active | no | Vooral luisteren.
            transfer | yes | Een stappenplan om met je school uit te
                werken.
            subject-content | partly | Achtergrond over sociale media.
            time | no | Eén avond.
            follow-up | partly | Overzicht van regionale partners.
        """),
    },
    {
        "provider": "provincie-vlaams-brabant-pvc",
        "slug": "regelgeving-voor-nieuwe-directeurs",
        "title": (
            "Schooladministratie en regelgeving: wat elke nieuwe directeur moet weten"
        ),
        "code": "PVC-27-04",
        "summary": _t("""
            Drie dagen over de regelgeving waar een directeur dagelijks mee
            te maken heeft: personeel, leerlingen, inschrijvingen,
            werkingsmiddelen en overleg. Met veel praktijkvoorbeelden en tijd
            voor je eigen vragen.
        """),
        "description": _t("""
            Een nieuwe directeur krijgt een stortvloed aan regels over zich
            heen. Deze driedaagse geeft een overzicht van de belangrijkste
            regelgeving en leert je waar je de juiste informatie vindt.

            Elke dag combineert uitleg met casussen. Je krijgt een
            naslagmap en een overzicht van nuttige bronnen.
        """),
        "goals": _items("""
            - ken je de hoofdlijnen van de regelgeving rond personeel;
            - pas je de regels rond inschrijvingen en leerlingen toe;
            - beheer je werkingsmiddelen en omkadering;
            - vind je snel de juiste bron bij een vraag.
        """),
        "levels": ["basisonderwijs", "secundair-onderwijs"],
        "themes": ["schooladministratie-en-wetgeving", "personeelsbeleid"],
        "roles": ["directeur", "beleidsmedewerker"],
        "methods": ["lezing", "casusbespreking"],
        "trainers": ["Frank Dewitte"],
        "format": "multi_day",
        "duration_days": 3,
        "duration_hours": Decimal("18.0"),
        "fee": Decimal("75.00"),
        "fee_includes": ["material", "lunch"],
        "contact": PVC_CONTACT,
        "registration_url": PVC + "pvc-27-04",
        "programme": _programme("""
            1 full_day | Personeel
            - Aanstellingen, vaste benoeming en evaluatie.
            - Verloven en afwezigheden.
            2 full_day | Leerlingen
            - Inschrijvingen en leerplicht.
            - Orde- en tuchtmaatregelen.
            3 full_day | Middelen en overleg
            - Werkingsmiddelen en omkadering.
            - Lokaal comité en participatie.
        """),
        "editions": [
            {"at": 0.6, "count": 3, "every": 7, "venue": "pnc-leuven"},
        ],
        "criteria": _criteria("""
            subject-content | yes | Inhoudelijke kennis van regelgeving.
            practice | yes | Casussen uit het leven van een directeur.
            evidence | no | Regelgeving, geen onderzoek.
            time | partly | Een week tussen de dagen.
            peers | yes | Uitwisseling met andere nieuwe directeurs.
            active | partly | Afwisseling van uitleg en casussen.
            transfer | partly | Checklists om met je secretariaat te
                gebruiken.
            experiment | no | Regelgeving laat weinig ruimte om te
                experimenteren.
            follow-up | partly | Naslagmap en bronnenoverzicht.
        """),
    },
    {
        "provider": "provincie-vlaams-brabant-pvc",
        "slug": "ehbo-en-gezondheidsbeleid",
        "title": "EHBO op school en een gezondheidsbeleid dat werkt",
        "code": "PVC-27-07",
        "summary": _t("""
            Een praktijkgerichte studiedag: in de voormiddag oefen je eerste
            hulp bij de meest voorkomende ongevallen op school, in de
            namiddag werk je aan afspraken over medicatie, ziekte en
            gezondheid.
        """),
        "description": _t("""
            Een gevallen kind, een allergische reactie, een epileptische
            aanval: elke leraar moet weten wat te doen. De voormiddag is
            volledig praktisch en wordt gegeven door een lesgever van het
            Rode Kruis. In de namiddag vertalen we dat naar het
            gezondheidsbeleid van je school.
        """),
        "goals": _items("""
            - verleen je eerste hulp bij veelvoorkomende ongevallen;
            - weet je hoe je reageert bij een allergische reactie of
              epilepsie;
            - maak je afspraken over medicatie op school;
            - werk je aan een gezondheidsbeleid voor je school.
        """),
        "levels": ["basisonderwijs", "secundair-onderwijs", "buitengewoon-onderwijs"],
        "themes": ["gezondheid-en-welzijn"],
        "roles": ["leraar", "directeur", "leerlingbegeleider"],
        "methods": ["workshop"],
        "trainers": ["Nele Timmermans"],
        "format": "study_day",
        "duration_days": 1,
        "duration_hours": Decimal("6.0"),
        "fee": Decimal("0.00"),
        "fee_note": "Gratis voor scholen in Vlaams-Brabant.",
        "fee_includes": ["lunch", "certificate"],
        "what_to_bring": "Makkelijke kledij",
        "contact": PVC_CONTACT,
        "registration_url": PVC + "pvc-27-07",
        "programme": _programme("""
            1 morning | Eerste hulp
            - Wonden, val- en sportletsels.
            - Allergische reacties en epilepsie.
            - Reanimatie en AED.
            1 afternoon | Gezondheidsbeleid
            - Medicatie op school.
            - Afspraken met ouders en CLB.
        """),
        "editions": [
            {"at": 0.19, "venue": "pnc-leuven"},
            {"at": 0.49, "venue": "pnc-vilvoorde"},
            {"at": 0.995, "venue": "pnc-leuven"},
        ],
        "criteria": _criteria("""
            subject-content | yes | Inhoudelijke kennis van eerste hulp.
            practice | yes | Veel oefenen.
            evidence | yes | Volgens de actuele richtlijnen voor eerste hulp.
            active | yes | Oefenen op poppen.
            peers | partly | Oefenen in duo's.
            transfer | partly | Een sjabloon voor het gezondheidsbeleid.
            time | no | Eén dag.
            follow-up | no | Geen opvolging.
        """),
    },
    {
        "provider": "provincie-vlaams-brabant-pvc",
        "slug": "erfgoededucatie-in-de-eigen-streek",
        "title": "Erfgoededucatie: met je klas op stap in de eigen streek",
        "code": "PVC-27-10",
        "summary": _t("""
            Een studiedag op verplaatsing over het gebruik van lokaal
            erfgoed in lessen geschiedenis, aardrijkskunde en
            wereldoriëntatie. Je ontdekt gratis educatief aanbod in
            Vlaams-Brabant en ontwerpt een uitstap.
        """),
        "description": _t("""
            Een oude hoeve, een kerktoren of een verhaal van een
            grootouder: lokaal erfgoed maakt het verleden tastbaar. Je
            bezoekt een erfgoedsite, leert werken met objecten en
            getuigenissen, en ontwerpt een uitstap met voor- en
            naverwerking.
        """),
        "goals": _items("""
            - gebruik je lokaal erfgoed als bron in je lessen;
            - laat je leerlingen objecten en getuigenissen onderzoeken;
            - ontwerp je een uitstap met voor- en naverwerking;
            - ken je het educatieve aanbod in je regio.
        """),
        "levels": ["lager-onderwijs", "eerste-graad"],
        "themes": ["geschiedenis", "aardrijkskunde"],
        "roles": ["leraar"],
        "methods": ["workshop", "praktijkopdracht"],
        "trainers": ["Joris Vandenberghe"],
        "format": "study_day",
        "duration_days": 1,
        "fee": Decimal("0.00"),
        "fee_includes": ["lunch", "material"],
        "what_to_bring": "Stevige schoenen",
        "contact": PVC_CONTACT,
        "registration_url": PVC + "pvc-27-10",
        "programme": _programme("""
            1 morning | Erfgoed als bron
            - Wat is erfgoed, en waarom in de klas?
            - Werken met objecten en getuigenissen.
            1 afternoon | Op stap
            - Bezoek aan een erfgoedsite in de buurt.
            - Een uitstap ontwerpen.
        """),
        "editions": [
            {"at": 0.4, "venue": "pnc-leuven", "time": ("09:30", "16:00")},
        ],
        "criteria": _criteria("""
            subject-content | yes | Historische achtergrond bij het erfgoed.
            pupil-learning | partly | Hoe kinderen met bronnen leren.
            practice | yes | Je ontwerpt een uitstap.
            experiment | yes | Je kiest zelf je erfgoedsite.
            active | yes | Op stap en ontwerpen.
            peers | yes | Ontwerpen in groepjes.
            time | no | Eén dag.
            follow-up | partly | Gratis educatief materiaal van het
                erfgoedcentrum.
        """),
    },
    {
        "provider": "provincie-vlaams-brabant-pvc",
        "slug": "nieuwe-eindtermen-eerste-graad-2019",
        "title": "Aan de slag met de nieuwe eindtermen in de eerste graad",
        "code": "PVC-19-22",
        "status": "archived",
        "summary": _t("""
            Een informatiesessie over de invoering van de vernieuwde
            eindtermen in de eerste graad van het secundair onderwijs. Dit
            aanbod wordt niet meer georganiseerd.
        """),
        "description": _t("""
            Deze sessie gaf een overzicht van de vernieuwde eindtermen en
            sleutelcompetenties bij hun invoering. Ze is vervangen door
            vakspecifieke nascholingen.
        """),
        "goals": _items("""
            - ken je de opbouw van de vernieuwde eindtermen;
            - ken je de sleutelcompetenties.
        """),
        "levels": ["eerste-graad"],
        "themes": ["kwaliteitszorg"],
        "roles": ["leraar", "directeur"],
        "methods": ["lezing"],
        "trainers": ["Frank Dewitte"],
        "format": "lecture",
        "fee": Decimal("0.00"),
        "contact": PVC_CONTACT,
        "programme": _programme("""
            1 afternoon | Informatiesessie
            - De vernieuwde eindtermen en sleutelcompetenties.
        """),
        "editions": [
            {
                "dates": ["2019-05-15"],
                "venue": "pnc-leuven",
                "time": ("14:00", "16:30"),
            },
        ],
        "criteria": _criteria("""
            subject-content | partly | Overzicht van de eindtermen.
            active | no | Een informatiesessie.
            follow-up | no | Geen opvolging.
        """),
    },
]

# Leesvuur vzw (non-profit, Antwerpen) ----------------------------------------

LV = "https://www.leesvuur.example/vormingen/"
LV_CONTACT = ("Jana Smets", "03 216 40 92", "jana@leesvuur.example")

COURSES += [
    {
        "provider": "leesvuur",
        "slug": "leesplezier-in-de-klas",
        "title": "Leesplezier in de klas: voorlezen, vrij lezen en boekgesprekken",
        "code": "LV-2027-03",
        "summary": _t("""
            Een inspirerende studiedag over leesmotivatie in de lagere
            school. Je gaat naar huis met een stapel boekentips, werkvormen
            voor boekgesprekken en ideeën om vrij lezen echt te laten
            werken.
        """),
        "description": _t("""
            Kinderen die graag lezen, lezen meer en worden betere lezers.
            Toch daalt het leesplezier. Wat kan een leraar doen?

            Je ontdekt hoe je met dagelijks voorlezen, een aantrekkelijke
            klasbibliotheek, vrij lezen met keuzevrijheid en boekgesprekken
            een leescultuur opbouwt. We maken kennis met recente
            kinderboeken en werken met een boekenkoffer.
        """),
        "goals": _items("""
            - kies je boeken die aansluiten bij de interesses van je
              leerlingen;
            - lees je expressief en interactief voor;
            - organiseer je vrij lezen met echte keuzevrijheid;
            - begeleid je boekgesprekken met open vragen.
        """),
        "levels": ["lager-onderwijs"],
        "themes": ["lezen-en-leesbevordering"],
        "roles": ["leraar"],
        "methods": ["workshop"],
        "trainers": ["Evelien Mertens"],
        "format": "study_day",
        "duration_days": 1,
        "duration_hours": Decimal("6.0"),
        "fee": Decimal("85.00"),
        "fee_includes": ["lunch", "material"],
        "what_to_bring": "Je favoriete kinderboek",
        "contact": LV_CONTACT,
        "registration_url": LV + "lv-2027-03",
        "programme": _programme("""
            1 morning | Leesmotivatie
            - Waarom leesplezier ertoe doet.
            - Voorlezen met de hele klas.
            1 afternoon | Vrij lezen en boekgesprekken
            - De klasbibliotheek en vrij lezen.
            - Boekgesprekken oefenen.
            - Nieuwe kinderboeken ontdekken.
        """),
        "editions": [
            {"at": 0.06, "venue": "leesvuur-antwerpen"},
            {"at": 0.53, "venue": "leesvuur-antwerpen"},
            {"at": 0.95, "venue": "leesvuur-mechelen"},
        ],
        "criteria": _criteria("""
            subject-content | yes | Jeugdliteratuur en leesdidactiek.
            pupil-learning | yes | Hoe leesmotivatie groeit.
            practice | yes | Werkvormen voor morgen.
            differentiation | partly | Boeken voor verschillende lezers.
            evidence | yes | Steunt op onderzoek naar leesmotivatie.
            active | yes | Oefenen met voorlezen en boekgesprekken.
            peers | yes | Boekentips uitwisselen.
            time | no | Eén dag.
            follow-up | yes | Maandelijkse nieuwsbrief met tips.
        """),
    },
    {
        "provider": "leesvuur",
        "slug": "netwerk-leescoordinatoren",
        "title": "Netwerk leescoördinatoren: samen een leesbeleid bouwen",
        "code": "LV-2027-08",
        "summary": _t("""
            Een lerend netwerk voor leescoördinatoren en taalcoördinatoren uit
            basis- en secundair onderwijs. Vier keer per jaar werk je aan het
            leesbeleid van je school en leer je van collega's.
        """),
        "description": _t("""
            Een leesbeleid is meer dan een leesweek. Het gaat om leestijd,
            een rijke bibliotheek, leesbevordering in alle vakken en een
            gedeelde visie in het team.

            Elke bijeenkomst start met een korte inhoudelijke input en
            gaat verder met uitwisseling en planning. Tussen de
            bijeenkomsten zet je een stap op je eigen school.
        """),
        "goals": _items("""
            - bouw je een samenhangend leesbeleid op;
            - betrek je collega's van alle vakken bij leesbevordering;
            - volg je de effecten van je leesbeleid op;
            - leer je van ervaringen van andere scholen.
        """),
        "levels": ["basisonderwijs", "secundair-onderwijs"],
        "themes": ["lezen-en-leesbevordering", "taalbeleid-en-nt2"],
        "roles": ["coordinator", "leraar", "directeur"],
        "methods": ["leergemeenschap", "intervisie"],
        "trainers": ["Evelien Mertens", "Wim Van den Broeck"],
        "format": "network",
        "duration_hours": Decimal("10.0"),
        "fee": Decimal("120.00"),
        "fee_note": "Voor vier bijeenkomsten.",
        "fee_includes": ["refreshments", "material"],
        "contact": LV_CONTACT,
        "registration_url": LV + "lv-2027-08",
        "programme": _programme("""
            1 afternoon | Leesbeleid in kaart
            - Zelfevaluatie van je leesbeleid.
            2 afternoon | Lezen in alle vakken
            - Collega's van andere vakken betrekken.
            3 afternoon | Leesomgeving
            - Bibliotheek en leestijd.
            4 afternoon | Opvolgen
            - Effecten zichtbaar maken.
        """),
        "editions": [
            {
                "at": 0.09,
                "count": 4,
                "every": 42,
                "weekday": 2,
                "venue": "leesvuur-mechelen",
                "time": ("13:30", "16:00"),
            },
        ],
        "criteria": _criteria("""
            practice | yes | Je werkt aan het leesbeleid van je school.
            evidence | partly | Inzichten uit leesonderzoek.
            experiment | yes | Je kiest je eigen stappen.
            time | yes | Vier bijeenkomsten over het schooljaar.
            peers | yes | Het netwerk is de kern.
            embedded | partly | Opdrachten op je eigen school.
            transfer | yes | Je betrekt je hele team.
            active | yes | Uitwisselen en plannen.
            between-sessions | yes | Telkens een stap op school.
            follow-up | yes | Nieuwsbrief en netwerk.
        """),
    },
    {
        "provider": "leesvuur",
        "slug": "jeugdliteratuur-voor-pubers",
        "title": "Jeugdliteratuur voor pubers: een boekenkast die werkt",
        "code": "LV-2027-11",
        "summary": _t("""
            Drie online avonden voor leraren Nederlands in het secundair over
            recente young adult-boeken, graphic novels en manieren om ook
            weinig gemotiveerde lezers te verleiden.
        """),
        "description": _t("""
            Pubers haken massaal af als lezer. De juiste boeken en een
            leraar die ze kent, maken het verschil. Elke avond stelt een
            recensent recente titels voor en bespreken we werkvormen. Op de
            tweede avond is een jeugdauteur te gast.
        """),
        "goals": _items("""
            - ken je recente jeugdliteratuur voor twaalf- tot
              achttienjarigen;
            - adviseer je leerlingen bij hun boekkeuze;
            - zet je graphic novels en luisterboeken in;
            - ontwerp je leesopdrachten die motiveren.
        """),
        "levels": ["secundair-onderwijs"],
        "themes": ["lezen-en-leesbevordering", "nederlands"],
        "roles": ["leraar"],
        "methods": ["e-learning", "lezing"],
        "trainers": ["Wim Van den Broeck"],
        "format": "online",
        "duration_hours": Decimal("6.0"),
        "fee": Decimal("45.00"),
        "contact": LV_CONTACT,
        "registration_url": LV + "lv-2027-11",
        "programme": _programme("""
            1 evening | Young adult
            - Recente titels en thema's.
            2 evening | Auteur te gast
            - Gesprek met een jeugdauteur.
            3 evening | Graphic novels en luisterboeken
            - Andere vormen van lezen.
            - Leesopdrachten die motiveren.
        """),
        "editions": [
            {
                "at": 0.27,
                "count": 3,
                "every": 14,
                "weekday": 0,
                "venue": "online",
                "time": ("20:00", "22:00"),
            },
        ],
        "criteria": _criteria("""
            subject-content | yes | Literaire verdieping in jeugdliteratuur.
            pupil-learning | partly | Leesmotivatie bij pubers.
            practice | yes | Boekentips en opdrachten.
            differentiation | yes | Boeken voor lezers van elk niveau.
            peers | partly | Chat en korte breakouts.
            active | partly | Vooral luisteren, met korte opdrachten.
            time | partly | Twee weken tussen de avonden.
            follow-up | yes | Nieuwsbrief met tips.
        """),
    },
]

# Wetenschapsatelier vzw (non-profit, Limburg and Oost-Vlaanderen) ------------

WA = "https://www.wetenschapsatelier.example/leraren/"
WA_CONTACT = ("Lore Hendrikx", "089 30 44 12", "lore@wetenschapsatelier.example")

COURSES += [
    {
        "provider": "wetenschapsatelier",
        "slug": "techniek-in-de-kleuterklas",
        "title": "Techniek in de kleuterklas: bouwen, knutselen en ontdekken",
        "code": "WA-K-27",
        "summary": _t("""
            Een doe-dag voor kleuterleerkrachten. Je ontdekt hoe je met
            eenvoudig materiaal techniekhoeken inricht waarin kleuters
            bouwen, demonteren en uitvinden, en hoe je hun denken
            begeleidt.
        """),
        "description": _t("""
            Kleuters zijn geboren ingenieurs. Met een goed ingerichte
            techniekhoek en de juiste vragen leren ze over materialen,
            constructies en eenvoudige mechanismen.

            Je bouwt zelf, test materiaal uit en krijgt een map met
            activiteiten per thema. Alle materiaal is goedkoop of
            gerecupereerd.
        """),
        "goals": _items("""
            - richt je een uitdagende techniekhoek in;
            - begeleid je kleuters met open vragen;
            - verbind je techniek met de ontwikkelingsdoelen;
            - werk je met goedkoop en gerecupereerd materiaal.
        """),
        "levels": ["kleuteronderwijs"],
        "themes": ["techniek-en-technologie", "kleuterdidactiek"],
        "roles": ["leraar"],
        "methods": ["workshop"],
        "trainers": ["Bart Claes"],
        "format": "study_day",
        "duration_days": 1,
        "duration_hours": Decimal("6.0"),
        "fee": Decimal("80.00"),
        "fee_includes": ["material", "lunch"],
        "contact": WA_CONTACT,
        "registration_url": WA + "wa-k-27",
        "programme": _programme("""
            1 morning | Zelf bouwen
            - Materialen en constructies verkennen.
            - Demonteren en uitvinden.
            1 afternoon | De techniekhoek
            - Een hoek inrichten.
            - Open vragen stellen.
            - Ontwikkelingsdoelen techniek.
        """),
        "editions": [
            {"at": 0.17, "venue": "wetenschap-genk"},
            {"at": 0.64, "venue": "wetenschap-gent"},
        ],
        "criteria": _criteria("""
            subject-content | yes | Technische begrippen op kleuterniveau.
            pupil-learning | yes | Hoe kleuters techniek ontdekken.
            practice | yes | Activiteiten voor je klas.
            differentiation | partly | Activiteiten met meer of minder
                uitdaging.
            experiment | yes | Zelf uitproberen.
            active | yes | Een echte doe-dag.
            peers | yes | Samen bouwen.
            time | no | Eén dag.
            follow-up | yes | Materiaalkoffers uitlenen.
        """),
    },
    {
        "provider": "wetenschapsatelier",
        "slug": "microbit-buitengewoon-onderwijs",
        "title": "Programmeren met micro:bit in het buitengewoon onderwijs",
        "code": "WA-B-27",
        "summary": _t("""
            Twee praktijkdagen over programmeren met micro:bit voor leraren
            in het buitengewoon onderwijs. Je leert opdrachten
            stapsgewijs opbouwen, visueel ondersteunen en aanpassen aan de
            mogelijkheden van je leerlingen.
        """),
        "description": _t("""
            Programmeren geeft veel leerlingen in het buitengewoon onderwijs
            succeservaringen. Met blokprogrammeren, duidelijke
            stappenplannen en concrete projecten (een nachtlampje, een
            stappenteller) maken leerlingen iets dat werkt.

            Je programmeert zelf en werkt met voorbeelden uit type
            basisaanbod, type 9 en OV3.
        """),
        "goals": _items("""
            - programmeer je eenvoudige projecten met micro:bit;
            - bouw je opdrachten stapsgewijs op met visuele steun;
            - pas je opdrachten aan aan de mogelijkheden van je leerlingen;
            - koppel je projecten aan ICT- en STEM-doelen.
        """),
        "levels": ["buitengewoon-onderwijs", "buitengewoon-secundair-onderwijs"],
        "themes": ["informatica", "inclusief-onderwijs"],
        "roles": ["leraar", "ict-coordinator"],
        "methods": ["workshop", "praktijkopdracht"],
        "trainers": ["Sam Dierckx"],
        "format": "multi_day",
        "duration_days": 2,
        "duration_hours": Decimal("12.0"),
        "fee": Decimal("140.00"),
        "fee_includes": ["material", "lunch"],
        "what_to_bring": "Laptop",
        "contact": WA_CONTACT,
        "registration_url": WA + "wa-b-27",
        "programme": _programme("""
            1 full_day | Aan de slag met micro:bit
            - Blokprogrammeren in stapjes.
            - Eerste projecten.
            2 full_day | Op maat van je leerlingen
            - Visuele stappenplannen.
            - Bespreking van de uitgeprobeerde les.
        """),
        "editions": [
            {"at": 0.23, "count": 2, "every": 21, "venue": "wetenschap-gent"},
        ],
        "criteria": _criteria("""
            subject-content | yes | Je leert zelf programmeren.
            pupil-learning | yes | Hoe leerlingen in het buitengewoon
                onderwijs leren programmeren.
            practice | yes | Projecten voor je eigen klas.
            differentiation | yes | Opdrachten op maat.
            active | yes | Zelf programmeren.
            time | yes | Drie weken tussen de dagen.
            between-sessions | yes | Een project uitproberen.
            peers | partly | Werken in duo's.
            follow-up | yes | Micro:bits uitlenen voor je klas.
        """),
    },
    {
        "provider": "wetenschapsatelier",
        "slug": "wiskunde-escaperooms-ontwerpen",
        "title": "Wiskunde-escaperooms ontwerpen voor je klas",
        "code": "WA-W-27",
        "summary": _t("""
            Een namiddag waarin je zelf een wiskunde-escaperoom speelt en
            daarna een eigen escaperoom ontwerpt die leerlingen laat
            redeneren, samenwerken en oefenen.
        """),
        "description": _t("""
            Een escaperoom zet leerlingen aan om samen wiskundige
            problemen op te lossen. Maar een goed spel is meer dan een reeks
            oefeningen met een slot: de puzzels moeten wiskundig denken
            uitlokken.

            Je speelt een voorbeeld, analyseert wat het spel sterk maakt en
            ontwerpt een eigen escaperoom voor het vijfde of zesde leerjaar
            of de eerste graad.
        """),
        "goals": _items("""
            - herken je wat een goede wiskundige puzzel is;
            - ontwerp je een escaperoom bij een eigen lesonderwerp;
            - laat je leerlingen samenwerken en redeneren.
        """),
        "levels": ["lager-onderwijs", "eerste-graad"],
        "themes": ["wiskunde", "activerende-werkvormen"],
        "roles": ["leraar"],
        "methods": ["workshop", "teacher-design-team"],
        "trainers": ["Femke Lenaerts"],
        "format": "study_day",
        "duration_hours": Decimal("3.0"),
        "fee": Decimal("45.00"),
        "fee_includes": ["material", "refreshments"],
        "contact": WA_CONTACT,
        "registration_url": WA + "wa-w-27",
        "programme": _programme("""
            1 afternoon | Spelen en ontwerpen
            - Een escaperoom spelen.
            - Wat maakt een puzzel wiskundig sterk?
            - Een eigen escaperoom ontwerpen.
        """),
        "editions": [
            {
                "at": 0.31,
                "weekday": 2,
                "venue": "wetenschap-genk",
                "time": ("13:30", "16:30"),
            },
            {
                "at": 0.76,
                "weekday": 2,
                "venue": "wetenschap-gent",
                "time": ("13:30", "16:30"),
            },
        ],
        "criteria": _criteria("""
            subject-content | partly | Wiskundige puzzels en redeneren.
            pupil-learning | partly | Hoe samenwerken het redeneren
                versterkt.
            practice | yes | Een escaperoom voor je klas.
            experiment | yes | Je ontwerpt vrij.
            active | yes | Spelen en ontwerpen.
            peers | yes | Ontwerpen in groepjes.
            time | no | Eén namiddag.
            follow-up | no | Geen opvolging.
        """),
    },
]

# Klasbewegen vzw (non-profit, West-Vlaanderen and Limburg) -------------------

KB = "https://www.klasbewegen.example/vorming/"
KB_CONTACT = ("Matthias Degryse", "050 39 12 62", "matthias@klasbewegen.example")

COURSES += [
    {
        "provider": "klasbewegen",
        "slug": "bewegend-leren-in-de-klas",
        "title": "Bewegend leren: actieve lessen in elk vak",
        "code": "KB-27-01",
        "summary": _t("""
            Kinderen zitten te veel stil, ook op school. Deze studiedag toont
            hoe je beweging inbouwt in lessen taal, rekenen en
            wereldoriëntatie, zonder chaos en zonder extra lestijd.
        """),
        "description": _t("""
            Bewegen helpt kinderen om zich te concentreren en onthouden. Je
            leert korte bewegingsmomenten, bewegend oefenen en actieve
            werkvormen die in elke klas passen, ook in een klein lokaal.

            De dag is zelf actief: je beweegt mee en probeert alles uit.
        """),
        "goals": _items("""
            - bouw je korte bewegingsmomenten in je lessen in;
            - laat je leerlingen bewegend oefenen bij taal en rekenen;
            - houd je bewegende werkvormen rustig en veilig;
            - stem je bewegend leren af met je team.
        """),
        "levels": ["basisonderwijs"],
        "themes": ["gezondheid-en-welzijn", "activerende-werkvormen"],
        "roles": ["leraar", "beginnende-leraar"],
        "methods": ["workshop", "praktijkopdracht"],
        "trainers": ["Joke Vandamme"],
        "format": "study_day",
        "duration_days": 1,
        "duration_hours": Decimal("6.0"),
        "fee": Decimal("95.00"),
        "fee_includes": ["lunch", "material"],
        "what_to_bring": "Sportieve kledij",
        "contact": KB_CONTACT,
        "registration_url": KB + "kb-27-01",
        "programme": _programme("""
            1 morning | Waarom bewegen?
            - Bewegen, concentratie en leren.
            - Korte bewegingsmomenten.
            1 afternoon | Bewegend oefenen
            - Taal en rekenen in beweging.
            - Afspraken voor rust en veiligheid.
        """),
        "editions": [
            {"at": 0.1, "venue": "klasbewegen-brugge"},
            {"at": 0.47, "venue": "klasbewegen-oostende"},
            {"at": 0.8, "venue": "klasbewegen-brugge"},
        ],
        "criteria": _criteria("""
            pupil-learning | yes | Hoe bewegen het leren ondersteunt.
            practice | yes | Werkvormen voor morgen.
            evidence | yes | Steunt op onderzoek naar bewegen en leren.
            experiment | yes | Je kiest zelf wat je uitprobeert.
            active | yes | Je beweegt de hele dag mee.
            peers | yes | Samen oefenen.
            time | no | Eén dag.
            follow-up | yes | Online bank met bewegingsfiches.
        """),
    },
    {
        "provider": "klasbewegen",
        "slug": "differentieren-in-de-les-lo",
        "title": "Differentiëren in de les lichamelijke opvoeding",
        "code": "KB-27-05",
        "summary": _t("""
            Een tweedaagse voor leraren LO in basis- en secundair onderwijs.
            Je leert lessen opbouwen waarin elke leerling op zijn niveau
            uitgedaagd wordt, van de motorisch zwakke tot de sportieve
            uitblinker.
        """),
        "description": _t("""
            In een les LO zijn de verschillen tussen leerlingen groot en
            zichtbaar. Differentiëren helpt om iedereen te laten bewegen,
            slagen en groeien. Je leert werken met niveaukaarten,
            stationswerk, aangepaste regels en zelfevaluatie.

            De dagen gaan door in de sporthal; je oefent zelf alle
            werkvormen.
        """),
        "goals": _items("""
            - bouw je gedifferentieerde lessen LO op;
            - gebruik je niveaukaarten en stationswerk;
            - pas je spelregels aan voor meer deelname;
            - laat je leerlingen hun eigen vooruitgang inschatten.
        """),
        "levels": ["lager-onderwijs", "secundair-onderwijs"],
        "themes": ["lichamelijke-opvoeding", "differentiatie"],
        "roles": ["leraar"],
        "methods": ["workshop", "praktijkopdracht"],
        "trainers": ["Thomas Peeters"],
        "format": "multi_day",
        "duration_days": 2,
        "duration_hours": Decimal("12.0"),
        "fee": Decimal("165.00"),
        "fee_includes": ["lunch", "material"],
        "what_to_bring": "Sportkledij en binnenschoenen",
        "contact": KB_CONTACT,
        "registration_url": KB + "kb-27-05",
        "programme": _programme("""
            1 full_day | Niveaus in de sporthal
            - Niveaukaarten en stationswerk.
            - Aangepaste spelregels.
            2 full_day | Groei zichtbaar maken
            - Zelfevaluatie door leerlingen.
            - Bespreking van de uitgeprobeerde lessen.
        """),
        "editions": [
            {"at": 0.25, "count": 2, "every": 28, "venue": "klasbewegen-hasselt"},
        ],
        "criteria": _criteria("""
            subject-content | yes | Bewegingsinhouden en vakdidactiek LO.
            pupil-learning | yes | Motorische ontwikkeling en motivatie.
            practice | yes | Lessen voor je eigen groepen.
            differentiation | yes | Het thema van de nascholing.
            evidence | partly | Steunt op vakdidactisch onderzoek.
            time | yes | Vier weken tussen de dagen.
            peers | yes | Samen oefenen.
            active | yes | Volledig in de sporthal.
            between-sessions | yes | Een les uitproberen.
            follow-up | yes | Online bank met filmpjes.
        """),
    },
    {
        "provider": "klasbewegen",
        "slug": "gezonde-school-beleid",
        "title": "Gezonde school: een beleid rond voeding, beweging en welzijn",
        "code": "KB-27-09",
        "status": "draft",
        "summary": _t("""
            Een traject voor werkgroepen gezondheid. Je brengt in kaart hoe
            gezond je school vandaag is en werkt een plan uit met haalbare
            stappen rond voeding, beweging en welzijn.
        """),
        "description": _t("""
            Een gezonde school werkt niet met losse acties, maar met een
            beleid waar leerlingen, ouders en team achter staan. Het traject
            volgt de stappen van het gezondheidsbeleid van Gezond Leven.
        """),
        "goals": _items("""
            - breng je de gezondheid van je school in kaart;
            - kies je prioriteiten met leerlingen en ouders;
            - werk je een plan uit met haalbare stappen;
            - evalueer je je gezondheidsbeleid.
        """),
        "levels": ["basisonderwijs", "secundair-onderwijs"],
        "themes": ["gezondheid-en-welzijn", "zorgbeleid"],
        "roles": ["directeur", "coordinator", "leerlingbegeleider"],
        "methods": ["coaching", "praktijkopdracht"],
        "trainers": ["Ilse Verbeke"],
        "format": "programme",
        "duration_days": 3,
        "fee": Decimal("180.00"),
        "fee_includes": ["material", "follow_up"],
        "contact": KB_CONTACT,
        "programme": _programme("""
            1 afternoon | In kaart brengen
            - Een gezondheidsscan van je school.
            2 afternoon | Prioriteiten
            - Leerlingen en ouders betrekken.
            3 afternoon | Het plan
            - Acties, timing en evaluatie.
        """),
        "editions": [
            {
                "at": 0.57,
                "count": 3,
                "every": 42,
                "venue": "klasbewegen-brugge",
                "room": "vergaderzaal",
                "time": ("13:30", "16:30"),
            },
        ],
        "criteria": _criteria("""
            practice | yes | Je werkt aan het beleid van je school.
            time | yes | Drie sessies over een schooljaar.
            embedded | yes | Opdrachten met je werkgroep.
            transfer | yes | Een plan voor de hele school.
            follow-up | yes | Een opvolgsessie op school is inbegrepen.
        """),
    },
]

# Leerkracht & Co (private, Antwerpen) -----------------------------------------

LC = "https://www.leerkrachtenco.example/trainingen/"
LC_CONTACT = ("Sofie Janssens", "015 43 21 90", "sofie@leerkrachtenco.example")

COURSES += [
    {
        "provider": "leerkracht-en-co",
        "slug": "stem-en-presentatie-voor-de-klas",
        "title": "Je stem sparen voor de klas: stemtechniek en presentatie",
        "code": "LCO-STEM-27",
        "summary": _t("""
            Leraren gebruiken hun stem urenlang per dag. In deze training
            leer je ademhaling, stemgebruik en houding die je stem sparen en
            je presentatie voor de klas krachtiger maken.
        """),
        "description": _t("""
            Heesheid en stemvermoeidheid komen vaak voor bij leraren. Een
            logopediste leert je hoe je met een goede ademsteun, resonantie
            en pauzes je stem spaart. Je oefent ook hoe je zonder te roepen
            de aandacht van een klas krijgt.

            De groep is klein (maximaal twaalf deelnemers) zodat iedereen
            individuele feedback krijgt.
        """),
        "goals": _items("""
            - gebruik je een ontspannen ademhaling en ademsteun;
            - spaar je je stem in een luidruchtige klas;
            - trek je de aandacht zonder te roepen;
            - herken je signalen van stemoverbelasting.
        """),
        "levels": [
            "basisonderwijs",
            "secundair-onderwijs",
            "volwassenenonderwijs",
            "deeltijds-kunstonderwijs",
        ],
        "themes": ["gezondheid-en-welzijn"],
        "roles": ["leraar", "beginnende-leraar"],
        "methods": ["workshop", "coaching"],
        "trainers": ["Sofie Janssens"],
        "format": "study_day",
        "duration_days": 1,
        "duration_hours": Decimal("6.0"),
        "fee": Decimal("195.00"),
        "fee_includes": ["lunch", "material", "certificate"],
        "what_to_bring": "Een flesje water en makkelijke kledij",
        "contact": LC_CONTACT,
        "registration_url": LC + "stem",
        "programme": _programme("""
            1 morning | Adem en stem
            - Hoe je stem werkt.
            - Ademsteun en ontspanning.
            1 afternoon | Stem in de klas
            - Resonantie, volume en pauzes.
            - Oefenen met individuele feedback.
        """),
        "editions": [
            {"at": 0.07, "venue": "leerkracht-mechelen"},
            {"at": 0.34, "venue": "leerkracht-antwerpen"},
            {"at": 0.91, "venue": "leerkracht-mechelen"},
        ],
        "criteria": _criteria("""
            subject-content | partly | Hoe de stem werkt, zonder vakinhoud.
            practice | yes | Oefeningen die je elke dag kunt doen.
            evidence | yes | Gebaseerd op logopedische inzichten.
            experiment | yes | Je ontdekt wat voor jouw stem werkt.
            differentiation | no | Niet van toepassing.
            active | yes | De hele dag oefenen.
            peers | partly | Feedback van de trainer en elkaar.
            time | no | Eén dag.
            follow-up | partly | Individuele coaching aan verminderd tarief.
        """),
    },
    {
        "provider": "leerkracht-en-co",
        "slug": "coaching-voor-schoolleiders",
        "title": "Coaching voor schoolleiders: leiding geven aan verandering",
        "code": "LCO-LEID-27",
        "summary": _t("""
            Een individueel of duo-coachingstraject voor directeurs en
            middenkaderleden die een veranderingsproces leiden. Je werkt aan
            je eigen vragen, op je eigen school en in je eigen tempo.
        """),
        "description": _t("""
            Verandering leiden is eenzaam werk. Een ervaren coach, zelf
            oud-directeur, helpt je om weerstand te begrijpen, je team mee te
            krijgen en je eigen energie te bewaken.

            Het traject start met een kennismakingsgesprek en omvat meestal
            vijf tot acht coachingsgesprekken op school of online. De prijs
            hangt af van het aantal gesprekken. De kennismakingsavond
            hieronder is vrijblijvend.
        """),
        "goals": _items("""
            - verhelder je je eigen leiderschapsvragen;
            - ga je constructief om met weerstand in je team;
            - communiceer je helder over verandering;
            - bewaak je je eigen energie en grenzen.
        """),
        "levels": ["basisonderwijs", "secundair-onderwijs", "buitengewoon-onderwijs"],
        "themes": ["onderwijskundig-leiderschap", "personeelsbeleid"],
        "roles": ["directeur", "coordinator"],
        "methods": ["coaching"],
        "trainers": ["Rik Vermeulen"],
        "format": "school_coaching",
        "fee": None,
        "fee_note": "Prijs op aanvraag, afhankelijk van het aantal gesprekken.",
        "contact": ("Rik Vermeulen", "015 43 21 91", "rik@leerkrachtenco.example"),
        "registration_url": LC + "coaching-schoolleiders",
        "programme": _programme("""
            1 full_day | Coachingstraject
            - Kennismakingsgesprek en coachingsvraag.
            - Vijf tot acht coachingsgesprekken.
            - Afsluitend evaluatiegesprek.
        """),
        "editions": [
            {"at": 0.04, "venue": "leerkracht-mechelen", "time": ("19:00", "20:30")},
            {"at": 0.5, "venue": "online", "time": ("19:00", "20:30")},
        ],
        "criteria": _criteria("""
            practice | yes | Vertrekt van je eigen situatie.
            experiment | yes | Je bepaalt zelf je doelen.
            time | yes | Het traject loopt over enkele maanden.
            peers | no | Individuele coaching.
            embedded | yes | Gesprekken op je eigen school.
            active | yes | Reflectie staat centraal.
            between-sessions | yes | Je probeert afspraken uit tussen de
                gesprekken.
            follow-up | yes | Een opvolggesprek na drie maanden.
        """),
    },
    {
        "provider": "leerkracht-en-co",
        "slug": "rust-in-de-klas",
        "title": "Rust in de klas: grenzen stellen met verbinding",
        "code": "LCO-KLAS-27",
        "summary": _t("""
            Een tweedaagse over klasmanagement vanuit relatie. Je leert
            duidelijke grenzen stellen en tegelijk de verbinding met je
            leerlingen bewaren, ook bij moeilijk gedrag.
        """),
        "description": _t("""
            Een rustige klas ontstaat uit een combinatie van structuur en
            relatie. Je verkent je eigen stijl, leert de-escaleren en oefent
            gesprekken met leerlingen na een conflict.

            Tussen de twee dagen probeer je een aanpak uit in je klas; op dag
            twee bespreken we die in intervisie.
        """),
        "goals": _items("""
            - ken je je eigen stijl in klasmanagement;
            - stel je grenzen zonder de relatie te schaden;
            - de-escaleer je een conflict in de klas;
            - voer je een herstelgesprek met een leerling.
        """),
        "levels": ["basisonderwijs", "secundair-onderwijs", "buitengewoon-onderwijs"],
        "themes": ["welbevinden-en-gedrag"],
        "roles": ["leraar", "beginnende-leraar", "leerlingbegeleider"],
        "methods": ["workshop", "intervisie"],
        "trainers": ["Elke Maes"],
        "format": "multi_day",
        "duration_days": 2,
        "duration_hours": Decimal("12.0"),
        "fee": Decimal("340.00"),
        "fee_includes": ["lunch", "material", "certificate"],
        "contact": LC_CONTACT,
        "registration_url": LC + "rust-in-de-klas",
        "programme": _programme("""
            1 full_day | Structuur en relatie
            - Je eigen stijl verkennen.
            - Grenzen stellen met verbinding.
            2 full_day | Als het misloopt
            - De-escaleren.
            - Herstelgesprekken.
            - Intervisie over je klaservaring.
        """),
        "editions": [
            {"at": 0.15, "count": 2, "every": 21, "venue": "leerkracht-mechelen"},
            {"at": 0.69, "count": 2, "every": 21, "venue": "leerkracht-antwerpen"},
        ],
        "criteria": _criteria("""
            pupil-learning | partly | Gedrag en motivatie van leerlingen.
            practice | yes | Situaties uit je eigen klas.
            evidence | partly | Steunt op onderzoek naar klasmanagement.
            experiment | yes | Je kiest zelf wat je uitprobeert.
            time | yes | Drie weken tussen de dagen.
            peers | yes | Intervisie in kleine groep.
            active | yes | Rollenspelen.
            between-sessions | yes | Een aanpak uitproberen.
            follow-up | partly | Individuele coaching aan verminderd tarief.
        """),
    },
    {
        "provider": "leerkracht-en-co",
        "slug": "omgaan-met-werkdruk",
        "title": "Omgaan met werkdruk: veerkracht voor leraren",
        "code": "LCO-WELZ-26",
        "summary": _t("""
            Een tweedaagse over werkdruk en veerkracht. Je onderzoekt wat
            jou energie geeft en kost, leert prioriteiten stellen en oefent
            eenvoudige technieken om tot rust te komen.
        """),
        "description": _t("""
            Werkdruk in het onderwijs is reëel. Deze training belooft geen
            wondermiddel, maar helpt je om bewuste keuzes te maken, grenzen
            aan te geven en beter te herstellen na een drukke periode.
        """),
        "goals": _items("""
            - breng je je energiegevers en -vreters in kaart;
            - stel je prioriteiten in je takenpakket;
            - geef je grenzen aan tegenover collega's en ouders;
            - pas je eenvoudige technieken toe om tot rust te komen.
        """),
        "levels": ["basisonderwijs", "secundair-onderwijs"],
        "themes": ["gezondheid-en-welzijn", "personeelsbeleid"],
        "roles": ["leraar", "beginnende-leraar", "directeur"],
        "methods": ["workshop", "intervisie"],
        "trainers": ["Elke Maes"],
        "format": "multi_day",
        "duration_days": 2,
        "duration_hours": Decimal("12.0"),
        "fee": Decimal("320.00"),
        "fee_includes": ["lunch", "material"],
        "contact": LC_CONTACT,
        "registration_url": LC + "werkdruk",
        "programme": _programme("""
            1 full_day | Inzicht
            - Energiegevers en energievreters.
            - Prioriteiten stellen.
            2 full_day | Veerkracht
            - Grenzen aangeven.
            - Rusttechnieken.
        """),
        "editions": [
            {"ago": 60, "count": 2, "every": 21, "venue": "leerkracht-mechelen"},
        ],
        "criteria": _criteria("""
            practice | yes | Vertrekt van je eigen werksituatie.
            experiment | yes | Je kiest welke technieken je gebruikt.
            time | yes | Drie weken tussen de dagen.
            peers | yes | Intervisie.
            active | yes | Oefeningen en reflectie.
            between-sessions | yes | Een dagboek bijhouden.
            evidence | partly | Steunt op inzichten uit de
                arbeidspsychologie.
            embedded | no | De training gaat buiten de school door.
            follow-up | partly | Individuele coaching aan verminderd tarief.
        """),
    },
]

# Didactica Consult (private, Brussel and Oost-Vlaanderen) ---------------------

DC = "https://www.didactica.example/aanbod/"
DC_CONTACT = ("Ellen De Clercq", "02 511 60 41", "ellen@didactica.example")

COURSES += [
    {
        "provider": "didactica-consult",
        "slug": "breed-evalueren-rubrics",
        "title": "Breed evalueren met rubrics: een evaluatiebeleid voor je school",
        "code": "DC-EV-2701",
        "summary": _t("""
            Een traject voor vakgroepen en beleidsteams in het secundair
            onderwijs. Je ontwikkelt samen rubrics en evaluatieafspraken die
            passen bij de visie van de school, en leert ze gebruiken voor
            feedback.
        """),
        "description": _t("""
            Breed evalueren betekent meer dan punten geven. Het gaat om
            evalueren wat echt belangrijk is, op verschillende momenten en
            met verschillende methodes.

            In vier sessies ontwerpt een kernteam van je school rubrics,
            test ze met leerlingenwerk en schrijft een voorstel voor het
            evaluatiebeleid. Leerlingenresultaten worden samen
            geanalyseerd als een data team.
        """),
        "goals": _items("""
            - vertaal je de evaluatievisie van je school naar afspraken;
            - ontwerp je betrouwbare rubrics;
            - gebruik je rubrics voor feedback én beoordeling;
            - analyseer je resultaten samen met collega's;
            - schrijf je een voorstel voor het evaluatiebeleid.
        """),
        "levels": ["secundair-onderwijs"],
        "themes": ["evaluatie-en-feedback", "kwaliteitszorg"],
        "roles": ["coordinator", "directeur", "leraar", "beleidsmedewerker"],
        "methods": ["teacher-design-team", "data-team"],
        "trainers": ["Ellen De Clercq"],
        "format": "programme",
        "duration_days": 4,
        "duration_hours": Decimal("14.0"),
        "fee": Decimal("480.00"),
        "fee_note": "Per school, voor een kernteam van maximaal vijf personen.",
        "fee_includes": ["material", "lunch", "follow_up"],
        "contact": DC_CONTACT,
        "registration_url": DC + "dc-ev-2701",
        "programme": _programme("""
            1 morning | Visie op evaluatie
            - Breed evalueren: wat en waarom?
            - De visie van je school als vertrekpunt.
            2 morning | Rubrics ontwerpen
            - Criteria en niveaus.
            - Betrouwbaarheid en bruikbaarheid.
            3 morning | Testen met leerlingenwerk
            - Samen scoren en vergelijken.
            - Resultaten analyseren als data team.
            4 morning | Het evaluatiebeleid
            - Afspraken op schoolniveau.
            - Voorstel voorstellen en bespreken.
        """),
        "editions": [
            {
                "at": 0.11,
                "count": 4,
                "every": 28,
                "venue": "didactica-brussel",
                "time": ("09:00", "12:30"),
            },
            {
                "at": 0.61,
                "count": 4,
                "every": 28,
                "venue": "didactica-gent",
                "time": ("09:00", "12:30"),
            },
        ],
        "criteria": _criteria("""
            subject-content | partly | Voorbeelden uit de vakken van de
                deelnemers.
            pupil-learning | yes | Evaluatie als hefboom voor leren.
            practice | yes | Instrumenten voor je eigen school.
            differentiation | partly | Rubrics laten verschillende niveaus
                zien.
            evidence | yes | Steunt op onderzoek naar evaluatie.
            experiment | yes | Je test je rubrics in de klas.
            time | yes | Vier sessies over een half jaar.
            peers | yes | Ontwerpen in het kernteam.
            embedded | partly | Testen met je eigen leerlingen.
            transfer | yes | Een beleidsvoorstel voor de hele school.
            active | yes | Ontwerpen en analyseren.
            between-sessions | yes | Rubrics uittesten.
            follow-up | yes | Een vervolgsessie op school is inbegrepen.
        """),
    },
    {
        "provider": "didactica-consult",
        "slug": "hoogbegaafde-leerlingen-uitdagen",
        "title": "Hoogbegaafde leerlingen uitdagen in de gewone klas",
        "code": "DC-HB-2702",
        "summary": _t("""
            Een hybride traject over hoogbegaafdheid: online modules om je
            kennis op te bouwen, gevolgd door een praktijkdag waarop je
            verrijkingsmateriaal ontwerpt voor je eigen klas.
        """),
        "description": _t("""
            Hoogbegaafde leerlingen hebben nood aan uitdaging, maar
            krijgen vaak gewoon meer van hetzelfde. Je leert compacten en
            verrijken, en je ontdekt hoe je ook onderpresteerders herkent.

            De twee online modules volg je op een avond naar keuze; de
            praktijkdag gaat door in Gent.
        """),
        "goals": _items("""
            - herken je kenmerken van hoogbegaafde leerlingen, ook bij
              onderpresteerders;
            - compact je de leerstof op een verantwoorde manier;
            - ontwerp je verrijkingsopdrachten met echte uitdaging;
            - bespreek je de aanpak met ouders en zorgteam.
        """),
        "levels": ["basisonderwijs", "eerste-graad"],
        "themes": ["differentiatie", "inclusief-onderwijs"],
        "roles": ["leraar", "zorgcoordinator"],
        "methods": ["e-learning", "teacher-design-team", "workshop"],
        "trainers": ["Kobe Willems"],
        "format": "hybrid",
        "duration_hours": Decimal("10.0"),
        "fee": Decimal("175.00"),
        "fee_includes": ["material", "lunch"],
        "contact": DC_CONTACT,
        "registration_url": DC + "dc-hb-2702",
        "programme": _programme("""
            1 evening | Online module: herkennen
            - Kenmerken en mythes.
            - Onderpresteren.
            2 evening | Online module: compacten en verrijken
            - Leerstof compacten.
            - Kenmerken van goede verrijking.
            3 full_day | Praktijkdag
            - Verrijkingsmateriaal ontwerpen.
            - Gesprekken met ouders en zorgteam.
        """),
        "editions": [
            {
                "at": 0.21,
                "count": 3,
                "every": 10,
                "venues": ["online", "online", "didactica-gent"],
                "times": [("19:30", "21:30"), ("19:30", "21:30"), ("09:00", "16:00")],
            },
            {
                "at": 0.71,
                "count": 3,
                "every": 10,
                "venues": ["online", "online", "didactica-gent"],
                "times": [("19:30", "21:30"), ("19:30", "21:30"), ("09:00", "16:00")],
            },
        ],
        "criteria": _criteria("""
            pupil-learning | yes | Hoe hoogbegaafde leerlingen leren.
            practice | yes | Materiaal voor je eigen klas.
            differentiation | yes | Compacten en verrijken.
            evidence | yes | Steunt op onderzoek naar hoogbegaafdheid.
            experiment | yes | Je ontwerpt je eigen verrijking.
            time | partly | Tien dagen tussen de onderdelen.
            peers | partly | Vooral op de praktijkdag.
            active | yes | Ontwerpen op de praktijkdag.
            between-sessions | partly | De online modules bereiden de
                praktijkdag voor.
            follow-up | partly | Een vervolgsessie is te boeken.
        """),
    },
    {
        "provider": "didactica-consult",
        "slug": "digitaal-beeld-in-het-dko",
        "title": "Digitaal beeld in het deeltijds kunstonderwijs",
        "code": "DC-KU-2703",
        "summary": _t("""
            Een studiedag voor leraren beeldende en audiovisuele kunsten. Je
            verkent hoe digitale tools (tablet, fotografie, stop-motion) het
            beeldend onderzoek van leerlingen verdiepen in plaats van
            vervangen.
        """),
        "description": _t("""
            Digitale media bieden nieuwe mogelijkheden voor beeldend werk,
            maar ze vragen ook een bewuste didactische keuze. Een beeldend
            kunstenaar neemt je mee in opdrachten waarin analoog en digitaal
            elkaar versterken.
        """),
        "goals": _items("""
            - zet je digitale tools in als deel van beeldend onderzoek;
            - ontwerp je opdrachten die analoog en digitaal combineren;
            - begeleid je leerlingen in het reflecteren over hun beelden.
        """),
        "levels": ["deeltijds-kunstonderwijs"],
        "themes": ["beeld-en-media", "digitale-didactiek"],
        "roles": ["leraar"],
        "methods": ["workshop"],
        "trainers": ["Amira Haddad"],
        "format": "study_day",
        "duration_days": 1,
        "duration_hours": Decimal("6.0"),
        "fee": Decimal("135.00"),
        "fee_includes": ["lunch", "material"],
        "what_to_bring": "Tablet of smartphone",
        "contact": DC_CONTACT,
        "registration_url": DC + "dc-ku-2703",
        "programme": _programme("""
            1 morning | Beeldend onderzoek
            - Analoog en digitaal naast elkaar.
            - Fotografie en stop-motion.
            1 afternoon | Opdrachten ontwerpen
            - Een opdracht voor je eigen atelier.
            - Reflectie met leerlingen.
        """),
        "editions": [
            {"at": 0.29, "weekday": 4, "venue": "didactica-brussel"},
        ],
        "criteria": _criteria("""
            subject-content | yes | Beeldende en audiovisuele verdieping.
            pupil-learning | partly | Hoe leerlingen beeldend onderzoeken.
            practice | yes | Een opdracht voor je atelier.
            experiment | yes | Veel ruimte om te experimenteren.
            active | yes | Zelf aan de slag.
            peers | yes | Werk bespreken in groep.
            time | no | Eén dag.
            follow-up | no | Geen opvolging.
        """),
    },
]
