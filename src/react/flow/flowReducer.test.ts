import { describe, expect, it } from 'vitest';
import { flowReducer, initialFlowState } from './flowReducer';

describe('initialFlowState', () => {
  it('given a resumed draft / should open the first incomplete step', () => {
    expect(initialFlowState(4, 2, true)).toEqual({ view: 'form', step: 2, revealErrors: false });
  });
  it('given every question answered / should open the summary', () => {
    expect(initialFlowState(4, 4, true).view).toBe('summary');
  });
  it('given an application that cannot be edited / should open the status', () => {
    expect(initialFlowState(4, 0, false).view).toBe('status');
  });
});

describe('flowReducer', () => {
  it('should go from the last step to the summary and back to that step', () => {
    const last = { view: 'form' as const, step: 3, revealErrors: true };
    const summary = flowReducer(last, { type: 'next', stepCount: 4 });
    expect(summary).toEqual({ view: 'summary', step: 3, revealErrors: false });
    expect(flowReducer(summary, { type: 'back' })).toEqual({ view: 'form', step: 3, revealErrors: false });
  });
  it('should never go back before the first step', () => {
    expect(flowReducer({ view: 'form', step: 0, revealErrors: false }, { type: 'back' }).step).toBe(0);
  });
});
