// The Excel workbook's layout: one sheet per kind of record, its columns (the exchange fields with
// their Chinese labels from shared/exchange/fields.ts), the enumerations' Chinese labels for the
// drop-down lists, and the example rows. The template writer and the reader both read this.
import {
  CATEGORIES,
  CATEGORY_LABELS,
  FACULTY_TYPE_LABELS,
  FACULTY_TYPES,
  FORM_LABELS,
  FORMS,
  INSTITUTION_KIND_LABELS,
  INSTITUTION_KINDS,
  INSTITUTION_LEVEL_LABELS,
  INSTITUTION_LEVELS,
  METHOD_LABELS,
  METHODS,
  ORGANIZER_LEVEL_LABELS,
  ORGANIZER_LEVELS,
  RECORD_KIND_LABELS,
  RECORD_KINDS,
} from '../../../../shared/domain/enums.ts';
import { normalizeToken } from '../../../../shared/exchange/cell-values.ts';
import {
  EXCHANGE_KINDS,
  INSTITUTION_FIELDS,
  KIND_FIELDS,
  KIND_LABELS,
  type ExchangeKind,
  type FieldSpec,
} from '../../../../shared/exchange/fields.ts';

export type SheetKind = ExchangeKind | 'institution';

export interface SheetLayout {
  kind: SheetKind;
  /** The sheet's name in the workbook. */
  name: string;
  /** Other names a user's workbook may give the sheet. */
  aliases: string[];
  fields: { key: string; spec: FieldSpec }[];
}

/** The name each record's row shows when another sheet refers to it (resolved when unique). */
export const NAME_FIELD: Partial<Record<ExchangeKind, string>> = {
  semesters: 'name',
  faculty: 'name',
  courses: 'title',
  classes: 'name',
  onlineCourses: 'title',
  trainees: 'name',
};

export const INSTITUTION_SHEET = '院校信息';
export const INSTRUCTIONS_SHEET = '填写说明';
export const OPTIONS_SHEET = '选项';
/** Rows whose id or reference starts with this are the template's examples and are skipped on import. */
export const EXAMPLE_PREFIX = '示例';

const SHEET_NAMES: Record<ExchangeKind, string> = { ...KIND_LABELS, sessions: '课表' };

const order = (kind: ExchangeKind, first: string[]): { key: string; spec: FieldSpec }[] => {
  const fields = KIND_FIELDS[kind];
  const keys = [...first, ...Object.keys(fields).filter((k) => !first.includes(k))];
  return keys.map((key) => ({ key, spec: fields[key]! }));
};

/** Sheets in the order a user fills them: each after the sheets it refers to. */
export const SHEETS: SheetLayout[] = [
  {
    kind: 'institution',
    name: INSTITUTION_SHEET,
    aliases: ['院校', '学校信息', 'institution'],
    fields: Object.entries(INSTITUTION_FIELDS).map(([key, spec]) => ({ key, spec })),
  },
  ...EXCHANGE_KINDS.map(
    (kind): SheetLayout => ({
      kind,
      name: SHEET_NAMES[kind],
      aliases: [KIND_LABELS[kind], kind, ...(kind === 'sessions' ? ['课次', '教学安排'] : [])],
      fields: order(kind, kind === 'trainingRecords' ? ['trainee', 'date'] : ['id']),
    }),
  ),
];

export function sheetFor(kind: SheetKind): SheetLayout {
  return SHEETS.find((s) => s.kind === kind)!;
}

/** Finds the layout a user's sheet name stands for, ignoring spaces, width and case. */
export function layoutForSheetName(name: string): SheetLayout | undefined {
  const key = normalizeToken(name).replace(/\s/g, '').toLowerCase();
  return SHEETS.find((s) => [s.name, ...s.aliases].some((n) => normalizeToken(n).toLowerCase() === key));
}

/** Chinese labels of an enumeration, found by its list of codes. */
const ENUM_LABELS = new Map<readonly string[], Record<string, string>>([
  [INSTITUTION_LEVELS, INSTITUTION_LEVEL_LABELS],
  [INSTITUTION_KINDS, INSTITUTION_KIND_LABELS],
  [FACULTY_TYPES, FACULTY_TYPE_LABELS],
  [CATEGORIES, CATEGORY_LABELS],
  [METHODS, METHOD_LABELS],
  [FORMS, FORM_LABELS],
  [RECORD_KINDS, RECORD_KIND_LABELS],
  [ORGANIZER_LEVELS, ORGANIZER_LEVEL_LABELS],
]);

