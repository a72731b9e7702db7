// What the engine answers: the JSON shapes of exchange-format.md, plus drill-down data the contract
// allows as optional fields (the CLI prints those only on request).
import type { Course, Faculty, Institution, OnlineCourse, Semester, Session, Trainee, TrainingClass, TrainingRecord } from '../types.ts';

export type IndicatorStatus = 'pass' | 'fail' | 'not_applicable' | 'no_data';

/** The records the teaching and renewal indicators read; plain arrays, as the store or an import holds them. */
export interface TeachingData {
  institution: Institution | null;
  semesters: Semester[];
  classes: TrainingClass[];
  courses: Course[];
  faculty: Faculty[];
  sessions: Session[];
}

export interface RenewalData extends TeachingData {
  onlineCourses: OnlineCourse[];
}

export interface ComplianceData {
  trainees: Trainee[];
  trainingRecords: TrainingRecord[];
}

/** One class's share of a semester indicator. */
export interface ClassFigure {
  class: string;
  value?: number;
  numerator: number;
  denominator: number;
  status: IndicatorStatus;
}

/** How far a failing figure is from its threshold, in hours. */
export interface Gap {
  /** Hours to change from other teaching to the numerator's kind, total hours unchanged. */
  hours: number;
  /** Hours of the numerator's kind to add instead, when nothing else changes. */
  addHours: number;
  /** E.g. “还差 12 学时案例式教学”. */
  text: string;
}

/** Per-class breakdown of a figure, worst first: how many hours each class lacks against the threshold. */
export interface ClassBreakdown {
  class: string;
  name: string;
  isMain: boolean;
  isPartySpirit: boolean;
  numerator: number;
  denominator: number;
  value?: number;
  /** threshold × denominator − numerator: > 0 pulls the ratio down by that many hours. */
  shortfall: number;
}

export interface IndicatorDetail {
  label: string;
  /** A ratio (value 0..1) or a sum of hours. */
  shape: 'ratio' | 'hours';
  numeratorLabel: string;
  classes: ClassBreakdown[];
  /** Classes that pull the figure down most (shortfall > 0), worst first. */
  pullingDown: string[];
  gap?: Gap;
  source: { plan: string; clause: string };
}

export interface IndicatorResult {
  id: string;
  value?: number;
  numerator?: number;
  denominator?: number;
  threshold: number;
  status: IndicatorStatus;
  reason?: string;
  classes?: ClassFigure[];
  /** On request for a not-applicable indicator: what it would be. */
  computed?: { value?: number; numerator?: number; denominator?: number; status: IndicatorStatus; classes?: ClassFigure[] };
  detail?: IndicatorDetail;
}

export interface SemesterIndicators {
  semester: string;
  indicators: IndicatorResult[];
}

export interface RenewalYear {
  year: number;
  offered: number;
  renewed: number;
  rate: number;
}

export interface RenewalResult {
  id: string;
  value?: number;
  threshold: number;
  status: IndicatorStatus;
  reason?: string;
  years?: RenewalYear[];
  computed?: { value?: number; status: IndicatorStatus; years?: RenewalYear[] };
  detail?: RenewalDetail;
}

export interface RenewalDetail {
  label: string;
  source: { plan: string; clause: string };
  /** R1: the courses offered in main classes in the year, renewed or not, and why. */
  courses?: { course: string; title: string; renewed: boolean; firstOfferedYear: number | null; revised: boolean }[];
  /** R2: the online courses counted. */
  onlineCourses?: { id: string; title: string; hours: number; publishedYear: number | null; revised: boolean }[];
}

export interface RenewalIndicators {
  year: number;
  indicators: RenewalResult[];
}

export interface CheckResult {
  id: string;
  met: boolean;
  hours: number;
  days?: number;
  ratio?: number;
  count?: number;
}

export interface TraineeCompliance {
  trainee: string;
  group: string | null;
  met: boolean;
  exempt?: true;
  checks: CheckResult[];
  /** Set when the trainee's group names no rule of the rule set. */
  reason?: string;
}

export interface ComplianceResult {
  asOf: string;
  trainees: TraineeCompliance[];
  summary: { trainees: number; met: number };
}
