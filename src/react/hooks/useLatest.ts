/**
 * The one "latest value" pattern of the widget: a ref that always holds the newest value passed in,
 * so a stable function (an event handler, a context method) can call a partner's inline callback
 * without re-binding, re-rendering or re-running effects when the partner passes a new function.
 */
import { useInsertionEffect, useRef } from 'react';

export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  // Updated before any layout or passive effect of this render runs, so effects see the new value.
  useInsertionEffect(() => {
    ref.current = value;
  });
  return ref;
}
