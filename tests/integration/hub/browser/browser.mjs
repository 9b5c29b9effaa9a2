// What every browser task shares: one way to report a check, and Debian's chromium launched headless.
import { chromium } from 'playwright-core';

export function check(condition, what) {
  if (!condition) throw new Error(`check failed: ${what}`);
  console.log(`ok - ${what}`);
}

export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
  });
}

// The login form, by its labels; ends on the agents' overview. run*.sh creates the account.
export async function logIn(page, base) {
  await page.getByLabel('Identifiant').fill('marie');
  await page.getByLabel('Mot de passe').fill('un mot de passe assez long');
  await page.getByLabel('Mot de passe').press('Enter');
  await page.waitForURL(`${base}/agent`);
}
