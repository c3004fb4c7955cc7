import type { FileError } from '@caliper/core';
import { groupSeries } from '@caliper/dicom';
import { readNodePaths } from '@caliper/dicom/node';
import { log, printJson } from '../command';
import { formatTable } from '../info/formatTable';
import { pixelMd5 } from '../info/pixelMd5';
import type { SeriesInfo } from '../info/summarizeSeries';
import { summarizeSeries } from '../info/summarizeSeries';

const USAGE = 'usage: caliper info <path...> [--json] [--pixels]';

/**
 * `caliper info <path...> [--json] [--pixels]`: one entry per series (grouped and sorted by
 * geometry) plus every file that could not be read, with the reason. Exit 0 when anything was
 * read (file errors are reported, not fatal), 1 when nothing was, 2 on bad usage.
 */
export async function run(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const pixels = argv.includes('--pixels');
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--pixels');
  const paths = argv.filter((a) => !a.startsWith('--'));
  if (unknown.length || paths.length === 0) {
    log(unknown.length ? `caliper info: unknown option ${unknown.join(' ')}\n${USAGE}` : USAGE);
    return 2;
  }
  const loaded = await readNodePaths(paths);
  const grouped = groupSeries(loaded.instances, { dedupe: false });
  const errors: FileError[] = [...loaded.errors, ...grouped.errors];
  const series: SeriesInfo[] = [];
  for (const s of grouped.series) {
    const info = summarizeSeries(s);
    if (pixels) {
      info.instances = [];
      for (const inst of s.instances) {
        const h = await pixelMd5(inst);
        if (!h.ok) errors.push(h.error);
        info.instances.push({ sopInstanceUID: inst.sopInstanceUID, file: inst.file, pixelMd5: h.ok ? h.value : null });
      }
    }
    series.push(info);
  }
  if (json) printJson({ series, errors });
  else process.stdout.write(formatTable(series, errors));
  return series.length > 0 || errors.length === 0 ? 0 : 1;
}
