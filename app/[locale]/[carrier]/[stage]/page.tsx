import type { Metadata } from 'next';
import { StagePage } from '@/components/stage/StagePage';
import { stagePage, staticParams } from '@/lib/page-context';

export const dynamicParams = false;
export const generateStaticParams = staticParams.stages;

export async function generateMetadata({ params }: PageProps<'/[locale]/[carrier]/[stage]'>): Promise<Metadata> {
  const { t, name, stage } = await stagePage(params);
  return { title: `${t(`stages.${stage}.name`)} · ${name}` };
}

/** One stage of one carrier. */
export default async function Page({ params }: PageProps<'/[locale]/[carrier]/[stage]'>) {
  return <StagePage {...await stagePage(params)} />;
}
