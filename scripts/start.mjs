// `npm start`: Storybook on port 6006, opening on the full-flow story (.storybook/main.ts). Run by a
// person it opens the browser; under CI (CI set, and not "false" or "0") it passes `--ci`: no browser, no
// prompts. Extra arguments go to Storybook (`npm start -- --no-open`).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const ci = Boolean(process.env.CI) && !['false', '0'].includes(String(process.env.CI).toLowerCase());
const storybook = createRequire(import.meta.url).resolve('storybook/internal/bin/dispatcher');
const args = [storybook, 'dev', '-p', '6006', ...(ci ? ['--ci'] : []), ...process.argv.slice(2)];
const child = spawn(process.execPath, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
