/**
 * Installs the distribution's packages a test runner needs (Chromium, WebKitWebDriver, Xvfb) the way
 * `playwright install --with-deps` installs its own: with apt, as root or through sudo without a password,
 * saying what it runs. Where it cannot, it says so in one line and the caller stops.
 * The decision (planInstall) is pure so that unit tests can try every machine without touching this one.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The first executable called `name` on PATH, or null. */
export function onPath(name, path = process.env.PATH ?? '') {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/** What this machine allows: apt on PATH, running as root, sudo that asks no password. */
export function probeMachine() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = onPath('apt-get') !== null;
  const hasSudo = onPath('sudo') !== null;
  const sudoWithoutPassword = !isRoot && hasSudo && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  return { isRoot, hasApt, sudoWithoutPassword };
}

/**
 * The commands that would install `packages`, or why they cannot be installed here.
 * @param {string[]} packages Debian/Ubuntu package names
 * @param {{ isRoot: boolean, hasApt: boolean, sudoWithoutPassword: boolean }} machine
 * @returns {{ commands: string[][] } | { reason: string }}
 */
export function planInstall(packages, machine) {
  if (!machine.hasApt) return { reason: 'no apt-get on this machine' };
  if (!machine.isRoot && !machine.sudoWithoutPassword) return { reason: 'not root and sudo needs a password (or is missing)' };
  const prefix = machine.isRoot ? [] : ['sudo', '-n'];
  const apt = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get'];
  return {
    commands: [
      [...apt, 'update', '-qq'],
      [...apt, 'install', '-y', '-qq', '--no-install-recommends', ...packages],
    ],
  };
}

/**
 * Installs `packages` when planInstall allows it, printing each command first.
 * @returns {{ installed: true } | { installed: false, reason: string }}
 */
export function installPackages(packages, { machine = probeMachine(), run = spawnSync, log = console.log } = {}) {
  const plan = planInstall(packages, machine);
  if ('reason' in plan) return { installed: false, reason: plan.reason };
  for (const command of plan.commands) {
    log(`Installing from the distribution's packages: ${command.join(' ')}`);
    const result = run(command[0], command.slice(1), { stdio: 'inherit' });
    if (result.status !== 0) return { installed: false, reason: `\`${command.join(' ')}\` failed` };
  }
  return { installed: true };
}
