// Entry of the backend's Electron utilityProcess (built as out/main/backend.js). The store path comes
// in the first message rather than argv, whose layout in a utility process is Electron's business.
import { openBackend } from './backend.ts';
import type { ParentPortLike } from './utility-protocol.ts';
import { serveBackend } from './utility-server.ts';

const parentPort = (process as unknown as { parentPort?: ParentPortLike }).parentPort;
if (!parentPort) throw new Error('backend: must run in an Electron utilityProcess');
serveBackend(parentPort, openBackend);
