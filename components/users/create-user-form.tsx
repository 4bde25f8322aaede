'use client';

import { useActionState, useEffect, useRef } from 'react';
import { createUserAction } from '@/lib/users/actions';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { errorsAndValues, idleState } from '@/lib/actions/action-state';
import { MIN_PASSWORD_LENGTH, type Role } from '@/lib/auth/types';
import { assignableRoleOptions } from './role-options';

export function CreateUserForm({ actorRole }: { actorRole: Role }) {
  const [state, action, pending] = useActionState(createUserAction, idleState);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === 'success') form.current?.reset();
  }, [state]);
  const { errors, values } = errorsAndValues(state);
  return (
    <form ref={form} action={action} className="mt-4 space-y-4" noValidate>
      <TextField id="name" label="Name" required defaultValue={values?.name} errors={errors?.name} />
      <TextField id="email" label="Email" type="email" required defaultValue={values?.email} errors={errors?.email} />
      <SelectField id="role" label="Role" defaultValue={values?.role ?? 'operator'} options={assignableRoleOptions(actorRole)} errors={errors?.role} />
      <TextField
        id="password"
        label="Temporary password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Share it with them privately.`}
        errors={errors?.password}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Adding…' : 'Add user'}
      </Button>
    </form>
  );
}
