/** Shared sample bodies: every generator uses the same byte strings. */

export const EMOJI_JSON = '{"type":"message.created","text":"🪝 héllo — 世界 👩🏽‍💻","n":1}';

/** Not valid UTF-8 (lone continuation bytes, an invalid lead byte, a NUL): only bodyBase64 can carry it. */
export const NON_UTF8 = Buffer.from([0x7b, 0x22, 0x62, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x00, 0x80, 0xc3, 0x28, 0x22, 0x7d]);

/** A body that ends in CRLF, as SendGrid's do. */
export const CRLF_JSON = '[{"email":"example@test.com","event":"processed","sg_event_id":"rbtnWrG1DVDGGGFHFyun0A=="}]\r\n';
