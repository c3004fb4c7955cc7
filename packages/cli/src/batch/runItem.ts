import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import dicomParser from 'dicom-parser';
import { inputHash, sha256 } from '@caliper/batch';
import type { BatchTask, ItemDicomRecord, ItemRecord, ManifestItem } from '@caliper/batch';
import type { CommandModule } from '../command';
import { buildItemArgv } from './buildItemArgv';
import { captureCommand } from './captureCommand';
import { describeLocalInput } from './describeLocalInput';
import { listInstances, retrieveInstances } from './dicomweb';
import { itemPaths } from './itemPaths';
import { writeAtomic } from './writeAtomic';
import { dicomDone, writeItemDicom } from './writeItemDicom';
import type { MeasuredRoi } from '../command';

/** Everything a worker needs to run one item. */
export interface ItemJob {
  readonly item: ManifestItem;
  readonly task: BatchTask;
  readonly options: Readonly<Record<string, string | true>>;
  readonly outDir: string;
  readonly configHash: string;
  readonly caliperVersion: string;
  readonly dicomweb: string | null;
  readonly retries: number;
  /** Write the ROI as DICOM SEG + SR next to the document. */
  readonly sr?: boolean;
  /** …and store them at this DICOMweb root over STOW-RS. */
  readonly stow?: string | null;
}

export interface ItemOutcome {
  readonly record: ItemRecord;
  /** True when a previous run's output (same input hash and config) was kept. */
  readonly skipped: boolean;
}

const commands: Record<BatchTask, () => Promise<CommandModule>> = {
  measure: () => import('../commands/measure'),
  radiomics: () => import('../commands/radiomics'),
  burden: () => import('../commands/burden'),
  adc: () => import('../commands/adc'),
  response: () => import('../commands/response'),
};

/**
 * One item: hash its inputs, keep a previous success with the same input hash and config, else
 * fetch it (DICOMweb), run the single-study command in this thread, and write the command's JSON
 * document, then the record (both atomically; the record last, so a kill in between re-runs the
 * item). Never throws: every failure becomes a failed record with its reason.
 */
