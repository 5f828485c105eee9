// replylint for Zendesk Support (ticket sidebar). On save, the reply being sent is checked by
// the replylint service: blocking findings stop the save (the hook's rejection is shown to the
// agent), warnings let it through and stay in the sidebar, and a service that does not answer
// in time lets it through with a notice. While the agent types, findings are shown live.
//
// The service is called through client.request with `secure: true`: Zendesk's proxy puts the
// secure `token` setting into {{setting.token}}, so the token never reaches the browser (and
// the service must be reachable from Zendesk's servers, with its host in domainWhitelist).
//
// A chat reply says whether it opens the conversation (first_message): it does not once an
// agent has answered the customer in public on this ticket (read from the ticket's comments in
// Zendesk's own API). If that cannot be read in time, the request does not say, and the service
// tells a missing greeting as a suggestion.
(function () {
  "use strict";
  const core = window.ReplylintCore;
  const client = window.ZAFClient.init();
  const panel = document.getElementById("replylint");
  const notice = document.getElementById("replylint-notice");
  const settings = client.metadata().then((m) => m.settings || {});

  // ticket.via.channel → the rule set: messaging is chat, public social posts are sns.
  const CHAT = new Set(["chat", "chat_transcript", "native_messaging", "messaging", "mobile_sdk", "sms",
                        "whatsapp", "line", "wechat", "instagram_dm", "twitter_dm", "facebook_messenger"]);
  const SNS = new Set(["twitter", "facebook", "facebook_post", "twitter_tweet", "instagram"]);

  function channelOf(via) {
    if (CHAT.has(via)) return "chat";
    if (SNS.has(via)) return "sns";
    return "email";
  }

  async function post(body) {
    const { service_url: url } = await settings;
    try {
      const resp = await client.request({
        url: String(url || "").replace(/\/+$/, "") + "/v1/lint",
        type: "POST",
        contentType: "application/json",
        data: JSON.stringify(body),
        headers: { Authorization: "Bearer {{setting.token}}" },
        secure: true,
        httpCompleteResponse: true,
      });
      return { status: resp.status, data: resp.responseJSON || null };
    } catch (err) {  // an HTTP error status arrives as a rejection; no status: unreachable
      if (err && err.status > 0) return { status: err.status, data: err.responseJSON || null };
      throw err;
    }
  }

  // Has an agent already answered this conversation in public? Read from the ticket's comments
  // in the Support API (GET /api/v2/tickets/{id}/comments.json, authors side-loaded with
  // include=users; oldest first, up to 100 on the first page): a comment with `public: true`
  // written by an agent or admin who is not the requester. A new ticket has no id and no
  // comments yet. Once a ticket is known to have such a reply it keeps it, so it is not asked
  // again for the live checks.
  let answered = null;
  async function agentReplied() {
    const got = await client.get(["ticket.id", "ticket.requester.id"]);
    const id = got["ticket.id"];
    if (!id) return false;
    if (answered === id) return true;
    const data = await client.request({
      url: `/api/v2/tickets/${encodeURIComponent(id)}/comments.json?include=users`,
      type: "GET",
    });
    const staff = new Set((data && data.users || [])
      .filter((u) => u.role === "agent" || u.role === "admin").map((u) => u.id));
    const requester = got["ticket.requester.id"];
    const replied = (data && data.comments || [])
      .some((c) => c.public === true && c.author_id !== requester && staff.has(c.author_id));
    if (replied) answered = id;
    return replied;
  }

  // The /v1/lint body. Only chat cares whether the reply opens the conversation (a later chat
  // turn needs no greeting); email and SNS replies are sent as they always were.
  async function request(r, limit) {
    const body = { text: r.text, channel: r.channel };
    if (r.channel === "chat") {
      const first = await core.firstMessage(agentReplied, limit);
      if (first !== undefined) body.first_message = first;
    }
    return body;
  }

  async function reply() {
    const got = await client.get(["comment.text", "comment.type", "ticket.via.channel"]);
    const raw = got["comment.text"] || "";
    return { raw, text: core.textOf(raw), isPublic: got["comment.type"] !== "internalNote",
             channel: channelOf(got["ticket.via.channel"]) };
  }

  let seq = 0;
  async function check(r) {
    const mine = ++seq;
    const limit = (await settings).time_limit_ms;
    const verdict = await core.check(post, await request(r, limit), limit);
    if (mine === seq) {  // an older answer never replaces a newer one
      core.render(panel, verdict, r.text, (f) => apply(r, f));
      core.showNotice(notice, core.unchecked(verdict) ? verdict.message : "", verdict.state);
    }
    return verdict;
  }

  async function apply(checked, f) {
    const now = await reply();
    const next = now.raw === checked.raw ? core.applyFix(now.raw, now.text, f) : null;
    if (next === null) {  // the reply changed since, or the span cannot be placed: check again
      live();
      return;
    }
    await client.set("comment.text", next);
    live();
  }

  const live = core.debounce(async () => {
    const r = await reply();
    if (r.text.trim()) await check(r);
  }, 400);

  client.on("comment.text.changed", live);

  // Zendesk waits for this promise: resolved lets the save through, rejected with a message
  // stops it and shows the message to the agent. Anything unexpected lets the reply through.
  client.on("ticket.save", async () => {
    let verdict;
    try {
      const r = await reply();
      if (!r.isPublic || !r.text.trim()) return true;  // internal notes never reach a customer
      verdict = await check(r);
    } catch (err) {
      return true;
    }
    if (core.unchecked(verdict)) {
      client.invoke("notify", verdict.message, "alert");
    }
    if (!verdict.allow) throw verdict.message;
    return true;
  });
})();
