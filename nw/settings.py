"""Settings for Nascholingswijzer.

Everything that differs between a laptop and production comes from environment
variables, read through the small typed helpers below. With no environment at
all the site runs in DEBUG mode on a SQLite file next to manage.py.
"""

from __future__ import annotations

import os
import tempfile
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")


def envbool(name: str, default: bool) -> bool:
    value = os.getenv(name, "").strip().lower()
    if value == "":
        return default
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    # A typo such as "ture" must not quietly turn a safety switch off.
    raise ImproperlyConfigured(
        f"{name}={os.getenv(name)!r} is not a yes/no value; use 1 or 0."
    )


def envint(name: str, default: int) -> int:
    value = os.getenv(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r} is not a whole number.") from None


def envlist(name: str, default: str = "") -> list[str]:
    return [
        item.strip() for item in os.getenv(name, default).split(",") if item.strip()
    ]


def database_from_url(url: str) -> dict:
    """A DATABASES entry from a URL: ``sqlite:///relative.db``,
    ``sqlite:////abs/path.db``, ``sqlite:///:memory:``,
    ``postgres://user:pass@host:port/name`` or ``postgres:///name`` (socket)."""
    if url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
        relative = url[len("sqlite:///") :]
        if relative and relative != ":memory:":
            # Relative to the project, wherever manage.py is run from.
            url = f"sqlite:///{BASE_DIR / relative}"
    try:
        config = dj_database_url.parse(
            url, conn_max_age=envint("DB_CONN_MAX_AGE", 60), conn_health_checks=True
        )
    except ValueError as error:
        raise ImproperlyConfigured(
            f"DATABASE_URL is not usable ({error}); use sqlite:///file.db or "
            "postgres://user:password@host/name."
        ) from None
    if config["ENGINE"] not in (
        "django.db.backends.sqlite3",
        "django.db.backends.postgresql",
    ):
        raise ImproperlyConfigured(
            f"DATABASE_URL must point at SQLite or PostgreSQL, not {config['ENGINE']}."
        )
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["CONN_MAX_AGE"] = 0
    else:
        # An unreachable database host must give the maintenance page within
        # seconds, not hold every worker until the request times out.
        options = config.setdefault("OPTIONS", {})
        options.setdefault("connect_timeout", envint("DB_CONNECT_TIMEOUT", 5))
        # The JIT compiles the catalogue's facet counts on every request
        # (their cost estimate is above its threshold) and spends longer
        # compiling than the query takes to run.
        options.setdefault("options", "-c jit=off")
    return config


DEBUG = envbool("DEBUG", True)

SECRET_KEY = os.getenv("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. With DEBUG off the site refuses to start "
            "without one: set SECRET_KEY to a long random string, for example "
            "the output of: python -c 'import secrets; print(secrets.token_urlsafe(50))'"
        )
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS")
SITE_NAME = "Nascholingswijzer"
SITE_ROOT = os.getenv("SITE_ROOT", "http://127.0.0.1:8000")
SUPPORT_EMAIL = os.getenv("SUPPORT_EMAIL", "redactie@nascholingswijzer.be")

INSTALLED_APPS = [
    "nw",
    "nw.accounts",
    "taxonomy",
    "catalogue",
    "planning",
    "providers",
    "nw.apps.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django_filters",
    "import_export",
    "django_tasks",
    "django_tasks_db",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "nw.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Near the end, so its process_exception sees a view's database error
    # before Django turns it into a 500.
    "nw.middleware.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into its page.
    "axes.middleware.AxesMiddleware",
]
if envbool("BENCH_QUERY_COUNT", False):
    # bench/catalogue.py reads each response's SQL query count from a header;
    # first in the list, so it counts the queries of every other middleware.
    MIDDLEWARE.insert(0, "nw.bench.QueryCountMiddleware")

ROOT_URLCONF = "nw.urls"
# A refused form post (an expired page, cookies off) gets our own Dutch page.
CSRF_FAILURE_VIEW = "nw.views.csrf_failure"
WSGI_APPLICATION = "nw.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "nw.context_processors.site",
            ],
        },
    }
]

