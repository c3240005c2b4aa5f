import { describe, expect, it } from 'vitest';
import type { AnyResource } from '../../../../model/resource.js';
import { parseCloudFormation } from '../index.js';

function collect(yaml: string): Record<string, AnyResource> {
  const result = parseCloudFormation('tpl.yaml', yaml);
  expect(result.problems).toEqual([]);
  return Object.fromEntries(result.resources.map((r) => [r.origin.kind === 'iac' ? r.origin.address : r.id, r]));
}

describe('AWS::ElasticBeanstalk::Environment', () => {
  const r = collect(`
Resources:
  Prod:
    Type: AWS::ElasticBeanstalk::Environment
    Properties:
      ApplicationName: intake
      EnvironmentName: intake-prod
      SolutionStackName: 64bit Amazon Linux 2023 v6.1.0 running Node.js 20
      OptionSettings:
        - {Namespace: "aws:elasticbeanstalk:managedactions", OptionName: ManagedActionsEnabled, Value: "true"}
        - {Namespace: "aws:elasticbeanstalk:healthreporting:system", OptionName: SystemType, Value: enhanced}
  Bare:
    Type: AWS::ElasticBeanstalk::Environment
    Properties: {ApplicationName: intake, SolutionStackName: x}
  Saved:
    Type: AWS::ElasticBeanstalk::Environment
    Properties: {ApplicationName: intake, TemplateName: hardened}
`);

  it('reads the two options, settles API defaults, and leaves saved configurations unknown', () => {
    expect(r.Prod!.props).toEqual({ environmentName: 'intake-prod', applicationName: 'intake', managedActionsEnabled: true, healthReportingSystemType: 'enhanced' });
    expect(r.Bare!.props).toMatchObject({ managedActionsEnabled: false, healthReportingSystemType: 'basic' });
    expect(r.Saved!.props).toMatchObject({ managedActionsEnabled: { $unknown: expect.stringMatching(/saved configuration/) } });
  });
});
