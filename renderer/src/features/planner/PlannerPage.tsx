import { Button, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconCalendarStats, IconCopy, IconGitCompare, IconPlus } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { MAX_PAGE } from '../../../../shared/api/methods/crud.ts';
import type { Conflict, ConflictFix } from '../../../../shared/domain/planner/conflicts.ts';
import { mondayOf } from '../../../../shared/domain/planner/dates.ts';
import { describeTime } from '../../../../shared/domain/planner/describe.ts';
import { newSessionId } from '../../../../shared/domain/planner/ids.ts';
import { moveSession, slotSetting, type SlotId } from '../../../../shared/domain/planner/slots.ts';
import type { Session } from '../../../../shared/domain/types.ts';
import { useQuery } from '../../api/use-query.ts';
import { confirmDelete } from '../../components/confirm-delete.tsx';
import { EmptyHint } from '../../components/EmptyHint.tsx';
import { Loading } from '../../components/Loading.tsx';
import { notifySaved } from '../../components/notify.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { QueryError } from '../../components/QueryError.tsx';
import { ClassList } from './ClassList.tsx';
import { ConflictList } from './ConflictList.tsx';
import { CopyClassDialog } from './CopyClassDialog.tsx';
import { DraftBar } from './DraftBar.tsx';
import { IndicatorPanel } from './IndicatorPanel.tsx';
import classes from './planner.module.css';
import { useLookups } from './planner-context.ts';
import { SessionEditor } from './SessionEditor.tsx';
import { SessionList } from './SessionList.tsx';
import { TimetableGrid } from './TimetableGrid.tsx';
import { plannerTexts as t } from './texts.ts';
import { useDraftKeys } from './use-draft-keys.ts';
import { useLeaveGuard } from './use-leave-guard.ts';
import { usePlanner } from './use-planner.ts';
import { usePlannerAnalysis } from './use-planner-analysis.ts';
import { useEventCallback } from '../../components/use-event-callback.ts';
import { useCan } from '../auth/use-can.ts';

const NO_CONFLICTS = new Map<string, Conflict[]>();

