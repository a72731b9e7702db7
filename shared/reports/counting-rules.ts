// Counting rules a trainee-hour report adds to the shared list (shared/domain/rules/counting-rules.ts).
/** Lines a report of the kind adds to the shared rules. */
export const TRAINEE_RULES: readonly string[] = [
  '学员学时达标：学员所属学时规则组的每一项检查都满足才算达标；一项检查在“学时”或“天数”任一项达到要求即满足（政策原文为“或”）；免于考核的学员记为达标（免于考核）。',
  '只统计截止日期当日及以前的培训记录；按年度计的检查统计截止日期所在自然年度，按规划期计的检查统计规划期内的记录。',
];
