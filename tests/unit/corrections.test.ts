/**
 * Each correction of shared/research/recheck-2026-11-30.md §1 and §2, asserted on the shipped data and sentences
 * (English and every other language), so a regression to the old, wrong value fails here by name.
 */
import { describe, expect, it } from 'vitest';
import { findCarrier } from '@/lib/carriers';
import { READ_IN_FIRST_RESEARCH, READ_IN_RECHECK } from '@/lib/carriers/define';
import { factFor, factVariants } from '@/lib/engine/facts';
import type { Carrier, FactValue } from '@/lib/engine/schema';
import { flatten } from '@/lib/i18n/flatten';
import en from '@/locales/en/carriers.json';
import es from '@/locales/es/carriers.json';
import ru from '@/locales/ru/carriers.json';
import zh from '@/locales/zh-CN/carriers.json';
import { carrierNames } from '@/lib/i18n/names';

const LOCALES = { en: flatten(en), 'zh-CN': flatten(zh), ru: flatten(ru), es: flatten(es) } as Record<string, Record<string, string>>;
const EN = LOCALES.en;

function carrier(id: string): Carrier {
  const c = findCarrier(id);
  if (!c) throw new Error(`no carrier ${id}`);
  return c;
}
const text = (value: FactValue) => ('text' in value ? EN[value.text] : null);
/** Every sentence a carrier can show, in every language, with its key. */
const allSentences = (c: Carrier) => {
  const keys = [
    ...c.rules.map((r) => r.text),
    ...c.verdicts.map((v) => v.text),
    ...c.channels.map((ch) => ch.label),
    ...Object.values(c.facts).flatMap((f) => factVariants(f).flatMap((v) => ('text' in v ? [v.text] : []))),
  ];
  return Object.entries(LOCALES).flatMap(([lang, texts]) => keys.map((k) => ({ lang, key: k, text: texts[k] ?? '' })));
};
const rule = (c: Carrier, id: string) => {
  const r = c.rules.find((x) => x.id === id);
  if (!r) throw new Error(`${c.id}: no rule ${id}`);
  return r;
};

describe('§1 Holafly: the refund window follows the plan type', () => {
  const holafly = carrier('holafly');
  it('gives a Holafly Plans subscription 14 days and a one-off eSIM 6 months, both medium', () => {
    const plans = factFor(holafly.facts.refundWindow, { planType: 'subscription' });
    const oneOff = factFor(holafly.facts.refundWindow, { planType: 'one-off' });
    expect(plans).toMatchObject({ days: 14, confidence: 'medium', sources: ['plansRefund'] });
    expect('unit' in plans ? plans.unit : 'x').toBeUndefined();
    expect(oneOff).toMatchObject({ days: 6, unit: 'months', confidence: 'medium', sources: ['oneOffRefund'] });
    expect(text(oneOff)).toMatch(/6 months.*help@holafly\.com.*US\$3\.50/);
    expect(text(plans)).toMatch(/Holafly Plans.*14 days/);
  });
  it('no longer rates the carrier high on the disputed window', () => {
    expect(holafly.confidence).toBe('medium');
  });
  it('keeps the "change of mind or early termination" qualifier on renewed subscriptions, in every language', () => {
    expect(EN['holafly.factNoticePeriod']).toContain('due to a change of mind or early termination');
    expect(EN['holafly.verdictSubscription']).toContain('due to a change of mind or early termination');
    for (const lang of ['zh-CN', 'ru', 'es']) expect(LOCALES[lang]['holafly.factNoticePeriod']).toMatch(/提前终止|досрочно|terminación anticipada/);
  });
});

describe('§1 1GLOBAL / Truphone: business.help@1global.com', () => {
  const truphone = carrier('truphone');
  it('emails business.help@1global.com, sourced from the complaints code read on 2026-11-30', () => {
    const email = truphone.channels.find((c) => c.kind === 'email');
    expect(email?.url).toBe('mailto:business.help@1global.com');
    expect(truphone.sources[email!.sources[0]]).toMatchObject({
      url: 'https://www.1global.com/legal/complaints-code',
      official: true,
      readOn: READ_IN_RECHECK,
    });
  });
  it('never shows the old address, and help@truphone.com only for the paper copy', () => {
    for (const s of allSentences(truphone)) expect(s.text, `${s.lang} ${s.key}`).not.toMatch(/(?<!business\.)help@1global\.com/);
    expect(EN['truphone.paperCopyFee']).toMatch(/help@truphone\.com.*£10/);
  });
  it('keeps the phone numbers 020 3318 0742 and 707', () => {
    expect(truphone.channels.find((c) => c.kind === 'phone')?.url).toBe('tel:+442033180742');
    expect(EN['truphone.channelPhone']).toContain('707');
  });
});

