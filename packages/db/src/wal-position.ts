/** A PostgreSQL WAL position (`pg_lsn`, written `16/B374D848`) as a number that orders them. */
export function walPosition(lsn: string): bigint {
  const [high, low] = lsn.split("/");
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

/** The primary's WAL position at moments this process sampled it, newest last, for `lagSeconds`. */
export class WalHistory {
  private readonly samples: { at: number; position: bigint }[] = [];

  constructor(private readonly keepMs: number) {}

  record(at: number, position: bigint): void {
    this.samples.push({ at, position });
    while (this.samples.length > 1 && this.samples[0].at < at - this.keepMs) this.samples.shift();
  }

  get latest(): bigint | undefined {
    return this.samples.at(-1)?.position;
  }

  /**
   * How far behind a replica that has replayed up to `replayed` is: 0 once it holds everything the
   * primary had at the latest sample; otherwise the age of the newest sample it holds (an upper
   * bound), or Infinity when it holds none of those kept.
   */
  lagSeconds(replayed: bigint, now: number): number {
    for (let i = this.samples.length - 1; i >= 0; i--) {
      if (this.samples[i].position > replayed) continue;
      return i === this.samples.length - 1 ? 0 : (now - this.samples[i].at) / 1000;
    }
    return Infinity;
  }
}
