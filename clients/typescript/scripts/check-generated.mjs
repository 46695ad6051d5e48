// Fails when src/gql/ is not what `npm run codegen` makes from ../../schema.graphql and
// src/operations.ts now: generates into a temp folder and compares file by file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const committed = 'src/gql';
const fresh = mkdtempSync(join(tmpdir(), 'portcullis-gql-'));
try {
  execFileSync('graphql-codegen', ['--config', 'codegen.ts', '--silent'], {
    env: { ...process.env, CODEGEN_OUT: `${fresh}/` },
    stdio: 'inherit',
  });
  const names = new Set([...readdirSync(committed), ...readdirSync(fresh)]);
  const stale = [...names].filter((name) => {
    const read = (dir) => {
      try {
        return readFileSync(join(dir, name), 'utf8');
      } catch {
        return null;
      }
    };
    return read(committed) !== read(fresh);
  });
  if (stale.length > 0) {
    console.error(
      `src/gql/ is out of date with schema.graphql or src/operations.ts (${stale.join(', ')}): run npm run codegen and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`src/gql/ is up to date (${names.size} files).`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
