'use client';

import { useActionState } from 'react';
import { connectAmazonAccount } from '@/lib/accounts/actions';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { idleState } from '@/lib/actions/action-state';
import { REGION_LABELS } from '@/lib/accounts/types';

const regionOptions = Object.entries(REGION_LABELS).map(([value, label]) => ({ value, label }));

export function ConnectAccountForm() {
  const [state, action, pending] = useActionState(connectAmazonAccount, idleState);
  return (
    <form action={action} className="mt-4 space-y-4">
      <SelectField
        id="region"
        label="Region"
        defaultValue="na"
        options={regionOptions}
        errors={state.status === 'error' ? state.fieldErrors?.region : undefined}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Opening Amazon…' : 'Connect with Amazon'}
      </Button>
    </form>
  );
}
