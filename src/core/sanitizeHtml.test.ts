// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sanitizeLegalHtml } from './sanitizeHtml';

/** Parses the sanitised output so assertions look at the DOM a browser would build. */
function render(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = sanitizeLegalHtml(html);
  return root;
}

describe('sanitizeLegalHtml', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('should keep headings, paragraphs, formatting, lists and tables', () => {
    const html =
      '<h2>Terms</h2><p>By <strong>signing</strong> you <em>agree</em>.</p>' +
      '<ol start="3"><li>one</li><li>two</li></ol>' +
      '<table><thead><tr><th scope="col">Fee</th></tr></thead><tbody><tr><td colspan="2">1%</td></tr></tbody></table>';
    expect(sanitizeLegalHtml(html)).toBe(html);
  });

  it('should remove scripts with their content', () => {
    const root = render('<p>Hello</p><script>window.stolen = document.cookie</script>');
    expect(root.querySelector('script')).toBeNull();
    expect(root.textContent).toBe('Hello');
  });

  it('should remove styles, style attributes, classes and ids', () => {
    const root = render('<style>body{display:none}</style><p style="position:fixed" class="x" id="login">Text</p>');
    expect(root.innerHTML).toBe('<p>Text</p>');
  });

  it('should remove event handler attributes', () => {
    const root = render(
      '<p onclick="steal()" onmouseover="steal()">Click</p><a href="https://example.com" onfocus="steal()">x</a>',
    );
    expect(root.innerHTML).not.toMatch(/on(click|mouseover|focus)/);
  });

  it('should remove iframes, objects, forms and inputs', () => {
    const root = render(
      '<iframe src="https://evil.io"></iframe><object data="x.swf"></object><embed src="x">' +
        '<form action="https://evil.io"><input name="password"><button>Send</button><select><option>a</option></select></form><p>kept</p>',
    );
    expect(root.querySelector('iframe, object, embed, form, input, button, select')).toBeNull();
    expect(root.innerHTML).toBe('<p>kept</p>');
  });

  it('should remove images, including javascript: and data: sources', () => {
    const root = render(
      '<img src="javascript:alert(1)"><img src="data:image/svg+xml;base64,PHN2Zz4="><img src="x" onerror="alert(1)"><p>after</p>',
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.innerHTML).toBe('<p>after</p>');
  });

  it('should remove inline SVG with its scripts', () => {
    const root = render('<svg><script>alert(1)</script><a href="javascript:alert(1)">x</a></svg><p>t</p>');
    expect(root.querySelector('svg, script')).toBeNull();
  });

  it('should open https links in a new tab without an opener', () => {
    const link = render('<a href="https://example.com/privacy" target="_self" rel="opener">Privacy</a>').querySelector(
      'a',
    );
    expect(link?.getAttribute('href')).toBe('https://example.com/privacy');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('should keep mailto links', () => {
    const link = render('<a href="mailto:dpo@example.com">DPO</a>').querySelector('a');
    expect(link?.getAttribute('href')).toBe('mailto:dpo@example.com');
  });

  it.each([
    'javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'http://example.com/insecure',
    '/relative/to/the/partner/page',
    'https://user:pass@example.com/',
  ])('should drop the href %s but keep the link text', (href) => {
    const root = render(`<p><a href="${href}">Read</a></p>`);
    const link = root.querySelector('a');
    expect(link?.hasAttribute('href')).toBe(false);
    expect(root.textContent).toBe('Read');
  });

  it.each([
    '<noembed><img src=x onerror=alert(1)></noembed>',
    '<xmp><img src=x onerror=alert(1)></xmp>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
    '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  ])('should leave no active element from the mutation payload %s', (payload) => {
    const root = render(payload);
    expect(root.querySelector('img, script, style, svg, math, iframe, form')).toBeNull();
    const withHandlers = [...root.querySelectorAll('*')].filter((element) =>
      [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
    );
    expect(withHandlers).toEqual([]);
  });

  it('should return an empty string for empty input', () => {
    expect(sanitizeLegalHtml('')).toBe('');
  });

  it('should escape the markup instead of trusting it when there is no DOM', () => {
    vi.stubGlobal('window', undefined);
    expect(sanitizeLegalHtml('<img src=x onerror="alert(1)">')).toBe('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;');
  });
});
