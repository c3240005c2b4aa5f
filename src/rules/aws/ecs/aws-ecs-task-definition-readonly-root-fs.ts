import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-ecs-task-definition-readonly-root-fs',
    title: 'ECS task definition gives every container a read-only root filesystem',
    severity: 'medium',
    hipaa: ['164.312(c)(1)', '164.312(a)(1)'],
    resourceTypes: ['AWS::ECS::TaskDefinition'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['ecs-containers-readonly-root-fs', 'gap-aws-containers-hardened'],
    rationale:
      'An attacker who gets code execution in a container with a writable root filesystem can drop tools, ' +
      'replace binaries and persist across requests. A read-only root (with explicit volumes for what must be ' +
      'written) keeps the image as built and stops PHI from being staged on the container\'s disk.',
    remediation: {
      text: 'Set readonlyRootFilesystem to true on every container, mounting volumes for the paths the application must write (/tmp, caches).',
      cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json  # with "readonlyRootFilesystem": true in each container definition',
      terraform: 'container_definitions = jsonencode([{\n  name                   = "app"\n  image                  = var.image\n  readonlyRootFilesystem = true\n}])',
      cloudformation: 'ContainerDefinitions:\n  - Name: app\n    Image: !Ref Image\n    ReadonlyRootFilesystem: true',
    },
  },
  evaluate(td) {
    const containers = td.props.containers;
    if (isUnknown(containers)) return unknownResult('containers', containers);
    const writable = containers.filter((c) => c.readonlyRootFilesystem === false).map((c) => String(c.name));
    const evidence = ev('containers', containers.map((c) => ({ name: c.name, readonlyRootFilesystem: c.readonlyRootFilesystem })));
    if (writable.length > 0) return fail(`Containers with a writable root filesystem: ${writable.join(', ')}.`, evidence);
    const unsure = containers.find((c) => isUnknown(c.readonlyRootFilesystem));
    if (unsure) return unknownResult('containers.readonlyRootFilesystem', unsure.readonlyRootFilesystem);
    return pass('Every container has a read-only root filesystem.', evidence);
  },
});
