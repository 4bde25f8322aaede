import { TextField } from '@/components/ui/field';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/types';

/** A new password typed twice, with the length rule next to it: first run, joining by invite, changing a password. */
export function NewPasswordFields({
  id = 'password',
  label = 'Password',
  confirmLabel = 'Confirm password',
  errors,
}: {
  id?: string;
  label?: string;
  confirmLabel?: string;
  errors?: Record<string, string[] | undefined>;
}) {
  return (
    <>
      <TextField
        id={id}
        label={label}
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        errors={errors?.[id]}
      />
      <TextField id="confirmPassword" label={confirmLabel} type="password" autoComplete="new-password" required errors={errors?.confirmPassword} />
    </>
  );
}
