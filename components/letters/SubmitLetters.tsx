'use client';
import { effectiveAnswers, verdictFor } from '@/lib/engine/evaluate';
import type { Carrier } from '@/lib/engine/schema';
import { lettersForVerdict } from '@/lib/letters/compose';
import { useProgress } from '../progress/useProgress';
import type { LetterBuilderProps } from './LetterBuilder';
import { LetterTool } from './LetterTool';

/** Stage 3's letters for the traveler's own verdict: a letter to send, a statement for the counter, a call script or the power of attorney. */
export function SubmitLetters({ carrier, tool }: { carrier: Carrier; tool: LetterBuilderProps & { open: string; loading: string; noScript: string } }) {
  const { progress } = useProgress(carrier.id);
  const kinds = lettersForVerdict(verdictFor(carrier, effectiveAnswers(carrier, progress)).verdict);
  return <LetterTool {...tool} kinds={kinds} key={kinds.join()} />;
}
