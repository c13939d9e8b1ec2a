export { createHostCheck, hostRefusal, isCapturePath } from './host-allow-list.js';
export { checkCrossSite } from './cross-site-guard.js';
export { SECURITY_HEADERS } from './security-headers.js';
