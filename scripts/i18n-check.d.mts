export declare const SOURCE: string;
export declare function flatten(value: object, prefix?: string, out?: Record<string, unknown>): Record<string, unknown>;
export declare function variables(text: string): string[];
export declare function checkLocales(root: string): { errors: string[]; warnings: string[] };
