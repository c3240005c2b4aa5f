import { readFileSync, writeFileSync } from 'node:fs';
import { AWS_PERMISSIONS } from '../collect/aws/index.js';
import { azureRoleDefinition } from '../collect/azure/permissions.js';
import { loadRules } from '../rules/registry.js';
import { renderHipaaDoc, renderMappingDoc, renderRulesDoc } from './generate.js';

// `npm run docs`: regenerates the reference pages from the rule metadata, and the README's
// IAM policy block from what the collectors declare.
const rules = await loadRules();
writeFileSync('docs/rules.md', renderRulesDoc(rules));
writeFileSync('docs/hipaa.md', renderHipaaDoc(rules));
writeFileSync('docs/mapping.md', renderMappingDoc(rules));
const readme = readFileSync('README.md', 'utf8');
writeFileSync(
  'README.md',
  readme.replace(
    /(<!-- permissions:start -->\n```text\n)[\s\S]*?(\n```\n<!-- permissions:end -->)/,
    (_, start: string, end: string) => `${start}${AWS_PERMISSIONS.join('\n')}${end}`,
  ).replace(
    /(<!-- azure-role:start -->\n```json\n)[\s\S]*?(\n```\n<!-- azure-role:end -->)/,
    (_, start: string, end: string) => `${start}${JSON.stringify(azureRoleDefinition(), null, 2)}${end}`,
  ),
);
