"""The kijkwijzer as a teacher fills it in: anonymous and signed in, step by
step, with bad input, and the result page with its matches."""

from decimal import Decimal

import pytest
from django.urls import reverse

from planning.drafts import SESSION_KEY
from planning.models import Response

from .helpers import answer_field, make_course, make_kijkwijzer, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def k(db):
    return make_kijkwijzer()


def step_url(n, response=None):
    if response is None:
        return reverse("planning:draft_step", args=[n])
    return reverse("planning:step", args=[response.pk, n])


def fill_in(client, k, response=None):
    """Answer all three steps as the teacher in the issue: leadership and
    learning communities, secondary education, Antwerp. Without a saved
    kijkwijzer, it starts one in the session."""
    if response is None:
        client.post(reverse("planning:start"))
    client.post(
        step_url(1, response),
        {
            answer_field(k.leervraag): "Hoe bouw ik een leergemeenschap met collega's?",
            answer_field(k.domein): [k.lead.pk],
            answer_field(k.niveau): [k.secondary.pk],
        },
    )
    client.post(
        step_url(2, response),
        {
            answer_field(k.hoe): [k.peers.pk],
            answer_field(k.waar): [k.antwerp.pk],
            answer_field(k.budget): k.any_fee.pk,
        },
    )
    return client.post(
        step_url(3, response),
        {answer_field(k.belang_peers): 4, answer_field(k.belang_evidence): 3},
    )


@pytest.fixture
def courses(db):
    """The best match, one that meets only the subject, one that meets
    nothing, and a perfect one that has no coming session."""
    best = make_course(
        "Leergemeenschappen in je team",
        themes=["personeelsbeleid"],
        levels=["tweede-graad"],
        methods=["leergemeenschap"],
        criteria=["peers", "evidence"],
        fee=Decimal("252"),
    )
    subject_only = make_course(
        "Leiderschap op afstand",
        themes=["onderwijskundig-leiderschap"],
        levels=["basisonderwijs"],
        sessions=[{"is_online": True}],
    )
    unrelated = make_course(
        "Breuken in het vierde leerjaar",
        themes=["wiskunde"],
        levels=["lager-onderwijs"],
        sessions=[{"postcode": "9000", "municipality": "Gent"}],
    )
    past = make_course(
        "Leergemeenschappen vorig jaar",
        themes=["personeelsbeleid"],
        levels=["secundair-onderwijs"],
        methods=["leergemeenschap"],
        sessions=[-30],
    )
    return best, subject_only, unrelated, past


# -- the anonymous flow ----------------------------------------------------------


def test_anonymous_teacher_fills_in_every_step_and_gets_ranked_matches(
    client, k, courses
):
    best, subject_only, unrelated, past = courses
    start = client.post(reverse("planning:start"))
    assert start.url == step_url(1)
    page = client.get(step_url(1))
    assert "Stap 1 van 3" in page.text
    assert "Wat wil je leren?" in page.text

    result = fill_in(client, k)
    assert result.status_code == 302
    assert result.url == reverse("planning:draft_result")

    page = client.get(result.url)
    html = page.text
    assert "Hoe bouw ik een leergemeenschap met collega" in html
    assert html.index(best.title) < html.index(subject_only.title)
    assert unrelated.title not in html
    assert past.title not in html
    # The reasons, in the catalogue's words.
    assert "werkt met Professionele leergemeenschap" in html
    assert "sessies in de provincie Antwerpen" in html
    assert "aanbieder geeft aan: Samen leren met collega" in html
    assert "Voldoet aan 6 van je 6 wensen" in html
    # Nothing is in the database: the answers live in the session.
    assert not Response.objects.exists()
    assert client.session[SESSION_KEY]["completed"] is True


def test_result_links_into_the_catalogue_with_the_derived_filters(client, k, courses):
    best, subject_only, _unrelated, _past = courses
    fill_in(client, k)
    page = client.get(reverse("planning:draft_result"))
    link = page.context["catalogue_link"]
    assert link.startswith("/cursussen/?")
    assert "theme=onderwijskundig-leiderschap" in link
    assert "theme=personeelsbeleid" in link
    assert "level=secundair-onderwijs" in link
    assert "province=antwerpen" in link
    # The catalogue itself answers the link: the filter logic is its own.
    listing = client.get(link)
    assert best.title in listing.text
    assert subject_only.title not in listing.text
    assert page.context["catalogue_count"] == 1


