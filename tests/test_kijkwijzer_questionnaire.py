"""The first kijkwijzer (a data migration), its versions, and how site
editors keep it in the admin."""

from __future__ import annotations

import importlib
from collections import Counter

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from planning.models import (
    LEARNING_QUESTION,
    Choice,
    Question,
    Questionnaire,
    QuestionnaireVersion,
    Response,
    Section,
)
from taxonomy.models import (
    Criterion,
    EducationLevel,
    Method,
    Province,
    TargetRole,
    Theme,
)

from .helpers import management_form

# The questionnaire's admin, the same on every database: run on the first
# database only (marker "once").
pytestmark = [pytest.mark.django_db, pytest.mark.once]

MIGRATION = "0002_first_kijkwijzer"
first = importlib.import_module(f"planning.migrations.{MIGRATION}")

PARTS = [
    "Wat heb ik nodig?",
    "Mijn school en collega's",
    "Een aanbieder kiezen",
    "Inhoud en aanpak",
    "Na de nascholing",
]


def current():
    return Questionnaire.objects.kijkwijzer().current_version()


def questions(version) -> list[Question]:
    return list(
        Question.objects.filter(section__version=version).order_by(
            "section__position", "position"
        )
    )


def question(key, version=None) -> Question:
    return Question.objects.get(section__version=version or current(), key=key)


def choice(key, label, version=None) -> Choice:
    return question(key, version).choices.get(label=label)


def empty_draft() -> QuestionnaireVersion:
    return QuestionnaireVersion.objects.create(
        questionnaire=Questionnaire.objects.kijkwijzer(), number=99
    )


def answer(version, owner) -> Response:
    return Response.objects.create(owner=owner, version=version, title="Mijn plan")


# -- the first version -------------------------------------------------------------


def test_the_first_version_is_published_and_current():
    version = current()
    assert version.number == 1
    assert version.status == QuestionnaireVersion.Status.PUBLISHED
    assert version.is_frozen
    assert version.published_at is not None
    assert version.intro


def test_it_has_the_five_parts_of_the_kijkwijzer_in_order():
    titles = [s.title for s in current().sections.all()]
    assert titles == PARTS


def test_it_asks_a_manageable_number_of_questions_with_unique_keys():
    asked = questions(current())
    assert 25 <= len(asked) <= 40
    keys = Counter(q.key for q in asked)
    assert [key for key, n in keys.items() if n > 1] == []


def test_questions_are_numbered_in_order_within_each_part():
    for section in current().sections.all():
        positions = list(section.questions.values_list("position", flat=True))
        assert positions == sorted(set(positions))


def test_only_the_learning_question_is_required_and_it_is_free_text():
    required = [q for q in questions(current()) if q.required]
    assert [(q.key, q.kind) for q in required] == [
        (LEARNING_QUESTION, Question.Kind.TEXT)
    ]
    assert required[0].section.title == PARTS[0]


def test_every_criterion_has_exactly_one_scale_question():
    linked = Counter(
        q.criterion.key for q in questions(current()) if q.criterion_id is not None
    )
    assert linked == Counter(Criterion.objects.values_list("key", flat=True))
    for q in questions(current()):
        if q.criterion_id:
            assert q.kind == Question.Kind.SCALE
            assert q.key == f"belang-{q.criterion.key}"


def test_the_content_and_approach_part_follows_the_criteria_order():
    section = current().sections.get(title="Inhoud en aanpak")
    asked = [q.criterion.key for q in section.questions.select_related("criterion")]
    listed = list(Criterion.objects.values_list("key", flat=True))
    assert asked == [key for key in listed if key in asked]
    assert len(asked) >= 12


def test_every_choice_question_offers_at_least_two_choices():
    for q in questions(current()):
        count = q.choices.count()
        if q.kind in (Question.Kind.SINGLE, Question.Kind.MULTIPLE):
            assert count >= 2, q.key
        else:
            assert count == 0, q.key


def test_every_question_and_choice_is_valid_as_the_admin_checks_it():
    for q in questions(current()):
        q.full_clean()
        for c in q.choices.all():
            c.full_clean()


def test_every_term_the_migration_names_exists():
    """A slug the migration skips silently would be a typo here."""
    missing = []
    for spec in first.SECTIONS:
        for q in spec["questions"]:
            if q["criterion"]:
                assert Criterion.objects.filter(key=q["criterion"]).exists()
            for c in q["choices"]:
                for name, (app, model, field) in first.LINKS.items():
                    terms = apps.get_model(app, model).objects
                    for value in c.get(name, []):
                        if not terms.filter(**{field: value}).exists():
                            missing.append((q["key"], name, value))
    assert missing == []


