import { Hono } from 'hono';
import type { Workbench } from '../workbench.js';
import { durableChanges } from './durable-changes.js';
import { ForbiddenKeyError, PathError } from '../../guard/index.js';
import { ControlInputError, controlBodyLimit, controlError } from './control-error.js';
import type { RouteGroup } from './route-groups.js';

/** The control API under `/_yard/api`: bodies read once under the limit, changes durable before the answer, one error envelope. */
export function controlApi(wb: Workbench, groups: readonly RouteGroup[]): Hono {
  const api = new Hono();
  api.use('*', controlBodyLimit(wb.config.maxBody));
  api.use('*', durableChanges(wb));
  for (const add of groups) add(api);
  api.onError((error, c) => {
    if (error instanceof ControlInputError) return controlError(c, error.status, error.code, error.message, error.field);
    if (error instanceof ForbiddenKeyError || error instanceof PathError)
      return controlError(c, 400, 'bad_request', error.message, error.field);
    wb.logger.error(`unhandled error on ${c.req.method} ${c.req.url}`, error);
    return controlError(c, 500, 'internal', 'An unexpected error occurred in the workbench; the details are in its log.');
  });
  return api;
}
