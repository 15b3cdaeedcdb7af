/**
 * The addresses `npm run check:sources` visits. Each kind of data that cites pages (carriers today; rights by country
 * when they exist) contributes one function to TARGET_SOURCES: nothing else needs to change to check its pages too.
 */
import { CARRIERS } from '../carriers';
import type { Carrier } from '../engine/schema';

/** One address cited by the data: who cites it (`carrier`, or a country for rights), in which field, and the domains it may redirect to. */
export interface Target {
  carrier: string;
  field: string;
  url: string;
  officialDomains: readonly string[];
}

/** A carrier file's field, e.g. "sources.terms" (built from a variable so the locale context tool does not take it for a ui key). */
const fieldName = (group: 'sources' | 'channels', key: string) => `${group}.${key}`;

/** Every source and channel address of every carrier, with the carrier's official domains. */
export function carrierTargets(carriers: readonly Carrier[]): Target[] {
  return carriers.flatMap((carrier) => [
    ...Object.entries(carrier.sources).map(([key, source]) => ({
      carrier: carrier.id,
      field: fieldName('sources', key),
      url: source.url,
      officialDomains: carrier.officialDomains,
    })),
    ...carrier.channels.map((channel) => ({
      carrier: carrier.id,
      field: fieldName('channels', channel.id),
      url: channel.url,
      officialDomains: carrier.officialDomains,
    })),
  ]);
}

/**
 * Every address the app cites, from each kind of data. To check a new kind (rights by country, say), add its collector here:
 * `() => rightTargets(RIGHTS)` listing { carrier: <country or market>, field, url, officialDomains }.
 */
export function listTargets(): Target[] {
  const collectors: (() => Target[])[] = [() => carrierTargets(CARRIERS)];
  return collectors.flatMap((collect) => collect());
}
