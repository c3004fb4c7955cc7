/**
 * The IBSI-1 features Caliper reports, with their permanent IBSI codes (= DICOM CID 7471–7478) and
 * names as the IBSI reference tables print them. Three source slips are corrected to the IBSI code:
 * discretised-intensity 10th percentile GPMT, 90th percentile OZ0C, GLSZM small zone emphasis 5QRC.
 */
export type RadiomicsFamily =
  | 'morphology'
  | 'local_intensity'
  | 'intensity_statistics'
  | 'intensity_histogram'
  | 'intensity_volume_histogram'
  | 'GLCM'
  | 'GLRLM'
  | 'GLSZM'
  | 'GLDZM'
  | 'NGTDM'
  | 'NGLDM';

/** [IBSI code, name]. */
export type FeatureEntry = readonly [string, string];

export const MORPHOLOGY: readonly FeatureEntry[] = [
  ['RNU0', 'Volume (mesh)'],
  ['YEKZ', 'Volume (voxel counting)'],
  ['C0JK', 'Surface area (mesh)'],
  ['2PR5', 'Surface to volume ratio'],
  ['SKGS', 'Compactness 1'],
  ['BQWJ', 'Compactness 2'],
  ['KRCK', 'Spherical disproportion'],
  ['QCFX', 'Sphericity'],
  ['25C7', 'Asphericity'],
  ['KLMA', 'Centre of mass shift'],
  ['L0JK', 'Maximum 3D diameter'],
  ['TDIC', 'Major axis length'],
  ['P9VJ', 'Minor axis length'],
  ['7J51', 'Least axis length'],
  ['Q3CK', 'Elongation'],
  ['N17B', 'Flatness'],
  ['PBX1', 'Volume density (axis-aligned bounding box)'],
  ['R59B', 'Area density (axis-aligned bounding box)'],
  ['6BDE', 'Volume density (approximate enclosing ellipsoid)'],
  ['RDD2', 'Area density (approximate enclosing ellipsoid)'],
  ['R3ER', 'Volume density (convex hull)'],
  ['7T7F', 'Area density (convex hull)'],
  ['99N0', 'Integrated intensity'],
  ['N365', "Moran's I index"],
  ['NPT7', "Geary's C measure"],
];

export const LOCAL_INTENSITY: readonly FeatureEntry[] = [
  ['VJGA', 'Local intensity peak'],
  ['0F91', 'Global intensity peak'],
];

export const INTENSITY_STATISTICS: readonly FeatureEntry[] = [
  ['Q4LE', 'Mean intensity'],
  ['ECT3', 'Intensity variance'],
  ['KE2A', 'Intensity skewness'],
  ['IPH6', '(Excess) intensity kurtosis'],
  ['Y12H', 'Median intensity'],
  ['1GSF', 'Minimum intensity'],
  ['QG58', '10th intensity percentile'],
  ['8DWT', '90th intensity percentile'],
  ['84IY', 'Maximum intensity'],
  ['SALO', 'Intensity interquartile range'],
  ['2OJQ', 'Intensity range'],
  ['4FUA', 'Intensity-based mean absolute deviation'],
  ['1128', 'Intensity-based robust mean absolute deviation'],
  ['N72L', 'Intensity-based median absolute deviation'],
  ['7TET', 'Intensity-based coefficient of variation'],
  ['9S40', 'Intensity-based quartile coefficient of dispersion'],
  ['N8CA', 'Intensity-based energy'],
  ['5ZWQ', 'Root mean square intensity'],
];

export const INTENSITY_HISTOGRAM: readonly FeatureEntry[] = [
  ['X6K6', 'Mean discretised intensity'],
  ['CH89', 'Discretised intensity variance'],
  ['88K1', 'Discretised intensity skewness'],
  ['C3I7', '(Excess) discretised intensity kurtosis'],
  ['WIFQ', 'Median discretised intensity'],
  ['1PR8', 'Minimum discretised intensity'],
  ['GPMT', '10th discretised intensity percentile'],
  ['OZ0C', '90th discretised intensity percentile'],
  ['3NCY', 'Maximum discretised intensity'],
  ['AMMC', 'Intensity histogram mode'],
  ['WR0O', 'Discretised intensity interquartile range'],
  ['5Z3W', 'Discretised intensity range'],
  ['D2ZX', 'Intensity histogram mean absolute deviation'],
  ['WRZB', 'Intensity histogram robust mean absolute deviation'],
  ['4RNL', 'Intensity histogram median absolute deviation'],
  ['CWYJ', 'Intensity histogram coefficient of variation'],
  ['SLWD', 'Intensity histogram quartile coefficient of dispersion'],
  ['TLU2', 'Discretised intensity entropy'],
  ['BJ5W', 'Discretised intensity uniformity'],
  ['12CE', 'Maximum histogram gradient'],
  ['8E6O', 'Maximum histogram gradient intensity'],
  ['VQB3', 'Minimum histogram gradient'],
  ['RHQZ', 'Minimum histogram gradient intensity'],
];

/** Keys (code + qualifier where the code alone is ambiguous) and names. */
export const INTENSITY_VOLUME_HISTOGRAM: readonly FeatureEntry[] = [
  ['BC2M.V10', 'Volume at intensity fraction'],
  ['BC2M.V90', 'Volume at intensity fraction'],
  ['GBPN.I10', 'Intensity at volume fraction'],
  ['GBPN.I90', 'Intensity at volume fraction'],
  ['DDTU', 'Volume fraction difference between intensity fractions'],
  ['CNV2', 'Intensity fraction difference between volume fractions'],
];

