// What a report job's worker tells the backend while it builds and writes a report.
import type { ReportStage } from '../../../../shared/reports/progress.ts';

export type JobMessage =
  | { type: 'stage'; stage: ReportStage }
  | { type: 'rows'; done: number; total: number }
  | { type: 'named'; fileName: string }
  | { type: 'done'; file: Uint8Array }
  | { type: 'failed'; message: string };
