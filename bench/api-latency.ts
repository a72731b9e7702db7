// API latency through browser mode's HTTP transport: a mix of the calls the UI makes while a user
// works, sequentially, first alone and then while another client downloads the whole exchange export.
import { now, percentile } from './measure.ts';

export interface ApiCall {
  method: string;
  input: unknown;
}

export interface Latency {
  p50: number;
  p99: number;
  samples: number;
}

let session: Record<string, string> = {};
/** Browser mode asks for a session: every request carries this one. */
export function useSession(token: string): void {
  session = { authorization: `Bearer ${token}` };
}

export async function post(base: string, method: string, input: unknown): Promise<unknown> {
  const res = await fetch(`${base}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...session },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value;
}

/** Calls in turn, `count` of them, or as long as `running()` says so. */
async function sample(base: string, calls: readonly ApiCall[], count: number, running?: () => boolean): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; running ? running() : i < count; i++) {
    const call = calls[i % calls.length]!;
    const start = now();
    await post(base, call.method, call.input);
    samples.push(now() - start);
  }
  return samples;
}

const summarize = (samples: number[]): Latency => ({ p50: percentile(samples, 50), p99: percentile(samples, 99), samples: samples.length });

export async function apiLatency(
  base: string,
  calls: readonly ApiCall[],
): Promise<{ alone: Latency; duringExport: Latency; exportMs: number; exportBytes: number }> {
  await sample(base, calls, calls.length * 2); // warm-up: first calls compile statements
  const alone = summarize(await sample(base, calls, 300));

  let done = false;
  let exportBytes = 0;
  let failure: Error | undefined;
  const started = now();
  const download = fetch(`${base}api/exchange.export`, { method: 'POST', headers: { 'content-type': 'application/json', ...session }, body: '{}' })
    .then(async (res) => {
      for await (const chunk of res.body!) exportBytes += (chunk as Uint8Array).length;
    })
    .catch((error: unknown) => {
      failure = error as Error;
    })
    .finally(() => {
      done = true;
    });
  // Give the export a moment to start so every sample falls inside it.
  await new Promise((r) => setTimeout(r, 50));
  const during = await sample(base, calls, 0, () => !done);
  await download;
  if (failure) throw new Error(`the export failed after ${Math.round(exportBytes / 1024)} KB: ${failure.message} ${String((failure.cause as Error | undefined)?.message ?? '')}`);
  return { alone, duringExport: summarize(during), exportMs: now() - started, exportBytes };
}
