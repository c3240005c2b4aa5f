import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-emr-cluster-master-no-public-ip.js';

const TOKEN = 'ref:tpl.yaml#DataSubnet';
const iac = (subnetId: string | null | ReturnType<typeof unknown>) =>
  resource('AWS::EMR::Cluster', { masterPublicIp: null, subnetId }, { origin: iacOrigin('Cluster') });
const subnet = (mapPublicIpOnLaunch: boolean) => resource('AWS::EC2::Subnet', { mapPublicIpOnLaunch }, { origin: iacOrigin('DataSubnet'), refs: [TOKEN] });

ruleTester(rule, {
  pass: [
    { name: 'a live primary node without a public address', resource: resource('AWS::EMR::Cluster'), message: /no public IP/ },
    { name: 'a template cluster in a private subnet', resource: iac(TOKEN), others: [subnet(false)], message: /does not assign/ },
  ],
  fail: [
    { name: 'a live primary node with a public address', resource: resource('AWS::EMR::Cluster', { masterPublicIp: true }) },
    { name: 'a template cluster in a subnet that maps public addresses', resource: iac(TOKEN), others: [subnet(true)], message: /assigns a public IP/ },
    { name: 'a template cluster naming no subnet', resource: iac(null), message: /default VPC/ },
  ],
  not_assessed: [
    { name: 'a subnet outside the scan', resource: iac('subnet-0123'), message: /not in the scan/ },
    { name: 'one of several fleet subnets', resource: iac(unknown('EMR picks one of several subnets (subnet_ids) at launch')) },
    { name: 'ListInstances denied', resource: resource('AWS::EMR::Cluster', { masterPublicIp: unknown('AccessDenied on elasticmapreduce:ListInstances') }) },
  ],
});
