// replylint-check.js: the pre-send check for any web helpdesk (Re:lation, メールディーラー, an
// in-house tool) through its custom-code slot or a userscript. It attaches to a reply box and a
// send button by CSS selector: a click on the button is held until replylint answers, then
//   - blocking findings stop the send (on_blocking "block", the default) or are only shown ("warn");
//   - warnings are shown beside the box and the send goes on;
//   - no answer within the time limit (3 s), or a service that cannot be reached: the send goes
//     on and a notice says the reply was not checked (fail-open).
// Findings are also shown while the agent types, with 適用 buttons for exact rewrites.
//
// Load the built single file (integrations/build.py → dist/web/replylint-check.js), or
// shared/replylint-core.js and then this file. Then either
//   <script src="replylint-check.js" data-textarea="#reply" data-button="#send"
//           data-service-url="https://replylint.example.com" data-token="…" data-channel="email"></script>
// or call ReplylintCheck.attach({textarea, button, serviceUrl, token, channel, onBlocking, timeLimitMs,
// firstMessage, agentMessage}). For chat, say whether the reply opens the conversation
// (data-first-message="false", or data-agent-message="a selector for an agent's earlier message"):
// a later chat turn needs no greeting.
// The page calls the service itself (fetch), so the service must list the helpdesk's origin with
// --cors-origin, and the token is visible to whoever can read the page: use one that only
// opens this service, on a network only agents reach.
(function (root) {
  "use strict";
  const core = root.ReplylintCore;
  const script = document.currentScript;

  function injectStyle() {
    if (!root.ReplylintPanelCss || document.getElementById("replylint-style")) return;
    const style = document.createElement("style");
    style.id = "replylint-style";
    style.textContent = root.ReplylintPanelCss;
    document.head.append(style);
  }

  function attach(options) {
    const o = Object.assign({ channel: "email", onBlocking: "block", live: true }, options);
    if (!o.textarea || !o.button || !o.serviceUrl) {
      throw new Error("ReplylintCheck.attach: textarea, button and serviceUrl are required");
    }
    injectStyle();
    const post = core.fetchPost(o.serviceUrl, o.token);
    const box = () => document.querySelector(o.textarea);
    const read = (el) => ("value" in el ? el.value : el.innerText);
    const channel = () => (typeof o.channel === "function" ? o.channel() : o.channel);

    // first_message for /v1/lint, as the page says it, or undefined when it says nothing (the
    // service then tells a missing greeting as a suggestion: the turn is not known). `firstMessage`
    // is true/false (or "true"/"false" from data-first-message), or a function, maybe async, asked
    // at every check; `agentMessage` is a CSS selector for an agent's earlier message in the
    // thread on screen: found means a later turn. A function that throws or does not answer in
    // time says nothing, and the check goes on.
    async function firstMessage() {
      const said = o.firstMessage;
      if (typeof said === "function") {  // (its true/false said as core.firstMessage asks: has an agent replied?)
        return core.firstMessage(async () => { const first = await said(); return first === true ? false : first === false ? true : null; },
                                 o.timeLimitMs);
      }
      if (said === true || said === "true") return true;
      if (said === false || said === "false") return false;
      if (o.agentMessage) return core.firstMessage(() => document.querySelector(o.agentMessage) !== null, o.timeLimitMs);
      return undefined;
    }

    const panel = document.createElement("div");
    panel.className = "replylint-panel";
    panel.dataset.state = "idle";
    panel.setAttribute("aria-live", "polite");
    const notice = document.createElement("p");
    notice.className = "replylint-notice";
    notice.setAttribute("role", "status");
    notice.hidden = true;
    const place = () => {
      const el = box();
      if (el && !panel.isConnected) el.insertAdjacentElement("afterend", panel);
      if (panel.isConnected && !notice.isConnected) panel.insertAdjacentElement("afterend", notice);
    };
    place();

    function show(verdict, text) {
      place();
      const el = box();
      const editable = el && "value" in el;
      core.render(panel, verdict, text, editable ? (f) => apply(text, f) : null);
      // here no helpdesk shows a block message, so the notice carries it too
      const held = verdict.state === "blocking" && o.onBlocking === "block";
      core.showNotice(notice, core.unchecked(verdict) || held ? verdict.message : "", verdict.state);
    }

    function apply(text, f) {
      const el = box();
      if (!el || el.value !== text) return;  // changed since the check: the next check redraws
      const next = core.applyFix(text, text, f);
      if (next === null) return;
      el.value = next;
      el.dispatchEvent(new Event("input", { bubbles: true }));
    }

    let seq = 0;
    async function check() {
      const el = box();
      const text = el ? read(el) : "";
      const mine = ++seq;
      if (!text.trim()) return null;
      const request = { text, channel: channel() };
      const first = await firstMessage();
      if (first !== undefined) request.first_message = first;
      const verdict = await core.check(post, request, o.timeLimitMs);
      if (mine === seq) show(verdict, text);
      return verdict;
    }

    if (o.live) {
      const later = core.debounce(check, 400);
      document.addEventListener("input", (e) => { if (e.target === box()) later(); });
    }

    // Held clicks: the first click on the button is stopped, and replayed once the verdict allows.
    let passing = false;
    document.addEventListener("click", async (e) => {
      const button = e.target instanceof Element && e.target.closest(o.button);
      if (!button || passing) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      let verdict = null;
      try {
        verdict = await check();
      } catch (_) {
        verdict = null;  // anything unexpected lets the reply through
      }
      if (verdict && !verdict.allow && o.onBlocking === "block") return;
      passing = true;
      try { button.click(); } finally { passing = false; }
    }, true);

    return { check };
  }

  root.ReplylintCheck = { attach };

  if (script && script.dataset.textarea) {
    const d = script.dataset;
    const go = () => attach({ textarea: d.textarea, button: d.button, serviceUrl: d.serviceUrl, token: d.token,
                              channel: d.channel || "email", onBlocking: d.onBlocking || "block",
                              timeLimitMs: d.timeLimitMs, firstMessage: d.firstMessage,
                              agentMessage: d.agentMessage });
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", go);
    else go();
  }
})(typeof globalThis !== "undefined" ? globalThis : window);
