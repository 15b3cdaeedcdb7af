'use client';
import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { pagesToKeep } from '@/lib/routes';

/**
 * Registers the service worker and asks it to keep, for offline use, the pages a traveler on this
 * page will need next: the carrier list, identify and, inside a carrier's guide, its overview, five stages and
 * summary. (The scripts those pages load, the lazily loaded tools included, are precached by the worker.)
 * Production builds only (sw.js is built after next build).
 */
export function OfflineSupport() {
  const pathname = usePathname();
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const urls = pagesToKeep(pathname);
    if (urls.length === 0) return;
    // After the page has loaded and the browser is idle: the page the traveler is reading comes first.
    const start = () =>
      navigator.serviceWorker
        .register('/sw.js', { scope: '/' })
        .then(() => navigator.serviceWorker.ready)
        .then((registration) => registration.active?.postMessage({ type: 'keep-offline', urls }))
        .catch(() => undefined);
    const idle = () =>
      typeof window.requestIdleCallback === 'function'
        ? window.requestIdleCallback(() => void start(), { timeout: 5000 })
        : setTimeout(() => void start(), 2000);
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
    return () => window.removeEventListener('load', idle);
  }, [pathname]);
  return null;
}