describe('§1 Vodafone UK', () => {
  const vodafone = carrier('vodafone-uk');
  it('states the official early termination fee: no VAT deduction since 24 Feb 2021, daily rate, less 2%', () => {
    const etf = rule(vodafone, 'etf-formula');
    expect(etf.confidence).toBe('high');
    expect(vodafone.sources[etf.sources[0]]).toMatchObject({ official: true, readOn: READ_IN_RECHECK });
    expect(vodafone.sources[etf.sources[0]].url).toContain('How-s-my-early-termination-fee-calculated');
    expect(EN['vodafoneUk.etfFormula']).toMatch(/24 February 2021.*VAT is not deducted/);
    expect(EN['vodafoneUk.etfFormula']).toMatch(/daily rate.*2%/);
    for (const s of allSentences(vodafone)) expect(s.text, `${s.lang} ${s.key}`).not.toMatch(/98 ?%/);
  });
  it('no longer says there is no cancel button', () => {
    for (const s of allSentences(vodafone)) expect(s.text, `${s.lang} ${s.key}`).not.toMatch(/no cancel button|нет кнопки|没有取消按钮|no hay botón/i);
  });
  it('rests the Direct Debit rule on the official ETF page, high', () => {
    for (const id of ['keep-direct-debit', 'direct-debit-after-final-bill']) {
      const r = rule(vodafone, id);
      expect(r.confidence).toBe('high');
      expect(r.sources).toContain('etfDirectDebit');
    }
    expect(vodafone.sources.etfDirectDebit).toMatchObject({ official: true, readOn: READ_IN_RECHECK });
    expect(EN['vodafoneUk.keepDirectDebit']).toMatch(/until it has taken payment for your final bill/);
  });
});

describe('§1 EE: notice-period charges after a switch are banned (Ofcom, 1 July 2019)', () => {
  const ee = carrier('ee');
  it('no longer says a PAC does not shorten the notice', () => {
    for (const s of allSentences(ee)) expect(s.text, `${s.lang} ${s.key}`).not.toMatch(/does not shorten|also when you switch with a PAC/);
    expect(EN['ee.pacNotice']).toMatch(/1 July 2019.*banned charges for a notice period that runs after the switch date/);
    expect(rule(ee, 'pac-notice').sources).toEqual(['ofcomTextToSwitch']);
  });
  it('names the Remaining Contract Charge (minus 4%) from EE’s current page, and lowers the old 30-day page to medium', () => {
    expect(ee.sources.remainingContractCharge).toMatchObject({
      url: 'https://ee.co.uk/help/profile/leaving-ee/early-termination-charges-explained',
      official: true,
      readOn: READ_IN_RECHECK,
    });
    expect(EN['ee.terminationCharge']).toMatch(/Remaining Contract Charge.*4%/);
    expect(factFor(ee.facts.noticePeriod, {})).toMatchObject({ days: 30, confidence: 'medium' });
  });
});

describe('§1 CMHK', () => {
  const cmhk = carrier('cmhk');
  it('gives (852) 12580 as the 24-hour hotline, and 2945 8888 only for lost/replace and after-sales', () => {
    const hotline = cmhk.channels.find((c) => c.id === 'hotline');
    expect(hotline?.url).toBe('tel:+85212580');
    expect(cmhk.sources[hotline!.sources[0]].url).toBe('https://eshop.hk.chinamobile.com/en/about_us/contact_us/index.html');
    expect(cmhk.channels.find((c) => c.id === 'after-sales')?.url).toBe('tel:+85229458888');
    expect(rule(cmhk, 'lost-sim').channel).toBe('after-sales');
    expect(rule(cmhk, 'ask-cmhk').channel).toBe('hotline');
  });
  it('does not present CMHK as CMLink', () => {
    expect(Object.values(carrierNames(cmhk)).join(' ')).not.toMatch(/CMLink|无忧行/);
    expect(EN['cmhk.verdict']).toMatch(/China Mobile International, a different company/);
  });
  it('drops the unsourced "30-day Day Pass" and "mainland number ends when the pass expires"', () => {
    expect(cmhk.rules.map((r) => r.id)).not.toContain('old-day-pass');
    for (const s of allSentences(cmhk)) expect(s.text, `${s.lang} ${s.key}`).not.toMatch(/Day Pass|30 天|30-дневн/);
  });
});

