import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { effectiveAnswers, evaluate } from '@/lib/engine/evaluate';
import type { Stage } from '@/lib/engine/stages';
import type { Locale } from '@/lib/i18n/locales';
import { record, stageProps, storedRecord, storeRecord } from '@/tests/components/fixtures';
import { checklistLabels } from './labels';
import { StageChecklist } from './StageChecklist';

function renderChecklist(locale: Locale, carrierId: string, stage: Stage) {
  const { t, carrier, texts, itemLabels, progressLabels } = stageProps(locale, carrierId, stage);
  render(
    <StageChecklist
      carrier={carrier}
      stage={stage}
      locale={locale}
      texts={texts}
      itemLabels={itemLabels}
      labels={checklistLabels(t, locale)}
      progressLabels={progressLabels}
    />,
  );
  return { t, carrier, texts };
}

/** The stage's tasks for the carrier's usual answers, from the engine (the order the checklist shows them in). */
function tasksOf(carrierId: string, stage: Stage) {
  const { carrier } = stageProps('en', carrierId, stage);
  const progress = record();
  return evaluate(carrier, effectiveAnswers(carrier, progress), progress)
    .stages.find((s) => s.stage === stage)!
    .items.filter((i) => i.kind === 'task');
}

const group = () => screen.getByRole('group', { name: 'Things to do' });

describe('StageChecklist', () => {
  test("shows the stage's tasks for the carrier, as checkboxes named by the carrier's sentences", async () => {
    const { texts } = renderChecklist('en', 't2', 'gather-materials');
    const tasks = tasksOf('t2', 'gather-materials');
    expect(tasks.map((t) => t.id)).toContain('id-document');
    const boxes = await within(group()).findAllByRole('checkbox');
    expect(boxes.map((b) => b.id)).toEqual(tasks.map((t) => `item-${t.id}`));
    for (const task of tasks) expect(screen.getByRole('checkbox', { name: texts[task.text] as string })).not.toBeChecked();
    // Nothing answered yet: the list says it fits the usual plan.
    expect(screen.getByText('This list fits the most common plan. Answer the questions in stage 1 to make it fit yours.')).toBeInTheDocument();
  });

  test('a tick is saved under the progress key at once, and the count of what is left follows with the right plural', async () => {
    const user = userEvent.setup();
    const { t, texts } = renderChecklist('en', 't2', 'gather-materials');
    const tasks = tasksOf('t2', 'gather-materials');
    expect(tasks.length).toBeGreaterThanOrEqual(3);
    const idDocument = () => screen.getByRole('checkbox', { name: texts['t2.idDocument'] as string });
    const left = (n: number) => t('checklist.tasksLeft', { count: n });
    expect(await screen.findByText(left(tasks.length))).toBeInTheDocument();
    expect(left(tasks.length)).toBe(`${tasks.length} things left to do`);

    await user.click(idDocument());
    expect(idDocument()).toBeChecked();
    expect(storedRecord('t2')?.ticks).toEqual(['id-document']);
    expect(screen.getByText(left(tasks.length - 1))).toBeInTheDocument();

    // Tick all but one: the singular form.
    for (const task of tasks.slice(0, -1)) {
      const box = document.getElementById(`item-${task.id}`) as HTMLInputElement;
      if (!box.checked) await user.click(box);
    }
    expect(screen.getByText('1 thing left to do')).toBeInTheDocument();
    await user.click(document.getElementById(`item-${tasks.at(-1)!.id}`)!);
    expect(screen.getByText('Everything in this stage is ticked.')).toBeInTheDocument();
    expect(new Set(storedRecord('t2')?.ticks)).toEqual(new Set(tasks.map((task) => task.id)));

    // Unticking is saved too.
    await user.click(idDocument());
    expect(storedRecord('t2')?.ticks).not.toContain('id-document');
    expect(screen.getByText('1 thing left to do')).toBeInTheDocument();
  });

  test('Russian counts use its few and many forms', async () => {
    const user = userEvent.setup();
    const { t } = renderChecklist('ru', 't2', 'gather-materials');
    const tasks = tasksOf('t2', 'gather-materials');
    const text = (n: number) => t('checklist.tasksLeft', { count: n });
    // The forms differ in Russian (1 one, 2–4 few, 5+ many): the test means something only if they do.
    expect(new Set([text(1).replace('1', '#'), text(2).replace('2', '#'), text(5).replace('5', '#')]).size).toBe(3);
    expect(await screen.findByText(text(tasks.length))).toBeInTheDocument();
    await user.click(document.getElementById(`item-${tasks[0].id}`)!);
    expect(screen.getByText(text(tasks.length - 1))).toBeInTheDocument();
  });

  test('saved ticks and answers are shown once read from the device', async () => {
    storeRecord('t2', record({ answers: { inCountry: 'no' }, ticks: ['power-of-attorney'] }));
    renderChecklist('en', 't2', 'gather-materials');
    expect(await screen.findByText('This list fits the answers you gave in stage 1.')).toBeInTheDocument();
    expect(document.getElementById('item-power-of-attorney')).toBeChecked();
    // Abroad, the ID document task gives way to a power of attorney.
    expect(document.getElementById('item-id-document')).toBeNull();
  });
});

describe('StageChecklist: removing the eSIM waits (Airalo refunds only while the eSIM is installed)', () => {
  const removeEsim = stageProps('en', 'airalo', 'check-charges').texts['common.deleteEsim'] as string;
  const deleteBox = () => screen.getByRole('checkbox', { name: removeEsim });

  test('before the carrier confirmed, the task cannot be ticked and says why', async () => {
    const user = userEvent.setup();
    const { t } = renderChecklist('en', 'airalo', 'check-charges');
    await screen.findByText(t('checklist.defaultAnswers'));
    expect(deleteBox()).toBeDisabled();
    expect(deleteBox()).toHaveAccessibleDescription(`${t('checklist.lockedStatus')} ${t('checklist.locked.wait-confirmation')}`);
    await user.click(deleteBox());
    expect(deleteBox()).not.toBeChecked();
    expect(storedRecord('airalo')).toBeNull();
  });

  test('after the confirmation it still waits for the refund', async () => {
    // A tick saved while locked (another version of the page) does not count.
    storeRecord('airalo', record({ ticks: ['common-delete-esim'], case: { reply: 'confirmed' } }));
    const { t } = renderChecklist('en', 'airalo', 'check-charges');
    await waitFor(() => expect(deleteBox()).toHaveAccessibleDescription(`${t('checklist.lockedStatus')} ${t('checklist.locked.wait-refund')}`));
    expect(deleteBox()).toBeDisabled();
    expect(deleteBox()).not.toBeChecked();
  });

  test('once the refund arrived it can be ticked, and the tick is saved', async () => {
    const user = userEvent.setup();
    storeRecord('airalo', record({ case: { reply: 'confirmed', refundedOn: '2026-11-20' } }));
    renderChecklist('en', 'airalo', 'check-charges');
    await waitFor(() => expect(deleteBox()).toBeEnabled());
    expect(deleteBox()).not.toHaveAccessibleDescription();
    await user.click(deleteBox());
    expect(storedRecord('airalo')?.ticks).toEqual(['common-delete-esim']);
  });
});
