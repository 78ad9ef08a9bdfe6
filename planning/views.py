from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from catalogue.cache import version_for
from catalogue.models import Course, CourseCriterion
from taxonomy.models import Criterion

from . import matching
from .drafts import SessionDraft, claim, default_title
from .forms import CourseReflectionForm, RenameForm, SectionForm, merge
from .models import (
    LEARNING_QUESTION,
    CourseReflection,
    Question,
    Questionnaire,
    QuestionnaireVersion,
    Response,
)
from .needs import MIN_GROUP


def _current_version() -> QuestionnaireVersion:
    questionnaire = Questionnaire.objects.filter(slug="kijkwijzer").first()
    version = questionnaire and questionnaire.current_version()
    if version is None:
        raise Http404("No kijkwijzer has been published.")
    return QuestionnaireVersion.objects.with_questions().get(pk=version.pk)


def _own_response(request, pk) -> Response:
    """One of the signed-in teacher's kijkwijzers; 404 for anyone else's."""
    response = get_object_or_404(Response.objects.owned_by(request.user), pk=pk)
    response.version = QuestionnaireVersion.objects.with_questions().get(
        pk=response.version_id
    )
    return response


def _draft(request, pk):
    """The saved kijkwijzer ``pk``, or the one in this browser session."""
    if pk is not None:
        return _own_response(request, pk)
    return SessionDraft.load(request)


def _urls(draft) -> dict:
    if draft.pk:
        return {
            "result": reverse("planning:result", args=[draft.pk]),
            "step": lambda n: reverse("planning:step", args=[draft.pk, n]),
        }
    return {
        "result": reverse("planning:draft_result"),
        "step": lambda n: reverse("planning:draft_step", args=[n]),
    }


def kijkwijzer(request):
    claimed = claim(request)
    if claimed:
        messages.success(request, _("Your kijkwijzer is saved under “My kijkwijzers”."))
    recent = []
    if request.user.is_authenticated:
        recent = Response.objects.owned_by(request.user)[:5]
    return render(
        request,
        "planning/kijkwijzer.html",
        {
            "criteria": Criterion.objects.all(),
            "draft": SessionDraft.load(request),
            "recent": recent,
        },
    )


@require_POST
def start(request):
    version = _current_version()
    if request.user.is_authenticated and request.user.can_save:
        response = Response.objects.create(
            owner=request.user, version=version, title=default_title()
        )
        return redirect("planning:step", response.pk, 1)
    SessionDraft.start(request, version)
    return redirect("planning:draft_step", 1)


def step(request, number, pk=None):
    draft = _draft(request, pk)
    if draft is None:
        messages.info(
            request, _("Start the kijkwijzer here; your answers are kept as you go.")
        )
        return redirect("planning:kijkwijzer")
    sections = draft.version.sections_in_order()
    if not 1 <= number <= len(sections):
        raise Http404("No such step.")
    urls = _urls(draft)
    section = sections[number - 1]
    status = 200
    if request.method == "POST":
        form = SectionForm(section, draft.answers, request.POST)
        if "back" in request.POST:
            # Going back never refuses: keep what is valid, ask again later.
            draft.answers = merge(draft.answers, form.answers(partial=True))
            draft.save()
            return redirect(
                urls["step"](number - 1) if number > 1 else "planning:kijkwijzer"
            )
        if form.is_valid():
            draft.answers = merge(draft.answers, form.answers())
            if number == len(sections):
                draft.completed_at = draft.completed_at or timezone.now()
                draft.save()
                return redirect(urls["result"])
            draft.save()
            return redirect(urls["step"](number + 1))
        status = 400
    else:
        form = SectionForm(section, draft.answers)
    return render(
        request,
        "planning/step.html",
        {
            "draft": draft,
            "form": form,
            "section": section,
            "number": number,
            "steps": [(n, s, urls["step"](n)) for n, s in enumerate(sections, 1)],
            "last": number == len(sections),
        },
        status=status,
    )


