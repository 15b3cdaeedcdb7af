/**
 * `npm run new:carrier`: what it refuses, and that what it writes is a valid carrier in sorted position whose TODO
 * sentences the locale check refuses. The plan is applied to a copy of lib/ and locales/ (under .cache/, so the
 * copy resolves the project's node_modules), never to the working tree.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { CatalogueEntry, validateCatalogue as ValidateCatalogue } from '@/lib/carriers/validate';
import { flatten } from '@/lib/i18n/flatten';
import { checkLocales } from '@/scripts/i18n-check.mjs';
import { camelName, planNewCarrier, type Plan } from '@/scripts/new-carrier';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const refusal = (plan: Plan) => (plan.ok ? null : plan.error);

describe('new:carrier refuses', () => {
  it.each([['Acme'], ['acme_mobile'], ['-acme'], ['acme--mobile'], ['']])('an id that is not lowercase words joined by "-": %j', (id) => {
    expect(refusal(planNewCarrier(ROOT, id))).toMatch(/is not a carrier id/);
  });
  it.each([['identify'], ['support'], ['data']])('a reserved route segment: %s', (id) => {
    expect(refusal(planNewCarrier(ROOT, id))).toMatch(new RegExp(`^"${id}" is a reserved route segment \\(lib/routes\\.ts: `));
  });
  it('an id taken by a carrier file, a shared module or a sentence namespace', () => {
    expect(refusal(planNewCarrier(ROOT, 't2'))).toBe('"t2" is taken: lib/carriers/t2.ts already exists');
    expect(refusal(planNewCarrier(ROOT, 'china'))).toBe('"china" is taken: lib/carriers/china.ts already exists');
    expect(refusal(planNewCarrier(ROOT, 'rights'))).toBe('"rights" is taken: locales/en/carriers.json already has sentences under "rights"');
  });
  it('a website that is not https', () => {
    expect(refusal(planNewCarrier(ROOT, 'acme-mobile', { site: 'http://acme.example/' }))).toMatch(
      /^--site must be the carrier's official website, starting with https:\/\//,
    );
  });
});

describe('new:carrier writes', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** lib/ and locales/ copied, with the plan applied. */
  function applied(plan: Plan): string {
    if (!plan.ok) throw new Error(plan.error);
    mkdirSync(join(ROOT, '.cache'), { recursive: true });
    const copy = mkdtempSync(join(ROOT, '.cache', 'new-carrier-'));
    copies.push(copy);
    for (const dir of ['lib', 'locales']) cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
    for (const { path, contents } of plan.files) writeFileSync(join(copy, path), contents);
    return copy;
  }

  it.each([
    ['acme-mobile', 'between airalo and att'],
    ['zz-mobile', 'last before generic'],
    ['3-mobile', 'first (digits sort first)'],
  ])('%s: a valid carrier, %s, with every fact a gap', async (id) => {
    const plan = planNewCarrier(ROOT, id, { name: 'Acme Mobile', site: 'https://www.acme.example/' });
    expect(plan.ok && plan.files.map((f) => f.path)).toEqual([`lib/carriers/${id}.ts`, 'lib/carriers/catalogue.ts', 'locales/en/carriers.json']);
    const copy = applied(plan);
    const { CATALOGUE } = (await import(join(copy, 'lib/carriers/catalogue.ts'))) as { CATALOGUE: CatalogueEntry[] };
    const { validateCatalogue } = (await import(join(copy, 'lib/carriers/validate.ts'))) as { validateCatalogue: typeof ValidateCatalogue };
    const en = JSON.parse(readFileSync(join(copy, 'locales/en/carriers.json'), 'utf8')) as Record<string, unknown>;
    const { carriers, problems } = validateCatalogue(CATALOGUE, new Set(Object.keys(flatten(en))));
    expect(problems).toEqual([]);
    const ids = carriers.map((c) => c.id);
    expect(ids).toContain(id);
    expect(ids.slice(0, -1)).toEqual([...ids.slice(0, -1)].sort());
    const carrier = carriers.find((c) => c.id === id)!;
    expect(Object.values(carrier.facts).every((f) => 'gap' in f)).toBe(true);
    expect(carrier.verdicts.at(-1)).toMatchObject({ verdict: 'check-with-carrier', text: `${camelName(id)}.verdict` });
    expect(carrier.channels[0].url).toBe('https://www.acme.example/');
  });

  it('English sentences marked TODO, which the locale check refuses', () => {
    const copy = applied(planNewCarrier(ROOT, 'acme-mobile'));
    const todos = checkLocales(join(copy, 'locales')).errors.filter((e: string) => e.includes('still a TODO'));
    expect(todos).toEqual([
      expect.stringContaining('key acmeMobile.channelWebsite: still a TODO'),
      expect.stringContaining('key acmeMobile.verdict: still a TODO'),
    ]);
  });

  it('a placeholder on the reserved .invalid domain when no website is given, and says so', () => {
    const plan = planNewCarrier(ROOT, 'acme-mobile');
    expect(plan.ok && plan.files[0].contents).toContain("source('https://todo.invalid/', true, null)");
    expect(plan.ok && plan.nextSteps.join('\n')).toMatch(/todo\.invalid.*placeholder/);
    expect(plan.ok && plan.nextSteps.join('\n')).toContain('research/acme-mobile.md');
  });

  it('nothing in the working tree', () => {
    const before = readFileSync(join(ROOT, 'lib/carriers/catalogue.ts'), 'utf8');
    planNewCarrier(ROOT, 'acme-mobile');
    expect(readFileSync(join(ROOT, 'lib/carriers/catalogue.ts'), 'utf8')).toBe(before);
  });
});
