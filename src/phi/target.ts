import { InputError } from '../util/errors.js';

export type Target =
  | { kind: 's3'; bucket: string; prefix: string }
  | { kind: 'azure'; account: string; container: string; prefix: string }
  | { kind: 'local'; path: string };

// S3 bucket naming rules (3–63 chars, lowercase letters, digits, dots, hyphens); legacy
// us-east-1 names with capitals or underscores are accepted too since they still exist.
const BUCKET = /^[A-Za-z0-9][A-Za-z0-9._-]{1,254}$/;
const AZ_ACCOUNT = /^[a-z0-9]{3,24}$/;
const AZ_CONTAINER = /^(\$root|[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9])$/;

/** Parses one discover target; a malformed URL is an InputError (exit 2). */
export function parseTarget(arg: string): Target {
  if (/^s3:\/\//i.test(arg)) {
    const rest = arg.slice(5);
    const slash = rest.indexOf('/');
    const bucket = slash < 0 ? rest : rest.slice(0, slash);
    const prefix = slash < 0 ? '' : rest.slice(slash + 1);
    if (!bucket) throw new InputError(`${arg}: expected s3://BUCKET[/PREFIX]`);
    if (!BUCKET.test(bucket)) throw new InputError(`${arg}: "${bucket}" is not a valid S3 bucket name`);
    return { kind: 's3', bucket, prefix };
  }
  if (/^azblob:\/\//i.test(arg)) {
    const [account = '', container = '', ...rest] = arg.slice(9).split('/');
    if (!account || !container) throw new InputError(`${arg}: expected azblob://ACCOUNT/CONTAINER[/PREFIX]`);
    if (!AZ_ACCOUNT.test(account)) throw new InputError(`${arg}: "${account}" is not a valid storage account name`);
    if (!AZ_CONTAINER.test(container)) throw new InputError(`${arg}: "${container}" is not a valid container name`);
    return { kind: 'azure', account, container, prefix: rest.join('/') };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
    throw new InputError(`${arg}: unsupported URL scheme (use s3://, azblob:// or a local path)`);
  }
  if (!arg) throw new InputError('empty path');
  return { kind: 'local', path: arg };
}
