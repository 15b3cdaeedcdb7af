import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { caseFieldsAsked } from '@/lib/engine/case';
import { record, stageProps, storedRecord, storeRecord } from '@/tests/components/fixtures';
import { CaseTracker } from './CaseTracker';
import { caseLabels } from './labels';

/** Airalo's "Follow up the request" (track-review): a 14-day refund window and a 10-working-day processing time. */
function renderTracker() {
  const { t, name, carrier, progressLabels } = stageProps('en', 'airalo', 'track-review');
  const fields = caseFieldsAsked('track-review', carrier);
  render(
    <CaseTracker carrier={carrier} carrierName={name} locale="en" fields={fields} labels={caseLabels(t, 'en')} progressLabels={progressLabels} letter={null} />,
  );
  return { t, fields };
}

const dateGroup = (legend: string) => screen.getByRole('group', { name: legend });

/** Types a date into a GOV.UK date input (day, month, year), then leaves it, which is when it is checked. */
async function typeDate(user: UserEvent, legend: string, day: string, month: string, year: string) {
  const group = dateGroup(legend);
  for (const [part, value] of [
    ['Day', day],
    ['Month', month],
    ['Year', year],
  ] as const) {
    const input = within(group).getByRole('textbox', { name: part });
    await user.clear(input);
    if (value) await user.type(input, value);
  }
  await user.click(screen.getByRole('heading', { name: 'Your dates' }));
}

const partsOf = (legend: string) =>
  within(dateGroup(legend))
    .getAllByRole('textbox')
    .map((i) => (i as HTMLInputElement).value);
const deadline = (id: string) => document.querySelector(`[data-deadline="${id}"]`);

