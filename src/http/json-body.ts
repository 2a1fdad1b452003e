import express, { type RequestHandler } from 'express';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * JSON body parser with the configured size limit. Over the limit → 413 `payload_too_large`;
 * not JSON or not valid UTF-8 → 400 `malformed_json` (the error middleware maps body-parser's
 * error types).
 */
export function jsonBody({ limitBytes }: { limitBytes: number }): RequestHandler {
  return express.json({
    limit: limitBytes,
    type: ['application/json', 'application/*+json'],
    verify(_req, _res, buffer) {
      // body-parser would silently turn invalid bytes into U+FFFD; refuse them instead.
      utf8.decode(buffer);
    },
  });
}
