from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import ngettext

from . import calendar, structured_data
from .cache import shared_page, version_for
from .filters import CourseQuery, Taxonomies
from .models import Course
from .search import headline_html, highlight
from .suggest import suggest

BACK_PARAM = "terug"


def _page(request, queryset, count=None):
    """The requested page, or None when the page number is not a page."""
    paginator = Paginator(queryset, settings.CATALOGUE_PAGE_SIZE)
    if count is not None:
        paginator.count = count  # known already (cached): no COUNT query
    try:
        return paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        return None


def _result_title(count, query):
    if query:
        return ngettext(
            "%(count)s course for “%(query)s”",
            "%(count)s courses for “%(query)s”",
            count,
        ) % {"count": count, "query": query}
    return ngettext("%(count)s course", "%(count)s courses", count) % {"count": count}


def _suggestion(filterset, courses, path) -> tuple[str, str] | None:
    """For an empty result: the search respelled from the catalogue's own
    words, when that finds courses under the same filters, and its link."""
    suggestion = suggest(filterset.query, filterset.filter(courses, exclude=("q",)))
    if suggestion is None:
        return None
    params = filterset.without("q")
    params["q"] = suggestion
    return suggestion, f"{path}?{params.urlencode()}"


@shared_page
def course_list(request):
    # A plain form submission sends every empty field; redirect to the same
    # search without them, so the address bar holds a URL worth sharing.
    query = request.GET.copy()
    for key in list(query):
        values = [v for v in query.getlist(key) if v]
        if values:
            query.setlist(key, values)
        else:
            del query[key]
    if query != request.GET:
        return redirect(
            f"{request.path}?{query.urlencode()}" if query else request.path
        )

    # shared_page adds Vary: HX-Request, as this view answers htmx with a
    # fragment.
    is_htmx = request.headers.get("HX-Request") == "true"
    version = version_for(request)
    filterset = CourseQuery(
        request.GET, taxonomies=Taxonomies.load(version), version=version
    )
    courses = Course.objects.published()
    start, end = filterset.session_range()
    page = _page(
        request,
        filterset.results(courses, lambda qs: qs.for_listing(start, end)),
        count=filterset.total(courses),
    )
    if page is None:
        return render(
            request,
            "catalogue/page_not_found.html",
            {"first_page": filterset.without("page")},
            status=404,
        )

    query = filterset.query
    for course in page.object_list:
        course.title_html = highlight(course.title, query)
        headline = getattr(course, "headline", None)
        course.summary_html = (
            headline_html(headline) if headline else highlight(course.summary, query)
        )

    back = QueryDict(mutable=True)
    back[BACK_PARAM] = request.GET.urlencode()
    context = {
        "filterset": filterset,
        "result_title": _result_title(page.paginator.count, filterset.query),
        "form": filterset.form,
        "page": page,
        "facets": filterset.facets(courses),
        "chips": filterset.chips(),
        "notices": filterset.form.notices(),
        "loosen": filterset.loosen(courses) if page.paginator.count == 0 else None,
        "suggestion": (
            _suggestion(filterset, courses, request.path)
            if page.paginator.count == 0
            else None
        ),
        "back_query": back,
    }
    template = "catalogue/_results.html" if is_htmx else "catalogue/course_list.html"
    status = 400 if filterset.form.errors or context["notices"] else 200
    return render(request, template, context, status=status)


def _visible_course(request, slug):
    queryset = Course.objects.visible_to(request.user).for_detail()
    return get_object_or_404(queryset, slug=slug)


@shared_page
def course_detail(request, slug):
    course = _visible_course(request, slug)
    taxonomies = Taxonomies.load(version_for(request))
    terms = course.terms(taxonomies)
    answers = {a.criterion_id: a for a in course.criteria.all()}
    criteria_groups = {}
    for criterion in taxonomies.criteria:
        group = criteria_groups.setdefault(criterion.get_group_display(), [])
        group.append((criterion, answers.get(criterion.pk)))
    theme = taxonomies.themes.deepest(terms["themes"])
    # Re-encoding what came back keeps only well-formed parameters.
    back = QueryDict(request.GET.get(BACK_PARAM, ""))
    context = {
        "course": course,
        "provider": course.provider,
        "terms": terms,
        "breadcrumb": taxonomies.themes.path(theme) if theme else [],
        "criteria_groups": criteria_groups,
        "today": timezone.localdate(),
        "empty_query": QueryDict(),
        "sessions": course.sessions.all(),
        "back_query": back if back else None,
        "json_ld": structured_data.course_json_ld(course, request),
    }
    return render(request, "catalogue/course_detail.html", context)


def course_calendar(request, slug):
    course = _visible_course(request, slug)
    response = HttpResponse(
        calendar.course_ics(course, request),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{course.slug}.ics"'
    return response
