export interface KeyContext {
  where: string[];
  pages?: string[];
  example?: string;
  carriers?: string;
  combines?: string;
  maxLength?: number;
  lengthWhy?: string;
  doNotTranslate?: true | string[];
  doNotTranslateWhy?: string;
  letter?: { purpose: string; register: string; why: string };
  variables?: Record<string, string>;
}
export declare const VARIABLE_MEANINGS: Record<string, string>;
export declare const LETTER_KINDS: Record<string, { purpose: string; register: string; why: string }>;
export declare const KEY_NOTES: [RegExp, string][];
export declare const CONTEXT_FILE: string;
export declare function buildContext(): Promise<Record<string, KeyContext>>;
