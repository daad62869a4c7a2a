/* Interactive widgets for the chapter pages: see docs/contributing/widgets.md.
 *
 * Each <div class="llm-widget" data-widget="NAME"> is built from its own data attributes by the
 * builder of that NAME below: "temperature" (sampling), "bpe" (tokenization), "attention"
 * (attention). No dependencies, no network. The arithmetic is the course's own:
 * - temperature: p = softmax(z / T), T = 0 is one-hot at the first largest logit; then top-k (ties:
 *   lower index kept), then top-p (smallest set of most likely tokens with total >= p, at least one);
 *   renormalised after each cut;
 * - bpe: solutions/tokenization/bpe.py, step by step;
 * - attention: softmax(scale * Q K^T / sqrt(d)), future keys set to -Infinity under the causal mask.
 * Every number the tests read is in a data attribute at full precision (data-p, data-id, data-weight). */
(function () {
  "use strict";

  /* ---------- small DOM helpers ---------- */

  var counter = 0;

  function uniqueId(prefix) {
    counter += 1;
    return "llmw-" + prefix + "-" + counter;
  }

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (name === "text") node.textContent = value;
      else if (name === "class") node.className = value;
      else node.setAttribute(name, value);
    });
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }

  /* A labelled range input with its live value: {field, input, output}. */
  function slider(name, min, max, step, value) {
    var id = uniqueId("input");
    var input = el("input", { type: "range", id: id, min: min, max: max, step: step, value: value });
    var output = el("output", { for: id, class: "llmw-value" });
    var field = el("div", { class: "llmw-field" }, [el("label", { for: id, text: name }), input, output]);
    return { field: field, input: input, output: output };
  }

  function button(text, title) {
    return el("button", { type: "button", class: "md-button llmw-button", text: text, title: title || text });
  }

  function sum(values) {
    return values.reduce(function (total, v) { return total + v; }, 0);
  }

  /* ---------- 1. temperature, top-k, top-p ---------- */

  /* Indices by logit, largest first; among equal logits the lower index comes first. */
  function ranking(z) {
    return z.map(function (_, i) { return i; }).sort(function (a, b) { return (z[b] - z[a]) || (a - b); });
  }

  /* softmax(z / T), stable; T = 0 gives 1.0 at the first largest logit. */
  function softmaxT(z, T, order) {
    if (T === 0) return z.map(function (_, i) { return i === order[0] ? 1 : 0; });
    var top = z[order[0]];
    var e = z.map(function (v) { return Math.exp((v - top) / T); });
    var total = sum(e);
    return e.map(function (v) { return v / total; });
  }

  function renormalise(p, cut) {
    var total = sum(p.filter(function (_, i) { return !cut[i]; }));
    return p.map(function (v, i) { return cut[i] ? 0 : v / total; });
  }

  /* The course's order: temperature, then top-k, then top-p. Returns the final probabilities and,
   * for every token left at 0, why: "greedy (T = 0)", "cut by top-k" or "cut by top-p". */
  function distribution(z, T, k, topP) {
    var order = ranking(z);
    var p = softmaxT(z, T, order);
    var cut = z.map(function () { return ""; });
    if (T === 0) order.slice(1).forEach(function (i) { cut[i] = "greedy (T = 0)"; });
    order.slice(k).forEach(function (i) { cut[i] = cut[i] || "cut by top-k"; });
    p = renormalise(p, cut);
    var total = 0;
    order.forEach(function (i) {
      if (cut[i]) return;
      if (total >= topP) cut[i] = "cut by top-p";      // the set already reached p: this one is cut
      else total += p[i];
    });
    return { p: renormalise(p, cut), cut: cut };
  }

  function entropy(p) {
    return -sum(p.map(function (v) { return v > 0 ? v * Math.log(v) : 0; }));
  }

  function temperature(root) {
    var words = JSON.parse(root.dataset.words);
    var counts = JSON.parse(root.dataset.counts);
    var z = counts.map(Math.log);
    var V = words.length;

    var t = slider("Temperature T", 0, 3, 0.05, 1);
    var k = slider("Top-k", 1, V, 1, V);
    var p = slider("Top-p", 0.05, 1, 0.05, 1);
    var stats = el("p", { class: "llmw-stats", "aria-live": "polite" });
    var rows = words.map(function (word, i) {
      var fill = el("span", { class: "llmw-bar-fill" });
      var value = el("span", { class: "llmw-bar-value" });
      var note = el("span", { class: "llmw-bar-note" });
      var row = el("li", { class: "llmw-bar", "data-token": word }, [
        el("span", { class: "llmw-bar-label", text: word }),
        el("span", { class: "llmw-bar-count", text: "×" + counts[i],
                     title: "count " + counts[i] + ", logit ln " + counts[i] + " = " + z[i].toFixed(3) }),
        el("span", { class: "llmw-bar-track" }, [fill]),
        value, note]);
      return { row: row, fill: fill, value: value, note: note };
    });

    function update() {
      var T = Number(t.input.value), topK = Number(k.input.value), topP = Number(p.input.value);
      t.output.textContent = T === 0 ? "0 (greedy)" : T.toFixed(2);
      k.output.textContent = topK === V ? V + " (all)" : String(topK);
      p.output.textContent = topP === 1 ? "1.00 (off)" : topP.toFixed(2);
      var result = distribution(z, T, topK, topP);
      rows.forEach(function (r, i) {
        var prob = result.p[i];
        r.row.dataset.p = String(prob);
        r.row.classList.toggle("llmw-cut", prob === 0);
        r.fill.style.width = (100 * prob).toFixed(2) + "%";
        r.value.textContent = prob.toFixed(3);
        r.note.textContent = result.cut[i];
      });
      var kept = result.p.filter(function (v) { return v > 0; }).length;
      var h = entropy(result.p);
      stats.textContent = "";
      stats.appendChild(el("span", { class: "llmw-entropy", "data-value": String(h),
                                     text: "Entropy " + h.toFixed(3) + " nats" }));
      stats.appendChild(document.createTextNode(" · "));
      stats.appendChild(el("span", { class: "llmw-kept", "data-value": String(kept),
                                     text: "tokens kept: " + kept + " of " + V }));
    }

    [t, k, p].forEach(function (s) { s.input.addEventListener("input", update); });
    root.appendChild(el("div", { class: "llmw-controls" }, [t.field, k.field, p.field]));
    root.appendChild(el("p", { class: "llmw-note", text: "Applied in this order: temperature, then top-k, " +
                               "then top-p; the kept tokens are renormalised to sum to 1." }));
    root.appendChild(el("ol", { class: "llmw-bars", "aria-label": "probability of each next word" },
                        rows.map(function (r) { return r.row; })));
    root.appendChild(stats);
    update();
  }

  /* ---------- 2. BPE, one merge at a time ---------- */

  /* Adjacent pairs with their counts, in order of first occurrence (overlapping: [1, 1, 1] has 2). */
  function pairCounts(ids) {
    var index = {}, list = [];
    for (var i = 0; i + 1 < ids.length; i++) {
      var key = ids[i] + "," + ids[i + 1];
      if (!(key in index)) {
        index[key] = list.length;
        list.push({ a: ids[i], b: ids[i + 1], count: 0 });
      }
      list[index[key]].count += 1;
    }
    return list;
  }

  /* The most frequent pair, the first one on ties; null when no pair occurs twice. */
  function winner(counts) {
    var best = null;
    counts.forEach(function (c) { if (!best || c.count > best.count) best = c; });
    return best && best.count >= 2 ? best : null;
  }

  /* Left to right, non-overlapping: merging (1, 1) in [1, 1, 1] gives [new, 1]. */
  function merge(ids, a, b, newId) {
    var out = [];
    for (var i = 0; i < ids.length; i++) {
      if (i + 1 < ids.length && ids[i] === a && ids[i + 1] === b) {
        out.push(newId);
        i += 1;
      } else {
        out.push(ids[i]);
      }
    }
    return out;
  }

  /* Every step of training: steps[s] is the sequence after s merges; merges[s] made steps[s + 1]. */
  function train(text, maxMerges) {
    var ids = Array.prototype.slice.call(new TextEncoder().encode(text));
    var bytes = {};
    for (var i = 0; i < 256; i++) bytes[i] = [i];
    var steps = [ids], merges = [];
    while (merges.length < maxMerges) {
      var best = winner(pairCounts(ids));
      if (!best) break;
      var newId = 256 + merges.length;
      bytes[newId] = bytes[best.a].concat(bytes[best.b]);
      merges.push({ a: best.a, b: best.b, id: newId });
      ids = merge(ids, best.a, best.b, newId);
      steps.push(ids);
    }
    return { steps: steps, merges: merges, bytes: bytes };
  }

  function hex(b) {
    return (b < 16 ? "0" : "") + b.toString(16).toUpperCase();
  }

  /* How a token's bytes read: whole UTF-8 characters as text (space as ␣, newline as ↵), other
   * bytes, such as part of a multi-byte character, in hex between angle brackets: 今 is E4 BB 8A, so
   * a token holding only its first two bytes reads ⟨E4 BB⟩. */
  function show(bytes) {
    var out = "", raw = [], i = 0, decoder = new TextDecoder("utf-8", { fatal: true });
    function flush() {
      if (raw.length) out += "⟨" + raw.join(" ") + "⟩";
      raw = [];
    }
    while (i < bytes.length) {
      var b = bytes[i];
      var n = b < 0x80 ? 1 : b >= 0xF0 && b < 0xF8 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
      var text = null;
      if (n && i + n <= bytes.length) {
        try { text = decoder.decode(new Uint8Array(bytes.slice(i, i + n))); } catch (error) { text = null; }
      }
      if (text === null || (n === 1 && (b < 32 || b === 127) && b !== 10)) {
        raw.push(hex(b));
        i += 1;
      } else {
        flush();
        out += text === " " ? "␣" : text === "\n" ? "↵" : text;
        i += n;
      }
    }
    flush();
    return out;
  }

  function chip(id, bytes) {
    var merged = id >= 256;
    var node = el("span", { class: "llmw-chip" + (merged ? " llmw-chip-merged" : ""), "data-id": String(id),
                            title: "id " + id + ": bytes " + bytes.map(hex).join(" ") });
    node.appendChild(document.createTextNode(show(bytes)));
    if (merged) node.appendChild(el("sub", { text: String(id) }));
    return node;
  }

  function bpe(root) {
    var textId = uniqueId("text"), mergesId = uniqueId("merges");
    var textInput = el("input", { type: "text", id: textId, value: root.dataset.text || "aaabdaaabac",
                                  spellcheck: "false", maxlength: "2000" });
    var mergesInput = el("input", { type: "number", id: mergesId, min: "0", max: "1000", step: "1",
                                    value: root.dataset.merges || "10" });
    var previous = button("Previous", "Undo the last merge");
    var next = button("Next", "Do the next merge");
    var reset = button("Reset", "Back to the bytes");
    var status = el("p", { class: "llmw-status", "aria-live": "polite" });
    var sequence = el("ol", { class: "llmw-sequence", "aria-label": "current token sequence" });
    var pairs = el("ol", { class: "llmw-pairs", "aria-label": "pair counts of the current sequence" });
    var pairsNote = el("p", { class: "llmw-note" });
    var mergeList = el("ol", { class: "llmw-merges", "aria-label": "merges learned so far" });
    var run = null, step = 0;

    function retrain() {
      var cap = Math.max(0, Math.floor(Number(mergesInput.value) || 0));
      run = train(textInput.value, cap);
      step = Math.min(step, run.merges.length);
      render();
    }

    function render() {
      var ids = run.steps[step], n = run.merges.length;
      var bytes = run.steps[0].length;
      status.textContent = "Step " + step + " of " + n + ": " + ids.length + " tokens for " + bytes + " bytes.";
      root.dataset.step = String(step);
      root.dataset.ids = JSON.stringify(ids);

      sequence.textContent = "";
      ids.forEach(function (id) { sequence.appendChild(el("li", {}, [chip(id, run.bytes[id])])); });

      var counts = pairCounts(ids), best = step < n ? run.merges[step] : null;
      pairs.textContent = "";
      counts.forEach(function (c) {
        var isBest = best !== null && c.a === best.a && c.b === best.b;
        pairs.appendChild(el("li", { class: "llmw-pair" + (isBest ? " llmw-winner" : ""), "data-a": String(c.a),
                                     "data-b": String(c.b), "data-count": String(c.count) }, [
          chip(c.a, run.bytes[c.a]), chip(c.b, run.bytes[c.b]),
          el("span", { class: "llmw-pair-count", text: "×" + c.count + (isBest ? " merged next" : "") })]));
      });
      if (best) pairsNote.textContent = "The most frequent pair (the first one, on ties) becomes id " + best.id + ".";
      else if (winner(counts)) pairsNote.textContent = "Stopped: that was the number of merges asked for.";
      else pairsNote.textContent = "Stopped: no pair occurs twice, so another merge would not shorten anything.";

      mergeList.textContent = "";
      run.merges.slice(0, step).forEach(function (m, i) {
        mergeList.appendChild(el("li", { class: i === step - 1 ? "llmw-newest" : "", "data-a": String(m.a),
                                         "data-b": String(m.b), "data-new": String(m.id) }, [
          el("code", { text: m.id + " ← (" + m.a + ", " + m.b + ")" }), chip(m.a, run.bytes[m.a]),
          el("span", { text: " + " }), chip(m.b, run.bytes[m.b]), el("span", { text: " = " }),
          chip(m.id, run.bytes[m.id])]));
      });
      previous.disabled = step === 0;
      reset.disabled = step === 0;
      next.disabled = step === n;
    }

    textInput.addEventListener("input", function () { step = 0; retrain(); });
    mergesInput.addEventListener("input", retrain);
    next.addEventListener("click", function () { step = Math.min(step + 1, run.merges.length); render(); });
    previous.addEventListener("click", function () { step = Math.max(step - 1, 0); render(); });
    reset.addEventListener("click", function () { step = 0; render(); });

    root.appendChild(el("div", { class: "llmw-controls" }, [
      el("div", { class: "llmw-field llmw-wide" }, [el("label", { for: textId, text: "Training text" }), textInput]),
      el("div", { class: "llmw-field" }, [el("label", { for: mergesId, text: "Merges at most" }), mergesInput])]));
    root.appendChild(el("div", { class: "llmw-buttons" }, [previous, next, reset]));
    root.appendChild(status);
    root.appendChild(el("p", { class: "llmw-heading", text: "Tokens" }));
    root.appendChild(sequence);
    root.appendChild(el("p", { class: "llmw-heading", text: "Pair counts, in order of first occurrence" }));
    root.appendChild(pairs);
    root.appendChild(pairsNote);
    root.appendChild(el("p", { class: "llmw-heading", text: "Merges" }));
    root.appendChild(mergeList);
    retrain();
  }

  /* ---------- 3. causal attention ---------- */

  /* Row i: softmax over j of scale * q_i . k_j / sqrt(d); under the causal mask, j > i is -Infinity
   * and so gets exactly 0. */
  function attentionWeights(q, k, scale, causal) {
    var d = q[0].length;
    return q.map(function (qi, i) {
      var scores = k.map(function (kj, j) {
        if (causal && j > i) return -Infinity;
        return scale * sum(qi.map(function (v, c) { return v * kj[c]; })) / Math.sqrt(d);
      });
      var top = Math.max.apply(null, scores);
      var e = scores.map(function (s) { return Math.exp(s - top); });
      var total = sum(e);
      return e.map(function (v) { return v / total; });
    });
  }

  function attention(root) {
    var tokens = JSON.parse(root.dataset.tokens);
    var q = JSON.parse(root.dataset.q), k = JSON.parse(root.dataset.k);
    var T = tokens.length;
    var names = tokens.map(function (t, i) { return t + (i + 1); });
    var causalId = uniqueId("causal");
    var causalInput = el("input", { type: "checkbox", id: causalId, checked: "" });
    var scale = slider("Score scale", 0, 5, 0.25, 1);
    var selected = T - 1;

    function label(i) {
      return el("span", {}, [document.createTextNode(tokens[i]), el("sub", { text: String(i + 1) })]);
    }

    var head = el("tr", {}, [el("th", { scope: "col", class: "llmw-corner", text: "query ↓ key →" })]
      .concat(tokens.map(function (_, j) { return el("th", { scope: "col" }, [label(j)]); }))
      .concat([el("th", { scope: "col", text: "sum" })]));
    var rowButtons = [], cells = [], sums = [], rows = [];
    var body = el("tbody");
    tokens.forEach(function (_, i) {
      var rowButton = el("button", { type: "button", class: "llmw-query", "aria-pressed": "false",
                                     title: "show the weights of query " + names[i] }, [label(i)]);
      var rowCells = tokens.map(function () { return el("td", { class: "llmw-cell" }); });
      var rowSum = el("td", { class: "llmw-sum" });
      var row = el("tr", { "data-row": String(i) },
                   [el("th", { scope: "row" }, [rowButton])].concat(rowCells, [rowSum]));
      rowButton.addEventListener("click", function () { select(i); });
      rowButton.addEventListener("focus", function () { select(i); });
      rowButton.addEventListener("keydown", function (event) {
        var to = event.key === "ArrowDown" ? i + 1 : event.key === "ArrowUp" ? i - 1 : -1;
        if (to >= 0 && to < T) { event.preventDefault(); rowButtons[to].focus(); }
      });
      row.addEventListener("mouseenter", function () { select(i); });
      rowButtons.push(rowButton); cells.push(rowCells); sums.push(rowSum); rows.push(row);
      body.appendChild(row);
    });
    var table = el("table", { class: "llmw-heatmap" }, [
      el("caption", { class: "llmw-note", text: "Attention weights: row = query position, column = key position." }),
      el("thead", {}, [head]), body]);
    var detail = el("div", { class: "llmw-detail", "aria-live": "polite" });
    var weights = null;

    function select(i) {
      selected = i;
      rows.forEach(function (row, r) {
        row.classList.toggle("llmw-selected", r === i);
        rowButtons[r].setAttribute("aria-pressed", r === i ? "true" : "false");
      });
      detail.textContent = "";
      detail.appendChild(el("p", {}, [document.createTextNode("Query "), label(i),
                                      document.createTextNode(" takes from each key:")]));
      detail.appendChild(el("ol", { class: "llmw-bars" }, tokens.map(function (_, j) {
        var w = weights[i][j], masked = causalInput.checked && j > i;
        return el("li", { class: "llmw-bar" + (masked ? " llmw-cut" : "") }, [
          el("span", { class: "llmw-bar-label" }, [label(j)]),
          el("span", { class: "llmw-bar-track" }, [
            el("span", { class: "llmw-bar-fill", style: "width: " + (100 * w).toFixed(2) + "%" })]),
          el("span", { class: "llmw-bar-value", text: w.toFixed(3) }),
          el("span", { class: "llmw-bar-note", text: masked ? "masked: in the future" : "" })]);
      })));
    }

    function update() {
      var s = Number(scale.input.value), causal = causalInput.checked;
      scale.output.textContent = "× " + s.toFixed(2);
      weights = attentionWeights(q, k, s, causal);
      root.dataset.causal = causal ? "true" : "false";
      weights.forEach(function (row, i) {
        row.forEach(function (w, j) {
          var cell = cells[i][j], masked = causal && j > i;
          cell.dataset.weight = String(w);
          cell.classList.toggle("llmw-masked", masked);
          cell.classList.toggle("llmw-strong", w > 0.55);
          cell.style.setProperty("--w", String(w));
          cell.textContent = masked ? "" : w.toFixed(2);
          cell.title = names[i] + " → " + names[j] + ": " + (masked ? "masked, weight 0" : w.toFixed(4));
        });
        sums[i].textContent = sum(row).toFixed(2);
      });
      select(selected);
    }

    causalInput.addEventListener("change", update);
    scale.input.addEventListener("input", update);
    root.appendChild(el("div", { class: "llmw-controls" }, [
      el("div", { class: "llmw-field" }, [
        causalInput, el("label", { for: causalId, text: "Causal mask (a query sees only itself and earlier keys)" })]),
      scale.field]));
    root.appendChild(el("p", { class: "llmw-note",
                               text: "Weights = softmax(scale × QKᵀ / √" + q[0].length + "), one softmax per row." }));
    root.appendChild(el("div", { class: "llmw-scroll" }, [table]));
    root.appendChild(detail);
    update();
  }

  /* ---------- set-up ---------- */

  var BUILDERS = { temperature: temperature, bpe: bpe, attention: attention };

  function setUp(root) {
    if (root.dataset.ready) return;
    root.dataset.ready = "1";
    var build = BUILDERS[root.dataset.widget];
    if (!build) {
      root.textContent = "Unknown widget '" + root.dataset.widget + "' (see docs/contributing/widgets.md).";
      return;
    }
    build(root);
  }

  function setUpAll() {
    document.querySelectorAll(".llm-widget").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpAll);
  } else {
    setUpAll();
  }
})();
