// The load guard: how much CPU the rest of the machine took while the bench measured, so a figure
// taken on a busy machine says so. Linux only (/proc); elsewhere it records nothing and says so.
//
// Method. Every 500 ms the guard reads /proc/stat (the CPU time the whole machine spent busy:
// user, nice, system, irq, softirq) and /proc/<pid>/stat of every process (utime+stime: its own
// CPU; cutime+cstime: the CPU of the children it has reaped). The bench's own CPU is this process and
// everything it started (Vite, Chromium and its renderers, the Lighthouse CLI and its Chrome): a
// process whose parent is ours when first seen is ours from then on, even once re-parented. Other
// processes' CPU is the machine's busy time less the bench's, so it covers everything else: other
// people's processes however short-lived, kernel threads, interrupts. (Summing the other processes
// instead would miss those that start and end within a phase.)
//
// Why sample rather than read once before and once after a phase: a bench process that ends during
// the phase takes its CPU with it. When its parent reaps it (a renderer reaped by Chromium's zygote,
// a Lighthouse CLI reaped by this process) the parent's cutime gets it, and the guard counts that
// growth less what it had already counted for the child. But Lighthouse ends its Chrome with
// SIGKILL to the whole process group: the renderers are then reaped by init, and only the samples
// taken while they lived are left (read once per phase, their CPU would count as other processes').
// What is lost is at most the last half-second of each such process, when it was idle anyway. A scan
// of /proc costs about 2 ms of CPU (0.4 % of a core), counted as the bench's own.
//
// process.cpuUsage() is not used: /proc/self/stat gives the same figure in the same unit as the rest,
// and its cutime holds the children this process reaped (`npx vite build`, each Lighthouse CLI).
import { readdirSync, readFileSync } from 'node:fs';

/** Other processes' CPU over a phase, in % of one core, at or above which the phase was not quiet. */
export const BUSY_CORE_PCT = 10;
/**
 * The 1-minute load average beyond the bench's own share at which the machine was not quiet when the
 * run started (a load average needs a minute to settle, so it only judges the start of the run).
 */
export const BUSY_LOAD = 0.5;
const SAMPLE_MS = 500;
/** USER_HZ: the unit of every CPU figure in /proc, 100 on every Linux the bench runs on. */
const TICKS_PER_S = 100;

export interface PhaseLoad {
  phase: string;
  seconds: number;
  /** 1-minute load average when the phase started and ended. */
  load1Start: number;
  load1End: number;
  /** The load average less the bench's own share (its CPU, averaged like the kernel's load, over the last minute). */
  excessLoadStart: number;
  /** CPU used over the phase, in % of one core (100 = one core busy for the whole phase). */
  benchCorePct: number;
  othersCorePct: number;
  /** Time the hypervisor gave to someone else while this machine wanted to run. */
  stealCorePct: number;
  quiet: boolean;
  /** Why it was not quiet; empty when it was. */
  reason: string;
}

interface Proc {
  key: string;
  ppid: number;
  own: number;
  kids: number;
}

