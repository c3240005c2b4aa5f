import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-opensearch-in-vpc.js';

ruleTester(rule, {
  pass: [{ name: 'in a VPC', resource: resource('AWS::OpenSearchService::Domain', {}), message: /VPC endpoints/ }],
  fail: [
    { name: 'public endpoint', resource: resource('AWS::OpenSearchService::Domain', { inVpc: false }), message: /public endpoint/ },
    { name: 'a template without VPCOptions', resource: resource('AWS::OpenSearchService::Domain', { inVpc: false }, { origin: iacOrigin('Notes') }) },
  ],
  not_assessed: [{ name: 'subnets from an unresolved parameter', resource: resource('AWS::OpenSearchService::Domain', { inVpc: unknown('parameter Subnets has no value') }) }],
});