def test_when_nothing_meets_every_practical_wish_the_page_says_which_to_loosen(
    client, k, courses
):
    client.post(reverse("planning:start"))
    client.post(
        step_url(1),
        {
            answer_field(k.leervraag): "Taal",
            answer_field(k.domein): [k.language.pk],
            answer_field(k.niveau): [k.secondary.pk],
        },
    )
    page = client.get(reverse("planning:draft_result"))
    assert page.context["catalogue_count"] == 0
    loosen = page.context["loosen"]
    assert [wish.label for wish, _link, _n in loosen] == ["Taal"]
    assert "zonder “Taal”" in page.text


def test_missing_required_answer_shows_the_summary_and_keeps_the_other_answers(
    client, k
):
    client.post(reverse("planning:start"))
    page = client.post(
        step_url(1),
        {answer_field(k.domein): [k.lead.pk], answer_field(k.niveau): [k.primary.pk]},
    )
    assert page.status_code == 400
    assert 'class="error-summary"' in page.text
    assert f'href="#id_{answer_field(k.leervraag)}"' in page.text
    assert f'value="{k.lead.pk}"' in page.text
    form = page.context["form"]
    assert form[answer_field(k.domein)].value() == [str(k.lead.pk)]
    assert form[answer_field(k.niveau)].value() == [str(k.primary.pk)]


def test_going_back_keeps_the_answers_of_the_page_left(client, k):
    client.post(reverse("planning:start"))
    client.post(step_url(1), {answer_field(k.leervraag): "Iets leren"})
    back = client.post(step_url(2), {"back": "", answer_field(k.waar): [k.antwerp.pk]})
    assert back.url == step_url(1)
    page = client.get(step_url(2))
    assert page.context["form"].initial[answer_field(k.waar)] == [k.antwerp.pk]
    assert "Iets leren" in client.get(step_url(1)).text


def test_a_tampered_choice_is_refused_with_400_and_nothing_stored(client, k):
    client.post(reverse("planning:start"))
    page = client.post(
        step_url(1),
        {
            answer_field(k.leervraag): "Iets",
            answer_field(k.domein): [k.antwerp.pk],  # a choice of another question
        },
    )
    assert page.status_code == 400
    assert client.session[SESSION_KEY]["answers"] == {}


@pytest.mark.parametrize("number", [0, 4, 99])
def test_a_step_out_of_range_is_404(client, k, number):
    client.post(reverse("planning:start"))
    assert client.get(step_url(number)).status_code == 404
    assert client.post(step_url(number), {}).status_code == 404


def test_a_step_without_a_started_kijkwijzer_leads_to_the_start(client, k):
    page = client.get(step_url(2))
    assert page.status_code == 302
    assert page.url == reverse("planning:kijkwijzer")


def test_an_anonymous_teacher_can_resume_where_they_were(client, k):
    client.post(reverse("planning:start"))
    client.post(step_url(1), {answer_field(k.leervraag): "Mijn vraag"})
    intro = client.get(reverse("planning:kijkwijzer"))
    assert "Ga verder waar je was" in intro.text
    assert "Mijn vraag" in client.get(step_url(1)).text


# -- signed in --------------------------------------------------------------------


def test_signed_in_teacher_fills_in_a_saved_kijkwijzer(client, k, tom, courses):
    client.force_login(tom)
    start = client.post(reverse("planning:start"))
    response = Response.objects.get(owner=tom)
    assert start.url == step_url(1, response)
    done = fill_in(client, k, response)
    assert done.url == reverse("planning:result", args=[response.pk])
    response.refresh_from_db()
    assert response.is_complete
    assert response.answers[str(k.leervraag.pk)].startswith("Hoe bouw ik")
    assert response.answers[str(k.budget.pk)] == [k.any_fee.pk]
    mine = client.get(reverse("planning:mine"))
    assert response.title in mine.text


def test_the_anonymous_result_is_kept_when_the_teacher_signs_in(client, k, tom):
    fill_in(client, k)
    client.post(
        reverse("login"),
        {"username": tom.email, "password": "correct horse battery staple"},
    )
    response = Response.objects.get(owner=tom)
    assert response.is_complete
    assert response.version == k.version
    assert SESSION_KEY not in client.session


def test_an_unconfirmed_account_cannot_save(client, k):
    newcomer = make_user("nieuw@school.example", email_confirmed=False)
    client.force_login(newcomer)
    fill_in(client, k)
    assert not Response.objects.exists()
    page = client.post(reverse("planning:save_draft"), follow=True)
    assert "Bevestig eerst je e-mailadres" in page.text
    assert not Response.objects.exists()
    # Once confirmed, the draft is kept on the next visit.
    newcomer.email_confirmed = True
    newcomer.save()
    client.get(reverse("planning:mine"))
    assert Response.objects.filter(owner=newcomer).count() == 1


