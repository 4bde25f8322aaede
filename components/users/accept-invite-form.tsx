'use client';

import { useActionState } from 'react';
import { acceptInviteAction } from '@/lib/users/actions';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { errorsAndValues, idleState } from '@/lib/actions/action-state';
import { NewPasswordFields } from '@/components/auth/new-password-fields';

export function AcceptInviteForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(acceptInviteAction, idleState);
  const { errors, values } = errorsAndValues(state);
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <TextField id="name" label="Your name" autoComplete="name" required defaultValue={values?.name} errors={errors?.name} />
      <NewPasswordFields errors={errors} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Joining…' : 'Join the workspace'}
      </Button>
    </form>
  );
}
