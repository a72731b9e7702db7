// The recovery methods while the store is open: the status says so (with the state of the background
// integrity check) and the rest are refused. Recovery mode itself (a store that does not open, or whose
// check found damage) is served by recovery/service.ts without any store.
import type { recoveryMethods } from '../../../shared/api/methods/recovery.ts';
import { StoreError } from '../errors.ts';
import { StoreOpenError } from '../recovery/diagnose.ts';
import { recoveryStatus } from '../recovery/status.ts';
import type { HandlerMap } from './handler.ts';

const alreadyOpen = (): never => {
  throw new StoreError('VALIDATION', '数据库已正常打开，无需恢复；恢复备份请到“设置”中的备份功能');
};

export const recoveryHandlers: HandlerMap<typeof recoveryMethods> = {
  'recovery.status': (ctx) => {
    const { status, detail } = ctx.integrity.state;
    // only a backend used on its own gets here: the store service enters recovery mode instead
    if (status === 'corrupt') return recoveryStatus(ctx.path, new StoreOpenError('corrupt', ctx.path, detail ?? ''));
    return { mode: 'normal' as const, integrity: status };
  },
  'recovery.restore': alreadyOpen,
  'recovery.retry': alreadyOpen,
  'recovery.openOther': alreadyOpen,
  'recovery.quit': alreadyOpen,
};
