import { type AzureArmProps, AZURE_TYPES, azureType } from '../../../model/azure/index.js';
import type { AnyResource, ResourceType } from '../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../model/unknown.js';
import type { CollectResult } from '../../types.js';
import { parseArmTemplate, isRecord } from './template.js';

export { looksLikeArm } from './parse.js';

/** The model types ARM templates produce. */
export const ARM_TYPES: readonly ResourceType[] = AZURE_TYPES;

const asRecordOrNull = (v: unknown): Known<Record<string, unknown> | null> =>
  isUnknown(v) ? v : isRecord(v) ? v : v === undefined || v === null ? null : unknown('not an object');
const asStringOrNull = (v: unknown): Known<string | null> =>
  isUnknown(v) ? v : typeof v === 'string' ? v : v === undefined || v === null ? null : unknown('not a string');

/**
 * Reads one ARM template (Bicep compiles to one with `az bicep build`) into model resources
 * of the modelled Azure types; others are left alone, as unmodelled CloudFormation types are.
 */
export function parseArm(file: string, text: string, params: Readonly<Record<string, unknown>> = {}): CollectResult {
  try {
    const { resources, problems } = parseArmTemplate(file, text, params);
    const out: AnyResource[] = [];
    for (const r of resources) {
      const type = azureType(r.type);
      if (!type) continue;
      const address = r.symbolicName ?? `${type}/${typeof r.name === 'string' ? r.name : '?'}`;
      const props: AzureArmProps = {
        properties: isUnknown(r.properties) ? r.properties : isRecord(r.properties) ? r.properties : {},
        location: asStringOrNull(r.location),
        kind: asStringOrNull(r.kind),
        sku: asRecordOrNull(r.sku),
        identity: asRecordOrNull(r.identity),
        apiVersion: r.apiVersion ?? null,
      };
      const tags = asRecordOrNull(r.tags);
      out.push({
        provider: 'azure',
        type,
        id: `${file}#${address}`,
        name: typeof r.name === 'string' ? r.name : (r.symbolicName ?? type),
        account: unknown('the subscription is chosen at deployment'),
        region: isUnknown(props.location) ? props.location : (props.location ?? unknown('the template gives no location')),
        tags: isUnknown(tags) ? tags : tags === null ? {} : (Object.fromEntries(Object.entries(tags).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])) as Record<string, string>),
        props,
        origin: {
          kind: 'iac',
          format: 'arm',
          file,
          ...(r.position ? { line: r.position.line, column: r.position.column } : {}),
          address,
        },
        refs: r.refs,
      } as AnyResource);
    }
    return { resources: out, problems, coverage: [] };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { resources: [], problems: [{ source: file, message: `could not read the template: ${message}` }], coverage: [] };
  }
}
