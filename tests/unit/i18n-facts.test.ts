import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts, menuLabels, normalizeNumber } from '@/lib/i18n/facts';
import { catalogueOptions, checkLocales } from '@/scripts/i18n-check.mjs';

/** The shipped glossary: the hedging lists and accepted renderings the real check uses. */
const glossary = JSON.parse(readFileSync('locales/glossary.json', 'utf8'));
const catalogue = await catalogueOptions();

/** Runs the check on one carriers.json key, en against one translation; returns the error lines. */
function check(key: string, english: string, lang: string, translation: string, { lowConfidence = false } = {}): string[] {
  const root = mkdtempSync(join(tmpdir(), 'locales-'));
  const [group, name] = key.split('.');
  for (const [l, text] of [
    ['en', english],
    [lang, translation],
  ]) {
    mkdirSync(join(root, l));
    writeFileSync(join(root, l, 'carriers.json'), JSON.stringify({ [group]: { [name]: text } }, null, 2));
  }
  return checkLocales(root, { glossary, names: catalogue.names, lowConfidence: lowConfidence ? [`carriers:${key}`] : [] }).errors;
}

describe('the cross-language check fails on each mistake that slipped through before (issue 16)', () => {
  const planted: [what: string, key: string, en: string, lang: string, wrong: string, error: RegExp, opts?: { lowConfidence: boolean }][] = [
    [
      '14 → 41 days',
      'holafly.x',
      'Ask within 14 days of purchase.',
      'ru',
      'Обратитесь в течение 41 дня после покупки.',
      /:3:5 key holafly\.x: number 14 in en, 41 here$/,
    ],
    [
      '30 days → 30 working days (the 30日 → 30営業日 kind)',
      'ubigi.x',
      'The refund comes within 30 days.',
      'zh-CN',
      '退款在 30个工作日内到账。',
      /key ubigi\.x: unit of time days in en, working days here$/,
    ],
    ['120 → 12', 'common.x', 'within about 120 days of the charge', 'es', 'dentro de unos 12 días desde el cargo', /key common\.x: number 120 in en, 12 here$/],
    [
      '10% → 100%',
      'airalo.x',
      'A renewal is bought when 10% of the data is left.',
      'es',
      'Se compra una renovación cuando queda el 100 % de los datos.',
      /key airalo\.x: percentage 10% in en, 100% here$/,
    ],
    [
      'a changed email',
      'holafly.x',
      'Write to help@holafly.com.',
      'ru',
      'Напишите на support@holafly.com.',
      /key holafly\.x: email help@holafly\.com in en, support@holafly\.com here$/,
    ],
    [
      'a changed phone number',
      'cmhk.x',
      'Call 2945 8888 (+852 2945 8888).',
      'zh-CN',
      '请致电 2945 8888（+852 2945 8899）。',
      /key cmhk\.x: phone number \+85229458888 in en, \+85229458899 here$/,
    ],
    [
      'a transliterated carrier name',
      'airalo.x',
      'Open the Airalo app.',
      'ru',
      'Откройте приложение Аирало.',
      /key airalo\.x: name “Airalo” in en, missing here/,
    ],
    [
      'hedging removed',
      't2.x',
      'A third-party guide says up to 60 days.',
      'ru',
      'Возврат занимает до 60 дней.',
      /key t2\.x: hedging \(source\) “third-party” in en, none here/,
      { lowConfidence: true },
    ],
    [
      'a translated «расторгнуть договор»',
      't2.x',
      'Ask to end the contract (“расторгнуть договор”).',
      'es',
      'Pida terminar el contrato (“rescindir el contrato”).',
      /key t2\.x: carrier-language text «расторгнуть договор» in en, changed or missing here/,
    ],
    [
      'a translated menu path',
      'airalo.x',
      'Turn off auto top-up: My eSIMs → Details → Renewals → off.',
      'es',
      'Desactive la recarga: Mis eSIM → Detalles → Renovaciones → desactivar.',
      /key airalo\.x: menu label “My eSIMs” in en, changed or missing here/,
    ],
    [
      'a broken tag {{carrier}',
      'common.x',
      'Cancel with {{carrier}}.',
      'ru',
      'Отмените у {{carrier}.',
      /key common\.x: broken interpolation tag “\{\{carrier\}”/,
    ],
    [
      'a misspelt tag {{carier}}',
      'common.x',
      'Cancel with {{carrier}}.',
      'ru',
      'Отмените у {{carier}}.',
      /key common\.x: uses \{\{carier\}\} but en uses \{\{carrier\}\}$/,
    ],
    [
      'a changed URL',
      'common.x',
      'See https://www.gosuslugi.ru/ for this.',
      'es',
      'Vea https://www.gosuslugi.com/ para esto.',
      /key common\.x: URL https:\/\/www\.gosuslugi\.ru\/ in en, https:\/\/www\.gosuslugi\.com\/ here$/,
    ],
    [
      'a changed USSD code',
      'mts.x',
      'Dial *152*2# to list them.',
      'ru',
      'Наберите *152*3#, чтобы увидеть их.',
      /key mts\.x: USSD code \*152\*2# in en, \*152\*3# here$/,
    ],
    [
      'a changed date',
      'russia.x',
      'Since 10 November 2025, SIMs are blocked.',
      'es',
      'Desde el 11 de noviembre de 2025, las SIM se bloquean.',
      /key russia\.x: date 2025-11-10 in en, 2025-11-11 here$/,
    ],
    [
      'months → days',
      'holafly.x',
      'No more than 6 months since purchase.',
      'ru',
      'Не более 6 дней с момента покупки.',
      /key holafly\.x: unit of time months in en, days here$/,
    ],
    [
      '30日 → 30営業日 in Japanese',
      'ubigi.x',
      'The refund comes within 30 days.',
      'ja',
      '返金は30営業日以内に行われます。',
      /key ubigi\.x: unit of time days in en, working days here$/,
    ],
    [
      '6 months → 6 days in Japanese',
      'holafly.x',
      'No more than 6 months since purchase.',
      'ja',
      '購入から6日以内です。',
      /key holafly\.x: unit of time months in en, days here$/,
    ],
    [
      'days → working days in German (Tage → Werktage)',
      'holafly.x',
      'Ask within 14 days of purchase.',
      'de',
      'Fragen Sie innerhalb von 14 Werktagen nach dem Kauf.',
      /key holafly\.x: unit of time days in en, working days here$/,
    ],
    [
      'months → days in German',
      'holafly.x',
      'No more than 6 months since purchase.',
      'de',
      'Höchstens 6 Tage seit dem Kauf.',
      /key holafly\.x: unit of time months in en, days here$/,
    ],
    [
      'hedging removed in German',
      't2.x',
      'A third-party guide says up to 60 days.',
      'de',
      'Die Erstattung dauert 60 Tage.',
      /key t2\.x: hedging \(source\) “third-party” in en, none here/,
      { lowConfidence: true },
    ],
    [
      'days → working days in Portuguese',
      'ubigi.x',
      'The refund comes within 30 days.',
      'pt-BR',
      'O reembolso chega em até 30 dias úteis.',
      /key ubigi\.x: unit of time days in en, working days here$/,
    ],
    [
      'a changed date in Portuguese',
      'russia.x',
      'Since 10 November 2025, SIMs are blocked.',
      'pt-BR',
      'Desde 11 de novembro de 2025, os chips são bloqueados.',
      /key russia\.x: date 2025-11-10 in en, 2025-11-11 here$/,
    ],
    [
      'days → working days in French (jours → jours ouvrés)',
      'holafly.x',
      'Ask within 14 days of purchase.',
      'fr',
      'Demandez dans les 14 jours ouvrés suivant l’achat.',
      /key holafly\.x: unit of time days in en, working days here$/,
    ],
    [
      'months → years in French',
      'holafly.x',
      'No more than 6 months since purchase.',
      'fr',
      'Pas plus de 6 ans après l’achat.',
      /key holafly\.x: unit of time months in en, years here$/,
    ],
    [
      'a changed 1st of the month in French (1er juillet → 2 juillet)',
      'ee.x',
      'Since 1 July 2019, Ofcom bans the fee.',
      'fr',
      'Depuis le 2 juillet 2019, l’Ofcom interdit ces frais.',
      /key ee\.x: date 2019-07-01 in en, 2019-07-02 here$/,
    ],
    [
      'a changed article number in French (11a → 12 bis)',
      'common.x',
      'Under Article 11a of Directive 2011/83/EU.',
      'fr',
      'En vertu de l’article 12 bis de la directive 2011/83/UE.',
      /key common\.x: article 11a in en, 12a here$/,
    ],
    [
      'days → working days in Arabic (يومًا → أيام عمل)',
      'holafly.x',
      'Ask within 14 days of purchase.',
      'ar',
      'اطلب ذلك خلال 14 يوم عمل من الشراء.',
      /key holafly\.x: unit of time days in en, working days here$/,
    ],
    [
      'days → months in Arabic (plural أيام → أشهر)',
      'airalo.x',
      'It takes 7 days.',
      'ar',
      'يستغرق ذلك 7 أشهر.',
      /key airalo\.x: unit of time days in en, months here$/,
    ],
    [
      'hours → days in Arabic',
      'mts.x',
      'The SIM is blocked for 24 hours.',
      'ar',
      'تُحظر الشريحة لمدة 24 يومًا.',
      /key mts\.x: unit of time hours in en, days here$/,
    ],
    [
      'a changed month of a month-year date (October 2023 → November 2023)',
      'ee.x',
      'EE’s page, read in October 2023.',
      'fr',
      'La page d’EE, lue en novembre 2023.',
      /key ee\.x: date 2023-10 in en, 2023-11 here$/,
    ],
    [
      'a changed year of a month-year date in Chinese (2023年10月 → 2024年10月)',
      'ee.x',
      'EE’s page, read in October 2023.',
      'zh-CN',
      'EE 的页面，2024年10月读取。',
      /key ee\.x: date 2023-10 in en, 2024-10 here$/,
    ],
    [
      'a changed month of a month-year date in Russian (октябре → ноябре)',
      'ee.x',
      'EE’s page, read in October 2023.',
      'ru',
      'Страница EE, прочитанная в ноябре 2023 года.',
      /key ee\.x: date 2023-10 in en, 2023-11 here$/,
    ],
    [
      'a month-year date turned into a plain year',
      'ee.x',
      'EE’s page, read in October 2023.',
      'de',
      'Die Seite von EE, gelesen 2023.',
      /key ee\.x: date 2023-10 in en, missing here$/,
    ],
  ];
  it.each(planted)('%s', (_what, key, english, lang, wrong, error, opts) => {
    expect(check(key, english, lang, wrong, opts)).toEqual(expect.arrayContaining([expect.stringMatching(error)]));
  });

  it('passes the faithful translations of the same sentences', () => {
    expect(check('holafly.x', 'Ask within 14 days of purchase.', 'ru', 'Обратитесь в течение 14 дней после покупки.')).toEqual([]);
    expect(check('holafly.x', 'Ask within 14 days of purchase.', 'de', 'Fragen Sie innerhalb von 14 Tagen nach dem Kauf.')).toEqual([]);
    expect(check('airalo.x', 'A refund takes 7–10 working days, up to 30.', 'de', 'Eine Erstattung dauert 7 bis 10 Werktage, bis zu 30.')).toEqual([]);
    expect(
      check('t2.x', 'A third-party guide says up to 60 days.', 'de', 'Laut einem Ratgeber eines Drittanbieters bis zu 60 Tage.', { lowConfidence: true }),
    ).toEqual([]);
    expect(check('ubigi.x', 'The refund comes within 30 days.', 'zh-CN', '退款在 30天内到账。')).toEqual([]);
    expect(check('airalo.x', 'A refund takes 7–10 working days, up to 30.', 'es', 'Un reembolso tarda de 7 a 10 días hábiles, hasta 30.')).toEqual([]);
    expect(check('airalo.x', 'A renewal is bought when 10% of the data is left.', 'es', 'Se compra una renovación cuando queda el 10 % de los datos.')).toEqual(
      [],
    );
    expect(check('cmhk.x', 'Call 2945 8888 (+852 2945 8888).', 'zh-CN', '请致电 2945 8888（+852 2945 8888）。')).toEqual([]);
    expect(
      check('t2.x', 'A third-party guide says up to 60 days.', 'ru', 'В одном стороннем руководстве говорится, что до 60 дней.', { lowConfidence: true }),
    ).toEqual([]);
    expect(
      check('airalo.x', 'Turn off auto top-up: My eSIMs → Details → Renewals → off.', 'ru', 'Отключите автопополнение: My eSIMs → Details → Renewals → выкл.'),
    ).toEqual([]);
    expect(check('russia.x', 'Since 10 November 2025, SIMs are blocked.', 'zh-CN', '自 2025年11月10日起，SIM 卡被封停。')).toEqual([]);
    expect(check('holafly.x', 'US$3.50 and 1,000 ₽', 'es', '3,50 US$ y 1.000 ₽')).toEqual([]);
    expect(check('airalo.x', 'A refund takes 7–10 working days, up to 30.', 'pt-BR', 'Um reembolso leva de 7 a 10 dias úteis, até 30.')).toEqual([]);
    expect(check('ee.x', 'The switch is done within 1 working day.', 'pt-BR', 'A troca é feita em até 1 dia útil.')).toEqual([]);
    expect(
      check(
        'russia.x',
        'Since 1 September 2024, SIMs are blocked for 24 hours.',
        'pt-BR',
        'Desde 1º de setembro de 2024, os chips ficam bloqueados por 24 horas.',
      ),
    ).toEqual([]);
    expect(check('holafly.x', 'US$3.50 and 1,000 ₽, no more than 6 months', 'pt-BR', 'US$ 3,50 e 1.000 ₽, no máximo 6 meses')).toEqual([]);
    expect(check('holafly.x', 'Read more than 12 months ago.', 'zh-CN', '是 12 个多月前读的。')).toEqual([]);
    expect(
      check(
        'megafon.x',
        'An old third-party guide says so. Not confirmed by MegaFon.',
        'es',
        'Una guía antigua de terceros lo dice. MegaFon no lo ha confirmado.',
        { lowConfidence: true },
      ),
    ).toEqual([]);
    expect(check('ubigi.x', 'The refund comes within 30 days.', 'ja', '返金は30日以内に行われます。')).toEqual([]);
    expect(check('airalo.x', 'A refund takes 7–10 working days, up to 30.', 'ja', '返金には7〜10営業日、最大30かかります。')).toEqual([]);
    expect(check('holafly.x', 'No more than 6 months since purchase.', 'ja', '購入から6か月以内です。')).toEqual([]);
    // A glossary label ("SIMs" → "SIM ") stands for the whole English word only, not for the end of “My eSIMs”.
    expect(
      check('airalo.x', 'In the app: My eSIMs → Details, or Settings → SIMs → off.', 'ja', 'アプリで：My eSIMs → Details、または設定 → SIM → オフ。'),
    ).toEqual([]);
  });

  it('passes French ordinals, article numbers and month-year dates, and Arabic units in all their forms', () => {
    expect(check('ee.x', 'Since 1 July 2019, Ofcom bans the fee.', 'fr', 'Depuis le 1er juillet 2019, l’Ofcom interdit ces frais.')).toEqual([]);
    expect(check('ee.x', 'On the 1st floor.', 'fr', 'Au 1er étage.')).toEqual([]);
    expect(check('common.x', 'Under Article 11a of Directive 2011/83/EU.', 'fr', 'En vertu de l’article 11 bis de la directive 2011/83/UE.')).toEqual([]);
    expect(check('common.x', 'Under Article 11a of Directive 2011/83/EU.', 'de', 'Nach Artikel 11a der Richtlinie 2011/83/EU.')).toEqual([]);
    expect(check('holafly.x', 'Ask within 14 days of purchase.', 'fr', 'Demandez dans les 14 jours suivant l’achat.')).toEqual([]);
    expect(check('airalo.x', 'A refund takes 7–10 working days, up to 30.', 'fr', 'Un remboursement prend de 7 à 10 jours ouvrés, jusqu’à 30.')).toEqual([]);
    expect(check('ee.x', 'EE’s page, read in October 2023.', 'fr', 'La page d’EE, lue en octobre 2023.')).toEqual([]);
    expect(check('ee.x', 'EE’s page, read in October 2023.', 'zh-CN', 'EE 的页面，2023年10月读取。')).toEqual([]);
    expect(check('ee.x', 'EE’s page, read in October 2023.', 'ja', '2023年10月に読んだ EE のページ。')).toEqual([]);
    expect(check('ee.x', 'EE’s page, read in October 2023.', 'ko', '2023년 10월에 읽은 EE 페이지.')).toEqual([]);
    expect(check('ee.x', 'EE’s page, read in October 2023.', 'ru', 'Страница EE, прочитанная в октябре 2023 года.')).toEqual([]);
    expect(check('ee.x', 'EE’s page (October 2023).', 'ru', 'Страница EE (октябрь 2023).')).toEqual([]);
    expect(check('ee.x', 'EE’s page, read in October 2023.', 'es', 'La página de EE, leída en octubre de 2023.')).toEqual([]);
    expect(check('ee.x', 'EE’s page, read in October 2023.', 'de', 'Die Seite von EE, gelesen im Oktober 2023.')).toEqual([]);
    expect(check('holafly.x', 'Ask within 14 days of purchase.', 'ar', 'اطلب ذلك خلال 14 يومًا من الشراء.')).toEqual([]);
    expect(check('airalo.x', 'It takes 7 days, or 10 working days, or 6 months.', 'ar', 'يستغرق ذلك 7 أيام، أو 10 أيام عمل، أو 6 أشهر.')).toEqual([]);
    expect(check('mts.x', 'The SIM is blocked for 24 hours.', 'ar', 'تُحظر الشريحة لمدة 24 ساعة.')).toEqual([]);
    // The Arabic file writes 0–9; Arabic-Indic digits read the same, and a wrong one is still caught.
    expect(check('holafly.x', 'Ask within 14 days of purchase.', 'ar', 'اطلب ذلك خلال ١٤ يومًا من الشراء.')).toEqual([]);
    expect(check('holafly.x', 'Ask within 14 days of purchase.', 'ar', 'اطلب ذلك خلال ٤١ يومًا من الشراء.')).toEqual([
      expect.stringMatching(/number 14 in en, 41 here$/),
    ]);
    expect(check('russia.x', 'Since 1 September 2024, SIMs are blocked.', 'ar', 'منذ 1 سبتمبر 2024، تُحظر الشرائح.')).toEqual([]);
    expect(check('giffgaff.x', 'Cancel within the first 14 days.', 'fr', 'Résiliez dans les 14 premiers jours.')).toEqual([]);
    // Arabic may write the unit before the number: "الأيام الـ 30 التالية", "خلال ساعة واحدة (1)", "يوم عمل واحد (1)".
    expect(check('simo.x', 'The fee pays for the next 30 days.', 'ar', 'تغطي الرسوم الأيام الـ 30 التالية.')).toEqual([]);
    expect(check('yesim.x', 'Report it within 1 hour, or 1 working day.', 'ar', 'أبلغ عنه خلال ساعة واحدة (1)، أو يوم عمل واحد (1).')).toEqual([]);
    expect(check('simo.x', 'The fee pays for the next 30 days.', 'ar', 'تغطي الرسوم الأشهر الـ 30 التالية.')).toEqual([
      expect.stringMatching(/unit of time days in en, months here$/),
    ]);
    expect(check('giffgaff.x', 'Cancel within the first 14 days.', 'fr', 'Résiliez dans les 14 premiers jours ouvrés.')).toEqual([
      expect.stringMatching(/unit of time days in en, working days here$/),
    ]);
  });

  it('matches a glossary rendering as a whole word, longest first, never inside another word or a longer label', () => {
    // German "Info" (iOS's About) is not inside "Informationen": the English label "About" is then missing.
    expect(check('common.x', 'iPhone: Settings → General → About.', 'de', 'iPhone: Einstellungen → Allgemein → Informationen.')).toEqual([
      expect.stringMatching(/menu label “About” in en, changed or missing here/),
    ]);
    expect(check('common.x', 'iPhone: Settings → General → About.', 'de', 'iPhone: Einstellungen → Allgemein → Info.')).toEqual([]);
    // Japanese has no spaces: "情報" (About) inside "端末情報" (About phone, another label) does not count.
    expect(check('common.x', 'iPhone: Settings → General → About.', 'ja', 'iPhone：設定 → 一般 → 端末情報。')).toEqual([
      expect.stringMatching(/menu label “About” in en, changed or missing here/),
    ]);
    expect(check('common.x', 'iPhone: Settings → General → About.', 'ja', 'iPhone：設定 → 一般 → 情報。')).toEqual([]);
    // Korean glues particles after a word, never before it.
    expect(check('common.x', 'iPhone: Settings → General.', 'ko', 'iPhone: 설정에서 → 일반을 여세요.')).toEqual([]);
    expect(check('common.x', 'iPhone: Settings → General.', 'ko', 'iPhone: 재설정에서 → 일반을 여세요.')).toEqual([
      expect.stringMatching(/menu label “Settings” in en, changed or missing here/),
    ]);
  });

  it('accepts a carrier’s name in the language’s own form, declined (МегаФон → МегаФона), but not the country a name adds', () => {
    expect(check('megafon.x', 'Ask MegaFon first.', 'ru', 'Сначала спросите МегаФона.')).toEqual([]);
    expect(check('mts.x', 'Ask MTS first.', 'zh-CN', '请先询问俄罗斯运营商。')).toEqual([expect.stringMatching(/name “MTS” in en, missing here/)]);
  });

  it('accepts a rendering the language’s glossary gives (the phone’s own settings are shown in its language)', () => {
    expect(check('common.x', 'iPhone: Settings → Mobile Data or Cellular → the eSIM.', 'ru', 'iPhone: Настройки → Сотовая связь → эта eSIM.')).toEqual([]);
  });

  it('leaves hedging alone on keys that are not low-confidence', () => {
    expect(check('t2.x', 'A third-party guide says up to 60 days.', 'ru', 'Возврат занимает до 60 дней.')).toEqual([]);
  });
});

describe('reading the facts of a sentence', () => {
  it('reads numbers with each language’s separators', () => {
    expect(normalizeNumber('1,000', 'en')).toBe('1000');
    expect(normalizeNumber('1 000', 'ru')).toBe('1000');
    expect(normalizeNumber('1.000', 'es')).toBe('1000');
    expect(normalizeNumber('3,50', 'es')).toBe('3.5');
    expect(normalizeNumber('3.50', 'en')).toBe('3.5');
  });

  it('keeps calendar years and dates apart from durations', () => {
    expect(extractFacts('2019年的新闻，2024年9月1日起 90天', 'zh-CN')).toMatchObject({
      numbers: ['2019', '90'],
      dates: ['2024-09-01'],
      units: [{ number: '90', unit: 'days' }],
    });
    expect(extractFacts('с 1 сентября 2024 года, не менее 90 дней', 'ru')).toMatchObject({
      numbers: ['90'],
      dates: ['2024-09-01'],
      units: [{ number: '90', unit: 'days' }],
    });
    expect(extractFacts('2019年的新闻，2024年9月1日起 90天', 'zh-CN')).toMatchObject({
      numbers: ['2019', '90'],
      dates: ['2024-09-01'],
      units: [{ number: '90', unit: 'days' }],
    });
    expect(extractFacts('2019년 뉴스, 2024년 9월 1일부터 90일', 'ko')).toMatchObject({
      numbers: ['2019', '90'],
      dates: ['2024-09-01'],
      units: [{ number: '90', unit: 'days' }],
    });
    expect(extractFacts('7~10영업일, 최대 30일, 12개월', 'ko')).toMatchObject({
      units: [
        { number: '7', unit: 'working days' },
        { number: '10', unit: 'working days' },
        { number: '30', unit: 'days' },
        { number: '12', unit: 'months' },
      ],
    });
    expect(extractFacts('с 1 сентября 2024 года, не менее 90 дней', 'ru')).toMatchObject({
      numbers: ['90'],
      dates: ['2024-09-01'],
      units: [{ number: '90', unit: 'days' }],
    });
  });

  it('takes the in-app labels of a menu path, not the words describing it', () => {
    expect(menuLabels('Request the refund: My eSIMs → your package → Package History → Request Refund. Or (also under Profile → Orders).')).toEqual([
      'My eSIMs',
      'Package History',
      'Request Refund',
      'Profile',
      'Orders',
    ]);
    expect(menuLabels('Turn it off under My eSIMs → Details → Renewals → off.')).toEqual(['My eSIMs', 'Details', 'Renewals']);
  });
});
