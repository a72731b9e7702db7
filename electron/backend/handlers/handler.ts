import type { z } from 'zod';
import type { MethodSpec } from '../../../shared/api/method.ts';
import type { Actor } from '../auth/actor.ts';
import type { Ctx } from '../services/context.ts';

/** Who is calling, and with which session token (transports only). */
export interface CallInfo {
  actor: Actor;
  token?: string | undefined;
}

/** A handler receives the validated input (and, when it needs it, the caller) and answers the method's output. */
export type Handler<S extends MethodSpec> = (
  ctx: Ctx,
  input: z.output<S['input']>,
  call: CallInfo,
) => Promise<z.input<S['output']>> | z.input<S['output']>;

/** One handler for each method of a contract section. */
export type HandlerMap<T extends Record<string, MethodSpec>> = { [M in keyof T]: Handler<T[M]> };
