import Link from 'next/link';

/** GOV.UK back link: a real link to the previous page, so it works without JavaScript. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link prefetch={false} href={href} className="back-link">
      {children}
    </Link>
  );
}
