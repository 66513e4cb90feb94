/**
 * Keeps keyboard and screen-reader focus in a field's `region` when the part that held it goes away:
 * when `gone` turns true (not when it is true from the start) and the focus has fallen to the page's
 * body, because the element holding it was removed (the SumSub frame once the check is done), the
 * region (`tabIndex={-1}`) takes it, so the next Tab goes on from there instead of the page's top.
 */
import { useLayoutEffect, useRef } from 'react';

export function useFocusKeptIn(region: HTMLElement | null, gone: boolean): void {
  const before = useRef(gone);
  useLayoutEffect(() => {
    const turned = gone && !before.current;
    before.current = gone;
    if (!turned || !region) return;
    const active = region.ownerDocument.activeElement;
    if (active === null || active === region.ownerDocument.body) region.focus({ preventScroll: true });
  }, [region, gone]);
}
