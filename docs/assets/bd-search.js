/* build_digest: small additions to the Pagefind search dialog (overrides/partials/bd-search.html). */
(function () {
  var modal = document.getElementById("bd-search-modal");
  if (!modal) return;

  /* "/" opens the search dialog too (Ctrl+K is Pagefind's own shortcut). */
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
      return;
    }
    if (typeof modal.open === "function") {
      event.preventDefault();
      modal.open();
    }
  });

  /* A filter dropdown's trigger is a combobox, and a combobox takes no name from its text:
     name it after its visible label so screen readers announce "Narasumber", "Media". */
  function nameFilterTriggers() {
    modal.querySelectorAll(".pf-dropdown-trigger:not([aria-label])").forEach(function (trigger) {
      var label = trigger.querySelector(".pf-dropdown-trigger-label");
      if (label && label.textContent.trim()) {
        trigger.setAttribute("aria-label", label.textContent.trim());
      }
    });
  }
  new MutationObserver(nameFilterTriggers).observe(modal, {childList: true, subtree: true});
  nameFilterTriggers();
})();
