// The providers hookyard mocks, one line each; `builtInProfiles()` lists them by export name.
export { alertingProfile } from './alerting/index.js';
export { appkitProfile } from './appkit/index.js';
export { githubProfile } from './github/index.js';
export { pipaiProfile } from './pipai/index.js';
export { signaProfile } from './signa/index.js';
export { signalbaseProfile } from './signalbase/index.js';
export { stripeProfile } from './stripe/index.js';
export { svixProfile } from './svix/index.js';
