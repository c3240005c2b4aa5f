import { accountDeclaredPhi } from '../../../analysis/phi-account.js';
import { type Eligibility, eligibilityOfArnService, eligibilityOfCloudFormationType, hipaaEligibleAsOf } from '../../../analysis/hipaa-eligible.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-account-phi-in-hipaa-eligible-services',
    title: 'PHI resources run only on HIPAA-eligible AWS services',
    severity: 'high',
    hipaa: ['164.308(b)(1)', '164.314(a)(1)'],
    resourceTypes: ['AWS::ResourceGroupsTaggingAPI::Resource'],
    sources: ['live', 'cloudformation'],
    covers: ['gap-aws-hipaa-eligible-only'],
    rationale:
      "The AWS Business Associate Addendum covers only the services on AWS's HIPAA-eligible list; PHI stored or " +
      'processed anywhere else has no business associate assurance behind it (164.308(b)(1), 164.314(a)(1)). ' +
      'The list changes, so phiguard ships it as dated data and names its date in every finding. Every tagged ' +
      'resource of any service is judged, including services phiguard does not otherwise model.',
    remediation: {
      text: "Move the PHI to a HIPAA-eligible service (https://aws.amazon.com/compliance/hipaa-eligible-services-reference/), or, if the resource holds no PHI, correct its tag or keep it out of the PHI account.",
      cli: 'aws resourcegroupstaggingapi untag-resources --resource-arn-list RESOURCE_ARN --tag-keys phi  # only if it truly holds no PHI',
      cloudformation: '# Declare PHI workloads only with HIPAA-eligible resource types (AWS::RDS, AWS::S3, AWS::DynamoDB, ...)',
    },
  },
  evaluate(r, ctx) {
    if (!ctx.isPhi(r)) return null;
    const asOf = hipaaEligibleAsOf();
    const { service, cloudFormationType } = r.props;
    const subject = service !== null ? `service "${service}"` : `type ${cloudFormationType}`;
    const why = accountDeclaredPhi(r, ctx) ? 'is in an account declared as holding PHI' : 'is marked as PHI';
    const evidence = [
      service !== null ? ev('service', service) : ev('cloudFormationType', cloudFormationType),
      ev('hipaaEligibleList.asOf', asOf),
    ];
    const e: Eligibility =
      service !== null
        ? eligibilityOfArnService(service)
        : cloudFormationType !== null
          ? eligibilityOfCloudFormationType(cloudFormationType)
          : { status: 'unmapped', reason: 'the resource has neither an ARN nor a CloudFormation type' };
    switch (e.status) {
      case 'eligible':
        return pass(`The resource ${why}; its ${subject} is HIPAA-eligible (${e.services.join('; ')}) on AWS's list of ${asOf}.`, ...evidence, ev('hipaaEligibleList.services', e.services));
      case 'no_content':
        return pass(`The resource ${why}, and its ${subject} stores no customer data: ${e.reason}.`, ...evidence);
      case 'unmapped':
        return notAssessed(`${e.reason} (AWS's list of ${asOf})`, ...evidence);
      case 'not_listed':
        return fail(`The resource ${why}, but its ${subject} is not on AWS's HIPAA-eligible list of ${asOf}: the BAA does not cover PHI there.`, ...evidence);
    }
  },
});
