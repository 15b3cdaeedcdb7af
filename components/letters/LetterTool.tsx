'use client';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { LetterBuilderProps } from './LetterBuilder';

/** The form and its checks (react-hook-form, zod/mini, libphonenumber) load only when the traveler asks for the letter. */
const LetterBuilder = lazy(() => import('./LetterBuilder'));

/** "Write the letter": a button that opens the letter form; the stage page stays light without it. */
export function LetterTool({ open, loading, noScript, ...builder }: LetterBuilderProps & { open: string; loading: string; noScript: string }) {
  const [shown, setShown] = useState(false);
  const [enhanced, setEnhanced] = useState(false);
  // The button works only with JavaScript, so it appears only then (readers without it get the notice).
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setEnhanced(true), []);
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
        enhanced && (
          <button type="button" className="button" onClick={() => setShown(true)} data-open-letter>
            {open}
          </button>
        )
      )}
    </section>
  );
}
