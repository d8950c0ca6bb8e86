// Keyboard shortcuts: j/k move through a list of claims, Enter opens the selected one,
// t/s/a take, submit or approve the claim shown (t also takes the claim selected in a list),
// ? shows the list. Never while typing.
(function () {
  const SHORTCUTS = [
    ["j", "select the next claim in a list"],
    ["k", "select the previous claim in a list"],
    ["Enter", "open the selected claim"],
    ["t", "take this claim, or the one selected in a list"],
    ["s", "submit this claim for approval"],
    ["a", "approve and publish this claim"],
    ["?", "show or hide this help"],
  ];
  const ACTIONS = { t: "take", s: "submit", a: "approve" };
  const ROWS = "table.claims tbody tr[data-claim]";

  function typing(target) {
    return target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']") !== null;
  }

  function move(step) {
    const rows = Array.from(document.querySelectorAll(ROWS));
    if (!rows.length) return;
    const current = rows.findIndex((row) => row.classList.contains("selected"));
    const next = current < 0 ? (step > 0 ? 0 : rows.length - 1) : Math.min(Math.max(current + step, 0), rows.length - 1);
    rows.forEach((row) => row.classList.remove("selected"));
    rows[next].classList.add("selected");
    const link = rows[next].querySelector("a[href]");
    if (link) link.focus();
    rows[next].scrollIntoView({ block: "nearest" });
  }

  function openSelected() {
    const link = document.querySelector(ROWS + ".selected a[href]");
    if (!link) return false;
    window.location.assign(link.href);
    return true;
  }

  function act(name) {
    const form = document.querySelector('form.action[data-action="' + name + '"]');
    if (!form) return false;
    form.requestSubmit();
    return true;
  }

  // The claim page's own Take button does this; in a list, post the same form for the selected row.
  function takeSelected() {
    const row = document.querySelector(ROWS + ".selected[data-version]");
    const token = document.querySelector('input[name="csrf_token"]');
    if (!row || !token) return false;
    const form = document.createElement("form");
    form.method = "post";
    form.action = new URL(row.querySelector("a[href]").href).pathname + "/transitions/take";
    [["csrf_token", token.value], ["t-version", row.dataset.version]].forEach(([name, value]) => {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = value;
      form.appendChild(input);
    });
    document.body.appendChild(form);
    form.submit();
    return true;
  }

  function helpDialog() {
    let dialog = document.getElementById("shortcut-help");
    if (dialog) return dialog;
    dialog = document.createElement("dialog");
    dialog.id = "shortcut-help";
    dialog.setAttribute("aria-labelledby", "shortcut-help-title");
    const title = document.createElement("h2");
    title.id = "shortcut-help-title";
    title.textContent = "Keyboard shortcuts";
    const list = document.createElement("dl");
    SHORTCUTS.forEach(([key, meaning]) => {
      const term = document.createElement("dt");
      const kbd = document.createElement("kbd");
      kbd.textContent = key;
      term.appendChild(kbd);
      const description = document.createElement("dd");
      description.textContent = meaning;
      list.append(term, description);
    });
    const note = document.createElement("p");
    note.className = "sub";
    note.textContent = "They do nothing while you type in a field. Esc closes this help.";
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Close";
    close.addEventListener("click", () => dialog.close());
    dialog.append(title, list, note, close);
    document.body.appendChild(dialog);
    return dialog;
  }

  function toggleHelp() {
    const dialog = helpDialog();
    if (dialog.open) dialog.close(); else dialog.showModal();
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (typing(event.target)) return;
    const help = document.getElementById("shortcut-help");
    if (event.key === "?") {
      toggleHelp();
    } else if (help && help.open) {
      return;  // the dialog is modal: its own keys (Esc, Tab, Enter on Close) only
    } else if (event.key === "j" || event.key === "k") {
      move(event.key === "j" ? 1 : -1);
    } else if (event.key === "Enter" && event.target === document.body) {
      if (!openSelected()) return;
    } else if (ACTIONS[event.key]) {
      if (!act(ACTIONS[event.key]) && !(event.key === "t" && takeSelected())) return;
    } else {
      return;
    }
    event.preventDefault();
  });
  document.documentElement.dataset.shortcuts = "ready";  // for tests: keys pressed from now on are heard
})();
