// The trainee list is read a page at a time, sorted and filtered in SQL: indexes for its sort columns
// (ties by id), which also serve the filters by group and work unit and their distinct values. Sessions
// by date: the planner reads other semesters' sessions dated within the semester (with their lecturers,
// a scan of every session's lecturers without it: 100 ms on the large school).
import type { Migration } from './migration.ts';

export const listIndexes: Migration = {
  version: 4,
  name: 'indexes for paged lists and the planner',
  sql: `
CREATE INDEX trainees_name ON trainees(name, id);
CREATE INDEX trainees_group ON trainees(group_id, id);
CREATE INDEX trainees_organization ON trainees(organization, id);
CREATE INDEX IF NOT EXISTS sessions_date ON sessions(date);
`,
};
