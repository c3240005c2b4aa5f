import type { S3DataEventSelector } from '../../../model/aws/cloudtrail.js';
import { iacRef } from '../../../model/refs.js';
import { unknown } from '../../../model/unknown.js';
import { ACCOUNT, iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-cloudtrail-s3-data-events-phi-buckets.js';

const PHI = { phi: 'true' };
const phiBucket = resource('AWS::S3::Bucket', {}, { tags: PHI });
const sel = (readWrite: S3DataEventSelector['readWrite'], resources: S3DataEventSelector['resources'], excluded: S3DataEventSelector['excluded'] = []) => ({
  readWrite,
  resources,
  excluded,
});
const trail = (s3DataEvents: unknown, props: object = {}, name = 'org-trail') =>
  resource('AWS::CloudTrail::Trail', { s3DataEvents: s3DataEvents as S3DataEventSelector[], ...props }, { name });
const incompleteTrails = [
  {
    provider: 'aws' as const,
    account: ACCOUNT,
    type: 'AWS::CloudTrail::Trail' as const,
    complete: false,
    reasons: ['AccessDenied on cloudtrail:GetEventSelectors for trail legacy'],
  },
];
const tpl = { account: unknown('not stated'), region: unknown('not stated') };
const tplBucket = resource('AWS::S3::Bucket', { bucketName: unknown('generated') }, {
  ...tpl,
  id: 'template.yaml#PhiBucket',
  tags: PHI,
  origin: iacOrigin('PhiBucket'),
  refs: [iacRef('template.yaml', 'PhiBucket')],
});

ruleTester(rule, {
  pass: [
    { name: 'a logging trail records all buckets, read and write', resource: phiBucket, others: [trail([sel('All', ['arn:aws:s3'])])] },
    {
      name: 'a selector naming the bucket followed by a slash',
      resource: phiBucket,
      others: [trail([sel('All', ['arn:aws:s3:::other', 'arn:aws:s3:::phi-records/'])])],
    },
    {
      name: 'reads and writes in two selectors of two trails',
      resource: phiBucket,
      others: [trail([sel('ReadOnly', ['arn:aws:s3:::'])], {}, 'reads'), trail([sel('WriteOnly', ['arn:aws:s3:::phi-records'])], {}, 'writes')],
      message: /reads, writes/,
    },
    {
      name: 'an untagged bucket in an account declared as holding PHI',
      resource: resource('AWS::S3::Bucket'),
      others: [trail([sel('All', ['arn:aws:s3'])])],
      config: { phiAccounts: [ACCOUNT] },
    },
    {
      name: 'a single-region trail in the same template as the bucket, naming it by reference',
      resource: tplBucket,
      others: [
        resource('AWS::CloudTrail::Trail', {
          isMultiRegion: false,
          homeRegion: unknown('not stated'),
          s3DataEvents: [sel('All', [`${iacRef('template.yaml', 'PhiBucket')}/`])],
        }, { ...tpl, id: 'template.yaml#Trail', origin: iacOrigin('Trail') }),
      ],
    },
  ],
  fail: [
    {
      name: 'a template bucket whose own trail selects it for writes only',
      resource: tplBucket,
      others: [
        resource('AWS::CloudTrail::Trail', {
          isMultiRegion: false,
          homeRegion: unknown('not stated'),
          s3DataEvents: [sel('WriteOnly', [`${iacRef('template.yaml', 'PhiBucket')}/`])],
        }, { ...tpl, id: 'template.yaml#Trail', name: 'Trail', origin: iacOrigin('Trail') }),
      ],
      message: /only object writes are recorded by the trails declared for it \(Trail\)/,
    },
    { name: 'no trail in a completely listed account', resource: phiBucket, message: /No logging trail/ },
    {
      name: 'reads only, so writes are missing',
      resource: phiBucket,
      others: [trail([sel('ReadOnly', ['arn:aws:s3'])])],
      message: /writes \(WriteOnly\) are not/,
    },
    {
      name: 'writes only, so reads are missing',
      resource: phiBucket,
      others: [trail([sel('WriteOnly', ['arn:aws:s3'])])],
      message: /reads \(ReadOnly\) are not/,
    },
    {
      name: 'the selector covers one prefix of the bucket only',
      resource: phiBucket,
      others: [trail([sel('All', ['arn:aws:s3:::phi-records/reports/'])])],
      message: /do not cover the whole bucket/,
    },
    {
      name: 'the selector names another bucket whose name starts the same',
      resource: phiBucket,
      others: [trail([sel('All', ['arn:aws:s3:::phi-records-archive/'])])],
    },
    {
      name: 'the only covering trail is not logging',
      resource: phiBucket,
      others: [trail([sel('All', ['arn:aws:s3'])], { isLogging: false })],
      message: /org-trail is not logging/,
    },
    {
      name: 'an advanced selector that excludes the bucket',
      resource: phiBucket,
      others: [trail([sel('All', ['arn:aws:s3'], ['arn:aws:s3:::phi-records/'])])],
    },
    {
      name: 'a single-region trail in another region',
      resource: phiBucket,
      others: [trail([sel('All', ['arn:aws:s3'])], { isMultiRegion: false, homeRegion: 'eu-west-1' })],
      message: /another region/,
    },
  ],
  not_assessed: [
    {
      name: 'a template bucket whose declared trail logs all buckets in another template, region unknown',
      resource: tplBucket,
      others: [
        resource('AWS::CloudTrail::Trail', {
          isMultiRegion: false,
          homeRegion: unknown('not stated'),
          s3DataEvents: [sel('All', ['arn:aws:s3'])],
        }, { ...tpl, id: 'other.yaml#Trail', origin: iacOrigin('Trail', 'other.yaml') }),
      ],
      message: /records one region only/,
    },
    {
      name: 'no covering trail and the trail list is incomplete',
      resource: phiBucket,
      coverage: incompleteTrails,
      message: /GetEventSelectors/,
    },
    {
      name: 'the only trail hides its selectors',
      resource: phiBucket,
      others: [trail(unknown('AccessDenied on cloudtrail:GetEventSelectors'))],
      message: /AccessDenied/,
    },
    {
      name: 'the selector value is an unresolved parameter',
      resource: phiBucket,
      others: [trail([sel('All', [unknown('parameter PhiBucketArn has no value')])])],
      message: /PhiBucketArn/,
    },
    {
      name: 'a template bucket with no trail in the scanned files',
      resource: tplBucket,
      message: /infrastructure as code/,
    },
  ],
  not_applicable: [
    { name: 'a bucket outside PHI scope', resource: resource('AWS::S3::Bucket'), others: [] },
  ],
});
