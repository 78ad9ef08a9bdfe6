"""A backup, restored into an emptied or a fresh database, gives back the
same catalogue, kijkwijzers and plans, under the same ids.

The commands are those of docs/backup.md; the first test checks the doc
still shows them, so the doc and what is tested here cannot drift apart.
"""

import os
import shutil
import subprocess
import uuid
from decimal import Decimal

import psycopg
import pytest
from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import IntegrityError, connection
from django.utils import timezone
from django.utils.translation import gettext_noop

from catalogue.models import Course
from nw.accounts.models import User
from planning import workflow
from planning.models import (
    Activity,
    KijkwijzerShare,
    Plan,
    Priority,
    Question,
    Questionnaire,
    Response,
    SchoolYear,
)
from providers.access import EDITORS_GROUP, ensure_editor_group
from taxonomy.models import Theme

from .helpers import (
    days,
    make_course,
    make_editor,
    make_means,
    make_provider,
    make_school,
    make_user,
    provider_staff,
    today,
)

DOC = settings.BASE_DIR / "docs" / "backup.md"

# docs/backup.md, SQLite. Content types and permissions are made by migrate
# and referred to by name (--natural-foreign); sessions are not worth a
# restore. No --natural-primary: it would renumber the users.
DUMP_OPTIONS = (
    "--natural-foreign --exclude contenttypes --exclude auth.permission "
    "--exclude sessions"
)
# flush re-creates the Redactie group (post_migrate), maybe under another id
# than the dumped one; the dump brings back every group.
DELETE_GROUPS = (
    "from django.contrib.auth.models import Group; Group.objects.all().delete()"
)


def test_the_backup_doc_shows_the_tested_commands():
    doc = DOC.read_text()
    assert f"manage.py dumpdata {DUMP_OPTIONS} -o " in doc
    for command in (
        "manage.py migrate --noinput\n.venv/bin/python manage.py flush --no-input\n",
        f'manage.py shell -c "{DELETE_GROUPS}"\n.venv/bin/python manage.py loaddata ',
        "pg_dump --format=custom ",
        "pg_restore --clean --if-exists --no-owner --single-transaction ",
    ):
        assert command in doc


# -- the site to back up ---------------------------------------------------------------


def build_site():
    """A bit of everything a restore must bring back, with the awkward cases
    that broke simpler recipes: a gap in the user ids, a Redactie group that
    is not the first group any more, answers to the kijkwijzer the data
    migration made, and a change log that names objects by id."""
    provider = make_provider("Pedagogische begeleidingsdienst Gent", slug="pbd-gent")
    provider_staff(provider, "anna@pbd-gent.example")
    lesson_study = make_course(
        "Lesson study in de eerste graad",
        provider=provider,
        sessions=(-14, 30, 60),
        themes=("didactiek-en-evaluatie",),
        criteria=("evidence",),
    )
    make_course(
        "Differentiëren in een grote klas",
        provider=provider,
        sessions=({"date": days(45), "is_online": True},),
    )
    make_course("Nog in voorbereiding", provider=provider, status=Course.Status.DRAFT)

    # Deleted once and re-created by the next migrate: the group's id is no
    # longer the one flush gives the group it re-creates.
    Group.objects.filter(name=EDITORS_GROUP).delete()
    ensure_editor_group()
    eva = make_editor("eva@nascholingswijzer.example")
    # A deleted account leaves a gap in the ids, which a restore must keep.
    make_user("vertrokken@school.example").delete()
    tom = make_user("tom@school.example", first_name="Tom")

    version = Questionnaire.objects.kijkwijzer().current_version()
    questions = {q.key: q for q in version.questions().values()}
    domains = list(questions["domeinen"].choices.all()[:2])
    response = Response.objects.create(
        owner=tom,
        version=version,
        title="Mijn leervraag",
        answers={
            str(questions["leervraag"].pk): "Beter differentiëren",
            str(questions["domeinen"].pk): [c.pk for c in domains],
        },
        completed_at=timezone.now(),
    )

    lea = make_user("lea@school.example")
    sec = make_user("sec@school.example")
    school = make_school("Sint-Jozef", leader=lea, member=tom, secretary=sec)
    make_means(school, "3000")
    KijkwijzerShare.objects.create(response=response, school=school)
    plan = workflow.start_plan(school, lea, SchoolYear.current())
    priority = Priority(plan=plan, title="Differentiatie", term=Priority.Term.LONG)
    plan = workflow.change(
        plan,
        lea,
        plan.revision,
        priority.save,
        (gettext_noop("Priority “%(title)s” added"), {"title": priority.title}),
    )
    activity = Activity(
        plan=plan,
        kind=Activity.Kind.CATALOGUE,
        title=lesson_study.title,
        course=lesson_study,
        session=lesson_study.sessions.last(),
        participant_count=2,
        cost=Decimal("240.00"),
        priority=priority,
    )
    plan = workflow.change(
        plan,
        lea,
        plan.revision,
        activity.save,
        (gettext_noop("Activity “%(title)s” added"), {"title": activity.title}),
    )
    workflow.submit(plan, lea)
    workflow.decide(plan, sec, outcome="approved", meeting_date=today())

    LogEntry.objects.log_actions(eva.pk, [lesson_study, tom], CHANGE, "Nagekeken")


