import { ACCOUNT, REGION, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-account-resources-carry-classification-tag.js';

const OTHER = '444455556666';
const PHI_ACCOUNT = { phiAccounts: [ACCOUNT] };

const tagged = (tags: Record<string, string> | { $unknown: string }, account = ACCOUNT) => {
  const arn = `arn:aws:dynamodb:${REGION}:${account}:table/appointments`;
  return resource('AWS::ResourceGroupsTaggingAPI::Resource', { arn, service: 'dynamodb', resourceType: 'table' }, { id: arn, tags, account });
};

ruleTester(rule, {
  pass: [
    { name: 'classified as PHI', resource: tagged({ 'data-classification': 'phi', team: 'scheduling' }), config: PHI_ACCOUNT, message: /data-classification=phi/ },
    { name: 'classified as internal', resource: tagged({ 'data-classification': 'internal' }), config: PHI_ACCOUNT },
    { name: 'the key chosen by option', resource: tagged({ DataClassification: 'phi' }), config: PHI_ACCOUNT, options: { tagKey: 'DataClassification' } },
  ],
  fail: [
    { name: 'tagged, but without the classification key', resource: tagged({ team: 'scheduling', env: 'prod' }), config: PHI_ACCOUNT, message: /no "data-classification" tag/ },
    { name: 'a tag key differing in case (AWS tag keys are case-sensitive)', resource: tagged({ 'Data-Classification': 'phi' }), config: PHI_ACCOUNT },
    { name: 'the classification key with an empty value', resource: tagged({ 'data-classification': ' ' }), config: PHI_ACCOUNT, message: /empty/ },
    { name: 'no tags left (once tagged, so the Tagging API still lists it)', resource: tagged({}), config: PHI_ACCOUNT },
  ],
  not_assessed: [{ name: 'tags unknown', resource: tagged({ $unknown: 'AccessDenied on tag:GetResources' }), config: PHI_ACCOUNT, message: /AccessDenied/ }],
  not_applicable: [
    { name: 'an account not declared as holding PHI, even for a PHI-tagged resource', resource: tagged({ phi: 'true' }) },
    { name: 'a resource of another account', resource: tagged({ team: 'x' }, OTHER), config: PHI_ACCOUNT },
  ],
});
