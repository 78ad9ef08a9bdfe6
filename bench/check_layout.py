"""Find pages that scroll sideways, in a real browser.

Visits every page a visitor can reach on a running site -- home, the course
list (plain, filtered, page 2, with a bad parameter), every course page the
list links to, the provider list and every provider page, the report form,
kijkwijzer, school plan, sign-in, password reset and the error pages -- at
320, 390 and 1366 px wide, and reports each page whose document is wider than
the window (``document.documentElement.scrollWidth > innerWidth``), with the
element that sticks out furthest, and each box (the course page's
"Praktisch", fact lists, cards) whose text sticks out of it. It also tabs
through the top of the course list and reports a focused element that is
not marked or whose text is hard to read (contrast under 4.5:1).

Run the demo site first, then this script against it::

    DATABASE_URL=sqlite:////tmp/ui_demo.sqlite3 .venv/bin/python manage.py migrate
    DATABASE_URL=sqlite:////tmp/ui_demo.sqlite3 .venv/bin/python manage.py load_demo
    DATABASE_URL=sqlite:////tmp/ui_demo.sqlite3 .venv/bin/python manage.py runserver 127.0.0.1:8311 --noreload &
    .venv/bin/python bench/check_layout.py --base http://127.0.0.1:8311

It needs Playwright (``.venv/bin/pip install playwright==1.65.2``) and a
Chromium; ``--chromium`` names the binary (default ``/usr/bin/chromium``).
On a DEBUG site the error pages are seen through the DEBUG-only preview
addresses ``/fouten/<code>/``; on a site with DEBUG off the script asks for
a page that does not exist instead. ``--screenshots DIR`` also saves PNGs of
the list and the first course page at 390 px (first screen and whole page).

Exit status 0 when no page scrolls sideways, 1 otherwise.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from urllib.parse import urljoin

from playwright.sync_api import sync_playwright

WIDTHS = (320, 390, 1366)

FIXED_PAGES = [
    "/",
    "/cursussen/",
    "/cursussen/?page=2",
    "/cursussen/?q=lezen&online=1",
    "/cursussen/?level=secundair-onderwijs&theme=taal",
    "/cursussen/?date_from=nooit&max_fee=veel",
    "/aanbieders/",
    "/aanbieders/?q=zzzz",
    "/kijkwijzer/",
    "/schoolplan/",
    "/account/aanmelden/",
    "/account/wachtwoord-vergeten/",
]
ERROR_CODES = (400, 403, 404, 500, 503)
SKIP = {"/cursussen/feed/"}

# The element whose right edge sticks out furthest, to say where to look.
WIDEST = """() => {
  const width = window.innerWidth;
  let worst = null, right = width;
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.visually-hidden')) continue;
    const box = el.getBoundingClientRect();
    // Text that overflows its box widens the page without widening the box.
    const text = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    const edge = text ? Math.max(box.right, box.left + el.scrollWidth) : box.right;
    if (edge > right + 0.5) { right = edge; worst = el; }
  }
  if (!worst) return null;
  const name = worst.tagName.toLowerCase() + (worst.id ? '#' + worst.id : '') +
    (worst.className && typeof worst.className === 'string'
      ? '.' + worst.className.trim().split(/\\s+/).join('.') : '');
  return name + ' right edge ' + Math.round(right) + ' px';
}"""


OVERFLOWING_BOXES = """() => [...document.querySelectorAll(
  '.course__aside, .facts, .contact, .course-card, .error-summary, .callout')]
  .filter(el => el.scrollWidth > el.clientWidth + 1)
  .map(el => el.tagName.toLowerCase() + '.' + [...el.classList].join('.'))"""


# The focused element: its text contrast against the background it shows,
# and whether anything marks it (outline, shadow or a background of its own).
FOCUS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const cs = getComputedStyle(el);
  const lum = c => { const [r, g, b] = c.match(/[\\d.]+/g).map(Number).slice(0, 3)
    .map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  let node = el, bg = cs.backgroundColor;
  while (/rgba\\(0, 0, 0, 0\\)|transparent/.test(bg) && node.parentElement) {
    node = node.parentElement; bg = getComputedStyle(node).backgroundColor;
  }
  const [a, b] = [lum(cs.color), lum(bg)];
  const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  const marked = cs.outlineStyle !== 'none' || cs.boxShadow !== 'none' || node === el;
  const text = (el.innerText || el.getAttribute('aria-label') || el.name || el.id || '').trim();
  return {name: el.tagName.toLowerCase() + ' "' + text.slice(0, 30) + '"',
          contrast: Math.round(contrast * 10) / 10, marked};
}"""


