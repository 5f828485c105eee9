// A stand-in for Zendesk's ZAFClient (served in place of the ZAF SDK in the tests). It keeps the
// ticket's state, records what the app asked for, and behaves like Zendesk where it matters:
// secure settings are absent from metadata() and are put into {{setting.NAME}} only by a
// request made with `secure: true` (Zendesk's proxy); a ticket.save handler's rejection blocks
// the save with its message; set("comment.text") fires comment.text.changed. A request to
// Zendesk's own API (a relative /api/v2/ URL, made with the agent's session) is answered here:
// GET /api/v2/tickets/{id}/comments.json?include=users gives the ticket's comments and their
// authors, as cfg.comments and cfg.users; cfg.apiFault "error" makes it fail, "hang" never answer.
(function () {
  "use strict";
  const cfg = window.__zafConfig;
  const state = { "comment.text": cfg.comment, "comment.type": cfg.type || "publicReply",
                  "ticket.via.channel": cfg.via || "email",
                  "ticket.id": cfg.ticketId === undefined ? 4021 : cfg.ticketId,
                  "ticket.requester.id": cfg.requesterId === undefined ? 7001 : cfg.requesterId };
  const handlers = {};
  const fire = (name, ...args) => (handlers[name] || []).map((h) => h(...args));
  const log = {
    requests: [], apiRequests: [], notifications: [], sets: [], state,
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
      if (String(opts.url).startsWith("/api/v2/")) return zendeskApi(opts);
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
  async function zendeskApi(opts) {
    log.apiRequests.push({ url: opts.url, type: opts.type || "GET", secure: !!opts.secure });
    const match = /^\/api\/v2\/tickets\/(\d+)\/comments\.json(\?.*)?$/.exec(opts.url);
    if (cfg.apiFault === "hang") return new Promise(() => {});
    if (cfg.apiFault === "error" || !match || Number(match[1]) !== state["ticket.id"]) {
      throw { status: cfg.apiFault === "error" ? 500 : 404, statusText: "error", responseJSON: null };
    }
    const sideloaded = new URLSearchParams(match[2] || "").get("include") === "users";
    const comments = cfg.comments || [];
    const body = { comments, next_page: null, previous_page: null, count: comments.length };
    if (sideloaded) body.users = cfg.users || [];
    return opts.httpCompleteResponse ? { status: 200, responseJSON: body, responseText: JSON.stringify(body) } : body;
  }

  window.ZAFClient = { init: () => client };
})();
