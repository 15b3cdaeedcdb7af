export declare const SYSTEM_CHROMIUM: string;
export declare function findBrowser(): { path: string; origin: 'environment' | 'system' | 'playwright' } | null;
export declare const CHROMIUM_ARGS: string[];
