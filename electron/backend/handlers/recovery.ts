// The recovery methods while the store is open: the status says so and the rest are refused. Recovery
// mode itself (a store that does not open) is served by recovery/service.ts without any store.
import type { recoveryMethods } from '../../../shared/api/methods/recovery.ts';
import { StoreError } from '../errors.ts';
import type { HandlerMap } from './handler.ts';

const alreadyOpen = (): never => {
  throw new StoreError('VALIDATION', '数据库已正常打开，无需恢复；恢复备份请到“设置”中的备份功能');
};

export const recoveryHandlers: HandlerMap<typeof recoveryMethods> = {
  'recovery.status': () => ({ mode: 'normal' as const }),
  'recovery.restore': alreadyOpen,
  'recovery.retry': alreadyOpen,
  'recovery.openOther': alreadyOpen,
  'recovery.quit': alreadyOpen,
};
