import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-inspector-scanning-enabled.js';

const account = (scans: Record<string, string> | ReturnType<typeof unknown>) => resource('AWS::Inspector2::Account', { scans });

ruleTester(rule, {
  pass: [
    { name: 'all three enabled', resource: account({ EC2: 'ENABLED', ECR: 'ENABLED', LAMBDA: 'ENABLED', LAMBDA_CODE: 'DISABLED' }) },
    { name: 'EC2 only when that is all required', resource: account({ EC2: 'ENABLED', ECR: 'DISABLED', LAMBDA: 'DISABLED' }), options: { scanTypes: ['EC2'] } },
  ],
  fail: [
    { name: 'nothing enabled', resource: account({ EC2: 'DISABLED', ECR: 'DISABLED', LAMBDA: 'DISABLED' }), message: /EC2, ECR, LAMBDA/ },
    { name: 'Lambda suspended', resource: account({ EC2: 'ENABLED', ECR: 'ENABLED', LAMBDA: 'SUSPENDED' }), message: /LAMBDA/ },
  ],
  not_assessed: [{ name: 'status denied', resource: account(unknown('AccessDenied on inspector2:BatchGetAccountStatus')) }],
});
