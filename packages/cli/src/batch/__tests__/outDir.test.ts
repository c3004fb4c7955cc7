import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { batchConfig } from '../batchConfig';
import { captureCommand } from '../captureCommand';
import { claimOutDir } from '../claimOutDir';
import { writeAtomic } from '../writeAtomic';

const tmp = mkdtempSync(path.join(tmpdir(), 'caliper-batch-unit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('batchConfig', () => {
  it('file options enter the hash by content, not by path', () => {
    const a = path.join(tmp, 'a.json');
    const b = path.join(tmp, 'sub-b.json');
    writeFileSync(a, '{"type":"sphere","centerMm":[0,0,0],"radiusMm":5}');
    writeFileSync(b, '{"type":"sphere","centerMm":[0,0,0],"radiusMm":5}');
    const ha = batchConfig('measure', { roi: a }).configHash;
    expect(batchConfig('measure', { roi: b }).configHash).toBe(ha);
    writeFileSync(b, '{"type":"sphere","centerMm":[0,0,0],"radiusMm":6}');
    expect(batchConfig('measure', { roi: b }).configHash).not.toBe(ha);
    expect(batchConfig('radiomics', { roi: a, config: 'B' }).configHash).not.toBe(batchConfig('radiomics', { roi: a, config: 'C' }).configHash);
  });
});

describe('claimOutDir', () => {
  it('creates batch.json, accepts the same config, refuses another unless forced', () => {
    const dir = path.join(tmp, 'out');
    const m = batchConfig('burden', { method: 'suv4' });
    expect(claimOutDir(dir, m, '0.1.0', false)).toEqual({ ok: true });
    expect(JSON.parse(readFileSync(path.join(dir, 'batch.json'), 'utf8'))).toMatchObject({ task: 'burden', configHash: m.configHash, caliperVersion: '0.1.0' });
    expect(claimOutDir(dir, m, '0.1.0', false)).toEqual({ ok: true });
    const other = batchConfig('burden', { method: 'pct41' });
    const r = claimOutDir(dir, other, '0.1.0', false);
    expect(r.ok === false && r.error).toBe(`${dir} holds a batch of another config (task burden, config ${m.configHash}; this run: task burden, config ${other.configHash}): use another --out, or --force to recompute it`);
    expect(claimOutDir(dir, other, '0.1.0', true)).toEqual({ ok: true });
  });
});

describe('writeAtomic', () => {
  it('replaces the file whole and leaves no temporary file', () => {
    const f = path.join(tmp, 'w', 'x.json');
    rmSync(path.dirname(f), { recursive: true, force: true });
    mkdirSync(path.dirname(f));
    writeAtomic(f, 'one');
    writeAtomic(f, 'two');
    expect(readFileSync(f, 'utf8')).toBe('two');
    expect(readdirSync(path.dirname(f))).toEqual(['x.json']);
  });
});

describe('captureCommand', () => {
  it("returns the command's stdout, stderr and exit code without printing them; restores the streams", async () => {
    const write = process.stdout.write;
    const r = await captureCommand({ run: async () => (process.stdout.write('{"a":1}\n'), process.stderr.write('note\n'), 3) }, []);
    expect(r).toEqual({ code: 3, stdout: '{"a":1}\n', stderr: 'note\n' });
    expect(process.stdout.write).toBe(write);
  });
  it('a command that throws becomes exit 1 with an {"error"} document', async () => {
    const r = await captureCommand({ run: async () => { throw new Error('boom'); } }, []);
    expect([r.code, JSON.parse(r.stdout)]).toEqual([1, { error: 'internal error: boom' }]);
  });
});
