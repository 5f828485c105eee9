// A stand-in for Freshdesk's app client (served in place of {{{appclient}}} in the tests). It
// records what the app asked for and behaves like Freshdesk where it matters: an intercepted
// ticket.sendReply waits for event.helper.done() or fail(message); secure iparams are not
// returned by iparams.get() and reach the service only through the request template, whose
// path and headers (config/requests.json) are filled in here as Freshworks' proxy would. A
// template addressed to the Freshdesk API itself (host <subdomain>.freshdesk.com) is answered
// here: the ticket's conversations are cfg.conversations; cfg.apiFault "error" makes the
// request fail, "hang" never answer.
(function () {
  "use strict";
  const cfg = window.__fdConfig;
  const listeners = {};
  const log = {
    requests: [], apiRequests: [], notifications: [], listeners,
    sendReply(body) {
      return new Promise((resolve) => {
        const event = {
          type: "ticket.sendReply",
          helper: {
            getData: () => ({ body }),
            done: () => resolve({ allowed: true }),
            fail: (message) => resolve({ allowed: false, message }),
          },
        };
        const intercepting = (listeners["ticket.sendReply"] || []).filter((l) => l.intercept);
        if (!intercepting.length) resolve({ allowed: true, unseen: true });
        intercepting.forEach((l) => l.handler(event));
      });
    },
  };
  window.__fd = log;
  const secure = new Set(Object.entries(cfg.iparamsSchema).filter(([, v]) => v.secure).map(([k]) => k));
  // <%= iparam.x %>, <%= encode(iparam.x) %> (base64) and <%= context.x %> (from invokeTemplate)
  const fill = (s, context = {}) => s
    .replace(/<%=\s*encode\(iparam\.(\w+)\)\s*%>/g, (_, k) => btoa(String(cfg.iparams[k] ?? "")))
    .replace(/<%=\s*iparam\.(\w+)\s*%>/g, (_, k) => String(cfg.iparams[k] ?? ""))
    .replace(/<%=\s*context\.(\w+)\s*%>/g, (_, k) => encodeURIComponent(String(context[k] ?? "")));

  const client = {
    events: {
      on: (name, handler, options) => {
        (listeners[name] = listeners[name] || []).push({ handler, intercept: !!(options && options.intercept) });
      },
    },
    data: {
      get: async (name) => {
        if (name === "ticket") return { ticket: { id: cfg.ticketId === undefined ? 42 : cfg.ticketId, source: cfg.source } };
        throw { status: 400, message: `unknown data ${name}` };
      },
    },
    iparams: {
      get: async (...keys) => {
        const open = Object.entries(cfg.iparams).filter(([k]) => !secure.has(k) && (!keys.length || keys.includes(k)));
        return Object.fromEntries(open);
      },
    },
    interface: {
      trigger: async (action, payload) => { log.notifications.push({ action, ...payload }); },
    },
    request: {
      invokeTemplate: async (name, { body, context } = {}) => {
        const template = cfg.requests[name];
        if (!template) throw { status: 400, response: `no request template ${name}` };
        const schema = template.schema;
        if (schema.host.endsWith(".freshdesk.com")) return freshdeskApi(name, schema, context || {});
        const headers = Object.fromEntries(Object.entries(schema.headers).map(([k, v]) => [k, fill(v)]));
        log.requests.push({ name, method: schema.method, path: schema.path, body: JSON.parse(body),
                            templateHeaders: schema.headers });
        // Freshworks' proxy calls https://<host><path>; the test service is plain HTTP on loopback.
        let resp;
        try {
          resp = await fetch(cfg.serviceUrl + fill(schema.path), { method: schema.method, headers, body });
        } catch (_) {
          throw { status: 502, response: "" };
        }
        const response = await resp.text();
        const out = { status: resp.status, response, headers: {} };
        if (!resp.ok) throw out;
        return out;
      },
    },
  };
  // Freshworks' proxy calling the account's own API, GET /api/v2/tickets/{id}/conversations.
  async function freshdeskApi(name, schema, context) {
    const host = fill(schema.host, context);
    const path = fill(schema.path, context);
    const authorization = fill(schema.headers.Authorization, context);
    const key = btoa(String(cfg.iparams.freshdesk_api_key ?? ""));
    log.apiRequests.push({ name, method: schema.method, host, path, query: schema.query || {},
                           templateHeaders: schema.headers, authorized: authorization === `Basic ${key}` });
    if (cfg.apiFault === "hang") return new Promise(() => {});
    const match = /^\/api\/v2\/tickets\/(\d+)\/conversations$/.exec(path);
    if (cfg.apiFault === "error" || host === ".freshdesk.com") throw { status: 502, response: "" };
    if (!match) throw { status: 404, response: "" };
    return { status: 200, response: JSON.stringify(cfg.conversations || []), headers: {} };
  }

  window.app = { initialized: () => Promise.resolve(client) };
})();
