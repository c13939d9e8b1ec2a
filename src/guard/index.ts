export { ForbiddenKeyError, PathError, assertSafeKeys, findForbiddenKey, setAtPath } from './safe-keys.js';
export { parseJsonBody, type JsonProblem, type ParsedJson } from './parse-json.js';
export { describeValue, hasLoneSurrogate } from './describe-value.js';
export { isHttpToken, headerValueProblem } from './http-text.js';
