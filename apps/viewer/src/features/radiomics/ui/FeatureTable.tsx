import type { RadiomicsSettings } from '@caliper/engine';
import type { RadiomicsFeatureRecord } from '@caliper/report';
import { groupFeatures } from '../model/featureGroups';
import { featureMethod } from '../model/describeSettings';
import type { LesionRobustness } from '../model/radiomicsTypes';
import { displayUnit, formatValue } from './formatFeature';

const pct = (x: number | null): string => (x === null ? '—' : `${(100 * x).toFixed(1)} %`);

/** The features grouped by family: name, IBSI code (with its aggregation), value with unit; method and unit on hover; unstable ones flagged. */
export function FeatureTable({ features, settings, unit, robustness }: { features: readonly RadiomicsFeatureRecord[]; settings: RadiomicsSettings; unit: string; robustness?: LesionRobustness }) {
  const groups = groupFeatures(features);
  if (groups.length === 0) return <p className="muted small">No feature matches the search.</p>;
  return (
    <div className="rad-groups">
      {groups.map((g) => (
        <details key={g.family} open data-family={g.family}>
          <summary>
            {g.label} <span className="muted">({g.features.length})</span>
          </summary>
          <table>
            <tbody>
              {g.features.map((f) => {
                const st = robustness?.features[f.key];
                const u = displayUnit(f.unit);
                const title = [
                  `${f.name}${f.aggregation ? ` (${f.aggregation})` : ''}`,
                  `IBSI ${f.key.split('.')[0]} · key ${f.key}`,
                  featureMethod(f.family, f.aggregation, settings, unit),
                  `Unit: ${f.unit === '1' ? 'none (dimensionless)' : f.unit}`,
                  ...(f.value === null ? ['Undefined for this ROI (IBSI)'] : []),
                  ...(st ? [`Robustness: CV ${pct(st.cv)}, ICC ${st.icc === null ? '— (one subject)' : st.icc.toFixed(3)}${st.unstable ? ' — unstable' : ''}`] : []),
                ].join('\n');
                return (
                  <tr key={f.key} data-key={f.key} title={title} className={st?.unstable ? 'unstable' : undefined}>
                    <td className="name">
                      {f.name}
                      {f.aggregation ? <span className="muted"> · {f.aggregation}</span> : null}
                    </td>
                    <td className="code">{f.key}</td>
                    <td className="value" data-value={f.value === null ? '' : String(f.value)}>
                      {formatValue(f.value)}
                      {u && f.value !== null ? <span className="unit"> {u}</span> : null}
                    </td>
                    <td className="flag">{st ? (st.unstable ? <span className="warn" aria-label="unstable">⚠</span> : <span className="ok" aria-label="stable">✓</span>) : null}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </details>
      ))}
    </div>
  );
}
