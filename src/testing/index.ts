export { contractSuite } from './contract-suite.js';
export type { ContractSuiteOptions } from './contract-suite.js';
export { signedRequest } from './signed-request.js';
export type { SignedRequestOptions } from './signed-request.js';
