import { writeFileSync } from 'node:fs';
import { loadRules } from '../rules/registry.js';
import { renderHipaaDoc, renderMappingDoc, renderRulesDoc } from './generate.js';

// `npm run docs`: regenerates the reference pages from the rule metadata.
const rules = await loadRules();
writeFileSync('docs/rules.md', renderRulesDoc(rules));
writeFileSync('docs/hipaa.md', renderHipaaDoc(rules));
writeFileSync('docs/mapping.md', renderMappingDoc(rules));
