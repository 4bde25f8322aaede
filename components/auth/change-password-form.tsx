'use client';

import { useActionState, useEffect } from 'react';
import { changePasswordAction } from '@/lib/auth/actions';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { errorsAndValues, idleState } from '@/lib/actions/action-state';
import { NewPasswordFields } from './new-password-fields';
import { signOutTo } from './sign-out';

export function ChangePasswordForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState(changePasswordAction, idleState);
  // The change ended every session on the server; this browser's cookie goes too.
  useEffect(() => {
    if (state.status === 'success') void signOutTo(`/sign-in?signed-out=password-changed&email=${encodeURIComponent(email)}`);
  }, [state.status, email]);
  const { errors } = errorsAndValues(state);
  return (
    <form action={action} className="mt-4 space-y-4" noValidate>
      <TextField id="currentPassword" label="Current password" type="password" autoComplete="current-password" required errors={errors?.currentPassword} />
      <NewPasswordFields id="newPassword" label="New password" confirmLabel="Confirm new password" errors={errors} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending || state.status === 'success'}>
        {pending ? 'Changing…' : 'Change password'}
      </Button>
    </form>
  );
}
