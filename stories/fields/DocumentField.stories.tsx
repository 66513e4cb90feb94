import { useQuery } from '@tanstack/react-query';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, waitFor } from 'storybook/test';
import { pairedSide } from '../../src/core/attributes';
import type { KycDocument } from '../../src/core/schemas';
import { useKyc } from '../../src/react/context/KycContext';
import { DocumentField } from '../../src/react/fields/DocumentField';
import { applicationQuery } from '../../src/react/queries';
import { ControlledField, question, fileInput } from '../support/fieldStory';
import { loadedKyc } from '../support/sandboxLoader';
import { sandbox } from '../support/sandboxWorker';
import { withKyc } from '../support/withKyc';

/**
 * A photo of an ID card as a phone takes it, drawn by the browser (1280×800 PNG: above the capture
 * checks' 480 px minimum, so the photo is uploaded rather than held for a retake).
 */
async function idCardPhoto(name = 'id-card.png'): Promise<File> {
  const canvas = new OffscreenCanvas(PHOTO_WIDTH, PHOTO_WIDTH / 1.6);
  const g = canvas.getContext('2d');
  if (!g) throw new Error('No 2d context');
  g.scale(PHOTO_WIDTH / 640, PHOTO_WIDTH / 640); // drawn on a 640×400 grid
  g.fillStyle = '#e8eef6';
  g.fillRect(0, 0, 640, 400);
  g.fillStyle = '#9aa5b1';
  g.fillRect(32, 80, 150, 190);
  g.fillStyle = '#1a2230';
  g.font = '28px sans-serif';
  ['DOE', 'JANE', '12.04.1990', 'DEU'].forEach((line, index) => g.fillText(line, 220, 120 + index * 44));
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new File([blob], name, { type: 'image/png' });
}
const PHOTO_WIDTH = 1280;
const pdf = () =>
  new File([new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')], 'bank-statement.pdf', {
    type: 'application/pdf',
  });

/** One side of a document: pick or drop a file, progress, preview, replace. */
const meta = {
  title: 'Fields/DocumentField',
  component: DocumentField,
  decorators: [withKyc],
  args: {
    id: 'passport',
    question: question('passport', 'document', 'Passport', { description: 'The page with your photo.' }),
    value: null,
    onValueChange: fn(),
    applicationUuid: '',
  },
  render: (args, { loaded }) => (
    <ControlledField field={DocumentField} {...args} applicationUuid={loadedKyc(loaded).application} />
  ),
} satisfies Meta<typeof DocumentField>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The document questions of the Full level's identity step, held like the flow holds them. */
function IdentityStep({ applicationUuid }: { applicationUuid: string }) {
  const { client } = useKyc();
  const { data } = useQuery(applicationQuery(client, applicationUuid));
  const [values, setValues] = useState<Record<string, KycDocument | null>>({});
  const step = data?.kyc_steps.find((s) => s.questions.some((q) => q.attribute.key === 'passport'));
  if (!step) return <p>Loading…</p>;
  const set = (key: string, value: KycDocument | null) => setValues((before) => ({ ...before, [key]: value }));
  return (
    <div className="kyc-step__questions">
      {step.questions.map((q) => {
        const key = q.attribute.key;
        const back = pairedSide(key);
        return (
          <div key={key} className="kyc-question">
            <DocumentField
              question={q}
              id={`doc-${key}`}
              value={values[key] ?? null}
              onValueChange={(value) => set(key, value)}
              applicationUuid={applicationUuid}
              {...(back ? { pairedValue: values[back] ?? null, onPairedValueChange: set } : {})}
            />
          </div>
        );
      })}
    </div>
  );
}

/** "Which document do you have?": nothing to upload until one is picked, then only its sides. */
export const DocumentTypeChoice: Story = {
  render: (_args, { loaded }) => <IdentityStep applicationUuid={loadedKyc(loaded).application} />,
  play: async ({ canvas, userEvent }) => {
    const choice = await canvas.findByRole('group', { name: /Which document do you have\?/ }, { timeout: 10_000 });
    await expect(canvas.queryByLabelText('Choose a file')).not.toBeInTheDocument();
    await userEvent.click(canvas.getByRole('radio', { name: 'ID card' }));
    await expect(choice).toBeVisible();
    await expect(canvas.getByRole('group', { name: /ID card, front side/ })).toBeVisible();
    await expect(canvas.getByRole('group', { name: /ID card, back side/ })).toBeVisible();
    await expect(canvas.queryByRole('group', { name: /^Passport/ })).not.toBeInTheDocument();
  },
};

