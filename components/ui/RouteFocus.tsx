'use client';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';

/** Focuses an element that is not focusable by itself, for as long as it keeps focus (GOV.UK Frontend's skip link does this to <main>). */
function focusOnce(element: HTMLElement) {
  if (!element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus();
}

/**
 * A client-side navigation (Next, Back, a task-list link) is not a page load for assistive technology: focus would stay
 * on the body. Like a page load, each one starts at the new page's heading (WCAG 2.4.3).
 */
export function RouteFocus() {
  const pathname = usePathname();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const target = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
    if (target) focusOnce(target);
  }, [pathname]);
  return null;
}

/** GOV.UK skip link: a real link to #main that, with JavaScript, also moves focus there (browsers only scroll). */
export function SkipLink({ children }: { children: React.ReactNode }) {
  return (
    <a
      href="#main"
      className="skip-link"
      onClick={(event) => {
        const main = document.getElementById('main');
        if (!main) return;
        event.preventDefault();
        focusOnce(main);
        main.scrollIntoView();
      }}
    >
      {children}
    </a>
  );
}
