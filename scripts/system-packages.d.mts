export interface Machine {
  isRoot: boolean;
  hasApt: boolean;
  sudoWithoutPassword: boolean;
}
export type InstallPlan = { commands: string[][] } | { reason: string };
export type InstallResult = { installed: true } | { installed: false; reason: string };
export declare function onPath(name: string, path?: string): string | null;
export declare function probeMachine(): Machine;
export declare function planInstall(packages: string[], machine: Machine): InstallPlan;
export declare function installPackages(
  packages: string[],
  options?: {
    machine?: Machine;
    run?: (command: string, args: string[], options: { stdio: 'inherit' }) => { status: number | null };
    log?: (line: string) => void;
  },
): InstallResult;