interface Mark {
  at: number;
  busy: number;
  steal: number;
  ours: number;
  load1: number;
  ownLoad: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function readProcs(): Map<number, Proc> {
  const out = new Map<number, Proc>();
  // In pid order, so that a parent is usually read before its children (see `sample`).
  const pids = readdirSync('/proc')
    .filter((name) => name.charCodeAt(0) >= 48 && name.charCodeAt(0) <= 57)
    .map(Number)
    .sort((a, b) => a - b);
  for (const pid of pids) {
    const name = String(pid);
    let text: string;
    try {
      text = readFileSync(`/proc/${name}/stat`, 'latin1');
    } catch {
      continue; // exited between readdir and read
    }
    // The command name is in parentheses and may itself contain spaces and parentheses.
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // After the name: state, ppid, … utime (14th field of the file), stime, cutime, cstime, … starttime (22nd).
    const num = (i: number) => Number(f[i - 3]);
    out.set(pid, {
      key: `${name}:${f[22 - 3]}`,
      ppid: num(4),
      own: num(14) + num(15),
      kids: num(16) + num(17),
    });
  }
  return out;
}

function readCpu(): { busy: number; steal: number } {
  // cpu  user nice system idle iowait irq softirq steal guest guest_nice (guest is already in user)
  const line = readFileSync('/proc/stat', 'latin1').split('\n', 1)[0] as string;
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const at = (i: number) => v[i] ?? 0;
  return { busy: at(0) + at(1) + at(2) + at(5) + at(6), steal: at(7) };
}

const readLoad1 = () => Number(readFileSync('/proc/loadavg', 'latin1').split(' ')[0]);

export class LoadGuard {
  readonly available: boolean;
  readonly phases: PhaseLoad[] = [];
  private procs = new Map<number, Proc>();
  private ours = new Set<string>();
  private carry = new Map<number, number>();
  private oursTicks = 0;
  private ownLoad = 0;
  private lastAt = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private open: { phase: string; mark: Mark } | undefined;

  constructor() {
    let ok = false;
    try {
      readCpu();
      readLoad1();
      ok = readProcs().has(process.pid);
    } catch {
      ok = false;
    }
    this.available = ok;
    if (!ok) return;
    this.sample();
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
    this.timer.unref();
  }

  /** Reads every process once and adds what the bench's processes used since the last sample. */
  private sample() {
    const now = Date.now();
    const prev = this.procs;
    const cur = readProcs();
    const alive = (pid: number, key: string) => cur.get(pid)?.key === key;
    const isOurs = (pid: number, depth = 0): boolean => {
      const p = cur.get(pid);
      if (!p) return false;
      if (pid === process.pid || this.ours.has(p.key)) return true;
      // A process seen for the first time is ours when its parent is.
      if (depth > 64 || !isOurs(p.ppid, depth + 1)) return false;
      this.ours.add(p.key);
      return true;
    };
    // The bench's processes that ended since the last sample: what was counted for them is charged
    // to their nearest ancestor still alive, whose cutime has grown by their whole CPU if the
    // ancestor (or a process it reaped) reaped them. Whatever is left over (they were reaped by init
    // instead) is carried to that ancestor's next sample once, in case its cutime was read just
    // before the reap, then dropped.
    const counted = new Map<number, number>();
    for (const [pid, p] of prev) {
      if (!this.ours.has(p.key) || alive(pid, p.key)) continue;
      let up = prev.get(p.ppid);
      let upPid = p.ppid;
      for (let i = 0; up && !alive(upPid, up.key) && i < 64; i++) {
        upPid = up.ppid;
        up = prev.get(upPid);
      }
      if (up && alive(upPid, up.key))
        counted.set(upPid, (counted.get(upPid) ?? 0) + p.own + p.kids);
    }
    const carry = new Map<number, number>();
    let ticks = 0;
    for (const [pid, p] of cur) {
      if (!isOurs(pid)) continue;
      const before = prev.get(pid);
      if (before?.key === p.key) {
        const owed = (counted.get(pid) ?? 0) + (this.carry.get(pid) ?? 0);
        const reaped = p.kids - before.kids;
        ticks += p.own - before.own + Math.max(0, reaped - owed);
        if (owed > reaped && counted.has(pid)) carry.set(pid, owed - reaped);
      } else if (prev.size) {
        ticks += p.own + p.kids; // started since the last sample: all of it is new
      }
    }
    this.carry = carry;
    this.oursTicks += ticks;
    // The bench's own share of the load average: its CPU in cores, decayed like the kernel's
    // 1-minute average.
    if (this.lastAt) {
      const dt = Math.max(0.001, (now - this.lastAt) / 1000);
      const decay = Math.exp(-dt / 60);
      this.ownLoad = this.ownLoad * decay + (ticks / TICKS_PER_S / dt) * (1 - decay);
    }
    this.procs = cur;
    this.lastAt = now;
  }