export const GLCM: readonly FeatureEntry[] = [
  ['GYBY', 'Joint maximum'],
  ['60VM', 'Joint average'],
  ['UR99', 'Joint variance'],
  ['TU9B', 'Joint entropy'],
  ['TF7R', 'Difference average'],
  ['D3YU', 'Difference variance'],
  ['NTRS', 'Difference entropy'],
  ['ZGXS', 'Sum average'],
  ['OEEB', 'Sum variance'],
  ['P6QZ', 'Sum entropy'],
  ['8ZQL', 'Angular second moment'],
  ['ACUI', 'Contrast'],
  ['8S9J', 'Dissimilarity'],
  ['IB1Z', 'Inverse difference'],
  ['NDRX', 'Normalised inverse difference'],
  ['WF0Z', 'Inverse difference moment'],
  ['1QCO', 'Normalised inverse difference moment'],
  ['E8JP', 'Inverse variance'],
  ['NI2N', 'Correlation'],
  ['QWB0', 'Autocorrelation'],
  ['DG8W', 'Cluster tendency'],
  ['7NFM', 'Cluster shade'],
  ['AE86', 'Cluster prominence'],
  ['R8DG', 'Information correlation 1'],
  ['JN9H', 'Information correlation 2'],
];

export const GLRLM: readonly FeatureEntry[] = [
  ['22OV', 'Short runs emphasis'],
  ['W4KF', 'Long runs emphasis'],
  ['V3SW', 'Low grey level run emphasis'],
  ['G3QZ', 'High grey level run emphasis'],
  ['HTZT', 'Short run low grey level emphasis'],
  ['GD3A', 'Short run high grey level emphasis'],
  ['IVPO', 'Long run low grey level emphasis'],
  ['3KUM', 'Long run high grey level emphasis'],
  ['R5YN', 'Grey level non-uniformity'],
  ['OVBL', 'Normalised grey level non-uniformity'],
  ['W92Y', 'Run length non-uniformity'],
  ['IC23', 'Normalised run length non-uniformity'],
  ['9ZK5', 'Run percentage'],
  ['8CE5', 'Grey level variance'],
  ['SXLW', 'Run length variance'],
  ['HJ9O', 'Run entropy'],
];

export const GLSZM: readonly FeatureEntry[] = [
  ['5QRC', 'Small zone emphasis'],
  ['48P8', 'Large zone emphasis'],
  ['XMSY', 'Low grey level zone emphasis'],
  ['5GN9', 'High grey level zone emphasis'],
  ['5RAI', 'Small zone low grey level emphasis'],
  ['HW1V', 'Small zone high grey level emphasis'],
  ['YH51', 'Large zone low grey level emphasis'],
  ['J17V', 'Large zone high grey level emphasis'],
  ['JNSA', 'Grey level non-uniformity'],
  ['Y1RO', 'Normalised grey level non-uniformity'],
  ['4JP3', 'Zone size non-uniformity'],
  ['VB3A', 'Normalised zone size non-uniformity'],
  ['P30P', 'Zone percentage'],
  ['BYLV', 'Grey level variance'],
  ['3NSA', 'Zone size variance'],
  ['GU8N', 'Zone size entropy'],
];

export const GLDZM: readonly FeatureEntry[] = [
  ['0GBI', 'Small distance emphasis'],
  ['MB4I', 'Large distance emphasis'],
  ['S1RA', 'Low grey level zone emphasis'],
  ['K26C', 'High grey level zone emphasis'],
  ['RUVG', 'Small distance low grey level emphasis'],
  ['DKNJ', 'Small distance high grey level emphasis'],
  ['A7WM', 'Large distance low grey level emphasis'],
  ['KLTH', 'Large distance high grey level emphasis'],
  ['VFT7', 'Grey level non-uniformity'],
  ['7HP3', 'Normalised grey level non-uniformity'],
  ['V294', 'Zone distance non-uniformity'],
  ['IATH', 'Normalised zone distance non-uniformity'],
  ['VIWW', 'Zone percentage'],
  ['QK93', 'Grey level variance'],
  ['7WT1', 'Zone distance variance'],
  ['GBDU', 'Zone distance entropy'],
];

export const NGTDM: readonly FeatureEntry[] = [
  ['QCDE', 'Coarseness'],
  ['65HE', 'Contrast'],
  ['NQ30', 'Busyness'],
  ['HDEZ', 'Complexity'],
  ['1X9X', 'Strength'],
];

export const NGLDM: readonly FeatureEntry[] = [
  ['SODN', 'Low dependence emphasis'],
  ['IMOQ', 'High dependence emphasis'],
  ['TL9H', 'Low grey level count emphasis'],
  ['OAE7', 'High grey level count emphasis'],
  ['EQ3F', 'Low dependence low grey level emphasis'],
  ['JA6D', 'Low dependence high grey level emphasis'],
  ['NBZI', 'High dependence low grey level emphasis'],
  ['9QMG', 'High dependence high grey level emphasis'],
  ['FP8K', 'Grey level non-uniformity'],
  ['5SPA', 'Normalised grey level non-uniformity'],
  ['Z87G', 'Dependence count non-uniformity'],
  ['OKJI', 'Normalised dependence count non-uniformity'],
  ['6XV8', 'Dependence count percentage'],
  ['1PFV', 'Grey level variance'],
  ['DNX2', 'Dependence count variance'],
  ['FCBV', 'Dependence count entropy'],
  ['CAS9', 'Dependence count energy'],
];
