/**
 * Compares two outputs of scripts/function-zip-digests.js (the repository's and the installed package's) and exits
 * non-zero when a function's zip differs although the packages shipped in it are the same: the same inputs must give
 * the same bytes. When the consumer's npm resolved another version of a shipped package (sharp's own dependencies
 * float within their ranges), the zips differ for a reason; that is printed, not failed.
 *
 * Usage: node scripts/compare-zip-digests.js <repository.json> <consumer.json>
 */
'use strict';
const fs = require('fs');

const [repoFile, consumerFile] = process.argv.slice(2);
const repo = JSON.parse(fs.readFileSync(repoFile, 'utf8'));
const consumer = JSON.parse(fs.readFileSync(consumerFile, 'utf8'));
let failed = false;
for (const name of Object.keys(repo)) {
  const [a, b] = [repo[name], consumer[name]];
  if (!b) {
    console.error(`${name}: built in the repository, not in the consumer`);
    failed = true;
  } else if (a.sha256 === b.sha256) {
    console.log(`${name}: identical zip (sha256 ${a.sha256})`);
  } else if (JSON.stringify(a.packages) !== JSON.stringify(b.packages)) {
    const differ = b.packages.filter((p) => !a.packages.includes(p));
    console.log(`${name}: zips differ because the consumer ships other package versions: ${differ.join(', ')} (repository: ${a.packages.join(', ')})`);
  } else {
    console.error(`${name}: the consumer's zip (sha256 ${b.sha256}) differs from the repository's (${a.sha256}) with the same packages (${a.packages.join(', ')})`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
