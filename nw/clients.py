"""Who is asking: the client's address, for rate limits and sign-in
throttling alike."""

from django.conf import settings


def client_address(request) -> str:
    if settings.USE_X_FORWARDED_FOR:
        # The last address is the one our proxy added; anything before it
        # came from the client and could be made up.
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")
