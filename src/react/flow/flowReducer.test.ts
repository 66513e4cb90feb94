import { describe, expect, it } from 'vitest';
import { flowReducer, initialFlowState } from './flowReducer';

describe('initialFlowState', () => {
  it('given a resumed draft / should open the step the screen rule names', () => {
    expect(initialFlowState({ name: 'questionnaire', step: 2 })).toEqual({
      view: 'form',
      step: 2,
      revealed: 0,
      route: null,
    });
  });
  it('given every question answered / should open the summary', () => {
    expect(initialFlowState({ name: 'summary' }).view).toBe('summary');
  });
  it('given corrections asked / should open them, remembering the first step to fix', () => {
    expect(initialFlowState({ name: 'corrections', firstStep: 3 })).toEqual({
      view: 'corrections',
      step: 3,
      revealed: 0,
      route: null,
    });
  });
});

describe('flowReducer', () => {
  it('should go from the last step to the summary and back to that step', () => {
    const last = { view: 'form' as const, step: 3, revealed: 1, route: null };
    const summary = flowReducer(last, { type: 'next', stepCount: 4 });
    expect(summary).toEqual({ view: 'summary', step: 3, revealed: 0, route: null });
    expect(flowReducer(summary, { type: 'back' })).toEqual({ view: 'form', step: 3, revealed: 0, route: null });
  });
  it('should never go back before the first step', () => {
    expect(flowReducer({ view: 'form', step: 0, revealed: 0, route: null }, { type: 'back' }).step).toBe(0);
  });
  it('should count each reveal, so the error summary is announced again on every Continue', () => {
    const once = flowReducer({ view: 'form', step: 1, revealed: 0, route: null }, { type: 'reveal_errors' });
    expect(flowReducer(once, { type: 'reveal_errors' }).revealed).toBe(2);
    expect(flowReducer(once, { type: 'show_problems', step: 0 })).toEqual({
      view: 'form',
      step: 0,
      revealed: 2,
      route: null,
    });
  });
});

describe('flowReducer routes', () => {
  const fixing = { steps: [1, 3], from: 'corrections' as const };

  it('given steps to correct / should go from one to the next, then straight to the summary', () => {
    const first = flowReducer(initialFlowState({ name: 'corrections', firstStep: 1 }), {
      type: 'open_step',
      step: 1,
      route: fixing,
    });
    const second = flowReducer(first, { type: 'next', stepCount: 6 });
    expect(second).toMatchObject({ view: 'form', step: 3 });
    expect(flowReducer(second, { type: 'next', stepCount: 6 })).toMatchObject({ view: 'summary' });
  });

  it('given steps to correct / should go back through them, then to the corrections', () => {
    const second = { view: 'form' as const, step: 3, revealed: 0, route: fixing };
    const first = flowReducer(second, { type: 'back' });
    expect(first).toMatchObject({ view: 'form', step: 1 });
    expect(flowReducer(first, { type: 'back' })).toMatchObject({ view: 'corrections' });
  });

  it('given "Change" on the summary / should come back to the summary after that step', () => {
    const summary = { view: 'summary' as const, step: 0, revealed: 0, route: null };
    const changing = flowReducer(summary, { type: 'open_step', step: 2, route: { steps: [2], from: 'summary' } });
    expect(flowReducer(changing, { type: 'next', stepCount: 6 })).toMatchObject({ view: 'summary' });
    expect(flowReducer(changing, { type: 'back' })).toMatchObject({ view: 'summary' });
  });
});