/** 学期规划: a semester's classes and timetables, with live indicators, conflicts and what-if drafts. */
export function PlannerPage() {
  const { semesterId } = useParams();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const semesters = useQuery('semesters.list', { limit: MAX_PAGE });
  const planner = usePlanner(semesterId);
  const { snapshot, sessions, draft } = planner;
  const lookups = useLookups(snapshot);
  const classId = search.get('class') ?? snapshot?.classes[0]?.id ?? null;
  // Conflicts and indicators follow in a deferred render: the classes and the timetable paint first.
  const saved = draft ? planner.saved : null;
  const analysisInput = useMemo(() => (snapshot ? { snapshot, sessions, saved, lookups, classId } : null), [snapshot, sessions, saved, lookups, classId]);
  const analysis = usePlannerAnalysis(analysisInput);
  const conflictsBySession = analysis.conflicts?.bySession ?? NO_CONFLICTS;

  const klass = snapshot?.classes.find((c) => c.id === classId) ?? null;
  const [view, setView] = useState<'grid' | 'list'>('grid');
  const [weeks, setWeeks] = useState<Record<string, string>>({});
  const [focusRequest, setFocusRequest] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ session: Session; isNew: boolean } | null>(null);
  const [copying, setCopying] = useState(false);
  const [applying, setApplying] = useState(false);
  const canEdit = useCan('planner.apply');

  const classSessions = useMemo(() => sessions.filter((s) => s.class === classId), [sessions, classId]);
  const week = useMemo(() => {
    if (!klass || !snapshot) return null;
    if (weeks[klass.id]) return weeks[klass.id]!;
    const first = classSessions.reduce<string | null>((min, s) => (min === null || s.date < min ? s.date : min), null);
    return mondayOf(klass.start ?? first ?? snapshot.semester.start);
  }, [klass, snapshot, weeks, classSessions]);

  useDraftKeys(draft !== null, planner.undoDraft, planner.redoDraft);
  useLeaveGuard(planner.draftChanges > 0);

  const selectClass = useCallback(
    (id: string) =>
      setSearch(
        (p) => {
          p.set('class', id);
          return p;
        },
        { replace: true },
      ),
    [setSearch],
  );
  const setWeek = (monday: string) => klass && setWeeks((w) => ({ ...w, [klass.id]: monday }));

  const courseOf = (s: Session) => lookups.names.course(s.course);
  const move = (s: Session, date: string, slot: SlotId) => {
    const moved = moveSession(lookups.settings, s, date, slot);
    if (moved.date === s.date && moved.start === s.start) return;
    planner.edit(
      { kind: 'move', id: s.id, from: { date: s.date, start: s.start }, to: { date: moved.date, start: moved.start } },
      t.labels.move(courseOf(s), describeTime(lookups.settings, moved)),
    );
    setFocusRequest(s.id);
  };
  const remove = (s: Session) =>
    confirmDelete({
      title: t.deleteTitle,
      message: t.deleteMessage(`“${courseOf(s)}”（${describeTime(lookups.settings, s)}）`),
      onConfirm: () => planner.edit({ kind: 'delete', session: s }, t.labels.delete(courseOf(s))),
    });
  const create = (date: string, slot: SlotId) => {
    if (!klass) return;
    const def = slotSetting(lookups.settings, slot);
    setEditing({
      isNew: true,
      session: { id: newSessionId(), class: klass.id, course: '', date, start: def.start, hours: def.hours, category: null, method: null, form: null, lecturers: [] },
    });
  };
  const save = (s: Session) => {
    const before = editing?.isNew ? undefined : sessions.find((x) => x.id === s.id);
    if (before) planner.edit({ kind: 'update', before, after: s }, t.labels.update(courseOf(s)));
    else planner.edit({ kind: 'create', session: s }, t.labels.create(courseOf(s)));
    setEditing(null);
    if (klass && s.class === klass.id) setWeeks((w) => ({ ...w, [klass.id]: mondayOf(s.date) }));
    setFocusRequest(s.id);
  };
  const locate = useEventCallback((id: string) => {
    const s = sessions.find((x) => x.id === id);
    if (!s) return;
    selectClass(s.class);
    setWeeks((w) => ({ ...w, [s.class]: mondayOf(s.date) }));
    setView('grid');
    setFocusRequest(id);
  });
  const fix = useEventCallback((f: ConflictFix) => {
    const s = sessions.find((x) => x.id === f.session);
    if (!s) return;
    if (f.kind === 'edit') {
      locate(s.id);
      setEditing({ session: s, isNew: false });
      return;
    }
    planner.edit({ kind: 'move', id: s.id, from: { date: s.date, start: s.start }, to: { date: f.date, start: f.start } }, t.labels.fix(f.label));
    locate(s.id);
  });
  const copy = (copied: Session[], sourceName: string) => {
    planner.edit(
      { kind: 'batch', label: t.labels.copy(sourceName), edits: copied.map((session) => ({ kind: 'create' as const, session })) },
      t.labels.copy(sourceName),
    );
    setCopying(false);
    if (klass && copied[0]) setWeeks((w) => ({ ...w, [klass.id]: mondayOf(copied.reduce((m, s) => (s.date < m ? s.date : m), copied[0]!.date)) }));
    notifySaved(t.copyDone(copied.length));
  };
  const applyDraft = async () => {
    setApplying(true);
    const n = planner.draftChanges;
    await planner.applyDraft();
    setApplying(false);
    if (n > 0) notifySaved(t.applied(n));
  };
  const discardDraft = () =>
    planner.draftChanges === 0
      ? planner.discardDraft()
      : confirmDelete({ title: t.discardTitle, message: t.discardMessage(planner.draftChanges), onConfirm: planner.discardDraft });

  const semesterPicker = (
    <Select
      aria-label={t.semester}
      placeholder={t.chooseSemester}
      data={(semesters.data?.rows ?? []).map((s) => ({ value: s.id, label: s.name }))}
      value={semesterId ?? null}
      onChange={(v) => v && navigate(`/planner/${encodeURIComponent(v)}`)}
      allowDeselect={false}
      w={200}
      data-testid="semester-picker"
    />
  );
  const actions = (
    <>
      {semesterPicker}
      {planner.saving && (
        <Text size="xs" c="dimmed">
          {t.saving}
        </Text>
      )}
      {canEdit && (
        <Button
          variant={draft ? 'filled' : 'default'}
          color={draft ? 'yellow' : undefined}
          leftSection={<IconGitCompare size={18} />}
          onClick={() => (draft ? undefined : planner.startDraft())}
          disabled={!snapshot || draft !== null}
          title={t.whatIfHint}
        >
          {t.whatIf}
        </Button>
      )}
    </>
  );

  if (!semesterId)
    return (
      <>
        <PageHeader title={t.title} description={t.description} actions={semesterPicker} />
        <EmptyHint icon={<IconCalendarStats />} title={t.chooseSemester} description={t.noSemestersHint} />
      </>
    );

  return (
    <>
      <PageHeader title={snapshot ? `${t.title} · ${snapshot.semester.name}` : t.title} description={t.description} actions={actions} />
      {planner.error && <QueryError error={planner.error} />}
      {!snapshot ? (
        !planner.error && <Loading />
      ) : snapshot.classes.length === 0 ? (
        <EmptyHint icon={<IconCalendarStats />} title={t.noClasses} description={t.noClassesHint} />
      ) : (
        <div className={classes.layout}>
          <Stack gap="sm" miw={0}>
            <ClassList
              classes={snapshot.classes}
              sessions={sessions}
              selected={classId}
              conflictsByClass={analysis.conflictsByClass}
              conflictsPending={analysis.pending}
              onSelect={selectClass}
            />
            {draft && (
              <DraftBar
                changes={planner.draftChanges}
                canUndo={draft.done.length > 0}
                canRedo={draft.undone.length > 0}
                onUndo={planner.undoDraft}
                onRedo={planner.redoDraft}
                onApply={applyDraft}
                onDiscard={discardDraft}
                applying={applying}
              />
            )}
            {klass && week && (
              <Paper withBorder p="sm">
                <Group justify="space-between" mb="sm" wrap="nowrap">
                  <Text fw={700} lineClamp={1}>
                    {klass.name}
                  </Text>
                  <Group gap="xs" wrap="nowrap">
                    <SegmentedControl
                      size="xs"
                      value={view}
                      onChange={(v) => setView(v as 'grid' | 'list')}
                      data={[
                        { value: 'grid', label: t.views.grid },
                        { value: 'list', label: t.views.list },
                      ]}
                    />
                    {canEdit && (
                      <>
                        <Button size="xs" variant="default" leftSection={<IconCopy size={16} />} onClick={() => setCopying(true)}>
                          {t.copyClass}
                        </Button>
                        <Button size="xs" leftSection={<IconPlus size={16} />} onClick={() => create(week, lookups.settings.slots[0]!.id)}>
                          {t.addSession}
                        </Button>
                      </>
                    )}
                  </Group>
                </Group>
                {view === 'grid' ? (
                  <TimetableGrid
                    klass={klass}
                    semester={snapshot.semester}
                    sessions={classSessions}
                    lookups={lookups}
                    conflicts={conflictsBySession}
                    conflictsPending={analysis.pending}
                    touched={planner.touched}
                    week={week}
                    onWeekChange={setWeek}
                    focusRequest={focusRequest}
                    onFocusDone={() => setFocusRequest(null)}
                    onMove={move}
                    onEdit={(s) => canEdit && setEditing({ session: s, isNew: false })}
                    onDelete={remove}
                    onCreate={create}
                    readOnly={!canEdit}
                  />
                ) : classSessions.length === 0 ? (
                  <EmptyHint icon={<IconCalendarStats />} title={t.emptyTimetable} description={t.emptyTimetableHint} />
                ) : (
                  <SessionList
                    sessions={classSessions}
                    lookups={lookups}
                    conflicts={conflictsBySession}
                    conflictsPending={analysis.pending}
                    touched={planner.touched}
                    onEdit={canEdit ? (s) => setEditing({ session: s, isNew: false }) : undefined}
                    onDelete={canEdit ? remove : undefined}
                  />
                )}
                <Text size="xs" c="dimmed" mt="xs">
                  {classSessions.length === 0 ? t.emptyTimetableHint : t.keyboardHint}
                </Text>
              </Paper>
            )}
            <Paper withBorder p="sm">
              <ConflictList
                conflicts={analysis.conflicts ? analysis.listed : null}
                total={analysis.conflicts?.list.length ?? 0}
                pending={analysis.pending}
                sessionTitle={analysis.sessionTitle}
                onLocate={locate}
                onFix={canEdit ? fix : undefined}
              />
            </Paper>
          </Stack>
          <div className={classes.side}>
            <IndicatorPanel rows={analysis.rows} savedRows={analysis.savedRows} pending={analysis.pending} />
          </div>
        </div>
      )}
      {editing && (
        <SessionEditor
          key={editing.session.id}
          session={editing.session}
          isNew={editing.isNew}
          lookups={lookups}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      )}
      {copying && klass && (
        <CopyClassDialog target={klass} existing={classSessions.length} onCopy={copy} onClose={() => setCopying(false)} />
      )}
    </>
  );
}
