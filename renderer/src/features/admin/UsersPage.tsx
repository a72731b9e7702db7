import { Button } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { useQuery } from '../../api/use-query.ts';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { PasswordResetForm } from './PasswordResetForm.tsx';
import { UserCreateForm } from './UserCreateForm.tsx';
import { UserEditForm } from './UserEditForm.tsx';
import { UserTable } from './UserTable.tsx';
import { adminTexts } from './texts.ts';

const t = adminTexts.users;
type User = MethodOutput<'users.list'>['rows'][number];
type Dialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'reset'; user: User } | null;

/** 用户管理 (administrators): the accounts, creating one, changing role, resetting, disabling, deleting. */
export function UsersPage() {
  const { data, error, refetch } = useQuery('users.list', {});
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const actions = (
    <Button leftSection={<IconUserPlus size={18} />} onClick={() => setDialog({ kind: 'create' })}>
      {t.create}
    </Button>
  );
  return (
    <>
      <PageHeader title={t.title} description={t.description} actions={actions} />
      {error && <QueryError error={error} onRetry={refetch} />}
      {data ? (
        <UserTable users={data.rows} onEdit={(user) => setDialog({ kind: 'edit', user })} onReset={(user) => setDialog({ kind: 'reset', user })} />
      ) : (
        !error && <Loading />
      )}
      {dialog?.kind === 'create' && <UserCreateForm onClose={close} />}
      {dialog?.kind === 'edit' && <UserEditForm user={dialog.user} users={data?.rows ?? []} onClose={close} />}
      {dialog?.kind === 'reset' && <PasswordResetForm user={dialog.user} onClose={close} />}
    </>
  );
}
