export type { AuthRequest, AuthResult, ProfileAuth } from './definition/auth.js';
export type {
  ControlRoute,
  DeliveryHooks,
  DeliveryOutcome,
  EndpointSummary,
  NeutralEndpointInput,
  ProfileDefinition,
  ProfileSdk,
} from './definition/definition.js';
export type { DeliveryBrief, DeliveryView, EventView, ProfileDeliveries } from './definition/deliveries.js';
export {
  type ApiKey,
  type ChangeOrigin,
  type ControlOperation,
  type DeployEnv,
  type HttpMethod,
  ProfileError,
  type ProfileDeps,
  type ProfileRequest,
  type ProfileResponse,
  type RouteDef,
  type RouteRole,
  type SimulatedError,
} from './definition/request.js';
