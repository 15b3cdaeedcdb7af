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
  const progress = parseRecord(raw);
  if (progress) return { progress, problem: null };
  try {
    storage.removeItem(storageKey(carrierId));
  } catch {
    // Storage went away between the read and the reset; the report below still stands.
  }
  return { progress: emptyProgress(), problem: 'corrupt' };
}

/** A stored record as progress, or null when it is not valid JSON or not a progress record. */
function parseRecord(raw: string): Progress | null {
  try {
    return parseProgress(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** Whether the traveler has done anything for this carrier yet: an untouched record is nothing to come back to. */
export function hasStarted(progress: Progress): boolean {
  return (
    progress.answersConfirmed ||
    progress.ticks.length > 0 ||
    Object.values(progress.answers).some((answer) => answer !== undefined) ||
    Object.values(progress.case ?? {}).some((value) => value !== undefined && value !== '')
  );
}

export interface SavedCase {
  carrierId: string;
  progress: Progress;
}

/**
 * The cancellations started on this device among `carrierIds`, last saved first. Read-only: a record that
 * cannot be read is left for its carrier's own page, which resets it and says so.
 */
export function savedCases(storage: Storage | null, carrierIds: readonly string[]): SavedCase[] {
  if (!storage) return [];
  return carrierIds
    .flatMap((carrierId) => {
      let raw: string | null = null;
      try {
        raw = storage.getItem(storageKey(carrierId));
      } catch {
        return [];
      }
      const progress = raw === null ? null : parseRecord(raw);
      return progress && hasStarted(progress) ? [{ carrierId, progress }] : [];
    })
    .sort((a, b) => b.progress.updatedAt.localeCompare(a.progress.updatedAt));
}

/** Forgets a carrier's progress on this device; false when the browser refuses. */
export function removeProgress(storage: Storage | null, carrierId: string): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(storageKey(carrierId));
    return true;
  } catch {
    return false;
  }
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
