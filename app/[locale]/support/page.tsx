import type { Metadata } from 'next';
import { SupportPage } from '@/components/support/SupportPage';
import { localePage } from '@/lib/page-context';

export async function generateMetadata({ params }: PageProps<'/[locale]/support'>): Promise<Metadata> {
  return { title: (await localePage(params)).t('support.title') };
}

/** For support staff. */
export default async function Page({ params }: PageProps<'/[locale]/support'>) {
  return <SupportPage {...await localePage(params)} />;
}
