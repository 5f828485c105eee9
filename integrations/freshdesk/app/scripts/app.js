// replylint for Freshdesk (ticket sidebar). The interceptable ticket.sendReply event holds the
// reply until this app calls event.helper.done() (send) or event.helper.fail(message) (stop,
// with the message shown to the agent). Blocking findings stop the reply; warnings let it go
// and stay in the sidebar; a service that does not answer in time lets it go with a notice.
//
// The service is called through the request template `replylintLint` (config/requests.json):
// Freshworks puts the secure `token` iparam into the request on its side, so the token never
// reaches the browser, and the service must be reachable from Freshworks' servers over HTTPS.
(function () {
  "use strict";
  const core = window.ReplylintCore;
  const panel = document.getElementById("replylint");
  const notice = document.getElementById("replylint-notice");

  // ticket.source → the rule set (Freshdesk's source codes): social posts are sns, chat,
  // mobile in-app, bot and WhatsApp conversations are chat, everything else is email.
  const SNS = new Set([5, 6]);
  const CHAT = new Set([7, 8, 12, 13]);

  function channelOf(source) {
    const code = Number(source);
    if (SNS.has(code)) return "sns";
    if (CHAT.has(code)) return "chat";
    return "email";
  }

  function poster(client) {
    return async (body) => {
      try {
        const resp = await client.request.invokeTemplate("replylintLint", { body: JSON.stringify(body) });
        return { status: resp.status, data: parse(resp.response) };
      } catch (err) {  // an HTTP error status arrives as a rejection; no status: unreachable
        if (err && err.status > 0) return { status: err.status, data: parse(err.response) };
        throw err;
      }
    };
  }

  function parse(body) {
    if (typeof body !== "string") return body || null;
    try { return JSON.parse(body); } catch (_) { return null; }
  }

  async function onSendReply(client, limitMs, event) {
    let verdict;
    try {
      const reply = event.helper.getData() || {};
      const text = core.textOf(String(reply.body || reply.text || ""));
      if (!text.trim()) return event.helper.done();
      const { ticket } = await client.data.get("ticket");
      verdict = await core.check(poster(client), { text, channel: channelOf(ticket && ticket.source) }, limitMs);
      core.render(panel, verdict, text);
      core.showNotice(notice, core.unchecked(verdict) ? verdict.message : "", verdict.state);
    } catch (err) {
      return event.helper.done();  // anything unexpected lets the reply through
    }
    if (core.unchecked(verdict)) {
      client.interface.trigger("showNotify", { type: "warning", message: verdict.message });
    }
    return verdict.allow ? event.helper.done() : event.helper.fail(verdict.message);
  }

  window.app.initialized().then(async (client) => {
    let limitMs;
    try {
      limitMs = (await client.iparams.get()).time_limit_ms;
    } catch (_) {
      limitMs = core.DEFAULT_TIME_LIMIT_MS;
    }
    client.events.on("ticket.sendReply", (event) => onSendReply(client, limitMs, event), { intercept: true });
  });
})();
