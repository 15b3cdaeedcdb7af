import type { Metadata } from 'next';
import { OfflinePage } from '@/components/ui/OfflinePage';
import { localePage } from '@/lib/page-context';

export async function generateMetadata({ params }: PageProps<'/[locale]/offline'>): Promise<Metadata> {
  return { title: (await localePage(params)).t('offline.title'), robots: { index: false } };
}

/** What the service worker shows for a page not kept on the phone. */
export default async function Page({ params }: PageProps<'/[locale]/offline'>) {
  return <OfflinePage {...await localePage(params)} />;
}
