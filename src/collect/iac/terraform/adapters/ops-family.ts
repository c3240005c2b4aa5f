import type { TfFamily } from '../types.js';

/** Terraform adapters of the ops family (GuardDuty, Macie, Security Hub, Inspector, Config, CloudWatch and AWS Backup). */
export const OPS_TF: TfFamily = { tfTypes: [], types: [], build: () => [] };
