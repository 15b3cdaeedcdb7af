/** The {{variables}} of a sentence, and interpolation tags written wrong ("{{carrier}", "{carrier}}"). */
const TAG = /\{\{\s*([\w.]+)(?:\s*,[^}]*)?\s*\}\}/g;

/** The {{variables}} a string interpolates, sorted. */
export function variables(text: unknown): string[] {
  return [...new Set([...String(text).matchAll(TAG)].map((m) => m[1]))].sort();
}

/** Pieces of a string that look like an interpolation tag but are not one: i18next would show them as they are. */
export function brokenTags(text: unknown): string[] {
  const rest = String(text).replace(TAG, ' ');
  return [...rest.matchAll(/\{+[^{}\s]{0,30}\}*|\{*[^{}\s]{0,30}\}+/g)].map((m) => m[0]);
}
