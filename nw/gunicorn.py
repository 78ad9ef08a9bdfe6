"""Gunicorn configuration: gunicorn -c nw/gunicorn.py nw.wsgi"""

import multiprocessing
import os

bind = os.getenv("BIND", "0.0.0.0:8000")
workers = int(os.getenv("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.getenv("GUNICORN_THREADS", "1"))
timeout = int(os.getenv("GUNICORN_TIMEOUT", "30"))
# Restart workers now and then so a slow leak can never take the site down.
max_requests = 1000
max_requests_jitter = 100
accesslog = "-"
errorlog = "-"
forwarded_allow_ips = os.getenv("FORWARDED_ALLOW_IPS", "127.0.0.1")
# gunicorn's control socket defaults to one path per user: a second instance
# on the same machine would take over the first one's. Nothing here uses it.
control_socket_disable = True


def post_worker_init(worker):
    # Build the catalogue's facet bitmaps and vocabularies before the first
    # request, so no visitor waits the second or two that takes at 100,000
    # courses. A database that is not there yet only postpones it.
    try:
        from catalogue.facetindex import warm

        warm()
    except Exception:
        worker.log.exception("Could not warm the catalogue caches")
