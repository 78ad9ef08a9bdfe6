"""Property-based tests: no form post breaks a step of the kijkwijzer.

Hypothesis posts every question of a step with arbitrary values: choice ids
of other questions, huge numbers, text where a number belongs, repeated
keys, control characters. The answer is always the next step (302) or the
same step with its errors (400), and what is stored stays well-formed.

The profile's full number of cases (1,000 in CI) goes to the step's form,
which parses every posted byte; a share goes through the whole request,
whose page costs some 60 ms.
"""

import pytest
from django.urls import reverse
from django.utils.datastructures import MultiValueDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planning.drafts import SESSION_KEY
from planning.forms import SectionForm
from planning.models import QuestionnaireVersion

from .helpers import cases, make_kijkwijzer

pytestmark = pytest.mark.django_db

# The number of cases comes from the Hypothesis profile (tests/conftest.py).
SETTINGS = settings(
    deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

values = st.one_of(
    st.text(max_size=30),
    st.integers(-(10**20), 10**20).map(str),
    st.sampled_from(["", "1", "4", "0", "-1", "on", "back", "\x00", "9" * 40]),
    st.text(min_size=2001, max_size=2100),
)


@pytest.fixture
def k(db):
    return make_kijkwijzer()


def posted_to(section, data) -> MultiValueDict:
    names = [f"q{q.pk}" for q in section.questions.all()] + ["next", "q0", "x"]
    posted = MultiValueDict()
    for name in data.draw(st.lists(st.sampled_from(names), max_size=8)):
        posted.appendlist(name, data.draw(values))
    return posted


@pytest.fixture
def sections(k):
    """The steps, their questions and choices loaded once for all cases."""
    version = QuestionnaireVersion.objects.with_questions().get(pk=k.version.pk)
    return version.sections_in_order()


@settings(SETTINGS, max_examples=cases())
@given(data=st.data(), step=st.integers(1, 3))
def test_no_post_breaks_the_form_of_a_step(sections, data, step):
    section = sections[step - 1]
    form = SectionForm(section, {}, posted_to(section, data))
    if form.is_valid():
        answers = form.answers()
        assert set(answers) <= {str(q.pk) for q in section.questions.all()}
    else:
        assert form.errors


@settings(SETTINGS, max_examples=cases(0.15))
@given(
    data=st.data(),
    step=st.integers(1, 3),
    back=st.booleans(),
)
def test_no_post_to_a_step_gives_a_server_error(client, k, data, step, back):
    # One draft for all cases: each case's answers land on what the
    # earlier ones left, which must stay well-formed too.
    if SESSION_KEY not in client.session:
        client.post(reverse("planning:start"))
    section = k.version.sections_in_order()[step - 1]
    posted = posted_to(section, data)
    if back:
        posted["back"] = ""
    response = client.post(reverse("planning:draft_step", args=[step]), posted)
    assert response.status_code in (302, 400)
    if response.status_code == 400:
        assert 'class="error-summary"' in response.content.decode()
    questions = k.version.questions()
    for key, value in client.session[SESSION_KEY]["answers"].items():
        question = questions[int(key)]
        if question.kind == "text":
            assert isinstance(value, str) and 0 < len(value) <= 2000
        elif question.kind == "scale":
            assert value in (1, 2, 3, 4)
        else:
            own = {c.pk for c in question.choices.all()}
            assert value and set(value) <= own
