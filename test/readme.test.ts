import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AWS_PERMISSIONS } from '../src/collect/aws/index.js';

// The README is the user's manual: the parts generated from code must stay equal to it.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('lists exactly the IAM actions the collectors declare', () => {
    const block = /<!-- permissions:start -->\n```text\n([\s\S]*?)\n```\n<!-- permissions:end -->/.exec(readme);
    expect(block, 'permissions block').not.toBeNull();
    expect(block![1]!.split('\n')).toEqual([...AWS_PERMISSIONS]);
  });

  it('opens with the install-build-scan command and npm test', () => {
    const first = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(first).toMatch(/^npm ci && npm run build && node dist\/cli\/bin\.js scan iac examples\//m);
    expect(first).toMatch(/^npm test/m);
  });
});
