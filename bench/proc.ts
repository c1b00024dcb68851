/**
 * Per-process figures from /proc (Linux): resident memory now and at its peak, and CPU time.
 * Elsewhere they read as NaN and the tables show '-'.
 */
import { readFileSync } from 'node:fs';

/** A `kB` field of /proc/<pid>/status, in bytes. */
function statusField(pid: number | undefined, field: 'VmRSS' | 'VmHWM'): number {
  if (pid === undefined) return NaN;
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Resident set size now, in bytes. */
export const rssBytes = (pid: number | undefined): number => statusField(pid, 'VmRSS');

/** Peak resident set size ("high water mark") so far, in bytes. Read it before the process exits. */
export const peakRssBytes = (pid: number | undefined): number => statusField(pid, 'VmHWM');

/** Peak resident set size of this process, in bytes. */
export const ownPeakRssBytes = (): number => process.resourceUsage().maxRSS * 1024;

/** CPU seconds (user + system) a process has used so far; NaN where /proc is missing. */
export function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[11], fields[12] are utime and stime (fields 14 and 15 of proc(5)), in clock ticks
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** The peak RSS of one process of the run, reported with what it was doing. */
export interface ProcessPeak {
  /** e.g. "connector A (PostgreSQL, 1,000 connections)" */
  readonly process: string;
  readonly pid: number | undefined;
  readonly peakRssBytes: number;
}

export const mib = (bytes: number): number => bytes / 2 ** 20;

/**
 * Connector flags for the throughput benches: the per-participant and per-address limits off
 * (every load-generating client shares one address and registers hundreds of participants).
 * The abuse bench sets its limits itself.
 */
export const BENCH_UNLIMITED = [
  '--rate-limit', '1000000', '--rate-burst', '1000000', '--send-bytes-per-second', '1000000000',
  '--registrations-per-minute', '1000000', '--registration-burst', '1000000',
  '--ws-frame-rate', '1000000', '--ws-frame-burst', '1000000',
  '--max-connections', '1000000',
  '--ws-opens-per-minute', '1000000',
  '--ws-push-bytes-per-second', '1000000000',
];
