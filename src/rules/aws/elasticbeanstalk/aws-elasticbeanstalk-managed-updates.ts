import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-elasticbeanstalk-managed-updates',
    title: 'Elastic Beanstalk environment applies managed platform updates',
    severity: 'medium',
    hipaa: ['164.308(a)(5)(ii)(B)', '164.308(a)(1)(ii)(B)'],
    resourceTypes: ['AWS::ElasticBeanstalk::Environment'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['beanstalk-managed-updates'],
    rationale:
      'The platform under a Beanstalk application (OS, language runtime, web server) gets security patches through ' +
      'platform updates. With managed updates on, they are applied in a weekly maintenance window; off, the hosts ' +
      'serving PHI keep known vulnerabilities until someone remembers to update.',
    remediation: {
      text: 'Enable managed platform updates with a maintenance window and an update level (minor or patch).',
      cli: 'aws elasticbeanstalk update-environment --environment-name ENV --option-settings Namespace=aws:elasticbeanstalk:managedactions,OptionName=ManagedActionsEnabled,Value=true Namespace=aws:elasticbeanstalk:managedactions,OptionName=PreferredStartTime,Value="Sun:02:00" Namespace=aws:elasticbeanstalk:managedactions:platformupdate,OptionName=UpdateLevel,Value=minor',
      terraform: 'setting {\n  namespace = "aws:elasticbeanstalk:managedactions"\n  name      = "ManagedActionsEnabled"\n  value     = "true"\n}\nsetting {\n  namespace = "aws:elasticbeanstalk:managedactions"\n  name      = "PreferredStartTime"\n  value     = "Sun:02:00"\n}\nsetting {\n  namespace = "aws:elasticbeanstalk:managedactions:platformupdate"\n  name      = "UpdateLevel"\n  value     = "minor"\n}',
      cloudformation: 'OptionSettings:\n  - Namespace: aws:elasticbeanstalk:managedactions\n    OptionName: ManagedActionsEnabled\n    Value: "true"\n  - Namespace: aws:elasticbeanstalk:managedactions\n    OptionName: PreferredStartTime\n    Value: "Sun:02:00"\n  - Namespace: aws:elasticbeanstalk:managedactions:platformupdate\n    OptionName: UpdateLevel\n    Value: minor',
    },
  },
  evaluate(env) {
    const on = env.props.managedActionsEnabled;
    if (isUnknown(on)) return unknownResult('managedActionsEnabled', on);
    const evidence = ev('managedActionsEnabled', on);
    return on ? pass('Managed platform updates are on.', evidence) : fail('Managed platform updates are off.', evidence);
  },
});
