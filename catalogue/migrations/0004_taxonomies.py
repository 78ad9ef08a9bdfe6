"""The reference taxonomies every installation starts with.

Site editors can rename, add and reorder terms in the admin afterwards;
this migration only creates what is missing, matched on slug.
"""

from django.db import migrations

LEVELS = [
    ("Basisonderwijs", "basisonderwijs", [
        ("Kleuteronderwijs", "kleuteronderwijs"),
        ("Lager onderwijs", "lager-onderwijs"),
    ]),
    ("Secundair onderwijs", "secundair-onderwijs", [
        ("Eerste graad", "eerste-graad"),
        ("Tweede graad", "tweede-graad"),
        ("Derde graad", "derde-graad"),
        ("Se-n-Se", "se-n-se"),
    ]),
    ("Buitengewoon onderwijs", "buitengewoon-onderwijs", [
        ("Buitengewoon basisonderwijs", "buitengewoon-basisonderwijs"),
        ("Buitengewoon secundair onderwijs", "buitengewoon-secundair-onderwijs"),
    ]),
    ("Volwassenenonderwijs", "volwassenenonderwijs", []),
    ("Hoger onderwijs", "hoger-onderwijs", []),
    ("Deeltijds kunstonderwijs", "deeltijds-kunstonderwijs", []),
]

THEMES = [
    ("Schoolbeleid en -administratie", "schoolbeleid-en-administratie", [
        ("Personeelsbeleid", "personeelsbeleid"),
        ("Onderwijskundig leiderschap", "onderwijskundig-leiderschap"),
        ("Kwaliteitszorg", "kwaliteitszorg"),
        ("Professionaliseringsbeleid", "professionaliseringsbeleid"),
        ("Schooladministratie en wetgeving", "schooladministratie-en-wetgeving"),
        ("Communicatie en ouderbetrokkenheid", "communicatie-en-ouderbetrokkenheid"),
    ]),
    ("Leerlingenbegeleiding en zorg", "leerlingenbegeleiding-en-zorg", [
        ("Zorgbeleid", "zorgbeleid"),
        ("Welbevinden en gedrag", "welbevinden-en-gedrag"),
        ("Leerstoornissen", "leerstoornissen"),
        ("Inclusief onderwijs", "inclusief-onderwijs"),
        ("Studie- en loopbaanbegeleiding", "studie-en-loopbaanbegeleiding"),
    ]),
    ("Didactiek en evaluatie", "didactiek-en-evaluatie", [
        ("Differentiatie", "differentiatie"),
        ("Evaluatie en feedback", "evaluatie-en-feedback"),
        ("Activerende werkvormen", "activerende-werkvormen"),
        ("Digitale didactiek", "digitale-didactiek"),
    ]),
    ("Taal", "taal", [
        ("Nederlands", "nederlands"),
        ("Moderne vreemde talen", "moderne-vreemde-talen"),
        ("Taalbeleid en NT2", "taalbeleid-en-nt2"),
        ("Lezen en leesbevordering", "lezen-en-leesbevordering"),
    ]),
    ("STEM", "stem", [
        ("Wiskunde", "wiskunde"),
        ("Wetenschappen", "wetenschappen"),
        ("Techniek en technologie", "techniek-en-technologie"),
        ("Informatica en computationeel denken", "informatica"),
    ]),
    ("Mens en maatschappij", "mens-en-maatschappij", [
        ("Geschiedenis", "geschiedenis"),
        ("Aardrijkskunde", "aardrijkskunde"),
        ("Burgerschap", "burgerschap"),
    ]),
    ("Kunst en cultuur", "kunst-en-cultuur", [
        ("Muzische vorming", "muzische-vorming"),
        ("Muziek", "muziek"),
        ("Beeld en media", "beeld-en-media"),
    ]),
    ("Beweging en gezondheid", "beweging-en-gezondheid", [
        ("Lichamelijke opvoeding", "lichamelijke-opvoeding"),
        ("Gezondheid en welzijn", "gezondheid-en-welzijn"),
    ]),
    ("Jonge kinderen", "jonge-kinderen", [
        ("Kleuterdidactiek", "kleuterdidactiek"),
        ("Taalontwikkeling bij jonge kinderen", "taalontwikkeling-jonge-kinderen"),
    ]),
    ("Beroepsgericht onderwijs", "beroepsgericht-onderwijs", [
        ("Duaal leren", "duaal-leren"),
        ("Werkplekleren", "werkplekleren"),
    ]),
]

