import { startSfServer } from '../sf-server/server.js';
import { connectionTo } from '../sf-server/connection.js';

it('scale', async () => {
  const server = await startSfServer();
  const t0 = Date.now();
  const ids = server.store.insert('Account', Array.from({ length: 100_000 }, (_, i) => ({ Name: `A${i}`, CVP_Loyalty_Score__c: (i % 5) + 1, AnnualRevenue: i })));
  server.store.insert('CVP_Customer_Profitability__c', ids.map((id) => ({ CVP_Account__c: id, CVP_Period__c: '2025-Q3', CVP_Revenue__c: 1000, CVP_Direct_Costs__c: 100 })));
  const t1 = Date.now();
  const conn = connectionTo(server);
  let r = await conn.query('SELECT Id, Name, CVP_Loyalty_Score__c, (SELECT CVP_Revenue__c, CVP_Customer_Margin__c FROM CVP_Profitability__r WHERE CVP_Period__c = \'2025-Q3\') FROM Account');
  let n = r.records.length;
  while (!r.done) { r = await conn.queryMore(r.nextRecordsUrl as string); n += r.records.length; }
  const t2 = Date.now();
  const csv = 'Id,CVP_Rank__c,CVP_Tier__c\n' + ids.map((id, i) => `${id},${i + 1},lean`).join('\n') + '\n';
  conn.bulk2.pollInterval = 50;
  conn.bulk2.pollTimeout = 120000;
  const res = await conn.bulk2.loadAndWaitForResults({ object: 'Account', operation: 'update', input: csv, pollTimeout: 120000 });
  const t3 = Date.now();
  console.log({ seed: t1 - t0, read: t2 - t1, n, bulk: t3 - t2, ok: res.successfulResults.length, failed: res.failedResults.length, mem: Math.round(process.memoryUsage().rss / 1e6) });
  await server.close();
}, 300000);
