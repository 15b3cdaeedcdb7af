import type { ChecklistItem } from '@/lib/engine/evaluate';
import { smsHref } from '@/lib/rights/sms';
import type { CarrierTexts, ItemLabels } from '../facts/types';

/** What a right offers beside its sentence: one-tap text messages (with a hint for phones that ignore the body) and an official page. */
export function RightActions({ right, texts, labels }: { right: NonNullable<ChecklistItem['right']>; texts: CarrierTexts; labels: ItemLabels }) {
  return (
    <>
      {right.sms.length > 0 && (
        <>
          <ul className="right-actions">
            {right.sms.map((sms) => (
              <li key={`${sms.to}-${sms.body}`}>
                <a className="channel-link" href={smsHref(sms)}>
                  {texts[sms.label]}
                </a>
              </li>
            ))}
          </ul>
          <p className="right-actions__hint">{labels.smsHint}</p>
        </>
      )}
      {right.link && (
        <a className="channel-link" href={right.link.url} rel="noreferrer">
          {texts[right.link.label]}
        </a>
      )}
    </>
  );
}
