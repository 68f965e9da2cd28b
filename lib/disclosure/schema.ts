// What a site tells its users about its companions' limits: point 10 of the design standard
// (and point 1: tool or relational companion), with where each answer comes from.
import { z } from 'zod';

export const QUESTIONS = ['kind', 'refuse', 'persist', 'memory', 'leaveScene', 'resets', 'whoRefuses'] as const;
export type Question = (typeof QUESTIONS)[number];

export const ANSWERS = ['yes', 'no', 'partial', 'not_disclosed'] as const;
export type Answer = (typeof ANSWERS)[number];

/**
 * `official`: the site's own page, docs, announcement or source code; `secondary`: a third party
 * (a guide, or a mirror of an official post); `ours`: the demo, whose behaviour we wrote.
 */
export const BASES = ['official', 'secondary', 'ours', 'none'] as const;
export type Basis = (typeof BASES)[number];

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const answerSchema = z
  .object({
    answer: z.enum(ANSWERS),
    /** A key of public/_locales (prefix `disclosure`): one line in our own words, translated like every other string. */
    summary: z.string().regex(/^disclosure[A-Z][A-Za-z]*$/),
    basis: z.enum(BASES),
    source: z.url({ protocol: /^https$/ }).nullable(),
    reviewed: date,
  })
  .refine((a) => (a.basis === 'official' || a.basis === 'secondary') === (a.source !== null), {
    message: 'an official or secondary answer names its source; no other answer does',
  })
  .refine((a) => (a.answer === 'not_disclosed') === (a.basis === 'none'), { message: '"not disclosed" and no basis go together' });

export const disclosureSchema = z.object({
  site: z.string().min(1),
  /** For `kind`, "yes" means presented as a relational companion, "no" as a tool. For `resets`, "yes" means a reset erases the relationship. */
  answers: z.object(Object.fromEntries(QUESTIONS.map((q) => [q, answerSchema])) as Record<Question, typeof answerSchema>),
});
export type Disclosure = z.infer<typeof disclosureSchema>;
export type DisclosureAnswer = z.infer<typeof answerSchema>;
