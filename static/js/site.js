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