def test_domains_point_at_themes():
    together = choice(
        "domeinen", "Samen leren en schoolontwikkeling (leergemeenschappen)"
    )
    assert set(together.themes.values_list("slug", flat=True)) == {
        "professionaliseringsbeleid",
        "onderwijskundig-leiderschap",
        "personeelsbeleid",
    }
    assert together.wish == "over leergemeenschappen en schoolontwikkeling"
    for c in question("domeinen").choices.all():
        assert c.themes.exists(), c.label


def test_levels_and_roles_point_at_their_terms():
    secondary = choice("onderwijsniveau", "Secundair onderwijs")
    assert list(secondary.levels.all()) == [
        EducationLevel.objects.get(slug="secundair-onderwijs")
    ]
    assert secondary.wish == "in het secundair onderwijs"
    director = choice("rol", "Directeur")
    assert list(director.roles.all()) == [TargetRole.objects.get(slug="directeur")]


def test_the_province_choices_point_at_provinces_and_online_is_one_too():
    antwerp = choice("waar", "Provincie Antwerpen")
    assert list(antwerp.provinces.all()) == [Province.objects.get(slug="antwerpen")]
    assert antwerp.wish == "sessies in de provincie Antwerpen"
    online = choice("waar", "Online is ook goed")
    assert online.online
    assert not online.provinces.exists()
    linked = set(
        Province.objects.filter(
            pk__in=Choice.provinces.through.objects.filter(
                choice__question=question("waar")
            ).values("province")
        ).values_list("slug", flat=True)
    )
    assert linked == set(Province.objects.values_list("slug", flat=True))


def test_learning_with_colleagues_asks_for_peer_learning():
    peers = choice("leerwijze", "Samen met collega's, van en met elkaar")
    assert set(peers.methods.values_list("slug", flat=True)) == {
        "leergemeenschap",
        "intervisie",
        "lesson-study",
    }
    assert list(peers.criteria.values_list("key", flat=True)) == ["peers"]
    assert peers.wish == "samen leren met collega's"
    alone = choice("leerwijze", "Alleen, op mijn eigen tempo")
    assert alone.online
    assert alone.formats == ["online"]
    assert list(alone.methods.all()) == [Method.objects.get(slug="e-learning")]


def test_expectations_point_at_formats_and_methods():
    practice = choice("verwachting", "Oefenen en het zelf toepassen")
    assert set(practice.formats) == {"multi_day", "programme"}
    assert set(practice.methods.values_list("slug", flat=True)) == {
        "praktijkopdracht",
        "workshop",
    }


def test_budget_choices_set_a_maximum_fee_except_no_matter():
    fees = {c.label: c.max_fee for c in question("budget").choices.all()}
    assert fees["Gratis"] == 0
    assert fees["Tot 250 euro"] == 250
    assert fees["Maakt niet uit"] is None


def test_when_choices_set_a_period_except_no_matter():
    periods = [c.period for c in question("wanneer").choices.all()]
    assert periods == [
        Choice.Period.SOON,
        Choice.Period.THIS_YEAR,
        Choice.Period.NEXT_YEAR,
        "",
    ]
    assert choice("wanneer", "Volgend schooljaar").dates(timezone.localdate())[0]


def test_provider_support_afterwards_is_the_follow_up_criterion():
    q = question("belang-follow-up")
    assert q.section.title == "Een aanbieder kiezen"
    assert q.criterion == Criterion.objects.get(key="follow-up")


def test_no_two_domains_link_the_same_theme():
    # Two domains with the same theme would make one wish look like two.
    themes = Counter(
        Choice.themes.through.objects.filter(
            choice__question=question("domeinen")
        ).values_list("theme_id", flat=True)
    )
    assert [pk for pk, n in themes.items() if n > 1] == []
    assert Theme.objects.filter(pk__in=themes).count() == len(themes)


# -- the migration runs backwards ------------------------------------------------


def historical_apps():
    loader = MigrationLoader(connection)
    return loader.project_state(("planning", MIGRATION)).apps


def test_the_migration_can_be_reversed_and_run_again():
    state = historical_apps()
    first.remove(state, None)
    assert not Questionnaire.objects.filter(slug="kijkwijzer").exists()
    assert not Section.objects.exists()
    first.create(state, None)
    assert current().number == 1
    assert 25 <= len(questions(current())) <= 40


