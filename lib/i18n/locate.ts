/**
 * Reads a locale file into flat keys ("a.b") with the line and column of each key, so the i18n check can point at it.
 * Uses @humanwhocodes/momoa (the JSON parser behind ESLint's JSON support) because JSON.parse reports neither
 * positions of keys nor line/column of a syntax error, and silently keeps the last of two duplicate keys.
 */
import { parse, type AnyNode } from '@humanwhocodes/momoa';

export interface Located {
  value: unknown;
  line: number;
  column: number;
}

export type ReadResult =
  | { ok: true; entries: Map<string, Located>; duplicates: { key: string; line: number; column: number }[] }
  | { ok: false; line: number; column: number; message: string };

function plain(node: AnyNode): unknown {
  switch (node.type) {
    case 'String':
    case 'Number':
    case 'Boolean':
      return node.value;
    case 'Null':
      return null;
    case 'Array':
      return node.elements.map((e) => plain(e.value));
    case 'Object':
      return Object.fromEntries(node.members.map((m) => [m.name.type === 'String' ? m.name.value : m.name.name, plain(m.value)]));
    default:
      return undefined;
  }
}

/** Parses `text`; a syntax error comes back with its line and column. */
export function readLocale(text: string): ReadResult {
  let document;
  try {
    document = parse(text, { mode: 'json' });
  } catch (error) {
    const e = error as Error & { line?: number; column?: number };
    return { ok: false, line: e.line ?? 1, column: e.column ?? 1, message: e.message.replace(/\s*\(\d+:\d+\)\s*$/, '') };
  }
  const body = document.body;
  if (body.type !== 'Object') return { ok: false, line: body.loc.start.line, column: body.loc.start.column, message: 'the file must hold one JSON object' };
  const entries = new Map<string, Located>();
  const duplicates: { key: string; line: number; column: number }[] = [];
  const walk = (node: typeof body, prefix: string) => {
    const seen = new Set<string>();
    for (const member of node.members) {
      const name = member.name.type === 'String' ? member.name.value : member.name.name;
      const key = prefix ? `${prefix}.${name}` : name;
      const { line, column } = member.name.loc.start;
      if (seen.has(name)) duplicates.push({ key, line, column });
      seen.add(name);
      if (member.value.type === 'Object') walk(member.value, key);
      else entries.set(key, { value: plain(member.value), line, column });
    }
  };
  walk(body, '');
  return { ok: true, entries, duplicates };
}
