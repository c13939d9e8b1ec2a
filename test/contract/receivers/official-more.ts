/** More receivers built on the providers' own SDKs, as their guides show. */
import express from 'express';
import { verifyKeyMiddleware, InteractionType, InteractionResponseType } from 'discord-interactions';
import { Paddle } from '@paddle/paddle-node-sdk';
import { LinearWebhookClient } from '@linear/sdk/webhooks';
import { WebhooksHelper } from 'square';
import { EventWebhook, EventWebhookHeader } from '@sendgrid/eventwebhook';
import { listen, type Receiver } from './listen.js';

/** discord-interactions verifyKeyMiddleware, answering PING with PONG. */
export function discordReceiver(publicKey: string): Promise<Receiver> {
  const app = express();
  app.post('/interactions', verifyKeyMiddleware(publicKey), (req, res) => {
    const interaction = req.body as { type: number };
    if (interaction.type === InteractionType.PING) res.send({ type: InteractionResponseType.PONG });
    else res.send({ type: InteractionResponseType.CHANNEL_MESSAGE_WITH_SOURCE, data: { content: 'ok' } });
  });
  return listen(app, '/interactions');
}

/** Paddle's webhook guide: express.raw and paddle.webhooks.unmarshal. */
export function paddleReceiver(secretKey: string): Promise<Receiver> {
  const paddle = new Paddle('pdl_sdbx_apikey_hookyard');
  const app = express();
  app.post('/webhooks', express.raw({ type: 'application/json' }), async (req, res) => {
    const signature = (req.headers['paddle-signature'] as string) || '';
    const rawRequestBody = (req.body as Buffer).toString();
    try {
      if (!signature || !rawRequestBody) {
        res.status(400).send('Signature missing in header');
        return;
      }
      await paddle.webhooks.unmarshal(rawRequestBody, secretKey, signature);
    } catch {
      res.status(400).send('Invalid signature');
      return;
    }
    res.send('Processed webhook event');
  });
  return listen(app, '/webhooks');
}

/** @linear/sdk LinearWebhookClient.createHandler on a node server. */
export function linearReceiver(secret: string): Promise<Receiver> {
  const handler = new LinearWebhookClient(secret).createHandler();
  handler.on('Issue', () => undefined);
  return listen((req, res) => void handler(req, res), '/webhooks/linear');
}

/** Square's guide: the raw body, the notification URL and WebhooksHelper.verifySignature. */
export async function squareReceiver(signatureKey: string): Promise<Receiver> {
  let notificationUrl = '';
  const receiver = await listen((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const valid = await WebhooksHelper.verifySignature({
        requestBody: Buffer.concat(chunks).toString('utf8'),
        signatureHeader: (req.headers['x-square-hmacsha256-signature'] as string) ?? '',
        signatureKey,
        notificationUrl,
      });
      res.statusCode = valid ? 200 : 403;
      res.end();
    });
  }, '/square/webhooks');
  notificationUrl = receiver.url;
  return receiver;
}

/** SendGrid's Event Webhook guide: the raw body and EventWebhook.verifySignature. */
export function sendgridReceiver(publicKeyBase64: string): Promise<Receiver> {
  const app = express();
  const webhook = new EventWebhook();
  const key = webhook.convertPublicKeyToECDSA(publicKeyBase64);
  app.post('/sendgrid/events', express.raw({ type: 'application/json' }), (req, res) => {
    const signature = req.get(EventWebhookHeader.SIGNATURE()) ?? '';
    const timestamp = req.get(EventWebhookHeader.TIMESTAMP()) ?? '';
    let ok = false;
    try {
      ok = webhook.verifySignature(key, req.body as Buffer, signature, timestamp);
    } catch {
      ok = false;
    }
    res.sendStatus(ok ? 204 : 403);
  });
  return listen(app, '/sendgrid/events');
}
