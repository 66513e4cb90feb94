import { describe, expect, it, vi } from 'vitest';
import { API_BASE_URL, setupSandboxServer } from '../../test/support/sandboxServer';
import { createKycClient } from './client';
import { createDocumentUpload, type DocumentUploadOptions } from './documentUpload';
import type { KycDocument, UploadedFile } from './schemas';

const { sandbox } = setupSandboxServer();

type FileCheck = NonNullable<DocumentUploadOptions['check']>;

const ok: FileCheck = async () => ({ ok: true });
const pngFile = () =>
  new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])], 'front.png', {
    type: 'image/png',
  });

/** A fake API that records calls; each call's outcome can be scripted. */
function fakeApi() {
  let fileCount = 0;
  let documentCount = 0;
  const uploadOutcomes: ('ok' | 'fail' | 'hang')[] = [];
  const createOutcomes: ('ok' | 'fail')[] = [];
  const uploadCalls: { signal: AbortSignal | undefined }[] = [];
  const createCalls: { key: string; uuids: readonly string[] }[] = [];
  const api: DocumentUploadOptions['api'] = {
    uploadFiles(files, call) {
      uploadCalls.push({ signal: call.signal });
      const outcome = uploadOutcomes.shift() ?? 'ok';
      if (outcome === 'fail') return Promise.reject(new Error('503'));
      if (outcome === 'hang') {
        return new Promise((_, reject) => call.signal?.addEventListener('abort', () => reject(call.signal?.reason)));
      }
      call.onProgress?.({ loaded: 5, total: 10 });
      return Promise.resolve(
        files.map((file): UploadedFile => ({
          uuid: `file-${++fileCount}`,
          name: 'front.png',
          size: file.size,
          content_type: 'image/png',
        })),
      );
    },
    createDocument(key, uuids) {
      createCalls.push({ key, uuids });
      if ((createOutcomes.shift() ?? 'ok') === 'fail') return Promise.reject(new Error('500'));
      const document: KycDocument = {
        uuid: `doc-${++documentCount}`,
        attribute_key: key,
        files: uuids.map((uuid) => ({ uuid, name: 'front.png', size: 11, content_type: 'image/png' })),
      };
      return Promise.resolve(document);
    },
  };
  return { api, uploadOutcomes, createOutcomes, uploadCalls, createCalls };
}

