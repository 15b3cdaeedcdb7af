/**
 * The facts a sentence states, pulled out so a translation can be compared with English key by key:
 * numbers, percentages, dates, units of time, email addresses, phone numbers, URLs, USSD codes, protected names,
 * text in the carrier's own language, in-app menu paths and hedging. Used by `npm run i18n:check`.
 * Hand-written: no library compares facts across languages; the parts that are data (month names, number
 * separators) come from the platform's CLDR (Intl), the word lists from locales/glossary.json.
 */

export type TimeUnit = 'days' | 'working days' | 'weeks' | 'months' | 'years' | 'hours' | 'minutes';

export interface Facts {
  emails: string[];
  /** "11a" (en), "11 bis" (fr, es): an article inserted after another, as "11a". */
  articles: string[];
  /** "50 GB": amounts of data. */
  data: string[];
  urls: string[];
  phones: string[];
  ussd: string[];
  dates: string[];
  percents: string[];
  numbers: string[];
  /** Units of time written right after a number (or a range "7–10"), with that number. */
  units: { number: string; unit: TimeUnit }[];
  /** The number of "→" in the text: the steps of its menu paths. */
  arrows: number;
}

/** Per language: the glossary (protected English item → accepted renderings) and hedging words by kind. */
export interface LanguageGlossary {
  terms?: Record<string, string | string[]>;
  hedges?: Record<string, string[]>;
}
export type Glossary = Record<string, LanguageGlossary>;

const LATIN_OR_CYRILLIC = 'A-Za-z\\u00C0-\\u024F\\u0400-\\u04FF';
/** Letters of scripts that separate words with spaces (Latin, Greek, Cyrillic, Arabic, Hangul) and digits. */
const SPACED = '\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{Script=Arabic}\\p{Script=Hangul}\\d';

/**
 * Arabic units of time. After a number the noun is singular (accusative يومًا after 11–99, with or without its
 * tanwin), plural after 3–10 (أيام، أسابيع، أشهر/شهور، سنوات، ساعات، دقائق) or dual (يومين); "عمل" after it makes
 * working days. Arabic may also put the unit first: "الأيام الـ 30 التالية", "ساعة واحدة (1)" (UNIT_BEFORE).
 */
const AR_MARKS = '[\\u064B-\\u0652ا]*(?!\\p{L})';
const AR_UNITS: [TimeUnit, string][] = [
  ['working days', `(?:ال)?(?:يوم|أيام|يومين|يومي)[\\u064B-\\u0652ا]*\\s+(?:عمل|العمل)(?!\\p{L})`],
  ['days', `(?:ال)?(?:يوم|أيام|يومين)${AR_MARKS}`],
  ['weeks', `(?:ال)?(?:أسبوع|أسابيع|أسبوعين)${AR_MARKS}`],
  ['months', `(?:ال)?(?:شهر|أشهر|شهور|شهرين)${AR_MARKS}`],
  ['years', `(?:ال)?(?:سنة|سنوات|سنتين|عام|أعوام|عامين)${AR_MARKS}`],
  ['hours', `(?:ال)?(?:ساعة|ساعات|ساعتين)${AR_MARKS}`],
  ['minutes', `(?:ال)?(?:دقيقة|دقائق|دقيقتين)${AR_MARKS}`],
];

/** Languages that may write the unit before its number, and how: the text just before the number must end so. */
const UNIT_BEFORE: Record<string, [TimeUnit, RegExp][]> = {
  ar: AR_UNITS.map(([unit, words]) => [unit, new RegExp(`${words}(?:\\s+واحد[ةًا]*)?\\s*(?:\\(|الـ\\s*)$`, 'u')]),
};

