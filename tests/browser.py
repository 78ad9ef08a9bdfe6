"""The browser harness of the journeys (tests/test_browser_*.py): Chromium
through Playwright against ``live_server``, and a Person whose every page is
checked for the qualities issue 12 asks of all pages.

Each visited page must have no WCAG 2.1 A/AA violation (axe), one h1, a
title, lang="nl-BE", images with a text alternative, visible focus and no sideways
scrolling at the person's width.

The journeys need Chromium (Debian: ``apt-get install -y chromium``;
``CHROMIUM`` names another binary). Without it they are skipped, except when
``REQUIRE_BROWSER=1`` (CI), where a missing browser fails them. They run
once, on the first database of ``./run test``.

With ``SCREENSHOTS=<folder>`` set (``./run screenshots``), the journeys save
the key pages there as PNG files.
"""

from __future__ import annotations

import functools
import os
import re
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.core import mail

# serialized_rollback: a transactional test empties the tables at its end;
# this puts back what the data migrations made (vocabularies, kijkwijzer).
JOURNEY = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    # Only violations fail a page; collecting the passes too costs a third.
    "resultTypes": ["violations"],
}
SEED_COURSE = "onderwijskundig-leiderschap-met-impact"
PASSWORD = "demo-school"
# --focus in static/css/site.css, as getComputedStyle reports it.
FOCUS_COLOUR = "rgb(255, 191, 71)"


@functools.cache
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


class Person:
    """One person's browser window, checking every page it lands on."""

    def __init__(self, browser, base, width=390, javascript=True, height=844):
        self.width = width
        self.context = browser.new_context(
            viewport={"width": width, "height": height},
            java_script_enabled=javascript,
            locale="nl-BE",
            accept_downloads=True,
        )
        self.page = self.context.new_page()
        self.base = base
        self.checked = []
        # axe is a script: a page shown without JavaScript is checked as a
        # copy of its HTML in a window that runs scripts.
        self.checker = None
        if not javascript:
            self.checker = browser.new_context(
                viewport={"width": width, "height": height}, locale="nl-BE"
            ).new_page()

    @property
    def path(self) -> str:
        return self.page.url.removeprefix(self.base)

    def goto(self, path):
        self.page.goto(self.base + path)
        self.check()

    def click(self, role, name, **kwargs):
        self.page.get_by_role(role, name=name, **kwargs).first.click()
        self.page.wait_for_load_state()
        self.check()

    def sign_in(self, email, password=PASSWORD):
        self.goto("/account/aanmelden/")
        self.page.get_by_label("E-mailadres").fill(email)
        self.page.get_by_label("Wachtwoord").fill(password)
        self.click("button", "Aanmelden")

    def messages(self) -> str:
        return " ".join(self.page.locator(".messages").all_inner_texts())

    # Keyboard only -------------------------------------------------------

    def tab_to(self, locator, limit=400):
        """Press Tab until ``locator`` has focus, checking that every element
        on the way shows where the focus is."""
        target = locator.first.element_handle()
        for _ in range(limit):
            self.page.keyboard.press("Tab")
            if self.page.evaluate("(el) => document.activeElement === el", target):
                self.assert_focus_visible()
                return
            self.assert_focus_visible()
        raise AssertionError(f"{self.page.url}: Tab never reached {locator}")

    def follow(self, key="Enter"):
        """A key on the focused link or button that loads another page; the
        new page is checked."""
        with self.page.expect_navigation():
            self.page.keyboard.press(key)
        self.check()

    def press(self, key):
        """A key on the focused element that stays on the page."""
        self.page.keyboard.press(key)

    @contextmanager
    def swap(self):
        """Around an action that htmx answers: waits until htmx has settled
        its answer in the page, then checks the page. (Polled from here: the
        site's CSP forbids the eval that Playwright's wait_for_function uses.)"""
        self.page.evaluate(
            """() => {
              window.nwSettled = false;
              document.addEventListener("htmx:afterSettle",
                () => { window.nwSettled = true; }, {once: true});
            }"""
        )
        yield
        deadline = time.monotonic() + 10
        while not self.page.evaluate("() => window.nwSettled"):
            assert time.monotonic() < deadline, f"{self.page.url}: htmx never settled"
            self.page.wait_for_timeout(50)
        self.check()

    def focused(self) -> str:
        """A short description of the focused element."""
        return self.page.evaluate(
            "() => { const el = document.activeElement;"
            " return `${el.tagName.toLowerCase()}#${el.id} ${el.textContent.trim()}`; }"
        )

    def assert_focus_visible(self):
        """The focused element draws an outline, or the focus colour behind it."""
        style = self.page.evaluate(
            """() => {
              const el = document.activeElement;
              if (!el || el === document.body) return null;
              const s = getComputedStyle(el);
              return {outline: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2,
                      background: s.backgroundColor, shadow: s.boxShadow};
            }"""
        )
        if style is None:
            return
        assert (
            style["outline"]
            or style["background"] == FOCUS_COLOUR
            or style["shadow"] != "none"
        ), f"{self.page.url}: focus not visible on {self.focused()}"

    # Checks --------------------------------------------------------------

    def screenshot(self, name, at=None):
        """Saves the page for docs/screenshots/ when ``SCREENSHOTS`` is set:
        from the top, or from the element ``at``."""
        folder = os.environ.get("SCREENSHOTS")
        if not folder:
            return
        Path(folder).mkdir(parents=True, exist_ok=True)
        if at is None:
            self.page.evaluate("() => window.scrollTo(0, 0)")
        else:
            at.first.evaluate("(el) => el.scrollIntoView({block: 'start'})")
        self.page.screenshot(path=str(Path(folder) / f"{name}.png"))

    def check(self):
        """The qualities every page keeps (issue 12), on the page shown now."""
        page, where = self.page, self.page.url
        if self.checker is not None:
            base = f'<base href="{self.base}/">'
            self.checker.set_content(
                page.content().replace("<head>", f"<head>{base}", 1)
            )
            page = self.checker
        assert page.title().strip(), f"{where}: no title"
        lang = page.locator("html").get_attribute("lang")
        # Language tags ignore case; Django's admin writes "nl-be".
        assert (lang or "").lower() == "nl-be", f"{where}: lang={lang}"
        assert page.locator("h1").count() == 1, f"{where}: not one h1"
        wide = page.evaluate("document.documentElement.scrollWidth")
        assert wide <= self.width, f"{where}: {wide} px wide at {self.width} px"
        unnamed = page.locator("img:not([alt])").count()
        assert not unnamed, f"{where}: {unnamed} images without a text alternative"
        results = axe().run(page, options=AXE_OPTIONS)
        assert results.violations_count == 0, f"{where}\n{results.generate_report()}"
        self.checked.append(where)


def confirmation_link() -> str:
    body = mail.outbox[-1].body
    return re.search(r"https?://\S+/account/bevestigen/\S+", body).group()