  private mark(): Mark {
    this.sample();
    const { busy, steal } = readCpu();
    return {
      at: Date.now(),
      busy,
      steal,
      ours: this.oursTicks,
      load1: readLoad1(),
      ownLoad: this.ownLoad,
    };
  }

  begin(phase: string) {
    if (!this.available) return;
    this.open = { phase, mark: this.mark() };
  }

  /** Ends the phase begun last; returns its figures (and logs them). */
  end(options: { judgeLoad?: boolean } = {}): PhaseLoad | undefined {
    if (!this.available || !this.open) return undefined;
    const { phase, mark: a } = this.open;
    this.open = undefined;
    const b = this.mark();
    const seconds = Math.max(0.001, (b.at - a.at) / 1000);
    const pct = (ticks: number) => round1((ticks / TICKS_PER_S / seconds) * 100);
    const bench = b.ours - a.ours;
    const others = Math.max(0, b.busy - a.busy - bench);
    const r: PhaseLoad = {
      phase,
      seconds: round1(seconds),
      load1Start: a.load1,
      load1End: b.load1,
      excessLoadStart: Math.round(Math.max(0, a.load1 - a.ownLoad) * 100) / 100,
      benchCorePct: pct(bench),
      othersCorePct: pct(others),
      stealCorePct: pct(b.steal - a.steal),
      quiet: true,
      reason: '',
    };
    const reasons: string[] = [];
    if (r.othersCorePct >= BUSY_CORE_PCT)
      reasons.push(`other processes used ${Math.round(r.othersCorePct)} % of a core`);
    if (r.stealCorePct >= BUSY_CORE_PCT)
      reasons.push(`the hypervisor took ${Math.round(r.stealCorePct)} % of a core`);
    if (options.judgeLoad && r.excessLoadStart >= BUSY_LOAD)
      reasons.push(`1-minute load average ${r.load1Start.toFixed(2)} at the start`);
    r.reason = reasons.join(', ');
    r.quiet = reasons.length === 0;
    this.phases.push(r);
    console.log(
      `bench:   ${phase}: ${r.seconds} s, other processes ${r.othersCorePct} % of a core, ` +
        `the bench ${r.benchCorePct} %, load ${r.load1Start.toFixed(2)} → ${r.load1End.toFixed(2)}` +
        ` — ${r.quiet ? 'quiet' : `busy (${r.reason})`}`,
    );
    return r;
  }

  /** Watches the machine for `seconds` before anything starts: the "before the run" line. */
  async before(seconds: number): Promise<PhaseLoad | undefined> {
    if (!this.available) return undefined;
    this.begin('before the run');
    await new Promise((ok) => setTimeout(ok, seconds * 1000));
    return this.end({ judgeLoad: true });
  }

  /**
   * Waits up to `maxSeconds` for a quiet 5-second window; returns how long it waited. The last
   * window stays in `phases` as "before the run" (the earlier ones are dropped).
   */
  async waitQuiet(maxSeconds: number): Promise<number> {
    const t0 = Date.now();
    for (;;) {
      const r = await this.before(5);
      if (!r || r.quiet || Date.now() - t0 >= maxSeconds * 1000)
        return Math.round((Date.now() - t0) / 1000);
      this.phases.pop();
      console.log('bench: waiting for a quiet machine …');
    }
  }

  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** "quiet machine", or "taken on a busy machine: <phase>: <why>; …". */
  verdict(): string {
    if (!this.available) return 'machine load not measured (no /proc)';
    const busy = this.phases.filter((p) => !p.quiet);
    if (!busy.length) return 'quiet machine';
    return `taken on a busy machine: ${busy.map((p) => `${p.phase}: ${p.reason}`).join('; ')}`;
  }
}
