import type { ServiceCollector } from '../context.js';

/** Live collectors of the ops family (GuardDuty, Macie, Security Hub, Inspector, Config, CloudWatch, AWS Backup, tagging). */
export const OPS_COLLECTORS: readonly ServiceCollector[] = [];
