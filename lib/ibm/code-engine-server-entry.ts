/**
 * The entry of the Node.js images (`node server.js <handler export>`): serves the bundled handler module beside it
 * (`index.js`) as a Code Engine app, or hands a job run its delivery. Bundled on its own at synth; imports only the
 * runtime module, never cdktf.
 */
import { serveBundledHandler } from '../runtime/ibm';

serveBundledHandler(__dirname, process.argv[2] ?? 'handler');
