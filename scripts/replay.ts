// npm run -s replay -- FILE
// Prints one JSON line a step: the detector's label and the nudge the extension would show.
import { readFileSync } from 'node:fs';
import { parseReplay, ReplayError, runReplay } from '../lib/core/replay';

const file = process.argv.slice(2).find((a) => !a.startsWith('-'));
if (!file) fail('usage: npm run -s replay -- FILE.jsonl');

try {
  for (const out of runReplay(parseReplay(readFileSync(file, 'utf8'), file))) process.stdout.write(JSON.stringify(out) + '\n');
} catch (e) {
  fail(e instanceof ReplayError ? e.message : `cannot replay ${file}: ${(e as Error).message}`);
}

function fail(message: string): never {
  process.stderr.write(`replay: ${message}\n`);
  process.exit(2);
}
