import { mkdtempSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFsError } from '../describeFsError';

const errorOf = async (p: string): Promise<unknown> => stat(p).then(() => undefined, (e: unknown) => e);

describe('describeFsError', () => {
  it('a missing path: "no such file or directory: <path>", no ENOENT jargon', async () => {
    const p = path.join(os.tmpdir(), 'caliper-surely-missing-9f3c', 'x.dcm');
    const reason = describeFsError(await errorOf(p), p);
    expect(reason).toBe(`no such file or directory: ${p}`);
    expect(reason).not.toMatch(/ENOENT/);
  });
  it('a path through a file: the parent is not a directory', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'caliper-fs-')), 'f');
    writeFileSync(file, 'x');
    expect(describeFsError(await errorOf(path.join(file, 'child')), path.join(file, 'child'))).toBe(`a parent of the path is not a directory: ${path.join(file, 'child')}`);
  });
  it('an error without a code keeps its message', () => {
    expect(describeFsError(new Error('boom'), '/a')).toBe('cannot read /a: boom');
  });
});
