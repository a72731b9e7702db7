// Each report of the largest semester, written the way `cli report --semester ID --out FILE` writes it,
// in-process on an open store so the figure is the report's own time.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openBackend } from '../electron/backend/backend.ts';
import { parseArgs } from '../electron/cli/args.ts';
import { commands } from '../electron/cli/commands/index.ts';
import { figure, missing, type Figure } from './figures.ts';
import { timed } from './measure.ts';

const FORMATS = ['xlsx', 'pdf', 'docx'] as const;

export async function measureReports(db: string, semester: string, outDir: string): Promise<Figure[]> {
  const report = commands.report;
  if (!report || !('run' in report)) return FORMATS.map((f) => missing(`report.${f}`, `report ${f}, largest semester`, 'ms', 'CLI command report has not landed'));
  const backend = openBackend(db);
  const quiet = { out: () => {}, err: () => {} };
  const figures: Figure[] = [];
  try {
    for (const format of FORMATS) {
      const out = join(outDir, `report-${semester}.${format}`);
      try {
        const run = () => report.run(backend, parseArgs(['report', '--semester', semester, '--out', out]), quiet);
        const { ms, value: status } = await timed(run);
        if (status !== 0) throw new Error(`exit status ${status}`);
        figures.push(figure(`report.${format}`, `report ${format}, largest semester`, ms, 'ms', `${Math.round(statSync(out).size / 1024)} KB`));
      } catch (error) {
        figures.push(missing(`report.${format}`, `report ${format}, largest semester`, 'ms', (error as Error).message.slice(0, 200), 'error'));
      }
    }
  } finally {
    await backend.close();
  }
  return figures;
}
