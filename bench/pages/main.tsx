/**
 * The benchmark page: `<KycFlow>` from the sources, driven from Node through `window.bench`.
 * Built with Vite's JS API by `bench/support/benchServer.ts`, with React's profiling build so
 * `<Profiler onRender>` reports in production mode.
 */
import { Profiler, createElement, type ComponentType, type ProfilerOnRenderCallback } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import '../../src/styles.css';
import { KycFlow, createKycClient, type FieldComponents, type FieldKindName, type FieldPropsFor } from '../../src';
import { createDocumentUpload } from '../../src/core/documentUpload';
import { downscaleImage } from '../../src/core/imageDownscale';
import { builtInField } from '../../src/react/fields/fieldForKind';
import { BIG_APPLICATION_UUID, bigApplication, memoryApi, type MemoryApi } from './bigApplication';
import { captureCheckTimes } from './captureChecks';
import { makePdf, makePhoto, pictureSize, withExifOrientation } from './photo';

declare global {
  interface Window {
    benchMark?: (name: string) => void;
    bench: typeof bench;
  }
}

const INTERACTIVE = '.kyc-question :is(input, textarea, select, button):not([disabled])';
const container = document.getElementById('root') as HTMLElement;
let root: Root | null = null;

/** Field renders by attribute key, counted by wrapping each built-in field. */
const fieldRenders = new Map<string, number>();
const commits = { count: 0, actualMs: 0 };
const counted = <K extends FieldKindName>(kind: K): ComponentType<FieldPropsFor<K>> => {
  const Base: ComponentType<FieldPropsFor<K>> = builtInField(kind);
  return function CountedField(props: FieldPropsFor<K>) {
    const key = props.question.attribute.key;
    fieldRenders.set(key, (fieldRenders.get(key) ?? 0) + 1);
    return createElement(Base, props);
  };
};
const COUNTED: FieldComponents = {
  string: counted('string'),
  text: counted('text'),
  number: counted('number'),
  date: counted('date'),
  email: counted('email'),
  boolean: counted('boolean'),
};
const onRender: ProfilerOnRenderCallback = (_id, _phase, actualDuration) => {
  commits.count += 1;
  commits.actualMs += actualDuration;
};

function whenInteractive(): Promise<void> {
  return new Promise((resolve) => {
    if (container.querySelector(INTERACTIVE)) return resolve();
    const observer = new MutationObserver(() => {
      if (!container.querySelector(INTERACTIVE)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(container, { childList: true, subtree: true, attributes: true });
  });
}

export interface FlowParams {
  legalEntityUuid: string;
  clientUuid: string;
  applicationUuid?: string | undefined;
}

let big: MemoryApi | null = null;
let keystrokeMs: number[] = [];

const bench = {
  /** Mounts the whole flow against this origin (the bench server proxies the API to the sandbox). */
  async mountFlow(params: FlowParams): Promise<void> {
    root = createRoot(container);
    window.benchMark?.('mount');
    root.render(
      <KycFlow
        apiBaseUrl={location.origin}
        legalEntityUuid={params.legalEntityUuid}
        clientUuid={params.clientUuid}
        applicationUuid={params.applicationUuid}
      />,
    );
    await whenInteractive();
    window.benchMark?.('interactive');
  },
  unmount(): void {
    root?.unmount();
    root = null;
  },
  /** Mounts the flow, waits for its first question, unmounts; `count` times. */
  async cycles(params: FlowParams, count: number): Promise<void> {
    for (let i = 0; i < count; i += 1) {
      root = createRoot(container);
      root.render(<KycFlow apiBaseUrl={location.origin} {...params} />);
      await whenInteractive();
      root.unmount();
      root = null;
    }
  },
  /** The 500-question application from memory, all on one step. */
  async mountBig(questionCount: number): Promise<number> {
    const api = memoryApi(bigApplication(questionCount));
    big = api;
    root = createRoot(container);
    flushSync(() =>
      root?.render(
        <Profiler id="kyc" onRender={onRender}>
          <KycFlow
            apiBaseUrl="https://bench.invalid/kyc"
            legalEntityUuid={BIG_APPLICATION_UUID}
            clientUuid={BIG_APPLICATION_UUID}
            applicationUuid={BIG_APPLICATION_UUID}
            fetch={api.fetch}
            components={COUNTED}
          />
        </Profiler>,
      ),
    );
    await whenInteractive();
    // Input-to-next-frame time of each keystroke, as the customer feels it.
    container.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        requestAnimationFrame(() => setTimeout(() => keystrokeMs.push(performance.now() - start)));
      },
      true,
    );
    return container.querySelectorAll('.kyc-question').length;
  },
  resetCounters(): void {
    fieldRenders.clear();
    commits.count = 0;
    commits.actualMs = 0;
    keystrokeMs = [];
  },
  counters() {
    return {
      fieldRenders: Object.fromEntries(fieldRenders),
      commits: { ...commits },
      keystrokeMs: [...keystrokeMs],
      patches: big ? { ...big.patches } : null,
    };
  },
  /** Uploads a generated picture (or PDF) as the widget's document upload does; sizes in and out. */
  async upload(params: FlowParams & { kind: 'photo' | 'small' | 'pdf' }) {
    const file =
      params.kind === 'pdf'
        ? makePdf()
        : params.kind === 'small'
          ? await makePhoto(1000, 750, 'small.jpg')
          : await makePhoto(4000, 3000);
    const client = createKycClient({
      baseUrl: location.origin,
      legalEntityUuid: params.legalEntityUuid,
      clientUuid: params.clientUuid,
    });
    const controller = createDocumentUpload({
      api: client,
      attributeKey: params.kind === 'pdf' ? 'proof_of_address' : 'passport',
    });
    const started = performance.now();
    await controller.start(file);
    const state = controller.getState();
    return {
      phase: state.phase,
      ms: performance.now() - started,
      originalBytes: file.size,
      originalSize: file.type.startsWith('image/') ? await pictureSize(file) : null,
      uploadedName: state.document?.files[0] ? file.name : null,
    };
  },
  /** The capture checks' time per test picture, on the main thread and in the worker. */
  captureChecks: captureCheckTimes,
  /** `downscaleImage` on a generated picture (optionally EXIF-rotated) or a PDF: what goes out. */
  async downscale(spec: { width: number; height: number; orientation?: number; pdf?: boolean }) {
    const photo = spec.pdf ? makePdf() : await makePhoto(spec.width, spec.height);
    const file = spec.orientation ? await withExifOrientation(photo, spec.orientation) : photo;
    const started = performance.now();
    const out = await downscaleImage(file);
    const ms = performance.now() - started;
    const size = out.type.startsWith('image/') ? await pictureSize(out) : null;
    return {
      ms,
      same: out === file,
      inBytes: file.size,
      outBytes: out.size,
      name: out.name,
      inName: file.name,
      type: out.type,
      size,
    };
  },
};

window.bench = bench;
