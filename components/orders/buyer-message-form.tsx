'use client';

import { useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { sendBuyerMessageAction } from '@/lib/orders/actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { errorsAndValues, idleState } from '@/lib/actions/action-state';
import { ATTACHMENT_ACCEPT, ATTACHMENT_LIMIT_TEXT, MAX_ATTACHMENT_BYTES, type MessageKind } from '@/lib/orders/types';

/** One form per message type Amazon offers for the order, with that type's fields. */
export function BuyerMessageForm({ orderId, action, kind }: { orderId: string; action: string; kind: MessageKind }) {
  const [state, send, pending] = useActionState(sendBuyerMessageAction, idleState);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === 'success') form.current?.reset();
  }, [state]);
  const { errors, values } = errorsAndValues(state);
  const headingId = `message-${action}`;
  const fieldId = (name: string) => `${action}-${name}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-5">
      <h3 id={headingId} className="font-semibold">
        {kind.label}
      </h3>
      <p className="mt-1 text-sm text-slate-600">{kind.hint}</p>
      {kind.kind === 'unsupported' ? null : (
        <form ref={form} action={send} onSubmit={holdBackOversizeFile} className="mt-3 space-y-3" noValidate>
          <input type="hidden" name="orderId" value={orderId} />
          <input type="hidden" name="action" value={action} />
          {kind.kind === 'text' ? (
            <Field
              id={fieldId('text')}
              label="Message"
              errors={errors?.text}
              hint={`Up to ${kind.maxLength.toLocaleString('en-US')} characters, in the buyer's language. No HTML or e-mail addresses.`}
            >
              {(describedBy, invalid) => (
                <textarea
                  id={fieldId('text')}
                  name="text"
                  rows={4}
                  defaultValue={values?.text}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-600"
                />
              )}
            </Field>
          ) : kind.kind === 'warranty' ? (
            <div className="grid gap-3 md:grid-cols-2">
              <CoverageDate
                id={fieldId('coverageStartDate')}
                name="coverageStartDate"
                label="Coverage starts"
                value={values?.coverageStartDate}
                errors={errors?.coverageStartDate}
              />
              <CoverageDate
                id={fieldId('coverageEndDate')}
                name="coverageEndDate"
                label="Coverage ends"
                value={values?.coverageEndDate}
                errors={errors?.coverageEndDate}
              />
            </div>
          ) : null}
          {kind.attachment === 'none' ? null : (
            <AttachmentInput
              id={fieldId('attachment')}
              required={kind.attachment === 'required'}
              errors={errors?.attachment}
              chooseAgain={state.status === 'error'}
            />
          )}
          <FormMessage state={state} />
          <Button type="submit" disabled={pending}>
            {pending ? 'Sending…' : `Send ${kind.label.toLowerCase()} message`}
          </Button>
        </form>
      )}
    </section>
  );
}

/** A file over the cap stays in the browser: the send is not made (the field already says why). */
function holdBackOversizeFile(event: FormEvent<HTMLFormElement>) {
  const input = event.currentTarget.elements.namedItem('attachment');
  if (input instanceof HTMLInputElement && input.validity.customError) event.preventDefault();
}

function CoverageDate({
  id,
  name,
  label,
  value,
  errors,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  errors: string[] | undefined;
}) {
  return (
    <Field id={id} label={label} errors={errors}>
      {(describedBy, invalid) => (
        <input
          id={id}
          name={name}
          type="date"
          defaultValue={value}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        />
      )}
    </Field>
  );
}

/**
 * The message's file. Its size is checked here as soon as it is chosen, so a file over the cap
 * is never sent; the server checks size, type and name again. A browser cannot put a file back
 * into an input, so after a refused send the seller is asked to choose it again.
 */
function AttachmentInput({ id, required, errors, chooseAgain }: { id: string; required: boolean; errors: string[] | undefined; chooseAgain: boolean }) {
  const [tooLarge, setTooLarge] = useState(false);
  const shown = tooLarge ? ['The file is larger than 10 MB.'] : errors;
  return (
    <Field
      id={id}
      label={required ? 'File' : 'File (optional)'}
      errors={shown}
      hint={`${ATTACHMENT_LIMIT_TEXT} The buyer sees its name.${chooseAgain ? ' Choose the file again before sending.' : ''}`}
    >
      {(describedBy, invalid) => (
        <input
          id={id}
          name="attachment"
          type="file"
          accept={ATTACHMENT_ACCEPT}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          aria-required={required}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            const over = Boolean(file && file.size > MAX_ATTACHMENT_BYTES);
            setTooLarge(over);
            // Marks the input so holdBackOversizeFile keeps the form from sending it.
            event.currentTarget.setCustomValidity(over ? 'The file is larger than 10 MB.' : '');
          }}
          className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5"
        />
      )}
    </Field>
  );
}
