"""The first version of the kijkwijzer, published.

Five parts, in the order of the KlasCement kijkwijzer: what I need, my
school and colleagues, choosing a provider, content and approach, and after
the course. Choices name taxonomy terms by slug; a slug that does not exist
(renamed or removed by an editor) is skipped. Site editors change the
kijkwijzer afterwards by making a new draft version in the admin.
"""

from decimal import Decimal

from django.db import migrations
from django.utils import timezone

SLUG = "kijkwijzer"

INTRO = (
    "Met deze kijkwijzer zoek je een nascholing die past bij wat jij en je "
    "school nodig hebben. Je denkt na over je leervraag, over je school, over "
    "de aanbieder, over inhoud en aanpak en over wat je achteraf met het "
    "geleerde doet. Alleen je leervraag is verplicht: vul de rest in voor "
    "zover het je helpt. Uit je antwoorden stellen we nascholingen voor."
)


def choice(label, wish="", **filters):
    return {"label": label, "wish": wish, **filters}


def question(key, kind, text, *choices, help_text="", required=False, criterion=None):
    return {
        "key": key,
        "kind": kind,
        "text": text,
        "help_text": help_text,
        "required": required,
        "criterion": criterion,
        "choices": list(choices),
    }


def importance(criterion, text):
    return question(f"belang-{criterion}", "scale", text, criterion=criterion)


