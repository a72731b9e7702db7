import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { commonTexts } from './texts.ts';

/** What binds one input to its value: a form's `getInputProps(field)`, or value and onChange. */
type Bound = Pick<PasswordInputProps, 'value' | 'onChange' | 'error' | 'onFocus' | 'onBlur'>;

/**
 * A new password and 再次输入密码 below (or beside) it; the form checks the second with `repeatsPassword`.
 * `autoFocus` puts the cursor in the first when the pair opens the form.
 */
export function PasswordPair({
  label,
  description,
  autoFocus,
  password,
  confirm,
}: {
  label: string;
  description: string;
  autoFocus?: boolean;
  password: Bound;
  confirm: Bound;
}) {
  return (
    <>
      <PasswordInput label={label} description={description} required data-autofocus={autoFocus || undefined} {...password} />
      <PasswordInput label={commonTexts.confirmPassword} required {...confirm} />
    </>
  );
}
