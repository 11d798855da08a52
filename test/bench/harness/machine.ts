import { arch, cpus, platform, release, totalmem } from 'node:os';

/** What a figure was measured on, so a reader can compare runs from different machines. */
export interface MachineInfo {
  os: string;
  cpu: string;
  cpus: number;
  memoryGB: number;
  node: string;
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    os: `${platform()} ${release()} ${arch()}`,
    cpu: list[0]?.model.trim() ?? 'unknown',
    cpus: list.length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
  };
}
