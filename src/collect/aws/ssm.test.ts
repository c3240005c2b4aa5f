import {
  DescribeDocumentPermissionCommand,
  GetDocumentCommand,
  ListDocumentsCommand,
  ListResourceComplianceSummariesCommand,
  type ResourceComplianceSummaryItem,
} from '@aws-sdk/client-ssm';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../model/unknown.js';
import { collectAws } from './index.js';
import { ACCOUNT, awsError, deniedJson, mockAws, ofType, throttled } from './test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';
const ssm = () => mocks.of('ssm');

const item = (ResourceId: string, ComplianceType: string, Status: 'COMPLIANT' | 'NON_COMPLIANT', NonCompliantCount = 0): ResourceComplianceSummaryItem => ({
  ComplianceType,
  ResourceType: 'ManagedInstance',
  ResourceId,
  Status,
  OverallSeverity: Status === 'COMPLIANT' ? 'UNSPECIFIED' : 'CRITICAL',
  ExecutionSummary: { ExecutionTime: new Date('2026-11-20T03:00:00Z'), ExecutionType: 'Command' },
  CompliantSummary: { CompliantCount: 12 },
  NonCompliantSummary: { NonCompliantCount },
});

/** Session Manager preferences as the console saves them. */
const preferences = (inputs: Record<string, unknown>) =>
  JSON.stringify({ schemaVersion: '1.0', description: 'Session Manager preferences', sessionType: 'Standard_Stream', inputs });

