/**
 * Fills `{name}` placeholders of a catalogue message; unknown placeholders stay visible. Numbers are
 * written in the locale's digits and separators (`1 234` in French, `١٢` where Arabic digits are the
 * default) when a locale is given.
 */
export function formatMessage(template: string, values?: Record<string, string | number>, locale?: string): string {
  if (!values) return template;
  const numbers = locale === undefined ? null : numberFormat(locale);
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) return match;
    return typeof value === 'number' && numbers ? numbers.format(value) : String(value);
  });
}

function numberFormat(locale: string): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale);
  } catch {
    // An invalid locale tag from the host page must not break the widget.
    return new Intl.NumberFormat('en');
  }
}
