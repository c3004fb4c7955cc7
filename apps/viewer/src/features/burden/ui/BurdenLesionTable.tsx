import type { BurdenLesion } from '@caliper/engine';
import { useBurden } from '../model/burdenState';
import { removeBurdenLesion } from '../service/runWholeBody';
import { jumpToCentroid } from '../service/jumpToCentroid';
import { fmt } from './format';
import { lesionColor } from './lesionColors';

/** The result's lesions (SUVbw, mL, LPS mm): a click jumps to the centroid, × removes the lesion. */
export function BurdenLesionTable({ lesions, order }: { lesions: readonly BurdenLesion[]; order: readonly number[] }) {
  const selected = useBurden((s) => s.selected);
  const toggle = (id: number) => {
    const st = useBurden.getState();
    st.set({ selected: st.selected.includes(id) ? st.selected.filter((x) => x !== id) : [...st.selected, id] });
  };
  if (!lesions.length) return <p className="muted small">No lesion above the threshold.</p>;
  return (
    <table aria-label="Burden lesions">
      <caption className="small muted">SUV in SUVbw · click a row to jump, × removes, tick to merge</caption>
      <thead>
        <tr>
          <th>#</th>
          <th title="volume: voxel count × voxel volume, mL">mL</th>
          <th title="SUVmax, SUVbw">max</th>
          <th title="SUVpeak (IBSI 0F91): highest mean of the voxels within 6.2035 mm (1 mL sphere) of a lesion voxel centre, SUVbw">peak</th>
          <th title="SUVmean, SUVbw">mean</th>
          <th title="TLG = SUVmean × volume, SUVbw·mL">TLG</th>
          <th title="centroid: unweighted mean of the voxel centres, patient LPS mm">centroid mm</th>
        </tr>
      </thead>
      <tbody>
        {lesions.map((l) => {
          const c = l.centroidMm;
          const where = `centroid (${c.map((x) => x.toFixed(0)).join(', ')}) mm LPS`;
          return (
            <tr key={l.id} data-burden-lesion={l.id} title={`${where}; ${l.voxelCount} voxels. Click to jump.`} onClick={() => void jumpToCentroid([c[0], c[1], c[2]])}>
              <td>
                <button className="remove" aria-label={`remove lesion ${l.id}`} title="Remove this lesion from the result (totals update)"
                  onClick={(e) => { e.stopPropagation(); removeBurdenLesion(l.id); }}>×</button>
                <input type="checkbox" aria-label={`select lesion ${l.id}`} title="Tick two or more to merge them" checked={selected.includes(l.id)}
                  onClick={(e) => e.stopPropagation()} onChange={() => toggle(l.id)} />
                <span className="swatch" style={{ background: lesionColor(order.indexOf(l.id)) }} />{l.id}
              </td>
              <td>{fmt(l.volumeMl, 2)}</td>
              <td>{fmt(l.suvMax, 2)}</td>
              <td>{fmt(l.suvPeak, 2)}</td>
              <td>{fmt(l.suvMean, 2)}</td>
              <td>{fmt(l.tlg, 1)}</td>
              <td className="centroid">{c.map((x) => x.toFixed(0)).join(',')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
