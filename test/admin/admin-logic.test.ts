// Pure logic of the administration screens: audit labels and before/after rows, the last-administrator
// rule, backup times and sizes.
import { describe, expect, it } from 'vitest';
import { isLastAdmin } from '../../shared/domain/admin/accounts.ts';
import { auditAction, auditActionLabel, auditFieldLabel, auditKindLabel } from '../../shared/domain/admin/audit-labels.ts';
import { backupTimeLabel } from '../../shared/domain/admin/backup-time.ts';
import { formatBytes } from '../../shared/domain/admin/file-size.ts';
import { diffValues } from '../../shared/domain/admin/value-diff.ts';
import { contract } from '../../shared/api/contract.ts';

describe('audit labels', () => {
  it('names the action and the kind of every write method in Chinese', () => {
    for (const [method, spec] of Object.entries(contract)) {
      if (!spec.writes) continue;
      expect(auditActionLabel(method), method).toMatch(/[\u4e00-\u9fff]/);
      expect(auditKindLabel(method.split('.')[0]!), method).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(auditAction('trainees.create')).toBe('create');
    expect(auditActionLabel('something.odd')).toBe('something.odd');
  });
  it('names fields by the kind of record, else generally, else by their key', () => {
    expect(auditFieldLabel('trainees', 'name')).toBe('姓名');
    expect(auditFieldLabel('faculty', 'title')).toBe('职称');
    expect(auditFieldLabel('courses', 'title')).toBe('课程名称');
    expect(auditFieldLabel('trainees', 'organization')).toBe('工作单位');
    expect(auditFieldLabel('trainees', 'mystery')).toBe('mystery');
  });
});

describe('before/after rows', () => {
  it('lists every field of either side, marking the changed ones', () => {
    expect(diffValues({ id: 'T1', name: '张三', group: 'H2' }, { id: 'T1', name: '张三丰', exempt: true })).toEqual([
      { field: 'id', before: 'T1', after: 'T1', changed: false },
      { field: 'name', before: '张三', after: '张三丰', changed: true },
      { field: 'group', before: 'H2', after: '', changed: true },
      { field: 'exempt', before: '', after: '是', changed: true },
    ]);
  });
  it('shows a created or deleted record with one side empty', () => {
    expect(diffValues(null, { id: 'T1' })).toEqual([{ field: 'id', before: '', after: 'T1', changed: true }]);
    expect(diffValues({ id: 'T1' }, null)).toEqual([{ field: 'id', before: 'T1', after: '', changed: true }]);
  });
  it('compares values that are not objects as a whole', () => {
    expect(diffValues('[已删除的个人信息]', '[已删除的个人信息]')).toEqual([
      { field: '', before: '[已删除的个人信息]', after: '[已删除的个人信息]', changed: false },
    ]);
    expect(diffValues(null, [1, 2])).toEqual([{ field: '', before: '', after: '[1,2]', changed: true }]);
    expect(diffValues(null, null)).toEqual([]);
  });
});

describe('last administrator', () => {
  const users = [
    { id: 'a', role: 'admin' as const, active: true },
    { id: 'b', role: 'admin' as const, active: false },
    { id: 'c', role: 'staff' as const, active: true },
  ];
  it('is the only enabled administrator', () => {
    expect(isLastAdmin(users, 'a')).toBe(true);
    expect(isLastAdmin(users, 'b')).toBe(false);
    expect(isLastAdmin(users, 'c')).toBe(false);
    expect(isLastAdmin([...users, { id: 'd', role: 'admin', active: true }], 'a')).toBe(false);
  });
});

describe('backup list', () => {
  it('says 今天 and 昨天 in local time, else the date', () => {
    const now = new Date(2026, 10, 22, 0, 30);
    expect(backupTimeLabel(new Date(2026, 10, 22, 0, 5).toISOString(), now)).toBe('今天 00:05');
    expect(backupTimeLabel(new Date(2026, 10, 21, 23, 59).toISOString(), now)).toBe('昨天 23:59');
    expect(backupTimeLabel(new Date(2026, 10, 20, 9, 7).toISOString(), now)).toBe('2026-11-20 09:07');
  });
  it('gives sizes in bytes, KB, MB and GB', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(5.5 * 1024 * 1024)).toBe('5.5 MB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.0 GB');
  });
});
