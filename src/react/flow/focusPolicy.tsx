/**
 * Focus moves to a new screen's heading only once the client has used the widget: a widget that
 * takes focus when the partner's page loads would pull keyboard and screen-reader users away from
 * the page (WCAG 3.2.1). After the first key press or click inside the widget, each step change,
 * summary, status or error moves focus to its heading.
 */
import { createContext, useContext, useEffect, useRef, type RefObject } from 'react';

const InteractedContext = createContext<RefObject<boolean> | null>(null);

export const FocusPolicyProvider = InteractedContext.Provider;

/** A ref that turns true on the first key press or pointer press inside the widget root. */
export function useInteractionTracker() {
  const interacted = useRef(false);
  const onInteract = () => {
    interacted.current = true;
  };
  return { interacted, handlers: { onKeyDownCapture: onInteract, onPointerDownCapture: onInteract } };
}

/** Focus `ref` whenever `key` changes, if the client has used the widget (always when no policy is provided). */
export function useFocusOnChange(ref: RefObject<HTMLElement | null>, key: unknown) {
  const interacted = useContext(InteractedContext);
  useEffect(() => {
    if (interacted && !interacted.current) return;
    ref.current?.focus();
  }, [ref, key, interacted]);
}
