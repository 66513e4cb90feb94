import { describe, expect, it } from 'vitest';
import { flowReducer, initialFlowState } from './flowReducer';

describe('initialFlowState', () => {
  it('given a resumed draft / should open the step the screen rule names', () => {
    expect(initialFlowState({ name: 'questionnaire', step: 2 })).toEqual({ view: 'form', step: 2, revealed: 0 });
  });
  it('given every question answered / should open the summary', () => {
    expect(initialFlowState({ name: 'summary' }).view).toBe('summary');
  });
  it('given corrections asked / should open them, remembering the first step to fix', () => {
    expect(initialFlowState({ name: 'corrections', firstStep: 3 })).toEqual({
      view: 'corrections',
      step: 3,
      revealed: 0,
    });
  });
});

describe('flowReducer', () => {
  it('should go from the last step to the summary and back to that step', () => {
    const last = { view: 'form' as const, step: 3, revealed: 1 };
    const summary = flowReducer(last, { type: 'next', stepCount: 4 });
    expect(summary).toEqual({ view: 'summary', step: 3, revealed: 0 });
    expect(flowReducer(summary, { type: 'back' })).toEqual({ view: 'form', step: 3, revealed: 0 });
  });
  it('should never go back before the first step', () => {
    expect(flowReducer({ view: 'form', step: 0, revealed: 0 }, { type: 'back' }).step).toBe(0);
  });
  it('should count each reveal, so the error summary is announced again on every Continue', () => {
    const once = flowReducer({ view: 'form', step: 1, revealed: 0 }, { type: 'reveal_errors' });
    expect(flowReducer(once, { type: 'reveal_errors' }).revealed).toBe(2);
    expect(flowReducer(once, { type: 'show_problems', step: 0 })).toEqual({ view: 'form', step: 0, revealed: 2 });
  });
});
