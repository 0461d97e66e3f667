// Feature boundaries (STYLE.md): code in src/features/<a> never imports from src/features/<b>.
// Features meet only in src/app; shared code lives in src/api, src/lib and src/components.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..', 'src');
const featuresDir = join(root, 'features');
const importPattern = /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function featureOf(path) {
  const rel = relative(featuresDir, path);
  return rel.startsWith('..') ? null : rel.split(sep)[0];
}

const violations = [];
for (const file of files(featuresDir)) {
  const own = featureOf(file);
  for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
    const spec = match[1] ?? match[2];
    const target = spec.startsWith('@/') ? join(root, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(file), spec) : null;
    if (target === null) continue;
    if (target.startsWith(root + sep + 'app')) {
      violations.push(`${relative(root, file)} imports the app shell (${spec})`);
    }
    const other = featureOf(target);
    if (other !== null && other !== own) {
      violations.push(`${relative(root, file)} imports feature "${other}" (${spec})`);
    }
  }
}

if (violations.length > 0) {
  console.error('Imports across features (compose features in src/app instead):\n  ' + violations.join('\n  '));
  process.exit(1);
}
console.log('Feature boundaries hold.');