def test_running_it_twice_makes_no_second_version():
    first.create(historical_apps(), None)
    assert Questionnaire.objects.kijkwijzer().versions.count() == 1


def test_reversing_refuses_while_teachers_have_answers(tom):
    answer(current(), tom)
    with pytest.raises(RuntimeError, match="answers"):
        first.remove(historical_apps(), None)
    assert Response.objects.count() == 1


# -- versions --------------------------------------------------------------------


def links(c: Choice) -> dict[str, set[int]]:
    return {name: {t.pk for t in getattr(c, name).all()} for name in Choice.LINKS}


def snapshot(version):
    return [
        (
            s.position,
            s.title,
            [
                (
                    q.pk,
                    q.key,
                    q.kind,
                    q.text,
                    q.required,
                    q.criterion_id,
                    [(c.pk, c.label, c.formats, links(c)) for c in q.choices.all()],
                )
                for q in s.questions.all()
            ],
        )
        for s in version.sections.all()
    ]


def without_ids(shot):
    return [
        (
            position,
            title,
            [
                (*q[1:6], [(label, formats, ln) for _pk, label, formats, ln in q[6]])
                for q in qs
            ],
        )
        for position, title, qs in shot
    ]


def test_a_new_draft_copies_everything_and_leaves_the_published_version_alone():
    published = current()
    before = snapshot(published)
    draft = published.new_draft()
    assert draft.number == 2
    assert draft.status == QuestionnaireVersion.Status.DRAFT
    assert draft.intro == published.intro
    copied = snapshot(draft)
    assert without_ids(copied) == without_ids(before)
    old_ids = {q[0] for _p, _t, qs in before for q in qs}
    assert old_ids.isdisjoint({q[0] for _p, _t, qs in copied for q in qs})
    assert snapshot(published) == before
    assert current() == published


def test_publishing_the_draft_makes_it_current():
    draft = current().new_draft()
    question(LEARNING_QUESTION, draft).delete()
    draft.publish()
    assert current() == draft
    assert draft.published_at is not None
    assert Question.objects.filter(
        section__version__number=1, key=LEARNING_QUESTION
    ).exists()


def test_an_empty_draft_cannot_be_published():
    draft = empty_draft()
    with pytest.raises(ValidationError):
        draft.publish()
    draft.refresh_from_db()
    assert draft.status == QuestionnaireVersion.Status.DRAFT
    assert current().number == 1


# -- the admin -------------------------------------------------------------------


def url(name, *args):
    return reverse(f"admin:planning_{name}", args=args)


@pytest.fixture
def editor_client(client, eva):
    client.force_login(eva)
    return client


def test_an_editor_sees_the_versions_and_how_often_each_was_filled_in(
    editor_client, tom
):
    answer(current(), tom)
    page = editor_client.get(url("questionnaireversion_changelist"))
    assert page.status_code == 200
    assert page.context["cl"].result_list[0].response_count == 1


def test_an_editor_can_open_everything_of_the_kijkwijzer(editor_client):
    version = current()
    section = version.sections.first()
    q = question("domeinen")
    for page in [
        url("questionnaire_changelist"),
        url("questionnaire_change", version.questionnaire.pk),
        url("questionnaireversion_change", version.pk),
        url("section_changelist"),
        url("section_change", section.pk),
        url("question_changelist"),
        url("question_change", q.pk),
    ]:
        assert editor_client.get(page).status_code == 200, page


def test_a_published_version_is_shown_read_only(editor_client):
    version = current()
    for page in [
        url("questionnaireversion_change", version.pk),
        url("section_change", version.sections.first().pk),
        url("question_change", question("domeinen").pk),
    ]:
        response = editor_client.get(page)
        assert response.status_code == 200, page
        html = response.content.decode()
        assert 'name="_save"' not in html, page
        assert 'class="deletelink"' not in html, page


def test_changes_to_a_published_version_are_refused(editor_client):
    version = current()
    response = editor_client.post(
        url("questionnaireversion_change", version.pk),
        {"intro": "Iets anders", **management_form("sections", [])},
    )
    assert response.status_code == 403
    version.refresh_from_db()
    assert version.intro == first.INTRO

    section = version.sections.first()
    response = editor_client.post(
        url("section_change", section.pk),
        {
            "version": version.pk,
            "position": 0,
            "title": "Gewijzigd",
            "intro": "",
            **management_form("questions", []),
        },
    )
    assert response.status_code == 403
    section.refresh_from_db()
    assert section.title == PARTS[0]


