import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GENERATED_DIR, generateBindings, pinnedProviders } from '../../scripts/generate-bindings';

/** Every file under a directory, relative path → contents. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = path.join(rel, e.name);
      if (e.isDirectory()) walk(child);
      else out.set(child, fs.readFileSync(path.join(dir, child), 'utf8'));
    }
  };
  walk('');
  return out;
}

describe('generated bindings', () => {
  test('lib/generated is exactly what the schema files generate (never edited by hand)', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bindings-'));
    try {
      await generateBindings(tmp);
      const fresh = tree(tmp);
      const committed = tree(GENERATED_DIR);
      expect([...committed.keys()].sort()).toEqual([...fresh.keys()].sort());
      for (const [file, text] of fresh) {
        if (committed.get(file) !== text) throw new Error(`lib/generated/${file} differs from a fresh generation: run "npm run gen".`);
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('every pinned schema file has the provider it is pinned for', () => {
    for (const [name, pin] of Object.entries(pinnedProviders())) {
      const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'schemas', pin.schema), 'utf8'));
      expect(Object.keys(schema.provider_schemas)).toEqual([`registry.terraform.io/${pin.source}`]);
      expect(pin.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(name).toBe(pin.source.split('/')[1]);
    }
  });
});
