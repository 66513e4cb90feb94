import { describe, expect, it } from 'vitest';
import { cameraControls } from './cameraControls';

const ask = (over: Partial<Parameters<typeof cameraControls>[0]> = {}) =>
  cameraControls({ touch: true, hasCamera: true, problem: null, disabled: false, ...over });

describe('which camera controls an empty document side offers', () => {
  it('given a phone with a camera / offers only the live camera', () => {
    expect(ask()).toEqual({ live: true, native: false });
  });

  it('given a phone whose live camera could not be used / offers the native camera again', () => {
    expect(ask({ problem: 'denied' })).toEqual({ live: true, native: true });
    expect(ask({ problem: 'in_use' })).toEqual({ live: true, native: true });
    expect(ask({ problem: 'failed' })).toEqual({ live: true, native: true });
    expect(ask({ problem: 'missing' })).toEqual({ live: false, native: true });
  });

  it('given a phone that lists no camera / offers the native camera only', () => {
    expect(ask({ hasCamera: false })).toEqual({ live: false, native: true });
  });

  it('given a device that has not said yet whether it lists a camera / offers neither, so none is taken back', () => {
    expect(ask({ hasCamera: undefined })).toEqual({ live: false, native: false });
  });

  it('given a mouse / never offers the native camera', () => {
    expect(ask({ touch: false })).toEqual({ live: true, native: false });
    expect(ask({ touch: false, hasCamera: false })).toEqual({ live: false, native: false });
    expect(ask({ touch: false, problem: 'denied' })).toEqual({ live: true, native: false });
  });

  it('given a side that takes no file now / offers no live camera', () => {
    expect(ask({ disabled: true })).toEqual({ live: false, native: true });
    expect(ask({ disabled: true, touch: false })).toEqual({ live: false, native: false });
  });
});
