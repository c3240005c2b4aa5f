/**
 * IaC references. A template names other resources of the same stack or module by logical
 * id or address (`!GetAtt Key.Arn`, `aws_kms_key.phi.arn`); adapters turn those into a
 * reference token so the inventory can find the resource it names, scoped to the file or
 * module the reference was written in.
 */
const PREFIX = 'ref:';

/** `ref:<scope>#<address>` — scope is the template file or Terraform module directory. */
export function iacRef(scope: string, address: string): string {
  return `${PREFIX}${scope}#${address}`;
}

export function isIacRef(value: string): boolean {
  return value.startsWith(PREFIX);
}
