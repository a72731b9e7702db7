// Every CLI command by name (exchange-format.md). A new command is a file here and a line below.
import type { CliCommand } from '../command.ts';
import { backupCommand } from './backup.ts';
import { backupsCommand } from './backups.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { restoreCommand } from './restore.ts';
import { importXlsxCommand } from './import-xlsx.ts';
import { reportCommand } from './report.ts';
import { templateCommand } from './template.ts';
import { checkCommand } from './check.ts';
import { complianceCommand } from './compliance.ts';
import { indicatorsCommand } from './indicators.ts';
import { renewalCommand } from './renewal.ts';

export const commands: Record<string, CliCommand> = {
  import: importCommand,
  export: exportCommand,
  backup: backupCommand,
  backups: backupsCommand,
  restore: restoreCommand,
  template: templateCommand,
  'import-xlsx': importXlsxCommand,
  report: reportCommand,
  indicators: indicatorsCommand,
  renewal: renewalCommand,
  compliance: complianceCommand,
  check: checkCommand,
};
