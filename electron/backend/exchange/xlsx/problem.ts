// One problem of an Excel import, where the user can find it: sheet, row and column as Excel shows them.
export interface XlsxProblem {
  sheet: string;
  /** Excel's row number (1-based); null for a problem of the whole sheet or file. */
  row: number | null;
  /** Excel's column letter; null when no single column is at fault. */
  column: string | null;
  /** The column's header text. */
  header: string | null;
  /** The cell's content as the user typed it. */
  value: string | null;
  /** Chinese, says why and what to do. */
  message: string;
}
