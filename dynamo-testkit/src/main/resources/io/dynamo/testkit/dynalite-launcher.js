'use strict';
// Starts dynalite for io.dynamo.testkit.Dynalite.
//
// Usage: node dynalite-launcher.js <dynalite install dir> <options as JSON>
//
// Why not dynalite's cli.js: it treats --port 0 as 4567, so it cannot bind an ephemeral port, and
// dynalite 4.0.0 throws from a request's 'error' handler when a client drops its connection in the
// middle of a request body, which kills a plain cli.js process.
//
// Protocol with the JVM: one line "DYNALITE_PORT=<port>" on stdout once the server listens on
// 127.0.0.1; diagnostics on stderr; the process exits when its stdin closes (the JVM went away or
// closed it) and on SIGTERM/SIGINT, so it never outlives the JVM that started it.

const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  process.stderr.write('dynalite needs Node.js 20+; found ' + process.version + '\n');
  process.exit(3);
}

const path = require('path');
const dir = process.argv[2];
const options = JSON.parse(process.argv[3] || '{}');

let dynalite;
try {
  dynalite = require(path.join(dir, 'node_modules', 'dynalite'));
} catch (e) {
  process.stderr.write('cannot load dynalite from ' + dir + ': ' + (e && e.stack || e) + '\n');
  process.exit(4);
}

let listening = false;
process.on('uncaughtException', (err) => {
  if (!listening) {
    process.stderr.write('dynalite failed to start: ' + (err && err.stack || err) + '\n');
    process.exit(5);
  }
  // dynalite 4.0.0 rethrows request stream errors (a client aborting mid-body); keep serving.
  // One line per error, so the JVM side logs it as one record.
  const text = String(err && err.stack || err).split('\n').map((s) => s.trim()).join(' | ');
  process.stderr.write('dynalite-launcher: uncaught exception ignored: ' + text + '\n');
});

const server = dynalite(options);
server.on('error', (err) => {
  process.stderr.write('dynalite server error: ' + (err && err.stack || err) + '\n');
  if (!listening) process.exit(6);
});
server.listen(0, '127.0.0.1', () => {
  listening = true;
  process.stdout.write('DYNALITE_PORT=' + server.address().port + '\n');
});

const stop = () => process.exit(0);
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.on('error', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
