/**
 * The country's rights on the stages where they help: the UK text-to-switch messages as one-tap sms: links on EE's and
 * Vodafone UK's submit stage (hrefs exact, the carrier's name filled in, axe clean), §312k beside Telekom's warning,
 * and the escalation body on the track stage.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { carrier, carrierText, ui } from './fixtures';
import { carrierName } from '../../lib/i18n/names';

test.describe.configure({ mode: 'parallel' });

const SMS = [
  { href: 'sms:75075?&body=STAC', label: 'rights.gb.smsStac' },
  { href: 'sms:65075?&body=PAC', label: 'rights.gb.smsPac' },
  { href: 'sms:85075?&body=INFO', label: 'rights.gb.smsInfo' },
];

for (const id of ['ee', 'vodafone-uk']) {
  for (const locale of ['en', 'ru'] as const) {
    test(`${id} (${locale}): the submit stage offers text-to-switch as working sms: links`, async ({ page }) => {
      await page.goto(`/${locale}/${id}/submit-request/`);
      const note = page.locator('[data-item="gb-text-to-switch"]');
      await expect(note).toBeVisible();
      await expect(note.locator('.note__title')).toHaveText(ui(locale, 'checklist.right'));
      const name = carrierName(carrier(id), locale);
      await expect(note).toContainText(carrierText(locale, 'rights.gb.textToSwitch', { carrier: name }));
      const links = note.locator('a[href^="sms:"]');
      await expect(links).toHaveCount(SMS.length);
      for (const [i, sms] of SMS.entries()) {
        await expect(links.nth(i)).toHaveAttribute('href', sms.href);
        await expect(links.nth(i)).toHaveText(carrierText(locale, sms.label));
      }
      await expect(page.locator('main')).not.toContainText('{{');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.help}`),
        'axe violations',
      ).toEqual([]);
      // Every link stands on its own line and is a 44px target, also on a 320px-wide phone.
      await page.setViewportSize({ width: 320, height: 640 });
      for (let i = 0; i < SMS.length; i++) expect((await links.nth(i).boundingBox())!.height).toBeGreaterThanOrEqual(44);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
}

test('Deutsche Telekom: the §312k cancellation button is on the same stage as the Kündigungsvormerkung warning', async ({ page }) => {
  await page.goto('/en/deutsche-telekom/confirm-online/');
  await expect(page.locator('[data-item="pre-registration-trap"]')).toBeVisible();
  const button = page.locator('[data-item="de-cancellation-button"]');
  await expect(button).toContainText('Verträge hier kündigen');
  await expect(button.locator('.note__title')).toHaveText(ui('en', 'checklist.right'));
});

test('EE: the track stage names the dispute resolution schemes with Ofcom’s page', async ({ page }) => {
  await page.goto('/en/ee/track-review/');
  const note = page.locator('[data-item="gb-adr"]');
  await expect(note.locator('.note__title')).toHaveText(ui('en', 'checklist.escalation'));
  await expect(note.getByRole('link', { name: carrierText('en', 'rights.gb.adrLink') })).toHaveAttribute(
    'href',
    'https://www.ofcom.org.uk/phones-and-broadband/service-quality/adr-schemes',
  );
});

test('a global seller gets no country rights', async ({ page }) => {
  await page.goto('/en/airalo/submit-request/');
  await expect(page.locator('a[href^="sms:"]')).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText(ui('en', 'checklist.right'));
});
