/* Chapter quizzes: instant feedback in the browser, progress kept in localStorage, no network.
 * The HTML comes from course/site/quiz_html.py; answers are judged exactly as course/quiz.py does
 * (numbers within a tolerance, short answers case- and space-insensitive). */
(function () {
  "use strict";

  var STORE_PREFIX = "llm-course/quiz/";

  function load(chapter) {
    try {
      return JSON.parse(window.localStorage.getItem(STORE_PREFIX + chapter)) || {};
    } catch (error) {
      return {};
    }
  }

  function save(chapter, state) {
    try {
      window.localStorage.setItem(STORE_PREFIX + chapter, JSON.stringify(state));
    } catch (error) {
      /* Storage can be unavailable (private windows); the quiz still works for this visit. */
    }
  }

  function normalise(text) {
    return String(text).trim().split(/\s+/).join(" ").toLowerCase();
  }

  function parseNumber(text) {
    var cleaned = String(text).trim().replace(/[,_]/g, "").replace(/%$/, "").trim();
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return null;
    var number = Number(cleaned);
    return isFinite(number) ? number : null;
  }

  function response(question) {
    var kind = question.dataset.kind;
    if (kind === "single" || kind === "multiple") {
      return Array.prototype.filter.call(question.querySelectorAll("input"), function (input) {
        return input.checked;
      }).map(function (input) { return Number(input.value); });
    }
    return question.querySelector(".llmq-answer").value;
  }

  function judge(question, answer) {
    var kind = question.dataset.kind;
    if (kind === "single" || kind === "multiple") {
      var correct = Array.prototype.filter.call(question.querySelectorAll("input"), function (input) {
        return input.hasAttribute("data-correct");
      }).map(function (input) { return Number(input.value); });
      return answer.length === correct.length && correct.every(function (i) { return answer.indexOf(i) >= 0; });
    }
    if (kind === "numeric") {
      var number = parseNumber(answer);
      var expected = Number(question.dataset.answer);
      return number !== null &&
        Math.abs(number - expected) <= Number(question.dataset.tolerance) + 1e-9 * Math.abs(expected);
    }
    return JSON.parse(question.dataset.answers).map(normalise).indexOf(normalise(answer)) >= 0;
  }

  function isEmpty(answer) {
    return Array.isArray(answer) ? answer.length === 0 : String(answer).trim() === "";
  }

  function restore(question, answer) {
    if (Array.isArray(answer)) {
      question.querySelectorAll("input").forEach(function (input) {
        input.checked = answer.indexOf(Number(input.value)) >= 0;
      });
    } else {
      question.querySelector(".llmq-answer").value = answer;
    }
  }

  function show(question, correct) {
    var feedback = question.querySelector(".llmq-feedback");
    feedback.textContent = correct ? "Correct." : "Not quite. Read the explanation, then try again.";
    feedback.className = "llmq-feedback " + (correct ? "llmq-correct" : "llmq-wrong");
    question.querySelector(".llmq-explanation").hidden = false;
  }

  function updateProgress(quiz, state) {
    var total = Number(quiz.dataset.total);
    var answered = Object.keys(state).length;
    var right = Object.keys(state).filter(function (id) { return state[id].correct; }).length;
    quiz.querySelector(".llmq-progress").textContent =
      answered === 0 ? total + " questions. Your answers are kept in this browser."
                     : right + " of " + total + " answered correctly (" + answered + " tried).";
  }

  function setUp(quiz) {
    if (quiz.dataset.ready) return;
    quiz.dataset.ready = "1";
    var chapter = quiz.dataset.chapter;
    var state = load(chapter);
    quiz.querySelectorAll(".llmq-question").forEach(function (question) {
      var id = question.dataset.id;
      if (state[id]) {
        restore(question, state[id].response);
        show(question, state[id].correct);
      }
      question.querySelector("form").addEventListener("submit", function (event) {
        event.preventDefault();
        var answer = response(question);
        var feedback = question.querySelector(".llmq-feedback");
        if (isEmpty(answer)) {
          feedback.textContent = "Give an answer first.";
          feedback.className = "llmq-feedback";
          return;
        }
        if (question.dataset.kind === "numeric" && parseNumber(answer) === null) {
          feedback.textContent = "Enter a number, like 42 or 3.5.";
          feedback.className = "llmq-feedback llmq-wrong";
          return;
        }
        var correct = judge(question, answer);
        state[id] = { response: answer, correct: correct };
        save(chapter, state);
        show(question, correct);
        updateProgress(quiz, state);
      });
    });
    quiz.querySelector(".llmq-reset").addEventListener("click", function () {
      state = {};
      save(chapter, state);
      quiz.querySelectorAll(".llmq-question").forEach(function (question) {
        restore(question, question.dataset.kind === "single" || question.dataset.kind === "multiple" ? [] : "");
        question.querySelector(".llmq-feedback").textContent = "";
        question.querySelector(".llmq-explanation").hidden = true;
      });
      updateProgress(quiz, state);
    });
    updateProgress(quiz, state);
  }

  function setUpAll() {
    document.querySelectorAll(".llmq-quiz").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpAll);
  } else {
    setUpAll();
  }
})();
