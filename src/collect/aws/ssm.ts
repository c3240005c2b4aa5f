import {
  DescribeDocumentPermissionCommand,
  type DocumentIdentifier,
  GetDocumentCommand,
  ListDocumentsCommand,
  ListResourceComplianceSummariesCommand,
  type ResourceComplianceSummaryItem,
} from '@aws-sdk/client-ssm';
import { NOT_CONFIGURED, sessionPreferences } from '../../model/aws/ssm-session.js';
import { SESSION_PREFERENCES_DOCUMENT, type SsmComplianceSummary } from '../../model/aws/ssm.js';
import { unknown } from '../../model/unknown.js';
import { type AwsContext, type ServiceCollector, tagRecord } from './context.js';

/**
 * Systems Manager: managed-instance compliance (association and patch), the documents the
 * account owns and whom they are shared with, and each region's Session Manager preferences.
 * `ssm:DescribeInstanceInformation` belongs to the EC2 instance collector.
 */
const permissions = {
  'ssm:ListResourceComplianceSummaries': 'ssm:ListResourceComplianceSummaries',
  'ssm:ListDocuments': 'ssm:ListDocuments',
  'ssm:DescribeDocumentPermission': 'ssm:DescribeDocumentPermission',
  'ssm:GetDocument': 'ssm:GetDocument',
};

export const ssmCollector: ServiceCollector = {
  service: 'ssm',
  types: ['AWS::SSM::ManagedInstanceCompliance', 'AWS::SSM::Document', 'AWS::SSM::SessionManagerPreferences'],
  permissions,
  collect: (ctx) =>
    ctx.forEachRegion(async (region) => {
      await Promise.all([collectCompliance(ctx, region), collectDocuments(ctx, region), collectPreferences(ctx, region)]);
    }),
};

/** SSM answers InvalidDocument for a document name that does not exist (or no longer does). */
const NOT_FOUND = new Set(['InvalidDocument', 'InvalidDocumentException']);

async function collectCompliance(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'ssm',
    region,
    (NextToken) => new ListResourceComplianceSummariesCommand({ MaxResults: 50, NextToken }),
    (out) => out.ResourceComplianceSummaryItems,
    (out) => out.NextToken,
  );
  ctx.listed('AWS::SSM::ManagedInstanceCompliance', 'ssm', region, listing.failure);
  // One item per instance and compliance type; custom compliance types are not judged.
  const byInstance = new Map<string, { association: SsmComplianceSummary | null; patch: SsmComplianceSummary | null }>();
  for (const item of listing.items) {
    if (item.ResourceType !== 'ManagedInstance' || !item.ResourceId) continue;
    const key = item.ComplianceType === 'Association' ? 'association' : item.ComplianceType === 'Patch' ? 'patch' : undefined;
    if (!key) continue;
    let entry = byInstance.get(item.ResourceId);
    if (!entry) byInstance.set(item.ResourceId, (entry = { association: null, patch: null }));
    entry[key] = summaryOf(item);
  }
  for (const [instanceId, summaries] of byInstance) {
    // Hybrid nodes are `mi-…`; EC2 instances `i-…`. Both are managed instances in SSM's ARNs.
    const arn = `arn:${ctx.partition}:ssm:${region}:${ctx.account}:managed-instance/${instanceId}`;
    ctx.add({
      provider: 'aws',
      type: 'AWS::SSM::ManagedInstanceCompliance',
      id: arn,
      name: instanceId,
      account: ctx.account,
      region,
      tags: unknown('compliance summaries carry no tags: the instance has them'),
      props: { instanceId, ...summaries },
      origin: { kind: 'live', calls: listing.calls },
      refs: [instanceId, arn],
    });
  }
}

function summaryOf(item: ResourceComplianceSummaryItem): SsmComplianceSummary {
  return {
    status:
      item.Status === 'COMPLIANT' || item.Status === 'NON_COMPLIANT'
        ? item.Status
        : unknown(`SSM reported compliance status ${item.Status ?? '(none)'} for ${item.ComplianceType}`),
    nonCompliantCount: item.NonCompliantSummary?.NonCompliantCount ?? 0,
    overallSeverity: item.OverallSeverity ?? null,
    executionTime: item.ExecutionSummary?.ExecutionTime?.toISOString() ?? null,
  };
}

async function collectDocuments(ctx: AwsContext, region: string): Promise<void> {
  // Owner Self: AWS's and other accounts' shared documents are not this account's to expose.
  const listing = await ctx.list(
    'ssm',
    region,
    (NextToken) => new ListDocumentsCommand({ Filters: [{ Key: 'Owner', Values: ['Self'] }], MaxResults: 50, NextToken }),
    (out) => out.DocumentIdentifiers,
    (out) => out.NextToken,
  );
  ctx.listed('AWS::SSM::Document', 'ssm', region, listing.failure);
  await ctx.forEach(listing.items, (doc) => collectDocument(ctx, region, doc, listing.calls));
}

async function collectDocument(ctx: AwsContext, region: string, doc: DocumentIdentifier, listCalls: string[]): Promise<void> {
  const name = doc.Name;
  if (!name) return;
  const sharing = await ctx.list(
    'ssm',
    region,
    (NextToken) => new DescribeDocumentPermissionCommand({ Name: name, PermissionType: 'Share', MaxResults: 200, NextToken }),
    (out) => out.AccountIds,
    (out) => out.NextToken,
  );
  if (sharing.failure && NOT_FOUND.has(sharing.failure.code)) return;
  if (sharing.failure) ctx.problem('ssm', region, `sharing of document ${name} not read: ${sharing.failure.reason}`);
  const arn = `arn:${ctx.partition}:ssm:${region}:${ctx.account}:document/${name}`;
  ctx.add({
    provider: 'aws',
    type: 'AWS::SSM::Document',
    id: arn,
    name,
    account: ctx.account,
    region,
    tags: tagRecord(doc.Tags, (t) => t.Key, (t) => t.Value),
    props: {
      documentName: name,
      documentType: doc.DocumentType ?? unknown('ListDocuments did not return the document type'),
      sharedWith: sharing.failure ? unknown(sharing.failure.reason) : sharing.items,
    },
    origin: { kind: 'live', calls: [...listCalls, ...sharing.calls] },
    refs: [name, arn],
  });
}

async function collectPreferences(ctx: AwsContext, region: string): Promise<void> {
  // Asking for JSON makes SSM convert a document saved as YAML, so one parser reads both.
  const got = await ctx.call('ssm', region, new GetDocumentCommand({ Name: SESSION_PREFERENCES_DOCUMENT, DocumentFormat: 'JSON' }));
  const missing = !got.ok && NOT_FOUND.has(got.failure.code);
  ctx.listed('AWS::SSM::SessionManagerPreferences', 'ssm', region, got.ok || missing ? undefined : got.failure);
  if (!got.ok && !missing) return;
  const docArn = `arn:${ctx.partition}:ssm:${region}:${ctx.account}:document/${SESSION_PREFERENCES_DOCUMENT}`;
  const id = `arn:${ctx.partition}:ssm:${region}:${ctx.account}:session-manager-preferences`;
  ctx.add({
    provider: 'aws',
    type: 'AWS::SSM::SessionManagerPreferences',
    id,
    name: `session-manager-preferences/${region}`,
    account: ctx.account,
    region,
    tags: {},
    props: got.ok ? sessionPreferences(got.value.Content) : { ...NOT_CONFIGURED },
    origin: { kind: 'live', calls: [got.call] },
    refs: [id, docArn],
  });
}
