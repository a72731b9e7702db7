// Every CLI command by name (exchange-format.md). A new command is a file here and a line below.
import type { CliCommand } from '../command.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';

export const commands: Record<string, CliCommand> = {
  import: importCommand,
  export: exportCommand,
};
