import { isOn, ownsClusterSettings, kind, tlsSwitch } from '../../../analysis/database-rds.js';
import type { AnyResource, Resource } from '../../../model/resource.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-rds-require-tls',
    title: 'RDS instance or Aurora cluster refuses connections without TLS',
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-tls12-everywhere'],
    rationale:
      'RDS offers TLS on every engine, but most engines still accept plain-text connections unless a parameter ' +
      'forbids them, and a client with a missing sslmode setting silently falls back. Requiring TLS on the server ' +
      '(rds.force_ssl, require_secure_transport) is the only way to know ePHI never crosses the network in clear.',
    remediation: {
      text: 'Use a custom parameter group (a cluster parameter group for Aurora) that sets rds.force_ssl = 1 (PostgreSQL, SQL Server) or require_secure_transport = ON (MySQL, MariaDB), and attach it to the database.',
      cli: 'aws rds modify-db-parameter-group --db-parameter-group-name GROUP --parameters "ParameterName=rds.force_ssl,ParameterValue=1,ApplyMethod=immediate"\naws rds modify-db-cluster-parameter-group --db-cluster-parameter-group-name GROUP --parameters "ParameterName=require_secure_transport,ParameterValue=ON,ApplyMethod=immediate"',
      terraform:
        'resource "aws_db_parameter_group" "tls" {\n  family = "postgres16"\n  parameter {\n    name  = "rds.force_ssl"\n    value = "1"\n  }\n}\n\nresource "aws_db_instance" "this" {\n  # ...\n  parameter_group_name = aws_db_parameter_group.tls.name\n}',
      cloudformation:
        'TlsParams:\n  Type: AWS::RDS::DBParameterGroup\n  Properties:\n    Family: postgres16\n    Description: Require TLS\n    Parameters:\n      rds.force_ssl: 1\nDb:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    DBParameterGroupName: !Ref TlsParams',
    },
  },
  evaluate(db, ctx) {
    const own = ownsClusterSettings(db);
    if (own !== true) return own === false ? null : own;
    const engine = db.props.engine;
    if (isUnknown(engine)) return unknownResult('engine', engine);
    const isCluster = db.type === 'AWS::RDS::DBCluster';
    const path = isCluster ? 'dbClusterParameterGroupName' : 'dbParameterGroupName';
    const name = isCluster
      ? (db as Resource<'AWS::RDS::DBCluster'>).props.dbClusterParameterGroupName
      : (db as Resource<'AWS::RDS::DBInstance'>).props.dbParameterGroupName;
    if (isUnknown(name)) return unknownResult(path, name);
    const group =
      name === null
        ? undefined
        : ctx.lookup(isCluster ? 'AWS::RDS::DBClusterParameterGroup' : 'AWS::RDS::DBParameterGroup', name, db as AnyResource);
    const sw = tlsSwitch(engine, db.props.engineVersion, group?.props.family);
    if (!sw) return notAssessed(`${engine} enforces TLS through its option group and listener settings, which phiguard does not read`, ev('engine', engine));
    const evidence = [ev('engine', engine), ev(path, name)];
    // A custom group missing from the scan could set anything; a default group holds the engine defaults.
    if (name !== null && !group && !name.startsWith('default.')) {
      return notAssessed(`the parameter group ${name} is not in the inventory`, ...evidence);
    }
    const params = group?.props.parameters ?? {};
    if (isUnknown(params)) return unknownResult('parameterGroup.parameters', params);
    const set = params[sw.parameter];
    const on = set !== undefined ? isOn(set) : sw.defaultOn;
    if (isUnknown(on)) return notAssessed(on.$unknown, ...evidence);
    const how = set !== undefined ? `${sw.parameter} = ${set}` : `${sw.parameter} left at the engine default`;
    evidence.push(ev(`parameters.${sw.parameter}`, set ?? null));
    return on
      ? pass(`The ${kind(db)} refuses connections without TLS (${how}).`, ...evidence)
      : fail(`The ${kind(db)} accepts plain-text connections (${how}).`, ...evidence);
  },
});
