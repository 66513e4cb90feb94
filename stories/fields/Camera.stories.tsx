import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { boxBlur, sharpCard, type GreyImage } from '../../src/core/captureChecksImages';
import { DocumentField } from '../../src/react/fields/DocumentField';
import { ControlledField, question, fileInput } from '../support/fieldStory';
import { loadedKyc } from '../support/sandboxLoader';
import { withKyc } from '../support/withKyc';

/** A grey test picture drawn on a canvas (the same pictures the capture checks' tests use). */
function drawn(image: GreyImage): { canvas: HTMLCanvasElement; paint: () => void } {
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  image.grey.forEach((level, index) => rgba.set([level, level, level, 255], index * 4));
  const pixels = new ImageData(rgba, image.width, image.height);
  const paint = () => canvas.getContext('2d')?.putImageData(pixels, 0, 0);
  paint();
  return { canvas, paint };
}

/** The picture as a PNG file, as a customer would pick it. */
async function pngOf(image: GreyImage, name: string): Promise<File> {
  const blob = await new Promise<Blob | null>((resolve) => drawn(image).canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The picture could not be encoded');
  return new File([blob], name, { type: 'image/png' });
}

/**
 * Gives the page a camera that films `image` (a canvas's `captureStream()`), or one that refuses with
 * `refusal`; returns what puts the browser's own back (a story's `beforeEach` cleanup).
 */
function fakeCamera(camera: { image: GreyImage } | { refusal: string }): () => void {
  const film = 'image' in camera ? drawn(camera.image) : null;
  // Painted again five times a second, so the stream keeps sending frames (all the same: a steady hand).
  const redraw = film ? setInterval(film.paint, 200) : undefined;
  const media = {
    enumerateDevices: async () => [{ kind: 'videoinput', deviceId: 'story', groupId: 'story', label: '' }],
    getUserMedia: async () => {
      if (!film) throw new DOMException('The story refuses the camera', 'refusal' in camera ? camera.refusal : '');
      return film.canvas.captureStream(10);
    },
  };
  Object.defineProperty(navigator, 'mediaDevices', { value: media, configurable: true });
  return () => {
    clearInterval(redraw);
    Reflect.deleteProperty(navigator, 'mediaDevices');
  };
}

/**
 * The live camera of a document side ("Use the camera" beside "Choose a file"): a frame guide in the
 * document's shape, a hint from the capture checks run on the frames, "Take photo", and the photo taken
 * on its own once sharp and steady. Each story gives the page a fake camera (a drawn ID card).
 */
const meta = {
  title: 'Fields/Camera',
  component: DocumentField,
  decorators: [withKyc],
  args: {
    id: 'id-front',
    question: question('id_card_front_side', 'document', 'ID card, front side'),
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

/** The capture screen, the camera filming a card out of focus: the hint says so, nothing is taken. */
export const CaptureScreen: Story = {
  beforeEach: () => fakeCamera({ image: boxBlur(sharpCard(1280, 960), 6) }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Use the camera' }, { timeout: 10_000 }));
    const hint = canvasElement.querySelector('.kyc-camera__hint');
    await waitFor(() => expect(hint).toHaveTextContent(/The picture is blurry/), { timeout: 10_000 });
    await expect(canvas.getByRole('button', { name: 'Take photo' })).toHaveFocus();
    await expect(canvas.getByRole('button', { name: 'Choose a file instead' })).toBeVisible();
  },
};

/** A sharp card held still: after about a second the photo is taken on its own and uploaded. */
export const TakenOnItsOwn: Story = {
  beforeEach: () => fakeCamera({ image: sharpCard(1280, 960) }),
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Use the camera' }, { timeout: 10_000 }));
    await expect(await canvas.findByText('Uploaded: photo.jpg', undefined, { timeout: 15_000 })).toBeInTheDocument();
    await expect(canvasElement.querySelector('.kyc-camera')).toBeNull();
    await expect(args.onValueChange).toHaveBeenCalledWith(
      expect.objectContaining({ files: [expect.objectContaining({ name: 'photo.jpg' })] }),
    );
  },
};

/** A blurred photo picked from the files: shown large with what is wrong, Retake and Use it anyway. */
export const RetakeScreen: Story = {
  beforeEach: () => fakeCamera({ image: sharpCard(1280, 960) }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await canvas.findByRole('button', { name: 'Use the camera' }, { timeout: 10_000 });
    await userEvent.upload(fileInput(canvasElement), await pngOf(boxBlur(sharpCard(), 3), 'id-card.png'));
    await expect(await canvas.findByText(/The photo is blurry/, undefined, { timeout: 10_000 })).toBeVisible();
    await expect(canvas.getByRole('img', { name: 'Your photo' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Retake' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Use it anyway' })).toBeVisible();
  },
};

/** The camera is blocked: one sentence says so, and the file picker is right there. */
export const CameraDenied: Story = {
  beforeEach: () => fakeCamera({ refusal: 'NotAllowedError' }),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Use the camera' }, { timeout: 10_000 }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      "Camera access is blocked. Allow it in your browser's settings, or choose a file.",
    );
    await expect(canvas.getByText('Choose a file')).toBeVisible();
  },
};
