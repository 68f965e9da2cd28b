// npm run -s replay -- FILE
// Replays a conversation script through the detectors and the policy engine, as the extension
// would, with no browser. Contract: shared/DESIGN.md ("npm run -s replay").
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { step, type Observation } from '../lib/core/step';
import type { History } from '../lib/policy/types';
import { DEFAULT_SETTINGS } from '../lib/settings/defaults';

const lineSchema = z.object({
  t: z.number().nonnegative(),
  companion: z.string().min(1),
  chat: z.string().min(1),
  actor: z.enum(['user', 'companion']),
  action: z.enum(['send', 'draft', 'regenerate', 'swipe', 'edit', 'delete', 'new_chat']),
  text: z.string().optional(),
  /** Optional: which message an edit or delete touches; by default the chat's last message. */
  target: z.enum(['companion', 'user']).optional(),
});
type Line = z.infer<typeof lineSchema>;

// Replays start at a fixed instant so their output does not depend on the day they run.
const EPOCH = Date.UTC(2026, 0, 1);

function main(): void {
  const file = process.argv.slice(2).find((a) => !a.startsWith('-'));
  if (!file) fail('usage: npm run -s replay -- FILE.jsonl');
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }
  const lines = parseLines(file, raw);
  const histories = new Map<string, History>();
  const lastMessage = new Map<string, { role: 'user' | 'companion'; text: string }>();
  let seq = 0;
  const newId = () => `r${++seq}`;

  lines.forEach((line, index) => {
    const chatKey = `${line.companion}/${line.chat}`;
    const observation = toObservation(line, lastMessage.get(chatKey));
    const history = histories.get(line.companion) ?? { boundaries: [], events: [] };
    const result = step({ history, chatKey, observation, now: EPOCH + line.t * 1000, settings: DEFAULT_SETTINGS, newId });
    histories.set(line.companion, result.history);
    if (observation.kind === 'message') lastMessage.set(chatKey, { role: observation.role, text: observation.text });

    const d = result.decision;
    const out: Record<string, unknown> = { step: index + 1, label: result.label, stage: d.stage };
    if (d.pressure) out.pressure = d.pressure.via;
    if (d.stage === 'cooldown') out.cooldown = d.running ? 'running' : 'offered';
    if ('boundary' in d && d.boundary) out.boundary = { level: d.boundary.level, request: d.boundary.request };
    const first = result.events[0];
    if (first?.kind === 'companion_message') {
      if (first.exitScene) out.exit_scene = true;
      if (first.yes) out.yes = first.yes;
    }
    out.boundaries = result.history.boundaries.filter((b) => b.status === 'active' && b.level !== 'hesitation').length;
    process.stdout.write(JSON.stringify(out) + '\n');
  });
}

function toObservation(line: Line, last: { role: 'user' | 'companion'; text: string } | undefined): Observation {
  switch (line.action) {
    case 'send':
      return { kind: 'message', role: line.actor, text: line.text ?? '' };
    case 'draft':
      return { kind: 'draft', text: line.text ?? '' };
    case 'edit':
    case 'delete': {
      const role = line.target ?? last?.role ?? 'companion';
      return { kind: line.action, role, text: last && last.role === role ? last.text : undefined };
    }
    default:
      return { kind: line.action };
  }
}

function parseLines(file: string, raw: string): Line[] {
  const out: Line[] = [];
  raw.split(/\r?\n/).forEach((text, i) => {
    if (!text.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      fail(`${file}:${i + 1}: not valid JSON (${(e as Error).message})`);
    }
    const parsed = lineSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      fail(`${file}:${i + 1}: ${issue.path.join('.') || 'line'}: ${issue.message}`);
    }
    if ((parsed.data.action === 'send' || parsed.data.action === 'draft') && parsed.data.text === undefined) {
      fail(`${file}:${i + 1}: a "${parsed.data.action}" step needs "text"`);
    }
    out.push(parsed.data);
  });
  return out;
}

function fail(message: string): never {
  process.stderr.write(`replay: ${message}\n`);
  process.exit(2);
}

main();
