export { checkDestinationUrl, isPrivateHost, parseHttpUrl } from './url-rules.js';
export type { UrlProblem, UrlRules, UrlVerdict } from './url-rules.js';
export { randomAlphanumeric, toBase64, toBase64Url, toHex, uuidV4 } from './ids.js';
export type { RandomBytes } from './ids.js';
export { canonicalJson, describeType, isPlainObject } from './json-values.js';
