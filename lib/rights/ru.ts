/**
 * Russia: only what is sourced. The 2025 rules for SIM cards held by foreigners rest on news reports quoting the
 * Ministry of Digital Development (the law's text was not read): rated low. No escalation body: Роспотребнадзор was
 * found only on third-party pages (research/rights.md). Research: recheck-2026-11-30.md §3 and §6.
 */
import type { CountryRights } from '../engine/schema';

export const ru: CountryRights = {
  country: 'RU',
  sources: {
    foreignersNews: { url: 'https://news.mail.ru/society/69131742/', official: false, readOn: '2026-11-30' },
    foreignersVedomosti: { url: 'https://www.vedomosti.ru/society/news/2025/11/21/1157065-biometriya-viyavila-inostrantsev', official: false, readOn: '2026-11-30' },
    biometricsDeadline: { url: 'https://www.pvsm.ru/news/424042/print', official: false, readOn: '2026-11-30' },
  },
  rights: [
    {
      id: 'ru-foreigners-biometrics',
      stage: 'confirm-online',
      kind: 'warning',
      text: 'rights.ru.foreignersBiometrics',
      when: { answer: 'hasNumber', is: ['yes', 'not-sure'] },
      sources: ['foreignersNews', 'foreignersVedomosti', 'biometricsDeadline'],
      confidence: 'low',
    },
  ],
  escalation: [],
};
