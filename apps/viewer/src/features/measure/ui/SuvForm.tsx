import { useState } from 'react';
import { useApp } from '../../../app/store';
import { applySuvOverrides } from '../service/engineVolumes';
import { remeasureAll } from '../service/remeasureAll';

/** When SUV cannot be computed for a PET series: the reason and a form for the missing values. */
export function SuvForm({ seriesUID }: { seriesUID: string }) {
  const suv = useApp((s) => s.suv[seriesUID]);
  const [weight, setWeight] = useState('');
  const [dose, setDose] = useState('');
  const [time, setTime] = useState('');
  if (!suv?.error) return null;
  const submit = async () => {
    await applySuvOverrides(seriesUID, {
      ...(weight ? { patientWeightKg: Number(weight) } : {}),
      ...(dose ? { radionuclideTotalDoseBq: Number(dose) * 1e6 } : {}),
      ...(time ? { injectionDateTime: time } : {}),
    });
    remeasureAll();
  };
  return (
    <form className="suv-form" data-series={seriesUID} onSubmit={(e) => { e.preventDefault(); void submit(); }} style={{ border: '1px solid #a66', padding: 4, margin: '4px 0' }}>
      <div role="alert">SUV not computable: {suv.error}</div>
      <label>Weight (kg) <input name="weight" inputMode="decimal" value={weight} onChange={(e) => setWeight(e.target.value)} style={{ width: 60 }} /></label>
      <label>Injected dose (MBq) <input name="dose" inputMode="decimal" value={dose} onChange={(e) => setDose(e.target.value)} style={{ width: 60 }} /></label>
      <label title="Injection date-time, scanner local time: YYYY-MM-DDTHH:MM:SS or DICOM DT">Injection time <input name="injection" value={time} onChange={(e) => setTime(e.target.value)} placeholder="2026-01-12T09:00:00" style={{ width: 140 }} /></label>
      <button type="submit">Apply</button>
    </form>
  );
}
