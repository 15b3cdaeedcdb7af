/**
 * Progress on the device: one localStorage record per carrier, so a corrupt record costs only that
 * carrier's progress. Holds answers, ticks and a timestamp; never personal data.
 */
import { emptyProgress } from '../engine/evaluate';
import type { Progress } from '../engine/schema';
import { parseProgress } from './parse';

/** Why saved progress could not be used (shown to the traveler, never silently dropped). */
export type ProgressProblem = 'corrupt' | 'unavailable';

export interface LoadedProgress {
  progress: Progress;
  problem: ProgressProblem | null;
}

const PREFIX = 'esim-exit:progress:';

export function storageKey(carrierId: string): string {
  return `${PREFIX}${carrierId}`;
}

/** Loads a carrier's progress; a record that cannot be read is reset (for this carrier only) and reported. */
export function loadProgress(storage: Storage | null, carrierId: string): LoadedProgress {
  if (!storage) return { progress: emptyProgress(), problem: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(storageKey(carrierId));
  } catch {
    return { progress: emptyProgress(), problem: 'unavailable' };
  }
  if (raw === null) return { progress: emptyProgress(), problem: null };
  let progress: Progress | null = null;
  try {
    progress = parseProgress(JSON.parse(raw));
  } catch {
    progress = null;
  }
  if (progress) return { progress, problem: null };
  try {
    storage.removeItem(storageKey(carrierId));
  } catch {
    // Storage went away between the read and the reset; the report below still stands.
  }
  return { progress: emptyProgress(), problem: 'corrupt' };
}

/** Saves a carrier's progress; returns false when the browser refuses (private mode, full storage). */
export function saveProgress(storage: Storage | null, carrierId: string, progress: Progress): boolean {
  if (!storage) return false;
  try {
    storage.setItem(storageKey(carrierId), JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

/** window.localStorage, or null where the browser forbids it (reading it can throw). */
export function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
