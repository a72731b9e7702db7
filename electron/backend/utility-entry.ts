// Entry of the backend's Electron utilityProcess: serves API calls relayed by the main process.
import { openBackend } from './backend.ts';

interface ParentPort {
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}
const parentPort = (process as unknown as { parentPort: ParentPort }).parentPort;

const storePath = process.argv[2];
if (!storePath) throw new Error('backend: no store path');
const backend = openBackend(storePath);

parentPort.on('message', (e) => {
  const { id, method, input } = e.data as { id: number; method: string; input: unknown };
  void backend.call(method, input).then((result) => parentPort.postMessage({ id, result }));
});
