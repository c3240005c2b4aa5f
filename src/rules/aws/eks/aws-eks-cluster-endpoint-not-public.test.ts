import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-eks-cluster-endpoint-not-public.js';

const C = 'AWS::EKS::Cluster';

ruleTester(rule, {
  pass: [
    { name: 'private endpoint only', resource: resource(C), message: /private/ },
    { name: 'public, limited to an office range', resource: resource(C, { endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] }), message: /1 network/ },
  ],
  fail: [
    { name: 'public to everyone (EKS default)', resource: resource(C, { endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'] }), message: /every network/ },
    { name: 'public with no list', resource: resource(C, { endpointPublicAccess: true, publicAccessCidrs: [] }) },
  ],
  not_assessed: [
    { name: 'access unknown', resource: resource(C, { endpointPublicAccess: unknown('AccessDenied on eks:DescribeCluster') }) },
    { name: 'a range from a variable', resource: resource(C, { endpointPublicAccess: true, publicAccessCidrs: [unknown('var.cidr has no value')] }) },
  ],
});
