/** Receivers with the mistakes people really make, each written as it is found in the wild. */
import { createHmac } from 'node:crypto';
import express from 'express';
import Stripe from 'stripe';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { fromServer, listen, type Receiver } from './listen.js';

/** express.json() mounted app-wide, so constructEvent gets a parsed object, not the raw bytes. */
export function stripeJsonFirst(endpointSecret: string): Promise<Receiver> {
  const stripe = new Stripe('sk_test_hookyard');
  const app = express();
  app.use(express.json());
  app.post('/webhook', (request, response) => {
    try {
      stripe.webhooks.constructEvent(request.body as string, request.headers['stripe-signature'] as string, endpointSecret);
    } catch (err) {
      response.status(400).send(`Webhook Error: ${(err as Error).message}`);
      return;
    }
    response.send();
  });
  return listen(app, '/webhook');
}

/** GitHub: HMAC of JSON.stringify(req.body) compared with ===. */
export function githubReserialized(secret: string): Promise<Receiver> {
  const app = express();
  app.use(express.json());
  app.post('/webhook', (req, res) => {
    const expected = `sha256=${createHmac('sha256', secret).update(JSON.stringify(req.body)).digest('hex')}`;
    if (req.headers['x-hub-signature-256'] === expected) res.sendStatus(202);
    else res.sendStatus(401);
  });
  return listen(app, '/webhook');
}

/** Standard Webhooks: verifies only when a signature header is present. */
export function standardWebhooksSkipsMissing(secret: string): Promise<Receiver> {
  const app = express();
  app.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
    if (req.headers['webhook-signature']) {
      try {
        new StandardWebhook(secret).verify((req.body as Buffer).toString('utf8'), req.headers as Record<string, string>);
      } catch {
        res.status(400).end();
        return;
      }
    }
    res.status(204).end();
  });
  return listen(app, '/webhook');
}

/** Slack slash commands: express.urlencoded() first, then the HMAC of the re-encoded fields. */
export function slackParsedForm(signingSecret: string): Promise<Receiver> {
  const app = express();
  app.use(express.urlencoded({ extended: false }));
  app.post('/slack/commands', (req, res) => {
    const ts = req.headers['x-slack-request-timestamp'] as string;
    const body = new URLSearchParams(req.body as Record<string, string>).toString();
    const expected = `v0=${createHmac('sha256', signingSecret).update(`v0:${ts}:${body}`).digest('hex')}`;
    if (req.headers['x-slack-signature'] === expected) res.json({ text: 'ok' });
    else res.sendStatus(401);
  });
  return listen(app, '/slack/commands');
}

/** A Bolt app with no listener for the event it is sent: Bolt answers 404 once nothing acknowledges it. */
export async function slackNoListener(signingSecret: string): Promise<Receiver> {
  // Bolt's own receiver; the shorter unacknowledged-request timeout only keeps the test quick.
  const receiver = new HTTPReceiver({ signingSecret, unhandledRequestTimeoutMillis: 200, logLevel: LogLevel.ERROR });
  const app = new App({ receiver, token: 'xoxb-hookyard', botId: 'B0001BOT', botUserId: 'U0001BOT', tokenVerificationEnabled: false, logLevel: LogLevel.ERROR });
  app.command('/weather', async ({ ack }) => {
    await ack();
  });
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  return fromServer(server as import('node:http').Server, '/slack/events');
}
