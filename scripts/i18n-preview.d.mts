export function finishPreview(out: string, lang: string, root?: string): { untranslated: string[]; notShown: string[] };
