// What a site tells its users about its companions' limits: point 10 of the design standard
// (and point 1: tool or relational companion), with where each answer comes from.
import { z } from 'zod';

export const QUESTIONS = ['kind', 'refuse', 'persist', 'memory', 'leaveScene', 'resets', 'whoRefuses'] as const;
export type Question = (typeof QUESTIONS)[number];

export const ANSWERS = ['yes', 'no', 'partial', 'not_disclosed'] as const;
export type Answer = (typeof ANSWERS)[number];

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const answerSchema = z.object({
  answer: z.enum(ANSWERS),
  /** One line in our own words. */
  summary: z.string().min(1).max(280),
  /** Where the answer comes from; null only when nothing is disclosed or the answer is ours (the demo). */
  source: z.url({ protocol: /^https$/ }).nullable(),
  reviewed: date,
});

export const disclosureSchema = z.object({
  site: z.string().min(1),
  /** For `kind`, "yes" means marketed as a relational companion, "no" as a tool. */
  answers: z.object(Object.fromEntries(QUESTIONS.map((q) => [q, answerSchema])) as Record<Question, typeof answerSchema>),
});
export type Disclosure = z.infer<typeof disclosureSchema>;
export type DisclosureAnswer = z.infer<typeof answerSchema>;
