/**
 * i18next for server components (they run at build time). The browser never loads i18next or a
 * locale file: client components receive the sentences they show as props.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInstance, type TFunction } from 'i18next';
import { forDisplay, isolateValues, LRI, PDI } from './bidi';
import { COMPLETION_THRESHOLD, completenessOf, keptNames, readSameMarks, SAME_FILE, type SameMarks, type TextsByNamespace } from './completeness';
import { flatten } from './flatten';
import { LANGUAGES_FILE, LOCALES, SOURCE_LOCALE, textDirection, type Locale } from './locales';
import { markFallback } from './preview';
import { pseudoLocalize } from './pseudo';

export const NAMESPACES = ['ui', 'carriers', 'letters'] as const;
type Namespace = (typeof NAMESPACES)[number];
type Resources = Record<Namespace, Record<string, unknown>>;

/**
 * Every language's three files, read from locales/<tag>/ for each tag in locales/languages.json: a new language needs
 * no import line. Read with fs rather than imported because this module runs only at build time (server components,
 * vitest, scripts): the browser never gets it, and a generated index of imports would be one more file to keep in step.
 * Run from the project folder (npm scripts, next build, vitest all are). A missing folder or file, or invalid JSON, fails naming it.
 */
export function loadResources(root = join(process.cwd(), 'locales'), locales: readonly Locale[] = LOCALES): Record<Locale, Resources> {
  const problems: string[] = [];
  const read = (locale: Locale): Resources => {
    const folder = join(root, locale);
    if (!existsSync(folder)) {
      problems.push(
        `${LANGUAGES_FILE}: languages[${locales.indexOf(locale)}].tag: "${locale}" has no folder locales/${locale}/ (npm run i18n:new ${locale} makes one)`,
      );
      return { ui: {}, carriers: {}, letters: {} };
    }
    return Object.fromEntries(
      NAMESPACES.map((ns) => {
        const file = `locales/${locale}/${ns}.json`;
        try {
          const tree: unknown = JSON.parse(readFileSync(join(folder, `${ns}.json`), 'utf8'));
          if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) throw new Error('expected an object of keys, {} when empty');
          return [ns, tree];
        } catch (error) {
          problems.push(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing (an empty language has {})' : (error as Error).message}`);
          return [ns, {}];
        }
      }),
    ) as Resources;
  };
  const real = Object.fromEntries(locales.map((l) => [l, read(l)]));
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const source = real[SOURCE_LOCALE];
  return { ...real, 'en-XA': pseudoLocalize(source, 'en-XA'), 'ar-XB': pseudoLocalize(source, 'ar-XB') };
}

/** Each language's sentences as written in locales/ (what the checks and the counts read). */
export const WRITTEN: Record<Locale, Resources> = loadResources();

/** Each language's sentences as the pages show them: numbers kept whole, right-to-left text isolated (lib/i18n/bidi.ts). */
const asShown = (written: Record<Locale, Resources>): Record<Locale, Resources> =>
  Object.fromEntries(Object.entries(written).map(([locale, resources]) => [locale, forDisplay(resources, textDirection(locale))]));

export const RESOURCES: Record<Locale, Resources> = asShown(WRITTEN);

// `npm run dev` re-reads the files (at most once a second, a page asks many times) so a translator sees an edit on
// reload; an import would have been watched. The caches below are dropped with each new read.
const DEV = process.env.NODE_ENV === 'development';
let devRead = { at: 0, written: WRITTEN, shown: RESOURCES };
function reread() {
  if (DEV && Date.now() - devRead.at > 1000) {
    const written = loadResources();
    devRead = { at: Date.now(), written, shown: asShown(written) };
    cache.clear();
    completenessCache.clear();
  }
}
/** The sentences as shown (dev: re-read). */
function current(): Record<Locale, Resources> {
  reread();
  return DEV ? devRead.shown : RESOURCES;
}
/** The sentences as written (dev: re-read), for the counts. */
function currentWritten(): Record<Locale, Resources> {
  reread();
  return DEV ? devRead.written : WRITTEN;
}

