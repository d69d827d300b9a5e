import { walPosition, WalHistory } from "./wal-position";

describe("walPosition", () => {
  it("orders positions across the high word", () => {
    expect(walPosition("0/FFFFFFFF") < walPosition("1/0")).toBe(true);
    expect(walPosition("16/B374D848")).toBe((0x16n << 32n) + 0xb374d848n);
  });
});

describe("WalHistory.lagSeconds", () => {
  const history = new WalHistory(60_000);
  history.record(1_000, 100n);
  history.record(2_000, 200n);
  history.record(3_000, 300n);

  it("is 0 for a replica that holds the latest sampled position, or more", () => {
    expect(history.lagSeconds(300n, 3_500)).toBe(0);
    expect(history.lagSeconds(301n, 3_500)).toBe(0);
  });

  it("is the age of the newest sample a replica holds when it is behind", () => {
    expect(history.lagSeconds(299n, 3_500)).toBe(1.5);
    expect(history.lagSeconds(100n, 3_500)).toBe(2.5);
  });

  it("is Infinity for a replica behind every kept sample", () => {
    expect(history.lagSeconds(99n, 3_500)).toBe(Infinity);
  });

  it("forgets samples older than it keeps, but always the latest", () => {
    const short = new WalHistory(1_000);
    short.record(1_000, 100n);
    short.record(5_000, 500n);
    expect(short.lagSeconds(100n, 5_000)).toBe(Infinity);
    expect(short.latest).toBe(500n);
  });
});