def _result_context(request, draft) -> dict:
    version, answers = draft.version, draft.answers
    today = timezone.localdate()
    wishes = matching.wishes(version, answers, today)
    matcher = matching.Matcher(version_for(request), today)
    link, count = matcher.catalogue_link(wishes)
    questions = version.questions()
    learning_question = next(
        (
            answers.get(str(q.pk), "")
            for q in questions.values()
            if q.key == LEARNING_QUESTION
        ),
        "",
    )
    weights = matching.importance(version, answers)
    criteria = {
        q.criterion_id: q.criterion for q in questions.values() if q.criterion_id
    }
    labels = dict(Question.SCALE)
    important = [
        (criteria[pk], labels[value])
        for pk, value in sorted(weights.items(), key=lambda item: -item[1])
        if value >= Question.IMPORTANT
    ]
    answered = []
    for section in version.sections_in_order():
        rows = [
            (q, q.display(answers.get(str(q.pk))))
            for q in section.questions.all()
            if answers.get(str(q.pk)) not in (None, "", [])
        ]
        answered.append((section, rows))
    return {
        "draft": draft,
        "learning_question": learning_question,
        "wishes": wishes,
        "important": important,
        "catalogue_link": link,
        "catalogue_count": count,
        "loosen": matcher.loosen(wishes) if not count else [],
        "matches": matcher.rank(wishes),
        "answered": answered,
        "urls": _urls(draft),
    }


def result(request, pk=None):
    draft = _draft(request, pk)
    if draft is None:
        return redirect("planning:kijkwijzer")
    context = _result_context(request, draft)
    context["share_url"] = (
        request.build_absolute_uri(reverse("planning:shared", args=[draft.share_token]))
        if draft.share_token
        else ""
    )
    if draft.pk:
        context["school_options"] = draft.sharing_options()
        context["min_group"] = MIN_GROUP
    response = render(request, "planning/result.html", context)
    add_never_cache_headers(response)
    return response


def shared(request, token):
    response_obj = get_object_or_404(
        Response.objects.select_related("version"), share_token=token
    )
    response_obj.version = QuestionnaireVersion.objects.with_questions().get(
        pk=response_obj.version_id
    )
    context = _result_context(request, response_obj)
    context["shared"] = True
    page = render(request, "planning/result.html", context)
    add_never_cache_headers(page)
    # The link is the key: never send it on to the sites the page links to,
    # and keep the page out of search engines.
    page["Referrer-Policy"] = "no-referrer"
    page["X-Robots-Tag"] = "noindex, nofollow"
    return page


# -- my kijkwijzers --------------------------------------------------------------


@login_required
def mine(request):
    if claim(request):
        messages.success(request, _("Your kijkwijzer is saved."))
    return render(
        request,
        "planning/mine.html",
        {
            "kijkwijzers": Response.objects.owned_by(request.user),
            "reflections": CourseReflection.objects.owned_by(
                request.user
            ).select_related("course", "kijkwijzer"),
            "draft": SessionDraft.load(request),
        },
    )


def _saving_allowed(request) -> bool:
    if request.user.can_save:
        return True
    messages.error(
        request,
        _("Confirm your e-mail address first: the link is in the mail we sent you."),
    )
    return False


@login_required
def save_draft(request):
    """The anonymous draft, kept for a teacher who just signed in."""
    if request.method != "POST":
        return redirect("planning:mine")
    if not _saving_allowed(request):
        return redirect("planning:draft_result")
    response = claim(request)
    if response is None:
        return redirect("planning:mine")
    messages.success(request, _("Your kijkwijzer is saved under “My kijkwijzers”."))
    return redirect("planning:result", response.pk)


