// Turn a text selection inside the article into character offsets (Python counts code points).
(function () {
  const body = document.getElementById("article-body");
  const button = document.getElementById("add-claim-button");
  if (!body || !button) return;
  const codePoints = (text) => Array.from(text).length;

  document.addEventListener("selectionchange", function () {
    const selection = window.getSelection();
    if (!selection.rangeCount || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return;
    const before = document.createRange();
    before.setStart(body, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const text = range.toString();
    const start = codePoints(before.toString());
    document.getElementById("claim-start").value = start;
    document.getElementById("claim-end").value = start + codePoints(text);
    document.getElementById("claim-text").value = text;
    document.getElementById("claim-selection").textContent = "“" + text + "”";
    button.disabled = text.trim() === "";
  });
})();
