import { ACCOUNT, iacOrigin, REGION, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-account-phi-in-hipaa-eligible-services.js';

const TYPE = 'AWS::ResourceGroupsTaggingAPI::Resource';
const PHI = { phi: 'true' };

/** A live tagged resource with the ARN `arn:aws:<service>:REGION:ACCOUNT:<rest>`. */
const live = (service: string, rest: string, tags: Record<string, string> = PHI) => {
  const arn = `arn:aws:${service}:${REGION}:${ACCOUNT}:${rest}`;
  return resource(TYPE, { arn, service, resourceType: rest.split(/[/:]/)[0]!, cloudFormationType: null }, { id: arn, tags });
};
const template = (cloudFormationType: string, address: string, tags: Record<string, string> = PHI) =>
  resource(
    TYPE,
    { arn: null, service: null, resourceType: null, cloudFormationType },
    { id: `template.yaml#${address}`, tags, account: { $unknown: 'templates do not say' }, origin: iacOrigin(address) },
  );

ruleTester(rule, {
  pass: [
    { name: 'a PHI-tagged RDS instance', resource: live('rds', 'db:phi-records'), message: /"rds" is HIPAA-eligible .*Amazon Relational Database Service.* of 2026-05-22/ },
    { name: 'a PHI-tagged API Gateway stage (execute-api)', resource: live('execute-api', 'a1b2c3/prod') },
    { name: 'a PHI-tagged IAM role: identities, not customer data', resource: live('iam', 'role/phi-reader'), message: /stores no customer data/ },
    {
      name: 'an untagged-for-PHI bucket in an account declared as holding PHI',
      resource: live('s3', 'intake', { team: 'intake' }),
      config: { phiAccounts: [ACCOUNT] },
      message: /in an account declared as holding PHI/,
    },
    { name: 'a template DynamoDB table marked PHI', resource: template('AWS::DynamoDB::Table', 'PatientsTable') },
  ],
  fail: [
    { name: 'a PHI-tagged EventBridge Scheduler schedule', resource: live('scheduler', 'schedule/default/reminders'), message: /"scheduler" is not on AWS's HIPAA-eligible list of 2026-05-22/ },
    {
      name: 'an AppConfig application in an account declared as holding PHI',
      resource: live('appconfig', 'application/abc123', { team: 'web' }),
      config: { phiAccounts: [ACCOUNT] },
      message: /in an account declared as holding PHI, but/,
    },
    { name: 'a template resource of a type phiguard does not model, marked PHI', resource: template('AWS::Scheduler::Schedule', 'Reminders'), message: /type AWS::Scheduler::Schedule is not on/ },
  ],
  not_assessed: [
    { name: 'a CloudWatch Synthetics canary: part of a listed service, prefix not in the list', resource: live('synthetics', 'canary:portal'), message: /CloudWatch Synthetics/ },
    { name: 'a template custom resource marked PHI', resource: template('Custom::PatientExport', 'Export'), message: /not an AWS resource type/ },
  ],
  not_applicable: [{ name: 'a resource not in PHI scope', resource: live('scheduler', 'schedule/default/marketing', { team: 'growth' }) }],
});
