/**
 * The capture checks' browser chunk (`core/captureCheckRunner.ts`, with the live camera), fetched once
 * per page with `import()` when the first document card mounts.
 */
import type * as CaptureRunner from '../../core/captureCheckRunner';

export type Runner = typeof CaptureRunner;
let runner: Promise<Runner> | null = null;

export const loadCaptureRunner = (): Promise<Runner> => (runner ??= import('../../core/captureCheckRunner'));
