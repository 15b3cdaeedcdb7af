/** With no `bugs` in package.json there is no tracker, and no page shows a report link. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ItemMeta } from '@/components/stage/ChecklistItemView';
import { KeyFacts } from '@/components/facts/KeyFacts';
import { carrierTexts, itemLabels, keyFactsLabels } from '@/components/facts/labels';
import { findCarrier } from '@/lib/carriers';
import { getT } from '@/lib/i18n/server';

vi.mock('@/lib/report/tracker', () => ({ TRACKER_URL: null }));

describe('without a tracker', () => {
  const carrier = findCarrier('holafly')!;
  const t = getT('en');

  it('has no report labels and renders no report link beside an item or a fact', () => {
    const labels = itemLabels(t, 'en', carrier, 'submit-request');
    expect(labels.report).toBeNull();
    const rule = carrier.rules.find((r) => r.stage === 'submit-request')!;
    const meta = renderToStaticMarkup(
      createElement(ItemMeta, { item: { channel: null, confidence: rule.confidence, sources: [] }, texts: {}, labels, reportKey: `rule:${rule.id}` }),
    );
    expect(meta).not.toContain('report-link');
    const facts = renderToStaticMarkup(
      createElement(KeyFacts, {
        carrier,
        texts: carrierTexts(t, carrier, null, 'en'),
        labels: keyFactsLabels(t),
        itemLabels: itemLabels(t, 'en', carrier, null),
      }),
    );
    expect(facts).toContain('data-fact="refundWindow"');
    expect(facts).not.toContain('report-link');
    expect(facts).not.toContain(t('report.link'));
  });
});

describe('with a tracker (as package.json sets it)', () => {
  it('renders the link beside an item: a plain <a> with rel="noreferrer" and the sentence from the locale', async () => {
    vi.resetModules();
    vi.doUnmock('@/lib/report/tracker');
    const { itemLabels: labelsWithTracker } = await import('@/components/facts/labels');
    const { ItemMeta: Meta } = await import('@/components/stage/ChecklistItemView');
    const carrier = findCarrier('holafly')!;
    const labels = labelsWithTracker(getT('es'), 'es', carrier, 'submit-request');
    const rule = carrier.rules.find((r) => r.stage === 'submit-request')!;
    const html = renderToStaticMarkup(
      createElement(Meta, { item: { channel: null, confidence: rule.confidence, sources: [] }, texts: {}, labels, reportKey: `rule:${rule.id}` }),
    );
    expect(html).toMatch(
      /<a class="report-link" href="https:\/\/github\.com\/esim-exit\/esim-exit\/issues\/new\?title=[^"]+" rel="noreferrer">Informar de un problema con esto<\/a>/,
    );
  });
});
