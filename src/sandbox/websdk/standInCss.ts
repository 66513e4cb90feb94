/** Styles of the stand-in pages, served as `/websdk/standIn.css` (no inline styles, strict CSP). */
export const STAND_IN_CSS = `:root {
  color-scheme: light;
  --sis-fg: #1b1f24;
  --sis-muted: #4b5563;
  --sis-bg: #ffffff;
  --sis-panel: #f3f4f6;
  --sis-accent: #1d4ed8;
  --sis-accent-fg: #ffffff;
  --sis-focus: #f59e0b;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
body[data-theme="dark"] {
  color-scheme: dark;
  --sis-fg: #f3f4f6;
  --sis-muted: #cbd5e1;
  --sis-bg: #111827;
  --sis-panel: #1f2937;
  --sis-accent: #93c5fd;
  --sis-accent-fg: #111827;
}
html, body { margin: 0; padding: 0; }
body { color: var(--sis-fg); background: var(--sis-bg); line-height: 1.5; }
/* No min-height: the SDK sizes the iframe to the content height this page reports. */
.sis { max-width: 32rem; margin: 0 auto; padding: 1rem 1.25rem 1.25rem; }
h1 { font-size: 1.25rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.05rem; margin: 1rem 0 0.5rem; }
h2:focus { outline: none; }
.sis-note, .sis-hint { color: var(--sis-muted); font-size: 0.875rem; margin: 0; }
.sis-status { margin: 0.75rem 0 0; padding: 0.5rem 0.75rem; background: var(--sis-panel); border-radius: 0.375rem; }
.sis-camera {
  display: grid; place-items: center; aspect-ratio: 4 / 3; max-width: 18rem;
  background: repeating-linear-gradient(45deg, #374151, #374151 10px, #4b5563 10px, #4b5563 20px);
  border-radius: 0.5rem;
}
.sis-face { width: 40%; aspect-ratio: 3 / 4; border: 3px dashed #e5e7eb; border-radius: 50%; }
button { font: inherit; cursor: pointer; }
.sis-primary {
  min-height: 2.75rem; min-width: 8rem; padding: 0.5rem 1.25rem; border: 0; border-radius: 0.375rem;
  background: var(--sis-accent); color: var(--sis-accent-fg); font-weight: 600;
}
.sis-primary:disabled { opacity: 0.6; cursor: progress; }
.sis-small {
  padding: 0.25rem 0.5rem; border: 1px solid var(--sis-muted); border-radius: 0.25rem;
  background: transparent; color: var(--sis-fg); font-size: 0.875rem;
}
button:focus-visible { outline: 3px solid var(--sis-focus); outline-offset: 2px; }
.sis-tools { display: flex; gap: 0.5rem; align-items: center; margin-top: 1.25rem; }
[hidden] { display: none !important; }
`;
