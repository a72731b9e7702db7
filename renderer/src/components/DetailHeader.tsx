import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { BackLink } from './BackLink.tsx';

/**
 * The top of a detail page: the link back to the list, the record's name with its badges, its id, and the
 * page's actions on the right (a long name wraps; the actions stay on one line).
 */
export function DetailHeader({
  back,
  title,
  badges,
  id,
  children,
}: {
  back: { to: string; label: string };
  title: string;
  badges?: ReactNode;
  id: string;
  children?: ReactNode;
}) {
  return (
    <>
      <BackLink to={back.to} label={back.label} />
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} miw={0}>
          <Group gap="sm">
            <Title order={2} fz={22}>
              {title}
            </Title>
            {badges}
          </Group>
          <Text c="dimmed" size="sm">
            {id}
          </Text>
        </Stack>
        <Group gap="sm" wrap="nowrap">
          {children}
        </Group>
      </Group>
    </>
  );
}
