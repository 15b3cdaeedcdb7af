import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { MAX_QUERY_LENGTH } from '@/lib/share/codec';
import { record, stageProps, storedRecord, storeRecord } from '@/tests/components/fixtures';
import { sharedLinkLabels } from './labels';
import { SharedLinkBanner } from './SharedLinkBanner';

const PAGE = '/en/t2/gather-materials/';
const ANSWERS_HREF = '/en/t2/confirm-online/';

/** Opens the stage page at `query` (a support link's) and renders the banner as the page does. */
function openLink(query: string, carrierId = 't2') {
  window.history.replaceState(null, '', `${PAGE}${query}#main`);
  const { t, carrier } = stageProps('en', carrierId, 'gather-materials');
  render(<SharedLinkBanner carrier={carrier} labels={sharedLinkLabels(t)} answersHref={ANSWERS_HREF} />);
}

const IGNORED = 'Part of the link you opened could not be used and was ignored. Everything else works as usual.';
const TITLE = 'Your support team set this up: check the answers';

describe('SharedLinkBanner', () => {
  test("a support link's answers and reference are applied on a phone with none, said once, and taken out of the address", async () => {
    openLink('?v=1&plan=pay-as-you-go&here=no&ref=TKT-42');
    expect(await screen.findByText(TITLE)).toBeInTheDocument();
    expect(screen.getByText('Support case reference: TKT-42')).toBeInTheDocument();
    expect(screen.getByText(/^We filled in the answers your support team knew/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Check the answers' })).toHaveAttribute('href', ANSWERS_HREF);
    expect(screen.queryByText(IGNORED)).toBeNull();
    expect(storedRecord('t2')).toMatchObject({
      answers: { planType: 'pay-as-you-go', inCountry: 'no' },
      answersConfirmed: false,
      case: { supportRef: 'TKT-42' },
    });
    // A reload must not apply it again: the query is gone, the rest of the address stays.
    expect(window.location.pathname + window.location.search + window.location.hash).toBe(`${PAGE}#main`);
  });

  test('without a query it shows nothing and saves nothing', () => {
    openLink('');
    expect(document.querySelector('[data-shared-link]')).toBeNull();
    expect(storedRecord('t2')).toBeNull();
  });

  test('when the phone already has other answers it asks first; "keep my answers" keeps them', async () => {
    const user = userEvent.setup();
    storeRecord('t2', record({ answers: { inCountry: 'yes' }, answersConfirmed: true, ticks: ['id-document'] }));
    openLink('?v=1&here=no');
    expect(await screen.findByText('This phone already has other answers for this carrier. Use the answers from the link instead?')).toBeInTheDocument();
    // Nothing is changed while the question is open.
    expect(storedRecord('t2')?.answers).toEqual({ inCountry: 'yes' });
    await user.click(screen.getByRole('button', { name: 'Keep my answers' }));
    expect(screen.getByText(/^Your own answers were kept\./)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(storedRecord('t2')).toMatchObject({ answers: { inCountry: 'yes' }, answersConfirmed: true, ticks: ['id-document'] });
  });

  test('"use the answers from the link" replaces the differing answers and keeps the ticks', async () => {
    const user = userEvent.setup();
    storeRecord('t2', record({ answers: { inCountry: 'yes', hasNumber: 'yes' }, answersConfirmed: true, ticks: ['id-document'] }));
    openLink('?v=1&here=no');
    await user.click(await screen.findByRole('button', { name: 'Use the answers from the link' }));
    expect(screen.getByText(/^We filled in the answers your support team knew/)).toBeInTheDocument();
    expect(storedRecord('t2')).toMatchObject({ answers: { inCountry: 'no', hasNumber: 'yes' }, answersConfirmed: false, ticks: ['id-document'] });
  });

  test('a link that agrees with the answers already there is applied without asking', async () => {
    storeRecord('t2', record({ answers: { inCountry: 'no', hasNumber: 'yes' } }));
    openLink('?v=1&here=no&ref=TKT-7');
    expect(await screen.findByText(/^We filled in the answers your support team knew/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(storedRecord('t2')).toMatchObject({ answers: { inCountry: 'no', hasNumber: 'yes' }, case: { supportRef: 'TKT-7' } });
  });

  test('a hostile link renders nothing of itself, says once what it ignored, and keeps the usable part', async () => {
    const payload = encodeURIComponent('"><script>alert(1)</script><img src=x onerror=alert(2)>');
    openLink(`?v=1&here=no&bought=${payload}&ref=${payload}&utm_source=mail&here=yes`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(IGNORED);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(document.querySelector('script, img')).toBeNull();
    expect(document.body.innerHTML).not.toContain('alert(');
    // The valid answer is used (the first "here"; the repeated one is ignored); the bad values are not saved.
    expect(screen.getByText(TITLE)).toBeInTheDocument();
    expect(storedRecord('t2')).toMatchObject({ answers: { inCountry: 'no' } });
    expect(storedRecord('t2')?.case).toBeUndefined();
  });

  test('an oversized link is not read at all: the notice only, nothing applied', async () => {
    const query = `?v=1&plan=subscription&x=${'a'.repeat(MAX_QUERY_LENGTH)}`;
    openLink(query);
    expect(await screen.findByRole('alert')).toHaveTextContent(IGNORED);
    expect(screen.queryByText(TITLE)).toBeNull();
    expect(storedRecord('t2')).toBeNull();
    expect(window.location.search).toBe('');
  });

  test('a link from a later version is not used at all', async () => {
    openLink('?v=2&here=no');
    expect(await screen.findByRole('alert')).toHaveTextContent(IGNORED);
    expect(screen.queryByText(TITLE)).toBeNull();
    expect(storedRecord('t2')).toBeNull();
  });
});
