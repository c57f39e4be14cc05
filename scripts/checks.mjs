// The static checks and the production build, side by side: each is a separate process and
// none reads another's output, so on two cores this saves the sum of the shorter ones.
// Each one's output is printed whole when it ends; any failure fails the run.
import { spawn } from 'node:child_process';

const TASKS = [
  ['types', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['format', 'npm', ['run', '-s', 'format:check']],
  ['build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
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
