import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp } from '@tabler/icons-react';
import { shellTexts as t } from '../app/texts.ts';
import { runRedo, runUndo } from './run-undo.ts';
import classes from './UndoButtons.module.css';
import { useUndo } from './use-undo.ts';

/** Undo and redo in the header, labelled with the edit they would reverse. */
export function UndoButtons() {
  const s = useUndo();
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={s.undoLabel ? `${t.undo}：${s.undoLabel}（Ctrl+Z）` : t.nothingToUndo}>
        <ActionIcon variant="transparent" className={classes.button} aria-label={t.undo} disabled={!s.canUndo} onClick={runUndo}>
          <IconArrowBackUp size={20} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={s.redoLabel ? `${t.redo}：${s.redoLabel}（Ctrl+Shift+Z）` : t.nothingToRedo}>
        <ActionIcon variant="transparent" className={classes.button} aria-label={t.redo} disabled={!s.canRedo} onClick={runRedo}>
          <IconArrowForwardUp size={20} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
