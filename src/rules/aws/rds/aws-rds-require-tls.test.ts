import { iacRef } from '../../../model/refs.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-rds-require-tls.js';

const group = (family: string, parameters: Record<string, string> | ReturnType<typeof unknown>, name = 'patients-postgres16') =>
  resource('AWS::RDS::DBParameterGroup', { groupName: name, family, parameters }, { name, refs: [name] });
const db = (over: object) => resource('AWS::RDS::DBInstance', over);

ruleTester(rule, {
  pass: [
    { name: 'a PostgreSQL group setting rds.force_ssl = 1', resource: db({}), others: [group('postgres16', { 'rds.force_ssl': '1' })], message: /rds.force_ssl = 1/ },
    { name: 'PostgreSQL 16 on its default group, where force_ssl is on', resource: db({ dbParameterGroupName: 'default.postgres16' }), message: /engine default/ },
    { name: 'a template PostgreSQL 15 instance without a group', resource: db({ engineVersion: '15.7', dbParameterGroupName: null }) },
    {
      name: 'an Aurora MySQL cluster with require_secure_transport ON',
      resource: resource('AWS::RDS::DBCluster', { engine: 'aurora-mysql', dbClusterParameterGroupName: 'claims' }),
      others: [resource('AWS::RDS::DBClusterParameterGroup', { groupName: 'claims', family: 'aurora-mysql8.0', parameters: { require_secure_transport: 'ON' } }, { refs: ['claims'] })],
    },
    {
      name: 'a template group declared beside the instance',
      resource: db({ engine: 'mysql', dbParameterGroupName: iacRef('template.yaml', 'TlsParams') }),
      others: [resource('AWS::RDS::DBParameterGroup', { family: 'mysql8.0', parameters: { require_secure_transport: '1' } }, { origin: iacOrigin('TlsParams'), refs: [iacRef('template.yaml', 'TlsParams')] })],
    },
  ],
  fail: [
    { name: 'rds.force_ssl turned off', resource: db({}), others: [group('postgres16', { 'rds.force_ssl': '0' })], message: /plain-text/ },
    { name: 'MySQL on its default group', resource: db({ engine: 'mysql', engineVersion: '8.0.36', dbParameterGroupName: 'default.mysql8.0' }), message: /engine default/ },
    { name: 'PostgreSQL 14 with a custom group that does not set it', resource: db({ engineVersion: '14.12' }), others: [group('postgres14', {})] },
    { name: 'an Aurora PostgreSQL cluster with no cluster group', resource: resource('AWS::RDS::DBCluster', { dbClusterParameterGroupName: null }) },
  ],
  not_assessed: [
    { name: 'a custom group missing from the inventory', resource: db({}), message: /not in the inventory/ },
    { name: 'the group\'s parameters could not be read', resource: db({}), others: [group('postgres16', unknown('AccessDenied on rds:DescribeDBParameters'))], message: /AccessDenied/ },
    { name: 'PostgreSQL with no version on the default group', resource: db({ engineVersion: null, dbParameterGroupName: null }), message: /version/ },
    { name: 'Oracle, which enforces TLS through an option group', resource: db({ engine: 'oracle-ee' }), message: /option group/ },
  ],
  not_applicable: [{ name: 'an Aurora member, judged on its cluster', resource: db({ dbClusterIdentifier: 'claims' }) }],
});