def test_a_published_version_cannot_be_deleted(editor_client):
    version = current()
    assert (
        editor_client.get(url("questionnaireversion_delete", version.pk)).status_code
        == 403
    )
    response = editor_client.post(
        url("questionnaireversion_changelist"),
        {"action": "delete_selected", "_selected_action": [version.pk], "post": "yes"},
    )
    assert response.status_code == 403
    assert QuestionnaireVersion.objects.filter(pk=version.pk).exists()
    section = version.sections.first()
    assert editor_client.get(url("section_delete", section.pk)).status_code == 403


def test_a_draft_with_answers_cannot_be_deleted(editor_client, tom):
    draft = current().new_draft()
    answer(draft, tom)
    response = editor_client.get(url("questionnaireversion_delete", draft.pk))
    assert response.status_code == 403


def test_a_draft_without_answers_can_be_deleted(editor_client):
    draft = current().new_draft()
    response = editor_client.post(
        url("questionnaireversion_delete", draft.pk), {"post": "yes"}
    )
    assert response.status_code == 302
    assert not QuestionnaireVersion.objects.filter(pk=draft.pk).exists()
    assert current().number == 1


def test_drafts_and_their_sections_can_be_deleted_from_the_lists(editor_client):
    draft, other = current().new_draft(), current().new_draft()
    section = draft.sections.first()
    response = editor_client.post(
        url("section_changelist"),
        {"action": "delete_selected", "_selected_action": [section.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert not Section.objects.filter(pk=section.pk).exists()
    response = editor_client.post(
        url("questionnaireversion_changelist"),
        {"action": "delete_selected", "_selected_action": [other.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert list(Questionnaire.objects.kijkwijzer().versions.all()) == [
        draft,
        current(),
    ]


def test_the_new_draft_action_makes_version_2(editor_client):
    version = current()
    response = editor_client.post(
        url("questionnaireversion_changelist"),
        {"action": "make_draft", "_selected_action": [version.pk]},
        follow=True,
    )
    assert response.status_code == 200
    draft = Questionnaire.objects.kijkwijzer().versions.get(number=2)
    assert draft.status == QuestionnaireVersion.Status.DRAFT
    assert len(questions(draft)) == len(questions(version))
    assert url("questionnaireversion_change", draft.pk) in response.content.decode()


def test_the_publish_action_publishes_a_draft(editor_client):
    draft = current().new_draft()
    editor_client.post(
        url("questionnaireversion_changelist"),
        {"action": "publish", "_selected_action": [draft.pk]},
    )
    assert current() == draft


def test_the_publish_action_refuses_an_empty_draft_with_a_message(editor_client):
    draft = empty_draft()
    response = editor_client.post(
        url("questionnaireversion_changelist"),
        {"action": "publish", "_selected_action": [draft.pk]},
        follow=True,
    )
    draft.refresh_from_db()
    assert draft.status == QuestionnaireVersion.Status.DRAFT
    levels = [m.level_tag for m in response.context["messages"]]
    assert levels == ["error"]


def question_data(q, **overrides):
    data = {
        "section": q.section_id,
        "position": q.position,
        "key": q.key,
        "kind": q.kind,
        "text": q.text,
        "help_text": q.help_text,
        "criterion": q.criterion_id or "",
        **management_form("choices", []),
    }
    if q.required:
        data["required"] = "on"
    data.update(overrides)
    return data


def test_an_editor_can_change_a_question_of_a_draft(editor_client):
    draft = current().new_draft()
    q = question("doel", draft)
    page = editor_client.get(url("question_change", q.pk)).content.decode()
    assert 'name="_save"' in page
    response = editor_client.post(
        url("question_change", q.pk), question_data(q, text="Wat is je doel?")
    )
    assert response.status_code == 302
    q.refresh_from_db()
    assert q.text == "Wat is je doel?"
    assert question("doel").text != "Wat is je doel?"


def choice_row(c, **overrides):
    row = {
        "id": c.pk,
        "question": c.question_id,
        "label": c.label,
        "wish": c.wish,
        "position": c.position,
        **{name: [t.pk for t in getattr(c, name).all()] for name in Choice.LINKS},
        "formats": c.formats,
        "max_fee": "" if c.max_fee is None else str(c.max_fee),
        "period": c.period,
    }
    if c.online:
        row["online"] = "on"
    row.update(overrides)
    return row


def test_an_editor_can_change_the_filters_of_a_draft_choice(editor_client):
    draft = current().new_draft()
    q = question("waar", draft)
    page = editor_client.get(url("question_change", q.pk)).content.decode()
    assert 'name="_save"' in page
    online = q.choices.get(online=True)
    rows = [
        choice_row(c, formats=["online", "hybrid"]) if c == online else choice_row(c)
        for c in q.choices.all()
    ]
    data = question_data(q, **management_form("choices", rows, initial=len(rows)))
    response = editor_client.post(url("question_change", q.pk), data)
    assert response.status_code == 302, response.context["errors"]
    online.refresh_from_db()
    assert online.formats == ["online", "hybrid"]
    assert choice("waar", "Online is ook goed").formats == []


def test_an_unknown_format_is_refused(editor_client):
    draft = current().new_draft()
    q = question("wanneer", draft)
    rows = [choice_row(c) for c in q.choices.all()]
    rows[0]["formats"] = ["sabbatical"]
    data = question_data(q, **management_form("choices", rows, initial=len(rows)))
    response = editor_client.post(url("question_change", q.pk), data)
    assert response.status_code == 200
    assert q.choices.get(pk=rows[0]["id"]).formats == []


def test_a_question_key_is_unique_within_its_version(editor_client):
    draft = current().new_draft()
    q = question("doel", draft)
    response = editor_client.post(
        url("question_change", q.pk), question_data(q, key=LEARNING_QUESTION)
    )
    assert response.status_code == 200
    assert "key" in response.context["adminform"].form.errors
    q.refresh_from_db()
    assert q.key == "doel"


def test_two_new_questions_of_a_section_cannot_share_a_key(editor_client):
    draft = current().new_draft()
    section = draft.sections.get(title="Na de nascholing")
    rows = [
        {
            "id": q.pk,
            "section": section.pk,
            "position": q.position,
            "key": q.key,
            "kind": q.kind,
            "text": q.text,
        }
        for q in section.questions.all()
    ]
    initial = len(rows)
    rows += [
        {"section": section.pk, "position": 9, "key": "nieuw", "kind": "text"}
        | {"text": text}
        for text in ["Een vraag?", "Nog een vraag?"]
    ]
    data = {
        "version": draft.pk,
        "position": section.position,
        "title": section.title,
        "intro": section.intro,
        **management_form("questions", rows, initial=initial),
    }
    response = editor_client.post(url("section_change", section.pk), data)
    assert response.status_code == 200
    assert response.context["inline_admin_formsets"][0].formset.non_form_errors()
    assert not Question.objects.filter(key="nieuw").exists()


def test_a_question_cannot_be_moved_into_a_published_version(editor_client):
    draft = current().new_draft()
    q = question("doel", draft)
    frozen = current().sections.first()
    response = editor_client.post(
        url("question_change", q.pk), question_data(q, section=frozen.pk)
    )
    assert response.status_code == 200
    assert "section" in response.context["adminform"].form.errors
    assert question("doel", draft).section.version == draft


def test_the_version_list_does_not_query_per_version(editor_client):
    def count():
        with CaptureQueriesContext(connection) as queries:
            editor_client.get(url("questionnaireversion_changelist"))
        return len(queries)

    questionnaire = Questionnaire.objects.kijkwijzer()
    QuestionnaireVersion.objects.create(questionnaire=questionnaire, number=2)
    few = count()
    for number in range(3, 6):
        QuestionnaireVersion.objects.create(questionnaire=questionnaire, number=number)
    assert count() == few


def test_a_teacher_is_sent_to_sign_in(client, tom):
    client.force_login(tom)
    response = client.get(url("questionnaireversion_changelist"))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_provider_staff_may_not_keep_the_kijkwijzer(staff_client):
    for page in [
        url("questionnaireversion_changelist"),
        url("questionnaireversion_change", current().pk),
        url("question_changelist"),
    ]:
        assert staff_client.get(page).status_code in (403, 404), page


@pytest.mark.parametrize("model", ["response", "coursereflection"])
def test_answers_are_not_in_the_admin_even_for_a_superuser(client, root, model):
    client.force_login(root)
    assert client.get(f"/admin/planning/{model}/").status_code == 404
    index = client.get(reverse("admin:index")).content.decode()
    assert f"/admin/planning/{model}/" not in index