describe('createDocumentUpload', () => {
  it('given a good file / should upload it, create the document and report it', async () => {
    const { api, createCalls } = fakeApi();
    const onDocument = vi.fn();
    const progress: number[] = [];
    const upload = createDocumentUpload({ api, attributeKey: 'passport', check: ok, onDocument });
    upload.subscribe(() => {
      const p = upload.getState().progress;
      if (p) progress.push(p.loaded);
    });

    const file = pngFile();
    await upload.start(file);

    expect(createCalls).toEqual([{ key: 'passport', uuids: ['file-1'] }]);
    // The file uploaded comes along, so the field can show it without fetching it back.
    expect(onDocument).toHaveBeenCalledWith(
      expect.objectContaining({ uuid: 'doc-1', attribute_key: 'passport' }),
      file,
    );
    expect(upload.getState()).toMatchObject({ phase: 'done', error: null, document: { uuid: 'doc-1' } });
    expect(progress).toContain(5);
  });

  it('given a file the check refuses / should upload nothing and keep the message', async () => {
    const { api, uploadCalls } = fakeApi();
    const onDocument = vi.fn();
    const check: FileCheck = async () => ({ ok: false, code: 'mismatch', message: 'Not a picture.' });
    const upload = createDocumentUpload({ api, attributeKey: 'passport', check, onDocument });

    await upload.start(pngFile());

    expect(uploadCalls).toHaveLength(0);
    expect(onDocument).not.toHaveBeenCalled();
    expect(upload.getState()).toMatchObject({
      phase: 'failed',
      error: { stage: 'check', code: 'mismatch', message: 'Not a picture.' },
    });
    await upload.retry();
    expect(uploadCalls).toHaveLength(0);
  });

  it('given a failed upload / retry should upload again and then create the document', async () => {
    const { api, uploadOutcomes, uploadCalls } = fakeApi();
    uploadOutcomes.push('fail');
    const onDocument = vi.fn();
    const upload = createDocumentUpload({ api, attributeKey: 'passport', check: ok, onDocument });

    await upload.start(pngFile());
    expect(upload.getState()).toMatchObject({ phase: 'failed', error: { stage: 'upload' } });

    await upload.retry();
    expect(uploadCalls).toHaveLength(2);
    expect(onDocument).toHaveBeenCalledTimes(1);
    expect(upload.getState().phase).toBe('done');
  });

  it('given a failed document creation / retry should reuse the uploaded files', async () => {
    const { api, createOutcomes, uploadCalls, createCalls } = fakeApi();
    createOutcomes.push('fail');
    const upload = createDocumentUpload({ api, attributeKey: 'passport', check: ok });

    await upload.start(pngFile());
    expect(upload.getState()).toMatchObject({ phase: 'failed', error: { stage: 'create' } });

    await upload.retry();
    expect(uploadCalls).toHaveLength(1);
    expect(createCalls.map((call) => call.uuids)).toEqual([['file-1'], ['file-1']]);
    expect(upload.getState()).toMatchObject({ phase: 'done', document: { uuid: 'doc-1' } });
  });

  it('given a single-sided front / should create the back document from the same files', async () => {
    const { api, createCalls } = fakeApi();
    const onDocument = vi.fn();
    const onPairedDocument = vi.fn();
    const upload = createDocumentUpload({
      api,
      attributeKey: 'id_card_front_side',
      check: ok,
      onDocument,
      onPairedDocument,
    });

    await upload.start(pngFile(), { pairedKey: 'id_card_back_side' });

    expect(createCalls).toEqual([
      { key: 'id_card_front_side', uuids: ['file-1'] },
      { key: 'id_card_back_side', uuids: ['file-1'] },
    ]);
    expect(onDocument).toHaveBeenCalledWith(
      expect.objectContaining({ attribute_key: 'id_card_front_side' }),
      expect.any(File),
    );
    expect(onPairedDocument).toHaveBeenCalledWith(
      'id_card_back_side',
      expect.objectContaining({ attribute_key: 'id_card_back_side' }),
    );
  });

  it('given the back document fails / retry should create only the back document', async () => {
    const { api, createOutcomes, createCalls } = fakeApi();
    createOutcomes.push('ok', 'fail');
    const onDocument = vi.fn();
    const onPairedDocument = vi.fn();
    const upload = createDocumentUpload({
      api,
      attributeKey: 'id_card_front_side',
      check: ok,
      onDocument,
      onPairedDocument,
    });

    await upload.start(pngFile(), { pairedKey: 'id_card_back_side' });
    expect(upload.getState().phase).toBe('failed');
    await upload.retry();

    expect(createCalls.map((call) => call.key)).toEqual([
      'id_card_front_side',
      'id_card_back_side',
      'id_card_back_side',
    ]);
    expect(onDocument).toHaveBeenCalledTimes(1);
    expect(onPairedDocument).toHaveBeenCalledTimes(1);
  });

  it('given an existing front document / pair should create the back from its files without uploading', async () => {
    const { api, uploadCalls, createCalls } = fakeApi();
    const onPairedDocument = vi.fn();
    const upload = createDocumentUpload({ api, attributeKey: 'id_card_front_side', check: ok, onPairedDocument });
    const front: KycDocument = {
      uuid: 'front',
      attribute_key: 'id_card_front_side',
      files: [{ uuid: 'f-9', name: 'a.png', size: 1, content_type: 'image/png' }],
    };

    await upload.pair('id_card_back_side', front);

    expect(uploadCalls).toHaveLength(0);
    expect(createCalls).toEqual([{ key: 'id_card_back_side', uuids: ['f-9'] }]);
    expect(onPairedDocument).toHaveBeenCalledWith(
      'id_card_back_side',
      expect.objectContaining({ files: [expect.objectContaining({ uuid: 'f-9' })] }),
    );
  });

  it('given an upload in progress / cancel should abort it and report nothing', async () => {
    const { api, uploadOutcomes, uploadCalls, createCalls } = fakeApi();
    uploadOutcomes.push('hang');
    const onDocument = vi.fn();
    const upload = createDocumentUpload({ api, attributeKey: 'passport', check: ok, onDocument });

    const running = upload.start(pngFile());
    await vi.waitFor(() => expect(upload.getState().phase).toBe('uploading'));
    upload.cancel();
    await running;

    expect(uploadCalls[0]?.signal?.aborted).toBe(true);
    expect(createCalls).toHaveLength(0);
    expect(onDocument).not.toHaveBeenCalled();
    expect(upload.getState()).toMatchObject({ phase: 'idle', file: null, error: null });
  });

  it('given a new file while one uploads / should drop the first run and report only the second', async () => {
    const { api, uploadOutcomes, createCalls } = fakeApi();
    uploadOutcomes.push('hang');
    const onDocument = vi.fn();
    const upload = createDocumentUpload({ api, attributeKey: 'passport', check: ok, onDocument });

    const first = upload.start(pngFile());
    await vi.waitFor(() => expect(upload.getState().phase).toBe('uploading'));
    await upload.start(pngFile());
    await first;

    expect(createCalls).toHaveLength(1);
    expect(onDocument).toHaveBeenCalledTimes(1);
    expect(upload.getState().phase).toBe('done');
  });
});

