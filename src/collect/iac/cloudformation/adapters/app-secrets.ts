import { rotationIntervalDays, type SecretsManagerSecretProps } from '../../../../model/aws/app-secrets.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, unknown } from '../../../../model/unknown.js';
import { asNumber, asString, at, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, join, namedIdentity, type TemplateResource } from './types.js';

const LIVE_ONLY = unknown('known only to a live scan');

export function secret(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::SecretsManager::Secret'> {
  const p = res.properties;
  const name = asString(at(p, 'Name'), 'Name');
  const id = namedIdentity(res, ctx, name);
  const props: SecretsManagerSecretProps = {
    secretName: name ?? unknown('Name is not declared: CloudFormation generates it at deploy time'),
    // Without KmsKeyId the secret uses the AWS managed key aws/secretsmanager.
    kmsKeyId: asString(at(p, 'KmsKeyId'), 'KmsKeyId') ?? null,
    // Turned on by an AWS::SecretsManager::RotationSchedule, joined in.
    rotationEnabled: false,
    rotationIntervalDays: null,
    createdDate: LIVE_ONLY,
    lastChangedDate: LIVE_ONLY,
    lastRotatedDate: LIVE_ONLY,
    lastAccessedDate: LIVE_ONLY,
    nextRotationDate: LIVE_ONLY,
    observedAt: LIVE_ONLY,
  };
  return iacResource(res, ctx, { type: 'AWS::SecretsManager::Secret', name: id.name, tags: tagsOf(at(p, 'Tags')), refs: id.refs, props });
}

/** `AWS::SecretsManager::RotationSchedule` turns rotation on for the secret it names. */
export const rotationScheduleJoin = join({
  type: 'AWS::SecretsManager::RotationSchedule',
  target: 'AWS::SecretsManager::Secret',
  via: 'SecretId',
  attach(schedule, target, _ctx, exists) {
    const p = schedule.properties;
    if (isUnknown(exists)) {
      const why = unknown(`rotation schedule ${schedule.logicalId} exists only under a condition that cannot be decided: ${exists.$unknown}`);
      target.props.rotationEnabled = why;
      target.props.rotationIntervalDays = why;
      return;
    }
    target.props.rotationEnabled = true;
    const afterDays = asNumber(at(p, 'RotationRules', 'AutomaticallyAfterDays'), 'AutomaticallyAfterDays') ?? null;
    const expr = asString(at(p, 'RotationRules', 'ScheduleExpression'), 'ScheduleExpression') ?? null;
    target.props.rotationIntervalDays = rotationIntervalDays(afterDays, expr);
  },
});
