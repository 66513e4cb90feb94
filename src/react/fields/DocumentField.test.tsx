import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { File as NodeFile } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKycClient } from '../../core/client';
import type { KycDocument, Question } from '../../core/schemas';
import type { KycProviderProps } from '../context/KycContext';
import { renderWithKyc } from '../../../test/support/renderWithKyc';
import { API_BASE_URL, setupSandboxServer } from '../../../test/support/sandboxServer';
import { DocumentField } from './DocumentField';

const { sandbox } = setupSandboxServer();

/** A real 1×1 PNG. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const png = (name = 'passport.png') => new File([PNG], name, { type: 'image/png' });
const pdf = (name = 'id-card.pdf') => new File([PDF], name, { type: 'application/pdf' });

/**
 * jsdom's File and FormData are not Node's: Node's fetch sends their file parts empty, and the sandbox
 * (running in this process) cannot parse a multipart body while `File` is jsdom's. So these tests use
 * Node's File and FormData, as a browser uses its own; everything else is the real client, fetch, MSW
 * and sandbox.
 */
async function installNodeFileApis() {
  const probe = await new Response('a=1', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  }).formData();
  vi.stubGlobal('File', NodeFile);
  vi.stubGlobal('FormData', probe.constructor);
}

const documentQuestion = (key: string, title: string): Question => ({
  title,
  is_required: true,
  attribute: { key, type: 'document', value: null },
});

interface HarnessProps {
  question: Question;
  applicationUuid: string;
  onChange: (value: KycDocument | null) => void;
  onPaired?: (backKey: string, value: KycDocument | null) => void;
  initial?: KycDocument | null;
}

/** Holds the answer like the flow does, and records what the field reports. */
function Harness({ question, applicationUuid, onChange, onPaired, initial = null }: HarnessProps) {
  const [value, setValue] = useState<KycDocument | null>(initial);
  return (
    <DocumentField
      question={question}
      id="field-doc"
      value={value}
      applicationUuid={applicationUuid}
      onValueChange={(next) => {
        onChange(next);
        setValue(next);
      }}
      onPairedValueChange={onPaired}
    />
  );
}

function setup(key = 'passport', title = 'Passport', props: Partial<KycProviderProps> = {}) {
  const ids = sandbox.seed('draft');
  const applicationUuid = ids.applicationUuid ?? '';
  const onChange = vi.fn<(value: KycDocument | null) => void>();
  const onPaired = vi.fn<(backKey: string, value: KycDocument | null) => void>();
  const user = userEvent.setup();
  const view = renderWithKyc(
    <Harness
      question={documentQuestion(key, title)}
      applicationUuid={applicationUuid}
      onChange={onChange}
      onPaired={onPaired}
    />,
    ids,
    props,
  );
  return { ...view, ids, applicationUuid, onChange, onPaired, user };
}

