import { expect } from 'chai';
import { AppError } from '../../src/errors.js';
import { planResume, requestedPosition } from '../../src/gateways/index.js';

describe('resume', () => {
  describe('requestedPosition', () => {
    const table: Array<{ given: [string | undefined, string | null]; want: number | undefined }> = [
      { given: [undefined, null], want: undefined },
      { given: ['0', null], want: 0 },
      { given: ['41', null], want: 41 },
      { given: [undefined, '7'], want: 7 },
      { given: ['41', '7'], want: 41 }, // the header wins
    ];
    for (const { given, want } of table) {
      it(`header ${String(given[0])}, since ${String(given[1])} → ${String(want)}`, () => {
        expect(requestedPosition(given[0], given[1])).to.equal(want);
      });
    }
    for (const bad of ['-1', '01', '1.5', 'abc', '', '12345678901234567', '9999999999999999']) {
      it(`refuses ${JSON.stringify(bad)} with validation_failed`, () => {
        expect(() => requestedPosition(bad, null))
          .to.throw(AppError)
          .with.property('code', 'validation_failed');
        expect(() => requestedPosition(undefined, bad))
          .to.throw(AppError)
          .with.property('code', 'validation_failed');
      });
    }
  });

  describe('planResume', () => {
    const table = [
      {
        name: 'no position given: from the stored ack',
        requested: undefined,
        position: { latestSeq: 10, oldestRetainedSeq: 1, ackedSeq: 6 },
        want: { cursor: 6, recovered: true },
      },
      {
        name: 'a retained position',
        requested: 3,
        position: { latestSeq: 10, oldestRetainedSeq: 1, ackedSeq: 6 },
        want: { cursor: 3, recovered: true },
      },
      {
        name: 'just before the oldest retained',
        requested: 3,
        position: { latestSeq: 10, oldestRetainedSeq: 4, ackedSeq: 0 },
        want: { cursor: 3, recovered: true },
      },
      {
        name: 'older than retained',
        requested: 2,
        position: { latestSeq: 10, oldestRetainedSeq: 4, ackedSeq: 0 },
        want: { cursor: 3, recovered: false },
      },
      {
        name: 'stored ack older than retained',
        requested: undefined,
        position: { latestSeq: 5120, oldestRetainedSeq: 4000, ackedSeq: 3 },
        want: { cursor: 3999, recovered: false },
      },
      {
        name: 'ahead of the log (another log)',
        requested: 99,
        position: { latestSeq: 43, oldestRetainedSeq: 1, ackedSeq: 0 },
        want: { cursor: 43, recovered: false },
      },
      {
        name: 'empty log from the start',
        requested: 0,
        position: { latestSeq: 0, oldestRetainedSeq: null, ackedSeq: 0 },
        want: { cursor: 0, recovered: true },
      },
    ];
    for (const { name, requested, position, want } of table) {
      it(name, () => {
        expect(planResume(requested, position)).to.deep.equal(want);
      });
    }
  });
});
