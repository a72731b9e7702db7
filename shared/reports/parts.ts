// Splits a report's tables into parts of about `rowsPerPart` rows, for writers that cannot take a
// large school's register in one piece (Chromium prints the PDF part by part). A part never splits the
// rows of one subject: rows that share their first cell (a trainee's checks) stay together.
import type { ReportRow } from './model.ts';

/** How far past the nominal end a part may run to keep one subject's rows together. */
const MAX_RUN = 100;

/** A part's slice of one table: rows [start, end) of section `section`'s table. */
export interface TableSlice {
  section: number;
  start: number;
  end: number;
}

/** The slices of each part, in order; sections without a table fall between them and are not listed. */
export function splitTables(tables: (ReportRow[] | undefined)[], rowsPerPart: number): TableSlice[][] {
  if (!(rowsPerPart >= 1)) throw new Error(`rowsPerPart must be at least 1, not ${rowsPerPart}`);
  const parts: TableSlice[][] = [[]];
  let room = rowsPerPart;
  tables.forEach((rows, section) => {
    if (!rows || rows.length === 0) return;
    let start = 0;
    // A table that would start in the last tenth of a full part starts the next part instead, so that
    // its heading is not left alone at the foot of a part.
    if (room < rows.length && room < rowsPerPart / 10 && parts.at(-1)!.length > 0) {
      parts.push([]);
      room = rowsPerPart;
    }
    while (rows.length - start > room) {
      let end = start + room;
      const limit = Math.min(rows.length, end + MAX_RUN);
      while (end > 0 && end < limit && rows[end]!.cells[0] === rows[end - 1]!.cells[0]) end++;
      if (end === rows.length) break;
      if (end > start) parts.at(-1)!.push({ section, start, end });
      parts.push([]);
      room = rowsPerPart;
      start = end;
    }
    parts.at(-1)!.push({ section, start, end: rows.length });
    room = Math.max(0, room - (rows.length - start));
  });
  return parts;
}
