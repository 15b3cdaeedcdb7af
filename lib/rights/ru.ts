/**
 * Russia: only what is sourced. The 2025 rules for SIM cards held by foreigners (recheck-2026-11-30.md §6) rest on news reports
 * quoting the Ministry of Digital Development (the law's text was not read): rated medium, as §6 rates them, and every sentence
 * says so. They apply to every Russian operator. The consequences for cancelling (a dead line gets no codes, the balance may be
 * at risk) are §6's reasoning, worded as a risk, not a fact. No escalation body: Роспотребнадзор was found only on third-party
 * pages (research/rights.md). Research: recheck-2026-11-30.md §3 and §6.
 */
import type { CountryRights } from '../engine/schema';

export const ru: CountryRights = {
  country: 'RU',
  sources: {
    foreignersNews: { url: 'https://news.mail.ru/society/69131742/', official: false, readOn: '2026-11-30' },
    foreignersKuzbass: { url: 'https://kuzbass1.ru/news/official/144894', official: false, readOn: '2026-11-30' },
    foreignersVedomosti: {
      url: 'https://www.vedomosti.ru/society/news/2025/11/21/1157065-biometriya-viyavila-inostrantsev',
      official: false,
      readOn: '2026-11-30',
    },
    biometricsDeadline: { url: 'https://www.pvsm.ru/news/424042/print', official: false, readOn: '2026-11-30' },
    cutOffStages: {
      url: 'https://www1.ru/news/2025/07/01/ne-allo-inostrancam-v-rossii-s-segodniasnego-dnia-nacnut-blokirovat-sviaz-esli-oni-ne-sdali-biometr.html',
      official: false,
      readOn: '2026-11-30',
    },
    cutOffUral: { url: 'https://ural24.com/news/v_rossii/millionam_zhiteley_rossii_zablokiruyut_mobilnuyu_svyaz/', official: false, readOn: '2026-11-30' },
  },
  rights: [
    {
      id: 'ru-foreigners-registration',
      stage: 'confirm-online',
      kind: 'info',
      text: 'rights.ru.foreignersRegistration',
      sources: ['foreignersNews', 'foreignersKuzbass', 'foreignersVedomosti'],
      confidence: 'medium',
    },
    {
      // Stage 1's hint: how the traveler knows whether the contract is theirs, so they answer "where did you buy it" rightly.
      id: 'ru-which-case',
      stage: 'confirm-online',
      kind: 'info',
      text: 'rights.ru.whichCase',
      sources: ['foreignersNews', 'biometricsDeadline'],
      confidence: 'medium',
    },
    {
      id: 'ru-foreigners-cut-off',
      stage: 'confirm-online',
      kind: 'warning',
      text: 'rights.ru.foreignersCutOff',
      sources: ['biometricsDeadline', 'cutOffStages', 'cutOffUral'],
      confidence: 'medium',
    },
  ],
  escalation: [],
};
