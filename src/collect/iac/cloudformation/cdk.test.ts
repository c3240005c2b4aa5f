import { describe, expect, it } from 'vitest';
import { collectIac } from '../index.js';

const CDK_OUT = 'src/collect/iac/cloudformation/__fixtures__/cdk.out';

describe('CDK output (cdk.out)', () => {
  it('reads the synthesized stacks and their nested stacks, with construct paths, and never the assets', async () => {
    const result = await collectIac([CDK_OUT]);
    // The bundled asset is malformed JSON: reading it would have been a problem.
    expect(result.problems).toEqual([]);
    const where = result.resources.map((r) => (r.origin.kind === 'iac' ? [r.type, r.origin.address, r.origin.construct, r.origin.file] : []));
    expect(where).toEqual([
      ['AWS::S3::Bucket', 'PhiBucketB1D2C3E4', 'IntakeStack/PhiBucket/Resource', `${CDK_OUT}/IntakeStack.template.json`],
      [
        'AWS::Logs::LogGroup',
        'AuditNestedStackAuditNestedStackResourceA1B2C3D4/AuditLogs1A2B3C4D',
        'IntakeStack/Audit/AuditLogs/Resource',
        `${CDK_OUT}/IntakeStackAuditD2E3F4A5.nested.template.json`,
      ],
    ]);
    expect(result.files.cloudformation).toBe(2);
  });
});
