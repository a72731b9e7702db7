// Enumerations of the exchange format (../shared/exchange-format.md) with their Chinese labels.
// One list per enumeration: the store's CHECK constraints, the zod schemas and the UI all read these.

export const INSTITUTION_LEVELS = ['central', 'provincial', 'municipal', 'county'] as const;
export type InstitutionLevel = (typeof INSTITUTION_LEVELS)[number];
export const INSTITUTION_LEVEL_LABELS: Record<InstitutionLevel, string> = {
  central: '中央',
  provincial: '省级',
  municipal: '市级',
  county: '县级',
};

export const INSTITUTION_KINDS = ['party_school', 'cadre_college', 'socialist_college', 'other'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];
export const INSTITUTION_KIND_LABELS: Record<InstitutionKind, string> = {
  party_school: '党校（行政学院）',
  cadre_college: '干部学院',
  socialist_college: '社会主义学院',
  other: '其他',
};

export const FACULTY_TYPES = ['fulltime', 'leader', 'expert', 'model', 'grassroots', 'other'] as const;
export type FacultyType = (typeof FACULTY_TYPES)[number];
export const FACULTY_TYPE_LABELS: Record<FacultyType, string> = {
  fulltime: '本校专职教师',
  leader: '领导干部',
  expert: '专家学者',
  model: '先进典型',
  grassroots: '基层干部',
  other: '其他',
};

export const CATEGORIES = ['theory', 'party_spirit', 'competence', 'knowledge', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_LABELS: Record<Category, string> = {
  theory: '党的理论教育',
  party_spirit: '党性教育',
  competence: '履职能力',
  knowledge: '知识技能',
  other: '其他',
};

export const METHODS = ['lecture', 'case', 'seminar', 'simulation', 'experiential', 'interview', 'other'] as const;
export type Method = (typeof METHODS)[number];
export const METHOD_LABELS: Record<Method, string> = {
  lecture: '讲授式',
  case: '案例式',
  seminar: '研讨式',
  simulation: '模拟式',
  experiential: '体验式',
  interview: '访谈式',
  other: '其他',
};

export const FORMS = ['classroom', 'field', 'online', 'practice'] as const;
export type Form = (typeof FORMS)[number];
export const FORM_LABELS: Record<Form, string> = {
  classroom: '课堂教学',
  field: '现场教学',
  online: '网络教学',
  practice: '实践调研',
};

export const RECORD_KINDS = ['concentrated', 'online_self'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  concentrated: '集中培训',
  online_self: '网络自学',
};

export const ORGANIZER_LEVELS = ['central', 'provincial', 'municipal', 'county', 'other'] as const;
export type OrganizerLevel = (typeof ORGANIZER_LEVELS)[number];
export const ORGANIZER_LEVEL_LABELS: Record<OrganizerLevel, string> = {
  central: '中央',
  provincial: '省级',
  municipal: '市级',
  county: '县级',
  other: '其他',
};

/** Defaults the counting rules apply to a course that leaves these out (exchange-format.md). */
export const COURSE_DEFAULTS = { category: 'other', method: 'lecture', form: 'classroom' } as const satisfies {
  category: Category;
  method: Method;
  form: Form;
};