/** Words for units of time after a number, per language (the base language of a tag: "zh-CN" → "zh"). */
const UNIT_PATTERNS: Record<string, [TimeUnit, RegExp][]> = {
  en: [
    ['working days', /^(?:working|business)[ -]days?\b/],
    ['days', /^(?:calendar[ -])?days?\b/],
    ['weeks', /^weeks?\b/],
    ['months', /^months?\b/],
    ['years', /^years?\b/],
    ['hours', /^hours?\b/],
    ['minutes', /^minutes?\b/],
  ],
  ru: [
    ['working days', /^рабоч\p{L}*\s+(?:дн\p{L}*|день)/u],
    ['days', /^(?:календарн\p{L}*\s+)?(?:дн(?:я|ей|ю|ям|ями|ях|и)(?!\p{L})|день|дневн\p{L}*|сут\p{L}*)/u],
    ['weeks', /^недел\p{L}*/u],
    ['months', /^месяц\p{L}*/u],
    ['years', /^(?:год(?:а|у|ом)?|лет)(?!\p{L})/u],
    ['hours', /^час(?:а|ов)?(?!\p{L})/u],
    ['minutes', /^минут\p{L}*/u],
  ],
  zh: [
    ['working days', /^个?工作日/],
    ['days', /^(?:个)?(?:自然日|天|日)/],
    ['weeks', /^(?:个)?(?:星期|周)/],
    ['months', /^(?:个多?|多个)月/],
    ['years', /^年/],
    ['hours', /^(?:个)?小时/],
    ['minutes', /^分钟/],
  ],
  // Japanese counters: 営業日 before 日; 日 but not 日本; か月/ヶ月/カ月 for months; 時間 (a duration), not 時 (a time of day).
  ja: [
    ['working days', /^(?:営業日|稼働日)/],
    ['days', /^(?:暦日|日(?!本))/],
    ['weeks', /^週/],
    ['months', /^(?:か|ヶ|ケ|カ|ヵ|箇)月/],
    ['years', /^年(?!代)/],
    ['hours', /^時間/],
    ['minutes', /^分/],
  ],
  es: [
    ['working days', /^días?\s+(?:hábil(?:es)?|laborables?)(?!\p{L})/u],
    ['days', /^días?(?:\s+(?:naturales|corridos|calendario))?(?!\p{L})/u],
    ['weeks', /^semanas?(?!\p{L})/u],
    ['months', /^mes(?:es)?(?!\p{L})/u],
    ['years', /^años?(?!\p{L})/u],
    ['hours', /^horas?(?!\p{L})/u],
    ['minutes', /^minutos?(?!\p{L})/u],
  ],
  // German nouns are capitalised ("14 Tage", "5 Werktagen"); "30-tägig" and "6-monatig" are adjectives of a duration.
  de: [
    ['working days', /^(?:Werk|Arbeits|Geschäfts)tag(?:e|en|es)?(?!\p{L})|^(?:werk|arbeits)tägig/iu],
    ['days', /^(?:Kalender)?tag(?:e|en|es)?(?!\p{L})|^tägig/iu],
    ['weeks', /^woche(?:n)?(?!\p{L})|^wöchig/iu],
    ['months', /^monat(?:e|en|s)?(?!\p{L})|^monatig/iu],
    ['years', /^jahr(?:e|en|es)?(?!\p{L})|^jährig/iu],
    ['hours', /^(?:stunde(?:n)?|std\.)(?!\p{L})|^stündig/iu],
    ['minutes', /^minute(?:n)?(?!\p{L})/iu],
  ],
  // Korean writes the unit right after the number, with particles glued on ("30일 이내", "14일부터", "7~10영업일").
  ko: [
    ['working days', /^(?:영업일|근무일)/],
    ['days', /^(?:역일|일)/],
    ['weeks', /^주/],
    ['months', /^(?:개월|달)/],
    ['years', /^년/],
    ['hours', /^시간/],
    ['minutes', /^분/],
  ],
  // French: "jours ouvrés/ouvrables" are working days, "jours calendaires/francs" calendar days; "ans" and "années" both years.
  fr: [
    ['working days', /^jours?\s+(?:ouvrés?|ouvrables?)(?!\p{L})/u],
    ['days', /^jours?(?:\s+(?:calendaires?|francs?|pleins?))?(?!\p{L})/u],
    ['weeks', /^semaines?(?!\p{L})/u],
    ['months', /^mois(?!\p{L})/u],
    ['years', /^(?:ans?|années?)(?!\p{L})/u],
    ['hours', /^heures?(?!\p{L})/u],
    ['minutes', /^minutes?(?!\p{L})/u],
  ],
  ar: AR_UNITS.map(([unit, words]) => [unit, new RegExp(`^${words}`, 'u')]),
  // Portuguese: "dias úteis" before "dias"; "dias corridos" are calendar days.
  pt: [
    ['working days', /^dias?\s+(?:útil|úteis)(?!\p{L})/u],
    ['days', /^dias?(?:\s+(?:corridos|consecutivos))?(?!\p{L})/u],
    ['weeks', /^semanas?(?!\p{L})/u],
    ['months', /^m[eê]s(?:es)?(?!\p{L})/u],
    ['years', /^anos?(?!\p{L})/u],
    ['hours', /^horas?(?!\p{L})/u],
    ['minutes', /^minutos?(?!\p{L})/u],
  ],
};

