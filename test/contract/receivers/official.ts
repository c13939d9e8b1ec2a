/**
 * Webhook receivers written the way each provider documents them, with the provider's own SDK.
 * They are the oracle: a correct hookyard request is one these accept.
 */
import express from 'express';
import Stripe from 'stripe';
import { Webhooks, createNodeMiddleware } from '@octokit/webhooks';
import { App as BoltApp, LogLevel } from '@slack/bolt';
import twilio from 'twilio';
import { Webhook as SvixWebhook } from 'svix';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { fromServer, listen, type Receiver } from './listen.js';

/** Stripe's express sample: express.raw + stripe.webhooks.constructEvent. */
export function stripeReceiver(endpointSecret: string): Promise<Receiver> {
  const stripe = new Stripe('sk_test_hookyard');
  const app = express();
  app.post('/webhook', express.raw({ type: 'application/json' }), (request, response) => {
    const sig = request.headers['stripe-signature'] as string;
    try {
      stripe.webhooks.constructEvent(request.body as Buffer, sig, endpointSecret);
    } catch (err) {
      response.status(400).send(`Webhook Error: ${(err as Error).message}`);
      return;
    }
    response.send();
  });
  return listen(app, '/webhook');
}

/** @octokit/webhooks createNodeMiddleware on its default path. */
export function githubReceiver(secret: string): Promise<Receiver> {
  const webhooks = new Webhooks({ secret });
  webhooks.on('push', () => undefined);
  webhooks.on('pull_request.opened', () => undefined);
    // Quiet: rejected forgeries are expected here.
  const log = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
  return listen(createNodeMiddleware(webhooks, { log }), '/api/github/webhooks');
}

/** Bolt's default HTTPReceiver (`/slack/events`), with listeners for the sample events. */
export async function slackReceiver(signingSecret: string): Promise<Receiver> {
  const app = new BoltApp({ signingSecret, token: 'xoxb-hookyard', botId: 'B0001BOT', botUserId: 'U0001BOT', tokenVerificationEnabled: false, logLevel: LogLevel.ERROR });
  app.event('app_mention', async () => undefined);
  app.command('/weather', async ({ ack }) => {
    await ack();
  });
  app.action('approve', async ({ ack }) => {
    await ack();
  });
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  return fromServer(server as import('node:http').Server, '/slack/events');
}

/** twilio.webhook() after express.urlencoded, as Twilio's express guide shows. */
export function twilioReceiver(authToken: string): Promise<Receiver> {
  const app = express();
  app.post('/sms', express.urlencoded({ extended: false }), twilio.webhook(authToken), (_req, res) => {
    res.type('text/xml').send('<Response></Response>');
  });
  return listen(app, '/sms');
}

/** twilio.webhook() for JSON bodies: the raw body kept for the bodySHA256 check. */
export function twilioJsonReceiver(authToken: string): Promise<Receiver> {
  const app = express();
  const keepRaw = (req: express.Request, _res: unknown, buf: Buffer): void => {
    (req as express.Request & { rawBody?: string }).rawBody = buf.toString('utf8');
  };
  app.post('/events', express.json({ verify: keepRaw }), twilio.webhook(authToken), (_req, res) => {
    res.sendStatus(200);
  });
  return listen(app, '/events');
}

/** Svix's express guide: express.raw and wh.verify(payload, headers). */
export function svixReceiver(secret: string): Promise<Receiver> {
  const app = express();
  app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
    try {
      new SvixWebhook(secret).verify(req.body as Buffer, req.headers as Record<string, string>);
    } catch {
      res.status(400).json({});
      return;
    }
    res.status(204).end();
  });
  return listen(app, '/webhook');
}

/** The Standard Webhooks reference library: wh.verify(payload, headers). */
export function standardWebhooksReceiver(secret: string): Promise<Receiver> {
  const app = express();
  app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
    try {
      new StandardWebhook(secret).verify((req.body as Buffer).toString('utf8'), req.headers as Record<string, string>);
    } catch {
      res.status(400).end();
      return;
    }
    res.status(204).end();
  });
  return listen(app, '/webhook');
}
