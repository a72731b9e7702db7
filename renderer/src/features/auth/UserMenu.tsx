import { Button, Group, Text } from '@mantine/core';
import { IconKey, IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { ROLE_LABELS } from '../../../../shared/domain/roles.ts';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { useSession } from './session.ts';
import { authTexts } from './texts.ts';

/** The signed-in user and their role, with 修改密码 and sign-out, in the header. */
export function UserMenu() {
  const session = useSession();
  const [changing, setChanging] = useState(false);
  if (!session) return null;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="xs" c="white" data-testid="current-user">
        {session.user.displayName}（{ROLE_LABELS[session.user.role]}）
      </Text>
      <Button size="compact-xs" variant="white" leftSection={<IconKey size={14} />} onClick={() => setChanging(true)}>
        {authTexts.changePassword}
      </Button>
      <Button size="compact-xs" variant="white" leftSection={<IconLogout size={14} />} onClick={session.signOut}>
        {authTexts.logout}
      </Button>
      {changing && <ChangePasswordForm onClose={() => setChanging(false)} />}
    </Group>
  );
}
