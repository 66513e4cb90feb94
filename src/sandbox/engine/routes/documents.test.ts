import type { Application, KycDocument, UploadedFile } from '../../../core/schemas';
import { createSandbox } from '../createSandbox';
import { samplePng } from '../fixtures/samplePng';
import {
  concat,
  HTML_TAIL,
  jpegWithComment,
  SCRIPT_TAIL,
  tinyHeic,
  tinyJpeg,
  tinyPdf,
  tinyWebp,
} from '../../../../test/support/polyglots';

const BASE = 'https://partner.example';
const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

function setup() {
  const sandbox = createSandbox({ seed: 11 });
  const seeded = sandbox.seed('draft');
  const query = `legal_entity_uuid=${seeded.legalEntityUuid}&client_uuid=${seeded.clientUuid}`;
  const upload = async (...files: File[]) => {
    const form = new FormData();
    for (const file of files) form.append('files', file);
    const response = await sandbox.handle(
      new Request(`${BASE}/v1/documents/files/?${query}`, { method: 'POST', body: form }),
    );
    return { status: response.status, body: (await response.json()) as unknown };
  };
  const post = async (path: string, body: unknown, q = query) => {
    const response = await sandbox.handle(
      new Request(`${BASE}${path}?${q}`, { method: 'POST', body: JSON.stringify(body) }),
    );
    return { status: response.status, body: (await response.json()) as unknown };
  };
  const patch = async (changes: unknown) => {
    const response = await sandbox.handle(
      new Request(`${BASE}/v1/kyc/${seeded.applicationUuid ?? ''}/?${query}`, {
        method: 'PATCH',
        body: JSON.stringify({ attribute_changes: changes }),
      }),
    );
    return { status: response.status, body: (await response.json()) as unknown };
  };
  return { sandbox, seeded, query, upload, post, patch };
}

const png = (name = 'passport.png') => new File([samplePng()], name, { type: 'image/png' });

describe('POST /v1/documents/files/', () => {
  it('stores a real PNG and PDF and answers 201 with one UploadedFile per part', async () => {
    const { upload, sandbox, seeded } = setup();
    const result = await upload(png(), new File([PDF], 'statement.pdf', { type: 'application/pdf' }));
    expect(result.status).toBe(201);
    const files = result.body as UploadedFile[];
    expect(files).toEqual([
      { uuid: expect.any(String), name: 'passport.png', size: samplePng().byteLength, content_type: 'image/png' },
      { uuid: expect.any(String), name: 'statement.pdf', size: PDF.byteLength, content_type: 'application/pdf' },
    ]);
    const stored = sandbox.inspect(seeded.applicationUuid ?? '')?.files.map((file) => file.uuid);
    expect(stored).toEqual(expect.arrayContaining(files.map((file) => file.uuid)));
  });

  it('judges by content: an HTML page named .jpg with an image type is refused, naming the file', async () => {
    const { upload } = setup();
    const html = new File(['<!doctype html><title>x</title>'], 'selfie.jpg', { type: 'image/jpeg' });
    expect(await upload(html)).toEqual({
      status: 400,
      body: { files: ['The file "selfie.jpg" is not a JPEG, PNG, WebP, HEIC or PDF file.'] },
    });
  });

  it('refuses an empty file', async () => {
    const { upload } = setup();
    expect(await upload(new File([], 'empty.png'))).toEqual({
      status: 400,
      body: { files: ['The file "empty.png" is empty.'] },
    });
  });

  it('refuses a file over 10 MB and stores none of the request', async () => {
    const { upload, sandbox, seeded } = setup();
    const before = sandbox.inspect(seeded.applicationUuid ?? '')?.files.length;
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(samplePng());
    const result = await upload(png('ok.png'), new File([big], 'huge.png', { type: 'image/png' }));
    expect(result).toEqual({ status: 400, body: { files: ['The file "huge.png" is larger than 10 MB.'] } });
    expect(sandbox.inspect(seeded.applicationUuid ?? '')?.files.length).toBe(before);
  });

  it('stores a genuine JPEG, WebP and HEIC under the type their bytes say', async () => {
    const { upload } = setup();
    const result = await upload(
      new File([tinyJpeg()], 'id.jpg'),
      new File([tinyWebp()], 'id.webp'),
      new File([tinyHeic()], 'id.heic'),
    );
    expect(result.status).toBe(201);
    expect((result.body as UploadedFile[]).map((file) => file.content_type)).toEqual([
      'image/jpeg',
      'image/webp',
      'image/heic',
    ]);
  });

  it('refuses a PNG with a script after its end (a polyglot), naming the file, and stores none of the request', async () => {
    const { upload, sandbox, seeded } = setup();
    const before = sandbox.inspect(seeded.applicationUuid ?? '')?.files.length;
    const polyglot = new File([concat(samplePng(), SCRIPT_TAIL)], 'passport.png', { type: 'image/png' });
    expect(await upload(png('ok.png'), polyglot)).toEqual({
      status: 400,
      body: { files: ['The file "passport.png" contains HTML or script besides its picture data.'] },
    });
    expect(sandbox.inspect(seeded.applicationUuid ?? '')?.files.length).toBe(before);
  });

  it('refuses a JPEG with a web page after its end or in its comment', async () => {
    const { upload } = setup();
    for (const bytes of [concat(tinyJpeg(), HTML_TAIL), jpegWithComment(tinyJpeg(), SCRIPT_TAIL)]) {
      expect(await upload(new File([bytes], 'id.jpg', { type: 'image/jpeg' }))).toEqual({
        status: 400,
        body: { files: ['The file "id.jpg" contains HTML or script besides its picture data.'] },
      });
    }
  });

  it('refuses a PDF with a script outside its streams, and accepts one whose stream holds any bytes', async () => {
    const { upload } = setup();
    const hostile = new File([tinyPdf(undefined, `${SCRIPT_TAIL}\n%%EOF\n`)], 'bill.pdf');
    expect(await upload(hostile)).toEqual({
      status: 400,
      body: { files: ['The file "bill.pdf" contains HTML or script outside its streams.'] },
    });
    expect((await upload(new File([tinyPdf(`(${HTML_TAIL}) Tj`)], 'bill.pdf'))).status).toBe(201);
  });

  it('refuses a JPEG cut short and a PDF without its end', async () => {
    const { upload } = setup();
    const jpeg = tinyJpeg();
    expect(await upload(new File([jpeg.subarray(0, jpeg.length - 20)], 'id.jpg'))).toEqual({
      status: 400,
      body: { files: ['The file "id.jpg" is damaged or incomplete.'] },
    });
    expect((await upload(new File([tinyPdf(undefined, '')], 'bill.pdf'))).status).toBe(400);
  });

  it('refuses a request without file parts, and a non-multipart body with 415', async () => {
    const { upload, post } = setup();
    expect(await upload()).toEqual({ status: 400, body: { files: ['No file was submitted.'] } });
    expect((await post('/v1/documents/files/', { files: [] })).status).toBe(415);
  });
});

