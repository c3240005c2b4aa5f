import { allTri } from '../../../analysis/iam-policy.js';
import { sourceKindOf } from '../../../model/origin.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-config-recorder-enabled',
    title: 'AWS Config records every resource type in the region and delivers its history',
    severity: 'medium',
    hipaa: ['164.308(a)(1)(ii)(A)', '164.308(a)(1)(ii)(D)', '164.312(b)'],
    resourceTypes: ['AWS::Config::ConfigurationRecorder'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['config-recorder-all-regions'],
    rationale:
      'The Config recorder keeps the history of every resource\'s configuration: what a PHI bucket\'s policy was last ' +
      'Tuesday, who opened a security group. The risk analysis (164.308(a)(1)(ii)(A)) and any investigation need that ' +
      'inventory and its history in every region, including the IAM resources one region must record for all.',
    remediation: {
      text: 'Create a recorder recording all supported resource types (global IAM types in one region), a delivery channel to an S3 bucket, and start it, in every region.',
      cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=ROLE_ARN --recording-group allSupported=true,includeGlobalResourceTypes=true\naws configservice put-delivery-channel --delivery-channel name=default,s3BucketName=CONFIG_BUCKET\naws configservice start-configuration-recorder --configuration-recorder-name default',
      terraform:
        'resource "aws_config_configuration_recorder" "this" {\n  role_arn = aws_iam_role.config.arn\n  recording_group {\n    all_supported                 = true\n    include_global_resource_types = true\n  }\n}\nresource "aws_config_delivery_channel" "this" {\n  s3_bucket_name = aws_s3_bucket.config.id\n  depends_on     = [aws_config_configuration_recorder.this]\n}\nresource "aws_config_configuration_recorder_status" "this" {\n  name       = aws_config_configuration_recorder.this.name\n  is_enabled = true\n  depends_on = [aws_config_delivery_channel.this]\n}',
      cloudformation:
        'Recorder:\n  Type: AWS::Config::ConfigurationRecorder\n  Properties:\n    RoleARN: !GetAtt ConfigRole.Arn\n    RecordingGroup:\n      AllSupported: true\n      IncludeGlobalResourceTypes: true\nChannel:\n  Type: AWS::Config::DeliveryChannel\n  Properties:\n    S3BucketName: !Ref ConfigBucket',
    },
  },
  evaluate(recorder, ctx) {
    const p = recorder.props;
    if (isUnknown(p.name)) return unknownResult('name', p.name);
    if (p.name === null) return fail('The region has no AWS Config recorder: configuration changes there are not recorded.', ev('name', null));
    const state = allTri([p.recording, p.allSupported]);
    if (isUnknown(state)) return notAssessed(state.$unknown, ev('recording', p.recording), ev('allSupported', p.allSupported));
    if (p.recording === false) return fail('The recorder is stopped.', ev('recording', false));
    if (p.allSupported === false) return fail('The recorder records only some resource types.', ev('allSupported', false));
    if (isUnknown(p.lastStatus)) return unknownResult('lastStatus', p.lastStatus);
    if (p.lastStatus === 'FAILURE') return fail('The recorder\'s last recording attempt failed.', ev('lastStatus', p.lastStatus));

    const live = sourceKindOf(recorder.origin) === 'live';
    const channels = ctx.list('AWS::Config::DeliveryChannel', recorder);
    const here = channels.resources.filter((c) => !live || c.region === recorder.region);
    const evidence = [ev('recording', true), ev('allSupported', true), ev('deliveryChannels', here.map((c) => c.name))];
    if (here.length === 0) {
      if (!channels.complete) return notAssessed(`no delivery channel was seen for the recorder: ${channels.reason}`, ...evidence);
      return fail('The region has no delivery channel, so recorded history is delivered nowhere.', ...evidence);
    }
    // Global types need recording in one region; IaC sees only its own templates' regions.
    if (live && p.includeGlobalResourceTypes !== true) {
      const all = ctx.list('AWS::Config::ConfigurationRecorder', recorder);
      const global = all.resources.some((r) => r.props.includeGlobalResourceTypes === true && r.props.recording === true);
      if (!global) {
        if (!all.complete) return notAssessed(`no recorder seen records global resource types, and the list is incomplete: ${all.reason}`, ...evidence);
        return fail('No region\'s recorder records the global resource types (IAM users, roles, policies).', ...evidence, ev('includeGlobalResourceTypes', p.includeGlobalResourceTypes));
      }
    }
    return pass('The recorder records every supported resource type and delivers its history.', ...evidence);
  },
});