/** An empty side: the example of a good photo, Choose a file, and what files are accepted. */
export const EmptySide: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/A good photo shows the whole document/)).toBeVisible();
    await expect(canvas.getByText('Choose a file')).toBeVisible();
  },
};

/** A picture uploaded: shown whole and large, with its name, size, Replace and Remove; no drop area. */
export const UploadedImage: Story = {
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    await userEvent.upload(fileInput(canvasElement), await idCardPhoto('passport.png'));
    await expect(await canvas.findByText('passport.png', undefined, { timeout: 10_000 })).toBeVisible();
    await waitFor(() => expect(canvasElement.querySelector('img')?.naturalWidth).toBe(PHOTO_WIDTH));
    await expect(canvas.getByText('Replace file')).toBeVisible();
    await expect(canvas.queryByText('Choose a file')).not.toBeInTheDocument();
    await expect(args.onValueChange).toHaveBeenCalledWith(
      expect.objectContaining({ files: [expect.objectContaining({ name: 'passport.png' })] }),
    );
  },
};

/** A PDF uploaded: a clear PDF icon with the file's name and size. */
export const UploadedPdf: Story = {
  args: { id: 'proof', question: question('proof_of_address', 'document', 'Proof of address') },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.upload(fileInput(canvasElement), pdf());
    await expect(await canvas.findByText('bank-statement.pdf', undefined, { timeout: 10_000 })).toBeVisible();
    await expect(canvasElement.querySelector('svg[data-type="pdf"]')).toBeVisible();
  },
};

/** A document uploaded on an earlier visit (an application in review): its file card and a note, no preview. */
export const UploadedEarlier: Story = {
  parameters: { sandbox: { scenario: 'in_review' } },
  render: (args, { loaded }) => {
    const { application } = loadedKyc(loaded);
    const passport = (sandbox.inspect(application)?.answers['passport'] ?? null) as KycDocument | null;
    return <ControlledField field={DocumentField} {...args} value={passport} applicationUuid={application} />;
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('passport.png')).toBeVisible();
    await expect(canvas.getByText(/Uploaded earlier/)).toBeVisible();
  },
};

/** The front of a document with one side only: its picture is sent as the back too. */
export const OneSided: Story = {
  args: {
    id: 'licence',
    question: question('driver_license_front_side', 'document', 'Driving licence, front side'),
    onPairedValueChange: fn(),
  },
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('checkbox', { name: 'My document has one side only' }));
    await userEvent.upload(fileInput(canvasElement), await idCardPhoto('licence.png'));
    await waitFor(
      () =>
        expect(args.onPairedValueChange).toHaveBeenCalledWith(
          'driver_license_back_side',
          expect.objectContaining({ attribute_key: 'driver_license_back_side' }),
        ),
      { timeout: 10_000 },
    );
    await expect(canvas.getByRole('checkbox', { name: 'My document has one side only' })).toBeChecked();
  },
};

export const Invalid: Story = { args: { error: 'Please answer this question.' } };
/** The application cannot be changed: the drop zone is marked inactive without dimming its text. */
export const Disabled: Story = { args: { disabled: true } };

/** The upload is under way (the sandbox holds the answer back). */
export const Uploading: Story = {
  parameters: { sandbox: { faults: { routes: { uploadFiles: { latencyMs: 120_000 } } } } },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.upload(fileInput(canvasElement), await idCardPhoto('passport.png'));
    await expect(await canvas.findByText(/Uploading passport\.png/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: /Cancel upload/ })).toBeVisible();
  },
};

/** The upload fails (5xx): a message and Try again. */
export const Failed: Story = {
  parameters: { sandbox: { faults: { routes: { uploadFiles: { failureRate: 1 } } } } },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.upload(fileInput(canvasElement), await idCardPhoto('passport.png'));
    const [message] = await canvas.findAllByText('The upload of passport.png failed.', undefined, { timeout: 10_000 });
    await expect(message).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};
