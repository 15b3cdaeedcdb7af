export declare const SYSTEM_CHROMIUM: string;
export declare function findBrowser(): { path: string; origin: 'environment' | 'system' | 'playwright' } | null;
export declare const CHROMIUM_ARGS: string[];
import type { InstallResult } from './system-packages.mjs';
export type FoundBrowser = { path: string; origin: 'environment' | 'system' | 'playwright' };
export declare function ensureChromium(options?: {
  find?: () => FoundBrowser | null;
  env?: Record<string, string | undefined>;
  downloadPlaywright?: () => unknown;
  installSystem?: (packages: string[]) => InstallResult;
  log?: (line: string) => void;
}): { browser: FoundBrowser } | { error: string };
