import { describe, expect, it } from 'vitest';
import { byAddress, scanHcl } from '../test-support/index.js';

describe('aws_elastic_beanstalk_environment', () => {
  it('reads setting blocks and settles API defaults', async () => {
    const r = await scanHcl({
      'main.tf': `
resource "aws_elastic_beanstalk_environment" "prod" {
  name                = "intake-prod"
  application         = "intake"
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"
  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "ManagedActionsEnabled"
    value     = "true"
  }
  setting {
    namespace = "aws:elasticbeanstalk:healthreporting:system"
    name      = "SystemType"
    value     = "enhanced"
  }
}

resource "aws_elastic_beanstalk_environment" "bare" {
  name                = "intake-dev"
  application         = "intake"
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"
}
`,
    });
    expect(r.problems).toEqual([]);
    expect(byAddress(r, 'AWS::ElasticBeanstalk::Environment', 'aws_elastic_beanstalk_environment.prod').props).toEqual({
      environmentName: 'intake-prod',
      applicationName: 'intake',
      managedActionsEnabled: true,
      healthReportingSystemType: 'enhanced',
    });
    expect(byAddress(r, 'AWS::ElasticBeanstalk::Environment', 'aws_elastic_beanstalk_environment.bare').props).toMatchObject({ managedActionsEnabled: false, healthReportingSystemType: 'basic' });
  });
});
