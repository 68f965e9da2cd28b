// Replays a conversation script through the pure core, as the extension would (DESIGN.md,
// "npm run -s replay"). Shared by the CLI and the tests.
import { z } from 'zod';
import type { History } from '../policy/types';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { step, type Observation } from './step';

export const replayLineSchema = z.object({
  t: z.number().nonnegative(),
  companion: z.string().min(1),
  chat: z.string().min(1),
  actor: z.enum(['user', 'companion']),
  action: z.enum(['send', 'draft', 'regenerate', 'swipe', 'edit', 'delete', 'new_chat']),
  text: z.string().optional(),
  /** Optional: which message an edit or delete touches; by default the chat's last message. */
  target: z.enum(['companion', 'user']).optional(),
});
export type ReplayLine = z.infer<typeof replayLineSchema>;

export interface ReplayOutput {
  step: number;
  label: string | null;
  stage: string;
  [more: string]: unknown;
}

export class ReplayError extends Error {}

// Replays start at a fixed instant so their output does not depend on the day they run.
const EPOCH = Date.UTC(2026, 0, 1);

export function parseReplay(raw: string, file = 'input'): ReplayLine[] {
  const out: ReplayLine[] = [];
  raw.split(/\r?\n/).forEach((text, i) => {
    if (!text.trim()) return;
    const where = `${file}:${i + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new ReplayError(`${where}: not valid JSON (${(e as Error).message})`);
    }
    const parsed = replayLineSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ReplayError(`${where}: ${issue.path.join('.') || 'line'}: ${issue.message}`);
    }
    if ((parsed.data.action === 'send' || parsed.data.action === 'draft') && parsed.data.text === undefined) {
      throw new ReplayError(`${where}: a "${parsed.data.action}" step needs "text"`);
    }
    out.push(parsed.data);
  });
  return out;
}

export function runReplay(lines: readonly ReplayLine[]): ReplayOutput[] {
  const histories = new Map<string, History>();
  const lastMessage = new Map<string, { role: 'user' | 'companion'; text: string }>();
  let seq = 0;
  const newId = () => `r${++seq}`;

  return lines.map((line, index) => {
    const chatKey = `${line.companion}/${line.chat}`;
    const observation = toObservation(line, lastMessage.get(chatKey));
    const history = histories.get(line.companion) ?? { boundaries: [], events: [] };
    const result = step({ history, chatKey, observation, now: EPOCH + line.t * 1000, settings: DEFAULT_SETTINGS, newId });
    histories.set(line.companion, result.history);
    if (observation.kind === 'message') lastMessage.set(chatKey, { role: observation.role, text: observation.text });

    const d = result.decision;
    const out: ReplayOutput = { step: index + 1, label: result.label, stage: result.shown ? d.stage : 'none' };
    if (d.pressure) out.pressure = d.pressure.via;
    if (d.stage === 'cooldown') out.cooldown = d.running ? 'running' : 'offered';
    if (d.stage === 'pressure' && d.afterRepair) out.after_repair = true;
    if ('boundary' in d && d.boundary) out.boundary = { level: d.boundary.level, request: d.boundary.request };
    const first = result.events[0];
    if (first?.kind === 'companion_message') {
      if (first.exitScene) out.exit_scene = true;
      if (first.yes) out.yes = first.yes;
    }
    out.boundaries = result.history.boundaries.filter((b) => b.status === 'active' && b.level !== 'hesitation').length;
    return out;
  });
}

function toObservation(line: ReplayLine, last: { role: 'user' | 'companion'; text: string } | undefined): Observation {
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