@login_required
def rename(request, pk):
    response = _own_response(request, pk)
    form = RenameForm(request.POST or None, instance=response)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The kijkwijzer is renamed."))
        return redirect("planning:mine")
    return render(
        request,
        "planning/rename.html",
        {"form": form, "kijkwijzer": response},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def duplicate(request, pk):
    response = _own_response(request, pk)
    copy = response.duplicate(_("%s (copy)") % response.title[:110])
    messages.success(request, _("A copy is made: “%s”.") % copy.title)
    return redirect("planning:mine")


@login_required
def delete(request, pk):
    response = _own_response(request, pk)
    if request.method == "POST":
        response.delete()
        messages.success(request, _("The kijkwijzer is deleted."))
        return redirect("planning:mine")
    return render(request, "planning/confirm_delete.html", {"object": response})


@login_required
@require_POST
def share(request, pk):
    response = _own_response(request, pk)
    if request.POST.get("share") == "on":
        response.share()
        messages.success(
            request, _("Anyone with the link can now read this kijkwijzer.")
        )
    else:
        response.stop_sharing()
        messages.success(request, _("The link no longer works."))
    return redirect("planning:result", response.pk)


# -- a course against my kijkwijzer --------------------------------------------------


def _visible_course(request, slug) -> Course:
    courses = Course.objects.visible_to(request.user).select_related("provider")
    return get_object_or_404(
        courses.prefetch_related(
            Prefetch(
                "criteria", queryset=CourseCriterion.objects.select_related("criterion")
            )
        ),
        slug=slug,
    )


def course_check(request, slug):
    course = _visible_course(request, slug)
    kijkwijzers = list(Response.objects.owned_by(request.user).exclude(answers={}))
    chosen = request.GET.get("kijkwijzer")
    status = 200
    if chosen is not None and not (chosen.isascii() and chosen.isdigit()):
        # A mangled link: show the usual kijkwijzer and say so.
        messages.error(
            request,
            _(
                "That link does not point to a kijkwijzer. The course is compared "
                "with your latest one, if you have one."
            ),
        )
        status = 400
        chosen = None
    if chosen is not None:
        draft = _own_response(request, chosen)
    elif kijkwijzers:
        draft = _own_response(request, kijkwijzers[0].pk)
    else:
        draft = SessionDraft.load(request)
    context = {"course": course, "draft": draft, "kijkwijzers": kijkwijzers}
    if draft is not None and draft.answers:
        weights = matching.importance(draft.version, draft.answers)
        rows = matching.criteria_rows(course, Criterion.objects.all(), weights)
        matcher = matching.Matcher(version_for(request), timezone.localdate())
        wishes = matching.wishes(draft.version, draft.answers, timezone.localdate())
        context.update(
            rows=rows,
            open_questions=sorted(
                (r for r in rows if r.open_question), key=lambda r: -(r.importance or 0)
            ),
            match=matcher.explain(course, wishes),
        )
    return render(request, "planning/course_check.html", context, status=status)


# -- after the course ---------------------------------------------------------------


@login_required
def reflect(request, slug=None, pk=None):
    if pk is not None:
        reflection = get_object_or_404(
            CourseReflection.objects.owned_by(request.user), pk=pk
        )
        course = reflection.course
    else:
        course = _visible_course(request, slug)
        reflection = CourseReflection.objects.owned_by(request.user).filter(
            course=course
        ).first() or CourseReflection(
            owner=request.user, course=course, course_title=course.title
        )
    form = CourseReflectionForm(
        request.POST or None,
        instance=reflection,
        kijkwijzers=Response.objects.owned_by(request.user),
    )
    status = 200
    if request.method == "POST":
        if not _saving_allowed(request):
            status = 403
        elif form.is_valid():
            form.save()
            messages.success(request, _("Your reflection is saved."))
            return redirect("planning:mine")
        else:
            status = 400
    return render(
        request,
        "planning/reflection_form.html",
        {"form": form, "course": course, "reflection": reflection},
        status=status,
    )


@login_required
def delete_reflection(request, pk):
    reflection = get_object_or_404(
        CourseReflection.objects.owned_by(request.user), pk=pk
    )
    if request.method == "POST":
        reflection.delete()
        messages.success(request, _("The reflection is deleted."))
        return redirect("planning:mine")
    return render(request, "planning/confirm_delete.html", {"object": reflection})
