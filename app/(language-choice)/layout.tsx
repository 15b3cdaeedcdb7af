import type { Metadata, Viewport } from 'next';
import '../globals.css';

export const metadata: Metadata = { title: 'eSIM Exit' };
export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b0c0c' };

/** Root layout of the language choice at /: a page in every language, so each block carries its own lang. */
export default function LanguageChoiceLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <div className="page">{children}</div>
      </body>
    </html>
  );
}
