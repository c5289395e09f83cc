// Generates the typed API client's types from the services' OpenAPI documents in openapi/ (snapshots that each
// service's OpenApiDocumentTest keeps equal to what it serves). A changed API changes these types, and `tsc -b`
// then fails wherever the SPA no longer matches: the build breaks instead of the user.
import { readdirSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

const root = new URL('..', import.meta.url).pathname;
const source = join(root, 'openapi');
const target = join(root, 'src/api/generated');
mkdirSync(target, { recursive: true });

for (const file of readdirSync(source).filter((f) => f.endsWith('.json')).sort()) {
  const name = basename(file, '.json');
  const document = JSON.parse(readFileSync(join(source, file), 'utf8'));
  const ast = await openapiTS(document, { alphabetize: true, exportType: true });
  const banner = `// Generated from openapi/${file} by scripts/generate-api.mjs; do not edit.\n`;
  writeFileSync(join(target, `${name}.ts`), banner + astToString(ast));
  console.log(`api types: ${name}`);
}
