/**
 * Reads how the widget looks where an element sits (its colour scheme and `--kyc-*` colours), for the
 * SumSub frame's theme: the computed style wins, so `colorScheme: 'system'` and a partner's own CSS count.
 */
import { SUMSUB_COLOR_NAMES, type WidgetLook } from '../../core/sumsubConfig';

/** The look at `element`; light with no colours when it cannot be read (no DOM, no stylesheet). */
export function readWidgetLook(element: Element | null): WidgetLook {
  if (!element || typeof getComputedStyle !== 'function') return { scheme: 'light', colors: {} };
  const style = getComputedStyle(element);
  const computed = style.getPropertyValue('color-scheme').trim();
  const colors: WidgetLook['colors'] = {};
  for (const name of SUMSUB_COLOR_NAMES) {
    const value = style.getPropertyValue(`--kyc-${name}`).trim();
    if (value) colors[name] = value;
  }
  return { scheme: schemeOf(computed, element), colors };
}

function schemeOf(computed: string, element: Element): WidgetLook['scheme'] {
  if (computed === 'dark' || computed === 'light') return computed;
  // No stylesheet (or `normal`): the theme prop's choice, as KycFlow marks it on its root.
  const marked = element.closest('[data-color-scheme]')?.getAttribute('data-color-scheme');
  if (marked === 'dark') return 'dark';
  if (marked === 'system' && typeof matchMedia === 'function') {
    return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  return 'light';
}
