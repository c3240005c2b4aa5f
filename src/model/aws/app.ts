import type { RelationSpec } from './relation-spec.js';

/** Model types of Lambda, containers (ECS, EKS, ECR), messaging (SNS, SQS, Kinesis), Secrets Manager, SageMaker, EMR and CodeBuild: props settled by every source's adapter. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AppPropsByType {}

/** What resources of these types name of others. */
export const APP_RELATIONS: readonly RelationSpec[] = [];
