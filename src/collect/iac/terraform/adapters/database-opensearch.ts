import type { OpenSearchDomainProps, OpenSearchLogPublishing } from '../../../../model/aws/database-stores.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { TLS_POLICY_UNDECLARED } from '../../cloudformation/adapters/database-opensearch.js';
import type { Declared } from '../types.js';
import { block, blocks, bool, literalName, optStr, str } from './attrs.js';
import { resourceOf } from './common.js';

export const OPENSEARCH_TF_TYPES = ['aws_opensearch_domain', 'aws_elasticsearch_domain'];

function logs(v: unknown): Known<OpenSearchLogPublishing[]> {
  const list = blocks(v, 'log_publishing_options');
  if (isUnknown(list)) return list;
  const out: OpenSearchLogPublishing[] = [];
  for (const b of list) {
    const type = str(b.log_type, null, 'log_type');
    const enabled = bool(b.enabled, true, 'log_publishing_options.enabled');
    if (type === null) return unknown('log_type is not set');
    if (isUnknown(type)) return type;
    if (isUnknown(enabled)) return enabled;
    out.push({ logType: type, enabled, logGroupArn: optStr(b.cloudwatch_log_group_arn, 'cloudwatch_log_group_arn') });
  }
  return out;
}

function domainProps(d: Declared): OpenSearchDomainProps {
  const a = d.attrs;
  if (d.unknownReason) {
    const u = unknown(d.unknownReason);
    return { domainName: u, engineVersion: u, enforceHttps: u, tlsSecurityPolicy: u, encryptionAtRest: u, kmsKeyId: u, nodeToNodeEncryption: u, inVpc: u, logPublishing: u };
  }
  const legacy = d.tfType === 'aws_elasticsearch_domain';
  const es = str(a.elasticsearch_version, '1.5', 'elasticsearch_version');
  // Without the block nothing is sent and the service default (HTTP allowed) applies; inside it, enforce_https defaults to true.
  const endpoint = block(a.domain_endpoint_options, 'domain_endpoint_options');
  const atRest = block(a.encrypt_at_rest, 'encrypt_at_rest');
  const n2n = block(a.node_to_node_encryption, 'node_to_node_encryption');
  const vpc = block(a.vpc_options, 'vpc_options');
  const encrypted = atRest === undefined ? false : isUnknown(atRest) ? atRest : bool(atRest.enabled, false, 'encrypt_at_rest.enabled');
  const subnets = vpc === undefined || isUnknown(vpc) ? vpc : vpc.subnet_ids;
  return {
    domainName: str(a.domain_name, null, 'domain_name') ?? unknown('domain_name is not set'),
    engineVersion: legacy
      ? isUnknown(es) ? es : `Elasticsearch_${es}`
      : (str(a.engine_version, null, 'engine_version') ?? unknown('engine_version is not set: the latest OpenSearch version at creation')),
    enforceHttps: endpoint === undefined ? false : isUnknown(endpoint) ? endpoint : bool(endpoint.enforce_https, true, 'enforce_https'),
    tlsSecurityPolicy:
      endpoint === undefined
        ? unknown(TLS_POLICY_UNDECLARED)
        : isUnknown(endpoint)
          ? endpoint
          : (str(endpoint.tls_security_policy, null, 'tls_security_policy') ?? unknown(TLS_POLICY_UNDECLARED)),
    encryptionAtRest: encrypted,
    kmsKeyId: encrypted === true && atRest && !isUnknown(atRest) ? optStr(atRest.kms_key_id, 'kms_key_id') : isUnknown(encrypted) ? encrypted : null,
    nodeToNodeEncryption: n2n === undefined ? false : isUnknown(n2n) ? n2n : bool(n2n.enabled, false, 'node_to_node_encryption.enabled'),
    inVpc: subnets === undefined || subnets === null ? false : isUnknown(subnets) ? subnets : Array.isArray(subnets) ? subnets.length > 0 : true,
    logPublishing: logs(a.log_publishing_options),
  };
}

export function buildDomain(d: Declared): Resource<'AWS::OpenSearchService::Domain'> {
  const name = literalName(d.attrs.domain_name);
  return resourceOf(d, 'AWS::OpenSearchService::Domain', domainProps(d), name ? { name, refs: [name] } : {});
}
