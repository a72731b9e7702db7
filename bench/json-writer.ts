// Writes a large JSON document in pieces: objects are serialised one at a time into a buffer that is
// flushed to the file descriptor every few megabytes, so a 300 MB document never exists as one string.
import { closeSync, openSync, writeSync } from 'node:fs';

const FLUSH_AT = 4 * 1024 * 1024;

export class JsonArrayWriter {
  private fd: number;
  private buffer = '';
  private first = true;

  constructor(path: string, head: Record<string, unknown>) {
    this.fd = openSync(path, 'w');
    const text = JSON.stringify(head);
    // The head's closing brace is dropped: arrays are appended as further members.
    this.buffer = text.slice(0, -1);
  }

  /** Starts a member array `"name": [`. */
  begin(name: string): void {
    this.buffer += `,\n${JSON.stringify(name)}: [`;
    this.first = true;
  }

  item(value: unknown): void {
    this.buffer += (this.first ? '\n' : ',\n') + JSON.stringify(value);
    this.first = false;
    if (this.buffer.length >= FLUSH_AT) this.flush();
  }

  end(): void {
    this.buffer += '\n]';
  }

  close(): void {
    this.buffer += '\n}\n';
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    writeSync(this.fd, this.buffer);
    this.buffer = '';
  }
}
