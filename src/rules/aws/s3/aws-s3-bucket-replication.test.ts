import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-s3-bucket-replication.js';

const bucket = (replication: unknown) => resource('AWS::S3::Bucket', { replication: replication as never });

ruleTester(rule, {
  pass: [
    { name: 'replicates to a DR bucket', resource: bucket(['arn:aws:s3:::phi-records-dr']), message: /phi-records-dr/ },
    { name: 'a template replica named by a parameter', resource: bucket([unknown('parameter ReplicaArn has no value')]), message: /not known yet/ },
  ],
  fail: [{ name: 'no replication (or only disabled rules)', resource: bucket(null), message: /no enabled replication/ }],
  not_assessed: [{ name: 'the configuration could not be read', resource: bucket(unknown('AccessDenied on s3:GetBucketReplication')) }],
});
