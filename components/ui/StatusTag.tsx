import type { StageStatus } from '@/lib/engine/stages';

/** A task-list status as a plain adjective; "cannot start yet" is grey. */
export function StatusTag({ status, children }: { status: StageStatus; children: React.ReactNode }) {
  return <strong className={`tag tag--${status}`}>{children}</strong>;
}
