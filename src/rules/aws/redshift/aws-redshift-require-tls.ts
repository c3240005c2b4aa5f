import { isOn } from '../../../analysis/database-rds.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

/** The default groups: only the one Redshift gives clusters created since January 2025 requires TLS. */
const DEFAULT_GROUPS: Record<string, boolean> = { 'default.redshift-1.0': false, 'default.redshift-2.0': true };

export default defineRule({
  meta: {
    id: 'aws-redshift-require-tls',
    title: 'Redshift cluster refuses connections without TLS',
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['AWS::Redshift::Cluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['redshift-require-tls', 'gap-aws-tls12-everywhere'],
    rationale:
      'Unless require_ssl is true in its parameter group, a Redshift cluster accepts plain-text connections, and ' +
      'JDBC/ODBC clients configured loosely will send credentials and query results containing ePHI in clear.',
    remediation: {
      text: 'Attach a parameter group with require_ssl = true (and use_fips_ssl where FIPS is required), then reboot the cluster.',
      cli: 'aws redshift modify-cluster-parameter-group --parameter-group-name GROUP --parameters ParameterName=require_ssl,ParameterValue=true\naws redshift modify-cluster --cluster-identifier CLUSTER --cluster-parameter-group-name GROUP',
      terraform: 'resource "aws_redshift_parameter_group" "tls" {\n  name   = "require-tls"\n  family = "redshift-1.0"\n  parameter {\n    name  = "require_ssl"\n    value = "true"\n  }\n}',
      cloudformation: 'TlsParams:\n  Type: AWS::Redshift::ClusterParameterGroup\n  Properties:\n    Description: Require TLS\n    ParameterGroupFamily: redshift-1.0\n    Parameters:\n      - ParameterName: require_ssl\n        ParameterValue: "true"',
    },
  },
  evaluate(cluster, ctx) {
    const name = cluster.props.clusterParameterGroupName;
    if (isUnknown(name)) return unknownResult('clusterParameterGroupName', name);
    const evidence = [ev('clusterParameterGroupName', name)];
    if (name === null) {
      return notAssessed('no parameter group is named: the default Redshift assigns requires TLS for clusters created since January 2025 (default.redshift-2.0) and not before', ...evidence);
    }
    const group = ctx.lookup('AWS::Redshift::ClusterParameterGroup', name, cluster);
    let value: string | undefined;
    if (group) {
      const params = group.props.parameters;
      if (isUnknown(params)) return unknownResult('parameterGroup.parameters', params);
      value = params.require_ssl;
    } else if (!(name in DEFAULT_GROUPS)) {
      return notAssessed(`the parameter group ${name} is not in the inventory`, ...evidence);
    }
    // A group that does not set require_ssl leaves it false, except the newer default group.
    const on = value !== undefined ? isOn(value) : (DEFAULT_GROUPS[name] ?? false);
    evidence.push(ev('parameters.require_ssl', value ?? null));
    const shown = group?.name ?? name;
    return on
      ? pass(`The cluster refuses connections without TLS (require_ssl = true in ${shown}).`, ...evidence)
      : fail(`The cluster accepts plain-text connections (require_ssl is not true in ${shown}).`, ...evidence);
  },
});