/** A real 1×1 PNG, so the file check by content and the sandbox's upload checks both accept it. */
const REAL_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

describe('createDocumentUpload — the back side cancelled, over the sandbox', () => {
  /**
   * Uploads a front side with "one side only" through the real client and the sandbox, and cancels while
   * the back side's document is being created: the front document is then already the answer.
   */
  async function cancelDuringBackSide() {
    const ids = sandbox.seed('draft');
    const applicationUuid = ids.applicationUuid ?? '';
    const client = createKycClient({ baseUrl: API_BASE_URL, ...ids });
    const onDocument = vi.fn<(document: KycDocument) => void>();
    const onPairedDocument = vi.fn<(pairedKey: string, document: KycDocument) => void>();
    const upload = createDocumentUpload({
      api: client,
      attributeKey: 'id_card_front_side',
      onDocument,
      onPairedDocument,
    });
    const front = new File([REAL_PNG], 'front.png', { type: 'image/png' });
    sandbox.setFaults({ routes: { createDocument: { latencyMs: 150 } } });

    const running = upload.start(front, { pairedKey: 'id_card_back_side' });
    await vi.waitFor(() => expect(onDocument).toHaveBeenCalledTimes(1));
    expect(upload.getState().phase).toBe('creating');
    upload.cancel();
    await running;
    sandbox.setFaults(undefined);

    const frontDocument = onDocument.mock.calls[0]![0];
    return { upload, front, frontDocument, applicationUuid, onDocument, onPairedDocument };
  }

  it('should keep showing the front file, whose document is already the answer', async () => {
    const { upload, front, onPairedDocument } = await cancelDuringBackSide();

    expect(onPairedDocument).not.toHaveBeenCalled();
    expect(upload.getState()).toMatchObject({ phase: 'idle', error: null });
    expect(upload.getState().file?.name).toBe(front.name);
  });

  it('should keep the front document, so pairing it again keeps the front file shown and uploads nothing', async () => {
    const { upload, front, frontDocument, applicationUuid, onPairedDocument } = await cancelDuringBackSide();
    expect(upload.getState().document?.uuid).toBe(frontDocument.uuid);

    // The client ticks "My document has one side only" again: the back side is made from the front's files.
    await upload.pair('id_card_back_side', frontDocument);

    expect(upload.getState()).toMatchObject({ phase: 'done', document: { uuid: frontDocument.uuid } });
    expect(upload.getState().file?.name).toBe(front.name);
    expect(onPairedDocument).toHaveBeenCalledWith(
      'id_card_back_side',
      expect.objectContaining({ files: frontDocument.files }),
    );
    expect(sandbox.inspect(applicationUuid)?.files).toHaveLength(1);
  });

  it('given a new file after the cancel / should upload it and make new documents from it, reusing nothing', async () => {
    const { upload, frontDocument, applicationUuid, onDocument, onPairedDocument } = await cancelDuringBackSide();
    const second = new File([REAL_PNG], 'second.png', { type: 'image/png' });

    await upload.start(second, { pairedKey: 'id_card_back_side' });

    const stored = sandbox.inspect(applicationUuid);
    expect(stored?.files.map((file) => file.name)).toEqual(['front.png', 'second.png']);
    const secondFileUuid = stored?.files[1]?.uuid;
    const newFront = onDocument.mock.calls[1]?.[0];
    expect(newFront?.uuid).not.toBe(frontDocument.uuid);
    expect(newFront?.files.map((file) => file.uuid)).toEqual([secondFileUuid]);
    expect(onPairedDocument).toHaveBeenCalledTimes(1);
    expect(onPairedDocument.mock.calls[0]?.[1].files.map((file) => file.uuid)).toEqual([secondFileUuid]);
    expect(upload.getState()).toMatchObject({ phase: 'done', file: second, document: { uuid: newFront?.uuid } });
  });
});
