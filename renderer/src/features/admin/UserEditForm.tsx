import { Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { isLastAdmin } from '../../../../shared/domain/admin/accounts.ts';
import type { Role } from '../../../../shared/domain/roles.ts';
import { api } from '../../api/client.ts';
import { EditorModal } from '../../components/EditorModal.tsx';
import { showSaveError } from '../../components/form-errors.ts';
import { notifySaved } from '../../components/notify.ts';
import { ROLE_OPTIONS } from './role-options.ts';
import { adminTexts } from './texts.ts';
import { FormActions } from '../../components/FormActions.tsx';

const t = adminTexts.users;
type User = MethodOutput<'users.list'>['rows'][number];

/** Name and role of an account; the only enabled administrator keeps the role. */
export function UserEditForm({ user, users, onClose }: { user: User; users: User[]; onClose: () => void }) {
  const last = isLastAdmin(users, user.id);
  const form = useForm<{ displayName: string; role: Role }>({
    mode: 'controlled',
    initialValues: { displayName: user.displayName, role: user.role },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      const saved = await api.call('users.update', {
        id: user.id,
        displayName: v.displayName,
        ...(v.role !== user.role ? { role: v.role } : {}),
      });
      notifySaved(t.updated(saved.displayName));
      onClose();
    } catch (error) {
      showSaveError(form, error);
    }
  });
  return (
    <EditorModal opened onClose={onClose} title={`${t.editTitle}：${user.username}`} dirty={form.isDirty()}>
      <form onSubmit={submit} noValidate>
        <TextInput label={t.fields.displayName} withAsterisk data-autofocus {...form.getInputProps('displayName')} />
        <Select
          mt="md"
          label={t.fields.role}
          data={ROLE_OPTIONS}
          allowDeselect={false}
          disabled={last}
          description={last ? t.lastAdmin : undefined}
          {...form.getInputProps('role')}
        />
        <FormActions onCancel={onClose} submitting={form.submitting} />
      </form>
    </EditorModal>
  );
}
