import { readFileSync } from 'node:fs';

/** One check of a reference catalog: what the best existing tools check, by their own ids. */
export interface CatalogCheck {
  id: string;
  service: string;
  resourceType: string;
  check: string;
  hipaa: string[];
  /** Tool → its native ids for the check (AWS Config rule names, cdk-nag rules, Prowler checks…). */
  refs: Record<string, string[]>;
}

/** An Azure catalog check: its sources are `tool:native-id` strings. */
export interface AzureCatalogCheck {
  id: string;
  resourceType: string;
  check: string;
  hipaa: string[];
  sources: string[];
}

export interface SeedGap {
  id: string;
  provider: 'aws' | 'azure' | 'any';
  text: string;
  hipaa: string[];
}

/** A catalog check phiguard answers with no rule, and why. */
export interface NotAutomated {
  id: string;
  reason: string;
  /** Set when another command answers the check (discovery), rather than nothing. */
  by?: string;
}

const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../../data/catalog/${name}`, import.meta.url), 'utf8')) as T;

/** The reference catalogs phiguard's rule packs are held to (data/catalog/). */
export function loadCatalog(): {
  aws: CatalogCheck[];
  azure: AzureCatalogCheck[];
  gaps: SeedGap[];
  notAutomated: NotAutomated[];
} {
  return {
    aws: read<CatalogCheck[]>('aws-controls.json'),
    azure: read<AzureCatalogCheck[]>('azure-controls.json'),
    gaps: read<{ gaps: SeedGap[] }>('seed-gaps.json').gaps,
    notAutomated: read<{ checks: NotAutomated[] }>('not-automated.json').checks,
  };
}
