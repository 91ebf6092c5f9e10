/**
 * Another instance writing: a process of its own, on the built app, over the
 * database the test names (DATABASE_CONFIG, JSON), that renames, adds,
 * deletes and restores a partner's clients when the test says so, at the time
 * the test says (its clock is the test's, sent over IPC).
 *
 *   { clock: <epoch ms> }             the time from now on
 *   { round: n, partnerId, planId }   one round of writes; answers { done: n }
 */
require('reflect-metadata');
const { IsNull } = require('typeorm');
const { openDatabase } = require('../../dist/app/data-source');
const { createServices } = require('../../dist/app/context');
const { SYSTEM_ACTOR } = require('../../dist/app/actor');

const caller = { actor: SYSTEM_ACTOR, requestId: null };
let now = Date.now();
const clock = { now: () => new Date(now) };

async function round(services, { round: n, partnerId, planId }) {
  const repo = services.dataSource.getRepository('Client');
  const partner = await services.dataSource.getRepository('Partner').findOneByOrFail({ id: partnerId });
  const live = await repo.find({ where: { partnerId, deletedAt: IsNull() }, order: { id: 'ASC' } });
  const renamed = live[n % live.length];
  await services.clients.update(
    { id: renamed.id, version: renamed.version, name: `Renommé ${n} ${process.pid}` },
    caller,
  );
  await services.partners.createClient(
    partner,
    {
      name: `Ajouté ${n} ${process.pid}`,
      planId,
      identityProvider: 'CLIENTELE',
      notificationsEnabled: false,
      address: { line1: '1 rue du Port', city: 'Sorel', region: 'QC', postalCode: 'J3P 1A1', country: 'CA' },
      admin: { firstName: 'Annie', lastName: 'Gagnon', email: `annie.${n}.${process.pid}@client.test` },
    },
    caller,
  );
  if (n % 3 === 0) await services.clients.delete([live[(n + 1) % live.length].id], caller);
  if (n === 5) {
    const deleted = (await repo.find({ where: { partnerId }, withDeleted: true })).filter((c) => c.deletedAt);
    if (deleted[0]) await services.clients.restore(deleted[0].id, caller);
  }
}

async function main() {
  const dataSource = await openDatabase(JSON.parse(process.env.DATABASE_CONFIG));
  const services = createServices(dataSource, { clock });
  // Messages are handled one after another, in the order sent.
  let queue = Promise.resolve();
  process.on('message', (message) => {
    queue = queue
      .then(async () => {
        if (message.clock !== undefined) now = message.clock;
        if (message.round !== undefined) {
          await round(services, message);
          process.send({ done: message.round });
        }
        if (message.stop) {
          await dataSource.destroy();
          process.disconnect();
        }
      })
      .catch((error) => {
        process.send({ error: String(error && error.stack ? error.stack : error) });
      });
  });
  process.send({ ready: true });
}

main().catch((error) => {
  process.send({ error: String(error && error.stack ? error.stack : error) });
});
