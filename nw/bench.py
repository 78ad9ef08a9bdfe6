"""Support for bench/catalogue.py: SQL queries per request, counted in a
server running with production settings (DEBUG off, so Django keeps no
query log of its own).

Only installed when the environment says ``BENCH_QUERY_COUNT=1`` (see the
MIDDLEWARE list in nw/settings.py); a production site never carries it.
"""

from django.db import connection

HEADER = "X-Query-Count"


class QueryCountMiddleware:
    """Adds an ``X-Query-Count`` header: the queries the request sent to the
    default database, including those of the middleware inside this one (it
    is first in the list, so that is all of them)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        count = 0

        def counter(execute, sql, params, many, context):
            nonlocal count
            count += 1
            return execute(sql, params, many, context)

        with connection.execute_wrapper(counter):
            response = self.get_response(request)
        # A streamed response may still query while it is sent; none of the
        # pages measured streams, so the count is complete for them.
        response[HEADER] = str(count)
        return response
