import { Group, Loader, Text } from '@mantine/core';
import { plannerTexts as t } from './texts.ts';

/** 计算中……: the figures beside it are being computed again for the sessions on screen. */
export function PendingMark() {
  return (
    <Group gap={4} wrap="nowrap" title={t.computingHint} data-testid="computing">
      <Loader size={12} />
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {t.computing}
      </Text>
    </Group>
  );
}