export async function runItem(job: ItemJob): Promise<ItemOutcome> {
  const t0 = performance.now();
  const { item } = job;
  const p = itemPaths(job.outDir, item.key);
  mkdirSync(path.dirname(p.doc), { recursive: true });
  const base = { key: item.key, task: job.task, patient: item.patient, timepoint: item.timepoint, configHash: job.configHash, caliperVersion: job.caliperVersion };
  const finish = (status: 'ok' | 'failed', error: string | null, exitCode: number, hash: string, uids: string[], roi: string | null, dicom?: ItemDicomRecord): ItemOutcome => {
    const record: ItemRecord = { ...base, roi, status, error, exitCode, inputHash: hash, inputUids: uids, durationMs: Math.round(performance.now() - t0), finishedAt: new Date().toISOString(), ...(dicom ? { dicom } : {}) };
    writeAtomic(p.meta, JSON.stringify(record, null, 2) + '\n');
    return { record, skipped: false };
  };
  const argv0 = buildItemArgv(job.task, item, [], job.options, p.adcDir);
  const roiLabel = argv0.ok ? argv0.roi : null;
  try {
    // 1. what the item is made of, without fetching pixel data
    const parts: { name: string; digest: string }[] = [];
    let uids: string[];
    if (item.study) {
      if (!job.dicomweb) return finish('failed', 'study row without --dicomweb <root>', 1, '', [item.study], roiLabel);
      const inst = await listInstances(job.dicomweb, item.study, item.series, job.retries);
      if (inst.length === 0) return finish('failed', `DICOMweb: no instances in study ${item.study}${item.series ? ` series ${item.series}` : ''}`, 1, '', [item.study], roiLabel);
      for (const i of inst) parts.push({ name: i.sop, digest: '' });
      uids = [...new Set([item.study, ...inst.map((i) => i.series).filter(Boolean)])].sort();
    } else {
      const d = describeLocalInput(item.paths);
      if (!d.ok) return finish('failed', d.error, 1, '', [], roiLabel);
      parts.push(...d.value.parts);
      uids = d.value.uids;
    }
    const roiFile = item.roi ?? (typeof job.options.roi === 'string' ? job.options.roi : null);
    if (roiFile && (job.task === 'measure' || job.task === 'radiomics') && existsSync(roiFile)) parts.push({ name: 'roi', digest: sha256(readFileSync(roiFile)) });
    if (item.segment !== null) parts.push({ name: 'segment', digest: String(item.segment) });
    const hash = inputHash(parts);

    // 2. idempotence: a success of this very input and config stays
    if (existsSync(p.meta) && existsSync(p.doc)) {
      try {
        const prev = JSON.parse(readFileSync(p.meta, 'utf8')) as ItemRecord;
        if (prev.status === 'ok' && prev.inputHash === hash && prev.configHash === job.configHash && dicomDone(prev.dicom, job, p)) return { record: prev, skipped: true };
      } catch {
        /* unreadable record: run the item again */
      }
    }

    // 3. inputs on disk
    let inputs = item.paths;
    if (item.study) {
      const files = await retrieveInstances(job.dicomweb!, item.study, item.series, job.retries);
      rmSync(p.workDir, { recursive: true, force: true });
      mkdirSync(p.workDir, { recursive: true });
      files.forEach((b, k) => writeFileSync(path.join(p.workDir, `${sopUid(b) ?? k + 1}.dcm`), b));
      inputs = [p.workDir];
    }
    let segmentRoi: string | null = null;
    if (item.segment !== null && roiFile) {
      mkdirSync(p.workDir, { recursive: true });
      segmentRoi = path.join(p.workDir, 'segment-roi.json');
      writeFileSync(segmentRoi, JSON.stringify({ type: 'mask', path: roiFile, segment: item.segment }));
    }
    const built = buildItemArgv(job.task, item, inputs, job.options, p.adcDir, segmentRoi);
    if (!built.ok) return finish('failed', built.error, 1, hash, uids, roiLabel);

    // 4. the single-study command itself
    const mod = await commands[job.task]();
    let measured: MeasuredRoi | null = null;
    const r = await captureCommand(mod, built.argv, job.sr ? { onMeasured: (m) => (measured = m) } : undefined);
    writeFileSync(p.log, r.stderr);
    let doc: { error?: unknown } | null = null;
    try {
      doc = JSON.parse(r.stdout) as { error?: unknown };
    } catch {
      /* no document: reported below with the command's stderr */
    }
    if (!doc) return finish('failed', `caliper ${job.task} printed no JSON document: ${r.stderr.trim().split('\n').slice(-2).join(' ') || `exit ${r.code}`}`, r.code || 1, hash, uids, built.roi);
    writeAtomic(p.doc, r.stdout);
    // Name a fetched study by its URL, not by this run's scratch folder, so the table is the same wherever it ran.
    const reason = typeof doc.error === 'string' ? (item.study ? doc.error.split(p.workDir).join(`${job.dicomweb}/studies/${item.study}`) : doc.error) : `exit code ${r.code}`;
    if (r.code !== 0) return finish('failed', reason, r.code, hash, uids, built.roi);
    if (!job.sr) return finish('ok', null, 0, hash, uids, built.roi);
    // 5. the ROI as DICOM SEG + SR (and STOW-RS): a requested output that fails fails the item, so a re-run retries it
    if (!measured) return finish('failed', 'no DICOM SR/SEG: the command reported no ROI', 1, hash, uids, built.roi);
    const dicom = await writeItemDicom(measured, { key: item.key, roi: built.roi ?? 'roi', configHash: job.configHash, inputHash: hash, caliperVersion: job.caliperVersion, paths: p, stow: job.stow ?? null, retries: job.retries });
    if (!dicom.ok) return finish('failed', dicom.error, 1, hash, uids, built.roi, dicom.partial);
    return finish('ok', null, 0, hash, uids, built.roi, dicom.value);
  } catch (e) {
    return finish('failed', e instanceof Error ? e.message : String(e), 1, '', item.study ? [item.study] : [], roiLabel);
  } finally {
    if (item.study || item.segment !== null) rmSync(p.workDir, { recursive: true, force: true });
  }
}

/** SOP Instance UID of a Part 10 file (the name of a fetched instance), or null. */
function sopUid(b: Uint8Array): string | null {
  try {
    const u = dicomParser.parseDicom(b, { untilTag: 'x00080018' }).string('x00080018');
    return u && /^[0-9.]+$/.test(u) ? u : null;
  } catch {
    return null;
  }
}
