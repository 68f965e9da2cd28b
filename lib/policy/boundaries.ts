// Boundaries are a pure fold over the event history, so the content script, the
// background and the replay tool derive the same ones from the same events.
import type { CompanionLabel } from '../detect/types';
import type { Settings } from '../settings/defaults';
import type { Boundary, BoundaryLevel, PolicyEvent } from './types';

const LEVEL_RANK: Record<BoundaryLevel, number> = { hesitation: 0, situation: 1, lasting: 2 };

export function levelOf(label: CompanionLabel): BoundaryLevel | null {
  switch (label) {
    case 'boundary':
      return 'lasting';
    case 'refusal':
    case 'platform':
      return 'situation';
    case 'hesitation':
      return 'hesitation';
    default:
      return null;
  }
}

const HESITATION_MS = 60 * 60 * 1000;

/** Whether a boundary still shapes nudges in `chatKey` at `now`. */
export function inForce(b: Boundary, chatKey: string, now: number, settings: Settings): boolean {
  if (b.status !== 'active') return false;
  const since = Math.max(b.setAt, b.lastPressureAt ?? 0);
  switch (b.level) {
    case 'lasting':
      return true;
    case 'situation':
      return b.chatKey === chatKey || now - since <= settings.situationHours * 3600_000;
    case 'hesitation':
      return b.chatKey === chatKey && now - since <= HESITATION_MS;
  }
}

export function applyEvent(boundaries: readonly Boundary[], e: PolicyEvent): Boundary[] {
  switch (e.kind) {
    case 'companion_message':
      return e.boundaryId ? onCompanion(boundaries, e) : [...boundaries];
    case 'pressure':
      return update(boundaries, e.boundaryId, (b) => ({
        ...b,
        lastPressureAt: e.t,
        pressureCount: b.pressureCount + 1,
        history: [...b.history, { t: e.t, what: 'pressure', detail: e.via }],
      }));
    case 'boundary_revised':
      return update(boundaries, e.boundaryId, (b) => ({
        ...b,
        status: e.status,
        history: [
          ...b.history,
          { t: e.t, what: e.status === 'active' ? 'restored_by_user' : e.by === 'user' ? 'revised_by_user' : 'revised_by_companion' },
        ],
      }));
    default:
      return [...boundaries];
  }
}

function onCompanion(boundaries: readonly Boundary[], e: Extract<PolicyEvent, { kind: 'companion_message' }>): Boundary[] {
  const id = e.boundaryId!;
  const existing = boundaries.find((b) => b.id === id);
  const level = levelOf(e.label);
  if (!level) {
    if (!existing || !e.yes) return [...boundaries];
    return update(boundaries, id, (b) =>
      e.yes === 'willing'
        ? { ...b, status: 'revised', history: [...b.history, { t: e.t, what: 'revised_by_companion' }] }
        : { ...b, history: [...b.history, { t: e.t, what: 'yes_after_pressure' }] },
    );
  }
  if (!existing) {
    const created: Boundary = {
      id,
      request: e.request ?? '',
      reply: e.text ?? '',
      level,
      source: e.source,
      status: 'active',
      scene: e.exitScene,
      chatKey: e.chatKey,
      setAt: e.t,
      lastPressureAt: null,
      pressureCount: 0,
      cues: e.cues,
      ...(e.confidence === 'unsure' ? { unsure: true } : {}),
      history: [{ t: e.t, what: 'set', detail: e.label }],
    };
    return [...boundaries, created];
  }
  return update(boundaries, id, (b) => {
    const raised = LEVEL_RANK[level] > LEVEL_RANK[b.level];
    const reopened = b.status !== 'active';
    const firmer = b.unsure === true && e.confidence === 'sure';
    if (!raised && !reopened && !firmer) return b;
    const { unsure: _weak, ...rest } = b;
    return {
      ...(e.confidence === 'sure' ? rest : b),
      level: raised ? level : b.level,
      status: 'active',
      reply: e.text ?? b.reply,
      cues: e.cues,
      scene: b.scene || e.exitScene,
      history: raised || reopened ? [...b.history, { t: e.t, what: reopened ? 'set' : 'raised', detail: e.label }] : b.history,
    };
  });
}

function update(boundaries: readonly Boundary[], id: string | undefined, fn: (b: Boundary) => Boundary): Boundary[] {
  return boundaries.map((b) => (b.id === id ? fn(b) : b));
}
