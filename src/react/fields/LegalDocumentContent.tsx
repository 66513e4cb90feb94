/**
 * The one place the widget renders HTML from the server: a legal document's content, cleaned by
 * `sanitizeLegalHtml` (no scripts, handlers, frames, forms, styles; links only https/mailto and opened
 * in a new tab), inside a scrollable region that keyboard users can focus and scroll.
 */
import { useMemo } from 'react';
import { sanitizeLegalHtml } from '../../core/sanitizeHtml';

export interface LegalDocumentContentProps {
  /** The document's HTML exactly as the server sent it; it is sanitised here, never before. */
  html: string;
  /** Id of the element naming the region (the document's title on screen) … */
  labelledBy?: string | undefined;
  /** … or the region's name itself, when the title is not on screen next to it. */
  label?: string | undefined;
  className?: string | undefined;
}

export function LegalDocumentContent({ html, labelledBy, label, className }: LegalDocumentContentProps) {
  const clean = useMemo(() => sanitizeLegalHtml(html), [html]);
  return (
    <div
      role="region"
      aria-labelledby={labelledBy}
      aria-label={labelledBy === undefined ? label : undefined}
      // Focusable so keyboard users can scroll it (WCAG 2.1.1); it holds no other focus target but links.
      tabIndex={0}
      // The document is in the API's language: its own direction, whatever the widget's locale.
      dir="auto"
      className={className ?? 'kyc-legal__content'}
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
