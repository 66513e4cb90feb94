/**
 * `npm run build`: the library (vite.config.ts, one entry per subpath of the package), its type
 * declarations (tsconfig.build.json, with relative imports given their `.js` extension so Node16/NodeNext
 * TypeScript users resolve them, and `styles.css.d.ts` for the stylesheet) and the standalone script
 * (vite.standalone.config.ts), into `dist/` or the directory given as argument (the package tests build
 * into a temporary one).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = resolve(process.argv[2] ?? join(root, 'dist'));
const env = { ...process.env, NODE_ENV: 'production' };

function node(script: string, args: string[]): void {
  execFileSync(process.execPath, [join(root, script), ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

function declarationFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return declarationFiles(path);
    return path.endsWith('.d.ts') ? [path] : [];
  });
}

/** `from './x'` → `from './x.js'` (or `'./x/index.js'`, `'..'` → `'../index.js'`) in every emitted declaration file. */
export function addDeclarationExtensions(dir: string): number {
  let changed = 0;
  for (const file of declarationFiles(dir)) {
    const source = readFileSync(file, 'utf8');
    const fixed = source.replace(
      /((?:from|import)\s*\(?\s*)(['"])(\.{1,2}(?:\/[^'"]*)?)\2/g,
      (whole, lead: string, quote: string, spec: string) => {
        if (/\.(js|mjs|cjs|json|css)$/.test(spec)) return whole;
        const base = resolve(dirname(file), spec);
        if (existsSync(`${base}.d.ts`)) return `${lead}${quote}${spec}.js${quote}`;
        if (existsSync(join(base, 'index.d.ts'))) return `${lead}${quote}${spec.replace(/\/$/, '')}/index.js${quote}`;
        return whole; // not a module (e.g. a path in a comment); the attw test catches a real miss
      },
    );
    if (fixed !== source) {
      writeFileSync(file, fixed);
      changed += 1;
    }
  }
  return changed;
}

/**
 * The declaration the `types` condition of `./styles.css` points to: with `noUncheckedSideEffectImports`
 * (on by default from TypeScript 6) `import 'react-kyc-flow/styles.css'` must resolve to something typed.
 */
const STYLES_DECLARATION = `/** \`import 'react-kyc-flow/styles.css'\` adds the widget's stylesheet; the module exports nothing. */
export {};
`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.env.NODE_ENV = 'production';
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir },
  });
  node('node_modules/typescript/bin/tsc', ['-p', 'tsconfig.build.json', '--outDir', outDir]);
  addDeclarationExtensions(outDir);
  writeFileSync(join(outDir, 'styles.css.d.ts'), STYLES_DECLARATION);
  node('node_modules/vite/bin/vite.js', [
    'build',
    '-c',
    'vite.standalone.config.ts',
    '--outDir',
    join(outDir, 'standalone'),
  ]);
}
