from decimal import Decimal

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from nw.weblinks import safe_url

register = template.Library()


@register.filter
def bcp47(language_code: str) -> str:
    """nl-be → nl-BE, as the lang attribute prefers."""
    language, _sep, region = (language_code or "").partition("-")
    return f"{language}-{region.upper()}" if region else language


@register.filter
def euro(value) -> str:
    if value is None:
        return _("on request")
    if Decimal(value) == 0:
        return _("free")
    places = 0 if Decimal(value) == Decimal(value).to_integral() else 2
    return f"€ {number_format(value, places, use_l10n=True, force_grouping=True)}"


@register.filter
def elided_pages(paginator, number):
    return paginator.get_elided_page_range(number, on_each_side=2, on_ends=1)


@register.filter(name="safe_url")
def safe_url_filter(value) -> str:
    """A stored link for href/src: "" unless it is http(s). See nw/weblinks.py."""
    return safe_url(value)
