/* build_digest: "/" opens the search dialog too (Ctrl+K is Pagefind's own shortcut). */
document.addEventListener("keydown", function (event) {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
  var target = event.target;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  var modal = document.getElementById("bd-search-modal");
  if (modal && typeof modal.open === "function") {
    event.preventDefault();
    modal.open();
  }
});
