/**
 * "Report a problem with this": a plain link to a prefilled new issue on the project's tracker (built on the server by
 * labels.ts). Nothing is requested until it is followed; shown only when the tracker is configured and the item has a report.
 */
export function ReportLink({ href, text }: { href: string | undefined; text: string }) {
  if (!href) return null;
  return (
    <a className="report-link" href={href} rel="noreferrer">
      {text}
    </a>
  );
}
