/**
 * i18next for server components (they run at build time). The browser never loads i18next or a
 * locale file: client components receive the sentences they show as props.
 */
import { createInstance, type TFunction } from 'i18next';
import enCarriers from '../../locales/en/carriers.json';
import enLetters from '../../locales/en/letters.json';
import enUi from '../../locales/en/ui.json';
import ruCarriers from '../../locales/ru/carriers.json';
import ruLetters from '../../locales/ru/letters.json';
import ruUi from '../../locales/ru/ui.json';
import zhCarriers from '../../locales/zh-CN/carriers.json';
import zhLetters from '../../locales/zh-CN/letters.json';
import zhUi from '../../locales/zh-CN/ui.json';
import esCarriers from '../../locales/es/carriers.json';
import esLetters from '../../locales/es/letters.json';
import esUi from '../../locales/es/ui.json';
import frCarriers from '../../locales/fr/carriers.json';
import frLetters from '../../locales/fr/letters.json';
import frUi from '../../locales/fr/ui.json';
import deCarriers from '../../locales/de/carriers.json';
import deLetters from '../../locales/de/letters.json';
import deUi from '../../locales/de/ui.json';
import jaCarriers from '../../locales/ja/carriers.json';
import jaLetters from '../../locales/ja/letters.json';
import jaUi from '../../locales/ja/ui.json';
import koCarriers from '../../locales/ko/carriers.json';
import koLetters from '../../locales/ko/letters.json';
import koUi from '../../locales/ko/ui.json';
import ptBrCarriers from '../../locales/pt-BR/carriers.json';
import ptBrLetters from '../../locales/pt-BR/letters.json';
import ptBrUi from '../../locales/pt-BR/ui.json';
import arCarriers from '../../locales/ar/carriers.json';
import arLetters from '../../locales/ar/letters.json';
import arUi from '../../locales/ar/ui.json';
import { forDisplay, isolateValues, LRI, PDI } from './bidi';
import { completenessOf } from './completeness';
import { markFallback } from './preview';
import { flatten } from './flatten';
import { LOCALES, SOURCE_LOCALE, textDirection, type Locale } from './locales';
import { pseudoLocalize } from './pseudo';

export const NAMESPACES = ['ui', 'carriers', 'letters'] as const;

/** Each language's sentences as written in locales/ (what the checks and the counts read). */
const WRITTEN = {
  en: { ui: enUi, carriers: enCarriers, letters: enLetters },
  'zh-CN': { ui: zhUi, carriers: zhCarriers, letters: zhLetters },
  ru: { ui: ruUi, carriers: ruCarriers, letters: ruLetters },
  es: { ui: esUi, carriers: esCarriers, letters: esLetters },
  fr: { ui: frUi, carriers: frCarriers, letters: frLetters },
  de: { ui: deUi, carriers: deCarriers, letters: deLetters },
  ja: { ui: jaUi, carriers: jaCarriers, letters: jaLetters },
  ko: { ui: koUi, carriers: koCarriers, letters: koLetters },
  'pt-BR': { ui: ptBrUi, carriers: ptBrCarriers, letters: ptBrLetters },
  ar: { ui: arUi, carriers: arCarriers, letters: arLetters },
  'en-XA': pseudoLocalize({ ui: enUi, carriers: enCarriers, letters: enLetters }, 'en-XA'),
  'ar-XB': pseudoLocalize({ ui: enUi, carriers: enCarriers, letters: enLetters }, 'ar-XB'),
} satisfies Record<Locale, Record<(typeof NAMESPACES)[number], object>>;

/** Each language's sentences as the pages show them: phone numbers kept whole, right-to-left text isolated (lib/i18n/bidi.ts). */
export const RESOURCES = Object.fromEntries(
  Object.entries(WRITTEN).map(([locale, resources]) => [locale, forDisplay(resources, textDirection(locale))]),
) as typeof WRITTEN;

/** A language is offered (switcher, language choice, support links) from this share of en's keys on. */
export const COMPLETION_THRESHOLD = 0.9;

const keysOf = (resources: Record<string, object>) => Object.fromEntries(Object.entries(resources).map(([ns, tree]) => [ns, Object.keys(flatten(tree))]));

/** The share of en's keys a language has translated (counted as i18n:check and i18n:status count, lib/i18n/completeness.ts). */
export function completeness(locale: Locale): number {
  return completenessOf(keysOf(RESOURCES[SOURCE_LOCALE]), keysOf(RESOURCES[locale]));
}

/** The real languages complete enough to offer; the others still build, with en filling the gaps. */
export function offeredLocales(): Locale[] {
  return LOCALES.filter((l) => completeness(l) >= COMPLETION_THRESHOLD);
}

const cache = new Map<Locale, TFunction>();

/** The translate function for `locale`; a key missing there falls back to en. */
export function getT(locale: Locale): TFunction {
  const cached = cache.get(locale);
  if (cached) return cached;
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: SOURCE_LOCALE,
    resources: RESOURCES,
    ns: [...NAMESPACES],
    defaultNS: 'ui',
    initAsync: false,
    // React escapes what it renders; escaping here too would show "&amp;".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const t = asShown(instance.t, locale);
  cache.set(locale, t);
  return t;
}

/**
 * t() as the pages need it. In a right-to-left language: inserted values isolated, and an English sentence shown for a
 * missing translation isolated as left to right, so its full stop stays at its end (lib/i18n/bidi.ts). In the
 * translator's preview of a language (I18N_PREVIEW, npm run i18n:preview): each such English sentence marked with its key.
 */
function asShown(t: TFunction, locale: Locale): TFunction {
  const rtl = textDirection(locale) === 'rtl';
  const preview = process.env.I18N_PREVIEW === locale;
  if (!rtl && !preview) return t;
  const shown = (key: string | string[], options?: Record<string, unknown>) => {
    const values = options && typeof options === 'object' ? options : {};
    const details = t(key, { ...(rtl ? isolateValues(values) : values), returnDetails: true }) as unknown as Details;
    if (typeof details.res !== 'string' || details.res === '' || details.usedLng === locale) return details.res;
    const english = rtl ? `${LRI}${details.res}${PDI}` : details.res;
    return preview ? markFallback(`${details.usedNS}:${details.usedKey}`, english) : english;
  };
  return shown as unknown as TFunction;
}

type Details = { res: unknown; usedLng: string; usedNS: string; usedKey: string };

/**
 * A letter's raw template (its {{variables}} left for the browser to fill with what the traveler types),
 * from `locale`, falling back to en line by line.
 */
export function letterTemplate(locale: Locale, kind: string): { subject?: string; title?: string; lines: Record<string, string> } {
  type Raw = { subject?: string; title?: string; lines?: Record<string, string> };
  const own = (RESOURCES[locale].letters as Record<string, Raw>)[kind] ?? {};
  const source = (RESOURCES[SOURCE_LOCALE].letters as Record<string, Raw>)[kind] ?? {};
  return {
    ...((own.subject ?? source.subject) ? { subject: own.subject ?? source.subject } : {}),
    ...((own.title ?? source.title) ? { title: own.title ?? source.title } : {}),
    lines: Object.fromEntries(Object.keys(source.lines ?? {}).map((line) => [line, own.lines?.[line] ?? source.lines![line]])),
  };
}
