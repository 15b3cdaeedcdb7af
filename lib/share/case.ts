/**
 * The case export: a carrier's whole progress record (answers, ticks, dates, references and every other
 * field the progress parser accepts: none of them personal, by the schema) as a file and as a link whose
 * data sits in the URL fragment (#case=…), which browsers never send to a server.
 *
 * What travels is exactly what lib/progress/parse.ts accepts: a field added to the record's `case`
 * travels as soon as the parser knows it, with no list to update here. Stage statuses are added, derived
 * at export, so a support desk can read them without the carrier catalogue.
 *
 * Total: decodeCase() takes any string (a file, a link, a pasted case card containing a link) and never
 * throws; it gives the case or one reason it cannot. The support-link codec (codec.ts) carries the answers
 * in a query; this one carries the case in a fragment, with the version inside the data.
 */
import type { Progress } from '../engine/schema';
import { STAGES, STAGE_STATUSES, type Stage, type StageStatus } from '../engine/stages';
import { readValue } from '../progress/store';
import { pagePath } from '../routes';

/** The version of the exported format this code writes and reads. */
export const CASE_VERSION = 1;
/** The fragment name: /{locale}/#case=<base64url JSON>. */
export const CASE_PARAM = 'case';
/** Longer input is not read at all: a real case is well under 2,000 characters. */
export const MAX_CASE_LENGTH = 16_000;

export interface CaseExport {
  version: typeof CASE_VERSION;
  carrier: string;
  /** Derived at export (the importing device recomputes its own); shown to support staff. */
  stages: Partial<Record<Stage, StageStatus>>;
  progress: Progress;
}

export const CASE_PROBLEMS = ['empty', 'too-large', 'corrupt', 'newer', 'unknown-carrier'] as const;
export type CaseProblem = (typeof CASE_PROBLEMS)[number];

export type DecodedCase = { ok: true; value: CaseExport } | { ok: false; problem: CaseProblem };

/** The export as JSON (the file's content). */
export function caseToJson(value: CaseExport): string {
  return JSON.stringify({ esimExitCase: value.version, carrier: value.carrier, stages: value.stages, progress: value.progress });
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(data: string): string | null {
  try {
    const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The fragment (with "#") for a case. */
export function caseFragment(value: CaseExport): string {
  return `#${CASE_PARAM}=${toBase64Url(caseToJson(value))}`;
}

/** The link that opens the import on the carrier list: origin + /{locale}/ + fragment. */
export function caseLink(origin: string, locale: string, value: CaseExport): string {
  return `${origin}${pagePath.home(locale)}${caseFragment(value)}`;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const FRAGMENT = new RegExp(`[#&]${CASE_PARAM}=([A-Za-z0-9_-]*)`);

/**
 * Reads a case from a file's text, a link, a fragment, or any text containing a link (a case card).
 * `carrierIds` are the carriers this build knows. Never throws.
 */
export function decodeCase(input: unknown, carrierIds: readonly string[]): DecodedCase {
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.length > MAX_CASE_LENGTH) return { ok: false, problem: 'too-large' };
  let json: string | null = text;
  const match = FRAGMENT.exec(text);
  if (match) json = fromBase64Url(match[1]!);
  if (json === null) return { ok: false, problem: 'corrupt' };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  return readCase(data, carrierIds);
}

function readCase(data: unknown, carrierIds: readonly string[]): DecodedCase {
  if (!isPlainObject(data)) return { ok: false, problem: 'corrupt' };
  const version = data.esimExitCase;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < CASE_VERSION) return { ok: false, problem: 'corrupt' };
  // A later format may mean something else by the same names: use none of it.
  if (version > CASE_VERSION) return { ok: false, problem: 'newer' };
  if (Object.keys(data).some((k) => !['esimExitCase', 'carrier', 'stages', 'progress'].includes(k))) return { ok: false, problem: 'corrupt' };
  const reading = readValue(data.progress);
  if ('problem' in reading) return { ok: false, problem: reading.problem };
  if (typeof data.carrier !== 'string' || !carrierIds.includes(data.carrier)) return { ok: false, problem: 'unknown-carrier' };
  const stages = readStages(data.stages);
  if (!stages) return { ok: false, problem: 'corrupt' };
  return { ok: true, value: { version: CASE_VERSION, carrier: data.carrier, stages, progress: reading.progress } };
}

function readStages(value: unknown): CaseExport['stages'] | null {
  if (!isPlainObject(value)) return null;
  const stages: CaseExport['stages'] = {};
  for (const [stage, status] of Object.entries(value)) {
    if (!(STAGES as readonly string[]).includes(stage) || !(STAGE_STATUSES as readonly unknown[]).includes(status)) return null;
    stages[stage as Stage] = status as StageStatus;
  }
  return stages;
}

export interface CaseCardLabels {
  /** "Case: {{carrier}}" */
  title: string;
  stageNames: Record<Stage, string>;
  statuses: Record<StageStatus, string>;
  /** Labels of the case fields the card shows, by field name. */
  fields: Record<string, string>;
  /** Values shown as words in the traveler's language (the carrier's answer), by field name then value. */
  values: Record<string, Record<string, string>>;
  /** "Open the whole case: {{link}}" */
  open: string;
  /** "{{label}}: {{value}}": one line of the card, its punctuation and order the language's own. */
  line: string;
}

/**
 * The case card: a short plain text for a support chat, in the traveler's language. Dates stay ISO
 * (2026-11-30), which reads the same in every language. The link at the end carries the whole case,
 * so a support desk pastes the card and reads it in its own language.
 */
/** Fills a "{{label}}: {{value}}" line (a function replacement: a "$&" typed in a value stays as typed). */
const labelled = (line: string, label: string, value: string) => line.replace('{{label}}', () => label).replace('{{value}}', () => value);

export function caseCard(value: CaseExport, carrierName: string, labels: CaseCardLabels, link: string): string {
  const lines = [labels.title.replace('{{carrier}}', carrierName)];
  for (const stage of STAGES) {
    const status = value.stages[stage];
    if (status) lines.push(`- ${labelled(labels.line, labels.stageNames[stage], labels.statuses[status])}`);
  }
  for (const [field, fieldValue] of Object.entries(value.progress.case ?? {})) {
    // A field without a label here (added by a later change) still travels in the link below.
    if (typeof fieldValue === 'string' && fieldValue !== '' && labels.fields[field])
      lines.push(labelled(labels.line, labels.fields[field], labels.values[field]?.[fieldValue] ?? fieldValue));
  }
  lines.push(labels.open.replace('{{link}}', link));
  return lines.join('\n');
}
