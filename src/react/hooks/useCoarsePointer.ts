/**
 * Whether the main pointer is a finger (phones, tablets): those get "Take a photo" and no "Drag a file
 * here". Follows the media query live; false when rendered on the server.
 */
import { useSyncExternalStore } from 'react';

const COARSE = '(pointer: coarse)';

function subscribeCoarse(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(COARSE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function isCoarse(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(COARSE).matches;
}

export function useCoarsePointer(): boolean {
  return useSyncExternalStore(subscribeCoarse, isCoarse, () => false);
}
