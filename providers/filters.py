import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from catalogue.models import Course
from taxonomy.models import Province

from .models import Provider


class ProviderFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), max_length=200, method="search")
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Provider.Kind.choices, empty_label=_("All kinds")
    )
    province = django_filters.ModelChoiceFilter(
        label=_("Province"),
        queryset=Province.objects.all(),
        to_field_name="slug",
        empty_label=_("All provinces"),
        method="in_province",
        widget=forms.Select,
    )

    class Meta:
        model = Provider
        fields = []

    def search(self, queryset, name, value):
        return queryset.filter(
            Q(name__icontains=value) | Q(description__icontains=value)
        )

    def in_province(self, queryset, name, province):
        """A campus there, or a coming course with a session there."""
        courses = Course.objects.published().upcoming().located_in(province)
        located = courses.values("provider_id")
        return queryset.filter(
            Q(campuses__province=province) | Q(pk__in=located)
        ).distinct()
