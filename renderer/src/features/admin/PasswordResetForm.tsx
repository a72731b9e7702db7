import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { api } from '../../api/client.ts';
import { EditorModal } from '../../components/EditorModal.tsx';
import { showSaveError } from '../../components/form-errors.ts';
import { notifySaved } from '../../components/notify.ts';
import { commonTexts } from '../../components/texts.ts';
import { adminTexts } from './texts.ts';

const t = adminTexts.users;
type User = MethodOutput<'users.list'>['rows'][number];

/** Sets a new password for an account (its sessions end). */
export function PasswordResetForm({ user, onClose }: { user: User; onClose: () => void }) {
  const form = useForm({
    mode: 'controlled',
    initialValues: { password: '', confirm: '' },
    validate: { confirm: (v, all) => (v === all.password ? null : t.mismatch) },
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
          <PasswordInput label={t.fields.newPassword} description={t.fields.passwordHint} withAsterisk data-autofocus {...form.getInputProps('password')} />
          <PasswordInput label={t.fields.confirm} withAsterisk {...form.getInputProps('confirm')} />
        </Stack>
        <Group justify="flex-end" mt="xl">
          <Button variant="default" onClick={onClose}>
            {commonTexts.cancel}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {commonTexts.save}
          </Button>
        </Group>
      </form>
    </EditorModal>
  );
}
