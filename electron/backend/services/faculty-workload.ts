// A lecturer's workload per semester and leading cadres' teaching. A session's hours count in its class's
// semester and are split equally between its lecturers (counting rules 1 and 3).
import type { z } from 'zod';
import type { leaderStatsSchema, workloadRowSchema } from '../../../shared/api/methods/catalog.ts';
import type { Ctx } from './context.ts';
import { getFaculty } from './faculty.ts';

const SHARES = `WITH n AS (SELECT session_id, count(*) AS n FROM session_lecturers GROUP BY session_id)`;

export async function facultyWorkload(ctx: Ctx, id: string): Promise<z.input<typeof workloadRowSchema>[]> {
  await getFaculty(ctx, id);
  return ctx.sqlite
    .prepare(
      `${SHARES}
       SELECT se.id AS semester, se.name AS semesterName, se.year AS year, count(*) AS sessions,
              total(s.hours * 1.0 / n.n) AS hours, count(DISTINCT s.class_id) AS classes
       FROM session_lecturers sl JOIN n ON n.session_id = sl.session_id JOIN sessions s ON s.id = sl.session_id
       JOIN classes c ON c.id = s.class_id JOIN semesters se ON se.id = c.semester_id
       WHERE sl.faculty_id = ? GROUP BY se.id ORDER BY se.start_date, se.id`,
    )
    .all(id) as z.input<typeof workloadRowSchema>[];
}

type LeaderRow = z.input<typeof leaderStatsSchema>['leaders'][number] & { semester: string };

export function leaderStats(ctx: Ctx): z.input<typeof leaderStatsSchema>[] {
  const semesters = ctx.sqlite
    .prepare(
      `SELECT se.id AS semester, se.name AS semesterName, se.year AS year,
              (SELECT total(s.hours) FROM sessions s JOIN classes c ON c.id = s.class_id
               WHERE c.semester_id = se.id AND c.is_main = 1) AS mainHours
       FROM semesters se ORDER BY se.start_date, se.id`,
    )
    .all() as { semester: string; semesterName: string; year: number; mainHours: number }[];
  const leaders = ctx.sqlite
    .prepare(
      `${SHARES}
       SELECT c.semester_id AS semester, f.id AS id, f.name AS name, f.title AS title, f.organization AS organization,
              count(*) AS sessions, total(s.hours * 1.0 / n.n) AS hours,
              total(CASE WHEN c.is_main = 1 THEN s.hours * 1.0 / n.n ELSE 0 END) AS mainHours
       FROM session_lecturers sl JOIN faculty f ON f.id = sl.faculty_id AND f.type = 'leader'
       JOIN n ON n.session_id = sl.session_id JOIN sessions s ON s.id = sl.session_id JOIN classes c ON c.id = s.class_id
       GROUP BY c.semester_id, f.id ORDER BY hours DESC, f.id`,
    )
    .all() as LeaderRow[];
  return semesters.map((s) => {
    const rows = leaders.filter((l) => l.semester === s.semester).map(({ semester: _s, ...l }) => l);
    return {
      ...s,
      leaderHours: rows.reduce((sum, l) => sum + l.hours, 0),
      leaderMainHours: rows.reduce((sum, l) => sum + l.mainHours, 0),
      leaders: rows,
    };
  });
}
