// How a report writer tells its caller how far it is: rows of the tables laid out, then the file being
// written. Export jobs turn these into the progress bar on 报表; the CLI passes nothing.
import type { ReportModel } from '../../../shared/reports/model.ts';

export interface WriteProgress {
  /** Rows of the report's tables laid out so far, of all of them. */
  rows(done: number, total: number): void;
  /** The tables are laid out; the file itself is being written (packed, printed). */
  writing(): void;
}

/** Rows between two progress reports: frequent enough for a smooth bar, rare enough to cost nothing. */
const EVERY = 500;

export interface RowCounter {
  /** One more row laid out. */
  row(): void;
  /** All rows laid out: the file is written next. */
  finish(): void;
}

/** Rows of all the report's tables. */
export const tableRows = (model: ReportModel): number => model.sections.reduce((sum, s) => sum + (s.table?.rows.length ?? 0), 0);

export function rowCounter(total: number, progress: WriteProgress | undefined): RowCounter {
  let done = 0;
  progress?.rows(0, total);
  return {
    row() {
      done++;
      if (progress && done % EVERY === 0) progress.rows(done, total);
    },
    finish() {
      progress?.rows(total, total);
      progress?.writing();
    },
  };
}
