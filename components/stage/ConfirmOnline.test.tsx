import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { QUESTION_IDS, QUESTIONS, type QuestionId } from '@/lib/engine/questions';
import { stageProps, storedRecord } from '@/tests/components/fixtures';
import { ConfirmOnline } from './ConfirmOnline';
import { confirmOnlineLabels } from './labels';

const PAGE_TITLE = 'Confirm online – T2';

function renderStageOne(carrierId = 't2') {
  const { t, name, carrier, texts, itemLabels, progressLabels } = stageProps('en', carrierId, 'confirm-online');
  const labels = confirmOnlineLabels(t, name);
  expect(labels.defaultAnswers).toContain(name);
  // A fragment as the next page: jsdom follows it (it cannot load another document), so a test can see where the form went.
  render(<ConfirmOnline carrier={carrier} texts={texts} itemLabels={itemLabels} labels={labels} progressLabels={progressLabels} nextHref="#next-stage" />);
  return { t, labels };
}

const question = (legend: string) => screen.getByRole('group', { name: legend });
const submitButton = () => screen.getByRole('button', { name: 'Save and continue' });

beforeEach(() => {
  document.title = PAGE_TITLE;
  // jsdom lays nothing out, so it has no scrolling; the summary's links scroll the legend into view before focusing.
  Element.prototype.scrollIntoView = vi.fn();
});

describe('ConfirmOnline (stage 1): the questions', () => {
  test('submitting with nothing answered shows the error summary, which takes focus and links to each question', async () => {
    const user = userEvent.setup();
    const { labels } = renderStageOne();
    await user.click(submitButton());

    const summary = screen.getByRole('heading', { name: 'There is a problem' }).parentElement!;
    expect(summary).toHaveFocus();
    expect(document.title).toBe(`Error: ${PAGE_TITLE}`);
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual(QUESTION_IDS.map((q) => [labels.questions[q].error, `#question-${q}`]));
    // Every link leads to a question on the page.
    for (const a of links) expect(document.getElementById(a.getAttribute('href')!.slice(1))).toHaveRole('group');
    // Nothing was saved, and the form did not go on.
    expect(storedRecord('t2')).toBeNull();
    expect(window.location.hash).toBe('');
  });

  test('each question shows its own message, read out with it', async () => {
    const user = userEvent.setup();
    const { labels } = renderStageOne();
    await user.click(submitButton());
    for (const q of QUESTION_IDS) {
      const { legend, error } = labels.questions[q];
      const group = question(legend);
      expect(within(group).getByText(error)).toHaveClass('error-message');
      expect(group).toHaveAccessibleDescription(expect.stringContaining(`Error: ${error}`));
    }
  });

  test("a summary link moves focus to its question's first option", async () => {
    const user = userEvent.setup();
    const { labels } = renderStageOne();
    await user.click(submitButton());
    await user.click(screen.getByRole('link', { name: labels.questions.inCountry.error }));
    expect(within(question(labels.questions.inCountry.legend)).getAllByRole('radio')[0]).toHaveFocus();
  });

  test('answering a question takes its message away; the summary keeps the others and does not take focus again', async () => {
    const user = userEvent.setup();
    const { labels } = renderStageOne();
    await user.click(submitButton());
    const { legend, error } = labels.questions.boughtFrom;
    await user.click(within(question(legend)).getAllByRole('radio')[0]);
    expect(screen.queryByText(error)).toBeNull();
    const summary = screen.getByRole('heading', { name: 'There is a problem' }).parentElement!;
    expect(within(summary).getAllByRole('link')).toHaveLength(QUESTION_IDS.length - 1);
    expect(summary).not.toHaveFocus();
  });

  test('answering gives the verdict at once, says the change by the button, and saves the answer', async () => {
    const user = userEvent.setup();
    const { labels } = renderStageOne();
    const verdict = () => screen.getByRole('heading', { level: 2, name: /^Answer:/ });
    // T2's usual answers (in Russia) mean a shop visit.
    expect(verdict()).toHaveTextContent('Answer: only in person');
    expect(screen.getByText(labels.defaultAnswers)).toBeInTheDocument();

    await user.click(within(question(labels.questions.inCountry.legend)).getByRole('radio', { name: labels.questions.inCountry.options.no }));
    expect(verdict()).toHaveTextContent('Answer: through a representative');
    expect(screen.getByText('For your answers below.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('The answer at the top of this page is now: through a representative.');
    expect(storedRecord('t2')).toMatchObject({ answers: { inCountry: 'no' }, answersConfirmed: false });
  });

  test('with every question answered, submitting confirms the answers and goes on to the next stage', async () => {
    const user = userEvent.setup();
    const { labels } = renderStageOne();
    const answers = Object.fromEntries(QUESTION_IDS.map((q) => [q, QUESTIONS[q][0]])) as Record<QuestionId, string>;
    for (const q of QUESTION_IDS)
      await user.click(within(question(labels.questions[q].legend)).getByRole('radio', { name: labels.questions[q].options[answers[q]] }));
    await user.click(submitButton());
    expect(screen.queryByRole('heading', { name: 'There is a problem' })).toBeNull();
    expect(storedRecord('t2')).toMatchObject({ answers, answersConfirmed: true });
    expect(window.location.hash).toBe('#next-stage');
  });
});
