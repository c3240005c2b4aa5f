/**
 * Any tagged resource of the account, whatever its service, as the Resource Groups Tagging
 * API lists it (live) or a template declares it with Tags (CloudFormation). Typed rules judge
 * the modelled types; this one lets account-wide rules (PHI only in HIPAA-eligible services,
 * every resource classified) see services phiguard does not model. Its tags are the
 * resource's own `tags`.
 */
export interface TaggedResourceProps {
  /** The resource's ARN; `null` for a template resource, which has none before deployment. */
  arn: string | null;
  /** The ARN's service part (`s3`, `rds`, `execute-api`); `null` for a template resource. */
  service: string | null;
  /**
   * The ARN's resource-type part (`db`, `function`, `restapis`), `null` when the ARN has
   * none (an S3 bucket) or for a template resource.
   */
  resourceType: string | null;
  /** The CloudFormation type (`AWS::Bedrock::Agent`) of a template resource; `null` live. */
  cloudFormationType: string | null;
}
