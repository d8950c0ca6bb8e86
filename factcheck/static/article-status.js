// While an article waits for or undergoes extraction, poll its status and reload once it ends.
(function () {
  const panel = document.getElementById("article-lifecycle");
  if (!panel || !["queued", "extracting"].includes(panel.dataset.status)) return;
  const statusText = document.getElementById("article-status");

  function poll() {
    fetch(panel.dataset.statusUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then((response) => response.json())
      .then(function (article) {
        if (article.status !== panel.dataset.status && !["queued", "extracting"].includes(article.status)) {
          window.location.reload();
          return;
        }
        statusText.textContent = article.status === "extracting" ? article.label + " (about " + article.progress + "%)" : article.label;
        setTimeout(poll, 1000);
      })
      .catch(() => setTimeout(poll, 5000));
  }
  setTimeout(poll, 1000);
})();
