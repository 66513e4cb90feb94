/** DRF page-number pagination: `page` (from 1) and `page_size` (default 500) with absolute next/previous links. */
import type { Page } from '../../core/schemas';
import { detail, json } from './drf';

const DEFAULT_PAGE_SIZE = 500;
const MAX_PAGE_SIZE = 1000;

/** A 200 with one page of `items`, or DRF's 404 `Invalid page.` */
export function paginate<T>(url: URL, items: readonly T[]): Response {
  const sizeRaw = url.searchParams.get('page_size');
  // DRF ignores an invalid page_size and caps a large one.
  const size =
    sizeRaw !== null && /^\d+$/.test(sizeRaw) && Number(sizeRaw) > 0
      ? Math.min(Number(sizeRaw), MAX_PAGE_SIZE)
      : DEFAULT_PAGE_SIZE;
  const pageRaw = url.searchParams.get('page');
  const pages = lastPage(items.length, size);
  const page = pageRaw === null || pageRaw === '' ? 1 : pageRaw === 'last' ? pages : Number(pageRaw);
  if (!Number.isInteger(page) || page < 1 || page > pages) return detail(404, 'Invalid page.');
  const link = (target: number): string => {
    const next = new URL(url);
    if (target === 1) next.searchParams.delete('page');
    else next.searchParams.set('page', String(target));
    return next.toString();
  };
  const body: Page<T> = {
    count: items.length,
    next: page < pages ? link(page + 1) : null,
    previous: page > 1 ? link(page - 1) : null,
    results: items.slice((page - 1) * size, page * size),
  };
  return json(200, body);
}

function lastPage(count: number, size: number): number {
  return Math.max(1, Math.ceil(count / size));
}
