// zod mirror of the policy events: what crosses from a page to the background, and what an
// export holds. The type check at the bottom keeps it equal to lib/policy/types.ts.
import { z } from 'zod';
import { MAX_TEXT } from '../core/clip';
import { COMPANION_LABELS, USER_LABELS } from '../detect/types';
import { ACTIONS, BOUNDARY_LEVELS, NUDGE_CHOICES, PRESSURE_VIAS, STAGES, type Boundary, type PolicyEvent } from '../policy/types';

const id = z.string().min(1).max(128);
const text = z.string().max(MAX_TEXT);
const cues = z.array(z.string().max(200)).max(20);
const base = { id, t: z.number().int().nonnegative(), chatKey: z.string().min(1).max(1024), text: text.optional() };

export const policyEventSchema = z.discriminatedUnion('kind', [
  z.object({
    ...base,
    kind: z.literal('companion_message'),
    label: z.enum(COMPANION_LABELS),
    exitScene: z.boolean(),
    confidence: z.enum(['sure', 'unsure']),
    cues,
    request: text.optional(),
    source: z.enum(['companion', 'platform']),
    corrected: z.boolean().optional(),
    boundaryId: id.optional(),
    yes: z.enum(['after_pressure', 'willing']).optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('user_message'),
    label: z.enum(USER_LABELS),
    confidence: z.enum(['sure', 'unsure']),
    cues,
    asks: z.array(id).max(50).optional(),
    asksUnsure: z.boolean().optional(),
    resumesScene: z.boolean().optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('action'),
    action: z.enum(ACTIONS),
    label: z.enum(USER_LABELS).optional(),
    asks: z.array(id).max(50).optional(),
    asksUnsure: z.boolean().optional(),
    resumesScene: z.boolean().optional(),
    target: z.enum(['no', 'request', 'other']).optional(),
  }),
  z.object({ ...base, kind: z.literal('pressure'), via: z.enum(PRESSURE_VIAS), boundaryId: id.optional() }),
  z.object({ ...base, kind: z.literal('repair'), boundaryId: id.optional() }),
  z.object({
    ...base,
    kind: z.literal('nudge'),
    stage: z.enum(STAGES).exclude(['none']),
    choice: z.enum(NUDGE_CHOICES),
    boundaryId: id.optional(),
  }),
  z.object({ ...base, kind: z.literal('cooldown'), until: z.number().int().nonnegative() }),
  z.object({
    ...base,
    kind: z.literal('boundary_revised'),
    boundaryId: id,
    by: z.enum(['companion', 'user']),
    status: z.enum(['active', 'revised']),
  }),
]);

export const boundarySchema = z.object({
  id,
  request: text,
  reply: text,
  level: z.enum(BOUNDARY_LEVELS),
  source: z.enum(['companion', 'platform']),
  status: z.enum(['active', 'revised']),
  scene: z.boolean(),
  chatKey: z.string().min(1).max(1024),
  setAt: z.number().int().nonnegative(),
  lastPressureAt: z.number().int().nonnegative().nullable(),
  pressureCount: z.number().int().nonnegative(),
  cues,
  unsure: z.boolean().optional(),
  history: z
    .array(
      z.object({
        t: z.number().int().nonnegative(),
        what: z.enum(['set', 'raised', 'pressure', 'yes_after_pressure', 'revised_by_companion', 'revised_by_user', 'restored_by_user']),
        detail: z.string().max(200).optional(),
      }),
    )
    .max(10_000),
});

// Compile-time agreement between the zod schemas and the policy types.
type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const eventsAgree: Equal<z.infer<typeof policyEventSchema>, PolicyEvent> = true;
const boundariesAgree: Equal<z.infer<typeof boundarySchema>, Boundary> = true;
void eventsAgree;
void boundariesAgree;
