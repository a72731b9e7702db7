import { Button, Card, Fieldset, Group, NumberInput, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { RuleSet } from '../../../../shared/domain/rules/schema.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { useQuery } from '../../api/use-query.ts';
import { Loading } from '../../components/Loading.tsx';
import { notifyError, notifySaved } from '../../components/notify.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { CustomIndicatorForm } from './CustomIndicatorForm.tsx';
import { RuleHistory } from './RuleHistory.tsx';
import { TeachingRulesTable } from './TeachingRulesTable.tsx';
import { TraineeRulesTable } from './TraineeRulesTable.tsx';
import { rulesTexts as t } from './texts.ts';
import { useCan } from '../auth/use-can.ts';

/** 规则集: edit thresholds, windows and applicability; each save is a new, audited version. */
export function RulesPage() {
  const current = useQuery('rules.get', {});
  const save = useMutation('rules.update');
  const canEdit = useCan('rules.update');
  const [draft, setDraft] = useState<{ base: number; rules: RuleSet } | undefined>();
  const [author, setAuthor] = useState('');
  const [note, setNote] = useState('');
  const [adding, setAdding] = useState(false);
  if (current.error) return <QueryError error={current.error} onRetry={current.refetch} />;
  if (!current.data) return <Loading />;
  // Edits start from the version shown; a save from an older version is refused by the backend.
  const rules = draft?.rules ?? current.data.ruleSet;
  const base = draft?.base ?? current.data.version;
  const edit = (next: RuleSet) => setDraft({ base, rules: next });
  const replace = <K extends 'teaching' | 'renewal' | 'trainee'>(key: K, index: number, rule: RuleSet[K][number]) =>
    edit({ ...rules, [key]: rules[key].map((r, i) => (i === index ? rule : r)) });
  const takenIds = [...rules.teaching, ...rules.renewal, ...rules.trainee].map((r) => r.id);
  const submit = async () => {
    try {
      const saved = await save.run({ ruleSet: rules, baseVersion: base, author, note: note || undefined });
      setDraft(undefined);
      setNote('');
      notifySaved(saved.version === base ? t.unchanged : t.saved(saved.version));
    } catch (error) {
      notifyError(t.saveFailed, error);
    }
  };
  return (
    <>
      <PageHeader title={t.title} description={t.description} actions={<Text size="sm" data-testid="rule-set-current">{t.version(current.data.version)}</Text>} />
      <Fieldset variant="unstyled" disabled={!canEdit}>
        <Card withBorder mb="md">
          <NumberInput label={t.hourMinutes} value={rules.hourMinutes} min={1} max={120} allowDecimal={false} w={320} onChange={(v) => typeof v === 'number' && edit({ ...rules, hourMinutes: v })} />
        </Card>
        <Card withBorder mb="md">
          <Group justify="space-between" mb="xs">
            <Title order={3} fz={16}>{t.teaching}</Title>
            {canEdit && <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>{t.custom.add}</Button>}
          </Group>
          <TeachingRulesTable
            rules={rules.teaching}
            label={t.teaching}
            onChange={(i, r) => replace('teaching', i, r)}
            onRemove={canEdit ? (index) => edit({ ...rules, teaching: rules.teaching.filter((_, i) => i !== index) }) : undefined}
          />
        </Card>
        <Card withBorder mb="md">
          <Title order={3} fz={16} mb="xs">{t.renewal}</Title>
          <TeachingRulesTable rules={rules.renewal} label={t.renewal} onChange={(i, r) => replace('renewal', i, r)} />
        </Card>
        <Card withBorder mb="md">
          <Title order={3} fz={16} mb="xs">{t.trainee}</Title>
          <TraineeRulesTable rules={rules.trainee} onChange={(i, r) => replace('trainee', i, r)} />
        </Card>
      </Fieldset>
      {adding && (
        <CustomIndicatorForm
          takenIds={takenIds}
          onClose={() => setAdding(false)}
          onAdd={(rule) => {
            edit({ ...rules, teaching: [...rules.teaching, rule] });
            notifySaved(t.custom.added(rule.id));
          }}
        />
      )}
      {canEdit && (
        <Card withBorder mb="md">
          <Group align="flex-end">
            <TextInput label={t.author} value={author} onChange={(e) => setAuthor(e.currentTarget.value)} required w={160} />
            <TextInput label={t.note} value={note} onChange={(e) => setNote(e.currentTarget.value)} style={{ flex: 1 }} />
            <Button onClick={submit} loading={save.pending} disabled={!draft || author.trim() === ''}>{t.save}</Button>
            <Button variant="default" onClick={() => setDraft(undefined)} disabled={!draft}>{t.reset}</Button>
          </Group>
        </Card>
      )}
      <Title order={3} fz={16} mb="xs">{t.history}</Title>
      <RuleHistory />
    </>
  );
}
