// npm run schema: writes docs/export.schema.json from the export's zod schema.
import { writeFileSync } from 'node:fs';
import { exportJsonSchemaText, SCHEMA_PATH } from '../lib/export/jsonSchema';

writeFileSync(SCHEMA_PATH, exportJsonSchemaText());
console.log(`wrote ${SCHEMA_PATH}`);
