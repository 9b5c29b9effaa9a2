// The counter page at 8:30 in headless Chromium with JavaScript disabled (the page must not need
// it): the agent reaches "Mon guichet" by links, opens Guichet B for its two services, visitors
// take tickets at the hall kiosk, and the agent calls, recalls, serves, marks absent and transfers
// them from the keyboard, finding every control by its label or name. Each page must keep one h1,
// lang="fr" and a name on every control (as Chromium's accessibility tree computes it), and say in
// words what the last action did; the kiosk API must agree with what the page showed.
//   node counter_task.mjs BASE_URL KIOSK_TOKEN SCREENSHOT_DIR
import { randomUUID } from 'node:crypto';
import { check, launch, logIn } from './browser.mjs';

const [base, kioskToken, shots] = process.argv.slice(2);
const kioskAuth = { Authorization: `Bearer ${kioskToken}` };

// A visitor at the "hall" kiosk, through POST /api/v1/kiosks/{id}/tickets (docs/queue.md).
async function takeTicket(service, priority = 'none') {
  const res = await fetch(`${base}/api/v1/kiosks/hall/tickets`, {
    method: 'POST',
    headers: { ...kioskAuth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ service, priority, request: randomUUID() }),
  });
  return { status: res.status, body: await res.json() };
}

async function queueSnapshot() {
  const res = await fetch(`${base}/api/v1/kiosks/hall/queue`, { headers: kioskAuth });
  if (res.status !== 200) throw new Error(`GET queue answered ${res.status}`);
  return res.json();
}

const controlRoles = new Set(['button', 'checkbox', 'combobox', 'listbox', 'radio', 'searchbox', 'slider', 'spinbutton',
                              'switch', 'textbox']);