def keyboard_problems(page, base: str, width: int, steps: int = 40) -> list[str]:
    """Tab through the top of the course list: every focused element must be
    marked and its text readable (contrast 4.5:1 or more)."""
    page.goto(urljoin(base, "/cursussen/?level=secundair-onderwijs"))
    problems = []
    for _ in range(steps):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS)
        if focus is None:
            continue
        if not focus["marked"] or focus["contrast"] < 4.5:
            problems.append(
                f"{width:>5} px  keyboard focus on {focus['name']}: "
                f"contrast {focus['contrast']}, marked {focus['marked']}"
            )
    return problems


def links(page, pattern: str) -> list[str]:
    hrefs = page.eval_on_selector_all(
        "a[href]", "els => els.map(e => e.getAttribute('href'))"
    )
    found = []
    for href in hrefs:
        path = href.split("?")[0].split("#")[0]
        if re.fullmatch(pattern, path) and path not in found and path not in SKIP:
            found.append(path)
    return found


def collect_pages(page, base: str) -> list[str]:
    """Fixed pages, then every course and provider page the site links to."""
    pages = list(FIXED_PAGES)
    courses: list[str] = []
    number = 1
    while True:
        response = page.goto(urljoin(base, f"/cursussen/?past=1&page={number}"))
        if response is None or response.status != 200:
            break
        new = [c for c in links(page, r"/cursussen/[-\w]+/") if c not in courses]
        if not new:
            break
        courses += new
        number += 1
    page.goto(urljoin(base, "/aanbieders/"))
    providers = links(page, r"/aanbieders/[-\w]+/")
    pages += courses + providers
    if courses:
        pages.append(courses[0] + "meld-een-probleem/")
    if providers:
        pages.append(providers[0] + "meld-een-probleem/")
    # Error pages: the DEBUG preview if the site has one, else a real 404.
    page.goto(urljoin(base, "/fouten/404/"))
    if page.locator(".site-header").count():  # ours, not Django's DEBUG page
        pages += [f"/fouten/{code}/" for code in ERROR_CODES]
    else:
        pages.append("/deze-pagina-bestaat-niet/")
    return pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:8311")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--screenshots", type=Path)
    args = parser.parse_args()

    problems = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=args.chromium, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        pages = collect_pages(page, args.base)
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            for path in pages:
                response = page.goto(urljoin(args.base, path))
                status = response.status if response else 0
                if status >= 500 and not path.startswith("/fouten/"):
                    problems.append(f"{width:>5} px  {path}: answered {status}")
                    continue
                scroll, inner = page.evaluate(
                    "[document.documentElement.scrollWidth, window.innerWidth]"
                )
                if scroll > inner:
                    problems.append(
                        f"{width:>5} px  {path}: {scroll} px wide"
                        f" ({page.evaluate(WIDEST)})"
                    )
                # Content sticking out of a box without widening the page
                # (a long e-mail address in the "Praktisch" box).
                for box in page.evaluate(OVERFLOWING_BOXES):
                    problems.append(f"{width:>5} px  {path}: text sticks out of {box}")
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            problems += keyboard_problems(page, args.base, width)
        if args.screenshots:
            args.screenshots.mkdir(parents=True, exist_ok=True)
            page.set_viewport_size({"width": 390, "height": 844})
            course = next(p for p in pages if re.fullmatch(r"/cursussen/[-\w]+/", p))
            for name, path in [("list", "/cursussen/"), ("course", course)]:
                page.goto(urljoin(args.base, path))
                # The first screen, as a visitor sees it, and the whole page.
                page.screenshot(path=args.screenshots / f"{name}-390.png")
                page.screenshot(
                    path=args.screenshots / f"{name}-390-full.png", full_page=True
                )
        browser.close()

    print(f"Checked {len(pages)} pages at {', '.join(map(str, WIDTHS))} px, and")
    print("the keyboard focus on the course list at each width.")
    for line in problems:
        print(line)
    print(
        f"{len(problems)} problems."
        if problems
        else "No page scrolls sideways; keyboard focus is marked and readable."
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
