import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-lambda-function-concurrency-limit',
    title: 'Lambda function has reserved concurrency',
    severity: 'low',
    hipaa: ['164.308(a)(7)(ii)(C)'],
    resourceTypes: ['AWS::Lambda::Function'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['lambda-concurrency-limit'],
    rationale:
      'Without reserved concurrency a function shares the account pool: a flood of calls to one function (or a ' +
      'runaway loop) can starve the functions that keep PHI systems available in an emergency, and can scale a ' +
      'data extraction far past what the workload needs.',
    remediation: {
      text: 'Reserve concurrency sized to the function\'s expected peak.',
      cli: 'aws lambda put-function-concurrency --function-name FUNCTION --reserved-concurrent-executions 50',
      terraform: 'resource "aws_lambda_function" "this" {\n  # ...\n  reserved_concurrent_executions = 50\n}',
      cloudformation: 'ReservedConcurrentExecutions: 50',
    },
  },
  evaluate(fn) {
    const reserved = fn.props.reservedConcurrency;
    if (isUnknown(reserved)) return unknownResult('reservedConcurrency', reserved);
    if (reserved === null) return fail('No concurrency is reserved: the function draws on the shared account pool without a limit.', ev('reservedConcurrency', null));
    return pass(`Concurrency is limited to ${reserved}.`, ev('reservedConcurrency', reserved));
  },
});
