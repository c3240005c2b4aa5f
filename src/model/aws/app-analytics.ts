import type { Known } from '../unknown.js';

export interface SageMakerNotebookInstanceProps {
  notebookInstanceName: Known<string>;
  /** The key encrypting the ML storage volume; null: SageMaker's AWS managed key. */
  kmsKeyId: Known<string | null>;
  /** Enabled: the notebook reaches (and is reachable from) the internet outside any VPC control. */
  directInternetAccess: Known<boolean>;
  subnetId: Known<string | null>;
  /** Whether notebook users can become root. */
  rootAccess: Known<boolean>;
}

export interface SageMakerEndpointConfigProps {
  endpointConfigName: Known<string>;
  /** The key encrypting the ML storage volumes of the endpoint's instances; null: none given. */
  kmsKeyId: Known<string | null>;
}
