/** "Which carrier is this?" (server component): from an ICCID, an EID or a phone number, worked out in the browser. */
import 'server-only';
import Link from 'next/link';
import { BackLink } from '@/components/ui/BackLink';
import { siteHeaderLabels } from '@/components/ui/labels';
import { SiteHeader } from '@/components/ui/SiteHeader';
import { CARRIERS, GENERIC_CARRIER_ID } from '@/lib/carriers';
import { carrierName } from '@/lib/i18n/names';
import { knownIccidPrefixes } from '@/lib/identify/prefixes';
import type { LocalePage } from '@/lib/page-context';
import { pagePath, pathIn } from '@/lib/routes';
import { IdentifyForm } from './IdentifyForm';
import { identifyLabels } from './labels';

/**
 * How to read an ICCID by eye, with the prefixes we know as a plain table: all there is without JavaScript
 * (the form needs it), and a way to check the answer with it.
 */
function ReadTheNumber({ locale, t, carriers }: LocalePage & { carriers: { id: string; name: string }[] }) {
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  const source = { override: t('identify.issuerSource.override'), 'itu-list': t('identify.issuerSource.ituList') };
  return (
    <section className="read-number" aria-labelledby="read-number-heading" data-read-number>
      <h2 id="read-number-heading">{t('identify.read.heading')}</h2>
      <p>{t('identify.read.howTo')}</p>
      <div className="table-scroll">
        <table className="table">
          <caption className="table__caption">{t('identify.read.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('identify.read.prefix')}</th>
              <th scope="col">{t('identify.read.issuer')}</th>
              <th scope="col">{t('identify.read.country')}</th>
              <th scope="col">{t('identify.read.confidence')}</th>
            </tr>
          </thead>
          <tbody>
            {knownIccidPrefixes().map((row) => {
              const guide = row.carrierId ? carriers.find((c) => c.id === row.carrierId) : undefined;
              return (
                <tr key={row.prefix} data-prefix={row.prefix}>
                  <td className="table__number" translate="no">
                    {row.prefix}
                  </td>
                  <td>
                    {guide ? (
                      <Link prefetch={false} href={pagePath.carrier(locale, guide.id)}>
                        {guide.name}
                      </Link>
                    ) : (
                      row.issuer
                    )}
                    <span className="hint"> ({source[row.source]})</span>
                  </td>
                  <td>{row.country ? (regions.of(row.country) ?? row.country) : ''}</td>
                  <td>{t(`identify.read.confidenceLevels.${row.confidence}`)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p>{t('identify.read.notListed')}</p>
    </section>
  );
}

export function IdentifyPage({ locale, t }: LocalePage) {
  const carriers = CARRIERS.filter((c) => c.id !== GENERIC_CARRIER_ID).map((c) => ({ id: c.id, name: carrierName(c, locale), country: c.country }));
  return (
    <>
      <SiteHeader locale={locale} path={pathIn.identify()} {...siteHeaderLabels(t, locale)} />
      <BackLink href={pagePath.home(locale)}>{t('nav.allCarriers')}</BackLink>
      <main id="main">
        <h1>{t('identify.title')}</h1>
        <p className="lead">{t('identify.intro')}</p>
        <p>{t('identify.whereToFind')}</p>
        <p className="hint">{t('identify.privacy')}</p>
        <noscript>
          <p className="notice notice--info">
            {t('identify.noScript')}{' '}
            <Link prefetch={false} href={pagePath.home(locale)}>
              {t('notFound.allCarriers')}
            </Link>
          </p>
        </noscript>
        <IdentifyForm carriers={carriers} labels={identifyLabels(t, locale)} locale={locale} />
        <ReadTheNumber locale={locale} t={t} carriers={carriers} />
      </main>
    </>
  );
}
