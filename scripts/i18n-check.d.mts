import type { Glossary } from '../lib/i18n/facts';

export declare const SOURCE: string;
export declare function variables(text: unknown): string[];
export interface Problem {
  kind: string;
  file: string;
  line?: number;
  column?: number;
  key?: string;
  message: string;
}
export interface CheckOptions {
  lang?: string;
  names?: { term: string; accepted: Record<string, string[]> }[];
  lowConfidence?: Iterable<string>;
  glossary?: { names?: string[]; languages?: Glossary } | Glossary;
}
export declare function formatProblem(problem: Problem): string;
export declare function checkLocales(
  root: string,
  options?: CheckOptions,
): { errors: string[]; warnings: string[]; lengthWarnings: string[]; problems: Problem[] };
export declare function checkCodeKeys(root: string, sourceDirs: string[]): string[];
export declare function catalogueOptions(): Promise<Required<Pick<CheckOptions, 'names'>> & { lowConfidence: string[] }>;
export declare function checkProject(
  top: string,
  options?: { lang?: string },
): Promise<{ errors: string[]; warnings: string[]; lengthWarnings: string[]; problems: Problem[] }>;