NEEDS = {
    "title": "Wat heb ik nodig?",
    "intro": (
        "Begin bij jezelf: wat wil je bijleren, waarom, en op welke manier "
        "leer je het best?"
    ),
    "questions": [
        question(
            "leervraag",
            "text",
            "Wat wil je leren? Schrijf je leervraag in je eigen woorden.",
            help_text=(
                "Bijvoorbeeld: ik wil beter leren inspelen op de grote "
                "verschillen tussen de leerlingen in mijn klas."
            ),
            required=True,
        ),
        question(
            "domeinen",
            "multiple",
            "Rond welke onderwerpen wil je je vooral verdiepen?",
            choice(
                "Schoolbeleid, kwaliteitszorg en communicatie",
                "over schoolbeleid en kwaliteitszorg",
                themes=[
                    "kwaliteitszorg",
                    "schooladministratie-en-wetgeving",
                    "communicatie-en-ouderbetrokkenheid",
                ],
            ),
            choice(
                "Samen leren en schoolontwikkeling (leergemeenschappen)",
                "over leergemeenschappen en schoolontwikkeling",
                themes=[
                    "professionaliseringsbeleid",
                    "onderwijskundig-leiderschap",
                    "personeelsbeleid",
                ],
            ),
            choice(
                "Leerlingenbegeleiding, zorg en welbevinden",
                "over leerlingenbegeleiding en zorg",
                themes=["leerlingenbegeleiding-en-zorg"],
            ),
            choice(
                "Differentiëren en omgaan met verschillen",
                "over differentiëren",
                themes=["differentiatie", "inclusief-onderwijs"],
            ),
            choice(
                "Didactiek, evaluatie en feedback",
                "over didactiek en evaluatie",
                themes=["didactiek-en-evaluatie"],
            ),
            choice(
                "Digitale didactiek en computationeel denken",
                "over digitaal lesgeven",
                themes=["digitale-didactiek", "informatica"],
            ),
            choice(
                "Taal, lezen en taalbeleid",
                "over taal en taalbeleid",
                themes=["taal"],
            ),
            choice(
                "STEM: wiskunde, wetenschappen en techniek",
                "over STEM",
                themes=["stem"],
            ),
            choice(
                "Mens en maatschappij, burgerschap",
                "over mens en maatschappij",
                themes=["mens-en-maatschappij"],
            ),
            choice(
                "Kunst, cultuur en media",
                "over kunst en cultuur",
                themes=["kunst-en-cultuur"],
            ),
            choice(
                "Beweging, gezondheid en welzijn",
                "over beweging en gezondheid",
                themes=["beweging-en-gezondheid"],
            ),
            choice(
                "Jonge kinderen en kleuters",
                "over jonge kinderen",
                themes=["jonge-kinderen"],
            ),
            choice(
                "Beroepsgericht onderwijs, duaal leren en werkplekleren",
                "over beroepsgericht en duaal leren",
                themes=["beroepsgericht-onderwijs"],
            ),
        ),
        question(
            "onderwijsniveau",
            "multiple",
            "In welk onderwijsniveau werk je?",
            choice(
                "Basisonderwijs",
                "in het basisonderwijs",
                levels=["basisonderwijs"],
            ),
            choice(
                "Secundair onderwijs",
                "in het secundair onderwijs",
                levels=["secundair-onderwijs"],
            ),
            choice(
                "Buitengewoon onderwijs",
                "in het buitengewoon onderwijs",
                levels=["buitengewoon-onderwijs"],
            ),
            choice(
                "Volwassenenonderwijs",
                "in het volwassenenonderwijs",
                levels=["volwassenenonderwijs"],
            ),
            choice(
                "Hoger onderwijs",
                "in het hoger onderwijs",
                levels=["hoger-onderwijs"],
            ),
            choice(
                "Deeltijds kunstonderwijs",
                "in het deeltijds kunstonderwijs",
                levels=["deeltijds-kunstonderwijs"],
            ),
        ),
        question(
            "rol",
            "single",
            "Welke rol heb je op school?",
            choice("Leraar", "voor leraren", roles=["leraar"]),
            choice(
                "Beginnende leraar",
                "voor beginnende leraren",
                roles=["beginnende-leraar", "leraar"],
            ),
            choice("Directeur", "voor directeurs", roles=["directeur"]),
            choice("Coördinator", "voor coördinatoren", roles=["coordinator"]),
            choice(
                "Zorgcoördinator of leerlingbegeleider",
                "voor zorgcoördinatoren en leerlingbegeleiders",
                roles=["zorgcoordinator", "leerlingbegeleider"],
            ),
            choice(
                "ICT-coördinator",
                "voor ICT-coördinatoren",
                roles=["ict-coordinator"],
            ),
            choice("Mentor", "voor mentoren", roles=["mentor"]),
            choice(
                "Pedagogisch begeleider",
                "voor pedagogisch begeleiders",
                roles=["pedagogisch-begeleider"],
            ),
            choice(
                "Beleidsmedewerker of procescoach",
                "voor beleidsmedewerkers en procescoaches",
                roles=["beleidsmedewerker", "procescoach"],
            ),
        ),
        question(
            "doel",
            "text",
            "Waarom wil je dit leren? Welk doel wil je ermee bereiken?",
        ),
        question(
            "wie-heeft-er-baat-bij",
            "multiple",
            "Wie heeft er baat bij als jij dit leert?",
            choice("Ikzelf"),
            choice("Mijn leerlingen"),
            choice("Mijn collega's"),
            choice("De school als geheel"),
        ),
        question(
            "verwachting",
            "multiple",
            "Wat wil je uit de nascholing halen?",
            choice(
                "Inspiratie en nieuwe ideeën",
                "inspiratie en nieuwe ideeën",
                formats=["lecture", "study_day"],
                methods=["lezing"],
            ),
            choice(
                "Concrete informatie en kennis",
                "concrete informatie",
                formats=["study_day"],
                methods=["workshop"],
            ),
            choice(
                "Oefenen en het zelf toepassen",
                "oefenen en toepassen",
                formats=["multi_day", "programme"],
                methods=["praktijkopdracht", "workshop"],
            ),
        ),
        question(
            "leerwijze",
            "multiple",
            "Op welke manier leer jij het liefst?",
            choice(
                "Samen met collega's, van en met elkaar",
                "samen leren met collega's",
                methods=["leergemeenschap", "intervisie", "lesson-study"],
                criteria=["peers"],
            ),
            choice(
                "In mijn eigen klas of school, met begeleiding",
                "leren in je eigen klas of school",
                formats=["school_coaching"],
                methods=["coaching", "klasobservatie"],
                criteria=["embedded"],
            ),
            choice(
                "Door tussen de bijeenkomsten zelf dingen uit te proberen",
                "uitproberen tussen de bijeenkomsten",
                formats=["programme", "multi_day"],
                criteria=["between-sessions", "time"],
            ),
            choice(
                "Alleen, op mijn eigen tempo",
                "leren op je eigen tempo",
                formats=["online"],
                methods=["e-learning"],
                online=True,
            ),
        ),
    ],
}

