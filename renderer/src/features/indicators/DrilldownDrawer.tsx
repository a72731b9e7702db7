import { Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { IndicatorResult } from '../../../../shared/domain/indicators/types.ts';
import { ClassBreakdownTable } from './ClassBreakdownTable.tsx';
import { DrilldownSessions } from './DrilldownSessions.tsx';
import { indicatorTexts as t } from './texts.ts';

type View = { kind: 'classes' } | { kind: 'sessions'; klass?: string };

/** From a figure to its classes, and from a class (or the whole scope) to its sessions. */
export function DrilldownDrawer({ semester, result, onClose }: { semester: string; result: IndicatorResult | undefined; onClose(): void }) {
  const [view, setView] = useState<View>({ kind: 'classes' });
  const navigate = useNavigate();
  const detail = result?.detail;
  const close = () => {
    setView({ kind: 'classes' });
    onClose();
  };
  const className = view.kind === 'sessions' && view.klass ? detail?.classes.find((c) => c.class === view.klass)?.name : undefined;
  return (
    <Drawer opened={result !== undefined} onClose={close} position="right" size="80%" title={result && detail ? t.drill.title(result.id, detail.label) : ''}>
      {result && detail && (
        <Stack gap="sm">
          {detail.gap && <Text c="red.7" size="sm">{detail.gap.text}</Text>}
          {view.kind === 'classes' ? (
            <>
              <Group justify="space-between">
                <Text fw={600} size="sm">
                  {t.drill.classes}
                </Text>
                <Button size="xs" variant="light" onClick={() => setView({ kind: 'sessions' })}>
                  {t.drill.allClasses} · {t.drill.sessions}
                </Button>
              </Group>
              <ClassBreakdownTable classes={detail.classes} shape={detail.shape} onOpen={(klass) => setView({ kind: 'sessions', klass })} />
            </>
          ) : (
            <>
              <Group justify="space-between">
                <Text fw={600} size="sm">
                  {className ?? t.drill.allClasses} · {t.drill.sessions}
                </Text>
                <Group gap="xs">
                  {view.klass && (
                    <Button size="xs" variant="default" onClick={() => navigate(`/classes/${encodeURIComponent(view.klass!)}`)}>
                      {t.drill.openClass}
                    </Button>
                  )}
                  <Button size="xs" variant="light" onClick={() => setView({ kind: 'classes' })}>
                    {t.drill.back}
                  </Button>
                </Group>
              </Group>
              <DrilldownSessions semester={semester} indicator={result.id} klass={view.klass} onOpen={(s) => navigate(`/classes/${encodeURIComponent(s.class)}`)} />
            </>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
