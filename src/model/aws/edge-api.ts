import type { Known } from '../unknown.js';

/** A method of a REST API and the request validator it runs. */
export interface ApigwMethod {
  /** Live: `GET /patients/{id}`; IaC: the method's logical id or address. */
  name: string;
  httpMethod: Known<string>;
  /** null: requests reach the integration unvalidated. */
  requestValidatorId: Known<string | null>;
}

export interface ApigwRestApiProps {
  name: Known<string>;
  /** `EDGE`, `REGIONAL`, `PRIVATE`. */
  endpointTypes: Known<string[]>;
  methods: Known<ApigwMethod[]>;
}

/**
 * One entry of a stage's method settings: `*\/*` is the stage-wide default, other keys
 * (`~1patients/GET`) override it for one method.
 */
export interface ApigwMethodSetting {
  key: string;
  /** `OFF`, `ERROR` or `INFO`. */
  loggingLevel: Known<string>;
  /** Full request and response logging. */
  dataTraceEnabled: Known<boolean>;
  cachingEnabled: Known<boolean>;
  cacheDataEncrypted: Known<boolean>;
}

export interface ApigwStageProps {
  restApiId: Known<string>;
  stageName: Known<string>;
  tracingEnabled: Known<boolean>;
  /** The client certificate API Gateway presents to the backend; null: none. */
  clientCertificateId: Known<string | null>;
  cacheClusterEnabled: Known<boolean>;
  /** Entries for `*\/*` and per-method overrides; a stage without `*\/*` uses API Gateway's defaults (logging OFF, no caching). */
  methodSettings: Known<ApigwMethodSetting[]>;
  accessLogDestinationArn: Known<string | null>;
  /** The AWS WAF web ACL associated with the stage; null: none. */
  webAclArn: Known<string | null>;
}

export interface ApigwDomainNameProps {
  domainName: Known<string>;
  /** `TLS_1_0`, `TLS_1_2`, or an enhanced `SecurityPolicy_…` policy. */
  securityPolicy: Known<string>;
  endpointTypes: Known<string[]>;
}

export interface Apigwv2StageProps {
  apiId: Known<string>;
  stageName: Known<string>;
  /** Where access logs go; null: access logging off. */
  accessLogDestinationArn: Known<string | null>;
}
