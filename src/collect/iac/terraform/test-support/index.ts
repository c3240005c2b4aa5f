import { expect } from 'vitest';
import type { AnyResource, Resource, ResourceType } from '../../../../model/resource.js';
import type { CollectResult } from '../../../types.js';
import { parseTerraformModule } from '../index.js';

/** Scans inline files as the module `infra`; keys are file names. */
export async function scanHcl(
  files: Record<string, string>,
  opts: { vars?: Record<string, string>; varFiles?: Record<string, string>; dir?: string } = {},
): Promise<CollectResult> {
  const dir = opts.dir ?? 'infra';
  return parseTerraformModule(
    dir,
    Object.entries(files).map(([name, text]) => ({ path: `${dir}/${name}`, text })),
    {
      ...(opts.vars ? { vars: opts.vars } : {}),
      ...(opts.varFiles ? { varFiles: Object.entries(opts.varFiles).map(([name, text]) => ({ path: `${dir}/${name}`, text })) } : {}),
    },
  );
}

/** The resource with this Terraform address (origin address), failing the test when absent. */
export function byAddress<T extends ResourceType>(result: CollectResult, type: T, address: string): Resource<T> {
  const hit = result.resources.find(
    (r: AnyResource) => r.type === type && (r.origin.kind === 'iac' ? r.origin.address : undefined) === address,
  );
  expect(hit, `${type} ${address} in ${result.resources.map((r) => r.id).join(', ')}`).toBeDefined();
  return hit as unknown as Resource<T>;
}
