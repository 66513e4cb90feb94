/**
 * Reading a paginated list of the API to its end: the first page, then each page its `next` link names,
 * as long as the link stays on the API's own origin.
 */
import type { GenericSchema } from 'valibot';
import type { CallOptions, createTransport } from './http';
import type { Page } from './schemas';

type Transport = Pick<ReturnType<typeof createTransport>, 'request' | 'buildUrl'>;

/** A guard against a server whose `next` links never end. */
const MAX_PAGES = 100;

export interface PagedList<T> {
  /** Path below the base URL of the first page. */
  path: string;
  /** The route with placeholders, for errors and events. */
  endpoint: string;
  /** The schema of one page. */
  schema: GenericSchema<unknown, Page<T>>;
}

/** Every item of the list, page after page; a `next` link off the API's origin is not followed. */
export async function readAllPages<T>(transport: Transport, list: PagedList<T>, call?: CallOptions): Promise<T[]> {
  const { path, endpoint, schema } = list;
  const first = await transport.request({ method: 'GET', path, endpoint, schema }, call);
  const results = [...first.results];
  const origin = new URL(transport.buildUrl(path)).origin;
  let next = first.next;
  for (let pages = 1; next && pages < MAX_PAGES; pages++) {
    const url = new URL(next, origin);
    if (url.origin !== origin) break; // never follow a link off the API's origin
    const page = await transport.request({ method: 'GET', path, url: url.toString(), endpoint, schema }, call);
    results.push(...page.results);
    next = page.next;
  }
  return results;
}
