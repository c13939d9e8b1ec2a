import { ProfileError, type ProfileDeliveries, type ProfileRequest } from '../types.js';

/** The delivery engine, or a clear 500 when a handler runs without one (unit tests of handlers). */
export function deliveriesOf(req: ProfileRequest<unknown>, internalCode: string): ProfileDeliveries {
  if (!req.deps.deliveries) throw new ProfileError(500, internalCode, 'Deliveries are not available in this context.');
  return req.deps.deliveries;
}
