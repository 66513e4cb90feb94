/**
 * The demo partner app: the sandbox's HTTP server (the provider's API) and the partner's app with its
 * backend, which signs a demo customer in with a cookie and serves the KYC proxy (`react-kyc-flow/server`)
 * at `/kyc`, so the widget in the page holds no uuid (demo/startDemo.ts).
 * `npm run demo` → open the printed URL. PORT (sandbox, default 4010) and DEMO_PORT (default 5173).
 * The page takes `locale` (de, fr, ar), `theme` (light, dark; the system's by default) and `scenario`
 * (signs a new customer in, in that named sandbox state; the list is printed).
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
    `Add &locale=de|fr|ar, &theme=light|dark (default: the system's), &scenario=${SCENARIO_NAMES.join('|')}\n\n`,
);

async function stop() {
  await demo.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
