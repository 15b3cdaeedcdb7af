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
import { completenessOf } from './completeness';
import { flatten } from './flatten';
import { LOCALES, SOURCE_LOCALE, type Locale } from './locales';
import { pseudoLocalize } from './pseudo';

export const NAMESPACES = ['ui', 'carriers', 'letters'] as const;

export const RESOURCES = {
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
  cache.set(locale, instance.t);
  return instance.t;
}

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
