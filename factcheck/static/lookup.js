// Pickers: a text field whose suggestions ("Name #12") come from the server as the user types, so a
// page never carries a list of every speaker or article.
(function () {
  document.querySelectorAll("input[data-lookup]").forEach(function (input) {
    const list = document.getElementById(input.getAttribute("list"));
    let timer = null;
    let asked = "";

    function suggest() {
      const text = input.value.trim();
      if (text === asked || /#\s*\d+\s*$/.test(text)) return;  // a suggestion was just chosen
      asked = text;
      fetch(input.dataset.lookup + "?q=" + encodeURIComponent(text),
            { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then((response) => (response.ok ? response.json() : []))
        .then(function (found) {
          if (asked !== text) return;  // a later keystroke asked again
          list.replaceChildren(...found.map(function (item) {
            const option = document.createElement("option");
            option.value = item.value;
            option.label = item.label;
            return option;
          }));
        })
        .catch(function () { /* no suggestions: typing a full name still works */ });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(suggest, 150);
    });
  });
})();
