import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-ecs-task-definition-not-privileged',
    title: 'ECS task definition runs no privileged container',
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.308(a)(4)(ii)(C)'],
    resourceTypes: ['AWS::ECS::TaskDefinition'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-containers-hardened'],
    rationale:
      'A privileged container is root on the host with every device: it can read the memory and disks of the ' +
      'other tasks on that instance, including the ones processing PHI, and escape its isolation entirely.',
    remediation: {
      text: 'Remove privileged from every container definition; grant the specific Linux capabilities a container needs instead.',
      cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json  # without "privileged": true',
      terraform: 'container_definitions = jsonencode([{\n  name       = "app"\n  image      = var.image\n  privileged = false\n}])',
      cloudformation: 'ContainerDefinitions:\n  - Name: app\n    Image: !Ref Image\n    Privileged: false',
    },
  },
  evaluate(td) {
    const containers = td.props.containers;
    if (isUnknown(containers)) return unknownResult('containers', containers);
    const privileged = containers.filter((c) => c.privileged === true).map((c) => String(c.name));
    const evidence = ev('containers', containers.map((c) => ({ name: c.name, privileged: c.privileged })));
    if (privileged.length > 0) return fail(`Privileged containers: ${privileged.join(', ')}.`, evidence);
    const unsure = containers.find((c) => isUnknown(c.privileged));
    if (unsure) return unknownResult('containers.privileged', unsure.privileged);
    return pass('No container runs privileged.', evidence);
  },
});
