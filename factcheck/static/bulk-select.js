// The queue's bulk actions: "select all on this page" and a count of the selected claims.
(function () {
  const form = document.getElementById("bulk-form");
  const all = document.getElementById("select-page");
  const count = document.getElementById("selected-count");
  if (!form || !all) return;
  const boxes = () => Array.from(form.querySelectorAll('input[name="claim_ids"]'));

  function update() {
    const checked = boxes().filter((box) => box.checked).length;
    if (count) count.textContent = checked;
    all.checked = checked > 0 && checked === boxes().length;
    all.indeterminate = checked > 0 && checked < boxes().length;
  }

  all.addEventListener("change", function () {
    boxes().forEach((box) => { box.checked = all.checked; });
    update();
  });
  form.addEventListener("change", function (event) {
    if (event.target.name === "claim_ids") update();
  });
  update();
})();
