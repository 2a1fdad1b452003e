import { expect } from 'chai';
import {
  validateClientErrorMessage,
  validateClientPongMessage,
  validateGatewayErrorMessage,
} from '../../generated/asyncapi/validators.js';
import { closeReason, errorFrame, frameIdOf, pongFrame } from '../../src/realtime/frames.js';

describe('realtime frames', () => {
  it('errorFrame builds an error message valid on both channels, with the answered id as correlationId', () => {
    const frame = errorFrame('validation_failed', 'bad', { correlationId: 'req-1', details: [{ path: '/type' }] });
    expect(frame).to.include({ type: 'error', correlationId: 'req-1' });
    expect(frame.payload).to.deep.equal({ code: 'validation_failed', message: 'bad', details: [{ path: '/type' }] });
    expect(validateClientErrorMessage(frame).ok).to.equal(true);
    expect(validateGatewayErrorMessage(errorFrame('internal_error')).ok).to.equal(true);
    expect(errorFrame('internal_error').payload.message, 'the registry message by default').to.equal('Internal error');
  });

  it('pongFrame answers a ping with its id', () => {
    expect(validateClientPongMessage(pongFrame({ id: 'p-1' })).ok).to.equal(true);
    expect(pongFrame({ id: 'p-1' }).correlationId).to.equal('p-1');
    expect(pongFrame({})).to.not.have.property('correlationId');
  });

  it('frameIdOf keeps only ids the spec allows (1–128 characters)', () => {
    const table: Array<[unknown, string | undefined]> = [
      [{ id: 'a' }, 'a'],
      [{ id: 'x'.repeat(128) }, 'x'.repeat(128)],
      [{ id: 'x'.repeat(129) }, undefined],
      [{ id: '' }, undefined],
      [{ id: 7 }, undefined],
      ['a string', undefined],
      [null, undefined],
    ];
    for (const [given, want] of table) expect(frameIdOf(given), JSON.stringify(given)).to.equal(want);
  });

  it('closeReason cuts reasons to the 123 bytes a close frame allows, on a character boundary', () => {
    expect(closeReason('short')).to.equal('short');
    const cut = closeReason('é'.repeat(100));
    expect(Buffer.byteLength(cut)).to.be.at.most(123);
    expect(cut).to.equal('é'.repeat(61));
  });
});
