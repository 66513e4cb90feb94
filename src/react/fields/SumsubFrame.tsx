/**
 * The SumSub WebSDK, loaded lazily by `LivenessTokenField` (`React.lazy(() => import('./SumsubFrame'))`)
 * so the SDK lands in its own chunk and is fetched only when a liveness question is on screen.
 *
 * The SDK component reads its props once, at mount, and ignores later changes. So its props are fixed
 * here at mount: handlers go through refs (always the latest), and a new token reaches the frame only
 * through `expirationHandler`. To start over with another token, mount a new `SumsubFrame`.
 */
import SumsubWebSdk from '@sumsub/websdk-react';
import { useEffect, useRef, useState, type ComponentType } from 'react';
import { useLatest } from '../hooks/useLatest';

/** Loads the frame component (the module holding the SumSub SDK). */
export type SumsubFrameLoader = () => Promise<{ default: ComponentType<SumsubFrameProps> }>;

export interface SumsubFrameProps {
  /** The token to start with (read at mount only). */
  accessToken: string;
  /** Called by the SDK when SumSub refuses the token; resolves with a new one or rejects. */
  expirationHandler: () => Promise<string>;
  /** Every `idCheck.*` message of the frame (type and payload). */
  onMessage: (type: string, payload: unknown) => void;
  /** `idCheck.onError` messages other than an expired token (`LivenessTokenField` reports them to `onError`). */
  onError?: ((error: unknown) => void) | undefined;
  /** Origin of SumSub's frame; SumSub's own when absent (read at mount only). */
  baseUrl?: string | undefined;
  /** The SDK's `config` (`lang`, `theme` …; read at mount only). */
  config: Record<string, unknown>;
  /** The accessible name of the iframe the SDK creates. */
  title: string;
}

export default function SumsubFrame(props: SumsubFrameProps) {
  const latest = useLatest(props);

  const [sdkProps] = useState(() => ({
    accessToken: props.accessToken,
    expirationHandler: () => latest.current.expirationHandler(),
    onMessage: (type: string, payload: unknown) => latest.current.onMessage(type, payload),
    onError: (error: unknown) => latest.current.onError?.(error),
    config: props.config,
    options: { addViewportTag: false, adaptIframeHeight: true },
    ...(props.baseUrl ? { baseUrl: props.baseUrl } : {}),
  }));

  const mountedToken = useRef(props.accessToken);
  useEffect(() => {
    if (props.accessToken !== mountedToken.current) {
      console.warn(
        'SumsubFrame: a new accessToken prop is ignored by the SumSub SDK; pass new tokens through expirationHandler or mount a new frame.',
      );
      mountedToken.current = props.accessToken;
    }
  }, [props.accessToken]);

  // The SDK creates the iframe itself and offers no option for its title: name it once it appears.
  const container = useRef<HTMLDivElement>(null);
  const { title } = props;
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const name = () => {
      for (const frame of root.querySelectorAll('iframe')) if (frame.title !== title) frame.title = title;
    };
    name();
    if (typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver(name);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [title]);

  return (
    <div ref={container} className="kyc-liveness__frame">
      <SumsubWebSdk {...sdkProps} />
    </div>
  );
}
