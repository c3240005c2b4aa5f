import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ssm-document-not-public.js';

const doc = (sharedWith: string[] | ReturnType<typeof unknown>) => resource('AWS::SSM::Document', { sharedWith });

ruleTester(rule, {
  pass: [
    { name: 'not shared', resource: doc([]), message: /not shared/ },
    { name: 'shared with two named accounts', resource: doc(['444455556666', '777788889999']), message: /2 named/ },
  ],
  fail: [
    { name: 'shared with all (live spelling)', resource: doc(['all']), message: /public/ },
    { name: 'shared with All besides a named account (Terraform spelling)', resource: doc(['444455556666', 'All']) },
  ],
  not_assessed: [{ name: 'sharing could not be read', resource: doc(unknown('AccessDenied on ssm:DescribeDocumentPermission')), message: /AccessDenied/ }],
});
