/** What each field of truth/course.json means (repeated in the file under `definitions`). */
export const COURSE_DEFINITIONS = {
  design:
    'One patient, three FDG PET/CT + MR studies (baseline, +8 weeks, +16 weeks). Targets chosen per RECIST 1.1: 4 measurable lesions, ' +
    '<= 2 per organ (liver L1, L3; lung L2; lymph node N1, short axis >= 15 mm). Follow-up 1: all shrink (PR; PERCIST PMR). Follow-up 2: ' +
    'targets shrink further, new FDG-avid liver lesion L4 (RECIST PD, PERCIST PMD by the new lesion alone).',
  lesion:
    'longMm/shortMm: analytic RECIST axes (see the study truth); role target|new (no non-target lesions); organ: RECIST organ (lungs one organ, ' +
    'lymph nodes one organ), site: anatomic site; sulPeak: IBSI 1 cm3 sphere peak of the written PET voxels (SUVbw) x LBM/weight; suvMax: SUVbw; ' +
    'volumeMl: analytic volume; meanHu: mean of the written CT voxels.',
  sul: 'SUL = SUVbw x LBM / weight, LBM by Janmahasatian 2005 (male: 9270 W / (6680 + 216 BMI)); liverSulMean/Sd: 3 cm sphere in the right liver lobe (written voxels)',
  recist:
    'RECIST 1.1 (Eisenhauer 2009): sum = long axes (non-nodal) + short axes (nodal) of the baseline targets; PD if sum >= +20 % and >= +5 mm over the nadir ' +
    'or any new lesion; CR if non-nodal targets gone and nodes < 10 mm; PR if sum <= -30 % from baseline; else SD. Best overall response: unconfirmed, ' +
    'and confirmed (Table 3: CR/PR confirmed by the next assessment >= 28 days later; SD needs >= 42 days from baseline).',
  percist:
    'PERCIST 1.0 (Wahl 2009; O et al. 2016): hottest lesion by SULpeak at each scan (not necessarily the same lesion); measurable if >= 1.5 x liver SULmean + 2 x SD; ' +
    'PMD if a new lesion >= that threshold or SULpeak > +30 % and > +0.8 SUL from baseline; CMR if the hottest SULpeak < liver SULmean; ' +
    'PMR if SULpeak <= -30 % and <= -0.8 SUL; else SMD. Scans comparable when liver SULmean is within 20 % and 0.3 SUL of baseline.',
  expected: 'one category per follow-up (baseline excluded), in date order',
  timeline: 'course.timeline.json: the same values, rounded (mm, HU 0.1; SUL, SUVbw, mL 0.01), in the input format of `caliper response`',
};
