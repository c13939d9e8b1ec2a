import { createECDH, createHash, createPrivateKey, createPublicKey } from 'node:crypto';

const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** 32 bytes derived from a label, so keys are fixed without committing key files. */
export function seedFrom(label) {
  return createHash('sha256').update(`hookyard vector key: ${label}`).digest();
}

/** A fixed Ed25519 key pair: raw seed, raw public key and node KeyObjects. */
export function ed25519(label) {
  const seed = seedFrom(label);
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(privateKey);
  const publicRaw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return { seed, publicRaw, privateKey, publicKey };
}

/** A fixed ECDSA P-256 key pair (the private scalar derived from a label). */
export function p256(label) {
  const d = seedFrom(label);
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const point = ecdh.getPublicKey();
  const jwk = {
    kty: 'EC',
    crv: 'P-256',
    d: d.toString('base64url'),
    x: point.subarray(1, 33).toString('base64url'),
    y: point.subarray(33).toString('base64url'),
  };
  const privateKey = createPrivateKey({ key: jwk, format: 'jwk' });
  const publicKey = createPublicKey(privateKey);
  return {
    privateKey,
    publicKey,
    pkcs8Base64: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    spkiBase64: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    sec1Pem: privateKey.export({ format: 'pem', type: 'sec1' }),
  };
}
