import { Modal, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { api } from '../../api/client.ts';
import { showSaveError } from '../../components/form-errors.ts';
import { notifySaved } from '../../components/notify.ts';
import { PasswordPair } from '../../components/PasswordPair.tsx';
import { repeatsPassword } from '../../components/form-rules.ts';
import { authTexts } from './texts.ts';
import { FormActions } from '../../components/FormActions.tsx';

/** 修改密码: one's own password, after the current one. */
export function ChangePasswordForm({ onClose }: { onClose: () => void }) {
  const form = useForm({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: { confirm: repeatsPassword('newPassword') },
  });
  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    try {
      await api.call('auth.changePassword', { currentPassword, newPassword });
      notifySaved(authTexts.passwordChanged);
      onClose();
    } catch (error) {
      showSaveError(form, error);
    }
  });
  return (
    <Modal opened onClose={onClose} title={authTexts.changePassword}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <PasswordInput label={authTexts.currentPassword} withAsterisk data-autofocus {...form.getInputProps('currentPassword')} />
          <PasswordPair label={authTexts.newPassword} description={authTexts.passwordHint} password={form.getInputProps('newPassword')} confirm={form.getInputProps('confirm')} />
        </Stack>
        <FormActions onCancel={onClose} submitting={form.submitting} />
      </form>
    </Modal>
  );
}
