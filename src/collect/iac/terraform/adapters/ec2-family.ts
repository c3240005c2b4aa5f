import type { TfFamily } from '../types.js';

/** Terraform adapters of the ec2 family (EC2, EBS, VPC, Auto Scaling and Systems Manager). */
export const EC2_TF: TfFamily = { tfTypes: [], types: [], build: () => [] };