const textsOf = (resources: Record<string, object>): TextsByNamespace => Object.fromEntries(Object.entries(resources).map(([ns, tree]) => [ns, flatten(tree)]));

/**
 * What completeness needs besides the texts: each language's same.json (its texts intentionally the same as en) and
 * glossary.json's product names. A broken same.json fails the build naming the file and key, as i18n:check does.
 */
export function loadCountOptions(root = join(process.cwd(), 'locales'), locales: readonly Locale[] = LOCALES, resources = WRITTEN) {
  const glossary = JSON.parse(readFileSync(join(root, 'glossary.json'), 'utf8')) as { names?: string[] };
  const source = textsOf(resources[SOURCE_LOCALE]);
  const problems: string[] = [];
  const same: Record<Locale, SameMarks> = {};
  for (const locale of locales) {
    const path = join(root, locale, SAME_FILE);
    if (!existsSync(path)) continue;
    const shown = `locales/${locale}/${SAME_FILE}`;
    try {
      const read = readSameMarks(JSON.parse(readFileSync(path, 'utf8')), source, shown);
      same[locale] = read.same;
      problems.push(...read.problems);
    } catch (error) {
      problems.push(`${shown}: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return { names: keptNames(glossary.names ?? [], source.carriers), same };
}

const COUNT_OPTIONS = loadCountOptions();

/** The share of en's keys `locale` translates among `resources` (what the site offers by; tests compare it with i18n:check). */
export function shareTranslated(resources: Record<Locale, Resources>, { names, same }: ReturnType<typeof loadCountOptions>, locale: Locale): number {
  // en is the source: compared with itself every text is "the same as en", yet all of it is there.
  if (locale === SOURCE_LOCALE) return 1;
  return completenessOf(textsOf(resources[SOURCE_LOCALE]), textsOf(resources[locale]), { names, same: same[locale] });
}
const completenessCache = new Map<Locale, number>();

/** The share of en's keys a language has translated (counted as i18n:check and i18n:status count, lib/i18n/completeness.ts). */
export function completeness(locale: Locale): number {
  const resources = currentWritten();
  const cached = completenessCache.get(locale);
  if (cached !== undefined) return cached;
  const share = shareTranslated(resources, DEV ? loadCountOptions(undefined, undefined, resources) : COUNT_OPTIONS, locale);
  completenessCache.set(locale, share);
  return share;
}

/** The real languages complete enough to offer; the others still build, with en filling the gaps. */
export function offeredLocales(): Locale[] {
  return LOCALES.filter((l) => completeness(l) >= COMPLETION_THRESHOLD);
}

const cache = new Map<Locale, TFunction>();

/** The translate function for `locale`; a key missing there falls back to en. */
export function getT(locale: Locale): TFunction {
  const resources = current();
  const cached = cache.get(locale);
  if (cached) return cached;
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: SOURCE_LOCALE,
    resources,
    ns: [...NAMESPACES],
    defaultNS: 'ui',
    initAsync: false,
    // React escapes what it renders; escaping here too would show "&amp;".
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const t = asShownT(instance.t, locale);
  cache.set(locale, t);
  return t;
}

/**
 * t() as the pages need it. In a right-to-left language: inserted values isolated, and an English sentence shown for a
 * missing translation isolated as left to right, so its full stop stays at its end (lib/i18n/bidi.ts). In the
 * translator's preview of a language (I18N_PREVIEW, npm run i18n:preview): each such English sentence marked with its key.
 */
function asShownT(t: TFunction, locale: Locale): TFunction {
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
  const own = (current()[locale].letters as Record<string, Raw>)[kind] ?? {};
  const source = (current()[SOURCE_LOCALE].letters as Record<string, Raw>)[kind] ?? {};
  return {
    ...((own.subject ?? source.subject) ? { subject: own.subject ?? source.subject } : {}),
    ...((own.title ?? source.title) ? { title: own.title ?? source.title } : {}),
    lines: Object.fromEntries(Object.keys(source.lines ?? {}).map((line) => [line, own.lines?.[line] ?? source.lines![line]])),
  };
}