SCHOOL = {
    "title": "Mijn school en collega's",
    "intro": (
        "Een nascholing levert meer op als ze aansluit bij je school. Leg je "
        "vraag voor aan je collega's en je directie, en ga na wat er praktisch "
        "mogelijk is. Ook je pedagogisch begeleider denkt graag mee."
    ),
    "questions": [
        question(
            "collegas-zelfde-vraag",
            "single",
            "Zitten er collega's met dezelfde vraag, of is ze vooral voor jou "
            "van belang?",
            choice("Ja, ook andere collega's hebben er baat bij"),
            choice("Misschien, dat moet ik nog navragen"),
            choice("Nee, het gaat vooral om mij"),
        ),
        question(
            "collegas-gesproken",
            "single",
            "Heb je er al met je collega's over gepraat? Kunnen zij je met je "
            "vraag verder helpen?",
            choice("Ja, en ze kunnen me zelf verder helpen"),
            choice("Ja, maar ze zoeken ook nog een antwoord"),
            choice("Nee, nog niet"),
        ),
        question(
            "aanbod-eigen-school",
            "single",
            "Heeft je school, scholengemeenschap of scholengroep zelf al een "
            "antwoord op je vraag?",
            choice("Ja"),
            choice("Misschien, dat zoek ik nog uit"),
            choice("Nee"),
            help_text=(
                "Denk ook aan een klasbezoek bij een collega, intervisie of een "
                "vorming binnen de school."
            ),
        ),
        question(
            "past-in-schoolvisie",
            "single",
            "Past je vraag in de visie en de prioriteiten van je school, en in "
            "het professionaliseringsplan?",
            choice("Ja, ze staat al in het plan"),
            choice("Ze past in de visie, maar staat nog niet in het plan"),
            choice("Nee, of dat weet ik niet"),
            help_text=(
                "Staat je vraag nog niet in het plan? Bespreek met je "
                "directie hoe ze er een plaats in kan krijgen."
            ),
        ),
        question(
            "ruimte-en-middelen",
            "text",
            "Welke tijd en middelen geeft je school om deel te nemen? Welke "
            "afspraken gelden er om je in te schrijven, en kan je daarover "
            "praten?",
        ),
        question(
            "ruimte-achteraf",
            "single",
            "Krijg je na de nascholing de ruimte om het geleerde toe te passen "
            "en te delen met je collega's?",
            choice("Ja"),
            choice("Gedeeltelijk"),
            choice("Nee"),
            choice("Dat weet ik nog niet"),
        ),
        question(
            "waar",
            "multiple",
            "Waar wil je de nascholing volgen?",
            choice(
                "Provincie Antwerpen",
                "sessies in de provincie Antwerpen",
                provinces=["antwerpen"],
            ),
            choice(
                "Provincie Limburg",
                "sessies in de provincie Limburg",
                provinces=["limburg"],
            ),
            choice(
                "Provincie Oost-Vlaanderen",
                "sessies in de provincie Oost-Vlaanderen",
                provinces=["oost-vlaanderen"],
            ),
            choice(
                "Provincie Vlaams-Brabant",
                "sessies in de provincie Vlaams-Brabant",
                provinces=["vlaams-brabant"],
            ),
            choice(
                "Provincie West-Vlaanderen",
                "sessies in de provincie West-Vlaanderen",
                provinces=["west-vlaanderen"],
            ),
            choice("Brussel", "sessies in Brussel", provinces=["brussel"]),
            choice("Online is ook goed", "ook online", online=True),
        ),
        question(
            "budget",
            "single",
            "Hoeveel mag de nascholing kosten?",
            choice("Gratis", "gratis", max_fee=Decimal("0")),
            choice("Tot 100 euro", "tot 100 euro", max_fee=Decimal("100")),
            choice("Tot 250 euro", "tot 250 euro", max_fee=Decimal("250")),
            choice("Tot 500 euro", "tot 500 euro", max_fee=Decimal("500")),
            choice("Maakt niet uit"),
        ),
        question(
            "wanneer",
            "single",
            "Wanneer wil je de nascholing volgen?",
            choice("Binnen de drie maanden", "binnen de drie maanden", period="soon"),
            choice("Nog dit schooljaar", "nog dit schooljaar", period="this_year"),
            choice("Volgend schooljaar", "volgend schooljaar", period="next_year"),
            choice("Maakt niet uit"),
        ),
    ],
}

