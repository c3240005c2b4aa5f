import type { CoverageEntry } from '../../../engine/inventory.js';
import { iacRef } from '../../../model/refs.js';
import { unknown } from '../../../model/unknown.js';
import { ACCOUNT, iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-lambda-function-phi-vpc-own-role.js';

const PHI = { tags: { 'data-classification': 'phi' } };
const ROLE = `arn:aws:iam::${ACCOUNT}:role/claims-processor`;
const fn = (props: Parameters<typeof resource<'AWS::Lambda::Function'>>[1] = {}, name = 'claims') =>
  resource('AWS::Lambda::Function', props, { ...PHI, name, id: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}` });
const other = (role: string | ReturnType<typeof unknown>) => resource('AWS::Lambda::Function', { role }, { name: 'thumbnails', id: 'arn:thumbnails' });
const listed = (complete: boolean): CoverageEntry[] => [
  { provider: 'aws', account: ACCOUNT, type: 'AWS::Lambda::Function', complete, reasons: complete ? [] : ['AccessDenied on lambda:ListFunctions in eu-west-1'] },
];
const tplRole = iacRef('template.yaml', 'ClaimsRole');
const tpl = (name: string, role: string) => resource('AWS::Lambda::Function', { role }, { ...PHI, name, id: `template.yaml#${name}`, account: unknown('template'), origin: iacOrigin(name) });

ruleTester(rule, {
  pass: [
    { name: 'own role, every function listed', resource: fn(), others: [other(`arn:aws:iam::${ACCOUNT}:role/thumbnails`)], coverage: listed(true), message: /in the account/ },
    { name: 'template role used by one function', resource: tpl('Claims', tplRole), others: [tpl('Thumbs', iacRef('template.yaml', 'ThumbsRole'))], message: /scanned configuration/ },
  ],
  fail: [
    { name: 'outside any VPC', resource: fn({ vpcConfig: null }), coverage: listed(true), message: /outside/ },
    { name: 'role shared with another function', resource: fn(), others: [other(ROLE)], coverage: listed(true), message: /thumbnails/ },
    { name: 'template role shared', resource: tpl('Claims', tplRole), others: [tpl('Thumbs', tplRole)] },
  ],
  not_assessed: [
    { name: 'function listing incomplete', resource: fn(), coverage: listed(false), message: /AccessDenied/ },
    { name: 'another function\'s role unknown', resource: fn(), others: [other(unknown('parameter R has no value'))], coverage: listed(true) },
    { name: 'template naming a role ARN from elsewhere', resource: tpl('Claims', ROLE) },
  ],
  not_applicable: [{ name: 'not PHI', resource: resource('AWS::Lambda::Function', { vpcConfig: null }) }],
});
