/**
 * Progress on the device: one localStorage record per carrier, so a corrupt record costs only that
 * carrier's progress. Holds answers, ticks and a timestamp; never personal data.
 */
import { emptyProgress } from '../engine/evaluate';
import type { Progress } from '../engine/schema';
import { parseProgress } from './parse';
import { PROGRESS_VERSION } from '../engine/terms';

/**
 * Why saved progress could not be used (shown to the traveler, never silently dropped):
 * - corrupt: proven unreadable for this version (a copy is kept under backupKey, then the record is reset);
 * - newer: written by a later version of the site (a higher version, or fields this one does not know), kept untouched;
 * - unavailable: the browser does not let us read or write storage.
 */
export type ProgressProblem = 'corrupt' | 'newer' | 'unavailable';

export interface LoadedProgress {
  progress: Progress;
  problem: ProgressProblem | null;
}

const PREFIX = 'esim-exit:progress:';
const BACKUP_PREFIX = 'esim-exit:progress-backup:';

export function storageKey(carrierId: string): string {
  return `${PREFIX}${carrierId}`;
}

/** Where the last record reset as corrupt is copied (one per carrier, so storage stays bounded). */
export function backupKey(carrierId: string): string {
  return `${BACKUP_PREFIX}${carrierId}`;
}

/** The version this code writes and reads. */
const VERSION = PROGRESS_VERSION;
const KNOWN_FIELDS = ['version', 'answers', 'answersConfirmed', 'ticks', 'case', 'updatedAt'];

export type Reading = { progress: Progress } | { problem: 'corrupt' | 'newer' };

const isNewer = (reading: Reading) => 'problem' in reading && reading.problem === 'newer';

/**
 * What a stored record is. A later version (an older page served offline may meet one) is not corrupt: it is
 * kept as it is. Only a record that claims this version in a shape this version knows, and fails it, is corrupt.
 */
function readRecord(raw: string): Reading {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { problem: 'corrupt' };
  }
  return readValue(value);
}

/** What a parsed record is (a stored one, or one carried in an exported case): progress, corrupt, or from a later version. */
export function readValue(value: unknown): Reading {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'corrupt' };
  const version = (value as Record<string, unknown>).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < VERSION) return { problem: 'corrupt' };
  if (version > VERSION || Object.keys(value).some((k) => !KNOWN_FIELDS.includes(k))) return { problem: 'newer' };
  const progress = parseProgress(value);
  return progress ? { progress } : { problem: 'corrupt' };
}

/**
 * Loads a carrier's progress. A record proven corrupt is copied to backupKey and reset (for this carrier only);
 * a record from a later version is left as it is. Either way the traveler is told.
 */
export function loadProgress(storage: Storage | null, carrierId: string): LoadedProgress {
  if (!storage) return { progress: emptyProgress(), problem: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(storageKey(carrierId));
  } catch {
    return { progress: emptyProgress(), problem: 'unavailable' };
  }
  if (raw === null) return { progress: emptyProgress(), problem: null };
  const reading = readRecord(raw);
  if ('progress' in reading) return { progress: reading.progress, problem: null };
  if (reading.problem === 'newer') return { progress: emptyProgress(), problem: 'newer' };
  try {
    storage.setItem(backupKey(carrierId), raw);
    storage.removeItem(storageKey(carrierId));
  } catch {
    // Storage refused the copy (full) or went away: the record stays where it is, which loses nothing.
  }
  return { progress: emptyProgress(), problem: 'corrupt' };
}

/** A stored record as progress, or null when it is not one this version can read. */
function parseRecord(raw: string): Progress | null {
  const reading = readRecord(raw);
  return 'progress' in reading ? reading.progress : null;
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

/**
 * Saves a carrier's progress; returns false when the browser refuses (private mode, full storage), or when the
 * record there was written by a later version: this version cannot carry its fields over, so it never overwrites it.
 */
export function saveProgress(storage: Storage | null, carrierId: string, progress: Progress): boolean {
  if (!storage) return false;
  try {
    const existing = storage.getItem(storageKey(carrierId));
    if (existing !== null && isNewer(readRecord(existing))) return false;
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
