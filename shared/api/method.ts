import type { z } from 'zod';

/** One API method: its input is validated at the boundary; its output is the handler's typed answer. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Changes the store; the UI offers undo for these and evaluators may not call them. */
  writes: boolean;
}

export const query = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> => ({
  input,
  output,
  writes: false,
});

export const command = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): MethodSpec<I, O> => ({
  input,
  output,
  writes: true,
});
