/**
 * The markup of the two stand-in pages. Both show the same mini-flow (intro → simulated camera →
 * done); `websdk` is framed by the real SumSub SDK, `liveness` is the standalone page the
 * `sumsub_liveness_check_url` attribute links to. No inline script or style: everything loads
 * from `/websdk/…` so the pages run under a strict Content-Security-Policy.
 */

export type StandInMode = 'websdk' | 'liveness';

const DONE_TEXT: Record<StandInMode, string> = {
  websdk: 'Your liveness check has been submitted.',
  liveness: 'Your liveness check has been submitted. You can close this tab.',
};

const FAILED_TEXT: Record<StandInMode, string> = {
  websdk: 'This session cannot continue because the access token was not accepted.',
  liveness: 'This link has expired or is not valid. Go back and open the liveness check again.',
};

export function standInHtml(mode: StandInMode): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Liveness check (sandbox)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/websdk/standIn.css">
<script src="/websdk/${mode}.js" defer></script>
</head>
<body data-mode="${mode}" data-state="loading" data-token-updates="0" data-token-checks="0" data-token-requests="0" data-token-suffix="">
<main class="sis" id="sis-main">
  <h1>Liveness check (sandbox)</h1>
  <p class="sis-note">A local stand-in for SumSub: no camera is used and nothing leaves this machine.</p>
  <p class="sis-note" id="sis-received" hidden></p>
  <p class="sis-status" id="sis-status" role="status" aria-live="polite">Connecting…</p>

  <section id="sis-intro" class="sis-step" aria-labelledby="sis-intro-title" hidden>
    <h2 id="sis-intro-title" tabindex="-1">Camera</h2>
    <p>Press Start to turn on the simulated camera.</p>
    <button type="button" class="sis-primary" id="sis-start">Start</button>
  </section>

  <section id="sis-camera" class="sis-step" aria-labelledby="sis-camera-title" hidden>
    <h2 id="sis-camera-title" tabindex="-1">Camera</h2>
    <div class="sis-camera" role="img" aria-label="Simulated camera preview with a face outline">
      <div class="sis-face"></div>
    </div>
    <p>Look at the camera, then press Finish.</p>
    <button type="button" class="sis-primary" id="sis-finish">Finish</button>
  </section>

  <section id="sis-done" class="sis-step" aria-labelledby="sis-done-title" hidden>
    <h2 id="sis-done-title" tabindex="-1">Done</h2>
    <p>${DONE_TEXT[mode]}</p>
  </section>

  <section id="sis-waiting" class="sis-step" aria-labelledby="sis-waiting-title" hidden>
    <h2 id="sis-waiting-title" tabindex="-1">Waiting for a new token</h2>
    <p>The session token expired. The page carries on as soon as a new one arrives.</p>
  </section>

  <section id="sis-failed" class="sis-step" aria-labelledby="sis-failed-title" hidden>
    <h2 id="sis-failed-title" tabindex="-1">Cannot continue</h2>
    <p>${FAILED_TEXT[mode]}</p>
  </section>

  <section id="sis-error" class="sis-step" aria-labelledby="sis-error-title" hidden>
    <h2 id="sis-error-title" tabindex="-1">Something went wrong</h2>
    <p>The sandbox did not answer.</p>
    <button type="button" class="sis-primary" id="sis-retry">Try again</button>
  </section>

  <div class="sis-tools" id="sis-tools" hidden>
    <button type="button" class="sis-small" id="sis-expire">Expire token now</button>
    <span class="sis-hint">Sandbox testing aid</span>
  </div>
</main>
</body>
</html>
`;
}
