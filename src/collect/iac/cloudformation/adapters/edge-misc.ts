import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asString, at, isRecord, tagsOf } from '../values.js';
import { listOf } from './edge-values.js';
import { type AdapterContext, iacResource, namedIdentity, type TemplateResource } from './types.js';

/**
 * An option setting of an Elastic Beanstalk environment: the declared value, the API's
 * default when nothing could set it, unknown when a saved configuration (TemplateName) or an
 * unresolvable entry might.
 */
export function ebOption(settings: Known<unknown[]>, fromTemplate: boolean, namespace: string, name: string): Known<string> | undefined {
  if (isUnknown(settings)) return settings;
  for (const s of settings) {
    if (!isRecord(s)) return unknown('OptionSettings holds an entry that is not a mapping');
    const ns = asString(s.Namespace, 'Namespace');
    const opt = asString(s.OptionName, 'OptionName');
    if (isUnknown(ns) || isUnknown(opt)) return unknown('an OptionSettings entry names its option through a value that cannot be resolved');
    if (ns === namespace && opt === name) return asString(s.Value, `${namespace} ${name}`) ?? '';
  }
  return fromTemplate ? unknown(`${namespace} ${name} may be set by the saved configuration the environment starts from`) : undefined;
}

export function beanstalkEnvironment(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::ElasticBeanstalk::Environment'> {
  const p = res.properties;
  const id = namedIdentity(res, ctx, asString(at(p, 'EnvironmentName'), 'EnvironmentName'));
  const settings = listOf(at(p, 'OptionSettings'), 'OptionSettings', (x) => x);
  const fromTemplate = at(p, 'TemplateName') !== undefined;
  const managed = ebOption(settings, fromTemplate, 'aws:elasticbeanstalk:managedactions', 'ManagedActionsEnabled');
  const health = ebOption(settings, fromTemplate, 'aws:elasticbeanstalk:healthreporting:system', 'SystemType');
  return iacResource(res, ctx, {
    type: 'AWS::ElasticBeanstalk::Environment',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      environmentName: id.literal ?? unknown('EnvironmentName is not declared: CloudFormation generates it at deploy time'),
      applicationName: asString(at(p, 'ApplicationName'), 'ApplicationName') ?? unknown('ApplicationName is not declared'),
      // Outside the console and EB CLI, managed updates are off and health reporting is basic unless set.
      managedActionsEnabled: managed === undefined ? false : isUnknown(managed) ? managed : managed.toLowerCase() === 'true',
      healthReportingSystemType: health === undefined ? 'basic' : health,
    },
  });
}
