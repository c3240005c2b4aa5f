import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-eks-cluster-secrets-encryption.js';

ruleTester(rule, {
  pass: [{ name: 'KMS key set', resource: resource('AWS::EKS::Cluster') }],
  fail: [{ name: 'no secrets encryption', resource: resource('AWS::EKS::Cluster', { secretsKmsKeyArn: null }), message: /not envelope-encrypted/ }],
  not_assessed: [{ name: 'describe denied', resource: resource('AWS::EKS::Cluster', { secretsKmsKeyArn: unknown('AccessDenied on eks:DescribeCluster') }) }],
});