export function enumLabels(values: readonly string[]): Record<string, string> {
  return ENUM_LABELS.get(values) ?? Object.fromEntries(values.map((v) => [v, v]));
}

/** Other words staff use for an enumeration value (domain.md's vocabulary). */
export const ENUM_ALIASES: Record<string, string> = {
  党校: 'party_school',
  行政学院: 'party_school',
  党校行政学院: 'party_school',
  '党校/行政学院': 'party_school',
  理论教育: 'theory',
  党的理论: 'theory',
  专业能力: 'competence',
  '履职能力/专业能力': 'competence',
  讲授: 'lecture',
  案例: 'case',
  研讨: 'seminar',
  模拟: 'simulation',
  体验: 'experiential',
  访谈: 'interview',
  课堂: 'classroom',
  现场: 'field',
  网络: 'online',
  实践: 'practice',
  调研: 'practice',
  '实践/调研': 'practice',
  专职教师: 'fulltime',
  本校教师: 'fulltime',
  脱产培训: 'concentrated',
  集中: 'concentrated',
  网络培训: 'online_self',
};

/** How a field's cell is described to the user: in header notes and on the instructions sheet. */
export function fieldHint(spec: FieldSpec): string {
  switch (spec.type) {
    case 'id':
      return '本表内唯一的编号，其他表用它引用本条记录';
    case 'text':
      return '文字';
    case 'ref':
      return `填写${KIND_LABELS[spec.kind]}的编号或名称（名称须唯一）`;
    case 'refs':
      return `一个或多个${KIND_LABELS[spec.kind]}的编号或姓名，用顿号“、”分隔`;
    case 'enum':
      return `从下拉列表选择：${spec.values.map((v) => enumLabels(spec.values)[v]).join('、')}`;
    case 'date':
      return '日期，如 2026-03-03';
    case 'time':
      return '时间，如 08:30';
    case 'hours':
      return '不小于 0 的数，可有小数';
    case 'year':
      return '四位年份，如 2026';
    case 'years':
      return '一个或多个年份，用顿号“、”分隔，如 2024、2026';
    case 'count':
      return '不小于 0 的整数';
    case 'bool':
      return '从下拉列表选择“是”或“否”';
  }
}

/** Example rows of the template, by field key; ids start with 示例 so the importer skips them. */
export const EXAMPLES: Record<SheetKind, Record<string, unknown>[]> = {
  institution: [],
  semesters: [{ id: '示例-2026S', name: '2026年春季学期', year: 2026, start: '2026-03-01', end: '2026-07-15' }],
  faculty: [
    { id: '示例-F1', name: '张三', type: 'fulltime', title: '教授', organization: '党史教研部' },
    { id: '示例-F2', name: '李明', type: 'leader', title: '副市长', organization: '某市人民政府' },
  ],
  courses: [
    {
      id: '示例-C1',
      title: '习近平新时代中国特色社会主义思想概论',
      category: 'theory',
      method: 'lecture',
      form: 'classroom',
      firstOfferedYear: 2024,
      revisedYears: [2026],
      isCase: false,
    },
  ],
  classes: [
    {
      id: '示例-K1',
      name: '第62期中青年干部培训班',
      semester: '示例-2026S',
      isMain: true,
      isPartySpirit: false,
      start: '2026-03-02',
      end: '2026-06-30',
      traineeCount: 58,
    },
  ],
  sessions: [
    {
      id: '示例-S1',
      class: '示例-K1',
      course: '示例-C1',
      date: '2026-03-03',
      start: '08:30',
      hours: 3,
      category: 'theory',
      method: 'lecture',
      form: 'classroom',
      lecturers: ['示例-F1', '示例-F2'],
    },
  ],
  onlineCourses: [{ id: '示例-O1', title: '党的二十届三中全会精神解读', hours: 2.5, publishedYear: 2026, revisedYears: [] }],
  trainees: [{ id: '示例-T1', name: '王五', group: 'H2', organization: '某县发改局', exempt: false }],
  trainingRecords: [
    {
      trainee: '示例-T1',
      date: '2026-03-03',
      hours: 3,
      days: 0.5,
      kind: 'concentrated',
      fullTime: true,
      theory: true,
      organizerLevel: 'county',
      class: '示例-K1',
    },
  ],
};
