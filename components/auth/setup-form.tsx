'use client';

import { useActionState } from 'react';
import { createOwnerAccount } from '@/lib/users/actions';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { NewPasswordFields } from './new-password-fields';
import { errorsAndValues, idleState } from '@/lib/actions/action-state';

/** `codeFile`: where the server keeps the setup code, so the person at the server knows where to look. */
export function SetupForm({ codeFile }: { codeFile: string }) {
  const [state, action, pending] = useActionState(createOwnerAccount, idleState);
  const { errors, values } = errorsAndValues(state);
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <TextField
        id="setupCode"
        label="Setup code"
        autoComplete="off"
        spellCheck={false}
        required
        hint={`Printed in the server's console when it started, and saved on the server in ${codeFile}.`}
        defaultValue={values?.setupCode}
        errors={errors?.setupCode}
      />
      <TextField id="workspaceName" label="Business name" required defaultValue={values?.workspaceName} errors={errors?.workspaceName} />
      <TextField id="name" label="Your name" autoComplete="name" required defaultValue={values?.name} errors={errors?.name} />
      <TextField id="email" label="Email" type="email" autoComplete="username" required defaultValue={values?.email} errors={errors?.email} />
      <NewPasswordFields errors={errors} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? 'Creating…' : 'Create owner account'}
      </Button>
    </form>
  );
}
