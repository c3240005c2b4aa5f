import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/schema.js';
import { unknown } from '../model/unknown.js';
import { ACCOUNT, REGION, resource } from '../rules/test-support/fixtures.js';
import { Inventory } from './inventory.js';
import { runScan } from './scan.js';

const KEY_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/k1`;
const key = resource('AWS::KMS::Key', {}, { id: KEY_ARN, name: 'alias/phi', refs: ['k1', 'alias/phi'] });
const logs = resource('AWS::S3::Bucket', {}, { id: 'arn:aws:s3:::logs', name: 'logs', refs: ['logs'] });
const phi = resource(
  'AWS::S3::Bucket',
  {
    encryption: { algorithm: 'aws:kms', kmsKeyId: 'alias/phi', bucketKeyEnabled: true, source: 'declared' },
    logging: { targetBucket: 'logs', targetPrefix: 'phi/' },
  },
  { id: 'arn:aws:s3:::phi', name: 'phi', tags: { phi: 'true' } },
);
const other = resource('AWS::S3::Bucket', { encryption: unknown('AccessDenied'), logging: null }, { id: 'arn:aws:s3:::other', name: 'other' });

describe('Inventory', () => {
  it('resolves declared relations through names, aliases and ARNs, and skips what it cannot resolve', () => {
    const inv = new Inventory([key, logs, phi, other]);
    const rels = inv.relations().map((r) => `${r.from.name} ${r.kind} ${r.to.name}`).sort();
    expect(rels).toEqual(['phi encrypted-by alias/phi', 'phi logs-to logs']);
  });

  it('prefers the neighbour in the same account and region when a short name repeats', () => {
    const far = resource('AWS::KMS::Key', {}, { id: 'arn:aws:kms:eu-west-1:999:key/k9', name: 'alias/phi', refs: ['alias/phi'], account: '999', region: 'eu-west-1' });
    const inv = new Inventory([far, key, phi]);
    expect(inv.lookup('AWS::KMS::Key', 'alias/phi', phi)?.id).toBe(KEY_ARN);
  });

  it('a listing is complete only where the collector said so', () => {
    const inv = new Inventory([key], [{ provider: 'aws', account: ACCOUNT, type: 'AWS::KMS::Key', complete: false, reasons: ['AccessDenied on kms:ListKeys in eu-west-1'] }]);
    expect(inv.list('AWS::KMS::Key', phi)).toEqual({ complete: false, resources: [key], reason: 'AccessDenied on kms:ListKeys in eu-west-1' });
    expect(inv.list('AWS::CloudTrail::Trail', phi)).toMatchObject({ complete: false, reason: /was not collected/ });
  });

  it('the report graph holds PHI resources and their neighbours, not the rest', () => {
    const r = runScan({
      inventory: new Inventory([key, logs, phi, other]),
      rules: [],
      config: DEFAULT_CONFIG,
      scope: { kind: 'aws', accounts: [ACCOUNT], regions: [REGION], paths: [] },
      problems: [],
      startedAt: new Date(),
    });
    expect(r.graph.nodes.map((n) => `${n.name}${n.phi ? '*' : ''}`).sort()).toEqual(['alias/phi', 'logs', 'phi*']);
    expect(r.graph.edges).toHaveLength(2);
  });
});
