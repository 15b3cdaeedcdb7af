import type { Metadata } from 'next';
import { IdentifyPage } from '@/components/identify/IdentifyPage';
import { localePage } from '@/lib/page-context';

export async function generateMetadata({ params }: PageProps<'/[locale]/identify'>): Promise<Metadata> {
  return { title: (await localePage(params)).t('identify.title') };
}

/** "Which carrier is this?" */
export default async function Page({ params }: PageProps<'/[locale]/identify'>) {
  return <IdentifyPage {...await localePage(params)} />;
}