describe('POST /v1/documents/ and document answers', () => {
  it('creates a document from uploaded files and stores it, canonical, as the answer', async () => {
    const { upload, post, patch, sandbox, seeded } = setup();
    const [file] = (await upload(png())).body as UploadedFile[];
    const created = await post('/v1/documents/', { attribute_key: 'passport', files: [file?.uuid] });
    expect(created.status).toBe(201);
    const document = created.body as KycDocument;
    expect(document).toEqual({ uuid: expect.any(String), attribute_key: 'passport', files: [file] });

    const result = await patch([{ key: 'passport', value: { uuid: document.uuid, extra: 'ignored' } }]);
    expect(result.status).toBe(200);
    const app = result.body as Application;
    const value = app.kyc_steps.flatMap((step) => step.questions).find((q) => q.attribute.key === 'passport')
      ?.attribute.value;
    expect(value).toEqual(document);
    expect(sandbox.inspect(seeded.applicationUuid ?? '')?.documents).toContainEqual({
      uuid: document.uuid,
      attributeKey: 'passport',
      fileUuids: [file?.uuid],
    });
  });

  it('lets one picture serve both sides (documents share files)', async () => {
    const { upload, post } = setup();
    const [file] = (await upload(png('id.png'))).body as UploadedFile[];
    expect((await post('/v1/documents/', { attribute_key: 'id_card_front_side', files: [file?.uuid] })).status).toBe(
      201,
    );
    expect((await post('/v1/documents/', { attribute_key: 'id_card_back_side', files: [file?.uuid] })).status).toBe(
      201,
    );
  });

  it('validates attribute_key and files', async () => {
    const { post } = setup();
    expect(await post('/v1/documents/', { attribute_key: 'selfie', files: [] })).toEqual({
      status: 400,
      body: { attribute_key: ['"selfie" is not a valid choice.'], files: ['This list may not be empty.'] },
    });
    expect(
      await post('/v1/documents/', { attribute_key: 'passport', files: ['55555555-5555-4555-8555-555555555555'] }),
    ).toEqual({
      status: 400,
      body: { files: ['Invalid pk "55555555-5555-4555-8555-555555555555" - object does not exist.'] },
    });
    expect(await post('/v1/documents/', {})).toEqual({
      status: 400,
      body: { attribute_key: ['This field is required.'], files: ['This field is required.'] },
    });
  });

  it("refuses another client's files", async () => {
    const { upload, post, seeded } = setup();
    const [file] = (await upload(png())).body as UploadedFile[];
    const other = `legal_entity_uuid=${seeded.legalEntityUuid}&client_uuid=66666666-6666-4666-8666-666666666666`;
    expect((await post('/v1/documents/', { attribute_key: 'passport', files: [file?.uuid] }, other)).status).toBe(400);
  });

  it('refuses a document answer that is not a document of this client for this key', async () => {
    const { upload, post, patch } = setup();
    const [file] = (await upload(png())).body as UploadedFile[];
    const proof = (await post('/v1/documents/', { attribute_key: 'proof_of_address', files: [file?.uuid] }))
      .body as KycDocument;
    expect(await patch([{ key: 'passport', value: proof }])).toEqual({
      status: 400,
      body: { attribute_changes: [{ key: 'passport', errors: ['This document was created for "proof_of_address".'] }] },
    });
    expect(await patch([{ key: 'passport', value: proof.uuid }])).toEqual({
      status: 400,
      body: {
        attribute_changes: [
          { key: 'passport', errors: ['Expected the document object returned by POST /v1/documents/.'] },
        ],
      },
    });
    expect(await patch([{ key: 'passport', value: { uuid: '77777777-7777-4777-8777-777777777777' } }])).toEqual({
      status: 400,
      body: { attribute_changes: [{ key: 'passport', errors: ['Unknown document.'] }] },
    });
  });
});
