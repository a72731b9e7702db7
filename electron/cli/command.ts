// What a CLI command is. Each command writes its JSON answer to stdout and its messages to stderr,
// and returns the exit status.
import type { Backend } from '../backend/backend.ts';
import { StoreError } from '../backend/errors.ts';
import type { ParsedArgs } from './args.ts';

export interface CliIo {
  out(json: unknown): void;
  err(line: string): void;
}

interface CommandText {
  usage: string;
  summary: string;
}

/** Most commands work on the open store; a few (restore) on the store file, which may not open. */
export type CliCommand = CommandText &
  (
    | { run(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> }
    | { runOnStoreFile(storePath: string, args: ParsedArgs, io: CliIo): Promise<number> }
  );

/** A required `--name value` option; a missing one is a usage error in Chinese. */
export function requireOption(args: ParsedArgs, name: string, hint: string): string {
  const value = args.options.get(name);
  if (typeof value !== 'string' || value === '') throw new StoreError('VALIDATION', `缺少参数 --${name}（${hint}）`);
  return value;
}

