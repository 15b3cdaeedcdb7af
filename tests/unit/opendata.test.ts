/**
 * The open data (/data/v1/carriers.json) validates against its published JSON Schema (ajv, draft 2020-12), and v1 keeps
 * its shape: tests/unit/opendata-v1-baseline.json is the v1 shape as first published (never regenerate it); a field
 * may be added, none removed or retyped. __snapshots__/opendata-v1-shape.json follows the current shape (vitest -u).
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { CARRIERS } from '@/lib/carriers';
import { LICENCE, openDataJsonSchema, publishedOpenData } from '@/lib/opendata/carriers';

const validator = () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  // ajv-formats has no "iri" (RFC 3987): an absolute http(s) address as WHATWG URL parses it, which is what zod's url() checks.
  ajv.addFormat('iri', (value: string) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol));
  return ajv.compile(openDataJsonSchema());
};

/** Every path of a JSON Schema with the types allowed there ("carriers[].country": "null|string"): the shape a client relies on. */
function shapeOf(schema: Record<string, unknown>): Record<string, string> {
  const root = schema;
  const out: Record<string, string> = {};
  const walk = (node: Record<string, unknown> | undefined, path: string, depth: number) => {
    if (!node || depth > 12) return;
    if (typeof node.$ref === 'string') return walk(resolve(node.$ref), path, depth + 1);
    const branches = [...((node.anyOf as Record<string, unknown>[]) ?? []), ...((node.oneOf as Record<string, unknown>[]) ?? [])];
    const types = new Set<string>();
    const collect = (n: Record<string, unknown>) => {
      if (typeof n.$ref === 'string') n = resolve(n.$ref) ?? {};
      if (n.anyOf) (n.anyOf as Record<string, unknown>[]).forEach(collect);
      else if (n.type) types.add(String(n.type));
      else if ('const' in n) types.add(typeof n.const);
    };
    collect(node);
    out[path || '(root)'] ??= [...types].sort().join('|');
    for (const branch of branches) walk(branch, path, depth + 1);
    for (const [key, child] of Object.entries((node.properties as Record<string, Record<string, unknown>>) ?? {}))
      walk(child, path ? `${path}.${key}` : key, depth + 1);
    if (node.items) walk(node.items as Record<string, unknown>, `${path}[]`, depth + 1);
    if (node.additionalProperties && typeof node.additionalProperties === 'object')
      walk(node.additionalProperties as Record<string, unknown>, `${path}{}`, depth + 1);
  };
  const resolve = (ref: string) =>
    ref.startsWith('#/$defs/') ? ((root.$defs as Record<string, Record<string, unknown>>)[ref.slice(8)] ?? undefined) : undefined;
  walk(schema, '', 0);
  return out;
}

describe('open data v1', () => {
  // Compiling the schema takes ajv a few seconds on a busy 2-core machine: once, with room.
  let validate: ReturnType<typeof validator>;
  beforeAll(() => {
    validate = validator();
  }, 60_000);

  it('the published file validates against the published schema', () => {
    const data = JSON.parse(JSON.stringify(publishedOpenData()));
    expect(validate(data) ? [] : validate.errors).toEqual([]);
  });

  it('the schema rejects a file that breaks it (a carrier without sources, a read date that is not a date)', () => {
    const data = JSON.parse(JSON.stringify(publishedOpenData()));
    delete data.carriers[0].sources;
    const key = Object.keys(data.carriers[1].sources)[0];
    data.carriers[1].sources[key].readOn = '30 November 2026';
    expect(validate(data)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath).sort()).toEqual(expect.arrayContaining(['/carriers/0', `/carriers/1/sources/${key}/readOn`]));
  });

  it('carries every carrier, the country rights, each English sentence by key, read dates and the licence', () => {
    const data = publishedOpenData();
    expect(data.carriers.map((c) => c.id)).toEqual(CARRIERS.map((c) => c.id));
    expect(data.rights.map((r) => r.country)).toContain('RU');
    expect(data.texts['t2.storeVisit']).toMatch(/\w/);
    expect(data.carriers.some((c) => Object.values(c.sources).some((s) => s.readOn))).toBe(true);
    expect(data.licence).toEqual(LICENCE);
    expect(readFileSync('README.md', 'utf8')).toContain(LICENCE.id);
  });

  it('keeps the v1 shape: no field of the baseline is removed or changes type (fields may be added)', () => {
    const baseline: Record<string, string> = JSON.parse(readFileSync('tests/unit/opendata-v1-baseline.json', 'utf8'));
    const now = shapeOf(openDataJsonSchema());
    const changed = Object.entries(baseline)
      .filter(([path, type]) => now[path] !== type)
      .map(([path, type]) => `${path}: was ${type}, now ${now[path] ?? 'removed'}`);
    expect(changed).toEqual([]);
  });

  it('records the current shape, so an added field shows in review (update with vitest -u)', async () => {
    await expect(JSON.stringify(shapeOf(openDataJsonSchema()), null, 2) + '\n').toMatchFileSnapshot('__snapshots__/opendata-v1-shape.json');
  });
});
