/**
 * What the widget does with a file the client picked, before the upload's check: look at the file as
 * picked (its type, its structure: a web page or script carried besides the picture, a file cut short),
 * then decode and re-encode a picture so only its pixels are uploaded (`reencodeImage`). A file the
 * look refuses goes on unchanged, so the check that follows (`checkFile`) refuses it with the same
 * reason; a picture that does not decode throws, and the upload reports the file as unreadable.
 */
import { checkFile } from './fileCheck';
import { reencodeImage } from './imageDownscale';

/**
 * The largest picture worth decoding: a phone photo above the API's 10 MB limit still goes once it is
 * downscaled; anything larger is refused by the check as too large.
 */
const MAX_PICTURE_BYTES = 50 * 1024 * 1024;

/**
 * Returns the file to upload: a JPEG, PNG or WebP picture re-encoded (downscaled when larger than
 * 2000 px), a PDF or HEIC as it is, and a file with a problem unchanged.
 *
 * @example
 * const upload = createDocumentUpload({ api, attributeKey: 'passport', prepare: prepareUpload });
 */
export async function prepareUpload(file: File): Promise<File> {
  const verdict = await checkFile(file, { maxBytes: MAX_PICTURE_BYTES });
  if (!verdict.ok) return file;
  return reencodeImage(file, verdict.type);
}
