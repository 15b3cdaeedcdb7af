/**
 * The catalogue as open data (/data/v1/carriers.json) and its JSON Schema (/data/v1/carriers.schema.json), both built
 * from the same zod schemas the build validates with. Version 1 only ever grows: fields may be added, none is removed,
 * renamed or given another type (tests/unit/opendata.test.ts holds the v1 shape). Server-only (zod).
 */
import { z } from 'zod';
import enCarriers from '../../locales/en/carriers.json';
import { ALIASES, CARRIERS } from '../carriers';
import { flatten } from '../i18n/flatten';
import { carrierName } from '../i18n/names';
import { RIGHTS_FILES } from '../rights';
import { AliasesSchema, CarrierSchema, CountryRightsSchema, type Aliases, type Carrier, type CountryRights } from '../engine/schema';

/**
 * CC0: the facts are about public procedures and each already names the official page it was read in, so nothing is
 * lost without attribution, and a help desk or another project can copy any part without a licence notice.
 */
export const LICENCE = {
  id: 'CC0-1.0',
  name: 'CC0 1.0 Universal (public domain dedication)',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/',
} as const;

/** A carrier as published: its names (now kept in locales/<lang>/carriers.json, `<carrier>.name`) stay in v1. */
// The carrier's fields with names second, as first published (refinements are checked when the catalogue loads).
const { id: idField, ...carrierFields } = CarrierSchema.shape;
const OpenDataCarrierSchema = z.strictObject({
  id: idField,
  names: z
    .strictObject({ en: z.string().min(1), ru: z.string().min(1), 'zh-CN': z.string().min(1) })
    .describe("The carrier's name in English, Russian and Chinese (locales/<lang>/carriers.json)."),
  ...carrierFields,
});

export const OpenDataSchema = z
  .strictObject({
    version: z.literal(1).describe('The shape version: v1 only gains fields, never loses or changes one.'),
    licence: z.strictObject({ id: z.literal(LICENCE.id), name: z.string(), url: z.url() }),
    carriers: z
      .array(OpenDataCarrierSchema)
      .describe('Every carrier with its facts, rules, channels and sources (url, official, readOn: the day the page was read).'),
    rights: z.array(CountryRightsSchema).describe("Each country's (or market's) rights that apply to its carriers."),
    texts: z.record(z.string(), z.string()).describe('The English sentence of every text key used above (locales/en/carriers.json).'),
    searchWords: AliasesSchema.describe('Other names travelers search with (locales/aliases.json).'),
  })
  .describe('eSIM Exit carrier catalogue, open data v1');

export type OpenData = z.infer<typeof OpenDataSchema>;

/** The published document; `texts` is locales/en/carriers.json flattened to "key": "sentence". */
export function openData(carriers: readonly Carrier[], rights: readonly CountryRights[], texts: Record<string, string>, searchWords: Aliases): OpenData {
  const withNames = carriers.map(({ id, ...rest }) => ({
    id,
    names: { en: carrierName({ id }, 'en'), ru: carrierName({ id }, 'ru'), 'zh-CN': carrierName({ id }, 'zh-CN') },
    ...rest,
  }));
  return { version: 1, licence: { ...LICENCE }, carriers: withNames, rights: [...rights], texts, searchWords };
}

/** The JSON Schema (draft 2020-12) of the document, written by zod itself. Checks beyond shape (references between
 *  fields, official domains) live in lib/carriers/validate.ts and are not expressible here. */
export function openDataJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(OpenDataSchema, {
    io: 'output',
    target: 'draft-2020-12',
    // zod's url() accepts addresses with non-ASCII letters (an official Polish help page, say): those are IRIs (RFC 3987), not "uri".
    override: ({ jsonSchema }) => {
      if (jsonSchema.format === 'uri') jsonSchema.format = 'iri';
    },
  }) as Record<string, unknown>;
}

/** The catalogue this build ships, as published at /data/v1/carriers.json. */
export function publishedOpenData(): OpenData {
  return openData(
    CARRIERS,
    RIGHTS_FILES.map(([, r]) => r),
    flatten(enCarriers) as Record<string, string>,
    ALIASES,
  );
}

/** Pretty-printed JSON, as the files are served (readable in a browser, diffable between releases). */
export function jsonFile(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
