import { expect } from 'chai';
import { pickCorrelationId } from '../../src/observability/correlation-id.js';

describe('pickCorrelationId', () => {
  const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
  const table: Array<{ given: [string | undefined, string | undefined]; want: string | RegExp; why: string }> = [
    { given: ['req-42', undefined], want: 'req-42', why: 'a sane X-Request-Id is kept' },
    { given: ['req-42', traceparent], want: 'req-42', why: 'X-Request-Id wins over traceparent' },
    { given: [undefined, traceparent], want: '4bf92f3577b34da6a3ce929d0e0e4736', why: 'the trace id of traceparent' },
    {
      given: ['x'.repeat(129), traceparent],
      want: '4bf92f3577b34da6a3ce929d0e0e4736',
      why: 'too long an id is ignored',
    },
    { given: ['two words', undefined], want: /^[0-9a-f-]{36}$/, why: 'spaces are not allowed' },
    {
      given: ['line\nbreak', undefined],
      want: /^[0-9a-f-]{36}$/,
      why: 'control characters (log injection) are not allowed',
    },
    {
      given: [undefined, '00-00000000000000000000000000000000-00f067aa0ba902b7-01'],
      want: /^[0-9a-f-]{36}$/,
      why: 'the all-zero trace id is invalid',
    },
    { given: [undefined, 'garbage'], want: /^[0-9a-f-]{36}$/, why: 'a malformed traceparent is ignored' },
    { given: [undefined, undefined], want: /^[0-9a-f-]{36}$/, why: 'otherwise a UUID' },
  ];
  for (const { given, want, why } of table) {
    it(why, () => {
      const got = pickCorrelationId(...given);
      if (typeof want === 'string') expect(got).to.equal(want);
      else expect(got).to.match(want);
    });
  }
});
