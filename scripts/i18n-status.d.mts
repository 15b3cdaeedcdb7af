export declare function statusRows(root: string): { rows: { lang: string; done: number; untranslated: string[] }[]; total: number };
