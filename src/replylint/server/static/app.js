// replylint page: sends the draft to /v1/lint as the agent types (debounced), draws each
// finding over the text, lists them with their messages, and applies a rule's exact rewrite on
// a click. Plain JavaScript; the text stays in this page and in the request, nowhere else.
"use strict";

(() => {
  const DEBOUNCE_MS = 350;
  const SEVERITY = { error: "エラー", warning: "警告", info: "情報" };
  const RANK = { info: 0, warning: 1, error: 2 };

  const $ = (id) => document.getElementById(id);
  const draft = $("draft"), backdrop = $("backdrop"), list = $("findings");
  const channel = $("channel"), audience = $("audience"), continuing = $("continuing");
  const firstWrap = $("first-wrap"), tokenBox = $("token-box"), tokenInput = $("token");
  const scoreEl = $("score"), verdict = $("verdict"), status = $("status"), fixAll = $("fix-all");

  let timer = 0;
  let seq = 0;
  let controller = null;
  let shown = { text: null, findings: [] }; // the findings and the exact text they are for

  function setStatus(message, problem = false) {
    status.textContent = message;
    status.classList.toggle("problem", problem);
  }

  function fitHeight() {
    draft.style.height = "auto";
    draft.style.height = draft.scrollHeight + "px";
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(check, DEBOUNCE_MS);
    fitHeight();
    const stale = draft.value !== shown.text;
    for (const b of list.querySelectorAll("button.apply")) b.disabled = stale;
    fixAll.disabled = stale || !hasSafeFix();
    if (stale) drawMarks([]); // old marks would point at the wrong characters
  }

  function requestBody(text) {
    const body = { text, channel: channel.value, audience: audience.value };
    if (channel.value === "chat") body.first_message = !continuing.checked;
    return JSON.stringify(body);
  }

  async function check() {
    clearTimeout(timer);
    const text = draft.value;
    if (controller) controller.abort();
    if (!text.trim()) {
      seq++;
      shown = { text, findings: [] };
      render(null);
      setStatus("");
      return;
    }
    controller = new AbortController();
    const mine = ++seq;
    setStatus("チェックしています…");
    const headers = requestHeaders();
    let res, data = null;
    try {
      res = await fetch("/v1/lint", { method: "POST", headers, body: requestBody(text), signal: controller.signal });
      data = await res.json().catch(() => null);
    } catch (err) {
      if (err.name !== "AbortError" && mine === seq) setStatus("サーバーに接続できませんでした。サーバーが動いているか確認してください。", true);
      return;
    }
    if (mine !== seq) return; // a newer check is on its way
    if (!res.ok) return failed(res, data);
    if (draft.value !== text) return; // typed since: the next check will answer
    shown = { text, findings: data.findings };
    render(data);
    setStatus(data.findings.length ? `指摘が ${data.findings.length} 件あります。` : "指摘はありません。");
  }

  function requestHeaders() {
    const headers = { "Content-Type": "application/json" };
    if (tokenInput.value.trim()) headers.Authorization = "Bearer " + tokenInput.value.trim();
    return headers;
  }

  function hasSafeFix() {
    return shown.findings.some((f) => f.fix && f.fix.applicability === "safe");
  }

  // Every safe fix at once, as `replylint check --fix` applies them: the service's /v1/fix
  // applies them until nothing changes and answers with the new text and what remains.
  async function applySafeFixes() {
    const text = draft.value;
    if (text !== shown.text) return;
    if (controller) controller.abort();
    clearTimeout(timer);
    const mine = ++seq;
    fixAll.disabled = true;
    setStatus("修正しています…");
    let res, data = null;
    try {
      res = await fetch("/v1/fix", { method: "POST", headers: requestHeaders(), body: requestBody(text) });
      data = await res.json().catch(() => null);
    } catch (err) {
      if (mine === seq) setStatus("サーバーに接続できませんでした。サーバーが動いているか確認してください。", true);
      return;
    }
    if (mine !== seq || draft.value !== text) return; // typed since: keep what the agent wrote
    if (!res.ok) return failed(res, data);
    draft.value = data.text;
    fitHeight();
    shown = { text: data.text, findings: data.findings };
    render(data);
    setStatus(`${data.applied.length} 件を修正しました。` +
      (data.findings.length ? `残りの指摘は ${data.findings.length} 件です。` : "指摘はありません。"));
  }

  function failed(res, data) {
    if (res.status === 401) {
      tokenBox.hidden = false;
      setStatus("このサーバーを使うにはアクセストークンが必要です。", true);
      tokenInput.focus();
    } else if (res.status === 413) {
      setStatus("文面が長すぎるためチェックできません。いくつかに分けてお試しください。", true);
    } else if (res.status === 503) {
      const wait = Math.min(30, Number(res.headers.get("Retry-After")) || 2);
      setStatus(`サーバーが混み合っています。${wait} 秒後にもう一度チェックします。`, true);
      timer = setTimeout(check, wait * 1000);
    } else {
      const detail = data && data.message ? `（${data.message}）` : "";
      setStatus(`チェックできませんでした。エラー ${res.status}${detail}`, true);
    }
  }

  function render(data) {
    if (!data) {
      scoreEl.textContent = "–";
      verdict.dataset.state = "idle";
      verdict.textContent = "下書きを入力してください";
      list.replaceChildren();
      drawMarks([]);
      fixAll.disabled = true;
      return;
    }
    scoreEl.textContent = String(data.score);
    if (data.blocking) {
      verdict.dataset.state = "blocking";
      verdict.textContent = "送信前に直してください";
    } else {
      verdict.dataset.state = "ok";
      verdict.textContent = data.findings.length ? "送信できます（見直すと良い点があります）" : "このまま送信できます";
    }
    drawMarks(data.findings);
    list.replaceChildren(...data.findings.map(item));
    fixAll.disabled = !hasSafeFix();
    if (!data.findings.length) {
      const li = document.createElement("li");
      li.className = "empty";
      li.textContent = "気になる点は見つかりませんでした。";
      list.append(li);
    }
  }

  // The backdrop repeats the text; each stretch covered by findings is a <mark> coloured by the
  // most severe of them. Offsets are UTF-16 units, as JavaScript strings count.
  function drawMarks(findings) {
    const text = draft.value;
    const spans = findings.map((f, i) => ({ s: f.start_utf16, e: f.end_utf16, sev: f.severity, i }))
      .filter((x) => x.s < x.e && x.e <= text.length);
    const cuts = [...new Set([0, text.length, ...spans.flatMap((x) => [x.s, x.e])])].sort((a, b) => a - b);
    const parts = [];
    for (let k = 0; k + 1 < cuts.length; k++) {
      const a = cuts[k], b = cuts[k + 1];
      const over = spans.filter((x) => x.s <= a && b <= x.e);
      const piece = text.slice(a, b);
      if (!over.length) { parts.push(document.createTextNode(piece)); continue; }
      const mark = document.createElement("mark");
      const worst = over.reduce((m, x) => (RANK[x.sev] > RANK[m.sev] ? x : m));
      mark.className = "sev-" + worst.sev;
      mark.dataset.findings = over.map((x) => x.i).join(" ");
      mark.textContent = piece;
      parts.push(mark);
    }
    parts.push(document.createTextNode("\u200b")); // keeps a trailing line break's height
    backdrop.replaceChildren(...parts);
    backdrop.scrollTop = draft.scrollTop;
  }

  function where(f) {
    return f.start === f.end ? "返信全体" : `${f.line} 行目 ${f.column} 文字目`;
  }

  function item(f, i) {
    const li = document.createElement("li");
    li.className = "finding sev-" + f.severity;
    li.id = "finding-" + i;
    const head = document.createElement("div");
    head.className = "head";
    for (const [cls, txt] of [["sev", SEVERITY[f.severity] || f.severity], ["where", where(f)], ["rule", f.rule]]) {
      const span = document.createElement("span");
      span.className = cls;
      span.textContent = txt;
      head.append(span);
    }
    const message = document.createElement("p");
    message.className = "message";
    message.textContent = f.message;
    li.append(head, message);
    if (f.fix || f.suggestion) {
      const p = document.createElement("p");
      p.className = "suggestion";
      p.textContent = f.fix ? `書き換え案: ${f.fix.replacement}` : `ヒント: ${f.suggestion}`;
      li.append(p);
    }
    const actions = document.createElement("div");
    actions.className = "actions";
    if (f.start < f.end) {
      const show = document.createElement("button");
      show.type = "button";
      show.className = "show";
      show.textContent = "本文で表示";
      show.setAttribute("aria-label", `${where(f)}の該当箇所を選択`);
      show.addEventListener("click", () => {
        draft.focus();
        draft.setSelectionRange(f.start_utf16, f.end_utf16);
      });
      actions.append(show);
    }
    if (f.fix) {
      const apply = document.createElement("button");
      apply.type = "button";
      apply.className = "apply";
      apply.textContent = "適用";
      apply.setAttribute("aria-label", `「${f.fix.replacement}」に書き換える`);
      apply.addEventListener("click", () => applyFix(f));
      actions.append(apply);
    }
    if (actions.childElementCount) li.append(actions);
    const focus = (on) => {
      li.classList.toggle("active", on);
      for (const m of backdrop.querySelectorAll("mark")) {
        if (m.dataset.findings.split(" ").includes(String(i))) m.classList.toggle("active", on);
      }
    };
    li.addEventListener("mouseenter", () => focus(true));
    li.addEventListener("mouseleave", () => focus(false));
    li.addEventListener("focusin", () => focus(true));
    li.addEventListener("focusout", () => focus(false));
    return li;
  }

  function applyFix(f) {
    if (draft.value !== shown.text) return; // the offsets are for an older text
    draft.setRangeText(f.fix.replacement, f.start_utf16, f.end_utf16, "end");
    fitHeight();
    draft.focus();
    setStatus(`「${f.fix.replacement}」に書き換えました。もう一度チェックしています…`);
    check();
  }

  fixAll.addEventListener("click", applySafeFixes);
  draft.addEventListener("input", schedule);
  draft.addEventListener("scroll", () => { backdrop.scrollTop = draft.scrollTop; });
  window.addEventListener("resize", fitHeight);
  channel.addEventListener("change", () => { firstWrap.hidden = channel.value !== "chat"; check(); });
  for (const el of [audience, continuing]) el.addEventListener("change", check);
  tokenInput.addEventListener("change", check);
  fitHeight();
  if (draft.value) check();
})();
