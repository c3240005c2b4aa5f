import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

/** `root`, `0`, `root:group`, `0:0`: the user part decides. */
const isRoot = (user: string) => /^(root|0)(:.*)?$/.test(user.trim());

export default defineRule({
  meta: {
    id: 'aws-ecs-task-definition-host-mode-non-root',
    title: 'ECS task definition in host network mode runs every container as a non-root user',
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.308(a)(3)(i)', '164.308(a)(4)(ii)(C)'],
    resourceTypes: ['AWS::ECS::TaskDefinition'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['ecs-host-mode-non-root-user'],
    rationale:
      'In host network mode a container shares the instance\'s network stack: as root it can bind any port, ' +
      'sniff the traffic of every other task on the host (PHI included) and reach the instance metadata ' +
      'credentials. Running it as a named non-root user removes most of that reach.',
    remediation: {
      text: 'Set a non-root user (name or UID) on every container of host-mode task definitions, or move the task to awsvpc networking.',
      cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json  # with "user": "1000" in each container definition',
      terraform: 'container_definitions = jsonencode([{\n  name  = "agent"\n  image = var.image\n  user  = "1000:1000"\n}])',
      cloudformation: 'ContainerDefinitions:\n  - Name: agent\n    Image: !Ref Image\n    User: "1000:1000"',
    },
  },
  evaluate(td) {
    const { networkMode: mode, containers } = td.props;
    if (isUnknown(mode)) return unknownResult('networkMode', mode);
    if (mode !== 'host') return null;
    if (isUnknown(containers)) return unknownResult('containers', containers);
    const evidence = [ev('networkMode', mode), ev('containers', containers.map((c) => ({ name: c.name, user: c.user })))];
    const rooted = containers.filter((c) => c.user === null || (typeof c.user === 'string' && isRoot(c.user))).map((c) => String(c.name));
    if (rooted.length > 0) return fail(`Host-mode containers running as root (no user, or root): ${rooted.join(', ')}.`, ...evidence);
    const unsure = containers.find((c) => isUnknown(c.user));
    if (unsure) return unknownResult('containers.user', unsure.user);
    return pass('Every container of this host-mode task runs as a non-root user.', ...evidence);
  },
});
