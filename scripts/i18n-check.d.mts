export declare const SOURCE: string;
export declare function variables(text: string): string[];
export declare function checkLocales(root: string): { errors: string[]; warnings: string[] };
export declare function checkCodeKeys(root: string, sourceDirs: string[]): string[];
