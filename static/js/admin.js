// The Django admin's widgets (the "filter horizontal" selector and the
// select2 autocomplete) build markup that fails WCAG 2.1 A/AA. Our
// configuration cannot change it, so it is mended here, also for widgets
// added later (a new inline row): tests/test_browser_provider_admin.py runs
// axe on these pages.
(function () {
  "use strict";

  function labelText(select) {
    const label = select.id && document.querySelector(`label[for="${select.id}"]`);
    return label ? label.textContent.replace(/:\s*$/, "").trim() : "";
  }

  function mend(root) {
    // SelectFilter2's search icon: a span with aria-label needs a role.
    for (const icon of root.querySelectorAll(".search-label-icon[aria-label]:not([role])")) {
      icon.setAttribute("role", "img");
    }
    // select2's search box of a multiple choice has no accessible name.
    for (const container of root.querySelectorAll(".select2-container")) {
      const select = container.previousElementSibling;
      if (!select || select.tagName !== "SELECT") continue;
      const name = labelText(select);
      for (const box of container.querySelectorAll(".select2-search__field:not([aria-label])")) {
        if (name) box.setAttribute("aria-label", name);
      }
      // Its "clear" cross sits inside a list, where only items may.
      const list = container.querySelector("ul.select2-selection__rendered");
      const clear = list && list.querySelector(":scope > .select2-selection__clear");
      if (clear) list.before(clear);
    }
  }

  function start() {
    mend(document);
    new MutationObserver((changes) => {
      for (const change of changes) {
        if (change.addedNodes.length) {
          mend(document);
          return;
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
