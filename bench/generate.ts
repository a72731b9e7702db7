// `npm run bench:data -- [--years 10] [--classes-per-year 120] [--seed 42] [--end-year 2026]
//   [--sessions-per-class 60] [--lecturers 3000] [--trainees 50000] [--records 1000000] --out FILE`
// Writes the large-school exchange document (dataset.ts), streamed to FILE.
import { parseArgs } from '../electron/cli/args.ts';
import { generateDataset, LARGE_SCHOOL, type DatasetOptions } from './dataset.ts';
import { JsonArrayWriter } from './json-writer.ts';

const OPTION_NAMES: Record<string, keyof DatasetOptions> = {
  seed: 'seed',
  years: 'years',
  'end-year': 'endYear',
  'classes-per-year': 'classesPerYear',
  'sessions-per-class': 'sessionsPerClass',
  lecturers: 'lecturers',
  trainees: 'trainees',
  records: 'records',
};

export function datasetOptions(args: Map<string, string | true>): DatasetOptions {
  const options = { ...LARGE_SCHOOL };
  for (const [flag, key] of Object.entries(OPTION_NAMES)) {
    const raw = args.get(flag);
    if (raw === undefined) continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < (key === 'seed' ? 0 : 1)) throw new Error(`--${flag} must be a positive integer, got ${String(raw)}`);
    options[key] = value;
  }
  return options;
}

/** Streams the document to `out` and answers the count of each kind. */
export function writeDataset(options: DatasetOptions, out: string): Record<string, number> {
  const writer = new JsonArrayWriter(out, {
    format: 'jiaowu-exchange',
    version: 1,
    institution: { name: '某省委党校', level: 'provincial', kind: 'party_school' },
  });
  const counts = generateDataset(options, writer);
  writer.close();
  return counts;
}

if (import.meta.main) {
  const args = parseArgs(process.argv.slice(2));
  const out = args.options.get('out');
  if (typeof out !== 'string') {
    console.error('usage: npm run bench:data -- [--years N] [--classes-per-year N] [--seed N] ... --out FILE');
    process.exit(2);
  }
  const started = performance.now();
  const counts = writeDataset(datasetOptions(args.options), out);
  console.error(`wrote ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
}
