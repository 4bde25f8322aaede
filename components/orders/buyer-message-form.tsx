'use client';

import { useActionState, useEffect, useRef } from 'react';
import { sendBuyerMessageAction } from '@/lib/orders/actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { errorsAndValues, idleState } from '@/lib/actions/action-state';
import type { MessageKind } from '@/lib/orders/types';

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
      {kind.kind === 'attachment-only' ? null : (
        <form ref={form} action={send} className="mt-3 space-y-3" noValidate>
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
          ) : (
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
