import type { Known } from '../unknown.js';

/** The security-relevant parts of one container definition. */
export interface EcsContainer {
  name: Known<string>;
  /** Root on the host, with every device: false unless set. */
  privileged: Known<boolean>;
  readonlyRootFilesystem: Known<boolean>;
  /** `user`, `user:group`, `uid`, `uid:gid`; null: the image's default (often root). */
  user: Known<string | null>;
}

export interface EcsTaskDefinitionProps {
  family: Known<string>;
  /** `awsvpc`, `bridge`, `host` or `none`; `bridge` on EC2 when not set, `awsvpc` on Fargate. */
  networkMode: Known<string>;
  requiresCompatibilities: Known<string[]>;
  containers: Known<EcsContainer[]>;
}

export interface EksClusterProps {
  clusterName: Known<string>;
  /** The KMS key envelope-encrypting Kubernetes secrets; null: no secrets encryption. */
  secretsKmsKeyArn: Known<string | null>;
  endpointPublicAccess: Known<boolean>;
  endpointPrivateAccess: Known<boolean>;
  /** Networks allowed to reach a public endpoint; `0.0.0.0/0` is everyone. */
  publicAccessCidrs: Known<Known<string>[]>;
  /** Control-plane log types sent to CloudWatch Logs: api, audit, authenticator, controllerManager, scheduler. */
  enabledLogTypes: Known<string[]>;
}
