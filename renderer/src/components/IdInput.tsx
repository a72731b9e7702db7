import { TextInput, type TextInputProps } from '@mantine/core';
import { commonTexts } from './texts.ts';

/**
 * A record's 编号 in its edit form: required, where the cursor starts, and fixed once saved (`fixed` when
 * editing), which the hint says unless the form gives its own.
 */
export function IdInput({ fixed, description = commonTexts.idHint, ...props }: TextInputProps & { fixed: boolean }) {
  return <TextInput description={description} withAsterisk disabled={fixed} data-autofocus {...props} />;
}
