import type { Metadata } from 'next';
import { OverviewPage } from '@/components/stage/OverviewPage';
import { carrierPage, staticParams } from '@/lib/page-context';

export const dynamicParams = false;
export const generateStaticParams = staticParams.carriers;

export async function generateMetadata({ params }: PageProps<'/[locale]/[carrier]'>): Promise<Metadata> {
  const { t, name } = await carrierPage(params);
  return { title: t('overview.title', { carrier: name }) };
}

/** A carrier's overview. */
export default async function Page({ params }: PageProps<'/[locale]/[carrier]'>) {
  return <OverviewPage {...await carrierPage(params)} />;
}
