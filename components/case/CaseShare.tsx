'use client';
import { useEffect, useId, useState } from 'react';
import { effectiveAnswers, evaluate } from '@/lib/engine/evaluate';
import type { Carrier } from '@/lib/engine/schema';
import { CASE_VERSION, caseCard, caseLink, caseToJson, type CaseCardLabels, type CaseExport } from '@/lib/share/case';
import { useProgress } from '../progress/useProgress';

export interface CaseShareLabels {
  heading: string;
  intro: string;
  download: string;
  linkLabel: string;
  copyLink: string;
  copied: string;
  qrAlt: string;
  cardLabel: string;
  copyCard: string;
  card: CaseCardLabels;
}

/**
 * The case, to take elsewhere: a file, a link with the case in its fragment (never sent to a server) with
 * its QR code, and a case card for a support chat. Everything is made in the browser from this device's progress.
 */
export function CaseShare({
  carrier,
  carrierName,
  locale,
  labels,
  noScript,
}: {
  carrier: Carrier;
  carrierName: string;
  locale: string;
  labels: CaseShareLabels;
  noScript: string;
}) {
  const ids = useId();
  const { progress } = useProgress(carrier.id);
  const [origin, setOrigin] = useState('');
  const [qr, setQr] = useState<string | null>(null);
  const [copied, setCopied] = useState<'link' | 'card' | null>(null);

  // The origin is only known in the browser; the static HTML shows the no-JavaScript note instead.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setOrigin(window.location.origin), []);

  const evaluation = evaluate(carrier, effectiveAnswers(carrier, progress), progress);
  const value: CaseExport = {
    version: CASE_VERSION,
    carrier: carrier.id,
    stages: Object.fromEntries(evaluation.stages.map((s) => [s.stage, s.status])),
    progress,
  };
  const link = origin ? caseLink(origin, locale, value) : '';
  const card = link ? caseCard(value, carrierName, labels.card, link) : '';

  useEffect(() => {
    if (!link) return;
    let current = true;
    void import('qrcode')
      .then(async (QRCode) => {
        const svg = await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'L', margin: 2 });
        // An image from a data: URL, so the SVG is never put into the page's markup.
        if (current) setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => {
        // A case too long for a QR code: the link, the file and the card still carry it.
        if (current) setQr(null);
      });
    return () => {
      current = false;
    };
  }, [link]);

  const download = () => {
    const url = URL.createObjectURL(new Blob([caseToJson(value)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `esim-exit-case-${carrier.id}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const copy = async (what: 'link' | 'card') => {
    try {
      await navigator.clipboard.writeText(what === 'link' ? link : card);
      setCopied(what);
    } catch {
      setCopied(null);
    }
  };

  return (
    <section className="case-share no-print" aria-labelledby={`${ids}-heading`} data-case-share>
      <h2 id={`${ids}-heading`}>{labels.heading}</h2>
      <p>{labels.intro}</p>
      <noscript>
        <p className="notice notice--info">{noScript}</p>
      </noscript>
      {link && (
        <>
          <p>
            <button type="button" className="button" onClick={download} data-case-download>
              {labels.download}
            </button>
          </p>
          <label className="label" htmlFor={`${ids}-link`}>
            {labels.linkLabel}
          </label>
          <input className="input" id={`${ids}-link`} type="text" readOnly value={link} data-case-link onFocus={(e) => e.currentTarget.select()} />
          <p className="letter__actions">
            <button type="button" className="button button--secondary" onClick={() => void copy('link')}>
              {copied === 'link' ? labels.copied : labels.copyLink}
            </button>
          </p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made in the browser; nothing to optimise */}
          {qr && <img className="qr" src={qr} alt={labels.qrAlt} width={220} height={220} data-case-qr />}
          <label className="label" htmlFor={`${ids}-card`}>
            {labels.cardLabel}
          </label>
          <textarea className="textarea" id={`${ids}-card`} readOnly rows={9} value={card} data-case-card />
          <p className="letter__actions">
            <button type="button" className="button button--secondary" onClick={() => void copy('card')}>
              {copied === 'card' ? labels.copied : labels.copyCard}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