const browser = await launch();
try {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const cdp = await context.newCDPSession(page);

  // Activates a control from the keyboard and waits for the next page: a redirect may land on the
  // same address as before ("?fait=appele" twice), so the wait is for a navigation, not a URL.
  async function press(control) {
    const navigated = page.waitForEvent('framenavigated', frame => frame === page.mainFrame());
    await control.press('Enter');
    await navigated;
    await page.waitForLoadState();
  }
  const button = name => page.getByRole('button', { name, exact: true });

  // Checks that hold on every state of the counter page.
  async function pageIsAccessible(when) {
    check(await page.getAttribute('html', 'lang') === 'fr', `${when}: <html lang="fr">`);
    const h1 = await page.getByRole('heading', { level: 1 }).allTextContents();
    check(h1.length === 1 && h1[0] === 'Guichet B', `${when}: one h1, "Guichet B" (got ${JSON.stringify(h1)})`);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const controls = nodes.filter(node => !node.ignored && controlRoles.has(node.role?.value));
    const unnamed = controls.filter(node => !(node.name?.value ?? '').trim()).map(node => node.role.value);
    check(controls.length >= 4 && unnamed.length === 0,
          `${when}: all ${controls.length} form controls have an accessible name (unnamed: ${JSON.stringify(unnamed)})`);
    return controls.map(node => node.name.value.trim());
  }
  async function says(role, words, when) {
    const text = (await page.getByRole(role).textContent()) ?? '';
    check(text.includes(words), `${when}: the ${role} says "${words}" (got "${text.trim()}")`);
  }
  // "B 002 — Guichet rendez-vous — prioritaire (appelé 1 fois)": what the page shows as the current ticket.
  async function currentTicket() {
    const shown = page.getByText(/\(appelé \d+ fois\)$/);
    if (await shown.count() === 0) return null;
    const text = (await shown.textContent()).trim();
    const parts = text.match(/^([A-Z] \d{3}) — (.+?)( — prioritaire)? \(appelé (\d+) fois\)$/);
    if (!parts) throw new Error(`unexpected current ticket text: ${text}`);
    return { label: parts[1], service: parts[2], priority: Boolean(parts[3]), calls: Number(parts[4]) };
  }
  // The "En attente" table, as a person reads it: waiting, last called, open counters per service.
  async function waitingRow(service) {
    const cells = await page.getByRole('row', { name: new RegExp(`^${service}`) }).getByRole('cell').allTextContents();
    return { waiting: Number(cells[0]), serving: cells[1], open: Number(cells[2]) };
  }
  const shown = [];  // every call the page showed, in order, to compare with the hub's list of calls
  // `recall`: this call is a recall (the API flags it); `calls` counts every call, a transfer included.
  async function calledAndShown(expected, when, recall = false) {
    const ticket = await currentTicket();
    check(ticket && ticket.label === expected.label && ticket.service === expected.service &&
          ticket.priority === expected.priority && ticket.calls === expected.calls,
          `${when}: the page shows ${expected.label} (${expected.service}${expected.priority ? ', prioritaire' : ''}, ` +
          `called ${expected.calls} time(s)); got ${JSON.stringify(ticket)}`);
    shown.push({ ticket: expected.label, recall });
    const last = (await queueSnapshot()).calls.at(-1);
    check(last.ticket === expected.label && last.counter === 'guichet-b' && last.recall === recall,
          `${when}: the kiosks' queue announces the same call (got ${JSON.stringify(last)})`);
  }

  // 8:29, every counter still closed: the kiosk gives no ticket yet.
  const early = await takeTicket('titres-sejour');
  check(early.status === 409 && /aucun guichet n'est ouvert/.test(early.body.error ?? JSON.stringify(early.body)),
        `before any counter opens the kiosk refuses a ticket (${early.status})`);

  await page.goto(`${base}/login`);
  await logIn(page, base);
  await press(page.getByRole('link', { name: 'Mon guichet', exact: true }));
  check(page.url() === `${base}/agent/guichet`, 'the overview links to the counter page');
  await page.getByLabel('Mon guichet').selectOption({ label: 'Guichet B' });
  await press(button('Choisir ce guichet'));
  check(page.url() === `${base}/agent/guichet/guichet-b`, 'choosing Guichet B opens its page');
  const closedControls = await pageIsAccessible('closed counter');
  check(closedControls.includes('Guichet rendez-vous') && closedControls.includes('Titres de séjour'),
        'each service checkbox is named by its service');
  check(await page.getByText('Ce guichet est fermé.').count() === 1, 'the page says the counter is closed');

  // Calling before opening is refused, with the reason in an alert.
  await press(button('Appeler le suivant'));
  await says('alert', "est fermé : ouvrez-le d'abord", 'call on a closed counter');
  await pageIsAccessible('refused call');

  // Open for both services.
  await page.getByRole('checkbox', { name: 'Guichet rendez-vous' }).check();
  await page.getByRole('checkbox', { name: 'Titres de séjour' }).check();
  await press(button('Ouvrir le guichet'));
  check(page.url().endsWith('/agent/guichet/guichet-b?fait=ouvert'), 'opening answers with a redirect to the page');
  await says('status', 'Guichet ouvert', 'open');
  check(await page.getByText('Ce guichet est ouvert (ouvert par marie).').count() === 1, 'open: the page names the agent');
  await pageIsAccessible('open counter');

  // Visitors take tickets; issue order, with one priority ticket per service.
  const taken = [];
  for (const [service, priority] of [['titres-sejour', 'none'], ['rendez-vous', 'none'], ['titres-sejour', 'none'],
                                     ['rendez-vous', 'reduced_mobility'], ['titres-sejour', 'pregnancy']]) {
    const ticket = await takeTicket(service, priority);
    check(ticket.status === 201, `the kiosk issues a ${service} ticket (${ticket.status})`);
    taken.push(ticket.body);
  }
  const labels = taken.map(ticket => ticket.ticket);
  check(JSON.stringify(labels) === JSON.stringify(['A 001', 'B 001', 'A 002', 'B 002', 'A 003']),
        `tickets are numbered per service (${labels.join(', ')})`);
  const byLabel = Object.fromEntries(taken.map(ticket => [ticket.ticket, ticket]));

  await press(page.getByRole('link', { name: 'Actualiser la page' }));
  const titres = await waitingRow('Titres de séjour'), rdv = await waitingRow('Guichet rendez-vous');
  check(titres.waiting === 3 && rdv.waiting === 2 && titres.open === 1 && rdv.open === 1,
        `after a refresh the table shows 3 and 2 waiting, one counter open each (${JSON.stringify([titres, rdv])})`);

  // First call: a priority ticket goes first.
  await press(button('Appeler le suivant'));
  await says('status', 'Ticket appelé', 'call 1');
  await calledAndShown({ label: 'B 002', service: 'Guichet rendez-vous', priority: true, calls: 1 }, 'call 1');
  const calledControls = await pageIsAccessible('ticket called');
  check(calledControls.includes('Rappeler B 002') && calledControls.includes('Transférer B 002 vers le service'),
        'the recall button and the transfer list name the ticket');
  await page.screenshot({ path: `${shots}/counter-called.png`, fullPage: true });

  await press(button('Rappeler B 002'));
  await says('status', 'Ticket rappelé', 'recall');
  await calledAndShown({ label: 'B 002', service: 'Guichet rendez-vous', priority: true, calls: 2 }, 'recall', true);

  await press(button('Servi'));
  await says('status', 'Ticket marqué servi', 'served');
  check(await currentTicket() === null && await page.getByText('Aucun ticket en cours à ce guichet.').count() === 1,
        'served: no current ticket any more');

  // Priority A 003 waits: at most one call in 3 goes to a priority ticket while normal ones wait.
  await press(button('Appeler le suivant'));
  await calledAndShown({ label: 'A 001', service: 'Titres de séjour', priority: false, calls: 1 }, 'call 2');
  await press(button('Absent'));
  await says('status', 'Ticket marqué absent', 'absent');
  await pageIsAccessible('after absent');

  await press(button('Appeler le suivant'));
  await calledAndShown({ label: 'B 001', service: 'Guichet rendez-vous', priority: false, calls: 1 }, 'call 3');
  await page.getByLabel('Transférer B 001 vers le service').selectOption({ label: 'Titres de séjour' });
  await press(button('Transférer'));
  await says('status', 'Ticket transféré', 'transfer');
  const afterTransfer = [await waitingRow('Titres de séjour'), await waitingRow('Guichet rendez-vous')];
  check(afterTransfer[0].waiting === 3 && afterTransfer[1].waiting === 0,
        `transfer: B 001 now waits for Titres de séjour (${JSON.stringify(afterTransfer)})`);

  // Two normal calls since the last priority one: A 003's turn.
  await press(button('Appeler le suivant'));
  await calledAndShown({ label: 'A 003', service: 'Titres de séjour', priority: true, calls: 1 }, 'call 4');
  // "Call next" ends A 003 as served; B 001 kept its place (issued before A 002) and its label.
  await press(button('Appeler le suivant'));
  await calledAndShown({ label: 'B 001', service: 'Titres de séjour', priority: false, calls: 2 }, 'call 5');
  await press(button('Servi'));
  await press(button('Appeler le suivant'));
  await calledAndShown({ label: 'A 002', service: 'Titres de séjour', priority: false, calls: 1 }, 'call 6');
  await press(button('Servi'));
  await says('status', 'Ticket marqué servi', 'last served');

  await press(button('Appeler le suivant'));
  await says('alert', "Personne n'attend pour les services de ce guichet.", 'call with nobody waiting');
  await pageIsAccessible('nobody waiting');

  await press(button('Fermer le guichet'));
  await says('status', 'Guichet fermé', 'close');
  check(await page.getByText('Ce guichet est fermé.').count() === 1, 'close: the page says the counter is closed');
  await pageIsAccessible('closed again');
  const pageRows = { 'titres-sejour': await waitingRow('Titres de séjour'), 'rendez-vous': await waitingRow('Guichet rendez-vous') };
  await page.screenshot({ path: `${shots}/counter-closed.png`, fullPage: true });

  // The hub, asked as a kiosk, agrees with everything the page said.
  const hub = await queueSnapshot();
  const hubCalls = hub.calls.map(call => ({ ticket: call.ticket, recall: call.recall }));
  check(JSON.stringify(hubCalls) === JSON.stringify(shown),
        `the hub's calls are the page's, in order: ${hubCalls.map(c => c.ticket + (c.recall ? ' (rappel)' : '')).join(', ')}`);
  check(hub.calls.every(call => call.counter === 'guichet-b'), 'every call was made at guichet-b');
  for (const [service, row] of Object.entries(pageRows)) {
    const board = hub.services.find(b => b.service === service);
    check(board && board.waiting === row.waiting && board.waiting === 0 && (board.serving || '—') === row.serving &&
          board.counters_open.length === row.open && row.open === 0,
          `${service}: the hub's board ${JSON.stringify(board)} matches the page's row ${JSON.stringify(row)}`);
  }
  // What each visitor's phone shows (the status_url the kiosk printed), read as text in a browser of its own.
  const phone = await browser.newPage({ javaScriptEnabled: false });
  const phoneSays = async ticket => {
    await phone.goto(`${base}${new URL(ticket.status_url).pathname}`);
    return phone.locator('body').innerText();
  };
  check((await phoneSays(byLabel['A 001'])).includes("vous n'étiez pas là"), "A 001's phone page says the visitor was absent");
  for (const label of ['B 002', 'A 003', 'B 001', 'A 002'])
    check((await phoneSays(byLabel[label])).includes('Ce ticket est terminé'), `${label}'s phone page says it is finished`);
  const late = await takeTicket('rendez-vous');
  check(late.status === 409, `with Guichet B closed the kiosk gives no rendez-vous ticket (${late.status})`);
} finally {
  await browser.close();
}
