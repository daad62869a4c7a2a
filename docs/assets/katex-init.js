/* Typeset the math that pymdownx.arithmatex (generic mode) leaves as \( \) and \[ \] in
 * <span class="arithmatex"> and <div class="arithmatex">, with the vendored KaTeX. */
(function () {
  "use strict";
  function typeset() {
    document.querySelectorAll(".arithmatex").forEach(function (element) {
      window.renderMathInElement(element, {
        delimiters: [
          { left: "\\(", right: "\\)", display: false },
          { left: "\\[", right: "\\]", display: true }
        ],
        throwOnError: false
      });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", typeset);
  } else {
    typeset();
  }
})();
