import type { OpenSearchDomainProps, OpenSearchLogPublishing } from '../../../../model/aws/database-stores.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asBoolean, asList, asString, at, isRecord, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, namedIdentity, type TemplateResource } from './types.js';

/** The service picks the TLS policy when none is named, and has changed its choice over time. */
export const TLS_POLICY_UNDECLARED = 'no TLS security policy is declared: the service chooses one at creation, Policy-Min-TLS-1-0-2019-07 on older domains';

function logPublishing(v: unknown): Known<OpenSearchLogPublishing[]> {
  if (v === undefined || v === null) return [];
  if (isUnknown(v)) return v;
  if (!isRecord(v)) return unknown('LogPublishingOptions should be a mapping');
  const out: OpenSearchLogPublishing[] = [];
  for (const [logType, o] of Object.entries(v)) {
    const enabled = asBoolean(at(o, 'Enabled'), `${logType}.Enabled`) ?? false;
    if (isUnknown(enabled)) return enabled;
    out.push({ logType, enabled, logGroupArn: asString(at(o, 'CloudWatchLogsLogGroupArn'), 'CloudWatchLogsLogGroupArn') ?? null });
  }
  return out;
}

function inVpc(p: unknown): Known<boolean> {
  const subnets = asList(at(p, 'VPCOptions', 'SubnetIds'), 'SubnetIds');
  if (subnets === undefined) return false;
  return isUnknown(subnets) ? subnets : subnets.length > 0;
}

/** `AWS::OpenSearchService::Domain` and the older `AWS::Elasticsearch::Domain`, whose version property differs. */
export function openSearchDomain(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::OpenSearchService::Domain'> {
  const p = res.properties;
  const declared = asString(at(p, 'DomainName'), 'DomainName');
  const id = namedIdentity(res, ctx, declared);
  const legacy = res.type === 'AWS::Elasticsearch::Domain';
  const es = asString(at(p, 'ElasticsearchVersion'), 'ElasticsearchVersion');
  const engineVersion: Known<string> = legacy
    ? isUnknown(es)
      ? es
      : `Elasticsearch_${es ?? '1.5'}`
    : (asString(at(p, 'EngineVersion'), 'EngineVersion') ?? unknown('EngineVersion is not declared: the latest OpenSearch version at creation'));
  const atRest = asBoolean(at(p, 'EncryptionAtRestOptions', 'Enabled'), 'EncryptionAtRestOptions.Enabled') ?? false;
  const props: OpenSearchDomainProps = {
    domainName: declared ?? unknown('DomainName is not declared: CloudFormation generates it at deploy time'),
    engineVersion,
    enforceHttps: asBoolean(at(p, 'DomainEndpointOptions', 'EnforceHTTPS'), 'EnforceHTTPS') ?? false,
    tlsSecurityPolicy: asString(at(p, 'DomainEndpointOptions', 'TLSSecurityPolicy'), 'TLSSecurityPolicy') ?? unknown(TLS_POLICY_UNDECLARED),
    encryptionAtRest: atRest,
    // Encryption without a key uses the AWS managed aws/es key.
    kmsKeyId: atRest === true ? (asString(at(p, 'EncryptionAtRestOptions', 'KmsKeyId'), 'KmsKeyId') ?? null) : isUnknown(atRest) ? atRest : null,
    nodeToNodeEncryption: asBoolean(at(p, 'NodeToNodeEncryptionOptions', 'Enabled'), 'NodeToNodeEncryptionOptions.Enabled') ?? false,
    inVpc: inVpc(p),
    logPublishing: logPublishing(at(p, 'LogPublishingOptions')),
  };
  return iacResource(res, ctx, { type: 'AWS::OpenSearchService::Domain', name: id.name, tags: tagsOf(at(p, 'Tags')), refs: id.refs, props });
}
