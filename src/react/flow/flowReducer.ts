/**
 * Where the client is inside an editable application: a step, the summary or the corrections asked.
 * Where it opens is `core/screen.ts`'s decision; this reducer only follows the client's navigation.
 * Pure, so it is tested without React.
 */
import type { FormScreen } from '../../core/screen';

export interface FlowState {
  view: 'form' | 'summary' | 'corrections';
  step: number;
  /**
   * 0 while errors show only where the client has been; counts up each time Continue (or a refused
   * send) reveals every problem of the step, so the error summary takes focus again each time.
   */
  revealed: number;
  /**
   * The steps to visit, when the client came to fix some (corrections asked, or "Change" on the summary):
   * Continue goes to the next of them and then straight to the summary; null walks every step.
   */
  route: Route | null;
}

/** Steps to visit in order, and the screen Back returns to before the first of them. */
interface Route {
  steps: readonly number[];
  from: 'summary' | 'corrections';
}

export type FlowAction =
  | { type: 'open_step'; step: number; route?: Route }
  | { type: 'next'; stepCount: number }
  | { type: 'back' }
  | { type: 'reveal_errors' }
  /** Open a step with its problems revealed (a send found required answers missing there). */
  | { type: 'show_problems'; step: number };

/** The state an application opens in, from the screen `screenFor` named. */
export function initialFlowState(screen: FormScreen): FlowState {
  if (screen.name === 'summary') return { view: 'summary', step: 0, revealed: 0, route: null };
  if (screen.name === 'corrections') return { view: 'corrections', step: screen.firstStep, revealed: 0, route: null };
  return { view: 'form', step: Math.max(0, screen.step), revealed: 0, route: null };
}

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'open_step':
      return { view: 'form', step: action.step, revealed: 0, route: action.route ?? null };
    case 'next': {
      const next = state.route ? state.route.steps.find((step) => step > state.step) : state.step + 1;
      return next === undefined || next >= action.stepCount
        ? { ...state, view: 'summary', revealed: 0 }
        : { ...state, view: 'form', step: next, revealed: 0 };
    }
    case 'back': {
      if (state.view === 'summary') return { ...state, view: 'form', revealed: 0 };
      if (!state.route) return { ...state, step: Math.max(0, state.step - 1), revealed: 0 };
      const earlier = state.route.steps.filter((step) => step < state.step).at(-1);
      return earlier === undefined
        ? { ...state, view: state.route.from, revealed: 0 }
        : { ...state, step: earlier, revealed: 0 };
    }
    case 'reveal_errors':
      return { ...state, revealed: state.revealed + 1 };
    case 'show_problems':
      return { view: 'form', step: action.step, revealed: state.revealed + 1, route: null };
  }
}
