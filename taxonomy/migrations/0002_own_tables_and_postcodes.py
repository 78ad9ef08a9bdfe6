from django.db import migrations, models

MODELS = ["criterion", "method", "province", "targetrole", "educationlevel", "theme"]

# Belgian postcodes per province, as [from, to] pairs.
POSTCODES = {
    "brussel": [[1000, 1299]],
    "vlaams-brabant": [[1500, 1999], [3000, 3499]],
    "antwerpen": [[2000, 2999]],
    "limburg": [[3500, 3999]],
    "west-vlaanderen": [[8000, 8999]],
    "oost-vlaanderen": [[9000, 9999]],
}


def set_postcodes(apps, schema_editor):
    Province = apps.get_model("taxonomy", "Province")
    for slug, ranges in POSTCODES.items():
        Province.objects.filter(slug=slug).update(postcode_ranges=ranges)


def move_content_types(from_label, to_label):
    # Permissions and admin log entries point at content types: move them
    # along so the editors' rights and the change history carry over.
    def move(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        taken = set(
            ContentType.objects.filter(app_label=to_label).values_list(
                "model", flat=True
            )
        )
        ContentType.objects.filter(app_label=from_label, model__in=MODELS).exclude(
            model__in=taken
        ).update(app_label=to_label)

    return move


class Migration(migrations.Migration):
    dependencies = [
        ("taxonomy", "0001_move_vocabularies"),
        ("catalogue", "0006_move_vocabularies"),
        ("providers", "0003_move_vocabularies"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        *[migrations.AlterModelTable(name=name, table=None) for name in MODELS],
        migrations.RunPython(
            move_content_types("catalogue", "taxonomy"),
            move_content_types("taxonomy", "catalogue"),
        ),
        migrations.AddField(
            model_name="province",
            name="postcode_ranges",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="Belgian postcodes in this province, as [from, to] pairs.",
                verbose_name="postcode ranges",
            ),
        ),
        migrations.RunPython(set_postcodes, migrations.RunPython.noop),
    ]
