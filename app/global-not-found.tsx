import type { Metadata } from 'next';
import { CARRIERS, GENERIC_CARRIER_ID } from '@/lib/carriers';
import { carrierName } from '@/lib/i18n/names';
import { getT, offeredLocales } from '@/lib/i18n/server';
import './globals.css';
import { pagePath } from '@/lib/routes';

export const metadata: Metadata = { title: `${getT('en')('notFound.title')} · ${getT('en')('site.name')}` };

/**
 * The 404 for any unknown address (out/404.html). A static host cannot tell which language the
 * visitor wanted, so the page speaks every shipped language, each with its way back in.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <div className="page">
          <main id="main">
            {offeredLocales().map((locale) => {
              const t = getT(locale);
              return (
                <section key={locale} lang={locale} className="not-found" aria-labelledby={`not-found-${locale}`}>
                  <h1 id={`not-found-${locale}`}>{t('notFound.title')}</h1>
                  <p>{t('notFound.body')}</p>
                  <ul>
                    {CARRIERS.filter((c) => c.id !== GENERIC_CARRIER_ID).map((c) => (
                      <li key={c.id}>
                        <a href={pagePath.carrier(locale, c.id)}>{carrierName(c, locale)}</a>
                      </li>
                    ))}
                    <li>
                      <a href={pagePath.carrier(locale, GENERIC_CARRIER_ID)}>{t('home.notListed')}</a>
                    </li>
                  </ul>
                  <p>
                    <a href={pagePath.home(locale)} className="link-block">
                      {t('notFound.allCarriers')}
                    </a>
                  </p>
                </section>
              );
            })}
          </main>
        </div>
      </body>
    </html>
  );
}