def site_contents() -> dict:
    """What a restore must give back, ids included: links, kijkwijzer answers
    (keyed by question id) and the change log refer to rows by id."""

    def answers(response):
        questions = response.version.questions()
        return {questions[int(pk)].key: value for pk, value in response.answers.items()}

    return {
        "courses": [
            (
                c.pk,
                c.title,
                c.status,
                c.provider.name,
                sorted(t.slug for t in c.themes.all()),
                [(s.date, s.start_time, s.is_online) for s in c.sessions.all()],
            )
            for c in Course.objects.order_by("pk")
        ],
        "kijkwijzers": [
            (
                r.pk,
                r.owner.email,
                r.title,
                r.version.number,
                r.answers,
                answers(r),
                [share.school.name for share in r.school_shares.all()],
            )
            for r in Response.objects.order_by("pk")
        ],
        "plans": [
            (
                p.pk,
                p.school.name,
                p.year,
                p.status,
                p.revision,
                [(pr.title, pr.term) for pr in p.priorities.all()],
                [
                    (
                        a.title,
                        a.kind,
                        a.cost,
                        a.course_id,
                        a.session_id,
                        a.priority.title,
                    )
                    for a in p.activities.all()
                ],
                [(e.action, e.text, e.actor.email) for e in p.events.all()],
                [(d.outcome, d.meeting_date) for d in p.decisions.all()],
            )
            for p in Plan.objects.order_by("pk")
        ],
        "people": [
            (u.pk, u.email, sorted(g.name for g in u.groups.all()))
            for u in User.objects.order_by("pk")
        ],
        "editors' permissions": sorted(
            Group.objects.get(name=EDITORS_GROUP).permissions.values_list(
                "content_type__app_label", "codename"
            )
        ),
        "change log": [
            (e.user.email, e.content_type.model, e.object_id, e.object_repr)
            for e in LogEntry.objects.order_by("pk")
        ],
        # Rows the data migrations made: flush removes them, the dump brings
        # them back under their ids.
        "themes": list(Theme.objects.order_by("pk").values_list("pk", "slug")),
        "questions": list(Question.objects.order_by("pk").values_list("pk", "key")),
    }


# -- dumpdata and loaddata (SQLite and PostgreSQL) -----------------------------------


def dump(path):
    call_command("dumpdata", *DUMP_OPTIONS.split(), "-o", str(path), verbosity=0)


def flush():
    # In production flush has a transaction of its own. Inside the test's,
    # the deferred foreign key checks of the rows just written must run
    # first: PostgreSQL refuses to truncate a table with checks pending.
    connection.check_constraints()
    call_command("flush", "--no-input", verbosity=0)


# The test's own transaction is enough: dumpdata reads what it wrote, flush
# and loaddata work inside it, and the rollback gives the next test its data
# migrations' rows back.
@pytest.mark.django_db
def test_a_restored_dump_has_the_same_catalogue_kijkwijzers_and_plans(tmp_path):
    build_site()
    before = site_contents()
    backup = tmp_path / "nw.json.gz"
    dump(backup)

    flush()
    assert not Course.objects.exists() and not Theme.objects.exists()
    call_command("shell", "-c", DELETE_GROUPS, verbosity=0)
    call_command("loaddata", str(backup), verbosity=0)
    call_command("migrate", "--noinput", verbosity=0)

    after = site_contents()
    assert after == before
    # Not equal by being empty.
    assert len(after["courses"]) == 3 and len(after["plans"][0][7]) == 5
    assert after["kijkwijzers"][0][5]["leervraag"] == "Beter differentiëren"


