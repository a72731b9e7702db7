import { Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import dayjs from 'dayjs';
import type { ReactElement } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { isLastAdmin } from '../../../../shared/domain/admin/accounts.ts';
import { ROLE_LABELS } from '../../../../shared/domain/roles.ts';
import { api } from '../../api/client.ts';
import { confirmDelete } from '../../components/confirm-delete.tsx';
import { notifyError, notifySaved } from '../../components/notify.ts';
import { useSession } from '../auth/session.ts';
import { confirmDisable } from './confirm-disable.tsx';
import { adminTexts } from './texts.ts';

const t = adminTexts.users;
type User = MethodOutput<'users.list'>['rows'][number];

async function attempt(run: () => Promise<unknown>, done: string) {
  try {
    await run();
    notifySaved(done);
  } catch (e) {
    notifyError(t.failed, e);
  }
}

/** The accounts with their actions; the only enabled administrator and one's own account cannot be removed. */
export function UserTable({ users, onEdit, onReset }: { users: User[]; onEdit: (u: User) => void; onReset: (u: User) => void }) {
  const me = useSession()?.user.id;
  const toggle = (u: User) =>
    u.active
      ? confirmDisable({
          title: t.disableTitle,
          message: t.disableMessage(u.displayName),
          onConfirm: () => void attempt(() => api.call('users.update', { id: u.id, active: false }), t.disabledDone(u.displayName)),
        })
      : void attempt(() => api.call('users.update', { id: u.id, active: true }), t.enabledDone(u.displayName));
  const remove = (u: User) =>
    confirmDelete({
      title: t.deleteTitle,
      message: t.deleteMessage(u.displayName),
      onConfirm: () => void attempt(() => api.call('users.delete', { id: u.id }), t.deleted(u.displayName)),
    });

  return (
    <Table striped withTableBorder aria-label={t.title}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t.columns.username}</Table.Th>
          <Table.Th>{t.columns.displayName}</Table.Th>
          <Table.Th>{t.columns.role}</Table.Th>
          <Table.Th>{t.columns.status}</Table.Th>
          <Table.Th>{t.columns.createdAt}</Table.Th>
          <Table.Th>{t.columns.actions}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {users.map((u) => {
          const last = isLastAdmin(users, u.id);
          const self = u.id === me;
          const guard = (button: ReactElement) =>
            last ? (
              <Tooltip label={t.lastAdmin}>
                <span>{button}</span>
              </Tooltip>
            ) : (
              button
            );
          return (
            <Table.Tr key={u.id}>
              <Table.Td>
                <Group gap={6}>
                  <Text size="sm">{u.username}</Text>
                  {self && (
                    <Badge size="xs" variant="outline">
                      {t.you}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{u.displayName}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={u.role === 'admin' ? 'red' : u.role === 'staff' ? 'blue' : 'gray'}>
                  {ROLE_LABELS[u.role]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={u.active ? undefined : 'dimmed'}>
                  {u.active ? t.active : t.disabled}
                </Text>
              </Table.Td>
              <Table.Td>{dayjs(u.createdAt).format('YYYY-MM-DD HH:mm')}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-sm" variant="default" onClick={() => onEdit(u)}>
                    {t.edit}
                  </Button>
                  <Button size="compact-sm" variant="default" onClick={() => onReset(u)}>
                    {t.resetPassword}
                  </Button>
                  {!self &&
                    guard(
                      <Button size="compact-sm" variant="default" disabled={last} onClick={() => toggle(u)}>
                        {u.active ? t.disable : t.enable}
                      </Button>,
                    )}
                  {!self &&
                    guard(
                      <Button size="compact-sm" variant="light" color="red" disabled={last} onClick={() => remove(u)}>
                        {t.delete}
                      </Button>,
                    )}
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
