// The limit: each aggregate the product answers, asked as one SQL statement of the sqlite3 shell on the
// same store file (the counting rules of ../shared/domain.md, written directly against the schema).

const q = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/** Sessions of a semester with their effective category, method and form (口径 2). */
const effectiveSessions = (semester: string): string => `
  SELECT s.id, s.class_id, s.hours, k.is_main, k.is_party_spirit,
         COALESCE(s.category, c.category, 'other') AS category,
         COALESCE(s.method, c.method, 'lecture') AS method,
         COALESCE(s.form, c.form, 'classroom') AS form
  FROM sessions s JOIN classes k ON k.id = s.class_id JOIN courses c ON c.id = s.course_id
  WHERE k.semester_id = ${q(semester)}`;

/** T1a, T1b, T3, T4a, T4b and T2 per party-spirit class: numerator and denominator hours. */
export const semesterIndicatorsSql = (semester: string): string => `
WITH s AS MATERIALIZED (${effectiveSessions(semester)}),
leader AS (
  SELECT l.session_id, SUM(f.type = 'leader') * 1.0 / COUNT(*) AS share
  FROM session_lecturers l JOIN faculty f ON f.id = l.faculty_id
  WHERE l.session_id IN (SELECT id FROM s) GROUP BY l.session_id)
SELECT 'T1a', SUM(CASE WHEN category IN ('theory', 'party_spirit') THEN hours ELSE 0 END), SUM(hours) FROM s
UNION ALL SELECT 'T1b', SUM(CASE WHEN category = 'party_spirit' THEN hours ELSE 0 END), SUM(hours) FROM s
UNION ALL SELECT 'T3', SUM(s.hours * COALESCE(leader.share, 0)), SUM(s.hours) FROM s LEFT JOIN leader ON leader.session_id = s.id WHERE s.is_main = 1
UNION ALL SELECT 'T4a', SUM(CASE WHEN method = 'case' THEN hours ELSE 0 END), SUM(hours) FROM s WHERE is_main = 1
UNION ALL SELECT 'T4b', SUM(CASE WHEN method IN ('seminar', 'simulation', 'experiential', 'interview') THEN hours ELSE 0 END), SUM(hours) FROM s WHERE is_main = 1
UNION ALL SELECT 'T2:' || class_id, SUM(CASE WHEN form = 'classroom' THEN hours ELSE 0 END), SUM(hours) FROM s WHERE is_party_spirit = 1 GROUP BY class_id`;

/** R1's yearly offered / renewed main-class courses from `fromYear` to `year`, and R2's hours for `year`. */
export const renewalSql = (fromYear: number, year: number): string => `
WITH offered AS (
  SELECT DISTINCT sem.year, s.course_id
  FROM sessions s JOIN classes k ON k.id = s.class_id JOIN semesters sem ON sem.id = k.semester_id
  WHERE k.is_main = 1 AND sem.year BETWEEN ${fromYear} AND ${year})
SELECT o.year, COUNT(*) AS offered,
       SUM(c.first_offered_year = o.year OR EXISTS (SELECT 1 FROM course_revisions r WHERE r.course_id = o.course_id AND r.year = o.year)) AS renewed
FROM offered o JOIN courses c ON c.id = o.course_id GROUP BY o.year
UNION ALL
SELECT 'R2', SUM(hours), NULL FROM online_courses o
WHERE o.published_year = ${year} OR EXISTS (SELECT 1 FROM online_course_revisions r WHERE r.online_course_id = o.id AND r.year = ${year})`;

/**
 * Every trainee's check sums as of a date in year Y, and whether its group's rule is met (the built-in
 * rules of domain.md: plan windows 2023-2027 and 2024-2028).
 */