PROVIDER = {
    "title": "Een aanbieder kiezen",
    "intro": (
        "Kijk niet alleen naar het onderwerp, maar ook naar de organisatie "
        "achter de nascholing. Veel vind je op de website van de aanbieder, en "
        "wat je daar niet vindt, kan je hen gewoon vragen. Hoe belangrijk zijn "
        "deze punten voor jou?"
    ),
    "questions": [
        question(
            "aanbieder-visie",
            "scale",
            "De kijk van de aanbieder op het thema sluit aan bij mijn ideeën en "
            "bij de visie van mijn school.",
        ),
        question(
            "aanbieder-doelen",
            "scale",
            "De aanbieder heeft heldere doelen en maakt ze concreet voor een "
            "school zoals de mijne.",
        ),
        question(
            "aanbieder-partners",
            "scale",
            "De aanbieder werkt samen met andere organisaties en met experten.",
        ),
        question(
            "aanbieder-werkvormen",
            "scale",
            "De werkvormen van de aanbieder passen bij mijn manier van leren.",
        ),
        importance(
            "follow-up",
            "De aanbieder ondersteunt me ook na de nascholing, wanneer ik het "
            "geleerde op school toepas.",
        ),
        question(
            "vragen-aan-aanbieder",
            "text",
            "Welke vragen wil je de aanbieder stellen voor je je inschrijft?",
        ),
    ],
}

CONTENT_AND_APPROACH = {
    "title": "Inhoud en aanpak",
    "intro": (
        "Wat er aan bod komt en hoe er gewerkt wordt, zegt meer over een "
        "nascholing dan haar vorm (een studiedag, coaching, …). Niet elk punt "
        "weegt voor iedereen even zwaar: geef aan wat voor jou telt. Wat je "
        "belangrijk vindt, helpt om nascholingen te rangschikken. Bespreek met "
        "de aanbieder wat er aan bod komt en hoe dat past in je opdracht op "
        "school."
    ),
    "questions": [
        # Content
        importance(
            "subject-content",
            "De nascholing gaat niet alleen over hoe je lesgeeft, maar ook over "
            "de leerstof van je vak of leergebied, ook over de vakken heen.",
        ),
        importance(
            "pupil-learning",
            "Ze laat zien wat leerlingen moeten kennen en kunnen, en hoe "
            "verschillende groepen leerlingen dat leren.",
        ),
        importance(
            "practice",
            "Ze vertaalt de inhoud naar je lessen van elke dag, en leert je die "
            "vertaling zelf te maken.",
        ),
        importance(
            "differentiation",
            "Je leert hoe je in je lessen inspeelt op verschillen tussen leerlingen.",
        ),
        importance(
            "evidence",
            "Wat er aangebracht wordt en het materiaal dat je meekrijgt, zijn "
            "onderbouwd met wetenschappelijke inzichten.",
        ),
        importance(
            "experiment",
            "Je houdt zelf het stuur over wat je leert en mag de voorstellen "
            "vrij uitproberen.",
        ),
        # Approach
        importance(
            "time",
            "De nascholing loopt lang genoeg om het geleerde te laten bezinken "
            "en uit te proberen.",
        ),
        importance(
            "peers",
            "Je leert samen met de andere deelnemers, met tijd voor overleg, "
            "samenwerking en feedback.",
        ),
        importance(
            "embedded",
            "De nascholing vindt (deels) plaats op je eigen school, of sluit "
            "nauw aan bij je dagelijkse werk.",
        ),
        importance(
            "transfer",
            "Ze helpt je om het geleerde mee te nemen naar je school en je collega's.",
        ),
        importance(
            "active",
            "Je gaat zelf actief aan de slag, met tijd om te oefenen en te "
            "reflecteren, en je geeft de nascholing mee vorm.",
        ),
        importance(
            "between-sessions",
            "Tussen de bijeenkomsten ga je zelf aan de slag in je eigen praktijk.",
        ),
    ],
}

