import type { Hono } from 'hono';
import { DeliveryError, type DeliveryHistory, type Dispatcher } from '../../delivery/index.js';
import type { VirtualClock } from '../../clock/types.js';
import type { Workbench } from '../workbench.js';
import { controlError, jsonBody } from './control-error.js';
import { parseFireInput } from './fire-input.js';

const DELIVERY_ERROR_FIELDS: Record<string, string> = {
  unknown_profile: 'profile',
  unknown_event: 'type',
  unknown_endpoint: 'endpointId',
  bad_payload: 'set',
};

/** Events, deliveries, attempts, retries and the clock. */
export function deliveryRoutes(wb: Workbench, dispatcher: Dispatcher, history: DeliveryHistory): (api: Hono) => void {
  return (api) => {
    api.post('/events', async (c) => {
      const parsed = await jsonBody(c);
      if (!parsed.ok) return parsed.response;
      const input = parseFireInput(parsed.value, wb);
      try {
        const result = await dispatcher.fire(input);
        return c.json({ events: result.events, deliveries: result.deliveries }, 201);
      } catch (error) {
        if (error instanceof DeliveryError) {
          const field = DELIVERY_ERROR_FIELDS[error.code];
          return controlError(
            c,
            error.code === 'unknown_profile' || error.code === 'unknown_endpoint' ? 404 : 400,
            error.code,
            error.message,
            field,
          );
        }
        throw error;
      }
    });
    api.post('/events/preview', async (c) => {
      const parsed = await jsonBody(c);
      if (!parsed.ok) return parsed.response;
      // The same checks as POST /events: what previews is what fires.
      const input = parseFireInput(parsed.value, wb);
      try {
        return c.json({ body: dispatcher.preview(input) });
      } catch (error) {
        if (error instanceof DeliveryError)
          return controlError(
            c,
            error.code === 'unknown_profile' ? 404 : 400,
            error.code,
            error.message,
            DELIVERY_ERROR_FIELDS[error.code],
          );
        throw error;
      }
    });
    api.get('/events', (c) => {
      const profile = c.req.query('profile');
      const h = history;
      const events = h
        .allEvents()
        .reverse()
        .filter((e) => !profile || e.profile === profile)
        .slice(0, 500);
      const deliveriesOf = (id: string) => h.deliveriesOfEvent(id).map((x) => ({ id: x.id, endpointId: x.endpointId, state: x.state }));
      return c.json(
        events.map((e) => ({ id: e.id, profile: e.profile, type: e.type, createdAt: e.createdAt, deliveries: deliveriesOf(e.id) })),
      );
    });
    api.get('/events/:id', async (c) => {
      const event = history.event(c.req.param('id'));
      const body = event ? await history.eventBody(event.id) : undefined;
      return event && body !== undefined
        ? c.json({ ...event, body })
        : controlError(c, 404, 'not_found', `No event "${c.req.param('id')}".`);
    });
    api.get('/deliveries', async (c) => {
      const q = c.req.query();
      const limit = Math.min(Number(q.limit ?? 200) || 200, 2000);
      // Narrowed through the history's indexes when the query names an event or an endpoint.
      const candidates = q.event
        ? history.deliveriesOfEvent(q.event)
        : q.profile && q.endpoint
          ? history.deliveriesTo(q.profile, q.endpoint)
          : [...history.allDeliveries()];
      const list = candidates
        .reverse()
        .filter(
          (d) =>
            (!q.profile || d.profile === q.profile) &&
            (!q.endpoint || d.endpointId === q.endpoint) &&
            (!q.event || d.eventId === q.event) &&
            (!q.state || d.state === q.state),
        );
      // The page only: bodies are read from disk for what is shown, whatever is stored.
      return c.json(await Promise.all(list.slice(0, limit).map((d) => history.full(d))));
    });
    api.get('/deliveries/:id', async (c) => {
      const delivery = history.delivery(c.req.param('id'));
      return delivery ? c.json(await history.full(delivery)) : controlError(c, 404, 'not_found', `No delivery "${c.req.param('id')}".`);
    });
    api.post('/deliveries/:id/retry', async (c) => {
      const delivery = history.delivery(c.req.param('id'));
      if (!delivery) return controlError(c, 404, 'not_found', `No delivery "${c.req.param('id')}".`);
      const attempt = await dispatcher.retry(delivery.id);
      return c.json({ delivery: await history.full(delivery), attempt: attempt ? await history.fullAttempt(attempt) : null });
    });
    api.post('/endpoints/:profile/:id/test', async (c) => {
      const profile = wb.profile(c.req.param('profile'));
      if (!profile) return controlError(c, 404, 'not_found', `No profile "${c.req.param('profile')}".`);
      try {
        const result = await dispatcher.fire({ profile: profile.id, type: profile.events.testEvent, endpointId: c.req.param('id') });
        return c.json({ event: result.events[0]!.id, delivery: result.deliveries[0] ?? null });
      } catch (error) {
        if (error instanceof DeliveryError) return controlError(c, 404, error.code, error.message);
        throw error;
      }
    });
    api.get('/clock', (c) =>
      c.json({ now: new Date(wb.clock.now()).toISOString(), virtual: (wb.clock as VirtualClock).kind === 'virtual' }),
    );
    api.post('/clock/advance', async (c) => {
      const parsed = await jsonBody(c);
      if (!parsed.ok) return parsed.response;
      const ms = parsed.value.ms;
      if (typeof ms !== 'number' || !(ms >= 0) || ms > 365 * 86_400_000)
        return controlError(c, 400, 'bad_request', '"ms" must be a number of milliseconds from 0 to one year.', 'ms');
      if ((wb.clock as VirtualClock).kind !== 'virtual')
        return controlError(
          c,
          409,
          'real_clock',
          'The clock is real time: start hookyard with a virtual clock (startHookyard({ clock: "virtual" })) to advance it; --time-scale N compresses real time instead.',
        );
      await (wb.clock as VirtualClock).advance(ms);
      return c.json({ now: new Date(wb.clock.now()).toISOString() });
    });
  };
}
