import type { BeanstalkEnvironmentProps } from '../../../../model/aws/edge-misc.js';
import type { AnyResource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Attrs, Declared } from '../types.js';
import { blocks, literalName, str } from './attrs.js';
import { resourceOf } from './common.js';
import { allUnknown } from './edge-common.js';

export const MISC_TF_TYPES = ['aws_elastic_beanstalk_environment'];

/** A `setting` block's value, the API default when absent, unknown when a saved configuration may set it. */
function option(a: Attrs, namespace: string, name: string): Known<string> | undefined {
  const list = blocks(a.setting, 'setting');
  if (isUnknown(list)) return list;
  for (const s of list) {
    if (isUnknown(s.namespace) || isUnknown(s.name)) return unknown('a setting block names its option through a value that cannot be resolved');
    if (s.namespace === namespace && s.name === name) return str(s.value, '', `${namespace} ${name}`);
  }
  return a.template_name ? unknown(`${namespace} ${name} may be set by the saved configuration named in template_name`) : undefined;
}

function environmentProps(a: Attrs): BeanstalkEnvironmentProps {
  const managed = option(a, 'aws:elasticbeanstalk:managedactions', 'ManagedActionsEnabled');
  const health = option(a, 'aws:elasticbeanstalk:healthreporting:system', 'SystemType');
  return {
    environmentName: str(a.name, '', 'name'),
    applicationName: str(a.application, '', 'application'),
    managedActionsEnabled: managed === undefined ? false : isUnknown(managed) ? managed : managed.toLowerCase() === 'true',
    healthReportingSystemType: health ?? 'basic',
  };
}

export function buildMisc(of: (t: string) => Declared[]): AnyResource[] {
  return of('aws_elastic_beanstalk_environment').map((d) => {
    const props = d.unknownReason
      ? allUnknown<BeanstalkEnvironmentProps>(d.unknownReason, ['environmentName', 'applicationName', 'managedActionsEnabled', 'healthReportingSystemType'])
      : environmentProps(d.attrs);
    const name = literalName(d.attrs.name);
    return resourceOf(d, 'AWS::ElasticBeanstalk::Environment', props, { name, refs: name ? [name] : [] });
  });
}
