// The indicator engine's public face: pure functions over plain records and a rule set, with no I/O,
// so the backend uses it for reports and the renderer for instant what-if.
export { notApplicableReason } from './applicability.ts';
export { complianceOf, computeCompliance, recordsByTrainee, type SumsOf } from './compliance.ts';
export { drilldown, type Drilldown, type DrilldownCourse, type DrilldownIndex, type DrilldownLecturer, type DrilldownSession } from './drilldown.ts';
export { effectiveOf, originsOf } from './effective.ts';
export { indexTeaching, type TeachingIndex } from './teaching-index.ts';
export { computeRenewal, offeredByYear, type RenewalOptions } from './renewal.ts';
export { computeSemester, type SemesterOptions } from './semester.ts';
export { judgeCheck, levelsAtOrAbove, matchesFilter, sumRecords, windowSpan, type CheckSums } from './trainee-checks.ts';
export type * from './types.ts';
