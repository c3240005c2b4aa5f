import type { TfFamily } from '../types.js';

/** Terraform adapters of the iam family (IAM and Organizations). */
export const IAM_TF: TfFamily = { tfTypes: [], types: [], build: () => [] };
