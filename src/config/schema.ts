import { z } from 'zod';
import { SEVERITIES, type Severity } from '../rules/types.js';

const severity = z.enum(SEVERITIES as [Severity, ...Severity[]]);

export const phiTagSchema = z
  .object({
    key: z.string().min(1),
    /** Matched case-insensitively; omit to treat any value of the key as PHI. */
    values: z.array(z.string()).optional(),
  })
  .strict();

export const suppressionSchema = z
  .object({
    rule: z.string().min(1, 'rule is required'),
    /** Glob over the resource id, name, or IaC address; `*` matches everything. */
    resource: z.string().min(1, 'resource pattern is required'),
    reason: z
      .string({ error: 'a suppression needs a reason' })
      .trim()
      .min(10, 'a suppression needs a reason of at least 10 characters'),
    approvedBy: z.string().optional(),
    expires: z
      .union([z.string(), z.date()])
      .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
      .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), 'expires must be a date YYYY-MM-DD')
      .optional(),
  })
  .strict();

export const ruleSettingSchema = z.union([
  z.boolean(),
  z
    .object({
      enabled: z.boolean().optional(),
      severity: severity.optional(),
      options: z.record(z.string(), z.unknown()).optional(),
    })
    .strict(),
]);

export const configSchema = z
  .object({
    phi: z
      .object({
        tags: z.array(phiTagSchema).optional(),
        /** Accounts or subscriptions declared as holding PHI: every resource in them is in scope. */
        accounts: z.array(z.string()).optional(),
        /** Local paths (globs) declared as holding PHI, for `phiguard discover`. */
        locations: z.array(z.string()).optional(),
        /**
         * The state file `phiguard discover` writes: stores where PHI was found join the PHI
         * scope of every later scan. Default `.phiguard/discovered-phi.json` when it exists.
         */
        discovered: z.string().optional(),
      })
      .strict()
      .optional(),
    failOn: z.union([severity, z.literal('none')]).optional(),
    rules: z.record(z.string(), ruleSettingSchema).optional(),
    suppressions: z.array(suppressionSchema).optional(),
  })
  .strict();

export type ConfigFile = z.infer<typeof configSchema>;
export type Suppression = z.infer<typeof suppressionSchema>;
export type PhiTag = z.infer<typeof phiTagSchema>;
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

export const DEFAULT_PHI_TAGS: PhiTag[] = [
  { key: 'phi', values: ['true', 'yes', '1'] },
  { key: 'data-classification', values: ['phi', 'ephi'] },
  { key: 'DataClassification', values: ['phi', 'ephi'] },
  { key: 'hipaa', values: ['true', 'yes', '1'] },
];

/** The settled configuration the engine runs with. */
export interface Config {
  phiTags: PhiTag[];
  phiAccounts: string[];
  phiLocations: string[];
  /** Where discovery's state file is, if any. */
  phiDiscoveredFile?: string;
  /** Identifiers (bucket names, ARNs, store URIs) of stores where discovery found PHI. */
  phiDiscovered: string[];
  /** `none`: never exit 1 for failures. */
  failOn: Severity | 'none';
  rules: Record<string, RuleSetting>;
  suppressions: Suppression[];
  /** The file it came from, for messages. */
  file?: string;
}

export function settle(file: ConfigFile, path?: string): Config {
  return {
    phiTags: file.phi?.tags ?? DEFAULT_PHI_TAGS,
    phiAccounts: file.phi?.accounts ?? [],
    phiLocations: file.phi?.locations ?? [],
    ...(file.phi?.discovered ? { phiDiscoveredFile: file.phi.discovered } : {}),
    phiDiscovered: [],
    failOn: file.failOn ?? 'high',
    rules: file.rules ?? {},
    suppressions: file.suppressions ?? [],
    ...(path ? { file: path } : {}),
  };
}

export const DEFAULT_CONFIG: Config = settle({});
