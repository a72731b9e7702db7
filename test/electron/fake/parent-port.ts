// Preloaded (--import) into the child process that stands in for Electron's utilityProcess: gives it
// the `process.parentPort` the backend entry expects, over Node's own IPC channel.
import { EventEmitter } from 'node:events';

const port = Object.assign(new EventEmitter(), {
  postMessage(message: unknown) {
    process.send?.(message);
  },
});
process.on('message', (data) => port.emit('message', { data }));
Object.assign(process, { parentPort: port });
