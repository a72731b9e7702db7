// Handlers of the institution profile, the store summary and the exchange document.
import { exportExchange } from '../exchange/json-export.ts';
import { importExchange } from '../exchange/json-import.ts';
import { storeCounts } from '../services/counts.ts';
import * as institution from '../services/institution.ts';
import { shownState } from '../store/integrity-check.ts';
import { SCHEMA_VERSION } from '../store/migrations/index.ts';
import type { HandlerMap } from './handler.ts';
import type { storeMethods } from '../../../shared/api/methods/store.ts';

export const APP_VERSION = '0.1.0';

export const storeHandlers: HandlerMap<typeof storeMethods> = {
  'app.info': (ctx) => ({
    version: APP_VERSION,
    storePath: ctx.path,
    schemaVersion: SCHEMA_VERSION,
    counts: storeCounts(ctx),
    integrity: shownState(ctx.integrity.state),
  }),
  'institution.get': (ctx) => institution.getInstitution(ctx),
  'institution.update': (ctx, i) => institution.updateInstitution(ctx, i),
  'exchange.import': (ctx, { document }) => importExchange(ctx, document),
  'exchange.export': (ctx) => exportExchange(ctx),
};
