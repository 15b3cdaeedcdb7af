/**
 * Germany: the cancellation button of §312k BGB (since 1 July 2022) and the Bundesnetzagentur's conciliation body.
 * The statute is quoted by IHK Dresden and the Schutzverband (neither is the legislator or a regulator, so both are
 * marked not official and the right is rated medium). Research: recheck-2026-11-30.md §3, research/rights.md.
 */
import type { CountryRights } from '../engine/schema';

export const de: CountryRights = {
  country: 'DE',
  sources: {
    ihkStatute: { url: 'https://www.dresden.ihk.de/servlet/news?news_id=34861', official: false, readOn: '2026-11-30' },
    passwordRuling: { url: 'https://schutzverband.org/?p=948', official: false, readOn: '2026-11-30' },
    bnetzaConciliation: {
      url: 'https://www.elektronische-vertrauensdienste.de/DE/Vportal/Schlichtung/Schlichtung_TK/start.html',
      official: true,
      readOn: '2026-11-30',
    },
    rlpConciliation: {
      url: 'https://wayback.edoweb-rlp.de/weltweit/20241029mp_/http://bus.rlp.de/detail?pstId=230451883',
      official: true,
      readOn: '2026-11-30',
    },
  },
  rights: [
    {
      id: 'de-cancellation-button',
      stage: 'confirm-online',
      kind: 'info',
      text: 'rights.de.cancellationButton',
      letterBasis: 'basis.deCancellationButton',
      sources: ['ihkStatute', 'passwordRuling'],
      confidence: 'medium',
    },
  ],
  escalation: [
    {
      id: 'de-conciliation',
      stage: 'track-review',
      kind: 'info',
      text: 'rights.de.conciliation',
      link: { url: 'https://www.elektronische-vertrauensdienste.de/DE/Vportal/Schlichtung/Schlichtung_TK/start.html', label: 'rights.de.conciliationLink' },
      sources: ['bnetzaConciliation', 'rlpConciliation'],
      confidence: 'medium',
    },
  ],
};