beforeEach(async () => {
  await installNodeFileApis();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('DocumentField', () => {
  it('given a PNG / should upload it and report the document the server created', async () => {
    const { user, onChange, applicationUuid, events } = setup();

    await user.upload(screen.getByLabelText('Choose a file'), png());

    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    const document = onChange.mock.calls[0]?.[0];
    const stored = sandbox.inspect(applicationUuid);
    expect(document?.attribute_key).toBe('passport');
    expect(document?.files.map((file) => file.uuid)).toEqual(stored?.files.map((file) => file.uuid));
    expect(stored?.documents.map((doc) => doc.uuid)).toEqual([document?.uuid]);
    expect(await screen.findByText('Uploaded: passport.png')).toBeInTheDocument();
    expect(screen.getByLabelText('Replace file')).toBeInTheDocument();
    expect(events).toContainEqual({ type: 'document_uploaded', attributeKey: 'passport', files: 1 });
  });

  it('given an HTML page named .jpg / should refuse it with the reason and upload nothing', async () => {
    const { user, onChange, applicationUuid } = setup();
    const page = new File(['<!doctype html><html><body>hi</body></html>'], 'passport.jpg', { type: 'image/jpeg' });

    await user.upload(screen.getByLabelText('Choose a file'), page);

    expect(
      await screen.findByText('“passport.jpg” is not a picture or a PDF.', { selector: '.kyc-field__error' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Choose a file')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(sandbox.inspect(applicationUuid)?.files).toEqual([]);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('given a file over 10 MB / should say its size and upload nothing', async () => {
    const { user, applicationUuid } = setup();
    const big = new Uint8Array(11 * 1024 * 1024);
    big.set(PNG);

    await user.upload(screen.getByLabelText('Choose a file'), new File([big], 'scan.png', { type: 'image/png' }));

    expect(
      await screen.findByText('“scan.png” is 11.0 MB; the limit is 10 MB.', { selector: '.kyc-field__error' }),
    ).toBeInTheDocument();
    expect(sandbox.inspect(applicationUuid)?.files).toEqual([]);
  });

  it('given the upload fails with a 5xx / should show the failure and succeed on retry', async () => {
    const { user, onChange, applicationUuid } = setup();
    sandbox.setFaults({ routes: { uploadFiles: { failureRate: 1 } } });

    await user.upload(screen.getByLabelText('Choose a file'), png());
    expect(
      await screen.findByText('The upload of passport.png failed.', { selector: '.kyc-field__error' }),
    ).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();

    sandbox.setFaults(undefined);
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(sandbox.inspect(applicationUuid)?.files).toHaveLength(1);
    expect(
      screen.queryByText('The upload of passport.png failed.', { selector: '.kyc-field__error' }),
    ).not.toBeInTheDocument();
  });

  it('given the upload fails / should tell the partner: upload_failed and onError during upload', async () => {
    const onError = vi.fn();
    const { user, events } = setup('passport', 'Passport', { onError });
    sandbox.setFaults({ routes: { uploadFiles: { failureRate: 1 } } });

    await user.upload(screen.getByLabelText('Choose a file'), png());

    await screen.findByRole('button', { name: 'Try again' });
    expect(events).toContainEqual({ type: 'upload_failed', attributeKey: 'passport', reason: 'upload_transport' });
    expect(events).toContainEqual({
      type: 'error',
      kind: 'transport',
      during: 'upload',
      endpoint: 'POST /v1/documents/files/',
    });
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[1]).toEqual({ during: 'upload', endpoint: 'POST /v1/documents/files/' });
  });

  it('given a file the browser check refuses / should emit upload_failed but call onError for no failed call', async () => {
    const onError = vi.fn();
    const { user, events } = setup('passport', 'Passport', { onError });
    const page = new File(['<!doctype html><html><body>hi</body></html>'], 'passport.jpg', { type: 'image/jpeg' });

    await user.upload(screen.getByLabelText('Choose a file'), page);

    await waitFor(() => expect(events).toContainEqual(expect.objectContaining({ type: 'upload_failed' })));
    expect(onError).not.toHaveBeenCalled();
  });

  it('given only the document creation fails / retry should not upload the file again', async () => {
    const { user, onChange, applicationUuid } = setup();
    sandbox.setFaults({ routes: { createDocument: { failureRate: 1 } } });

    await user.upload(screen.getByLabelText('Choose a file'), pdf('passport.pdf'));
    await screen.findByRole('button', { name: 'Try again' });
    expect(sandbox.inspect(applicationUuid)?.files).toHaveLength(1);

    sandbox.setFaults(undefined);
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    const stored = sandbox.inspect(applicationUuid);
    expect(stored?.files).toHaveLength(1);
    expect(onChange.mock.calls[0]?.[0]?.files.map((file) => file.uuid)).toEqual(stored?.files.map((file) => file.uuid));
  });

  it('given a slow upload / cancel should stop it and save nothing', async () => {
    const { user, onChange, applicationUuid } = setup();
    sandbox.setFaults({ routes: { uploadFiles: { latencyMs: 500 } } });

    await user.upload(screen.getByLabelText('Choose a file'), png());
    expect(screen.getByRole('progressbar', { name: /Uploading passport\.png/ })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Cancel upload' }));

    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Choose a file')).toBeInTheDocument();
    // The slow answer still comes: the sandbox stores the file and answers. It must not become the answer.
    await waitFor(() => expect(sandbox.inspect(applicationUuid)?.files).toHaveLength(1), { timeout: 3000 });
    // Ask the sandbox over the network what it holds: a round trip that starts after that answer was sent.
    const held = (await (await fetch(`${API_BASE_URL}/__sandbox/applications/${applicationUuid}`)).json()) as {
      documents: unknown[];
    };
    expect(held.documents).toEqual([]);
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.queryByText(/Uploaded:/)).not.toBeInTheDocument();
  });

  it('given "one side only" is ticked / should also answer the back side with the same file', async () => {
    const { user, onChange, onPaired, applicationUuid } = setup('id_card_front_side', 'ID card, front side');

    await user.click(screen.getByRole('checkbox', { name: 'My document has one side only' }));
    await user.upload(screen.getByLabelText('Choose a file'), pdf());

    await waitFor(() => expect(onPaired).toHaveBeenCalledTimes(1));
    const front = onChange.mock.calls[0]?.[0];
    const [backKey, back] = onPaired.mock.calls[0] ?? [];
    expect(front?.attribute_key).toBe('id_card_front_side');
    expect(backKey).toBe('id_card_back_side');
    expect(back?.attribute_key).toBe('id_card_back_side');
    const stored = sandbox.inspect(applicationUuid);
    expect(stored?.files).toHaveLength(1);
    expect(stored?.documents.map((doc) => [doc.attributeKey, doc.fileUuids])).toEqual([
      ['id_card_front_side', [stored?.files[0]?.uuid]],
      ['id_card_back_side', [stored?.files[0]?.uuid]],
    ]);
  });

  it('given a front side already uploaded / ticking "one side only" should send it as the back without uploading again', async () => {
    const { user, onPaired, applicationUuid } = setup('id_card_front_side', 'ID card, front side');
    await user.upload(screen.getByLabelText('Choose a file'), png('front.png'));
    await screen.findByText('Uploaded: front.png');

    await user.click(screen.getByRole('checkbox', { name: 'My document has one side only' }));
    await waitFor(() =>
      expect(onPaired).toHaveBeenCalledWith(
        'id_card_back_side',
        expect.objectContaining({ attribute_key: 'id_card_back_side' }),
      ),
    );
    expect(sandbox.inspect(applicationUuid)?.files).toHaveLength(1);

    await user.click(screen.getByRole('checkbox', { name: 'My document has one side only' }));
    expect(onPaired).toHaveBeenLastCalledWith('id_card_back_side', null);
  });

  it('given a touch device / should also offer "Take a photo" with the rear camera', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(pointer: coarse)',
      addEventListener() {},
      removeEventListener() {},
    }));
    setup();

    const camera = screen.getByLabelText('Take a photo');
    expect(camera).toHaveAttribute('capture', 'environment');
    expect(camera).toHaveAttribute('type', 'file');
  });

  it('given a mouse / should not offer the camera', () => {
    setup();
    expect(screen.queryByLabelText('Take a photo')).not.toBeInTheDocument();
  });

  it('given a picture / should preview it and release the preview when the field goes away', async () => {
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    const createObjectURL = vi.fn(() => 'blob:preview-1');
    const revokeObjectURL = vi.fn();
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
    try {
      const { user, unmount, container } = setup();

      await user.upload(screen.getByLabelText('Choose a file'), png());
      await screen.findByText('Uploaded: passport.png');
      expect(container.querySelector('img')).toHaveAttribute('src', 'blob:preview-1');
      expect(revokeObjectURL).not.toHaveBeenCalled();

      unmount();
      expect(revokeObjectURL).toHaveBeenCalledWith('blob:preview-1');
    } finally {
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
    }
  });

  it('given the reviewer left a note on the document / should show it', async () => {
    const ids = sandbox.seed('pending');
    const client = createKycClient({ baseUrl: API_BASE_URL, ...ids });
    const application = await client.getApplication(ids.applicationUuid ?? '', { emptyVolatileFields: true });
    const question = application.kyc_steps
      .flatMap((step) => step.questions)
      .find((q) => q.attribute.key === 'passport');
    if (!question) throw new Error('The pending scenario has no passport question.');

    renderWithKyc(
      <Harness
        question={question}
        applicationUuid={application.uuid}
        onChange={vi.fn()}
        initial={question.attribute.value as KycDocument}
      />,
      ids,
    );

    expect(
      screen.getByText('Note from the reviewer: There is no available data to recognize from image'),
    ).toBeInTheDocument();
  });
});
