// Every contract method's handler: one map per section of the contract, merged here.
import type { Contract } from '../../../shared/api/contract.ts';
import { auditHandlers } from './audit.ts';
import { authHandlers } from './auth.ts';
import { backupHandlers } from './backup.ts';
import { catalogHandlers } from './catalog.ts';
import { crudHandlers } from './crud.ts';
import type { HandlerMap } from './handler.ts';
import { listHandlers } from './lists.ts';
import { plannerHandlers } from './planner.ts';
import { indicatorHandlers } from './indicators.ts';
import { storeHandlers } from './store.ts';
import { recoveryHandlers } from './recovery.ts';
import { reportHandlers } from './reports.ts';
import { xlsxHandlers } from './xlsx.ts';

export const handlers: HandlerMap<Contract> = {
  ...storeHandlers,
  ...crudHandlers,
  ...listHandlers,
  ...backupHandlers,
  ...xlsxHandlers,
  ...reportHandlers,
  ...plannerHandlers,
  ...indicatorHandlers,
  ...catalogHandlers,
  ...authHandlers,
  ...auditHandlers,
  ...recoveryHandlers,
};
