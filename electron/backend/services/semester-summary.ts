// Each semester's totals: classes (main, party-spirit), sessions, hours, distinct courses and lecturers.
import type { z } from 'zod';
import type { semesterSummarySchema } from '../../../shared/api/methods/catalog.ts';
import type { Ctx } from './context.ts';

export function semesterSummary(ctx: Ctx): z.input<typeof semesterSummarySchema>[] {
  return ctx.sqlite
    .prepare(
      `SELECT se.id AS id, se.name AS name, se.year AS year, se.start_date AS start, se.end_date AS end,
         (SELECT count(*) FROM classes c WHERE c.semester_id = se.id) AS classes,
         (SELECT count(*) FROM classes c WHERE c.semester_id = se.id AND c.is_main = 1) AS mainClasses,
         (SELECT count(*) FROM classes c WHERE c.semester_id = se.id AND c.is_party_spirit = 1) AS partySpiritClasses,
         (SELECT count(*) FROM sessions s JOIN classes c ON c.id = s.class_id WHERE c.semester_id = se.id) AS sessions,
         (SELECT total(s.hours) FROM sessions s JOIN classes c ON c.id = s.class_id WHERE c.semester_id = se.id) AS hours,
         (SELECT total(s.hours) FROM sessions s JOIN classes c ON c.id = s.class_id
            WHERE c.semester_id = se.id AND c.is_main = 1) AS mainHours,
         (SELECT count(DISTINCT s.course_id) FROM sessions s JOIN classes c ON c.id = s.class_id
            WHERE c.semester_id = se.id) AS courses,
         (SELECT count(DISTINCT sl.faculty_id) FROM session_lecturers sl JOIN sessions s ON s.id = sl.session_id
            JOIN classes c ON c.id = s.class_id WHERE c.semester_id = se.id) AS lecturers
       FROM semesters se ORDER BY se.start_date DESC, se.id`,
    )
    .all() as z.input<typeof semesterSummarySchema>[];
}
