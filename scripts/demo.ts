/**
 * The main job: the sandbox's HTTP server and the demo partner app (Vite dev server) side by side.
 * `npm start` → open the printed URL. PORT (sandbox, default 4010) and DEMO_PORT (default 5173).
 */
import { createServer } from 'vite';
import react from '@vitejs/plugin-react';
import { startSandboxServer } from '../src/sandbox/server';

const sandboxPort = Number(process.env.PORT ?? 4010);
const demoPort = Number(process.env.DEMO_PORT ?? 5173);

const sandbox = await startSandboxServer({ port: sandboxPort, host: '127.0.0.1' });
const vite = await createServer({
  configFile: false,
  root: new URL('../demo', import.meta.url).pathname,
  plugins: [react()],
  server: { port: demoPort, host: '127.0.0.1', strictPort: true },
  logLevel: 'warn',
});
await vite.listen();
const demoUrl = `http://127.0.0.1:${demoPort}/?api=${encodeURIComponent(sandbox.url)}`;
process.stdout.write(
  `\nKYC sandbox API: ${sandbox.url}\nDemo partner app: ${demoUrl}\n(sign code 111111; Ctrl+C to stop)\n\n`,
);

async function stop() {
  await vite.close();
  await sandbox.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