DATABASES = {
    "default": database_from_url(os.getenv("DATABASE_URL", "sqlite:///db.sqlite3"))
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"
# Days the link that confirms a new account's address stays valid. The link
# signs its reader in, so it should not work forever; a teacher who was too
# late asks for a new one after signing in.
EMAIL_CONFIRMATION_DAYS = envint("EMAIL_CONFIRMATION_DAYS", 3)
# Days a school leader's invitation to join the school stays valid.
INVITATION_DAYS = envint("INVITATION_DAYS", 14)
# Largest minutes PDF a secretary can attach to a decision on a plan.
MINUTES_MAX_BYTES = envint("MINUTES_MAX_BYTES", 5 * 1024 * 1024)
# Password guessing: django-axes refuses sign-ins (site and admin) after too
# many failures; see nw/accounts/throttling.py for the rules. Counts live in
# the database, so all gunicorn workers share them.
AUTHENTICATION_BACKENDS = [
    "nw.accounts.throttling.ThrottledBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "nw.accounts.throttling.LoginThrottle"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_FAILURE_LIMIT = 5  # one account from one client address
LOGIN_FAILURES_PER_CLIENT = 20  # all accounts from one address (a whole school)
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_FORM_FIELD = "username"  # the login forms' field name
AXES_USERNAME_CALLABLE = "nw.accounts.throttling.username_of"
# The same client address as the complaint limit (honours USE_X_FORWARDED_FOR).
AXES_CLIENT_IP_CALLABLE = "nw.clients.client_address"
AXES_LOCKOUT_CALLABLE = "nw.accounts.throttling.locked_out"
# Keep failed attempts (needed for the count) but no log of every sign-in.
AXES_DISABLE_ACCESS_LOG = True

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Interface in Flemish Dutch; English stays available as a second language.
LANGUAGE_CODE = "nl-be"
LANGUAGES = [("nl-be", "Nederlands"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Brussels"

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.getenv("MEDIA_ROOT", BASE_DIR / "media"))
# Files only their owners may read (a plan's minutes): outside MEDIA_ROOT,
# which the web server publishes, and served by a view that checks access.
PRIVATE_MEDIA_ROOT = Path(os.getenv("PRIVATE_MEDIA_ROOT", BASE_DIR / "private"))
# Spreadsheet uploads waiting for their confirmation (catalogue/resources.py).
IMPORT_PREVIEW_DIR = Path(
    os.getenv("IMPORT_PREVIEW_DIR")
    or Path(tempfile.gettempdir()) / "nw-import-previews"
)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "imports": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": IMPORT_PREVIEW_DIR, "base_url": None},
    },
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}


def s3_storages(
    media_bucket: str, private_bucket: str, media_domain: str = "", **common
) -> dict:
    """Uploaded files in S3-compatible buckets (django-storages), so that
    every machine sees them: logos in a public bucket, served from a host of
    its own (``media_domain``, a CDN); minutes and import previews in a
    private one, only ever read through the site's views."""
    backend = "storages.backends.s3.S3Storage"
    common = {"file_overwrite": False, **common}
    return {
        "default": {
            "BACKEND": backend,
            "OPTIONS": {
                **common,
                "bucket_name": media_bucket,
                "custom_domain": media_domain or None,
                "querystring_auth": False,
                # Logos get a new random name on every upload.
                "object_parameters": {"CacheControl": "public, max-age=31536000"},
            },
        },
        "private": {
            "BACKEND": backend,
            "OPTIONS": {**common, "bucket_name": private_bucket},
        },
        "imports": {
            "BACKEND": backend,
            "OPTIONS": {
                **common,
                "bucket_name": private_bucket,
                "location": "import-previews",
            },
        },
    }


# Several machines: set S3_MEDIA_BUCKET and S3_PRIVATE_BUCKET (and the
# endpoint and keys) to keep uploads in object storage (docs/deployment.md).
S3_MEDIA_BUCKET = os.getenv("S3_MEDIA_BUCKET", "")
if S3_MEDIA_BUCKET:
    if not os.getenv("S3_PRIVATE_BUCKET"):
        raise ImproperlyConfigured(
            "S3_MEDIA_BUCKET needs S3_PRIVATE_BUCKET: minutes must not be public."
        )
    STORAGES |= s3_storages(
        S3_MEDIA_BUCKET,
        os.environ["S3_PRIVATE_BUCKET"],
        os.getenv("S3_MEDIA_DOMAIN", ""),
        endpoint_url=os.getenv("S3_ENDPOINT_URL") or None,
        region_name=os.getenv("S3_REGION") or None,
        access_key=os.getenv("S3_ACCESS_KEY_ID") or None,
        secret_key=os.getenv("S3_SECRET_ACCESS_KEY") or None,
        addressing_style=os.getenv("S3_ADDRESSING_STYLE") or None,
    )

EMAIL_BACKEND = os.getenv(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.getenv("DEFAULT_FROM_EMAIL", SUPPORT_EMAIL)
EMAIL_HOST = os.getenv("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.getenv("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.getenv("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", False)

# No inline script or style anywhere: everything comes from our own static
# files. JSON-LD is a data block, which CSP does not execute or block.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
# Django's admin uses a few inline styles and scripts of its own.
CONTENT_SECURITY_POLICY["EXCLUDE_URL_PREFIXES"] = ["/admin/"]

# Behind a reverse proxy, the client's address is the last entry of
# X-Forwarded-For (the one the proxy added). Only switch this on behind a
# proxy that sets the header: otherwise a client can claim any address.
USE_X_FORWARDED_FOR = envbool("USE_X_FORWARDED_FOR", False)

X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True

if not DEBUG:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", True)
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", True)
    if envbool("SECURE_PROXY_SSL_HEADER", False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    if not SECURE_SSL_REDIRECT:
        # The operator chose to let the proxy in front redirect to HTTPS.
        SILENCED_SYSTEM_CHECKS = ["security.W008"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.getenv("LOG_LEVEL", "WARNING")},
}

# Spreadsheet imports run in one transaction: a file with one bad row
# writes nothing.
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_SKIP_ADMIN_LOG = False
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = None
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = None
# Our limits on one import (docs/import/README.md): larger files are refused
# with a message. An upload waits for its confirmation in STORAGES["imports"]
# (IMPORT_PREVIEW_DIR, or the private bucket) for at most
# IMPORT_PREVIEW_MAX_AGE seconds; `manage.py clean_import_previews` deletes
# the ones nobody confirmed.
IMPORT_MAX_ROWS = envint("IMPORT_MAX_ROWS", 2000)
IMPORT_MAX_FILE_SIZE = envint("IMPORT_MAX_FILE_SIZE", 10 * 1024 * 1024)
IMPORT_PREVIEW_MAX_AGE = envint("IMPORT_PREVIEW_MAX_AGE", 60 * 60 * 24)

# The cache holds catalogue pieces keyed by the catalogue version
# (catalogue/cache.py). Local memory needs no service; with several workers
# or machines, Redis shares one cache between them.
REDIS_URL = os.getenv("REDIS_URL", "")
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
    }
    if REDIS_URL
    else {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        # Compressed list pages are about 10 KB: a few tens of MB at most.
        "OPTIONS": {"MAX_ENTRIES": 3000},
    }
}

# Background work (re-indexing many courses, e-mail, the daily refresh) goes
# through Django's task API. The database backend needs no other service:
# `manage.py db_worker` runs the tasks (./run serve starts one). Set
# TASKS_IMMEDIATE=1 to run each task inside the request instead.
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend"
        if envbool("TASKS_IMMEDIATE", False)
        else "django_tasks_db.DatabaseBackend"
    }
}

# Page sizes and limits of the catalogue.
CATALOGUE_PAGE_SIZE = envint("CATALOGUE_PAGE_SIZE", 20)
