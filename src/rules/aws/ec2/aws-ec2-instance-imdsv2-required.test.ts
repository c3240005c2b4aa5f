import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ec2-instance-imdsv2-required.js';

const instance = (httpTokens: 'required' | 'optional', httpEndpoint: 'enabled' | 'disabled' = 'enabled') =>
  resource('AWS::EC2::Instance', { imds: { httpTokens, httpEndpoint } });

ruleTester(rule, {
  pass: [
    { name: 'an instance requiring tokens', resource: instance('required'), message: /IMDSv2/ },
    { name: 'an instance with the endpoint disabled', resource: instance('optional', 'disabled'), message: /disabled/ },
    { name: 'a launch template requiring tokens', resource: resource('AWS::EC2::LaunchTemplate', {}) },
    {
      name: 'a template instance taking its metadata options from a declared launch template',
      resource: resource('AWS::EC2::Instance', { imds: unknown('MetadataOptions come from the launch template'), launchTemplate: 'ref:t#Lt' }, { origin: iacOrigin('App') }),
      others: [resource('AWS::EC2::LaunchTemplate', {}, { origin: iacOrigin('Lt'), refs: ['ref:t#Lt'] })],
    },
  ],
  fail: [
    { name: 'an instance allowing IMDSv1', resource: instance('optional'), message: /IMDSv1/ },
    {
      name: 'a launch configuration without metadata options',
      resource: resource('AWS::AutoScaling::LaunchConfiguration', { imds: { httpTokens: 'optional', httpEndpoint: 'enabled' } }),
    },
    {
      name: 'a template Nitro Enclaves host allowing IMDSv1',
      resource: resource('AWS::EC2::Instance', { enclave: true, imds: { httpTokens: 'optional', httpEndpoint: 'enabled' } }, { origin: iacOrigin('BadEnclaveHost') }),
    },
  ],
  not_assessed: [
    { name: 'tokens from an unresolved parameter', resource: resource('AWS::EC2::Instance', { imds: { httpTokens: unknown('parameter Tokens has no value'), httpEndpoint: 'enabled' } }), message: /Tokens/ },
    {
      name: 'a launch template outside the scan',
      resource: resource('AWS::EC2::Instance', { imds: unknown('MetadataOptions come from the launch template'), launchTemplate: 'lt-0123' }, { origin: iacOrigin('App') }),
      message: /lt-0123/,
    },
    { name: 'metadata options not read', resource: resource('AWS::EC2::LaunchTemplate', { imds: unknown('AccessDenied on ec2:DescribeLaunchTemplateVersions') }) },
  ],
});
