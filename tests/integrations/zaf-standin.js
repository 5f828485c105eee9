// A stand-in for Zendesk's ZAFClient (served in place of the ZAF SDK in the tests). It keeps the
// ticket's state, records what the app asked for, and behaves like Zendesk where it matters:
// secure settings are absent from metadata() and are put into {{setting.NAME}} only by a
// request made with `secure: true` (Zendesk's proxy); a ticket.save handler's rejection blocks
// the save with its message; set("comment.text") fires comment.text.changed.
(function () {
  "use strict";
  const cfg = window.__zafConfig;
  const state = { "comment.text": cfg.comment, "comment.type": cfg.type || "publicReply",
                  "ticket.via.channel": cfg.via || "email" };
  const handlers = {};
  const fire = (name, ...args) => (handlers[name] || []).map((h) => h(...args));
  const log = {
    requests: [], notifications: [], sets: [], state,
    registered: () => Object.keys(handlers),
    type(text) { state["comment.text"] = text; fire("comment.text.changed", text); },
    async save() {
      try {
        const results = await Promise.all(fire("ticket.save"));
        if (results.some((r) => r === false)) return { allowed: false, message: null };
        return { allowed: true };
      } catch (reason) {
        return { allowed: false, message: String(reason) };
      }
    },
  };
  window.__zaf = log;
  const secure = new Set(cfg.secure || ["token"]);

  const client = {
    metadata: async () => ({
      settings: Object.fromEntries(Object.entries(cfg.settings).filter(([k]) => !secure.has(k))),
    }),
    get: async (paths) => Object.fromEntries([].concat(paths).map((p) => [p, state[p]])),
    set: async (path, value) => {
      log.sets.push([path, value]);
      state[path] = value;
      if (path === "comment.text") fire("comment.text.changed", value);
      return { [path]: value };
    },
    on: (name, handler) => { (handlers[name] = handlers[name] || []).push(handler); },
    invoke: async (name, ...args) => {
      if (name === "notify") log.notifications.push({ message: args[0], kind: args[1] });
    },
    request: async (opts) => {
      log.requests.push({ url: opts.url, type: opts.type, secure: !!opts.secure, headers: { ...opts.headers },
                          body: JSON.parse(opts.data) });
      const put = (s) => (opts.secure ? s.replace(/\{\{setting\.(\w+)\}\}/g, (_, k) => cfg.settings[k] ?? "") : s);
      const headers = { "Content-Type": opts.contentType };
      for (const [k, v] of Object.entries(opts.headers || {})) headers[k] = put(v);
      let resp;
      try {
        resp = await fetch(opts.url, { method: opts.type, headers, body: opts.data });
      } catch (_) {
        throw { status: 0, statusText: "error" };
      }
      const responseText = await resp.text();
      let responseJSON = null;
      try { responseJSON = JSON.parse(responseText); } catch (_) { /* not JSON */ }
      const out = { status: resp.status, responseText, responseJSON };
      if (!resp.ok) throw out;
      return opts.httpCompleteResponse ? out : responseJSON;
    },
  };
  window.ZAFClient = { init: () => client };
})();
