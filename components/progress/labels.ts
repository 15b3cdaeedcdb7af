/** The sentences of the saved-progress notices, resolved on the server. */
import 'server-only';
import type { ProgressLabels } from './ProgressProblemNotice';
import type { TFunction } from 'i18next';

export function progressLabels(t: TFunction, carrierName: string): ProgressLabels {
  return {
    corrupt: t('progress.corrupt', { carrier: carrierName }),
    newer: t('progress.newer', { carrier: carrierName }),
    unavailable: t('progress.unavailable'),
  };
}
