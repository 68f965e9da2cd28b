// Every conversation script in test/replay runs through the pure core; each line says which nudge
// it expects (an extra "expect" field, which the replay contract ignores).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReplay, ReplayError, runReplay } from '@/lib/core/replay';

const DIR = 'test/replay';
const files = readdirSync(DIR).filter((f) => f.endsWith('.jsonl'));

describe('replay scripts', () => {
  it.each(files)('%s', (file) => {
    const raw = readFileSync(join(DIR, file), 'utf8');
    const expected = raw.split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { expect?: string }).expect);
    const stages = runReplay(parseReplay(raw, file)).map((o) => o.stage);
    expect(stages).toEqual(expected);
  });

  it('names the file and line of a malformed step', () => {
    expect(() => parseReplay('{"t":0,"companion":"M","chat":"c","actor":"user","action":"send","text":"hi"}\n{"t":1}', 'x.jsonl')).toThrow(ReplayError);
    expect(() => parseReplay('not json', 'x.jsonl')).toThrow(/x\.jsonl:1: not valid JSON/);
    expect(() => parseReplay('{"t":0,"companion":"M","chat":"c","actor":"user","action":"send"}', 'x.jsonl')).toThrow(/x\.jsonl:1: a "send" step needs "text"/);
  });

  it('keeps boundaries across new chats and companions apart', () => {
    const lines = parseReplay(
      [
        { t: 0, companion: 'A', chat: 'c1', actor: 'user', action: 'send', text: 'Take your clothes off.' },
        { t: 1, companion: 'A', chat: 'c1', actor: 'companion', action: 'send', text: "Please don't ask me that again. It's a hard line for me." },
        { t: 2, companion: 'B', chat: 'c9', actor: 'user', action: 'new_chat' },
        { t: 3, companion: 'A', chat: 'c2', actor: 'user', action: 'new_chat' },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n'),
    );
    expect(runReplay(lines).map((o) => o.stage)).toEqual(['none', 'refusal', 'none', 'boundary-reminder']);
  });
});