AFTERWARDS = {
    "title": "Na de nascholing",
    "intro": (
        "Denk nu al na over wat je achteraf met het geleerde doet. Na de "
        "nascholing kan je op deze vragen terugblikken."
    ),
    "questions": [
        question(
            "toepassen-in-de-klas",
            "text",
            "Hoe breng je wat je leert in je lessen binnen? Wat heb je daarvoor "
            "nodig, en hoeveel tijd kan je ervoor vrijmaken?",
        ),
        question(
            "delen-met-collegas",
            "text",
            "Hoe deel je wat je leert met je collega's? Wat heb je daarvoor "
            "nodig, en wanneer kan dat?",
        ),
        question(
            "ondersteuning",
            "single",
            "Kan je rekenen op ondersteuning om het geleerde toe te passen en "
            "met je collega's te delen?",
            choice("Ja, dat is geregeld"),
            choice("Gedeeltelijk"),
            choice("Nee, nog niet"),
            choice("Dat weet ik nog niet"),
        ),
        question(
            "effect",
            "text",
            "Hoe ga je na of de nascholing het effect had dat je wilde? Waaraan "
            "zal je dat merken?",
        ),
    ],
}

SECTIONS = [NEEDS, SCHOOL, PROVIDER, CONTENT_AND_APPROACH, AFTERWARDS]

# Choice field -> (app, model, lookup field) of the terms it links to.
LINKS = {
    "themes": ("taxonomy", "Theme", "slug"),
    "levels": ("taxonomy", "EducationLevel", "slug"),
    "roles": ("taxonomy", "TargetRole", "slug"),
    "methods": ("taxonomy", "Method", "slug"),
    "criteria": ("taxonomy", "Criterion", "key"),
    "provinces": ("taxonomy", "Province", "slug"),
}
PLAIN = ["formats", "online", "max_fee", "period"]


def create(apps, schema_editor):
    Questionnaire = apps.get_model("planning", "Questionnaire")
    QuestionnaireVersion = apps.get_model("planning", "QuestionnaireVersion")
    Criterion = apps.get_model("taxonomy", "Criterion")

    questionnaire, _ = Questionnaire.objects.get_or_create(
        slug=SLUG, defaults={"title": "Kijkwijzer"}
    )
    if questionnaire.versions.exists():
        return
    version = QuestionnaireVersion.objects.create(
        questionnaire=questionnaire,
        number=1,
        status="published",
        published_at=timezone.now(),
        intro=INTRO,
    )
    criteria = {c.key: c for c in Criterion.objects.all()}
    terms = {
        name: {
            getattr(term, field): term
            for term in apps.get_model(app, model).objects.all()
        }
        for name, (app, model, field) in LINKS.items()
    }
    for section_position, spec in enumerate(SECTIONS):
        section = version.sections.create(
            position=section_position, title=spec["title"], intro=spec["intro"]
        )
        for question_position, q in enumerate(spec["questions"]):
            created = section.questions.create(
                position=question_position,
                key=q["key"],
                kind=q["kind"],
                text=q["text"],
                help_text=q["help_text"],
                required=q["required"],
                criterion=criteria.get(q["criterion"]),
            )
            for choice_position, c in enumerate(q["choices"]):
                option = created.choices.create(
                    position=choice_position,
                    label=c["label"],
                    wish=c["wish"],
                    **{name: c[name] for name in PLAIN if name in c},
                )
                for name in LINKS:
                    found = [
                        terms[name][s] for s in c.get(name, []) if s in terms[name]
                    ]
                    if found:
                        getattr(option, name).set(found)


def remove(apps, schema_editor):
    Questionnaire = apps.get_model("planning", "Questionnaire")
    Response = apps.get_model("planning", "Response")
    if Response.objects.filter(version__questionnaire__slug=SLUG).exists():
        raise RuntimeError(
            "Teachers have filled in the kijkwijzer: going back would delete "
            "their answers. Remove them deliberately first, if that is meant."
        )
    Questionnaire.objects.filter(slug=SLUG).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("planning", "0001_initial"),
        ("taxonomy", "0002_own_tables_and_postcodes"),
    ]

    operations = [migrations.RunPython(create, remove)]
