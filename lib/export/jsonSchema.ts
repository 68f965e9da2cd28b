// The JSON Schema of the export, generated from its zod schema; docs/export.schema.json holds
// it (npm run schema), and a unit test keeps the two equal.
import { z } from 'zod';
import { exportSchema } from './schema';

export const SCHEMA_PATH = 'docs/export.schema.json';

export function exportJsonSchemaText(): string {
  const schema = z.toJSONSchema(exportSchema, { target: 'draft-2020-12' });
  return JSON.stringify({ ...schema, title: 'Standing No research export' }, null, 2) + '\n';
}
