// Fails when src/graphql/generated.ts is not what graphql-codegen produces from the committed schema.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const file = path.resolve('src/graphql/generated.ts');
const before = fs.readFileSync(file, 'utf8');
try {
  execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], { stdio: 'inherit' });
  const after = fs.readFileSync(file, 'utf8');
  if (after !== before) {
    fs.writeFileSync(file, before);
    console.error('web/src/graphql/generated.ts is stale: run `npm run codegen -w web` and commit the result.');
    process.exit(1);
  }
  console.log('web/src/graphql/generated.ts is current.');
} catch (error) {
  fs.writeFileSync(file, before);
  throw error;
}
