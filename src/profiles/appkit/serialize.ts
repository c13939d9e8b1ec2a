/** Field availability exactly as the seed lists it, per operation. */
import type { AppkitEndpoint } from './state.js';

/** Create: id, url, events, active, createdAt, secret. */
export function createdJson(e: AppkitEndpoint): Record<string, unknown> {
  return { id: e.id, url: e.url, events: [...e.events], active: e.active, createdAt: e.createdAt, secret: e.secret };
}

/** List: as create without secret, plus updatedAt. */
export function listedJson(e: AppkitEndpoint): Record<string, unknown> {
  return { id: e.id, url: e.url, events: [...e.events], active: e.active, createdAt: e.createdAt, updatedAt: e.updatedAt };
}

/** Update: id, url, events, active, updatedAt (no createdAt, no secret). */
export function updatedJson(e: AppkitEndpoint): Record<string, unknown> {
  return { id: e.id, url: e.url, events: [...e.events], active: e.active, updatedAt: e.updatedAt };
}

export function ok(data: unknown): { success: true; data: unknown } {
  return { success: true, data };
}
