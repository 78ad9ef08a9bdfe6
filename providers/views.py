from django.conf import settings
from django.contrib import messages
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from catalogue.cache import cached, shared_page, version_for
from catalogue.models import Course
from nw.clients import client_address

from .filters import ProviderFilter
from .forms import ComplaintForm
from .models import Complaint, Provider

REPORTS_PER_HOUR = 5


# A provider page shows this many coming courses; the catalogue, filtered on
# the provider, pages through the rest.
COURSES_ON_PROVIDER_PAGE = 20
PROVIDERS_PER_PAGE = 50


def _coming_course_counts(request) -> dict[int, int]:
    """Coming published courses per provider id, cached per catalogue version:
    counting them scans every coming course."""
    today = timezone.localdate()

    def count():
        rows = (
            Course.objects.published()
            .upcoming(today)
            .values_list("provider_id")
            .annotate(n=Count("id"))
            .order_by()
        )
        return dict(rows)

    return cached("provider-counts", version_for(request), count, today)


@shared_page
def provider_list(request):
    filterset = ProviderFilter(request.GET, queryset=Provider.objects.active())
    status = 400 if filterset.form.errors else 200
    paginator = Paginator(filterset.qs, PROVIDERS_PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        raise Http404(_("There is no such page of providers.")) from None
    counts = _coming_course_counts(request)
    for provider in page.object_list:
        provider.upcoming_courses = counts.get(provider.pk, 0)
    support_query = QueryDict(mutable=True)
    support_query["kind"] = Provider.Kind.PEDAGOGICAL_SUPPORT
    return render(
        request,
        "providers/provider_list.html",
        {
            "providers": page.object_list,
            "page": page,
            "form": filterset.form,
            "support_query": support_query,
        },
        status=status,
    )


@shared_page
def provider_detail(request, slug):
    provider = get_object_or_404(
        Provider.objects.active().prefetch_related("methods", "campuses"), slug=slug
    )
    courses = (
        Course.objects.published()
        .upcoming()
        .filter(provider=provider)
        .for_listing()
        .order_by("next_session_date", "title", "pk")
    )
    catalogue_query = QueryDict(mutable=True)
    catalogue_query["provider"] = provider.slug
    return render(
        request,
        "providers/provider_detail.html",
        {
            "provider": provider,
            "courses": courses[:COURSES_ON_PROVIDER_PAGE],
            "course_count": _coming_course_counts(request).get(provider.pk, 0),
            "catalogue_query": catalogue_query,
        },
    )


def _report(request, provider, course=None):
    about = course or provider
    form = ComplaintForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            if form.is_bot():
                # Look like success, so the bot learns nothing.
                return redirect(about.get_absolute_url())
            complaint = form.save(commit=False)
            complaint.provider, complaint.course = provider, course
            complaint.client_hash = Complaint.hash_client(client_address(request))
            if Complaint.objects.create_within_limit(complaint, REPORTS_PER_HOUR):
                messages.success(
                    request,
                    _("Thank you. The editors will look into your report."),
                )
                return redirect(about.get_absolute_url())
            form.add_error(
                None,
                _(
                    "You have sent %(count)s reports in the last hour. To keep "
                    "this form free of abuse, please wait a while or email us at "
                    "%(email)s."
                )
                % {"count": REPORTS_PER_HOUR, "email": settings.SUPPORT_EMAIL},
            )
            status = 429
    return render(
        request,
        "providers/report.html",
        {"form": form, "provider": provider, "course": course, "about": about},
        status=status,
    )


def report_course(request, slug):
    course = get_object_or_404(
        Course.objects.published().select_related("provider"), slug=slug
    )
    return _report(request, course.provider, course)


def report_provider(request, slug):
    provider = get_object_or_404(Provider.objects.active(), slug=slug)
    return _report(request, provider)
