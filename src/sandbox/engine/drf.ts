/** Response helpers in the Django REST Framework shapes the contract assumes. */

export interface AttributeError {
  key: string;
  errors: string[];
}

const JSON_HEADERS = { 'content-type': 'application/json' };

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: JSON_HEADERS });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** `{"detail": message}` with any status (401/403/404/405/409…). */
export function detail(status: number, message: string): Response {
  return json(status, { detail: message });
}

export function notFound(): Response {
  return detail(404, 'Not found.');
}

export function methodNotAllowed(method: string): Response {
  return detail(405, `Method "${method}" not allowed.`);
}

export function conflict(message: string): Response {
  return detail(409, message);
}

/** 400 `{"field": ["message"]}`. */
export function fieldError(field: string, message: string): Response {
  return json(400, { [field]: [message] });
}

/** 400 `{"attribute_changes": [{"key", "errors"}]}`. */
export function attributeErrors(errors: AttributeError[]): Response {
  return json(400, { attribute_changes: errors });
}

export const REQUIRED = 'This field is required.';
export const INVALID_UUID = 'Must be a valid UUID.';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

/** A plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The JSON body of a request: `{ ok: true, body }` (body undefined when empty) or a ready 400 response,
 * as DRF answers a parse error.
 */
export async function readJson(
  request: Request,
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const text = await request.text();
  if (text.trim() === '') return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'invalid JSON';
    return { ok: false, response: detail(400, `JSON parse error - ${reason}`) };
  }
}

/** A JSON object body, or a 400 `non_field_errors` when the body is something else. */
export async function readObject(
  request: Request,
  { optional = false } = {},
): Promise<{ ok: true; body: Record<string, unknown> } | { ok: false; response: Response }> {
  const parsed = await readJson(request);
  if (!parsed.ok) return parsed;
  if (parsed.body === undefined && optional) return { ok: true, body: {} };
  if (!isRecord(parsed.body)) {
    const got = parsed.body === undefined ? 'nothing' : Array.isArray(parsed.body) ? 'list' : typeof parsed.body;
    return {
      ok: false,
      response: json(400, { non_field_errors: [`Invalid data. Expected a dictionary, but got ${got}.`] }),
    };
  }
  return { ok: true, body: parsed.body };
}

/** DRF's reading of a boolean query value; undefined when absent, null when invalid. */
export function parseBoolean(raw: string | null): boolean | undefined | null {
  if (raw === null || raw === '') return undefined;
  if (['true', 'True', '1', 'yes', 'on'].includes(raw)) return true;
  if (['false', 'False', '0', 'no', 'off'].includes(raw)) return false;
  return null;
}
