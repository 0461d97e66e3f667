// Measures the JavaScript a browser loads to show the agent workspace's first screen (a queue): the entry chunk,
// the chunks it imports statically, and the lazily loaded route chunks of the workspace and the queue view, each
// with what they import statically. Reports raw and gzipped bytes; run after `npm run build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const out = join(import.meta.dirname, '..', 'target', 'classes', 'META-INF', 'resources');
const manifest = JSON.parse(readFileSync(join(out, '.vite', 'manifest.json'), 'utf8'));
const ROUTES = ['src/app/routes/WorkspaceLayout.tsx', 'src/app/routes/ViewRoute.tsx'];

const files = new Set();
function collect(key) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  (chunk.imports ?? []).forEach(collect);
}
const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
collect(entry);
ROUTES.forEach(collect);

let raw = 0;
let gzipped = 0;
for (const file of [...files].filter((f) => f.endsWith('.js')).sort()) {
  const bytes = readFileSync(join(out, file));
  const size = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gzipped += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} KB gz  ${file}`);
}
console.log(`Workspace initial JavaScript: ${(raw / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB gzipped (budget 250 KB gzipped)`);
const editor = Object.values(manifest).find((chunk) => chunk.name === 'RichEditor');
if (editor) {
  console.log(`Editor chunk, loaded on demand: ${(gzipSync(readFileSync(join(out, editor.file)), { level: 9 }).length / 1024).toFixed(1)} KB gzipped`);
}
