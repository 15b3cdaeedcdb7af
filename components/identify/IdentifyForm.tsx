'use client';
import Link from 'next/link';
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import type { Identified } from '@/lib/identify';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Field } from '../ui/Field';
import type { PluralForms } from '@/lib/i18n/plural';
import { pagePath } from '@/lib/routes';
import { GENERIC_CARRIER_ID } from '@/lib/engine/terms';

export interface IdentifyCarrier {
  id: string;
  name: string;
  country: string | null;
}

export interface IdentifyLabels {
  label: string;
  hint: string;
  submit: string;
  errorSummaryTitle: string;
  errorPrefix: string;
  /** Messages for what cannot be read, by reason ("iccid.not-89", "eid.check-digits", "unknown.unrecognised" …). */
  errors: Record<string, string>;
  iccidHeading: string;
  eidHeading: string;
  phoneHeading: string;
  country: string;
  issuer: string;
  issuerSource: Record<'override' | 'itu-list', string>;
  lowConfidence: string;
  warnings: Record<string, string>;
  issuerIsNotSeller: string;
  eidExplained: string;
  portability: string;
  assumedRussian: string;
  openGuide: string;
  carriersInCountry: PluralForms;
  noCarriersInCountry: string;
  genericGuide: string;
}

type Outcome = { error: string } | { found: Identified & { kind: 'iccid' | 'eid' | 'phone' } };

/** Loads the ICCID/EID/phone parsers (about 60 KB with their data) only when the traveler starts typing. */
const loadIdentify = () => import('@/lib/identify');

const noSubscription = () => () => undefined;

/**
 * Identify a carrier from an ICCID, an EID or a phone number. Runs entirely in the browser: the number
 * is never stored, put in the URL or sent anywhere. So the form exists only once the page's scripts run
 * (without them, Enter would submit it as a GET and put the number in the address), and its field has no
 * name (were it ever submitted natively, nothing would be sent). Without scripts the page shows how to
 * read the number instead.
 */
export function IdentifyForm({ carriers, labels, locale }: { carriers: IdentifyCarrier[]; labels: IdentifyLabels; locale: string }) {
  const ids = useId();
  // false in the static HTML and while hydrating, true once React runs this in the browser.
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [value, setValue] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [attempt, setAttempt] = useState(0);
  const countryName = (code: string) => new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  const error = outcome && 'error' in outcome ? outcome.error : null;

  useEffect(() => {
    const title = document.title.replace(`${labels.errorPrefix} `, '');
    document.title = error ? `${labels.errorPrefix} ${title}` : title;
  }, [error, labels.errorPrefix]);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { identify } = await loadIdentify();
    const found = identify(value);
    const refusal =
      found.kind === 'unknown'
        ? `unknown.${found.reason}`
        : found.kind === 'iccid' && !found.iccid.ok
          ? `iccid.${found.iccid.reason}`
          : found.kind === 'eid' && !found.eid.ok
            ? `eid.${found.eid.reason}`
            : found.kind === 'phone' && !found.phone.ok
              ? `phone.${found.phone.reason}`
              : null;
    if (refusal) {
      setOutcome({ error: labels.errors[refusal] ?? labels.errors['unknown.unrecognised'] });
      setAttempt((n) => n + 1);
    } else {
      setOutcome({ found: found as Extract<Identified, { kind: 'iccid' | 'eid' | 'phone' }> });
    }
  };

  const countryCarriers = (country: string | null) => {
    const inCountry = country ? carriers.filter((c) => c.country === country) : [];
    return (
      <>
        <p>
          {inCountry.length > 0
            ? (labels.carriersInCountry[new Intl.PluralRules(locale).select(inCountry.length)] ?? labels.carriersInCountry.other)
            : labels.noCarriersInCountry}
        </p>
        <ul className="carrier-list">
          {inCountry.map((c) => (
            <li key={c.id}>
              <Link prefetch={false} href={pagePath.carrier(locale, c.id)} className="carrier-list__link">
                {c.name}
              </Link>
            </li>
          ))}
          <li>
            <Link prefetch={false} href={pagePath.carrier(locale, GENERIC_CARRIER_ID)} className="carrier-list__link">
              {labels.genericGuide}
            </Link>
          </li>
        </ul>
      </>
    );
  };

  const result = () => {
    if (!outcome || 'error' in outcome) return null;
    const { found } = outcome;
    if (found.kind === 'eid') {
      return (
        <section className="identify-result" aria-labelledby={`${ids}-result`} data-kind="eid">
          <h2 id={`${ids}-result`}>{labels.eidHeading}</h2>
          <p>{labels.eidExplained}</p>
        </section>
      );
    }
    if (found.kind === 'phone' && found.phone.ok) {
      return (
        <section className="identify-result" aria-labelledby={`${ids}-result`} data-kind="phone">
          <h2 id={`${ids}-result`}>{labels.phoneHeading}</h2>
          {found.phone.country && (
            <p>
              <strong>{labels.country}</strong> {countryName(found.phone.country)}
            </p>
          )}
          {found.phone.assumedRussian && <p data-assumed-russian>{labels.assumedRussian}</p>}
          <p>{labels.portability}</p>
          {countryCarriers(found.phone.country)}
        </section>
      );
    }
    if (found.kind === 'iccid' && found.iccid.ok) {
      const { iccid } = found;
      const known = iccid.issuer?.carrierId ? carriers.find((c) => c.id === iccid.issuer!.carrierId) : undefined;
      return (
        <section className="identify-result" aria-labelledby={`${ids}-result`} data-kind="iccid">
          <h2 id={`${ids}-result`}>{labels.iccidHeading}</h2>
          {iccid.warnings.map((w) => (
            <p key={w} className="note note--warning">
              {labels.warnings[w]}
            </p>
          ))}
          {iccid.country && (
            <p>
              <strong>{labels.country}</strong> {countryName(iccid.country)}
            </p>
          )}
          {iccid.issuer && (
            <>
              <p>
                <strong>{labels.issuer}</strong> {known?.name ?? iccid.issuer.name} <span className="hint">({labels.issuerSource[iccid.issuer.source]})</span>
              </p>
              {iccid.issuer.confidence === 'low' && <p className="item__confidence item__confidence--low">{labels.lowConfidence}</p>}
            </>
          )}
          <p>{labels.issuerIsNotSeller}</p>
          {known ? (
            <p>
              <Link prefetch={false} className="button" href={pagePath.carrier(locale, known.id)} data-carrier={known.id}>
                {labels.openGuide.replace('{{carrier}}', known.name)}
              </Link>
            </p>
          ) : (
            countryCarriers(iccid.country)
          )}
        </section>
      );
    }
    return null;
  };

  if (!scripted) return null;
  return (
    <>
      <ErrorSummary title={labels.errorSummaryTitle} errors={error ? [{ fieldId: `${ids}-number`, message: error }] : []} attempt={attempt} />
      <form className="identify-form" onSubmit={submit} noValidate>
        <Field id={`${ids}-number`} label={labels.label} hint={labels.hint} error={error} errorPrefix={labels.errorPrefix}>
          {(describedBy) => (
            <input
              className="input"
              id={`${ids}-number`}
              type="text"
              inputMode="text"
              autoComplete="off"
              spellCheck={false}
              value={value}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              onFocus={() => void loadIdentify()}
              onChange={(e) => setValue(e.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" className="button">
          {labels.submit}
        </button>
      </form>
      <div aria-live="polite">{result()}</div>
    </>
  );
}
