/**
 * The whole journey, through the UI only, for Airalo (verdict: online) and T2 (verdict: in person)
 * in each language: every page along the way speaks that language.
 */
import { expect, test } from '@playwright/test';
import { carrierText, runJourney, type JourneyCarrier, SAMPLE_LOCALES } from './fixtures';

test.describe.configure({ mode: 'parallel' });

const JOURNEY_CARRIERS: JourneyCarrier[] = ['airalo', 't2'];

for (const locale of SAMPLE_LOCALES) {
  for (const carrierId of JOURNEY_CARRIERS) {
    test(`${carrierId} in ${locale}: from the carrier list through all five stages to "all done"`, async ({ page }) => {
      await runJourney(page, locale, carrierId, async (stage) => {
        if (carrierId === 't2' && stage === 'gather-materials') {
          // The identity document task is written in the page's language, not in English.
          const label = page.locator('[data-item="id-document"] .checkboxes__label');
          await expect(label).toHaveText(carrierText(locale, 't2.idDocument'));
          if (locale !== 'en') await expect(label).not.toContainText(carrierText('en', 't2.idDocument'));
        }
      });
    });
  }
}
