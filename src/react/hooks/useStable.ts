/**
 * Partners often pass inline objects as props; these keep one identity while the content is the same,
 * so an inline `sumsub={{…}}` does not re-render (or re-run effects in) the whole flow.
 */
import { useRef } from 'react';

/** The same object as long as its JSON is the same (plain data props: messages, sumsub options). */
export function useStable<T>(value: T): T {
  const ref = useRef<{ json: string; value: T } | null>(null);
  const json = JSON.stringify(value ?? null);
  if (!ref.current || ref.current.json !== json) ref.current = { json, value };
  return ref.current.value;
}

/** The same object as long as its entries are the same (component maps). */
export function useShallowStable<T extends object | undefined>(value: T): T {
  const ref = useRef(value);
  const before = ref.current;
  const same =
    before === value ||
    (before !== undefined &&
      value !== undefined &&
      Object.keys(before).length === Object.keys(value).length &&
      Object.entries(value).every(([key, item]) => (before as Record<string, unknown>)[key] === item));
  if (!same) ref.current = value;
  return ref.current;
}
