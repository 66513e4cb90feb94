/**
 * The standalone script carries the widget's stylesheet so a page needs one `<script>` and nothing
 * else. It is adopted as a constructed stylesheet, which a strict Content-Security-Policy (no
 * `'unsafe-inline'` styles) allows, unlike an injected `<style>` element; only browsers without
 * constructable stylesheets fall back to a `<style>` element. Added once per document.
 */
import css from '../styles.css?inline';

const STYLE_ID = 'react-kyc-flow-styles';
const adopted = new WeakMap<Document, CSSStyleSheet>();

export function injectStyles(doc: Document): void {
  if (adopted.has(doc) || doc.getElementById(STYLE_ID)) return;
  const view = doc.defaultView;
  if (
    view &&
    'adoptedStyleSheets' in doc &&
    typeof view.CSSStyleSheet === 'function' &&
    'replaceSync' in view.CSSStyleSheet.prototype
  ) {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
    adopted.set(doc, sheet);
    return;
  }
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = css;
  doc.head.prepend(style);
}
