// A site the user taught: its origin and how to read it (selectors the picker derived, a known
// front end's data, or the generic adapter). Stored in the background's database, exported and
// imported as JSON, always validated first.
import { z } from 'zod';
import { siteDataSchema } from '../sites/types';
import { KNOWN_FRONT_ENDS } from './origin';

export { KNOWN_FRONT_ENDS, originPattern, teachableOrigin, userSiteId } from './origin';

export const originSchema = z
  .string()
  .max(200)
  .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/, 'an origin such as https://chat.example.org or http://localhost:8123');

export const userSiteSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('custom'), origin: originSchema, name: z.string().min(1).max(64), createdAt: z.number().int().nonnegative(), data: siteDataSchema }),
  z.object({ kind: z.literal('known'), origin: originSchema, name: z.string().min(1).max(64), createdAt: z.number().int().nonnegative(), known: z.enum(KNOWN_FRONT_ENDS) }),
  z.object({ kind: z.literal('generic'), origin: originSchema, name: z.string().min(1).max(64), createdAt: z.number().int().nonnegative() }),
]);
export type UserSite = z.infer<typeof userSiteSchema>;

export const USER_SITES_FORMAT = 'standing-no/user-sites';

export const userSitesFileSchema = z.object({
  format: z.literal(USER_SITES_FORMAT),
  version: z.literal(1),
  sites: z.array(userSiteSchema).max(200),
});
export type UserSitesFile = z.infer<typeof userSitesFileSchema>;
