import { getT, offeredLocales } from '@/lib/i18n/server';
import { LANGUAGE_KEY, LANGUAGE_NAMES, bestLocaleFrom } from '@/lib/i18n/locales';
import { pagePath } from '@/lib/routes';

/**
 * Sends the browser to the language it last used here (still offered), else to its best match. It runs
 * before the page paints and only when the visitor did not ask for this page on purpose (a link to /?choose).
 * Without JavaScript the links below do the same job. The CSP allows it by hash (scripts/security-headers.mjs).
 */
const redirectScript = `(function(){try{if(location.search.indexOf('choose')>-1)return;var offered=${JSON.stringify(offeredLocales())};var last=null;try{last=localStorage.getItem(${JSON.stringify(LANGUAGE_KEY)})}catch(e){}var best=offered.indexOf(last)>-1?last:(${bestLocaleFrom.toString()})(navigator.languages||[navigator.language||''],offered);location.replace('/'+best+'/');}catch(e){}})();`;

/** The language choice: every shipped language, each line written in that language. */
export default function LanguageChoicePage() {
  return (
    <main id="main">
      <script dangerouslySetInnerHTML={{ __html: redirectScript }} />
      <h1>eSIM Exit</h1>
      <ul className="language-list">
        {offeredLocales().map((locale) => {
          const t = getT(locale);
          return (
            <li key={locale} lang={locale}>
              <a href={pagePath.home(locale)} hrefLang={locale} className="language-list__link">
                {LANGUAGE_NAMES[locale]}
              </a>
              <span className="language-list__tagline">{t('site.tagline')}</span>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
