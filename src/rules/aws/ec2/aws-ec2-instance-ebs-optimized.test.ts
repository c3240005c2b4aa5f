import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ec2-instance-ebs-optimized.js';

const instance = (instanceType: string, ebsOptimized: boolean) => resource('AWS::EC2::Instance', { instanceType, ebsOptimized });

ruleTester(rule, {
  pass: [
    { name: 'a current-generation type, optimized by default whatever the flag', resource: instance('m6i.large', false), message: /by default/ },
    { name: 'a previous-generation type with the option on', resource: instance('c3.xlarge', true) },
  ],
  fail: [
    { name: 'a previous-generation type with the option off', resource: instance('m3.xlarge', false), message: /not enabled/ },
    { name: 'a template r3 instance without EbsOptimized', resource: resource('AWS::EC2::Instance', { instanceType: 'r3.large', ebsOptimized: false }, { origin: iacOrigin('Db') }) },
  ],
  not_assessed: [
    { name: 'an instance type from an unresolved parameter', resource: resource('AWS::EC2::Instance', { instanceType: unknown('parameter InstanceType has no value') }) },
    { name: 'an optional type with the flag unknown', resource: resource('AWS::EC2::Instance', { instanceType: 'i2.xlarge', ebsOptimized: unknown('variable opt has no value') }) },
  ],
  not_applicable: [{ name: 'a t2 instance, which cannot be optimized', resource: instance('t2.micro', false) }],
});