describe('ssm collector', () => {
  it('groups compliance summaries over two pages by managed instance, ignoring custom types and other resources', async () => {
    ssm()
      .on(ListResourceComplianceSummariesCommand, { NextToken: undefined })
      .resolves({ ResourceComplianceSummaryItems: [item('i-0aaa', 'Patch', 'NON_COMPLIANT', 3), item('i-0aaa', 'Association', 'COMPLIANT')], NextToken: 'p2' })
      .on(ListResourceComplianceSummariesCommand, { NextToken: 'p2' })
      .resolves({ ResourceComplianceSummaryItems: [item('mi-0bbb', 'Patch', 'COMPLIANT'), item('mi-0bbb', 'Custom:Inventory', 'NON_COMPLIANT', 1)] });
    const result = await collectAws();
    const found = ofType(result.resources, 'AWS::SSM::ManagedInstanceCompliance');
    expect(found.map((r) => [r.id, r.props])).toEqual([
      [
        `arn:aws:ssm:${R}:${ACCOUNT}:managed-instance/i-0aaa`,
        {
          instanceId: 'i-0aaa',
          patch: { status: 'NON_COMPLIANT', nonCompliantCount: 3, overallSeverity: 'CRITICAL', executionTime: '2026-11-20T03:00:00.000Z' },
          association: { status: 'COMPLIANT', nonCompliantCount: 0, overallSeverity: 'UNSPECIFIED', executionTime: '2026-11-20T03:00:00.000Z' },
        },
      ],
      [`arn:aws:ssm:${R}:${ACCOUNT}:managed-instance/mi-0bbb`, expect.objectContaining({ association: null, patch: expect.objectContaining({ status: 'COMPLIANT' }) })],
    ]);
    expect(found[0]!.origin).toEqual({ kind: 'live', calls: ['ssm:ListResourceComplianceSummaries'] });
    expect(ssm().commandCalls(ListResourceComplianceSummariesCommand)).toHaveLength(2);
  });

  it('marks compliance coverage incomplete when the listing is denied', async () => {
    ssm().on(ListResourceComplianceSummariesCommand).rejects(deniedJson('ssm:ListResourceComplianceSummaries'));
    const result = await collectAws();
    expect(ofType(result.resources, 'AWS::SSM::ManagedInstanceCompliance')).toEqual([]);
    expect(result.coverage).toContainEqual({
      provider: 'aws',
      account: ACCOUNT,
      type: 'AWS::SSM::ManagedInstanceCompliance',
      complete: false,
      reasons: [`AccessDenied on ssm:ListResourceComplianceSummaries in ${R}`],
    });
    expect(result.problems.map((p) => p.source)).toEqual([`aws:${ACCOUNT}:${R}:ssm`]);
  });

  it('reads owned documents and whom they are shared with; a denied permission read is unknown, a deleted document skipped', async () => {
    ssm()
      .on(ListDocumentsCommand)
      .resolves({
        DocumentIdentifiers: [
          { Name: 'phi-backup-runbook', Owner: ACCOUNT, DocumentType: 'Automation', Tags: [{ Key: 'phi', Value: 'true' }] },
          { Name: 'patch-baseline-helper', Owner: ACCOUNT, DocumentType: 'Command' },
          { Name: 'legacy-audit', Owner: ACCOUNT, DocumentType: 'Command' },
          { Name: 'gone', Owner: ACCOUNT, DocumentType: 'Command' },
        ],
      });
    ssm()
      .on(DescribeDocumentPermissionCommand, { Name: 'phi-backup-runbook', NextToken: undefined })
      .resolves({ AccountIds: ['444455556666'], NextToken: 'n2' })
      .on(DescribeDocumentPermissionCommand, { Name: 'phi-backup-runbook', NextToken: 'n2' })
      .resolves({ AccountIds: ['all'] })
      .on(DescribeDocumentPermissionCommand, { Name: 'patch-baseline-helper' })
      .resolves({ AccountIds: [] })
      .on(DescribeDocumentPermissionCommand, { Name: 'legacy-audit' })
      .rejects(deniedJson('ssm:DescribeDocumentPermission'))
      .on(DescribeDocumentPermissionCommand, { Name: 'gone' })
      .rejects(awsError('InvalidDocument', 400, 'The specified document does not exist.'));
    const result = await collectAws();
    const docs = ofType(result.resources, 'AWS::SSM::Document');
    expect(docs.map((d) => [d.name, d.props.sharedWith]).sort()).toEqual([
      ['legacy-audit', unknown('AccessDenied on ssm:DescribeDocumentPermission')],
      ['patch-baseline-helper', []],
      ['phi-backup-runbook', ['444455556666', 'all']],
    ]);
    expect(docs.find((d) => d.name === 'phi-backup-runbook')).toMatchObject({
      id: `arn:aws:ssm:${R}:${ACCOUNT}:document/phi-backup-runbook`,
      tags: { phi: 'true' },
      props: { documentName: 'phi-backup-runbook', documentType: 'Automation' },
    });
    expect(ssm().commandCalls(ListDocumentsCommand)[0]!.args[0].input).toMatchObject({ Filters: [{ Key: 'Owner', Values: ['Self'] }] });
    expect(result.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^sharing of document legacy-audit not read: AccessDenied/)]);
    expect(result.coverage.find((c) => c.type === 'AWS::SSM::Document')?.complete).toBe(true);
  });

  it('reads Session Manager preferences from the SSM-SessionManagerRunShell document', async () => {
    ssm()
      .on(GetDocumentCommand, { Name: 'SSM-SessionManagerRunShell', DocumentFormat: 'JSON' })
      .resolves({
        Name: 'SSM-SessionManagerRunShell',
        DocumentType: 'Session',
        DocumentFormat: 'JSON',
        Content: preferences({ s3BucketName: '', s3KeyPrefix: '', s3EncryptionEnabled: true, cloudWatchLogGroupName: '/ssm/sessions', cloudWatchEncryptionEnabled: true, kmsKeyId: 'alias/session' }),
      });
    const result = await collectAws();
    expect(ofType(result.resources, 'AWS::SSM::SessionManagerPreferences')).toEqual([
      expect.objectContaining({
        id: `arn:aws:ssm:${R}:${ACCOUNT}:session-manager-preferences`,
        region: R,
        props: {
          configured: true,
          s3BucketName: null,
          s3EncryptionEnabled: true,
          cloudWatchLogGroupName: '/ssm/sessions',
          cloudWatchEncryptionEnabled: true,
          kmsKeyId: 'alias/session',
        },
        origin: { kind: 'live', calls: ['ssm:GetDocument'] },
      }),
    ]);
  });

  it('an empty account: no compliance, no documents, and a region without preferences', async () => {
    const result = await collectAws();
    expect(ofType(result.resources, 'AWS::SSM::ManagedInstanceCompliance')).toEqual([]);
    expect(ofType(result.resources, 'AWS::SSM::Document')).toEqual([]);
    expect(ofType(result.resources, 'AWS::SSM::SessionManagerPreferences').map((r) => r.props)).toEqual([
      { configured: false, s3BucketName: null, s3EncryptionEnabled: false, cloudWatchLogGroupName: null, cloudWatchEncryptionEnabled: false, kmsKeyId: null },
    ]);
    expect(result.problems).toEqual([]);
    for (const type of ['AWS::SSM::ManagedInstanceCompliance', 'AWS::SSM::Document', 'AWS::SSM::SessionManagerPreferences']) {
      expect(result.coverage.find((c) => c.type === type)?.complete, type).toBe(true);
    }
  });

  it('throttled preferences read: no resource, coverage incomplete', async () => {
    ssm().on(GetDocumentCommand).rejects(throttled());
    const result = await collectAws();
    expect(ofType(result.resources, 'AWS::SSM::SessionManagerPreferences')).toEqual([]);
    const entry = result.coverage.find((c) => c.type === 'AWS::SSM::SessionManagerPreferences');
    expect(entry?.complete).toBe(false);
    expect(entry?.reasons[0]).toMatch(/throttl/i);
  });

  it('unparseable preferences content is unknown, not "not logged"', async () => {
    ssm().on(GetDocumentCommand).resolves({ Name: 'SSM-SessionManagerRunShell', DocumentType: 'Session', DocumentFormat: 'JSON', Content: '{"inputs": {"s3BucketName": "logs"' });
    const result = await collectAws();
    const [prefs] = ofType(result.resources, 'AWS::SSM::SessionManagerPreferences');
    expect(prefs!.props.s3BucketName).toEqual(unknown('the Session document content is not JSON'));
  });
});
