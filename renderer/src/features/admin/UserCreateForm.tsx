import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Role } from '../../../../shared/domain/roles.ts';
import { api } from '../../api/client.ts';
import { EditorModal } from '../../components/EditorModal.tsx';
import { showSaveError } from '../../components/form-errors.ts';
import { notifySaved } from '../../components/notify.ts';
import { PasswordPair } from '../../components/PasswordPair.tsx';
import { repeatsPassword } from '../../components/form-rules.ts';
import { ROLE_OPTIONS } from './role-options.ts';
import { adminTexts } from './texts.ts';
import { FormActions } from '../../components/FormActions.tsx';

const t = adminTexts.users;
type Values = { username: string; displayName: string; role: Role; password: string; confirm: string };

export function UserCreateForm({ onClose }: { onClose: () => void }) {
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { username: '', displayName: '', role: 'staff', password: '', confirm: '' },
    validate: {
      username: (v) => (v.trim() ? null : t.fields.usernameRequired),
      displayName: (v) => (v.trim() ? null : t.fields.displayNameRequired),
      confirm: repeatsPassword('password'),
    },
  });
  const submit = form.onSubmit(async ({ confirm: _confirm, ...v }) => {
    try {
      const user = await api.call('users.create', v);
      notifySaved(t.created(user.displayName));
      onClose();
    } catch (error) {
      showSaveError(form, error);
    }
  });
  return (
    <EditorModal opened onClose={onClose} title={t.createTitle} dirty={form.isDirty()}>
      <form onSubmit={submit} noValidate>
        <SimpleGrid cols={2}>
          <TextInput label={t.fields.username} description={t.fields.usernameHint} withAsterisk data-autofocus {...form.getInputProps('username')} />
          <TextInput label={t.fields.displayName} withAsterisk {...form.getInputProps('displayName')} />
        </SimpleGrid>
        <Select mt="md" label={t.fields.role} data={ROLE_OPTIONS} allowDeselect={false} withAsterisk {...form.getInputProps('role')} />
        <SimpleGrid cols={2} mt="md">
          <PasswordPair label={t.fields.password} description={t.fields.passwordHint} password={form.getInputProps('password')} confirm={form.getInputProps('confirm')} />
        </SimpleGrid>
        <FormActions onCancel={onClose} submitting={form.submitting} />
      </form>
    </EditorModal>
  );
}
