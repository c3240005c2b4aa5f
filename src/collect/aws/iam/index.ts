import type { ServiceCollector } from '../context.js';
import { iamCollector } from './iam.js';

/** Live collectors of the iam family (IAM, Organizations). */
export const IAM_COLLECTORS: readonly ServiceCollector[] = [iamCollector];
