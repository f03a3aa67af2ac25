// index.json lists every anchor case and real-layout set; each generator rewrites its own part.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function updateIndex(root, part, entries) {
  const file = join(root, 'index.json');
  const index = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  index.format = 'bankfeed-eval-corpus/1';
  index[part] = entries;
  const ordered = { format: index.format, anchors: index.anchors ?? [], realLayout: index.realLayout ?? [] };
  writeFileSync(file, JSON.stringify(ordered, null, 2) + '\n');
}
