export {
  FORBIDDEN_KEYS,
  ForbiddenKeyError,
  PathError,
  assertSafeKeys,
  childPath,
  findForbiddenKey,
  setAtPath,
} from './safe-keys.js';
export { MAX_JSON_DEPTH, nestingExceeds, parseJsonBody, type JsonProblem, type ParsedJson } from './parse-json.js';
export { describeValue, hasLoneSurrogate } from './describe-value.js';
export { isHttpToken, headerValueProblem } from './http-text.js';
