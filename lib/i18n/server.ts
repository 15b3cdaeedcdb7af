/**
 * i18next for server components (they run at build time). The browser never loads i18next or a
 * locale file: client components receive the sentences they show as props.
 */
import { createInstance, type TFunction } from 'i18next';
import enCarriers from '../../locales/en/carriers.json';
import enUi from '../../locales/en/ui.json';
import ruCarriers from '../../locales/ru/carriers.json';
import ruUi from '../../locales/ru/ui.json';
import zhCarriers from '../../locales/zh-CN/carriers.json';
import zhUi from '../../locales/zh-CN/ui.json';
import { SOURCE_LOCALE, type Locale } from './locales';

export const NAMESPACES = ['ui', 'carriers'] as const;

export const RESOURCES = {
  en: { ui: enUi, carriers: enCarriers },
  'zh-CN': { ui: zhUi, carriers: zhCarriers },
  ru: { ui: ruUi, carriers: ruCarriers },
} satisfies Record<Locale, Record<(typeof NAMESPACES)[number], object>>;

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
