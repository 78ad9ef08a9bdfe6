"""Public uploads (provider logos), served by the site itself.

In production nothing else serves MEDIA_ROOT unless the operator sets it up,
so logos would vanish with DEBUG off. Only images in the logos folder are
served, as plain images that cannot run anything: a file of another kind,
or one that was put there some other way, is not found. With object storage
(S3_MEDIA_BUCKET, docs/deployment.md) the logos' URLs point at the bucket
and this view is not used.
"""

from pathlib import PurePosixPath

from django.conf import settings
from django.http import Http404
from django.views.decorators.http import require_safe
from django.views.static import serve

from providers.models import LOGO_EXTENSIONS

SERVED_FOLDERS = {"logos"}
SERVED_EXTENSIONS = set(LOGO_EXTENSIONS.values()) | {".jpeg"}
# A logo's name changes with every upload (providers.models.logo_path), so
# a browser or CDN may keep it a long time.
MAX_AGE = 60 * 60 * 24 * 30


@require_safe
def public_media(request, path):
    parts = PurePosixPath(path)
    if (
        len(parts.parts) != 2
        or parts.parts[0] not in SERVED_FOLDERS
        or parts.suffix.lower() not in SERVED_EXTENSIONS
    ):
        raise Http404
    # django.views.static.serve refuses paths that leave document_root.
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Content-Disposition"] = f'inline; filename="{parts.name}"'
    response["Cache-Control"] = f"public, max-age={MAX_AGE}, immutable"
    return response