const base = (lang: string) => lang.split('-')[0];

/** Remembers what `make` builds for a key: the check calls these thousands of times with a handful of keys. */
function memo<T>(make: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, make(key));
    return cache.get(key) as T;
  };
}

/** The language's decimal separator, from CLDR. */
const decimalSeparator = memo((lang) => new Intl.NumberFormat(lang).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.');

/** "1,000" (en), "1 000" (ru), "1.000" (es), "3,50" (es) → "1000", "1000", "1000", "3.5". */
export function normalizeNumber(raw: string, lang: string): string {
  const decimal = decimalSeparator(lang);
  const parts = raw.split(/([.,\u00A0\u202F ])/);
  let digits = parts[0];
  let fraction = '';
  for (let i = 1; i < parts.length; i += 2) {
    const sep = parts[i];
    const next = parts[i + 1];
    const last = i === parts.length - 2;
    // A separator followed by exactly three digits groups thousands, unless it is this language's decimal mark at the end.
    if (next.length === 3 && !(last && sep === decimal)) digits += next;
    else fraction = next;
  }
  const value = fraction ? `${digits}.${fraction}` : digits;
  return value.includes('.') ? String(Number(value)) : String(BigInt(value));
}

/** Each month's names: with a day ("1 октября"), alone with a year ("октябрь 2023"), and Russian's "в октябре 2023". */
function monthNames(lang: string): string[][] {
  const name = (options: Intl.DateTimeFormatOptions, m: number) =>
    new Intl.DateTimeFormat(lang, { ...options, month: 'long', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2024, m, 1))).find((p) => p.type === 'month')
      ?.value ?? '';
  return Array.from({ length: 12 }, (_, m) => {
    const forms = [name({ day: 'numeric' }, m), name({ year: 'numeric' }, m)];
    if (base(lang) === 'ru') forms.push(forms[1].replace(/[ьй]?$/, 'е'));
    return [...new Set(forms.filter(Boolean))];
  });
}