describe('§2 stated more firmly than the sources allow', () => {
  it('rates no operator "in person only" without an official source: MTS, MegaFon, Beeline and the Chinese operators are "unconfirmed"', () => {
    for (const id of ['mts', 'megafon', 'beeline', 'china-mobile', 'china-telecom', 'china-unicom']) expect(carrier(id).difficulty, id).toBe('unconfirmed');
    // T2 keeps it: its own page (read 2026-11-30) says termination is done in its stores.
    expect(carrier('t2').difficulty).toBe('in-person-only');
    expect(carrier('t2').sources.termination).toMatchObject({ official: true, readOn: READ_IN_RECHECK });
  });
  it('confirms that 异地销户 exists (MIIT reply) while its 7–15 working days stay single-source', () => {
    for (const id of ['china-mobile', 'china-telecom', 'china-unicom']) {
      const c = carrier(id);
      const r = rule(c, 'china-out-of-province');
      expect(c.sources[r.sources[0]]).toMatchObject({
        url: 'http://www.honghu.gov.cn/gzhd/hygq/202201/t20220104_681818.shtml',
        official: true,
        readOn: READ_IN_RECHECK,
      });
      expect(c.rules.map((x) => x.id)).not.toContain('out-of-province');
    }
    expect(carrier('china-mobile').facts.processingTime).toMatchObject({ confidence: 'low' });
    expect(EN['china.outOfProvince']).toMatch(/exists.*7–15 working days/);
  });
  it('makes the MTS processing time a gap and drops the USSD code', () => {
    const mts = carrier('mts');
    expect(mts.facts.processingTime).toEqual({ gap: true });
    for (const s of allSentences(mts)) expect(s.text, `${s.lang} ${s.key}`).not.toMatch(/\*152\*2#|10 working days|10 рабочих/);
  });
  it('gives mts.ru no read date (nobody read it), while linking it as the official channel', () => {
    const mts = carrier('mts');
    expect(mts.sources.officialSite).toEqual({ url: 'https://mts.ru/', official: true });
    expect(mts.channels.find((c) => c.id === 'website')?.url).toBe('https://mts.ru/');
    for (const c of ['mts', 't2', 'megafon']) {
      for (const [key, s] of Object.entries(carrier(c).sources)) if (/gosuslugi\.ru/.test(s.url)) expect(s.readOn, `${c} ${key}`).toBeUndefined();
    }
  });
  it('lowers russia.noDebt to medium, hedges smsBlock and quotes impliedTermination as "aimed at"', () => {
    const t2 = carrier('t2');
    expect(rule(t2, 'russia-no-debt').confidence).toBe('medium');
    expect(EN['russia.smsBlock']).toMatch(/^One third-party page says.*Not confirmed/);
    expect(EN['russia.impliedTermination']).toMatch(/implied action aimed at ending the contract/);
    expect(EN['russia.impliedTermination']).not.toMatch(/counts as ending/);
  });
  it('T2: mentions Gosuslugi, drops "cash is not offered", marks the representative’s ID as our inference and mentions the memo', () => {
    expect(EN['t2.verdictInStore']).toMatch(/Gosuslugi/);
    expect(EN['t2.verdictInStore']).not.toMatch(/There is no online way/);
    for (const s of allSentences(carrier('t2')))
      expect(s.text, `${s.lang} ${s.key}`).not.toMatch(/Cash is not offered|Наличные не выдаются|No se ofrece efectivo|不提供现金/);
    expect(EN['t2.representativeVisit']).toMatch(/our inference/);
    expect(EN['t2.verdictProxy']).toMatch(/memo on drafting the power of attorney/);
  });
  it('MegaFon: drops "pay it in the office just before" and "you write an application in the office"', () => {
    for (const s of allSentences(carrier('megafon'))) expect(s.text, `${s.lang} ${s.key}`).not.toMatch(/office just before|write an application/);
  });
  it('Yota: hedges "an unused number is blocked and lost"', () => {
    expect(EN['yota.verdictAbroad']).toMatch(/third-party news site.*not confirmed by Yota/);
    expect(EN['yota.activityRule']).toMatch(/Not confirmed by Yota/);
  });
  it('Deutsche Telekom: the button’s label may differ ("or equally unambiguous wording")', () => {
    expect(EN['deutscheTelekom.verdictOnline']).toMatch(/Verträge hier kündigen” \(or with equally unambiguous wording/);
    expect(EN['deutscheTelekom.useButton']).toMatch(/or wording just as unambiguous/);
  });
  it('Ubigi: 14 business days counted as working days, and the French "peut être envisagé" for locked phones', () => {
    const ubigi = carrier('ubigi');
    expect(ubigi.facts.refundWindow).toMatchObject({ days: 14, unit: 'working-days' });
    expect(rule(ubigi, 'locked-phone').sources).toEqual(['refundFr']);
    expect(EN['ubigi.lockedPhone']).toContain('peut être envisagé');
    expect(EN['ubigi.notScanned']).not.toMatch(/does not qualify/);
  });
  it('Airalo: the 14-day window is medium (partner-branded copy); the help pages’ three points are shown', () => {
    const airalo = carrier('airalo');
    expect(airalo.facts.refundWindow).toMatchObject({ days: 14, confidence: 'medium' });
    expect(airalo.sources.refundPolicy.url).toBe('https://px-ep-airgsm.px-prod.airalo.com/en_US/page/refund-policy');
    expect(airalo.confidence).toBe('medium');
    expect(EN['airalo.withdrawalWindow']).toMatch(/once you start using the eSIM/);
    expect(EN['airalo.requestRefund']).toMatch(/Airmoney/);
    expect(EN[rule(airalo, 'renewals-after-expiry').text]).toMatch(/cannot be turned on once a package’s data or validity has run out/);
  });
});

describe('§2 provenance dates', () => {
  it('dates pages read in the re-check 2026-11-30 and pages read only in the first research 2026-11-25', () => {
    expect(carrier('holafly').sources.cancelPlans.readOn).toBe(READ_IN_RECHECK);
    expect(carrier('holafly').sources.oldRefundPolicy.readOn).toBe(READ_IN_FIRST_RESEARCH);
    expect(READ_IN_FIRST_RESEARCH).toBe('2026-11-25');
    expect(READ_IN_RECHECK).toBe('2026-11-30');
  });
});
