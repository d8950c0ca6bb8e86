// The article workspace: the claims panel beside the text is filtered and paged without reloading
// the text; choosing a claim in the panel shows its highlight, choosing a highlight shows its row.
(function () {
  const panel = document.getElementById("workspace-panel");
  const body = document.getElementById("article-body");
  if (!panel || !body) return;
  const rows = document.getElementById("panel-claims");
  const filters = document.getElementById("panel-filters");
  const more = document.getElementById("panel-more");
  const total = document.getElementById("panel-total");

  function load(query, append) {
    return fetch(panel.dataset.panelUrl + "?" + query, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error("The claims could not be loaded (" + response.status + ").");
        return response.json();
      })
      .then(function (page) {
        if (append) rows.insertAdjacentHTML("beforeend", page.rows);
        else rows.innerHTML = page.rows;
        total.textContent = page.total;
        more.dataset.query = page.next || "";
        more.href = window.location.pathname + "?" + more.dataset.query + "#workspace-panel";
        more.hidden = !page.next;
      })
      .catch(function (error) { total.textContent = error.message; });
  }

  const highlights = (id) => body.querySelectorAll('a.claim[data-claim="' + id + '"]');
  const rowOf = (id) => rows.querySelector('[data-claim-row="' + id + '"]');

  function select(id) {
    document.querySelectorAll(".selected-claim").forEach(function (element) {
      element.classList.remove("selected-claim");
      element.removeAttribute("aria-current");
    });
    const row = rowOf(id);
    [...highlights(id), ...(row ? [row] : [])].forEach(function (element) {
      element.classList.add("selected-claim");
      element.setAttribute("aria-current", "true");
    });
    return row;
  }

  function chooseRow(row) {
    select(row.dataset.claimRow);
    const first = highlights(row.dataset.claimRow)[0];
    if (first) first.scrollIntoView({ block: "center" });
  }

  // A claim outside the loaded rows: show the panel from that claim on, unfiltered.
  function showRow(id) {
    const row = select(id);
    if (row) {
      row.scrollIntoView({ block: "nearest" });
      return;
    }
    filters.querySelectorAll("select").forEach(function (choice) { choice.value = ""; });
    load("claim=" + encodeURIComponent(id), false).then(function () {
      const loaded = select(id);
      if (loaded) loaded.scrollIntoView({ block: "nearest" });
    });
  }

  rows.addEventListener("click", function (event) {
    const row = event.target.closest("[data-claim-row]");
    if (row && !event.target.closest("a")) chooseRow(row);
  });
  rows.addEventListener("keydown", function (event) {
    const row = event.target.closest("[data-claim-row]");
    if (row && event.target === row && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      chooseRow(row);
    }
  });
  body.addEventListener("click", function (event) {
    const highlight = event.target.closest("a.claim");
    if (!highlight || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    showRow(highlight.dataset.claim);
  });

  function filterQuery() {
    return new URLSearchParams([...new FormData(filters)].filter(([, value]) => value !== "")).toString();
  }
  filters.addEventListener("change", function () { load(filterQuery(), false); });
  filters.addEventListener("submit", function (event) {
    event.preventDefault();
    load(filterQuery(), false);
  });
  more.addEventListener("click", function (event) {
    event.preventDefault();
    load(more.dataset.query, true);
  });
})();
