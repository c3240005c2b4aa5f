import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-elasticbeanstalk-enhanced-health',
    title: 'Elastic Beanstalk environment uses enhanced health reporting',
    severity: 'low',
    hipaa: ['164.312(b)'],
    resourceTypes: ['AWS::ElasticBeanstalk::Environment'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['beanstalk-enhanced-health-reporting'],
    rationale:
      'Basic health reporting only says whether load balancer checks pass. Enhanced reporting collects request ' +
      'rates, latencies, error codes and host metrics from every instance, the activity record needed to notice and ' +
      'investigate abnormal behaviour of an application handling PHI.',
    remediation: {
      text: 'Set the health reporting system type to enhanced (the environment needs a service role and a current platform).',
      cli: 'aws elasticbeanstalk update-environment --environment-name ENV --option-settings Namespace=aws:elasticbeanstalk:healthreporting:system,OptionName=SystemType,Value=enhanced',
      terraform: 'setting {\n  namespace = "aws:elasticbeanstalk:healthreporting:system"\n  name      = "SystemType"\n  value     = "enhanced"\n}',
      cloudformation: 'OptionSettings:\n  - Namespace: aws:elasticbeanstalk:healthreporting:system\n    OptionName: SystemType\n    Value: enhanced',
    },
  },
  evaluate(env) {
    const type = env.props.healthReportingSystemType;
    if (isUnknown(type)) return unknownResult('healthReportingSystemType', type);
    const evidence = ev('healthReportingSystemType', type);
    return type === 'enhanced' ? pass('Enhanced health reporting is on.', evidence) : fail(`Health reporting is ${type}.`, evidence);
  },
});
