import { Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { api } from '../../api/client.ts';
import { EditorModal } from '../../components/EditorModal.tsx';
import { showSaveError } from '../../components/form-errors.ts';
import { notifySaved } from '../../components/notify.ts';
import { PasswordPair } from '../../components/PasswordPair.tsx';
import { repeatsPassword } from '../../components/form-rules.ts';
import { adminTexts } from './texts.ts';
import { FormActions } from '../../components/FormActions.tsx';

const t = adminTexts.users;
type User = MethodOutput<'users.list'>['rows'][number];

/** Sets a new password for an account (its sessions end). */
export function PasswordResetForm({ user, onClose }: { user: User; onClose: () => void }) {
  const form = useForm({
    mode: 'controlled',
    initialValues: { password: '', confirm: '' },
    validate: { confirm: repeatsPassword('password') },
  });
  const submit = form.onSubmit(async ({ password }) => {
    try {
      await api.call('users.update', { id: user.id, password });
      notifySaved(t.passwordReset(user.displayName));
      onClose();
    } catch (error) {
      showSaveError(form, error);
    }
  });
  return (
    <EditorModal opened onClose={onClose} title={`${t.resetTitle}：${user.displayName}（${user.username}）`} dirty={form.isDirty()}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <PasswordPair
            label={t.fields.newPassword}
            description={t.fields.passwordHint}
            autoFocus
            password={form.getInputProps('password')}
            confirm={form.getInputProps('confirm')}
          />
        </Stack>
        <FormActions onCancel={onClose} submitting={form.submitting} />
      </form>
    </EditorModal>
  );
}
