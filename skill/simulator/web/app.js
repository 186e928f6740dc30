// The simulator page: text -> /simulator/understand -> the platform request -> the real endpoint;
// or, as an MCP assistant, a tool call -> /simulator/mcp -> the skill's /mcp.
'use strict';
const $ = (id) => document.getElementById(id);
let session;
let teaching;

function freshSession() {
  teaching = undefined;
  const id = (crypto.randomUUID && crypto.randomUUID()) || String(Date.now()) + Math.random().toString(16).slice(2);
  session = { id: $('platform').value === 'alexa' ? 'amzn1.echo-api.session.' + id : id, isNew: true };
}

function addLine(kind, text) {
  const li = document.createElement('li');
  li.className = kind;
  li.textContent = text;
  $('transcript').append(li);
  li.scrollIntoView({ block: 'end' });
}

function spoken(platform, body) {
  if (platform === 'alexa') {
    const r = body.response || {};
    const ssml = (r.outputSpeech && (r.outputSpeech.ssml || r.outputSpeech.text)) || '';
    const div = document.createElement('div');
    div.innerHTML = ssml.replace(/<[^>]+>/g, '');
    return { text: div.textContent.trim(), ends: r.shouldEndSession !== false };
  }
  if (platform === 'dialogflow-cx') {
    const messages = (body.fulfillmentResponse && body.fulfillmentResponse.messages) || [];
    const text = messages.map((m) => (m.text && m.text.text) || []).flat().join(' ');
    return { text, ends: typeof body.targetPage === 'string' && body.targetPage.endsWith('/pages/END_SESSION') };
  }
  const google = body.payload && body.payload.google;
  return { text: body.fulfillmentText || '', ends: (google && google.expectUserResponse === false) || !('fulfillmentText' in body) };
}

async function postJson(url, body) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = await res.json();
  if (!res.ok) throw new Error(json.error || 'HTTP ' + res.status);
  return json;
}

async function say(text) {
  const platform = $('platform').value;
  addLine('user', text);
  try {
    const understood = await postJson('/simulator/understand', { text, platform, locale: $('locale').value, token: $('token').value || undefined, session, lastResponse: teaching });
    addLine('understood', understood.summary);
    $('request-json').textContent = JSON.stringify(understood.request, null, 2);
    const response = await postJson('/' + platform, understood.request);
    $('response-json').textContent = JSON.stringify(response, null, 2);
    if (response.sessionEntityTypes || ((response.response || {}).directives || []).some((d) => d.type === 'Dialog.UpdateDynamicEntities')) teaching = response;
    const answer = spoken(platform, response);
    addLine('skill', answer.text || '(the session ended)');
    if (answer.ends) freshSession();
    else session = { ...session, isNew: false, attributes: response.sessionAttributes, contexts: (response.outputContexts || []).filter((c) => c.lifespanCount > 0) };
  } catch (error) {
    addLine('error', String(error.message || error));
  }
  refreshBank();
}

// What an assistant would fill in for each tool; ids from earlier answers are filled in as they come.
const EXAMPLES = {
  get_spending: { period: 'last-month' },
  lock_card: { card: 'debit' },
  unlock_card: { card: 'debit' },
  prepare_transfer: { payee: 'Bob', amount: '42', fromAccount: 'checking' },
  discreet_mode: { on: true },
};
const remembered = {};
let tools = [];

function exampleFor(name) {
  const tool = tools.find((t) => t.name === name);
  const properties = (tool && tool.inputSchema && tool.inputSchema.properties) || {};
  const args = { ...(EXAMPLES[name] || {}) };
  for (const key of ['draftId', 'alertId', 'page']) if (key in properties && remembered[key]) args[key] = remembered[key];
  if ('madeByCustomer' in properties) args.madeByCustomer = true;
  return JSON.stringify(args);
}

function showTool() {
  const tool = tools.find((t) => t.name === $('tool').value);
  $('tool-description').textContent = tool ? tool.description : '';
  $('arguments').value = exampleFor($('tool').value);
}

async function mcp(method, name, args) {
  return postJson('/simulator/mcp', { method, name, arguments: args, token: $('token').value, locale: $('locale').value });
}

async function loadTools() {
  const listed = await mcp('tools/list');
  $('request-json').textContent = JSON.stringify(listed.request, null, 2);
  $('response-json').textContent = JSON.stringify(listed.response, null, 2);
  tools = (listed.response && listed.response.result && listed.response.result.tools) || [];
  $('tool').replaceChildren(...tools.map((t) => {
    const option = document.createElement('option');
    option.value = t.name;
    option.textContent = t.name;
    return option;
  }));
  if (!tools.length) addLine('error', 'No tools: HTTP ' + listed.status);
  showTool();
}

