/**
 * The demo partner app: the sandbox's HTTP server (the provider's API) and the partner's app with its
 * backend, which signs a demo customer in with a cookie and serves the KYC proxy (`react-kyc-flow/server`)
 * at `/kyc`, so the widget in the page holds no uuid (demo/startDemo.ts).
 * `npm run demo` → open the printed URL. PORT (sandbox, default 4010) and DEMO_PORT (default 5173).
 * The page takes `locale` (de, fr, ar), `theme` (light, dark; the system's by default) and `scenario`
 * (signs a new customer in, in that named sandbox state; the list is printed). "Continue on your phone"
 * is offered on the document and liveness steps; both servers listen on 127.0.0.1 only, so the link it
 * makes opens on this computer (a private window plays the phone), not on a phone, and the text says so.
 */
import { SCENARIO_NAMES } from '../src/sandbox';
import { startDemo } from '../demo/startDemo';

const demo = await startDemo({
  sandboxPort: Number(process.env.PORT ?? 4010),
  demoPort: Number(process.env.DEMO_PORT ?? 5173),
});
process.stdout.write(
  `\nKYC sandbox API: ${demo.sandbox.url}\nDemo partner app: ${demo.pageUrl}\n` +
    `(its KYC proxy: ${demo.origin}/kyc; sign code 111111; Ctrl+C to stop)\n` +
    `Add &locale=de|fr|ar, &theme=light|dark (default: the system's), &scenario=${SCENARIO_NAMES.join('|')}\n` +
    `Continue on your phone: on the identity documents and liveness steps a computer (not a touch screen)\n` +
    `offers it: a QR code and a link (valid 10 minutes) to the phone's page. The demo listens on 127.0.0.1\n` +
    `only, so a phone cannot open that link (127.0.0.1 is the phone itself): open it in a private window\n` +
    `(no session cookie, as on a phone); what you do there shows up in the first window.\n\n`,
);

async function stop() {
  await demo.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
