// Every check of a semester (每班必检): what ran and what each found. The teaching checks and the
// trainee checks also run apart: a report runs only those that bear on its figures.
import { classOverlaps, lecturerConflicts } from './conflict-checks.ts';
import { emptyClasses, uncategorisedCourses } from './catalog-checks.ts';
import type { QualityInput, TeachingQualityInput } from './input.ts';
import { sessionFindings } from './session-checks.ts';
import { recordsOutsideWindows, traineeGroupFindings } from './trainee-checks.ts';
import { QUALITY_CHECK_LABELS, QUALITY_CHECKS, TEACHING_CHECKS, type Finding, type QualityCheckId, type QualityReport, type Severity } from './types.ts';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function teachingFindings(input: TeachingQualityInput): Finding[] {
  const classes = new Map([...input.otherClasses, ...input.classes].map((k) => [k.id, k]));
  const faculty = new Map(input.faculty.map((f) => [f.id, f]));
  const hourMinutes = input.ruleSet.hourMinutes;
  return [
    ...sessionFindings(input.semester, classes, input.sessions),
    ...lecturerConflicts(input.sessions, input.otherSessions, faculty, classes, hourMinutes),
    ...classOverlaps(input.sessions, classes, hourMinutes),
    ...emptyClasses(input.classes, input.sessions),
    ...uncategorisedCourses(input.courses, input.sessions),
  ];
}

function reportOf(semester: string, ran: readonly QualityCheckId[], findings: Finding[]): QualityReport {
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const counts = new Map<string, number>();
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) {
    counts.set(f.check, (counts.get(f.check) ?? 0) + 1);
    summary[f.severity]++;
  }
  return {
    semester,
    checks: ran.map((id) => ({ id, label: QUALITY_CHECK_LABELS[id], findings: counts.get(id) ?? 0 })),
    findings,
    summary,
  };
}

/** The teaching checks of a semester only (classes, sessions, lecturers, courses). */
export function runTeachingChecks(input: TeachingQualityInput): QualityReport {
  return reportOf(input.semester.id, TEACHING_CHECKS, teachingFindings(input));
}

export function runQualityChecks(input: QualityInput): QualityReport {
  return reportOf(input.semester.id, QUALITY_CHECKS, [
    ...teachingFindings(input),
    ...traineeGroupFindings(input.trainees, input.ruleSet),
    ...recordsOutsideWindows(input.trainees, input.trainingRecords, input.ruleSet),
  ]);
}
