/**
 * Cleans the HTML of a legal document (`LegalDocument.content`) before the widget renders it. The
 * content comes from the server, but the widget runs inside the partner's page: nothing in it may
 * run code, load resources, submit forms or restyle the page.
 */
import createDOMPurify from 'dompurify';
import type { DOMPurify as Purifier, Config } from 'dompurify';

const ALLOWED_TAGS = [
  // text formatting
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'del',
  'ins',
  'mark',
  'small',
  'sub',
  'sup',
  'code',
  'pre',
  'blockquote',
  'abbr',
  'span',
  'br',
  'hr',
  // structure
  'p',
  'div',
  'section',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  // lists
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  // tables
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'colgroup',
  'col',
  // links
  'a',
];

const ALLOWED_ATTR = ['href', 'title', 'colspan', 'rowspan', 'scope', 'headers', 'start', 'reversed', 'lang', 'dir'];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // DOMPurify's default URI check stays (it also vets non-URL attribute values); the link hook below
  // narrows `href` further to https and mailto.
  // Drop the content of these too, not only the tags (on top of DOMPurify's list: script, style, svg…).
  ADD_FORBID_CONTENTS: ['object', 'embed', 'form', 'button', 'select', 'textarea', 'noscript'],
  KEEP_CONTENT: true,
};

const purifiers = new WeakMap<object, Purifier>();

/** One DOMPurify instance per window, with our link hook, so the shared default instance is untouched. */
function purifierFor(win: Window & typeof globalThis): Purifier | null {
  const known = purifiers.get(win);
  if (known) return known;
  const purifier = createDOMPurify(win);
  if (!purifier.isSupported) return null;
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A' || !('setAttribute' in node)) return;
    const link = node as Element;
    const href = link.getAttribute('href');
    if (href !== null && !isAllowedHref(href)) link.removeAttribute('href');
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  });
  purifiers.set(win, purifier);
  return purifier;
}

/** Only absolute `https:` and `mailto:` links survive; relative links would point into the partner's page. */
function isAllowedHref(href: string): boolean {
  try {
    const url = new URL(href.trim());
    if (url.protocol === 'mailto:') return true;
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/**
 * Returns `html` reduced to text formatting, headings, paragraphs, lists, tables and links.
 *
 * Links keep only `https:` and `mailto:` targets (any other `href` is removed, the text stays) and always
 * get `target="_blank" rel="noopener noreferrer"`. Scripts, styles, event handlers, `style`/`class`/`id`
 * attributes, iframes, forms and their fields, images and media are removed.
 *
 * Needs a DOM: it uses the global `window`. Without one (server rendering) it returns the text escaped,
 * so the markup shows as text instead of being trusted.
 *
 * @example sanitizeLegalHtml('<p onclick="x()">Terms <script>steal()</script></p>') // '<p>Terms </p>'
 */
export function sanitizeLegalHtml(html: string): string {
  if (typeof html !== 'string' || html === '') return '';
  const win = typeof window === 'undefined' ? undefined : window;
  const purifier = win ? purifierFor(win) : null;
  if (!purifier) return escapeHtml(html);
  return purifier.sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