ROLES = [
    ("Leraar", "leraar"),
    ("Beginnende leraar", "beginnende-leraar"),
    ("Directeur", "directeur"),
    ("Coördinator", "coordinator"),
    ("Pedagogisch begeleider", "pedagogisch-begeleider"),
    ("Zorgcoördinator", "zorgcoordinator"),
    ("Leerlingbegeleider", "leerlingbegeleider"),
    ("ICT-coördinator", "ict-coordinator"),
    ("Mentor", "mentor"),
    ("Procescoach", "procescoach"),
    ("Beleidsmedewerker", "beleidsmedewerker"),
]

METHODS = [
    ("Lesson study", "lesson-study"),
    ("Teacher design team", "teacher-design-team"),
    ("Data team", "data-team"),
    ("Intervisie", "intervisie"),
    ("Klasobservatie", "klasobservatie"),
    ("Coaching", "coaching"),
    ("Professionele leergemeenschap", "leergemeenschap"),
    ("Workshop", "workshop"),
    ("Lezing", "lezing"),
    ("E-learning", "e-learning"),
    ("Casusbespreking", "casusbespreking"),
    ("Praktijkopdracht", "praktijkopdracht"),
]

PROVINCES = [
    ("Antwerpen", "antwerpen"),
    ("Limburg", "limburg"),
    ("Oost-Vlaanderen", "oost-vlaanderen"),
    ("Vlaams-Brabant", "vlaams-brabant"),
    ("West-Vlaanderen", "west-vlaanderen"),
    ("Brussel", "brussel"),
]

CRITERIA = [
    ("content", "subject-content", "Vakinhoud naast vakdidactiek",
     "Gaat de nascholing naast het hoe-les-je ook over de inhoud van het vak of leergebied zelf?"),
    ("content", "pupil-learning", "Hoe leerlingen leren",
     "Komt aan bod wat leerlingen moeten leren en hoe verschillende groepen leerlingen dat leren?"),
    ("content", "practice", "Vertaling naar de klaspraktijk",
     "Maakt de nascholing de stap naar je dagelijkse praktijk, en leer je die stap zelf zetten?"),
    ("content", "differentiation", "Differentiëren",
     "Is er aandacht voor de vaardigheden om te differentiëren in je klas?"),
    ("content", "evidence", "Onderbouwd door onderzoek",
     "Steunen de inhoud en het materiaal op wetenschappelijk onderzoek?"),
    ("content", "experiment", "Ruimte om te experimenteren",
     "Blijf je eigenaar van je leerproces en mag je met de voorstellen experimenteren?"),
    ("approach", "time", "Tijd om te verwerken",
     "Is er genoeg tijd om wat je leert te verwerken en toe te passen?"),
    ("approach", "peers", "Samen leren met collega's",
     "Leer je samen met de andere deelnemers, met ruimte voor overleg en feedback?"),
    ("approach", "embedded", "Ingebed in je dagelijkse werk",
     "Gaat de nascholing (deels) door in je eigen werkomgeving of sluit ze er nauw bij aan?"),
    ("approach", "transfer", "Transfer naar je school",
     "Helpt de nascholing om het geleerde over te dragen naar je school en je collega's?"),
    ("approach", "active", "Actief leren en reflectie",
     "Ben je actief aan de slag, met ruimte voor oefening en reflectie, als mede-maker?"),
    ("approach", "between-sessions", "Opdrachten tussen de sessies",
     "Wordt er tussen de sessies door iets van je verwacht?"),
    ("approach", "follow-up", "Ondersteuning achteraf",
     "Kan je na afloop rekenen op ondersteuning bij het toepassen in de praktijk?"),
]


def create(apps, schema_editor):
    def tree(model_name, rows):
        model = apps.get_model("catalogue", model_name)
        for position, (name, slug, children) in enumerate(rows):
            parent, _ = model.objects.get_or_create(
                slug=slug, defaults={"name": name, "position": position}
            )
            for child_position, (child_name, child_slug) in enumerate(children):
                model.objects.get_or_create(
                    slug=child_slug,
                    defaults={
                        "name": child_name,
                        "parent": parent,
                        "position": child_position,
                    },
                )

    def flat(model_name, rows):
        model = apps.get_model("catalogue", model_name)
        for position, (name, slug) in enumerate(rows):
            model.objects.get_or_create(
                slug=slug, defaults={"name": name, "position": position}
            )

    tree("EducationLevel", LEVELS)
    tree("Theme", THEMES)
    flat("TargetRole", ROLES)
    flat("Method", METHODS)
    flat("Province", PROVINCES)
    criterion = apps.get_model("catalogue", "Criterion")
    for position, (group, key, label, question) in enumerate(CRITERIA):
        criterion.objects.get_or_create(
            key=key,
            defaults={
                "group": group,
                "label": label,
                "question": question,
                "position": position,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0003_postgres_search")]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
