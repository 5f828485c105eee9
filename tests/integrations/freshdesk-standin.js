// A stand-in for Freshdesk's app client (served in place of {{{appclient}}} in the tests). It
// records what the app asked for and behaves like Freshdesk where it matters: an intercepted
// ticket.sendReply waits for event.helper.done() or fail(message); secure iparams are not
// returned by iparams.get() and reach the service only through the request template, whose
// path and headers (config/requests.json) are filled in here as Freshworks' proxy would.
(function () {
  "use strict";
  const cfg = window.__fdConfig;
  const listeners = {};
  const log = {
    requests: [], notifications: [], listeners,
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
  const fill = (s) => s.replace(/<%=\s*iparam\.(\w+)\s*%>/g, (_, k) => String(cfg.iparams[k] ?? ""));

  const client = {
    events: {
      on: (name, handler, options) => {
        (listeners[name] = listeners[name] || []).push({ handler, intercept: !!(options && options.intercept) });
      },
    },
    data: {
      get: async (name) => {
        if (name === "ticket") return { ticket: { id: 42, source: cfg.source } };
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
      invokeTemplate: async (name, { body }) => {
        const template = cfg.requests[name];
        if (!template) throw { status: 400, response: `no request template ${name}` };
        const schema = template.schema;
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
  window.app = { initialized: () => Promise.resolve(client) };
})();