export const complianceSql = (asOf: string): string => {
  const y = asOf.slice(0, 4);
  const inYear = `r.date >= '${y}-01-01'`;
  const conc = `r.kind = 'concentrated'`;
  const sum = (cond: string, col = 'r.hours') => `SUM(CASE WHEN ${cond} THEN ${col} ELSE 0 END)`;
  return `
WITH t AS (
  SELECT t.id, t.group_id, t.exempt,
    ${sum(`${conc} AND r.date BETWEEN '2023-01-01' AND '2027-12-31'`)} AS h1c_h,
    ${sum(`${conc} AND r.date BETWEEN '2023-01-01' AND '2027-12-31'`, 'r.days')} AS h1c_d,
    ${sum(`r.kind = 'online_self' AND ${inYear}`)} AS online_y,
    ${sum(`${conc} AND ${inYear}`)} AS conc_y_h,
    ${sum(`${conc} AND ${inYear}`, 'r.days')} AS conc_y_d,
    COUNT(CASE WHEN ${conc} AND ${inYear} THEN 1 END) AS conc_y_n,
    ${sum(`${conc} AND r.date BETWEEN '2024-01-01' AND '2028-12-31'`)} AS p_h,
    ${sum(`${conc} AND r.date BETWEEN '2024-01-01' AND '2028-12-31'`, 'r.days')} AS p_d,
    ${sum(`r.date BETWEEN '2024-01-01' AND '2028-12-31' AND r.theory = 1`)} AS p_theory,
    ${sum(`r.date BETWEEN '2024-01-01' AND '2028-12-31'`)} AS p_all,
    ${sum(`${conc} AND r.full_time = 1 AND r.organizer_level IN ('central', 'provincial', 'municipal', 'county') AND ${inYear}`)} AS p2_h,
    ${sum(`${conc} AND r.full_time = 1 AND r.organizer_level IN ('central', 'provincial', 'municipal', 'county') AND ${inYear}`, 'r.days')} AS p2_d,
    ${sum(inYear)} AS all_y_h,
    ${sum(inYear, 'r.days')} AS all_y_d
  FROM trainees t LEFT JOIN training_records r ON r.trainee_id = t.id AND r.date <= '${asOf}'
  GROUP BY t.id)
SELECT id, group_id, exempt OR CASE group_id
  WHEN 'H1' THEN (h1c_h >= 550 OR h1c_d >= 90) AND online_y >= 50
  WHEN 'H2' THEN conc_y_h >= 90 OR conc_y_d >= 12
  WHEN 'P1' THEN (p_h >= 160 OR p_d >= 20) AND p_all > 0 AND p_theory >= 0.5 * p_all
  WHEN 'P2' THEN (p_h >= 280 OR p_d >= 35) AND (p2_h >= 40 OR p2_d >= 5)
  WHEN 'P3' THEN conc_y_h >= 32
  WHEN 'P4' THEN conc_y_h >= 56 AND conc_y_n >= 1
  WHEN 'G1' THEN all_y_h >= 100 OR all_y_d >= 12
  WHEN 'G2' THEN all_y_h >= 40 OR all_y_d >= 5
  ELSE 0 END AS met,
  h1c_h, h1c_d, online_y, conc_y_h, conc_y_d, conc_y_n, p_h, p_d, p_theory, p_all, p2_h, p2_d, all_y_h, all_y_d
FROM t ORDER BY id`;
};

/** The sessions of one class behind a figure, with course, effective values and lecturers. */
export const drilldownSql = (klass: string): string => `
SELECT s.id, k.name, c.title, s.date, s.start_time, s.hours,
       COALESCE(s.category, c.category, 'other'), COALESCE(s.method, c.method, 'lecture'), COALESCE(s.form, c.form, 'classroom'),
       (SELECT json_group_array(json_object('id', f.id, 'name', f.name, 'type', f.type))
          FROM session_lecturers l JOIN faculty f ON f.id = l.faculty_id WHERE l.session_id = s.id)
FROM sessions s JOIN classes k ON k.id = s.class_id JOIN courses c ON c.id = s.course_id
WHERE s.class_id = ${q(klass)} ORDER BY s.date, s.start_time`;

/** The semester with the most session hours, and its class with the most sessions. */
export const largestSemesterSql = `
SELECT k.semester_id FROM sessions s JOIN classes k ON k.id = s.class_id GROUP BY k.semester_id ORDER BY SUM(s.hours) DESC, k.semester_id LIMIT 1`;
export const largestClassSql = `
SELECT s.class_id FROM sessions s JOIN classes k ON k.id = s.class_id GROUP BY s.class_id ORDER BY COUNT(*) DESC, SUM(s.hours) DESC, s.class_id LIMIT 1`;