@pytest.mark.django_db
def test_loading_right_after_flush_clashes_with_the_editors_group_it_recreated(
    tmp_path,
):
    # Why the doc deletes the groups before loaddata.
    Group.objects.filter(name=EDITORS_GROUP).delete()
    ensure_editor_group()
    backup = tmp_path / "nw.json.gz"
    dump(backup)
    flush()
    with pytest.raises(IntegrityError):
        call_command("loaddata", str(backup), verbosity=0)


# -- pg_dump and pg_restore (PostgreSQL) ----------------------------------------------

SNAPSHOT = {
    "courses": "select c.id, c.title, c.status, p.name from catalogue_course c "
    "join providers_provider p on p.id = c.provider_id order by c.id",
    "sessions": "select id, course_id, date, start_time, is_online "
    "from catalogue_session order by id",
    "kijkwijzers": "select r.id, u.email, r.title, r.answers::text, r.completed_at "
    "from planning_response r join accounts_user u on u.id = r.owner_id order by r.id",
    "plans": "select id, school_id, year, version, status, revision "
    "from planning_plan order by id",
    "activities": "select id, plan_id, title, kind, cost, course_id, priority_id "
    "from planning_activity order by id",
    "events": "select id, plan_id, action, summary, params::text, at "
    "from planning_planevent order by id",
    "users": "select id, email, password from accounts_user order by id",
    "migrations": "select app, name from django_migrations order by app, name",
    # The search configuration and the extensions came along too.
    "search": "select id from catalogue_course "
    "where search_vector @@ plainto_tsquery('nw_dutch', 'lesson study') "
    "or similarity(title, 'Diferentieren in een grote klas') > 0.5 order by id",
}


def snapshot(cursor) -> dict:
    result = {}
    for name, sql in SNAPSHOT.items():
        cursor.execute(sql)
        result[name] = cursor.fetchall()
    return result


def libpq_params() -> dict:
    """How the test database is reached; empty entries are libpq's defaults
    (the local socket, the current user)."""
    db = connection.settings_dict
    params = {
        "host": db["HOST"],
        "port": str(db["PORT"] or ""),
        "user": db["USER"],
        "password": db["PASSWORD"],
    }
    return {key: value for key, value in params.items() if value}


def run(args, env):
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60)
    if done.returncode:
        pytest.fail(f"{' '.join(args)} failed:\n{done.stderr}")


# pg_dump reads the database from a connection of its own: the data must be
# committed, so this test is transactional.
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_pg_restore_of_a_pg_dump_has_the_same_catalogue_kijkwijzers_and_plans(
    tmp_path,
):
    for tool in ("pg_dump", "pg_restore", "createdb", "dropdb"):
        if not shutil.which(tool):
            pytest.fail(f"{tool} not found: apt-get install -y postgresql-client")
    build_site()
    params = libpq_params()
    env = {**os.environ, **{f"PG{key.upper()}": value for key, value in params.items()}}
    source = connection.settings_dict["NAME"]
    backup = tmp_path / "nw.dump"
    run(["pg_dump", "--format=custom", f"--file={backup}", source], env)

    fresh = f"{source}_restored_{uuid.uuid4().hex[:8]}"
    run(["createdb", fresh], env)
    try:
        run(
            [
                *(
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--single-transaction",
                ),
                f"--dbname={fresh}",
                str(backup),
            ],
            env,
        )
        with connection.cursor() as cursor:
            before = snapshot(cursor)
        with psycopg.connect(dbname=fresh, **params) as restored:
            after = snapshot(restored.cursor())
    finally:
        run(["dropdb", "--if-exists", fresh], env)

    assert after == before
    # Not equal by being empty.
    assert len(after["courses"]) == 3 and len(after["events"]) == 5
    assert len(after["search"]) == 2
