// ctip case work: small progressive enhancements; every page works without this file.
"use strict";
document.addEventListener("submit", function (event) {
  // Buttons marked data-confirm ask before an action that is hard to undo (e.g. closing a case).
  var button = event.submitter;
  if (button && button.dataset.confirm && !window.confirm(button.dataset.confirm)) {
    event.preventDefault();
  }
  // One submission per click: a second tap on a slow phone would send the form twice.
  var form = event.target;
  if (!event.defaultPrevented) {
    window.setTimeout(function () {
      form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
    }, 0);
  }
});
document.addEventListener("DOMContentLoaded", function () {
  // Move keyboard and screen-reader focus to an error message when a page shows one.
  var alert = document.querySelector("[role=alert]");
  if (alert) { alert.setAttribute("tabindex", "-1"); alert.focus(); }
});
