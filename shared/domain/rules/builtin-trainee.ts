// The trainee-hour rules (学时指标) of seeds 001-004, as shipped. Windows and thresholds are data:
// seed 001's table is garbled in the source, so a school may need to correct these.
import type { TraineeRule } from './schema.ts';

const CADRE_PLAN = { type: 'fixed', from: '2023-01-01', to: '2027-12-31' } as const;
const MEMBER_PLAN = { type: 'fixed', from: '2024-01-01', to: '2028-12-31' } as const;
const YEAR = { type: 'year' } as const;

export const BUILTIN_TRAINEE: TraineeRule[] = [
  {
    id: 'H1',
    label: '县处级以上领导干部学时',
    who: '县级以上党政领导干部、四级调研员及相当层次职级以上公务员、相当职务层次的国有企业领导人员、事业单位六级管理岗位以上人员',
    exemptable: false,
    checks: [
      {
        id: 'H1.concentrated',
        label: '5年集中培训',
        records: { kind: 'concentrated' },
        window: CADRE_PLAN,
        // 3 months counted as 90 days (domain.md).
        measure: { type: 'hours_or_days', hours: 550, days: 90 },
      },
      { id: 'H1.online', label: '年度网络自学', records: { kind: 'online_self' }, window: YEAR, measure: { type: 'hours_or_days', hours: 50 } },
    ],
    source: { plan: '001', clause: '每5年参加集中培训累计不少于3个月或550学时；每年参加网络自学累计不少于50学时' },
  },
  {
    id: 'H2',
    label: '科级及以下干部学时',
    who: '科级党政领导干部、一级主任科员及相当层次职级以下公务员、国有企业事业单位其他管理人员、专业技术人员',
    exemptable: false,
    checks: [
      { id: 'H2.concentrated', label: '年度集中培训', records: { kind: 'concentrated' }, window: YEAR, measure: { type: 'hours_or_days', hours: 90, days: 12 } },
    ],
    source: { plan: '001', clause: '每年参加集中培训累计不少于12天或90学时' },
  },
  {
    id: 'P1',
    label: '党员学时',
    who: '全体党员',
    exemptable: true,
    checks: [
      { id: 'P1.total', label: '5年集中学习培训', records: { kind: 'concentrated' }, window: MEMBER_PLAN, measure: { type: 'hours_or_days', hours: 160, days: 20 } },
      { id: 'P1.theory', label: '党的创新理论教育学时占比', records: {}, window: MEMBER_PLAN, measure: { type: 'theory_ratio', ratio: 0.5 } },
    ],
    source: {
      plan: '004',
      clause: '党员5年内参加各类集中学习培训累计不少于20天或160学时……党的创新理论教育学时应占总学时的50%以上……对年老体弱、行动不便的党员，集中学习培训不作硬性要求',
    },
  },
  {
    id: 'P2',
    label: '基层党组织书记学时',
    who: '基层党组织书记',
    exemptable: false,
    checks: [
      { id: 'P2.total', label: '5年集中学习培训', records: { kind: 'concentrated' }, window: MEMBER_PLAN, measure: { type: 'hours_or_days', hours: 280, days: 35 } },
      {
        id: 'P2.annual',
        label: '年度县级以上党委脱产培训',
        records: { kind: 'concentrated', fullTime: true, minOrganizerLevel: 'county' },
        window: YEAR,
        measure: { type: 'hours_or_days', hours: 40, days: 5 },
      },
    ],
    source: { plan: '004', clause: '基层党组织书记5年内参加各类集中学习培训累计不少于35天或280学时，其中每年参加县级以上党委举办的脱产培训累计一般不少于5天或40学时' },
  },
  {
    id: 'P3',
    label: '党员年度学时（2014—2018年规划）',
    who: '全体党员',
    exemptable: false,
    checks: [
      { id: 'P3.annual', label: '年度集中学习培训', records: { kind: 'concentrated' }, window: YEAR, measure: { type: 'hours_or_days', hours: 32 } },
    ],
    source: { plan: '002', clause: '党员每年集中学习培训时间，根据实际情况确定，一般不少于32学时' },
  },
  {
    id: 'P4',
    label: '基层党组织书记和班子成员年度学时（2014—2018年规划）',
    who: '基层党组织书记和班子成员',
    exemptable: false,
    checks: [
      { id: 'P4.annual', label: '年度集中学习培训', records: { kind: 'concentrated' }, window: YEAR, measure: { type: 'hours_or_days', hours: 56 } },
      { id: 'P4.once', label: '年度至少参加1次集中培训', records: { kind: 'concentrated' }, window: YEAR, measure: { type: 'count', count: 1 } },
    ],
    source: { plan: '002', clause: '基层党组织书记和班子成员每年集中学习培训时间不少于56学时，至少参加1次集中培训' },
  },
  {
    id: 'G1',
    label: '县直部门和乡镇干部年度学时',
    who: '县（市、区、旗）直属部门机关干部、乡镇（街道）干部',
    exemptable: false,
    checks: [{ id: 'G1.annual', label: '年度学习培训', records: {}, window: YEAR, measure: { type: 'hours_or_days', hours: 100, days: 12 } }],
    source: { plan: '003', clause: '县（市、区、旗）直属部门机关干部、乡镇（街道）干部每年参加各类学习培训的时间累计一般不少于100学时或12天' },
  },
  {
    id: 'G2',
    label: '其他基层干部年度学时',
    who: '其他基层干部',
    exemptable: false,
    checks: [{ id: 'G2.annual', label: '年度学习培训', records: {}, window: YEAR, measure: { type: 'hours_or_days', hours: 40, days: 5 } }],
    source: { plan: '003', clause: '其他干部一般不少于40学时或5天' },
  },
];