/** Date patterns of a language, each giving year/month/day groups; months as names become numbers. */
const datePatterns = memo(datePatternsOf);
function datePatternsOf(lang: string): { regex: RegExp; toIso: (m: string[]) => string }[] {
  const b = base(lang);
  const pad = (n: string | number | undefined) => (n === undefined ? '??' : String(n).padStart(2, '0'));
  const iso = (y: string | undefined, mo: number, d: string | undefined) => `${y ?? '????'}-${pad(mo)}-${pad(d)}`;
  const out: { regex: RegExp; toIso: (m: string[]) => string }[] = [
    { regex: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g, toIso: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  ];
  // A month of a year ("October 2023", "2023年10月") is a date too: "2023-10".
  const monthOf = (y: string, mo: number) => `${y}-${pad(mo)}`;
  const cjk = b === 'zh' || b === 'ja' ? ['年', '月', '日'] : b === 'ko' ? ['년', '월', '일'] : null;
  if (cjk) {
    const [y, mo, d] = cjk;
    out.push({ regex: new RegExp(`(?:(\\d{4})\\s*${y}\\s*)?(\\d{1,2})\\s*${mo}\\s*(\\d{1,2})\\s*${d}`, 'g'), toIso: (m) => iso(m[1], Number(m[2]), m[3]) });
    out.push({ regex: new RegExp(`(\\d{4})\\s*${y}\\s*(\\d{1,2})\\s*${mo}`, 'g'), toIso: (m) => monthOf(m[1], Number(m[2])) });
    return out;
  }
  const names = monthNames(lang);
  const alternation = names
    .flat()
    .sort((x, y) => y.length - x.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  const month = (name: string) => names.findIndex((forms) => forms.some((n) => n.toLowerCase() === name.toLowerCase())) + 1;
  const of = b === 'es' || b === 'pt' ? '(?:de\\s+)?' : '';
  // "1 September 2024", "1 сентября 2024", "1 de septiembre de 2024", "1º de setembro de 2024", "1er juillet 2019" (year optional).
  out.push({
    regex: new RegExp(`(?<!\\d)(\\d{1,2})(?:\\.|-го|º|er|ᵉʳ)?\\s+${of}(${alternation})(?:\\s+${of}(\\d{4}))?(?!\\d)`, 'giu'),
    toIso: (m) => iso(m[3], month(m[2]), m[1]),
  });
  // "September 1, 2024".
  if (b === 'en') out.push({ regex: new RegExp(`(${alternation})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?(?!\\d)`, 'giu'), toIso: (m) => iso(m[3], month(m[1]), m[2]) });
  // "October 2023", "octobre 2023", "октябрь/октября/в октябре 2023", "octubre de 2023".
  out.push({
    regex: new RegExp(`(?<![\\p{L}\\d])(${alternation})\\s+${of}(\\d{4})(?!\\d)`, 'giu'),
    toIso: (m) => monthOf(m[2], month(m[1])),
  });
  return out;
}

/** Replaces each match with spaces (so later patterns skip it) and returns what matched. */
function take(text: { s: string }, regex: RegExp, map: (m: string[]) => string = (m) => m[0]): string[] {
  const found: string[] = [];
  text.s = text.s.replace(regex, (...args: unknown[]) => {
    // replace() passes (match, ...groups, offset, whole[, namedGroups]).
    const end = typeof args[args.length - 1] === 'object' ? args.length - 3 : args.length - 2;
    const m = args.slice(0, end) as string[];
    found.push(map(m));
    return ' '.repeat(m[0].length);
  });
  return found;
}

/** "+852 2945 8888", "2945 8888": an international number, or two groups of 3–4 and 4 digits. */
const PHONE = new RegExp(
  `(?<![\\d${LATIN_OR_CYRILLIC}])(?:\\+\\d{1,3}[ \\u00A0-]?\\d[\\d \\u00A0-]{5,}\\d|\\d{3,4}[ \\u00A0-]\\d{4})(?![\\d${LATIN_OR_CYRILLIC}])`,
  'g',
);
/** A number not glued to a Latin or Cyrillic letter ("T2", "4G" and "Tele2" are names), thousands grouped by spaces or not. */
const NUMBER = new RegExp(`(?<![\\d${LATIN_OR_CYRILLIC}])(?:\\d{1,3}(?:[\\u00A0\\u202F ]\\d{3})+(?!\\d)|\\d+(?:[.,]\\d+)*)(?![\\d${LATIN_OR_CYRILLIC}])`, 'g');

/** Pulls the checkable facts out of one sentence written in `lang`. */
export function extractFacts(input: string, lang: string): Facts {
  // Arabic-Indic digits (٠–٩, Persian ۰–۹) and separators (٫ decimal, ٬ thousands) read as the digits they are.
  const text = {
    s: input
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
      .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
      .replace(/(?<=\d)\u066B(?=\d)/g, '.')
      .replace(/(?<=\d)\u066C(?=\d)/g, ','),
  };
  // Interpolations and markup are checked elsewhere; their letters and digits are not facts.
  take(text, /\{\{[^}]*\}\}|<\/?[a-zA-Z][^>]*>/g);
  const urls = take(text, /\b(?:https?:\/\/|www\.)[^\s"“”«»<>()（）]+/g, (m) => m[0].replace(/[.,;:!?。，；：]+$/, ''));
  const emails = take(text, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (m) => m[0].replace(/\.$/, '').toLowerCase());
  const ussd = take(text, /[*#]\d[\d*#]*#/g);
  const phones = take(text, PHONE, (m) => m[0].replace(/[^\d+]/g, ''));
  const dates = datePatterns(lang).flatMap(({ regex, toIso }) => take(text, regex, toIso));
  // An inserted article: "11a" in English and German, "11 bis" / "11 ter" in French and Spanish, "11.º-A" in Portuguese
  // (German "7 bis 10" is a range).
  const articles = take(
    text,
    new RegExp(`(?<![\\d${LATIN_OR_CYRILLIC}])(\\d+)(?:([a-h])|(?:\\.º)?-([A-H])|[ \\u00A0](bis|ter|quater)(?!\\s*\\d))(?![\\d${LATIN_OR_CYRILLIC}])`, 'gu'),
    (m) => `${m[1]}${m[2] ?? m[3]?.toLowerCase() ?? { bis: 'a', ter: 'b', quater: 'c' }[m[4] as 'bis']}`,
  );
  const data = take(
    text,
    /(?<![\d.,])(\d+(?:[.,]\d+)?)[ \u00A0\u202F]?(GB|MB|TB|KB|ГБ|МБ|ТБ|Гб|Мб)(?![\p{L}])/gu,
    (m) => `${normalizeNumber(m[1], lang)} ${{ ГБ: 'GB', Гб: 'GB', МБ: 'MB', Мб: 'MB', ТБ: 'TB' }[m[2]] ?? m[2]}`,
  );
  const percents = take(text, /(?<![\d.,])(\d+(?:[.,]\d+)?)[ \u00A0\u202F]?%/g, (m) => `${normalizeNumber(m[1], lang)}%`);
  // English ordinals ("8th Circuit") are numbers too: other languages write them "8.º", "8-й", "第八".
  text.s = text.s.replace(/(\d)(st|nd|rd|th)\b/g, (_, d: string, suffix: string) => d + ' '.repeat(suffix.length));
  // French ordinals: "1er", "1re", "2e", "3ème" (in letters: "1ᵉʳ").
  if (base(lang) === 'fr') text.s = text.s.replace(/(\d)(er|re|e|ème|ᵉʳ|ᵉ)(?!\p{L})/gu, (_, d: string, suffix: string) => d + ' '.repeat(suffix.length));
  const numbers: string[] = [];
  const units: Facts['units'] = [];
  const unitPatterns = UNIT_PATTERNS[base(lang)] ?? [];
  const matches = [...text.s.matchAll(NUMBER)];
  const pending: string[] = [];
  for (const m of matches) {
    const value = normalizeNumber(m[0], lang);
    numbers.push(value);
    pending.push(value);
    const after = text.s.slice((m.index ?? 0) + m[0].length);
    // A range ("7–10", "7 to 10", "de 7 a 10", "7 bis 10", "7 至 10", "7〜10") shares the unit written after its second number.
    if (/^\s*(?:[–—-]|to|a|bis|до|至|到|～|~|〜)\s*\d/u.test(after)) continue;
    const rest = after
      .replace(/^[\s\u00A0]*(?:-(?:го|й|я|е|и|х|м)?(?!\p{L}))?[\s\u00A0]*/u, '')
      .replace(/^-/, '')
      // French puts "premiers/derniers/prochains" between a number and its unit: "les 14 premiers jours".
      .replace(/^(?:premi[eè]re?s?|derni[eè]re?s?|prochaine?s?)\s+/u, '');
    const before = text.s.slice(0, m.index ?? 0);
    const unit = (unitPatterns.find(([, regex]) => regex.test(rest)) ?? UNIT_BEFORE[base(lang)]?.find(([, regex]) => regex.test(before)))?.[0];
    // A four-digit "year" after a number is a calendar year ("2019年", "2025 года"), not a duration.
    for (const n of pending) if (unit && !(unit === 'years' && n.length === 4)) units.push({ number: n, unit });
    pending.length = 0;
  }
  const arrows = (input.match(/→/g) ?? []).length;
  return { emails, articles, data, urls, phones, ussd, dates, percents, numbers, units, arrows };
}

/** Runs of Cyrillic or Chinese/Japanese/Korean text: the carrier's own words, kept as written in every language. */
export function carrierLanguagePhrases(text: string): string[] {
  const runs =
    text.match(/[\p{Script=Cyrillic}]+(?:[ \u00A0-][\p{Script=Cyrillic}]+)*|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu) ?? [];
  return [...new Set(runs)];
}

/**
 * The parts of English menu paths ("My eSIMs → Details → Renewals") the app shows in English: steps that start with a
 * capital letter, and quoted labels. Lower-case steps ("your package", "off") describe, and are translated.
 */
export function menuLabels(text: string): string[] {
  if (!text.includes('→')) return [];
  const labels = new Set<string>();
  const clauses = text.split(/[:;()（）。：；\n]|[.,](?=\s|$)/);
  for (const clause of clauses) {
    if (!clause.includes('→')) continue;
    const steps = clause.split('→').map((s) => s.trim());
    steps.forEach((step, i) => {
      for (const q of step.matchAll(/[“"«]([^”"»]+)[”"»]/g)) labels.add(q[1].trim());
      // The first step may follow words of the sentence ("also under Profile", "on the Top-up balance page"): keep the label.
      const label = (i === 0 ? step.replace(/^.*(?:^|\s)[a-z][\w’'-]*\s+(?=[A-Z])/, '').replace(/\s+(?:page|screen|tab|menu|section|button)$/, '') : step)
        .replace(/[“”"«»]/g, '')
        .trim();
      if (/^[A-Z]/.test(label)) labels.add(label);
    });
  }
  return [...labels];
}

/**
 * Finds `term` as a whole word: no Latin or Cyrillic letter or digit glued to it (Chinese text may touch it).
 * A term ending in Cyrillic may take a Russian case ending (МегаФон → МегаФона, Госуслуги → Госуслугах).
 */
export function containsTerm(text: string, term: string, { ignoreCase = false } = {}): boolean {
  return termRegex(`${ignoreCase ? 'i' : ''}u ${term}`).test(text);
}
const termRegex = memo((flagsAndTerm) => {
  const [flags, term] = [flagsAndTerm.slice(0, flagsAndTerm.indexOf(' ')), flagsAndTerm.slice(flagsAndTerm.indexOf(' ') + 1)];
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const ending = /\p{Script=Cyrillic}$/u.test(term) ? '\\p{Script=Cyrillic}{0,3}' : '';
  return new RegExp(`(?<![\\d${LATIN_OR_CYRILLIC}])${escaped}${ending}(?![\\d${LATIN_OR_CYRILLIC}])`, flags);
});

/**
 * A glossary rendering as a whole word, by the script of each of its ends. Latin, Cyrillic, Arabic: no letter or
 * digit of a spaced script glued on either side (Chinese text may touch it: "SIM卡"); a Cyrillic end may take a
 * case ending (Госуслуг → Госуслугах). Hangul: nothing glued before, particles after ("설정에서"). Chinese and
 * Japanese write no spaces, so their ends have no boundary: there the longest-first order keeps a short
 * rendering out of a longer label.
 */
const renderingRegex = memo((rendering) => {
  const escaped = rendering.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const boundary = (ch: string) => (/[\p{L}\p{N}]/u.test(ch) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch) ? ch : '');
  const first = boundary(rendering[0] ?? '');
  const last = boundary(rendering.at(-1) ?? '');
  const before = first ? `(?<![${SPACED}])` : '';
  const after =
    !last || /\p{Script=Hangul}/u.test(last) ? '' : /\p{Script=Cyrillic}/u.test(last) ? `\\p{Script=Cyrillic}{0,3}(?![${SPACED}])` : `(?![${SPACED}])`;
  return new RegExp(`${before}${escaped}${after}`, 'gu');
});

/** The text with each [start, length] span turned into spaces (positions stay where they were). */
function blank(text: string, spans: readonly (readonly [number, number])[]): string {
  let out = text;
  for (const [start, length] of spans) out = out.slice(0, start) + ' '.repeat(length) + out.slice(start + length);
  return out;
}

/**
 * Whether any word of a hedging list occurs (Chinese words anywhere, others at a word start). A word written
 * "/…/" is a regular expression ("/about \\d/": "about" before a number, not "a page about…").
 */
export function hasHedge(text: string, words: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  return words.find((word) => {
    if (word.length > 2 && word.startsWith('/') && word.endsWith('/')) return hedgeRegex(word).test(text);
    const w = word.toLowerCase();
    if (/\p{Script=Han}/u.test(w)) return lower.includes(w);
    return hedgeRegex(w).test(lower);
  });
}

const hedgeRegex = memo((word) =>
  word.length > 2 && word.startsWith('/') && word.endsWith('/')
    ? new RegExp(word.slice(1, -1), 'iu')
    : new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'),
);

/** A multiset difference: items of `a` not matched in `b`. */
function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((x) => {
    const i = left.indexOf(x);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}

const KIND_NAMES: Record<Exclude<keyof Facts, 'units' | 'arrows'>, string> = {
  emails: 'email',
  articles: 'article',
  data: 'data amount',
  urls: 'URL',
  phones: 'phone number',
  ussd: 'USSD code',
  dates: 'date',
  percents: 'percentage',
  numbers: 'number',
};

export interface Mismatch {
  /** What kind of fact differs: "number", "unit of time", "email", "name", "hedging"… */
  kind: string;
  message: string;
}

/** Pairs what en has and this language lacks with what it has instead: "number 14 in en, 41 here". */
function describe(kind: string, inSource: string[], here: string[]): Mismatch[] {
  const out: Mismatch[] = [];
  const n = Math.max(inSource.length, here.length);
  for (let i = 0; i < n; i++) {
    const a = inSource[i];
    const b = here[i];
    if (a !== undefined && b !== undefined) out.push({ kind, message: `${kind} ${a} in en, ${b} here` });
    else if (a !== undefined) out.push({ kind, message: `${kind} ${a} in en, missing here` });
    else out.push({ kind, message: `${kind} ${b} here, not in en` });
  }
  return out;
}

export interface CompareOptions {
  /** Protected names (carriers, products) with the renderings accepted in this language (e.g. МТС for MTS). */
  names?: { term: string; accepted: string[] }[];
  /** Whether the sentence states a low-confidence fact: its hedging must survive. */
  lowConfidence?: boolean;
  glossary?: Glossary;
}

/** Everything a translation states differently from English, one mismatch each. */
export function compareFacts(source: string, translation: string, lang: string, options: CompareOptions = {}): Mismatch[] {
  const glossary = options.glossary ?? {};
  const own = glossary[lang] ?? glossary[base(lang)] ?? {};
  // A glossary rendering found in the translation stands for its English item: both leave the comparison.
  // Longest first, each as a whole word (renderingRegex), and a place a longer one took is not searched again:
  // Japanese "情報" (About) is not inside "端末情報" (About phone), German "Info" not inside "Informationen".
  // One rendering may stand for several items (iOS's "Mobile Service" and "Cellular" are both "Сотовая связь").
  const itemsOf = new Map<string, string[]>();
  for (const [item, rs] of Object.entries(own.terms ?? {})) for (const r of [rs].flat()) itemsOf.set(r, [...(itemsOf.get(r) ?? []), item]);
  let searched = translation;
  for (const rendering of [...itemsOf.keys()].sort((x, y) => y.length - x.length)) {
    const spans = [...searched.matchAll(renderingRegex(rendering))].map((m) => [m.index ?? 0, m[0].length] as const);
    if (spans.length === 0) continue;
    searched = blank(searched, spans);
    // The English item as a whole word only: "SIMs" (a Pixel menu label) is not inside "My eSIMs".
    const items = (itemsOf.get(rendering) ?? []).filter((item) => containsTerm(source, item));
    for (const item of items) source = source.replace(new RegExp(termRegex(`u ${item}`).source, 'gu'), ' ');
    if (items.length) translation = blank(translation, spans);
  }
  // Renderings found above have left the source with their item; one found only inside a longer label does not count.
  const kept = (item: string, extra: string[] = [], ignoreCase = false) => [item, ...extra].some((r) => containsTerm(translation, r, { ignoreCase }));
  const en = extractFacts(source, 'en');
  const here = extractFacts(translation, lang);
  const out: Mismatch[] = [];
  for (const kind of Object.keys(KIND_NAMES) as (keyof typeof KIND_NAMES)[]) {
    out.push(...describe(KIND_NAMES[kind], minus(en[kind], here[kind]), minus(here[kind], en[kind])));
  }
  // Units of time: only for languages whose words we know; compare the kinds of unit, then the unit of each number.
  if (UNIT_PATTERNS[base(lang)]) {
    const kinds = (f: Facts) => [...new Set(f.units.map((u) => u.unit))];
    const lost = minus(kinds(en), kinds(here));
    const added = minus(kinds(here), kinds(en));
    if (lost.length || added.length) out.push(...describe('unit of time', lost, added));
    else {
      for (const { number, unit } of en.units) {
        const theirs = here.units.filter((u) => u.number === number).map((u) => u.unit);
        if (theirs.length && !theirs.includes(unit))
          out.push({ kind: 'unit of time', message: `unit of time: ${number} ${unit} in en, ${number} ${theirs[0]} here` });
      }
    }
  }
  for (const phrase of carrierLanguagePhrases(source)) {
    if (!kept(phrase, [], true))
      out.push({ kind: 'carrier-language text', message: `carrier-language text «${phrase}» in en, changed or missing here (keep it as written)` });
  }
  const labels = menuLabels(source);
  for (const label of labels) {
    if (!kept(label)) out.push({ kind: 'menu path', message: `menu label “${label}” in en, changed or missing here (the app shows it in English)` });
  }
  if (en.arrows !== here.arrows) out.push({ kind: 'menu path', message: `menu path with ${en.arrows} “→” in en, ${here.arrows} here` });
  for (const { term, accepted: names } of options.names ?? []) {
    if (containsTerm(source, term) && !kept(term, names))
      out.push({
        kind: 'name',
        message: `name “${term}” in en, missing here (keep names as written${names.length ? `, or ${names.map((n) => `“${n}”`).join(', ')}` : ''})`,
      });
  }
  if (options.lowConfidence) {
    const sourceHedges = glossary.en?.hedges ?? {};
    for (const [kind, words] of Object.entries(sourceHedges)) {
      const found = hasHedge(source, words);
      if (!found) continue;
      const theirs = own.hedges?.[kind];
      if (!theirs) continue;
      if (!hasHedge(translation, theirs))
        out.push({ kind: 'hedging', message: `hedging (${kind}) “${found}” in en, none here: a low-confidence fact must not read surer than in en` });
    }
  }
  return out;
}
