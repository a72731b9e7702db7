import { ActionIcon, Alert, Button, Group, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp, IconGitCompare } from '@tabler/icons-react';
import { plannerTexts as t } from './texts.ts';

interface Props {
  changes: number;
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  onApply(): void;
  onDiscard(): void;
  applying: boolean;
}

/** The what-if draft's bar: how many changes, its own undo and redo, apply or discard. */
export function DraftBar({ changes, canUndo, canRedo, onUndo, onRedo, onApply, onDiscard, applying }: Props) {
  return (
    <Alert color="yellow" variant="light" icon={<IconGitCompare />} mb="sm" data-testid="draft-bar" p="xs">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" fw={600}>
          {t.whatIfActive} · {t.changes(changes)}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Tooltip label={`${t.undo}（Ctrl+Z）`}>
            <ActionIcon variant="default" aria-label={t.undo} disabled={!canUndo} onClick={onUndo}>
              <IconArrowBackUp size={18} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={`${t.redo}（Ctrl+Shift+Z）`}>
            <ActionIcon variant="default" aria-label={t.redo} disabled={!canRedo} onClick={onRedo}>
              <IconArrowForwardUp size={18} />
            </ActionIcon>
          </Tooltip>
          <Button size="xs" variant="default" onClick={onDiscard}>
            {t.discard}
          </Button>
          <Button size="xs" color="teal" onClick={onApply} loading={applying} disabled={changes === 0}>
            {t.apply}
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}
