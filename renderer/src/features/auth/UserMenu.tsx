import { Button, Group, Text } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { ROLE_LABELS } from '../../../../shared/domain/roles.ts';
import { useSession } from './session.ts';
import { authTexts } from './texts.ts';

/** The signed-in user and their role, with sign-out, in the header. */
export function UserMenu() {
  const session = useSession();
  if (!session) return null;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="xs" c="white" data-testid="current-user">
        {session.user.displayName}（{ROLE_LABELS[session.user.role]}）
      </Text>
      <Button size="compact-xs" variant="white" leftSection={<IconLogout size={14} />} onClick={session.signOut}>
        {authTexts.logout}
      </Button>
    </Group>
  );
}
