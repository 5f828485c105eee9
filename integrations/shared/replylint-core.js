// replylint-core.js: what every helpdesk integration does the same way. It asks the replylint
// service about a reply (through whatever transport the helpdesk gives), turns the answer into
// a verdict (send / block / send with a notice), words it in Japanese for the agent, and draws
// the findings in a panel. Each app (Zendesk, Freshdesk, the generic web script) only reads the
// reply from its helpdesk and acts on the verdict. No dependencies; the text is never stored.
//
// integrations/build.py copies this file into each app; edit it here only.
(function (root) {
  "use strict";

  // Well under the helpdesks' own limits (Zendesk gives a save hook about 10 s): a linter that
  // does not answer must never keep a support team from answering.
  const DEFAULT_TIME_LIMIT_MS = 3000;
  const SEVERITY = { error: "エラー", warning: "警告", info: "情報" };
  const RANK = { info: 0, warning: 1, error: 2 };

  class Timeout extends Error {}

  function withTimeout(promise, ms) {
    let timer;
    const limit = new Promise((_, reject) => { timer = setTimeout(() => reject(new Timeout()), ms); });
    return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
  }

  function timeLimit(value) {
    const ms = Number(value);
    return Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_TIME_LIMIT_MS;
  }

  function seconds(ms) {
    return (Math.round(ms / 100) / 10).toString();
  }

  // The findings that make the reply blocking: those of the highest severity present (the
  // service says only `blocking`; with block_on = "warning" that highest one is a warning).
  function blockingFindings(findings) {
    const top = Math.max(...findings.map((f) => RANK[f.severity] ?? 0));
    return findings.filter((f) => (RANK[f.severity] ?? 0) === top);
  }

  function describe(f, text) {
    const span = text && f.end_utf16 > f.start_utf16 ? `「${text.slice(f.start_utf16, f.end_utf16)}」` : "";
    const hint = f.fix ? `（→ ${f.fix.replacement}）` : "";
    return `・${span}${f.message}${hint} [${f.rule}]`;
  }

  function blockMessage(findings, text) {
    const shown = blockingFindings(findings);
    return [`replylint: このまま送信できません。次の ${shown.length} 件を直してから送信してください。`,
            ...shown.map((f) => describe(f, text))].join("\n");
  }

  const NOTICE = {
    timeout: (ms) => `replylint が ${seconds(ms)} 秒以内に応答しなかったため、チェックできませんでした。送信はそのまま行えます。`,
    unreachable: () => "replylint に接続できなかったため、チェックできませんでした。送信はそのまま行えます。",
    busy: () => "replylint が混み合っていて応答できなかったため、チェックできませんでした。送信はそのまま行えます。",
    tooLarge: () => "返信が長すぎるため、replylint でチェックできませんでした。送信はそのまま行えます。",
    token: () => "replylint の設定エラー: アクセストークンが正しくありません。管理者にアプリの設定（トークン）を確認してもらってください。それまでチェックは行われず、送信はそのまま行えます。",
    config: (status) => `replylint の設定エラー: サービスが HTTP ${status} を返しました。管理者にアプリの設定（URL）を確認してもらってください。それまでチェックは行われず、送信はそのまま行えます。`,
  };

  // A verdict: {allow, state, message, findings, score}. state is one of
  //   clean | warnings | blocking         (the service answered)
  //   unavailable                         (no answer in time, unreachable, overloaded: fail open)
  //   config                              (wrong token or URL: fail open, tell the agent to ask an admin)
  function verdictOf(status, data, text) {
    if (status === 200 && data && Array.isArray(data.findings)) {
      const findings = data.findings;
      if (data.blocking) {
        return { allow: false, state: "blocking", message: blockMessage(findings, text), findings, score: data.score };
      }
      const message = findings.length
        ? `replylint: ${findings.length} 件の指摘があります（送信はできます）。`
        : "replylint: 問題は見つかりませんでした。";
      return { allow: true, state: findings.length ? "warnings" : "clean", message, findings, score: data.score };
    }
    if (status === 401 || status === 403) return failOpen("config", NOTICE.token());
    if (status === 413) return failOpen("unavailable", NOTICE.tooLarge());
    if (status === 0 || status >= 500) return failOpen("unavailable", NOTICE.busy());
    return failOpen("config", NOTICE.config(status));
  }

  function failOpen(state, message) {
    return { allow: true, state, message, findings: [], score: null };
  }

  // post(body) -> Promise<{status, data}>: the helpdesk's way of reaching POST /v1/lint (it may
  // reject when the service cannot be reached). `request` is the /v1/lint body.
  async function check(post, request, limitMs) {
    const limit = timeLimit(limitMs);
    try {
      const answer = await withTimeout(Promise.resolve().then(() => post(request)), limit);
      return verdictOf(answer.status, answer.data, request.text);
    } catch (err) {
      return failOpen("unavailable", err instanceof Timeout ? NOTICE.timeout(limit) : NOTICE.unreachable());
    }
  }

  // Whether the reply about to be checked opens the conversation (first_message in /v1/lint: a
  // chat reply with no greeting is only wrong as the first message). `agentReplied()` asks the
  // helpdesk and resolves to true when an agent has already answered the customer in public
  // (a later turn: false), false when none has (the first: true). Any other answer (null: it
  // could not ask), an error or no answer within the time limit gives undefined: not known,
  // which the service takes as it takes a request that does not say (a missing greeting told as
  // a suggestion). The lookup can make the check more precise, never stop it.
  async function firstMessage(agentReplied, limitMs) {
    try {
      const replied = await withTimeout(Promise.resolve().then(agentReplied), timeLimit(limitMs));
      return replied === true ? false : replied === false ? true : undefined;
    } catch (_) {
      return undefined;
    }
  }

  // A direct HTTP call (fetch), for helpdesks that let the page call the service itself.
  function fetchPost(serviceUrl, token) {
    const url = String(serviceUrl || "").replace(/\/+$/, "") + "/v1/lint";
    return async (body) => {
      const headers = { "Content-Type": "application/json" };
      if (token) headers.Authorization = `Bearer ${token}`;
      const resp = await fetch(url, { method: "POST", headers, body: JSON.stringify(body), credentials: "omit" });
      let data = null;
      try { data = await resp.json(); } catch (_) { /* not JSON: the status says enough */ }
      return { status: resp.status, data };
    };
  }

  // Helpdesk editors hand over HTML; the service checks text. Block ends and <br> become line
  // breaks, entities are decoded, nothing is executed (DOMParser documents run no scripts).
  function looksLikeHtml(raw) {
    return /<\/?[a-z][^>]*>/i.test(raw);
  }

  function htmlToText(html) {
    const marked = html.replace(/<br\s*\/?>/gi, "\n")
      .replace(/<\/(p|div|li|h[1-6]|blockquote|tr|pre)>/gi, "$&\n");
    const doc = new DOMParser().parseFromString(marked, "text/html");
    return (doc.body.textContent || "").replace(/\n+$/, "\n");
  }

  function textOf(raw) {
    return looksLikeHtml(raw) ? htmlToText(raw) : raw;
  }

  // The reply with a finding's exact rewrite applied, or null when it cannot be placed safely.
  // In plain text the span is replaced where it is; in HTML, the same occurrence of the span's
  // text is replaced (the n-th 「…」 in the text is the n-th in the markup when it holds no
  // markup characters).
  function applyFix(raw, text, f) {
    if (!f.fix) return null;
    const span = text.slice(f.start_utf16, f.end_utf16);
    if (!span) return null;
    if (raw === text) return raw.slice(0, f.start_utf16) + f.fix.replacement + raw.slice(f.end_utf16);
    if (/[<>&"]/.test(span + f.fix.replacement)) return null;
    let nth = 0;
    for (let i = text.indexOf(span); i !== -1 && i < f.start_utf16; i = text.indexOf(span, i + 1)) nth++;
    let at = -1;
    for (let k = 0; k <= nth; k++) {
      at = raw.indexOf(span, at + 1);
      if (at === -1) return null;
    }
    return raw.slice(0, at) + f.fix.replacement.replace(/</g, "&lt;") + raw.slice(at + span.length);
  }

  function debounce(fn, ms) {
    let timer = 0;
    return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The panel an app shows beside the editor: the verdict, the score, and each finding with
  // its message, its hint and, where the rule gives an exact rewrite, a 適用 button.
  // onApply(finding) is called on a click; without it no button is drawn.
  function render(container, verdict, text, onApply) {
    container.replaceChildren();
    container.dataset.state = verdict.state;
    container.append(el("p", "replylint-verdict", verdict.state === "blocking"
      ? "送信前に直してください" : verdict.message));
    if (verdict.score !== null && verdict.score !== undefined) {
      container.append(el("p", "replylint-score", `スコア ${verdict.score}`));
    }
    const list = el("ul", "replylint-findings");
    for (const f of verdict.findings) {
      const item = el("li", `replylint-finding ${f.severity}`);
      item.dataset.rule = f.rule;
      const span = text ? text.slice(f.start_utf16, f.end_utf16) : "";
      item.append(el("span", "replylint-severity", SEVERITY[f.severity] || f.severity));
      if (span) item.append(el("q", "replylint-span", span));
      item.append(el("span", "replylint-message", f.message));
      if (f.suggestion) item.append(el("span", "replylint-suggestion", `${f.fix ? "書き換え案" : "ヒント"}: ${f.suggestion}`));
      item.append(el("code", "replylint-rule", f.rule));
      if (f.fix && onApply) {
        const button = el("button", "replylint-apply", "適用");
        button.type = "button";
        button.title = `「${span}」を「${f.fix.replacement}」に置き換える`;
        button.addEventListener("click", () => onApply(f));
        item.append(button);
      }
      list.append(item);
    }
    container.append(list);
  }

  // True when the reply could not be checked (fail-open or configuration error): the agent
  // must be told, beside the findings panel and not in the reply.
  function unchecked(verdict) {
    return verdict.state === "unavailable" || verdict.state === "config";
  }

  // The notice line under the panel: `message` shown (with its state) or hidden when empty.
  function showNotice(node, message, state) {
    node.textContent = message || "";
    node.hidden = !message;
    node.dataset.state = message ? state : "";
  }

  root.ReplylintCore = Object.freeze({
    DEFAULT_TIME_LIMIT_MS, check, firstMessage, verdictOf, blockMessage, fetchPost, textOf, htmlToText,
    applyFix, debounce, render, timeLimit, unchecked, showNotice,
  });
})(typeof globalThis !== "undefined" ? globalThis : window);
