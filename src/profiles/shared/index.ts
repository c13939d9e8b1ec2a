export { checkDestinationUrl, isPrivateHost, parseHttpUrl } from './url-rules.js';
export type { UrlProblem, UrlRules, UrlVerdict } from './url-rules.js';
export { randomAlphanumeric, toBase64, toBase64Url, toHex, uuidV4 } from '../../plumbing/index.js';
export type { RandomBytes } from '../../plumbing/index.js';
export { canonicalJson, describeType, isPlainObject } from './json-values.js';
