import type { PolicyStatement } from '../../../model/aws/policy.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-efs-tls-required.js';

const deny = (over: Partial<PolicyStatement> = {}): PolicyStatement => ({
  effect: 'Deny',
  principal: { AWS: ['*'] },
  action: ['*'],
  condition: { Bool: { 'aws:securetransport': ['false'] } },
  ...over,
});
const fs = (statements: PolicyStatement[] | null) =>
  resource('AWS::EFS::FileSystem', { policy: statements === null ? null : { version: '2012-10-17', statements } });

ruleTester(rule, {
  pass: [
    { name: 'the known-good policy naming the file system ARN', resource: resource('AWS::EFS::FileSystem', {}, { id: 'arn:aws:elasticfilesystem:us-east-1:111122223333:file-system/fs-0123456789abcdef0' }), message: /denies/ },
    { name: 'a deny of everything without Resource', resource: fs([deny()]) },
    { name: 'a deny of the two client actions', resource: fs([deny({ action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'] })]) },
  ],
  fail: [
    { name: 'no policy', resource: fs(null), message: /no policy/ },
    { name: 'a policy that only denies ClientRootAccess', resource: fs([deny({ action: ['elasticfilesystem:ClientRootAccess'] })]), message: /ClientMount or elasticfilesystem:ClientWrite/ },
    { name: 'a deny narrowed by a second condition', resource: fs([deny({ condition: { Bool: { 'aws:securetransport': ['false'] }, StringEquals: { 'aws:sourcevpc': ['vpc-1'] } } })]) },
    { name: 'a template without FileSystemPolicy', resource: resource('AWS::EFS::FileSystem', { policy: null }, { origin: iacOrigin('Scans') }) },
  ],
  not_assessed: [
    { name: 'the policy call was denied', resource: resource('AWS::EFS::FileSystem', { policy: unknown('AccessDenied on elasticfilesystem:DescribeFileSystemPolicy') }), message: /AccessDenied/ },
    { name: 'the principal is unresolved', resource: fs([deny({ principal: unknown('parameter Principal has no value') })]), message: /Principal/ },
  ],
});
