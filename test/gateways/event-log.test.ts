import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import type { AppDeps } from '../../src/deps.js';
import { GatewayEventLog, type NewGatewayEvent } from '../../src/gateways/index.js';
import { forEachBackend } from '../support/backends.js';

const deployed = (environment: string): NewGatewayEvent => ({
  type: 'api.deployed',
  payload: { apiUuid: randomUUID(), revisionId: randomUUID(), vhost: 'api.example.com', environment },
});
const cause = { correlationId: 'req-1', traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' };

describe('GatewayEventLog', function () {
  forEachBackend((backend) => {
    let deps: AppDeps;
    before(async () => {
      deps = await backend.createDeps();
    });
    after(() => deps?.close());

    async function newGateway(): Promise<string> {
      const id = randomUUID();
      await deps.db.query('insert into gateways (id, name) values ($1, $2)', [id, `gw-${id}`]);
      return id;
    }

    it('numbers events 1, 2, 3 … per gateway and returns the envelope with the cause', async () => {
      const log = new GatewayEventLog({ db: deps.db });
      const [a, b] = [await newGateway(), await newGateway()];
      const first = await deps.db.transaction((tx) => log.append(tx, a, deployed('e1'), cause));
      const second = await deps.db.transaction((tx) =>
        log.append(tx, a, deployed('e2'), { correlationId: 'req-2', traceparent: 'not-a-traceparent' }),
      );
      const other = await deps.db.transaction((tx) => log.append(tx, b, deployed('e1'), cause));
      expect([first.seq, second.seq, other.seq]).to.deep.equal([1, 2, 1]);
      expect(first).to.include({ type: 'api.deployed', correlationId: 'req-1', traceparent: cause.traceparent });
      expect(second).not.to.have.property('traceparent'); // an invalid one is not propagated
      expect(Date.parse(first.timestamp)).to.be.a('number').and.above(0);
      expect(await log.readAfter(a, 0, 10)).to.deep.equal([first, second]);
      expect(await log.position(a)).to.deep.equal({ latestSeq: 2, oldestRetainedSeq: 1, ackedSeq: 0 });
    });

    it('writes nothing when the transaction of the change rolls back', async () => {
      const log = new GatewayEventLog({ db: deps.db });
      const gateway = await newGateway();
      await deps.db
        .transaction(async (tx) => {
          await log.append(tx, gateway, deployed('e1'), cause);
          throw new Error('the change failed');
        })
        .catch(() => {});
      expect(await log.readAfter(gateway, 0, 10)).to.deep.equal([]);
      expect(await log.position(gateway)).to.deep.equal({ latestSeq: 0, oldestRetainedSeq: null, ackedSeq: 0 });
    });

    // PGlite has one connection: appends cannot run concurrently there, so the test exists only on PostgreSQL.
    if (backend.name === 'postgres+redis')
      it('stays gap-free and ordered under concurrent appends to one gateway', async function () {
        const log = new GatewayEventLog({ db: deps.db });
        const gateway = await newGateway();
        await Promise.all(
          Array.from({ length: 30 }, (_, i) =>
            deps.db.transaction((tx) => log.append(tx, gateway, deployed(`c${i}`), cause)),
          ),
        );
        const events = await log.readAfter(gateway, 0, 100);
        expect(events.map((event) => event.seq)).to.deep.equal(Array.from({ length: 30 }, (_, i) => i + 1));
        expect(new Set(events.map((event) => (event.payload as { environment: string }).environment)).size).to.equal(
          30,
        );
      });

    it('keeps only the last N events per gateway and reports the oldest retained', async () => {
      const log = new GatewayEventLog({ db: deps.db, retention: 5 });
      const gateway = await newGateway();
      for (let i = 0; i < 12; i += 1)
        await deps.db.transaction((tx) => log.append(tx, gateway, deployed(`r${i}`), cause));
      expect((await log.readAfter(gateway, 0, 100)).map((event) => event.seq)).to.deep.equal([8, 9, 10, 11, 12]);
      expect(await log.position(gateway)).to.include({ latestSeq: 12, oldestRetainedSeq: 8 });
    });

    it('records acks cumulatively: never backwards, never past the latest event', async () => {
      const log = new GatewayEventLog({ db: deps.db });
      const gateway = await newGateway();
      for (let i = 0; i < 4; i += 1)
        await deps.db.transaction((tx) => log.append(tx, gateway, deployed(`a${i}`), cause));
      await log.recordAck(gateway, 3);
      await log.recordAck(gateway, 2);
      await log.recordAck(gateway, 9);
      expect((await log.position(gateway))?.ackedSeq).to.equal(3);
    });

    it('answers undefined for the position of an unknown gateway', async () => {
      expect(await new GatewayEventLog({ db: deps.db }).position(randomUUID())).to.equal(undefined);
    });
  });
});
