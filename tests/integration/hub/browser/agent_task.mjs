// An agent's task in headless Chromium, the way a person does it: keyboard focus starts on the skip
// link, fields are found by their labels and buttons by their names (so the test fails if the
// page loses them), and the save ends on a status message naming the new version.
//   node agent_task.mjs BASE_URL MANIFEST_OUT SCREENSHOT_DIR
import { writeFile } from 'node:fs/promises';
import { check, launch, logIn } from './browser.mjs';

const [base, manifestOut, shots] = process.argv.slice(2);

const browser = await launch();
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(15000);

  await page.goto(`${base}/login`);
  check(await page.getAttribute('html', 'lang') === 'fr', 'the login page is in French');
  await page.keyboard.press('Tab');
  check(await page.evaluate(() => document.activeElement.textContent) === 'Aller au contenu',
        'the first Tab reaches the skip link');
  await logIn(page, base);
  check(await page.getByRole('heading', { level: 1 }).count() === 1, 'the overview has one h1');

  await page.getByRole('link', { name: /Titres de séjour/ }).click();
  await page.waitForURL(`${base}/agent/services/titres-sejour`);
  await page.getByLabel('Fermé ce jour').check();
  await page.getByLabel('Message aux visiteurs — Français').fill('Fermé pour inventaire');
  await page.screenshot({ path: `${shots}/agent-service-form.png`, fullPage: true });
  await page.getByRole('button', { name: 'Enregistrer et publier' }).click();
  await page.waitForURL(/\/agent\?publie=2$/);
  const status = await page.getByRole('status').textContent();
  check(status.includes('version 2'), 'the save announces version 2');
  check((await page.getByRole('row', { name: /Titres de séjour/ }).textContent()).includes('fermé aujourd\'hui'),
        'the overview shows the service closed');
  await page.screenshot({ path: `${shots}/agent-overview.png`, fullPage: true });

  const response = await page.request.get(`${base}/api/v1/sites/prefecture-44/manifest`);
  const manifest = await response.text();
  check(JSON.parse(manifest).version === 2, 'the hub now serves manifest version 2');
  await writeFile(manifestOut, manifest);
} finally {
  await browser.close();
}