async function callTool(name, argsText) {
  let args;
  try {
    args = JSON.parse(argsText || '{}');
  } catch {
    addLine('error', 'The arguments are not JSON.');
    return;
  }
  addLine('call', name + ' ' + JSON.stringify(args));
  try {
    const called = await mcp('tools/call', name, args);
    $('request-json').textContent = JSON.stringify(called.request, null, 2);
    $('response-json').textContent = JSON.stringify(called.response, null, 2);
    const result = called.response && called.response.result;
    if (!result) {
      addLine('error', 'HTTP ' + called.status + (called.response && called.response.error ? ': ' + JSON.stringify(called.response.error) : ''));
      return;
    }
    const text = (result.content || []).map((c) => c.text || '').join(' ');
    const structured = result.structuredContent || {};
    for (const [from, key] of [['draftId', 'draftId'], ['alertId', 'alertId'], ['nextPage', 'page']]) if (structured[from]) remembered[key] = structured[from];
    addLine(result.isError ? 'error' : 'skill', text);
    if (structured.status) addLine('understood', 'status: ' + structured.status);
  } catch (error) {
    addLine('error', String(error.message || error));
  }
  refreshBank();
  showTool();
}

function showPlatform() {
  const assistant = $('platform').value === 'mcp';
  $('say').hidden = assistant;
  $('mcp').hidden = !assistant;
  $('request-title').textContent = assistant ? 'JSON-RPC request to /mcp' : 'Platform request';
  $('response-title').textContent = assistant ? 'MCP response' : 'Skill response';
  if (assistant) loadTools().catch((error) => addLine('error', String(error.message || error)));
}

async function refreshBank() {
  const token = $('token').value;
  const [accounts, approvals, inbox] = await Promise.all([
    fetch('/simulator/accounts?token=' + encodeURIComponent(token) + '&locale=' + $('locale').value).then((r) => r.json()),
    fetch('/simulator/approvals?token=' + encodeURIComponent(token) + '&locale=' + $('locale').value).then((r) => r.json()),
    fetch('/simulator/inbox?token=' + encodeURIComponent(token)).then((r) => r.json()),
  ]);
  const messages = (inbox.messages || []).slice().reverse().map((m) => {
    const li = document.createElement('li');
    li.textContent = m.text;
    return li;
  });
  if (!messages.length) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = 'No messages.';
    messages.push(li);
  }
  $('inbox').replaceChildren(...messages);
  $('balances').replaceChildren(...(accounts.accounts || []).map((a) => {
    const li = document.createElement('li');
    li.textContent = a.name + ': ' + a.balance;
    return li;
  }));
  const items = approvals.pending.map((p) => {
    const li = document.createElement('li');
    li.textContent = p.amount + ' to ' + p.to;
    for (const [label, decision] of [['Approve', 'approved'], ['Refuse', 'refused']]) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = label;
      button.addEventListener('click', async () => { await postJson('/simulator/approvals/' + encodeURIComponent(p.id), { decision }); refreshBank(); });
      li.append(button);
    }
    return li;
  });
  if (!items.length) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = 'Nothing to approve.';
    items.push(li);
  }
  $('approvals').replaceChildren(...items);
}

function setUpSpeech() {
  const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
  if (!Recognition) return;
  $('speak').hidden = false;
  $('speak').addEventListener('click', () => {
    const recognition = new Recognition();
    recognition.lang = $('locale').value;
    recognition.onresult = (event) => say(event.results[0][0].transcript);
    recognition.start();
  });
}

// The understanding trains once per platform and locale; until it has, the page says so.
async function watchReadiness() {
  await fetch('/simulator/warm-up', { method: 'POST' });
  for (;;) {
    const status = await fetch('/simulator/status').then((r) => r.json());
    $('status').textContent = status.ready ? 'Understanding ready.' : 'Getting the understanding ready (' + status.trained + ' of ' + status.of + ')...';
    $('status').className = status.ready ? 'ready' : 'getting-ready';
    if (status.ready) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

$('say').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = $('text').value.trim();
  $('text').value = '';
  if (text) say(text);
});
$('mcp').addEventListener('submit', (event) => {
  event.preventDefault();
  callTool($('tool').value, $('arguments').value.trim());
});
$('tool').addEventListener('change', showTool);
// The sandbox's demo customer for each locale (fulfillment/banks/sandbox/seed.ts, demoTokenFor):
// switching the locale switches a demo token with it, so German is spoken in euros.
const DEMO_TOKENS = { 'en-US': 'demo', 'en-GB': 'demo-gb', 'de-DE': 'demo-de' };
$('locale').addEventListener('change', () => {
  if (Object.values(DEMO_TOKENS).includes($('token').value)) $('token').value = DEMO_TOKENS[$('locale').value] || 'demo';
});
for (const id of ['platform', 'locale', 'token']) $(id).addEventListener('change', () => { freshSession(); refreshBank(); if (id === 'platform') showPlatform(); });
$('new-session').addEventListener('click', freshSession);
freshSession();
setUpSpeech();
refreshBank();
setInterval(refreshBank, 3000);
watchReadiness();
