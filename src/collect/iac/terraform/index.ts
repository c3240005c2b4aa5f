/**
 * Terraform collector: HCL module directories (evaluated as far as they can be without
 * running Terraform) and `terraform show -json` plans, mapped onto the model by the same
 * adapters.
 */
import type { ResourceType } from '../../../model/resource.js';
import { TF_MODEL_TYPES } from './build.js';

export { parseTerraformModule, type ModuleOptions } from './hcl/module.js';
export { looksLikeTerraformPlan, parseTerraformPlan } from './plan.js';

/** The model types this collector produces. */
export const TERRAFORM_TYPES: readonly ResourceType[] = TF_MODEL_TYPES;
