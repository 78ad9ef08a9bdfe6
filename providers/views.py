from django.db.models import Count, Q
from django.http import QueryDict
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from catalogue.models import Course

from .models import Provider


def provider_list(request):
    today = timezone.localdate()
    providers = Provider.objects.active().annotate(
        upcoming_courses=Count(
            "courses",
            filter=Q(
                courses__status=Course.Status.PUBLISHED,
                courses__last_session_date__gte=today,
            ),
        )
    )
    return render(request, "providers/provider_list.html", {"providers": providers})


def provider_detail(request, slug):
    provider = get_object_or_404(
        Provider.objects.active().prefetch_related("methods", "campuses"), slug=slug
    )
    courses = (
        Course.objects.published()
        .upcoming()
        .filter(provider=provider)
        .for_listing()
        .order_by("next_session_date", "title")
    )
    catalogue_query = QueryDict(mutable=True)
    catalogue_query["provider"] = provider.slug
    return render(
        request,
        "providers/provider_detail.html",
        {
            "provider": provider,
            "courses": courses,
            "catalogue_query": catalogue_query,
        },
    )
