// The API contract: every method with its zod input and output. The backend registers one handler per
// method, the preload exposes one function per method, browser mode maps each to POST /api/<method>,
// and the renderer's client is typed from this object.
import type { z } from 'zod';
import { auditMethods } from './methods/audit.ts';
import { authMethods } from './methods/auth.ts';
import { backupMethods } from './methods/backup.ts';
import { catalogMethods } from './methods/catalog.ts';
import { crudMethods } from './methods/crud.ts';
import { listMethods } from './methods/lists.ts';
import { plannerMethods } from './methods/planner.ts';
import { indicatorMethods } from './methods/indicators.ts';
import { storeMethods } from './methods/store.ts';
import { recoveryMethods } from './methods/recovery.ts';
import { reportMethods } from './methods/reports.ts';
import { xlsxMethods } from './methods/xlsx.ts';

export const contract = {
  ...storeMethods,
  ...crudMethods,
  ...listMethods,
  ...backupMethods,
  ...xlsxMethods,
  ...reportMethods,
  ...plannerMethods,
  ...indicatorMethods,
  ...catalogMethods,
  ...authMethods,
  ...auditMethods,
  ...recoveryMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
