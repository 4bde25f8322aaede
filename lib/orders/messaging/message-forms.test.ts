import { describe, expect, it } from 'vitest';
import { containsEmailAddress, containsHtmlTag, MESSAGE_KINDS, messageBodyFor, messageInputFor, messageKindFor } from './message-forms';

const base = { orderId: '112-1234567-7654321' };

describe('buyer message forms', () => {
  it('validates text messages by the model limits and Amazon rules', () => {
    const schema = messageInputFor('confirmOrderDetails')!;
    expect(schema.safeParse({ ...base, action: 'confirmOrderDetails', text: ' Your order ships tomorrow. ' }).data).toMatchObject({
      text: 'Your order ships tomorrow.',
    });
    const messages = (text: string) => schema.safeParse({ ...base, action: 'confirmOrderDetails', text }).error?.issues.map((i) => i.message);
    expect(messages('   ')).toEqual(['Write the message.']);
    expect(messages('x'.repeat(2001))).toEqual(['Keep the message under 2,000 characters.']);
    expect(messages('Write to me at seller@example.com')).toEqual(['Amazon does not allow e-mail addresses in buyer messages.']);
    expect(messages('<b>Hello</b>')).toEqual(['Amazon does not allow HTML in buyer messages.']);
    // Customization messages are limited to 800 characters by the model.
    expect(messageInputFor('confirmCustomizationDetails')!.safeParse({ ...base, action: 'confirmCustomizationDetails', text: 'x'.repeat(801) }).success).toBe(
      false,
    );
  });

  it('refuses a 150 kB message at the length check, without running the content rules over it', () => {
    const schema = messageInputFor('confirmOrderDetails')!;
    // A long run without spaces made the e-mail pattern backtrack for ~20 s, freezing the server.
    const huge = `${'a'.repeat(150_000)} write to seller@example.com <b>now</b>`;
    const result = schema.safeParse({ ...base, action: 'confirmOrderDetails', text: huge });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['text', 'Keep the message under 2,000 characters.']]);
  });

  it('finds e-mail addresses and HTML with patterns that stay linear on hostile input', () => {
    expect(containsEmailAddress('mail seller@example.com today')).toBe(true);
    expect(containsEmailAddress('Order 112-123 @ 5pm, see example.com')).toBe(false);
    expect(containsEmailAddress('a@b.c')).toBe(false);
    expect(containsHtmlTag('<a href="x">link</a>')).toBe(true);
    expect(containsHtmlTag('1 < 2 and 3 > 2')).toBe(false);
    // Shapes that backtrack quadratically in naive patterns; each still gets the right answer.
    expect(containsEmailAddress('a'.repeat(150_000))).toBe(false);
    expect(containsEmailAddress(`a@${'a.'.repeat(75_000)}`)).toBe(false);
    expect(containsEmailAddress(`${'a'.repeat(150_000)}@example.com`)).toBe(true);
    expect(containsHtmlTag('<a'.repeat(75_000))).toBe(false);
    expect(containsHtmlTag(`${'<a'.repeat(75_000)}>`)).toBe(true);
  });

  it('validates warranty dates and builds date-time bodies', () => {
    const schema = messageInputFor('warranty')!;
    const bad = schema.safeParse({ ...base, action: 'warranty', coverageStartDate: '2026-12-01', coverageEndDate: '2026-11-01' });
    expect(bad.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['coverageEndDate', 'The coverage must end after it starts.']]);
    expect(
      schema
        .safeParse({ ...base, action: 'warranty', coverageStartDate: 'soon', coverageEndDate: '' })
        .error!.issues.map((i) => i.path.join('.'))
        .sort(),
    ).toEqual(['coverageEndDate', 'coverageStartDate']);
    expect(messageBodyFor('warranty', { coverageStartDate: '2026-12-01', coverageEndDate: '2027-12-01' })).toEqual({
      coverageStartDate: '2026-12-01T00:00:00Z',
      coverageEndDate: '2027-12-01T23:59:59Z',
    });
  });

  it('offers legal disclosure and invoice with a required file, and refuses a file where the request takes no attachments', () => {
    const pdf = new File(['%PDF-1.4'], 'invoice.pdf', { type: 'application/pdf' });
    const invoice = messageInputFor('invoice')!;
    expect(invoice.safeParse({ ...base, action: 'invoice', attachment: pdf }).success).toBe(true);
    expect(invoice.safeParse({ ...base, action: 'invoice' }).error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['attachment', 'Choose a file.'],
    ]);
    expect(messageInputFor('legalDisclosure')!.safeParse({ ...base, action: 'legalDisclosure' }).success).toBe(false);
    // Optional where the model has attachments beside other content.
    expect(messageInputFor('digitalAccessKey')!.safeParse({ ...base, action: 'digitalAccessKey', text: 'KEY-1' }).success).toBe(true);
    expect(messageInputFor('digitalAccessKey')!.safeParse({ ...base, action: 'digitalAccessKey', text: 'KEY-1', attachment: pdf }).success).toBe(true);
    const noFile = messageInputFor('confirmOrderDetails')!.safeParse({ ...base, action: 'confirmOrderDetails', text: 'Hi', attachment: pdf });
    expect(noFile.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['attachment', 'This message type takes no file.']]);
    expect(Object.values(MESSAGE_KINDS).map((k) => k.attachment)).not.toContain(undefined);
  });

  it('puts the uploaded file in the body as the model names it', () => {
    const attachments = [{ uploadDestinationId: 'dest-1', fileName: 'invoice.pdf' }];
    expect(messageBodyFor('invoice', {}, attachments)).toEqual({ attachments });
    expect(messageBodyFor('digitalAccessKey', { text: 'KEY-1' }, attachments)).toEqual({ text: 'KEY-1', attachments });
    expect(messageBodyFor('digitalAccessKey', { text: 'KEY-1' })).toEqual({ text: 'KEY-1' });
    expect(() => messageBodyFor('invoice', {})).toThrow(/needs an attachment/);
    expect(() => messageBodyFor('confirmOrderDetails', { text: 'Hi' }, attachments)).toThrow(/takes no attachments/);
  });

  it('does not offer unknown actions', () => {
    expect(messageInputFor('somethingNew')).toBeNull();
    expect(messageKindFor('somethingNew').kind).toBe('unsupported');
    expect(() => messageBodyFor('somethingNew', {})).toThrow();
  });
});
