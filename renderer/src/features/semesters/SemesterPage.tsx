import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPlus, IconSchool } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { MAX_PAGE } from '../../../../shared/api/methods/crud.ts';
import { useQuery } from '../../api/use-query.ts';
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { formatHours } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { ClassForm } from '../classes/ClassForm.tsx';
import { ClassTable } from '../classes/ClassTable.tsx';
import { classTexts } from '../classes/texts.ts';
import { semesterTexts as t } from './texts.ts';

/** One semester of 学期规划: its totals and its classes. */
export function SemesterPage() {
  const id = useParams().semesterId!;
  const [creating, setCreating] = useState(false);
  const summary = useQuery('semesters.summary', {});
  const classes = useQuery('classes.list', { semester: id, limit: MAX_PAGE });
  const semester = summary.data?.find((s) => s.id === id);
  const names = useMemo(() => new Map(semester ? [[semester.id, semester.name]] : []), [semester]);

  if (summary.error) return <QueryError error={summary.error} onRetry={summary.refetch} />;
  if (!summary.data) return <Loading />;
  if (!semester) return <QueryError error={new Error(t.notFound)} />;

  const createButton = (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
      {classTexts.create}
    </Button>
  );

  return (
    <Stack gap="md">
      <Button component={Link} to="/planner" variant="subtle" leftSection={<IconArrowLeft size={16} />} w="fit-content" px={0}>
        {t.back}
      </Button>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2} fz={22}>
            {semester.name}
          </Title>
          <Text c="dimmed" size="sm">
            {semester.start} 至 {semester.end} · {t.stats(semester.classes, semester.sessions, formatHours(semester.hours))}
          </Text>
        </Stack>
        {createButton}
      </Group>
      <Title order={3} fz={18}>
        {t.semesterClasses}
      </Title>
      {classes.error && <QueryError error={classes.error} onRetry={classes.refetch} />}
      {classes.data && classes.data.rows.length === 0 ? (
        <EmptyHint icon={<IconSchool />} title={t.noClassesTitle} description={t.noClassesDescription} actions={createButton} />
      ) : (
        classes.data && (
          <Paper withBorder>
            <ClassTable rows={classes.data.rows} semesterNames={names} />
          </Paper>
        )
      )}
      {creating && <ClassForm semester={id} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
