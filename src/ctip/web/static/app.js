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
document.addEventListener("DOMContentLoaded", function () {
  // Upload page: show the transfer's progress; screening runs after the file has arrived.
  var form = document.getElementById("upload-form");
  var bar = document.getElementById("upload-progress");
  if (!form || !bar || !window.XMLHttpRequest) { return; }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    bar.hidden = false;
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); }
    });
    xhr.addEventListener("load", function () {
      // Show the answer's main part (counts and rejected records) in place.
      var page = new DOMParser().parseFromString(xhr.responseText, "text/html");
      var main = page.getElementById("main");
      if (main) { document.getElementById("main").replaceWith(main); main.focus(); }
    });
    xhr.send(new FormData(form));
  });
});
