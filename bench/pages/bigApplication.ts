/**
 * A 500-question application served from memory through `<KycFlow fetch>`: no network, so the
 * keystroke benchmark measures rendering only. PATCHes are applied and counted.
 */
import type { Application, Question } from '../../src';

export const BIG_APPLICATION_UUID = '5a0e0000-0000-4000-8000-000000000500';
const TYPES = ['string', 'text', 'number', 'date', 'boolean', 'email'] as const;

export function bigApplication(questionCount: number): Application {
  const questions: Question[] = Array.from({ length: questionCount }, (_, index) => ({
    title: `Question ${index + 1}`,
    description: null,
    is_required: false,
    attribute: { key: `q_${index}`, type: TYPES[index % TYPES.length] ?? 'string', value: null, is_editable: true },
  }));
  return {
    uuid: BIG_APPLICATION_UUID,
    status: 'draft',
    kyc_level: { uuid: '5a0e0000-0000-4000-8000-00000000000a', name: 'Bench', description: null, order: 1 },
    kyc_steps: [{ title: `All ${questionCount} questions`, description: null, questions }],
  };
}

export interface MemoryApi {
  fetch: typeof fetch;
  patches: { count: number; bytes: number };
}

export function memoryApi(application: Application): MemoryApi {
  const patches = { count: 0, bytes: 0 };
  const byKey = new Map(
    application.kyc_steps.flatMap((step) => step.questions.map((q) => [q.attribute.key, q.attribute] as const)),
  );
  const respond = (body: unknown) => Promise.resolve(Response.json(body));
  const memoryFetch: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init?.method ?? 'GET';
    if (method === 'PATCH') {
      const text = typeof init?.body === 'string' ? init.body : '';
      patches.count += 1;
      patches.bytes += text.length;
      const { attribute_changes } = JSON.parse(text) as { attribute_changes: { key: string; value: unknown }[] };
      for (const change of attribute_changes) {
        const attribute = byKey.get(change.key);
        if (attribute) attribute.value = change.value;
      }
    }
    if (url.pathname.includes('/v1/kyc/')) return respond(application);
    return Promise.resolve(Response.json({ detail: 'Not found.' }, { status: 404 }));
  };
  return { fetch: memoryFetch, patches };
}
