import type { Metadata } from 'next';
import { DirectoryPage } from '@/components/directory/DirectoryPage';
import { localePage } from '@/lib/page-context';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { t } = await localePage(params);
  // The layout's "%s · eSIM Exit" template does not reach a page in its own segment: written out here.
  return { title: { absolute: `${t('home.title')} · ${t('site.name')}` } };
}

/** Find your carrier. */
export default async function Page({ params }: PageProps<'/[locale]'>) {
  return <DirectoryPage {...await localePage(params)} />;
}
