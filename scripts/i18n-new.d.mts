export declare function validTag(input: string, existing: readonly string[]): string;
export declare function autonymOf(tag: string): string | undefined;
export declare function addLanguage(root: string, input: string, options?: { name?: string }): { tag: string; name: string; created: string[] };
export declare function nextSteps(tag: string, name: string): string;
