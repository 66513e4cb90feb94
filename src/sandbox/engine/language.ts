/**
 * The language a request asks for (`Accept-Language`), and a JSON answer with the sandbox's own texts in
 * it: the `title`, `description` and `name` of levels, steps, questions and legal documents, and the
 * default `review_comment` and `client_note`. What the sandbox does not have in that language (a
 * reviewer's own comment, an answer) stays as it is. Country options are translated where they are listed
 * (`definitions.ts`), since their order follows their names.
 */
import { isSandboxLanguage, translate, type SandboxLanguage } from './fixtures/translations';

const TRANSLATED_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'description',
  'name',
  'review_comment',
  'client_note',
]);

/**
 * The first language of `Accept-Language` (by weight, then order) the sandbox answers in; English when
 * none is (or the header is absent).
 *
 * @example requestLanguage('de-CH,de;q=0.9,en;q=0.8') // 'de'
 */
export function requestLanguage(header: string | null): SandboxLanguage {
  const ranges = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';');
      const weight = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { language: range.trim().split('-')[0]?.toLowerCase() ?? '', q: weight ? Number(weight) : 1, index };
    })
    .filter((range) => range.q > 0 && range.language !== '')
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { language } of ranges) {
    if (language === '*') return 'en';
    if (isSandboxLanguage(language)) return language;
  }
  return 'en';
}

function translated(value: unknown, language: SandboxLanguage): unknown {
  if (Array.isArray(value)) return value.map((item) => translated(item, language));
  if (typeof value !== 'object' || value === null) return value;
  // An uploaded file's `name` is the client's file name, never the sandbox's text.
  const isFile = 'content_type' in value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [
      key,
      typeof field === 'string' && TRANSLATED_FIELDS.has(key) && !(isFile && key === 'name')
        ? translate(field, language)
        : translated(field, language),
    ]),
  );
}

/** The answer with the sandbox's texts in `language`; anything but JSON in another language passes as it is. */
export async function localizeResponse(response: Response, language: SandboxLanguage): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.append('Vary', 'Accept-Language');
  const isJson = (headers.get('content-type') ?? '').includes('json');
  if (language === 'en' || !isJson || response.body === null) {
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
  const body = translated(await response.json(), language);
  headers.set('Content-Language', language);
  headers.delete('content-length');
  return new Response(JSON.stringify(body), { status: response.status, statusText: response.statusText, headers });
}