describe('CaseTracker', () => {
  test('asks for the dates of the stage, with no deadlines until one is entered', () => {
    const { t, fields } = renderTracker();
    expect(fields).toContain('purchasedOn');
    for (const field of fields) {
      const label = t(`case.fields.${field}.label`);
      if (field === 'reference') expect(screen.getByRole('textbox', { name: label })).toHaveValue('');
      else expect(within(dateGroup(label)).getAllByRole('textbox')).toHaveLength(3);
    }
    expect(screen.getByText('Enter a date above to see what to do when.')).toBeInTheDocument();
  });

  test('a purchase date gives the day the refund window closes, announced and saved in the case', async () => {
    const user = userEvent.setup();
    renderTracker();
    await typeDate(user, 'Date you bought the plan', '2', '11', '2026');
    // 14 days after 2 November 2026.
    const row = deadline('refund-window-closes')!;
    expect(within(row as HTMLElement).getByText('Refund window closes')).toBeInTheDocument();
    expect(row.querySelector('time')).toHaveAttribute('dateTime', '2026-11-16');
    expect(row.querySelector('time')).toHaveTextContent('November 16, 2026');
    expect(screen.queryByText('Enter a date above to see what to do when.')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('1 date worked out: see “What to do when” below.');
    expect(storedRecord('airalo')?.case).toEqual({ purchasedOn: '2026-11-02' });
  });

  test('the date the request was sent gives when to expect an answer and when to chase, in working days', async () => {
    const user = userEvent.setup();
    renderTracker();
    // Friday 20 November 2026 + 10 working days = Friday 4 December; chase the day after.
    await typeDate(user, 'Date you sent the cancellation', '20', '11', '2026');
    expect(deadline('answer-expected')?.querySelector('time')).toHaveAttribute('dateTime', '2026-12-04');
    expect(deadline('chase')?.querySelector('time')).toHaveAttribute('dateTime', '2026-12-05');
    expect(storedRecord('airalo')?.case).toEqual({ submittedOn: '2026-11-20' });
  });

  test('a date that is not real shows its message, keeps what was typed and what was saved, and saves nothing new', async () => {
    const user = userEvent.setup();
    storeRecord('airalo', record({ case: { submittedOn: '2026-11-20' } }));
    renderTracker();
    expect(await screen.findByText('December 4, 2026')).toBeInTheDocument();

    await typeDate(user, 'Date you bought the plan', '31', '2', '2026');
    const group = dateGroup('Date you bought the plan');
    expect(within(group).getByText('The date must be a real date')).toHaveClass('error-message');
    expect(group).toHaveAccessibleDescription(expect.stringContaining('Error: The date must be a real date'));
    expect(within(group).getByRole('textbox', { name: 'Day' })).toHaveAttribute('aria-invalid', 'true');
    // What was typed stays on screen to be corrected; the other saved date stays, with its deadlines.
    expect(partsOf('Date you bought the plan')).toEqual(['31', '2', '2026']);
    expect(storedRecord('airalo')?.case).toEqual({ submittedOn: '2026-11-20' });
    expect(deadline('refund-window-closes')).toBeNull();
    expect(deadline('answer-expected')?.querySelector('time')).toHaveAttribute('dateTime', '2026-12-04');

    // Correcting it takes the message away and saves the date beside the other.
    await typeDate(user, 'Date you bought the plan', '28', '2', '2026');
    expect(within(group).queryByText('The date must be a real date')).toBeNull();
    expect(storedRecord('airalo')?.case).toEqual({ submittedOn: '2026-11-20', purchasedOn: '2026-02-28' });
  });

  test('a saved date changed into one that is not real keeps the saved date', async () => {
    const user = userEvent.setup();
    storeRecord('airalo', record({ case: { purchasedOn: '2026-11-02' } }));
    renderTracker();
    expect(await screen.findByText('November 16, 2026')).toBeInTheDocument();
    // Pasted over the day at once: 31 November does not exist.
    await user.tripleClick(within(dateGroup('Date you bought the plan')).getByRole('textbox', { name: 'Day' }));
    await user.paste('31');
    await user.click(screen.getByRole('heading', { name: 'Your dates' }));
    expect(within(dateGroup('Date you bought the plan')).getByText('The date must be a real date')).toBeInTheDocument();
    expect(partsOf('Date you bought the plan')).toEqual(['31', '11', '2026']);
    expect(storedRecord('airalo')?.case).toEqual({ purchasedOn: '2026-11-02' });
    expect(deadline('refund-window-closes')?.querySelector('time')).toHaveAttribute('dateTime', '2026-11-16');
  });

  test('a saved date retyped digit by digit into one that is not real keeps the saved date (no date passed through on the way is saved)', async () => {
    const user = userEvent.setup();
    storeRecord('airalo', record({ case: { purchasedOn: '2026-11-02' } }));
    renderTracker();
    expect(await screen.findByText('November 16, 2026')).toBeInTheDocument();
    // Typed "3" then "1": the 3rd of November is on the way to the 31st, which does not exist.
    const day = within(dateGroup('Date you bought the plan')).getByRole('textbox', { name: 'Day' });
    await user.clear(day);
    await user.type(day, '31');
    await user.click(screen.getByRole('heading', { name: 'Your dates' }));
    expect(within(dateGroup('Date you bought the plan')).getByText('The date must be a real date')).toBeInTheDocument();
    expect(storedRecord('airalo')?.case).toEqual({ purchasedOn: '2026-11-02' });
    expect(deadline('refund-window-closes')?.querySelector('time')).toHaveAttribute('dateTime', '2026-11-16');
  });

  test('a date with a part missing names the part, and saves nothing', async () => {
    const user = userEvent.setup();
    renderTracker();
    await typeDate(user, 'Date the plan next renews', '5', '', '2027');
    expect(within(dateGroup('Date the plan next renews')).getByText('The date must include a month')).toBeInTheDocument();
    expect(partsOf('Date the plan next renews')).toEqual(['5', '', '2027']);
    expect(storedRecord('airalo')).toBeNull();
  });

  test('a reference the carrier could not have written is refused with a message and not saved; a good one is saved', async () => {
    const user = userEvent.setup();
    renderTracker();
    const reference = screen.getByRole('textbox', { name: 'Reference number the carrier gave you' });
    await user.type(reference, 'SR<script>');
    await user.tab();
    expect(reference).toHaveAttribute('aria-invalid', 'true');
    expect(reference).toHaveAccessibleDescription(expect.stringContaining('Enter the reference as the carrier wrote it'));
    expect(reference).toHaveValue('SR<script>');
    expect(storedRecord('airalo')).toBeNull();

    await user.clear(reference);
    await user.type(reference, ' SR-2026-001 ');
    await user.tab();
    expect(reference).not.toHaveAttribute('aria-invalid');
    expect(storedRecord('airalo')?.case).toEqual({ reference: 'SR-2026-001' });
  });

  test('saved dates are shown as typed (no leading zeros) with their deadlines, and not announced', async () => {
    storeRecord('airalo', record({ case: { purchasedOn: '2026-03-05' } }));
    renderTracker();
    expect(await screen.findByText('March 19, 2026')).toBeInTheDocument();
    expect(partsOf('Date you bought the plan')).toEqual(['5', '3', '2026']);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
