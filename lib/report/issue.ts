/**
 * "Report a problem with this": a link to the project's issue tracker with a prefilled title and body.
 * Pure (no I/O): the tracker address comes from the `bugs` field of package.json, read by the caller at build time.
 * A report names only the carrier, the rule or fact, the page's path and the language, never anything the traveler
 * typed or answered, and nothing is sent until the traveler follows the link.
 */

/** What a report may name. `item` is "rule:<id>", "verdict:<id>" or "fact:<id>". */
export interface ReportSubject {
  carrierId: string;
  carrierName: string;
  item: string;
  /** The page's path, e.g. "/en/holafly/submit-request/"; a query or fragment (which may carry answers) is dropped. */
  page: string;
  language: string;
}

/**
 * The tracker's address from package.json's `bugs` (a string or `{ url }`, the npm convention), or null when unset.
 * Only a GitHub-style `https://…/issues` address can take a prefilled new issue; anything else fails the build.
 */
export function trackerUrl(bugs: unknown): string | null {
  if (bugs === undefined || bugs === null) return null;
  const value = typeof bugs === 'string' ? bugs : typeof bugs === 'object' && 'url' in bugs ? (bugs as { url: unknown }).url : undefined;
  if (value === undefined) return null; // `bugs: { email }` only: there is no tracker to link to.
  const problem = `package.json: "bugs" must be an https address ending in /issues, like "https://github.com/<org>/<repo>/issues" (got ${JSON.stringify(value)})`;
  if (typeof value !== 'string') throw new Error(problem);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(problem);
  }
  if (url.protocol !== 'https:' || url.search || url.hash || !/\/issues\/?$/.test(url.pathname)) throw new Error(problem);
  return `${url.origin}${url.pathname.replace(/\/$/, '')}`;
}

/** The values a report's title and body may interpolate: the subject, with the page reduced to its path. */
export function reportVariables(subject: ReportSubject): Record<keyof ReportSubject, string> {
  return { ...subject, page: subject.page.replace(/[?#].*$/s, '') };
}

/** The tracker's new-issue address with `title` and `body` prefilled (URL-encoded), or null when there is no tracker. */
export function newIssueUrl(tracker: string, title: string, body: string): string;
export function newIssueUrl(tracker: string | null, title: string, body: string): string | null;
export function newIssueUrl(tracker: string | null, title: string, body: string): string | null {
  if (tracker === null) return null;
  const query = new URLSearchParams({ title, body }).toString().replaceAll('+', '%20');
  return `${tracker}/new?${query}`;
}
