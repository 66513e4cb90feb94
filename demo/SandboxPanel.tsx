/**
 * The demo's side panel: the provider's reviewer (approve, reject letting the customer try again, reject
 * for good, ask for corrections), the page's colour scheme, a new customer, and the widget's events, the
 * newest always in view (unless the visitor scrolled back to read older ones).
 */
import { useLayoutEffect, useRef } from 'react';
import { SCHEMES, type DemoScheme } from './colorScheme';

/** What the reviewer can decide; the sandbox's route and body for each. */
export const DECISIONS = {
  approve: { label: 'Approve', action: 'approve', body: undefined },
  rejectRetry: { label: 'Reject, may retry', action: 'reject', body: { allow_new_application: true } },
  rejectFinal: { label: 'Reject, final', action: 'reject', body: { allow_new_application: false } },
  clarify: { label: 'Ask for corrections', action: 'send-to-clarify', body: undefined },
} as const;
export type DecisionName = keyof typeof DECISIONS;

const SCHEME_LABELS: Record<DemoScheme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

export interface SandboxPanelProps {
  events: readonly string[];
  scheme: DemoScheme;
  onScheme: (scheme: DemoScheme) => void;
  onDecide: (decision: DecisionName) => void;
  onRemount: () => void;
  onNewCustomer: () => void;
}

export function SandboxPanel({ events, scheme, onScheme, onDecide, onRemount, onNewCustomer }: SandboxPanelProps) {
  const list = useRef<HTMLOListElement>(null);
  const following = useRef(true);
  useLayoutEffect(() => {
    const element = list.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [events]);

  return (
    <aside className="partner-panel" aria-label="Sandbox controls">
      <h2>Sandbox controls</h2>
      <p>
        Sign code: <code>111111</code>
      </p>
      <fieldset>
        <legend>Reviewer</legend>
        {(Object.keys(DECISIONS) as DecisionName[]).map((name) => (
          <button key={name} type="button" onClick={() => onDecide(name)}>
            {DECISIONS[name].label}
          </button>
        ))}
      </fieldset>
      <p>
        <label>
          Colour scheme{' '}
          <select value={scheme} onChange={(event) => onScheme(event.target.value as DemoScheme)}>
            {SCHEMES.map((value) => (
              <option key={value} value={value}>
                {SCHEME_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p>
        <button type="button" onClick={onRemount}>
          Remount widget
        </button>{' '}
        <button type="button" onClick={onNewCustomer}>
          New client
        </button>
      </p>
      <h2 id="demo-events">Events</h2>
      <ol
        ref={list}
        aria-labelledby="demo-events"
        // Focusable so keyboard users can scroll it.
        tabIndex={0}
        onScroll={(event) => {
          const element = event.currentTarget;
          following.current = element.scrollHeight - element.scrollTop - element.clientHeight < 8;
        }}
      >
        {events.map((event, index) => (
          <li key={index}>{event}</li>
        ))}
      </ol>
    </aside>
  );
}
