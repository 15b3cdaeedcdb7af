import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { backupKey, storageKey } from '@/lib/progress/store';
import { record, storedRecord, storeRecord } from '@/tests/components/fixtures';
import { useProgress } from './useProgress';

/** A component that shows what the hook gives it, and can change the answer to "are you in the country?". */
function Probe({ name, carrierId = 't2' }: { name: string; carrierId?: string }) {
  const { progress, problem, update } = useProgress(carrierId);
  return (
    <section aria-label={name}>
      <p data-testid="answer">{progress.answers.inCountry ?? 'none'}</p>
      <p data-testid="problem">{problem ?? 'none'}</p>
      <button type="button" onClick={() => update((current) => ({ ...current, answers: { ...current.answers, inCountry: 'no' } }))}>
        abroad
      </button>
    </section>
  );
}

const shown = (name: string, what: 'answer' | 'problem') => within(screen.getByRole('region', { name })).getByTestId(what).textContent;

/** Counts the reads of a carrier's record from storage. */
function countReads(carrierId: string) {
  const getItem = vi.spyOn(Storage.prototype, 'getItem');
  return () => getItem.mock.calls.filter(([key]) => key === storageKey(carrierId)).length;
}

/** Another tab saved `value`: the browser updates storage and fires `storage` here. */
function otherTabSaves(carrierId: string, value: string) {
  const oldValue = localStorage.getItem(storageKey(carrierId));
  localStorage.setItem(storageKey(carrierId), value);
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey(carrierId), oldValue, newValue: value, storageArea: localStorage }));
  });
}

const nextMacrotask = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('useProgress', () => {
  test('components mounting together share one read of the record', async () => {
    storeRecord('t2', record({ answers: { inCountry: 'yes' } }));
    const reads = countReads('t2');
    render(
      <>
        <Probe name="checklist" />
        <Probe name="case tracker" />
      </>,
    );
    expect(await screen.findAllByText('yes')).toHaveLength(2);
    expect(reads()).toBe(1);
  });

  test('a component mounting later (another page) reads afresh', async () => {
    storeRecord('t2', record({ answers: { inCountry: 'yes' } }));
    const reads = countReads('t2');
    const { rerender } = render(<Probe name="first" />);
    await screen.findByText('yes');
    await nextMacrotask();
    localStorage.setItem(storageKey('t2'), JSON.stringify(record({ answers: { inCountry: 'no' } })));
    rerender(
      <>
        <Probe name="first" />
        <Probe name="second" />
      </>,
    );
    expect(await within(screen.getByRole('region', { name: 'second' })).findByText('no')).toBeInTheDocument();
    expect(reads()).toBe(2);
  });

  test('a change saved in another tab reaches every component using the hook', async () => {
    render(
      <>
        <Probe name="checklist" />
        <Probe name="case tracker" />
      </>,
    );
    await nextMacrotask();
    expect(shown('checklist', 'answer')).toBe('none');
    otherTabSaves('t2', JSON.stringify(record({ answers: { inCountry: 'no' } })));
    expect(shown('checklist', 'answer')).toBe('no');
    expect(shown('case tracker', 'answer')).toBe('no');
  });

  test("another carrier's change in another tab is not read", async () => {
    render(<Probe name="checklist" />);
    await nextMacrotask();
    const reads = countReads('t2');
    otherTabSaves('airalo', JSON.stringify(record({ answers: { inCountry: 'no' } })));
    expect(shown('checklist', 'answer')).toBe('none');
    expect(reads()).toBe(0);
  });

  test('a change made in one component is saved and shown by the others on the page', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Probe name="checklist" />
        <Probe name="case tracker" />
      </>,
    );
    await nextMacrotask();
    await user.click(within(screen.getByRole('region', { name: 'checklist' })).getByRole('button'));
    expect(shown('checklist', 'answer')).toBe('no');
    expect(shown('case tracker', 'answer')).toBe('no');
    expect(storedRecord('t2')?.answers).toEqual({ inCountry: 'no' });
  });

  test('a corrupt record is reported to every component, kept as a backup, and reset; the next change saves afresh', async () => {
    const user = userEvent.setup();
    storeRecord('t2', '{"version":1,"answers":');
    render(
      <>
        <Probe name="checklist" />
        <Probe name="case tracker" />
      </>,
    );
    // The first reader resets it; the second still learns it happened.
    expect(await screen.findAllByText('corrupt')).toHaveLength(2);
    expect(localStorage.getItem(backupKey('t2'))).toBe('{"version":1,"answers":');
    expect(localStorage.getItem(storageKey('t2'))).toBeNull();
    await user.click(within(screen.getByRole('region', { name: 'checklist' })).getByRole('button'));
    expect(storedRecord('t2')?.answers).toEqual({ inCountry: 'no' });
    // The backup is never overwritten by the new progress.
    expect(localStorage.getItem(backupKey('t2'))).toBe('{"version":1,"answers":');
  });

  test('a record from a later version is reported, used by no one, and never overwritten by a change', async () => {
    const user = userEvent.setup();
    const newer = JSON.stringify({ ...record({ answers: { inCountry: 'yes' } }), version: 2, reminders: ['2027-01-01'] });
    storeRecord('t2', newer);
    render(
      <>
        <Probe name="checklist" />
        <Probe name="case tracker" />
      </>,
    );
    expect(await screen.findAllByText('newer')).toHaveLength(2);
    expect(shown('checklist', 'answer')).toBe('none');
    await user.click(within(screen.getByRole('region', { name: 'checklist' })).getByRole('button'));
    // The change shows on the page but is not saved over the later version's record; the notice stays "newer".
    expect(shown('checklist', 'answer')).toBe('no');
    expect(shown('checklist', 'problem')).toBe('newer');
    expect(localStorage.getItem(storageKey('t2'))).toBe(newer);
    expect(localStorage.getItem(backupKey('t2'))).toBeNull();
  });

  test('storage the browser refuses is reported as unavailable, and a change still shows', async () => {
    const user = userEvent.setup();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    render(<Probe name="checklist" />);
    expect(await screen.findByText('unavailable')).toBeInTheDocument();
    await user.click(screen.getByRole('button'));
    expect(shown('checklist', 'answer')).toBe('no');
    expect(shown('checklist', 'problem')).toBe('unavailable');
  });
});
