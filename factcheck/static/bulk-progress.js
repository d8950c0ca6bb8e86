// Keep the bulk upload's table live: poll the batch's JSON and update each file's row.
(function () {
  const table = document.getElementById("batch");
  if (!table || table.dataset.finished === "true") return;
  const summary = document.getElementById("batch-summary");

  function show(item) {
    const row = table.querySelector('tr[data-item="' + item.id + '"]');
    if (!row) return;
    const state = row.querySelector(".state");
    state.className = "state state-" + item.state;
    state.textContent = item.state === "extracting" ? "extracting (" + item.progress + "%)" : item.state;
    row.querySelector(".message").textContent = item.message || "";
    const cell = row.querySelector(".article");
    if (item.article_id && !cell.querySelector("a")) {
      const link = document.createElement("a");
      link.href = table.dataset.url.replace(/batches\/\d+\.json$/, String(item.article_id));
      link.textContent = "article " + item.article_id;
      cell.appendChild(link);
    }
  }

  function poll() {
    fetch(table.dataset.url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then((response) => response.json())
      .then(function (batch) {
        batch.items.forEach(show);
        if (batch.finished) {
          summary.textContent = "All files are done.";
        } else {
          setTimeout(poll, 1000);
        }
      })
      .catch(() => setTimeout(poll, 5000));
  }
  setTimeout(poll, 1000);
})();
