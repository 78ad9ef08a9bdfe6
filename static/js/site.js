// Progressive enhancement only: every page works without this file.
document.documentElement.classList.add("js");

// Leave empty fields out of htmx requests, so the pushed URL is as short as
// the one the server redirects a plain form submission to.
document.addEventListener("htmx:configRequest", (event) => {
  const data = event.detail.formData;
  if (!data) return;
  for (const [key, value] of Array.from(data.entries())) {
    if (value === "") data.delete(key);
  }
});

// This file loads with "defer": the whole page is parsed when it runs.

// A form that comes back with errors: move focus to its error summary, so
// keyboard and screen reader users start there (the title already says so).
const errorSummary = document.querySelector(".error-summary[tabindex='-1']");
if (errorSummary) errorSummary.focus();

// The catalogue's filters. The server renders them open, so they work
// without JavaScript; on a small screen they fold behind their "Filters (n)"
// summary, so the result count and the results come first.
const narrow = window.matchMedia("(max-width: 52rem)");

function filtersPanel() {
  return document.getElementById("filters-panel");
}

function fitFilters(openOnNarrow) {
  const panel = filtersPanel();
  if (!panel) return;
  // A filter with an error stays in view: the visitor has to see it.
  const invalid = panel.querySelector("[aria-invalid='true']");
  panel.open = !narrow.matches || openOnNarrow || Boolean(invalid);
}

fitFilters(false);
narrow.addEventListener("change", () => fitFilters(false));

// After htmx replaced the results: a visitor who asked for other results
// (a page number, a removed filter chip, the search button) lands on the
// new results heading, scrolled into view; one who ticked a filter or typed
// in the search box keeps their place (htmx gives focus back to that field,
// and the heading announces the new count), so several filters can be
// chosen in a row. htmx itself takes the page title from the fragment.
let panelWasOpen = false;

document.addEventListener("htmx:beforeSwap", (event) => {
  if (event.detail.target.id !== "catalogue") return;
  const panel = filtersPanel();
  panelWasOpen = Boolean(panel && panel.open);
});

document.addEventListener("htmx:afterSettle", (event) => {
  const detail = event.detail;
  if (detail.target.id !== "catalogue" || detail.requestConfig.nwHandled) return;
  detail.requestConfig.nwHandled = true;
  const trigger = detail.requestConfig.triggeringEvent;
  const fieldChanged = trigger && (trigger.type === "change" || trigger.type === "input");
  if (fieldChanged) {
    fitFilters(panelWasOpen);
    return;
  }
  fitFilters(false);
  const heading = document.getElementById("results-title");
  if (!heading) return;
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({ block: "start" });
});

// "Print" buttons: hidden without JavaScript (the browser's own print
// command does the same), shown and wired here.
for (const button of document.querySelectorAll("[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}
