/** UI flow state of one application: which screen and step are open. Pure, so it is tested without React. */

export type FlowView = 'form' | 'summary' | 'status';

export interface FlowState {
  view: FlowView;
  step: number;
  /** Show every missing/invalid answer (after Continue or a refused send-to-review). */
  revealErrors: boolean;
}

export type FlowAction =
  | { type: 'open_step'; step: number }
  | { type: 'next'; stepCount: number }
  | { type: 'back' }
  | { type: 'open_summary' }
  | { type: 'open_status' }
  | { type: 'reveal_errors' };

/** Where a loaded application opens: its first incomplete step, the summary when all is answered. */
export function initialFlowState(stepCount: number, firstIncomplete: number, editable: boolean): FlowState {
  if (!editable) return { view: 'status', step: 0, revealErrors: false };
  if (firstIncomplete >= stepCount) return { view: 'summary', step: Math.max(0, stepCount - 1), revealErrors: false };
  return { view: 'form', step: Math.max(0, firstIncomplete), revealErrors: false };
}

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'open_step':
      return { view: 'form', step: action.step, revealErrors: false };
    case 'next':
      return state.step + 1 >= action.stepCount
        ? { ...state, view: 'summary', revealErrors: false }
        : { view: 'form', step: state.step + 1, revealErrors: false };
    case 'back':
      if (state.view === 'summary') return { ...state, view: 'form', revealErrors: false };
      return { ...state, step: Math.max(0, state.step - 1), revealErrors: false };
    case 'open_summary':
      return { ...state, view: 'summary', revealErrors: false };
    case 'open_status':
      return { ...state, view: 'status', revealErrors: false };
    case 'reveal_errors':
      return { ...state, revealErrors: true };
  }
}
