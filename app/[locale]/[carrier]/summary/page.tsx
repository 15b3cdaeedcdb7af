import type { Metadata } from 'next';
import { SummaryPage } from '@/components/case/SummaryPage';
import { carrierPage, staticParams } from '@/lib/page-context';

export const dynamicParams = false;
export const generateStaticParams = staticParams.carriers;

export async function generateMetadata({ params }: PageProps<'/[locale]/[carrier]/summary'>): Promise<Metadata> {
  const { t, name } = await carrierPage(params);
  return { title: t('summary.title', { carrier: name }) };
}

/** The case summary. */
export default async function Page({ params }: PageProps<'/[locale]/[carrier]/summary'>) {
  return <SummaryPage {...await carrierPage(params)} />;
}
