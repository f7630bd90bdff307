/**
 * The offline Terraform cycle (init, validate, plan, apply, plan, destroy) on every example stack, timed: one shared
 * provider mirror and plugin cache, stacks run two at a time. `npx tsx bench/offline-cycle.ts`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { installOfflineMirror, runOfflineCycle } from '../lib/testing/offline';
import { AlicloudResizeStack } from '../stacks/alicloud-resize-stack';
import { IbmFunctionsResizeStack } from '../stacks/ibm-functions-resize-stack';
import { IbmResizeStack } from '../stacks/ibm-resize-stack';
import { TencentcloudResizeStack } from '../stacks/tencentcloud-resize-stack';

async function main(): Promise<void> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'evented-buckets-bench-'));
  const app = new App({ outdir });
  new AlicloudResizeStack(app, 'alicloud-resize', {});
  new TencentcloudResizeStack(app, 'tencentcloud-resize', {});
  new IbmResizeStack(app, 'ibm-resize', {});
  new IbmFunctionsResizeStack(app, 'ibm-functions-resize', {});
  app.synth();
  installOfflineMirror();
  const bin = path.join(__dirname, '..', 'test', 'offline', 'fixtures', 'bin');
  const env = { PATH: `${bin}${path.delimiter}${process.env.PATH}`, TF_VAR_registry_api_key: 'offline', IBMCLOUD_API_KEY: 'offline' };
  const stacks = fs.readdirSync(path.join(outdir, 'stacks'));
  const start = Date.now();
  const rows: string[] = [];
  const queue = [...stacks];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const t0 = Date.now();
      let outcome: string;
      try {
        const result = await runOfflineCycle(path.join(outdir, 'stacks', name), { env });
        outcome = result.converged ? 'converged' : `drift: ${result.drift.map((c) => c.address).join(', ')}`;
      } catch (e) {
        outcome = 'failed: ' + String(e instanceof Error ? e.message : e).split('\n').slice(0, 3).join(' ').slice(0, 200);
      }
      rows.push(`| ${name} | ${((Date.now() - t0) / 1000).toFixed(1)} s | ${outcome} |`);
    }
  };
  await Promise.all([worker(), worker()]);
  console.log(`| stack | cycle | outcome |\n| --- | ---: | --- |\n${rows.sort().join('\n')}`);
  console.log(`all stacks: ${((Date.now() - start) / 1000).toFixed(1)} s wall clock (load average ${os.loadavg()[0].toFixed(1)})`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
