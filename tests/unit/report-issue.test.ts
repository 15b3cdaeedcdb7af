import { describe, expect, it } from 'vitest';
import { itemLabels } from '@/components/facts/labels';
import { findCarrier } from '@/lib/carriers';
import { FACT_IDS } from '@/lib/engine/terms';
import { getT } from '@/lib/i18n/server';
import { newIssueUrl, reportVariables, trackerUrl } from '@/lib/report/issue';
import { TRACKER_URL } from '@/lib/report/tracker';

const TRACKER = 'https://github.com/esim-exit/esim-exit/issues';
const query = (href: string) => new URL(href).searchParams;

describe('the tracker address from package.json "bugs"', () => {
  it('reads the npm forms: { url } or a plain string, without a trailing slash', () => {
    expect(trackerUrl({ url: TRACKER })).toBe(TRACKER);
    expect(trackerUrl(`${TRACKER}/`)).toBe(TRACKER);
  });

  it('is null when unset, or when only an email is given: no link is shown', () => {
    expect(trackerUrl(undefined)).toBeNull();
    expect(trackerUrl(null)).toBeNull();
    expect(trackerUrl({ email: 'bugs@example.org' })).toBeNull();
  });

  it('fails the build, naming package.json and the value, for an address that cannot take a new issue', () => {
    for (const bad of ['http://github.com/o/r/issues', 'https://github.com/o/r', 'not a url', `${TRACKER}?q=1`, { url: 42 }]) {
      expect(() => trackerUrl(bad)).toThrow(/package\.json: "bugs" must be an https address ending in \/issues/);
    }
  });
});

describe('the new-issue address', () => {
  it('is null without a tracker', () => {
    expect(newIssueUrl(null, 'title', 'body')).toBeNull();
  });

  it('prefills title and body, URL-encoded, so spaces, &, #, +, new lines and any script survive the round trip', () => {
    const title = 'Holafly & co: problem #1 + more';
    const body = 'Carrier: 中国移动\nPage: /zh-CN/china-mobile/?x=1\n«Что»';
    const href = newIssueUrl(TRACKER, title, body);
    expect(href.startsWith(`${TRACKER}/new?title=`)).toBe(true);
    expect(href).not.toMatch(/[\s+#\u0080-\uffff]|&(?!body=)/);
    expect(href).toContain('%20');
    expect(query(href).get('title')).toBe(title);
    expect(query(href).get('body')).toBe(body);
  });

  it('names only the carrier, the item, the page path and the language: a query or fragment on the page is dropped', () => {
    const vars = reportVariables({
      carrierId: 't2',
      carrierName: 'T2',
      item: 'rule:t2-x',
      page: '/ru/t2/submit-request/?plan=subscription&ref=TKT-42#v=1',
      language: 'ru',
    });
    expect(vars).toEqual({ carrierId: 't2', carrierName: 'T2', item: 'rule:t2-x', page: '/ru/t2/submit-request/', language: 'ru' });
  });
});

describe('the report links a page shows', () => {
  const carrier = findCarrier('holafly')!;

  it('is configured in package.json (the e2e tests build with it)', () => {
    expect(TRACKER_URL).toBe(TRACKER);
  });

  it('gives every rule of the stage and every verdict on stage 1 a link, in the page language', () => {
    const labels = itemLabels(getT('ru'), 'ru', carrier, 'confirm-online');
    const keys = Object.keys(labels.report!.hrefs);
    expect(keys).toEqual([
      ...carrier.rules.filter((r) => r.stage === 'confirm-online').map((r) => `rule:${r.id}`),
      ...carrier.verdicts.map((v) => `verdict:${v.id}`),
    ]);
    expect(labels.report!.link).toBe(getT('ru')('report.link'));
    const verdict = carrier.verdicts[0];
    const body = query(labels.report!.hrefs[`verdict:${verdict.id}`]).get('body')!;
    expect(body).toContain('(holafly)');
    expect(body).toContain(`verdict:${verdict.id}`);
    expect(body).toContain('/ru/holafly/confirm-online/');
    expect(body).toMatch(/\bru\b/);
  });

  it('gives each of the seven facts a link on the overview, gaps included', () => {
    const labels = itemLabels(getT('en'), 'en', carrier, null);
    expect(Object.keys(labels.report!.hrefs)).toEqual(FACT_IDS.map((f) => `fact:${f}`));
    const title = query(labels.report!.hrefs['fact:refundWindow']).get('title');
    expect(title).toBe('Holafly: problem with fact:refundWindow');
    expect(query(labels.report!.hrefs['fact:refundWindow']).get('body')).toContain('Page: /en/holafly/\n');
  });

  it('carries no unfilled placeholder in any language', () => {
    for (const locale of ['en', 'ru', 'zh-CN', 'es'] as const) {
      const { hrefs } = itemLabels(getT(locale), locale, carrier, 'submit-request').report!;
      for (const href of Object.values(hrefs)) expect(decodeURIComponent(href)).not.toMatch(/\{\{|\}\}/);
    }
  });
});
