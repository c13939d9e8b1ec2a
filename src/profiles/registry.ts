import type { ProfileDefinition } from './types.js';
import { signaProfile } from './signa/index.js';
import { alertingProfile } from './alerting/index.js';
import { appkitProfile } from './appkit/index.js';
import { pipaiProfile } from './pipai/index.js';
import { signalbaseProfile } from './signalbase/index.js';
import { stripeProfile } from './stripe/index.js';
import { githubProfile } from './github/index.js';
import { svixProfile } from './svix/index.js';

/** The seed providers hookyard mocks; adding a provider = adding its folder and a line here. */
export function builtInProfiles(): ProfileDefinition<any>[] {
  return [signaProfile, signalbaseProfile, alertingProfile, pipaiProfile, appkitProfile, stripeProfile, githubProfile, svixProfile];
}
