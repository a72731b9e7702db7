import { Alert, Button, Group, List, Modal, Select, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { MAX_PAGE } from '../../../../shared/api/methods/crud.ts';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import type { Session, TrainingClass } from '../../../../shared/domain/types.ts';
import { api } from '../../api/client.ts';
import { useQuery } from '../../api/use-query.ts';
import { plannerTexts as t } from './texts.ts';

interface Props {
  target: TrainingClass;
  existing: number;
  onCopy(sessions: Session[], sourceName: string): void;
  onClose(): void;
}

type Prepared = MethodOutput<'planner.copyClass'>;

/** Copies an earlier class's timetable into this one: dates shifted by whole weeks, lecturers kept. */
export function CopyClassDialog({ target, existing, onCopy, onClose }: Props) {
  const classes = useQuery('classes.list', { limit: MAX_PAGE });
  const semesters = useQuery('semesters.list', { limit: MAX_PAGE });
  const [source, setSource] = useState<string | null>(null);
  const [prepared, setPrepared] = useState<{ source: string; value?: Prepared; error?: string }>();

  const options = useMemo(() => {
    const names = new Map((semesters.data?.rows ?? []).map((s) => [s.id, s.name]));
    const order = new Map((semesters.data?.rows ?? []).map((s, i) => [s.id, i]));
    return (classes.data?.rows ?? [])
      .filter((c) => c.id !== target.id)
      .sort((a, b) => (order.get(a.semester) ?? 0) - (order.get(b.semester) ?? 0))
      .map((c) => ({ value: c.id, label: `${c.name}（${names.get(c.semester) ?? c.semester}）` }));
  }, [classes.data, semesters.data, target.id]);

  useEffect(() => {
    if (!source) return;
    let current = true;
    api.call('planner.copyClass', { source, target: target.id }).then(
      (value) => current && setPrepared({ source, value }),
      (e: Error) => current && setPrepared({ source, error: e.message }),
    );
    return () => {
      current = false;
    };
  }, [source, target.id]);

  const ready = prepared && prepared.source === source ? prepared : undefined;
  const sourceName = options.find((o) => o.value === source)?.label ?? '';

  return (
    <Modal opened onClose={onClose} title={t.copyTitle(target.name)}>
      <Stack gap="sm">
        <Select
          label={t.copyFrom}
          placeholder={t.copyFromPlaceholder}
          data={options}
          value={source}
          onChange={setSource}
          searchable
          data-autofocus
          data-testid="copy-source"
        />
        {existing > 0 && (
          <Text size="sm" c="orange.8">
            {t.copyTargetHasSessions(existing)}
          </Text>
        )}
        {ready?.error && <Alert color="red">{ready.error}</Alert>}
        {ready?.value && (
          <>
            <Text size="sm">{t.copyPreview(ready.value.sessions.length, ready.value.shiftDays)}</Text>
            {ready.value.renewalFlags.length > 0 ? (
              <Alert color="orange" title={t.copyRenewal} data-testid="renewal-flags">
                <List size="sm" spacing={2}>
                  {ready.value.renewalFlags.map((f) => (
                    <List.Item key={f.course}>
                      <Text size="sm" fw={600} span>
                        {f.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {f.reason}
                      </Text>
                    </List.Item>
                  ))}
                </List>
              </Alert>
            ) : (
              <Text size="sm" c="teal.8">
                {t.copyNoRenewal}
              </Text>
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t.cancel}
          </Button>
          <Button
            disabled={!ready?.value || ready.value.sessions.length === 0}
            onClick={() => ready?.value && onCopy(ready.value.sessions, sourceName)}
          >
            {t.copyConfirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
