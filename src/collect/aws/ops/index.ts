import type { ServiceCollector } from '../context.js';
import { backupCollector } from './backup.js';
import { cloudwatchCollector } from './cloudwatch.js';
import { configCollector } from './config.js';
import { guarddutyCollector } from './guardduty.js';
import { inspectorCollector } from './inspector.js';
import { macieCollector } from './macie.js';
import { securityhubCollector } from './securityhub.js';

/** Live collectors of the ops family (GuardDuty, Macie, Security Hub, Inspector, Config, CloudWatch, AWS Backup, tagging). */
export const OPS_COLLECTORS: readonly ServiceCollector[] = [
  guarddutyCollector,
  securityhubCollector,
  macieCollector,
  inspectorCollector,
  configCollector,
  cloudwatchCollector,
  backupCollector,
];
