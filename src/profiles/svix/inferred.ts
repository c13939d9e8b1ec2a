/** Choices the Svix API reference leaves open (the README lists them word for word). */
export const SVIX_INFERRED: readonly string[] = [
  'The Svix API is served under /svix: the svix SDK is configured with serverUrl http://<host>:<port>/svix; the test auth token is hy_svix_test (Authorization: Bearer).',
  'Ids are "app_", "ep_", "msg_" and "atmpt_" + 27 alphanumerics (KSUID length); attempt ids are derived from hookyard\'s attempt ids; secrets are "whsec_" + base64 of 24 random bytes. A custom secret must be whsec_ + base64 of 24 to 64 bytes.',
  'Applications and endpoints are addressed by id or uid; uids are unique per organization (apps) and per application (endpoints), a clash is 409 {"code":"conflict"}; POST /api/v1/app?get_if_exists=true returns the app with that uid (200) instead.',
  'Validation errors are 422 {"detail":[{"loc":["body",<field>],"msg","type":"value_error"}]}; other errors are {"code","detail"}: 401 authentication_failed, 404 not_found ("Entity not found"), 409 conflict. The SDK raises ApiException with that status and body.',
  'Lists are {data, iterator, prevIterator, done} with limit 1-250 (default 50); iterator is the last id of a page and prevIterator "-" + the first; applications and endpoints come in creation order (order=descending reverses), messages and attempts newest first.',
  'Endpoint defaults: version 1, description "", disabled false, filterTypes and channels null (all event types, all channels). PUT replaces the endpoint (url required); PATCH changes the fields sent, and a secret in PATCH rotates to it.',
  'Routing: a message goes to every endpoint of its application that is not disabled, whose filterTypes (when set) name its eventType and whose channels (when set) share a channel with the message.',
  'POST …/secret/rotate takes an optional key and gracePeriodSeconds (0-604800, default 86400) and answers 204; the previous secret keeps signing (both v1 signatures in svix-signature) until the grace period ends.',
  'POST …/msg answers 202 once the message is stored; deliveries start right after. eventType and channels match ^[a-zA-Z0-9\\-_.]+$; payload must be an object; a repeated eventId is 409. with_content=false answers payload {}.',
  'idempotency-key on POST (the SDK sends one on every POST) replays the first 2xx answer for 12 h.',
  'Attempts are listed per endpoint (GET …/attempt/endpoint/{id}) and per message (GET …/attempt/msg/{id}); each is final: status 0 (success) or 2 (fail) with statusText, responseStatusCode (0 without a response), responseDurationMs, triggerType 0 (scheduled) or 1 (resend).',
  'POST …/msg/{msg_id}/endpoint/{endpoint_id}/resend makes one more attempt at once, outside the schedule, and answers 202 {} after it; a message that never went to that endpoint is 404.',
  "Deliveries: POST with svix-id (the message id), svix-timestamp, svix-signature (svix scheme), Content-Type: application/json and User-Agent: Svix-Webhooks/1.0 (sender-hookyard; +https://www.svix.com/http-sender/); retries follow Svix's schedule (immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h); an endpoint failing for 5 days or answering 410 is disabled.",
  'The control API and hookyard.config.json create endpoints in the application with uid "hookyard" (created on first use); the neutral events list maps to filterTypes. Sample events for hookyard trigger: order.created (also the test event) and order.shipped; triggered events are not listed as messages.',
  'Event-type routes (/api/v1/event-type) are not served: sending a message does not require its event type to exist.',
];
