/**
 * The opening every route shares: read the params, narrow the language and the carrier (a 404 for anything
 * else), and get the translator and the carrier's name in that language. Routes call one of these and render
 * one feature component with the result.
 */
import 'server-only';
import type { TFunction } from 'i18next';
import { notFound } from 'next/navigation';
import { CARRIERS, findCarrier } from './carriers';
import type { Carrier } from './engine/schema';
import { isStage, STAGES, type Stage } from './engine/stages';
import { carrierName } from './i18n/names';
import { BUILD_LOCALES, isLocale, type Locale } from './i18n/locales';
import { getT } from './i18n/server';

export interface LocalePage {
  locale: Locale;
  t: TFunction;
}

export interface CarrierPage extends LocalePage {
  carrier: Carrier;
  /** The carrier's name in the page's language. */
  name: string;
}

export interface StagePage extends CarrierPage {
  stage: Stage;
}

export async function localePage(params: Promise<{ locale: string }>): Promise<LocalePage> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return { locale, t: getT(locale) };
}

export async function carrierPage(params: Promise<{ locale: string; carrier: string }>): Promise<CarrierPage> {
  const [page, { carrier: id }] = await Promise.all([localePage(params), params]);
  const carrier = findCarrier(id);
  if (!carrier) notFound();
  return { ...page, carrier, name: carrierName(carrier, page.locale) };
}

export async function stagePage(params: Promise<{ locale: string; carrier: string; stage: string }>): Promise<StagePage> {
  const [page, { stage }] = await Promise.all([carrierPage(params), params]);
  if (!isStage(stage)) notFound();
  return { ...page, stage };
}

/** The pages the static export builds, for generateStaticParams. */
export const staticParams = {
  locales: () => BUILD_LOCALES.map((locale) => ({ locale })),
  carriers: () => BUILD_LOCALES.flatMap((locale) => CARRIERS.map((c) => ({ locale, carrier: c.id }))),
  stages: () => BUILD_LOCALES.flatMap((locale) => CARRIERS.flatMap((c) => STAGES.map((stage) => ({ locale, carrier: c.id, stage })))),
};
