import { describe, expect, it } from 'vitest';
import { composeLetter, letterText, lettersForVerdict, mailtoHref, variablesOf } from '@/lib/letters/compose';
import { letterSchema, toE164 } from '@/lib/letters/fields';
import { letterTemplate } from '@/lib/i18n/server';

const template = {
  subject: 'Cancellation of my {{carrier}} plan',
  lines: { greeting: 'Dear {{carrier}},', phone: 'My number is {{phone}}.', email: 'My account email is {{email}}.', signoff: '{{name}}\n{{date}}' },
};

describe('composing a letter from lines', () => {
  it('keeps only the lines whose variables are all filled, in order', () => {
    const letter = composeLetter(template, { carrier: 'T2', phone: '+79123456789', name: 'Ivan Petrov', date: '2026-11-25', email: '  ' });
    expect(letter.subject).toBe('Cancellation of my T2 plan');
    expect(letter.lines).toEqual(['Dear T2,', 'My number is +79123456789.', 'Ivan Petrov\n2026-11-25']);
    expect(letterText(letter)).toContain('My number is +79123456789.');
  });

  it('names the variables a line needs', () => {
    expect(variablesOf('{{name}} and {{ date }}')).toEqual(['name', 'date']);
  });

  it('offers the letter that fits the verdict', () => {
    expect(lettersForVerdict('online')).toEqual(['cancellation']);
    expect(lettersForVerdict('in-person')).toEqual(['counter']);
    expect(lettersForVerdict('phone')).toEqual(['callScript']);
    expect(lettersForVerdict('proxy')).toEqual(['powerOfAttorney', 'counter']);
    expect(lettersForVerdict('check-with-carrier')).toEqual(['cancellation']);
  });

  it('builds a mailto: link to the carrier’s official address with the letter encoded', () => {
    const letter = composeLetter(template, { carrier: 'Holafly', phone: '+34 600', name: 'A', date: '2026-11-25' });
    const href = mailtoHref('mailto:help@holafly.com', letter);
    expect(href.startsWith('mailto:help@holafly.com?subject=Cancellation%20of%20my%20Holafly%20plan&body=')).toBe(true);
    expect(decodeURIComponent(href.split('body=')[1])).toContain('My number is +34 600.');
  });

  it('writes the T2 counter statement in Russian, with the balance refund to the bank account', () => {
    const letter = composeLetter(letterTemplate('ru', 'counter'), {
      name: 'Иван Петров',
      phone: '+79123456789',
      bankDetails: '40817810099910004312',
      date: '2026-11-25',
    });
    const text = letterText(letter);
    expect(text).toContain('+79123456789');
    expect(text).toContain('40817810099910004312');
    expect(text).toMatch(/договор/);
  });
});

describe('the letter form’s checks', () => {
  const schema = letterSchema(new Set(['name', 'phone', 'date', 'iccid']));
  const blank = {
    name: '',
    phone: '',
    email: '',
    iccid: '',
    order: '',
    date: '',
    bankDetails: '',
    reference: '',
    submittedOn: '',
    chargeDate: '',
    amount: '',
    cancelledOn: '',
    documents: '',
  };

  it('stores a phone number from any country as E.164', () => {
    expect(toE164('+7 912 345-67-89')).toBe('+79123456789');
    expect(toE164('+86 138 0013 8000')).toBe('+8613800138000');
    expect(toE164('12345')).toBeNull();
  });

  it('names each problem by the field, with a message key', () => {
    const result = schema.safeParse({ ...blank, phone: '12', email: 'not-an-email', date: '25.11.2026' });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(issues).toMatchObject({ name: 'nameRequired', phone: 'phoneInvalid', email: 'emailInvalid', date: 'dateInvalid', iccid: 'identifierRequired' });
  });

  it('accepts an order number instead of the ICCID', () => {
    expect(schema.safeParse({ ...blank, name: 'A', phone: '+79123456789', date: '2026-11-25', order: 'AB-123' }).success).toBe(true);
  });
});
