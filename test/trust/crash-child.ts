// Child of the crash test: imports small exchange documents and edits records in an endless loop,
// until the parent kills it with SIGKILL. Import n adds trainees `C<n>-T0..` each with their records,
// so the parent can tell whether import n is in the store entirely, or not at all.
import { openBackend } from '../../electron/backend/backend.ts';

export const TRAINEES_PER_IMPORT = 8;
export const RECORDS_PER_TRAINEE = 3;

export function crashDocument(n: number): Record<string, unknown> {
  const trainees = Array.from({ length: TRAINEES_PER_IMPORT }, (_, i) => ({
    id: `C${n}-T${i}`,
    name: `学员${n}-${i}`,
    group: 'H2',
    organization: `第${n}批单位`,
    exempt: false,
  }));
  const trainingRecords = trainees.flatMap((t, i) =>
    Array.from({ length: RECORDS_PER_TRAINEE }, (_, j) => ({
      trainee: t.id,
      date: `2026-0${1 + (j % 9)}-1${i % 10}`,
      hours: 1 + j,
      days: 0.5,
      kind: 'concentrated',
      fullTime: true,
      theory: j % 2 === 0,
      organizerLevel: 'county',
    })),
  );
  return { format: 'jiaowu-exchange', version: 1, trainees, trainingRecords };
}

async function loop(path: string): Promise<void> {
  const backend = openBackend(path);
  await backend.ready;
  const imported = backend.store.sqlite
    .prepare(`SELECT max(CAST(substr(id, 2, instr(id, '-') - 2) AS INTEGER)) FROM trainees WHERE id LIKE 'C%-T%'`)
    .pluck()
    .get() as number | null;
  process.stdout.write('ready\n');
  for (let n = (imported ?? 0) + 1; ; n++) {
    process.stdout.write(`importing ${n}\n`);
    const result = await backend.call('exchange.import', { document: crashDocument(n) });
    process.stdout.write(`imported ${n}\n`);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    // Edits between imports: rename a trainee, change a record, now and then a manual backup.
    const t = `C${1 + Math.floor(Math.random() * n)}-T${n % TRAINEES_PER_IMPORT}`;
    const trainee = await backend.invoke('trainees.get', { id: t });
    await backend.invoke('trainees.update', { ...trainee, name: `改名${n}` });
    const records = await backend.invoke('trainingRecords.list', { trainee: t, limit: 1 });
    if (records.rows[0]) await backend.invoke('trainingRecords.update', { ...records.rows[0], hours: (n % 5) + 1 });
    if (n % 5 === 0) await backend.invoke('backup.create', {});
  }
}

if (process.argv[2]) await loop(process.argv[2]);
