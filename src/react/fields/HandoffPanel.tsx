/**
 * The "Continue on your phone" panel: the partner's link (made by `createLink` each time it opens) as a
 * QR code and as text to copy, and where things stand: waiting for the phone, done on the phone, the
 * link expired (a new one at a click) or could not be made. The QR chunk loads only here.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useKyc } from '../context/KycContext';
import { readHandoffLink } from '../../core/handoffLink';
import type { HandoffOption } from '../context/kycContextTypes';
import { useLatest } from '../hooks/useLatest';

const HandoffQr = lazy(() => import('./HandoffQr'));

// Inline: the panel's few rules travel with it (the theme's custom properties still apply).
const space = 'var(--kyc-space, 8px)';
const PANEL = {
  display: 'flex',
  flexDirection: 'column',
  gap: space,
  padding: `calc(${space} * 2)`,
  border: '1px solid var(--kyc-color-border, #767d8c)',
  borderRadius: 'var(--kyc-radius, 8px)',
} as const;
const QR = { inlineSize: 'min(220px, 100%)', aspectRatio: '1', alignSelf: 'center', display: 'block' } as const;
const ROW = { display: 'flex', flexWrap: 'wrap', gap: space, alignItems: 'center' } as const;
const TEXT = { margin: 0 } as const;

export interface HandoffPanelProps {
  id: string;
  applicationUuid: string;
  createLink: HandoffOption['createLink'];
  /** The phone has done what the step needs. */
  done: boolean;
  onClose: () => void;
}

type LinkState =
  | { kind: 'making' }
  | { kind: 'ready'; url: string; expiresAt: number | null }
  | { kind: 'expired' }
  | { kind: 'failed' };

export function HandoffPanel({ id, applicationUuid, createLink, done, onClose }: HandoffPanelProps) {
  const { t, emit } = useKyc();
  const [link, setLink] = useState<LinkState>({ kind: 'making' });
  const [round, setRound] = useState(0);
  const [copied, setCopied] = useState(false);
  const latest = useLatest({ createLink, emit });
  // One link per opening (and per "New link"): StrictMode's second run of the effect reuses the first's.
  const minting = useRef<{ round: string; link: ReturnType<HandoffPanelProps['createLink']> } | null>(null);

  useEffect(() => {
    let live = true;
    setLink({ kind: 'making' });
    // Told once the link is settled, by the effect still mounted: a remount (StrictMode's double effect)
    // or a panel closed while the link was being made tells the partner nothing.
    const settle = (next: LinkState) => {
      if (!live) return;
      latest.current.emit({ type: 'handoff_opened', applicationUuid });
      setLink(next);
    };
    const current = `${applicationUuid} ${round}`;
    if (minting.current?.round !== current)
      minting.current = { round: current, link: latest.current.createLink({ applicationUuid }) };
    minting.current.link
      .then((made) => {
        const read = readHandoffLink(made, typeof location === 'undefined' ? undefined : location.href);
        settle(read ? { kind: 'ready', ...read } : { kind: 'failed' });
      })
      .catch(() => settle({ kind: 'failed' }));
    return () => void (live = false);
  }, [applicationUuid, round, latest]);

  const expiresAt = link.kind === 'ready' ? link.expiresAt : null;
  useEffect(() => {
    if (expiresAt === null) return;
    const timer = setTimeout(
      () => {
        setLink({ kind: 'expired' });
        latest.current.emit({ type: 'handoff_expired', applicationUuid });
      },
      Math.max(0, expiresAt - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [expiresAt, applicationUuid, latest]);

  const copy = (url: string) => {
    void navigator.clipboard?.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  const status = done
    ? t('handoff.done')
    : link.kind === 'making'
      ? t('handoff.making')
      : link.kind === 'ready'
        ? t('handoff.waiting')
        : link.kind === 'expired'
          ? t('handoff.expired')
          : t('handoff.failed');

  return (
    <section className="kyc-handoff" style={PANEL} id={id} aria-labelledby={`${id}-title`}>
      <h3 className="kyc-handoff__title" style={TEXT} id={`${id}-title`}>
        {t('handoff.title')}
      </h3>
      {link.kind === 'ready' && !done ? (
        <>
          <p className="kyc-handoff__hint" style={TEXT}>
            {t('handoff.scan')}
          </p>
          <Suspense fallback={<div className="kyc-handoff-qr kyc-handoff-qr--loading" style={QR} aria-hidden="true" />}>
            <HandoffQr url={link.url} label={t('handoff.qr')} />
          </Suspense>
          <label className="kyc-handoff__label" htmlFor={`${id}-link`}>
            {t('handoff.link')}
          </label>
          <div className="kyc-handoff__copy" style={ROW}>
            <input
              id={`${id}-link`}
              className="kyc-input"
              style={{ flex: '1 1 12em', minInlineSize: 0 }}
              readOnly
              value={link.url}
              dir="ltr"
            />
            <button type="button" className="kyc-button kyc-button--secondary" onClick={() => copy(link.url)}>
              {copied ? t('handoff.copied') : t('handoff.copy')}
            </button>
          </div>
        </>
      ) : null}
      <p className="kyc-handoff__status" style={TEXT} role="status">
        {status}
      </p>
      <div className="kyc-handoff__actions" style={ROW}>
        {(link.kind === 'expired' || link.kind === 'failed') && !done ? (
          <button type="button" className="kyc-button kyc-button--primary" onClick={() => setRound((n) => n + 1)}>
            {t('handoff.newLink')}
          </button>
        ) : null}
        <button type="button" className="kyc-button kyc-button--link" onClick={onClose}>
          {t('handoff.close')}
        </button>
      </div>
    </section>
  );
}
