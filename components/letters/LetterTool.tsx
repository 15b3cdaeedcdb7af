'use client';
import { lazy, Suspense, useState } from 'react';
import type { LetterBuilderProps } from './LetterBuilder';

/** The form and its checks (react-hook-form, zod/mini, libphonenumber) load only when the traveler asks for the letter. */
const LetterBuilder = lazy(() => import('./LetterBuilder'));

/** "Write the letter": a button that opens the letter form; the stage page stays light without it. */
export function LetterTool({ open, loading, noScript, ...builder }: LetterBuilderProps & { open: string; loading: string; noScript: string }) {
  const [shown, setShown] = useState(false);
  return (
    <section className="letter-tool" aria-labelledby="letter-tool-heading">
      <h2 id="letter-tool-heading">{builder.labels.heading}</h2>
      <p>{builder.labels.intro}</p>
      <noscript>
        <p className="hint">{noScript}</p>
      </noscript>
      {shown ? (
        <Suspense fallback={<p role="status">{loading}</p>}>
          <LetterBuilder {...builder} />
        </Suspense>
      ) : (
        // Works only with JavaScript, so shown only then (no layout shift: it is in the HTML from the start).
        <button type="button" className="button js-only" onClick={() => setShown(true)} data-open-letter>
          {open}
        </button>
      )}
    </section>
  );
}
