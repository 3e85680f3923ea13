// Types for scripts/chromium.mjs, which stays plain JavaScript so it runs before `npm ci`.
export declare const DEBIAN_CHROMIUM: string;
export declare const APT_PACKAGES: string[];
export type Machine = {
  env: Record<string, string | undefined>;
  isExecutable: (file: string) => boolean;
  isRoot: boolean;
};
export type Decision =
  { kind: 'found'; path: string } | { kind: 'install'; commands: string[][] } | { kind: 'stop'; message: string };
export declare function findChromium(machine: Machine): string | null;
export declare function decide(machine: Machine): Decision;
export declare function thisMachine(): Machine;
export declare function ensureChromium(): string | null;
