/**
 * How `npm test` gets a browser on a machine with only Node (issue 12, item 8): the decision is tried on
 * injected machines (apt or not, root or not, sudo with or without a password), nothing is installed here.
 */
import { describe, expect, it } from 'vitest';
import { ensureChromium, type FoundBrowser } from '../../scripts/find-browser.mjs';
import { installPackages, onPath, planInstall, type Machine } from '../../scripts/system-packages.mjs';

const ROOT: Machine = { isRoot: true, hasApt: true, sudoWithoutPassword: false };
const SUDO: Machine = { isRoot: false, hasApt: true, sudoWithoutPassword: true };
const LOCKED: Machine = { isRoot: false, hasApt: true, sudoWithoutPassword: false };
const NO_APT: Machine = { isRoot: true, hasApt: false, sudoWithoutPassword: false };

describe('planInstall', () => {
  it('as root runs apt-get directly, non-interactive, update first', () => {
    expect(planInstall(['chromium'], ROOT)).toEqual({
      commands: [
        ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'update', '-qq'],
        ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium'],
      ],
    });
  });

  it('as a user with passwordless sudo goes through `sudo -n`', () => {
    const plan = planInstall(['webkit2gtk-driver', 'xvfb'], SUDO);
    expect('commands' in plan && plan.commands.map((c) => c.slice(0, 2))).toEqual([
      ['sudo', '-n'],
      ['sudo', '-n'],
    ]);
    expect('commands' in plan && plan.commands[1]!.slice(-2)).toEqual(['webkit2gtk-driver', 'xvfb']);
  });

  it('refuses, with the reason, where sudo would ask a password or there is no apt', () => {
    expect(planInstall(['chromium'], LOCKED)).toEqual({ reason: 'not root and sudo needs a password (or is missing)' });
    expect(planInstall(['chromium'], NO_APT)).toEqual({ reason: 'no apt-get on this machine' });
  });
});

describe('installPackages', () => {
  it('prints each command before running it and stops at the first failure', () => {
    const ran: string[] = [];
    const lines: string[] = [];
    const result = installPackages(['chromium'], {
      machine: ROOT,
      run: (cmd, args) => (ran.push([cmd, ...args].join(' ')), { status: ran.length === 1 ? 0 : 100 }),
      log: (line) => lines.push(line),
    });
    expect(ran).toHaveLength(2);
    expect(lines.map((l) => l.includes('apt-get'))).toEqual([true, true]);
    expect(result).toEqual({ installed: false, reason: expect.stringContaining('apt-get install') });
  });

  it('runs nothing on a machine it cannot install on', () => {
    let ran = 0;
    const result = installPackages(['xvfb'], { machine: LOCKED, run: () => (ran++, { status: 0 }), log: () => {} });
    expect(ran).toBe(0);
    expect(result.installed).toBe(false);
  });
});

describe('onPath', () => {
  it('finds an executable only in the PATH it is given', () => {
    expect(onPath('node', process.execPath.replace(/\/node$/, ''))).toBe(process.execPath);
    expect(onPath('node', '/nonexistent-dir')).toBeNull();
  });
});

/** A machine where Chromium appears only after the given step. */
function machine(appearsAfter: 'never' | 'already' | 'playwright' | 'apt', allowsApt = true) {
  let step: string = 'start';
  const steps: string[] = [];
  const lines: string[] = [];
  const chromium: FoundBrowser = { path: '/usr/bin/chromium', origin: 'system' };
  const result = ensureChromium({
    env: {},
    find: () => (appearsAfter === 'already' || step === appearsAfter ? chromium : null),
    downloadPlaywright: () => {
      steps.push('playwright');
      step = 'playwright';
    },
    installSystem: (packages) => {
      steps.push(`apt ${packages.join(' ')}`);
      if (!allowsApt) return { installed: false, reason: 'not root and sudo needs a password (or is missing)' };
      step = 'apt';
      return { installed: true };
    },
    log: (line) => lines.push(line),
  });
  return { result, steps, lines };
}

describe('ensureChromium', () => {
  it('uses a Chromium already there without installing anything', () => {
    const { result, steps } = machine('already');
    expect(result).toEqual({ browser: { path: '/usr/bin/chromium', origin: 'system' } });
    expect(steps).toEqual([]);
  });

  it("tries Playwright's download first and stops there when it works", () => {
    expect(machine('playwright').steps).toEqual(['playwright']);
  });

  it("installs the distribution's chromium when the download fails, saying so", () => {
    const { result, steps, lines } = machine('apt');
    expect(steps).toEqual(['playwright', 'apt chromium']);
    expect('browser' in result).toBe(true);
    expect(lines.some((l) => l.includes('apt-get install chromium'))).toBe(true);
  });

  it('ends in one clear line naming the reason and the command when nothing can be installed', () => {
    const { result } = machine('never', false);
    expect(result).toEqual({ error: expect.stringMatching(/^No browser for the e2e tests \(not root.*\): run `sudo apt-get install chromium`/) });
    expect('error' in result && result.error.includes('\n')).toBe(false);
  });

  it('does not install over a CHROMIUM_PATH that points nowhere', () => {
    let installs = 0;
    const result = ensureChromium({
      env: { CHROMIUM_PATH: '/nowhere/chromium' },
      find: () => null,
      downloadPlaywright: () => installs++,
      installSystem: () => (installs++, { installed: true }),
      log: () => {},
    });
    expect(result).toEqual({ error: expect.stringContaining('CHROMIUM_PATH=/nowhere/chromium') });
    expect(installs).toBe(0);
  });
});
