// replylint for Freshdesk (ticket sidebar). The interceptable ticket.sendReply event holds the
// reply until this app calls event.helper.done() (send) or event.helper.fail(message) (stop,
// with the message shown to the agent). Blocking findings stop the reply; warnings let it go
// and stay in the sidebar; a service that does not answer in time lets it go with a notice.
//
// The service is called through the request template `replylintLint` (config/requests.json):
// Freshworks puts the secure `token` iparam into the request on its side, so the token never
// reaches the browser, and the service must be reachable from Freshworks' servers over HTTPS.
//
// A chat reply says whether it opens the conversation (first_message): it does not once an
// agent has replied in public on this ticket (read from the ticket's conversations in the
// Freshdesk API, when the admin gave the app a subdomain and an API key). If that cannot be
// read in time, the request does not say, and the service tells a missing greeting as a
// suggestion.
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

  // Has an agent already answered the customer in public? Asked of the ticket's conversations
  // in the Freshdesk API (GET /api/v2/tickets/{id}/conversations) through the request template
  // `freshdeskConversations`, which Freshworks fills with the optional freshdesk_subdomain and
  // secure freshdesk_api_key settings: a conversation with `incoming: false` (written on the
  // helpdesk's side) and `private: false` (not a note) is an agent's reply. The ticket's own
  // description is not a conversation, so a ticket with none is still at its first answer.
  // Without freshdesk_subdomain there is nothing to ask (null: not known); a ticket not yet
  // saved has no answer yet.
  function agentReplied(client, ticket, subdomain) {
    return async () => {
      if (!subdomain) return null;
      if (!ticket || !ticket.id) return false;
      const resp = await client.request.invokeTemplate("freshdeskConversations", { context: { ticket_id: ticket.id } });
      const list = parse(resp.response);
      return Array.isArray(list) && list.some((c) => c.incoming === false && c.private === false);
    };
  }

  function parse(body) {
    if (typeof body !== "string") return body || null;
    try { return JSON.parse(body); } catch (_) { return null; }
  }

  async function onSendReply(client, settings, event) {
    const limitMs = settings.time_limit_ms;
    let verdict;
    try {
      const reply = event.helper.getData() || {};
      const text = core.textOf(String(reply.body || reply.text || ""));
      if (!text.trim()) return event.helper.done();
      const { ticket } = await client.data.get("ticket");
      const request = { text, channel: channelOf(ticket && ticket.source) };
      if (request.channel === "chat") {  // only chat asks whether the reply opens the conversation
        const replied = agentReplied(client, ticket, settings.freshdesk_subdomain);
        const first = await core.firstMessage(replied, limitMs);
        if (first !== undefined) request.first_message = first;
      }
      verdict = await core.check(poster(client), request, limitMs);
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
    let settings;
    try {
      settings = (await client.iparams.get()) || {};  // the secure ones are never handed out
    } catch (_) {
      settings = { time_limit_ms: core.DEFAULT_TIME_LIMIT_MS };
    }
    client.events.on("ticket.sendReply", (event) => onSendReply(client, settings, event), { intercept: true });
  });
})();
