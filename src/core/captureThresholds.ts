/**
 * The capture checks' thresholds per kind of document, and the partner's way to change them. A module of
 * its own, apart from the checks (`captureChecks.ts`), so the widget reads the thresholds when a document
 * step renders while the checks stay in the chunk loaded only when a picture is checked.
 */

/** What is photographed: a card (ID-1, 85.6 × 54 mm), a passport page, or a sheet of paper. */
export type CaptureKind = 'card' | 'passport' | 'page';

export interface CaptureThresholds {
  /** Lowest variance of the Laplacian (on the downscaled grey image) that counts as sharp. */
  minSharpness: number;
  /** Highest share (0–1) of blown-out pixels in the document area. */
  maxGlare: number;
  /** Lowest mean brightness (0–255). */
  minBrightness: number;
  /** Fewest pixels on the picture's short side. */
  minShortSide: number;
  /** Allowed relative difference between the framed area's aspect ratio and the card's; 0 turns the check off. */
  aspectTolerance: number;
}

/**
 * The defaults. `minShortSide` is what a reviewer needs to read the smallest print (a date of birth,
 * the machine-readable zone) once the document fills the frame as the guide asks:
 * - card and passport 480 px: a 300-dpi scan of an ID-1 card (85.6 × 54 mm) is 1011 × 638 px, and its
 *   smallest print is still legible at three quarters of that; a 720p webcam frame (720 px) passes, a
 *   VGA one (480 px) just passes, anything smaller (a thumbnail, a messenger preview) does not;
 * - page 600 px: an A4 sheet at 300 dpi is 2480 × 3508 px, and body text (10 pt) needs about 72 dpi to
 *   stay readable, which is 595 px across the sheet's 210 mm.
 * A phone photo is 3000 px and more, so these only catch the wrong file; a partner who wants more sets
 * them per kind.
 */
const DEFAULT_THRESHOLDS: Record<CaptureKind, CaptureThresholds> = {
  card: { minSharpness: 120, maxGlare: 0.04, minBrightness: 55, minShortSide: 480, aspectTolerance: 0.2 },
  passport: { minSharpness: 120, maxGlare: 0.04, minBrightness: 55, minShortSide: 480, aspectTolerance: 0 },
  // A sheet of paper is mostly white: only a large blown-out share is glare.
  page: { minSharpness: 90, maxGlare: 0.35, minBrightness: 55, minShortSide: 600, aspectTolerance: 0 },
};

/** Thresholds the partner may set: per kind, any subset; `false` turns the checks off. */
export type CaptureChecksOption = false | Partial<Record<CaptureKind, Partial<CaptureThresholds>>>;

export function thresholdsFor(kind: CaptureKind, option?: CaptureChecksOption): CaptureThresholds {
  return { ...DEFAULT_THRESHOLDS[kind], ...(option ? option[kind] : undefined) };
}
