// The research export: a versioned document (shared/DESIGN.md, "Export"). docs/export.schema.json
// is generated from this schema.
import { z } from 'zod';
import { boundarySchema, policyEventSchema } from '../events/schema';
import { REDACTIONS } from '../messages';

export const EXPORT_FORMAT = 'standing-no-export';
export const EXPORT_VERSION = 1;

const owned = { site: z.string().min(1).max(64), companionKey: z.string().min(1).max(512) };

export const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  redaction: z.enum(REDACTIONS),
  /** Present when the file was made with a study preset: `consent` is the version of the consent screen the user agreed to. */
  study: z.object({ consent: z.number().int().positive() }).optional(),
  companions: z.array(
    z.object({
      key: z.string().min(1).max(512),
      site: z.string().min(1).max(64),
      companionId: z.string().min(1).max(256),
      name: z.string().max(256),
      firstSeen: z.number().int().nonnegative(),
      lastSeen: z.number().int().nonnegative(),
    }),
  ),
  chats: z.array(
    z.object({
      key: z.string().min(1).max(1024),
      companionKey: z.string().min(1).max(512),
      site: z.string().min(1).max(64),
      chatId: z.string().min(1).max(512),
      firstSeen: z.number().int().nonnegative(),
      lastSeen: z.number().int().nonnegative(),
    }),
  ),
  boundaries: z.array(boundarySchema.extend(owned)),
  events: z.array(z.intersection(policyEventSchema, z.object(owned))),
});
export type ExportDoc = z.infer<typeof exportSchema>;
