import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEdit,
  createDraft,
  EditError,
  inverseOf,
  netChanges,
  pushEdit,
  redo,
  undo,
  type Edit,
} from '../../shared/domain/planner/edits.ts';
import type { Session } from '../../shared/domain/types.ts';
import { session } from './sample.ts';

const base = [session('a'), session('b', { start: '14:30' })];

describe('edit model', () => {
  it('applies create, update, move and delete without changing its input', () => {
    let s = applyEdit(base, { kind: 'create', session: session('c', { date: '2026-09-08' }) });
    s = applyEdit(s, { kind: 'update', before: base[0]!, after: { ...base[0]!, method: 'case' } });
    s = applyEdit(s, { kind: 'move', id: 'b', from: { date: '2026-09-07', start: '14:30' }, to: { date: '2026-09-09', start: '19:00' } });
    s = applyEdit(s, { kind: 'delete', session: base[0]! });
    expect(s.map((x) => [x.id, x.date, x.start, x.method])).toEqual([
      ['b', '2026-09-09', '19:00', null],
      ['c', '2026-09-08', '08:30', null],
    ]);
    expect(base[0]!.method).toBeNull();
  });

  it('refuses edits on sessions that are not there', () => {
    expect(() => applyEdit(base, { kind: 'create', session: session('a') })).toThrow(EditError);
    expect(() => applyEdit(base, { kind: 'delete', session: session('z') })).toThrow('课次“z”不存在');
  });

  it('undo and redo walk the edit list; a new edit clears redo', () => {
    let d = createDraft(base);
    d = pushEdit(d, { kind: 'update', before: base[0]!, after: { ...base[0]!, method: 'case' } });
    d = pushEdit(d, { kind: 'delete', session: base[1]! });
    expect(d.current.map((s) => s.id)).toEqual(['a']);
    d = undo(d);
    expect(d.current.map((s) => s.id)).toEqual(['a', 'b']);
    d = undo(d);
    expect(d.current).toEqual(base);
    expect(undo(d)).toBe(d);
    d = redo(d);
    expect(d.current[0]!.method).toBe('case');
    d = pushEdit(d, { kind: 'create', session: session('c') });
    expect(d.undone).toEqual([]);
    expect(redo(d)).toBe(d);
  });

  it('net changes say what to write, however the draft got there', () => {
    let d = createDraft(base);
    d = pushEdit(d, { kind: 'create', session: session('c') });
    d = pushEdit(d, { kind: 'update', before: base[0]!, after: { ...base[0]!, lecturers: ['F2'] } });
    d = pushEdit(d, { kind: 'delete', session: base[1]! });
    d = pushEdit(d, { kind: 'update', before: { ...base[0]!, lecturers: ['F2'] }, after: base[0]! });
    const net = netChanges(d.base, d.current);
    expect(net.creates.map((s) => s.id)).toEqual(['c']);
    expect(net.updates).toEqual([]);
    expect(net.deletes).toEqual(['b']);
  });

  // Property: any sequence of valid edits, undone edit by edit, returns exactly the base; the batch of
  // all edits and the inverse of that batch do the same.
  it('every edit has an exact inverse', () => {
    const editArb = fc.oneof(
        fc.record({ kind: fc.constant('create' as const), date: fc.constantFrom('2026-09-07', '2026-09-08') }),
        fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), hours: fc.constantFrom(1, 2, 3) }),
        fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), start: fc.constantFrom('08:30', '14:30', null) }),
        fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
      );
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 30 }), (steps) => {
        let d = createDraft(base);
        let n = 0;
        const edits: Edit[] = [];
        for (const e of steps) {
          const cur = d.current as Session[];
          let edit: Edit | null = null;
          if (e.kind === 'create') edit = { kind: 'create', session: session(`n${n++}`, { date: e.date }) };
          else if (cur.length > 0) {
            const s = cur[e.pick % cur.length]!;
            if (e.kind === 'update') edit = { kind: 'update', before: s, after: { ...s, hours: e.hours } };
            if (e.kind === 'move') edit = { kind: 'move', id: s.id, from: { date: s.date, start: s.start }, to: { date: s.date, start: e.start } };
            if (e.kind === 'delete') edit = { kind: 'delete', session: s };
          }
          if (!edit) continue;
          edits.push(edit);
          d = pushEdit(d, edit);
        }
        const batch: Edit = { kind: 'batch', label: 'all', edits };
        expect(applyEdit(applyEdit(base, batch), inverseOf(batch)).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(base);
        while (d.done.length > 0) d = undo(d);
        expect([...d.current].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(base);
        expect(netChanges(d.base, d.current)).toEqual({ creates: [], updates: [], deletes: [] });
      }),
      { numRuns: 200 },
    );
  });
});