def test_rename_duplicate_and_delete(client, k, tom):
    client.force_login(tom)
    client.post(reverse("planning:start"))
    response = Response.objects.get(owner=tom)
    fill_in(client, k, response)

    bad = client.post(reverse("planning:rename", args=[response.pk]), {"title": ""})
    assert bad.status_code == 400
    client.post(
        reverse("planning:rename", args=[response.pk]),
        {"title": "Schooljaar 2026-2027"},
    )
    response.refresh_from_db()
    assert response.title == "Schooljaar 2026-2027"

    client.post(reverse("planning:duplicate", args=[response.pk]))
    copy = Response.objects.exclude(pk=response.pk).get(owner=tom)
    assert copy.answers == response.answers
    assert copy.title == "Schooljaar 2026-2027 (kopie)"

    assert client.get(reverse("planning:delete", args=[copy.pk])).status_code == 200
    client.post(reverse("planning:delete", args=[copy.pk]))
    assert list(Response.objects.filter(owner=tom)) == [response]


def test_another_teachers_kijkwijzer_is_404_everywhere(client, k, tom):
    other = make_user("ander@school.example")
    theirs = Response.objects.create(
        owner=other, version=k.version, title="Van een ander"
    )
    client.force_login(tom)
    for name in ["result", "rename", "delete"]:
        assert (
            client.get(reverse(f"planning:{name}", args=[theirs.pk])).status_code == 404
        )
    assert client.get(step_url(1, theirs)).status_code == 404
    for name in ["duplicate", "share", "delete", "rename"]:
        assert (
            client.post(reverse(f"planning:{name}", args=[theirs.pk])).status_code
            == 404
        )
    theirs.refresh_from_db()
    assert theirs.title == "Van een ander" and theirs.share_token is None


def test_anonymous_visitors_are_sent_to_sign_in_for_saved_kijkwijzers(client, k, tom):
    response = Response.objects.create(owner=tom, version=k.version, title="x")
    page = client.get(reverse("planning:mine"))
    assert page.status_code == 302 and reverse("login") in page.url
    assert client.get(reverse("planning:result", args=[response.pk])).status_code == 404


# -- versions ---------------------------------------------------------------------


def test_a_new_version_leaves_earlier_results_as_they_were_asked(client, k, tom):
    client.force_login(tom)
    client.post(reverse("planning:start"))
    response = Response.objects.get(owner=tom)
    fill_in(client, k, response)

    draft = k.version.new_draft()
    changed = draft.sections.get(position=1).questions.get(key="leervraag")
    changed.text = "Welke vraag heb je dit schooljaar?"
    changed.save()
    draft.publish()

    old = client.get(reverse("planning:result", args=[response.pk]))
    assert "Wat wil je leren?" in old.text
    assert "Welke vraag heb je dit schooljaar?" not in old.text
    assert "Hoe bouw ik een leergemeenschap" in old.text

    client.post(reverse("planning:start"))
    newest = Response.objects.filter(owner=tom).order_by("-pk").first()
    assert newest.version == draft
    assert "Welke vraag heb je dit schooljaar?" in client.get(step_url(1, newest)).text


# -- sharing ----------------------------------------------------------------------


def test_a_share_link_shows_the_result_read_only_until_revoked(client, k, tom):
    client.force_login(tom)
    client.post(reverse("planning:start"))
    response = Response.objects.get(owner=tom)
    fill_in(client, k, response)
    client.post(reverse("planning:share", args=[response.pk]), {"share": "on"})
    response.refresh_from_db()
    token = response.share_token
    assert len(token) >= 43  # 32 random bytes

    client.logout()
    shared = client.get(reverse("planning:shared", args=[token]))
    assert shared.status_code == 200
    assert "Hoe bouw ik een leergemeenschap" in shared.text
    assert shared["Referrer-Policy"] == "no-referrer"
    assert "Mijn antwoorden wijzigen" not in shared.text

    client.force_login(tom)
    client.post(reverse("planning:share", args=[response.pk]), {"share": "off"})
    client.logout()
    assert client.get(reverse("planning:shared", args=[token])).status_code == 404


def test_an_unknown_share_link_is_404(client, k):
    assert client.get(reverse("planning:shared", args=["x" * 43])).status_code == 404


# -- cost -------------------------------------------------------------------------


def test_the_result_page_takes_a_bounded_number_of_queries(
    client, k, tom, courses, django_assert_max_num_queries
):
    for n in range(15):
        make_course(f"Extra {n}", themes=["personeelsbeleid"], methods=["coaching"])
    client.force_login(tom)
    client.post(reverse("planning:start"))
    response = Response.objects.get(owner=tom)
    fill_in(client, k, response)
    url = reverse("planning:result", args=[response.pk])
    client.get(url)
    with django_assert_max_num_queries(40):
        page = client.get(url)
    assert page.status_code == 200
