// The static checks and the production build, side by side: each is a separate process and
// none reads another's output, so on two cores this saves the sum of the shorter ones.
// Each one's output is printed whole when it ends; any failure fails the run.
import { spawn } from 'node:child_process';

// The tools' own binaries rather than `npm run`: an npm process per task costs more CPU than
// the lint itself. Keep these in step with package.json's scripts of the same names.
const bin = (name) => `node_modules/.bin/${name}`;
const TASKS = [
  [
    'types',
    'sh',
    [
      '-c',
      `${bin('tsc')} --noEmit -p tsconfig.app.json && ${bin('tsc')} --noEmit -p tsconfig.node.json`,
    ],
  ],
  ['lint', bin('oxlint'), ['--deny-warnings']],
  // --cache: files unchanged since the last check are not parsed again (the cache lives in
  // node_modules/.cache/prettier; a fresh clone checks everything).
  ['format', bin('prettier'), ['--check', '--cache', '--cache-strategy', 'content', '.']],
  ['build', bin('vite'), ['build', '--logLevel', 'warn']],
];

function run([name, command, args]) {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`── ${name}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${seconds} s`);
      if (code !== 0 || output.trim()) console.log(output.trimEnd());
      done(code === 0);
    });
  });
}

const results = await Promise.all(TASKS.map(run));
if (!results.every(Boolean)) process.exit(1);
