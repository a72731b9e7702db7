// The bridge type the renderer programs against: calls are typed by the contract.
import { describe, expectTypeOf, it } from 'vitest';
import type { JiaowuBridge } from '../../shared/api/bridge.ts';
import type { MethodOutput } from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/result.ts';

describe('JiaowuBridge type', () => {
  it('types each method by the contract', () => {
    expectTypeOf<JiaowuBridge['app.info']>().toBeCallableWith();
    expectTypeOf<JiaowuBridge['semesters.get']>().parameter(0).toHaveProperty('id');
    expectTypeOf<ReturnType<JiaowuBridge['semesters.list']>>().toEqualTypeOf<Promise<ApiResult<MethodOutput<'semesters.list'>>>>();
  });
});
