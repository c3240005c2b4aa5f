import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-emr-cluster-kerberos.js';

const config = (kerberosEnabled: boolean | ReturnType<typeof unknown>) =>
  resource('AWS::EMR::SecurityConfiguration', { kerberosEnabled }, { refs: ['phi-kerberos'] });
const cluster = (securityConfiguration: string | null | ReturnType<typeof unknown>) => resource('AWS::EMR::Cluster', { securityConfiguration });
const TOKEN = 'ref:tpl.yaml#Kerberos';

ruleTester(rule, {
  pass: [
    { name: 'Kerberos in the security configuration', resource: cluster('phi-kerberos'), others: [config(true)], message: /turns on Kerberos/ },
    {
      name: 'template cluster naming its configuration by reference',
      resource: resource('AWS::EMR::Cluster', { securityConfiguration: TOKEN }, { origin: iacOrigin('Cluster') }),
      others: [resource('AWS::EMR::SecurityConfiguration', { kerberosEnabled: true }, { origin: iacOrigin('Kerberos'), refs: [TOKEN] })],
    },
  ],
  fail: [
    { name: 'no security configuration', resource: cluster(null), message: /without a security configuration/ },
    { name: 'encryption-only configuration', resource: cluster('phi-kerberos'), others: [config(false)], message: /no Kerberos/ },
  ],
  not_assessed: [
    { name: 'configuration not in the inventory', resource: cluster('phi-kerberos'), message: /not in the inventory/ },
    { name: 'configuration denied', resource: cluster('phi-kerberos'), others: [config(unknown('AccessDenied on elasticmapreduce:DescribeSecurityConfiguration'))] },
    { name: 'cluster denied', resource: cluster(unknown('AccessDenied on elasticmapreduce:DescribeCluster')) },
  ],
});
