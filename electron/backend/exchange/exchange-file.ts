// An exchange document in a file, given to `exchange.import` by in-process callers (the CLI) in place
// of the parsed document: the importer then reads it as a stream, so its size does not set the memory
// the import needs. Transports pass only JSON, so nothing outside the process can name a file.
import { closeSync, openSync, readSync } from 'node:fs';
import type { ChunkReader } from '../../../shared/exchange/json-stream.ts';
import { StoreError } from '../errors.ts';

export class ExchangeFile {
  readonly path: string;
  constructor(path: string) {
    this.path = path;
  }

  #unreadable(error: unknown): StoreError {
    return new StoreError('VALIDATION', `无法读取文件 ${this.path}：${(error as Error).message}`);
  }

  /** Fails early, before anything else is done, when the file cannot be opened. */
  assertReadable(): void {
    try {
      closeSync(openSync(this.path, 'r'));
    } catch (error) {
      throw this.#unreadable(error);
    }
  }

  /** Reads the file chunk by chunk while fn runs, closing it afterwards. */
  read<T>(fn: (reader: ChunkReader) => T): T {
    let fd: number;
    try {
      fd = openSync(this.path, 'r');
    } catch (error) {
      throw this.#unreadable(error);
    }
    try {
      return fn((into) => {
        try {
          return readSync(fd, into, 0, into.length, null);
        } catch (error) {
          throw this.#unreadable(error);
        }
      });
    } finally {
      closeSync(fd);
    }
  }
}
