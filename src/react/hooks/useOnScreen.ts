/** Whether an element has been on screen, for work that should wait until the client can see it. */
import { useEffect, useState } from 'react';

/** True once `element` has been on screen (stays true); immediately true without IntersectionObserver. */
export function useOnScreen(element: Element | null): boolean {
  const supported = typeof IntersectionObserver !== 'undefined';
  const [seen, setSeen] = useState(!supported);
  useEffect(() => {
    if (!element || seen || !supported) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        setSeen(true);
        observer.disconnect();
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, seen, supported]);
  return seen;
}
