/**
 * The standalone script carries the widget's stylesheet so a page needs one `<script>` and nothing
 * else: it is added once per document, before any other stylesheet so the page can still override it.
 */
import css from '../styles.css?inline';

const STYLE_ID = 'react-kyc-flow-styles';

export function injectStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = css;
  doc.head.prepend(style);
}
