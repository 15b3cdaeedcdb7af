/**
 * The translator's preview (npm run i18n:preview <lang>, scripts/i18n-preview.mjs): the site built in one language with
 * every English sentence shown for a missing translation marked, so the preview can outline it, label it with its key
 * and give it lang="en". Sentences are plain strings at build time, so the mark is three private-use characters around
 * the key and the sentence; they exist only in that build and the preview turns them into markup.
 */
const OPEN = '\uE000';
const KEY_END = '\uE001';
const CLOSE = '\uE002';

export const markFallback = (key: string, sentence: string): string => `${OPEN}${key}${KEY_END}${sentence}${CLOSE}`;

const MARK = /[\uE000-\uE002]/g;
const OPENING = /\uE000([^\uE001]*)\uE001/g;

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A page of the preview build as the translator sees it: each marked sentence in <mark lang="en" data-key>, outlined
 * and labelled by /i18n-preview.css; marks inside attributes, <title>, <textarea> and <option> (which cannot hold
 * markup) dropped; scripts removed, because the page is read as it is without JavaScript (a hydrating page would
 * redraw the sentences without the marks). Returns the page and the keys it shows.
 */
export function previewPage(html: string): { html: string; keys: string[] } {
  const keys = new Set<string>();
  const page = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*>/gi, '')
    .replace(/="([^"]*)"/g, (_, value: string) => `="${value.replace(OPENING, '').replace(MARK, '')}"`)
    .replace(/<(title|textarea|option)\b([^>]*)>([\s\S]*?)<\/\1>/gi, (_, tag: string, attributes: string, text: string) => {
      for (const m of text.matchAll(OPENING)) keys.add(m[1]);
      return `<${tag}${attributes}>${text.replace(OPENING, '').replace(MARK, '')}</${tag}>`;
    })
    .replace(OPENING, (_, key: string) => {
      keys.add(key);
      return `<mark class="i18n-fallback" lang="en" dir="ltr" data-key="${escapeAttribute(key)}">`;
    })
    .replace(/\uE002/g, '</mark>')
    .replace('</head>', '<link rel="stylesheet" href="/i18n-preview.css"></head>');
  return { html: page, keys: [...keys] };
}

/** The preview's stylesheet: each English sentence outlined, with its key above it. */
export const PREVIEW_CSS = `mark.i18n-fallback { background: #fff3bf; color: inherit; outline: 2px dashed #b35c00; outline-offset: 1px; }
mark.i18n-fallback::before { content: attr(data-key); display: block; font: 600 0.75rem/1.2 ui-monospace, monospace; color: #7a3e00; direction: ltr; }
.i18n-preview-banner { background: #1d3557; color: #fff; padding: 0.5rem 1rem; font: 1rem/1.4 system-ui, sans-serif; }
`;
